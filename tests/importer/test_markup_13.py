"""HTML inside Markdown exports, thirteenth round: what a page shows of an element is
text, what it hides is not (<ruby> glosses, a component's title attribute)."""

from __future__ import annotations

import re

from conftest import import_text

from briefing.importer.markup.inline import render_inline
from briefing.loader import load_briefing

LEFTOVER = re.compile(r"<(?!/?(?:sub|sup|br)>)[a-zA-Z/][^>]*>")


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_a_ruby_gloss_prints_its_base_then_its_reading_in_brackets(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n他们把这种邻里互助叫作<ruby>守望相助<rt>Neighbourhood Watch</rt></ruby>，"
        "并写进了<ruby>村规<rt>Village Rules</rt></ruby>。\n"), "a.md")
    assert paragraphs(body) == [
        "他们把这种邻里互助叫作守望相助（Neighbourhood Watch），并写进了村规（Village Rules）。"]
    assert not LEFTOVER.search(body)
    assert not [d for d in result.doubts if d.kind == "html-dropped"]
    [repair] = [r for r in result.repairs if r.kind == "ruby"]
    assert repair.line == 3 and "2 <ruby>" in repair.note
    load_briefing(result.folder)


def test_a_ruby_with_its_own_fallback_brackets_keeps_them():
    rendered, notes = render_inline(
        "<ruby>行<rp>(</rp><rt>xíng</rt><rp>)</rp></ruby>与<ruby>行<rt>háng</rt></ruby>")
    assert rendered == "行(xíng)与行（háng）" and notes.ruby == 2 and not notes.dropped


def test_a_components_title_attribute_is_the_bold_lead_of_its_text(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n下面几个页面介绍常用功能。\n\n"
        "<doc-grid cols=\"3\">\n"
        "  <doc-panel data-title=\"批量导出\" data-icon=\"box\" data-href=\"/export\">\n"
        "    说明如何一次导出多份报表，并设置文件格式。\n"
        "  </doc-panel>\n"
        "  <doc-panel title='权限管理'>\n"
        "    说明如何给不同角色分配查看和编辑权限。\n"
        "  </doc-panel>\n"
        "</doc-grid>\n\n"
        "<span title=\"悬停提示\">正文</span>继续说明。\n"), "a.md")
    assert paragraphs(body) == [
        "下面几个页面介绍常用功能。",
        "**批量导出** 说明如何一次导出多份报表，并设置文件格式。",
        "**权限管理** 说明如何给不同角色分配查看和编辑权限。",
        "正文继续说明。"]  # a standard element's title is a tooltip: never shown
    assert [r.line for r in result.repairs if r.kind == "component-title"] == [7, 10]
    assert not LEFTOVER.search(body)
    dropped = {d.note.split(">")[0] for d in result.doubts if d.kind == "html-dropped"}
    assert "Dropped <doc-panel" in dropped  # the element named whole, not 「<doc>」
    load_briefing(result.folder)


def test_a_component_without_text_under_its_title_is_left_as_it_was(tmp_path):
    _, body = import_text(tmp_path, (
        "# 标题\n\n正文第一段。\n\n<doc-panel data-title=\"空卡片\"></doc-panel>\n\n"
        "<doc-panel data-title=\"代码\">\n```\nrun\n```\n</doc-panel>\n"), "a.md")
    assert "空卡片" not in body and "**代码**" not in body


def test_an_empty_bold_pair_split_over_two_lines_prints_nothing(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n第一段说明了背景情况。\n\n![](https://example.org/a.png)\n\n**\n**\n\n"
        "    第二段文字接着往下讲\n"), "a.md")
    assert paragraphs(body) == ["第一段说明了背景情况。", "第二段文字接着往下讲"]
    assert [r.line for r in result.repairs if r.kind == "empty-emphasis"] == [7, 8]
    load_briefing(result.folder)


def test_a_translations_credits_are_each_a_spot_left_unchanged(tmp_path):
    result, body = import_text(tmp_path, (
        "# 一门语言的往事\n\n正文讲了这门语言的来历。\n\n正文第二段讲了它的今天。\n\n"
        "---\n\n原文链接：https://example.org/story.html\n\n"
        "作者：[Jane Roe][a]\n译者：[某某](https://example.org/u)\n审校：张三\n\n"
        "[a]: https://example.org/jane\n"), "a.md")
    credits = [d for d in result.doubts if d.kind == "credits"]
    assert [(d.line, d.before) for d in credits] == [
        (9, "原文链接：https://example.org/story.html"), (11, "作者：Jane Roe"),
        (12, "译者：某某"), (13, "审校：张三")]
    assert "作者：Jane Roe" in body and "译者：某某" in body  # unchanged: the editor's call
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "- [ ] line 12 · credits" in report


def test_a_byline_alone_is_no_translations_credits(tmp_path):
    result, _ = import_text(tmp_path, (
        "# 标题\n\n正文讲了一件事。\n\n正文第二段。\n\n作者：李四\n\n校对：王五\n"), "a.md")
    assert not [d for d in result.doubts if d.kind == "credits"]  # no translator named


def test_an_ordered_lists_items_a_line_each_are_paragraphs_never_a_wrap(tmp_path):
    # Lines ending in 「；」 and about as long: read as a hard-wrapped paragraph, the items
    # were glued; in Markdown a line opening with the list's next number opens its item.
    result, body = import_text(tmp_path, (
        "# 标题\n\n监测体系分为三层：\n\n1.  数据采集层：各类传感器和采样点，是数据来源；\n"
        "2.  数据汇聚层：从各个采样点收集数据的平台；\n3.  数据应用层：面向用户的分析工具；\n\n"
        "三层各有分工。\n"), "a.md")
    assert paragraphs(body) == [
        "监测体系分为三层：", "1.  数据采集层：各类传感器和采样点，是数据来源；",
        "2.  数据汇聚层：从各个采样点收集数据的平台；", "3.  数据应用层：面向用户的分析工具；",
        "三层各有分工。"]
    assert [r.line for r in result.repairs if r.kind == "list-item"] == [6, 7]


def test_a_list_items_indented_lines_are_its_one_paragraph(tmp_path):
    result, body = import_text(tmp_path, (
        "# 标题\n\n几个渠道：\n\n+ [开放平台](https://example.org/p) 新版平台已经上线。\n"
        "  其中两个接口支持了批量调用，欢迎体验。\n+ [教程](https://example.org/t) 基础用法。\n\n"
        "正文第一行说完了。\n正文第二行是另一段。\n"), "a.md")
    assert paragraphs(body) == [
        "几个渠道：", "开放平台 新版平台已经上线。其中两个接口支持了批量调用，欢迎体验。",
        "教程 基础用法。", "正文第一行说完了。", "正文第二行是另一段。"]
    assert [r.line for r in result.repairs if r.kind == "soft-wrap"] == [6]

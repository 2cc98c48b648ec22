"""Markdown read as Markdown: markup from publishing tools never reaches article.md as text.

Each test is one shape of issue 11's 'Markup is printed literally' (made-up text of that
shape): bold run-in leads, <p>/<section> wrappers, <b>/<span> inline tags, &emsp;
indentation and entities, {align=center} attribute lists, ':::' containers.
"""

from __future__ import annotations

import re

from conftest import import_text

from briefing.importer.markup import read_markup
from briefing.importer.markup.inline import render_inline
from briefing.importer.repairs import fullwidth_punctuation
from briefing.loader import load_briefing

# What no article.md may hold as text: it would be printed.
LEFTOVER = re.compile(r"<(?!/?(?:sub|sup|br)>)[a-zA-Z/][^>]*>|&[a-z]+;|&#\d+;|\{[:#.]|\{\w+=")


def imported(tmp_path, text: str, name: str = "a.md"):
    return import_text(tmp_path, text, name)


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_bold_run_in_leads_stay_markdown_bold(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n**一是强化组织领导。**成立工作专班，统筹推进各项任务。\n\n"
        "**二是压实工作责任。**逐级签订责任书，层层传导压力。\n"))
    assert paragraphs(body) == [
        "**一是强化组织领导。**成立工作专班，统筹推进各项任务。",
        "**二是压实工作责任。**逐级签订责任书，层层传导压力。"]
    assert not any(r.review for r in result.repairs) and not result.doubts


def test_block_html_is_unwrapped_into_paragraphs(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n<section style=\"margin:0\">\n"
        "<p style=\"text-indent:2em\">第一段文字，说明情况。</p><p>第二段文字，提出要求。</p>\n"
        "</section>\n\n<div>第三段文字。</div>\n"))
    assert paragraphs(body) == ["第一段文字，说明情况。", "第二段文字，提出要求。", "第三段文字。"]
    assert {r.kind for r in result.repairs} >= {"html-block"}
    assert not LEFTOVER.search(body)


def test_inline_html_becomes_spans_or_is_dropped_with_a_doubt(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n<b>重点任务</b>是<strong>治污</strong>，<i>尤其</i>是PM<sub>2.5</sub>"
        "与<span style=\"color:red\">臭氧</span>协同<font color=\"blue\">控制</font>。\n"))
    assert paragraphs(body) == ["**重点任务**是**治污**，*尤其*是PM<sub>2.5</sub>与臭氧协同控制。"]
    doubts = [d for d in result.doubts if d.kind == "html-dropped"]
    assert ["<span>" in d.note or "<font>" in d.note for d in doubts] == [True, True]
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "- [ ] line 3 · html-dropped" in report
    load_briefing(result.folder)  # the loader takes what is left


def test_a_tag_dropped_many_times_is_one_spot(tmp_path):
    result, _ = imported(tmp_path, "# 标题\n\n" + "".join(
        f"<span style=\"color:red\">第{n}段</span>文字。\n\n" for n in range(1, 6)))
    [doubt] = result.doubts
    assert doubt.kind == "html-dropped" and "5×" in doubt.note and doubt.line == 3
    assert sum(r.kind == "html-dropped" for r in result.repairs) == 5


def test_entities_decoded_and_emsp_indentation_starts_a_paragraph(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n&emsp;&emsp;第一段,写在一行里。\n&emsp;&emsp;第二段&nbsp;紧接着写,"
        "A&amp;B公司参与。\n"))
    assert paragraphs(body) == ["第一段，写在一行里。", "第二段\u00a0紧接着写，A&B公司参与。"]
    assert "&emsp" not in body and "；" not in body  # never &emsp；
    assert any(r.kind == "html-entity" for r in result.repairs)


def test_fullwidth_repair_leaves_entities_tags_and_urls_alone():
    text, _ = fullwidth_punctuation("&emsp;正文,见&lt;表&gt;与http://a.cn/x?a=1,2中:文")
    assert text == "&emsp;正文，见&lt;表&gt;与http://a.cn/x?a=1,2中：文"


def test_attribute_lists_are_removed(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n图为会议现场。{align=center}\n\n正文第一段。{: .lead}\n\n{#intro .note}\n\n"
        "正文第二段。\n"))
    assert "{" not in body and "正文第一段。" in body and "正文第二段。" in body
    assert sum(r.kind == "attribute-list" for r in result.repairs) == 3


def test_containers_of_publishing_tools_are_removed(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n::: tip 提示\n请各单位按时报送材料。\n:::\n\n正文。\n"))
    assert ":::" not in body and paragraphs(body) == ["请各单位按时报送材料。", "正文。"]
    assert sum(r.kind == "container" for r in result.repairs) == 2


def test_links_keep_their_text_images_are_doubts_bullets_are_paragraphs(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n详见[实施方案](https://example.gov.cn/a.html)全文。\n\n"
        "![会场](images/a.jpg)\n\n- 第一项任务。\n- 第二项任务。\n"))
    assert paragraphs(body) == ["详见实施方案全文。", "第一项任务。", "第二项任务。"]
    assert any(r.kind == "link" and "example.gov.cn" in r.note for r in result.repairs)
    # The image is not beside the text: the reader leaves it out and asks (a doubt).
    assert [r.note for r in result.doubts if "images/a.jpg" in r.note] == [
        "the image images/a.jpg (line 5) is missing: left out"]


def test_backslash_escapes_and_lt_stay_as_written():
    rendered, _ = render_inline(r"比例\*系数 &lt;5 与 a<b")
    assert rendered == r"比例\*系数 &lt;5 与 a<b"


def test_inline_code_keeps_its_backticks(tmp_path):
    # a docs page's parameter table and sentence: the code spans are the names themselves
    _, body = imported(tmp_path, (
        "# 参数说明\n\n设为 `false` 时不显示目录。\n\n"
        "| 参数 | 默认值 |\n| --- | --- |\n| `toc` | `true` |\n"))
    assert "设为 `false` 时不显示目录。" in body
    assert "| `toc` | `true` |" in body


def test_line_numbers_survive_the_unwrapping():
    markup = read_markup("# 标题\n\n<p>一</p><p>二</p>\n正文\n")
    assert [(line.number, line.text) for line in markup.lines if line.text] == [
        (1, "# 标题"), (3, "一"), (3, "二"), (4, "正文")]


def test_nothing_of_the_markup_reaches_the_page(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n<p>&emsp;&emsp;<strong>一、总体要求</strong></p>\n\n"
        "<p style=\"text-align:center\">{align=center}<span>坚持</span>系统治理。</p>\n\n"
        "::: warning\n**注意：**各地<u>务必</u>落实。<br><br>&emsp;&emsp;第二段。\n:::\n"))
    assert not LEFTOVER.search(body) and ":::" not in body
    assert "## 一、总体要求" in body and "**注意：**各地务必落实。\n\n第二段。" in body
    briefing = load_briefing(result.folder)
    for block in briefing.walk_blocks():
        assert not LEFTOVER.search(block.text.plain)


def test_space_entities_without_semicolon_are_read_as_browsers_do(tmp_path):
    _, body = imported(tmp_path, "# 标题\n\n<p>甲&nbsp&nbsp|&nbsp乙。</p>\n")
    assert paragraphs(body) == ["甲\u00a0\u00a0|\u00a0乙。"]


def test_a_bold_markdown_heading_keeps_its_number(tmp_path):
    _, body = imported(tmp_path, "# 标题\n\n## **一、总体要求**\n\n正文。\n\n## （一）主要目标\n\n正文。\n")
    assert [line for line in body.splitlines() if line.startswith("#")] == [
        "## 一、总体要求", "### （一）主要目标"]


def test_style_and_script_elements_are_dropped_whole(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n正文第一段。\n\n<style>\n.qr_wrap{border:1px solid #E6E6E6;}\n"
        ".qr_txt{float:left;}\n</style>\n<script type=\"text/javascript\">\nvar a = 1;\n"
        "</script>\n\n正文第二段。\n"))
    assert paragraphs(body) == ["正文第一段。", "正文第二段。"]
    assert [r.kind for r in result.repairs].count("html-hidden") == 7


def test_an_html_table_becomes_a_pipe_table(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n正文第一段。\n\n<table><tr><th rowspan=\"2\">城市</th><th colspan=\"2\">优良率（%）</th>"
        "</tr>\n<tr><td>本月</td><td>上月</td></tr>\n<tr><td>太原</td><td>80.6</td><td>77.4</td></tr>\n"
        "<tr><td>PM<sub>2.5</sub></td><td>35</td><td>38</td></tr></table>\n\n正文第二段。\n"))
    # A header cell spanning two rows over a row of labels: a two-row header, both rows
    # above the |---| row, the covered cells marked as article.md merges them.
    assert ("| 城市 | 优良率（%） | < |\n| ^ | 本月 | 上月 |\n|---|---|---|\n| 太原 | 80.6 | 77.4 |\n"
            "| PM<sub>2.5</sub> | 35 | 38 |") in body
    assert "html-table" in [r.kind for r in result.repairs]
    assert "table-merged-cells" in [d.kind for d in result.doubts]
    assert not LEFTOVER.search(body.replace("<sub>", "").replace("</sub>", "")
                               .replace("| < |", "||"))


def test_an_html_tables_cells_spanning_rows_print_merged_not_empty(tmp_path):
    """A body cell spanning rows (a category over its items) is written once and 「^」 under
    it, so the table prints it merged — an empty cell reads as a value missing. A first-row
    cell spanning into rows of values leaves the header one row (a 「^」 cannot cross the
    |---| row): the value rows' covered cell is left empty."""
    from briefing.loader import load_briefing

    result, body = imported(tmp_path, (
        "# 标题\n\n正文第一段。\n\n<table><tr><th>分类</th><th>明细</th><th>费用</th></tr>\n"
        "<tr><th rowspan=3>车票</th><td rowspan=2>西安-兰州</td><td>336</td></tr>\n"
        "<tr><td>326</td></tr>\n<tr><td>兰州-西宁</td><td>244</td></tr>\n"
        "<tr><td>合计</td><td colspan=2>906</td></tr></table>\n\n正文第二段。\n"))
    assert ("| 分类 | 明细 | 费用 |\n|---|---|---|\n| 车票 | 西安-兰州 | 336 |\n| ^ | ^ | 326 |\n"
            "| ^ | 兰州-西宁 | 244 |\n| 合计 | 906 | < |") in body
    table = next(b for b in load_briefing(result.folder).walk_blocks()
                 if getattr(b, "kind", "") == "table")
    first = table.rows[0][0]
    assert (first.text.plain, first.rowspan) == ("车票", 3)
    (tmp_path / "two").mkdir()
    _, body = imported(tmp_path / "two", (
        "# 标题\n\n正文。\n\n<table><tr><td rowspan=3>某县</td><td>断面一</td><td>II</td></tr>\n"
        "<tr><td>断面二</td><td>3</td></tr>\n<tr><td>断面三</td><td>4</td></tr></table>\n"))
    assert "| 某县 | 断面一 | II |\n|---|---|---|\n|  | 断面二 | 3 |\n| ^ | 断面三 | 4 |" in body


def test_a_footnote_mark_no_footnote_defines_stays_text(tmp_path):
    """Found by the fuzzer: 「[^0]」 in a text with no 「[^0]: …」 is written escaped, so
    the loader reads it as text instead of asking for the footnote."""
    from briefing.loader import load_briefing

    result, body = imported(tmp_path, "# 标题\n\n见附注[^0]。\n\n正文[^1]。\n\n[^1]: 注释。\n")
    assert "\\[^0]" in body and "正文[^1]" in body
    briefing = load_briefing(result.folder)
    assert len(briefing.footnotes) == 1 and briefing.footnotes[0].text.plain == "注释。"


def test_a_blog_posts_template_tags_rules_and_yaml_title(tmp_path):
    """A static-site post: the title in its YAML, template tags, `---` rules between its
    parts and several `#` headings, which are its sections, not its title."""
    result, body = imported(tmp_path, (
        "---\nlayout: post\ntitle: \"课题组两篇论文获奖\"\n---\n\n{% include base_path %}\n"
        "{{ page.date | date: \"%Y\" }}\n\n======\n\n近日，课题组两篇论文获奖。\n\n---\n\n"
        "# **1. 第一篇论文**\n\n第一篇论文研究了某问题。\n\n* * *\n\n# 2. 第二篇论文\n\n"
        "第二篇论文研究了另一问题。\n\n___\n"))
    assert result.title == "课题组两篇论文获奖"
    assert paragraphs(body) == ["近日，课题组两篇论文获奖。", "## 1. 第一篇论文",
                                "第一篇论文研究了某问题。", "## 2. 第二篇论文",
                                "第二篇论文研究了另一问题。"]
    kinds = [r.kind for r in result.repairs]
    assert kinds.count("template-tag") == 2 and kinds.count("rule") == 4


def test_a_yaml_title_repeated_as_the_one_hash_line_stays_the_title(tmp_path):
    result, body = imported(tmp_path, (
        "---\ntitle: 某市发布年度报告\n---\n\n# 某市发布年度报告\n\n正文第一段。\n\n# 附\n\n正文。\n"))
    assert result.title == "某市发布年度报告" and "## 附" in body


def test_setext_headings_are_headings(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n正文第一段。\n\n工作进展\n========\n\n正文第二段。\n\n下步打算\n--------\n\n"
        "正文第三段。\n"))
    assert paragraphs(body) == ["正文第一段。", "## 工作进展", "正文第二段。", "### 下步打算",
                                "正文第三段。"]


def test_a_line_of_links_and_separators_is_navigation(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n<p align=\"center\">\n  🌐 <a href=\"https://a.example\">Website</a>\n"
        "  &nbsp;|&nbsp;\n  📄 <a href=\"https://b.example\">Paper</a>\n</p>\n\n"
        "[首页](/) · [关于](/about)\n\n本项目详见[说明文档](./docs)。\n\n[某某工作方案](https://c.example)\n"))
    assert paragraphs(body) == ["本项目详见说明文档。", "某某工作方案"]
    assert [r.kind for r in result.repairs].count("navigation") == 4


def test_a_line_without_br_where_lines_end_in_br_was_only_wrapped(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n&emsp;&emsp;第一段说明了情况。<br>\n&emsp;&emsp;第二段在测试中使用了单张A100\n"
        "GPU，并记录了结果。<br>\n&emsp;&emsp;第三段。<br>\n\n第四段\n第五段\n"))
    assert paragraphs(body) == ["第一段说明了情况。", "第二段在测试中使用了单张A100 GPU，并记录了结果。",
                                "第三段。", "第四段", "第五段"]
    assert [r.kind for r in result.repairs].count("soft-break") == 1


def test_reference_links_keep_their_words_and_their_definitions_go(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n详见[实施方案][1]和[工作要点][yd]全文，另见[附件]。\n\n正文第二段[^1]。\n\n"
        "[1]: https://example.gov.cn/a.html\n[yd]: https://example.gov.cn/b.html \"要点\"\n"
        "[附件]: ./fj.pdf\n\n[^1]: 注释一。\n"))
    assert paragraphs(body) == ["详见实施方案和工作要点全文，另见附件。", "正文第二段[^1]。", "[^1]: 注释一。"]
    kinds = [r.kind for r in result.repairs]
    assert kinds.count("link-reference") == 3 and kinds.count("link") == 3
    # A numbered note written like a definition, in Chinese, is text.
    _, body = imported(tmp_path, "# 标题\n\n正文见[1]。\n\n[1]: 张三，某某研究\n", "b.md")
    assert "张三，某某研究" in body


def test_a_fenced_code_blocks_fences_go_and_its_lines_stay_as_written(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n安装方法如下：\n\n```bash\n# 安装依赖\npip install briefing\n- x\n```\n\n正文。\n"))
    assert "```" not in body and "## 安装依赖" not in body
    assert paragraphs(body) == ["安装方法如下：", "\\# 安装依赖", "pip install briefing", "\\- x",
                                "正文。"]
    assert [r.kind for r in result.repairs].count("code-fence") == 2
    assert "code-block" in [d.kind for d in result.doubts]
    briefing = load_briefing(result.folder)
    assert "# 安装依赖" in [block.text.plain for block in briefing.walk_blocks()]


def test_a_footnote_mark_in_a_code_block_stays_text(tmp_path):
    # A post on Markdown shows the mark in its code: once a paragraph, it must not call
    # the real note a second time (the import once wrote a folder its build refused).
    result, body = imported(tmp_path, (
        "# 标题\n\n正文说明[^1]。\n\n```markdown\n这是一个脚注[^1]\n```\n\n[^1]: 注释的文字。\n"))
    assert "这是一个脚注\\[^1]" in body
    briefing = load_briefing(result.folder)
    assert "这是一个脚注[^1]" in [block.text.plain for block in briefing.walk_blocks()]
    assert len(briefing.footnotes) == 1


def test_a_list_inside_a_quotation_is_one_quoted_paragraph_per_item(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n调查比较了两地的各项费用：\n\n"
        "> - 房租：甲地是乙地的三倍\n> - 运费：甲地是乙地的两倍\n> * 电费：两地相当\n\n"
        "这些数字是几年前的。\n\n> 1. 第一条意见\n> 2. 第二条意见\n"))
    assert paragraphs(body) == [
        "调查比较了两地的各项费用：", "> 房租：甲地是乙地的三倍", "> 运费：甲地是乙地的两倍",
        "> 电费：两地相当", "这些数字是几年前的。", "> 1. 第一条意见", "> 2. 第二条意见"]
    assert [r.kind for r in result.repairs].count("list-item") == 5


def test_the_line_under_an_image_repeating_its_alt_text_is_its_caption(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n第一段文字，介绍会议。\n\n![会场 一角](https://example.com/a.jpg)\n\n会场一角\n\n"
        "第二段文字，介绍流程。\n\n<img src=\"b.png\" alt=\"办理流程示意\">\n办理流程示意\n\n"
        "![图片](c.jpg)\n\n不是说明的一段文字\n"))
    assert paragraphs(body) == [
        "第一段文字，介绍会议。", "::: figure\n会场一角\n:::", "第二段文字，介绍流程。",
        "::: figure\n办理流程示意\n:::", "不是说明的一段文字"]
    assert [r.kind for r in result.repairs].count("caption") == 2


def test_an_escaped_number_is_the_texts_number(tmp_path):
    # Exporters write 「1\.」 so that no renderer makes a list of a numbered heading.
    result, body = imported(tmp_path, (
        "# 标题\n\n**1\\. 技术特点**\n\n第一节的正文，介绍技术特点。\n\n"
        "**2. 发展趋势**\n\n第二节的正文，介绍发展趋势。\n\n1\\) 第一项做法。\n"))
    assert paragraphs(body) == [
        "## 1. 技术特点", "第一节的正文，介绍技术特点。", "## 2. 发展趋势",
        "第二节的正文，介绍发展趋势。", "1) 第一项做法。"]


def test_extra_blank_lines_in_markdown_make_no_caption(tmp_path):
    # Markdown sets any number of blank lines as one; exporters put spacer lines between
    # all paragraphs. The same text as plain text reads the short line as a caption.
    text = ("# 标题\n\n第一段文字，介绍设备的结构。\n\n  \n\n下图为单台设备在满负荷运行时的结构与温度分布示意\n\n  \n\n"
            "第二段文字，介绍设备的性能。\n")
    result, body = imported(tmp_path, text)
    assert paragraphs(body) == ["第一段文字，介绍设备的结构。", "下图为单台设备在满负荷运行时的结构与温度分布示意",
                                "第二段文字，介绍设备的性能。"]
    (tmp_path / "plain").mkdir()
    result, body = import_text(tmp_path / "plain", text, "a.txt")
    assert "::: figure\n下图为单台设备在满负荷运行时的结构与温度分布示意\n:::" in body


def test_a_markdown_text_that_marks_its_headings_has_no_unmarked_ones(tmp_path):
    text = ("# 标题\n\n给读者的一句话\n\n第一段文字，说明情况。\n\n## 一、总体情况\n\n"
            "第二段文字，说明情况。\n")
    result, body = imported(tmp_path, text)
    assert paragraphs(body) == ["给读者的一句话", "第一段文字，说明情况。", "## 一、总体情况",
                                "第二段文字，说明情况。"]
    # Without a marked heading a short line over a paragraph is read as its heading.
    (tmp_path / "unmarked").mkdir()
    result, body = import_text(tmp_path / "unmarked", text.replace("## 一、总体情况\n\n", ""),
                               "a.md")
    assert paragraphs(body)[0] == "## 给读者的一句话"


def test_a_figcaption_is_a_caption_and_an_image_beside_its_caption_on_one_line(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n第一段文字，介绍湿地。\n\n"
        "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>湿地里的候鸟群落</figcaption></figure>\n\n"
        "第二段文字，介绍湖泊。\n\n"
        "<p><img src=\"b.jpg\" alt=\"湖边的步道\"></p><p>湖边的步道</p>\n\n"
        "第三段文字里有一个图标<img src=\"i.png\" alt=\"图标\">，不是图片。\n"))
    assert paragraphs(body) == [
        "第一段文字，介绍湿地。", "::: figure\n湿地里的候鸟群落\n:::", "第二段文字，介绍湖泊。",
        "::: figure\n湖边的步道\n:::", "第三段文字里有一个图标，不是图片。"]
    assert not LEFTOVER.search(body) and "\ue000" not in body


def test_a_paragraph_under_an_image_inside_an_html_figure_element_is_its_caption(tmp_path):
    _, body = imported(tmp_path, (
        "# 标题\n\n第一段文字，介绍系统。\n\n<div align=\"center\">\n"
        "\t<img src=\"a.png\" width=\"300\" />\n\t<p>某某系统的总体架构</p>\n</div>\n\n"
        "第二段文字，介绍流程。\n\n<figure>\n  <a href=\"b.png\"><img src=\"b.png\"></a>\n"
        "  <p>请求的处理流程</p>\n</figure>\n\n"
        # Text in an element without an image, or not closing it, is no caption.
        "<div>\n<p>这一段不在图中。</p>\n</div>\n\n"
        "<div>\n<img src=\"c.png\">\n<p>图下的一段文字，后面还有一段。</p>\n<p>又一段。</p>\n</div>\n"))
    assert paragraphs(body) == [
        "第一段文字，介绍系统。", "::: figure\n某某系统的总体架构\n:::", "第二段文字，介绍流程。",
        "::: figure\n请求的处理流程\n:::", "这一段不在图中。", "图下的一段文字，后面还有一段。",
        "又一段。"]


def test_a_line_that_only_asks_to_follow_a_link_is_dropped(tmp_path):
    result, body = imported(tmp_path, (
        "# 标题\n\n第一段文字，介绍公报。\n\n[点击查看公报全文](https://example.com/a.pdf)\n\n"
        "第二段文字，介绍数据。\n\n<a href=\"https://example.com/b\">原文链接</a>\n\n"
        "[某市2022年统计公报](https://example.com/c)\n"))
    assert paragraphs(body) == ["第一段文字，介绍公报。", "第二段文字，介绍数据。",
                                "某市2022年统计公报"]
    assert [r.kind for r in result.repairs if r.review].count("link-call") == 2

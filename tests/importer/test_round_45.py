"""The forty-fifth round (issue 11): made-up texts of the shapes that went wrong on the
fifty-sixth held-back set, scored once in the thirty-eighth stop.

A page's breadcrumb written with an ASCII arrow (「首頁 -> 頭條」「首页 => 新闻」) is the page's,
never the title; an e-paper's navigation and type-size bar (「当前版: 015版 上一版 下一版 上一期
下一期」「上一篇 下一篇」「放大 缩小 默认」) is a row of the page's buttons.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.titleblock.lines import _menu_words_only
from briefing.importer.titleblock.title import BREADCRUMB

ARROW_CRUMBS = """首頁 -> 頭條
台灣世壯會上演雙北市長大戰分享到:
香港中通社5月24日電 2025年世界壯年運動會在台北、新北兩市舉辦，24日慢投壘球項目上演雙北市長大戰，最後台北隊以9比3贏下比賽。
當天賽場上下起細雨，比賽由新北隊先攻，侯友宜擔任首棒打者並順利上壘，但最終未能得分。
"""


def test_a_breadcrumb_with_an_ascii_arrow_is_the_pages(tmp_path):
    result, body = import_text(tmp_path, ARROW_CRUMBS, "crumbs.txt")
    meta = front_matter(result)
    assert "頭條" not in (meta["title"] or "")  # (the share label glued to the headline
    assert "頭條" not in body and "->" not in body  # leaves it no title: asked for)


def test_arrow_breadcrumbs_of_each_kind():
    assert BREADCRUMB.match("首页 => 新闻")
    assert BREADCRUMB.match("首页->正文")
    assert BREADCRUMB.match("当前位置：首页 > 新闻")
    assert not BREADCRUMB.match("首页面设计的三个原则")


def test_an_epapers_navigation_is_a_row_of_buttons():
    assert _menu_words_only("当前版: 015版 上一版 下一版 上一期 下一期")
    assert _menu_words_only("上一篇    下一篇")
    assert _menu_words_only("放大 缩小 默认")
    assert not _menu_words_only("015版 昆明新闻")
    assert not _menu_words_only("放大 镜头")


STATUTE_MARKDOWN = """---
title: "某某學會章程"
---

## 某某學會章程

### 第一章　總則

**第一條**␣␣
本會定名為某某學會。

**第二條**␣␣
本會以求學術之進步及普及為宗旨。

**第三條**␣␣
- 個人會員應納入會費及常年會費。
- 團體會員應納常年會費。

### 第二章　會員

**第四條**␣␣
凡贊成本會宗旨者，由會員二人介紹，經理事會通過，得為本會會員。
""".replace("␣", " ")  # (two spaces: Markdown's hard line break)


def test_a_bold_article_number_over_its_text_is_its_run_in_label(tmp_path):
    result, body = import_text(tmp_path, STATUTE_MARKDOWN, "zhangcheng.md")
    assert "**第一條**本會定名為某某學會。" in body
    assert "**第四條**凡贊成本會宗旨者" in body
    assert "#### 第" not in body and "### 第三條" not in body
    assert "\n**第三條**\n" in body  # over a list: a paragraph of its own, no heading
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "article-label" in report


def test_the_given_title_written_again_as_the_first_head_goes(tmp_path):
    result, body = import_text(tmp_path, STATUTE_MARKDOWN, "zhangcheng.md")
    assert front_matter(result)["title"] == "某某學會章程"
    assert "某某學會章程" not in body
    assert "## 第一章　總則" in body and "## 第二章　會員" in body  # the top level now


def test_a_later_head_with_the_titles_words_stays(tmp_path):
    text = ("---\ntitle: 给父亲\n---\n\n> 纪念那个寒冷的早晨。\n\n那天早上下了很大的雪，我们一家人都在屋里。"
            "\n\n## 给父亲\n\n北岛的诗写道，你召唤我成为你的儿子。\n")
    _, body = import_text(tmp_path, text, "poem.md")
    assert "## 给父亲" in body


TRANSLATION_HEAD = """# 2020 年 Go 开发者调查结果

- 原文地址：https://blog.golang.org/survey2020-results
- 原文作者：Alice Merrick
- 译者：[lsj1342](https://github.com/lsj1342)
- 校对：[guzzsek](https://github.com/guzzsek)

#### 感谢您带来令人兴奋的回应

2020 年，我们的参与人数达到了 9,648 人。Go 仍然大量用于[API、CLI 和数据处理]((https://blog.golang.org/survey2020-results#TOC_7.)。
"""


def test_a_translations_credits_at_its_head_are_asked_about(tmp_path):
    result, body = import_text(tmp_path, TRANSLATION_HEAD, "survey.md")
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "「译者」" in report and "「原文作者」" in report and "「校对」" in report


def test_a_link_opened_with_two_parentheses_is_a_link(tmp_path):
    _, body = import_text(tmp_path, TRANSLATION_HEAD, "survey.md")
    assert "Go 仍然大量用于API、CLI 和数据处理。" in body
    assert "((" not in body and "TOC_7" not in body

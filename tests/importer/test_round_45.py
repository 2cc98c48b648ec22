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


def test_a_source_field_saying_unknown_is_no_source(tmp_path):
    text = ("全市体育工作综述\n来源:未知来源 日期:2015-03-31 12:00\n"
            "【概况】 2013年，全市体育工作坚持深化改革，务实创新，超目标完成了年度各项任务。\n"
            "【备战工作会议】 2013年7月5日，市政府召开全市备战工作会议。\n")
    result, body = import_text(tmp_path, text, "nianjian.txt")
    assert front_matter(result)["source"] is None
    assert "未知来源" not in body
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "unknown-source" in report


MINUTES = ("某某學會 第 24 屆第 2 次理監事會議 會議紀錄\n一、時\n\n間：2011 年 10 月 01 日 14：00\n\n"
           "二、地\n\n點：台北市文山區汀州路四段 88 號 801 室\n\n"
           "三、列席人員：呂聖元(秘書長，請假)\n四、主\n\n席：管一政\n\n記錄：劉姵汝\n\n"
           "壹、主席報告：\n(1) 本學會目前經費結餘為新台幣$583,126 元。\n\f"
           "貳、討論事項：\n(一) 學會所開立之正式經費收據，應由學會蓋學會章後始具效力。\n"
           "決議: 無異議通過。\n")


def test_a_form_fields_spaced_characters_are_joined_again(tmp_path):
    result, body = import_text(tmp_path, MINUTES, "minutes.txt")
    assert front_matter(result)["title"] == "某某學會 第 24 屆第 2 次理監事會議 會議紀錄"
    assert "一、時間：2011 年 10 月 01 日 14：00" in body
    assert "二、地點：台北市" in body and "四、主席：管一政" in body


def test_a_meeting_records_numbered_fields_are_no_heads(tmp_path):
    _, body = import_text(tmp_path, MINUTES, "minutes.txt")
    assert "# 四、主席" not in body and "# 三、列席人員" not in body
    assert "\n三、列席人員：呂聖元（秘書長，請假）\n" in body

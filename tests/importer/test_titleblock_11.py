"""The title block, eleventh round: conventions of the title block that hold across web
pages, papers and documents, each shown on a made-up text of its shape."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.importer.structure import build_draft
from briefing.importer.titleblock import bare_facts, labelled_facts

FILE = Path("article.txt")
BODY = "会议指出，要坚持生态优先、绿色发展，持续改善环境质量，推动经济社会全面绿色转型发展。"


def draft_of(text: str):
    return build_draft(text, FILE)


def body_texts(draft) -> list[str]:
    return [node.text for node in draft.nodes]


# ---------------------------------------------------------------- the page's info line
# A web page sets its facts on one line under the title, with its readers' counters and
# widgets among them: the facts are read, the rest is the page's.


def test_an_info_line_with_a_bare_size_switch_is_read_as_facts():
    line = "时间：2023-06-12 08:15     大   中   小     来源： 某某县新闻网"
    assert labelled_facts(line) == [("date", "2023-06-12 08:15"), ("source", "某某县新闻网")]
    draft = draft_of(f"某县召开防汛工作会议\n\n {line}\n\n{BODY}\n")
    assert (draft.title, draft.source, draft.date) == (
        "某县召开防汛工作会议", "某某县新闻网", dt.date(2023, 6, 12))
    assert body_texts(draft) == [BODY]


def test_an_info_line_may_open_with_the_page_address():
    line = "http://news.example.com.cn 2010-05-06 10:20 来源： 某某经济网"
    assert labelled_facts(line) == [("url", "http://news.example.com.cn"),
                                    ("date", "2010-05-06 10:20"), ("source", "某某经济网")]


def test_counters_and_empty_icons_among_the_facts_are_the_pages():
    assert labelled_facts("2009-11-02 09:30:12 来源： 作者： 【 】 浏览：56次 评论：0") == [
        ("date", "2009-11-02 09:30:12")]
    assert bare_facts("2016-08-01 14:22:05    某某网  参与评论（）人") == [
        ("date", "2016-08-01 14:22:05"), ("source", "某某网")]
    assert bare_facts("2016-08-01 14:22:05    某某网  跟帖(12)") == [
        ("date", "2016-08-01 14:22:05"), ("source", "某某网")]


def test_a_sentence_with_a_counter_word_is_no_fact_line():
    assert labelled_facts("评论：这篇文章写得很好 来源：某某网") is None
    assert bare_facts("大 中 小学生都来了") is None


# ---------------------------------------------------------------- headline forms


def test_a_site_name_before_the_title_is_the_source():
    draft = draft_of("某某山水网：春到江边（三）\n\n2012-03-04 10:11:12 来源： 浏览：56次\n\n"
                     f"{BODY}\n")
    assert draft.title == "春到江边（三）"
    assert draft.source == "某某山水网"
    assert draft.date == dt.date(2012, 3, 4)


def test_a_headline_quoting_its_speaker_is_the_title_when_its_facts_follow():
    text = ("分享更多\n字体：\n\n李明远：今天大家提的问题都很好！\n\n"
            "http://news.example.com 2012-03-02 18:58 来源： 某某经济网\n\n"
            f"{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "李明远：今天大家提的问题都很好！"
    assert (draft.source, draft.url, draft.date) == (
        "某某经济网", "http://news.example.com", dt.date(2012, 3, 2))
    assert body_texts(draft) == [BODY]


def test_a_speaker_colon_line_without_facts_is_not_taken_for_the_title():
    # A Q&A's answer line stays in the body; without facts under it nothing makes a
    # 「name：words」 line the title.
    text = f"某县召开防汛工作会议\n\n{BODY}\n\n王建国：今年的汛期比往年来得早\n\n{BODY}\n"
    draft = draft_of(text)
    assert draft.title == "某县召开防汛工作会议"

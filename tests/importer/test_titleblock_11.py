"""The title block, eleventh round: conventions of the title block that hold across web
pages, papers and documents, each shown on a made-up text of its shape."""

from __future__ import annotations

import datetime as dt

from drafts import BODY, body_texts, draft_of

from briefing.importer.titleblock import bare_facts, labelled_facts

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


# ---------------------------------------------------------------- dates and channels


def test_a_roc_date_line_is_the_date():
    from briefing.importer.titleblock import read_date
    assert read_date("113年05月20日") == dt.date(2024, 5, 20)
    assert read_date("民國98年3月1日") == dt.date(2009, 3, 1)
    assert read_date("08年5月12日") is None  # a Western year cut short: unknown century
    assert read_date("300年1月1日") is None  # past this year


def test_the_channel_name_over_the_date_is_not_the_title():
    text = ("跳到主要內容\n\n新聞與活動\n\n行政院新聞\n\n113年05月20日\n"
            "行政院長視察颱風災區 要求加速復建工程\n\n"
            "行政院長今（20）日上午視察颱風災區，聽取復建工程進度簡報，"
            "要求相關部會加速復建工程，確保民眾生活早日恢復正常。\n")
    draft = draft_of(text)
    assert draft.title == "行政院長視察颱風災區 要求加速復建工程"
    assert draft.date == dt.date(2024, 5, 20)
    assert "跳到主要內容" not in body_texts(draft)
    [other] = [d for d in draft.doubts if d.kind == "title-runner-up"]
    assert other.before == "行政院新聞"


def test_a_channel_rule_keeps_a_title_that_speaks_of_the_story():
    text = (f"某县召开防汛工作会议\n\n2023-06-12\n\n防汛要点\n\n"
            f"会议要求，某县各部门要做好防汛工作，{BODY}\n")
    assert draft_of(text).title == "某县召开防汛工作会议"


def test_a_pages_name_over_its_date_and_several_stories_stays_the_title():
    text = ("国内要闻\n时间：2025年06月18日\n来源：某某日报\n某地粮食夏收过半\n"
            "新华社6月17日电 某地夏粮收获过半，各地抢抓晴好天气加快收割进度。\n"
            "某地铁路投资增长\n"
            "新华社6月16日电 今年1至5月，某地铁路完成固定资产投资同比增长。\n")
    draft = draft_of(text)
    assert draft.title == "国内要闻"
    assert draft.source == "某某日报"


# ---------------------------------------------------------------- authors


def test_a_self_posted_accounts_name_twice_is_its_meta_line():
    text = ("查看原文\n其他\n\n某某改革对基层治理的启示\n\n某某研究 某某研究\n2024-05-06\n\n"
            f"{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某某改革对基层治理的启示"
    assert (draft.source, draft.date) == ("某某研究", dt.date(2024, 5, 6))


def test_authors_a_line_each_with_their_institutions_under_a_label():
    text = ("某某改革对基层治理的启示\n\n2024-05-06\n\n作者：\n\n王   林（某某大学）\n\n"
            f"李晓明（某某研究院）\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.authors == ["王林", "李晓明"]
    assert body_texts(draft) == [BODY]


def test_an_authors_email_in_brackets_is_no_part_of_the_name():
    text = ('---\ntitle: "某某技术入门"\nauthor: ["赵一(zhao@example.com)", '
            '"赵一(z1@example.org)", "钱二"]\n---\n\n' f"{BODY}\n")
    draft = draft_of(text)
    assert draft.authors == ["赵一", "钱二"]


# ---------------------------------------------------------------- a title run into the text


def test_a_reports_title_run_into_its_first_sentence_is_split_off():
    text = ("某镇上半年重点工作完成情况的调研报告 今年以来，我镇在县委、县政府的正确领导下，"
            "紧紧围绕年度目标任务，扎实推进各项工作，取得了一定成效。现将有关情况报告如下。\n")
    draft = draft_of(text)
    assert draft.title == "某镇上半年重点工作完成情况的调研报告"
    assert body_texts(draft)[0].startswith("今年以来，我镇")
    [split] = [r for r in draft.repairs if r.kind == "split-title-run-on"]
    assert split.review


def test_a_sentence_naming_a_report_is_not_split():
    # The kind's word inside a sentence (「…的报告 已经…」) with no time opening the rest.
    text = ("某县关于财政预算执行情况的报告 已经县人大常委会审议通过，现予公布。"
            "各单位要认真贯彻落实，确保各项任务按期完成。\n")
    draft = draft_of(text)
    assert not [r for r in draft.repairs if r.kind == "split-title-run-on"]


def test_a_sections_number_alone_is_no_title():
    text = f"2020-12-29 14:59:22 来源：某某日报\n（一）\n{BODY}\n{BODY}\n"
    draft = draft_of(text)
    assert not draft.title
    assert draft.source == "某某日报"


def test_a_markdown_texts_opening_heading_above_all_others_is_its_title():
    text = (f"## 某某开源项目清单\n收录各地开发者的开源项目\n\n### 分类\n\n{BODY}\n\n"
            f"### 说明\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某某开源项目清单"
    # …or over sections numbered at its own level
    text = (f"## 某某开源项目清单\n收录各地开发者的开源项目\n\n## 1. 分类\n\n{BODY}\n\n"
            f"## 2. 说明\n\n{BODY}\n")
    assert draft_of(text).title == "某某开源项目清单"


def test_a_speech_title_over_the_body_without_a_blank_line_is_the_title():
    text = ("县长在全县防汛工作会议上的讲话\n同志们：今天召开全县防汛工作会议，主要任务是分析当前防汛形势，"
            "安排部署今年的防汛工作。下面，我讲三点意见。\n")
    draft = draft_of(text)
    assert draft.title == "县长在全县防汛工作会议上的讲话"
    assert [r for r in draft.repairs if r.kind == "split-title-line"]


def test_a_runs_of_asterisks_closing_the_title_is_decoration():
    draft = draft_of(f"某地春耕五字诀******\n\n某某社某地1月11日电 {BODY}\n\n{BODY}\n")
    assert draft.title == "某地春耕五字诀"
    assert [r for r in draft.repairs if r.kind == "title-decoration"]


# ---------------------------------------------------------------- the head's facts


def test_a_pages_banner_above_the_title_does_not_end_the_head():
    # (a prompt no rule knows, kept above the title as text: a doubt, not the body)
    text = ("こちらのページは繁体字版です。日本語版に移動しますか。\n某某APP\n下載\n\n"
            "某部專線春節不打烊\n\n2019/2/1 11:37\n\n"
            "（某某社記者張三台北1日電）某部今天表示，春節期間專線照常服務，民眾可隨時撥打。\n")
    draft = draft_of(text)
    assert draft.title == "某部專線春節不打烊"
    assert draft.date == dt.date(2019, 2, 1)


def test_the_reporters_outlet_before_the_role_in_the_dateline():
    text = ("某某发布会今日举行\n\n"
            "某某网北京3月2日讯（某某经济信息记者李明） 3月2日下午，某某发布会在北京举行。\n")
    assert draft_of(text).authors == ["李明"]


# ---------------------------------------------------------------- covers and front parts


def test_a_front_parts_name_opening_the_text_is_no_title():
    text = f"编写说明\n\n{BODY}\n\n{BODY}\n"
    draft = draft_of(text)
    assert not draft.title
    assert [d for d in draft.doubts if d.kind == "no-title"]


def test_a_titles_translation_with_accented_letters_is_its_subtitle():
    text = ("某国《个人信息保护法》\n\nLei Geral de Proteção de Dados Pessoais\n\n"
            f"译者序言\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某国《个人信息保护法》"
    assert draft.subtitle == "Lei Geral de Proteção de Dados Pessoais"


def test_a_contents_entry_is_no_title():
    text = ("目录\n\n05   概览：某某技术迎来\n\n     政策机遇，行业顺势而为\n\n"
            f"16   路线：某某技术三类路线\n\n54   版权说明\n\n{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title != "政策机遇，行业顺势而为"
    # …but a title above the contents is the title
    text = ("某某行业发展报告\n\n2021-05-06\n\n目录\n\n05   概览：某某技术迎来\n\n"
            f"16   路线：某某技术三类路线\n\n{BODY}\n")
    assert draft_of(text).title == "某某行业发展报告"


def test_a_front_parts_name_is_no_runner_up():
    text = ("某国《个人信息保护法》\n\nLei Geral de Proteção de Dados Pessoais\n\n"
            f"译者序言\n\n{BODY}\n")
    assert not [d for d in draft_of(text).doubts if d.kind == "title-runner-up"]


def test_a_menus_contents_link_does_not_hide_the_title():
    text = f"首页\n\n目录\n\n某县召开防汛工作会议\n\n{BODY}\n\n{BODY}\n"
    assert draft_of(text).title == "某县召开防汛工作会议"


def test_channel_lines_above_the_titles_date_line_are_the_sites():
    text = ("新聞與活動\n\n行政院新聞\n\n113年05月20日\n"
            "行政院長視察颱風災區 要求加速復建工程\n\n"
            "行政院長今（20）日上午視察颱風災區，聽取復建工程進度簡報，"
            "要求相關部會加速復建工程，確保民眾生活早日恢復正常。\n")
    draft = draft_of(text)
    assert draft.title == "行政院長視察颱風災區 要求加速復建工程"
    assert len(body_texts(draft)) == 1
    assert [r for r in draft.repairs if r.kind == "furniture-above-title" and r.review]

"""The title block → the front matter (briefing/importer/titleblock/): inferred titles,
all byline names, 来源/时间/发文日期 lines, datelines and URLs. Made-up texts of the
shapes issue 11 found damaged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from drafts import BODY, body_texts, draft_of

from briefing.importer import import_article
from briefing.importer.structure import build_draft
from briefing.importer.titleblock import (
    is_document_title,
    labelled_facts,
    read_date,
    speaker_name,
    wikisource_header,
)
from briefing.loader import load_briefing

# ---------------------------------------------------------------- inferred titles


def test_plain_text_title_is_inferred_and_reported_as_a_guess():
    draft = draft_of(f"某市召开生态环境保护大会\n\n{BODY}\n")
    assert draft.title == "某市召开生态环境保护大会"
    assert body_texts(draft) == [BODY]
    [guess] = [d for d in draft.doubts if d.kind == "title-inferred"]
    assert guess.line == 1


def test_a_bold_line_is_a_plain_title():
    assert draft_of(f"**某县召开会议**\n\n{BODY}\n").title == "某县召开会议"
    assert draft_of(f"<strong>某县召开会议</strong>\n\n{BODY}\n").title == "某县召开会议"


def test_a_two_line_title_is_joined():
    draft = draft_of(f"关于进一步加强农村生活污水\n治理工作的通知\n\n{BODY}\n")
    assert draft.title == "关于进一步加强农村生活污水治理工作的通知"
    assert "two lines" in next(d.note for d in draft.doubts if d.kind == "title-inferred")


def test_menus_above_the_title_are_not_the_title():
    text = (f"首页\n\n当前位置：首页 > 新闻 > 正文\n\n分享：\n\n某市召开生态环境保护大会\n\n"
            f"来源：某市日报\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某市召开生态环境保护大会" and draft.source == "某市日报"
    assert body_texts(draft) == [BODY]
    dropped = [r.before for r in draft.repairs if r.kind == "page-furniture"]
    assert dropped == ["首页", "当前位置：首页 > 新闻 > 正文", "分享："]


def test_the_title_is_followed_by_its_subtitle_not_by_a_caption():
    text = (f"某省2026年政府工作报告\n\n——2026年1月20日在某省人民代表大会上\n\n"
            f"省长某某作报告\n\n各位代表：\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某省2026年政府工作报告"
    assert draft.subtitle == "2026年1月20日在某省人民代表大会上"
    assert draft.date == dt.date(2026, 1, 20)


def test_an_edition_in_brackets_under_the_title_is_its_subtitle():
    for edition in ("（2012 年修订）", "（2020 年）", "（试行）", "（2021年版）"):
        draft = draft_of(f"某某行业分类指引\n\n{edition}\n\n{BODY}\n")
        assert draft.title == "某某行业分类指引" and draft.subtitle == edition, edition
        assert edition not in body_texts(draft)
    # A bracketed note is no edition.
    draft = draft_of(f"某某行业分类指引\n\n（此件公开发布）\n\n{BODY}\n")
    assert draft.subtitle is None


def test_a_text_that_opens_with_its_body_is_not_refused():
    draft = draft_of(f"{BODY}\n\n{BODY}\n")
    assert draft.title == ""  # no title made of its opening words
    assert body_texts(draft) == [BODY, BODY]
    assert [d.kind for d in draft.doubts if "title" in d.kind] == ["no-title"]


UNTITLED = ("2023年，全县地区生产总值完成128.6亿元，比上年增长5.2%。其中，第一产业增加值"
            "21.4亿元，增长3.9%。\n\n全年城镇居民人均可支配收入38210元，比上年增长4.8%。\n")


def test_an_untitled_text_imports_with_no_title_and_the_report_asks_for_one(tmp_path):
    # A 统计公报 copied from its first paragraph: no title line. article.md says
    # `title: null` (never the opening words: they would be printed twice), the body
    # keeps its first paragraph whole, the report has a spot pointing at `title:`, and
    # the folder loads.
    source = tmp_path / "gongbao.txt"
    source.write_text(UNTITLED, "utf-8")
    result = import_article(source, tmp_path / "data")
    article = (result.folder / "article.md").read_text("utf-8")
    lines = article.splitlines()
    assert lines[1].startswith("title: null")
    assert yaml.safe_load(article.split("---\n")[1])["title"] is None
    body = article.split("---\n", 2)[2]
    assert body.count("2023年，全县地区生产总值完成128.6亿元") == 1
    report = (result.folder / "import-report.md").read_text("utf-8")
    spot = [line for line in report.splitlines() if "no-title" in line]
    assert len(spot) == 1 and spot[0].startswith("- [ ] ")
    assert "write one in `title:` (line 2" in spot[0]
    assert result.title == "" and "《" not in report.splitlines()[2]
    briefing = load_briefing(result.folder)
    assert briefing.meta.title is None


def test_an_empty_text_is_still_refused(tmp_path):
    from briefing.errors import InputError
    source = tmp_path / "a.txt"
    source.write_text("<!-- 注释 -->\n", "utf-8")
    with pytest.raises(InputError):
        import_article(source, tmp_path / "data")


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(("line", "names"), [
    ("本报记者 张三 李四", ["张三", "李四"]),
    ("文/张三、李四", ["张三", "李四"]),
    ("记者 张三 通讯员 李四", ["张三", "李四"]),
    ("本报记者 欧阳晓明 王五 通讯员 赵六", ["欧阳晓明", "王五", "赵六"]),
    ("经济日报记者王小二、孙三", ["王小二", "孙三"]),
])
def test_every_byline_name_is_an_author(line, names):
    draft = draft_of(f"# 标题\n\n{line}\n\n{BODY}\n")
    assert draft.authors == names
    assert line not in body_texts(draft)


def test_a_speaker_line_gives_the_author():
    assert speaker_name("上海市市长 龚 正") == "龚正"
    draft = draft_of(f"# 政府工作报告\n\n某市市长 王 五\n\n{BODY}\n")
    assert draft.authors == ["王五"]


def test_the_first_byline_is_the_authors_a_later_one_stays_in_the_body():
    text = (f"# 标题\n\n{BODY}\n\n光明日报记者 赵六\n\n{BODY}\n\n## 第二篇\n\n"
            f"本报记者 王五\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.authors == ["赵六"]
    assert any(text.startswith("本报记者 王五") for text in body_texts(draft))
    assert not any("赵六" in text for text in body_texts(draft))


# ---------------------------------------------------------------- labelled facts


@pytest.mark.parametrize(("lines", "source", "date", "authors"), [
    (["来源：人民日报", "时间：2024-03-05"], "人民日报", dt.date(2024, 3, 5), []),
    (["发布时间：2024-03-05 09:20　来源：新华社"], "新华社", dt.date(2024, 3, 5), []),
    (["2024-03-05 09:20 来源：某市生态环境局"], "某市生态环境局", dt.date(2024, 3, 5), []),
    (["发文日期：2023年12月1日"], None, dt.date(2023, 12, 1), []),
    (["作者：张三、李四"], None, None, ["张三", "李四"]),
    (["时间：", "2026-02-02 09:20", "来源：", "某省人民政府"], "某省人民政府",
     dt.date(2026, 2, 2), []),
    (["2024年3月5日"], None, dt.date(2024, 3, 5), []),
    # WeChat sets a label off with a bar: 「来源 | 某某」「作者｜张三」.
    (["作者｜张三", "来源 | 某某日报"], "某某日报", None, ["张三"]),
])
def test_labelled_lines_go_to_the_front_matter(lines, source, date, authors):
    head = "\n\n".join(lines)
    draft = draft_of(f"# 标题\n\n{head}\n\n{BODY}\n")
    assert (draft.source, draft.date, draft.authors) == (source, date, authors)
    assert body_texts(draft) == [BODY]


def test_a_dateline_in_parentheses_gives_the_date_and_stays():
    text = f"# 在某会议上的讲话\n\n（2024年1月15日在某市工作会议上）\n\n同志们：\n\n{BODY}\n"
    draft = draft_of(text)
    assert draft.date == dt.date(2024, 1, 15)


def test_title_and_subtitle_on_one_line_then_a_dateline_in_chinese_numerals():
    text = f"共同开创美好的新时代——二〇一九年新年贺词\n\n（二〇一八年十二月三十一日）\n\n{BODY}\n"
    draft = draft_of(text)
    assert (draft.title, draft.subtitle) == ("共同开创美好的新时代", "二〇一九年新年贺词")
    assert draft.date == dt.date(2018, 12, 31)
    # The date in brackets under a speech's title is its dateline: it stays in the text.
    assert body_texts(draft) == ["（二〇一八年十二月三十一日）", BODY]


def test_a_speech_dated_in_brackets_under_its_title_keeps_the_line():
    text = (f"某县长\n在全县安全生产工作会议上的讲话\n(2015年2月6日)\n同志们:\n{BODY}\n"
            f"{BODY}\n")
    draft = draft_of(text)
    assert draft.date == dt.date(2015, 2, 6)
    assert "（2015年2月6日）" in body_texts(draft)


def test_a_title_ending_in_its_date_in_brackets_gives_the_date():
    draft = draft_of(f"在某省经济工作会议上的讲话（二〇一〇年三月八日）\n\n同志们：\n\n{BODY}\n")
    assert draft.title == "在某省经济工作会议上的讲话"
    assert draft.date == dt.date(2010, 3, 8)
    assert not any("二〇一〇" in text for text in body_texts(draft))


def test_a_notice_signed_with_a_date_in_han_numerals_is_dated_by_it():
    text = (f"# 某市人民政府办公室关于某事的通知\n\n{BODY}\n\n某市人民政府办公室\n\n"
            "二〇一二年五月九日\n")
    assert draft_of(text).date == dt.date(2012, 5, 9)


def test_a_day_first_dotted_date_line_in_the_head_is_the_date():
    assert read_date("17.08.2019  18:30") == dt.date(2019, 8, 17)
    draft = draft_of(f"某地举办农民丰收节\n\n17.08.2019  18:30\n\n{BODY}\n")
    assert draft.date == dt.date(2019, 8, 17)
    assert body_texts(draft) == [BODY]


def test_facts_are_never_read_out_of_a_sentence():
    sentence = "该文作者：张三在文中指出，来源：群众反映的问题要及时处理，时间：不等人。"
    draft = draft_of(f"# 标题\n\n{sentence}\n\nauthor: someone wrote this line\n\n{BODY}\n")
    assert (draft.authors, draft.source, draft.date) == ([], None, None)
    assert labelled_facts(sentence) is None
    assert labelled_facts("来源：群众反映的问题要及时处理。") is None
    assert read_date("2024年3月5日上午") is None


def test_a_fact_after_the_body_has_begun_stays():
    # (a closing line naming a publication, 「来源：某市日报」, is the reprint's source since
    # round 34 — test_round_34; one naming an office is the text's own line)
    draft = draft_of(f"# 标题\n\n{BODY}\n\n来源：某市统计局\n")
    assert draft.source is None and "来源：某市统计局" in body_texts(draft)


# ---------------------------------------------------------------- URLs


def test_a_url_line_goes_to_the_url_field_never_the_body(tmp_path):
    url = "https://www.example.gov.cn/xxgk/2024/03/t20240305_123456.html"
    source = tmp_path / "url-article.txt"
    source.write_text(f"# 标题\n\n原文链接：{url}\n\n{BODY}\n\n{BODY}\n", "utf-8")
    result = import_article(source, tmp_path / "data")
    article = (result.folder / "article.md").read_text("utf-8")
    front = yaml.safe_load(article.split("---\n")[1])
    assert front["url"] == url
    assert article.count(url) == 1
    assert load_briefing(result.folder).meta.url == url


def test_a_bare_url_line_anywhere_is_taken():
    url = "http://paper.example.cn/html/2024-03/05/nw.D110000_20240305_1-01.htm"
    draft = draft_of(f"# 标题\n\n{BODY}\n\n{url}\n")
    assert draft.url == url and body_texts(draft) == [BODY]


def test_the_report_lists_the_guesses(tmp_path):
    source = tmp_path / "plain.txt"
    source.write_text(f"某市召开生态环境保护大会\n\n来源：某市日报\n\n{BODY}\n", "utf-8")
    result = import_article(source, tmp_path / "data")
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "- [ ] line 1 · title-inferred" in report
    assert "front-matter-source" in report


def test_a_yaml_front_matter_of_an_export_is_read_and_dropped(tmp_path):
    source = tmp_path / "blog.md"
    source.write_text(
        "\n---\ntitle: '某市公报：空气质量持续改善'\nauthor: 某某财经\ncomments: false\n"
        "date: Wed, 26 May 2021 03:25:49 GMT\n---\n\n" + BODY + "\n", "utf-8")
    result = import_article(source, tmp_path / "data")
    article = (result.folder / "article.md").read_text("utf-8")
    front = yaml.safe_load(article.split("---\n")[1])
    assert (front["title"], front["source"], front["authors"], str(front["date"])) == (
        "某市公报：空气质量持续改善", "某某财经", [], "2021-05-26")
    assert "comments" not in article.split("---\n", 2)[2]


def test_a_standards_cover_gives_title_translation_and_date():
    text = ("ICS 65.020.20\n\nB 22\n\nDB99/T 0001—2020\n\n代替 DB99/T 0001—2010\n\n"
            "地理标志产品 某某大米\n\nProduct of geographical indication——Moumou rice\n\n"
            "2020 - 01 -01 发布\n\n某省市场监督管理局\n\n2020 - 03 -01 实施\n\n"
            f"{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "地理标志产品 某某大米"
    assert draft.subtitle == "Product of geographical indication——Moumou rice"
    assert draft.date == dt.date(2020, 1, 1)
    # The issuing office is the source (as the corpus gold has it); 「实施」 is no publication.
    assert draft.source == "某省市场监督管理局"
    # Cover lines are blocks of their own (joins only on evidence): the line stays.
    assert "2020 - 03 -01 实施" in body_texts(draft)


def test_a_short_texts_signature_keeps_its_date_and_gives_the_date():
    draft = draft_of("# 通知\n\n请各单位做好准备。\n\n某县人民政府\n\n2024年1月5日\n")
    assert draft.date == dt.date(2024, 1, 5)
    assert [(n.kind, n.text) for n in draft.nodes][-1] == (
        "signature", "某县人民政府\n2024年1月5日")


def test_bare_fact_lines():
    from briefing.importer.titleblock import bare_facts
    assert bare_facts("http://www.example.com.cn 2007年03月16日18:54 某某网") == [
        ("url", "http://www.example.com.cn"), ("date", "2007年03月16日18:54"),
        ("source", "某某网")]
    assert bare_facts("2002年9月3日某某日报 第3版") == [("date", "2002年9月3日"),
                                                  ("source", "某某日报")]
    assert bare_facts("2020-03-01 实施") is None
    assert bare_facts("2024年3月5日 召开会议") is None


def test_a_wechat_repost_names_its_source_and_author():
    text = (f"# 标题\n\n![cover_image](https://img.example.cn/a/0?fmt=jpeg)\n\n# 标题\n\n"
            f"某某安全中心\n\n以下文章来源于某某信息安全\n，作者王小明 等\n\n{BODY}\n")
    draft = draft_of(text)
    assert (draft.source, draft.authors) == ("某某信息安全", ["王小明"])
    assert not any("以下文章" in text or "王小明" in text for text in body_texts(draft))
    assert "repeated-title" in [r.kind for r in draft.repairs]
    assert "extra-title" not in [d.kind for d in draft.doubts]


def test_a_wechat_repost_card_is_dropped_and_its_names_completed():
    text = ("# 标题\n\n某某安全中心\n\n以下文章来源于某某金融\n，作者王小明等\n\n"
            "![](http://wx.example.cn/head/0)\n\n**某某金融**\n.\n\n"
            "《某某金融》是一本全国性金融科技专业应用期刊。\n\n"
            "以下文章来源于某某金融 ，作者 王小明 李华 赵强\n\n**来源：某某金融**\n\n"
            "**作者：某某证券股份有限公司 王小明 李华 赵强**\n\n" + BODY + "\n")
    draft = draft_of(text)
    assert (draft.source, draft.authors) == ("某某金融", ["王小明", "李华", "赵强"])
    assert body_texts(draft) == [BODY]
    assert [r.kind for r in draft.repairs].count("repost-card") == 3


def test_a_description_naming_no_card_is_text():
    text = (f"# 标题\n\n某某金融\n\n《某某金融》是一本全国性金融科技专业应用期刊。\n\n{BODY}\n")
    assert len(body_texts(draft_of(text))) == 3


def test_a_web_pages_stacked_head_and_title_bar():
    text = ("某某图片一周精选-某某网\n某某网 > 时政 > 正文\n2024-09-21 20:49:32\n来源：某某网\n\n"
            "某某图片一周精选\n\n字体：\n\n沈阳举行纪念仪式\n\n" + BODY + "\n\n" + BODY + "\n")
    draft = draft_of(text)
    assert draft.title == "某某图片一周精选"
    assert (draft.source, draft.date) == ("某某网", dt.date(2024, 9, 21))
    assert not any("一周精选" in text for text in body_texts(draft))
    assert "split-head" in [r.kind for r in draft.repairs]


def test_furniture_is_only_a_pages_menus_labels_and_breadcrumbs():
    from briefing.importer.titleblock import is_page_furniture
    for line in ("首页", "分享：", "【字号：", "字号：默认 超大 | 打印 |", "首页 > 新闻 > 正文", ">"):
        assert is_page_furniture(line, above_title=True), line
    for line in ("各位代表：", "同志们：", "B 22", "通", "前言", "来源：光明网-《光明日报》",
                 "学习贯彻《决定》"):
        assert not is_page_furniture(line, above_title=True), line
    # Menu words are buttons under the title too (the head only is read for furniture);
    # an office's contact fields only above it.
    assert is_page_furniture("小字号", above_title=False)
    assert not is_page_furniture("电话：0101-1234567", above_title=False)
    text = ("English\n\n某某新春走基层的故事\n\n2018-03-02 05:45 来源：某某网-《某某日报》\n\n"
            f"各位代表：\n\n{BODY}\n")
    draft = draft_of(text)
    assert (draft.source, draft.date) == ("某某日报", dt.date(2018, 3, 2))
    assert body_texts(draft)[0].startswith("各位代表：")


def test_a_breadcrumb_copied_one_item_per_line_is_dropped():
    text = (f"某省2026年政府工作报告\n\n——2026年1月27日在某省人民代表大会上\n\n首页\n\n>\n\n"
            f"政府信息公开\n\n>\n\n政府工作报告\n\n分享：\n\n{BODY}\n")
    draft = draft_of(text)
    assert body_texts(draft) == [BODY]
    assert len([r for r in draft.repairs if r.kind == "page-furniture"]) == 6


def test_a_news_sites_year_apart_from_month_and_day():
    assert read_date("2024 09/21 20:49:32") == dt.date(2024, 9, 21)
    assert read_date("2024 9 21") is None


def test_a_newspaper_pages_number_and_column_label_in_the_head_are_furniture():
    text = ("2002年9月3日某某日报 第3版\n\n第3版(国际)\n专栏:记者专访\n\n走“双赢”发展道路\n"
            "——访某某局局长\n本报记者 张三 李四\n" + BODY + "\n\n" + BODY + "\n")
    draft = draft_of(text)
    assert (draft.title, draft.authors) == ("走“双赢”发展道路", ["张三", "李四"])
    assert body_texts(draft) == [BODY, BODY]


def test_the_reporters_of_a_wire_dateline_are_the_authors():
    text = ("# 某市空气质量持续改善\n\n新华社北京3月5日电（记者 张三 李四）" + BODY + "\n\n" + BODY + "\n")
    draft = draft_of(text)
    assert draft.authors == ["张三", "李四"]
    assert body_texts(draft)[0].startswith("新华社北京3月5日电（记者 张三 李四）")
    other = draft_of("# 标题\n\n本报讯（记者张三、李四 通讯员王五）" + BODY + "\n")
    assert other.authors == ["张三", "李四", "王五"]
    # A sentence that mentions a reporter is no byline.
    plain = draft_of("# 标题\n\n会上，记者张三介绍了情况。" + BODY + "\n")
    assert plain.authors == []


def test_a_head_label_goes_when_the_export_names_the_title(tmp_path):
    source = tmp_path / "post.md"
    source.write_text("---\ntitle: 某市空气质量持续改善\nauthor: 某某财经\n---\n\n"
                      "原标题：某市空气质量持续改善 优良天数增加\n\n" + BODY + "\n", "utf-8")
    result = import_article(source, tmp_path / "data")
    body = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[2]
    assert "原标题" not in body and BODY in body


def test_an_offices_contact_field_is_no_title():
    draft = draft_of(f"地址：某某县生态大街与敬业路交汇处\n\n某县空气质量月报\n\n{BODY}\n\n{BODY}\n")
    assert draft.title == "某县空气质量月报"


def test_a_channel_name_the_breadcrumb_repeats_is_furniture():
    text = ("综合资讯\n当前位置:综合资讯 > 资讯 > 国际新闻 > 正文\n\n某市经济复苏动力强劲\n\n"
            f"{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某市经济复苏动力强劲"
    assert body_texts(draft) == [BODY, BODY]


def test_menu_blocks_above_the_title_are_dropped_and_the_issue_line_read():
    text = ("评论\n推荐\n热门排行\n\n首页 某某日报 2020年05月06日 星期三\n往期回顾\n返回目录\n\n"
            "小山村里的大变化\n\n——来自某县的调查\n\n《 某某日报 》（ 2020年05月06日   05 版）\n\n"
            f"{BODY}\n")
    draft = draft_of(text)
    assert (draft.title, draft.subtitle) == ("小山村里的大变化", "来自某县的调查")
    assert (draft.source, draft.date) == ("某某日报", dt.date(2020, 5, 6))
    assert body_texts(draft) == [BODY]
    assert [r.kind for r in draft.repairs].count("page-furniture") == 2


def test_a_single_line_above_the_title_is_kept_it_may_be_the_kicker():
    draft = draft_of(f"乡村振兴在行动\n\n小山村里的大变化\n\n——来自某县的调查\n\n{BODY}\n")
    assert draft.title == "小山村里的大变化"
    assert body_texts(draft)[0] == "乡村振兴在行动"
    assert any(d.kind == "text-above-title" for d in draft.doubts)


def test_a_byline_and_the_issue_on_one_line_give_authors_source_and_date():
    from briefing.importer.titleblock import bare_facts
    line = "本报记者 张三 李四 《 某某晚报 》（ 2019年08月02日   03 版）"
    assert bare_facts(line) == [("authors", "张三、李四"), ("source", "某某晚报"),
                                ("date", "2019年08月02日")]
    assert bare_facts("会议强调 《 某某晚报 》（ 2019年08月02日   03 版）") is None
    draft = draft_of(f"第03版：综合新闻\n\n老街新生\n\n{line}\n\n{BODY}\n")
    assert draft.title == "老街新生"
    assert (draft.authors, draft.source, draft.date) == (
        ["张三", "李四"], "某某晚报", dt.date(2019, 8, 2))
    assert body_texts(draft) == [BODY]


def test_the_sites_furniture_above_a_title_its_facts_follow_is_dropped():
    notice = ("本站声明：\n\n凡注明来源本网的作品，版权均属本网所有，未经授权不得转载，"
              "违者必究。\n\n关注我们的公众号\n\n办事指南")
    draft = draft_of(f"{notice}\n\n某县河道管理办法\n\n来源：县水利局\n更新日期：2023-05-04\n\n"
                     f"{BODY}\n")
    assert (draft.title, draft.source, draft.date) == (
        "某县河道管理办法", "县水利局", dt.date(2023, 5, 4))
    assert body_texts(draft) == [BODY]
    assert [r.kind for r in draft.repairs].count("furniture-above-title") == 4
    assert all(r.review for r in draft.repairs if r.kind == "furniture-above-title")
    # A line right above the title that speaks of the story may be its kicker: kept.
    story = "今年以来，某县河道管理办法施行，河长巡河成为常态，河道变清了。"
    kicker = draft_of(f"{notice}\n\n河长巡河成常态\n\n某县河道管理办法\n\n来源：县水利局\n\n"
                      f"{story}\n")
    assert body_texts(kicker) == ["河长巡河成常态", story]
    assert any(d.kind == "text-above-title" for d in kicker.doubts)
    # Without facts under the title the text above stays, with a doubt.
    kept = draft_of(f"{notice}\n\n某县河道管理办法\n\n{BODY}\n")
    assert not [r for r in kept.repairs if r.kind == "furniture-above-title"]


def test_a_pages_header_of_fact_lines_under_the_title_is_read_not_kept_as_body():
    draft = draft_of(f"某镇环境卫生管理规定\n\n来源：镇政府\n浏览次数：\n发布日期：2022-03-09\n\n"
                     f"{BODY}\n")
    assert (draft.title, draft.source, draft.date) == (
        "某镇环境卫生管理规定", "镇政府", dt.date(2022, 3, 9))
    assert "来源：镇政府" not in "".join(body_texts(draft))
    assert not [text for text in body_texts(draft) if "浏览次数" in text]


def test_the_title_repeated_in_two_lines_under_the_pages_title_is_dropped():
    draft = draft_of("某县人民代表大会常务委员会议事规则\n\n来源：县人大\n\n某县人民代表大会\n\n"
                     f"常务委员会议事规则\n\n{BODY}\n")
    assert draft.title == "某县人民代表大会常务委员会议事规则"
    assert body_texts(draft) == [BODY]
    assert [r.kind for r in draft.repairs].count("repeated-title") == 1
    # Two lines that only begin like the title stay.
    kept = draft_of("某县人民代表大会常务委员会议事规则\n\n来源：县人大\n\n某县人民代表大会\n\n"
                    f"常务委员会第三次会议通过\n\n{BODY}\n")
    assert body_texts(kept)[:2] == ["某县人民代表大会", "常务委员会第三次会议通过"]


def test_a_document_catalogue_a_field_a_line_gives_facts_and_is_dropped():
    catalogue = ("• 索引号：\n\n123456789/2021-00042\n\n• 主题分类：\n\n• 来源：\n\n• 发文机构：\n\n"
                 "某区人民政府办公室\n\n• 发文字号：\n\n某区政办发〔2021〕12号\n\n• 发文日期：\n\n"
                 "2021年09月15日\n\n• 有效性：\n\n• 发布日期：\n\n2021年09月16日 10:02")
    draft = draft_of(f"返回顶部\n\n某区老旧小区改造实施方案\n\n{catalogue}\n\n"
                     f"某区老旧小区改造实施方案\n\n{BODY}\n")
    assert (draft.title, draft.source, draft.date) == (
        "某区老旧小区改造实施方案", "某区人民政府办公室", dt.date(2021, 9, 15))
    assert body_texts(draft) == ["某区政办发〔2021〕12号", BODY]
    # One such label alone is no catalogue: a line 「有效性：」 in a text stays.
    from briefing.importer.titleblock import catalogue_blocks
    assert catalogue_blocks(draft_blocks("有效性：\n\n长期\n\n" + BODY)) == set()


def draft_blocks(text: str):
    from briefing.importer.parse import parse_blocks
    return parse_blocks(text)


def test_a_wechat_repost_card_in_english_names_the_source_not_a_role_as_author():
    draft = draft_of("小城的夜市回来了\n\nThe following article is from 某某晚报 Author 某某晚报记者"
                     f"\n\n{BODY}\n")
    assert (draft.title, draft.source, draft.authors) == ("小城的夜市回来了", "某某晚报", [])
    assert body_texts(draft) == [BODY]
    named = draft_of("小城的夜市回来了\n\nThe following article is from 某某晚报 Author 王小明\n\n"
                     f"{BODY}\n")
    assert (named.source, named.authors) == ("某某晚报", ["王小明"])


def test_a_cms_meta_line_run_together_with_a_login_for_author_gives_the_date():
    assert labelled_facts("作者:web_admin2发布时间:2020-10-08 浏览次数:77") == [
        ("date", "2020-10-08")]
    assert labelled_facts("作者:web_admin2") is None  # alone: no fact line
    draft = draft_of(f"作者:web_admin2发布时间:2020-10-08 浏览次数:77\n\n在开学典礼上的讲话\n\n"
                     f"老师们、同学们：\n\n{BODY}\n")
    assert (draft.title, draft.date, draft.authors) == (
        "在开学典礼上的讲话", dt.date(2020, 10, 8), [])


def test_an_organs_channel_name_above_the_headline_is_the_source_not_its_kicker():
    body = "3月2日，某县第九届人民代表大会第三次会议开幕，某某县人大代表审议政府工作报告。"
    draft = draft_of(f"某某县人大\n\n某县第九届人民代表大会第三次会议开幕\n\n{body}\n\n{BODY}\n")
    assert (draft.title, draft.subtitle, draft.source) == (
        "某县第九届人民代表大会第三次会议开幕", None, "某某县人大")
    assert body_texts(draft) == [body, BODY]


def test_a_document_sites_page_title_names_the_issuer_and_its_buttons_are_no_title():
    draft = draft_of("当前位置：首页 > 某省环境监测中心 >\n\n某省环境监测中心：2022年3月全省水质月报\n\n"
                     f"  • 30 积分\n\n立即下载\n\n{BODY}\n")
    assert (draft.title, draft.source) == ("2022年3月全省水质月报", "某省环境监测中心")
    assert body_texts(draft) == [BODY]
    assert any(r.kind == "issuer-title" and r.review for r in draft.repairs)
    # 「专栏：…」 is still a label, never a title of that kind.
    labelled = draft_of(f"专栏：环保视点\n\n河长制让河道变清了\n\n{BODY}\n")
    assert labelled.title == "河长制让河道变清了"


def test_a_fact_line_with_the_pages_buttons_after_it_is_still_a_fact():
    assert labelled_facts("发布时间：2022-06-01   收藏") == [("date", "2022-06-01")]
    draft = draft_of(f"关于我们\n• 电话：0101-1234567\n• 地址：某县某路1号\n栏目名称\n\n"
                     f"某县2022年5月水质监测报告\n\n发布时间：2022-06-01   打印\n\n{BODY}\n")
    assert (draft.title, draft.date) == ("某县2022年5月水质监测报告", dt.date(2022, 6, 1))
    assert body_texts(draft) == [BODY]


def test_contact_fields_above_the_title_and_a_title_run_on_after_the_address():
    draft = draft_of("电话：0101-1234567\n邮编：100000\n地址：某县某大街与某路交汇处18号某县2022年5月"
                     f"水质监测报告\n{BODY}\n{BODY}\n")
    assert draft.title == "某县2022年5月水质监测报告"
    assert body_texts(draft) == [BODY, BODY]
    assert any(r.kind == "split-glued-line" for r in draft.repairs)


def test_a_headline_in_lines_above_the_story_is_title_and_subtitle():
    text = ("第03版：要闻 PDF版\n\n某某日报客户端\n\n新闻一点通\n\n全省秋粮收购工作全面启动\n\n\n"
            "各地设立收购网点两千余个\n\n新华社某地10月8日电 全省秋粮收购工作8日全面启动，各地已设立收购"
            "网点两千余个，确保农民卖粮不难。\n\n据了解，今年全省秋粮收购工作启动早、准备足。\n")
    draft = draft_of(text)
    assert (draft.title, draft.subtitle) == ("全省秋粮收购工作全面启动", "各地设立收购网点两千余个")
    # The furniture above speaks of nothing in the story, never a heading: the app's name
    # and its slogan go, each listed for review.
    assert body_texts(draft)[0].startswith("新华社某地10月8日电")
    assert {r.before for r in draft.repairs if r.kind == "page-furniture" and r.review} >= {
        "某某日报客户端", "新闻一点通"}
    assert any(r.kind == "page-furniture" and r.before.startswith("第03版")
               for r in draft.repairs)


def test_a_reprints_source_line_at_the_end_is_the_source():
    draft = draft_of(f"# 标题\n\n{BODY}\n\n{BODY}\n\n（来源：某某日报）\n")
    assert draft.source == "某某日报" and body_texts(draft) == [BODY, BODY]
    draft = draft_of(f"# 标题\n\n{BODY}\n\n《 某某日报 》（ 2021年07月01日   05 版）\n")
    assert (draft.source, draft.date) == ("某某日报", dt.date(2021, 7, 1))
    # A sentence naming a source at the end is no fact line.
    draft = draft_of(f"# 标题\n\n{BODY}\n\n以上数据来源：某市统计局。\n")
    assert draft.source is None


def test_a_bulletins_masthead_issue_office_and_date():
    draft = draft_of(f"工作简报\n\n第12期\n\n某县农业农村局办公室　　　　2023年9月1日\n\n{BODY}\n")
    assert (draft.title, draft.subtitle) == ("工作简报", "第12期")
    assert (draft.source, draft.date) == ("某县农业农村局办公室", dt.date(2023, 9, 1))
    assert body_texts(draft) == [BODY]


def test_the_issuing_office_and_date_under_the_title_are_facts():
    draft = draft_of(f"某县2022年水资源公报\n\n某县水利局\n2023年6月30日\n\n{BODY}\n")
    assert draft.title == "某县2022年水资源公报"
    assert (draft.source, draft.date) == ("某县水利局", dt.date(2023, 6, 30))
    assert body_texts(draft) == [BODY]


def test_a_news_sites_head_with_a_breadcrumb_a_piped_fact_line_and_buttons():
    text = ("某某网>>社会>>正文\n\n某地开展全民健身月活动\n\n2024年05月20日09:15 | 来源：某某网－社会频道\n\n"
            f"分享到：\n\n小字号\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某地开展全民健身月活动"
    assert (draft.source, draft.date) == ("某某网", dt.date(2024, 5, 20))
    assert body_texts(draft) == [BODY]


def test_a_papers_name_before_the_date_and_page():
    draft = draft_of(f"乡村道路通到家门口\n\n某某日报 2023-11-02 第04版\n\n{BODY}\n")
    assert (draft.source, draft.date) == ("某某日报", dt.date(2023, 11, 2))
    assert body_texts(draft) == [BODY]


def test_a_pages_name_over_several_stories_is_the_title():
    text = ("乡镇动态\n\n第3版\n\n某镇启动春耕\n\n本报讯 3月1日，某镇启动春耕生产，全镇备足化肥500吨。\n\n"
            "某乡建成便民服务中心\n\n本报讯 近日，某乡便民服务中心建成投用，群众办事更方便。\n")
    draft = draft_of(text)
    assert draft.title == "乡镇动态"
    assert [n.text for n in draft.nodes if n.kind == "heading"] == ["某镇启动春耕", "某乡建成便民服务中心"]
    # One story under the page's name: its headline stays the title.
    one = draft_of("乡镇动态\n\n第3版\n\n某镇启动春耕\n\n本报讯 3月1日，某镇启动春耕生产，全镇备足化肥500吨。\n")
    assert one.title == "某镇启动春耕"


def test_a_row_of_bracketed_buttons_in_the_head_is_furniture():
    from briefing.importer.titleblock import is_page_furniture

    assert is_page_furniture("【纠错】　【责任编辑：王某】", above_title=False)
    assert is_page_furniture("【打印】 【关闭】", above_title=False)
    assert not is_page_furniture("【数字农业提质增效】", above_title=False)


def test_a_tool_bar_in_brackets_copied_an_item_a_line_is_furniture():
    text = (f"某县召开经济工作会议\n\n来源：某县融媒体中心\n\n【字体：\n\n大\n\n中\n\n小\n\n】\n\n"
            f"{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某县召开经济工作会议"
    assert body_texts(draft) == [BODY, BODY]
    # 「大」「中」「小」 between the label and 「】」 only: a short line elsewhere stays.
    kept = draft_of(f"某县召开经济工作会议\n\n来源：某县融媒体中心\n\n{BODY}\n\n大\n\n{BODY}\n")
    assert "大" in body_texts(kept)


def test_a_channel_name_repeating_a_breadcrumb_copied_an_item_a_line_is_furniture():
    text = (f"您的位置：\n\n首页\n\n>\n\n本地要闻\n\n本地要闻\n\n某县召开经济工作会议\n\n"
            f"来源：某县日报\n\n{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某县召开经济工作会议"
    assert body_texts(draft) == [BODY, BODY]
    assert not [d for d in draft.doubts if d.kind == "text-above-title"]


def test_a_subtitle_under_the_titles_facts_and_tool_bar_is_the_subtitle():
    text = ("2026年政府工作报告\n\n来源：某省日报\n\n2026-02-03 09:02:33\n\n【字号：\n\n加大\n\n减小\n\n】\n\n"
            "——2026年1月28日在某省人民代表大会第四次会议上\n\n省长　张三\n\n各位代表：\n\n"
            f"{BODY}\n")
    draft = draft_of(text)
    assert draft.subtitle == "2026年1月28日在某省人民代表大会第四次会议上"
    assert (draft.source, draft.date, draft.authors) == ("某省日报", dt.date(2026, 2, 3), ["张三"])
    assert [node.kind for node in draft.nodes] == ["salutation", "paragraph"]
    # A dash line after the body has begun is the body's, not a subtitle.
    later = draft_of(f"某县召开经济工作会议\n\n来源：某县日报\n\n{BODY}\n\n——某某某\n\n{BODY}\n")
    assert later.subtitle is None


def test_a_news_sites_follow_widgets_and_counter_in_the_head_are_furniture():
    text = ("某某日报客户端\n\n一端在手 资讯全有\n\n某县召开经济工作会议\n\n2025-01-03 08:11:00  来源：某某报\n\n"
            "12\n\n某某报网\n微信公众号\n\n某某报网\n官方微博\n\n"
            f"{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert (draft.title, draft.source) == ("某县召开经济工作会议", "某某报")
    assert body_texts(draft) == [BODY, BODY]
    assert not [d for d in draft.doubts if d.kind == "text-above-title"]
    # In the body, a number or a line naming an app is the text's.
    kept = draft_of(f"某县召开经济工作会议\n\n来源：某某报\n\n{BODY}\n\n12\n\n某某日报客户端\n\n{BODY}\n")
    assert body_texts(kept) == [BODY, "12", "某某日报客户端", BODY]
    # A year alone under a title (a report's cover) is no counter.
    year = draft_of(f"某省生态环境状况公报\n\n2023\n\n来源：某省生态环境厅\n\n{BODY}\n")
    assert "2023" in body_texts(year) or year.subtitle == "2023"


def test_a_byline_closing_a_section_of_a_page_stays_in_the_body():
    section = "探寻改革的力量\n\n小岗村开启了中国改革的春天。\n\n改革的力量生生不息。\n\n本报记者 张三\n\n"
    text = (f"一路同行丨记录乡村变迁\n\n来源：某某报\n\n{BODY}\n\n{section}"
            f"用心书写乡村振兴\n\n{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.authors == []
    assert [node.kind for node in draft.nodes if "张三" in node.text] == ["byline"]
    # Under a headline (no paragraph between), or at the text's end, it is the byline.
    head = draft_of(f"一路同行丨记录乡村变迁\n\n来源：某某报\n\n探寻改革的力量\n\n本报记者 张三\n\n{BODY}\n\n{BODY}\n")
    assert head.authors == ["张三"]
    end = draft_of(f"一路同行丨记录乡村变迁\n\n来源：某某报\n\n{section}")
    assert end.authors == ["张三"]


def test_a_speechs_title_set_in_lines_over_its_salutation_is_one_title():
    text = ("坚持生态优先\n\n推动绿色发展\n\n奋力建设人与自然和谐共生的美丽某省\n\n同志们：\n\n"
            f"{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "坚持生态优先 推动绿色发展 奋力建设人与自然和谐共生的美丽某省"
    assert draft.subtitle is None
    assert [node.kind for node in draft.nodes] == ["salutation", "paragraph", "paragraph"]
    # Without the salutation under them the lines are no cover: the usual reading.
    other = draft_of(f"坚持生态优先\n\n推动绿色发展\n\n奋力建设美丽某省\n\n{BODY}\n\n{BODY}\n")
    assert other.title != "坚持生态优先 推动绿色发展 奋力建设美丽某省"


def test_a_pages_counter_and_buttons_on_the_fact_line_are_no_facts():
    assert labelled_facts("发布日期：2024-03-05　　来源：某市政府办公室　　浏览次数：1234") == [
        ("date", "2024-03-05"), ("source", "某市政府办公室")]
    assert labelled_facts("来源：某某日报 | 点击数：56次 【字体：大 中 小】【打印】") == [
        ("source", "某某日报")]
    draft = draft_of(f"某市召开会议\n\n发布时间：2024-03-05　来源：某市政府　阅读次数：88\n\n{BODY}\n")
    assert (draft.source, draft.date, body_texts(draft)) == ("某市政府", dt.date(2024, 3, 5), [BODY])


def test_a_disclosure_pages_catalogue_fields_and_menu_are_no_title():
    text = ("首页\n政务公开\n政策文件\n某县关于优化营商环境的若干措施\n索引号：11350300MB1234567X/2024-00123\n"
            "发布机构：某县人民政府办公室\n生成日期：2024-05-20\n主题分类：综合政务\n"
            "为进一步优化营商环境，激发市场主体活力，结合我县实际，制定以下措施。\n一、提升政务服务效能\n"
            "推行“一件事一次办”，企业开办时间压缩至1个工作日。\n")
    draft = draft_of(text)
    assert draft.title == "某县关于优化营商环境的若干措施"
    assert (draft.source, draft.date) == ("某县人民政府办公室", dt.date(2024, 5, 20))
    assert body_texts(draft)[0].startswith("为进一步优化营商环境")
    assert not [d for d in draft.doubts if d.kind == "text-above-title"]


def test_a_byline_labelling_each_role_gives_every_name():
    draft = draft_of(f"某县举办农民丰收节\n\n来源：某县融媒体中心\n\n记者：张三 李四　通讯员：王五\n\n{BODY}\n")
    assert draft.authors == ["张三", "李四", "王五"]
    assert body_texts(draft) == [BODY]


def test_a_story_signed_at_its_end_in_brackets_gives_the_authors():
    draft = draft_of(f"某市地铁3号线开通运营\n\n来源：某某晚报\n\n{BODY}\n\n{BODY}\n\n（记者 张三 通讯员 李四）\n")
    assert draft.authors == ["张三", "李四"]
    assert body_texts(draft) == [BODY, BODY]
    # A bracketed line that names no one stays.
    kept = draft_of(f"某市地铁3号线开通运营\n\n来源：某某晚报\n\n{BODY}\n\n（本文有删减）\n")
    assert (kept.authors, body_texts(kept)) == ([], [BODY, "（本文有删减）"])


def test_a_long_fact_line_stacked_under_the_title_is_read_apart():
    text = ("某县召开安全生产工作会议\n发布时间：2024-01-05 10:20  信息来源：县应急管理局  作者：张三  "
            f"浏览次数：256  【大 中 小】【打印】【关闭】\n\n{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert (draft.title, draft.source, draft.authors) == ("某县召开安全生产工作会议", "县应急管理局", ["张三"])
    assert draft.date == dt.date(2024, 1, 5)
    assert body_texts(draft) == [BODY, BODY]


@pytest.mark.parametrize(("lines", "source", "date", "authors", "url"), [
    (["原创 某某观察 2025-04-20 12:00 北京"], "某某观察", dt.date(2025, 4, 20), [], None),
    (["王五 王五的小站 *2026年9月7日 08:15*"], "王五的小站", dt.date(2026, 9, 7), ["王五"], None),
    (["原创 李四 某某观察 *2024年05月06日 18:00* *浙江*"], "某某观察", dt.date(2024, 5, 6),
     ["李四"], None),
    # A 来源 line names the origin: the account that reposts is not the source.
    (["原创 某某观察 2025-04-20 12:00 北京", "> 原文地址: https://mp.example.com/s/abc",
      "来源：某某日报"], "某某日报", dt.date(2025, 4, 20), [], "https://mp.example.com/s/abc"),
])
def test_a_wechat_meta_line_and_quoted_facts_go_to_the_front_matter(
        lines, source, date, authors, url):
    head = "\n\n".join(lines)
    draft = build_draft(f"# 标题\n\n{head}\n\n{BODY}\n", Path("a.md"))
    assert (draft.source, draft.date, draft.authors, draft.url) == (source, date, authors, url)
    assert body_texts(draft) == [BODY]


def test_a_line_with_a_date_and_time_but_no_account_is_no_wechat_meta_line():
    draft = build_draft(f"# 标题\n\n会议于 2025-04-20 12:00 开始\n\n{BODY}\n", Path("a.md"))
    assert draft.source is None


def test_the_given_titles_short_form_in_the_head_is_its_repeat():
    text = ("---\ntitle: 某某技术是什么？一文读懂（附资源清单）\n---\n\n某某技术是什么？一文读懂\n\n"
            f"{BODY}\n\n某某技术是什么\n")
    draft = build_draft(text, Path("a.md"))
    assert draft.title == "某某技术是什么？一文读懂（附资源清单）"
    # Under the body a short prefix of the title is the text's own line.
    assert body_texts(draft) == [BODY, "某某技术是什么"]
    assert [r.kind for r in draft.repairs].count("repeated-title") == 1


@pytest.mark.parametrize(("line", "title", "source"), [
    ("# 某省发布生态环境状况公报_新闻频道_某某网", "某省发布生态环境状况公报", "某某网"),
    ("# 某市召开全市工作会议 - 某某日报", "某市召开全市工作会议", "某某日报"),
    ("# 专家解读 | 第54次《某某发展状况统计报告》", "专家解读 | 第54次《某某发展状况统计报告》", None),
])
def test_a_web_pages_title_line_names_its_site_after_the_title(line, title, source):
    draft = build_draft(f"{line}\n\n{BODY}\n", Path("a.md"))
    assert (draft.title, draft.source) == (title, source)
    # A 来源 line names the source: the site is only the page's.
    draft = build_draft(f"{line}\n\n来源：某某研究院\n\n{BODY}\n", Path("a.md"))
    assert (draft.title, draft.source) == (title, "某某研究院")


@pytest.mark.parametrize(("author", "authors", "source"), [
    ("李四", ["李四"], None),
    ("某笔名abc", ["某笔名abc"], None),  # a pen name is the writer's
    ("Simonlin", ["Simonlin"], None),
    ("某某财经", [], "某某财经"),  # a publication's name is the source
    ("某市日报", [], "某市日报"),
    ("某某研究中心", [], "某某研究中心"),
])
def test_a_blog_exports_author_is_the_writer_unless_it_names_a_body(author, authors, source):
    text = (f"---\ntitle: 某篇文章\nauthor: {author}\n---\n\n"
            "第一段文字，介绍这篇文章的内容。\n\n第二段文字。\n")
    draft = build_draft(text, Path("a.md"))
    assert (draft.authors, draft.source) == (authors, source)



# ---------------------------------------------------------------- government pages (round 6)


@pytest.mark.parametrize(("line", "facts"), [
    ("来源：某县人民政府网 日期：2019-05-06 10:20 字号：【",
     [("source", "某县人民政府网"), ("date", "2019-05-06 10:20")]),
    ("时间：2020-07-01 09:30  信息来源：某某县[ ] 浏览次数： [ 打印 ] [ 关闭 ]",
     [("date", "2020-07-01 09:30"), ("source", "某某县")]),
    ("2018-09-10   来源：某某站     浏览数：", [("date", "2018-09-10"), ("source", "某某站")]),
    ("来源：某市政府 【字体：大 中 小】【打印】", [("source", "某市政府")]),
    ("时间：2021-03-04 来源：某县政府办 作者：  浏览：346",
     [("date", "2021-03-04"), ("source", "某县政府办")]),
    ("发布单位：某县政府办 发布时间：2021-01-01 点击率：55",
     [("source", "某县政府办"), ("date", "2021-01-01")]),
    ("发布时间：2022-07-15 10:05 来源：某市生态环境局 字号：T|T 分享到：",
     [("date", "2022-07-15 10:05"), ("source", "某市生态环境局")]),
    # each fact in brackets, the editor's field among them
    ("【发布时间：2023-09-12】【来源：某县政府办】【字体：大 中 小】",
     [("date", "2023-09-12"), ("source", "某县政府办")]),
    ("时间：2023-09-12 来源：某县政府办 责任编辑：李四", [("date", "2023-09-12"), ("source", "某县政府办")]),
])
def test_a_government_pages_widgets_among_its_facts_are_dropped_and_the_facts_read(line, facts):
    assert labelled_facts(line) == facts


def test_a_government_pages_widget_lines_under_its_facts_are_no_body():
    text = (f"归档时间：2019-01-02\n当前位置： 首页 > 政务公开 > 文件\n\n某县召开防汛工作会议\n\n"
            f"来源：某县人民政府网 日期：2018-06-05 08:00 字号：【\n视力保护色：\n浏览量：\n\n{BODY}\n")
    draft = draft_of(text)
    assert (draft.title, draft.source, draft.date) == (
        "某县召开防汛工作会议", "某县人民政府网", dt.date(2018, 6, 5))
    assert body_texts(draft) == [BODY]  # 归档时间 is the page's archive stamp, no date


def test_a_long_document_title_is_the_title_not_the_first_paragraph():
    # GB/T 9704: 「发文机关＋关于＋事由＋文种」, with the 发文字号 after it on a web page.
    for title in ("某市人民政府办公室 关于印发《某市促进高校毕业生就业创业行动实施方案（2024—2026年）》的通知",
                  "中共某县委办公室某县人民政府办公室印发《关于进一步加强基层治理工作的实施意见》的通知"
                  "（某办发〔2021〕5号）"):
        draft = draft_of(f"{title}\n\n发布日期：2024-02-01 信息来源：某市人民政府办公室\n\n"
                         f"各县（市、区）人民政府，市政府各部门：\n\n{BODY}\n")
        assert (draft.title, draft.date) == (title, dt.date(2024, 2, 1))
        assert [node.kind for node in draft.nodes] == ["salutation", "paragraph"]
    # A long line ending in a 文种 but with a sentence's marks is a paragraph.
    line = "会议审议了关于加强基层治理的意见：要坚持问题导向，要突出重点，要压实责任，形成工作的通知"
    assert not is_document_title(line)


def test_a_wikisource_copys_header_line_gives_the_facts():
    # zh.wikisource's header, as a copy of the page's text has it: the title again, the
    # issuing body, the speaker in a note, the date, 「 |」; the source URL, 「 |」.
    text = ("2021年某某县人民政府工作报告\n"
            "2021年某某县人民政府工作报告 制定机关:某某县人民政府(主讲人为时某某县县长王立新) 2021年3月2日 |\n"
            "http://www.example.gov.cn/zwgk/gzbg/202103/t20210310_1.html |\n各位代表:\n"
            "现在,我代表县人民政府向大会报告工作,请予审议。\n一、过去一年工作回顾\n"
            "过去一年,全县经济运行稳中有进,地区生产总值增长6.5%。\n")
    draft = draft_of(text)
    assert (draft.title, draft.source, draft.authors, draft.date, draft.url) == (
        "2021年某某县人民政府工作报告", "某某县人民政府", ["王立新"], dt.date(2021, 3, 2),
        "http://www.example.gov.cn/zwgk/gzbg/202103/t20210310_1.html")
    assert [node.kind for node in draft.nodes][:2] == ["salutation", "paragraph"]
    # Without its closing 「 |」 a line naming a 制定机关 is no header: left in the text.
    assert wikisource_header("某某条例 制定机关：某某县人民政府 2021年3月2日") is None


def test_a_speech_title_naming_its_speaker_before_a_colon_is_the_title():
    # News and government sites title a speech 「讲话人：在…上的讲话」; the breadcrumb
    # above it is the page's.
    text = ("首页 > 政务公开 > 领导讲话\n\n王某某：在全市安全生产工作会议上的讲话\n\n"
            "发布时间：2023-02-01 09:30 来源：市政府办公室 【打印】\n\n同志们：\n\n"
            f"{BODY}\n")
    draft = draft_of(text)
    assert (draft.title, draft.source) == ("王某某：在全市安全生产工作会议上的讲话", "市政府办公室")
    assert [node.kind for node in draft.nodes] == ["salutation", "paragraph"]
    # A label before a colon is still no title: 「专栏：…」.
    draft = draft_of(f"专栏：在基层一线\n\n某县召开工作会议\n\n来源：某县融媒体中心\n\n{BODY}\n")
    assert draft.title == "某县召开工作会议"


def test_a_sites_tag_in_square_brackets_glued_before_the_title_is_left_out():
    draft = draft_of("[乡镇工作总结]乡镇上半年工作总结和下半年工作计划\n\n同志们：\n\n"
                     f"{BODY}\n")
    assert draft.title == "乡镇上半年工作总结和下半年工作计划"
    assert [r.kind for r in draft.repairs if r.kind == "title-tag"] == ["title-tag"]
    # A number in brackets is no site's tag.
    assert draft_of(f"[2023]第5号工作动态\n\n{BODY}\n").title == "[2023]第5号工作动态"
    # A column's name in 【】 is the title's own.
    assert draft_of(f"【口述史3】某某：坚持拍纪录片\n\n{BODY}\n").title == "【口述史3】某某：坚持拍纪录片"


def test_a_disclosure_catalogue_on_one_line_gives_its_facts():
    # 政府信息公开: the catalogue as one line of fields; 索引号 and 主题分类 say nothing of
    # the article, 发布机构 and 生成日期 are its source and date.
    line = "索引号：11350300MB1234567X/2024-00123 发布机构：某县人民政府办公室 生成日期：2024-05-20"
    assert labelled_facts(line) == [("source", "某县人民政府办公室"), ("date", "2024-05-20")]
    draft = draft_of(f"{line}\n主题分类：综合政务 文号：\n\n某县关于优化营商环境的若干措施\n\n{BODY}\n")
    assert (draft.title, draft.source, draft.date) == (
        "某县关于优化营商环境的若干措施", "某县人民政府办公室", dt.date(2024, 5, 20))
    assert body_texts(draft) == [BODY]


# ---------------------------------------------------------------- 公文 (GB/T 9704)

NOTICE_BODY = ("各县（市、区）人民政府：\n\n为切实做好今年春季森林防火工作，现就有关事项通知如下。\n\n"
               "一、提高认识\n\n各地要高度重视森林防火工作，落实属地责任。\n\n")


def test_an_official_masthead_names_the_source_and_is_not_the_title():
    # 发文机关标志 「某某文件」 over the 发文字号 and the title (GB/T 9704-2012, 7.2.3).
    for masthead, source in (("某某市人民政府办公室文件", "某某市人民政府办公室"),
                             ("某某省生态环境厅　某某省财政厅文件", "某某省生态环境厅、某某省财政厅")):
        draft = draft_of(f"{masthead}\n\n某政办发〔2024〕3号\n\n关于做好春季森林防火工作的通知\n\n"
                         f"{NOTICE_BODY}某某市人民政府办公室\n\n2024年3月5日\n")
        assert draft.title == "关于做好春季森林防火工作的通知"
        assert draft.source == source
        assert masthead not in "".join(body_texts(draft))


def test_a_signer_like_the_titles_short_form_stays_in_the_signature():
    # The title inferred from a masthead the rule does not know (指挥部): its short form,
    # the signer of the 落款 under the body, is the text's own and is never dropped.
    draft = draft_of(f"某某县防汛抗旱指挥部文件\n\n{NOTICE_BODY}某某县防汛抗旱指挥部\n\n2024年6月1日\n")
    assert "某某县防汛抗旱指挥部" in "".join(body_texts(draft))


def test_a_row_of_language_and_mail_links_above_the_title_is_the_pages():
    text = (f"簡體版 英文版 寄給朋友 政府新聞網\n某署發表二零二四年三月份統計數字\n"
            f"********************\n\n{BODY}\n\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "某署發表二零二四年三月份統計數字"
    assert not any("寄給朋友" in text for text in body_texts(draft))


def test_a_reports_dateline_subtitle_broken_over_two_lines_is_one():
    text = ("政府工作报告\n——2024年1月9日在某县第十八届\n人民代表大会第三次会议上\n县长 张某某\n"
            f"各位代表:\n{BODY}\n{BODY}\n")
    draft = draft_of(text)
    assert draft.subtitle == "2024年1月9日在某县第十八届人民代表大会第三次会议上"
    assert draft.date == dt.date(2024, 1, 9)
    assert not any("人民代表大会第三次会议上" in text for text in body_texts(draft))
    assert any(r.kind == "broken-dateline" for r in draft.repairs)


def test_a_title_spaced_out_character_by_character_is_run_together():
    draft = draft_of(f"政 府 工 作 报 告\n——2024年1月9日在某县第十八届人民代表大会第三次会议上\n"
                     f"各位代表:\n{BODY}\n{BODY}\n")
    assert draft.title == "政府工作报告"
    assert any(r.kind == "letterspaced-title" for r in draft.repairs)


def test_a_title_with_words_set_apart_keeps_its_spaces():
    draft = draft_of(f"# 深化改革 突破创新 全面提升教育质量\n\n{BODY}\n")
    assert draft.title == "深化改革 突破创新 全面提升教育质量"


def test_a_speakers_name_before_the_office_in_a_speechs_head_is_its_author():
    text = (f"某县长讲话(整理稿)\n李某某县长\n在全县春耕生产工作会议上的讲话\n(2015年3月2日)\n"
            f"同志们:\n{BODY}\n{BODY}\n")
    draft = draft_of(text)
    assert draft.title == "在全县春耕生产工作会议上的讲话"
    assert draft.authors == ["李某某"]
    assert "李某某县长" not in body_texts(draft)

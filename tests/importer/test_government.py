"""Government page shapes (通报, 通知 with 落款, bulletins, work reports, speeches copied
from government and 范文 sites): made-up texts of the shapes the seventh round's texts
showed damaged, each failing without its rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.importer.govpage import catalogue_row
from briefing.importer.repairs import fullwidth_punctuation
from briefing.importer.structure import build_draft

FILE = Path("article.txt")
BODY = "一季度，全区地表水考核断面水质优良比例为87.5%，同比上升12.5个百分点，无劣V类断面。"


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


# ---------------------------------------------------------------- the 信息公开 catalogue


PIPE_CATALOGUE = (
    "标题: | 关于2024年第一季度全区水环境质量的通报 | ||\n"
    "---|---|---|---|\n"
    "索引号: | 000000000A/2024-0000123 | 文号: | |\n"
    "成文日期: | 2024-04-12 | 发布机构: | 某区生态环境分局 |\n"
    "一、总体情况\n"
    f"{BODY}\n"
    "二、下一步工作\n"
    "加强入河排污口排查整治，持续推进城镇污水管网建设，确保水质稳中向好。\n")


def test_a_pipe_separated_catalogue_gives_title_source_and_date_and_is_no_table():
    draft = build_draft(PIPE_CATALOGUE, FILE)
    assert draft.title == "关于2024年第一季度全区水环境质量的通报"
    assert draft.subtitle is None
    assert draft.source == "某区生态环境分局"
    assert draft.date == dt.date(2024, 4, 12)
    body = texts(draft)
    assert not any(kind == "table" or "索引号" in text or "|" in text for kind, text in body)
    assert ("heading", "一、总体情况") in body
    assert any(r.kind == "page-catalogue" and r.review for r in draft.repairs)


# Some pages write the catalogue's labels without their colons, only some of them with one.
BARE_LABEL_CATALOGUE = (
    "文件名称 | 关于2024年第一季度重点工作落实情况的通报 | ||\n"
    "索引号 | 000000000/2024-0123 | 公开目录: | 政务督查 |\n"
    "公开责任部门 | 某县政府办公室 | 公开形式: | 主动公开 |\n"
    "文号 | 督查通报第三期 | 成文日期: | 2024年04月12日 |\n"
    "内容概述 | 关于2024年第一季度重点工作落实情况的通报 |\n"
    "近期，县政府督查室对第一季度重点工作落实情况开展了专项督查，现通报如下。\n"
    "一、总体情况\n"
    f"{BODY}\n")


def test_a_catalogue_whose_labels_lack_their_colons_is_read_as_one():
    draft = build_draft(BARE_LABEL_CATALOGUE, FILE)
    assert draft.title == "关于2024年第一季度重点工作落实情况的通报"
    assert draft.source == "某县政府办公室"
    assert draft.date == dt.date(2024, 4, 12)
    body = texts(draft)
    assert body[0] == ("paragraph", "近期，县政府督查室对第一季度重点工作落实情况开展了专项督查，"
                                    "现通报如下。")
    assert not any(kind == "table" or "索引号" in text for kind, text in body)


def test_a_row_of_cells_that_are_not_catalogue_labels_is_no_catalogue():
    assert catalogue_row("城市 | 优良天数 | 优良率（%） |") is None
    assert catalogue_row("名称 | 数量 | 来源 |") is None
    assert catalogue_row("发布时间 | 2024-04-12 | 发布机构: | 某区生态环境分局 |") == [
        ("发布时间", "2024-04-12"), ("发布机构", "某区生态环境分局")]
    assert catalogue_row("发布机构: | 某区生态环境分局 | 发文日期: | 2024-04-12 |") == [
        ("发布机构", "某区生态环境分局"), ("发文日期", "2024-04-12")]


# ---------------------------------------------------------------- a title with section heads


SECTIONED_REPORT = (
    "某县2024年第一季度环境空气质量状况\n\n总体情况\n\n"
    "一季度，全县环境空气质量优良天数比例为91.2%，同比上升2.4个百分点；细颗粒物平均浓度为"
    "31微克/立方米，同比下降6.1%。\n\n主要污染物\n\n"
    "一季度首要污染物为细颗粒物，其次为可吸入颗粒物，超标天数共8天，均出现在1月。\n\n"
    "下一步工作\n\n加强扬尘污染管控，持续开展散煤治理，做好重污染天气应对工作。\n")


def test_the_first_section_head_under_the_title_is_not_taken_for_the_title():
    draft = build_draft(SECTIONED_REPORT, FILE)
    assert draft.title == "某县2024年第一季度环境空气质量状况"
    assert texts(draft)[0] == ("heading", "总体情况")


def test_a_numbered_section_head_opening_a_text_stays_a_heading():
    draft = build_draft(f"一、水环境质量状况\n\n{BODY}\n\n二、存在问题\n\n{BODY}\n", FILE)
    assert texts(draft)[0] == ("heading", "一、水环境质量状况")
    assert draft.title == "" and any(d.kind == "no-title" for d in draft.doubts)


# ---------------------------------------------------------------- a 范文 site's paywall


SPEECH = (
    "在全县安全生产工作会议上的讲话\n\n同志们：\n\n"
    "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。"
    "刚才，县长通报了全县安全生产情况，我都同意。\n\n"
    "一、认清形势，切实增强做好安全生产工作的责任感\n\n"
    "当前，我县安全生产形势总体平稳，但基础依然薄弱，隐患依然较多，丝毫不能放松。\n\n")
PAYWALL = ("阅读全文\n（登录后可阅读全部内容！）\n喜欢本文，请打赏作者！\n"
           "查看更多>>\n¥5.00\n¥10\n打赏\n\n分享：\n")


def test_a_sites_paywall_and_tip_jar_after_the_text_are_dropped():
    draft = build_draft(SPEECH + PAYWALL, FILE)
    body = " ".join(text for _, text in texts(draft))
    assert "当前，我县安全生产形势总体平稳" in body
    for word in ("阅读全文", "登录", "打赏", "¥", "分享", "查看更多"):
        assert word not in body
    assert any(r.kind == "site-paywall" and r.review for r in draft.repairs)


def test_a_closing_line_that_asks_nothing_of_the_reader_is_kept():
    draft = build_draft(SPEECH + "谢谢大家！\n\n分享：\n", FILE)
    assert "谢谢大家！" in [text for _, text in texts(draft)]


# ---------------------------------------------------------------- a copy spaced throughout


def test_in_a_copy_spaced_throughout_no_short_line_is_a_photo_caption():
    gap = "\n\n \n\n"  # a page's empty paragraph (&nbsp;) between its paragraphs
    notice = gap.join([
        "某县人民政府办公室关于印发《某县公共数据管理办法》的通知",
        "某政办发〔2024〕12号",
        "各乡镇人民政府，县政府各部门：\n经县政府同意，现将《某县公共数据管理办法》印发给你们，"
        "请认真贯彻执行。",
        "某县人民政府办公室\n2024年5月20日",
        "某县公共数据管理办法",
        "第一章 总则\n第一条 为规范公共数据管理，促进数据共享开放，制定本办法。"]) + "\n"
    draft = build_draft(notice, FILE)
    assert not [text for kind, text in texts(draft) if kind == "caption"]
    assert ("paragraph", "某政办发〔2024〕12号") in texts(draft)
    assert ("signature", "某县人民政府办公室\n2024年5月20日") in texts(draft)


# ---------------------------------------------------------------- an almanac's copy of a report


ALMANAC_COPY = (
    "当前位置:某省情网  /  数字方志  /  年鉴  /  某省年鉴  /  2005卷  /  特载\n\n"
    "2005卷\n\n"
    "  • 政府工作报告\n"
    "  • ——2004年1月12日在某自治区第十届人民代表大会第二次会议上\n\n\n"
    "    自治区主席 阿不都热依木\n\n"
    "    各位代表:\n"
    "    现在，我代表自治区人民政府，向大会报告工作，请予审议，并请自治区政协委员提出意见。\n\n"
    "    一、过去一年的工作回顾\n"
    "    过去的一年，全区经济保持较快增长，地区生产总值比上年增长百分之十一点二。\n")


def test_an_almanac_copys_breadcrumb_and_volume_label_go_and_its_speaker_is_the_author():
    draft = build_draft(ALMANAC_COPY, FILE)
    assert draft.title == "政府工作报告"
    assert draft.authors == ["阿不都热依木"]
    body = " ".join(text for _, text in texts(draft))
    assert "当前位置" not in body and "2005卷" not in body and "阿不都热依木" not in body
    assert texts(draft)[0] == ("salutation", "各位代表：")


# ---------------------------------------------------------------- an e-paper's issue and page


def test_an_epaper_issue_and_page_line_above_the_column_is_dropped():
    column = ("512 期 / 第3版:3\n要闻简报\n"
              "    ◆3月5日，县长主持召开县政府常务会议，研究部署春季农业生产工作。\n"
              "    ◆3月6日，我县召开森林防火工作会议，各乡镇分管负责人参加会议。\n")
    draft = build_draft(column, FILE)
    assert draft.title == "要闻简报"
    assert not any("第3版" in text for _, text in texts(draft))


# ---------------------------------------------------------------- a semicolon with a space


def test_a_semicolon_after_a_number_and_a_space_before_the_next_clause_is_full_width():

    assert fullwidth_punctuation("产量同比增长2.4%; 全镇现有果园")[0] == "产量同比增长2.4%； 全镇现有果园"
    assert fullwidth_punctuation("增加0.5万亩; PM10浓度下降")[0] == "增加0.5万亩； PM10浓度下降"
    assert fullwidth_punctuation("x=1; y=2")[0] == "x=1; y=2"


def test_a_sites_title_bar_with_its_length_note_and_post_time_go_to_the_front_matter():
    head = "在全县安全生产工作会议上的讲话 (本页约3200+字)\n2024-03-02 09:15:20 57\n\n"
    draft = build_draft(head + SPEECH, FILE)
    assert draft.title == "在全县安全生产工作会议上的讲话"
    assert draft.date == dt.date(2024, 3, 2)
    assert texts(draft)[0] == ("salutation", "同志们：")


# ---------------------------------------------------------------- a page's summary field


def test_a_paragraph_repeated_under_itself_is_kept_once():
    page = (f"某区2024年3月水环境质量状况\n{BODY}{BODY}\n扫一扫在手机上查看当前页面\n"
            f"{BODY}{BODY}\n扫一扫在手机上查看当前页面\n")
    draft = build_draft(page, FILE)
    assert texts(draft) == [("paragraph", BODY + BODY)]
    assert any(r.kind == "repeated-paragraph" and r.review for r in draft.repairs)


def test_a_short_sentence_said_twice_is_kept_twice():
    draft = build_draft("某区工作会议\n\n同志们，要抓落实。\n\n同志们，要抓落实。\n", FILE)
    assert len([t for k, t in texts(draft) if t == "同志们，要抓落实。"]) == 2


# ---------------------------------------------------------------- a table a cell a line, no row bars


BARE_CELL_TABLE = (
    "二、各县水质排名情况\n"
    "本季度 |\n上季度 |\n||||\n"
    "县 |\n水质指数 |\n排名 |\n县 |\n水质指数 |\n排名 |\n"
    "甲县 |\n3.21 |\n1 |\n乙县 |\n3.40 |\n2 |\n"
    "丙县 |\n3.55 |\n3 |\n甲县 |\n3.62 |\n4 |\n"
    f"{BODY}\n")


def test_a_table_a_cell_a_line_gets_its_rows_from_the_bar_line_and_its_group_headings():
    draft = build_draft(BARE_CELL_TABLE, FILE)
    [table] = [text for kind, text in texts(draft) if kind == "table"]
    rows = table.splitlines()
    assert rows[0].replace(" ", "") == "|本季度|<|<|上季度|<|<|"
    assert rows[1].replace(" ", "") == "|县|水质指数|排名|县|水质指数|排名|"
    assert rows[3].replace(" ", "") == "|甲县|3.21|1|乙县|3.40|2|"
    assert len(rows) == 5


def test_cell_lines_that_fill_no_whole_rows_are_left_as_they_are():
    lines = "本季度 |\n上季度 |\n||||\n县 |\n水质指数 |\n排名 |\n甲县 |\n"
    draft = build_draft(f"某县水质通报\n{lines}{BODY}\n", FILE)
    assert not [text for kind, text in texts(draft) if kind == "table"]


def test_a_lone_call_to_log_in_to_read_the_rest_is_the_sites():
    draft = build_draft(SPEECH + "（阅读全部内容，请先登录会员！）\n", FILE)
    assert not any("登录" in text for _, text in texts(draft))
    assert any(r.kind == "site-paywall" for r in draft.repairs)


# ---------------------------------------------------------------- the issuing offices


def test_joint_issuers_above_a_communique_are_its_source_not_its_title():
    draft = build_draft(f"某市统计局 国家统计局某市调查队\n{BODY}\n一、综合\n{BODY}\n", FILE)
    assert draft.source == "某市统计局 国家统计局某市调查队"
    assert not any("调查队" in text for _, text in texts(draft))
    assert draft.title == "" and any(d.kind == "no-title" for d in draft.doubts)


def test_a_collection_sites_date_glued_to_its_source_is_read():
    draft = build_draft(f"某县2022年国民经济和社会发展统计公报\n\n收录时间:2024-03-10来源:某县统计局\n\n{BODY}\n",
                        FILE)
    assert draft.date == dt.date(2024, 3, 10)
    assert draft.source == "某县统计局"


def test_a_semicolon_ending_a_cut_paragraph_after_a_number_is_full_width():
    assert fullwidth_punctuation("小麦产量5.1万吨，增长1.6%;")[0] == "小麦产量5.1万吨，增长1.6%；"
    assert fullwidth_punctuation("x=1;")[0] == "x=1;"


# ---------------------------------------------------------------- a document on one line


def test_a_document_stored_on_one_line_is_read_back_into_paragraphs_and_its_table():
    opening = ("2023年，全区上下坚持稳中求进工作总基调，统筹发展和安全，经济运行稳中向好，"
               "民生保障有力有效，各项社会事业取得新进展。" * 6)
    line = (f"2023年某区国民经济和社会发展统计公报 某区统计局 (2024年3月15日) {opening} "
            "一、综合 初步核算，全年全区地区生产总值120.50亿元，比上年增长6.1%。其中，第一产业"
            "增加值10.20亿元，增长3.9%。 表1 地区生产总值及构成 单位:亿元 指标 | 绝对数 | "
            "增长% | 地区生产总值 | 120.50 | 6.1 | 第一产业 | 10.20 | 3.9 | 第二产业 | 40.10 | "
            "7.2 | 第三产业 | 70.20 | 5.8 |\n")
    draft = build_draft(line, FILE)
    assert draft.title == "2023年某区国民经济和社会发展统计公报"
    assert draft.source == "某区统计局"
    assert draft.date == dt.date(2024, 3, 15)
    body = texts(draft)
    assert body[0] == ("paragraph", opening)
    assert body[1] == ("heading", "一、综合")
    [table] = [text for kind, text in body if kind == "table"]
    assert table.splitlines()[2].replace(" ", "") == "|地区生产总值|120.50|6.1|"
    assert any(r.kind == "one-line-text" and r.review for r in draft.repairs)


def test_one_long_paragraph_on_one_line_is_left_whole():
    paragraph = ("全区上下坚持稳中求进，经济运行稳中向好。 民生保障有力有效，社会事业取得新进展。 "
                 * 12)
    draft = build_draft(f"某区工作情况\n\n{paragraph}\n", FILE)
    assert len([kind for kind, _ in texts(draft) if kind == "paragraph"]) == 1


# ---------------------------------------------------------------- the title shown twice


def test_the_edition_under_the_titles_repeat_is_the_subtitle():
    page = ("某省城市环境空气质量状况\n\n发布时间:2024-04-10   点击次数:318\n\n"
            "某省城市环境空气质量状况\n\n(2024年3月)\n\n一、3月城市空气质量状况\n\n"
            f"{BODY}\n")
    draft = build_draft(page, FILE)
    assert draft.title == "某省城市环境空气质量状况"
    assert draft.subtitle == "（2024年3月）"
    assert draft.date == dt.date(2024, 4, 10)
    assert texts(draft)[0] == ("heading", "一、3月城市空气质量状况")


def test_the_pages_header_row_above_the_catalogue_gives_the_title_and_its_bars_go():
    page = ("关于开展2024年度全区安全生产大检查的通知 |\n—|\n---|---\n"
            "索引号： | 000000000B/2024-00042 | 主题分类： | 安全生产\n"
            "发布机构： | 某区应急管理局 | 成文日期： | 2024-05-06\n\n"
            "各街道办事处，区直各部门：\n\n" + BODY + "\n\n一、检查时间\n\n" + BODY + "\n")
    draft = build_draft(page, FILE)
    assert draft.title == "关于开展2024年度全区安全生产大检查的通知"
    assert draft.subtitle is None
    assert draft.source == "某区应急管理局"
    assert draft.date == dt.date(2024, 5, 6)
    assert not any("|" in text or text == "—" for _, text in texts(draft))
    assert texts(draft)[0] == ("salutation", "各街道办事处，区直各部门：")


def test_cell_lines_with_no_bar_line_are_kept_together_as_a_doubt():
    # (tables/flattables.py: when one number of columns gives each column one kind of
    # cell — a label, then lists — the table is rebuilt on that guess and held.)
    names = ("指标", "排名后3位", "综合指数", "甲县、乙县、丙县", "PM10", "乙县、丁县、甲县",
             "PM2.5", "丙县、甲县、戊县")
    cells = "".join(f"{cell} |\n" for cell in names)
    draft = build_draft(f"某市空气质量排名通报\n{BODY}\n{cells}{BODY}\n", FILE)
    [table] = [text for kind, text in texts(draft) if kind == "table"]
    assert [row.replace(" ", "") for row in table.splitlines()][:3] == [
        "|指标|排名后3位|", "|---|---|", "|综合指数|甲县、乙县、丙县|"]
    assert any(r.kind == "table-from-cell-kinds" for r in draft.repairs)
    cells = "".join(f"{cell} |\n" for cell in names[:-1])  # no number of columns fits
    draft = build_draft(f"某市空气质量排名通报\n{BODY}\n{cells}{BODY}\n", FILE)
    [table] = [text for kind, text in texts(draft) if kind == "table"]
    assert [row.replace(" ", "") for row in table.splitlines()][:3] == [
        "|指标|", "|---|", "|排名后3位|"]
    assert any(d.kind == "table-flattened" for d in draft.doubts)


def test_rows_of_several_cells_ending_in_a_bar_are_no_cell_lines():
    rows = "".join(f"{a} | {b} | {c} |\n" for a, b, c in (
        ("城市", "二氧化硫", "臭氧"), ("甲县", "2", "106"), ("乙县", "3", "98"),
        ("丙县", "4", "101"), ("丁县", "2", "95"), ("戊县", "5", "110")))
    draft = build_draft(f"某市空气质量通报\n{BODY}\n{rows}{BODY}\n", FILE)
    [table] = [text for kind, text in texts(draft) if kind == "table"]
    assert table.splitlines()[0].replace(" ", "") == "|城市|二氧化硫|臭氧|"


# ---------------------------------------------------------------- a notice padded with empty paragraphs


PADDED_NOTICE = (
    "某县人民政府办公室关于印发某县防汛应急预案的通知\n\n \n\n \n\n"
    "各乡镇人民政府，县政府各部门：\n\n"
    "经县政府同意，现将《某县防汛应急预案》印发给你们，请认真贯彻执行。\n\n \n\n \n\n"
    "某县人民政府办公室\n\n \n\n"
    "某县防汛应急预案\n\n"
    "一、总则\n\n"
    f"{BODY}\n\n"
    "二、组织体系\n\n"
    f"{BODY}\n")


def test_a_short_line_between_empty_paragraphs_of_a_copied_page_is_no_caption():
    draft = build_draft(PADDED_NOTICE, FILE)
    assert not any(kind == "caption" for kind, _ in texts(draft))
    # (the signer between the issuing sentence and the plan's title is the notice's 落款,
    # though it has no date: endmatter._loose_signature)
    assert ("signature", "某县人民政府办公室") in texts(draft)


# ---------------------------------------------------------------- a contents list of bare headings


CONTENTS_PLAN = (
    "某市防汛应急预案\n\n"
    "1 总则\n\n1.1 编制目的\n\n1.2 适用范围\n\n2 组织体系\n\n2.1 指挥机构\n\n"
    "2.2 办事机构\n\n3 预警\n\n"
    "1 总则\n\n1.1 编制目的\n\n"
    f"{BODY}\n\n"
    "1.2 适用范围\n\n"
    f"{BODY}\n")


def test_a_contents_list_that_the_headings_begin_again_under_is_dropped_and_told():
    draft = build_draft(CONTENTS_PLAN, FILE)
    body = texts(draft)
    assert [text for kind, text in body if kind == "heading"] == [
        "1 总则", "1.1 编制目的", "1.2 适用范围"]
    assert [r for r in draft.repairs if r.kind == "contents" and r.review]


def test_a_run_of_bare_headings_not_begun_again_is_kept():
    text = CONTENTS_PLAN.replace("1 总则\n\n1.1 编制目的\n\n" + BODY, "4 保障\n\n" + BODY)
    draft = build_draft(text, FILE)
    assert sum(kind == "heading" for kind, _ in texts(draft)) >= 8
    assert not [r for r in draft.repairs if r.kind == "contents"]


# ---------------------------------------------------------------- a 落款 whose date the copy broke


BROKEN_DATE_NOTICE = (
    "某县人民政府办公室关于印发某县抗旱应急预案的通知\n\n"
    "各乡镇人民政府，县政府各部门：\n\n"
    "经县政府同意，现将某县抗旱应急预案印发给你们，请认真贯彻执行\n\n"
    "某县人民政府办公室\n\n"
    "2019612\n\n"
    "某县抗旱应急预案\n\n"
    "1 总则\n\n"
    f"{BODY}\n")


def test_a_signature_date_that_lost_its_year_month_and_day_still_signs_the_notice():
    from briefing.importer.roles import broken_date
    assert broken_date("2019612") == (2019, 6, 12)
    assert broken_date("2020年56") == (2020, 5, 6)
    assert broken_date("2018125") is True  # 1月25日 or 12月5日: no date read
    assert broken_date("2019年6月12日") is None
    draft = build_draft(BROKEN_DATE_NOTICE, FILE)
    body = texts(draft)
    assert ("signature", "某县人民政府办公室\n2019612") in body
    assert ("heading", "某县抗旱应急预案") in body
    assert draft.date == dt.date(2019, 6, 12)
    assert any(r.kind == "signature-date" and r.review for r in draft.repairs)


def test_a_lone_number_at_the_end_is_no_signature_date():
    draft = build_draft(f"# 某县抗旱工作情况\n\n{BODY}\n\n2019612\n", FILE)
    assert ("paragraph", "2019612") in texts(draft)
    assert draft.date is None


# ---------------------------------------------------------------- a page's feedback form and widgets


FORM_PAGE = (
    "关于2024年第一季度重点工作落实情况的通报\n\n"
    "发布时间:2024-04-15 09:30信息来源:某县人民政府文字大小:[    ] 背景色:       \n\n"
    "各乡镇人民政府，县政府各部门：\n\n"
    f"{BODY}\n\n"
    "请各单位进一步细化工作措施，压实工作责任，确保按时完成各项目标任务。\n\n \n\n"
    "为进一步了解社会公众对政策执行效果的反馈与评价,请您对该政策提出宝贵的意见或建议。\n"
    "  • 姓  名:\n\n  • 联系方式:\n\n  • *内  容:\n\n  • *验 证 码:\n\n")


def test_a_pages_feedback_form_after_the_text_is_dropped_and_told():
    draft = build_draft(FORM_PAGE, FILE)
    body = texts(draft)
    assert body[-1] == ("paragraph", "请各单位进一步细化工作措施，压实工作责任，确保按时完成各项"
                                     "目标任务。")
    assert [r for r in draft.repairs if r.kind == "feedback-form" and r.review]


def test_type_size_and_background_widgets_do_not_hide_the_facts_line():
    draft = build_draft(FORM_PAGE, FILE)
    assert draft.title == "关于2024年第一季度重点工作落实情况的通报"
    assert draft.source == "某县人民政府"
    assert draft.date == dt.date(2024, 4, 15)
    assert not any("文字大小" in text for _, text in texts(draft))


def test_a_notices_contact_lines_with_their_values_are_no_form():
    text = (f"# 关于报送材料的通知\n\n{BODY}\n\n联系人：张某\n\n联系电话：0000-1234567\n\n"
            "电子邮箱：abc@example.com\n")
    joined = "\n".join(t for _, t in texts(build_draft(text, FILE)))
    assert "联系人：张某" in joined and "0000-1234567" in joined and "abc@example.com" in joined


# ---------------------------------------------------------------- the first paragraph under the head


SPACED_NEWS = (
    "区人大代表分组审议区政府工作报告\n\n"
    "发布日期: 2024-01-18 访问次数: 信息来源: 区融媒体中心 字号:[ ]\n\n\n"
    "1月18日，区人大代表分组审议区政府工作报告及其他工作报告。\n\n"
    f"{BODY}\n\n\n"
    "代表们踊跃发言\n\n\n"
    f"{BODY}\n")


def test_the_first_paragraph_spaced_from_the_heads_facts_is_no_caption():
    body = texts(build_draft(SPACED_NEWS, FILE))
    assert body[0] == ("paragraph", "1月18日，区人大代表分组审议区政府工作报告及其他工作报告。")


def test_a_caption_read_from_blank_lines_alone_is_a_guess_to_review():
    draft = build_draft(SPACED_NEWS, FILE)
    assert ("caption", "代表们踊跃发言") in texts(draft)
    assert [r for r in draft.repairs if r.kind == "caption" and r.review]


# ---------------------------------------------------------------- padding lost to the encoding


def test_question_marks_opening_a_line_are_its_padding_lost_to_the_encoding():
    text = (f"# 某县环境质量月报\n\n?6月，{BODY}\n\n编制单位: 某县环境监测站\n\n"
            "?????????????????发布单位: 某县生态环境局\n")
    draft = build_draft(text, FILE)
    joined = "\n".join(t for _, t in texts(draft))
    assert "?" not in joined and "？" not in joined
    assert f"6月，{BODY}" in joined and "发布单位：某县生态环境局" in joined.replace(" ", "")
    assert [r for r in draft.repairs if r.kind == "lost-padding"]


def test_a_question_mark_inside_a_line_stays():
    text = f"# 某县环境质量月报\n\n{BODY}你知道吗?\n"
    assert any("？" in t for _, t in texts(build_draft(text, FILE)))


# ---------------------------------------------------------------- a table named by what it lists


NAMED_TABLE = (
    "# 某县2024年3月环境质量状况\n\n"
    f"{BODY}\n\n"
    "某县2024年3月河流断面水质状况\n"
    "序号 | 河流名称 | 水质目标 | 达标情况 |\n"
    "1 | 某河 | Ⅲ | 达标 |\n"
    "2 | 某溪 | Ⅲ | 达标 |\n\n"
    f"{BODY}\n")


def test_a_line_naming_what_the_table_right_under_it_lists_is_its_caption():
    draft = build_draft(NAMED_TABLE, FILE)
    tables = [node for node in draft.nodes if node.kind == "table"]
    assert tables and tables[0].caption == "某县2024年3月河流断面水质状况"
    assert [r for r in draft.repairs if r.kind == "table-caption" and r.review]



def test_a_sentence_or_a_numbered_head_above_a_table_is_no_table_name():
    from briefing.importer.roles import is_table_name
    assert not is_table_name("（二）地表水河流水质状况")
    assert not is_table_name("全县水质总体稳定，详见下表情况")
    assert is_table_name("区县（功能区）5月份污染因子后3位排名情况")


# ---------------------------------------------------------------- a speech copied from a paged document


PAGED_SPEECH = (
    "在全县防汛工作会议上的讲话\n"
    "同志们:\n"
    "今天召开全县防汛工作会议,主要任务是总结去年防汛工作,安排部署今年防汛工作。下面,我讲两点意见:\n"
    "一、统一思想,提高认识,切实增强做好防汛工作的责任感2023年,全县各级各部门认真贯彻落实上级"
    "防汛部署,扎实做好各项准备,确保了全县安全度汛。全县在全市2023年度防汛\n"
    "2工作考核中名列前茅,成绩来之不易。但是,我们必须清醒地看到,今年汛期形势依然严峻,"
    "各级各部门时刻不能掉以轻心。\n")


def test_a_page_number_opening_the_line_that_goes_on_with_the_sentence_is_dropped():
    draft = build_draft(PAGED_SPEECH, FILE)
    joined = [t for _, t in texts(draft)]
    assert any("全市2023年度防汛工作考核中名列前茅" in t for t in joined)
    assert [r for r in draft.repairs if r.kind == "page-folio" and r.review]


def test_a_count_opening_the_next_line_is_no_page_number():
    text = PAGED_SPEECH.replace("\n2工作考核中", "\n3个乡镇考核中")
    joined = "\n".join(t for _, t in texts(build_draft(text, FILE)))
    assert "3个乡镇考核中" in joined and "防汛3个乡镇" not in joined


def test_a_numbered_head_run_into_its_paragraph_is_told():
    draft = build_draft(PAGED_SPEECH, FILE)
    assert [d for d in draft.doubts if d.kind == "glued-head"]


# ---------------------------------------------------------------- a bulletin signed in labelled fields


def test_labelled_fields_ending_a_bulletin_are_its_signature():
    text = (f"# 某县环境质量月报（2024年3月）\n\n{BODY}\n\n编制单位：某县环境监测站\n\n"
            "发布单位：某县生态环境局\n\n编制日期：2024年4月8日\n")
    draft = build_draft(text, FILE)
    assert texts(draft)[-1] == ("signature", "编制单位：某县环境监测站\n发布单位：某县生态环境局\n"
                                             "编制日期：2024年4月8日")


def test_one_labelled_field_ending_a_text_stays_a_paragraph():
    text = f"# 某县环境质量月报（2024年3月）\n\n{BODY}\n\n发布单位：某县生态环境局\n"
    assert texts(build_draft(text, FILE))[-1][0] == "paragraph"


# ---------------------------------------------------------------- a release's stamp: date and weekday


HK_RELEASE = (
    "某署公布二零二四年三月份統計數字\n********************\n\n"
    "  某署今日（四月十七日）公布最新統計數字，經季節性調整的失業率維持在百分之二點九。\n\n"
    "  就業人數上升至三百六十八萬，較上月增加約一萬人。\n\n"
    "完\n\n2024年4月17日（星期三）\n香港時間16時30分\n")


def test_a_releases_date_with_its_weekday_is_its_date_and_its_end_mark_signs_nothing():
    from briefing.importer.titleblock import read_date
    assert read_date("2024-04-17 星期三") == dt.date(2024, 4, 17)
    draft = build_draft(HK_RELEASE, FILE)
    assert draft.date == dt.date(2024, 4, 17)
    body = texts(draft)
    assert not any(kind in ("signature", "heading") for kind, _ in body)
    assert ("paragraph", "完") in body


# ---------------------------------------------------------------- a catalogue's spaced-out labels


SPACED_CATALOGUE = (
    "您当前的位置：首页 > 政府信息公开 > 通知公告\n"
    "索 引 号：11340000MB0000000X/202403-00012\n"
    "发 布 机 构：某县生态环境分局\n"
    "生成日期：2024-03-08\n"
    "某县2024年2月环境空气质量状况\n"
    f"{BODY}\n"
    "【我要打印】 【关闭窗口】\n")


def test_a_catalogues_labels_spaced_to_their_column_are_read_as_labels():
    draft = build_draft(SPACED_CATALOGUE, FILE)
    assert draft.title == "某县2024年2月环境空气质量状况"
    assert draft.source == "某县生态环境分局"
    assert texts(draft) == [("paragraph", BODY)]
    assert [r for r in draft.repairs if r.kind == "spaced-label"]


def test_words_set_apart_in_a_sentence_are_no_spaced_label():
    text = f"# 某县通知\n\n会上 大家 一致认为：{BODY}\n"
    assert any(t.startswith("会上 大家 一致认为：") for _, t in texts(build_draft(text, FILE)))


# Some pages write each field whole in its cell, label and value parted by the colon.
FIELD_CELL_CATALOGUE = (
    "关于表彰2023年度全县植树造林先进集体的通报\n"
    "信息分类：表彰通报 | 责任部门：县政府办 | 文件编号：某府办字〔2023〕18号 | 公开方式：主动公开 |\n"
    "生成日期：2023-12-01 | 公开时限：长期公开 | 公开范围：面向社会 | 信息索取号：A00-2023-0042 |\n"
    "各乡镇人民政府，县政府各部门：\n"
    "2023年，全县共完成植树造林1.2万亩，经县政府研究，决定对县林业局等8个单位予以通报表彰。\n")


def test_a_catalogue_of_whole_fields_in_cells_is_no_table():
    draft = build_draft(FIELD_CELL_CATALOGUE, FILE)
    assert draft.title == "关于表彰2023年度全县植树造林先进集体的通报"
    assert draft.date == dt.date(2023, 12, 1)
    body = texts(draft)
    assert not any(kind == "table" or "信息分类" in text or "|" in text for kind, text in body)
    assert any(r.kind == "page-catalogue" and r.review for r in draft.repairs)
    # A table whose cells hold colons but are no catalogue's fields stays a table's row.
    assert catalogue_row("时间：上午 | 地点：会议室 | 主持：张三 |") is None
    assert catalogue_row("信息分类：通知 | 责任部门：县政府办 |") == [
        ("信息分类", "通知"), ("责任部门", "县政府办")]

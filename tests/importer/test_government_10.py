"""Government page shapes of the tenth round (set 7: a 信息公开 catalogue two fields a
line, a notice signed before the document it issues): made-up texts of the shapes the
round's texts showed damaged, each failing without its rule."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.structure import build_draft

FILE = Path("article.txt")


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


# ---------------------------------------------------------------- a catalogue two fields a line

# A county's 信息公开 page: breadcrumb, then the document's catalogue set two fields a line
# (索引号 and 组配分类, 发布机构 beside 信息分类, 发文日期 beside 生效时间 …), the title,
# 主送, the notice and its 落款.
CATALOGUE_PAGE = (
    "首页 > 某县人民政府办公室信息公开 > 信息浏览\n"
    "索引号: 004512345/202203-00117 组配分类: 其他文件\n"
    "信息分类: 通知   发布机构: 某县人民政府办公室\n"
    "生成日期: 2022-03-08 文号:\n"
    "发文日期: 2022-03-08 生效时间: 2022-03-08\n"
    "废止时间: 2024-03-08 名称: 某县人民政府办公室关于做好春季植树工作的通知\n"
    "信息来源: 关键词:\n"
    "浏览次数: 212 内容概述:\n\n"
    "某县人民政府办公室关于做好春季植树工作的通知\n\n"
    "各乡镇人民政府,县直各单位:\n\n"
    "  为做好今年春季植树工作,现将有关事项通知如下,请认真抓好落实。\n\n"
    "某县人民政府办公室\n2022年3月7日\n")


def test_a_catalogue_set_two_fields_a_line_is_the_pages_header():
    draft = build_draft(CATALOGUE_PAGE, FILE)
    assert draft.title == "某县人民政府办公室关于做好春季植树工作的通知"
    assert draft.source == "某县人民政府办公室"
    assert str(draft.date) == "2022-03-08"
    body = "\n".join(text for _, text in texts(draft))
    for furniture in ("索引号", "组配分类", "废止时间", "浏览次数", "首页", "发文日期"):
        assert furniture not in body
    assert texts(draft)[0] == ("salutation", "各乡镇人民政府，县直各单位：")


# ---------------------------------------------------------------- 落款 over the issued document

# A notice that issues a plan, copied without the plan's title: 主送, the sentence issuing
# it (现印发给你们), the signer and date, then the plan's first paragraph.
ISSUED_PLAN = (
    "某市人民政府办公室关于印发某市2023年营商环境工作要点的通知\n\n"
    "各区人民政府,市政府各部门:\n\n"
    "《某市2023年营商环境工作要点》已经市政府同意,现印发给你们,请认真组织实施。\n\n"
    "某市人民政府办公室\n\n"
    "2023年4月12日\n\n"
    "2023年是全面贯彻落实党的二十大精神的开局之年。今年营商环境工作的总体要求是:"
    "以市场主体需求为导向,深化“放管服”改革,持续打造市场化、法治化、国际化营商环境。\n")


def test_signer_and_date_under_the_issuing_sentence_are_the_notices_signature():
    draft = build_draft(ISSUED_PLAN, FILE)
    kinds = texts(draft)
    assert ("signature", "某市人民政府办公室\n2023年4月12日") in kinds
    assert kinds[-1][0] == "paragraph" and kinds[-1][1].startswith("2023年是")
    assert str(draft.date) == "2023-04-12"


# ---------------------------------------------------------------- a 人大常委会's salutation

# A report to a county 人大常委会: title, the speaker, then the salutation that greets the
# chair by office before 各位… (「主任、各位副主任、秘书长、各位委员：」).
STANDING_COMMITTEE = (
    "关于某县2022年度环境状况和环境保护目标完成情况的报告\n\n"
    "县生态环境局局长　王某某\n\n"
    "主任、各位副主任、秘书长、各位委员:\n\n"
    "受县人民政府委托,现将我县2022年度环境状况和环境保护目标完成情况报告如下,请予审议。\n\n"
    "2022年,全县空气质量优良天数比例为92.1%,同比上升1.4个百分点。\n")


def test_offices_before_各位_make_a_salutation():
    draft = build_draft(STANDING_COMMITTEE, FILE)
    assert ("salutation", "主任、各位副主任、秘书长、各位委员：") in texts(draft)


# ---------------------------------------------------------------- a 统计公报's issuers

# A 统计公报 copied without its title line: the issuers (the province's 统计局 and the
# 国家统计局's 调查总队 there) head it, then the date in brackets, then the text.
ISSUERS_HEAD = (
    "某省统计局 国家统计局某省调查总队\n"
    "(2019年3月1日)\n"
    "初步核算,全年全省实现生产总值4321.5亿元,比上年增长6.8%。\n"
    "年末全省常住人口1023.4万人,比上年末增加3.2万人。\n")


def test_a_statistics_bulletins_issuers_are_its_source_not_its_title():
    draft = build_draft(ISSUERS_HEAD, FILE)
    assert not draft.title
    assert draft.source == "某省统计局 国家统计局某省调查总队"
    assert str(draft.date) == "2019-03-01"
    assert all("调查总队" not in text for _, text in texts(draft))


# ---------------------------------------------------------------- a notice's numbered fields

# A 采访通知: the event's facts as numbered fields, a label and its value a line each.
FIELDS_NOTICE = (
    "【采访通知】2024年某市青少年篮球联赛开幕式\n\n"
    "一、时间:2024年7月12日(五) 9:30-10:30\n\n"
    "二、地点:某市体育中心二楼会议室\n\n"
    "三、出席人员:某市体育局副局长、某市篮球协会理事长、参赛队伍代表\n\n"
    "四、主题:\n\n"
    "本届联赛共有48支队伍参赛,赛期两个月,开幕式后进行首轮比赛,欢迎媒体朋友届时采访。\n")


def test_a_notices_numbered_fields_are_no_headings():
    draft = build_draft(FIELDS_NOTICE, FILE)
    kinds = dict((text[:5], kind) for kind, text in texts(draft))
    assert kinds["二、地点："] == "paragraph"
    assert kinds["一、时间："] == "paragraph"
    assert all(kind != "heading" for kind, text in texts(draft) if "：" in text[:6])


# ---------------------------------------------------------------- an award list's last item

# A 表彰决定: the units commended one a line under 一、二、 heads, then the closing
# paragraph right under the last unit.
AWARD_LIST = (
    "关于表彰2022年度安全生产先进单位的决定\n\n"
    "经综合考评,市政府决定对以下单位予以表彰。\n\n"
    "一、安全生产先进单位\n\n"
    "甲县应急管理局\n\n"
    "乙区应急管理局\n\n"
    "丙县交通运输局\n\n"
    "希望受表彰的单位珍惜荣誉,再接再厉,为全市安全生产形势持续稳定作出新的贡献。\n")


def test_the_last_item_of_a_list_one_a_line_is_no_heading():
    draft = build_draft(AWARD_LIST, FILE)
    kinds = texts(draft)
    assert ("paragraph", "丙县交通运输局") in kinds
    assert [text for kind, text in kinds if kind == "heading"] == ["一、安全生产先进单位"]


# ---------------------------------------------------------------- a sharing site's preview

# A document-sharing site's preview of a speech: the Writer file's style sheet left at the
# head of the line the text runs on, and the site's paywall line under the cut text.
PREVIEW = (
    "县长在全县防汛工作会议上的讲话\n\n"
    "@page { size: 8.27in 11.69in; margin-left: 1.25in } p { color: #000000; "
    "line-height: 115% } p.cjk { font-family: \"宋体\"; font-size: 10pt } "
    "同志们:今天召开全县防汛工作会议,主要任务是安排部署今年的防汛工作。"
    "入汛以来,全县降雨量比常年同期偏多三成,防汛形势不容乐观,忽……\n\n"
    "试读结束,开通会员文档无限下载使用\n")


def test_a_style_sheet_inside_a_line_and_the_preview_paywall_are_dropped():
    draft = build_draft(PREVIEW, FILE)
    body = "\n".join(text for _, text in texts(draft))
    assert "@page" not in body and "font-family" not in body and "{" not in body
    assert "试读结束" not in body
    # (the salutation the copy ran into the first paragraph stands on its own: docbody)
    assert ("salutation", "同志们：") in texts(draft)
    assert "今天召开全县防汛工作会议" in body and body.endswith("忽……")


# ---------------------------------------------------------------- a 决定's foot on a portal

DECISION = (
    "关于表彰2019年度全市植树造林先进单位的决定\n\n"
    "经考核评定,市政府决定对以下先进单位予以表彰,希望受表彰单位再接再厉,再创佳绩。\n\n")
SIGNED = "二○二○年三月二日\n\n"
KEYWORDS = "主题词:植树造林 表彰 决定\n\n"
PORTAL_TABLE = ("索  引  号 文       号 发布机构 发布日期 公开范围 公开方式\n"
                "N002-2020-000118 某政〔2020〕5号\n"
                "某市人民政府办公室 2020-03-06\n"
                "面向社会 主动公开\n")
COMMENT_BOX = "标签:\n留言与评论(共有 0 条评论)\n   \n验证码:\n"


def test_a_portals_information_table_under_the_text_gives_its_facts():
    draft = build_draft(DECISION + SIGNED + PORTAL_TABLE, FILE)
    assert draft.source == "某市人民政府办公室"
    body = "\n".join(text for _, text in texts(draft))
    assert "索" not in body and "主动公开" not in body and "N002" not in body


def test_a_comment_box_under_its_count_is_the_sites():
    draft = build_draft(DECISION + SIGNED + COMMENT_BOX, FILE)
    body = "\n".join(text for _, text in texts(draft))
    assert "留言与评论" not in body and "验证码" not in body and "标签" not in body
    assert texts(draft)[-1] == ("signature", "二○二○年三月二日")


def test_the_主题词_line_under_a_signature_is_its_colophon():
    draft = build_draft(DECISION + SIGNED + KEYWORDS, FILE)
    assert texts(draft)[-2:] == [("signature", "二○二○年三月二日"),
                                 ("paragraph", "主题词：植树造林 表彰 决定")]


# ---------------------------------------------------------------- a policy site's title bar

# A policy site's copy of a 公文: its title bar (the 发文字号 run into the title in 《》),
# the title again in 《》, the 发文字号 twice, then 主送 and the notice.
POLICY_SITE = (
    "某政办发〔2021〕9号《某市人民政府办公室关于印发某市节能降耗工作方案的通知》\n"
    "《某市人民政府办公室关于印发某市节能降耗工作方案的通知》\n"
    "某政办发〔2021〕9号\n"
    "某政办发〔2021〕9号\n"
    "各区人民政府,市政府各部门:\n"
    "《某市节能降耗工作方案》已经市政府同意,现印发给你们,请认真贯彻执行。\n")


def test_a_policy_sites_title_bar_and_doubled_number_are_said_once():
    draft = build_draft(POLICY_SITE, FILE)
    assert draft.title == "某市人民政府办公室关于印发某市节能降耗工作方案的通知"
    kinds = texts(draft)
    assert [text for _, text in kinds].count("某政办发〔2021〕9号") == 1
    assert not any("《某市人民政府办公室" in text for _, text in kinds)


# ---------------------------------------------------------------- a subtitle's broken date

# A report to a 人大常委会 whose ——subtitle lost its date's 年 and 月 to the copy.
BROKEN_SUBTITLE = (
    "关于2022年度县本级预算执行情况的审计工作报告\n\n"
    "——20230627日在县人大常委会第十次会议上\n\n"
    "县审计局局长　张某某\n\n"
    "主任、各位副主任、各位委员:\n\n"
    "受县人民政府委托,现将2022年度县本级预算执行和其他财政收支的审计情况报告如下,请予审议。\n")


def test_a_subtitles_date_without_its_年_and_月_is_read_when_it_reads_one_way():
    draft = build_draft(BROKEN_SUBTITLE, FILE)
    assert str(draft.date) == "2023-06-27"
    assert any(doubt.kind == "broken-date" for doubt in draft.doubts)

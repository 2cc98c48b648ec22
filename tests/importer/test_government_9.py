"""Government page shapes of the ninth round (set 6: 通知 without a title line, a page's
accessibility and share bars, a 范文 site's copy, a chair's script): made-up texts of the
shapes the round's texts showed damaged, each failing without its rule."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.structure import build_draft

FILE = Path("article.txt")
BODY = "一季度，全市地表水考核断面水质优良比例为91.7%，同比上升4.2个百分点，无劣V类断面。"
MORE = "下一步，将持续推进入河排污口排查整治，加快城镇污水管网建设，确保水质稳中向好。"


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


# ---------------------------------------------------------------- a page's tool bars


# A 政府信息公开 page: its accessibility bar an item a line over a long breadcrumb, the
# share bar under the date; the body's paragraphs open indented, blank lines between.
P1 = "全市12条河流36个监测断面中，33个断面达到或优于Ⅲ类水质，水质优良比例为91.7%。"
P2 = "按流域评价，各主要河流水质状况均为“优”，湖库水质总体保持稳定。"
P3 = "1—3月，36个监测断面中，32个断面达到或优于Ⅲ类水质，水质优良比例为88.9%。"
TOOLBAR_PAGE = (
    "页面\n配色\n辅助线\n重置\n"
    "当前位置: 首页 > 政府信息公开 > 政府信息公开专栏 > 法定主动公开内容 > 监测信息 > 水环境质量\n\n"
    "某市2024年一季度水环境质量状况\n\n"
    "2024-04-12 10:05     来源: 某市生态环境局\n"
    "分享 微信\n头条\n微博 空间 qq\n【字体: 打印\n\n"
    f"  (一)3月份 \n\n  {P1} \n\n  {P2} \n\n  (二)1—3月份 \n\n  {P3} \n\n  {MORE} \n")


def test_a_pages_accessibility_and_share_bars_over_the_title_are_furniture():
    draft = build_draft(TOOLBAR_PAGE, FILE)
    assert draft.title == "某市2024年一季度水环境质量状况"
    assert draft.source == "某市生态环境局"
    assert texts(draft) == [("heading", "（一）3月份"), ("paragraph", P1), ("paragraph", P2),
                            ("heading", "（二）1—3月份"), ("paragraph", P3), ("paragraph", MORE)]
    assert any(r.kind == "page-furniture" and "配色" in r.before for r in draft.repairs)


# ---------------------------------------------------------------- an office as the 作者


def test_a_pages_author_field_naming_an_office_gives_that_office_as_the_author():
    text = ("某县2024年3月环境空气质量状况\n\n发布时间：2024-04-08  作者：某县环境监测站\n\n"
            f"{BODY}\n\n{MORE}\n")
    draft = build_draft(text, FILE)
    assert draft.title == "某县2024年3月环境空气质量状况"
    assert draft.authors == ["某县环境监测站"]
    assert texts(draft) == [("paragraph", BODY), ("paragraph", MORE)]


def test_an_author_field_naming_a_sentence_is_no_author():
    text = ("某县2024年3月环境空气质量状况\n\n作者：本站根据监测数据整理发布。\n\n"
            f"{BODY}\n")
    assert build_draft(text, FILE).authors == []


# ---------------------------------------------------------------- a head's numeral lost


def test_a_head_opening_with_a_lone_enumeration_comma_keeps_its_rank_and_is_told():
    # The page set 「一」 as an image: the copy keeps 「、」 and the head's words.
    text = (f"# 某市2024年3月水环境质量月报\n\n、地表水环境质量\n\n（一）3月份\n\n{P1}\n\n"
            f"（二）1—3月份\n\n{P3}\n\n二、饮用水水源地水质\n\n{MORE}\n")
    draft = build_draft(text, FILE)
    headings = [(node.text, node.depth) for node in draft.nodes if node.kind == "heading"]
    assert headings == [("、地表水环境质量", 1), ("（一）3月份", 2), ("（二）1—3月份", 2),
                        ("二、饮用水水源地水质", 1)]
    assert any(r.kind == "lost-numeral" and r.review for r in draft.repairs)


def test_a_comma_inside_a_line_is_no_numbering():
    from briefing.importer.repairs import heading_numbering
    assert heading_numbering("水质、水量").rank == 0
    assert heading_numbering("三、水量").rank == 1


# ---------------------------------------------------------------- a notice's addressees


def test_addressees_led_by_a_named_body_or_ending_in_a_zone_are_the_salutation():
    from briefing.importer.roles import is_salutation
    assert is_salutation("某某高新区管委会，各镇人民政府，市级各部门：")
    assert is_salutation("各镇人民政府、市直各部门，某某经济开发区、某某物流园区：")
    assert not is_salutation("总体来看，各地的工作都在稳步推进：")
    assert not is_salutation("市直各单位要做到以下几点：")


def test_a_notice_without_a_title_line_opens_with_its_addressees_not_a_title():
    text = ("某某高新区管委会,各镇人民政府,市级各部门:\n"
            "《某市政府会议议事规则》已经市政府常务会议通过,现予印发。\n"
            "某市人民政府\n2024年5月20日\n")
    draft = build_draft(text, FILE)
    assert not draft.title
    assert texts(draft)[0] == ("salutation", "某某高新区管委会，各镇人民政府，市级各部门：")


# ---------------------------------------------------------------- a chair's script


def test_a_line_opening_indented_begins_a_paragraph_though_the_line_above_ends_in_a_comma():
    # A chair's script, one paragraph a line, each opening indented: the stage cues
    # 「全体起立，」「奏国歌，」 are paragraphs of their own.
    text = ("某区第五届人民代表大会第三次会议主持词\n\n各位代表：\n"
            "  某区第五届人民代表大会第三次会议今天开幕。\n"
            "  现在，我宣布：大会开幕。\n"
            "  全体起立，\n  奏国歌，\n  请坐下。\n"
            "  今天会议的议程是：听取区政府工作报告。\n")
    body = texts(build_draft(text, FILE))
    assert ("paragraph", "全体起立，") in body
    assert ("paragraph", "奏国歌，") in body
    assert ("paragraph", "请坐下。") in body


def test_a_flush_line_under_a_line_ending_in_a_comma_goes_on_there():
    text = ("某区2024年政府工作报告\n\n各位代表：\n"
            "过去一年，我们坚持稳中求进，推动某某新材料项目落地，\n"
            "某某产业园一期建成投产，全年地区生产总值增长5.2%。\n"
            "今年，我们将继续推进产业升级，做强先进制造业。\n")
    body = texts(build_draft(text, FILE))
    assert ("paragraph", "过去一年，我们坚持稳中求进，推动某某新材料项目落地，"
                         "某某产业园一期建成投产，全年地区生产总值增长5.2%。") in body


# ---------------------------------------------------------------- a 范文 site's hidden text


def test_a_content_sites_hidden_text_mark_is_dropped_and_the_gap_told():
    text = ("# 某局2015年上半年工作总结\n\n"
            "上半年，我局认真抓好城市管理工作。一是完善了环境卫生管理制度。二是 "
            "……此处隐藏1520个字……工程预计在8月份内完工。\n\n"
            "下半年，我局将继续抓好各项工作，确保全年目标任务圆满完成。\n")
    draft = build_draft(text, FILE)
    first = texts(draft)[0][1]
    assert "隐藏" not in first and first.endswith("二是 工程预计在8月份内完工。")
    spot = next(r for r in draft.repairs if r.kind == "site-hidden-text")
    assert spot.review and "1520" in spot.note


# ---------------------------------------------------------------- the title run into the text


def test_the_title_run_into_the_first_paragraph_is_dropped_there():
    title = "某局2015年上半年工作总结"
    text = (f"{title}\n{title}2015年上半年，我局在区委、区政府的领导下，认真完成了各项工作。\n"
            "一、加强学习，提高队伍素质\n半年来，我局坚持周二学习制度，组织干部职工认真学习。\n")
    draft = build_draft(text, FILE)
    assert draft.title == title
    assert texts(draft)[0] == ("paragraph", "2015年上半年，我局在区委、区政府的领导下，认真完成了各项工作。")
    assert any(r.kind == "title-run-into-text" and r.review for r in draft.repairs)


def test_a_first_paragraph_naming_the_title_in_a_sentence_keeps_it():
    title = "某局2015年上半年工作总结"
    text = (f"{title}\n\n{title}已经局务会议审议通过，现将主要内容报告如下。\n\n"
            "一、加强学习，提高队伍素质\n\n半年来，我局坚持周二学习制度，组织干部职工认真学习。\n")
    draft = build_draft(text, FILE)
    assert texts(draft)[0][1].startswith(title)


# ---------------------------------------------------------------- a page's fields, some empty


FIELDS_PAGE = (
    "发布时间:2024-05-20 09:12\n访问次数:\n发布机构:\n信息来源:监测科\n信息来源:\n"
    f"{P1}\n{P3}\n{MORE}\n")


def test_a_pages_fields_over_a_text_without_title_are_facts_and_none_is_the_title():
    draft = build_draft(FIELDS_PAGE, FILE)
    assert not draft.title
    assert str(draft.date) == "2024-05-20"
    assert draft.source == "监测科"
    assert texts(draft) == [("paragraph", P1), ("paragraph", P3), ("paragraph", MORE)]
    assert [r.before for r in draft.repairs if r.kind == "empty-field"] == ["发布机构：",
                                                                           "信息来源："]


def test_an_empty_label_that_no_fact_line_touches_is_kept_and_told():
    text = f"# 某县通知\n\n{P1}\n\n联系人：\n\n{MORE}\n"
    draft = build_draft(text, FILE)
    assert ("paragraph", "联系人：") in texts(draft)
    assert not [r for r in draft.repairs if r.kind == "empty-field"]


# ---------------------------------------------------------------- the writer's office in a byline


def test_the_writers_office_before_the_name_in_a_byline_is_no_author():
    from briefing.importer.repairs import parse_byline
    assert parse_byline("文 / 企划处 张晓明") == ["张晓明"]
    assert parse_byline("文/信息中心 李明 王芳") == ["李明", "王芳"]
    assert parse_byline("文/张晓明、李明") == ["张晓明", "李明"]
    text = f"国际农业动态\n\n文 / 企划处 张晓明\n\n{P1}\n\n{MORE}\n"
    assert build_draft(text, FILE).authors == ["张晓明"]


# ---------------------------------------------------------------- a page's style sheet


def test_a_cms_style_sheet_copied_with_the_text_is_furniture_and_told():
    text = ("某县召开2024年安全生产工作会议\n\n"
            ".TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:1.5;font-family:宋体;"
            "font-size:12pt;}.TRS_Editor DIV{margin-top:0px;font-family:宋体;}\n"
            ".TRS_Editor TD{font-size:12pt;}\n\n"
            f"{P1}\n\n{MORE}\n")
    draft = build_draft(text, FILE)
    assert draft.title == "某县召开2024年安全生产工作会议"
    assert texts(draft) == [("paragraph", P1), ("paragraph", MORE)]
    assert any(r.kind == "style-sheet" and r.review for r in draft.repairs)


def test_braces_inside_a_sentence_are_the_texts_own():
    text = f"# 某县通知\n\n请按要求填报{{见附件1}}，于5月10日前报送。\n\n{MORE}\n"
    assert texts(build_draft(text, FILE))[0][1].startswith("请按要求填报")


def test_a_style_rule_in_a_markdown_code_fence_is_kept():
    text = f"# 样式说明\n\n{P1}\n\n```css\n.note P{{margin-top:0px;font-family:宋体;}}\n```\n"
    draft = build_draft(text, Path("article.md"))
    assert any("margin-top" in node.text for node in draft.nodes)


# ---------------------------------------------------------------- sibling short headings


SIBLINGS = (
    "# 某市2024年3月环境空气质量状况\n\n总体情况\n\n"
    "3月，全市环境空气质量优良天数比例为87.1%，同比上升3.2个百分点。\n\n"
    "重点区域\n\n"
    "| 区域 | 优良天数比例（%） | PM2.5浓度（μg/m³） |\n|---|---|---|\n"
    "| 城区 | 90.3 | 31 |\n| 开发区 | 83.9 | 36 |\n\n"
    "下一步工作\n\n加强扬尘污染管控，严格落实重污染天气应急减排措施。\n")


def test_a_short_line_over_a_table_is_a_heading_where_its_siblings_are():
    draft = build_draft(SIBLINGS, FILE)
    headings = [node.text for node in draft.nodes if node.kind == "heading"]
    assert headings == ["总体情况", "重点区域", "下一步工作"]


def test_a_short_line_naming_the_table_under_it_is_no_sibling_heading():
    text = SIBLINGS.replace("重点区域\n", "各区域空气质量状况\n")
    headings = [node.text for node in build_draft(text, FILE).nodes if node.kind == "heading"]
    assert "各区域空气质量状况" not in headings


# ---------------------------------------------------------------- a yearbook page's buttons


def test_a_yearbook_pages_back_and_top_buttons_at_its_foot_are_furniture():
    text = f"# 某市2023年主要经济指标\n\n{P1}\n\n{MORE}\n\n返回上级 回到顶部\n"
    draft = build_draft(text, FILE)
    assert texts(draft) == [("paragraph", P1), ("paragraph", MORE)]


# ---------------------------------------------------------------- a bilingual note


def test_a_bilingual_pages_english_note_is_a_note_too():
    text = (f"# 某市地区生产总值\n\n{P1}\n\n注：本表绝对值按当年价格计算。\n\n"
            "Note: The level data in this table are calculated at current prices.\n")
    kinds = [kind for kind, _ in texts(build_draft(text, FILE))]
    assert kinds == ["paragraph", "note", "note"]


def test_a_sentence_opening_with_note_is_no_note():
    from briefing.importer.roles import is_note
    assert not is_note("Notebook computers were sold out.")
    assert not is_note("Note that the data are provisional.")


# ---------------------------------------------------------------- a credit under the byline


def test_a_credit_under_the_byline_adds_its_name_to_the_authors():
    text = f"国际农业动态\n\n文 / 企划处 张晓明\n国际处 李明 编辑\n\n{P1}\n\n{MORE}\n"
    draft = build_draft(text, FILE)
    assert draft.authors == ["张晓明", "李明"]
    assert texts(draft) == [("paragraph", P1), ("paragraph", MORE)]
    assert any(r.kind == "byline-credit" and r.review for r in draft.repairs)


def test_a_credit_line_apart_from_the_byline_stays_in_the_text():
    text = f"国际农业动态\n\n文 / 企划处 张晓明\n\n{P1}\n\n李明 编辑\n\n{MORE}\n"
    draft = build_draft(text, FILE)
    assert draft.authors == ["张晓明"]
    assert any(text == "李明 编辑" for _, text in texts(draft))

"""Block roles inside the body, eleventh round: conventions a reader uses on texts of any
source — a document run into one line, … Each test is a made-up text of the shape."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.structure import build_draft

FILE = Path("a.txt")


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


# ---------------------------------------------------------------- a document on one line

SENTENCES = ("全镇上下坚持稳中求进,各项工作有序推进,重点项目建设取得明显成效,群众满意度持续提升。"
             "农业生产稳定,粮食播种面积保持在十万亩以上,特色产业规模不断扩大,带动农户增收。")


def test_a_preview_run_into_one_line_reads_back_its_title_lead_and_numbered_heads():
    # A document-sharing preview: title, a lead ending in 「:」 (half-width, as stored),
    # 一、 and （一） heads and the text, all one line set apart by single spaces — under
    # the 500 characters and the two sentence ends the shape needed before.
    line = ("某镇上半年重点工作情况报告 今年以来,我镇在上级的正确领导下,扎实推进各项工作,"
            "现将上半年工作情况报告如下: 一、完成情况 (一)主要经济指标完成情况 " + SENTENCES
            + SENTENCES + " (二)重点项目推进情况 " + SENTENCES * 2)
    draft = build_draft(line + "\n", FILE)
    assert draft.title == "某镇上半年重点工作情况报告"
    headings = [text for kind, text in texts(draft) if kind == "heading"]
    assert headings == ["一、完成情况", "（一）主要经济指标完成情况", "（二）重点项目推进情况"]
    assert any(r.kind == "one-line-text" and r.review for r in draft.repairs)


def test_a_speech_run_into_one_line_under_its_title_line_keeps_salutation_and_head():
    # The title on a line of its own, then the whole speech on the next: the salutation
    # and a head holding a comma come apart where the spaces stand.
    line = ("在全县安全生产会议上的讲话 同志们: 今天召开全县安全生产会议,主要任务是部署当前工作。"
            "刚才,有关部门作了发言,我都同意。 一、统一思想,提高认识 " + SENTENCES * 5)
    draft = build_draft("在全县安全生产会议上的讲话\n" + line + "\n", FILE)
    kinds = texts(draft)
    assert ("salutation", "同志们：") in kinds
    assert ("heading", "一、统一思想，提高认识") in kinds


def test_a_pdfs_wrapped_lines_run_together_are_not_split_at_their_spaces():
    # Spaces inside the words as well (a PDF's wrapped lines: 「优 良」「2021 年」): a
    # space tells no paragraph apart there, so the line is left whole.
    wrapped = ("2021 年 7 月 全 市 空 气 质 量 优 良 天 数 比 例 为 92.4% ,同 比 上 升 2.0 个 百 分 点。 "
               "一、城市空气质量状况 按 照 标 准 评 价 , 全 市 平 均 浓 度 为 16 微 克 ,同 比 下 降。 ") * 4
    draft = build_draft("某市空气质量报告\n\n当前位置: 首页\n\n" + wrapped + "\n", FILE)
    assert not any(r.kind == "one-line-text" for r in draft.repairs)


# ---------------------------------------------------------------- a section's number alone


def test_a_section_number_alone_is_that_sections_heading_never_the_title():
    # A repost without its title: the first line is the part number 「(一)」 alone; a
    # reader takes it for the part's head, not for the article's name.
    text = ("(一)\n\n" + SENTENCES + "\n\n" + SENTENCES + "\n\n(二)\n\n" + SENTENCES + "\n")
    draft = build_draft(text, FILE)
    assert draft.title == ""
    kinds = texts(draft)
    assert kinds[0] == ("heading", "（一）")
    assert ("heading", "（二）") in kinds
    assert kinds[0][0] == "heading" and draft.nodes[0].depth == 1


def test_a_chapter_number_alone_over_its_articles_is_the_chapters_heading():
    # Rules whose chapter lost its name: 「第一章」 alone over 「第一条……」.
    text = ("某县政府工作规则\n\n第一章\n\n第一条 为规范县政府工作，提高行政效能，制定本规则。\n\n"
            "第二条 县政府工作坚持依法行政。\n\n第二章 组成人员\n\n第三条 县政府由县长、副县长组成。\n\n"
            "第三章\n\n第四条 县政府实行县长负责制。\n")
    draft = build_draft(text, FILE)
    kinds = texts(draft)
    assert ("heading", "第一章") in kinds and ("heading", "第三章") in kinds
    depths = {node.text: node.depth for node in draft.nodes if node.kind == "heading"}
    # the chapters are one level, named or not
    assert depths["第一章"] == depths["第二章 组成人员"] == depths["第三章"] == 1


def test_numbers_out_of_order_in_a_long_line_are_a_list_not_a_documents_heads():
    sentence = "双方应当依照本合同的约定履行各自的义务，不得擅自变更。"
    listed = f"# 某合同\n\n{sentence * 16} 一、甲方 {sentence} 三、丙方 {sentence}\n"
    draft = build_draft(listed, FILE)
    assert not any(r.kind == "one-line-text" for r in draft.repairs)
    assert not any(node.kind == "heading" for node in draft.nodes)


# ---------------------------------------------------------------- a contents list of chapters


def test_a_list_of_chapters_begun_again_by_the_first_chapter_and_its_articles_is_contents():
    # A draft law copied with its chapter list, one name missing, then the text from its
    # first chapter: the list is the contents (the briefing makes its own).
    chapters = ["第一章", "第二章 组织机构", "第三章 工作程序", "第四章 监督管理", "第五章 法律责任",
                "第六章"]
    text = ("某市社会治理条例（草案）\n\n" + "\n\n".join(chapters) + "\n\n第一章\n\n"
            "第一条 为了规范社会治理，制定本条例。\n\n第二条 本条例适用于本市行政区域。\n")
    draft = build_draft(text, FILE)
    assert [node.text for node in draft.nodes if node.kind == "heading"] == ["第一章"]
    assert [r.kind for r in draft.repairs].count("contents") == len(chapters)


# ---------------------------------------------------------------- 主送 (GB/T 9704 7.3.2)


def test_addressees_named_by_a_group_are_the_salutation():
    from briefing.importer.roles import is_salutation

    for line in ("县直各单位：", "市政府各部门：", "县委各部委，县直各单位，各人民团体：",
                 "省直各单位、各市州：", "区直各有关单位："):
        assert is_salutation(line), line
    # a sentence about the bodies, or a lead, is no 主送 line
    for line in ("各有关部门要做好以下工作：", "具体分工如下：", "以下是访谈文字实录："):
        assert not is_salutation(line), line


def test_a_single_body_addressed_under_the_title_is_the_salutation_only_there():
    text = ("关于同意设立某某产业园的批复\n\n某政函〔2024〕12号\n\n某某县人民政府：\n\n"
            "你县《关于设立某某产业园的请示》收悉。经研究，同意设立。\n\n"
            "市发展和改革委员会：\n\n负责产业园的规划审核工作。\n")
    draft = build_draft(text, FILE)
    kinds = texts(draft)
    assert ("salutation", "某某县人民政府：") in kinds
    # the same form further down the text is a label over its paragraph, not a greeting
    assert ("paragraph", "市发展和改革委员会：") in kinds


# ---------------------------------------------------------------- a raw PDF's divider pages

WRAPPED = [
    "某某研究院是一家以信息技术为主要方向的科研机构，成立以来承担了多项国家级课",
    "题，在数据治理、知识管理和智能应用等方面积累了丰富的经验，形成了较为完整的",
    "研究体系。",
]


def raw_body(text: str) -> str:
    from briefing.importer.render import body_markdown

    return body_markdown(build_draft(text, FILE).nodes)


def test_a_divider_pages_one_line_heads_the_part_and_its_numbers_go_below_it():
    # A report's divider page holds one short line (its running foot, the report's name
    # on every page, and its folio aside); the part's page opens with its title over an
    # 一、 chapter whose 1. and （1） sit under it.
    foot = "某某地区数据政策研究报告"
    cover = ["某某地区数据政策研究报告", "", "某某研究院", "2023 年 7 月"]
    preface = ["前言", *WRAPPED * 2, foot, "1"]
    divider = ["国外数据政策总览", foot, "2"]
    part = ["亚洲国家和地区", "一、立法总体情况", *WRAPPED, "1.主要法律", *WRAPPED,
            "（1）定位", *WRAPPED, foot, "3"]
    text = "\n".join([*cover, *("\f" + "\n".join(page) for page in (preface, divider, part))
                      ]) + "\n"
    found = raw_body(text)
    assert "## 国外数据政策总览\n" in found, found
    assert "### 一、立法总体情况\n" in found, found
    assert "#### 1.主要法律\n" in found and "##### （1）定位\n" in found, found


# ---------------------------------------------------------------- siblings of one form


def test_headings_of_one_form_in_one_part_stay_siblings_when_the_first_is_lifted():
    # Bold lines sort below every numbered and '#' heading of the post; under the short
    # part 「### 指标介绍」 the first is lifted to the level under it — the second, of the
    # same form, is its sibling, not its child.
    text = ("# 某开源年度报告\n\n## 概述\n\n本报告分析全球开源生态。\n\n### 指标介绍\n\n"
            "**甲指标**\n\n甲指标衡量项目的影响力。\n\n**乙指标**\n\n乙指标衡量项目的活跃程度。\n\n"
            "## 一、总体情况\n\n全年事件数持续增长。\n\n**1、地域分布**\n\n各地开发者数量均有增长。\n")
    found = raw_body_md(text)
    assert "\n#### 甲指标\n" in found and "\n#### 乙指标\n" in found, found


def raw_body_md(text: str) -> str:
    from briefing.importer.render import body_markdown

    return body_markdown(build_draft(text, Path("a.md")).nodes)


# ---------------------------------------------------------------- a short line repeated


def test_a_short_line_standing_twice_over_paragraphs_is_a_repeated_caption_not_a_heading():
    # A news page saved as text: each photo left its caption 「活动现场」 over the next
    # paragraph. Sections are named once; the repeated line is the photos' label.
    text = ("# 某市举行科技活动周启动仪式\n\n5月20日上午，某市科技活动周启动仪式在市民广场举行。\n\n"
            "活动现场\n\n仪式上，主办方发布了本届活动周的主要安排。\n\n"
            "活动现场\n\n启动仪式后，市民参观了各类科技展品。\n")
    draft = build_draft(text, FILE)
    kinds = texts(draft)
    assert kinds.count(("caption", "活动现场")) == 2, kinds
    assert sum(1 for r in draft.repairs if r.kind == "repeated-label" and r.review) == 2


def test_one_name_under_two_sections_stays_a_heading_each_time():
    # 「总体情况」 under each section: another heading stands between, so they are no
    # siblings sharing a name.
    text = ("# 某市环境质量状况\n\n大气环境\n\n总体情况\n\n全市空气质量总体良好，优良天数比例同比上升。\n\n"
            "水环境\n\n总体情况\n\n全市地表水水质总体为优，同比保持稳定。\n")
    draft = build_draft(text, FILE)
    assert texts(draft).count(("heading", "总体情况")) == 2
    assert not any(r.kind == "repeated-label" for r in draft.repairs)


# ---------------------------------------------------------------- a 公告's contact fields


def test_a_contact_field_is_complete_and_joins_no_signer_under_it():
    from briefing.importer.repairs import may_join

    assert not may_join("电子邮箱：fzw@example.gov.cn", "某市人大常委会办公厅")
    assert not may_join("联系电话：0592-1234567", "某市人大常委会办公厅")
    assert may_join("为了进一步提高立法质量，广泛征求社会各界", "意见，现将草案向社会公开征求意见。")


def test_a_notice_signed_under_its_contact_fields_then_the_draft_it_publishes():
    text = ("关于某某条例草案公开征求意见的公告\n\n"
            "《某某条例（草案）》已经市人大常委会审议。现将草案向社会公开征求意见，欢迎提出意见建议。\n\n"
            "邮寄地址：某市某路1号\n\n电子邮箱：fzw@example.gov.cn\n\n某市人大常委会办公厅\n\n"
            "2018年11月12日\n\n某某条例\n\n第一章 总则\n\n第一条 为了规范社会信用管理，制定本条例。\n")
    draft = build_draft(text, FILE)
    kinds = texts(draft)
    assert ("signature", "某市人大常委会办公厅\n2018年11月12日") in kinds, kinds
    depths = {node.text: node.depth for node in draft.nodes if node.kind == "heading"}
    assert depths == {"某某条例": 1, "第一章 总则": 2}, depths


def test_a_line_without_punctuation_over_the_first_question_heads_the_transcript():
    text = ("# 某市新闻发布会\n\n某市昨日举行新闻发布会，市政府新闻发言人回答了中外记者提问，现整理如下。\n\n"
            "某市人民政府新闻发布会新闻发言人李某答记者问\n\n"
            "▲某某日报记者：今年的重点工作有哪些？\n\n李某：今年我们将重点推进三项工作。\n")
    draft = build_draft(text, FILE)
    assert ("heading", "某市人民政府新闻发布会新闻发言人李某答记者问") in texts(draft)


# ---------------------------------------------------------------- a document's named parts


def test_a_translators_preface_opening_the_text_is_a_part_not_the_title():
    text = ("译者序言\n\n经过译者们的共同努力，这部法律的中文译本终于完成了。\n\n"
            "第一章 一般规定\n\n第一条 本法就个人数据的处理作出规定。\n")
    draft = build_draft(text, FILE)
    assert draft.title == ""
    assert texts(draft)[0] == ("heading", "译者序言")

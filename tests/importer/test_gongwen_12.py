"""公文 structure of the twelfth round: a notice that issues another document is two
documents — the notice (title, 主送, body, 落款) and the issued one (its own title at the
top level, its 第X章 / 一、 hierarchy under it). Made-up texts of the shapes, each failing
without its rule."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.structure import build_draft

FILE = Path("article.txt")


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


def headings(draft) -> list[tuple[int, str]]:
    return [(node.depth, node.text) for node in draft.nodes if node.kind == "heading"]


# ---------------------------------------------------------------- the date alone as 落款

# A 印发 notice signed with its date alone, in 〇-numerals, right under the sentence that
# issues the document; the document follows under the name the notice's title gives it
# (「关于印发X的通知」), though the body quotes it by a shorter name.
DATE_ALONE = (
    "某县人民政府办公室关于印发某县政府信息公开工作实施办法的通知\n\n"
    "各乡镇人民政府,县政府各部门:\n\n"
    "经县政府同意,现将修订后的《某县信息公开办法》印发给你们,请认真贯彻执行。\n\n"
    "二〇一九年三月八日\n\n"
    "某县政府信息公开工作实施办法\n\n"
    "第一章 总则\n\n"
    "第一条 为规范本县政府信息公开工作,根据有关规定,制定本办法。\n\n"
    "第二章 公开的内容\n\n"
    "第二条 县政府各部门应当主动公开本部门的机构职能。\n")


def test_a_date_alone_under_the_issuing_sentence_is_the_notices_signature():
    draft = build_draft(DATE_ALONE, FILE)
    assert ("signature", "二〇一九年三月八日") in texts(draft)
    assert headings(draft) == [(1, "某县政府信息公开工作实施办法"), (2, "第一章 总则"),
                               (2, "第二章 公开的内容")]
    assert any(r.kind == "enclosed-title" and r.review for r in draft.repairs)


# The same with the document issued by 「现予印发」 (no 「给你们」), its articles unheaded.
DATE_ALONE_PREISSUED = (
    "某县人民政府办公室关于印发某县公共资源交易管理办法的通知\n\n"
    "各乡镇人民政府,县直各单位:\n\n"
    "《某县公共资源交易管理办法》已经县政府常务会议研究通过,现予印发,请遵照执行。\n\n"
    "二〇一八年九月三日\n\n"
    "某县公共资源交易管理办法\n\n"
    "第一条 为规范公共资源交易活动,制定本办法。\n\n"
    "第二条 本办法适用于本县行政区域内的公共资源交易。\n")


def test_a_date_alone_under_现予印发_is_the_notices_signature():
    draft = build_draft(DATE_ALONE_PREISSUED, FILE)
    assert ("signature", "二〇一八年九月三日") in texts(draft)
    assert headings(draft) == [(1, "某县公共资源交易管理办法")]
    assert any(r.kind == "enclosed-title" for r in draft.repairs)


# The same date alone, under a finished sentence that issues nothing, over a line the
# notice never named: no evidence of a 落款 before another document — left as it is.
DATE_ALONE_UNNAMED = (
    "某县人民政府办公室关于做好春季防火工作的通知\n\n"
    "各乡镇人民政府,县政府各部门:\n\n"
    "当前正值春季防火关键期,各单位要切实加强巡查,确保不发生火灾。\n\n"
    "二〇一九年三月八日\n\n"
    "各乡镇要在三月底前完成隐患排查,并将排查结果报县应急管理局。\n")


def test_a_date_alone_over_unnamed_text_stays_a_paragraph():
    draft = build_draft(DATE_ALONE_UNNAMED, FILE)
    assert ("paragraph", "二〇一九年三月八日") in texts(draft)
    assert not any(kind == "signature" for kind, _ in texts(draft)[:-1])


# A notice copied without its signer (the title names the issuer): the attachment list
# (附件：X), the date alone, then the attachment under its label. GB/T 9704 sets 附件说明,
# then 署名 and 成文日期: the date after the attachment list is the 落款's.
DATE_UNDER_ATTACHMENTS = (
    "某市人民政府关于表彰2019年度某某工作先进单位的通报\n\n"
    "各县、区人民政府,市直有关部门:\n\n"
    "2019年,全市某某工作取得新成效。市政府决定对先进单位予以通报表彰。\n\n"
    "希望受到表彰的单位再接再厉,为全市发展做出新贡献。\n\n"
    "附件:2019年度某某工作先进单位名单\n\n"
    "二〇二〇年三月五日\n\n"
    "附件:\n\n"
    "2019年度某某工作先进单位名单\n\n"
    "一、先进县区\n\n"
    "某县、某区\n")


def test_a_date_alone_under_the_attachment_list_is_the_notices_signature():
    draft = build_draft(DATE_UNDER_ATTACHMENTS, FILE)
    assert ("signature", "二〇二〇年三月五日") in texts(draft)


# …but the date alone under a sentence, with no attachment list above it, is not
# (test_a_date_alone_over_unnamed_text_stays_a_paragraph).


# ---------------------------------------------------------------- a 落款 after field lines

# A notice that asks for comments on a draft: the draft quoted in 《》, the contact fields
# and the deadline, the signer and date, then the draft under its own title with its
# 一、 / （一） headings.
DRAFT_FOR_COMMENT = (
    "某市交通运输局关于《某市道路运输应急预案(征求意见稿)》公开征求意见的通知\n\n"
    "为做好道路运输突发事件应对工作,我局起草了《某市道路运输应急预案(征求意见稿)》,"
    "现向社会公开征求意见。\n\n"
    "联系电话:0731-1234567\n\n"
    "意见反馈截止日期:2024年3月1日\n\n"
    "某市交通运输局\n\n"
    "2024年2月1日\n\n"
    "某市道路运输应急预案(征求意见稿)\n\n"
    "一、总则\n\n"
    "(一)编制目的\n\n"
    "为有效应对道路运输突发事件,保障人民群众生命财产安全,制定本预案。\n\n"
    "(二)适用范围\n\n"
    "本预案适用于本市行政区域内道路运输突发事件的应对工作。\n")


def test_a_signer_and_date_after_field_lines_sign_the_notice_before_the_named_draft():
    draft = build_draft(DRAFT_FOR_COMMENT, FILE)
    assert ("signature", "某市交通运输局\n2024年2月1日") in texts(draft)
    assert headings(draft) == [(1, "某市道路运输应急预案（征求意见稿）"), (2, "一、总则"),
                               (3, "（一）编制目的"), (3, "（二）适用范围")]


# ---------------------------------------------------------------- the contents' label

# The issued rules copied with their contents list under 「目 录」: the list goes (the
# briefing makes its own contents), and its label with it — not a heading over 第一章.
CONTENTS_LABEL = (
    "某市人民政府关于印发某市政务数据管理办法的通知\n\n"
    "各区人民政府,市政府各部门:\n\n"
    "现将《某市政务数据管理办法》印发给你们,请认真贯彻执行。\n\n"
    "某市人民政府\n\n"
    "2020年5月6日\n\n"
    "某市政务数据管理办法\n\n"
    "目 录\n\n"
    "第一章 总则\n\n"
    "第二章 数据采集\n\n"
    "第三章 数据共享\n\n"
    "第四章 数据安全\n\n"
    "第五章 附则\n\n"
    "第一章 总则\n\n"
    "第一条 为加强政务数据管理,制定本办法。\n\n"
    "第二章 数据采集\n\n"
    "第二条 政务部门应当按照目录采集数据。\n")


def test_a_contents_lists_label_goes_with_the_list():
    draft = build_draft(CONTENTS_LABEL, FILE)
    assert not any("目" in text and "录" in text and len(text) <= 4 for _, text in texts(draft))
    assert headings(draft) == [(1, "某市政务数据管理办法"), (2, "第一章 总则"),
                               (2, "第二章 数据采集")]
    assert any(r.kind == "contents" and r.before.replace(" ", "") == "目录"
               for r in draft.repairs)


# ---------------------------------------------------------------- an attachment's headings

# A notice whose issued plan follows as its attachment (「附件」 alone, then the title):
# the plan is a document of its own, its 1 / 1.1 headings one level under its title, as
# under the title of a document issued without the label.
ATTACHED_PLAN = (
    "某县人民政府办公室关于印发某县防汛应急预案的通知\n\n"
    "各乡镇人民政府,县直各单位:\n\n"
    "《某县防汛应急预案》已经县政府同意,现印发给你们,请认真组织实施。\n\n"
    "附件:某县防汛应急预案\n\n"
    "某县人民政府办公室\n\n"
    "2021年5月10日\n\n"
    "附件\n\n"
    "某县防汛应急预案\n\n"
    "1 总则\n\n"
    "1.1 编制目的\n\n"
    "为做好防汛工作,制定本预案。\n\n"
    "2 组织体系\n\n"
    "县防汛指挥部负责全县防汛工作。\n")


def test_an_attachments_headings_stand_one_level_under_its_title():
    draft = build_draft(ATTACHED_PLAN, FILE)
    assert ("signature", "某县人民政府办公室\n2021年5月10日") in texts(draft)
    assert headings(draft) == [(1, "某县防汛应急预案"), (2, "1 总则"), (3, "1.1 编制目的"),
                               (2, "2 组织体系")]


# ---------------------------------------------------------------- a 落款 date's zeros

# A 通报's 落款 whose year was typed with the letter O for 〇 (「二OO九年」), as Word users
# type it: still the date of the 落款.
LETTER_O_DATE = (
    "某县人民政府关于表彰2008年度安全生产先进单位的通报\n\n"
    "各乡镇人民政府,县直各单位:\n\n"
    "2008年,全县安全生产形势总体稳定。经研究,决定对10个先进单位予以通报表彰。\n\n"
    "希望受表彰的单位珍惜荣誉,再创佳绩。\n\n"
    "某县人民政府\n\n"
    "二OO九年五月二十日\n")


def test_a_signature_date_typed_with_the_letter_o_is_a_date():
    draft = build_draft(LETTER_O_DATE, FILE)
    assert texts(draft)[-1] == ("signature", "某县人民政府\n二〇〇九年五月二十日")  # the O read 〇 (letter_zero_years)
    assert str(draft.date) == "2009-05-20"


# ---------------------------------------------------------------- the name's status

# The notice issues 《某县农村公路养护管理办法》; the document follows as 「…办法(试行)」,
# its status in brackets after the name: the same document, its title.
STATUS_IN_TITLE = (
    "某县人民政府关于印发《某县农村公路养护管理办法》的通知\n\n"
    "各乡镇人民政府,县直各单位:\n\n"
    "现将《某县农村公路养护管理办法》印发给你们,请认真贯彻执行。\n\n"
    "某县人民政府\n\n"
    "2016年7月1日\n\n"
    "某县农村公路养护管理办法(试行)\n\n"
    "第一章 总则\n\n"
    "第一条 为加强农村公路养护管理,制定本办法。\n")


def test_the_issued_documents_name_with_its_status_in_brackets_is_its_title():
    draft = build_draft(STATUS_IN_TITLE, FILE)
    assert headings(draft) == [(1, "某县农村公路养护管理办法（试行）"), (2, "第一章 总则")]


# ---------------------------------------------------------------- a title over two lines

# The issued document's long title set over two lines, each a paragraph of the copy: the
# two together are the name the notice gave it, one title.
BROKEN_TITLE = (
    "中共某县委办公室 某县人民政府办公室关于印发《关于进一步加强新时代基层治理工作的实施意见》的通知\n\n"
    "各乡镇党委、政府,县直各单位:\n\n"
    "《关于进一步加强新时代基层治理工作的实施意见》已经县委、县政府同意,现印发给你们,"
    "请结合实际认真贯彻落实。\n\n"
    "中共某县委办公室\n\n"
    "某县人民政府办公室\n\n"
    "2021年9月10日\n\n"
    "关于进一步加强新时代\n\n"
    "基层治理工作的实施意见\n\n"
    "为进一步加强基层治理,提出如下实施意见。\n\n"
    "一、总体要求\n\n"
    "坚持党建引领。\n")


def test_the_issued_documents_title_over_two_lines_is_one_heading():
    draft = build_draft(BROKEN_TITLE, FILE)
    assert headings(draft) == [(1, "关于进一步加强新时代基层治理工作的实施意见"),
                               (2, "一、总体要求")]
    joined = [r for r in draft.repairs if r.kind == "join-heading"]
    assert joined and joined[0].review and "⏎" in joined[0].before


# ---------------------------------------------------------------- no 落款, no 《》

# A copy that leaves the notice's 落款 out, its body naming the document only as 「修订后的
# 办法」: the title's 「关于印发X的通知」 names it, and X follows the issuing sentence.
TITLE_NAMES_IT = (
    "某县人民政府关于印发某县政府投资项目管理办法的通知\n\n"
    "各乡镇人民政府,县直各单位:\n\n"
    "县政府对原办法进行了修订。现将修订后的办法印发给你们,请遵照执行。\n\n"
    "某县政府投资项目管理办法\n\n"
    "第一章 总则\n\n"
    "第一条 为规范政府投资行为,制定本办法。\n\n"
    "第二章 项目管理\n\n"
    "第二条 政府投资项目实行项目法人责任制。\n")


def test_the_name_in_the_notices_title_heads_the_document_after_the_issuing_sentence():
    draft = build_draft(TITLE_NAMES_IT, FILE)
    assert headings(draft) == [(1, "某县政府投资项目管理办法"), (2, "第一章 总则"),
                               (2, "第二章 项目管理")]


# ---------------------------------------------------------------- the 文号 under the title

# A document-sharing site's preview: the document's name as the page's heading, then the
# notice's title, its 发文字号 in brackets, its 主送 — the addressees under the 文号 make
# the line above the 文号 the title, not the page's short heading.
NUMBER_UNDER_TITLE = (
    "某县公文处理办法\n"
    "某县人民政府办公室关于印发某县公文处理办法的通知\n"
    "(某政办发〔2007〕22号)\n"
    "各乡镇人民政府,县直各单位:\n"
    "现将《某县公文处理办法》印发给你们,望认真贯彻执行。\n"
    "二○○七年六月五日\n"
    "某县公文处理办法\n"
    "第一章 总则\n"
    "第一条 为规范公文处理工作,制定本办法。\n")


def test_the_line_over_the_document_number_and_addressees_is_the_title():
    draft = build_draft(NUMBER_UNDER_TITLE, FILE)
    assert draft.title == "某县人民政府办公室关于印发某县公文处理办法的通知"
    assert ("signature", "二○○七年六月五日") in texts(draft)
    assert headings(draft) == [(1, "某县公文处理办法"), (2, "第一章 总则")]


# ---------------------------------------------------------------- a contact field's line

def test_a_contact_field_is_never_joined_onto_the_line_above():
    """A 公告's contact fields, one a line (「邮寄地址：…」 ⏎ 「邮　　编：…」): the address
    ends without a stop, yet the postcode field opens a line of its own — no page break
    split a sentence there."""
    from briefing.importer.repairs import may_join
    assert not may_join("邮寄地址：某市某路61号某市人大法制委员会", "邮    编：361018")
    assert not may_join("通讯地址：某县人民路1号县政府办公室", "联系电话：0591-1234567")
    # the rule is the field's, not any line's: a sentence broken mid-word still joins
    assert may_join("请于11月23日前将意见寄至某市人大法制", "委员会，并注明联系方式。")

"""Bodies of 公文, speeches and transcripts (fourteenth round, docbody.py and the passes
it feeds): conventions a reader uses on such bodies. Made-up texts of the shapes, each
failing without its rule."""

from __future__ import annotations

from pathlib import Path

from briefing.importer.docbody import spacing_is_noise
from briefing.importer.structure import build_draft

FILE = Path("article.txt")


def texts(draft) -> list[tuple[str, str]]:
    return [(node.kind, node.text) for node in draft.nodes]


# ---------------------------------------------------------------- spacing as noise

# A notice copied with runs of blank lines of every width between its blocks: its issuing
# body, its 文号, its 落款 date and a chapter head each stand between wide gaps, as every
# other block does. None of them is a photo's caption.
NOISY_SPACING = (
    "某市人民政府关于印发某市公共停车场管理办法的通知\n\n"
    "来源:某市政府网\n\n"
    "某省某市人民政府\n\n\n"
    "某政[2012]8号\n\n\n\n"
    "各县(区)人民政府,市人民政府各部门:\n\n\n"
    "《某市公共停车场管理办法》已经市政府常务会议研究通过,现印发给你们,请遵照执行。\n\n\n\n\n"
    "二○一二年三月九日\n\n\n"
    "某市公共停车场管理办法\n\n\n"
    "第一章总则\n\n\n"
    "第一条为加强公共停车场管理,制定本办法。\n\n"
    "第二条本办法适用于本市城区的公共停车场。\n\n"
    "第三条市城市管理部门负责本办法的实施。\n")


def test_wide_gaps_everywhere_make_no_caption():
    assert spacing_is_noise(NOISY_SPACING)
    draft = build_draft(NOISY_SPACING, FILE)
    kinds = texts(draft)
    assert not [text for kind, text in kinds if kind == "caption"]
    assert ("signature", "二○一二年三月九日") in kinds
    assert ("heading", "第一章总则") in kinds


# The usual shape: paragraphs one blank line apart, a short line between wide gaps —
# still a caption by its spacing.
EXCEPTIONAL_GAP = (
    "某县举办农民丰收节\n\n"
    "本报讯 9月23日,某县在某镇举办农民丰收节,展示当年的丰收成果。\n\n"
    "活动现场设置了农产品展销区,吸引了众多市民前来选购。\n\n\n"
    "丰收节现场的农产品展销区\n\n\n"
    "据了解,今年该县粮食总产量保持稳定,特色产业发展势头良好。\n\n"
    "活动持续到25日结束。\n")


def test_an_exceptional_wide_gap_still_makes_a_caption():
    assert not spacing_is_noise(EXCEPTIONAL_GAP)
    draft = build_draft(EXCEPTIONAL_GAP, FILE)
    assert ("caption", "丰收节现场的农产品展销区") in texts(draft)


# ---------------------------------------------------------------- long first-level heads

# A speech whose first part's head is a whole clause, longer than a short head may be.
LONG_HEAD = (
    "在全县秋冬季森林防火工作会议上的讲话\n\n"
    "同志们:\n\n"
    "今天召开这次会议,主要是分析当前形势,部署今冬明春的森林防火工作。\n\n"
    "一、认清当前森林防火面临的严峻形势,切实增强做好今冬明春森林防火工作的责任感和紧迫感\n\n"
    "今年入秋以来,我县降水偏少,林区可燃物大量积累,火险等级持续偏高。\n\n"
    "二、突出重点环节,全面落实各项防控措施\n\n"
    "各乡镇要严格野外用火管理,加强重点时段和重点部位的巡查。\n")


def test_a_long_first_level_line_over_its_part_is_a_heading():
    draft = build_draft(LONG_HEAD, FILE)
    heads = [node.text for node in draft.nodes if node.kind == "heading"]
    assert heads[0].startswith("一、认清当前森林防火面临的严峻形势")
    assert "二、突出重点环节，全面落实各项防控措施" in heads
    assert any(r.kind == "long-heading" and r.review for r in draft.repairs)


# …and the same at the end of a copy cut right after it.
CUT_AFTER_HEAD = LONG_HEAD.split("二、")[0].replace(
    "今年入秋以来,我县降水偏少,林区可燃物大量积累,火险等级持续偏高。\n\n", "")


def test_a_long_first_level_line_ending_a_cut_copy_is_a_heading():
    draft = build_draft(CUT_AFTER_HEAD, FILE)
    assert draft.nodes[-1].kind == "heading"


# A reply whose 一、 items are sentences: its last, cut mid-sentence, stays a paragraph.
SENTENCE_ITEMS = (
    "关于某某委员质询事项的答复\n\n"
    "一、目前各地查处违规销售行为的依据为有关法规,已责成各地加强稽查。\n\n"
    "二、另已请各地方政府将辖内学校周边列为重点稽查区域,定期通报结果。\n\n"
    "三、又针对青少年群体已透过多元管道加强危害宣导如透过社群软体行销活动及宣导影片拍摄等方式向\n")


def test_first_level_items_that_are_sentences_make_no_long_heading():
    draft = build_draft(SENTENCE_ITEMS, FILE)
    assert draft.nodes[-1].kind == "paragraph"
    assert not any(r.kind == "long-heading" for r in draft.repairs)


# ---------------------------------------------------------------- a live text's marks

# A live page's posts of a report: each opens with the speaker's tag and closes with the
# time it was posted; the salutation runs into the first post.
LIVE_TEXT = (
    "2024年1月15日上午9时,某市第十届人民代表大会第三次会议开幕,听取市长作政府工作报告。\n"
    "[某某某]:各位代表:现在,我代表市人民政府向大会报告工作,请予审议。 [09:02]\n"
    "[某某某]:一、2023年工作回顾 [09:03]\n"
    "[某某某]:过去的一年,全市经济运行稳中向好,地区生产总值增长5.6%。(掌声) [09:04]\n"
    "[某某某]:我们坚持项目为王,新开工亿元以上项目120个。 [09:06]\n"
    "[某某某]:我们坚持民生为本,城镇新增就业3.2万人。 [09:08]\n")


def test_a_live_texts_tags_and_stamps_are_taken_off_every_post():
    draft = build_draft(LIVE_TEXT, FILE)
    kinds = texts(draft)
    assert not any("[某某某]" in text or "[09:" in text for _, text in kinds)
    assert ("heading", "一、2023年工作回顾") in kinds
    assert draft.authors == ["某某某"]
    marks = [r for r in draft.repairs if r.kind == "live-text-mark"]
    assert len(marks) == 5 and marks[0].review and not marks[1].review


# Brackets the text's own words use now and then (a cited law, a time) are no live marks.
OWN_BRACKETS = (
    "某县召开安全生产工作会议\n\n"
    "[会议要求]:各单位要落实安全生产责任。\n\n"
    "会议指出,全县安全生产形势总体平稳 [2023]。\n\n"
    "会议强调,要严格落实各项措施。\n\n"
    "会议要求,各乡镇要加强隐患排查。\n")


def test_a_few_bracketed_labels_are_left_alone():
    draft = build_draft(OWN_BRACKETS, FILE)
    assert any(text.startswith("[会议要求]") for _, text in texts(draft))
    assert not any(r.kind == "live-text-mark" for r in draft.repairs)


# ---------------------------------------------------------------- run-in salutation

RUN_IN_SALUTATION = (
    "在全县教育工作会议上的讲话\n\n"
    "同志们:今天我们召开全县教育工作会议,总结去年工作,部署今年任务。\n\n"
    "过去一年,全县教育事业取得了新的进展。\n")


def test_a_salutation_run_into_the_first_paragraph_stands_on_its_own():
    draft = build_draft(RUN_IN_SALUTATION, FILE)
    kinds = texts(draft)
    assert ("salutation", "同志们：") in kinds
    assert ("paragraph", "今天我们召开全县教育工作会议，总结去年工作，部署今年任务。") in kinds
    assert any(r.kind == "run-in-salutation" and r.review for r in draft.repairs)


# A web copy sets spaces (its &emsp; indent) between the salutation and the words after it.
RUN_IN_SALUTATION_SPACED = (
    "县长在教师节座谈会上的讲话\n\n"
    "尊敬的各位老师,同志们:  金秋时节,我们迎来了第28个教师节。\n\n"
    "多年来,全县教育事业取得了长足发展。\n")


def test_a_run_in_salutation_followed_by_spaces_stands_on_its_own():
    kinds = texts(build_draft(RUN_IN_SALUTATION_SPACED, FILE))
    assert ("salutation", "尊敬的各位老师，同志们：") in kinds
    assert ("paragraph", "金秋时节，我们迎来了第28个教师节。") in kinds


# ---------------------------------------------------------------- 落款 above a download link

# A notice's page ends with its 落款, then the page's link to the attachment, labelled.
SIGNED_THEN_LINK = (
    "某镇人民政府关于表彰2023年度安全生产先进单位的通知\n\n"
    "各村(社区),镇属各单位:\n\n"
    "2023年,全镇安全生产形势平稳。经研究,决定对某村等5个先进单位予以表彰。\n\n"
    "附件:2023年度安全生产先进单位名单\n"
    "某县某镇人民政府\n"
    "2024年2月6日\n"
    "下载附件:附件1.docx\n")


def test_a_labelled_download_link_under_the_signature_is_dropped():
    draft = build_draft(SIGNED_THEN_LINK, FILE)
    kinds = texts(draft)
    assert kinds[-1] == ("signature", "某县某镇人民政府\n2024年2月6日")
    # The line is dropped and named in the report: by the web frame's link fields
    # (webframe/furniture.py, a link's label and its file) or, failing that, by docbody's
    # download-link pass.
    assert any(r.kind in ("download-link", "web-furniture") and "下载附件" in r.before
               for r in draft.repairs)
    assert not any("下载附件" in text for _, text in kinds)


# ---------------------------------------------------------------- contents of bare heads

# A notice issuing a plan, copied with the plan's contents list: chapter lines that lost
# their numbers between numbered clause heads, no text under any; then the plan, whose
# heads begin again with the same words.
PLAN_WITH_CONTENTS = (
    "某县人民政府办公室关于印发某县防汛应急预案的通知\n\n"
    "各乡镇人民政府,县直各部门:\n\n"
    "现将《某县防汛应急预案》印发给你们,请认真贯彻执行。\n\n"
    "某县人民政府办公室\n\n"
    "2022年5月6日\n\n"
    "某县防汛应急预案\n\n"
    "总则\n\n"
    "1.1 编制目的\n\n"
    "1.2 适用范围\n\n"
    "组织机构\n\n"
    "2.1 指挥部\n\n"
    "2.2 成员单位\n\n"
    "3  附则\n\n"
    "1 总则\n\n"
    "1.1 编制目的\n\n"
    "为做好全县防汛工作,最大限度减轻洪涝灾害损失,制定本预案。\n\n"
    "1.2 适用范围\n\n"
    "本预案适用于全县境内洪涝灾害的预防和应急处置。\n")


def test_a_contents_list_of_bare_heads_that_the_plan_repeats_is_left_out():
    draft = build_draft(PLAN_WITH_CONTENTS, FILE)
    heads = [node.text for node in draft.nodes if node.kind == "heading"]
    assert heads[-3:] == ["1 总则", "1.1 编制目的", "1.2 适用范围"]
    assert heads.count("1.1 编制目的") == 1 and "2.1 指挥部" not in heads
    assert not any(text in ("总则", "组织机构") for _, text in texts(draft))
    left_out = [r for r in draft.repairs if r.kind == "contents"]
    assert [r.before for r in left_out][:2] == ["总则", "1.1 编制目的"]
    assert left_out[0].review and not left_out[1].review
    assert not any(d.kind == "empty-heads" for d in draft.doubts)


# Bare heads that nothing repeats (a copy that lost their text): kept, and told.
LOST_TEXT = (
    "某县应急预案\n\n"
    "本预案规定了全县突发事件的应对工作。\n\n"
    "1.1 编制目的\n\n"
    "1.2 编制依据\n\n"
    "1.3 适用范围\n\n"
    "1.4 工作原则\n\n"
    "1.5 预案体系\n\n"
    "各乡镇要结合实际制定本地预案。\n")


def test_a_run_of_bare_heads_nothing_repeats_is_kept_and_told():
    draft = build_draft(LOST_TEXT, FILE)
    heads = [node.text for node in draft.nodes if node.kind == "heading"]
    assert "1.5 预案体系" in heads
    assert [d.line for d in draft.doubts if d.kind == "empty-heads"] == [5]


# ---------------------------------------------------------------- 导读 as a part's name

# A transcript's page: the bare word 导读 names the part above the summary, as 导语 and
# 前言 do; 「导言：」 with its colon still introduces an editor's pull-quote.
GUIDE_PART = (
    "文字实录|某市召开3月例行新闻发布会\n\n"
    "导读\n\n"
    "近日,某市召开3月例行新闻发布会,介绍全市一季度经济运行情况。\n\n"
    "主持人:各位记者朋友,大家上午好!欢迎参加今天的新闻发布会。\n")


def test_a_bare_导读_line_is_a_part_heading():
    draft = build_draft(GUIDE_PART, FILE)
    kinds = texts(draft)
    assert ("heading", "导读") in kinds
    assert not any(node.box for node in draft.nodes)


def test_导言_with_its_colon_still_opens_the_editors_note():
    draft = build_draft(GUIDE_PART.replace("导读\n", "导言:\n"), FILE)
    assert any(node.box == "editor-note" for node in draft.nodes)


# ---------------------------------------------------------------- the issued document's title

# A notice whose 落款 the copy garbled (the date's 年月日 were images), its 附注 between
# signer and date: the plan it issues still heads the rest, under the name the notice
# gives it.
GARBLED_SIGNATURE = (
    "某县人民政府办公室关于印发某县森林火灾应急预案的通知\n\n"
    "各乡镇人民政府,县直有关部门:\n\n"
    "经县人民政府同意,现将《某县森林火灾应急预案》印发给你们,请认真贯彻执行。\n\n"
    "某县人民政府办公室\n\n"
    "(此件公开发布)\n\n"
    "{ 2019 4 2\n\n"
    "某县森林火灾应急预案\n\n"
    "1 总则\n\n"
    "1.1 编制目的\n\n"
    "为有效预防和处置森林火灾,保护森林资源,制定本预案。\n")


def test_the_issued_title_under_a_garbled_signature_heads_the_document():
    draft = build_draft(GARBLED_SIGNATURE, FILE)
    heads = [(node.depth, node.text) for node in draft.nodes if node.kind == "heading"]
    assert heads == [(1, "某县森林火灾应急预案"), (2, "1 总则"), (3, "1.1 编制目的")]
    # …and the short lines above it are the notice's 落款, its 附注 between them
    kinds = texts(draft)
    at = kinds.index(("signature", "某县人民政府办公室"))
    assert kinds[at + 1:at + 3] == [("paragraph", "（此件公开发布）"), ("signature", "{ 2019 4 2")]
    assert any(r.kind == "signature" and r.review and "no date" in r.note
               for r in draft.repairs)


# ---------------------------------------------------------------- turns told, not set

# A press conference's copy whose labels run into the turns: told in one doubt naming
# each speaker's first turn, the text left as it is.
INLINE_TURNS = (
    "某市统计局就一季度经济运行情况答记者问\n\n"
    "来源:某市统计局网站\n\n"
    "主持人:各位记者朋友,大家上午好!今天请市统计局局长介绍一季度经济运行情况。\n\n"
    "某市电视台记者:请问一季度全市经济运行有哪些特点?\n\n"
    "张某某:谢谢你的提问。一季度全市经济运行总体平稳,稳中有进。\n\n"
    "某市电视台记者:请问下一步有哪些打算?\n\n"
    "张某某:下一步,我们将继续做好统计监测工作。\n")


def test_turns_whose_labels_run_into_their_words_are_told_once():
    draft = build_draft(INLINE_TURNS, FILE)
    assert all(not node.text.startswith("**") for node in draft.nodes)
    told = [d for d in draft.doubts if d.kind == "unmarked-turns"]
    assert len(told) == 1
    assert [line.split("：")[0] for line in told[0].before.split("\n")] == [
        "主持人", "某市电视台记者", "张某某"]


# Run-in leads of a bulletin (「经济增长：…」) name no host or reporter: no transcript.
BULLETIN_LEADS = (
    "某市2023年国民经济和社会发展统计公报\n\n"
    "经济增长:初步核算,全年全市地区生产总值1200亿元,比上年增长5.2%。\n\n"
    "就业:年末全市城镇新增就业2.1万人。\n\n"
    "物价:全年居民消费价格比上年上涨0.4%。\n")


def test_run_in_leads_of_a_bulletin_are_no_turns():
    draft = build_draft(BULLETIN_LEADS, FILE)
    assert not [d for d in draft.doubts if d.kind == "unmarked-turns"]


def test_a_datelines_reporter_is_no_speaker():
    text = ("某地举办非遗展\n\n"
            "某某日报北京6月16日电 记者 王某某:6月15日,某地非遗展在京开幕。\n\n"
            "展览将持续到6月30日。\n")
    draft = build_draft(text, FILE)
    assert not [d for d in draft.doubts if d.kind == "unmarked-turns"]


# A notice copied without its 落款: the attachment's label 「附件1」 between the issuing
# sentence and the attached document's title is no signature (the label and the title
# are the attachment's head, read before the 落款 is looked for).
ATTACHMENT_NO_SIGNATURE = (
    "某县人民政府办公室关于印发某县森林火灾应急预案的通知\n\n"
    "各乡镇人民政府,县直有关部门:\n\n"
    "经县人民政府同意,现将《某县森林火灾应急预案》印发给你们,请认真贯彻执行。\n\n"
    "附件1\n\n"
    "某县森林火灾应急预案\n\n"
    "1 总则\n\n"
    "为有效预防和处置森林火灾,保护森林资源,制定本预案。\n")


def test_an_attachment_label_above_the_issued_title_is_no_signature():
    draft = build_draft(ATTACHMENT_NO_SIGNATURE, FILE)
    assert not [text for kind, text in texts(draft) if kind == "signature"]


# An award notice's item naming its units, set apart by 、, is no head however it ends.
UNITS_ITEM = (
    "某市人民政府关于表彰2023年度安全生产先进单位的通报\n\n"
    "各县(区)人民政府,市政府各部门:\n\n"
    "经研究,决定对以下单位予以通报表彰。\n\n"
    "一、某某县应急管理局、某某区应急管理局、某某县消防救援大队、某某区市场监督管理局\n\n"
    "希望受表彰的单位珍惜荣誉,再接再厉。\n")


def test_a_first_level_item_listing_units_is_no_long_head():
    draft = build_draft(UNITS_ITEM, FILE)
    assert not any(r.kind == "long-heading" for r in draft.repairs)


def test_a_live_texts_role_tag_is_taken_off_but_names_no_author():
    text = LIVE_TEXT.replace("[某某某]", "[主持人]")
    draft = build_draft(text, FILE)
    assert not any("[主持人]" in node.text for node in draft.nodes)
    assert draft.authors == []

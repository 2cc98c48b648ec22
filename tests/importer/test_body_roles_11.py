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

"""The fifty-fifth round (issue 11): made-up texts of the shapes that went wrong on the
seventy-seventh and seventy-eighth sets, scored once in the forty-first stop.

A law site's copy of a 通知 forwarding a 通报, stored on one line: the title, the 主送, the
text, the 落款 date, 「附：」, the attached 通报's title and its own 主送, each set apart from
the next by a single space. With no numbered section (一、 （一）) in it, the line was read as
one paragraph — title, salutation and date lost in it; and a 公文's title longer than a
head's piece (「…转发…关于…的通报的通知」) stopped the reading.
"""

from __future__ import annotations

from conftest import front_matter, import_text

FORWARDED = (
    "某市人民政府办公厅转发省环境保护联席会议办公室关于督查组对全省专项行动督查情况的通报的通知 "
    "各县、区人民政府,市政府各有关部门: 今年10月9日至12日, 督查组对我市专项行动进行了现场检查,"
    "并听取了市政府的工作汇报。10月12日,督查组向省、市政府反馈了督查意见。现将通报转发给你们,"
    "请结合实际,认真研究,切实整改。 二○一九年十月二十一日 附: "
    "关于督查组对全省专项行动督查情况的通报 各市州人民政府: 根据省政府的安排,督查组于10月9日"
    "至12日对全省专项行动工作进行了督查,检查了三个市的十二家企业。督查组认为,各地行动有力,"
    "成效明显。同时也指出,个别企业仍存在超标排放、治理设施运行不正常等问题,部分地方监管不到位,"
    "整改措施落实不够有力。督查组要求,各地要以这次督查为契机,进一步加大工作力度,对发现的问题逐一"
    "建立台账,限期整改到位,并将整改情况于11月底前报送省联席会议办公室。对整改不力、问题突出的地方"
    "和企业,将予以通报批评,并依法依规严肃处理。\n")


def test_a_notice_on_one_line_without_numbered_sections_is_read_back(tmp_path):
    result, body = import_text(tmp_path, FORWARDED, "notice.txt")
    meta = front_matter(result)
    assert meta["title"].startswith("某市人民政府办公厅转发") and meta["title"].endswith("的通知")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    assert "::: salutation\n各县、区人民政府，市政府各有关部门：\n:::" in paragraphs
    assert any(p.startswith("今年10月9日至12日") and p.endswith("切实整改。") for p in paragraphs)
    assert "附：" in paragraphs  # the date and 「附：」 each a piece of their own
    assert "关于督查组对全省专项行动督查情况的通报" in "\n".join(
        p for p in paragraphs if "各市州" not in p)  # the attachment's title apart
    assert "::: salutation\n各市州人民政府：\n:::" in paragraphs
    assert any(r.kind == "one-line-text" for r in result.repairs)


def test_one_long_paragraph_under_its_title_stays_one(tmp_path):
    """A text whose one paragraph puts a space after its sentences, under a title line of
    its own: no line run together — left as it is."""
    paragraph = ("今年以来，全区上下围绕年初目标，扎实推进各项工作。 经济运行总体平稳，"
                 "重点项目进展顺利。 民生保障持续加强，群众满意度不断提升。 下一步，"
                 "我们将继续加大工作力度，确保全年目标任务圆满完成。") * 3
    result, body = import_text(tmp_path, "某区上半年工作情况\n\n" + paragraph + "\n",
                               "report.txt")
    assert not any(r.kind == "one-line-text" for r in result.repairs)
    assert paragraph.split("。 ")[1] not in [p.strip() for p in body.split("\n\n")]

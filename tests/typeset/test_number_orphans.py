"""A paragraph's last line holding only a number with its unit and stop (「93.5%。」 under
「…通榆县城空气质量状况为优良的天数为29天，优」 in a 通榆 bulletin's reprint): the orphan
guard kept the last two Han characters with what follows them only when that tail was
at most 6 characters (rules.ORPHAN_TAIL_MAX), so 「良率93.5%。」 (8) was not guarded and the
number went down alone. A number's tail is now guarded up to 16 characters
(rules.ORPHAN_NUMBER_MAX): the two Han characters before the number go down with it.
preflight names such a last line. Made-up paragraphs, measured from glyph positions."""

from __future__ import annotations

import pytest
from conftest import write_briefing
from pdfread import paragraph_lines

from briefing.build import build
from briefing.preflight import measure
from briefing.resources import TEMPLATES_DIR
from briefing.typeset import rules

FILL = "全市生态环境系统坚持以习近平生态文明思想为指导深入打好污染防治攻坚战推动生态环境质量持续改善"
SENTENCE = "在本月监测的31天中，城区空气质量状况为优良的天数为29天，优良率93.5%。"


def last_lines(path) -> list[str]:
    """Each body paragraph's last line (paragraphs start with 全市 or 在本月)."""
    return [p[-1] for p in paragraph_lines(path, ("全市", "在本月")) if len(p) > 1]


def body(sentence: str = SENTENCE) -> str:
    # every length of filler before the sentence, so that in some paragraph the number
    # falls at the start of a line
    return "\n\n".join(FILL[:k] + sentence for k in range(0, 34, 1)) + "\n"


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_no_last_line_of_a_number_alone(template, tmp_path):
    front = (f"---\ntitle: 测试\ndate: 2021-03-19\ntemplate: {template}\n"
             "jianbao: {name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}\n---\n")
    pdf = build(write_briefing(tmp_path / "brief", body(), front=front),
                tmp_path / "on.pdf").output
    lasts = last_lines(pdf)
    assert len(lasts) >= 20
    assert not [line for line in lasts if rules.number_alone(line)], lasts
    # where the number went down, the two characters before it went with it
    assert any(line == "良率93.5%。" for line in lasts), lasts
    assert not [v for v in measure(pdf).violations if v.kind == "single-character-last-line"]


def test_preflight_names_a_number_alone(tmp_path):
    # the same text without the typesetting layer: plain WeasyPrint leaves 「93.5%。」 alone
    folder = write_briefing(tmp_path / "brief", body())
    off = tmp_path / "off" / "reprint"
    off.mkdir(parents=True)
    css = (TEMPLATES_DIR / "reprint" / "style.css").read_text("utf-8")
    (off / "style.css").write_text(css + "\nhtml { --briefing-typeset: off; }\n", "utf-8")
    plain = build(folder, tmp_path / "off.pdf", template_dirs=[tmp_path / "off"]).output
    alone = [line for line in last_lines(plain) if rules.number_alone(line)]
    assert alone
    named = [v for v in measure(plain).violations
             if v.kind == "single-character-last-line" and v.detail == "a number alone"]
    assert sorted(v.text for v in named) == sorted(alone)


@pytest.mark.parametrize(("text", "tail"), [
    ("天数为29天，优良率93.5%。", "良率93.5%。"), ("优良率93.5%。”", "良率93.5%。”"),
    ("收入增长16398.12万元。", "增长16398.12万元。"), ("同比下降2.3个百分点。", "下降2.3个百分点。"),
    ("这是最后一段话。”", "段话。”"),  # as before: two Han characters and their marks
    ("系统（Information technology - Part 1：Systems）", None)])
def test_the_guard_takes_two_han_characters_before_a_number(text, tail):
    start = rules.orphan_guard_start(text)
    assert (text[start:] if start is not None else None) == tail


@pytest.mark.parametrize(("line", "alone"), [
    ("93.5%。", True), ("16398.12万元。", True), ("29天。", True), ("−1.2个百分点）。", True),
    ("良率93.5%。", False), ("2021年12月", False), ("PM2.5", False)])
def test_number_alone(line, alone):
    assert rules.number_alone(line) is alone


@pytest.mark.parametrize(("text", "open_"), [
    ("同比上升2.3个百分点。", ["同比上升2.3个|百分点。"]),  # 百分点 is two Han and more
    ("产能达300万吨/年。", []),  # 「年。」 alone would be one character
    ("优良率93.5%。", [])])
def test_the_guard_leaves_a_soft_break_open_above_two_han(text, open_):
    guarded = set(range(rules.orphan_guard_start(text), len(text) - 1))
    left = sorted(guarded - rules.orphan_bans(text))
    assert [text[:i + 1] + "|" + text[i + 1:] for i in left] == open_

"""A loose line before a unit kept whole (issue 11): 「…同比上升」 / 「2.3个百分点。」 left
the first line with over a quarter em between its characters in jianbao (28 characters a
line), compressing its marks and hanging did not help, and preflight named it "before a
number and unit wider than their slack". The layer's last means
(briefing/weasy/layout_patches.py `_relax`): the line laid out again with the soft bans
inside a unit lifted — between a measure word 个 or a magnitude and a unit word of two or
more characters (rules.soft_bans): 「…同比上升2.3个」 / 「百分点。」, the number with its
measure word, the unit word whole. Only where the line would otherwise stand loose; a
line that is tight keeps 「2.3个百分点」 whole. Measured from glyph positions."""

from __future__ import annotations

import re

import pdfplumber
import pytest
from conftest import write_briefing

from briefing.build import build
from briefing.preflight import measure
from briefing.typeset import rules

FILL = "全市生态环境系统坚持以习近平生态文明思想为指导深入打好污染防治攻坚战"
SENTENCE = "优良天数比例为98.9%，低于全省平均水平0.1个百分点，同比上升2.3个百分点。"
FRONT = ("---\ntitle: 测试\ndate: 2021-03-19\ntemplate: jianbao\n"
         "jianbao: {name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}\n---\n")
# With 19 and 20 characters before it, the sentence's second line ended 「同比上升」 and
# stood loose (0.28 em) before 「2.3个百分点。」; with 2 and 3, the paragraph sets tight.
LOOSE, TIGHT = (19, 20), (2, 3)


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    root = tmp_path_factory.mktemp("units")
    body = "\n\n".join(FILL[:k] + SENTENCE for k in TIGHT + LOOSE) + "\n"
    return build(write_briefing(root / "units", body, front=FRONT), root / "units.pdf").output


def paragraph_lines(path) -> list[list[str]]:
    """Each body paragraph's lines (white space removed), from the glyphs' positions."""
    with pdfplumber.open(path) as document:
        chars = [c for page in document.pages for c in page.chars
                 if c["text"].strip() and round(c["size"]) == 16]
    rows: dict[tuple[int, int], list[dict]] = {}
    for c in chars:
        rows.setdefault((c["page_number"], round(c["top"])), []).append(c)
    lines = ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
             for _, row in sorted(rows.items())]
    paragraphs, current = [], []
    for line in lines:
        if line.startswith("全市"):
            current = []
            paragraphs.append(current)
        if paragraphs:
            current.append(line)
    return paragraphs


def test_no_loose_line_before_a_unit(pdf):
    report = measure(pdf)
    assert report.loose_lines == [] and report.forced_loose_lines == []
    assert not [v for v in report.violations if v.kind == "number-unit-split"]


def test_the_unit_word_breaks_after_its_measure_word_only_where_needed(pdf):
    paragraphs = paragraph_lines(pdf)
    assert len(paragraphs) == len(TIGHT + LOOSE)
    for k, lines in zip(TIGHT + LOOSE, paragraphs, strict=True):
        text = "\n".join(lines)
        if k in LOOSE:
            # the break falls between 个 and 百分点: the number keeps 个, the word is whole
            assert re.search(r"2\.3个\n百分点。$", text), (k, lines)
        else:
            assert "2.3个百分点。" in text.replace("\n", ""), (k, lines)
            assert "个\n百分点" not in text, (k, lines)


@pytest.mark.parametrize(("text", "soft"), [
    ("低于全省0.1个百分点，", ["低于全省0.1个|百分点，"]),
    ("发电量3.5万千瓦时", ["发电量3.5万|千瓦时"]),
    ("减少12个小时", ["减少12个|小时"]),
    ("共281天", []), ("增长3亿元", []), ("百分点", []),
    ("59.1微克/立方米", ["59.1微克/|立方米"])])
def test_soft_bans(text, soft):
    assert [text[:i + 1] + "|" + text[i + 1:] for i in sorted(rules.soft_bans(text))] == soft
    relaxed = set(rules.no_break_pairs(text, relaxed=True))
    assert relaxed == set(rules.no_break_pairs(text)) - rules.soft_bans(text)


@pytest.mark.parametrize(("before", "after", "split"), [
    ("上升0.1个", "百分点", False), ("上升0.1", "个百分点", True), ("上升0.1个百", "分点", True),
    ("增长3.5万", "千瓦时", False), ("增长3.5", "万千瓦时", True)])
def test_preflight_accepts_the_soft_break_only(before, after, split):
    assert rules.splits_number_unit(before, after) is split

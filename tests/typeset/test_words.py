"""Words the layer never breaks or spreads, measured on built PDFs (glyph positions via
pdfplumber): a compound unit with its number and sign (「个百 / 分点」 never), a range's
dash (「1—12月」 tight and unbroken)."""

from __future__ import annotations

import re

import pytest
from pdfread import page_glyphs

from briefing.build import build

JIANBAO_FRONT = """\
---
title: 测试简报标题
date: 2021-03-19
template: jianbao
jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, date: 2022-01-20}
---
"""

SENTENCE = "全市优良天数比例为79.6%，同比上升2.0个百分点。"
# Narrow change cells: each change is wider than its column (the jianbao's 「上升2.0个百/分点」).
UNITS = ("个百分点", "亿千瓦时", "万吨/年", "微克/立方米", "万千瓦时")
FIGURES = f"""\
groups:
  - id: air
    title: 大气环境质量
    rows:
      - {{label: 优良天数比例, value: 79.6, unit: '%', change: 上升2.0个百分点, source: {SENTENCE}}}
      - {{label: 重污染天数比例, value: 1.2, unit: '%', change: 下降1.2个百分点, source: {SENTENCE}}}
      - {{label: 全社会用电量, value: 120, unit: 亿千瓦时, change: 增长3.2亿千瓦时, source: {SENTENCE}}}
      - {{label: 焦化产能, value: 140, unit: 万吨/年, change: 压减50万吨/年, source: {SENTENCE}}}
      - {{label: 二氧化硫浓度, value: 9, unit: 微克/立方米, change: 下降1.5微克/立方米,
          source: {SENTENCE}}}
      - {{label: 光伏发电量, value: 3.6, unit: 亿千瓦时, change: 同比增加120.5万千瓦时,
          source: {SENTENCE}}}
"""
# Ranges between numbers, often enough that some fall at line ends and in lines that
# justification widens.
RANGES = ("1—12月", "2021—2025年", "80%～100%", "1－5月", "50%~80%")
PARAGRAPH = ("1—12月，全市完成投资同比增长12.5%，2021—2025年规划项目80%～100%已开工；"
             "1－5月新开工项目占比在50%~80%之间，其余项目正在推进，各地")


def _lines(pdf) -> list[list[dict]]:
    """Every line of every page: glyphs grouped by their baseline, left to right."""
    lines = []
    for chars in page_glyphs(pdf):
        rows: dict[float, list[dict]] = {}
        for char in chars:
            rows.setdefault(round(char["bottom"]), []).append(char)
        lines.extend(sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items()))
    return lines


def _find(lines, word: str) -> list[tuple[int, int]]:
    """(line, start) of each occurrence of `word`, whole or split over two lines."""
    found = []
    for number, line in enumerate(lines):
        text = "".join(c["text"] for c in line)
        following = "".join(c["text"] for c in lines[number + 1]) if number + 1 < len(
            lines) else ""
        for match in re.finditer(re.escape(word[:2]), text):
            joined = text[match.start():] + following
            if joined.startswith(word):
                found.append((number, match.start()))
    return found


@pytest.fixture(scope="module")
def units_pdf(tmp_path_factory):
    from conftest import write_briefing

    root = tmp_path_factory.mktemp("units")
    folder = write_briefing(root / "brief", f"{SENTENCE}\n\n" + PARAGRAPH * 12 + "。\n",
                            front=JIANBAO_FRONT, figures=FIGURES)
    return build(folder, root / "units.pdf").output


def test_a_compound_unit_stays_on_one_line_in_a_narrow_table_cell(units_pdf):
    lines = _lines(units_pdf)
    for unit in UNITS:
        found = _find(lines, unit)
        assert found, unit
        for number, start in found:
            text = "".join(c["text"] for c in lines[number])
            assert text[start:].startswith(unit), (
                f"「{unit}」 broken: 「{text[start:]}」 / "
                f"「{''.join(c['text'] for c in lines[number + 1])[:6]}」")
    # and with its number: 「上升2.0 / 个百分点」 never either
    for number, start in _find(lines, "2.0个百分点"):
        text = "".join(c["text"] for c in lines[number])
        assert text[start:].startswith("2.0个百分点")


def test_a_range_dash_sits_tight_and_unbroken(units_pdf):
    lines = _lines(units_pdf)
    checked = 0
    for line_number, line in enumerate(lines):
        text = "".join(c["text"] for c in line)
        for match in re.finditer(r"(?<=[0-9%年月])[—～~－](?=[0-9])", text):
            dash = match.start()
            before, mark, after = line[dash - 1], line[dash], line[dash + 1]
            size = mark["size"]
            # no Han/Latin gap, no justification space on either side of the dash
            assert mark["x0"] - before["x1"] < 0.02 * size, (text, before, mark)
            assert after["x0"] - mark["x1"] < 0.02 * size, (text, mark, after)
            checked += 1
        # never at a line's end or start
        assert not re.search(r"[0-9%][—～~－]$", text), text
        if line_number:
            previous = "".join(c["text"] for c in lines[line_number - 1])
            assert not (re.search(r"[0-9%]$", previous) and re.match(r"[—～~－][0-9]", text)), (
                previous, text)
    assert checked >= 5 * len(RANGES)


def test_an_imported_formula_is_printed_subscripted(tmp_path):
    """The importer's repair (unit_markup) marks SO2's count up; the built page sets it
    smaller and lower than its letters, as PM2.5's."""
    from conftest import import_text

    text = ("# 2021年7月空气质量\n\n全市SO2平均浓度为7μg/m3，NO2平均浓度为14μg/m3，"
            "O3浓度同比上升1.5%；5G基站和A4纸张不受影响。\n")
    result, body = import_text(tmp_path, text, "air.txt")
    assert "SO<sub>2</sub>" in body and "5G" in body
    chars = [c for page in page_glyphs(build(result.folder, tmp_path / "air.pdf").output)
             for c in page]
    text = "".join(c["text"] for c in chars)
    for formula in ("SO2", "NO2", "O3"):
        at = text.index(formula + ("平" if formula != "O3" else "浓"))
        letter, count = chars[at + len(formula) - 2], chars[at + len(formula) - 1]
        assert count["size"] < 0.8 * letter["size"], formula
        assert count["bottom"] > letter["bottom"] + 0.5, formula  # below the baseline
    five, g = chars[text.index("5G")], chars[text.index("5G") + 1]
    assert five["size"] == g["size"] and abs(five["bottom"] - g["bottom"]) < 0.1


def test_a_key_figure_label_sets_its_substance_subscripted(sample_pdf):
    """figures.yaml keeps labels as plain text (「PM2.5平均浓度」); the table prints the
    substance as the body does, 2.5 smaller and below the line (the subscripts filter)."""
    chars = [c for page in page_glyphs(sample_pdf) for c in page]
    found = [(chars[i], chars[i + 1]) for i in range(1, len(chars) - 2)
             if [c["text"] for c in chars[i - 1:i + 3]] == ["P", "M", "2", "."]]
    sizes = {round(letter["size"]) for letter, _ in found}
    assert {10, 12} <= sizes  # the key-figure table (10 pt) and the body (12 pt)
    for letter, digit in found:
        # smaller, and its box reaches below the letter's (a subscript, not a small digit)
        assert digit["size"] < 0.8 * letter["size"] and digit["bottom"] > letter["bottom"] + 0.2


def test_the_subscripts_filter_escapes_and_marks_only_substances():
    from briefing.substances import with_subscripts

    assert str(with_subscripts("PM2.5与SO2<5G>")) == \
        "PM<sub>2.5</sub>与SO<sub>2</sub>&lt;5G&gt;"

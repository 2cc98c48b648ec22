"""An airy line (issue 14): a justified line whose every gap stays within a quarter em
but whose slack is spread over the whole line (均排), because the number and unit after
it (「0.2个百分点，」, kept whole) did not fit. The layer lays such a line out again
squeezed — marks at half width, Han/Latin gaps at an eighth em (CLREQ: compress
punctuation, then push in) — and keeps it when it is less spread
(briefing/weasy/layout_patches.py `_next_linebox`). Measured from glyph positions."""

from __future__ import annotations

import statistics

import pdfplumber
import pytest

from briefing.build import build
from briefing.cjk import is_han
from briefing.preflight import measure

# The line of b-news-rednet-2018-kongqi (tuning corpus) that printed airy in reprint: the
# paragraph's first line, 「长株潭区域3个城市平均优良天数比例为98.9%，低于全省平均水平」,
# with 「0.2个百分点，」 pushed to the next line and a quarter em between every character.
AIRY = ("长株潭区域3个城市平均优良天数比例为98.9%，低于全省平均水平0.2个百分点，与上年同比"
        "上升5.4个百分点；除PM<sub>10</sub>和CO以外，长株潭其余污染物浓度均高于全省均值。")
OTHER = ("2017年，全省14个市州城市环境空气质量平均优良天数比例为81.1%，同比下降2.2个百分点；"
         "细颗粒物平均浓度为44微克/立方米，同比下降6.4%，各地持续推进大气污染防治工作。")
FRONT = "---\ntitle: 湖南空气质量状况\ndate: 2018-01-20\ntemplate: reprint\n---\n"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    from conftest import write_briefing

    root = tmp_path_factory.mktemp("airy")
    folder = write_briefing(root / "kongqi", f"{OTHER}\n\n{AIRY}\n\n{OTHER}\n", front=FRONT)
    return build(folder, root / "kongqi.pdf").output


def _lines(path) -> list[list[dict]]:
    with pdfplumber.open(path) as document:
        chars = [c for c in document.pages[0].chars if c["text"].strip() and c["size"] > 11]
    rows: dict[int, list[dict]] = {}
    for char in chars:
        rows.setdefault(round(char["top"]), []).append(char)
    return [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items())]


def _han_gaps(line: list[dict]) -> list[float]:
    return [b["x0"] - a["x1"] for a, b in zip(line, line[1:], strict=False)
            if is_han(a["text"]) and is_han(b["text"])]


def test_the_line_takes_in_its_number_and_unit_and_is_not_airy(pdf):
    lines = _lines(pdf)
    [line] = [row for row in lines if "".join(c["text"] for c in row).startswith("长株潭区域")]
    text = "".join(c["text"] for c in line)
    assert "0.2个百分点" in text, text  # what had been pushed overleaf fits, squeezed
    # The body's normal gap between Han characters: the median over the full lines.
    body = [gap for row in lines if len(row) > 30 for gap in _han_gaps(row)]
    normal = max(statistics.median(body), 0.0)
    size = line[0]["size"]
    widest = max(_han_gaps(line))
    assert widest <= 2 * normal + 0.05 * size, (widest, normal)  # it was 0.25 em


def test_preflight_finds_no_airy_or_loose_line(pdf):
    report = measure(pdf)
    assert report.airy_lines == [] and report.loose_lines == []
    assert report.violations == [], [str(v) for v in report.violations]

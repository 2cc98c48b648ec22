"""The Han–Latin gap sees through sub- and superscripts (typesetting.md: a quarter em
between Han and Latin letters or digits): 「PM₁₀ 浓度」, 「O₃ 浓度」, 「μg/m³ 以下」 — the
subscript is a text box of its own, and the gap between it and its neighbour is set by
the boxes' neighbour rule (layout_patches `_annotate_neighbours`, `justify_line`). In the
body, a bold run, a heading and a table cell of reprint and jianbao. Measured from glyph
positions: each gap at least an eighth em of the Han text (a quarter em; an eighth in a
line squeezed to take what follows, CLREQ 3.2.2), never more than half an em."""

from __future__ import annotations

import pdfplumber
import pytest
from conftest import write_briefing

from briefing.build import build
from briefing.cjk import is_han, is_latin

FRONT = ("---\ntitle: 下标测试\ndate: 2021-03-19\ntemplate: {template}\n"
         "jianbao: {{name: 生态环境工作简报, issue: 12, unit: 某某市生态环境局}}\n---\n")
BODY = """\
年均值在40μg/m<sup>3</sup>以下。

全市PM<sub>10</sub>浓度为59微克/立方米。

O<sub>3</sub>浓度上升。

NO<sub>2</sub>和SO<sub>2</sub>浓度下降。

**PM<sub>2.5</sub>**浓度达标。

## 一、PM<sub>10</sub>浓度分析

Table: 表1 PM<sub>10</sub>浓度统计
| 指标 | PM<sub>10</sub>浓度 |
|---|---|
| 本月 | 59 |
"""
# Each pair (a sub- or superscript's character and the Han beside it), as many times as
# the text has it: body (one line each), heading, caption, header cell.
EXPECTED = {"0浓": 4, "3浓": 1, "2和": 1, "2浓": 1, "3以": 1, "5浓": 1}


def boundary_gaps(path) -> dict[str, list[float]]:
    """The gap of each Han/Latin pair on a line where one of the two is smaller (a sub- or
    superscript), in ems of the larger."""
    gaps: dict[str, list[float]] = {}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            for a, b in zip(chars, chars[1:], strict=False):
                if abs(a["top"] - b["top"]) > 12 or b["x0"] < a["x0"]:
                    continue
                pair = a["text"] + b["text"]
                if not ((is_han(a["text"]) and is_latin(b["text"]))
                        or (is_latin(a["text"]) and is_han(b["text"]))):
                    continue
                if min(a["size"], b["size"]) < 0.85 * max(a["size"], b["size"]):
                    em = max(a["size"], b["size"])
                    gaps.setdefault(pair, []).append((b["x0"] - a["x1"]) / em)
    return gaps


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_the_gap_sees_through_sub_and_superscripts(tmp_path, template):
    folder = write_briefing(tmp_path / "brief", BODY, front=FRONT.format(template=template))
    out = tmp_path / "out.pdf"
    build(folder, out, template=template)
    gaps = boundary_gaps(out)
    counts = {pair: len(gaps.get(pair, [])) for pair in EXPECTED}
    assert counts == EXPECTED, gaps
    for pair, values in gaps.items():
        assert all(0.125 - 0.02 <= gap <= 0.5 for gap in values), (pair, values)

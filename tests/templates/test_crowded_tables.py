"""A wide table stays inside the text block: when the cells a table keeps whole would not
fit side by side (`crowded` in _macros.html.j2), its headers may break and their units
go to a line of their own, in every template that prints them; a table that fits keeps its headers whole."""

from __future__ import annotations

import pdfplumber
import pytest
from conftest import FRONT, write_briefing
from pdfread import glyphs

from briefing.build import build
from briefing.loader import load_briefing
from briefing.preflight import measure
from briefing.render import render_html

# The shape of a monthly air-quality bulletin's day-count table: a day count per grade,
# each header a Roman numeral and its unit (no break opportunity inside 「Ⅰ（天）」:
# UAX #14 LB30), and three rates under a merged header. Figures made up.
WIDE = """\
某县城区本月空气质量良好，各项污染物浓度均符合二级标准，优良天数较上月有所增加。

Table: 某县城区本月环境空气质量情况统计表
| 区域 | Ⅰ（天） | Ⅱ（天） | Ⅲ（天） | Ⅳ（天） | Ⅴ（天） | Ⅵ（天） | 优良天数（天） | 优良率（%） | < | < |
| ^ | ^ | ^ | ^ | ^ | ^ | ^ | ^ | 本月 | 上月 | 去年同期 |
|---|---|---|---|---|---|---|---|---|---|---|
| 城区 | 14 | 12 | 3 | 1 | 0 | 0 | 26 | 86.7 | 90.3 | 71.0 |

本月监测结果表明，城区空气质量总体保持稳定。
"""

NARROW = """\
某县城区本月空气质量良好。

Table: 主要污染物浓度
| 污染物 | 浓度（微克/立方米） | 优良率（%） |
|---|---|---|
| 细颗粒物 | 31 | 86.7 |
| 可吸入颗粒物 | 52 | 90.3 |
"""

JIANBAO = "jianbao: {name: 生态环境工作简报, issue: 1, unit: 某县生态环境局办公室, date: 2022-01-20}\n"


@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    folder = write_briefing(tmp_path_factory.mktemp("wide") / "brief", WIDE,
                            front=FRONT.replace("language:", JIANBAO + "language:"))
    return folder


# (The handout, a digest of key figures and first paragraphs, prints no article tables.)
@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_crowded_table_stays_inside_the_text_block(wide, tmp_path, template):
    pdf = build(wide, tmp_path / f"{template}.pdf", template=template).output
    past = [v for v in measure(pdf).violations if v.kind == "past-the-margin"]
    assert past == [], past
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in glyphs(page)]
    # Every unit is still whole: 「（天）」 on one line, wherever its header broke.
    text_by_line: dict[int, str] = {}
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        text_by_line[round(char["top"])] = text_by_line.get(round(char["top"]), "") + char["text"]
    lines = "\n".join(text_by_line.values())
    assert lines.count("（天）") >= 7, lines
    assert "去年" in lines and "71.0" in lines


def test_only_a_table_that_would_not_fit_is_crowded(wide, tmp_path):
    html = render_html(load_briefing(wide), template="reprint").html
    assert 'class="content-table keep crowded"' in html
    narrow = write_briefing(tmp_path / "narrow", NARROW)
    html = render_html(load_briefing(narrow), template="reprint").html
    assert "crowded" not in html.split("<table", 1)[1].split(">", 1)[0]

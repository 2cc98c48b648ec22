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
from briefing.printing import page_geometry
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


# Sixteen columns of figures: too wide for the text block even with every header broken
# (its figures alone, whole, are about 38 em), so the table's cells lose half their
# padding and its face steps down (table_fit in _macros.html.j2): reprint to 9 pt,
# jianbao to 9 pt (小五). Figures made up.
MONTHS = [f"{m}月" for m in range(1, 13)] + ["均值", "同比（%）", "环比（%）"]
FIGURES = [[f"{(13 * r + 7 * c) % 900 + 100}.{(r + c) % 10}" for c in range(15)]
           for r in range(4)]
SIXTEEN = ("某县各监测点本年各月空气质量综合指数如下表。\n\n"
           "Table: 各监测点逐月空气质量综合指数\n"
           "| 监测点 | " + " | ".join(MONTHS) + " |\n"
           "|" + "---|" * 16 + "\n"
           + "".join(f"| 第{'一二三四'[r]}监测点 | " + " | ".join(FIGURES[r]) + " |\n"
                     for r in range(4))
           + "\n以上数据为初步统计结果。\n")
# The text block of an odd page, as the templates lay it out (reprint/page.j2,
# jianbao/document.html.j2: 28 mm 订口, 28 characters of 16 pt).
BLOCKS = {"reprint": page_geometry("A4", 24, 24.56, 22, 24.56, body=12),
          "jianbao": page_geometry("A4", 37, 26, 35, 28, body=16, columns=28, rows=22,
                                   pitch=28.95, align="binding")}


@pytest.fixture(scope="module")
def sixteen(tmp_path_factory):
    return write_briefing(tmp_path_factory.mktemp("sixteen") / "brief", SIXTEEN,
                          front=FRONT.replace("language:", JIANBAO + "language:"))


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_sixteen_columns_of_figures_stay_inside_the_text_block(sixteen, tmp_path, template):
    pdf = build(sixteen, tmp_path / f"{template}.pdf", template=template).output
    assert [v for v in measure(pdf).violations if v.kind == "past-the-margin"] == []
    with pdfplumber.open(pdf) as document:
        pages = [glyphs(page) for page in document.pages]
    lines: dict[tuple[int, int], str] = {}
    for number, chars in enumerate(pages, 1):
        if template in BLOCKS and number % 2:
            right = BLOCKS[template].left + BLOCKS[template].text_width
            past = [c["text"] for c in chars if c["x1"] > right + 0.5]
            assert past == [], f"page {number}: {''.join(past)} past the text block"
        for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
            key = (number, round(char["top"]))
            lines[key] = lines.get(key, "") + char["text"]
    text = "\n".join(lines.values())
    if template == "handout":  # a digest of first paragraphs: no article tables
        assert "第一监测点" not in text
        return
    # every figure whole on one line, and every unit: nothing was lost or broken
    for row in FIGURES:
        for figure in row:
            assert figure in text, figure
    assert text.count("（%）") >= 2, text


@pytest.mark.parametrize("template, base, least", [("reprint", 10, 7.5), ("jianbao", 12, 9)])
def test_a_table_too_wide_when_crowded_is_set_smaller(sixteen, tmp_path, template, base, least):
    html = render_html(load_briefing(sixteen), template=template).html
    tag = html.split('<table id="', 1)[1].split(">", 1)[0]
    assert "crowded fitted" in tag and "overfull" not in tag, tag
    pdf = build(sixteen, tmp_path / f"{template}.pdf", template=template).output
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in glyphs(page)]
    text = "".join(c["text"] for c in chars)
    at = text.index(FIGURES[0][0])
    size = round(chars[at]["size"], 2)
    assert least <= size < base, size  # smaller than the table's face, not below its least


# Seventeen columns of six-character figures: past the text block even at 7.5 pt (about
# 50 pt past it, still on the page), after paragraphs whose justified lines show
# preflight the text block's right edge.
LONG = ("本月全县各乡镇认真落实大气污染防治各项措施，加强扬尘管控和秸秆禁烧巡查，"
        "持续推进散煤治理和机动车尾气检测，环境空气质量总体保持稳定，"
        "各项主要污染物浓度均符合国家二级标准要求。\n\n")
SEVENTEEN = (LONG * 4 + "某县各乡镇本年逐日监测数据如下表。\n\n"
             "Table: 各乡镇逐日监测数据\n"
             "| 乡镇 | " + " | ".join(f"{d}日" for d in range(1, 18)) + " |\n"
             "|" + "---|" * 18 + "\n"
             "| 城关镇 | " + " | ".join(f"{1000 + 37 * d}.5" for d in range(17)) + " |\n")


def test_a_table_too_wide_at_the_smallest_face_is_told_by_name(tmp_path):
    folder = write_briefing(tmp_path / "seventeen", SEVENTEEN)
    result = build(folder, tmp_path / "seventeen.pdf", template="reprint")
    told = [w for w in result.warnings if "各乡镇逐日监测数据" in w]
    assert told and "past the margin" in told[0] and "article.md:" in told[0], result.warnings
    past = [v for v in measure(result.output).violations if v.kind == "past-the-margin"]
    assert past, "preflight reports the page"
    # a table that fits says nothing
    fits = build(write_briefing(tmp_path / "sixteen", SIXTEEN), tmp_path / "16.pdf")
    assert not [w for w in fits.warnings if "past the margin" in w], fits.warnings


# A cell long enough to wrap. The sweep saw jianbao's 仿宋 cells look letter-spaced
# (a-bulletin-zhengan-2020-05-kongqi p2): measured, their advances are exactly 1 em —
# FandolFang's glyphs are narrower than their em — and cells are set flush (start), not
# justified. This keeps it so: no inter-character space in a cell's wrapped lines.
WRAPPING = ("某县本月空气质量情况如下表。\n\nTable: 主要指标\n| 指标 | 说明 | 数值 |\n|---|---|---|\n"
            "| 二氧化硫 | 月均浓度二氧化硫12微克/立方米、二氧化氮25微克/立方米、一氧化碳0.8毫克/立方米、"
            "臭氧日最大八小时106微克/立方米、可吸入颗粒物23微克/立方米、细颗粒物18微克/立方米，"
            "较上月有所下降 | 106 |\n"
            "| 优良天数 | 有效监测天数三十天，优良天数三十天，优良率为百分之百 | 30 |\n")


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_wrapped_cell_is_not_spread_between_characters(tmp_path, template):
    folder = write_briefing(tmp_path / "wrapping", WRAPPING,
                            front=FRONT.replace("language:", JIANBAO + "language:"))
    pdf = build(folder, tmp_path / f"{template}.pdf", template=template).output
    with pdfplumber.open(pdf) as document:
        chars = [c for page in document.pages for c in glyphs(page)]
    text = "".join(c["text"] for c in chars)
    cell = chars[text.index("月均浓度"):text.index("有所下降") + 4]
    lines: dict[int, list[dict]] = {}
    for char in cell:
        lines.setdefault(round(char["top"]), []).append(char)
    assert len(lines) >= 2, "the cell wraps"
    steps = []
    for top in sorted(lines)[:-1]:  # every line but the cell's last
        line = sorted(lines[top], key=lambda c: c["x0"])
        steps += [b["x0"] - a["x0"] for a, b in zip(line, line[1:], strict=False)
                  if "\u4e00" <= a["text"] <= "\u9fff" and "\u4e00" <= b["text"] <= "\u9fff"]
    size = cell[0]["size"]
    assert steps and max(steps) < size + 0.05, steps

"""A briefing without a title (issue 11/14: a 统计公报 copied from its first paragraph):
each template prints no title element and no gap where it would stand, the first
paragraph once, bookmarks of the headings only, no running head; the PDF's metadata title
is the folder's name (README: Templates); `check` asks for a title without failing, and
`build` says "no title". Measured in the PDF."""

from __future__ import annotations

import re

import pdfplumber
import pikepdf
import pytest
from pdfread import outline, page_texts
from typer.testing import CliRunner

from briefing.build import build
from briefing.checks import check_briefing
from briefing.cli import app
from briefing.preflight_print import check_print
from briefing.render import FONTS_DIR

OPENING = "全年全县地区生产总值完成一百二十八亿元"
FIRST = OPENING + "，比上年增长百分之五点二。其中，第一产业增加值二十一亿元，增长百分之三点九。"
PARAGRAPH = ("全县深入推进生态环境保护工作，持续改善环境空气质量，全年优良天数比例达到百分之九十"
             "以上，主要污染物排放总量持续下降，群众生态环境获得感不断增强，各项工作取得积极成效。")
BODY = "\n\n".join([FIRST, *[PARAGRAPH] * 6, "## 一、农业", *[PARAGRAPH] * 6,
                    "## 二、工业", *[PARAGRAPH] * 6]) + "\n"
JIANBAO = "jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某县生态环境局办公室, date: 2024-01-20}\n"
PITCH = 28.95  # jianbao's line pitch (GB/T 9704 grid)


def front(template: str) -> str:
    # No date either (reprint, handout): nothing of a title block is left to print.
    return (f"---\ntitle: null\ntemplate: {template}\n"
            + (JIANBAO if template == "jianbao" else "") + "---\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import write_briefing

    root = tmp_path_factory.mktemp("untitled")
    made = {}
    for template in ("reprint", "jianbao", "handout"):
        folder = write_briefing(root / f"gongbao-{template}", BODY, front=front(template))
        made[template] = build(folder, root / f"{template}.pdf").output
    made["ua"] = build(root / "gongbao-reprint", root / "ua.pdf", variant="pdf/ua-1").output
    return made


def _text(pdf) -> str:
    return re.sub(r"\s+", "", "".join(page_texts(pdf)))


def _first_line_top(pdf, text: str) -> tuple[float, float]:
    """(top, size) of the first glyph of `text` on page 1."""
    with pdfplumber.open(pdf) as document:
        chars = [c for c in document.pages[0].chars if c["text"].strip()]
    for index in range(len(chars)):
        if "".join(c["text"] for c in chars[index:index + len(text)]) == text:
            return chars[index]["top"], chars[index]["size"]
    raise AssertionError(f"「{text}」 not on page 1")


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_the_opening_words_are_printed_once_and_no_title(built, template):
    text = _text(built[template])
    if template == "handout":  # the handout prints each section's first paragraph only
        assert OPENING not in text
    else:
        assert text.count(OPENING) == 1
    with pdfplumber.open(built[template]) as document:
        sizes = {round(c["size"]) for page in document.pages for c in page.chars}
    # No glyph of a title's size (22 pt reprint and jianbao, 20 pt handout); the
    # masthead's name (初号, 42 pt) is not a title.
    assert not sizes & {20, 22}, sizes


def test_reprint_sets_the_first_paragraph_where_the_title_would_stand(built, sample_pdf):
    top, _ = _first_line_top(built["reprint"], OPENING)
    with pdfplumber.open(built["reprint"]) as document:
        page = document.pages[0]
        assert min(c["top"] for c in page.chars if c["text"].strip()) == top  # nothing above
    title_top, title_size = _first_line_top(sample_pdf, "红色吕梁")
    assert title_size > 20
    assert top <= title_top  # no gap: it starts where a title starts


def test_reprint_has_no_running_head(built):
    first, second = page_texts(built["reprint"])[:2]
    lines = [line for line in second.splitlines() if line.strip()]
    assert lines[0].startswith(PARAGRAPH[:6]) or lines[0].startswith("一、"), lines[:2]
    with pdfplumber.open(built["reprint"]) as document:
        page = document.pages[1]
        heads = [c for c in page.chars if c["top"] < 60 and c["text"].strip()]
        rules = [r for r in page.lines + page.rects if r["top"] < 60]
    assert heads == [] and rules == []


def test_jianbao_keeps_one_blank_line_under_the_red_rule_and_no_more(built):
    top, size = _first_line_top(built["jianbao"], OPENING)
    with pdfplumber.open(built["jianbao"]) as document:
        page = document.pages[0]
        red = [r for r in page.rects if r["non_stroking_color"]
               and r["non_stroking_color"][0] > 0.8 and r["width"] > 400]
    rule = max(r["bottom"] for r in red)
    # The body's first line is the grid line after the blank one: between one and two
    # pitches under the rule (a title would push it three lines down).
    assert PITCH < top - rule < 2 * PITCH, (rule, top)


def test_handout_prints_no_band(built):
    with pdfplumber.open(built["handout"]) as document:
        page = document.pages[0]
        wide = [r for r in page.rects if r["width"] > page.width * 0.9 and r["height"] > 20]
    assert wide == []


@pytest.mark.parametrize("template", ["reprint", "jianbao", "handout"])
def test_bookmarks_are_the_headings_and_the_metadata_title_is_the_folder(built, template):
    pdf = built[template]
    assert [title.replace(" ", "") for _, title in outline(pdf)] == ["一、农业", "二、工业"]
    with pikepdf.open(pdf) as document:
        assert str(document.docinfo["/Title"]) == f"gongbao-{template}"


def test_pdf_ua_is_clean_with_the_folder_as_its_title(built):
    report = check_print(built["ua"])
    assert report.ok, report.checks
    with pikepdf.open(built["ua"]) as document:
        with document.open_metadata() as xmp:
            assert xmp["dc:title"] == "gongbao-reprint"
        assert bool(document.Root.ViewerPreferences.DisplayDocTitle)


def test_check_names_the_missing_title_but_passes(built, tmp_path):
    folder = built["reprint"].parent / "gongbao-reprint"
    report = check_briefing(folder, FONTS_DIR)
    assert report.problems == []
    [doubt] = [d for d in report.doubts if d.message.startswith("no title")]
    assert doubt.line == 2 and "title:" in doubt.fix
    result = CliRunner().invoke(app, ["check", str(folder)])
    assert result.exit_code == 0, result.output
    assert "no title" in result.output


def test_build_says_no_title(built, tmp_path):
    folder = built["reprint"].parent / "gongbao-handout"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(tmp_path / "h.pdf")])
    assert result.exit_code == 0, result.output
    assert "no title" in result.output


def test_a_batch_build_says_no_title():
    from io import StringIO

    from rich.console import Console

    from briefing.batch import Outcome, _report

    shown = StringIO()
    _report(Console(file=shown, width=200), Outcome("data/gongbao", True, output="out.pdf",
                                                    pages=2, seconds=1.0, untitled=True))
    assert "(2 pages, no title, 1.00 s)" in shown.getvalue()

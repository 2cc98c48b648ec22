"""Tight lines and a text layer that reads back exactly (issue 14, items 4 and 5), on the
sample and on four corpus articles in every template.

Tight: in a justified line that is not its paragraph's last, no gap between two
characters exceeds the font's own advances by more than a quarter em (preflight's
measure, from glyph positions). Exact: what poppler's pdftotext extracts is the source
text, ignoring line breaks; pdf.js is asked too when `node` and pdfjs-dist are there.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pdfread import body_chars

from briefing.build import build
from briefing.loader import load_briefing
from briefing.preflight import measure

PROJECT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT / "tests" / "corpus" / "tuning"
ARTICLES = ("a-bulletin-tongyu-2017-12", "b-news-xinhua-yayunhui",
            "a-workreport-shaanxi-2026", "b-page-xinmin-lianghui")
TEMPLATES = ("reprint", "jianbao", "handout")
JIANBAO = ("jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, "
           "date: 2022-01-20}\n")
DOCUMENTS = ("lvliang-2021", *ARTICLES)


@pytest.fixture(scope="module")
def built(tmp_path_factory, request):
    """(document, template) → (briefing folder, PDF), built on first use."""
    root = tmp_path_factory.mktemp("text-layer")
    pdfs: dict[tuple[str, str], tuple[Path, Path]] = {}

    def get(document: str, template: str) -> tuple[Path, Path]:
        if (document, template) not in pdfs:
            if document == "lvliang-2021":
                folder = PROJECT / "data" / document
            else:
                # The corpus article as an editor hands it over: its gold article.md
                # (what `briefing import` is scored against), with a 简报 masthead.
                folder = root / "data" / document
                folder.mkdir(parents=True, exist_ok=True)
                text = (CORPUS / f"{document}.gold.md").read_text("utf-8")
                (folder / "article.md").write_text("---\n" + JIANBAO + text[4:], "utf-8")
            out = root / f"{document}-{template}.pdf"
            build(folder, out, template=template)
            pdfs[document, template] = (folder, out)
        return pdfs[document, template]

    return get


def _plain(rich) -> str:
    return "".join(span.text for span in rich.spans)


def _paragraphs(folder: Path) -> list[str]:
    """The body paragraphs of the article, as plain text."""
    briefing = load_briefing(folder)
    found: list[str] = []

    def walk(blocks):
        for block in blocks:
            if block.kind == "paragraph" and block.role == "body":
                found.append(_plain(block.text))
            walk(getattr(block, "blocks", None) or [])

    def sections(items):
        for section in items:
            walk(section.blocks)
            sections(section.sections)

    walk(briefing.lead)
    sections(briefing.sections)
    return [text for text in found if len(text) >= 12]


FOLIO = re.compile(r"[—\-\s]*\d+[—\-\s]*")


def _pdftotext(pdf: Path, folder: Path) -> str:
    """What pdftotext reads, with the running heads (the title) and folios (「3」,
    「— 3 —」) left out and line and page breaks removed."""
    title = load_briefing(folder).meta.title
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [line for line in re.split(r"[\n\f]", text)
             if not FOLIO.fullmatch(line) and line.strip() != title]
    return "".join(lines)


# Two 简报 lines stay loose: the sample's 「…共589家，罚款」 (0.32 em) before
# 「16398.12万元」 and the bulletin's 「…月平均值为2.29微」 (0.47 em) before 「克/立」 (no
# break before or after a slash), which fit only if the line's marks give up their blank
# halves while lines are broken. Breaking lines with compressible punctuation (CLREQ's
# "compress, then push in") is not built yet: strict, so that these fail once it is.
#
# Three more lines are loose since a number keeps its unit on its line (「281天」,
# 「44.1万人」, 「247家、」 — issue 14's no-break rule, briefing/typeset/rules.py): the unit
# leaves the line one break fewer. The same missing step (compress the line's marks while
# breaking) would tighten them.
NOT_YET_TIGHT = {("lvliang-2021", "jianbao"), ("a-bulletin-tongyu-2017-12", "jianbao"),
                 ("lvliang-2021", "reprint"), ("a-bulletin-tongyu-2017-12", "reprint"),
                 ("a-workreport-shaanxi-2026", "jianbao")}


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_justified_lines_are_tight(built, document, template, request):
    if (document, template) in NOT_YET_TIGHT:
        request.applymarker(pytest.mark.xfail(strict=True, reason="compression while "
                                              "breaking lines is not built yet"))
    _, pdf = built(document, template)
    report = measure(pdf)
    if document == "lvliang-2021" or template != "handout":
        assert report.full_lines > 0  # (a short article's handout holds cards only)
    assert report.loose_lines == [], report.loose_lines
    assert report.widest_gap_em <= 0.25 + 0.02


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_pdftotext_reads_the_source_text(built, document, template):
    folder, pdf = built(document, template)
    extracted = _pdftotext(pdf, folder)
    # The paragraphs the template prints (a handout prints some only): those whose
    # characters the PDF's glyphs hold.
    with pdfplumber.open(pdf) as document:
        glyphs = re.sub(r"\s+", "", "".join(c["text"] for page in document.pages
                                             for c in page.chars))
    paragraphs = [text for text in _paragraphs(folder)
                  if re.sub(r"\s+", "", text) in glyphs]
    # (a short article's handout holds its key figures and sentences, no whole paragraph)
    assert paragraphs or (template == "handout" and document != "lvliang-2021")
    missing = [text for text in paragraphs if text not in extracted]
    assert missing == [], missing[:3]
    report = measure(pdf)
    assert report.spurious_body_lines == [], report.spurious_body_lines[:5]


def test_sample_reads_2021_nian(built):
    # The example: 「2021年」 searched for in what pdftotext reads.
    _, pdf = built("lvliang-2021", "reprint")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("2021年") >= 10
    assert "2021 年" not in text


def test_adjusted_runs_carry_actual_text(built):
    # The mechanism: /ActualText marked content around the runs the layer adjusted.
    import pikepdf

    _, pdf = built("lvliang-2021", "reprint")
    with pikepdf.open(pdf) as document:
        content = b"".join(page.Contents.read_bytes() if not isinstance(
            page.Contents, pikepdf.Array) else b"".join(c.read_bytes() for c in page.Contents)
            for page in document.pages[:3])
    assert content.count(b"/ActualText") >= 20
    assert content.count(b"BDC") <= content.count(b"EMC")


def test_pdfplumber_characters_are_the_source(built):
    # pdfminer reads no /ActualText: its characters are the glyphs' own, which are the
    # article's characters with nothing inserted.
    folder, pdf = built("lvliang-2021", "reprint")
    squashed = re.sub(r"\s+", "", "".join(c["text"] for c in body_chars(pdf)))
    for paragraph in _paragraphs(folder):
        assert re.sub(r"\s+", "", paragraph) in squashed



def test_preflight_reports_gaps_and_text_layer(built):
    from typer.testing import CliRunner

    from briefing.cli import app

    _, pdf = built("lvliang-2021", "reprint")
    result = CliRunner().invoke(app, ["preflight", str(pdf)], env={"COLUMNS": "200"})
    assert "widest gap beyond the advance" in result.output
    report = measure(pdf)
    assert re.search(r"widest gap beyond the advance \(justified lines\)\s*│\s*"
                     f"{report.widest_gap_em:.2f} em", result.output), result.output
    assert re.search(r"loose lines \(a gap over 0\.25 em\)\s*│\s*"
                     f"{len(report.loose_lines)}\\s", result.output), result.output
    assert re.search(r"a space no glyph stands for\s*│\s*0 of \d+ \(0 in body text\)",
                     result.output), result.output


def test_preflight_sees_spurious_spaces_without_the_text_layer(tmp_path):
    # The same layout drawn without /ActualText (the text-layer patch given back to
    # WeasyPrint): pdftotext reads 「2021 年」, and the measure must say so.
    from briefing import weasy

    weasy.load()
    weasy.uninstall("textlayer")
    try:
        pdf = build(PROJECT / "data" / "lvliang-2021", tmp_path / "plain.pdf").output
    finally:
        weasy.install("textlayer")
    report = measure(pdf)
    assert len(report.spurious_body_lines) > 50
    assert any("2021 年" in line for line in report.spurious_body_lines)
    # The layout is the same: only the text layer differs.
    with_layer = measure(build(PROJECT / "data" / "lvliang-2021", tmp_path / "layer.pdf").output)
    assert report.loose_lines == with_layer.loose_lines and not with_layer.spurious_body_lines

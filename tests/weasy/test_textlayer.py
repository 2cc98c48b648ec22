"""Tight lines and a text layer that reads back exactly (issue 14, items 4 and 5), on the
sample and on four corpus articles in every template.

Tight: in a justified line that is not its paragraph's last, no gap between two
characters exceeds the font's own advances by more than a quarter em (preflight's
measure, from glyph positions). Exact: what poppler's pdftotext extracts is the source
text, ignoring line breaks, and so are pdfminer's (pdfplumber's) characters (the text
layer's blank spacers, which stand for no text, left out); pdf.js (Debian's libjs-pdf,
run in Debian's chromium), which reads no /ActualText, reads the same characters with
no space in a gap the layout set, as the spacers make it.
"""

from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

import pytest
from pdfread import body_chars, page_glyphs
from pdfread import pages as read_pages

from briefing.build import build
from briefing.loader import load_briefing
from briefing.preflight import measure as measure_pdf

PROJECT = Path(__file__).resolve().parents[2]


@functools.cache
def measure(pdf: Path):
    """preflight's measure of a PDF this module reads, taken once: the tight-lines and
    the text-layer tests read the same report of each (document, template)."""
    return measure_pdf(pdf)


CORPUS = PROJECT / "tests" / "corpus" / "tuning"
ARTICLES = ("a-bulletin-tongyu-2017-12", "b-news-xinhua-yayunhui",
            "a-workreport-shaanxi-2026", "b-page-xinmin-lianghui")
TEMPLATES = ("reprint", "jianbao", "handout")
JIANBAO = ("jianbao: {name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, "
           "date: 2022-01-20}\n")
DOCUMENTS = ("lvliang-2021", *ARTICLES)


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_template_pdf):
    """(document, template) → (briefing folder, PDF), built on first use (the sample's
    once per test run, shared with the other modules that read it)."""
    root = tmp_path_factory.mktemp("text-layer")
    pdfs: dict[tuple[str, str], tuple[Path, Path]] = {}

    def get(document: str, template: str) -> tuple[Path, Path]:
        if (document, template) not in pdfs:
            if document == "lvliang-2021":
                pdfs[document, template] = (PROJECT / "data" / document,
                                            sample_template_pdf(template))
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


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_justified_lines_are_tight(built, document, template):
    _, pdf = built(document, template)
    report = measure(pdf)
    if document == "lvliang-2021" or template != "handout":
        assert report.full_lines > 0  # (a short article's handout holds cards only)
    # and no number split from its unit, no 第 from its number
    assert report.count("number-unit-split") == 0, [str(v) for v in report.violations]
    # A line is loose only before a number and its unit wider than all its slack (a word
    # never broken: 「…CO月平均值为」 / 「50.71微克/立方米，」), which nothing could take in.
    assert report.loose_lines == report.forced_loose_lines, report.loose_lines
    if not report.loose_lines:
        assert report.widest_gap_em <= 0.25 + 0.02


def _line_ends(page) -> tuple[float, list[dict]]:
    """The text block's right edge (where most body lines end) and the last glyph of
    each body line (12 characters or more in the body size: not a table row, a caption
    or a heading)."""
    sizes = [round(c["size"], 1) for c in page.chars if c["text"].strip()]
    body = max(set(sizes), key=sizes.count)
    lines: dict[float, list[dict]] = {}
    for char in page.chars:
        if char["text"].strip():
            lines.setdefault(round(char["top"]), []).append(char)
    lasts = [max(chars, key=lambda c: c["x1"]) for chars in lines.values()
             if len(chars) >= 12 and all(round(c["size"], 1) == body for c in chars)]
    ends = sorted(round(c["x1"]) for c in lasts)
    return max(set(ends), key=ends.count), lasts


def test_a_mark_hangs_where_nothing_else_sets_the_line_tight(built):
    # The sample's 简报 opens a paragraph with 「2021年，全市行政处罚违法企业共589家，罚款」,
    # then 「16398.12万元，」, a number that keeps its unit and comma. Compressing the two
    # commas and narrowing the Han/Latin gaps to an eighth em (CLREQ: both objects of line
    # adjustment) is not enough to pull it in; letting the closing comma hang, as jianbao
    # allows (--briefing-hanging), is: the line ends at the text block's edge with the comma
    # past it, instead of a line with 0.34 em between its characters.
    _, pdf = built("lvliang-2021", "jianbao")
    # (the sample's pages as the run parsed them once)
    page = next(p for p in read_pages(pdf) if "16398.12万元" in (p.extract_text() or ""))
    edge, lasts = _line_ends(page)
    size = max(c["size"] for c in page.chars)
    hung = [c for c in lasts if c["x1"] > edge + 0.1 * size]
    assert [c["text"] for c in hung] == ["，"], [c["text"] for c in hung]
    line = sorted((c for c in page.chars if abs(c["top"] - hung[0]["top"]) < 1),
                  key=lambda c: c["x0"])
    assert "".join(c["text"] for c in line).endswith("16398.12万元，")
    # what stands before the comma fills the line to the edge
    assert abs(line[-2]["x1"] - edge) < 0.05 * size
    assert hung[0]["x0"] >= edge - 0.05 * size


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_pdftotext_reads_the_source_text(built, document, template):
    folder, pdf = built(document, template)
    extracted = _pdftotext(pdf, folder)
    # The paragraphs the template prints (a handout prints some only): those whose
    # characters the PDF's glyphs hold.
    # (spacers, which stand for no text, add nothing to the text)
    glyphs = re.sub(r"\s+", "", "".join(c["text"] for page in page_glyphs(pdf)
                                         for c in page))
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


def test_preflight_sees_spurious_spaces_without_the_text_layer(tmp_path, sample_pdf):
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
    # The layout is the same: only the text layer differs (the sample as every build
    # makes it, with the layer).
    layer = sample_pdf
    with_layer = measure(layer)
    assert report.loose_lines == with_layer.loose_lines and not with_layer.spurious_body_lines
    # and every glyph stands where it stood: the spacers move the pen as the position
    # adjustments they replace did.
    def placed(path):
        return [(number, c["text"], c["x0"], c["top"])
                for number, page in enumerate(page_glyphs(path), 1) for c in page]

    plain, spaced = placed(pdf), placed(layer)
    assert [c[:2] for c in plain] == [c[:2] for c in spaced]
    assert max(max(abs(a[2] - b[2]), abs(a[3] - b[3]))
               for a, b in zip(plain, spaced, strict=True)) < 0.01
    assert sum(1 for page in read_pages(layer) for c in page.chars if not c["text"]) > 100


def test_gaps_between_glyphs_become_spacers():
    # A TJ array as WeasyPrint writes it, cut at each gap of 0.05 em or more (between
    # glyphs, or at either end: a box in two fonts is two arrays); every other
    # adjustment kept where it was.
    from briefing.weasy.textlayer import spaced

    assert spaced("<0031>0<002e>0<f63d>-249<41e4>") == [
        ("<0031>0<002e>0<f63d>", 249.0), ("<41e4>", 0.0)]
    assert spaced("<0124>0<0048>-14<0010>18<004e>81<0071>0") == [
        ("<0124>0<0048>-14<0010>18<004e>81<0071>0", 0.0)]
    assert spaced("<33b3>-30<2a8f>-30<6c79>") == [("<33b3>-30<2a8f>-30<6c79>", 0.0)]
    assert spaced("<e650>500") == [("<e650>500", 0.0)]
    assert spaced("<0031>-249") == [("<0031>", 249.0)]
    assert spaced("-300<0031>") == [("", 300.0), ("<0031>", 0.0)]
    assert spaced("<0012>0<0012>-250<2559>-20<33bc>") == [
        ("<0012>0<0012>", 250.0), ("<2559>-20<33bc>", 0.0)]


# ------------------------------------------------------------------ pdf.js

# Debian's chromium-headless-shell when installed (`make setup` installs it): Blink and
# V8 without the browser around them — chromium's own headless mode runs the whole
# browser: its processes took 4.8 s of CPU for these tests, the shell's 3.3 s.
HEADLESS_SHELL = Path("/usr/lib/chromium/chromium-headless-shell")
CHROMIUM = HEADLESS_SHELL if HEADLESS_SHELL.is_file() else Path("/usr/bin/chromium")
PDFJS = Path("/usr/share/javascript/pdf/build")  # Debian's libjs-pdf
PDFJS_ORIGIN = "http://pdfjs.invalid"  # served by the test itself (Playwright routes)
needs_pdfjs = pytest.mark.skipif(
    not CHROMIUM.is_file() or not (PDFJS / "pdf.worker.js").is_file(),
    reason="needs Debian's chromium (/usr/bin/chromium) and libjs-pdf "
           "(/usr/share/javascript/pdf): `make test` installs both")


READ_LIMIT = 120_000  # ms: pdf.js reading one PDF on a busy 2-core machine


def _pdfjs_pages(page, served: dict[str, Path], pdf: Path) -> list[str]:
    """What pdf.js's getTextContent reads on each page of `pdf` (its items' strings, a
    line break after each item that ends a line), in the chromium page `page` where
    pdf.js is loaded (`pdfjs_page`): the PDF is served under a name of its own and read
    as a document of its own, destroyed after (pdf.js keeps its fonts and other caches
    per document: nothing is read from another PDF)."""
    name = f"document-{len(served)}.pdf"
    served[name] = pdf
    # (Playwright's evaluate waits without a limit: pdf.js gets READ_LIMIT, then fails.)
    return page.evaluate("""async ([origin, name, limit]) => {
        pdfjsLib.GlobalWorkerOptions.workerSrc = origin + "/pdf.worker.js";
        const read = async () => {
            const pdf = await pdfjsLib.getDocument(origin + "/" + name).promise;
            try {
                const pages = [];
                for (let number = 1; number <= pdf.numPages; number++) {
                    const content = await (await pdf.getPage(number)).getTextContent();
                    pages.push(content.items.map(
                        item => item.str + (item.hasEOL ? "\\n" : "")).join(""));
                }
                return pages;
            } finally {
                await pdf.destroy();
            }
        };
        const late = new Promise((_, reject) => setTimeout(
            () => reject(new Error("pdf.js read nothing in " + limit + " ms")), limit));
        return Promise.race([read(), late]);
    }""", [PDFJS_ORIGIN, name, READ_LIMIT])


@pytest.fixture(scope="module")
def pdfjs_page():
    """A page of one headless chromium with pdf.js loaded (once for the module: loading
    pdf.js and its worker, 2.3 MB of script, is most of what a reading costs), and the
    PDFs it serves by name."""
    from playwright.sync_api import sync_playwright

    files = {"pdf.js": PDFJS / "pdf.js", "pdf.worker.js": PDFJS / "pdf.worker.js"}
    served: dict[str, Path] = {}

    def serve(route):
        name = route.request.url.rsplit("/", 1)[-1]
        if name == "index.html":
            route.fulfill(body='<script src="pdf.js"></script>', content_type="text/html")
        elif name in files:
            route.fulfill(body=files[name].read_bytes(),
                          content_type="application/javascript")
        elif name in served:
            route.fulfill(body=served[name].read_bytes(), content_type="application/pdf")
        else:
            route.fulfill(status=404)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"])
        try:
            page = browser.new_page()
            page.route(f"{PDFJS_ORIGIN}/**", serve)
            page.goto(f"{PDFJS_ORIGIN}/index.html")
            yield page, served
        finally:
            browser.close()


@pytest.fixture(scope="module")
def pdfjs_read(built, pdfjs_page):
    """template → (briefing folder, what pdf.js reads on each page) of the sample."""
    read: dict[str, tuple[Path, list[str]]] = {}

    def get(template: str) -> tuple[Path, list[str]]:
        if template not in read:
            folder, pdf = built("lvliang-2021", template)
            read[template] = folder, _pdfjs_pages(*pdfjs_page, pdf)
        return read[template]

    return get


@pytest.fixture(scope="module")
def pdfjs_sample(pdfjs_read):
    return pdfjs_read("reprint")


@needs_pdfjs
@pytest.mark.parametrize("template", TEMPLATES)
def test_pdfjs_reads_the_body_text_exactly(built, pdfjs_read, template):
    # Every body paragraph the template prints, as the source has it, ignoring line
    # breaks: no space where justification or the quarter em between Han and Latin
    # left a gap (drawn as spacers pdf.js skips), the spaces the text holds (「思想 and
    # 党的」) kept.
    folder, pages = pdfjs_read(template)
    # (running heads, the title, and folios left out, as from pdftotext's)
    title = load_briefing(folder).meta.title
    lines = [line for page in pages for line in page.split("\n")
             if not FOLIO.fullmatch(line) and line.strip() != title]
    text = "".join(lines)
    # (a handout prints some paragraphs only: those whose characters the text block's
    # glyphs hold)
    glyphs = re.sub(r"\s+", "", "".join(c["text"] for c in
                                         body_chars(built("lvliang-2021", template)[1])))
    paragraphs = [paragraph for paragraph in _paragraphs(folder)
                  if re.sub(r"\s+", "", paragraph) in glyphs]
    assert len(paragraphs) > (20 if template != "handout" else 5)
    if template == "reprint":
        assert any(" " in paragraph for paragraph in paragraphs)
    missing = [paragraph for paragraph in paragraphs if paragraph not in text]
    assert missing == [], missing[:3]


@needs_pdfjs
def test_pdfjs_reads_2021_nian(pdfjs_sample):
    # pdf.js reads no /ActualText: it reads 「2021年」 because the quarter em is drawn
    # as a spacer glyph it skips (textlayer.py), not as a gap between two glyphs.
    _, pages = pdfjs_sample
    text = "".join(pages)
    assert text.count("2021年") >= 10
    assert "2021 年" not in text


# A short briefing for the print variants: whether a variant draws spacers or reads back
# through /ActualText does not hang on the document's length, so one page with the
# sample's 「2021年」 (a quarter em between the number and 年, drawn as a spacer in the
# screen PDF) a dozen times, in justified lines, stands for the sample (two builds of the
# whole sample took 5.5 s of CPU, these 0.9 s).
VARIANT_BODY = "".join(
    f"2021年，全市环境空气质量优良天数{281 + n}天，同比增加{n + 3}天，重污染天数同比减少"
    f"{n + 1}天，细颗粒物平均浓度为{32 + n}微克/立方米，生态环境质量持续改善。\n\n"
    for n in range(12))


def test_print_and_archival_variants_keep_actual_text_without_spacers(tmp_path, sample_pdf):
    """The spacer glyphs (a Type 3 font whose glyph stands for no text) are drawn in the
    screen PDF only: a PDF/X or PDF/A file has no Type 3 font — print preflights flag one —
    and reads back exactly through /ActualText, as before."""
    import pikepdf
    from conftest import write_briefing

    folder = write_briefing(tmp_path / "brief", "## 一、总体情况\n\n" + VARIANT_BODY)
    for variant in ("pdf/x-4", "pdf/a-2b"):
        out = tmp_path / f"{variant.replace('/', '-')}.pdf"
        build(folder, out, variant=variant)
        with pikepdf.open(out) as document:
            subtypes = {str(font.get("/Subtype")) for page in document.pages
                        for font in (page.Resources.get("/Font") or {}).values()}
        assert "/Type3" not in subtypes, variant
        text = _pdftotext(out, folder)
        assert text.count("2021年") >= 10 and "2021 年" not in text, (variant, text)
    with pikepdf.open(sample_pdf) as document:  # the screen PDF
        subtypes = {str(font.get("/Subtype")) for page in document.pages
                    for font in (page.Resources.get("/Font") or {}).values()}
    assert "/Type3" in subtypes

"""Print exports: paper, bleed and marks, PDF variants, booklets, contents; print preflight."""

from __future__ import annotations

import functools
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from conftest import SAMPLE
from pdfread import page_texts
from pdfread import pages as read_pages
from PIL import Image
from typer.testing import CliRunner

from briefing import printing
from briefing.build import build
from briefing.cli import app
from briefing.errors import InputError
from briefing.export import write_pdf
from briefing.loader import load_briefing
from briefing.preflight_print import check_print, colour_spaces
from briefing.printing import MM, PrintSettings, page_geometry, saddle_stitch_order
from briefing.render import render_html

RUNNER = CliRunner()


def boxes(path: Path, index: int = 0) -> dict[str, list[float]]:
    with pikepdf.open(path) as pdf:
        page = pdf.pages[index]
        return {key: [round(float(v), 2) for v in page.obj[f"/{key}"]]
                for key in ("MediaBox", "BleedBox", "TrimBox") if f"/{key}" in page.obj}


def statuses(report) -> dict[str, str]:
    return {check.name: check.status for check in report.checks}


# ------------------------------------------------------------------ geometry and options


def test_gbt_9704_page_on_a4():
    geo = page_geometry("A4", 37, 26, 35, 28, body=16, columns=28, rows=22, pitch=28.95,
                        align="binding")
    assert geo.left == pytest.approx(28 * MM) and geo.top == pytest.approx(37 * MM)
    assert geo.text_width == 448 and geo.text_height == pytest.approx(22 * 28.95 + 0.5)
    assert "size: 210mm 297mm" in geo.css


@pytest.mark.parametrize("paper", ["A4", "A5", "B5", "letter"])
def test_text_block_is_whole_characters_on_every_paper(paper):
    geo = page_geometry(paper, 24, 24.56, 22, 24.56, body=12)
    width, height = printing.PAPERS[paper]
    assert geo.text_width % 12 == 0
    assert geo.left + geo.text_width + geo.right == pytest.approx(width * MM)
    assert geo.left == pytest.approx(geo.right)  # centred
    assert geo.top + geo.text_height + geo.bottom == pytest.approx(height * MM)
    if paper == "A4":
        assert geo.text_width == 456  # the reprint block: 38 characters


def test_lengths_and_marks_parse():
    assert printing.parse_length_mm("3mm") == 3
    assert printing.parse_length_mm("0.125in") == pytest.approx(3.175)
    assert printing.parse_length_mm("9pt") == pytest.approx(3.175)
    assert printing.parse_marks("crop, cross") == ("crop", "cross")
    assert printing.parse_marks("none") == ()
    with pytest.raises(InputError):
        printing.parse_length_mm("three")
    with pytest.raises(InputError):
        printing.parse_marks("crop,registration")


@pytest.mark.parametrize("settings", [
    PrintSettings(variant="pdf/x-4", marks=("crop",)),
    PrintSettings(booklet=True, bleed_mm=3),
    PrintSettings(booklet=True, variant="pdf/a-2b"),
    PrintSettings(bleed_mm=12),
    PrintSettings(paper="A3"),
    PrintSettings(variant="pdf/x-1a"),
])
def test_combinations_that_cannot_work_are_refused(settings):
    with pytest.raises(InputError):
        settings.validate()


@pytest.mark.parametrize(("pages", "sides"), [
    (1, [(None, 1), (None, None)]),
    (4, [(4, 1), (2, 3)]),
    (6, [(None, 1), (2, None), (6, 3), (4, 5)]),
    (8, [(8, 1), (2, 7), (6, 3), (4, 5)]),
])
def test_saddle_stitch_order(pages, sides):
    assert saddle_stitch_order(pages) == sides
    placed = [page for side in saddle_stitch_order(pages) for page in side if page]
    assert sorted(placed) == list(range(1, pages + 1))


def test_colours_go_to_cmyk_with_black_ink_for_greys():
    css = "a { color: #1a1a1a; background: #fff; border-color: rgb(0 0 0 / 50%); } " \
          "b { --red: #e60012; color: var(--red); } c { color: red; }"
    converted = printing.cmyk_css(css)
    assert "device-cmyk(0 0 0 0.898)" in converted  # #1a1a1a: black ink only
    assert "device-cmyk(0 0 0 0)" in converted
    assert "device-cmyk(0 0 0 1 / 0.5)" in converted
    assert "--red: device-cmyk(" in converted and "var(--red)" in converted
    assert not re.search(r"#[0-9a-f]{3,6}\b|rgb\(|\bred\b(?!\))", converted.replace("--red", ""))
    cyan, magenta, yellow, black = printing.rgb_to_cmyk((230, 0, 18))
    assert magenta > 0.9 and yellow > 0.9 and cyan < 0.1  # a red stays a red


# ------------------------------------------------------------------ builds


# The sample as a handout (two pages: quick), built once per module with each of these
# sets of print options ("plain": without options, the handout every module shares). Tests
# that read different properties of a build share it: each variant is also built on one of
# the papers (the trim-size test reads it) and PDF/UA with contents (the contents switch
# reads them), so that no build is made only for one property.
PRINT_BUILDS: dict[str, dict] = {
    "marks": {"paper": "A5", "bleed_mm": 3, "marks": ("crop", "cross")},
    "booklet": {"booklet": True},
    "pdf/a-2b": {"variant": "pdf/a-2b", "paper": "B5"},
    "pdf/a-3b": {"variant": "pdf/a-3b", "paper": "letter"},
    "pdf/ua-1": {"variant": "pdf/ua-1", "toc": True},
    "pdf/x-4": {"variant": "pdf/x-4", "bleed_mm": 3, "toc": True},
}


@pytest.fixture(scope="module")
def built(tmp_path_factory, sample_template_pdf):
    """built(name): the handout built with PRINT_BUILDS[name], once per module."""
    folder = tmp_path_factory.mktemp("print")
    made: dict[str, Path] = {}

    def get(name: str) -> Path:
        if name == "plain":
            return sample_template_pdf("handout")
        if name not in made:
            made[name] = folder / f"{name.replace('/', '-')}.pdf"
            build(SAMPLE, made[name], template="handout", **PRINT_BUILDS[name])
        return made[name]

    return get


def test_bleed_and_marks_set_the_boxes(built):
    path = built("marks")
    found = boxes(path)
    a5 = [0, 0, round(148 * MM, 2), round(210 * MM, 2)]
    assert found["TrimBox"] == a5
    bleed = 3 * MM
    assert found["BleedBox"] == pytest.approx(
        [-bleed, -bleed, a5[2] + bleed, a5[3] + bleed], abs=0.01)
    slug = (3 + printing.SLUG_MM) * MM  # the marks stand outside the bleed
    assert found["MediaBox"] == pytest.approx([-slug, -slug, a5[2] + slug, a5[3] + slug],
                                              abs=0.01)
    report = check_print(path)
    assert report.ok, report.checks
    assert "trim A5; bleed 3 mm" in next(c.detail for c in report.checks if c.name == "page boxes")


def _render_mm(path: Path, dpi: int = 72) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(path.with_suffix(""))], check=True)
    return Image.open(path.with_suffix(".png")).convert("RGB")


def test_edge_background_runs_into_the_bleed_and_marks_stay_outside(built):
    path = built("marks")
    image = _render_mm(path, dpi=144)
    px = 144 / 25.4  # pixels per mm
    slug = 3 + printing.SLUG_MM
    middle_x = int((slug + 74) * px)

    def colour(x_mm: float, y_mm: float):
        return image.getpixel((int(x_mm * px), int(y_mm * px)))

    def is_red(rgb):
        return rgb[0] > 120 and rgb[1] < 80 and rgb[2] < 80

    assert is_red(colour(slug - 1.5, slug + 5))  # the band, 1.5 mm into the left bleed
    assert is_red(image.getpixel((middle_x, int((slug - 1.5) * px))))  # and the top bleed
    assert not is_red(colour(slug - 5, slug + 5))  # but not into the slug
    # A crop mark: dark pixels on the trim line, outside the bleed.
    column = [image.getpixel((int(slug * px), y)) for y in range(int((slug - 3) * px))]
    assert any(sum(rgb) < 200 for rgb in column)


@pytest.mark.parametrize("variant", ["pdf/a-2b", "pdf/a-3b", "pdf/ua-1", "pdf/x-4"])
def test_variants_carry_what_they_claim(built, variant):
    path = built(variant)  # (on a paper, or with contents: PRINT_BUILDS)
    report = check_print(path)
    assert report.claims == [variant]
    assert report.ok, [str(c) for c in report.failures]
    assert statuses(report)[f"variant {variant}"] == "pass"
    with pikepdf.open(path) as pdf:
        intents = pdf.Root.get("/OutputIntents")
        if variant.startswith("pdf/a"):
            assert str(intents[0]["/S"]) == "/GTS_PDFA1"
            assert int(intents[0]["/DestOutputProfile"]["/N"]) == 3
        if variant == "pdf/x-4":
            assert str(intents[0]["/S"]) == "/GTS_PDFX"
            assert int(intents[0]["/DestOutputProfile"]["/N"]) == 4
            assert pdf.pdf_version == "1.6"
            assert not any(page.obj.get("/Annots") for page in pdf.pages)
            used = colour_spaces(pdf)
            assert "DeviceCMYK" in used and not used.keys() & {"DeviceRGB", "ICC RGB"}
        if variant == "pdf/ua-1":
            assert pdf.Root.get("/StructTreeRoot") is not None
            assert str(pdf.Root["/Lang"]) == "zh-CN"


def test_booklet_imposes_a5_pages_two_up_on_a4(built, tmp_path):
    path = built("booklet")
    # The A5 pages it imposes, as printed with bleed and marks (the same pages: bleed and
    # marks add no text and move none; the booklet's own are dropped once imposed).
    pages = built("marks")
    with pikepdf.open(pages) as pdf:
        count = len(pdf.pages)
    sheets = -(-count // 4)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 2 * sheets
        assert "/BriefingImposition" in pdf.docinfo
        for page in pdf.pages:
            width, height = (float(v) for v in page.mediabox[2:])
            assert (round(width / MM), round(height / MM)) == (297, 210)
    title = load_briefing(SAMPLE).meta.title
    order = saddle_stitch_order(count)
    # (both files as parsed for the run: preflight reads them too)
    sheets_read, single = read_pages(path), read_pages(pages)
    for sheet_page, (left, right) in zip(sheets_read, order, strict=True):
        middle = sheet_page.width / 2
        for number, on_right in ((left, False), (right, True)):
            text = "".join(c["text"] for c in sheet_page.chars
                           if (c["x0"] >= middle - 1 if on_right else c["x1"] <= middle + 1))
            if number is None:
                assert not text  # a blank page pads the booklet
            else:
                assert text == "".join(c["text"] for c in single[number - 1].chars)
    front_right = "".join(c["text"] for c in sheets_read[0].chars
                          if c["x0"] > sheets_read[0].width / 2)
    assert title in front_right  # page 1 on the right of the first sheet's front
    report = check_print(path)
    assert report.ok and report.imposed


def test_papers_set_the_trim_size(built):
    for paper, name in (("B5", "pdf/a-2b"), ("letter", "pdf/a-3b")):
        assert PRINT_BUILDS[name]["paper"] == paper
        found = boxes(built(name))
        width, height = printing.PAPERS[paper]
        assert found["TrimBox"][2:] == pytest.approx([width * MM, height * MM], abs=0.01)


# ------------------------------------------------------------------ contents and links


def _toc_entries(path: Path) -> dict[str, int]:
    """Heading text → the page number printed after it in the contents."""
    lines = page_texts(path)[0].splitlines()  # (from the parse shared by the run)
    entries = {}
    for line in lines:
        match = re.match(r"^(.*?)\s*\.{3,}\s*(\d+)$", line.replace(" ", ""))
        if match:
            entries[match[1]] = int(match[2])
    return entries


def test_contents_page_numbers_are_where_the_sections_start(sample_pdf):
    briefing = load_briefing(SAMPLE)
    entries = _toc_entries(sample_pdf)
    assert len(entries) >= 10  # the sample has more than TOC_MIN_PAGES pages
    with pikepdf.open(sample_pdf) as pdf:
        reader_pages = {page.objgen: number for number, page in enumerate(pdf.pages, 1)}
        outline_pages = {}
        with pdf.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                item = stack.pop()
                destination = item.destination or item.action.get("/D")
                outline_pages[re.sub(r"\s", "", item.title)] = reader_pages[destination[0].objgen]
                stack.extend(item.children)
        links = [annot for page in pdf.pages[:1] for annot in page.obj.get("/Annots") or []
                 if str(annot.get("/Subtype")) == "/Link"]
    for section in briefing.walk_sections():
        if section.level > 2:
            continue
        label = re.sub(r"\s", "", (section.number or "") + section.title.plain)
        assert entries.get(label) == outline_pages[label], label
    assert len(links) >= len(entries)  # every entry links to its section


def test_contents_switch(built):
    assert not _toc_entries(built("plain"))  # two pages: no contents by default
    assert PRINT_BUILDS["pdf/ua-1"]["toc"] is True
    with_toc = built("pdf/ua-1")
    entries = _toc_entries(with_toc)
    with pikepdf.open(with_toc) as pdf:
        assert entries and set(entries.values()) <= set(range(1, len(pdf.pages) + 1))


# ------------------------------------------------------------------ preflight finds problems


def test_preflight_finds_rgb_in_pdf_x(make_briefing):
    # (a short handout: a title, a heading and the red band are colours enough)
    settings = PrintSettings(variant="pdf/x-4")
    briefing = load_briefing(make_briefing("导语。\n\n## 一、部分\n\n正文段落。\n"))
    rendered = render_html(briefing, template="handout")
    target = briefing.folder.parent / "rgb.pdf"
    # The colours left in sRGB (no prepare_html): preflight must notice.
    write_pdf(rendered.html, target, base_url=briefing.folder,
              allowed_roots=rendered.allowed_roots + settings.allowed_roots(),
              stylesheets=[settings.stylesheet()], pdf_options=settings.pdf_options())
    report = check_print(target)
    assert statuses(report)["colour spaces"] == "fail"
    assert "DeviceRGB" in next(c.detail for c in report.failures)


def test_preflight_finds_low_resolution_images(make_briefing, tmp_path):
    folder = make_briefing("""\
        第一段正文。

        ::: figure
        ![一张小图](small.png)
        一张只有四十像素宽的图片。
        :::
        """)
    Image.new("RGB", (40, 30), (200, 30, 30)).save(folder / "small.png")
    out = tmp_path / "small.pdf"
    build(folder, out)
    report = check_print(out)
    assert statuses(report)["image resolution"] == "fail"
    assert report.ok is False


def test_preflight_finds_fonts_not_embedded_and_missing_boxes(tmp_path):
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(595, 842))
    page = pdf.pages[0]
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font,
                                                Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    page.obj["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj["/Contents"] = pdf.make_stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET")
    path = tmp_path / "bare.pdf"
    pdf.save(path)
    report = check_print(path)
    found = statuses(report)
    assert found["fonts embedded"] == "fail"
    assert found["page boxes"] == "fail"  # no TrimBox


def test_preflight_checks_a_claim_against_the_file(built, tmp_path):
    path = tmp_path / "claims.pdf"
    with pikepdf.open(built("plain")) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        pdf.save(path)
    report = check_print(path)
    assert report.claims == ["pdf/a-2b"]
    check = next(c for c in report.checks if c.name == "variant pdf/a-2b")
    assert check.status == "fail" and "output intent" in check.detail


# ------------------------------------------------------------------ command line


def test_cli_print_options_and_preflight(built, tmp_path):
    out = tmp_path / "x.pdf"
    refused = RUNNER.invoke(app, ["build", str(SAMPLE), "-o", str(out), "--variant", "pdf/x-4",
                                  "--marks", "crop"])
    assert refused.exit_code == 2 and not out.exists()
    bad = RUNNER.invoke(app, ["build", str(SAMPLE), "-o", str(out), "--bleed", "lots"])
    assert bad.exit_code == 2
    passed = RUNNER.invoke(app, ["preflight", str(built("pdf/x-4"))])
    assert passed.exit_code == 0, passed.output
    assert "variant pdf/x-4" in passed.output and "pikepdf (qpdf)" in passed.output
    sheets = RUNNER.invoke(app, ["preflight", str(built("booklet"))])
    assert sheets.exit_code == 0 and "not measured on imposed" in sheets.output


def test_preflight_parses_the_pdf_once(built, tmp_path, monkeypatch):
    # The print checks' images, the typesetting measures and the placement share one
    # parse of the file (parsing is most of what preflight costs); a file written again
    # is parsed again.
    from briefing import preflight

    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(built("plain").read_bytes())
    parses = []
    parse = preflight._parse_pages
    monkeypatch.setattr(preflight, "_parse_pages",
                        lambda path: parses.append(Path(path)) or parse(path))
    result = RUNNER.invoke(app, ["preflight", str(pdf)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert all(row in result.output for row in ("image resolution", "body face", "page fill"))
    assert parses == [pdf]
    pdf.unlink()
    pdf.write_bytes(built("plain").read_bytes())
    assert preflight._read_pages(pdf)[0][1] and parses == [pdf, pdf]


def test_pdf_x_contents_keep_page_numbers_without_links(built):
    # (the PDF/X the variant test checks: with bleed and contents)
    path = built("pdf/x-4")  # (built with toc=True)
    assert _toc_entries(path)
    with pikepdf.open(path) as pdf:
        assert not any(page.obj.get("/Annots") for page in pdf.pages)


def test_every_template_has_bookmarks(built, sample_template_pdf):
    from pdfread import outline

    title = load_briefing(SAMPLE).meta.title
    for path in (built("plain"), sample_template_pdf("jianbao"), sample_template_pdf("reprint")):
        marks = outline(path)
        assert marks[0] == (1, title)
        assert sum(1 for depth, _ in marks if depth == 2) >= 2, path.name


@functools.cache
def _page_words(pdf: Path) -> list[tuple[int, list[dict], list[dict]]]:
    """Each page's number, its words, and its words with blanks kept in them: the two
    key-figure table tests read the same sample PDFs, parsed once for the run."""
    return [(page.page_number, page.extract_words(),
             page.extract_words(keep_blank_chars=True)) for page in read_pages(pdf)]


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_key_figure_tables_share_their_columns(sample_template_pdf, template):
    # Fixed table layout: key-figure tables with the same columns put them at the same
    # places (and WeasyPrint does not measure each cell first); laid out automatically,
    # they followed each table's text.
    starts = {}
    for number, words, _ in _page_words(sample_template_pdf(template)):
        for index, word in enumerate(words):
            if word["text"] == "指标" and index + 1 < len(words):
                row = [w for w in words if abs(w["top"] - word["top"]) < 1]
                starts[(number, round(word["top"]))] = tuple(
                    round(w["x0"], 1) for w in sorted(row, key=lambda w: w["x0"]))
    assert len(starts) >= 4, starts  # the sample's key-figure tables
    by_columns: dict[int, set] = {}
    for columns in starts.values():
        by_columns.setdefault(len(columns), set()).add(columns)
    assert all(len(layouts) == 1 for layouts in by_columns.values()), by_columns


@pytest.mark.parametrize("template", ["reprint", "jianbao"])
def test_a_key_figure_table_keeps_its_caption(sample_template_pdf, template):
    # The group's title is the table's caption: it must never be left at the foot of a
    # page while its table (kept whole) moves on to the next.
    titles = {group.title for group in load_briefing(SAMPLE).figures}
    found = 0
    for number, _, blank_kept in _page_words(sample_template_pdf(template)):
        lines = {}
        for word in blank_kept:
            lines.setdefault(round(word["top"]), []).append(word["text"])
        for top, words in lines.items():
            if "".join(words).replace(" ", "") in titles:
                found += 1
                below = [t for t, w in lines.items() if t > top and "指标" in "".join(w)]
                assert below, f"page {number}: the caption {words} ends the page"
    assert found >= len(titles)

"""Compact font subsets (briefing/weasy/subset.py): small PDFs, the same text, the same
glyphs, fonts that validate; and a loud failure when WeasyPrint's internals change."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import write_briefing
from fontTools.cffLib import CFFFontSet
from fontTools.ttLib import TTFont
from pdfread import page_texts
from pypdf import PdfReader

from briefing import weasy
from briefing.build import build
from briefing.weasy import subset

BODY = """\
如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。2021年，PM<sub>2.5</sub>平均浓度为27μg/m<sup>3</sup>，同比下降18.2%。

## 一、党建引领

“人说山西好风光，地肥水美五谷香。”革命老区吕梁是延安的东部屏障。

| 指标 | 数值 |
|---|---:|
| 优良天数 | 281 |
"""


def embedded_fonts(pdf: Path) -> list[tuple[str, str, str | None, bytes]]:
    """(base font, descendant subtype, font-file subtype, program) of every font."""
    found = {}
    for page in PdfReader(pdf).pages:
        for font in (page["/Resources"].get_object().get("/Font") or {}).values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type3":
                continue  # the text layer's spacer (weasy/textlayer.py): no font program
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            for key in ("/FontFile3", "/FontFile2", "/FontFile"):
                if key in descriptor:
                    stream = descriptor[key].get_object()
                    found[str(font["/BaseFont"])] = (
                        str(font["/BaseFont"]), str(descendant["/Subtype"]),
                        str(stream.get("/Subtype")) if stream.get("/Subtype") else None,
                        stream.get_data(), descendant)
    return list(found.values())


def pixels(pdf: Path, folder: Path, name: str) -> list[bytes]:
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(folder / name)], check=True)
    return [p.read_bytes() for p in sorted(folder.glob(f"{name}-*.png"))]


@pytest.fixture
def retained_gids():
    """WeasyPrint's own subsetting for the duration of a test."""
    weasy.load()
    weasy.uninstall("subset")
    try:
        yield
    finally:
        weasy.install("subset")


def test_sample_is_small_and_its_fonts_validate(sample_pdf):
    assert sample_pdf.stat().st_size <= 320_000
    fonts = embedded_fonts(sample_pdf)
    assert fonts
    for name, _subtype, file_subtype, program, _ in fonts:
        assert "+" in name  # a subset tag
        if file_subtype == "/CIDFontType0C":  # bare CID-keyed CFF
            cff = CFFFontSet()
            cff.decompile(io.BytesIO(program), None)
            top = cff.topDictIndex[0]
            assert hasattr(top, "ROS")
            assert len(top.charset) < 8000  # only the glyphs used, not 65,535 slots
        else:
            font = TTFont(io.BytesIO(program))
            assert font["maxp"].numGlyphs < 8000
    listing = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    # Every font embedded, subset and mapped to Unicode; the text layer's spacer (a Type 3
    # font of one blank glyph, drawn by the PDF itself) has nothing to subset.
    listing = [line for line in listing if "Type 3" not in line]
    assert listing and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in listing)
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--check", str(sample_pdf)], check=True, capture_output=True)


@pytest.fixture(scope="module")
def compact(tmp_path_factory):
    """BODY built as every build makes it (compact subsets), once for the module, and
    the size of every font program WeasyPrint read for it (its fonts' HarfBuzz data)."""
    weasy.load()
    from weasyprint.text import fonts as text_fonts

    sizes: list[int] = []
    real = text_fonts.get_hb_object_data

    def counting(hb_object, ot_color=None, glyph=None):
        data = real(hb_object, ot_color, glyph)
        if ot_color is None and data:
            sizes.append(len(data))
        return data

    root = tmp_path_factory.mktemp("compact")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_fonts, "get_hb_object_data", counting)
        patch.setenv("XDG_CACHE_HOME", str(root / "cache"))  # subsets made, not read back
        pdf = build(write_briefing(root / "brief", BODY), root / "compact.pdf",
                    force=True).output
    return pdf, sizes


def test_compact_subsets_keep_text_and_glyphs(make_briefing, tmp_path, compact,
                                              retained_gids):
    folder = make_briefing(BODY)
    retained = build(folder, tmp_path / "retained.pdf", force=True).output
    compact, _ = compact
    assert compact.stat().st_size < retained.stat().st_size / 2
    assert page_texts(compact) == page_texts(retained)
    assert pixels(compact, tmp_path, "c") == pixels(retained, tmp_path, "r")
    kinds = {file_subtype for _, _, file_subtype, _, _ in embedded_fonts(compact)}
    assert kinds == {"/CIDFontType0C"}  # Noto CJK: bare CFF, glyphs found by CID


def truetype_font() -> str | None:
    listing = subprocess.run(["fc-list", ":fontformat=TrueType", "family"],
                             capture_output=True, text=True).stdout
    families = sorted({line.split(",")[0].strip() for line in listing.splitlines() if line})
    for wanted in ("AR PL UKai CN", "DejaVu Sans"):
        if wanted in families:
            return wanted
    return families[0] if families else None


def test_truetype_fonts_get_a_cid_to_gid_map(tmp_path, retained_gids):
    family = truetype_font()
    if family is None:
        pytest.skip("no TrueType font installed")
    from weasyprint import HTML

    html = (f'<html lang="zh"><body style="font-family: \'{family}\'; font-size: 18pt">'
            "<p>吕梁市生态环境局 Latin text 0123 ÄÖÜ ﬁ</p><p>优良天数281天</p></body></html>")
    HTML(string=html).write_pdf(tmp_path / "retained.pdf")
    weasy.install("subset")
    HTML(string=html).write_pdf(tmp_path / "compact.pdf")
    fonts = embedded_fonts(tmp_path / "compact.pdf")
    assert fonts and all(subtype == "/CIDFontType2" for _, subtype, _, _, _ in fonts)
    for _, _, _, program, descendant in fonts:
        mapping = descendant["/CIDToGIDMap"].get_object()
        assert hasattr(mapping, "get_data")  # a stream, not /Identity
        assert TTFont(io.BytesIO(program))["maxp"].numGlyphs < 200
    assert page_texts(tmp_path / "compact.pdf") == page_texts(tmp_path / "retained.pdf")
    assert pixels(tmp_path / "compact.pdf", tmp_path, "c") == pixels(
        tmp_path / "retained.pdf", tmp_path, "r")


def test_a_cid_mismatch_falls_back_to_retained_gids(make_briefing, tmp_path, monkeypatch):
    weasy.load()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # subsets made afresh
    monkeypatch.setattr(subset, "cff_glyph_cids", lambda data: None)
    pdf = build(make_briefing(BODY), tmp_path / "fallback.pdf", force=True).output
    kinds = {file_subtype for _, _, file_subtype, _, _ in embedded_fonts(pdf)}
    assert kinds == {"/OpenType"}  # WeasyPrint's own subsets, unchanged
    assert "如意湖畔" in "".join(page_texts(pdf)).replace("\n", "")


def test_subsets_are_kept_on_disk(make_briefing, tmp_path, monkeypatch):
    """A second build of the same text takes each subset from the cache (no HarfBuzz
    subsetting, no fontTools parse), to the same bytes; an unreadable entry is made
    again; a subset's CIDs are kept too, for a subset made again."""
    weasy.load()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    plans: list[list[int]] = []
    reads: list[bytes] = []
    real_plan, real_read = subset._subset_plan, subset.read_cff_glyph_cids

    def planning(font, gids, hinting):
        plans.append(gids)
        return real_plan(font, gids, hinting)

    def reading(data):
        reads.append(data)
        return real_read(data)

    monkeypatch.setattr(subset, "_subset_plan", planning)
    monkeypatch.setattr(subset, "read_cff_glyph_cids", reading)
    folder = make_briefing(BODY)
    first = build(folder, tmp_path / "first.pdf", force=True).output.read_bytes()
    assert plans and reads  # the cache was empty: each subset made and read
    cache = tmp_path / "cache" / "briefing"
    subsets = sorted((cache / "subsets").glob("*.pickle"))
    assert len(subsets) == len(plans)
    assert len(list((cache / "cff-cids").glob("*.json"))) == len(set(reads))
    made, read = len(plans), len(reads)
    second = build(folder, tmp_path / "second.pdf", force=True).output.read_bytes()
    assert (len(plans), len(reads)) == (made, read)  # every subset came from the disk
    assert second == first
    subsets[0].write_bytes(b"not a pickle")
    assert build(folder, tmp_path / "third.pdf", force=True).output.read_bytes() == first
    assert len(plans) == made + 1  # the broken entry, made again …
    assert len(reads) == read  # … its CIDs from their own entry
    for path in (cache / "subsets").glob("*.pickle"):
        path.unlink()
    for path in (cache / "cff-cids").glob("*.json"):
        path.write_text("{not json", "utf-8")
    assert build(folder, tmp_path / "fourth.pdf", force=True).output.read_bytes() == first
    assert len(reads) == 2 * read  # unreadable CIDs entries, read again from the fonts
    for data in set(reads):
        assert subset.cff_glyph_cids(data) == real_read(data)
    # Other glyphs, another entry.
    build(make_briefing(BODY + "\n\n新增一段：碳达峰、碳中和。\n"), tmp_path / "other.pdf",
          force=True)
    assert len(list((cache / "subsets").glob("*.pickle"))) > len(subsets)


def test_changed_internals_fail_loudly(retained_gids, monkeypatch):
    from weasyprint.pdf import fonts as pdf_fonts

    weasy.check("subset")  # the installed WeasyPrint passes

    def changed(self, to_unicode, hinting, extra):
        raise AssertionError

    monkeypatch.setattr(pdf_fonts.Font, "_harfbuzz_subset", changed)
    with pytest.raises(weasy.WeasyPrintIncompatible, match="compact-subset.*_harfbuzz_subset"):
        weasy.install("subset")
    monkeypatch.undo()
    monkeypatch.setattr(pdf_fonts, "_build_vector_font_dictionary",
                        lambda font_dictionary, pdf, font, widths, compress, reference: None)
    with pytest.raises(weasy.WeasyPrintIncompatible, match="cid-to-gid-map.*_build_vector"):
        weasy.install("subset")


def test_another_weasyprint_version_fails_loudly(monkeypatch):
    weasy.load()
    import weasyprint

    monkeypatch.setattr(weasyprint, "__version__", "71.0")
    with pytest.raises(weasy.WeasyPrintIncompatible, match="71.0"):
        weasy.check("subset")


def test_whole_font_files_are_not_copied(compact):
    _, sizes = compact  # what WeasyPrint read of each font for BODY's build
    assert sizes and max(sizes) < 1_000_000  # subsets only, never a 20 MB CJK font file

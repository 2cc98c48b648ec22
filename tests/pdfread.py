"""Reading built PDFs in tests: text without running heads, outlines, fonts, metadata."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from briefing import preflight

MM = 72 / 25.4
glyphs = preflight.glyphs  # a pdfplumber page's glyphs (the tests import it from here)


def _stamp(pdf_path: Path) -> tuple[str, int, int]:
    """The file as it is now: a PDF written again at the same path is read again."""
    status = Path(pdf_path).stat()
    return str(Path(pdf_path).resolve()), status.st_mtime_ns, status.st_size


@functools.cache
def _page_glyphs(stamp: tuple[str, int, int]) -> tuple[tuple[float, tuple[dict, ...]], ...]:
    """Each page's height and glyphs, read once per file (tests read the PDFs built for
    the run many times; parsing a page's characters is the slow part): preflight's own
    parse, which conftest.py shares across modules and workers."""
    with pdfplumber.open(stamp[0]) as pdf:
        heights = [page.height for page in pdf.pages]
    return tuple((height, tuple(chars)) for height, (_, chars, _) in
                 zip(heights, preflight._read_pages(Path(stamp[0])), strict=True))


@functools.cache
def _pages_read(stamp: tuple[str, int, int]) -> tuple[tuple[int, list[dict], list[dict]], ...]:
    return tuple(preflight._read_pages(Path(stamp[0])))


def pages_read(pdf_path: Path) -> tuple[tuple[int, list[dict], list[dict]], ...]:
    """Each page's number, glyphs and shapes (pdfplumber's rects, lines, curves and
    images, each with its object_type): preflight's parse, shared by the run. Read only."""
    return _pages_read(_stamp(pdf_path))


def page_glyphs(pdf_path: Path) -> list[list[dict]]:
    """Each page's glyphs (preflight.glyphs: the text layer's spacers left out), from the
    parse shared by the run."""
    return [list(chars) for _, chars in _page_glyphs(_stamp(pdf_path))]


def body_chars(pdf_path: Path, top_mm: float = 22.0, bottom_mm: float = 20.0) -> list[dict]:
    """Characters inside the text block (running header and page number left out)."""
    chars = []
    for number, (height, page_glyphs) in enumerate(_page_glyphs(_stamp(pdf_path)), 1):
        for char in page_glyphs:
            if top_mm * MM < char["top"] < height - bottom_mm * MM:
                chars.append({**char, "page": number})
    return chars


def body_text(pdf_path: Path) -> str:
    """The text block's text, in reading order, with all white space removed."""
    return re.sub(r"\s+", "", "".join(c["text"] for c in body_chars(pdf_path)))


@functools.cache
def _page_texts(stamp: tuple[str, int, int]) -> tuple[str, ...]:
    with pdfplumber.open(stamp[0]) as pdf:
        return tuple(page.extract_text() or "" for page in pdf.pages)


def page_texts(pdf_path: Path) -> list[str]:
    """Each page's text as pdfplumber lays it out (read once per file)."""
    return list(_page_texts(_stamp(pdf_path)))


def outline(pdf_path: Path) -> list[tuple[int, str]]:
    """(depth, title) of every bookmark, depth first."""
    reader = PdfReader(pdf_path)
    found: list[tuple[int, str]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(reader.outline, 1)
    return found


def fonts(pdf_path: Path) -> list[dict]:
    """Every font resource with a font program: base name, whether the program is
    embedded. (Type3 fonts, such as the text layer's blank spacer, draw their glyphs
    with the PDF's own operators: there is no program to embed.)"""
    reader = PdfReader(pdf_path)
    seen = {}
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type3":
                continue
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            seen[str(font["/BaseFont"])] = {"name": str(font["/BaseFont"]), "embedded": embedded}
    return list(seen.values())


MISSING_GLYPH_CODES = (b"\x00\x00", b"\xff\xff")


def notdef_glyphs(pdf_path: Path) -> int:
    """How many missing-glyph boxes the pages draw.

    WeasyPrint writes its fonts as Type0 fonts with two-byte codes that are glyph ids
    (subsets keep every slot): glyph 0 is .notdef, and a character Pango found in no font
    comes out as 0xFFFF (one past the last of a full CJK font's 65,535 glyphs)."""
    import pikepdf

    count = 0
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "Tj":
                    strings = [operands[0]]
                elif str(operator) == "TJ":
                    strings = [item for item in operands[0] if isinstance(item, pikepdf.String)]
                else:
                    continue
                for string in strings:
                    data = bytes(string)
                    count += sum(1 for i in range(0, len(data) - 1, 2)
                                 if data[i:i + 2] in MISSING_GLYPH_CODES)
    return count

"""Reading built PDFs in tests: text without running heads, outlines, fonts, metadata."""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

import pdfplumber
from pdfplumber import utils
from pypdf import PdfReader

from briefing import preflight

MM = 72 / 25.4
glyphs = preflight.glyphs  # a pdfplumber page's glyphs (the tests import it from here)


def _stamp(pdf_path: Path) -> tuple[str, int, int]:
    """The file as it is now: a PDF written again at the same path is read again."""
    status = Path(pdf_path).stat()
    return str(Path(pdf_path).resolve()), status.st_mtime_ns, status.st_size


def parse(pdf_path: Path) -> list[dict]:
    """One pdfplumber parse of each page (parsing a page's characters is the slow part):
    its number, bbox, width and height, every character (the text layer's spacers too)
    and preflight's shapes. Each reader below, and preflight's own parse in the tests
    (conftest.py), is made from it."""
    with pdfplumber.open(pdf_path) as pdf:
        return [{"number": page.page_number, "bbox": page.bbox, "width": page.width,
                 "height": page.height, "chars": page.chars, "shapes": preflight.shapes(page)}
                for page in pdf.pages]


read = parse  # conftest.py puts the run's shared parse here (one per file for the run)


def preflight_parse(pdf_path: Path) -> list[tuple[int, list[dict], list[dict]]]:
    """preflight._parse_pages's parse (each page's number, glyphs and shapes), from `read`."""
    return [(page["number"], [c for c in page["chars"] if c["text"]], page["shapes"])
            for page in read(pdf_path)]


class Page:
    """A page of the shared parse, read as a pdfplumber page: chars (spacers too), rects,
    lines, curves, images, and its text and words as pdfplumber extracts them from those
    characters. Read only."""

    def __init__(self, page: dict) -> None:
        self.page_number, self.bbox = page["number"], page["bbox"]
        self.width, self.height, self.chars = page["width"], page["height"], page["chars"]
        kinds = {"rect": [], "line": [], "curve": [], "image": []}
        for shape in page["shapes"]:
            kinds[shape["object_type"]].append(shape)
        self.rects, self.lines = kinds["rect"], kinds["line"]
        self.curves, self.images = kinds["curve"], kinds["image"]

    def extract_text(self, **kwargs) -> str:
        return utils.chars_to_textmap(
            self.chars, **{"layout_bbox": self.bbox, "layout_width": self.width,
                           "layout_height": self.height, **kwargs}).as_string

    def extract_words(self, **kwargs) -> list[dict]:
        return utils.extract_words(self.chars, **kwargs)


@functools.lru_cache(maxsize=16)  # (every character of a file: the last few files kept)
def _pages(stamp: tuple[str, int, int]) -> tuple[Page, ...]:
    return tuple(Page(page) for page in read(Path(stamp[0])))


def pages(pdf_path: Path) -> tuple[Page, ...]:
    """The file's pages, from the parse shared by the run (for the PDFs built for the
    run, which many modules read)."""
    return _pages(_stamp(pdf_path))


@functools.cache
def _page_glyphs(stamp: tuple[str, int, int]) -> tuple[tuple[float, tuple[dict, ...]], ...]:
    """Each page's height and glyphs, read once per file (tests read the PDFs built for
    the run many times), from the parse conftest.py shares across modules and workers."""
    return tuple((page.height, tuple(c for c in page.chars if c["text"]))
                 for page in _pages(stamp))


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


def paragraph_lines(pdf_path: Path, starts: str | tuple[str, ...]) -> list[list[str]]:
    """The lines (white space removed, from the glyphs' positions) of each paragraph set in
    the body's size — the size most glyphs have — a paragraph beginning at a line that
    starts with `starts`; a subscript's digits stand on their own line."""
    with pdfplumber.open(pdf_path) as document:
        chars = [c for page in document.pages for c in page.chars if c["text"].strip()]
    size = Counter(round(c["size"]) for c in chars).most_common(1)[0][0]
    rows: dict[tuple[int, int], list[dict]] = {}
    for c in chars:
        if round(c["size"]) == size:
            rows.setdefault((c["page_number"], round(c["top"])), []).append(c)
    found: list[list[str]] = []
    for _, row in sorted(rows.items()):
        line = "".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
        if line.startswith(starts):
            found.append([])
        if found:
            found[-1].append(line)
    return found


def body_text(pdf_path: Path) -> str:
    """The text block's text, in reading order, with all white space removed."""
    return re.sub(r"\s+", "", "".join(c["text"] for c in body_chars(pdf_path)))


@functools.cache
def _page_texts(stamp: tuple[str, int, int]) -> tuple[str, ...]:
    return tuple(page.extract_text() or "" for page in _pages(stamp))


def page_texts(pdf_path: Path) -> list[str]:
    """Each page's text as pdfplumber lays it out (from the parse shared by the run)."""
    return list(_page_texts(_stamp(pdf_path)))


def reader_text(pdf_path: Path) -> str:
    """The text a reader copies or searches (poppler's pdftotext, in reading order): a
    subscript (PM₂.₅) stays in its word, where pdfplumber's text may set it on a line of
    its own in a tightly leaded table."""
    import subprocess

    return subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True,
                          text=True, check=True).stdout


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

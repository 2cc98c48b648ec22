"""Print options: paper, bleed and crop marks, PDF variants, booklet imposition.

    settings = PrintSettings(paper="A5", bleed_mm=3, marks=("crop",), variant="pdf/x-4")
    settings.validate()                  # InputError for combinations that cannot work
    settings.stylesheet()                # CSS appended after the template's own
    settings.pdf_options()               # WeasyPrint write_pdf options (pdf_variant, …)
    settings.finisher()                  # sets the exact BleedBox before the PDF is written
    impose_booklet(a5_pdf, target)       # saddle-stitch imposition, two up, with pikepdf

Templates lay out their page with `page_geometry(...)` (a Jinja global): the margins
they were designed with on A4, scaled to the chosen paper, the text block snapped to a
whole number of body characters.

Bleed and marks. WeasyPrint draws crop marks inside the CSS bleed area, from its outer
edge half way in. So that marks never stand inside the bleed a print shop trims into,
the CSS bleed is the bleed plus a slug of `SLUG_MM` when marks are asked for; the PDF's
BleedBox is then set to the exact bleed (WeasyPrint would put it at most 10 pt out).
Templates extend edge-touching backgrounds by `var(--bleed, 0mm)`.

PDF/X-4 needs every colour in the output intent's CMYK: `cmyk_html()` converts the
sRGB colours of the document's stylesheets and SVG attributes through the ICC profile
(greys to black ink only), and links are left out (PDF/X allows no annotation inside the
BleedBox). WeasyPrint draws marks in RGB, so PDF/X takes no marks: print shops cut by
the TrimBox.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from briefing.errors import EnvironmentProblem, InputError

MM = 72 / 25.4  # points per millimetre

# Trimmed page sizes, mm (GB/T 148: A4, A5; B5 is the ISO/GB 176 × 250).
PAPERS: dict[str, tuple[float, float]] = {
    "A4": (210.0, 297.0),
    "A5": (148.0, 210.0),
    "B5": (176.0, 250.0),
    "letter": (215.9, 279.4),
}
DESIGN_PAPER = "A4"  # templates give their margins for A4
# A booklet's pages are imposed two up on the sheet twice their width (landscape).
SHEETS: dict[str, tuple[str, tuple[float, float]]] = {
    "A5": ("A4", (297.0, 210.0)),
    "A4": ("A3", (420.0, 297.0)),
    "B5": ("B4", (353.0, 250.0)),
    "letter": ("tabloid", (431.8, 279.4)),
}
MARKS = ("crop", "cross")
VARIANTS = ("pdf/a-2b", "pdf/a-3b", "pdf/ua-1", "pdf/x-4")
MAX_BLEED_MM = 8.0
SLUG_MM = 8.0  # room for the marks outside the bleed
# The CMYK output intent for PDF/X: the Artifex SWOP profile of Debian's libgs-common.
CMYK_PROFILE = Path("/usr/share/color/icc/ghostscript/default_cmyk.icc")

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)?\s*$")
_UNIT_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 25.4 / 72, None: 1.0}


def parse_length_mm(text: str, what: str = "--bleed") -> float:
    """'3mm', '3', '0.125in', '9pt' → millimetres."""
    match = _LENGTH.match(str(text))
    if not match:
        raise InputError(f"{what} {text!r} is not a length",
                         fix=f"write e.g. {what} 3mm (mm, cm, in or pt)")
    return float(match[1]) * _UNIT_MM[match[2]]


def parse_marks(text: str | None) -> tuple[str, ...]:
    """'crop,cross' → ('crop', 'cross'); '' or 'none' → ()."""
    if not text or text.strip().lower() == "none":
        return ()
    marks = tuple(dict.fromkeys(part.strip().lower() for part in text.split(",") if part.strip()))
    unknown = [mark for mark in marks if mark not in MARKS]
    if unknown:
        raise InputError(f"--marks: unknown mark {unknown[0]!r}",
                         fix="use crop, cross or crop,cross")
    return marks


def paper_names() -> str:
    return ", ".join(PAPERS)


# ---------------------------------------------------------------- page geometry


def _fmt(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


@dataclass(frozen=True)
class Geometry:
    """A page laid out on a paper: its CSS and the text block it leaves."""

    paper: str
    top: float  # margins, pt
    right: float
    bottom: float
    left: float
    text_width: float  # pt
    text_height: float

    @property
    def css(self) -> Markup:
        width, height = PAPERS[self.paper]
        return Markup(
            f"size: {_fmt(width)}mm {_fmt(height)}mm; margin: {_fmt(self.top)}pt "
            f"{_fmt(self.right)}pt {_fmt(self.bottom)}pt {_fmt(self.left)}pt;")

    def __str__(self) -> str:
        return str(self.css)

    def __html__(self) -> str:
        return str(self.css)


def page_geometry(paper: str, top: float, right: float, bottom: float, left: float, *,
                  body: float | None = None, columns: int | None = None,
                  rows: int | None = None, pitch: float | None = None,
                  align: str = "center") -> Geometry:
    """Margins designed for A4 (mm), laid out on `paper`.

    Margins scale with the paper's width and height. With `body` (pt) the text block is
    snapped to a whole number of body characters (`columns` of them on A4, as GB/T 9704
    asks for 28); with `pitch` (pt) to a whole number of lines (`rows` on A4). `align`
    puts the leftover width on both sides ("center") or on the outer side ("binding":
    the left margin, 订口, keeps its value).
    """
    if paper not in PAPERS:
        raise InputError(f"unknown paper {paper!r}", fix=f"use one of: {paper_names()}")
    width_mm, height_mm = PAPERS[paper]
    design_w, design_h = PAPERS[DESIGN_PAPER]
    sx, sy = width_mm / design_w, height_mm / design_h
    top_pt, bottom_pt = top * sy * MM, bottom * sy * MM
    left_pt, right_pt = left * sx * MM, right * sx * MM
    page_w, page_h = width_mm * MM, height_mm * MM
    text_w = page_w - left_pt - right_pt
    if body:
        if columns and paper == DESIGN_PAPER:
            chars = columns
        else:
            chars = max(1, math.floor(text_w / body + 1e-6))
        text_w = chars * body
        spare = page_w - left_pt - right_pt - text_w
        if align == "center":
            left_pt += spare / 2
        right_pt = page_w - left_pt - text_w
    text_h = page_h - top_pt - bottom_pt
    if pitch:
        lines = rows if rows and paper == DESIGN_PAPER else max(
            1, math.floor(text_h / pitch + 1e-6))
        # Half a point of room so that rounding never pushes the last line off the page.
        text_h = lines * pitch + 0.5
        bottom_pt = page_h - top_pt - text_h
    return Geometry(paper, top_pt, right_pt, bottom_pt, left_pt, text_w, text_h)


# ---------------------------------------------------------------- colours for PDF/X

_HEX = r"#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3,4})\b"
_RGB_FUNC = r"rgba?\(\s*[^()]*\)"
_NAMED = {"black": (0, 0, 0), "white": (255, 255, 255), "red": (255, 0, 0),
          "gray": (128, 128, 128), "grey": (128, 128, 128), "silver": (192, 192, 192)}
_COLOUR = re.compile(rf"{_HEX}|{_RGB_FUNC}|(?<![-\w])(?:{'|'.join(_NAMED)})(?![-\w])")
_STYLE_BLOCK = re.compile(r"(<style\b[^>]*>)(.*?)(</style>)", re.S | re.I)
_COLOUR_ATTR = re.compile(
    r"""(\s(?:fill|stroke|stop-color|flood-color|lighting-color|color|style)=)(["'])(.*?)\2""",
    re.S | re.I)


def _parse_colour(token: str) -> tuple[tuple[int, int, int], float] | None:
    token = token.strip()
    if token.lower() in _NAMED:
        return _NAMED[token.lower()], 1.0
    if token.startswith("#"):
        digits = token[1:]
        if len(digits) in (3, 4):
            digits = "".join(c * 2 for c in digits)
        red, green, blue = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
        alpha = int(digits[6:8], 16) / 255 if len(digits) == 8 else 1.0
        return (red, green, blue), alpha
    parts = [p for p in re.split(r"[\s,/]+", token[token.index("(") + 1:-1].strip()) if p]
    if len(parts) not in (3, 4):
        return None
    channels = []
    for part in parts[:3]:
        channels.append(round(float(part[:-1]) * 2.55) if part.endswith("%")
                        else round(float(part)))
    alpha = 1.0
    if len(parts) == 4:
        alpha = float(parts[3][:-1]) / 100 if parts[3].endswith("%") else float(parts[3])
    return (channels[0], channels[1], channels[2]), alpha


@lru_cache(maxsize=4)
def _transform(profile: str):
    from PIL import ImageCms

    return ImageCms.buildTransform(
        ImageCms.createProfile("sRGB"), ImageCms.getOpenProfile(profile), "RGB", "CMYK",
        renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


@lru_cache(maxsize=512)
def rgb_to_cmyk(rgb: tuple[int, int, int], profile: str = str(CMYK_PROFILE)
                ) -> tuple[float, float, float, float]:
    """sRGB → the profile's CMYK (0–1). Neutral greys go to black ink alone, as print
    shops want text and rules set (no rich black, no registration trouble)."""
    red, green, blue = rgb
    if red == green == blue:
        return 0.0, 0.0, 0.0, round(1 - red / 255, 4)
    from PIL import Image, ImageCms

    pixel = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), _transform(profile))
    return tuple(round(v / 255, 4) for v in pixel.getpixel((0, 0)))  # type: ignore[return-value]


def _cmyk_css(match: re.Match) -> str:
    parsed = _parse_colour(match[0])
    if parsed is None:
        return match[0]
    rgb, alpha = parsed
    cyan, magenta, yellow, black = rgb_to_cmyk(rgb)
    text = f"device-cmyk({_fmt(cyan)} {_fmt(magenta)} {_fmt(yellow)} {_fmt(black)}"
    return text + (f" / {_fmt(alpha)})" if alpha < 1 else ")")


def cmyk_css(css: str) -> str:
    """Every sRGB colour of a stylesheet (hex, rgb(), the usual names) as device-cmyk()."""
    return _COLOUR.sub(_cmyk_css, css)


_SVG_DATA_URI = re.compile(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)")


_SVG_ROOT = re.compile(r"<svg\b[^>]*>")


def _svg_default_fill(svg: str) -> str:
    """SVG paints what names no fill in black; make that black ink, not sRGB black."""
    root = _SVG_ROOT.search(svg)
    if root is None or re.search(r"\sfill=", root[0]):
        return svg
    return svg[:root.start()] + root[0][:-1] + ' fill="device-cmyk(0 0 0 1)">' + svg[root.end():]


def _cmyk_svg_uri(match: re.Match) -> str:
    import base64

    svg = _svg_default_fill(base64.b64decode(match[1]).decode("utf-8"))
    return "data:image/svg+xml;base64," + base64.b64encode(
        cmyk_html(svg).encode("utf-8")).decode("ascii")


def cmyk_html(html: str) -> str:
    """The document with the colours of its <style> blocks, SVG colour attributes and SVG
    images (data: URIs, as charts are embedded) in CMYK."""
    html = _SVG_DATA_URI.sub(_cmyk_svg_uri, html)
    html = _STYLE_BLOCK.sub(lambda m: m[1] + cmyk_css(m[2]) + m[3], html)
    return _COLOUR_ATTR.sub(lambda m: m[1] + m[2] + cmyk_css(m[3]) + m[2], html)


# ---------------------------------------------------------------- settings


@dataclass(frozen=True)
class PrintSettings:
    paper: str | None = None  # None: the front matter's (A5 for a booklet)
    bleed_mm: float = 0.0
    marks: tuple[str, ...] = ()
    variant: str | None = None
    booklet: bool = False

    @property
    def links(self) -> bool:
        """Whether the PDF may carry link annotations (PDF/X: none inside the BleedBox)."""
        return self.variant != "pdf/x-4"

    @property
    def css_bleed_mm(self) -> float:
        return self.bleed_mm + (SLUG_MM if self.marks else 0.0)

    def validate(self) -> None:
        if self.paper is not None and self.paper not in PAPERS:
            raise InputError(f"--paper {self.paper!r} is not a paper size",
                             fix=f"use one of: {paper_names()}")
        if not 0 <= self.bleed_mm <= MAX_BLEED_MM:
            raise InputError(f"--bleed {self.bleed_mm:g}mm is outside 0–{MAX_BLEED_MM:g} mm",
                             fix="print shops ask for 2–5 mm; 3 mm is usual")
        for mark in self.marks:
            if mark not in MARKS:
                raise InputError(f"unknown mark {mark!r}", fix="use crop, cross or crop,cross")
        if self.variant is not None and self.variant not in VARIANTS:
            raise InputError(f"--variant {self.variant!r} is not supported",
                             fix=f"use one of: {', '.join(VARIANTS)}")
        if self.variant == "pdf/x-4" and self.marks:
            raise InputError(
                "PDF/X-4 with printer's marks: WeasyPrint draws marks in RGB, which PDF/X "
                "forbids", fix="leave out --marks: the print shop cuts by the TrimBox and "
                "BleedBox the PDF/X file carries (add --bleed for the bleed)")
        if self.booklet:
            if self.bleed_mm or self.marks:
                raise InputError("--booklet imposes trimmed pages; bleed and marks belong to "
                                 "single pages", fix="leave out --bleed/--marks with --booklet")
            if self.variant:
                raise InputError(
                    f"--booklet with --variant {self.variant}: imposition makes a new PDF "
                    "without the variant's tags and metadata",
                    fix="build the variant and the booklet as two files")
        if self.variant == "pdf/x-4" and not CMYK_PROFILE.is_file():
            raise EnvironmentProblem(
                f"PDF/X-4 needs a CMYK output profile; {CMYK_PROFILE} is missing",
                fix="install the Debian package libgs-common (make setup does)")

    def apply(self, briefing) -> None:
        """Put the paper into the briefing's options (templates lay out their pages from
        it): --paper, else the front matter's; a booklet's pages are A5 unless told."""
        options = briefing.meta.options
        if self.paper is not None:
            options.paper = self.paper
        elif self.booklet and "paper" not in options.model_fields_set:
            options.paper = "A5"
        if options.grid is not None and options.paper != DESIGN_PAPER:
            raise InputError(
                f"grid mode lays out GB/T 9704's A4 page, not {options.paper}",
                file=briefing.folder / "article.md", line=briefing.meta_lines.get("options"),
                fix="remove options.grid, or build on A4")

    def prepare_html(self, html: str) -> str:
        """PDF/X: the document's colours in the output intent's CMYK."""
        return cmyk_html(html) if self.variant == "pdf/x-4" else html

    def pages_target(self, target: Path) -> Path:
        """Where the pages are written: the target, or beside it for a booklet's imposition."""
        if not self.booklet:
            return Path(target)
        return Path(target).with_name(f".{Path(target).stem}.pages.pdf")

    def finish(self, pages: Path, target: Path) -> None:
        """A booklet: impose the pages onto the target, then drop them."""
        if not self.booklet:
            return
        try:
            impose_booklet(pages, target)
        finally:
            Path(pages).unlink(missing_ok=True)

    def stylesheet(self) -> str:
        """CSS appended after the template's: bleed and marks, PDF/X's colour profile."""
        rules = []
        if self.css_bleed_mm:
            marks = " ".join(self.marks) or "none"
            rules.append(f"@page {{ bleed: {_fmt(self.css_bleed_mm)}mm; marks: {marks}; }}")
        rules.append(f":root {{ --bleed: {_fmt(self.bleed_mm)}mm; }}")
        if self.variant == "pdf/x-4":
            rules.append("@color-profile device-cmyk { components: cyan, magenta, yellow, "
                         f"black; src: url({CMYK_PROFILE.resolve().as_uri()}); }}")
            # The user agent's colours (links, marks) would be sRGB.
            rules.append("html { color: device-cmyk(0 0 0 1); } a { color: inherit; }")
        return "\n".join(rules)

    def allowed_roots(self) -> list[Path]:
        return [CMYK_PROFILE.parent] if self.variant == "pdf/x-4" else []

    def pdf_options(self) -> dict:
        """WeasyPrint options for the variant: it sets the version, the identifier, the
        output intent (sRGB for PDF/A, the CMYK profile for PDF/X), tags for PDF/UA."""
        if not self.variant:
            return {}
        options: dict = {"pdf_variant": self.variant}
        if self.variant == "pdf/x-4":
            options["output_intent"] = "device-cmyk"
        if self.variant == "pdf/ua-1":
            options["pdf_tags"] = True
        return options

    def finisher(self) -> Callable | None:
        """A WeasyPrint finisher putting the BleedBox exactly `bleed_mm` outside the trim."""
        if not self.css_bleed_mm:
            return None
        return BleedBoxFinisher(self.bleed_mm * MM)


@dataclass(frozen=True)
class BleedBoxFinisher:
    """A WeasyPrint finisher putting each page's BleedBox `bleed_pt` outside its TrimBox
    (data, not a closure: it crosses to the export process, briefing/export_worker.py)."""

    bleed_pt: float

    def __call__(self, document, pdf) -> None:
        import pydyf

        bleed_pt = self.bleed_pt
        for obj in pdf.objects:
            if isinstance(obj, dict) and obj.get("Type") == "/Page" and "TrimBox" in obj:
                left, bottom, right, top = (float(v) for v in obj["TrimBox"])
                obj["BleedBox"] = pydyf.Array([round(left - bleed_pt, 6),
                                               round(bottom - bleed_pt, 6),
                                               round(right + bleed_pt, 6),
                                               round(top + bleed_pt, 6)])


# ---------------------------------------------------------------- booklet


def saddle_stitch_order(pages: int) -> list[tuple[int | None, int | None]]:
    """Sheet sides in printing order, each (left page, right page), 1-based; None is a
    blank. Pages are padded to a multiple of four; folded and stapled, the sheets read
    1, 2, 3, … (front of sheet 1: last page and page 1; its back: page 2 and the one
    before last)."""
    if pages < 1:
        raise ValueError("a booklet needs at least one page")
    total = math.ceil(pages / 4) * 4

    def page(number: int) -> int | None:
        return number if number <= pages else None

    sides = []
    for sheet in range(total // 4):
        low, high = 2 * sheet + 1, total - 2 * sheet
        sides.append((page(high), page(low)))  # front
        sides.append((page(low + 1), page(high - 1)))  # back
    return sides


def impose_booklet(source: Path, target: Path) -> int:
    """Impose `source`'s pages two up, saddle-stitch order, on sheets twice their width
    (A5 pages on landscape A4); write `target` atomically. Returns the number of sheet
    sides. Print duplex, flipping on the short edge; fold; staple."""
    import pikepdf

    from briefing.export import atomic_target

    with pikepdf.open(source) as pdf:
        pages = list(pdf.pages)
        box = [float(v) for v in pages[0].trimbox]
        page_w, page_h = box[2] - box[0], box[3] - box[1]
        paper = _paper_of(page_w, page_h)
        if paper is None:
            raise InputError(f"--booklet: pages of {page_w / MM:.0f} × {page_h / MM:.0f} mm "
                             "are not a paper this tool imposes",
                             fix=f"build with --paper (one of: {paper_names()})")
        sheet_name, (sheet_w_mm, sheet_h_mm) = SHEETS[paper]
        sheet_w, sheet_h = sheet_w_mm * MM, sheet_h_mm * MM
        out = pikepdf.new()
        out.docinfo = out.make_indirect(pikepdf.Dictionary({
            key: value for key, value in pdf.docinfo.items()
            if key in ("/Title", "/Author", "/Subject", "/Creator")}))
        out.docinfo["/Producer"] = pikepdf.String(f"briefing booklet ({sheet_name}), pikepdf")
        # Preflight reads this: typesetting is measured on pages, not on imposed sheets.
        out.docinfo["/BriefingImposition"] = pikepdf.String(
            f"saddle-stitch, {paper} pages two up on {sheet_name}")
        middle = sheet_w / 2
        bottom = (sheet_h - page_h) / 2
        sides = saddle_stitch_order(len(pages))
        for left, right in sides:
            out.add_blank_page(page_size=(sheet_w, sheet_h))
            sheet = out.pages[-1]
            for number, x0 in ((left, middle - page_w), (right, middle)):
                if number is not None:
                    _place(out, sheet, pages[number - 1], f"/Page{number}",
                           pikepdf.Rectangle(x0, bottom, x0 + page_w, bottom + page_h))
            sheet.trimbox = sheet.mediabox
        temporary = atomic_target(Path(target))
        try:
            out.save(temporary, deterministic_id=True)
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    return len(sides)


def _place(out, sheet, page, name: str, rect) -> None:
    """Place `page` (its TrimBox) as a form XObject in `rect` of `sheet`, under a fixed
    resource name: pikepdf's add_overlay names it at random, which made two booklets of
    the same input differ."""
    import pikepdf

    formx = out.copy_foreign(page.as_form_xobject())
    sheet.add_resource(formx, pikepdf.Name.XObject, pikepdf.Name(name))
    placement = sheet.calc_form_xobject_placement(formx, pikepdf.Name(name), rect)
    sheet.contents_add(b"q\n" + placement + b"\nQ\n")


def _paper_of(width_pt: float, height_pt: float) -> str | None:
    for name, (width_mm, height_mm) in PAPERS.items():
        if abs(width_pt - width_mm * MM) < 1 and abs(height_pt - height_mm * MM) < 1:
            return name
    return None

"""What a print shop checks in a PDF before it prints: `briefing preflight FILE.pdf`.

Each check names the tool that ran it:

| check | tool |
|---|---|
| syntax | pikepdf's check (qpdf's library, as `qpdf --check`) |
| page boxes: trim size, TrimBox ⊆ BleedBox ⊆ MediaBox, the bleed | pikepdf |
| fonts embedded (pages, forms, Type0 descendants, Type3) | pikepdf |
| colour spaces used (content, forms, images, shadings, groups) | pikepdf |
| images' effective resolution where drawn | pdfplumber |
| the variant's claims (PDF/A-2b/3b, PDF/UA-1, PDF/X-4) and what each requires | pikepdf |

veraPDF, the reference validator for PDF/A and PDF/UA, is a Java program that neither
Debian nor PyPI packages; the variant checks here test what each standard requires that
can be read from the file's objects, and say so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.printing import MM, PAPERS, SHEETS

PASS, WARN, FAIL, INFO = "pass", "warn", "fail", "info"
MIN_PPI = 150  # below: fails (soft, pixelated in print)
GOOD_PPI = 300  # below: a warning (print shops ask for 300 ppi)
IMPOSITION_KEY = "/BriefingImposition"  # set by printing.impose_booklet
XMP = {
    "pdfa_part": "{http://www.aiim.org/pdfa/ns/id/}part",
    "pdfa_conformance": "{http://www.aiim.org/pdfa/ns/id/}conformance",
    "pdfua_part": "{http://www.aiim.org/pdfua/ns/id/}part",
    "pdfx_version": "{http://www.npes.org/pdfx/ns/id/}GTS_PDFXVersion",
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "trapped": "{http://ns.adobe.com/pdf/1.3/}Trapped",
}
RGB_SPACES = {"DeviceRGB", "ICC RGB", "CalRGB"}


@dataclass
class Check:
    name: str
    status: str
    detail: str
    tool: str

    def __str__(self) -> str:
        return f"{self.status}: {self.name}: {self.detail} ({self.tool})"


@dataclass
class PrintReport:
    path: Path
    pages: int = 0
    claims: list[str] = field(default_factory=list)  # e.g. ["pdf/x-4"]
    imposed: bool = False
    checks: list[Check] = field(default_factory=list)

    def add(self, name: str, status: str, detail: str, tool: str) -> None:
        self.checks.append(Check(name, status, detail, tool))

    @property
    def failures(self) -> list[Check]:
        return [check for check in self.checks if check.status == FAIL]

    @property
    def ok(self) -> bool:
        return not self.failures


# ---------------------------------------------------------------- syntax


def check_syntax(report: PrintReport, pdf) -> None:
    """qpdf's own structural check, through pikepdf (qpdf's library): every object and
    stream read, cross-references resolved."""
    problems = pdf.check_pdf_syntax()
    if not problems:
        report.add("syntax", PASS, "no syntax or stream errors", "pikepdf (qpdf)")
    else:
        report.add("syntax", FAIL, "; ".join(str(p) for p in problems[:3]), "pikepdf (qpdf)")


# ---------------------------------------------------------------- page boxes


def _box(page, key: str) -> tuple[float, float, float, float] | None:
    value = page.obj.get(key)
    if value is None:
        return None
    x0, y0, x1, y1 = (float(v) for v in value)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _inside(inner, outer, slack: float = 0.01) -> bool:
    return (inner[0] >= outer[0] - slack and inner[1] >= outer[1] - slack
            and inner[2] <= outer[2] + slack and inner[3] <= outer[3] + slack)


def _paper_name(width: float, height: float) -> str:
    for name, (w, h) in PAPERS.items():
        if abs(width - w * MM) < 1 and abs(height - h * MM) < 1:
            return name
    for paper, (sheet, (w, h)) in SHEETS.items():
        if abs(width - w * MM) < 1 and abs(height - h * MM) < 1:
            return f"{sheet} landscape (two {paper} pages)"
    return f"{width / MM:.1f} × {height / MM:.1f} mm"


def check_boxes(report: PrintReport, pdf) -> None:
    problems: list[str] = []
    sizes: set[tuple[float, float]] = set()
    bleeds: set[float] = set()
    for number, page in enumerate(pdf.pages, 1):
        media = _box(page, "/MediaBox")
        trim = _box(page, "/TrimBox") or _box(page, "/ArtBox")
        bleed = _box(page, "/BleedBox")
        if media is None:
            problems.append(f"page {number}: no MediaBox")
            continue
        if trim is None:
            problems.append(f"page {number}: no TrimBox (the print shop cannot tell the cut)")
            trim = media
        bleed = bleed or trim
        if not _inside(trim, bleed):
            problems.append(f"page {number}: TrimBox not inside the BleedBox")
        if not _inside(bleed, media):
            problems.append(f"page {number}: BleedBox not inside the MediaBox")
        sizes.add((round(trim[2] - trim[0], 1), round(trim[3] - trim[1], 1)))
        bleeds.add(round(min(trim[0] - bleed[0], trim[1] - bleed[1],
                             bleed[2] - trim[2], bleed[3] - trim[3]) / MM, 2))
    if problems:
        report.add("page boxes", FAIL, "; ".join(problems[:5]), "pikepdf")
        return
    names = sorted(_paper_name(w, h) for w, h in sizes)
    bleed_text = ", ".join(f"{b:g} mm" for b in sorted(bleeds))
    detail = f"trim {' / '.join(names)}; bleed {bleed_text}"
    status = PASS if len(sizes) == 1 else WARN
    if len(sizes) > 1:
        detail += " (pages of different sizes)"
    report.add("page boxes", status, detail, "pikepdf")


# ---------------------------------------------------------------- fonts


FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


def _fonts_of(resources, seen: set) -> Iterator:
    """Every font dictionary reachable from a resources dictionary: its own, a Type0 font's
    descendants, and those of form XObjects and Type3 glyph procedures (each once)."""
    if resources is None:
        return
    for font in (resources.get("/Font") or {}).values():
        if font.objgen in seen and font.objgen != (0, 0):
            continue
        seen.add(font.objgen)
        yield font
        yield from (descendant for descendant in font.get("/DescendantFonts") or [])
        yield from _fonts_of(font.get("/Resources"), seen)
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
            seen.add(xobject.objgen)
            yield from _fonts_of(xobject.get("/Resources"), seen)


def check_fonts(report: PrintReport, pdf) -> None:
    seen: set = set()
    names, missing = set(), set()
    for page in pdf.pages:
        for font in _fonts_of(page.obj.get("/Resources"), seen):
            subtype = font.get("/Subtype")
            if subtype == "/Type0":
                continue  # embedded through its descendant
            name = str(font.get("/BaseFont", font.get("/Name", "Type3 font"))).lstrip("/")
            names.add(name)
            descriptor = font.get("/FontDescriptor")
            if subtype != "/Type3" and (
                    descriptor is None or not any(key in descriptor for key in FONT_FILES)):
                missing.add(name)
    if not names:
        report.add("fonts embedded", PASS, "no fonts (no text)", "pikepdf")
    elif missing:
        report.add("fonts embedded", FAIL, "not embedded: " + ", ".join(sorted(missing)),
                   "pikepdf")
    else:
        report.add("fonts embedded", PASS, f"all {len(names)} fonts embedded", "pikepdf")


# ---------------------------------------------------------------- colour


def _space_name(space, resources) -> str:
    """A colour space (name or array) as a readable kind: DeviceRGB, ICC CMYK, Lab, …"""
    import pikepdf

    if isinstance(space, pikepdf.Name):
        name = str(space)[1:]
        if name in ("DeviceRGB", "DeviceCMYK", "DeviceGray", "Pattern"):
            return name
        if name in ("RGB", "CMYK", "G"):  # inline-image abbreviations
            return {"RGB": "DeviceRGB", "CMYK": "DeviceCMYK", "G": "DeviceGray"}[name]
        spaces = resources.get("/ColorSpace") if resources is not None else None
        if spaces is not None and space in spaces:
            return _space_name(spaces[space], None)
        return name
    if isinstance(space, pikepdf.Array) and len(space):
        family = str(space[0])[1:]
        if family == "ICCBased":
            components = int(space[1].get("/N", 0))
            return {1: "ICC Gray", 3: "ICC RGB", 4: "ICC CMYK"}.get(components, "ICC")
        if family == "Indexed":
            return _space_name(space[1], resources)
        if family == "Pattern" and len(space) > 1:
            return _space_name(space[1], resources)
        return family
    return "unknown"


class _ColourScan:
    """Every colour space a page paints with: operators, images, shadings, groups."""

    OPERATORS = {"rg": "DeviceRGB", "RG": "DeviceRGB", "k": "DeviceCMYK",
                 "K": "DeviceCMYK", "g": "DeviceGray", "G": "DeviceGray"}

    def __init__(self) -> None:
        self.used: dict[str, set[int]] = {}
        self.seen: set[tuple[int, int]] = set()

    def note(self, kind: str, page: int) -> None:
        self.used.setdefault(kind, set()).add(page)

    def group(self, obj, resources, page: int) -> None:
        group = obj.get("/Group")
        if group is not None and "/CS" in group:
            self.note(_space_name(group["/CS"], resources), page)

    def stream(self, content, resources, page: int) -> None:
        import pikepdf

        for operands, operator in pikepdf.parse_content_stream(content):
            op = str(operator)
            if op in self.OPERATORS:
                self.note(self.OPERATORS[op], page)
            elif op in ("cs", "CS"):
                self.note(_space_name(operands[0], resources), page)
            elif op == "sh":
                shadings = resources.get("/Shading") if resources is not None else None
                if shadings is not None and operands[0] in shadings:
                    self.note(_space_name(shadings[operands[0]].get("/ColorSpace"), resources),
                              page)
            elif op == "Do":
                self.xobject(operands[0], resources, page)
            elif op == "INLINE IMAGE":
                image = operands[0]
                space = image.obj.get("/CS") or image.obj.get("/ColorSpace")
                if space is not None:
                    self.note(_space_name(space, resources), page)

    def xobject(self, name, resources, page: int) -> None:
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None or name not in xobjects:
            return
        xobject = xobjects[name]
        key = xobject.objgen
        if key != (0, 0) and (key, page) in self.seen:
            return
        self.seen.add((key, page))
        subtype = str(xobject.get("/Subtype"))
        if subtype == "/Image":
            if not xobject.get("/ImageMask", False):
                self.note(_space_name(xobject.get("/ColorSpace"), resources), page)
        elif subtype == "/Form":
            inner = xobject.get("/Resources", resources)
            self.group(xobject, inner, page)
            self.stream(xobject, inner, page)

    def patterns(self, resources, page: int) -> None:
        patterns = resources.get("/Pattern") if resources is not None else None
        for pattern in (patterns or {}).values():
            shading = pattern.get("/Shading")
            if shading is not None:
                self.note(_space_name(shading.get("/ColorSpace"), resources), page)


def colour_spaces(pdf) -> dict[str, set[int]]:
    """Colour space kind → pages it is painted with on."""
    scan = _ColourScan()
    for number, page in enumerate(pdf.pages, 1):
        resources = page.obj.get("/Resources")
        scan.group(page.obj, resources, number)
        scan.stream(page, resources, number)
        if resources is not None:
            scan.patterns(resources, number)
    scan.used.pop("Pattern", None)
    return scan.used


def _pages(numbers: set[int]) -> str:
    listed = sorted(numbers)
    return ", ".join(map(str, listed[:6])) + ("…" if len(listed) > 6 else "")


def _output_profile_components(pdf, subtype: str | None = None) -> int | None:
    intents = pdf.Root.get("/OutputIntents")
    for intent in intents or []:
        if subtype and str(intent.get("/S")) != subtype:
            continue
        profile = intent.get("/DestOutputProfile")
        if profile is not None:
            return int(profile.get("/N", 0))
    return None


def check_colour(report: PrintReport, pdf) -> None:
    used = colour_spaces(pdf)
    summary = ", ".join(f"{kind} (pages {_pages(pages)})" for kind, pages in sorted(used.items()))
    problems = []
    if "pdf/x-4" in report.claims:
        rgb = {kind: pages for kind, pages in used.items() if kind in RGB_SPACES}
        problems += [f"{kind} on pages {_pages(pages)} (PDF/X prints CMYK)"
                     for kind, pages in rgb.items()]
    for claim in report.claims:
        if claim.startswith("pdf/a"):
            components = _output_profile_components(pdf, "/GTS_PDFA1")
            if "DeviceCMYK" in used and components != 4:
                problems.append("DeviceCMYK without a CMYK output intent (PDF/A 6.2.4.3)")
            if "DeviceRGB" in used and components != 3:
                problems.append("DeviceRGB without an RGB output intent (PDF/A 6.2.4.3)")
    if problems:
        report.add("colour spaces", FAIL, "; ".join(problems) + f" — used: {summary}", "pikepdf")
    else:
        report.add("colour spaces", PASS if used else INFO, summary or "no colour painted",
                   "pikepdf")


# ---------------------------------------------------------------- images


def _colour_kind(colorspace) -> tuple[str, int]:
    """pdfplumber's colour space of an image as (kind, components): rgb, gray, cmyk, icc."""
    space = colorspace[0] if isinstance(colorspace, list) and colorspace else colorspace
    text = str(getattr(space, "name", space))
    if "ICC" in text:
        stream = colorspace[1] if isinstance(colorspace, list) and len(colorspace) > 1 else None
        resolved = stream.resolve() if hasattr(stream, "resolve") else stream
        components = int(getattr(resolved, "attrs", {}).get("N", 0)) if resolved else 0
        return "icc", components
    return {"DeviceRGB": ("rgb", 3), "DeviceGray": ("gray", 1),
            "DeviceCMYK": ("cmyk", 4)}.get(text.strip("/"), (text, 0))


def check_images(report: PrintReport, min_ppi: float = MIN_PPI,
                 good_ppi: float = GOOD_PPI) -> None:
    """Each raster image's effective resolution where it is drawn (pixels over the
    printed size, the lower of the two directions), from pdfplumber's placed images —
    read from the parse the typesetting measures make (preflight._read_pages: `briefing
    preflight` measures the same PDF)."""
    from briefing.preflight import _read_pages

    images = []
    for number, _, shapes in _read_pages(Path(report.path)):
        for image in shapes:
            if image["object_type"] != "image":
                continue
            width_pt, height_pt = image["x1"] - image["x0"], image["bottom"] - image["top"]
            pixels_w, pixels_h = image["srcsize"]
            if width_pt <= 0 or height_pt <= 0 or image.get("imagemask"):
                continue
            ppi = min(pixels_w / (width_pt / 72), pixels_h / (height_pt / 72))
            colour, components = _colour_kind(image.get("colorspace"))
            images.append((number, int(pixels_w), int(pixels_h), colour, components, ppi))
    tool = "pdfplumber"
    if not images:
        report.add("image resolution", PASS, "no raster images", tool)
        return
    low = [i for i in images if i[5] < min_ppi]
    soft = [i for i in images if min_ppi <= i[5] < good_ppi]
    lowest = min(images, key=lambda i: i[5])
    detail = (f"{len(images)} image(s), lowest {lowest[5]:.0f} ppi "
              f"(page {lowest[0]}, {lowest[1]}×{lowest[2]} px)")
    if low:
        where = ", ".join(f"page {i[0]}: {i[5]:.0f} ppi" for i in low[:5])
        report.add("image resolution", FAIL, f"below {min_ppi:g} ppi: {where}; {detail}", tool)
    elif soft:
        report.add("image resolution", WARN, f"below {good_ppi:g} ppi; {detail}", tool)
    else:
        report.add("image resolution", PASS, detail, tool)
    if "pdf/x-4" in report.claims:
        rgb = [i for i in images if i[3] == "rgb" or (i[3] == "icc" and i[4] == 3)]
        if rgb:
            report.add("image colour", FAIL, f"{len(rgb)} RGB image(s) in PDF/X "
                       f"(page {rgb[0][0]})", tool)


# ---------------------------------------------------------------- variant claims


def claimed_variants(pdf) -> list[str]:
    try:
        meta = pdf.open_metadata()
        values = {key: meta.get(name) for key, name in XMP.items()}
    except Exception:  # noqa: BLE001 - unreadable XMP claims nothing
        return []
    claims = []
    if values["pdfa_part"]:
        claims.append(f"pdf/a-{values['pdfa_part']}{(values['pdfa_conformance'] or '').lower()}")
    if values["pdfua_part"]:
        claims.append(f"pdf/ua-{values['pdfua_part']}")
    if values["pdfx_version"]:
        version = str(values["pdfx_version"]).lower().replace("pdf/x-", "")
        claims.append(f"pdf/x-{version}")
    return claims


def _xmp(pdf) -> dict:
    try:
        meta = pdf.open_metadata()
        return {key: meta.get(name) for key, name in XMP.items()}
    except Exception:  # noqa: BLE001
        return {}


def _annotations(pdf):
    for number, page in enumerate(pdf.pages, 1):
        for annot in page.obj.get("/Annots") or []:
            yield number, page, annot


def _struct_figures_without_alt(pdf) -> int:
    root = pdf.Root.get("/StructTreeRoot")
    missing, stack, seen = 0, [root] if root is not None else [], set()
    while stack:
        node = stack.pop()
        if node is None:
            continue
        key = getattr(node, "objgen", (0, 0))
        if key != (0, 0):
            if key in seen:
                continue
            seen.add(key)
        if isinstance(node, dict) or hasattr(node, "get"):
            try:
                kind = node.get("/S")
            except Exception:  # noqa: BLE001 - marked-content references are integers
                continue
            if kind is not None and str(kind) == "/Figure" and not node.get("/Alt"):
                missing += 1
            kids = node.get("/K")
            if kids is None:
                continue
            if hasattr(kids, "__iter__") and not hasattr(kids, "keys"):
                stack.extend(kid for kid in kids if hasattr(kid, "get"))
            elif hasattr(kids, "get"):
                stack.append(kids)
    return missing


def _pdfa_problems(pdf, claim: str, xmp: dict) -> list[str]:
    problems = []
    if _output_profile_components(pdf, "/GTS_PDFA1") is None:
        problems.append("no GTS_PDFA1 output intent with an ICC profile")
    if pdf.pdf_version > "1.7":
        problems.append(f"PDF {pdf.pdf_version} (PDF/A-2 and -3 are based on PDF 1.7)")
    for number, _page, annot in _annotations(pdf):
        if str(annot.get("/Subtype")) != "/Popup" and not int(annot.get("/F", 0)) & 4:
            problems.append(f"page {number}: an annotation not set to print")
            break
    names = pdf.Root.get("/Names")
    if claim.startswith("pdf/a-2") and names is not None and "/EmbeddedFiles" in names:
        problems.append("embedded files (PDF/A-2 allows only PDF/A attachments)")
    return problems


def _pdfua_problems(pdf, claim: str, xmp: dict) -> list[str]:
    problems = []
    mark = pdf.Root.get("/MarkInfo")
    if mark is None or not bool(mark.get("/Marked", False)):
        problems.append("not marked as tagged (MarkInfo/Marked)")
    if pdf.Root.get("/StructTreeRoot") is None:
        problems.append("no structure tree (tags)")
    if not pdf.Root.get("/Lang"):
        problems.append("no document language (/Lang)")
    prefs = pdf.Root.get("/ViewerPreferences")
    if prefs is None or not bool(prefs.get("/DisplayDocTitle", False)):
        problems.append("the viewer is not told to show the title (DisplayDocTitle)")
    if not xmp.get("title"):
        problems.append("no dc:title in the XMP metadata")
    missing_alt = _struct_figures_without_alt(pdf)
    if missing_alt:
        problems.append(f"{missing_alt} figure(s) without alternative text")
    for number, page, _annot in _annotations(pdf):
        if str(page.obj.get("/Tabs")) != "/S":
            problems.append(f"page {number}: annotations without /Tabs /S")
            break
    return problems


def _overlaps(rect, area) -> bool:
    x0, y0, x1, y1 = (float(v) for v in rect)
    return (min(x0, x1) < area[2] and max(x0, x1) > area[0]
            and min(y0, y1) < area[3] and max(y0, y1) > area[1])


def _pdfx_problems(pdf, claim: str, xmp: dict) -> list[str]:
    problems = []
    if _output_profile_components(pdf, "/GTS_PDFX") is None:
        problems.append("no GTS_PDFX output intent with an ICC profile")
    if pdf.pdf_version > "1.6":
        problems.append(f"PDF {pdf.pdf_version} (PDF/X-4 is based on PDF 1.6)")
    trapped = xmp.get("trapped") or pdf.docinfo.get("/Trapped")
    if str(trapped).strip("/") not in ("True", "False"):
        problems.append("Trapped is neither True nor False")
    for number, page in enumerate(pdf.pages, 1):
        if "/TrimBox" not in page.obj and "/ArtBox" not in page.obj:
            problems.append(f"page {number}: no TrimBox")
            break
    for number, page, annot in _annotations(pdf):
        if str(annot.get("/Subtype")) in ("/PrinterMark", "/TrapNet"):
            continue
        area = _box(page, "/BleedBox") or _box(page, "/TrimBox") or _box(page, "/MediaBox")
        if _overlaps(annot.get("/Rect"), area):
            problems.append(f"page {number}: a {annot.get('/Subtype')} annotation inside "
                            "the BleedBox")
            break
    return problems


VARIANT_CHECKS = {
    "pdf/a-2b": _pdfa_problems, "pdf/a-3b": _pdfa_problems, "pdf/a-2u": _pdfa_problems,
    "pdf/a-3u": _pdfa_problems, "pdf/ua-1": _pdfua_problems, "pdf/x-4": _pdfx_problems,
}


def check_claims(report: PrintReport, pdf) -> None:
    """Each variant the XMP claims, against what its standard requires of the file."""
    if not report.claims:
        report.add("variant", INFO, "no PDF/A, PDF/UA or PDF/X claim in the XMP metadata",
                   "pikepdf")
        return
    xmp = _xmp(pdf)
    for claim in report.claims:
        if claim not in VARIANT_CHECKS:
            report.add(f"variant {claim}", INFO, "claimed; not checked by this tool", "pikepdf")
            continue
        problems = VARIANT_CHECKS[claim](pdf, claim, xmp)
        if pdf.is_encrypted:
            problems.append("encrypted")
        if pdf.trailer.get("/ID") is None:
            problems.append("no file identifier (/ID)")
        if problems:
            report.add(f"variant {claim}", FAIL, "; ".join(problems), "pikepdf")
        else:
            report.add(f"variant {claim}", PASS, _claim_summary(claim), "pikepdf")


def _claim_summary(claim: str) -> str:
    return {
        "pdf/x-4": "XMP GTS_PDFXVersion, CMYK output intent, TrimBox on every page, Trapped, "
                   "ID, no annotation in the BleedBox, no RGB",
        "pdf/ua-1": "tagged (MarkInfo, StructTreeRoot), Lang, DisplayDocTitle, dc:title, "
                    "alt text on every figure",
    }.get(claim, "XMP pdfaid, sRGB output intent, ID, printable annotations, PDF 1.7")


PERMISSIONS = ("print_highres", "print_lowres", "extract", "modify_other", "modify_annotation",
               "modify_form", "modify_assembly", "accessibility")


def check_encryption(report: PrintReport, pdf) -> None:
    """An owner password opens without asking but may forbid printing or copying, and
    PDF/X forbids encryption: a print shop sends such a file back."""
    if not pdf.is_encrypted:
        report.add("encryption", "pass", "not encrypted", "pikepdf")
        return
    denied = [name.replace("_", " ") for name in PERMISSIONS if not getattr(pdf.allow, name)]
    detail = "encrypted with an owner password" + (
        f"; forbids: {', '.join(denied)}" if denied else "")
    report.add("encryption", "fail", detail, "pikepdf")


# ---------------------------------------------------------------- all


def check_print(path: Path, *, min_ppi: float = MIN_PPI) -> PrintReport:
    """Run every print check on a PDF."""
    import pikepdf

    path = Path(path)
    if not path.is_file():
        raise InputError(f"no PDF at {path}", file=path, fix="build it first")
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        raise InputError("the PDF is encrypted with a password to open it", file=path,
                         fix="preflight the unencrypted PDF (a print shop needs it too)"
                         ) from None
    except pikepdf.PdfError as exc:
        raise InputError(f"not a readable PDF: {exc}", file=path) from None
    with pdf:
        report = PrintReport(path=path, pages=len(pdf.pages), claims=claimed_variants(pdf),
                             imposed=IMPOSITION_KEY in pdf.docinfo)
        check_encryption(report, pdf)
        check_syntax(report, pdf)
        check_boxes(report, pdf)
        check_fonts(report, pdf)
        check_colour(report, pdf)
        check_images(report, min_ppi=min_ppi)
        check_claims(report, pdf)
    return report

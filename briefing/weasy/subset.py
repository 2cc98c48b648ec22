"""Compact font subsets: embed the glyphs a PDF uses, not every slot up to the highest.

WeasyPrint 70 subsets fonts with HarfBuzz and HB_SUBSET_FLAGS_RETAIN_GIDS
(`weasyprint/pdf/fonts.py`, `Font._harfbuzz_subset`): the embedded program keeps
an (empty) glyph slot for every glyph id up to the highest one used, because the
page content addresses glyphs by their id in the *full* font. For a Noto CJK face
that is ~63,000 slots plus their width and charset entries, per face: the sample
briefing's fonts weigh ~620 KB.

This extension subsets without retaining glyph ids (only the glyphs used, a few
thousand at most) and keeps the page content untouched: the content streams, the
widths (/W) and the text map (/ToUnicode) go on using the full font's glyph ids as
CIDs, and the font program maps each CID to its new glyph:

* CFF-flavoured fonts that are CID-keyed (Noto CJK, Source Han, most CJK OTFs):
  HarfBuzz keeps each glyph's CID in the subset's charset, and PDF viewers select
  a CIDFontType0 glyph by CID through that charset (ISO 32000-2, 9.7.4.2). This is
  used only when the full font's CIDs equal its glyph ids, and every subset is
  verified: each new glyph's CID must be the old glyph id it came from.
* TrueType-flavoured fonts: the CIDFontType2's /CIDToGIDMap becomes a stream
  mapping each CID (old glyph id) to its new glyph id.
* Anything else (name-keyed CFF, CFF2, fonts with missing glyphs, a verification
  that fails): WeasyPrint's own subsetting, unchanged.

The text extracts exactly as before (same codes, same /ToUnicode) and every glyph
is drawn from the same outline (tests/test_pdf_size.py renders pages both ways and
compares them pixel by pixel).

WeasyPrint also copies every face's whole font file into Python (`Font.__init__`,
~20 MB per Noto CJK face, for every document) although only its subset is embedded;
here the copy is made only if something reads `Font.file_content` before it is
replaced by the subset (full fonts, a failed subset), which saves time and ~100 MB of
memory per build.

`install()` checks the internals it replaces, pinned to WeasyPrint 70.x, and raises
`FontSubsetIncompatible` when they changed (tests/test_pdf_size.py covers this), so
an upgrade fails loudly instead of writing broken fonts.
"""

from __future__ import annotations

import inspect
import io
import logging
import struct

SUPPORTED_WEASYPRINT = ("70.",)
LOGGER = logging.getLogger("briefing")

# HarfBuzz subset-plan functions (public since HarfBuzz 6.0) that WeasyPrint does
# not declare; declared once on WeasyPrint's own cffi instance.
EXTRA_DECLARATIONS = {
    "hb_subset_plan_create_or_fail": """
        typedef ... hb_subset_plan_t;
        typedef ... hb_map_t;
        hb_subset_plan_t * hb_subset_plan_create_or_fail (
            hb_face_t *face, const hb_subset_input_t *input);
        void hb_subset_plan_destroy (hb_subset_plan_t *plan);
        hb_face_t * hb_subset_plan_execute_or_fail (hb_subset_plan_t *plan);
        const hb_map_t * hb_subset_plan_new_to_old_glyph_mapping (
            const hb_subset_plan_t *plan);
        hb_codepoint_t hb_map_get (const hb_map_t *map, hb_codepoint_t key);
    """,
}
# Tables WeasyPrint 70 drops from every subset (pdf/fonts.py); kept identical.
DROP_TABLES = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GPOS", b"GSUB", b"JSTF",
               b"LTSH", b"PCLT", b"SVG ")

_installed = False
_original_subset = None
_original_vector_dictionary = None


class FontSubsetIncompatible(RuntimeError):
    """The installed WeasyPrint does not have the internals this extension replaces."""


def _check_internals() -> None:
    import weasyprint
    from weasyprint.pdf import fonts as pdf_fonts

    problems = []
    if not weasyprint.__version__.startswith(SUPPORTED_WEASYPRINT):
        problems.append(f"WeasyPrint {weasyprint.__version__} (supported: 70.x)")
    expected = {
        (pdf_fonts.Font, "_harfbuzz_subset"): ["self", "to_unicode", "hinting"],
        (pdf_fonts.Font, "subset"): ["self", "to_unicode", "hinting"],
        (pdf_fonts, "_build_vector_font_dictionary"): [
            "font_dictionary", "pdf", "font", "widths", "compress", "reference",
            "pdf_version"],
        (pdf_fonts, "build_fonts_dictionary"): ["pdf", "fonts", "compress", "subset",
                                                "options"],
    }
    # Once installed, WeasyPrint's own functions are the ones we keep.
    originals = {"_harfbuzz_subset": _original_subset,
                 "_build_vector_font_dictionary": _original_vector_dictionary}
    for (owner, name), params in expected.items():
        function = (_installed and originals.get(name)) or getattr(owner, name, None)
        if function is None or list(inspect.signature(function).parameters) != params:
            problems.append(f"{getattr(owner, '__name__', owner)}.{name}{params} changed")
    source = inspect.getsource(pdf_fonts)
    # The assumptions this extension rests on, as WeasyPrint 70 writes them.
    for needle in ("HB_SUBSET_FLAGS_RETAIN_GIDS", "'CIDToGIDMap': '/Identity'",
                   "font.clean(to_unicode, options['hinting'])",
                   "font_dictionary['DescendantFonts'] = pydyf.Array([subfont_dictionary"
                   ".reference])"):
        if needle not in source:
            problems.append(f"weasyprint/pdf/fonts.py no longer has {needle!r}")
    if "self.file_content = get_hb_object_data(self.hb_face)" not in source:
        problems.append("Font.__init__ no longer copies the font with get_hb_object_data")
    if "file_content" in vars(pdf_fonts.Font) and not _installed:
        problems.append("Font.file_content is a class attribute")
    for name in ("hb_face", "tables", "missing", "file_content", "family"):
        if name not in inspect.getsource(pdf_fonts.Font.__init__):
            problems.append(f"Font.{name} missing")
    if problems:
        raise FontSubsetIncompatible(
            "briefing's compact font subsetting cannot extend this WeasyPrint: "
            + "; ".join(problems) + ". Pin weasyprint to the supported range (pyproject.toml).")


def _declare_missing(ffi, harfbuzz_subset) -> None:
    for name, declaration in EXTRA_DECLARATIONS.items():
        try:
            getattr(harfbuzz_subset, name)
        except AttributeError:
            ffi.cdef(declaration)


def install() -> None:
    """Replace WeasyPrint's retain-gids subsetting with compact subsets (idempotent)."""
    global _installed, _original_subset, _original_vector_dictionary
    if _installed:
        return
    _check_internals()
    from weasyprint.pdf import fonts as pdf_fonts
    from weasyprint.text.ffi import ffi, harfbuzz_subset

    if harfbuzz_subset is None:  # WeasyPrint falls back to fontTools; build.py warns
        _installed = True
        return
    _declare_missing(ffi, harfbuzz_subset)
    _original_subset = pdf_fonts.Font._harfbuzz_subset
    _original_vector_dictionary = pdf_fonts._build_vector_font_dictionary
    pdf_fonts.Font._harfbuzz_subset = _compact_subset
    pdf_fonts._build_vector_font_dictionary = _vector_font_dictionary
    pdf_fonts.get_hb_object_data = _lazy_object_data
    pdf_fonts.Font.file_content = property(_read_file_content, _write_file_content)
    _installed = True


def uninstall() -> None:
    """Restore WeasyPrint's own subsetting (for side-by-side comparisons and tests)."""
    global _installed
    if not _installed or _original_subset is None:
        _installed = False
        return
    from weasyprint.pdf import fonts as pdf_fonts
    from weasyprint.text.fonts import get_hb_object_data

    pdf_fonts.Font._harfbuzz_subset = _original_subset
    pdf_fonts._build_vector_font_dictionary = _original_vector_dictionary
    pdf_fonts.get_hb_object_data = get_hb_object_data
    del pdf_fonts.Font.file_content
    _installed = False


# ------------------------------------------------------------------ the font file, lazily


class _FaceData:
    """A face's whole font file, not yet copied out of HarfBuzz."""

    __slots__ = ("hb_face",)

    def __init__(self, hb_face):
        self.hb_face = hb_face


def _lazy_object_data(hb_object, ot_color=None, glyph=None):
    from weasyprint.text.fonts import get_hb_object_data

    if ot_color is None and glyph is None:
        return _FaceData(hb_object)
    return get_hb_object_data(hb_object, ot_color, glyph)


def _read_file_content(self):
    value = self.__dict__.get("_briefing_file_content")
    if isinstance(value, _FaceData):
        from weasyprint.text.fonts import get_hb_object_data

        value = self.__dict__["_briefing_file_content"] = get_hb_object_data(value.hb_face)
    return value


def _write_file_content(self, value):
    self.__dict__["_briefing_file_content"] = value


# ------------------------------------------------------------------ subsetting


def _subset_plan(font, gids: list[int], hinting: bool):
    """Run HarfBuzz on `font.hb_face` without retaining glyph ids.

    Returns (subset bytes, new glyph id -> old glyph id) or None on failure."""
    from weasyprint.text.ffi import ffi, harfbuzz, harfbuzz_subset
    from weasyprint.text.fonts import get_hb_object_data

    hb = harfbuzz_subset
    subset_input = ffi.gc(hb.hb_subset_input_create_or_fail(), hb.hb_subset_input_destroy)
    if subset_input == ffi.NULL:
        return None
    glyph_set = hb.hb_subset_input_glyph_set(subset_input)
    array = ffi.new(f"hb_codepoint_t[{len(gids)}]", gids)
    harfbuzz.hb_set_add_sorted_array(glyph_set, array, len(gids))
    flags = hb.HB_SUBSET_FLAGS_PASSTHROUGH_UNRECOGNIZED | hb.HB_SUBSET_FLAGS_DESUBROUTINIZE
    if not hinting:
        flags |= hb.HB_SUBSET_FLAGS_NO_HINTING
    hb.hb_subset_input_set_flags(subset_input, flags)
    drop = hb.hb_subset_input_set(subset_input, hb.HB_SUBSET_SETS_DROP_TABLE_TAG)
    tags = sorted(harfbuzz.hb_tag_from_string(name, -1) for name in DROP_TABLES)
    harfbuzz.hb_set_add_sorted_array(drop, ffi.new(f"hb_codepoint_t[{len(tags)}]", tags),
                                     len(tags))
    plan = hb.hb_subset_plan_create_or_fail(font.hb_face, subset_input)
    if plan == ffi.NULL:
        return None
    plan = ffi.gc(plan, hb.hb_subset_plan_destroy)
    face = hb.hb_subset_plan_execute_or_fail(plan)
    if face == ffi.NULL:
        return None
    face = ffi.gc(face, harfbuzz.hb_face_destroy)
    count = harfbuzz.hb_face_get_glyph_count(face)
    new_to_old = hb.hb_subset_plan_new_to_old_glyph_mapping(plan)
    old_ids = [hb.hb_map_get(new_to_old, new) for new in range(count)]
    data = get_hb_object_data(face)
    return (data or None), old_ids


def cff_glyph_cids(data: bytes) -> list[int] | None:
    """The CID of each glyph of a CID-keyed CFF-flavoured OpenType font, or None when
    the font is not CID-keyed (or its CFF cannot be read)."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        font = TTFont(io.BytesIO(data), lazy=True)
        if "CFF " not in font:
            return None
        top = font["CFF "].cff.topDictIndex[0]
        if not hasattr(top, "ROS"):
            return None
        cids = []
        for name in top.charset:
            if name == ".notdef":
                cids.append(0)
            elif name.startswith("cid") and name[3:].isdigit():
                cids.append(int(name[3:]))
            else:
                return None
        return cids
    except (TTLibError, KeyError, ValueError, AssertionError, struct.error, IndexError):
        return None


def _compact_subset(self, to_unicode, hinting):
    """Font._harfbuzz_subset without retained glyph ids, where that is safe."""
    if self.missing or not to_unicode or not ({"CFF ", "glyf"} & set(self.tables)):
        return _original_subset(self, to_unicode, hinting)
    result = _subset_plan(self, sorted(set(to_unicode) | {0}), hinting)
    if result is None or result[0] is None:
        return _original_subset(self, to_unicode, hinting)
    data, old_ids = result
    if "glyf" in self.tables and "CFF " not in self.tables:
        self.file_content = data
        self.briefing_cid_to_gid = {old: new for new, old in enumerate(old_ids)}
        return None
    # CFF: glyphs are found by CID through the charset; each must be its old id.
    if cff_glyph_cids(data) != old_ids:
        LOGGER.debug("compact subset of %s: CIDs are not glyph ids; keeping ids", self.family)
        return _original_subset(self, to_unicode, hinting)
    self.file_content = data
    self.briefing_raw_cff = _cff_table(data)
    return None


def _cff_table(data: bytes) -> bytes:
    from fontTools.ttLib import TTFont
    return TTFont(io.BytesIO(data), lazy=True).reader["CFF "]


def _vector_font_dictionary(font_dictionary, pdf, font, widths, compress, reference,
                            pdf_version):
    """WeasyPrint's CIDFont dictionary, with a /CIDToGIDMap stream for compact
    TrueType subsets (CID = the full font's glyph id)."""
    import pydyf

    _original_vector_dictionary(font_dictionary, pdf, font, widths, compress, reference,
                                pdf_version)
    raw = getattr(font, "briefing_raw_cff", None)
    if raw:
        stream = pdf.objects[int(reference.split()[0])]
        stream.stream = [raw]
        stream.extra = pydyf.Dictionary({"Subtype": "/CIDFontType0C"})
    mapping = getattr(font, "briefing_cid_to_gid", None)
    if not mapping:
        return
    number = int(font_dictionary["DescendantFonts"][0].split()[0])
    subfont = pdf.objects[number]
    if subfont.get("CIDToGIDMap") != "/Identity":
        raise FontSubsetIncompatible("the CIDFont dictionary WeasyPrint wrote has no "
                                     "/CIDToGIDMap /Identity to replace")
    table = bytearray(2 * (max(mapping) + 1))
    for cid, gid in mapping.items():
        struct.pack_into(">H", table, 2 * cid, gid)
    stream = pydyf.Stream([bytes(table)], compress=compress)
    pdf.add_object(stream)
    subfont["CIDToGIDMap"] = stream.reference

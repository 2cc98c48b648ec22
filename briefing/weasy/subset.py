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
is drawn from the same outline (tests/weasy/test_subset.py renders pages both ways and
compares them pixel by pixel).

WeasyPrint also copies every face's whole font file into Python (`Font.__init__`,
~20 MB per Noto CJK face, for every document) although only its subset is embedded;
here the copy is made only if something reads `Font.file_content` before it is
replaced by the subset (full fonts, a failed subset), which saves time and ~100 MB of
memory per build.

The patches (rows of table.py): compact-subset (`Font._harfbuzz_subset`),
cid-to-gid-map (`_build_vector_font_dictionary`), lazy-font-data and
lazy-file-content (`get_hb_object_data` as pdf/fonts.py imported it, and a
`Font.file_content` property). Their check, pinned to WeasyPrint 70.x, fails loudly
(tests/weasy/test_subset.py) instead of letting an upgrade write broken fonts; they are
installed only when WeasyPrint found libharfbuzz-subset.
"""

from __future__ import annotations

import array
import functools
import hashlib
import io
import logging
import os
import pickle
import struct
from pathlib import Path

from briefing.weasy.seam import Declaration, WeasyPrintIncompatible, original

LOGGER = logging.getLogger("briefing")

# HarfBuzz subset-plan functions (public since HarfBuzz 6.0) that WeasyPrint does
# not declare (table.py declares them on WeasyPrint's own cffi instance on install).
SUBSET_PLAN = Declaration("harfbuzz_subset", "hb_subset_plan_create_or_fail", """
        typedef ... hb_subset_plan_t;
        typedef ... hb_map_t;
        hb_subset_plan_t * hb_subset_plan_create_or_fail (
            hb_face_t *face, const hb_subset_input_t *input);
        void hb_subset_plan_destroy (hb_subset_plan_t *plan);
        hb_face_t * hb_subset_plan_execute_or_fail (hb_subset_plan_t *plan);
        const hb_map_t * hb_subset_plan_new_to_old_glyph_mapping (
            const hb_subset_plan_t *plan);
        hb_codepoint_t hb_map_get (const hb_map_t *map, hb_codepoint_t key);
    """)
# Tables WeasyPrint 70 drops from every subset (pdf/fonts.py); kept identical.
DROP_TABLES = (b"BASE", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"GPOS", b"GSUB", b"JSTF",
               b"LTSH", b"PCLT", b"SVG ")


def harfbuzz_subsetter_loaded() -> bool:
    """WeasyPrint found libharfbuzz-subset (else it subsets with fontTools, and these
    patches stay out: build.py warns)."""
    from weasyprint.text.ffi import harfbuzz_subset

    return harfbuzz_subset is not None


# ------------------------------------------------------------------ the font file, lazily


class _FaceData:
    """A face's whole font file, not yet copied out of HarfBuzz."""

    __slots__ = ("hb_face",)

    def __init__(self, hb_face):
        self.hb_face = hb_face


def lazy_object_data(hb_object, ot_color=None, glyph=None):
    """get_hb_object_data, except that a whole face is copied only when read."""
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


# Font.file_content: read from HarfBuzz the first time it is asked for.
FILE_CONTENT = property(_read_file_content, _write_file_content)


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
    the font is not CID-keyed (or its CFF cannot be read).

    Kept on disk ($XDG_CACHE_HOME/briefing/cff-cids/), keyed by the subset's bytes and
    fontTools' version: reading a subset's CFF with fontTools was half of the subsetting
    (≈ 0.08 s of a cold build's CPU time for the sample's four faces), and an unchanged
    text makes the same subsets build after build. An entry that cannot be read is
    read again from the font."""
    import fontTools

    from briefing import diskcache

    digest = hashlib.sha256(data)
    digest.update(f"\0{fontTools.version}\0{CIDS_FORMAT}".encode())
    path = diskcache.cache_dir() / "cff-cids" / f"{digest.hexdigest()}.json"
    entry = diskcache.read_json(path)
    if isinstance(entry, dict) and "cids" in entry:
        cids = entry["cids"]
        if cids is None or (isinstance(cids, list) and all(type(c) is int for c in cids)):
            return cids
    cids = read_cff_glyph_cids(data)
    diskcache.write_json(path, {"cids": cids})
    return cids


# Bumped when what cff_glyph_cids stores changes meaning.
CIDS_FORMAT = 1


def read_cff_glyph_cids(data: bytes) -> list[int] | None:
    """cff_glyph_cids, read from the font with fontTools."""
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


def compact_subset(self, to_unicode, hinting):
    """Font._harfbuzz_subset without retained glyph ids, where that is safe."""
    if self.missing or not to_unicode or not ({"CFF ", "glyf"} & set(self.tables)):
        return original("compact-subset")(self, to_unicode, hinting)
    gids = sorted(set(to_unicode) | {0})
    path = _subset_cache_path(self, gids, hinting)
    entry = _read_subset(path)
    if entry is None:
        entry = _make_subset(self, gids, hinting)
        _write_subset(path, entry)
    kind, old_ids, data = entry
    if kind == "retained":  # no compact subset for this font and these glyphs
        return original("compact-subset")(self, to_unicode, hinting)
    self.file_content = data
    if kind == "glyf":
        self.briefing_cid_to_gid = {old: new for new, old in enumerate(old_ids)}
    else:
        self.briefing_raw_cff = _cff_table(data)
    return None


def _make_subset(font, gids: list[int], hinting: bool) -> tuple[str, list[int], bytes]:
    """(kind, new glyph id -> old glyph id, subset bytes): kind "glyf" (TrueType, with
    a /CIDToGIDMap), "cff" (bare CFF whose charset keeps each glyph's CID) or
    "retained" (WeasyPrint's own subset, with retained glyph ids)."""
    result = _subset_plan(font, gids, hinting)
    if result is None or result[0] is None:
        return "retained", [], b""
    data, old_ids = result
    if "glyf" in font.tables and "CFF " not in font.tables:
        return "glyf", old_ids, data
    # CFF: glyphs are found by CID through the charset; each must be its old id.
    if cff_glyph_cids(data) != old_ids:
        LOGGER.debug("compact subset of %s: CIDs are not glyph ids; keeping ids", font.family)
        return "retained", [], b""
    return "cff", old_ids, data


# ------------------------------------------------------------------ subsets kept on disk
#
# A cold build of an unchanged text makes the same subsets of the same fonts (HarfBuzz's
# subsetting was ≈ 0.08 s of the sample's cold build, CPU time): they are kept in
# $XDG_CACHE_HOME/briefing/subsets/, keyed by the font (its face index, glyph count,
# units per em, every table's tag and length, and the bytes of its small identifying
# tables — `head` holds checkSumAdjustment, the checksum of the whole font file, and
# its modification date), the glyphs, the hinting flag, the HarfBuzz libraries on disk
# (path, size, modification time) and this module's source. An entry that cannot be
# read is made again.

# Small tables whose bytes identify a font file (read whole; the rest by length).
IDENTIFYING_TABLES = ("head", "name", "maxp", "hhea", "OS/2", "post")
SUBSET_FORMAT = 1


def _font_identity(font) -> bytes:
    from weasyprint.text.ffi import ffi, harfbuzz

    sha = hashlib.sha256(f"{font.index} {font.glyph_count} {font.upem}\n".encode())
    length = ffi.new("unsigned int *")
    for tag in sorted(font.tables):
        blob = harfbuzz.hb_face_reference_table(
            font.hb_face, harfbuzz.hb_tag_from_string(tag.encode("latin-1"), -1))
        try:
            data = harfbuzz.hb_blob_get_data(blob, length)
            sha.update(f"{tag} {length[0]}\n".encode("latin-1"))
            if tag in IDENTIFYING_TABLES and length[0]:
                sha.update(ffi.buffer(data, length[0]))
        finally:
            harfbuzz.hb_blob_destroy(blob)
    return sha.digest()


@functools.cache
def _code_identity() -> str:
    """This module's source and the HarfBuzz libraries' files, once per process."""
    from briefing.weasy.loader import ldconfig_paths

    paths = ldconfig_paths()
    lines = [hashlib.sha256(Path(__file__).read_bytes()).hexdigest(), f"{SUBSET_FORMAT}",
             repr(DROP_TABLES)]
    for name in ("harfbuzz", "harfbuzz-subset"):
        path = paths.get(name)
        try:
            st = os.stat(os.path.realpath(path)) if path else None
        except OSError:
            st = None
        lines.append(f"{name} {path} {st and st.st_size} {st and st.st_mtime_ns}")
    return "\n".join(lines)


def _subset_cache_path(font, gids: list[int], hinting: bool) -> Path:
    from briefing.diskcache import cache_dir

    sha = hashlib.sha256(_code_identity().encode())
    sha.update(_font_identity(font))
    sha.update(f"\n{hinting}\n".encode())
    sha.update(array.array("I", gids).tobytes())
    return cache_dir() / "subsets" / f"{sha.hexdigest()}.pickle"


def _read_subset(path: Path) -> tuple[str, list[int], bytes] | None:
    try:
        entry = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - absent or unreadable: made again
        return None
    if (isinstance(entry, tuple) and len(entry) == 3 and entry[0] in ("glyf", "cff", "retained")
            and isinstance(entry[1], list) and isinstance(entry[2], bytes)):
        return entry
    return None


def _write_subset(path: Path, entry: tuple[str, list[int], bytes]) -> None:
    from briefing.diskcache import write_bytes

    write_bytes(path, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))


def _cff_table(data: bytes) -> bytes:
    from fontTools.ttLib import TTFont
    return TTFont(io.BytesIO(data), lazy=True).reader["CFF "]


def vector_font_dictionary(font_dictionary, pdf, font, widths, compress, reference,
                            pdf_version):
    """WeasyPrint's CIDFont dictionary, with a /CIDToGIDMap stream for compact
    TrueType subsets (CID = the full font's glyph id)."""
    import pydyf

    original("cid-to-gid-map")(font_dictionary, pdf, font, widths, compress, reference,
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
        raise WeasyPrintIncompatible("the CIDFont dictionary WeasyPrint wrote has no "
                                     "/CIDToGIDMap /Identity to replace")
    table = bytearray(2 * (max(mapping) + 1))
    for cid, gid in mapping.items():
        struct.pack_into(">H", table, 2 * cid, gid)
    stream = pydyf.Stream([bytes(table)], compress=compress)
    pdf.add_object(stream)
    subfont["CIDToGIDMap"] = stream.reference

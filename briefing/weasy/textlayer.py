"""A text layer that reads back as the article: the gaps the layout adds (a quarter
em between Han and Latin, justification between characters) extract as nothing.

Text extractors (poppler's pdftotext, pdf.js, a viewer's copy and search) decide
where spaces go from the glyphs' positions: a visible gap wider than about a tenth of
an em reads as a space, so 「2021年」 set with its quarter em came back as 「2021 年」.
The PDF's way to say what a run of glyphs stands for is marked content with an
/ActualText (ISO 32000-1 §14.9.4): poppler and other readers take the run's text
from it. So each run of text the layer adjusted is drawn inside
`/Span <</ActualText (…)>> BDC … EMC`:

* `mark_runs` (called by layout_patches.text_align once a line is laid out and
  justified) groups the line's neighbouring text boxes that only our gaps separate
  (PM<sub>2.5</sub>平均 is three boxes) and marks the first and last box of each
  adjusted group with its text;
* `draw_text` (text-layer; weasyprint/draw/text.py) opens the span before the
  group's first box and closes it after its last. In a tagged PDF every box is its
  own marked-content sequence (/Span with an MCID), which ours may not cross: there
  each adjusted box gets a span of its own.

The glyphs and their positions are untouched: the page looks the same.

pdf.js (Firefox's viewer and many web viewers; 2.14 as Debian ships it) reads no
/ActualText: it puts a space wherever a glyph stands more than a tenth of an em past
the previous glyph's advance, and a gap written as a TJ position adjustment (or as
character spacing: it counts neither in the glyph's advance) is such a distance. Inside
an adjusted run, `draw_text` therefore writes each gap of `SPACER_FROM_EM` or more
that falls between two glyphs of one box as a spacer glyph instead of a position
adjustment: the one glyph of a blank Type3 font (`SPACER`, added to the document's
fonts by `build_fonts_dictionary`, the gap-font patch) whose advance is `SPACER_EM`
ems, shown at the size that makes its advance the gap (a fraction of a point: no test
or measure that picks characters by size takes it for text). The pen moves exactly as
far as before (the glyphs stand where they stood); the spacer draws nothing and stands
for no text: its code (0xAD) maps to nothing in its /ToUnicode, so poppler and
pdfminer (pdfplumber) read it as a character without text (`preflight.glyphs` leaves
those out), and pdf.js, which then takes the code for U+00AD (a format character),
skips it together with its advance, so the glyph after it follows the one before it
with no gap. A gap between two boxes of a run (PM<sub>2.5</sub>平均)
is set by the next box's own text position, which pdf.js reads as it is: each box of
a run after the first (its `briefing_follows`) therefore starts its text
`LEAD_IN_EM` before where pdf.js saw the box before it end, and reaches its own start
by a spacer. pdf.js sees the box begin behind the previous one's end, which it reads
as a new piece of text on the same line, with no space; the glyphs stand where they
stood. (pdf.js places its own text boxes, those a viewer selects and highlights, by
the advances it counted: short by the gaps it skipped, up to a few ems on a line.)

The same patch draws a bold that has no face of its own (GB/T 9704's 三级 headings, 仿宋
bold: no free 仿宋 has a bold face, FandolFang included) the way office software prints
仿宋_GB2312 加粗: the regular glyphs filled and stroked (text render mode 2) with a line
of `EMBOLDEN_EM`. Where the request found a real bold face, nothing changes. WeasyPrint
itself prints such text regular (it draws the face it was given; fontconfig's
synthetic-bold flag is for rasterisers).
"""

from __future__ import annotations

import re
from contextlib import contextmanager

from briefing.typeset import rules
from briefing.weasy import state
from briefing.weasy.seam import original

# pt: boxes closer than this (beyond the gap we added) are one run of text
ABUT = 0.01
# em: the stroke that emboldens a face without a bold (each side gains half of it)
EMBOLDEN_EM = 0.03
# A weight asked for that a face lighter than this by so much lacks (CSS bold is 700).
BOLD = 600
# em: a gap between two glyphs of an adjusted run this wide or wider is drawn as a
# spacer (pdf.js reads a gap over 0.1 em as a space; others from about 0.1 em on too)
SPACER_FROM_EM = 0.05
# em: how far before the previous box's start a box of a run after the first starts
# its text (pdf.js reads a start 0.2 em or more behind the previous glyph's end as a
# new piece of text, with no space)
LEAD_IN_EM = 0.3
# the spacer font's resource name, and the spacer's code (U+00AD to pdf.js)
SPACER = "BriefingGap"
# em: the spacer's advance, in ems of the size it is shown at
SPACER_EM = 100
SPACER_CODE = "ad"
# what WeasyPrint's draw_first_line writes between the brackets of a TJ: glyph codes in
# hex strings, position adjustments in thousandths of an em between them
_TJ_TOKEN = re.compile(r"<([0-9a-fA-F]*)>|([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)")


def _adjusted(box) -> bool:
    layout = box.pango_layout
    if getattr(layout, "briefing_justification", None):
        return True
    if getattr(box, "briefing_inserted", 0.0):
        return True
    spacing = box.style["letter_spacing"]
    if spacing != "normal" and spacing:
        return True
    return bool(rules.autospace_gaps(box.text))


def _clear(box) -> None:
    box.briefing_actual_text = None
    box.briefing_actual_end = box.briefing_in_run = False
    box.briefing_follows = box.briefing_seen_end = None


def _leaves(box, boxes):
    """Text boxes and other boxes of a line in order; a leader (the contents' dots)
    counts as one other box, never part of a run."""
    for child in box.children:
        if not child.is_in_normal_flow():
            continue
        if isinstance(child, boxes.TextBox):
            yield child
        elif isinstance(child, boxes.InlineBox) and not getattr(child, "is_leader", False):
            yield from _leaves(child, boxes)
        else:
            yield child


def mark_runs(line, boxes) -> None:
    """Mark each adjusted run of abutting text boxes of a line (its first box holds
    the run's text, its last box ends it)."""
    groups: list[list] = []
    previous = None
    for leaf in _leaves(line, boxes):
        if not isinstance(leaf, boxes.TextBox):
            previous = None
            continue
        _clear(leaf)
        if previous is not None:
            end = previous.position_x + previous.width
            gap = leaf.position_x - end - getattr(leaf, "briefing_inserted", 0.0)
            if abs(gap) <= ABUT:
                groups[-1].append(leaf)
                previous = leaf
                continue
        groups.append([leaf])
        previous = leaf
    for group in groups:
        text = "".join(box.text for box in group)
        if not text.strip() or not any(_adjusted(box) for box in group):
            continue
        group[0].briefing_actual_text = text
        group[-1].briefing_actual_end = True
        for box in group:
            box.briefing_in_run = True
        for before, box in zip(group, group[1:], strict=False):
            # (a space the text holds where the boxes meet stays pdf.js's to read)
            if before.text.strip() and box.text.strip() and \
                    not before.text[-1].isspace() and not box.text[0].isspace():
                box.briefing_follows = before


def _begin(stream, text: str) -> None:
    import pydyf

    stream.begin_marked_content("Span", pydyf.Dictionary(
        {"ActualText": pydyf.String(text)}))


def _face_weight(font) -> int:
    """The weight a face was designed at: its OS/2 usWeightClass (the font's
    description names the weight asked for, 700 for a regular face asked to be bold).
    Read from the table in place, once per run of a bold box."""
    from weasyprint.text.ffi import ffi, harfbuzz

    blob = harfbuzz.hb_face_reference_table(font.hb_face,
                                            harfbuzz.hb_tag_from_string(b"OS/2", -1))
    try:
        length = ffi.new("unsigned int *")
        data = harfbuzz.hb_blob_get_data(blob, length)
        return int.from_bytes(ffi.buffer(data, 6)[4:6], "big") if length[0] >= 6 else 400
    finally:
        harfbuzz.hb_blob_destroy(blob)


def _draw_emboldened(stream, textbox, draw):
    """Draw a box asked to be bold; each of its runs whose face is lighter than bold
    is filled and stroked (text render mode 2), the others only filled."""
    light: set[str] = set()
    add_font, set_font_size = stream.add_font, stream.set_font_size

    def added(pango_font):
        font, size = add_font(pango_font)
        if _face_weight(font) < BOLD:
            light.add(font.hash)
        return font, size

    def sized(font_hash, size):
        set_font_size(font_hash, size)
        stream.set_text_rendering(2 if font_hash in light else 0)

    instance = vars(stream)
    saved = {name: instance[name] for name in ("add_font", "set_font_size")
             if name in instance}
    stream.push_state()  # (inside any /ActualText span: q and Q nest within it)
    stream.set_color(textbox.style["color"], stroke=True)
    stream.set_line_width(EMBOLDEN_EM * textbox.style["font_size"])
    stream.set_line_join(1)
    stream.add_font, stream.set_font_size = added, sized
    try:
        return draw()
    finally:
        del stream.add_font, stream.set_font_size
        instance.update(saved)
        stream.pop_state()


def _weasyprint_draw_text(stream, textbox, offset_x, text_overflow, block_ellipsis):
    """WeasyPrint's draw_text; a bold without a bold face emboldened."""
    def draw():
        return original("text-layer")(stream, textbox, offset_x, text_overflow,
                                      block_ellipsis)

    if textbox.style["font_weight"] >= BOLD and textbox.text.strip():
        return _draw_emboldened(stream, textbox, draw)
    return draw()


def spaced(text: str) -> list[tuple[str, float]]:
    """A TJ array's contents (as WeasyPrint's draw_first_line writes them) cut where
    its position adjustments move the pen right by `SPACER_FROM_EM` or more (between
    two glyphs, or before the first or after the last: a box's text in two fonts is
    two arrays): (contents, gap after them in thousandths of an em) pieces. Nothing
    else changes: the pieces hold every other adjustment as it was."""
    pieces: list[tuple[str, float]] = []
    current: list[str] = []  # the piece being collected
    pending: list[str] = []  # adjustments since the last glyph string

    def settle() -> None:
        nonlocal current
        shift = sum(float(value) for value in pending)
        if -shift >= SPACER_FROM_EM * 1000:
            pieces.append(("".join(current), -shift))
            current = []
        else:
            current.extend(pending)
        pending.clear()

    for match in _TJ_TOKEN.finditer(text):
        if match.group(2) is not None:
            pending.append(match.group(2))
            continue
        settle()
        current.append(match.group(0))
    settle()
    if current or not pieces:
        pieces.append(("".join(current), 0.0))
    return pieces


class _Drawing:
    """What drawing one box of a run keeps: the text matrix's horizontal scale, and how
    far the spacers moved the pen (in text space, which pdf.js does not see move)."""

    def __init__(self):
        self.scale = 1.0
        self.skipped = 0.0


def _show_spaced(stream, show_text, drawing: _Drawing):
    """`stream.show_text` for an adjusted run: the gaps between glyphs as spacers."""
    def show(text):
        if isinstance(text, bytes):
            text = text.decode("ascii")
        for piece, gap in spaced(text):
            if piece:
                show_text(piece)
            if gap:
                font, size = stream._current_font
                stream.set_font_size(SPACER, gap * size / 1000 / SPACER_EM)
                show_text(f"<{SPACER_CODE}>")
                stream.set_font_size(font, size)
                drawing.skipped += gap * size / 1000
    return show


def _led_in(stream, set_text_matrix, show_text, lead_in: float, drawing: _Drawing):
    """`stream.set_text_matrix` for a box of a run: the text starts `lead_in` (user
    space) before the box and a spacer brings the pen to it, when there is one."""
    def set_matrix(a, b, c, d, e, f):
        drawing.scale = a or 1.0
        if lead_in <= 0:
            return set_text_matrix(a, b, c, d, e, f)
        set_text_matrix(a, b, c, d, e - lead_in, f)
        stream.set_font_size(SPACER, lead_in / drawing.scale / SPACER_EM)
        show_text(f"<{SPACER_CODE}>")
        drawing.skipped += lead_in / drawing.scale
    return set_matrix


def _lead_in(textbox) -> float:
    """How far before its own start a box of a run starts its text: `LEAD_IN_EM` behind
    where pdf.js saw the box before it end (that box's end, less what its spacers moved
    the pen unseen)."""
    before = getattr(textbox, "briefing_follows", None)
    seen_end = getattr(before, "briefing_seen_end", None) if before is not None else None
    if seen_end is None:
        return 0.0
    start = seen_end - LEAD_IN_EM * before.style["font_size"]
    return textbox.position_x - start if start >= 0 else 0.0


def _draw_run_box(stream, textbox, offset_x, text_overflow, block_ellipsis):
    """A box of an adjusted run: WeasyPrint's drawing, gaps between glyphs as spacers,
    and its text led in from before the previous box's start (see the module's doc)."""
    if not textbox.text.strip():
        return _weasyprint_draw_text(stream, textbox, offset_x, text_overflow,
                                     block_ellipsis)
    instance = vars(stream)
    saved = {name: instance[name] for name in ("show_text", "set_text_matrix")
             if name in instance}
    drawing = _Drawing()
    show_text = stream.show_text
    stream.show_text = _show_spaced(stream, show_text, drawing)
    lead_in = _lead_in(textbox)
    stream.set_text_matrix = _led_in(stream, stream.set_text_matrix, show_text, lead_in,
                                     drawing)
    try:
        result = _weasyprint_draw_text(stream, textbox, offset_x, text_overflow,
                                       block_ellipsis)
    finally:
        for name in ("show_text", "set_text_matrix"):
            instance.pop(name, None)
        instance.update(saved)
    # Where pdf.js saw this box's text end, at the latest, for the box after it.
    textbox.briefing_seen_end = textbox.position_x + textbox.width - \
        drawing.skipped * drawing.scale
    return result


def spacer_font(pdf, compress: bool):
    """The spacer font: a Type3 font whose one glyph (code 0xAD) is blank,
    `SPACER_EM` ems wide (its glyph space is a tenth of an em),
    and stands for no text (an empty /ToUnicode mapping)."""
    import pydyf

    procedure = pydyf.Stream([f"{SPACER_EM * 10} 0 d0".encode()], compress=compress)
    to_unicode = pydyf.Stream([
        b"/CIDInit /ProcSet findresource begin", b"12 dict begin", b"begincmap",
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        b"/CMapName /Briefing-Spacer-UCS def", b"/CMapType 2 def",
        b"1 begincodespacerange", b"<00> <FF>", b"endcodespacerange",
        b"1 beginbfchar", f"<{SPACER_CODE}> <>".encode(), b"endbfchar",
        b"endcmap", b"CMapName currentdict /CMap defineresource pop", b"end", b"end"],
        compress=compress)
    for stream in (procedure, to_unicode):
        pdf.add_object(stream)
    code = int(SPACER_CODE, 16)
    font = pydyf.Dictionary({
        "Type": "/Font", "Subtype": "/Type3", "Name": f"/{SPACER}",
        "FontBBox": pydyf.Array([0, 0, 0, 0]),
        "FontMatrix": pydyf.Array([0.1, 0, 0, 0.1, 0, 0]),
        "CharProcs": pydyf.Dictionary({"gap": procedure.reference}),
        "Encoding": pydyf.Dictionary({
            "Type": "/Encoding", "Differences": pydyf.Array([code, "/gap"])}),
        "FirstChar": code, "LastChar": code, "Widths": pydyf.Array([SPACER_EM * 10]),
        "Resources": pydyf.Dictionary(), "ToUnicode": to_unicode.reference,
    })
    pdf.add_object(font)
    return font


def build_fonts_dictionary(pdf, fonts, compress, subset, options):
    """WeasyPrint's fonts dictionary, and the spacer font when there is any text."""
    pdf_fonts = original("gap-font")(pdf, fonts, compress, subset, options)
    if fonts and state.spacers.get():
        pdf_fonts[SPACER] = spacer_font(pdf, compress).reference
    return pdf_fonts


def draw_text(stream, textbox, offset_x, text_overflow, block_ellipsis):
    """WeasyPrint's, inside an /ActualText span where a run the layer adjusted starts
    or ends, with the run's gaps between glyphs drawn as spacers; a bold without a bold
    face emboldened."""
    in_run = getattr(textbox, "briefing_in_run", False)
    draw = _draw_run_box if in_run and state.spacers.get() else _weasyprint_draw_text
    tagged = getattr(stream, "_tags", None) is not None
    if tagged:
        # Each box is already a marked-content sequence of its own: a span per box.
        if in_run and textbox.text.strip():
            _begin(stream, textbox.text)
            try:
                return draw(stream, textbox, offset_x, text_overflow, block_ellipsis)
            finally:
                stream.end_marked_content()
        return draw(stream, textbox, offset_x, text_overflow, block_ellipsis)
    text = getattr(textbox, "briefing_actual_text", None)
    if text is not None:
        if getattr(stream, "briefing_span_open", False):
            stream.end_marked_content()  # a run whose last box was never drawn
        _begin(stream, text)
        stream.briefing_span_open = True
    try:
        return draw(stream, textbox, offset_x, text_overflow, block_ellipsis)
    finally:
        if getattr(textbox, "briefing_actual_end", False) and \
                getattr(stream, "briefing_span_open", False):
            stream.end_marked_content()
            stream.briefing_span_open = False


@contextmanager
def spacers(enabled: bool):
    """While writing a PDF: whether gaps are drawn as spacers (see state.spacers)."""
    token = state.spacers.set(enabled)
    try:
        yield
    finally:
        state.spacers.reset(token)

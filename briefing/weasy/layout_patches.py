"""Chinese line layout in WeasyPrint 70: the rules of briefing/typeset/rules.py
applied where Pango lays text out and WeasyPrint justifies lines.

WeasyPrint lays Chinese out with Pango and justifies by stretching spaces only. The
patches of this module (rows of table.py):

* `Layout.set_text` (line-attributes; weasyprint/text/line_break.py), which every
  line-breaking attempt and every drawn text box goes through: after WeasyPrint has
  set its own attributes we add Pango attributes computed by `rules.py` —
  - `allow_breaks=false` where CLREQ forbids a break (禁则, —— and ……, the
    paragraph's last two Han characters),
  - the OpenType feature `halt` on marks set at half width (标点挤压),
  - a quarter em between Han and Latin: as letter spacing while lines are broken,
    and when drawing, as exact glyph advances together with the justification space.
  The text is never changed, so the PDF's text layer stays clean.
* `Layout.setup` (base-attributes): each new text starts from the attributes
  WeasyPrint's setup gave the layout.
* `justify_line` and `text_align` (cjk-justification, drawn-widths;
  weasyprint/layout/inline.py): a justified line's slack is spread between
  characters (the blank side of punctuation and Han/Latin boundaries first), never
  between a mark and its character or inside a Latin word; gaps between separate text
  boxes (PM<sub>2.5</sub>平均) get their quarter em here.
* `get_next_linebox` (squeeze-lines): a line that justification cannot set tight is
  laid out again with its marks at half width, so that what did not fit may (CLREQ:
  compress punctuation, then push in); justification gives the marks their blank back.
  A title or heading with `--briefing-wrap: balance` that needs more than one line is
  set on the narrowest width that keeps its line count, with breaks only between
  phrases or words (`_balanced_line`); that width and those breaks are found once per
  content while the process lives (balances.py).
* `iter_line_boxes` and `split_text_box` (neighbour-gaps, gap-reservation): which of
  two neighbouring text boxes reserves the Han/Latin gap between them while lines are
  broken.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import suppress
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from briefing.cjk import FULLWIDTH_MARKS
from briefing.cjk import HANGING as HANGING_MARKS
from briefing.cjk import OPENING as OPENING_MARKS
from briefing.cjk import RIGHT_BLANK as RIGHT_BLANK_MARKS
from briefing.typeset import rules, words
from briefing.weasy import balances, textlayer
from briefing.weasy.seam import CFunction, Declaration, original
from briefing.weasy.state import balancing, laying_out, squeezing

# Marker on the document root that switches the layer off (e.g. for comparisons).
OFF = "off"
# A line laid out again as the last means against a loose line: the soft bans inside a
# number's unit lifted (rules.soft_bans: 「0.1个 / 百分点」). Context-local, set for the
# span of one call, as the variables of state.py.
relaxing: ContextVar[bool] = ContextVar("briefing.weasy.relaxing", default=False)
# Pango functions WeasyPrint does not declare (table.py declares them on install).
ALLOW_BREAKS = Declaration("pango", "pango_attr_allow_breaks_new",
                           "PangoAttribute * pango_attr_allow_breaks_new "
                           "(gboolean allow_breaks);")
ATTR_LIST_COPY = Declaration("pango", "pango_attr_list_copy",
                             "PangoAttrList * pango_attr_list_copy (PangoAttrList *list);")
# Pango functions of WeasyPrint's declarations that the replacements call.
PANGO_USED = tuple(CFunction("pango", name) for name in (
    "pango_attr_letter_spacing_new", "pango_attr_font_features_new", "pango_attr_list_change",
    "pango_attr_list_insert", "pango_layout_set_wrap",
    "pango_layout_get_attributes", "pango_layout_set_attributes", "pango_attr_list_new"))


# ------------------------------------------------------------------ settings


def _style_option(style, name: str, default: str) -> str:
    tokens = style.get(f"__briefing_{name}") if hasattr(style, "get") else None
    if tokens is None:
        try:
            tokens = style[f"__briefing_{name}"]
        except KeyError:
            tokens = None
    for token in tokens or ():
        value = getattr(token, "value", None)
        if isinstance(value, str):
            return value.lower()
    return default


def _active(style) -> bool:
    lang = style["lang"] or ""
    return lang.lower().startswith("zh") and _style_option(style, "typeset", "on") != OFF


def _punctuation(style) -> rules.PunctuationStyle:
    value = _style_option(style, "punctuation", rules.PunctuationStyle.KAIMING.value)
    try:
        return rules.PunctuationStyle(value)
    except ValueError:
        return rules.PunctuationStyle.KAIMING


def _settings(style) -> tuple[bool, rules.PunctuationStyle | None]:
    """(layer active, punctuation style) of a computed style, read once per style
    object: every layout, line and drawn box asks again."""
    settings = getattr(style, "briefing_settings", None)
    if settings is None:
        active = _active(style)
        settings = (active, _punctuation(style) if active else None)
        with suppress(AttributeError):  # a style object that takes no attributes
            style.briefing_settings = settings
    return settings


# ------------------------------------------------------------------ Pango attributes


def _byte_offsets(text: str, positions=None) -> dict[int, int]:
    """UTF-8 byte offset of each character position (or of the given ones only)."""
    wanted = range(len(text) + 1) if positions is None else sorted(positions)
    offsets, previous, offset = {}, 0, 0
    for position in wanted:
        offset += len(text[previous:position].encode())
        offsets[position] = offset
        previous = position
    return offsets


def setup(self, style):
    """Keep a copy of the attributes WeasyPrint's setup gave the layout (each new text
    starts from them, so attributes computed for an earlier text never linger), and
    read our settings from the style once."""
    from weasyprint.text.ffi import ffi, pango

    original("base-attributes")(self, style)
    attrs = pango.pango_layout_get_attributes(self.layout)
    self.briefing_base_attrs = None if attrs == ffi.NULL else ffi.gc(
        pango.pango_attr_list_copy(attrs), pango.pango_attr_list_unref)
    self.briefing_active, punctuation = _settings(style)
    if self.briefing_active:
        self.briefing_punctuation = punctuation
        spacing = style["letter_spacing"]
        self.briefing_letter_spacing = 0.0 if spacing == "normal" else spacing


@dataclass(frozen=True)
class Plan:
    """What the rules ask of one text, as UTF-8 byte ranges for Pango."""

    no_break: tuple[tuple[int, int], ...]
    halt: tuple[tuple[int, int], ...]
    # (start, end, spacing) while breaking lines; gaps by character index for drawing
    spacing: tuple[tuple[int, int, float], ...]
    gaps: tuple[tuple[int, float], ...]


@lru_cache(maxsize=16384)
def _plan(text: str, punctuation: rules.PunctuationStyle, quarter: float, base: float,
          lead: bool, trail: bool, breaks: str | None = None, whole: bool = True,
          relaxed: bool = False) -> Plan:
    """The rules applied to one text (cached: layout, measuring and drawing ask for the
    same texts again, and so does every rebuild in watch mode). `breaks`: a balanced
    title's or heading's lines break between phrases only ("phrase") or between words
    ("word"). `relaxed`: the soft bans inside units lifted (a line's last means)."""
    forbidden, halved, gapped = char_plan(text, punctuation, breaks, whole, relaxed)
    # keep_together_ranges and runs, inline (a text's plan is asked for ≈ 10,000 times in
    # 100 pages of distinct text: the calls were a third of its cost)
    no_break = _runs(forbidden, 2)
    halt = _runs(halved, 1)
    gaps = {index: quarter for index in gapped}
    # Breaking lines: each gap as letter spacing on the character before it; Pango
    # breaks on the untrimmed sum, so lines are never too wide (see text_align for
    # the half it trims at a box's start). A gap between this box and its neighbour
    # (PM<sub>2.5</sub>平) is reserved with 2g on the edge character, of which Pango
    # keeps g.
    spacing = dict(gaps)
    if len(text) >= 2:
        if trail:
            spacing[len(text) - 1] = 2 * quarter
        if lead:
            spacing[0] = spacing.get(0, 0.0) + 2 * quarter
    if text.isascii():  # a byte per character
        return Plan(no_break=tuple(no_break), halt=tuple(halt),
                    spacing=tuple((i, i + 1, base + width)
                                  for i, width in sorted(spacing.items())),
                    gaps=tuple(sorted(gaps.items())))
    positions = {p for run in no_break for p in run}
    positions.update(p for run in halt for p in run)
    positions.update(spacing)
    positions.update(index + 1 for index in spacing)
    offsets = _byte_offsets(text, positions)
    return Plan(
        no_break=tuple((offsets[a], offsets[b]) for a, b in no_break),
        halt=tuple((offsets[a], offsets[b]) for a, b in halt),
        spacing=tuple((offsets[i], offsets[i + 1], base + width)
                      for i, width in sorted(spacing.items())),
        gaps=tuple(sorted(gaps.items())),
    )


def char_plan(text: str, punctuation: rules.PunctuationStyle, breaks: str | None = None,
              whole: bool = True, relaxed: bool = False
              ) -> tuple[set[int], set[int], list[int]]:
    """_plan's rules by character index: the breaks forbidden (i: between text[i] and
    text[i+1]), the marks set at half width, the Han/Latin gaps (i: after text[i])."""
    forbidden = rules.no_break_set(text, relaxed)
    if breaks == "phrase":
        forbidden |= words.phrase_bans(text)
    elif breaks == "word":
        forbidden |= words.word_bans(text)
    if whole:
        forbidden |= rules.orphan_bans(text)
    return forbidden, rules.halved_marks(text, punctuation), rules.autospace_gaps(text)


def _runs(indices, end: int) -> list[tuple[int, int]]:
    """Consecutive indices as ranges [first, last + end): rules.runs (end 1) and
    rules.keep_together_ranges (end 2)."""
    found: list[tuple[int, int]] = []
    if not indices:
        return found
    ordered = sorted(indices)
    start = previous = ordered[0]
    for index in ordered[1:]:
        if index != previous + 1:
            found.append((start, previous + end))
            start = index
        previous = index
    found.append((start, previous + end))
    return found


def set_text(self, text, justify=False):
    """WeasyPrint's, then the Pango attributes of the rules: break bans, `halt`, and the
    Han/Latin gaps (letter spacing while breaking; glyph advances when drawing)."""
    from weasyprint.text.ffi import TO_UNITS, ffi, pango

    active = getattr(self, "briefing_active", False)
    if active:
        base = self.briefing_base_attrs
        fresh = ffi.NULL if base is None else ffi.gc(
            pango.pango_attr_list_copy(base), pango.pango_attr_list_unref)
        # Detach first: Pango (≥ 1.50) ignores a list equal in value to the layout's
        # own, and the layout's first list is WeasyPrint's, holding the one font-features
        # attribute WeasyPrint caches and shares between layouts (`tnum 1` of
        # tabular-nums): the changes below would cut or free that shared attribute, and
        # every later layout of the style would carry a wrong range or crash.
        pango.pango_layout_set_attributes(self.layout, ffi.NULL)
        pango.pango_layout_set_attributes(self.layout, fresh)
    original("line-attributes")(self, text, justify)
    self.briefing_spaced = False
    if not self.text or not active:
        return

    text = self.text
    lead = trail = False
    # WeasyPrint breaks a long text's first line on a cut of it (split_first_line: about
    # 2.5 characters per em of the line): the paragraph's tail is guarded only in a
    # text that reaches the box's end, never at the end of the cut.
    whole = True
    breaking = laying_out.get()
    if breaking and not justify:
        box_text, skip, reserve_lead, reserve_trail = breaking
        whole = box_text.endswith(text)
        trail = reserve_trail and whole
        lead = reserve_lead and skip == 0 and box_text.startswith(text)
    if squeezing.get():
        self.briefing_squeeze = True  # kept for drawing: reactivate() sets the text again
    quarter = _autospace_em(self) * self.style["font_size"]
    plan = _plan(text, _layout_punctuation(self), quarter, self.briefing_letter_spacing,
                 lead, trail, None if justify else balancing.get(), whole,
                 relaxing.get() and not justify)

    attr_list = pango.pango_layout_get_attributes(self.layout)
    if attr_list == ffi.NULL:
        attr_list = ffi.gc(pango.pango_attr_list_new(), pango.pango_attr_list_unref)

    def add(attr, start, end, merge=True):
        attr.start_index, attr.end_index = start, end
        if merge:
            pango.pango_attr_list_change(attr_list, attr)
        else:
            pango.pango_attr_list_insert(attr_list, attr)

    # 禁则 and the paragraph tail: ranges inside which Pango may not break. Inserted, not
    # changed: pango_attr_list_change merges two abutting ranges of equal value into one,
    # which would forbid the break where they meet (「9微」 and 「克/立」 joined as
    # 「9微克/立」 lose the break 「微|克」 that neither forbids).
    for start, end in plan.no_break:
        add(pango.pango_attr_allow_breaks_new(False), start, end, merge=False)
    # Punctuation compression: `halt` sets a full-width mark at half width.
    for start, end in plan.halt:
        add(pango.pango_attr_font_features_new(b"halt 1"), start, end)
    if not justify:
        for start, end, spacing in plan.spacing:
            add(pango.pango_attr_letter_spacing_new(int(spacing * TO_UNITS)), start, end)
        self.briefing_spaced = bool(plan.spacing)
    pango.pango_layout_set_attributes(self.layout, attr_list)
    if relaxing.get() and not justify and rules.char_wrap(text):
        # The last means inside an identifier (rules.identifier_breaks): Pango may break
        # between any two characters, and the bans above leave only those points open.
        from weasyprint.text.constants import PANGO_WRAP_MODE

        pango.pango_layout_set_wrap(self.layout, PANGO_WRAP_MODE["WRAP_CHAR"])
    if justify:
        # Drawing: every gap placed exactly by widening the glyph before it.
        gaps = dict(plan.gaps)
        for index, width in (getattr(self, "briefing_justification", None) or {}).items():
            gaps[index] = gaps.get(index, 0.0) + width
        if gaps:
            _widen_glyphs(self.layout, text, gaps)


def _autospace_em(layout) -> float:
    """The Han/Latin gap a layout sets its text with: a quarter em, or the least the
    rules allow when its line was squeezed (get_next_linebox)."""
    if getattr(layout, "briefing_squeeze", False):
        return rules.AUTOSPACE_MIN_EM
    return rules.AUTOSPACE_EM


def _layout_punctuation(layout) -> rules.PunctuationStyle:
    """The punctuation style a layout sets its text in: the style's, or every mark at
    half width when its line was squeezed (get_next_linebox)."""
    if getattr(layout, "briefing_squeeze", False):
        return rules.PunctuationStyle.BANJIAO
    return layout.briefing_punctuation


def _drawn_width(box) -> float:
    """The width `box` is drawn with: its text shaped as for drawing, gaps included."""
    from weasyprint.text.ffi import FROM_UNITS, ffi, pango
    from weasyprint.text.line_break import Layout

    layout = Layout(box.style)
    layout.briefing_squeeze = getattr(box.pango_layout, "briefing_squeeze", False)
    layout.set_text(box.text, justify=True)
    line = pango.pango_layout_get_line_readonly(layout.layout, 0)
    width, run = 0, line.runs
    while run != ffi.NULL:
        glyphs = run.data.glyphs
        width += sum(glyphs.glyphs[i].geometry.width for i in range(glyphs.num_glyphs))
        run = run.next
    spacing = box.style["letter_spacing"]
    # WeasyPrint adds the style's letter spacing once to a measured line (line_size).
    return width * FROM_UNITS + (0 if spacing == "normal" else spacing)


@lru_cache(maxsize=1024)
def _characters_at(text: str) -> dict[int, int]:
    """Character index at each UTF-8 byte offset of `text` (read-only; cached for the
    lines a rebuild in watch mode draws again — a few hundred in a short briefing)."""
    return {offset: index for index, offset in _byte_offsets(text).items()}


def _widen_glyphs(layout, text: str, gaps: dict[int, float]) -> None:
    """Add gaps[i] after character i in the laid-out first line (drawing only).

    WeasyPrint draws glyph by glyph from Pango's geometry, so a wider glyph moves the
    rest of the line right without touching the text. Single-paragraph mode is set
    first because draw_first_line sets it too, and a change would re-lay the line out.
    """
    from weasyprint.text.ffi import TO_UNITS, ffi, pango

    pango.pango_layout_set_single_paragraph_mode(layout, True)
    char_at = _characters_at(text)
    line = pango.pango_layout_get_line_readonly(layout, 0)
    run = line.runs
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        glyphs = glyph_item.glyphs
        base = glyph_item.item.offset
        count = glyphs.num_glyphs
        for position in range(count):
            cluster = glyphs.log_clusters[position]
            following = (glyphs.log_clusters[position + 1] if position + 1 < count
                         else glyph_item.item.length)
            if following == cluster:
                continue  # not the cluster's last glyph
            # A cluster may hold several characters (—— is one glyph): the gaps after
            # any of them go after the cluster.
            first, end = char_at.get(base + cluster), char_at.get(base + following)
            if first is None or end is None:
                continue
            width = (gaps.get(first, 0.0) if end == first + 1
                     else sum(gaps.get(index, 0.0) for index in range(first, end)))
            if width:
                glyphs.glyphs[position].geometry.width += int(width * TO_UNITS)


# ------------------------------------------------------------------ justification


def _leaves(box, boxes) -> Iterator:
    """Text boxes and atomic boxes of a line, in visual order."""
    for child in box.children:
        if not child.is_in_normal_flow():
            continue
        if isinstance(child, boxes.TextBox):
            yield child
        elif isinstance(child, boxes.InlineBox):
            yield from _leaves(child, boxes)
        else:
            yield child


def _shift(box, boxes, inserts: dict[int, float], internal: dict[int, dict[int, float]],
           grow: dict[int, float], x_advance: float) -> float:
    """Move boxes right by the space added before them; widen text boxes by their own."""
    if isinstance(box, boxes.TextBox):
        x_advance += inserts.get(id(box), 0.0)
        box.position_x += x_advance
        added = internal.get(id(box))
        grown = grow.get(id(box), 0.0)
        if added:
            justification = getattr(box.pango_layout, "briefing_justification", None) or {}
            for index, width in added.items():
                justification[index] = justification.get(index, 0.0) + width
            box.pango_layout.briefing_justification = justification
            grown += sum(added.values())
        box.width += grown
        return x_advance + grown
    if isinstance(box, boxes.LineBox | boxes.InlineBox):
        box.position_x += x_advance
        before = x_advance
        for child in box.children:
            if child.is_in_normal_flow():
                x_advance = _shift(child, boxes, inserts, internal, grow, x_advance)
        box.width += x_advance - before
        return x_advance
    x_advance += inserts.get(id(box), 0.0)
    box.translate(x_advance, 0)
    return x_advance


def _line_gaps(line, boxes):
    """Every place on the line where space may go: (box, index or None, kind, autospace).

    index is the gap after character `index` inside a text box; None marks the gap
    before `box` (between two boxes)."""
    gaps = []
    previous_text = ""
    for leaf in _leaves(line, boxes):
        if isinstance(leaf, boxes.TextBox):
            text = leaf.text
            if previous_text and text:
                kind = rules.gap_kind(previous_text[-1], text[0])
                gaps.append((leaf, None, kind, rules.needs_autospace(previous_text, text)))
            gaps.extend((leaf, index, kind, False)
                        for index, kind in enumerate(rules.gap_kinds(text)))
            previous_text = text or previous_text
        else:
            previous_text = ""
    # Trailing spaces that WeasyPrint keeps at the end of a line take no space.
    while gaps and gaps[-1][2] is rules.Gap.PRIORITY and gaps[-1][0].text[-1:].isspace():
        gaps.pop()
    return gaps


def _autospaced_boxes(line, boxes) -> Iterator:
    """The text boxes of a line that need a quarter em before them (Han/Latin between
    two boxes: PM<sub>2.5</sub>平均)."""
    previous_text = ""
    for leaf in _leaves(line, boxes):
        if isinstance(leaf, boxes.TextBox):
            text = leaf.text
            if previous_text and text and rules.needs_autospace(previous_text, text):
                yield leaf
            previous_text = text or previous_text
        else:
            previous_text = ""


def _apply(line, boxes, placed: list[tuple[object, int | str | None, float]]) -> float:
    """Add space on a line: (box, None, w) before a box, (box, i, w) after its character
    i, (box, "grow", w) to its width. Returns the total added."""
    inserts: dict[int, float] = {}
    internal: dict[int, dict[int, float]] = {}
    grow: dict[int, float] = {}
    total = 0.0
    for box, index, width in placed:
        if not width or (width < 0 and index != "grow"):
            continue
        total += width
        if index is None:
            inserts[id(box)] = inserts.get(id(box), 0.0) + width
            box.briefing_inserted = getattr(box, "briefing_inserted", 0.0) + width
        elif index == "grow":
            grow[id(box)] = grow.get(id(box), 0.0) + width
        else:
            internal.setdefault(id(box), {})[index] = width
    if inserts or internal or grow:
        _shift(line, boxes, inserts, internal, grow, 0.0)
    return total


def _annotate_neighbours(box, boxes) -> None:
    """Mark, for each Han/Latin gap between two text boxes of a block, which box
    reserves its width while lines are broken: the earlier one, or the later one when
    the earlier holds a single character (Pango trims a lone character's spacing)."""
    previous = None
    for leaf in _leaves(box, boxes):
        if not isinstance(leaf, boxes.TextBox):
            previous = None
            continue
        leaf.briefing_lead = leaf.briefing_trail = False
        if previous is not None and rules.needs_autospace(previous.text, leaf.text):
            if len(previous.text) >= 2:
                previous.briefing_trail = True
            else:
                leaf.briefing_lead = True
        previous = leaf


def iter_line_boxes(context, box, *args, **kwargs):
    """WeasyPrint's, once the block's text boxes know which reserves a gap shared
    with its neighbour."""
    from weasyprint.formatting_structure import boxes

    if _settings(box.style)[0]:
        _annotate_neighbours(box, boxes)
    return original("neighbour-gaps")(context, box, *args, **kwargs)


def split_text_box(context, box, available_width, skip, is_line_start=True):
    """WeasyPrint's, with the box that reserves a Han/Latin gap made known to set_text
    (state.laying_out) while it is broken; and the box's baseline where its own font
    puts it (_on_strut)."""
    lead, trail = getattr(box, "briefing_lead", False), getattr(box, "briefing_trail", False)
    token = laying_out.set((box.text, skip or 0, lead, trail))
    try:
        result = original("gap-reservation")(context, box, available_width, skip,
                                             is_line_start)
    finally:
        laying_out.reset(token)
    if result[0] is not None and _settings(result[0].style)[0] and \
            _style_switch(result[0].style, "strut", "on"):
        _on_strut(result[0])
    return result


def _on_strut(box) -> None:
    """A text box of a fixed line-height keeps the baseline its style's first font gives
    it (the strut's), whatever fallback faces its text takes: Pango measures a line with a
    character from a fallback face (a 仿宋 that lacks 「喆」, set in the serif) by that
    face's ascent and descent too, which moved the box's baseline within its line-height,
    so the line grew past the pitch (2 pt in jianbao: every such line pushed the grid
    down, and a page held 21 lines). The glyphs are drawn on the baseline; the box's
    margin height stays the line-height. Where a template asks for it
    (--briefing-strut: on, every stock template's common.css)."""
    from weasyprint.text.line_break import strut

    line_height, baseline = strut(box.style)
    if box.style["line_height"] == "normal" or line_height <= 0:
        return
    shift = baseline - box.baseline
    if abs(shift) > 0.01:
        box.margin_top += shift
        box.margin_bottom -= shift
        box.baseline = baseline


def text_align(context, line, available_width, last):
    """Boxes given the widths they are drawn with and the gaps between boxes, then
    WeasyPrint's alignment."""
    from weasyprint.formatting_structure import boxes

    active = _settings(line.style)[0]
    if active:
        placed = []
        for leaf in _leaves(line, boxes):
            if not isinstance(leaf, boxes.TextBox):
                continue
            leaf.briefing_inserted = 0.0
            # A box broken with letter spacing was measured with Pango's trims, the space
            # reserved for a neighbouring gap, and shaped with letter spacing (which can
            # change kerning): give it the width it will be drawn with.
            if getattr(leaf.pango_layout, "briefing_spaced", False):
                placed.append((leaf, "grow", _drawn_width(leaf) - leaf.width))
        # Quarter-em gaps between separate text boxes (PM<sub>2.5</sub>平均): reserved
        # while breaking when the boxes were laid out in order, else where there is room.
        between = [(box, None, rules.AUTOSPACE_EM * box.style["font_size"])
                   for box in _autospaced_boxes(line, boxes)]
        needed = sum(width for _, _, width in placed + between)
        if needed <= available_width - line.width + 0.01:
            placed += between
        line.width += _apply(line, boxes, placed)
    result = original("drawn-widths")(context, line, available_width, last)
    if active:
        # The runs whose gaps we set, for the text layer (textlayer.py).
        textlayer.mark_runs(line, boxes)
    return result


def _gap_budget(gaps, size: float, punctuation) -> tuple[list[float], list[float]]:
    """For each gap of a line: what it already holds beyond the advances (the quarter
    em between Han and Latin), and the blank half a compressed mark beside it gave up
    (space there stays within the mark's own advance). A box of a squeezed line set
    every mark at half width: each may take its blank half back."""
    quarter = rules.AUTOSPACE_EM * size
    used, free = [], []
    autospaced: dict[int, set[int]] = {}
    halved: dict[int, set[int]] = {}
    held: dict[int, float] = {}  # a box's Han/Latin gap (narrower in a squeezed line)
    for box, index, _, between in gaps:
        text = box.text
        if id(box) not in autospaced:
            autospaced[id(box)] = set(rules.autospace_gaps(text))
            squeezed = getattr(box.pango_layout, "briefing_squeeze", False)
            style = rules.PunctuationStyle.BANJIAO if squeezed else punctuation
            halved[id(box)] = rules.halved_marks(text, style) if style else set()
            held[id(box)] = (rules.AUTOSPACE_MIN_EM if squeezed else rules.AUTOSPACE_EM) * size
        if index is None:
            used.append(quarter if between else 0.0)
            free.append(0.5 * size if text[:1] in OPENING_MARKS and 0 in halved[id(box)]
                        else 0.0)
            continue
        used.append(held[id(box)] if index in autospaced[id(box)] else 0.0)
        half = (text[index] in RIGHT_BLANK_MARKS and index in halved[id(box)]) or \
            (text[index + 1] in OPENING_MARKS and index + 1 in halved[id(box)])
        free.append(0.5 * size if half else 0.0)
    return used, free


def justify_line(context, line, extra_width):
    """A Chinese line's slack spread by rules.distribute; other lines WeasyPrint's way."""
    from weasyprint.formatting_structure import boxes

    if not _settings(line.style)[0]:
        original("cjk-justification")(context, line, extra_width)
        return
    gaps = _line_gaps(line, boxes)
    if not gaps or extra_width <= 0:
        return
    size = line.style["font_size"]
    kinds = [kind for _, _, kind, _ in gaps]
    used, free = _gap_budget(gaps, size, _settings(line.style)[1])
    widths, _ = rules.distribute_tight(extra_width, kinds, rules.TIGHT_EM * size, used,
                                       free)
    # The widest gap beyond the font's advances (preflight's measure: a compressed
    # mark's blank half given back is within its advance), for get_next_linebox.
    line.briefing_looseness = max(
        (u + w - f for u, w, f, kind in zip(used, widths, free, kinds, strict=True)
         if kind is not rules.Gap.NONE), default=0.0) / size
    # … and the space justification added per gap between characters (preflight's
    # spread): a line may keep every gap within a quarter em and still be airy (均排
    # over a whole line, a number and its unit pushed overleaf), for get_next_linebox.
    line.briefing_spread = sum(max(w - f, 0.0) for w, f in zip(widths, free, strict=True)
                               ) / len(gaps) / size
    _apply(line, boxes, [(box, index, width) for (box, index, _, _), width in zip(
        gaps, widths, strict=True)])


# ------------------------------------------------------------------ compress, then push in

# em: a justified line whose widest gap beyond the advances is wider than this — a line
# that cannot be set tight (a quarter em at most) as broken — is laid out again squeezed.
# Only those: the template's punctuation style (全角 by default) holds in every other line.
SQUEEZE_FROM_EM = rules.TIGHT_EM + 0.005
# em per gap: a line spread more than this (every gap a little wide: rules.AUTOSPACE_MIN_EM,
# preflight's airy line) is laid out again squeezed too, though no gap is over a quarter em
AIRY_FROM_EM = rules.AUTOSPACE_MIN_EM + 0.005
# em: the squeezed line is kept only when its widest gap is narrower by this much (or,
# as wide at most, its spread is)
BETTER_EM = 0.01


def _hanging(style) -> bool:
    """Whether the template lets a pause or stop mark hang past the line's end
    (--briefing-hanging: on; Word's 「允许标点溢出边界」, on by default in Chinese Word and
    so in most official documents)."""
    return _style_switch(style, "hanging", "on")


def _style_switch(style, name: str, on: str) -> bool:
    """Whether the style's --briefing-NAME is `on`, read once per computed style."""
    cached = getattr(style, f"briefing_{name}_{on}", None)
    if cached is None:
        cached = _style_option(style, name, "") == on
        with suppress(AttributeError):
            setattr(style, f"briefing_{name}_{on}", cached)
    return cached


def _last_text(line) -> str:
    from weasyprint.formatting_structure import boxes

    texts = [leaf.text for leaf in _leaves(line, boxes) if isinstance(leaf, boxes.TextBox)]
    return texts[-1][-1:] if texts and texts[-1] else ""


def _compressible(line) -> bool:
    """Whether a line holds a full-width mark (before its last character) that
    squeezing would set at half width."""
    from weasyprint.formatting_structure import boxes

    texts = [leaf.text for leaf in _leaves(line, boxes) if isinstance(leaf, boxes.TextBox)]
    return not FULLWIDTH_MARKS.isdisjoint("".join(texts)[:-1])


def get_next_linebox(context, linebox, position_y, bottom_space, skip_stack,
                     containing_block, absolute_boxes, fixed_boxes, first_letter_style,
                     first_line_style):
    """The next line of a block: a balanced title's or heading's (_balanced_line), or
    any other's (_next_linebox)."""
    args = (context, linebox, position_y, bottom_space, skip_stack, containing_block,
            absolute_boxes, fixed_boxes, first_letter_style, first_line_style)
    if (_settings(linebox.style)[0] and _balanced(linebox.style) and balancing.get() is None
            and not first_letter_style and not first_line_style
            and not context.excluded_shapes):
        return _balanced_line(*args)
    return _next_linebox(*args)


def _next_linebox(context, linebox, position_y, bottom_space, skip_stack,
                  containing_block, absolute_boxes, fixed_boxes, first_letter_style,
                  first_line_style):
    """WeasyPrint's; then, for a justified Chinese line that cannot be set tight as it
    was broken (no gap over a quarter em beyond the advances), the line laid out again
    with every full-width mark compressed to half width (CLREQ: compress punctuation,
    then push a character in). The compressed marks make room for what did not fit
    (one more character, a number with its unit), and justification gives each mark
    back up to its blank half: the better of the two lines is kept. WeasyPrint decides
    a line's break before it justifies it; this is the step between the two it lacks."""
    run = original("squeeze-lines")
    args = (context, linebox, position_y, bottom_space, skip_stack, containing_block)
    active, punctuation = _settings(linebox.style)
    if (not active or punctuation is rules.PunctuationStyle.CENTRED or squeezing.get()
            or first_letter_style or first_line_style or context.excluded_shapes):
        return run(*args, absolute_boxes, fixed_boxes, first_letter_style,
                   first_line_style)
    absolutes, fixed = [], []
    line, resume_at = run(*args, absolutes, fixed, None, None)
    looseness = getattr(line, "briefing_looseness", 0.0) if line is not None else 0.0
    spread = getattr(line, "briefing_spread", 0.0) if line is not None else 0.0
    if (looseness > SQUEEZE_FROM_EM or spread > AIRY_FROM_EM) and resume_at is not None:
        if _compressible(line):
            token = squeezing.set(True)
            try:
                squeezed_absolutes, squeezed_fixed = [], []
                squeezed, squeezed_resume = run(*args, squeezed_absolutes, squeezed_fixed,
                                                None, None)
            finally:
                squeezing.reset(token)
            if squeezed is not None and _better(squeezed, looseness, spread):
                line, resume_at = squeezed, squeezed_resume
                absolutes, fixed = squeezed_absolutes, squeezed_fixed
                looseness = getattr(line, "briefing_looseness", 0.0)
        # A line with no mark to compress (「……PM10月平均值为」 / 「59.1微克/立方米」)
        # may still hang or break inside a unit.
        if looseness > SQUEEZE_FROM_EM and _hanging(linebox.style):
            hung = _hang(run, args, containing_block, linebox.style["font_size"])
            if hung is not None and hung[0].briefing_looseness < looseness - BETTER_EM:
                line, resume_at, absolutes, fixed = hung
                looseness = hung[0].briefing_looseness
        if looseness > SQUEEZE_FROM_EM:
            relaxed = _relax(run, args)
            if relaxed is not None and relaxed[0].briefing_looseness < looseness - BETTER_EM:
                line, resume_at, absolutes, fixed = relaxed
    absolute_boxes.extend(absolutes)
    fixed_boxes.extend(fixed)
    return line, resume_at


def _better(squeezed, looseness: float, spread: float) -> bool:
    """Whether the squeezed line is the better one: a narrower widest gap, or one as
    wide at most and less spread (an airy line that took in what had been pushed over)."""
    tighter = getattr(squeezed, "briefing_looseness", 0.0)
    return tighter < looseness - BETTER_EM or (
        tighter <= looseness + 1e-9
        and getattr(squeezed, "briefing_spread", 0.0) < spread - BETTER_EM)


def _relax(run, args):
    """The line laid out squeezed with the soft bans inside units lifted (the last
    means: a number's unit word that did not fit, 「0.1个百分点」, may leave its measure
    word or magnitude on this line, 「0.1个 / 百分点」, rather than leave it loose).
    None when the break did not change (no such unit at the line's end)."""
    squeeze, relax = squeezing.set(True), relaxing.set(True)
    try:
        absolutes, fixed = [], []
        line, resume_at = run(*args, absolutes, fixed, None, None)
    finally:
        relaxing.reset(relax)
        squeezing.reset(squeeze)
    if line is None or resume_at is None:
        return None
    line.briefing_looseness = getattr(line, "briefing_looseness", 0.0)
    return line, resume_at, absolutes, fixed


def _hang(run, args, containing_block, size: float):
    """The line laid out squeezed with half an em more room, kept when it ends in a mark
    that may hang (HANGING_MARKS): the mark, at half width, then stands past the text
    block's edge and everything before it fills the line (CLREQ: the last means, after
    compressing punctuation and pushing in). None when the line ends otherwise."""
    hang = 0.5 * size
    token = squeezing.set(True)
    containing_block.width += hang
    try:
        absolutes, fixed = [], []
        line, resume_at = run(*args, absolutes, fixed, None, None)
    finally:
        containing_block.width -= hang
        squeezing.reset(token)
    if line is None or resume_at is None or _last_text(line) not in HANGING_MARKS:
        return None
    line.briefing_looseness = getattr(line, "briefing_looseness", 0.0)
    return line, resume_at, absolutes, fixed


# ------------------------------------------------------------------ balanced titles

# A title or heading (--briefing-wrap: balance) that needs more than one line breaks
# only between phrases or words, and as evenly as its line count allows: the narrowest
# width that keeps its number of lines (what CSS calls text-wrap: balance, which
# WeasyPrint 70 lacks), its lines set on that width and placed in the full one by the
# block's text-align. A break at punctuation is kept when it costs a line at most this
# many ems of the word-break balance (「……》」 then 「的通知」 rather than a word-balanced
# cut inside the book title).
PHRASE_SLACK_EM = 2.0
# pt: how close the narrowest width is searched for
BALANCE_PRECISION = 0.5


def _balanced(style) -> bool:
    """Whether the block's lines are balanced (--briefing-wrap: balance)."""
    return _style_switch(style, "wrap", "balance")


def _lines_at(context, linebox, position_y, bottom_space, containing_block, width: float,
              breaks: str | None, first: list | None = None
              ) -> tuple[int, float, float] | None:
    """(lines, widest line, their total width) of the block set on `width` with
    `breaks`; None when a line would stand wider than `width` (a phrase or word longer
    than the line). `first`, when given, receives the first line as laid out, with its
    resume_at and the absolute and fixed boxes it found."""
    full = containing_block.width
    token = balancing.set(breaks)
    containing_block.width = width
    try:
        count, widest, total, skip = 0, 0.0, 0.0, None
        while True:
            absolutes, fixed = [], []
            line, resume_at = _next_linebox(context, linebox, position_y, bottom_space,
                                            skip, containing_block, absolutes, fixed,
                                            None, None)
            if line is None:
                break
            if first is not None and count == 0:
                first.append((line, resume_at, absolutes, fixed))
            count += 1
            widest = max(widest, line.width)
            total += line.width
            if line.width > width + 0.01:
                return None
            if resume_at is None:
                break
            skip = resume_at
    finally:
        containing_block.width = full
        balancing.reset(token)
    return count, widest, total


def _narrowest(context, linebox, position_y, bottom_space, containing_block,
               breaks: str, lines: int) -> float | None:
    """The narrowest width (up to the full one) on which the block takes `lines` lines
    breaking by `breaks`; None when it cannot."""
    full = containing_block.width
    at_full = _lines_at(context, linebox, position_y, bottom_space, containing_block, full,
                        breaks)
    if at_full is None or at_full[0] != lines:
        return None
    low, high = full / lines, full  # below full / lines the text cannot fit the lines
    while high - low > BALANCE_PRECISION:
        middle = (low + high) / 2
        result = _lines_at(context, linebox, position_y, bottom_space, containing_block,
                           middle, breaks)
        if result is not None and result[0] == lines:
            high = middle
        else:
            low = middle
    return high


def _balance(context, linebox, position_y, bottom_space, containing_block,
             first: list | None = None) -> tuple[float, str | None]:
    """The width and the breaks a balanced block's lines are set with. `first`, when
    given, receives the block's only line when it fits on one (laid out as
    _balanced_line would lay it out: on the full width, breaking anywhere). A block of
    more than one line is balanced once per content while the process lives
    (balances.py): its key is made once the block is known to take more than one line
    (most headings take one: their key would cost more than the line, ≈ 0.15 ms)."""
    full = containing_block.width
    plain = _lines_at(context, linebox, position_y, bottom_space, containing_block, full,
                      None, first)
    if plain is None or plain[0] <= 1:
        return full, None
    if first is not None:
        first.clear()
    font_config = getattr(context, "font_config", None)
    memo_key = None if font_config is None else balances.key(
        context, linebox, containing_block, _style_option, _rules_in_force())
    if memo_key is not None:
        found = balances.recall(font_config, memo_key)
        if found is not None:
            return found
    result = _balance_lines(context, linebox, position_y, bottom_space, containing_block,
                            plain)
    if memo_key is not None:
        balances.keep(font_config, memo_key, result)
    return result


def _rules_in_force() -> tuple:
    """What lines are laid out under besides their boxes: the state (squeezed, relaxed)
    and the settings of the line rules (module constants, which tests change)."""
    return (squeezing.get(), relaxing.get(), SQUEEZE_FROM_EM, AIRY_FROM_EM, BETTER_EM,
            PHRASE_SLACK_EM, BALANCE_PRECISION, rules.TIGHT_EM, rules.AUTOSPACE_EM,
            rules.AUTOSPACE_MIN_EM)


def _balance_lines(context, linebox, position_y, bottom_space, containing_block,
                   plain: tuple[int, float, float]) -> tuple[float, str | None]:
    """_balance's width and breaks for a block of `plain` = (lines, widest, total) on
    the full width, more than one line."""
    full = containing_block.width
    lines, _, total = plain
    slack = PHRASE_SLACK_EM * linebox.style["font_size"]
    by_phrases = _narrowest(context, linebox, position_y, bottom_space, containing_block,
                            "phrase", lines)
    # No break between words balances better than total / lines: a break at punctuation
    # within the slack of that is kept without segmenting the words at all.
    if by_phrases is not None and by_phrases <= total / lines + slack:
        return by_phrases, "phrase"
    by_words = _narrowest(context, linebox, position_y, bottom_space, containing_block,
                          "word", lines)
    if by_phrases is not None and (by_words is None or by_phrases <= by_words + slack):
        return by_phrases, "phrase"
    if by_words is not None:
        return by_words, "word"
    return full, None  # a word longer than the line: broken as any text


_ALIGN_SHARE = {"center": 0.5, "right": 1.0, "end": 1.0}


def _balanced_line(context, linebox, position_y, bottom_space, skip_stack,
                   containing_block, absolute_boxes, fixed_boxes, first_letter_style,
                   first_line_style):
    """A line of a balanced title or heading: the block's width and breaks chosen at its
    first line (and kept on the box for the lines after it, on this page or the next),
    the line set on that width and moved within the full width by text-align."""
    if skip_stack is None or not hasattr(linebox, "briefing_balance"):
        first: list = []
        shapes, broken = len(context.excluded_shapes), len(context.broken_out_of_flow)
        linebox.briefing_balance = _balance(
            context, linebox, position_y, bottom_space, containing_block,
            first=first if skip_stack is None else None)
        if first and len(context.excluded_shapes) == shapes \
                and len(context.broken_out_of_flow) == broken:
            # One line: the one _balance laid out to count the lines is what laying it
            # out again would make (same arguments; a line's layout leaves the block as
            # it found it) — unless it placed a float, which laying out again would see.
            line, resume_at, absolutes, fixed = first[0]
            absolute_boxes.extend(absolutes)
            fixed_boxes.extend(fixed)
            return line, resume_at
    width, breaks = linebox.briefing_balance
    full = containing_block.width
    token = balancing.set(breaks)
    containing_block.width = width
    try:
        line, resume_at = _next_linebox(context, linebox, position_y, bottom_space,
                                        skip_stack, containing_block, absolute_boxes,
                                        fixed_boxes, first_letter_style, first_line_style)
    finally:
        containing_block.width = full
        balancing.reset(token)
    share = _ALIGN_SHARE.get(linebox.style["text_align_all"], 0.0)
    if line is not None and share and width < full:
        line.translate((full - width) * share, 0)
    return line, resume_at

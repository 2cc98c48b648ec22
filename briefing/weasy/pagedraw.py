"""A page handed on unchanged from the previous render is not drawn again: what drawing
its content produced is replayed (the kept-drawing patches of table.py).

In a process that keeps pages (`incremental.keep_pages()`: `briefing watch`, the
workspace's build processes), a rebuild hands on the previous render's pages that an
edit did not touch — the same page box, the same box for the root element and the
same boxes under it, laid out as before (incremental.py). Only their margin boxes are
made anew (running heads, "page N of M"). WeasyPrint 70 still draws every page: it
walks the stacking contexts, shapes nothing again but writes every glyph's operators
and looks every glyph's width and text up in the document's fonts.

Here the drawing of a page's root stacking context — everything on the page but its
background and its margin boxes — is kept on the root box it was drawn from, and the
next render that draws the same root box (with the same children) in the same stream
state replays it: the operators, the alpha states they name (added to the document's
resources where missing, in the order drawing looked them up), the fonts it used (in
the order it first used them) and the glyph widths and texts it added to them. The
page's background and margin boxes are drawn by WeasyPrint as before.

Drawing the same boxes gives the same operators but for what it reads of the
document's fonts: a glyph's width is set by the first page that draws it (at that
page's font size), and a later page's kerning numbers are computed from the width it
finds. So recording notes, for each glyph the page touched, whether the font held it
when the page first touched it and with which width and text; a replay is made only
when the fonts hold exactly that now (else the page is drawn again, and recorded
anew). A drawing that does anything a replay does not hold — adds a resource other
than an alpha state (groups for opacity, patterns, shadings, images), shows a glyph
its font lacks, draws colour or bitmap glyphs, writes tagged (PDF/UA) content, or logs
a warning — is not kept.

The output is byte-identical to drawing the page: tests/weasy/test_incremental.py
compares warm rebuilds (edits at the start, middle and end, a page added and removed)
with cold builds and checks that pages were replayed; a page total that changes (a
page added) is drawn in the margin boxes, never replayed.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from dataclasses import dataclass

from briefing.weasy.seam import original
from briefing.weasy.state import pages_seen

PAGE = "kept-drawing-page"
NAME = "kept-drawing"

# The page draw_page is drawing, and its root box (the originals: the stacking
# contexts hold copies), while its root's stacking context is still to be drawn.
_page: ContextVar[tuple | None] = ContextVar("briefing.weasy.pagedraw", default=None)


def __getattr__(name: str):
    # `last`: what the pages of the last document drawn in this context did with their
    # root's drawing, in page order: "replayed", "recorded" (drawn and kept), "drawn"
    # (drawn, not kept). Tests and bench/ read it (weasy/state.py).
    if name == "last":
        return list(pages_seen.get()[1])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _saw(what: str) -> None:
    fonts, seen = pages_seen.get()
    pages_seen.set((fonts, (*seen, what)))

# The stream's state that decides which operators drawing writes (drawings.STATE), and
# the text layer's open /ActualText span.
STATE = ("_current_color", "_current_color_stroke", "_current_alpha",
         "_current_alpha_stroke", "_current_font", "_current_font_size", "_old_font",
         "_old_font_size", "briefing_span_open")
ALPHA_PREFIXES = ("a", "A")


class _Touched(dict):
    """A font's widths or to_unicode while a page is recorded: notes, for each glyph,
    what the dict held when the page first touched it (held, value)."""

    def _touch(self, key) -> None:
        if key not in self.log:
            held = dict.__contains__(self, key)
            self.log[key] = (held, dict.__getitem__(self, key) if held else None)

    def __contains__(self, key):
        self._touch(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key):
        self._touch(key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        self._touch(key)
        dict.__setitem__(self, key, value)

    def get(self, key, default=None):
        self._touch(key)
        return dict.get(self, key, default)

    def setdefault(self, key, default=None):
        self._touch(key)
        return dict.setdefault(self, key, default)


def _touched(values: dict) -> _Touched:
    touched = _Touched(values)
    touched.log = {}
    return touched


@dataclass
class FontUse:
    key: object  # the document.fonts key (WeasyPrint's get_pango_font_key)
    pango_font: object  # referenced PangoFont (drawings.referenced)
    widths_seen: tuple  # (glyph, held, width) when first touched, in that order
    texts_seen: tuple  # (glyph, held, text)
    widths_added: tuple  # (glyph, width), in the order added
    texts_added: tuple  # (glyph, text)

    def holds(self, fonts: dict) -> bool:
        font = fonts.get(self.key)
        if font is None:
            return not any(held for _, held, _ in self.widths_seen) and \
                not any(held for _, held, _ in self.texts_seen)
        for seen, values in ((self.widths_seen, font.widths),
                             (self.texts_seen, font.to_unicode)):
            for glyph, held, value in seen:
                if held:
                    if values.get(glyph, _MISSING) != value:
                        return False
                elif glyph in values:
                    return False
        return True


_MISSING = object()


@dataclass
class Drawn:
    page: int  # id() of the page box (it holds the root, which holds this: no cycle)
    children: tuple  # the root's children drawn (held: compared by identity)
    entry: tuple  # the stream's state and transformation on entry, the spacers' switch
    operators: tuple  # the stream's items, or their bytes joined once (_joined)
    alphas: tuple  # (name, value) of the alpha states looked up, in that order
    fonts: tuple[FontUse, ...]  # in the order first used
    exit: tuple  # the stream's state after

    def same_boxes(self, page, root) -> bool:
        if self.page != id(page):
            return False
        children = root.children
        return len(children) == len(self.children) and all(
            a is b for a, b in zip(children, self.children, strict=True))

    def fits(self, page, root, entry: tuple, stream) -> bool:
        return self.entry == entry and self.same_boxes(page, root) and all(
            use.holds(stream._fonts) for use in self.fonts)

    def apply(self, stream) -> None:
        from briefing.weasy.drawings import replay_operators

        replay_operators(stream, self.operators, self.alphas)
        for use in self.fonts:
            font, _ = stream.add_font(use.pango_font)
            for glyph, width in use.widths_added:
                font.widths[glyph] = width
            for glyph, text in use.texts_added:
                font.to_unicode[glyph] = text
        for name, value in zip(STATE, self.exit, strict=True):
            setattr(stream, name, value)


def _joined(items: list) -> tuple:
    """The stream's items as one item, their bytes as pydyf writes a stream (joined by
    newlines): written once, not on every render. Items that are PDF objects other
    than a dictionary of strings (the text layer's /ActualText) are kept as they are:
    their bytes may name object numbers that writing assigns."""
    import pydyf

    def plain(item) -> bool:
        if isinstance(item, pydyf.Dictionary):
            return all(isinstance(value, (pydyf.String, str, bytes, int, float))
                       for value in item.values())
        return isinstance(item, (bytes, str, int, float, pydyf.String))

    if not items or not all(plain(item) for item in items):
        return tuple(items)
    return (b"\n".join(pydyf._to_bytes(item) for item in items),)


def _keeping() -> bool:
    from briefing.weasy import incremental

    return incremental.keeping() and incremental.enabled()


def _entry(stream) -> tuple:
    from briefing.weasy import state

    # (and what colours are written in: a document written again as another variant
    # names other colour profiles and output intent)
    return (tuple(getattr(stream, name, False) for name in STATE),
            tuple(stream.ctm.values), len(stream._ctm_stack), state.spacers.get(),
            stream._output_intent, tuple(stream._color_profiles))


def draw_page(page, stream):
    """WeasyPrint's draw_page; its root's stacking context drawn as kept when the page
    was handed on (draw_stacking_context below). A root with a kept drawing is given
    to WeasyPrint's stacking contexts as a copy without children (they would copy its
    whole tree), and its real stacking context made only if it is drawn after all."""
    if stream._fonts is not pages_seen.get()[0]:  # another document's first page
        pages_seen.set((stream._fonts, ()))
    if not _keeping() or stream._tags is not None or not page.children:
        return original(PAGE)(page, stream)
    root = page.children[0]
    if not getattr(root, "is_for_root_element", False):
        return original(PAGE)(page, stream)
    kept = getattr(root, "_briefing_drawn", None)
    stand_in = None
    if kept is not None and kept.same_boxes(page, root):
        stand_in = root.copy_with_children([])
    token = _page.set((page, root, stand_in))
    children = page.children
    if stand_in is not None:
        page.children = [stand_in, *children[1:]]
    try:
        return original(PAGE)(page, stream)
    finally:
        page.children = children
        _page.reset(token)


def draw_stacking_context(stream, stacking_context):
    """WeasyPrint's draw_stacking_context; for the root box of the page being drawn,
    replayed when drawn before in the same state, else drawn and recorded."""
    drawing = _page.get()
    if drawing is None or not stacking_context.box.is_for_root_element:
        return original(NAME)(stream, stacking_context)
    page, root, stand_in = drawing
    _page.set(None)
    entry = _entry(stream)
    kept = getattr(root, "_briefing_drawn", None)
    if kept is not None and kept.fits(page, root, entry, stream):
        kept.apply(stream)
        _saw("replayed")
        return None
    root._briefing_drawn = None
    if stand_in is not None:  # drawn after all: the stacking context WeasyPrint makes
        from weasyprint.stacking import StackingContext

        stacking_context = StackingContext.from_box(root, page)
    drawn = _record(stream, stacking_context, page, root, entry)
    if drawn is not None:
        root._briefing_drawn = drawn
    _saw("drawn" if drawn is None else "recorded")
    return None


def _record(stream, stacking_context, page, root, entry: tuple) -> Drawn | None:
    """Draw the root's stacking context on the page's stream, noting what it did; a
    Drawn, or None when drawing did more than a replay holds."""
    from briefing.weasy import drawings

    fonts = stream._fonts
    resources = stream._resources
    states = resources["ExtGState"]
    sizes = {name: len(value) for name, value in resources.items() if isinstance(value, dict)}
    images = len(stream._images)
    start = len(stream.stream)
    ctm_depth = len(stream._ctm_stack)
    existing = {key: (len(font.widths), len(font.to_unicode)) for key, font in fonts.items()}
    wrapped = []

    def wrap(font) -> None:
        font.widths = _touched(font.widths)
        font.to_unicode = _touched(font.to_unicode)
        wrapped.append(font)

    for font in fonts.values():
        wrap(font)
    used: dict[int, object] = {}
    pango_fonts: dict[int, object] = {}  # (its own: the drawings concern may be off)
    add_font = stream.add_font

    def adding(pango_font):
        font, size = add_font(pango_font)
        if id(font) not in used:
            used[id(font)] = font
            pango_fonts[id(font)] = pango_font
            if not isinstance(font.widths, _Touched):
                wrap(font)
        return font, size

    looked_up: dict[str, None] = {}

    class Watched(type(states)):
        def __contains__(self, key):
            looked_up.setdefault(key, None)
            return super().__contains__(key)

    watched = Watched(states)
    resources["ExtGState"] = watched
    instance = vars(stream)
    saved = instance.get("add_font")
    stream.add_font = adding
    try:
        with drawings._warnings() as warned:
            original(NAME)(stream, stacking_context)
    finally:
        if saved is None:
            del stream.add_font
        else:
            stream.add_font = saved
        resources["ExtGState"] = states
        states.update((key, value) for key, value in watched.items() if key not in states)
        logs = {}
        for font in wrapped:
            logs[id(font)] = (font.widths.log, font.to_unicode.log)
            font.widths = dict(font.widths)
            font.to_unicode = dict(font.to_unicode)
    if warned:
        for record in warned:  # drawn, not kept: say what drawing said
            logging.getLogger(record.name).handle(record)
        return None
    grew = any(len(value) != sizes[name] for name, value in resources.items()
               if isinstance(value, dict) and name != "ExtGState")
    if (grew or len(stream._images) != images or len(stream._ctm_stack) != ctm_depth
            or any(not key.startswith(ALPHA_PREFIXES)
                            for key in list(states)[sizes["ExtGState"]:])):
        return None
    keys = {id(font): key for key, font in fonts.items()}
    if any(id(font) not in used
           and (logs[id(font)][0] or logs[id(font)][1]) for font in wrapped):
        return None  # a font touched without being added: not a drawing this replays
    uses = []
    for font in used.values():
        if font.missing or font.svg or font.png or font.colr or font.used_in_forms:
            return None
        widths_log, texts_log = logs[id(font)]
        widths_before, texts_before = existing.get(keys[id(font)], (0, 0))
        uses.append(FontUse(
            keys[id(font)], drawings.referenced(pango_fonts[id(font)]),
            tuple((glyph, held, value) for glyph, (held, value) in widths_log.items()),
            tuple((glyph, held, value) for glyph, (held, value) in texts_log.items()),
            tuple(font.widths.items())[widths_before:],
            tuple(font.to_unicode.items())[texts_before:]))
    alphas = tuple((name, dict(states[name])) for name in looked_up
                   if name.startswith(ALPHA_PREFIXES) and name in states)
    return Drawn(id(page), tuple(root.children), entry, _joined(stream.stream[start:]), alphas,
                 tuple(uses), tuple(getattr(stream, name, False) for name in STATE))

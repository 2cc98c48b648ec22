"""SVG images drawn once per content and reused (the drawn-once patch of table.py).

WeasyPrint 70 draws an SVG image (`SVGImage.draw`) by walking its tree: it cascades
each node's style, parses its transforms and points, and lays out and shapes each
text with Pango — on every render, though a chart whose content, size and place have
not changed draws the same operators. Our charts are SVG (briefing/charts.py): in a
warm rebuild (`briefing watch`, the workspace) drawing the sample's four charts was
9 % of the time (cProfile).

`draw` here draws an SVG image into a scratch stream that starts in the same state as
the page's stream (current colour, alpha, font, transformation), then replays what
was drawn onto the page's stream: the operators, the alpha states they name (added
to the page's resources where missing, in the order drawing looked them up), and
what drawing did to the document's fonts (the fonts used, in order; each glyph's
width and text, set where WeasyPrint would have set them — only where not set yet,
in the order drawing met them). The replay is kept, keyed by everything the
operators depend on: the SVG's source, its size, the stream's state on entry — its
transformation too, so a chart that moved is drawn again (WeasyPrint computes a clip
path's transformation from the absolute one) — and the font configuration. The next
draw of the same image in the same state — in this render or a later one in this
process — replays it without drawing. The first draw goes through the same replay,
so a cold build exercises it too, and its output is byte-identical to WeasyPrint's
own drawing (tests/weasy/test_drawings.py compares them).

An image whose drawing does anything else — adds resources to the page other than
alpha states (gradients, patterns, opacity groups, images), shows a glyph its font
lacks, draws emoji, writes tagged (PDF/UA) content or links, or logs a warning — is
drawn by WeasyPrint directly, and not kept.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import re
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from xml.etree import ElementTree

from briefing.weasy.seam import Declaration, original

# Pango fonts are kept alive for as long as a replay names them.
OBJECT_REF = Declaration("gobject", "g_object_ref", "gpointer g_object_ref (gpointer object);")

ALPHA = re.compile(r"[aA]\d+(\.\d+)?")  # Stream.set_alpha's names for alpha states
KEPT = 64  # replays kept per process (least recently used dropped first)

_replays: OrderedDict[tuple, Replay] = OrderedDict()
_lock = threading.Lock()
# A replay holds its FontConfiguration: drop them before the interpreter tears modules
# down (a FontConfiguration's __del__ removes a folder), as loader.py does its own.
atexit.register(_replays.clear)
# The stream's state that decides which operators drawing writes (colours, alpha and
# fonts are set only when they change).
STATE = ("_current_color", "_current_color_stroke", "_current_alpha",
         "_current_alpha_stroke", "_current_font", "_current_font_size", "_old_font",
         "_old_font_size")


@dataclass
class FontUse:
    pango_font: object  # a referenced PangoFont (cffi pointer)
    widths: tuple[tuple[int, int], ...]  # glyph id -> width, in the order first met
    texts: tuple[tuple[int, str], ...]  # glyph id -> text (ToUnicode), in that order


@dataclass
class Replay:
    font_config: object  # held: the Pango fonts below belong to it
    operators: tuple
    fonts: tuple[FontUse, ...]  # in the order drawing first used them
    alphas: tuple[tuple[str, dict], ...]  # alpha states used, in the order looked up
    state: tuple  # the stream's state after drawing

    def apply(self, stream) -> None:
        replay_operators(stream, self.operators, self.alphas)
        for use in self.fonts:
            font, _ = stream.add_font(use.pango_font)
            for glyph, width in use.widths:
                font.widths.setdefault(glyph, width)
            for glyph, text in use.texts:
                font.to_unicode.setdefault(glyph, text)
        for name, value in zip(STATE, self.state, strict=True):
            setattr(stream, name, value)


def replay_operators(stream, operators, alphas) -> None:
    """Puts recorded drawing operators back into `stream`, with the alpha states they
    name (a chart's drawing here, a kept page's in pagedraw.py)."""
    import pydyf

    stream.stream.extend(operators)
    states = stream._resources["ExtGState"]
    for name, value in alphas:
        if name not in states:
            states[name] = pydyf.Dictionary(value)


def _source_key(image) -> str | None:
    """A digest of the SVG's source (computed once per image object); None when the
    image holds links, which drawing turns into annotations."""
    key = getattr(image, "_briefing_source_key", False)
    if key is False:
        root = image._svg.tree._etree_node
        if any(element.tag.rpartition("}")[2] == "a" for element in root.iter()):
            key = None
        else:
            key = hashlib.sha256(ElementTree.tostring(root)).hexdigest()
        image._briefing_source_key = key
    return key


def _record(image, stream, concrete_width, concrete_height, style) -> Replay | None:
    """Draw into a scratch stream in the page stream's state; what it did, as a
    Replay, or None when drawing did more than operators and glyphs."""
    fonts: dict = {}
    resources = {name: type(value)(value) if isinstance(value, dict) else value
                 for name, value in stream._resources.items()}
    sizes = {name: len(value) for name, value in resources.items() if isinstance(value, dict)}
    # Alpha states (`a0.5`, `A1` …) are named by their value and added to the page's
    # resources where first used: the names drawing looks up, in order.
    looked_up: dict[str, None] = {}
    states = stream._resources["ExtGState"]

    class Watched(type(states)):
        def __contains__(self, key):
            looked_up.setdefault(key, None)
            return super().__contains__(key)

    resources["ExtGState"] = Watched(states)
    images: dict = {}
    scratch = stream.clone(fonts=fonts, resources=resources, images=images)
    for name in STATE:
        setattr(scratch, name, getattr(stream, name))
    scratch._ctm_stack = list(stream._ctm_stack)
    with _warnings() as warned:
        original("drawn-once")(image, scratch, concrete_width, concrete_height, style)
    if warned:  # drawn for real, where it warns as it would on every draw
        return None
    grew = any(len(value) != sizes[name] for name, value in resources.items()
               if isinstance(value, dict) and name != "ExtGState")
    added = resources["ExtGState"].keys() - states.keys()
    if (grew or images or scratch._ctm_stack != stream._ctm_stack
            or not all(ALPHA.fullmatch(name) for name in added)):
        return None
    alphas = tuple((name, dict(resources["ExtGState"][name])) for name in looked_up
                   if ALPHA.fullmatch(name) and name in resources["ExtGState"])
    uses = []
    for font in fonts.values():
        if font.missing or font.svg or font.png or font.colr or font.used_in_forms:
            return None
        uses.append(FontUse(font_pango(font), tuple(font.widths.items()),
                            tuple(font.to_unicode.items())))
    return Replay(image._svg.font_config, tuple(scratch.stream), tuple(uses), alphas,
                  tuple(getattr(scratch, name) for name in STATE))


@contextmanager
def _warnings():
    """What WeasyPrint would log meanwhile at warning level or above: held back (a
    list, filled on exit) — a drawing that warns is drawn again for real, and says it
    then."""
    records: list = []

    def hold(record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            records.append(record)
            return False
        return True

    logger = logging.getLogger("weasyprint")
    logger.addFilter(hold)
    try:
        yield records
    finally:
        logger.removeFilter(hold)


def font_pango(font):
    """The PangoFont a WeasyPrint Font was made from, referenced for the replay."""
    return referenced(font._briefing_pango_font)


def referenced(pango_font):
    """`pango_font`, held until the returned reference is dropped (a replay keeps it)."""
    from weasyprint.text.ffi import ffi, gobject

    gobject.g_object_ref(pango_font)
    return ffi.gc(pango_font, gobject.g_object_unref)


def add_font(stream, pango_font):
    """WeasyPrint's Stream.add_font; the Font remembers the PangoFont it came from
    (a replay names it to make the same Font in a later document)."""
    font, size = original("drawn-once-fonts")(stream, pango_font)
    if getattr(font, "_briefing_pango_font", None) is None:
        font._briefing_pango_font = pango_font
    return font, size


def draw(self, stream, concrete_width, concrete_height, _style):
    """WeasyPrint's SVGImage.draw, replayed when the same image was drawn before in
    the same state."""
    source = _source_key(self) if stream._tags is None else None
    if source is None:
        return original("drawn-once")(self, stream, concrete_width, concrete_height, _style)
    key = (source, concrete_width, concrete_height, tuple(stream.ctm.values),
           tuple(getattr(stream, name) for name in STATE), id(self._svg.font_config))
    with _lock:
        replay = _replays.get(key)
        if replay is not None and replay.font_config is self._svg.font_config:
            _replays.move_to_end(key)
        else:
            replay = None
    if replay is None:
        replay = _record(self, stream, concrete_width, concrete_height, _style)
        if replay is None:  # drawing did more than a replay holds: draw for real
            return original("drawn-once")(self, stream, concrete_width, concrete_height,
                                          _style)
        with _lock:
            _replays[key] = replay
            while len(_replays) > KEPT:
                _replays.popitem(last=False)
    replay.apply(stream)
    return None


def forget() -> None:
    """Drop every kept replay (tests)."""
    with _lock:
        _replays.clear()

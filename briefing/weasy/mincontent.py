"""Min-content widths of Chinese text boxes (a table cell's, a float's) from one layout.

WeasyPrint finds a text box's min-content width (layout/preferred.py,
`inline_line_widths`) with one `split_first_line` per break opportunity at width 0,
each on a new Pango layout of the text that remains — quadratic in the text's length,
and each new cut runs our line rules again (layout_patches._plan). For a text of the
shape below, the same pieces and widths are read off ONE Pango layout of the whole text
at width 0 (a line per piece): WeasyPrint's loop takes each remaining text's first line,
which is that layout's next line when

* our rules forbid the same breaks in the remaining text as in the whole (a rule that
  reads the text before the cut would differ: then the loop is run as WeasyPrint's),
* Pango finds the same break opportunities in it: the text holds only characters
  whose breaks the tests compared (Han, ASCII letters and digits, the marks of
  `MARKS`) — no space, newline, tab or soft hyphen, which take other steps of
  `split_first_line` — and the style breaks no word at a min-content cut
  (`word-break: break-all`, `overflow-wrap: anywhere`, `hyphens: auto`, `white-space`
  other than normal, letter spacing: WeasyPrint's loop again; `overflow-wrap:
  break-word`, the cells' own, breaks no word there).

A piece's width is what WeasyPrint measures: the piece laid out alone (first_line_metrics
lays the first line's text out again). It is read off the one layout's line when our
rules give the piece alone the same half-width marks and Han/Latin gaps as they give it
inside the whole text (a gap after the piece's last character, a mark halved by its
neighbour beyond the piece: no), else the piece is laid out alone as WeasyPrint does.
tests/weasy/test_mincontent.py compares both ways on every table cell of the tuning
corpus and on made-up texts, in several fonts and punctuation styles.
"""

from __future__ import annotations

import re
from contextlib import suppress
from functools import lru_cache

from briefing.cjk import HAN_CLASS
from briefing.weasy import layout_patches
from briefing.weasy.seam import CFunction, original
from briefing.weasy.state import balancing, laying_out, squeezing

NAME = "min-content-pieces"
# Pango functions the replacement calls (of WeasyPrint's declarations).
PANGO_USED = (CFunction("pango", "pango_layout_get_line_readonly"),)
# The marks (besides Han, ASCII letters and digits) whose break opportunities in a cut
# of a text were compared with those in the whole text (tests/weasy/test_mincontent.py).
MARKS = "（）()、，。：:；;“”‘’《》〈〉【】—…·・～~%％.,/+-－#*_×√＜＞<>=≤≥≈±℃‰°"
_SHAPE = re.compile(f"[{HAN_CLASS}A-Za-z0-9{re.escape(MARKS)}]+")
# Han ideographs (Pango's script Han whatever their neighbours): a piece of them alone
# is set in the same font and shaped as the one layout's line of it. A piece with a
# digit or a mark (script Common, which Pango resolves from the characters before it:
# 「2—」 after 「木」 is set in another font than alone) or a kana is laid out alone.
_IDEOGRAPHS = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# Counted for tests: texts measured from one layout, and handed to WeasyPrint's loop.
taken = {"one-layout": 0, "loop": 0}


def split_first_line(text, style, context, max_width, justification_spacing,
                     is_line_start=True, minimum=False):
    """WeasyPrint's, but a min-content cut (width 0) of a text of our shape is answered
    from the pieces found on the text's first cut (`_pieces`)."""
    run = original(NAME)
    if max_width != 0 or not minimum:
        return run(text, style, context, max_width, justification_spacing,
                   is_line_start, minimum)
    memo = getattr(context, "briefing_pieces", None)
    if memo is not None and memo[0] is style and memo[1] == justification_spacing:
        found = memo[2].get(text)
        if found is not None:
            return found
    pieces = _pieces(text, style, justification_spacing)
    if pieces is None:
        taken["loop"] += 1
        return run(text, style, context, max_width, justification_spacing,
                   is_line_start, minimum)
    taken["one-layout"] += 1
    with suppress(AttributeError):  # a context that takes no attributes: no memo
        context.briefing_pieces = (style, justification_spacing, pieces)
    return pieces[text]


def _eligible(text: str, style) -> bool:
    """Whether `text` in `style` is of the shape whose pieces the one layout gives."""
    return (len(text) >= 2 and _SHAPE.fullmatch(text) is not None
            and style["white_space"] == "normal" and style["word_break"] == "normal"
            and style["overflow_wrap"] in ("normal", "break-word")
            and style["hyphens"] != "auto"
            and style["letter_spacing"] == "normal" and style["font_size"] > 0
            and layout_patches._settings(style)[0]
            and laying_out.get() is None and balancing.get() is None
            and not squeezing.get() and not layout_patches.relaxing.get())


@lru_cache(maxsize=4096)
def _rules(text: str, punctuation) -> tuple[frozenset, frozenset, frozenset]:
    """Our rules on `text` as set_text applies them to a min-content cut (no box to
    reserve a gap for, the text whole, nothing balanced or relaxed)."""
    forbidden, halved, gaps = layout_patches.char_plan(text, punctuation)
    return frozenset(forbidden), frozenset(halved), frozenset(gaps)


def _within(indices: frozenset, start: int, end: int) -> frozenset:
    return frozenset(i - start for i in indices if start <= i < end)


def _pieces(text: str, style, justification_spacing) -> dict | None:
    """What WeasyPrint's split_first_line returns for `text` and each text its loop cuts
    from it (max_width 0, minimum), by text; None when `text` is not of our shape or our
    rules would break a cut otherwise than the whole."""
    if not _eligible(text, style):
        return None
    from weasyprint.text.ffi import ffi, pango
    from weasyprint.text.line_break import Layout, create_layout, line_size

    layout = create_layout(text, style, None, 0, justification_spacing)
    if layout.text != text:
        return None
    punctuation = layout_patches._layout_punctuation(layout)
    encoded = text.encode()
    # character index of each UTF-8 byte offset a character starts at
    index_of, offset = {}, 0
    for index, char in enumerate(text):
        index_of[offset] = index
        offset += len(char.encode())
    index_of[offset] = len(text)
    lines, start = [], 0
    while True:
        line = pango.pango_layout_get_line_readonly(layout.layout, len(lines))
        if line == ffi.NULL:
            break
        if line.start_index != start or line.length <= 0:
            return None
        lines.append(line)
        start += line.length
    if start != len(encoded) or not lines:
        return None
    forbidden, halved, gaps = _rules(text, punctuation)
    starts = [0]
    for line in lines[1:]:
        starts.append(index_of.get(line.start_index, -1))
        if starts[-1] < 0:
            return None
    starts.append(len(text))
    # The loop cuts the text at each line's start: our rules must break each cut as they
    # break the whole (Pango's breaks of these characters do not depend on the cut).
    for start in starts[1:-1]:
        if _rules(text[start:], punctuation)[0] != _within(forbidden, start, len(text)):
            return None
    found = {}
    for number, line in enumerate(lines):
        start, end = starts[number], starts[number + 1]
        piece = text[start:end]
        last = number == len(lines) - 1
        if (_IDEOGRAPHS.fullmatch(piece) is not None
                and not any(start - 1 <= i < end for i in gaps)
                and not any(start <= i < end for i in halved)):
            width, _ = line_size(line, style)
        elif last:  # the loop's last cut: its layout at width 0, one line
            alone = create_layout(piece, style, None, 0, justification_spacing)
            width, _ = line_size(alone.get_first_line()[0], style)
        else:  # first_line_metrics: the cut's first line laid out again alone
            alone = Layout(style, justification_spacing)
            alone.set_text(piece)
            width, _ = line_size(alone.get_first_line()[0], style)
        if width <= 0:
            return None  # a piece of no width: split_first_line takes other steps
        length = len(piece.encode())
        found[text[start:]] = (None, length, None if last else length, width, None, None)
    return found

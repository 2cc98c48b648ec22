"""A box's used lengths resolved once per computed style and containing block (the
resolved-once patch of table.py).

WeasyPrint's `resolve_percentages` (weasyprint/layout/percent.py) turns a box's
computed margins, paddings, borders, widths and heights into used lengths: 17 style
lookups, each percentage or calc() worked out, box-sizing applied. Layout calls it
again each time it meets the box — an inline box once per line it spans
(`split_inline_level`), a block for every page it continues on, every line box — and
the answer is the same each time: it depends on the computed style (whose values
never change once computed), the containing block's width and height and whether the
box is a page, and nothing else. In the 100-page bench documents it ran 19,312 and
23,513 times, 7,293 and 12,819 of them for a style not met on that containing block
just before, and gave 23 distinct answers.

So the last answer is kept on the computed style object with what it was worked out
for (the containing block's size and its type, page or not), and set on the box again
without working it out when asked for the same: the same attributes, the same
values. One answer per style, each distinct answer held once (`_shared`). Not kept
where a collapsed border is (there WeasyPrint keeps a border width the table's border
resolution already set on the box). A style copied to be changed (`style.copy()`, as
WeasyPrint does for ::first-line and flex items) starts with nothing kept: the answer
lives in an attribute, which a copy does not take.
"""

from __future__ import annotations

from contextlib import suppress

from briefing.weasy.seam import original

NAME = "resolved-once"
# Every attribute resolve_percentages sets on a box (tests/weasy/test_percentages.py
# checks this against what WeasyPrint's sets).
USED = ("margin_left", "margin_right", "margin_top", "margin_bottom",
        "padding_left", "padding_right", "padding_top", "padding_bottom",
        "width", "min_width", "max_width", "height", "min_height", "max_height",
        "border_top_width", "border_right_width", "border_bottom_width",
        "border_left_width")
_KEPT = "briefing_used_lengths"
# Each answer once: most styles give the same few (every anonymous box's zero margins
# and automatic width), and a style holds a reference, not a copy. Keyed with the
# values' types (0 == 0.0: an int must not stand for a float). Emptied past SHARED
# answers, in a process that builds on and on.
_shared: dict[tuple, tuple] = {}
SHARED = 4096


def weasyprint_holds() -> bool:
    """WeasyPrint's resolve_percentages still reads only the style and the containing
    block (its source says what this module assumes)."""
    import inspect

    from weasyprint.layout import percent

    source = inspect.getsource(percent)
    return all(text in source for text in (
        "if not (collapse and hasattr(box, prop)):", "adjust_box_sizing(box, 'width')",
        "adjust_box_sizing(box, 'height')"))


def resolve_percentages(box, containing_block):
    """WeasyPrint's, answered from the style's kept answer when it was worked out for
    this containing block."""
    from weasyprint.formatting_structure.boxes import Box, PageBox

    style = box.style
    if style["border_collapse"] == "collapse":
        original(NAME)(box, containing_block)
        return
    if isinstance(containing_block, Box):
        width, height = containing_block.width, containing_block.height
    else:
        width, height = containing_block
    # Types too: 300 == 300.0, but a length worked out from each keeps its type.
    key = (width, height, type(width), type(height), isinstance(box, PageBox))
    kept = getattr(style, _KEPT, None)
    if kept is not None and kept[0] == key:
        for name, value in zip(USED, kept[1], strict=True):
            setattr(box, name, value)
        return
    original(NAME)(box, containing_block)
    values = tuple(getattr(box, name) for name in USED)
    if len(_shared) > SHARED:
        _shared.clear()
    values = _shared.setdefault((*values, *map(type, values)), values)
    with suppress(AttributeError):  # a style object that takes no attributes
        setattr(style, _KEPT, (key, values))

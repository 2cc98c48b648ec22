"""A box's used lengths resolved once per computed style and containing block (the
resolved-once patch of table.py).

WeasyPrint's `resolve_percentages` (weasyprint/layout/percent.py) turns a box's
computed margins, paddings, borders, widths and heights into used lengths: 17 style
lookups, each percentage or calc() worked out, box-sizing applied. Layout calls it
again each time it meets the box — an inline box once per line it spans
(`split_inline_level`), a block for every page it continues on, every line box — and
the answer is the same each time: it depends on the computed style (whose values
never change once computed), the containing block's width and height and whether the
box is a page, and nothing else. In the 100-page bench document it ran 19,000 times
for a few thousand distinct answers.

So the answer is kept on the computed style object, per (containing block, page or
not), and set on the box again without working it out: the same attributes, the same
values. Not kept where a collapsed border is (there WeasyPrint keeps a border width
the table's border resolution already set on the box). A style copied to be changed
(`style.copy()`, as WeasyPrint does for ::first-line and flex items) starts with
nothing kept: the answers live in an attribute, which a copy does not take.
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
    """WeasyPrint's, answered from the style's kept answers when it has one for this
    containing block."""
    from weasyprint.formatting_structure.boxes import Box, PageBox

    style = box.style
    if style["border_collapse"] == "collapse":
        original(NAME)(box, containing_block)
        return
    if isinstance(containing_block, Box):
        key = (containing_block.width, containing_block.height, isinstance(box, PageBox))
    else:
        width, height = containing_block
        key = (width, height, isinstance(box, PageBox))
    kept = getattr(style, _KEPT, None)
    if kept is None:
        kept = {}
        with suppress(AttributeError):  # a style object that takes no attributes
            setattr(style, _KEPT, kept)
    values = kept.get(key)
    if values is None:
        original(NAME)(box, containing_block)
        kept[key] = tuple(getattr(box, name) for name in USED)
        return
    for name, value in zip(USED, values, strict=True):
        setattr(box, name, value)

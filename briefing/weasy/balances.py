"""The balance of a title or heading (layout_patches._balance: the width and the breaks
its lines are set with, found by laying the block out about twenty times on trial
widths) remembered per content while the process lives.

The same heading is balanced again in every layout of one build (the contents decision
lays the document out twice, the figure placement again), in every warm rebuild
(`watch`, `serve`) and wherever a document repeats it. Only a block of more than one
line is remembered, and its key made only then: the block is laid out on the full width
first (one layout of its lines; a one-line block hands that line to its first line), a
remembered balance then saves the twenty trial layouts. Most headings take one line, and
their key would cost more than that line (stop 36: 452 headings of 100 pages, 0.07 s).

The key is everything the trial layouts read (`key`): the width of the containing block,
the state the lines are laid out in (squeezed, relaxed) and the line rules' settings
(layout_patches._rules_in_force), and, for the line box and every
box in it, in order, its kind, its text and the computed properties line breaking reads
(font, spacing, language, white-space and breaking rules, horizontal margins, borders
and paddings, the indent, alignment, and our --briefing-* properties). The font
configuration is a key too (memo per FontConfiguration, held weakly: a set of fonts
that changed is another configuration, loader.font_configuration). A block with any
other box than text and inline boxes (an inline block, an image, a float, a running or
absolutely placed element) is not remembered, nor one beside a float (its lines depend
on where it stands: the caller balances no block while excluded shapes are in force).

BRIEFING_BALANCE_MEMO=0 switches the memo off (for comparisons).
"""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Hashable

# Balances kept per font configuration (least recently used dropped first).
KEPT = 512
# Computed properties of a box that its lines' breaks and widths depend on.
PROPERTIES = (
    "font_family", "font_size", "font_weight", "font_style", "font_stretch",
    "font_variant", "font_variant_alternates", "font_variant_caps",
    "font_variant_east_asian", "font_variant_ligatures", "font_variant_numeric",
    "font_variant_position", "font_feature_settings", "font_variation_settings",
    "font_kerning", "font_language_override", "letter_spacing", "word_spacing", "lang",
    "white_space", "text_transform", "word_break", "overflow_wrap", "hyphens",
    "hyphenate_character", "hyphenate_limit_chars", "hyphenate_limit_zone", "tab_size",
    "direction", "unicode_bidi", "line_height", "vertical_align", "text_indent",
    "text_align_all", "text_align_last", "overflow", "text_overflow",
    "margin_left", "margin_right", "padding_left", "padding_right",
    "border_left_width", "border_right_width", "box_decoration_break",
    "display", "position", "float")
# Our custom properties (--briefing-NAME) that laying out a line reads (layout_patches).
CUSTOM = ("typeset", "punctuation", "hanging", "wrap", "strut")

_lock = threading.Lock()
_memos: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def enabled() -> bool:
    return os.environ.get("BRIEFING_BALANCE_MEMO", "1") != "0"


def _style_key(style, option) -> tuple:
    return (tuple(style[name] for name in PROPERTIES),
            tuple(option(style, name, "") for name in CUSTOM))


def key(context, linebox, containing_block, option, states: tuple) -> Hashable | None:
    """What a balance of `linebox` depends on, or None when it is not to be remembered.
    `option(style, name, default)` reads a --briefing-NAME property; `states` are the
    context-local switches and the settings lines are laid out under."""
    from weasyprint.formatting_structure import boxes

    if not enabled() or context.excluded_shapes:
        return None
    parts: list = [containing_block.width, states, _style_key(linebox.style, option)]
    stack = [iter(linebox.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            parts.append(")")
            continue
        kind = type(child)
        if kind not in (boxes.TextBox, boxes.InlineBox) or not child.is_in_normal_flow():
            return None
        parts.append((kind is boxes.TextBox, _style_key(child.style, option)))
        if kind is boxes.TextBox:
            parts.append(child.text)
        else:
            stack.append(iter(child.children))
    result = tuple(parts)
    try:
        hash(result)
    except TypeError:  # a computed value that is a list: not remembered
        return None
    return result


def recall(font_config, balance_key: Hashable) -> tuple[float, str | None] | None:
    with _lock:
        memo = _memos.get(font_config)
        found = None if memo is None else memo.get(balance_key)
        if found is not None:
            memo.move_to_end(balance_key)
        return found


def keep(font_config, balance_key: Hashable, balance: tuple[float, str | None]) -> None:
    with _lock:
        memo = _memos.get(font_config)
        if memo is None:
            memo = _memos[font_config] = OrderedDict()
        memo[balance_key] = balance
        while len(memo) > KEPT:
            memo.popitem(last=False)


def forget() -> None:
    """Drop every balance kept (with the process's other memories)."""
    with _lock:
        _memos.clear()

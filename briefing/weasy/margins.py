"""A page handed on by a rebuild keeps its margin boxes when what they show is the same.

WeasyPrint makes every page's margin boxes (running heads, page numbers) once the
document is laid out (`layout_document`, `make_margin_boxes`): ≈ 7 ms of CPU a page of
the sample, every page of every rebuild. A page handed on unchanged from the previous
render (incremental.py) is the same page box; what its margin boxes are made from is
its page type (side, blank, name, index and page groups: its @page rules, as the
document's stylesheets, the same in both renders, give them), the page state its
content ended with (counters — `page`, `pages` — quote depth and counter scopes) and the
named strings (`string()`) set on it and on the pages before it. When all of that is
equal to what the boxes were made from, the boxes made then are given again; else they
are made anew. A document with running elements (`element()`) always makes them anew.

Only inside a render whose pages are remembered (a rebuild, a second layout in one
build: incremental.remembering); the boxes are kept on the page box itself, so they
live as long as the page is remembered. The bytes are those of a cold build
(tests/weasy/test_margins.py: a running head that changes with an edited title, and a
page count that changes with an added page).

The patch (a row of table.py): kept-margins (`layout:make_margin_boxes`).
"""

from __future__ import annotations

import copy

from briefing.weasy.seam import original

NAME = "kept-margins"
ATTRIBUTE = "_briefing_margin_boxes"
# Pages whose margin boxes were given again / made (tests and bench/ read them).
counts = {"kept": 0, "made": 0}


def _key(context, page, state):
    """What the page's margin boxes are made from; None when they are not to be kept."""
    if getattr(context, "briefing_incremental", None) is None:
        return None
    if any(any(boxes for boxes in pages.values())
           for pages in context.running_elements.values()):
        return None
    number = context.current_page
    strings = tuple(sorted(
        (name, tuple(sorted((at, tuple(texts)) for at, texts in pages.items()
                            if at <= number and texts)))
        for name, pages in context.string_set.items()))
    return (page.page_type, copy.deepcopy(state), strings)


def make_margin_boxes(context, page, state):
    """WeasyPrint's make_margin_boxes; a handed-on page's own again when made from the
    same."""
    key = _key(context, page, state)
    if key is not None:
        kept = getattr(page, ATTRIBUTE, None)
        if kept is not None and kept[0] == key:
            counts["kept"] += 1
            yield from kept[1]
            return
    made = list(original(NAME)(context, page, state))
    counts["made"] += 1
    if key is not None:
        setattr(page, ATTRIBUTE, (key, made))
    yield from made

"""A rebuild in a long-lived process lays out again only from the page an edit touches
(the page-memory and page-memory-kept patches of table.py, and the call in
targets.make_all_pages).

WeasyPrint 70 paginates with a list, `context.page_maker`: for each page, where its
content starts in the box tree (a skip stack of child indices), the page break and side
it starts with, and the counters in force; `make_all_pages` lays out again only the
pages flagged as changed and keeps the others — within one render, for the
`target-counter()` passes. This carries that list, and the laid-out pages, from one
render to the next render of the same document (same stylesheets, options and <head>)
in the same process (`briefing watch`, the workspace's build process, a batch worker):

1. when a render's box tree is built, each box gets a signature — its class, tag,
   text, number of children, and its cascaded declarations (the computed values follow
   from those and the ancestors', which come first in the walk). Comparing the walk
   with the previous render's finds the first box that differs;
2. the first page laid out again is the one before the page on which that box starts
   (one page earlier, for widows, orphans and a heading kept with what follows), and
   never a page that starts inside a table (a table's layout carries state from page
   to page); the pages before it are the previous render's, as they were before their
   margin boxes were added, their elements and target links pointed at the new tree;
3. when the two trees have the same shape (an edit of text: boxes match one to one),
   the previous render's later pages are offered too: the pages up to the one after
   the last edited box are flagged to be laid out again, and WeasyPrint's own
   `make_all_pages` goes on laying out only while a page does not start where it
   started before (same place in the tree, same break, side and counters) — from
   there it hands on the previous pages;
4. for each page handed on, what `make_page` records after laying a page out is
   recorded again (its anchors' page numbers for the contents, its
   `target-counter()` lookups) and its page type's styles are set; WeasyPrint's own
   passes then re-make the contents page if a section moved.

The output is byte-identical to a cold build's: tests/weasy/test_incremental.py compares
rebuilds after edits at the start, middle and end, edits that add and remove a page.

Not done yet (see the README's "Speed and size"): an edit that changes the page count
lays out to the end (every later page's page counter differs, so no page "starts as
before"); an edit that adds or removes a box (a paragraph, a heading) keeps only the
pages before it; every page is drawn and its fonts subset again (the drawn content of
unchanged pages is not kept); the stages before layout (parsing, cascade, boxes) run
in full.

Only long-lived processes remember (`keep_pages()`: `briefing watch`, the workspace's
build processes): a one-shot build would pay for the signatures and never use them.
BRIEFING_INCREMENTAL=0 switches it off.
"""

from __future__ import annotations

import copy
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from briefing.weasy.seam import original
from briefing.weasy.state import incremental_key

_lock = threading.Lock()
# Document key -> the last render's memory (its laid-out pages and box tree): two
# documents per process.
_memory: dict[str, Memory] = {}
MEMORY_DOCUMENTS = 2
# What the last render did (tests and bench/ read it): the first page laid out again,
# and how many pages it handed on as the previous render had laid them out.
last_first_page: int | None = None
last_kept: int = 0


@dataclass
class Memory:
    signatures: list
    order: list  # the previous box tree, in walk order
    pages: list  # (page box, its children, its root's children) before margin boxes
    page_maker: list


_keeping = False


def keep_pages(on: bool = True) -> None:
    """This process renders documents again: remember their pages from now on."""
    global _keeping
    _keeping = on
    if not on:
        forget()


def enabled() -> bool:
    return _keeping and os.environ.get("BRIEFING_INCREMENTAL", "1") != "0"


def document_key(html: str, stylesheets, options: dict, base: str, font_key) -> str:
    """What must be equal for two renders to share pages: everything but the body."""
    head = html[:html.find("<body")] if "<body" in html else html
    digest = hashlib.sha256()
    for part in (head, *stylesheets, repr(sorted((options or {}).items())), base,
                 repr(font_key)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


@contextmanager
def remembering(key: str | None) -> Iterator[None]:
    """Renders inside keep their pages for the next render with the same key."""
    token = incremental_key.set(key if enabled() else None)
    try:
        yield
    finally:
        incremental_key.reset(token)


def forget() -> None:
    with _lock:
        _memory.clear()


# ------------------------------------------------------------------ box trees


def _walk(root) -> list:
    from weasyprint.formatting_structure import boxes

    order, stack = [], [root]
    while stack:
        box = stack.pop()
        order.append(box)
        if isinstance(box, boxes.ParentBox):
            stack.extend(reversed(box.children))
    return order


def _plain(value):
    """A cascaded value comparable across renders (var() values hold their tokens)."""
    tokens = getattr(value, "tokens", None)
    if tokens is not None and not isinstance(value, (tuple, list, str)):
        import tinycss2

        return ("pending", type(value).__name__, tinycss2.serialize(tokens))
    return value


def _signature(box):
    from weasyprint.formatting_structure import boxes

    cascaded = getattr(box.style, "cascaded", None)
    return (type(box).__name__, box.element_tag, getattr(box, "text", None),
            len(box.children) if isinstance(box, boxes.ParentBox) else -1,
            repr(sorted((name, (_plain(value), weight))
                        for name, (value, weight) in cascaded.items()))
            if cascaded is not None else None)


def _first_difference(new: list, old: list) -> int:
    """Index of the first box whose signature differs (the shorter length if none)."""
    return next((index for index, (a, b) in enumerate(zip(new, old, strict=False))
                 if a != b), min(len(new), len(old)))


def _paths(root) -> dict[int, list[int]]:
    from weasyprint.formatting_structure import boxes

    paths, stack = {}, [(root, [])]
    while stack:
        box, path = stack.pop()
        paths[id(box)] = path
        if isinstance(box, boxes.ParentBox):
            stack.extend((child, [*path, index]) for index, child in enumerate(box.children))
    return paths


def _skip_path(skip) -> list[int] | None:
    """A page's start as a path of child indices; None when it branches."""
    path = []
    while skip:
        if len(skip) != 1:
            return None
        (index, skip), = skip.items()
        path.append(index)
    return path


# ------------------------------------------------------------------ the patches


def initialize_page_maker(context, root_box):
    """WeasyPrint's, and the new box tree's signatures when this document is remembered."""
    original("page-memory-start")(context, root_box)
    key = incremental_key.get()
    if key is None:
        context.briefing_incremental = None
        return
    order = _walk(root_box)
    context.briefing_incremental = {
        "key": key, "order": order, "signatures": [_signature(box) for box in order],
        "snapshots": {}, "prefilled": False, "kept": {}, "reused": 0}


def layout_document(html, root_box, context, max_loops=8):
    """WeasyPrint's; remembers the pages (before their margin boxes) and the page list."""
    # Margin boxes are added as WeasyPrint hands the pages on: take them all first
    # (initialize_page_maker runs then, too).
    pages = list(original("page-memory")(html, root_box, context, max_loops))
    global last_kept
    state = getattr(context, "briefing_incremental", None)
    if state is None:
        yield from pages
        return
    last_kept = state["reused"]
    snapshots = state["snapshots"]
    kept = [snapshots.get(index) for index in range(len(pages))]
    if all(snapshot is not None and snapshot[0] is page
           for snapshot, page in zip(kept, pages, strict=True)):
        memory = Memory(state["signatures"], state["order"], kept,
                        [(resume_at, next_page, right_page, copy.deepcopy(page_state))
                         for resume_at, next_page, right_page, page_state, _
                         in context.page_maker])
        with _lock:
            _memory.pop(state["key"], None)
            while len(_memory) >= MEMORY_DOCUMENTS:
                _memory.pop(next(iter(_memory)))
            _memory[state["key"]] = memory
    yield from pages


def record_page(context, index: int, page) -> None:
    """Called for each page make_all_pages hands on: its parts before margin boxes."""
    state = getattr(context, "briefing_incremental", None)
    if state is None:
        return
    record_kept(context, index, page)
    known = state["snapshots"].get(index)
    if known is None or known[0] is not page:
        root = page.children[0]
        state["snapshots"][index] = (page, tuple(page.children), list(root.children))


def kept_pages(context, root_box, html, pages) -> list:
    """Before the first layout pass: the previous render's pages before the first one an
    edit touches, with page_maker set to lay out the rest. Otherwise `pages`."""
    global last_first_page
    state = getattr(context, "briefing_incremental", None)
    if pages or state is None or state["prefilled"]:
        return pages
    state["prefilled"] = True
    last_first_page = 0
    with _lock:  # taken, not shared: this render changes its pages (a render that
        memory = _memory.pop(state["key"], None)  # fails leaves nothing half-changed)
    if memory is None:
        return pages
    first_page = _first_page_to_lay_out(memory, state, root_box)
    last_first_page = first_page
    if first_page == 0 and not _same_shape(state["signatures"], memory.signatures):
        return pages  # nothing to keep before the edit, nor after it
    try:
        return _restore(context, memory, state, html, root_box, first_page)
    except LookupError:  # a kept page links to a box the trees do not share
        original("page-memory-start")(context, root_box)
        state["snapshots"].clear()
        state["kept"].clear()
        last_first_page = 0
        return pages


def _first_page_to_lay_out(memory: Memory, state: dict, root_box) -> int:
    from weasyprint.formatting_structure import boxes

    signatures = state["signatures"]
    first = _first_difference(signatures, memory.signatures)
    if first >= len(signatures):
        first = len(signatures) - 1  # nothing changed: lay the last page out again
    changed = _paths(root_box)[id(state["order"][first])]
    starts = [_skip_path(entry[0]) if entry[0] is not None else []
              for entry in memory.page_maker[:-1]]
    if not starts or any(start is None for start in starts):
        return 0
    touched = max(index for index, start in enumerate(starts) if start <= changed)
    first_page = max(0, touched - 1)
    while first_page > 0:  # never inside a table: its layout spans pages
        box = root_box
        for index in starts[first_page][:-1]:
            if (not isinstance(box, boxes.ParentBox) or index >= len(box.children)
                    or isinstance(box, (boxes.TableBox, boxes.TableRowGroupBox))):
                box = None
                break
            box = box.children[index]
        if box is not None and not isinstance(box, (boxes.TableBox, boxes.TableRowGroupBox)):
            break
        first_page -= 1
    return first_page


def _same_shape(new: list, old: list) -> bool:
    """The two trees differ only in texts and declarations: boxes match one to one."""
    return len(new) == len(old) and all(
        a[:2] == b[:2] and a[3] == b[3] for a, b in zip(new, old, strict=True))


def _last_page_touched(memory: Memory, state: dict, root_box) -> int:
    """The page holding the last box that differs (same-shape trees)."""
    differing = [index for index, (a, b)
                 in enumerate(zip(state["signatures"], memory.signatures, strict=True))
                 if a != b]
    if not differing:
        return -1
    changed = _paths(root_box)[id(state["order"][differing[-1]])]
    starts = [_skip_path(entry[0]) if entry[0] is not None else []
              for entry in memory.page_maker[:-1]]
    return max(index for index, start in enumerate(starts) if start <= changed)


def _restore(context, memory: Memory, state: dict, html, root_box, first_page: int) -> list:
    """The previous render's pages for this one, and page_maker set so that WeasyPrint
    lays out again from `first_page`. When the trees have the same shape (an edit of
    text), every page is offered: WeasyPrint lays out the pages flagged as changed (up
    to the one after the last edited box) and keeps going only while a page does not
    start where it started before — then it hands on the previous pages as they are.
    Otherwise only the pages before `first_page` are offered."""
    same_shape = _same_shape(state["signatures"], memory.signatures)
    common = (len(memory.order) if same_shape
              else _first_difference(state["signatures"], memory.signatures))
    pairs = list(zip(memory.order[:common], state["order"][:common], strict=True))
    boxes_map = {id(old): new for old, new in pairs}
    elements = {id(old.element): new.element for old, new in pairs
                if old.element is not None}
    if same_shape:
        offered = len(memory.pages)
        last_changed = max(first_page, _last_page_touched(memory, state, root_box) + 1)
        entries = len(memory.page_maker)
    else:
        offered, last_changed, entries = first_page, first_page, first_page + 1
    page_maker = context.page_maker
    del page_maker[:]
    for index in range(entries):
        resume_at, next_page, right_page, page_state = memory.page_maker[index]
        remake_state = {"content_changed": first_page <= index <= last_changed,
                        "pages_wanted": False, "anchors": [], "content_lookups": []}
        page_maker.append((copy.deepcopy(resume_at), copy.deepcopy(next_page), right_page,
                           copy.deepcopy(page_state), remake_state))
    pages = []
    for index in range(offered):
        page, children, root_children = memory.pages[index]
        page.children = list(children)
        children[0].children = list(root_children)
        for child in page.descendants(placeholders=True):
            if child.element is not None:
                child.element = elements.get(id(child.element), child.element)
            if getattr(child, "missing_link", None) is not None:
                child.missing_link = boxes_map[id(child.missing_link)]  # or LookupError
        state["snapshots"][index] = (page, children, root_children)
        state["kept"][id(page)] = page
        pages.append(page)
    state["html"] = html
    return pages


def record_kept(context, index: int, page) -> bool:
    """For a page handed on as the previous render laid it out (once): what laying it
    out would have recorded. True when `page` is such a page."""
    state = getattr(context, "briefing_incremental", None)
    if state is None or state["kept"].pop(id(page), None) is None:
        return False
    from weasyprint.layout.page import set_page_type_computed_styles

    set_page_type_computed_styles(page.page_type, state["html"], context.style_for)
    if index == 0:
        sizes = context.style_for.initial_page_sizes
        sizes["box"] = page.style["size"]
        sizes["area"] = (page.width, page.height)
    _record_as_laid_out(context, page, index + 1)
    state["reused"] += 1
    return True


def _record_as_laid_out(context, page, page_number: int) -> None:
    """What WeasyPrint's make_page records once a page is laid out (layout/page.py,
    after "Update page counter values"): its anchors' page counters for the targets
    pointing at them, and its page-based lookups (the contents' numbers)."""
    page_maker = context.page_maker
    values = page_maker[page_number][3][1]
    collector = context.target_collector
    remake_state = page_maker[page_number - 1][-1]
    cached_anchors, cached_lookups = [], []
    for *_, earlier in page_maker[:page_number - 1]:
        cached_anchors.extend(earlier.get("anchors", []))
        cached_lookups.extend(earlier.get("content_lookups", []))
    for child in page.descendants(placeholders=True):
        anchor = child.style["anchor"]
        if anchor and anchor not in cached_anchors:
            remake_state["anchors"].append(anchor)
            cached_anchors.append(anchor)
            collector.cache_target_page_counters(anchor, values, page_number - 1, page_maker)
        lookup = (collector.counter_lookup_items.get((child.missing_link, "content"))
                  if child.missing_link else None)
        if lookup is None:
            continue
        parse_again = False
        fresh = id(lookup) not in cached_lookups
        if fresh:
            remake_state["content_lookups"].append(id(lookup))
            cached_lookups.append(id(lookup))
            lookup.page_maker_index = page_number - 1
        if lookup.pending:
            if values != lookup.cached_page_counter_values:
                lookup.cached_page_counter_values = copy.deepcopy(values)
            lookup.pending = False
            parse_again = True
        if lookup.missing_counters:
            if "pages" in lookup.missing_counters:
                remake_state["pages_wanted"] = True
            if fresh and values != lookup.cached_page_counter_values:
                lookup.cached_page_counter_values = copy.deepcopy(values)
                if any(values.get(name) is not None for name in lookup.missing_counters):
                    parse_again = True
        for anchor_name, missed in lookup.missing_target_counters.items():
            if "pages" in missed:
                item = collector.target_lookup_items.get(anchor_name)
                if item.page_maker_index >= 0 and anchor_name in cached_anchors:
                    page_maker[item.page_maker_index][-1]["pages_wanted"] = True
        if parse_again:
            remake_state["content_changed"] = True
            lookup.parse_again(values)

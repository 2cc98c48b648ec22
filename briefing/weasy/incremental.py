"""A layout of a document after another layout of it lays out again only the pages
that changed: a second layout within one build (a marked blank page, a document laid
out without and then with its contents: briefing/export.py, `one_build`), and a rebuild
in a long-lived process (the page-memory and page-memory-start patches of table.py, and the calls in
targets.make_all_pages).

WeasyPrint 70 paginates with a list, `context.page_maker`: for each page, where its
content starts in the box tree (a skip stack of child indices), the page break and side
it starts with, and the counters in force; `make_all_pages` lays out again only the
pages flagged as changed and keeps the others — within one render, for the
`target-counter()` passes. This carries that list, and the laid-out pages, from one
render to the next render of the same document (same stylesheets, options and <head>):

1. when a render's box tree is built, its shape is recorded (`Tree`: the boxes in walk
   order, each one's parent, place and number of children); when it is compared with
   the previous render's, each box gets a signature — its class, tag, text, number of
   children, and its cascaded declarations. A box is the same in both trees when its
   signature, its place under its parent and its parent are (a box inherits its
   parent's style);
2. every previous page holding a box that differs, in either tree, is laid out again,
   and the page before it (widows, orphans and a heading kept with what follows decide
   where it ends), and never a page that starts inside a table without the page where
   the table starts (a table's layout carries state from page to page). All other
   pages are offered as the previous render laid them out, before their margin boxes
   were added, their elements and target links pointed at the new tree: WeasyPrint's
   own `make_all_pages` hands such a page on when the page before it ends where it
   ended before (same place in the tree, same break, side and counters), and lays it
   out again otherwise;
3. when a page laid out again ends where a later (or earlier) page of the previous
   render started — the document got a page shorter or longer before it: a moved group
   filled a page — that page and all after it are handed on renumbered (`realign`),
   when nothing tells the two places apart: past the pages laid out again, the same
   break, page groups and counters but the page counter, no footnote or float carried
   over, not inside a table, and each page's style (but its margin boxes, made after
   layout) the same on its new side and number;
4. for each page handed on, what `make_page` records after laying a page out is
   recorded again (its anchors' page numbers for the contents, its
   `target-counter()` lookups) and its page type's styles are set; WeasyPrint's own
   passes then re-make the contents page if a section moved.

The output is byte-identical to laying the whole document out: tests/weasy/
test_incremental.py compares rebuilds after edits at the start, middle and end, edits
that add and remove a page with cold builds; tests/weasy/test_placement_reuse.py
rebuilds after edits before and after a moved group, pages renumbered after a forced
break, a page styled by its side (not renumbered), and the jianbao's blank-page mark
with the same build laying every layout out in full.

What it cannot keep: key-figure groups are placed as the pages are laid out
(placement.py): a move reorders the box tree from the short page on, so a render after
one that moved a group hands on no page from that page on (`moved`, Memory.moved_from:
a kept page's start would name other boxes) — a rebuild after an edit past a move lays
out from the move's page. An edit that adds or removes a box (a
paragraph, a heading) shifts the walk: every later box differs. A page handed on is
not drawn again but for its background and margin boxes (pagedraw.py replays its
content's drawing where the fonts hold what they held); the fonts are subset again; of the
stages before layout, the stylesheets' parses are kept per process (sheets.py), the
HTML is parsed again only inside the paragraphs that changed (parsed.py), the cascade
keeps its matches and declarations (cascade.py); the computed styles and the box tree
are made in full.

Across builds only long-lived processes remember (`keep_pages()`: `briefing watch`, the
workspace's build processes); within a build, the memory is the build's and dropped
after it. A layout that is never compared pays only for recording its tree's shape
and its pages (signatures are computed when a comparison needs them, from the shape
recorded before layout: layout replaces the children of boxes with page-based
content). BRIEFING_INCREMENTAL=0 switches both off (every layout of the whole
document).

A document's last two layouts are remembered (`LAYOUTS`, under its one key): a build
may lay it out from two HTMLs — a document found short of its contents' page count
laid out with them and then without (briefing/build.py, `short_document_first`), a
jianbao's blank page unmarked and marked — and each layout starts from whichever leaves
the most pages to hand on (`_take`): the previous build's layout of the same HTML. With
the last layout alone, a reprint without contents compared each of its layouts with the
other HTML's (they differ from the root's children on) and never handed a page on
(tests/weasy/test_no_contents_reuse.py).
"""

from __future__ import annotations

import bisect
import copy
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from briefing.weasy.seam import original
from briefing.weasy.state import build_memory, incremental_key, layout_saw, layout_seen

_lock = threading.Lock()
MEMORY_DOCUMENTS = 2  # documents remembered (per process, or within one build)
# Layouts remembered per document: a build lays one out from two HTMLs (without and with
# its contents, its blank page unmarked and marked) under one key (`_remember`).
LAYOUTS = 2
# What the last render in this context did (tests and bench/ read it; weasy/state.py):
# last_first_page, the first page laid out again; last_flagged, how many pages were
# flagged to be laid out again (None: no earlier render to start from); last_kept, how
# many it handed on as the previous render had laid them out; last_shift, by how many
# it renumbered the pages it handed on renumbered.
LAST = {"last_first_page": "first_page", "last_flagged": "flagged", "last_kept": "kept",
        "last_shift": "shift"}


def __getattr__(name: str):
    if name in LAST:
        return getattr(layout_seen.get(), LAST[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Memory:
    tree: Tree  # the previous render's box tree
    pages: list  # (page box, its children, its root's children) before margin boxes
    page_maker: list
    carries: bool = False  # a page handed footnotes or broken floats to the next one
    # The first page a key-figure group left short and moved from (placement.py): the
    # box tree was reordered there, so no later page is handed on.
    moved_from: int | None = None
    # The page each anchor was on (the contents' numbers): the next render starts from
    # its counters there (`_prime_targets`).
    anchors: dict | None = None
    # The page of each box showing page-based content (by its walk index in `tree`).
    lookups: dict | None = None


@dataclass
class Memories:
    """What renders remember for the next render of the same document: the process's
    while it keeps pages (from `keep_pages()` to `keep_pages(False)`), or one build's
    (`one_build`: dropped with it). Whoever owns it owns the kept pages (and, on their
    root boxes, their drawings: pagedraw.py) and the kept parses of the HTML
    (parsed.py); no module holds them."""

    # Document key -> its last renders' memories (their laid-out pages and box trees;
    # the latest last, at most LAYOUTS).
    documents: dict[str, list[Memory]] = field(default_factory=dict)
    parses: list = field(default_factory=list)  # parsed.Parse, the latest last


# The process's memories while it keeps pages (`keep_pages`); None when it does not.
_process: Memories | None = None


def keep_pages(on: bool = True) -> None:
    """This process renders documents again: remember their pages from now on (off:
    forget them, and remember none across builds)."""
    global _process
    with _lock:
        if not on:
            _process = None
            from briefing.weasy import balances, deflate

            deflate.forget()
            balances.forget()
        elif _process is None:
            _process = Memories()


def keeping() -> bool:
    """This process keeps pages across builds (`keep_pages`)."""
    return _process is not None


def enabled() -> bool:
    """Renders reuse pages (BRIEFING_INCREMENTAL=0 switches it off, for comparisons)."""
    return os.environ.get("BRIEFING_INCREMENTAL", "1") != "0"


@contextmanager
def one_build(across_builds: bool = True) -> Iterator[None]:
    """The renders inside are one build's layouts of one document (the blank-page
    mark's, the contents'): each starts from the pages of the one before, in a memory dropped at the
    end — or, in a process that keeps pages (`keep_pages`) and when `across_builds`
    (the fonts are the process's, not this build's), in the process's memory."""
    token = build_memory.set(None if keeping() and across_builds else Memories())
    try:
        yield
    finally:
        build_memory.reset(token)


def memories() -> Memories | None:
    """The memories renders use here: this build's (`one_build`, in a process that keeps
    no pages), else the process's; None when neither remembers."""
    local = build_memory.get()
    return _process if local is None else local


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
    """Renders inside keep their pages for the next render with the same key (in a
    process that keeps pages, or inside `one_build`)."""
    on = enabled() and memories() is not None
    token = incremental_key.set(key if on else None)
    try:
        yield
    finally:
        incremental_key.reset(token)


def forget() -> None:
    """Forget the pages kept here (this build's, or the process's): the next render lays
    out every page."""
    kept = memories()
    if kept is not None:
        with _lock:
            kept.documents.clear()


# ------------------------------------------------------------------ box trees


class Tree:
    """A box tree as it was built, before layout: the boxes in walk order, each one's
    parent (its walk index), its place among its parent's children and its number of
    children. Layout replaces the children of the boxes showing page-based content
    (the contents' numbers, `parse_again`), so the shape is read before layout; the
    signatures are computed from these, when first compared (`signatures`), so a
    render that is never compared never pays for them."""

    __slots__ = ("counts", "order", "parents", "places", "_signatures", "_sizes_cache")

    def __init__(self, root) -> None:
        from weasyprint.formatting_structure import boxes

        parent_box = boxes.ParentBox
        order, parents, places, counts = [], [], [], []
        stack = [(root, -1, 0)]
        while stack:
            box, parent, place = stack.pop()
            index = len(order)
            order.append(box)
            parents.append(parent)
            places.append(place)
            if isinstance(box, parent_box):
                children = box.children
                counts.append(len(children))
                stack.extend((children[place], index, place)
                             for place in range(len(children) - 1, -1, -1))
            else:
                counts.append(-1)
        self.order, self.parents, self.places, self.counts = order, parents, places, counts
        self._signatures = self._sizes_cache = None

    def __len__(self) -> int:
        return len(self.order)

    def signatures(self) -> list:
        if self._signatures is None:
            # (boxes share their styles' cascaded dictionaries: each written out once)
            written: dict[int, str] = {}
            self._signatures = [_signature(box, count, written)
                                for box, count in zip(self.order, self.counts, strict=True)]
        return self._signatures

    def index_at(self, path: list[int]) -> tuple[float, bool]:
        """The walk index of the deepest box a page-start path reaches — plus a half when
        the rest of the path is a place inside it (a text offset: the page starts within
        that box, after its beginning) — and whether the path goes through a table (a
        page starting inside a table)."""
        from weasyprint.formatting_structure import boxes

        if self._sizes_cache is None:
            self._sizes_cache = self._sizes()
        sizes = self._sizes_cache
        index, in_table = 0, False
        for place in path:
            if self.counts[index] < 0 or place >= self.counts[index]:
                return index + 0.5, in_table
            if isinstance(self.order[index], (boxes.TableBox, boxes.TableRowGroupBox)):
                in_table = True
            child = index + 1
            for _ in range(place):
                child += sizes[child]
            index = child
        return index, in_table

    def _sizes(self) -> list[int]:
        """Each box's number of boxes in its subtree (itself included)."""
        sizes = [1] * len(self.order)
        parents = self.parents
        for index in range(len(sizes) - 1, 0, -1):
            sizes[parents[index]] += sizes[index]
        return sizes


def _plain(value):
    """A cascaded value comparable across renders (var() values hold their tokens)."""
    tokens = getattr(value, "tokens", None)
    if tokens is not None and not isinstance(value, (tuple, list, str)):
        import tinycss2

        return ("pending", type(value).__name__, tinycss2.serialize(tokens))
    return value


def _signature(box, count: int, written: dict[int, str]):
    """A box's signature; `written` holds the cascaded dictionaries written out so far in
    this tree, by id (they are alive while the tree is: an id names one dictionary)."""
    cascaded = getattr(box.style, "cascaded", None)
    if cascaded is None:
        declared = None
    else:
        declared = written.get(id(cascaded))
        if declared is None:
            declared = written[id(cascaded)] = repr(sorted(
                (name, (_plain(value), weight)) for name, (value, weight) in cascaded.items()))
    return (type(box).__name__, box.element_tag, getattr(box, "text", None), count,
            declared)


def _clean(old: Tree, new: Tree) -> bytearray:
    """For each walk index both trees have: 1 when the box is the same in both — same
    signature, same place under the same parent, its parent the same too (a box
    inherits its parent's style) — else 0."""
    new_signatures, old_signatures = new.signatures(), old.signatures()
    old_parents, new_parents = old.parents, new.parents
    old_places, new_places = old.places, new.places
    clean = bytearray(min(len(old), len(new)))
    for index in range(len(clean)):
        parent = new_parents[index]
        if (new_signatures[index] == old_signatures[index] and old_parents[index] == parent
                and old_places[index] == new_places[index]
                and (parent < 0 or clean[parent])):
            clean[index] = 1
    return clean


def skip_path(skip) -> list[int] | None:
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
    """WeasyPrint's; and the new box tree's shape when this document is remembered."""
    original("page-memory-start")(context, root_box)
    key, kept = incremental_key.get(), memories()
    if key is None or kept is None:
        context.briefing_incremental = None
        return
    context.briefing_incremental = {
        "key": key, "store": kept.documents, "tree": Tree(root_box), "snapshots": {},
        "prefilled": False, "kept": {}, "reused": 0, "carries": False, "shift": None,
        "moved_from": None}


def layout_document(html, root_box, context, max_loops=8):
    """WeasyPrint's; remembers the pages (before their margin boxes) and the page list."""
    # Margin boxes are added as WeasyPrint hands the pages on: take them all first
    # (initialize_page_maker runs then, too).
    pages = list(original("page-memory")(html, root_box, context, max_loops))
    state = getattr(context, "briefing_incremental", None)
    if state is None:
        yield from pages
        return
    layout_saw(kept=state["reused"])
    snapshots = state["snapshots"]
    kept = [snapshots.get(index) for index in range(len(pages))]
    if all(snapshot is not None and snapshot[0] is page
           for snapshot, page in zip(kept, pages, strict=True)):
        memory = Memory(state["tree"], kept,
                        [(resume_at, next_page, right_page, copy.deepcopy(page_state))
                         for resume_at, next_page, right_page, page_state, _
                         in context.page_maker], state["carries"], state["moved_from"],
                        _anchors(context), _lookups(context, state["tree"]))
        _remember(state["store"], state["key"], memory)
    yield from pages


def _remember(store: dict, key: str, memory: Memory) -> None:
    """`memory` the latest layout of document `key`, beside the one before it when that
    was not the layout this render started from (taken: `_take`) — a build that lays the
    document out twice from different HTML (without and with its contents, unmarked and
    marked blank page) finds each one's previous layout in the next build."""
    with _lock:
        layouts = store.pop(key, [])[-(LAYOUTS - 1):] if LAYOUTS > 1 else []
        while len(store) >= MEMORY_DOCUMENTS:
            store.pop(next(iter(store)))
        store[key] = [*layouts, memory]


def record_page(context, index: int, page) -> bool:
    """Called for each page make_all_pages hands on: its parts before margin boxes.
    True when it was laid out in this pass (not a previous render's page)."""
    state = getattr(context, "briefing_incremental", None)
    if state is None:
        return True
    laid_out = not record_kept(context, index, page)
    if laid_out and (context.broken_out_of_flow or context.reported_footnotes):
        state["carries"] = True
    known = state["snapshots"].get(index)
    if known is None or known[0] is not page:
        root = page.children[0]
        state["snapshots"][index] = (page, tuple(page.children), list(root.children))
    return laid_out


def moved(context, index: int) -> None:
    """A key-figure group moved in the box tree, the layout taken up again from page
    `index` (placement.py): no page after it is handed on from the previous render
    (its start no longer names the same boxes), and the next render hands on none from
    there."""
    state = getattr(context, "briefing_incremental", None)
    if state is None:
        return
    if state["moved_from"] is None or index < state["moved_from"]:
        state["moved_from"] = index
    if state["shift"]:
        state["shift"]["done"] = True


def end_pass(context) -> None:
    """After a layout pass: pages are handed on renumbered only in the first; an anchor
    the first started from the previous render's numbers for and never met is
    forgotten again (`_prime_targets`)."""
    state = getattr(context, "briefing_incremental", None)
    if state is not None:
        state["shift"] = None
        primed = state.pop("primed", None)
        if primed:
            _unprime_unmet(context, primed)


def kept_pages(context, root_box, html, pages) -> list:
    """Before the first layout pass: the previous render's pages, with page_maker set
    to lay out again those an edit touches (and WeasyPrint's own check to lay out any
    page that does not start as before). Otherwise `pages`."""
    state = getattr(context, "briefing_incremental", None)
    if pages or state is None or state["prefilled"]:
        return pages
    state["prefilled"] = True
    layout_saw(first_page=0, flagged=None, shift=0)
    taken = _take(state)
    if taken is None:
        return pages  # nothing to keep
    memory, clean, starts, flagged = taken
    layout_saw(first_page=min(flagged), flagged=len(flagged))
    try:
        pages = _restore(context, memory, state, html, clean, flagged)
        state["primed"] = _prime_targets(context, memory, state["tree"], clean)
        state["carries"] = memory.carries
        state["shift"] = {"pages": pages, "memory": memory, "from": max(flagged) + 1,
                          "inside": [inside for _, inside in starts], "done": False}
        return pages
    except LookupError:  # a kept page links to a box the trees do not share
        original("page-memory-start")(context, root_box)
        state["snapshots"].clear()
        state["kept"].clear()
        layout_saw(first_page=0, flagged=None)
        return pages


def _take(state: dict) -> tuple[Memory, bytearray, list, set[int]] | None:
    """Of the layouts remembered for this document (`_remember`: the last one, and the
    one before when the build laid out other HTML last), the one that leaves the most
    pages to hand on — taken, not shared: this render changes its pages (a render that
    fails leaves nothing half-changed) — with its clean boxes, page starts and pages to
    lay out again; None when none leaves a page (the layouts stay remembered)."""
    best, most = None, 0
    with _lock:
        layouts = list(state["store"].get(state["key"], ()))
    for memory in reversed(layouts):  # (the latest first: it wins a tie)
        clean = _clean(memory.tree, state["tree"])
        starts = _page_starts(memory)
        if starts is None:
            continue
        flagged = _pages_to_lay_out(memory, state["tree"], clean, starts)
        if len(memory.pages) - len(flagged) > most:
            best, most = (memory, clean, starts, flagged), len(memory.pages) - len(flagged)
    if best is None:
        return None
    with _lock:
        layouts = state["store"].get(state["key"], [])
        place = next((place for place, memory in enumerate(layouts) if memory is best[0]),
                     None)
        if place is None:
            return None  # (taken meanwhile by another render)
        del layouts[place]
    return best


def _anchors(context) -> dict:
    """The page each anchor was on at the end of a render (its page_maker index)."""
    return {name: item.page_maker_index
            for name, item in context.target_collector.target_lookup_items.items()
            if item.state == "up-to-date" and item.page_maker_index is not None}


def _lookups(context, tree: Tree) -> dict:
    """The page each box showing page-based content was on at the end of a render, by
    the box's walk index."""
    index_of = {id(box): index for index, box in enumerate(tree.order)}
    found = {}
    for (box, css_token), lookup in context.target_collector.counter_lookup_items.items():
        index = index_of.get(id(box))
        if css_token == "content" and index is not None and lookup.page_maker_index is not None:
            found[index] = lookup.page_maker_index
    return found


def _prime_targets(context, memory: Memory, tree: Tree, clean: bytearray) -> set[str]:
    """Start this render's anchors from the page counters they had in the previous
    render — what a page there ended with, as it records them again when handed on —
    and fill the page-based content that points at them (the contents' page
    numbers) with those: WeasyPrint marks the page showing such content to be laid out
    again only when an anchor's counters differ from what its target collector holds
    (`cache_target_page_counters`), so a contents page handed on, or laid out again with
    the numbers already in it, is laid out (again) only when a number changed — not on
    every rebuild because this render's collector starts empty. The anchors primed."""
    if not memory.anchors:
        return set()
    collector = context.target_collector
    primed = set()
    page_maker = memory.page_maker
    for name, item in collector.target_lookup_items.items():
        index = memory.anchors.get(name)
        if index is not None and index + 1 < len(page_maker) and item.state == "up-to-date":
            item.cached_page_counter_values = copy.deepcopy(page_maker[index + 1][3][1])
            primed.add(name)
    # The content itself starts from the counters of its page in the previous render
    # when its box is the same (WeasyPrint lays out again a page whose content's
    # counters differ from those it was filled with: make_page's "local counters").
    index_of = {id(box): index for index, box in enumerate(tree.order)}
    for (box, css_token), lookup in collector.counter_lookup_items.items():
        if css_token != "content" or not primed.intersection(lookup.missing_target_counters):
            continue
        index = index_of.get(id(box))
        page = (memory.lookups or {}).get(index) if index is not None else None
        if page is not None and index < len(clean) and clean[index] \
                and page + 1 < len(page_maker):
            lookup.cached_page_counter_values = copy.deepcopy(page_maker[page + 1][3][1])
        lookup.parse_again(lookup.cached_page_counter_values)
    return primed


def _unprime_unmet(context, primed: set[str]) -> None:
    """After the first pass: an anchor primed but on no page of it (laid out or handed
    on) holds what a cold build's would — nothing — and the content pointing at it is
    filled again and its page laid out again."""
    met = set()
    for *_, remake_state in context.page_maker:
        met.update(remake_state.get("anchors", ()))
    unmet = primed - met
    if not unmet:
        return
    collector, page_maker = context.target_collector, context.page_maker
    for name in unmet:
        collector.target_lookup_items[name].cached_page_counter_values = {}
    for (_, css_token), lookup in collector.counter_lookup_items.items():
        if css_token != "content" or not unmet.intersection(lookup.missing_target_counters):
            continue
        lookup.parse_again(lookup.cached_page_counter_values)
        index = lookup.page_maker_index
        if index is None or index >= len(page_maker):
            lookup.pending = True
        else:
            page_maker[index][-1]["content_changed"] = True


def _page_starts(memory: Memory) -> list[tuple[float, bool]] | None:
    """Each previous page's first box (its walk index in the previous tree, plus a half
    when the page starts inside it) and whether it starts inside a table; None when a
    page start branches."""
    starts = [(0, False)]
    # (after a move, a page's start names the reordered tree: the pages from there on
    # are laid out again, `_pages_to_lay_out`; they take the move's page's start)
    known = len(memory.pages) if memory.moved_from is None else memory.moved_from + 1
    for entry in memory.page_maker[1:min(known, len(memory.pages))]:
        path = skip_path(entry[0]) if entry[0] is not None else None
        if path is None:
            return None
        starts.append(memory.tree.index_at(path))
    starts.extend([(starts[-1][0], False)] * (len(memory.pages) - len(starts)))
    return starts


def _pages_to_lay_out(memory: Memory, new: Tree, clean: bytearray,
                      page_starts: list[tuple[float, bool]]) -> set[int]:
    """The previous render's pages that must be laid out again: each page holding a
    box that differs (in either tree), and the page before it (widows, orphans, a
    heading kept with what follows decide where that page ends) — never a page that
    starts inside a table (a table's layout carries state from page to page: the
    page where it starts is laid out again too)."""
    old = memory.tree
    starts = [start for start, _ in page_starts]
    inside = [inside for _, inside in page_starts]
    length, common = max(len(old), len(new)), len(clean)
    runs = []  # (first, end) of each run of boxes that differ
    dirty = clean.find(0)
    while dirty >= 0:
        end = clean.find(1, dirty)
        runs.append((dirty, common if end < 0 else end))
        dirty = -1 if end < 0 else clean.find(0, end)
    if common < length:
        if runs and runs[-1][1] == common:
            runs[-1] = (runs[-1][0], length)
        else:
            runs.append((common, length))
    flagged: set[int] = set()
    if memory.moved_from is not None:  # the pages from a move on: all laid out again
        flagged.update(range(memory.moved_from, len(starts)))
        if any(end > starts[memory.moved_from] for _, end in runs):
            flagged.add(max(0, memory.moved_from - 1))  # (where it ends depends on them)
    if not runs:  # nothing changed: lay the last page out again
        return flagged | {len(starts) - 1}
    for dirty, end in runs:
        # (a page starting inside a box has its index plus a half: the box's beginning
        # is on an earlier page, and the page holding the run's last box may start
        # inside it)
        first = max(0, bisect.bisect_right(starts, dirty) - 2)
        last = bisect.bisect_right(starts, end - 0.5) - 1
        while first > 0 and inside[first]:
            first -= 1
        flagged.update(range(first, last + 1))
    return flagged


def _restore(context, memory: Memory, state: dict, html, clean: bytearray,
             flagged: set[int]) -> list:
    """The previous render's pages for this one, and page_maker set so that WeasyPrint
    lays out again the `flagged` pages: it lays those out, and any page that does not
    start where it started before (same place in the tree, same break, side and
    counters); the others it hands on as they are."""
    old, new = memory.tree.order, state["tree"].order
    boxes_map, elements = {}, {}
    index = clean.find(1)
    while index >= 0:
        end = clean.find(0, index)
        end = len(clean) if end < 0 else end
        for old_box, new_box in zip(old[index:end], new[index:end], strict=True):
            boxes_map[id(old_box)] = new_box
            if old_box.element is not None:
                elements[id(old_box.element)] = new_box.element
        index = clean.find(1, end) if end < len(clean) else -1
    page_maker = context.page_maker
    del page_maker[:]
    for index, (resume_at, next_page, right_page, page_state) in enumerate(memory.page_maker):
        remake_state = {"content_changed": index in flagged,
                        "pages_wanted": False, "anchors": [], "content_lookups": []}
        page_maker.append((copy.deepcopy(resume_at), copy.deepcopy(next_page), right_page,
                           copy.deepcopy(page_state), remake_state))
    pages = []
    for index, (page, children, root_children) in enumerate(memory.pages):
        page.children = list(children)
        children[0].children = list(root_children)
        if index not in flagged:  # (a flagged page is laid out again, never used)
            for child in page.descendants(placeholders=True):
                if child.element is not None:
                    child.element = elements.get(id(child.element), child.element)
                if getattr(child, "missing_link", None) is not None:
                    child.missing_link = boxes_map[id(child.missing_link)]  # or LookupError
            state["kept"][id(page)] = page
        state["snapshots"][index] = (page, children, root_children)
        pages.append(page)
    state["html"] = html
    return pages


def realign(context, index: int, laid_out: bool) -> None:
    """After WeasyPrint laid page `index` out anew in the first pass of a render that
    started from the previous one's pages: when the next page does not start where the
    previous render's page `index + 1` started but where one of its later pages did —
    the document got shorter or longer before it (a key-figure group moved, a page
    filled) — that page and all after it are handed on, renumbered. Only where nothing
    can tell them apart: past the pages an edit touched, the same place in the tree,
    break, page groups and counters but the page counter, not inside a table, no
    footnote or float carried over, and every page style (but its margin boxes) the
    same on its new side and number as on its old."""
    state = getattr(context, "briefing_incremental", None)
    shift = state and state["shift"]
    if not shift or shift["done"] or not laid_out or state["carries"] \
            or context.broken_out_of_flow or context.reported_footnotes:
        return
    memory, page_maker = shift["memory"], context.page_maker
    new_index = index + 1
    if new_index >= len(page_maker) or page_maker[new_index][0] is None:
        return
    entries = memory.page_maker
    resume_at, next_page, right_page, page_state, _ = page_maker[new_index]
    if new_index < len(entries) and entries[new_index][:4] == (
            resume_at, next_page, right_page, page_state):
        return  # starts as before: WeasyPrint hands the pages on
    for old_index in range(max(shift["from"], 1), len(memory.pages)):
        if old_index == new_index or shift["inside"][old_index]:
            continue
        old_resume_at, old_next_page, _, old_state = entries[old_index]
        if old_resume_at == resume_at and old_next_page == next_page and \
                _same_but_page(old_state, page_state, new_index - old_index):
            break
    else:
        return
    types = _renumbered(context, memory, old_index, new_index, right_page)
    if types is None:
        return
    shift["done"] = True
    offset = new_index - old_index
    page_maker[new_index][-1]["content_changed"] = False  # (set as a changed start)
    pages = shift["pages"]
    del pages[new_index:]
    # (the document got longer: the pages before new_index that the previous render did
    # not have were laid out in this pass, never read from this list)
    pages.extend([None] * (new_index - len(pages)))
    del page_maker[new_index + 1:]
    for number, old in enumerate(range(old_index, len(memory.pages))):
        old_page = memory.pages[old][0]
        old_page.page_type = types[number]
        pages.append(old_page)
        old_resume_at, old_next_page, old_right, old_state = entries[old + 1]
        moved_state = copy.deepcopy(old_state)
        moved_state[1]["page"] = [value + offset for value in old_state[1]["page"]]
        if "pages" in page_state[1]:
            moved_state[1]["pages"] = copy.deepcopy(page_state[1]["pages"])
        page_maker.append((copy.deepcopy(old_resume_at), copy.deepcopy(old_next_page),
                           old_right != bool(offset % 2), moved_state,
                           {"content_changed": False, "pages_wanted": False,
                            "anchors": [], "content_lookups": []}))
    layout_saw(shift=offset)


def _same_but_page(old, new, offset: int) -> bool:
    """Two page states equal but for the page counter, `offset` higher in `new`."""
    if old[0] != new[0] or old[2] != new[2] or old[3] != new[3]:
        return False
    old_counters, new_counters = dict(old[1]), dict(new[1])
    old_pages = old_counters.pop("page", None)
    new_pages = new_counters.pop("page", None)
    old_counters.pop("pages", None)
    new_counters.pop("pages", None)
    return (old_counters == new_counters and old_pages is not None and new_pages is not None
            and new_pages == [value + offset for value in old_pages])


# What of a page's style its layout reads (weasyprint/layout/page.py, make_page): the
# page's own, its footnote area's and its note area's; the margin boxes are made after.
PAGE_AREAS = (None, "@footnote", "@note-area")


def _renumbered(context, memory: Memory, old_index: int, new_index: int,
                right_page: bool) -> list | None:
    """The page types the previous render's pages from `old_index` on take as pages
    `new_index`…; None when one of them would be styled otherwise there (its page and
    footnote area; margin boxes are made after layout, for the new type)."""
    from weasyprint.layout.page import PageType

    style_for = context.style_for
    cascaded = style_for.get_cascaded_styles()
    types = []
    for number, old in enumerate(range(old_index, len(memory.pages))):
        old_type = memory.pages[old][0].page_type
        right = right_page if number % 2 == 0 else not right_page
        next_page = memory.page_maker[old][1]
        side = next_page["break"]
        if side in ("recto", "verso"):
            return None
        blank = (side == "left" and right) or (side == "right" and not right)
        if blank != old_type.blank:
            return None
        new_type = PageType("right" if right else "left", blank, old_type.name,
                            new_index + number, old_type.groups)
        if new_type != old_type:
            style_for.add_page_declarations(old_type)
            style_for.add_page_declarations(new_type)
            if any(cascaded.get((old_type, pseudo)) != cascaded.get((new_type, pseudo))
                   for pseudo in PAGE_AREAS):
                return None
        types.append(new_type)
    return types


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
    primed = context.briefing_incremental.get("primed") or set()
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
        # Its numbers as the page shows them, when every anchor they point at starts
        # from the previous render's counters and none has changed yet (a change marks
        # this page again: `cache_target_page_counters`).
        shown = (not lookup.pending and bool(lookup.missing_target_counters)
                 and primed.issuperset(lookup.missing_target_counters))
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
            if not shown:
                remake_state["content_changed"] = True
            lookup.parse_again(values)

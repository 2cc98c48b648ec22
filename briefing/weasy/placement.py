"""Placement that fills pages: a key-figure table, chart or photo that does not fit where
it stands goes after the text that follows it, instead of leaving the page short.

WeasyPrint has no page floats: a block that does not fit on what is left of a page
goes to the next one, and the page stays short. The templates put each key-figure group
(table and chart) between markers after the paragraph citing it, and each photo
between markers where it stands (templates/_macros.html.j2, `figures_for`, `block`)

    <!--placement:GROUP--> … <!--/placement-->

and the groups are placed as the pages are laid out, in the one layout of the document
(the contents-refresh patch's make_all_pages hands each pass to `Placer.pages`). Once a
page and the two after it are laid out, the page is measured from its boxes: where it
is filled below `SHORT` of its height and the next page begins with a group, the group
(with the groups set right after it: a run) moves in the box tree after as many of the
following paragraphs as fill the hole — never past a heading, a section's end, another
figure or any block but a body paragraph (not a signature: the closing stays whole and
last), and never so far that it would stand more than a
page after its citing paragraph; when no paragraph can go before it, before its citing
paragraph if it fits there with a line of that paragraph below it. WeasyPrint's page
loop is then taken up again from the short page: the pages before it are handed on as
they are, the page and those after it laid out anew (three pages laid out twice per
move, where laying the document out again after the fact cost every page from the
move on). A page is handed on to WeasyPrint once no move can change it. The same HTML
gives the same moves; the PDF is the same bytes as laying out the HTML with the moves
made in it (`apply_moves`; tests/weasy/test_placement_relayout.py).

Reordering boxes gives the layout of the reordered HTML because no selector of the
templates depends on a paragraph's or figure's siblings (`:first-child` only in the lead,
where a group — there only in a text without headings — never goes before a paragraph,
and in the 版记; `+ p.role-signature`, past which no group moves) and counters are set
when the boxes are built, in an order no move changes (a group moves past paragraphs,
never past another figure).

The same pass finds a blank page before a closing block (the jianbao's 版记 stands on an
even last page: when the text fills an even page, the next page holds nothing but the
block's spacer, templates/jianbao). GB/T 9704 7.5: a blank page and the pages after it
carry no page number. The spacer (`id="BLANK_SPACER"`) is then marked `data-blank-page`
and the document laid out once more — from the page before the spacer's, the pages
before it handed on (briefing/weasy/incremental.py, `one_build`; from the first move's
page when a group moved, incremental.moved); the template's CSS puts what is marked on
pages without a folio.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

SHORT = 0.75  # a page followed by content is filled to at least this much of its height
MAX_MOVES = 3  # moves of one group in a render

GROUP = re.compile(r"<!--placement:(?P<id>[^>]*?)-->.*?<!--/placement-->", re.S)
# A paragraph a group may move past or before: a <p> with an id, up to its end
# (paragraphs hold no paragraphs).
PARAGRAPH = re.compile(r'(?P<open><p id="(?P<id>[^"]+)"[^>]*>).*?</p>', re.S)
# The element that alone fills a blank page before a closing block (templates/jianbao).
BLANK_SPACER = "baowei-space"
BLANK_MARK = "data-blank-page"


@dataclass
class Leaf:
    """A line, image or empty box laid out on a page: where it is, whose it is."""

    top: float
    bottom: float
    group: str | None  # the key-figure group it belongs to
    block: str | None  # the id of the innermost element with an id around it


@dataclass
class PageLayout:
    top: float  # the page's content area
    height: float
    leaves: list[Leaf] = field(default_factory=list)

    @property
    def used(self) -> float:
        return max((leaf.bottom for leaf in self.leaves), default=self.top) - self.top

    @property
    def fill(self) -> float:
        return self.used / self.height if self.height else 1.0


def _group_of(element_id: str, groups: set[str]) -> str | None:
    if f"photo-{element_id}" in groups:  # a photo: its marker names the figure's id
        return f"photo-{element_id}"
    for prefix in ("figures-", "chart-"):
        if element_id.startswith(prefix) and element_id[len(prefix):] in groups:
            return element_id[len(prefix):]
    return None


def measure(document, groups: set[str]) -> list[PageLayout]:
    """Each page's content area and the leaves laid out in it (margin boxes left out)."""
    return [measure_page(page._page_box, groups) for page in document.pages]


def measure_page(box, groups: set[str]) -> PageLayout:
    """A laid-out page box's content area and leaves (margin boxes left out)."""
    from weasyprint.formatting_structure import boxes

    layout = PageLayout(top=box.content_box_y(), height=box.height)
    line_box, margin_box = boxes.LineBox, boxes.MarginBox
    leaves = layout.leaves

    def walk(node, group, block):
        element = getattr(node, "element", None)
        element_id = element.get("id") if element is not None else None
        if element_id:
            group = _group_of(element_id, groups) or group
            block = element_id
        if isinstance(node, line_box):
            if node.height > 0:
                leaves.append(Leaf(node.position_y, node.position_y + node.height, group,
                                   block))
            return
        children = getattr(node, "children", None)
        if not children:
            top, height = node.border_box_y(), node.border_height()
            if height > 0:
                leaves.append(Leaf(top, top + height, group, block))
            return
        for child in children:
            walk(child, group, block)

    for child in box.children:
        # (a page's footnote and note areas, empty, are dropped once laid out)
        if not isinstance(child, margin_box) and (child is box.children[0] or child.children):
            walk(child, None, None)
    return layout


def _height_of(pages: list[PageLayout], start: int, block: str) -> float:
    """A paragraph's height on the pages from `start` on (its parts added)."""
    total = 0.0
    for page in pages[start:]:
        mine = [leaf for leaf in page.leaves if leaf.block == block]
        if mine:
            total += max(leaf.bottom for leaf in mine) - min(leaf.top for leaf in mine)
        elif total:
            break
    return total


def group_leaving_short(pages: list[PageLayout]) -> str | None:
    """The group that left `pages[0]` short: the first thing on the page after it, when
    the page is filled below SHORT; None otherwise."""
    if len(pages) < 2:
        return None
    page, following = pages[0], pages[1]
    if page.fill >= SHORT or not following.leaves:
        return None
    return min(following.leaves, key=lambda leaf: leaf.top).group


def plan_move(pages: list[PageLayout], group: str, following: list[str],
              citing: str | None) -> int | None:
    """Where `group`, which left `pages[0]` short (the pages after it follow), goes: past
    how many of the paragraphs `following` it (their ids, up to the first block that is
    not a paragraph) — as many as fill the hole, never so many that it would go beyond
    the next page; 0 when none can go before it but it fits above its citing paragraph
    `citing` (None: there is none it may go before) with a line of that paragraph still
    below it; None when it stays."""
    page, after = pages[0], pages[1]
    hole = page.height - page.used
    extent = [leaf for leaf in after.leaves if leaf.group == group]
    room = after.height - sum(leaf.bottom - leaf.top for leaf in extent)  # before it overleaf
    filled, passed = 0.0, 0
    for block in following:
        height = _height_of(pages, 1, block)
        if filled + height > hole + room:
            break  # the group would go beyond the next page
        filled, passed = filled + height, passed + 1
        if filled >= hole:
            break
    if passed:
        return passed
    if citing is None:
        return None
    mine = sorted((leaf for leaf in page.leaves if leaf.block == citing),
                  key=lambda leaf: leaf.top)
    if not mine:
        return None
    needed = max(leaf.bottom for leaf in extent) - min(leaf.top for leaf in extent)
    line = mine[0].bottom - mine[0].top
    return 0 if page.top + page.height - mine[0].top >= needed * 1.05 + line else None


def _role(box) -> bool:
    """Whether a paragraph's box is one in a role (model.ParagraphRole, class "role-…"),
    not body text."""
    classes = (box.element.get("class") or "").split()
    return any(name.startswith("role-") for name in classes)


def group_ids(html: str) -> set[str]:
    return {match["id"] for match in GROUP.finditer(html)}


def mark_blank_page(html: str, pages: list[PageLayout]) -> str | None:
    """The HTML with the spacer marked when a page holds nothing but it (a blank page
    before the closing block); None when there is no such page."""
    blank = any(page.leaves and all(leaf.block == BLANK_SPACER for leaf in page.leaves)
                for page in pages)
    if not blank:
        return None
    # (the spacer's tag, unmarked: the stylesheet in the HTML names the mark too)
    marked, count = re.subn(f'(<[^>]*\\sid="{BLANK_SPACER}")(?![^>]*{BLANK_MARK})',
                            f"\\1 {BLANK_MARK}", html, count=1)
    return marked if count else None


def place(html: str, layout, document=None, moves: list[Move] | None = None):
    """Lay `html` out (`layout(html)` → WeasyPrint document; inside `placing`, its
    groups placed as its pages are laid out: `moves` the list `placing` gave); then
    once more when a blank page stands before the closing block. Returns the document
    and the HTML it is the layout of (the moves made in it)."""
    document = document or layout(html)
    moved = apply_moves(html, list(moves or ()))
    if f'id="{BLANK_SPACER}"' in html and \
            (marked := mark_blank_page(html, measure(document, group_ids(html)))) is not None:
        # (the source marked, not the moved HTML: its layout makes the same moves)
        document = layout(marked)
        moved = apply_moves(marked, list(moves or ()))
    return document, moved


def apply_moves(html: str, moves: list[Move]) -> str:
    """The HTML with `moves` (a layout's, in order) made in it: each run of groups,
    between its markers, after or before its anchor paragraph."""
    for move in moves:
        groups = group_ids(html)
        names = [_group_of(element_id, groups) for element_id in move.ids]
        spans = {match["id"]: match.span() for match in GROUP.finditer(html)}
        start, end = spans[names[0]][0], spans[names[-1]][1]
        paragraph = next(match for match in PARAGRAPH.finditer(html)
                         if match["id"] == move.anchor)
        group = html[start:end]
        if move.where == "after":
            html = html[:start] + html[end:paragraph.end()] + group + html[paragraph.end():]
        else:
            html = (html[:paragraph.start()] + group + html[paragraph.start():start]
                    + html[end:])
    return html


# ------------------------------------------------------------------ as pages are laid out

# The groups of the document being rendered, when its figures are placed as its pages
# are laid out (`placing`, around a render); None: no placement.
_live: ContextVar[tuple[frozenset[str], list] | None] = ContextVar(
    "briefing.weasy.placement", default=None)
WINDOW = 3  # pages a decision reads: the short page, the next, the one after (heights)


@contextmanager
def placing(groups: set[str]) -> Iterator[list[Move]]:
    """Renders inside place the key-figure groups `groups` as their pages are laid
    out; the list given holds the moves the last of them made."""
    moves: list[Move] = []
    token = _live.set((frozenset(groups), moves) if groups else None)
    try:
        yield moves
    finally:
        _live.reset(token)


@dataclass(frozen=True)
class Move:
    """A run of groups moved in the box tree: after the paragraph `anchor` ("after"), or
    before it ("before": its citing paragraph); decided on page `page` (from 0)."""

    page: int
    ids: tuple[str, ...]  # the ids of the run's elements, in order
    anchor: str
    where: str


class Placer:
    """One render's placement: each page, once it and the two after it are laid out,
    is checked (`group_leaving_short`, `plan_move`); a group that left it short moves
    in the box tree (not the HTML) and the layout is taken up again from that page —
    the pages before it stay as they are."""

    def __init__(self, context, root_box, groups: frozenset[str],
                 moves: list[Move]) -> None:
        self.context, self.root, self.groups = context, root_box, groups
        self.moves = moves
        self._moved: dict[str, int] = {}  # moves per group
        self._measured: dict[int, tuple[object, PageLayout]] = {}
        self._where: dict[str, tuple[object, tuple[int, ...]]] | None = None

    # (the tree: each element id's outermost box's parent, and that parent's path)
    def _locate(self, element_id: str):
        if self._where is None:
            from weasyprint.formatting_structure import boxes

            where: dict[str, tuple[object, tuple[int, ...]]] = {}
            stack = [(self.root, ())]
            while stack:
                box, path = stack.pop()
                if not isinstance(box, boxes.ParentBox) or isinstance(box, boxes.LineBox):
                    continue
                for index, child in enumerate(box.children):
                    child_id = self._element_id(child)
                    if child_id and child_id not in where:
                        where[child_id] = (box, path)
                    stack.append((child, (*path, index)))
            self._where = where
        return self._where.get(element_id)

    @staticmethod
    def _element_id(box) -> str | None:
        element = getattr(box, "element", None)
        return element.get("id") if element is not None else None

    def layout_of(self, page) -> PageLayout:
        known = self._measured.get(id(page))
        if known is None or known[0] is not page:
            known = self._measured[id(page)] = (page, measure_page(page, self.groups))
        return known[1]

    def _run(self, group: str):
        """The parent holding `group`, its path, and where the run of groups it begins
        starts and ends among the parent's children; None when it is not found."""
        if group.startswith("photo-"):
            candidates = [group[len("photo-"):]]
        else:
            candidates = [f"figures-{group}", f"chart-{group}"]
        found = [self._locate(candidate) for candidate in candidates]
        found = [where for where in found if where is not None]
        if not found:
            return None
        parent, path = found[0]
        children = parent.children
        starts = [index for index, child in enumerate(children)
                  if (self._element_id(child) or "") in candidates]
        if not starts:
            return None
        start = end = min(starts)
        while end < len(children) and _group_of(self._element_id(children[end]) or "",
                                                 self.groups) is not None:
            end += 1
        return parent, path, start, end

    def decide(self, number: int, pages: list[PageLayout], start_path) -> Move | None:
        """The move that fills page `number` (pages[0]; pages[1:] the ones after it),
        which starts at `start_path` (child indices), made in the box tree; None when
        nothing moves."""
        group = group_leaving_short(pages)
        if group is None or start_path is None or self._moved.get(group, 0) >= MAX_MOVES:
            return None
        run = self._run(group)
        if run is None:
            return None
        parent, path, start, end = run
        if not list(start_path) < [*path, start]:
            return None  # the group begins before this page: nothing to take up again
        children = parent.children
        following = []
        for child in children[end:]:
            if child.element_tag != "p" or not self._element_id(child) or _role(child):
                # past body paragraphs only: never a heading, a figure, a section's end,
                # nor a signature, note or byline (a figure moved into the closing would
                # part its lines, and `:not(.role-signature) + p.role-signature` would
                # match the line after it: the boxes no longer the HTML's layout)
                break
            following.append(self._element_id(child))
        citing = None
        if start and list(start_path) < [*path, start - 1]:  # it begins on this page
            citing = self._citing(parent, children[start - 1])
        passed = plan_move(pages, group, following, citing)
        if passed is None:
            return None
        ids = tuple(self._element_id(child) or "" for child in children[start:end])
        if passed:
            children[start:end + passed] = [*children[end:end + passed],
                                            *children[start:end]]
            move = Move(number, ids, following[passed - 1], "after")
        else:
            children[start - 1:end] = [*children[start:end], children[start - 1]]
            move = Move(number, ids, citing, "before")
        self._moved[group] = self._moved.get(group, 0) + 1
        self.moves.append(move)
        return move

    def _citing(self, parent, paragraph) -> str | None:
        """The paragraph before a group, when the group may go before it: a paragraph
        with an id, not run in, not in the lead."""
        block = self._element_id(paragraph)
        if paragraph.element_tag != "p" or not block:
            return None
        if "with-run-in" in (paragraph.element.get("class") or "").split():
            return None
        if parent.element is not None and parent.element_tag == "div" and \
                "lead" in (parent.element.get("class") or "").split():
            return None
        return block

    def pages(self, make, html, pages: list) -> Iterator:
        """WeasyPrint's `make(context, root_box, html, pages)` pass, each page handed
        on once no group can move onto it any more: after a move, the pass is taken
        up again from the short page (the pages before it handed on as they are)."""
        from briefing.weasy import incremental

        context = self.context
        done: list = []  # pages handed on: final
        window: list = []  # pages after them, laid out, not yet decided
        fresh: list[bool] = []  # for done + window: laid out in this pass
        before: list = []  # for window: the footnotes waiting before each was laid out
        generator = make(context, self.root, html, pages)
        skip = 0  # pages the generator hands on again after a move (already done)
        flags: list = []  # (remake state, its flags) cleared while it does
        exhausted = False
        while True:
            if not exhausted:
                waiting = (list(context.footnotes), bool(context.reported_footnotes),
                           bool(context.broken_out_of_flow))
                try:
                    page = next(generator)
                except StopIteration:
                    exhausted = True
                else:
                    index = len(done) + len(window)
                    if skip:
                        skip -= 1
                        if not skip:
                            for state, (changed, wanted) in flags:
                                state["content_changed"] = changed
                                state["pages_wanted"] = wanted
                        continue
                    laid_out = incremental.record_page(context, index, page)
                    window.append(page)
                    fresh.append(laid_out)
                    before.append(waiting)
                    incremental.realign(context, index, laid_out)
            while window and (exhausted or len(window) >= WINDOW):
                number = len(done)
                move = None
                if any(fresh[number:number + WINDOW]) and \
                        not before[0][1] and not before[0][2]:
                    entry = context.page_maker[number][0]
                    start = [] if entry is None else incremental.skip_path(entry)
                    move = self.decide(number, [self.layout_of(page)
                                                for page in window[:WINDOW]], start)
                if move is None:
                    done.append(window.pop(0))
                    before.pop(0)
                    yield done[-1]
                    continue
                # Taken up again from the short page, with the footnotes waiting then.
                generator.close()
                context.footnotes = before[0][0]
                context.reported_footnotes = []  # (none before it: `decide` was asked)
                context.broken_out_of_flow = {}
                page_maker = context.page_maker
                del page_maker[number + 1:]
                flags = []
                for entry in page_maker[:number]:
                    state = entry[-1]
                    flags.append((state, (state["content_changed"], state["pages_wanted"])))
                    state["content_changed"] = state["pages_wanted"] = False
                page_maker[number][-1]["content_changed"] = True
                incremental.moved(context, number)
                window.clear()
                before.clear()
                del fresh[number:]
                skip = number
                if not skip:
                    flags = []
                generator = make(context, self.root, html, list(done))
                exhausted = False
                break
            if exhausted and not window:
                return


def placer(context, root_box) -> Placer | None:
    """The render's placer (one per render, kept across its passes); None when its
    figures are not placed."""
    live = _live.get()
    if live is None:
        return None
    existing = getattr(context, "briefing_placer", None)
    if existing is None:
        groups, moves = live
        moves.clear()  # (the last render's)
        existing = context.briefing_placer = Placer(context, root_box, groups, moves)
    return existing

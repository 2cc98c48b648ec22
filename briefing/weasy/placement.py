"""Placement that fills pages: a key-figure table, chart or photo that does not fit where
it stands goes after the text that follows it, instead of leaving the page short.

WeasyPrint has no page floats: a block that does not fit on what is left of a page
goes to the next one, and the page stays short. This pass works around the layout,
not inside it (no patch of WeasyPrint's): the templates put each key-figure group
(table and chart) between markers after the paragraph citing it, and each photo
between markers where it stands (templates/_macros.html.j2, `figures_for`, `block`)

    <!--placement:GROUP--> … <!--/placement-->

and after a layout, `plan` measures every page from its boxes. Where a page is
filled below `SHORT` of its height and the next page begins with a group, the group
moves in the HTML after as many of the following paragraphs as fill the hole — never
past a heading, a section's end, another figure or any block but a paragraph, and
never so far that it would stand more than a page after its citing paragraph. The
document is then laid out again (briefing/export.py): at most `MAX_PASSES` times,
one extra layout in the common case. The same HTML gives the same moves. Each layout
after the first starts from the one before (briefing/weasy/incremental.py,
`one_build`): the pages before the move are handed on, and those after a forced page
break where they start as before.

The same pass finds a blank page before a closing block (the jianbao's 版记 stands on an
even last page: when the text fills an even page, the next page holds nothing but the
block's spacer, templates/jianbao). GB/T 9704 7.5: a blank page and the pages after it
carry no page number. The spacer (`id="BLANK_SPACER"`) is then marked `data-blank-page`
and the document laid out once more — from the page before the spacer's, the pages
before it handed on; the template's CSS puts what is marked on pages without a folio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SHORT = 0.75  # a page followed by content is filled to at least this much of its height
MAX_PASSES = 3  # layouts after the first

GROUP = re.compile(r"<!--placement:(?P<id>[^>]*?)-->.*?<!--/placement-->", re.S)
# A paragraph the group may move past: a <p> with an id, up to its end (paragraphs
# hold no paragraphs), then what follows it (spaces) up to the next tag.
PARAGRAPH = re.compile(r'\s*<p id="(?P<id>[^"]+)"[^>]*>.*?</p>', re.S)
PARAGRAPH_ANYWHERE = re.compile(r'(?P<open><p id="(?P<id>[^"]+)"[^>]*>).*?</p>', re.S)
LEAD = re.compile(r'<div class="lead">.*?</div>', re.S)
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
    from weasyprint.formatting_structure import boxes

    pages = []
    for page in document.pages:
        box = page._page_box
        layout = PageLayout(top=box.content_box_y(), height=box.height)

        def walk(node, group, block, layout=layout):
            element = getattr(node, "element", None)
            element_id = element.get("id") if element is not None else None
            if element_id:
                group = _group_of(element_id, groups) or group
                block = element_id
            children = [] if isinstance(node, boxes.LineBox) else getattr(node, "children", [])
            if not children:
                if isinstance(node, boxes.LineBox):
                    top, height = node.position_y, node.height
                else:
                    top, height = node.border_box_y(), node.border_height()
                if height > 0:
                    layout.leaves.append(Leaf(top, top + height, group, block))
                return
            for child in children:
                walk(child, group, block)

        for child in box.children:
            if not isinstance(child, boxes.MarginBox):
                walk(child, None, None)
        pages.append(layout)
    return pages


def _following_paragraphs(html: str, end: int) -> list[tuple[str, int]]:
    """The paragraphs right after a group (ending at `end`): each id and where it ends."""
    found = []
    while match := PARAGRAPH.match(html, end):
        found.append((match["id"], match.end()))
        end = match.end()
    return found


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


def _runs(html: str) -> dict[str, tuple[int, int]]:
    """Where each group begins, and where the run of groups it begins ends (groups set
    one after the other move together)."""
    matches = list(GROUP.finditer(html))
    spans: dict[str, tuple[int, int]] = {}
    end = None
    for match in reversed(matches):
        if end is None or html[match.end():end[0]].strip():
            end = match.span()
        spans[match["id"]] = (match.start(), end[1])
        end = (match.start(), end[1])
    return spans


def plan(html: str, pages: list[PageLayout]) -> str | None:
    """The HTML with each group that left a page short moved after the text that fills
    the hole; None when nothing moves."""
    moves: list[tuple[int, int, int]] = []  # (group start, group end, insert at)
    spans = _runs(html)
    for number, (page, following) in enumerate(zip(pages, pages[1:], strict=False)):
        if page.fill >= SHORT or not following.leaves:
            continue
        first = min(following.leaves, key=lambda leaf: leaf.top)
        if first.group is None or first.group not in spans:
            continue
        start, end = spans[first.group]
        hole = page.height - page.used
        group_height = sum(leaf.bottom - leaf.top for leaf in following.leaves
                           if leaf.group == first.group)
        room = following.height - group_height  # what may go before it overleaf
        filled, insert_at = 0.0, None
        for block, block_end in _following_paragraphs(html, end):
            height = _height_of(pages, number + 1, block)
            if filled + height > hole + room:
                break  # the group would go beyond the next page
            filled, insert_at = filled + height, block_end
            if filled >= hole:
                break
        if insert_at is None:  # no text to defer it past: before the paragraphs instead
            extent = [leaf for leaf in following.leaves if leaf.group == first.group]
            needed = max(leaf.bottom for leaf in extent) - min(leaf.top for leaf in extent)
            insert_at = _earlier(html, start, page, needed)
        if insert_at is not None:
            moves.append((start, end, insert_at))
    if not moves:
        return None
    # Applied from the end of the document backwards: the earlier offsets stay valid.
    pieces = sorted(moves, key=lambda move: move[0], reverse=True)
    for start, end, insert_at in pieces:
        group = html[start:end]
        if insert_at > start:
            html = html[:start] + html[end:insert_at] + group + html[insert_at:]
        else:
            html = html[:insert_at] + group + html[insert_at:start] + html[end:]
    return html


def _earlier(html: str, start: int, page: PageLayout, needed: float) -> int | None:
    """Before the citing paragraph (right before the group, on the short page, in the
    same section, not in the lead) when the group fits there with a line of the
    paragraph still below it: the group then stands on its paragraph's page, the
    paragraph's text running on after it; None otherwise."""
    lead = LEAD.search(html)
    ends = {match.end(): match for match in PARAGRAPH_ANYWHERE.finditer(html, 0, start)}
    match = ends.get(len(html[:start].rstrip()))
    if match is None or "with-run-in" in match["open"] or (
            lead and lead.start() < match.start() < lead.end()):
        return None
    mine = sorted((leaf for leaf in page.leaves if leaf.block == match["id"]),
                  key=lambda leaf: leaf.top)
    if not mine:
        return None  # it begins on an earlier page
    line = mine[0].bottom - mine[0].top
    if page.top + page.height - mine[0].top >= needed * 1.05 + line:
        return match.start()
    return None


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


def place(html: str, layout, document=None):
    """Lay `html` out (`layout(html)` → WeasyPrint document), moving groups that leave
    pages short and laying out again, at most MAX_PASSES more times; then once more
    when a blank page stands before the closing block. Returns the document and the
    HTML it was laid out from."""
    groups = group_ids(html)
    document = document or layout(html)
    for _ in range(MAX_PASSES if groups else 0):
        moved = plan(html, measure(document, groups))
        if moved is None:
            break
        html, document = moved, layout(moved)
    if f'id="{BLANK_SPACER}"' in html and \
            (marked := mark_blank_page(html, measure(document, groups))) is not None:
        html, document = marked, layout(marked)
    return document, html

"""An HTML `<table>` in the source → a pipe table: its first row the header (or its first
two, when a header cell spans both and the second holds labels); a cell spanning rows or
columns written once, the cells it covers marked 「^」 and 「<」 as article.md merges them,
and a doubt."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from briefing.importer.markup.shared import Markup
from briefing.importer.parse import SourceLine
from briefing.importer.records import Repair

TABLE_OPEN = re.compile(r"<table\b", re.I)
TABLE_CLOSE = re.compile(r"</table\s*>", re.I)


class _TableReader(HTMLParser):
    """The rows of an HTML table: each cell's text (sub/sup kept) and its spans."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.spans = (1, 1)
        self.in_row = False  # inside a <tr> not yet closed
        self.cells = 0
        # A cell holding a page's blocks (paragraphs, breaks, pictures): the table is the
        # page's frame round its text, not a table of values.
        self.blocks = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
            self.in_row = True
        elif tag in ("thead", "tbody", "tfoot"):
            self.in_row = False
        elif tag in ("td", "th"):
            # 「<tfoot><td></td>…<td>$30,593</td></tfoot>」: cells with no <tr> around
            # them open a row of their own, as a browser reads them — never the last
            # row's (where they would land beyond its spans)
            if not self.rows or not self.in_row:
                self.rows.append([])
                self.in_row = True
            found = dict(attrs)
            self.spans = (_span(found.get("rowspan")), _span(found.get("colspan")))
            self.cell = []
            self.cells += 1
        elif tag == "table" and self.cells:  # a table inside a cell: a frame's contents
            self.blocks = True
        elif tag in BLOCK_TAGS and self.cell is not None:
            self.blocks = self.blocks or tag != "br" or "".join(self.cell).strip() != ""
        elif tag in ("sub", "sup") and self.cell is not None:
            self.cell.append(f"<{tag}>")
        if tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("tr", "thead", "tbody", "tfoot"):
            self.in_row = False
        if tag in ("td", "th") and self.cell is not None:
            text = re.sub(r"\s+", " ", "".join(self.cell)).strip().replace("|", "\\|")
            self.rows[-1].append((text, *self.spans))
            self.cell = None
        elif tag in ("sub", "sup") and self.cell is not None:
            self.cell.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


BLOCK_TAGS = frozenset(("br", "p", "div", "img", "section", "blockquote", "ul", "ol", "li",
                        "h1", "h2", "h3", "h4", "h5", "h6", "figure"))


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) < 50 else 1


NUMERIC_CELL = re.compile(r"^[-+−]?[\d.,，%％\s]+$")


def html_table(html: str, number: int, result: Markup) -> bool:
    """An HTML table → pipe-table lines (a virtual blank either side). False, and nothing
    read, for a table that frames a page's text: one column whose cells hold blocks
    (paragraphs set apart by <br>, <p>, <div>, pictures) — its lines are the caller's to
    read as text, each block a paragraph, never one cell's run of words."""
    reader = _TableReader()
    reader.feed(html)
    if reader.blocks and _columns(reader.rows) <= 1:
        return False
    grid: list[list[str]] = []
    # A spanning cell is written once; the cells it covers carry article.md's merge marks
    # (loader.merge_cells): 「<」 beside it in its rows, 「^」 under it — the table prints
    # merged as the page had it, never an empty cell a reader takes for a missing value.
    covered: dict[tuple[int, int], str] = {}
    merged = False
    for r, row in enumerate(reader.rows):
        cells: list[str] = []
        column = 0
        for text, rows, columns in row:
            while (r, column) in covered:
                cells.append(covered.pop((r, column)))
                column += 1
            cells.append(text)
            merged = merged or rows > 1 or columns > 1
            for dr in range(rows):
                for dc in range(columns):
                    if dr:
                        covered[(r + dr, column + dc)] = "<" if dc else "^"
                    elif dc:
                        cells.append("<")
            column += columns
        while (r, column) in covered:
            cells.append(covered.pop((r, column)))
            column += 1
        grid.append(cells)
    grid = tidy_grid(grid)
    if not grid:
        return True
    width = len(grid[0])
    if width == 1:
        # A table of one column is a page's layout, not a table (the issuing offices set
        # one over the other in a cell each): its cells are lines of text.
        result.lines.append(SourceLine(number, "", virtual=True))
        result.lines += [SourceLine(number, row[0]) for row in grid]
        result.lines.append(SourceLine(number, "", virtual=True))
        result.repairs.append(Repair(
            "html-layout-table", number, "<table>", f"{len(grid)} line(s)",
            "An HTML table of one column (a page's layout): its cells read as lines of text."))
        return True
    # A header cell spanning two rows (「城市」 over 「本月 | 上月」) makes a two-row header,
    # both rows above the |---| row (README: Tables) — when the second row holds labels,
    # not values. Otherwise the header is one row and what it covers below is left empty
    # (a 「^」 cannot reach across the |---| row).
    second = grid[1] if len(grid) > 2 else []
    two_rows = "^" in second and not any(
        NUMERIC_CELL.match(cell) for cell in second if cell not in ("^", "<"))
    if not two_rows and len(grid) > 1:
        grid[1] = ["" if cell == "^" else cell for cell in grid[1]]
    lines = pipe_lines(grid, 0 if numbered_rows(grid) else 2 if two_rows else 1)
    result.lines.append(SourceLine(number, "", virtual=True))
    result.lines += [SourceLine(number, line) for line in lines]
    result.lines.append(SourceLine(number, "", virtual=True))
    result.repairs.append(Repair("html-table", number, "<table>", f"{len(grid)} rows × {width}",
                                 "Made the HTML table a pipe table (its first row the header)."))
    if merged:
        result.doubts.append(Repair(
            "table-merged-cells", number, "<table>", f"{len(grid)} rows × {width}",
            "The HTML table has cells spanning rows or columns: each is written once, the "
            "cells it covers marked ^ (under it) and < (beside it) — check the header and "
            "where each value stands."))
    return True


def tidy_grid(grid: list[list[str]]) -> list[list[str]]:
    """An HTML table's grid as it prints: rows padded to one width; a row no cell writes a
    word in (a Word export's spacer rows) and a column no row writes a word in (its spacer
    cells, and the places its spanning cells cover there) dropped — nothing to print, the
    spans narrowed with them."""
    grid = [row for row in grid if any(cell not in ("", "<", "^") for cell in row)]
    if not grid:
        return []
    width = max(len(row) for row in grid)
    grid = [row + [""] * (width - len(row)) for row in grid]
    kept = [c for c in range(width) if any(row[c] not in ("", "<", "^") for row in grid)]
    return [[row[c] for c in kept] for row in grid] if len(kept) < width else grid


# A row's item number in its first cell (「1.」「2、」「（3）」): the table's rows are items.
ITEM_NUMBER = re.compile(r"^[（(]?(\d{1,3})[.．、)）]?$")


def numbered_rows(grid: list[list[str]]) -> bool:
    """Whether the table's first row is its first item, not a header: the first cells of
    its first rows number them from 1 (「1.」 「2.」) — a table with no header cells (no
    <th>, no <thead>) whose first row would otherwise print as its header."""
    numbers = [ITEM_NUMBER.match(row[0].strip()) for row in grid[:2]]
    return len(grid) > 1 and all(numbers) and [int(m[1]) for m in numbers] == [1, 2]


def pipe_lines(grid: list[list[str]], head: int) -> list[str]:
    """A grid as pipe-table lines: its first `head` rows above the |---| row; with no
    header row (head 0), an empty one — the table has none (README: Tables)."""
    rows = grid[:head] if head else [[""] * len(grid[0])]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.append("|" + "---|" * len(grid[0]))
    return lines + ["| " + " | ".join(row) + " |" for row in grid[head:]]


def _columns(rows: list[list[tuple[str, int, int]]]) -> int:
    """How many columns hold words (a spacer cell of a Word export holds none)."""
    return max((sum(columns for text, _, columns in row if text) for row in rows), default=0)

"""A pipe table's grid mended: merged header cells that a copy marks only by their number
given their spans (`merged_headers`), and rows with another number of cells than the
header filled out to one width (`ragged_tables`)."""

from __future__ import annotations

from dataclasses import replace

from briefing.importer.celltables.barrows import SPAN_LATER
from briefing.importer.celltables.cells import is_delimiter, is_number, pipe_cells, pipe_row
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair


def _trailing_empty(cells: list[str]) -> int:
    count = 0
    while count < len(cells) and not cells[len(cells) - 1 - count]:
        count += 1
    return count


def _even_groups(head: list[str], second: list[str]) -> list[str] | None:
    """Group headings over equal groups of columns (「本月及同期」 over three columns,
    「1—5月及同期」 over the next three): the header holds n ≥ 2 cells and empty places
    after them, the next row names all of the width's columns in words (none a number,
    and it repeats its names group by group), the width a multiple of n → the header
    with each cell spanning width / n columns (`<`); else None."""
    width = len(head)
    n = width - _trailing_empty(head)
    if not 2 <= n < width or width % n or len(second) != width or not all(second) \
            or any(is_number(cell) for cell in second) or not all(head[:n]):
        return None
    span = width // n
    groups = [second[i:i + span] for i in range(0, width, span)]
    if any(group != groups[0] for group in groups):
        return None
    return [cell for name in head[:n] for cell in [name] + ["<"] * (span - 1)]


def merged_headers(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A table rebuilt from a copy that marks merged cells only by their number (the
    header's last cells empty, the next row's too) → its two header rows with spans.

    An HTML header of two rows: the cells of the first row that span both rows leave
    their places in the second row empty (m of them), and one cell of the first row spans
    the second row's r cells (k empty places after it in the first row). With the first
    row's cells n, that one cell is the first row's last when n − m = 1 and 1 + k = r:
    it is written once with its span as `<`, the places under the others as `^`
    (tests/corpus/README.md). Any other count is left as it is.
    """
    result = []
    repairs = []
    for block in blocks:
        if block.kind == "table" and any(SPAN_LATER in line.text for line in block.lines):
            block = block.with_lines([replace(line, text=line.text.replace(SPAN_LATER, "<"))
                                      for line in block.lines])
        lines = [line.text for line in block.lines]
        if block.kind != "table" or len(lines) < 4 or not is_delimiter(lines[1]):
            result.append(block)
            continue
        head, second = pipe_cells(lines[0]), pipe_cells(lines[2])
        width = len(head)
        k, m = _trailing_empty(head), _trailing_empty(second)
        n, r = width - k, width - m
        words = second[:r]
        even = _even_groups(head, second)
        if not even and not (k and m and len(second) == width and n - m == 1 and 1 + k == r
                             and all(words) and not any(is_number(cell) for cell in words)):
            result.append(block)
            continue
        # The spanning cell: the last, unless a cell is named again by the first of the
        # cells under it (「水质类别」 over 「水质类别」「主要超标指标」「上年同期」: a group's
        # heading whose first column is its own measure).
        j = next((j for j in range(n) if head[j] == words[0]), n - 1) if not even else 0
        first_row = even or head[:j + 1] + ["<"] * k + head[j + 1:n]
        second_row = second if even else ["^"] * j + words + ["^"] * (n - 1 - j)
        spanning = "last cell" if j == n - 1 else f"cell 「{head[j]}」 (named again under it)"
        new_lines = [block.lines[0].number, block.lines[2].number]
        rows = [pipe_row(first_row), pipe_row(second_row)]
        kept = [SourceLine(new_lines[0], rows[0]), SourceLine(new_lines[1], rows[1]),
                SourceLine(block.lines[1].number, lines[1])] + block.lines[3:]
        result.append(RawBlock("table", kept, blank_before=block.blank_before,
                               blank_after=block.blank_after, at_file_edge=block.at_file_edge))
        repairs.append(Repair(
            "table-merged-header", block.line, f"{n} + {r} header cells", f"{width} columns",
            f"The header's last {k} place(s) were empty and the next row names every "
            f"column: each of the header's {n} cells spans {width // n} columns (a group's "
            "heading over its columns)." if even else
            f"The header's last {k} place(s) and the next row's last {m} were empty: the "
            f"header's {spanning} spans that row's {r} cells, the others both rows.",
            review=True))
    return result, repairs


def ragged_tables(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A pipe table whose rows have fewer (or more) cells than its header, as Markdown
    sources and their tools write them: short rows filled with empty cells at their ends
    (Markdown's own reading), and for a row longer than the header every row widened to it
    (Markdown would drop the extra cells: no text is lost here). Where a row's cells
    belong is not written (merged cells?): a repair on a guess, so the table is held."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in blocks:
        lines = [line.text for line in block.lines]
        if block.kind != "table" or len(lines) < 3 or not is_delimiter(lines[1]) \
                or len(pipe_cells(lines[1])) != len(pipe_cells(lines[0])):
            result.append(block)
            continue
        rows = [[cell.replace("\\|", "|") for cell in pipe_cells(text)] for text in lines]
        width = len(rows[0])
        counts = [len(cells) for index, cells in enumerate(rows) if index != 1]
        if set(counts) == {width}:
            result.append(block)
            continue
        wide = max(counts)
        delimiter = rows[1] + ["---"] * (wide - width)
        found = [f"source line {line.number}: {len(cells)} cells"
                 for index, (line, cells) in enumerate(zip(block.lines, rows, strict=True))
                 if index != 1 and len(cells) != width]
        fixed = [SourceLine(line.number, "|" + "|".join(delimiter) + "|") if index == 1
                 else SourceLine(line.number, pipe_row(cells + [""] * (wide - len(cells))))
                 for index, (line, cells) in enumerate(zip(block.lines, rows, strict=True))]
        result.append(block.with_lines(fixed))
        repairs.append(Repair(
            "table-ragged-rows", block.line, lines[0].strip()[:40],
            f"header: {width} cells; " + "; ".join(found),
            "Rows of a pipe table have another number of cells than its header: each was "
            f"filled with empty cells at its end to {wide} columns, no cell dropped — check "
            "which column each value belongs to (merged cells?).", review=True))
    return result, repairs

"""Tables whose cells are set apart by runs of spaces (a word processor's or a PDF's layout
text) → pipe tables (`spaced_tables`): rows in one block, in blocks of a line each, or
parted by blank lines under a header; rows with fewer cells filled at their ends."""

from __future__ import annotations

import re

from briefing.importer.celltables.cells import SPACES, is_number, is_value, pipe_row
from briefing.importer.celltables.figurerows import figure_row
from briefing.importer.chars import strip_tags
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair

# A table copied from a word processor or a PDF's layout text: a row a line, its cells
# set apart by runs of spaces (two or more, or full-width ones). Consecutive lines with
# the same number of such cells (three or more, each short), one of them holding a
# number, are a table; prose has single spaces at most between its words.
SPACED_CELLS_MIN = 3
SPACED_CELL_MAX = 20


# A yearbook letterspaces a short label to the width of the others: 「全  市」「市  辖  区」,
# single Han characters set apart by spaces narrower than the run after them (or closing
# the line) — one cell, not as many cells as characters.
LETTERSPACED_LABEL = re.compile(
    r"^[\u4e00-\u9fff](?:(?P<gap>[ \t\u3000]+)[\u4e00-\u9fff])+(?=(?P<after>[ \t\u3000]+)\S|$)")
GAP = re.compile(r"[ \t\u3000]+")


def _letterspaced_label(text: str) -> str | None:
    """The line's opening letterspaced label (see above), else None."""
    found = LETTERSPACED_LABEL.match(text)
    if not found:
        return None
    inner = max(len(gap) for gap in GAP.findall(found[0]))
    return found[0] if found["after"] is None or len(found["after"]) > inner else None


def spaced_cells(text: str) -> list[str] | None:
    """A row's cells when the line is set in columns with runs of spaces, else None."""
    stripped = text.strip()
    if stripped.startswith("|"):
        return None
    label = _letterspaced_label(stripped)
    cells = SPACES.split(stripped) if label is None else [label, *(
        SPACES.split(rest) if (rest := stripped[len(label):].strip()) else [])]
    if len(cells) < SPACED_CELLS_MIN or not all(
            0 < len(strip_tags(cell)) <= SPACED_CELL_MAX for cell in cells):
        return None
    if any(cell[-1] in "。！？；" for cell in cells):
        return None
    return cells


# Rows set in columns whose cells differ in number (a cell left empty or merged leaves no
# text between its runs of spaces): still rows of a table when there are at least three in
# a row and at least two of them hold two figures or more — never left as lines of loose
# figures. Each short row is filled at its end; where its cells belong is a guess (held).
RAGGED_ROWS_MIN = 3
RAGGED_FIGURE_ROWS_MIN = 2


def _ragged_end(rows: list[list[str] | None], start: int) -> int:
    """The end of a run of rows set in columns from `start` that differ in their number
    of cells and read as a table (see above); `start` when there is none."""
    end = start
    while end < len(rows) and rows[end]:
        end += 1
    run = [row for row in rows[start:end] if row]
    if end - start < RAGGED_ROWS_MIN or len({len(row) for row in run}) == 1 or sum(
            1 for row in run if sum(1 for cell in row if is_value(cell)) >= 2
    ) < RAGGED_FIGURE_ROWS_MIN:
        return start
    return end


# A double-spaced extraction (`pdftotext -layout` of a table) parts its rows by blank
# lines: a line of header cells set apart by runs of spaces, no digit among them, then
# lines of as many cells, each a line of its own, are one table's rows all the same — the
# rows' last cell may close a sentence (a 备注 「…新规约。」), and a figure may be a date or
# a version (「2022.02.03」「1.7.1」). Which column a cell's words belong to is a guess
# (held, ``table-from-spaces``).


def _row_cells(text: str, width: int) -> list[str] | None:
    """A row of `width` cells set apart by runs of spaces, its last cell allowed to end a
    sentence (see above); else None."""
    stripped = text.strip()
    cells = SPACES.split(stripped)
    if len(cells) != width or stripped.startswith("|") or not all(
            0 < len(strip_tags(cell)) <= SPACED_CELL_MAX for cell in cells) or any(
            cell[-1] in "。！？；" for cell in cells[:-1]):
        return None
    return cells


def _spaced_header(text: str) -> list[str] | None:
    cells = spaced_cells(text)
    return cells if cells and not re.search(r"[\d０-９]", text) else None


def _header_and_rows_width(lines: list[SourceLine]) -> int:
    """The width of a block that is a header and rows right under it (the rows below
    then parted by blank lines: a layout text double-spaced from its second row), else 0."""
    width = len(_spaced_header(lines[0].text) or [])
    return width if width and all(_row_cells(line.text, width) and re.search(r"\d", line.text)
                                  for line in lines[1:]) else 0


def spaced_tables(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Tables whose columns are set with spaces → pipe tables (the first row the header).
    Rows may stand in one block or, in a text of a paragraph a line, in blocks of a line
    each on consecutive lines of the source, or under a header each a block of its own
    parted by blank lines (see above)."""
    merged: list[RawBlock] = []
    # the width of each merged block made of rows parted by blank lines (0: none) — kept
    # beside the blocks, never by id(): a replaced block's id may be a later block's
    spread: list[int] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (previous is not None and block.kind == "text" and previous.kind == "text"
                and len(block.lines) == 1 and spaced_cells(block.text)
                and spaced_cells(previous.lines[-1].text)
                and block.line == previous.lines[-1].number + 1):
            merged[-1] = RawBlock("text", previous.lines + block.lines,
                                  blank_before=previous.blank_before,
                                  blank_after=block.blank_after, at_file_edge=False)
            spread[-1] = 0
            continue
        width = 0  # the cells of the rows above, parted by blank lines, or of its header
        if previous is not None and spread[-1]:
            width = spread[-1]
        elif previous is not None and len(previous.lines) == 1:
            width = len(_spaced_header(previous.text) or [])
        elif previous is not None and previous.kind == "text":
            width = _header_and_rows_width(previous.lines)
        # (the rows under the first may stand together, a line each with no blank between:
        # a layout text double-spaces the header from the rows only)
        if (width and previous is not None and block.kind == "text" and previous.kind == "text"
                and all(_row_cells(line.text, width) and re.search(r"\d", line.text)
                        for line in block.lines)):
            merged[-1] = RawBlock("text", previous.lines + block.lines,
                                  blank_before=previous.blank_before,
                                  blank_after=block.blank_after, at_file_edge=False)
            spread[-1] = width
            continue
        merged.append(block)
        spread.append(0)
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block, spread_width in zip(merged, spread, strict=True):
        if block.kind != "text" or len(block.lines) < 2:
            result.append(block)
            continue
        rows = [spaced_cells(line.text) if not spread_width
                else _row_cells(line.text, spread_width) for line in block.lines]
        pieces: list[tuple[bool, list[SourceLine]]] = []
        index = 0
        while index < len(rows):
            end = index + 1
            while rows[index] and end < len(rows) and rows[end] and \
                    len(rows[end]) == len(rows[index]):
                end += 1
            ragged = _ragged_end(rows, index)
            if ragged > end:  # rows of figures whose cells differ in number: one table
                end = ragged
            # A first row that is a label and its figures is a row, not a header: rows of
            # figures under another header (figure_row_tables reads them).
            table = bool(rows[index]) and end - index >= 2 and (bool(spread_width) or any(
                is_number(cell) for row in rows[index + 1:end] for cell in row if row)) \
                and (bool(spread_width) or figure_row(block.lines[index].text) is None)
            if table:
                pieces.append((True, block.lines[index:end]))
                index = end
            else:
                if pieces and not pieces[-1][0]:
                    pieces[-1][1].append(block.lines[index])
                else:
                    pieces.append((False, [block.lines[index]]))
                index += 1
        if not any(is_table for is_table, _ in pieces):
            result.append(block)
            continue
        for number, (is_table, lines) in enumerate(pieces):
            edge = {"blank_before": block.blank_before if number == 0 else 1,
                    "blank_after": block.blank_after if number == len(pieces) - 1 else 1}
            if not is_table:
                result.append(RawBlock("text", lines, **edge))
                continue
            cells = [(spaced_cells(line.text) if not spread_width
                      else _row_cells(line.text, spread_width)) or [] for line in lines]
            width = max(len(row) for row in cells)
            short = [f"source line {line.number}, the row 「{row[0][:12]}」: "
                     f"{width - len(row)} empty cell(s) added at its end"
                     for line, row in zip(lines, cells, strict=True) if len(row) < width]
            cells = [row + [""] * (width - len(row)) for row in cells]
            if short:
                repairs.append(Repair(
                    "table-spaced-ragged", lines[0].number, lines[0].text.strip()[:40],
                    "; ".join(short), "Rows set in columns with runs of spaces hold "
                    "different numbers of cells (a cell empty or merged in the source): "
                    "each short row was filled with empty cells at its end — check which "
                    "column each value belongs to.", review=True))
            table_lines = [SourceLine(lines[0].number, pipe_row(cells[0])),
                           SourceLine(lines[0].number, "|" + "---|" * width)]
            table_lines += [SourceLine(line.number, pipe_row(row))
                            for line, row in zip(lines[1:], cells[1:], strict=True)]
            result.append(RawBlock("table", table_lines, **edge))
            repairs.append(Repair(
                "table-from-spaces", lines[0].number, f"{len(lines)} lines in columns",
                f"{len(lines)} rows × {width} columns", "Made a table of lines whose "
                "cells are set apart by runs of spaces (the first row its header).",
                review=True))
    return result, repairs

"""What the table readers of this package share: what a cell holds (a number, a no-data
mark, a figure with its unit), a header cell's limits, a table's units line, cells set
apart by runs of spaces, a pipe table's row read and written and its delimiter row, and
runs of source lines made table blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.importer import roles
from briefing.importer.flattables import NO_DATA, NUMBER_CELL, QUANTITY_CELL
from briefing.importer.parse import RawBlock, SourceLine

HEADER_CELL_MAX = 40  # characters of a header cell: a quantity, its pollutant and unit
COLUMNS_MIN = 2
# Inside a header cell: no mark of a sentence or a list.
SENTENCE_MARK = re.compile(r"[。！？；，,、]")
# 「二、简要评述」「（一）总体情况」: a section heading's numbering.
SECTION_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


def is_number(cell: str) -> bool:
    return bool(NUMBER_CELL.match(roles.plain(cell)))


# The table's units on a line of their own under its caption: no header cell.
UNITS = re.compile(r"^[（(]?(?:单位|计量单位|金额单位)\s*[:：]\s*[^\s，。；]{1,16}[）)]?$")


def is_value(cell: str) -> bool:
    """A number, or a mark standing for a value the table does not give."""
    return is_number(cell) or bool(NO_DATA.match(roles.plain(cell).strip()))


def is_amount(cell: str) -> bool:
    """A number, or a figure written with its unit (「4.48万吨」「9177头」: a table whose
    rows measure different things gives each value its unit; flattables.QUANTITY_CELL)."""
    return is_number(cell) or bool(QUANTITY_CELL.match(roles.plain(cell).strip()))


def is_cell_value(cell: str) -> bool:
    """A table's value given a cell a paragraph: a figure (with its unit or not) or a
    no-data mark."""
    return is_amount(cell) or is_value(cell)


# Cells set apart by runs of spaces (spaces.py's tables, figurerows.py's header).
SPACES = re.compile(r"[ \t]{2,}|\u3000+[ \t\u3000]*")


def pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def pipe_cells(line: str) -> list[str]:
    body = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", body)]


def is_delimiter(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?", line.strip()))


def runs_as_tables(blocks: list[RawBlock], run_of: dict[int, int],
                   rows_of: Callable[[list[SourceLine]], list[list[str]]]) -> list[RawBlock]:
    """The blocks with each run of lines (`run_of`: id of a source line → its run's first
    line number) made one table block, its rows `rows_of(the run's lines)` (header first),
    whether the lines stood in one block or in blocks of a line each; the rest of each
    block cut where a run begins or ends stays text."""
    pieces: list[tuple[int | None, list[SourceLine], RawBlock]] = []
    for block in blocks:
        if block.kind != "text" or not any(id(line) in run_of for line in block.lines):
            pieces.append((None, block.lines, block))
            continue
        for line in block.lines:
            run = run_of.get(id(line))
            last = pieces[-1] if pieces else None
            if last is not None and last[2] is block and last[0] == run:
                last[1].append(line)
            elif last is not None and run is not None and last[0] == run:
                pieces[-1] = (run, last[1] + [line], block)
            else:
                pieces.append((run, [line], block))
    result: list[RawBlock] = []
    for run, piece, block in pieces:
        if run is None:
            result.append(block if piece is block.lines else RawBlock(
                "text", piece,
                blank_before=block.blank_before if piece[0] is block.lines[0] else 1,
                blank_after=block.blank_after if piece[-1] is block.lines[-1] else 1))
            continue
        cells = rows_of(piece)
        numbers = [piece[0].number] + [line.number for line in piece[len(piece) - len(cells) + 1:]]
        table = [SourceLine(numbers[0], pipe_row(cells[0])),
                 SourceLine(numbers[0], "|" + "---|" * len(cells[0]))]
        table += [SourceLine(number, pipe_row(row))
                  for number, row in zip(numbers[1:], cells[1:], strict=True)]
        result.append(RawBlock("table", table, blank_before=1, blank_after=1))
    return result

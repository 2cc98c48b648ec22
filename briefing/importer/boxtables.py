"""A table drawn with box-drawing characters in a plain text (「┏━━┳━━┓」 ⏎ 「┃ 年度 ┃ 户数 ┃」 ⏎
「┣━━╋━━┫」 …): the way text files of the 1990s and 2000s, a digitised gazetteer's or a
console's, set a table. Its rule lines draw the grid and hold no text; its rows open and
close with a vertical and set their cells apart by verticals. The grid is as sure as a
pipe table's, so it becomes one (`box_tables`).

Where a rule stands between every two rows, the lines between two rules are one row whose
cells wrapped (each column's pieces joined); where the rules close only the header and
the table, each line is a row. The first row is the header."""

from __future__ import annotations

import re
from functools import reduce

from briefing.importer.celltables.barrows import SPACED_OUT
from briefing.importer.celltables.cells import pipe_row
from briefing.importer.chars import join_lines
from briefing.importer.records import Repair

VERTICALS = "│┃║╎╏┆┇┊┋"
# A rule line: box-drawing characters and spaces only, with a corner or a junction.
RULE_LINE = re.compile(r"^[ \t\u3000]*[\u2500-\u257f][\u2500-\u257f \t\u3000]*$")
JUNCTION = re.compile(r"[┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫┍┎┑┒┕┖┙┚┝┞┟┠┡┢"
                      r"┥┦┧┨┩┪┭┮┯┰┱┲┵┶┷┸┹┺┽┾┿╀╁╂╃╄╅╆╇╈╉╊]")
ROW_LINE = re.compile(rf"^[ \t\u3000]*[{VERTICALS}](.*)[{VERTICALS}][ \t\u3000]*$")
ROWS_MIN = 2  # a header and one row
COLUMNS_MIN = 2


def _is_rule(text: str) -> bool:
    return RULE_LINE.match(text) is not None and JUNCTION.search(text) is not None


def _cells(text: str) -> list[str] | None:
    """A row line's cells; a word spaced out a character at a time to fill its cell
    (「年 度」「其 中 男」, a typewriter's way) is one word."""
    row = ROW_LINE.match(text)
    if row is None:
        return None
    cells = [cell.strip(" \t\u3000") for cell in re.split(f"[{VERTICALS}]", row[1])]
    return [cell.replace(" ", "") if SPACED_OUT.match(cell) else cell for cell in cells]


def _table_end(lines: list[tuple[int, str]], start: int) -> int:
    """The index after the box table's last line from `start` (a rule or a row line);
    blank lines inside it are the copy's."""
    end = index = start
    while index < len(lines):
        text = lines[index][1]
        if not text.strip():
            index += 1
            continue
        if not (_is_rule(text) or _cells(text) is not None):
            break
        index += 1
        end = index
    return end


Row = tuple[int, list[str]]  # a row's first source line, its cells


def _rows(segments: list[list[Row]]) -> list[Row]:
    def merged(segment: list[Row]) -> Row:
        columns = zip(*(cells for _, cells in segment), strict=True)
        return segment[0][0], [reduce(join_lines, column, "") for column in columns]
    if len(segments) >= 3:  # ruled between the rows: a segment's lines are one row's pieces
        return [merged(segment) for segment in segments]
    return [merged(segments[0]), *(row for segment in segments[1:] for row in segment)]


def box_tables(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """The lines with each box-drawn table a pipe table (see above)."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        text = lines[index][1]
        if not (_is_rule(text) or _cells(text) is not None):
            result.append(lines[index])
            index += 1
            continue
        end = _table_end(lines, index)
        segments: list[list[Row]] = [[]]
        for number, line in lines[index:end]:
            if _is_rule(line):
                segments.append([])
            elif (cells := _cells(line)) is not None:
                segments[-1].append((number, cells))
        segments = [segment for segment in segments if segment]
        widths = {len(cells) for segment in segments for _, cells in segment}
        rows = _rows(segments) if len(widths) == 1 else []
        rules = sum(_is_rule(line) for _, line in lines[index:end])
        if len(rows) < ROWS_MIN or min(widths) < COLUMNS_MIN or not rules:
            result += lines[index:end]  # (a line between bars, a tree of folders: text)
            index = end
            continue
        first, width = lines[index][0], len(rows[0][1])
        repairs.append(Repair(
            "table-box-drawn", first, f"{end - index} lines drawn with box characters",
            f"{len(rows) - 1} rows × {width} columns",
            "Made a table of the lines drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤): "
            "its rules dropped, its first row the header, a cell wrapped over lines between "
            "two rules joined."))
        result += [(first, ""), (rows[0][0], pipe_row(rows[0][1])),
                   (rows[0][0], "|" + "---|" * width)]
        result += [(number, pipe_row(cells)) for number, cells in rows[1:]]
        result.append((lines[end - 1][0], ""))
        index = end
    return result, repairs

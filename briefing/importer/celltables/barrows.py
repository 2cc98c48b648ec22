"""A web page's table saved as text, a row a line and its cells set apart by '|' → a pipe
table (`bar_row_tables`, plain text only): a row's closing bar on a line of its own joined
back, groups of rows whose spanning cells the copy gave as bare bars, a header on two
short rows, and the rows that show merged cells told."""

from __future__ import annotations

import re

from briefing.importer.celltables.cells import COLUMNS_MIN, is_delimiter, is_value, pipe_row
from briefing.importer.parse import SourceLine
from briefing.importer.records import Repair

# A web page's table saved as text: a row a line, its cells set apart by '|' and closed
# by one, the leading bar only where the first cell is empty (the header's corner):
# 「| 绝对数 | 增长（%） |」「生产总值 | 617.50 | 5.2 |」. An empty last cell may lose its
# closing bar (「… | 1次/季度 |」 under 「… | 监测频次 | 备注 |」): a row short of the header
# is filled with empty cells at its end. A header and one row are a table when the row has
# three cells or more (a page's button bar 「默认 超大 | 打印 |」 is one line, two cells).
BAR_ROWS_MIN = 3  # lines (header included): fewer is no table …
BAR_WIDE_ROWS_MIN = 2  # … unless its rows have this many cells
BAR_WIDE_CELLS = 3


def _bar_cells(line: str, bars: int = 2) -> list[str] | None:
    """The cells of a line closed by its bar, when it holds `bars` bars at least."""
    text = line.strip()
    if not text.endswith("|") or text.count("|") < bars:
        return None
    return [cell.strip() for cell in text[:-1].split("|")]


def bar_row_tables(lines: list[SourceLine], source_number=lambda number: number
                   ) -> tuple[list[SourceLine], list[Repair]]:
    """Make runs of bar-separated rows (no |---| delimiter, body rows without a leading
    bar) pipe tables: each row barred on both sides, the delimiter under the first, a
    boundary either side. Rows must agree in their number of cells; a run with a delimiter
    row is Markdown's own table and left alone. Only in plain text (not Markdown)."""
    lines, closed = _closing_bars(lines)
    lines, continued = _continued_rows(lines)
    result: list[SourceLine] = []
    repairs: list[Repair] = [Repair(
        "row-continued", source_number(number), text[:40], "",
        "A row of a table copied with '|' whose cells went on over the next lines, a value "
        "or two a line (the page wrapped the row): joined them back into the row — as many "
        "cells as the table's other rows hold, no more.", review=True)
        for number, text in continued]
    index = 0
    while index < len(lines):
        end = index
        run = []  # the rows; single blank lines between them (a copy may set them) pass
        while end < len(lines) and _bar_cells(lines[end].text) is not None:
            run.append(lines[end])
            end += 1
            if end + 1 < len(lines) and not lines[end].text.strip() \
                    and _bar_cells(lines[end + 1].text) is not None:
                end += 1
        rows = [_bar_cells(line.text) for line in run]
        if continued and len(run) > 2 and len(rows[0] or []) < len(rows[1] or []) == len(
                rows[2] or []) and any(run[1].number == number for number, _ in continued):
            # A header broken over lines, its last piece a short row, over a row joined
            # back (「累计 | |」 ⏎ 「一、… | 121.56 | 989.88 | 10.1 | 6.2 |」): the table starts
            # at the whole rows; the piece stays text, as the rest of that header does.
            result.append(lines[index])
            index += 1
            continue
        if run and all(line.text.strip().startswith("|") for line in run):
            rows = [row[1:] if row else row for row in rows]  # 「| a | b |」: barred both sides
        short = [(line, list(row or [])) for line, row in zip(run, rows, strict=True)]
        rows = _padded(rows)
        if len({len(row) for row in rows if row}) == 1 \
                and len(run) >= (BAR_WIDE_ROWS_MIN if len(rows[0] or []) >= BAR_WIDE_CELLS
                                 else BAR_ROWS_MIN) \
                and len(rows[0] or []) >= COLUMNS_MIN and all(any(row) for row in rows) \
                and not any(is_delimiter(line.text) for line in run):
            grouped = _group_rows(short, len(rows[0] or []))
            explained: set[int] = set()
            header_rows = 1
            split = _split_header(short, len(rows[0] or [])) if grouped is None else None
            if split is not None:
                rows = [*split, *rows[2:]]
                header_rows = 2
                explained = {short[0][0].number, short[1][0].number}
                repairs.append(Repair(
                    "table-split-header", source_number(run[0].number),
                    run[0].text.strip()[:40], "a header on two rows closed by bare bars",
                    "A table copied with '|' has its header on two short rows closed by bare "
                    "bars: the upper row's cells were read as the first columns' heads "
                    "spanning both rows (^), the lower row's as the last columns' heads.",
                    review=True))
            if grouped is not None:
                rows, spans, opening = grouped
                # Rows short by just the group's spans (or by a cell spanning two columns
                # too): their bare bars are told.
                explained = {line.number for (line, cells), row in zip(short, rows, strict=True)
                             if row[0] == "^" and sum(1 for c in cells if c) ==
                             len(row) - spans - row.count(SPAN_LATER)}
                wide = [f"source line {source_number(line.number)}, the row 「{cells[0][:12]}」"
                        for (line, cells), row in zip(short, rows, strict=True)
                        if SPAN_LATER in row]
                repairs.append(Repair(
                    "table-group-rows", source_number(run[0].number),
                    run[opening].text.strip()[:40], f"{spans} cell(s) spanning rows" + (
                        f"; a cell spanning two columns (<) in {'; '.join(wide)}"
                        if wide else ""),
                    f"Rows of a table copied with '|' between its cells stand {spans} "
                    "cell(s) short, closed by bare bars, under rows that have them all: read "
                    "as a group whose first cell (its name) and last cell(s) (its totals) "
                    "span its rows (^).", review=True))
            joined = [number for number in closed if run[0].number <= number <= run[-1].number]
            if joined:
                repairs.append(Repair(
                    "table-closing-bar", source_number(joined[0]), f"{len(joined)} lone '|' lines",
                    "joined to their rows", "A row's closing bar stood on a line of its own "
                    "(the copy broke the line after the row's last cell): joined to its row.",
                    review=False))
            result.append(SourceLine(run[0].number, "", virtual=True))
            for position, (line, row) in enumerate(zip(run, rows, strict=True)):
                result.append(SourceLine(line.number, pipe_row(row or [])))
                if position == header_rows - 1:
                    result.append(SourceLine(line.number, pipe_row(["---"] * len(row or []))))
            result.append(SourceLine(run[-1].number, "", virtual=True))
            repairs.append(Repair(
                "bar-row-table", source_number(run[0].number), run[0].text.strip()[:40],
                f"a table of {len(run) - 1} row(s) and {len(rows[0] or [])} column(s)",
                "Read rows of cells set apart by '|' (a web page's table saved as text) as "
                "a table; the first row as its header.", review=True))
            repairs += _merged_signs(short, len(rows[0] or []), source_number,
                                     explained)
            index = end
            continue
        result.extend(lines[index:max(end, index + 1)])
        index = max(end, index + 1)
    return result, repairs


# A row the page wrapped over lines, its cells going on a value or two a line, each line
# closed by its bar (「屯 昌 县 | 0.29 |」 ⏎ 「1.36 |」 ⏎ 「663.2 | 248.7 |」): joined back when
# the row opens with its label, the lines under it hold nothing but values, and together
# they hold exactly as many cells as the table's rows (the count most of its rows of three
# cells or more have, two such rows at least).
CONTINUED_WIDTH_ROWS = 2


def _continued_rows(lines: list[SourceLine]) -> tuple[list[SourceLine], list[tuple[int, str]]]:
    counts: dict[int, int] = {}
    for line in lines:
        cells = _bar_cells(line.text, bars=1)
        if cells is not None and len(cells) >= BAR_WIDE_CELLS and all(cells):
            counts[len(cells)] = counts.get(len(cells), 0) + 1
    if not counts:
        return lines, []
    width, rows = max(counts.items(), key=lambda item: (item[1], item[0]))
    if rows < CONTINUED_WIDTH_ROWS:
        return lines, []
    result: list[SourceLine] = []
    joined: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        cells = _bar_cells(line.text, bars=1)
        if cells is not None and 1 < len(cells) < width and cells[0] and not is_value(
                cells[0]) and all(cells[1:]) and all(is_value(cell) for cell in cells[1:]):
            row, end, pieces = list(cells), index + 1, 0
            while end < len(lines) and len(row) < width:
                # (a copy may set a blank line between the lines: one passes)
                at = end + 1 if not lines[end].text.strip() and end + 1 < len(lines) else end
                more = _bar_cells(lines[at].text, bars=1)
                if more is None or not all(more) or not all(is_value(cell) for cell in more):
                    break
                row += more
                end, pieces = at + 1, pieces + 1
            if len(row) == width and pieces:
                text = " | ".join(row) + " |"
                result.append(SourceLine(line.number, text))
                joined.append((line.number, text))
                index = end
                continue
        result.append(line)
        index += 1
    return result, joined


# A row whose last cell held a line break: the copy ends the row's line after that cell's
# text, and its closing bar stands on the next line alone (「…| √ | 92.3%」⏎「|」). Joined
# where the row has cells set apart by '|' and a row of the same copy stands beside it.
LONE_BAR = re.compile(r"^[|｜]$")


def _closing_bars(lines: list[SourceLine]) -> tuple[list[SourceLine], list[int]]:
    """The lines with each row's closing bar joined back to it; the joined rows' numbers."""
    def after(index: int) -> int:
        """The next line's index, past one blank line (a copy may space its lines)."""
        return index + 2 if index + 2 < len(lines) and not lines[index + 1].text.strip() \
            else index + 1

    result: list[SourceLine] = []
    joined: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip()
        bar = after(index)
        if (bar < len(lines) and LONE_BAR.match(lines[bar].text.strip())
                and text.count("|") >= 2 and not text.endswith(("|", "｜"))
                and (any(_bar_cells(kept.text) is not None
                         for kept in result[-2:] if kept.text.strip())
                     or (after(bar) < len(lines)
                         and _bar_cells(lines[after(bar)].text) is not None))):
            result.append(SourceLine(line.number, text + " |"))
            joined.append(line.number)
            index = bar + 1
            continue
        result.append(line)
        index += 1
    return result, joined


# A table of groups copied with '|' between its cells (a district and its rivers): the
# group's first row holds every column — its name, then its items' cells, then the
# group's totals (a rate) —; the group's other rows hold only the cells that span no row,
# the places of the spanning ones given as bare bars at the row's end (「城北水库 | Ⅱ | … | √
# | ||」). Read so only where it holds throughout: two groups or more, each opened by a whole
# row whose first cell is a word and whose last spanning cells are figures, every other row
# after the first group short by the same number of cells (or more: a cell spanning two
# columns inside it, see below), closed by bare bars (the table's last row may have lost
# them), the spanning cells at most half the row. Held (a guess).
GROUPS_MIN = 2
# …or the bars of an empty last cell, spaced (「2.居民消费价格涨幅(CPI) | % | 2.7 | |」): the
# place the copy gave the spanning cell, at the row's end.
EMPTY_LAST_CELL = re.compile(r"[|｜][ \t\u3000]+[|｜][ \t\u3000]*$")
# The column span mark, written once the characters are repaired (they escape a bare 「<」
# as text): merged_headers, the pass after them, turns it into 「<」.
SPAN_LATER = "\ue0f0"


def _group_rows(rows: list[tuple[SourceLine, list[str]]], width: int
                ) -> tuple[list[list[str]], int, int] | None:
    """The rows with the group spans written (^), the number of spanning cells, and the
    index of the first group's row; None when the rows are no such groups."""
    def real(cells: list[str]) -> int:
        count = len(cells)
        while count and not cells[count - 1]:
            count -= 1
        return count

    counts = [real(cells) for _, cells in rows]
    whole = [i for i, count in enumerate(counts) if i and count == width]
    if len(whole) < GROUPS_MIN:
        return None
    opening = whole[0]
    rest = [i for i in range(opening + 1, len(rows)) if counts[i] < width]
    if not rest:
        return None
    spans = width - max(counts[i] for i in rest)
    # The copy's sign, bare bars, closes every short row (the table's last row may lose
    # its bars); the spanning cells are few (a name and a total or two).
    if len(rest) < GROUPS_MIN or not 1 <= spans <= width // 2 or any(
            counts[i] < 1 or not (BARE_BARS.search(rows[i][0].text)
                                  or EMPTY_LAST_CELL.search(rows[i][0].text)
                                  or (i == len(rows) - 1 and len(rows[i][1]) < width))
            for i in rest):
        return None
    for i in whole:
        cells = rows[i][1]
        if is_value(cells[0]) or not all(is_value(cell) for cell in
                                         cells[width - spans + 1:]):
            return None
    result = [list(cells) + [""] * (width - len(cells)) for _, cells in rows[:opening + 1]]
    for i in range(opening + 1, len(rows)):
        cells = rows[i][1][:counts[i]]
        if counts[i] == width:
            result.append(list(cells))
        else:
            result.append(["^", *cells, *[""] * (width - spans - counts[i]),
                           *["^"] * (spans - 1)])
    # A row shorter still: a cell of it spans two columns (「施工停测」 where a class and
    # its indicator stand in the other rows) — the first cell that no other row has in its
    # column; the cells after it move one column on, places still missing stay empty.
    seen = [{row[c] for row, count in zip(result, counts, strict=True)
             if count in (width, width - spans)} for c in range(width)]
    for row, count in zip(result, counts, strict=True):
        if row[0] != "^" or count >= width - spans:
            continue
        inner = row[1:width - spans + 1]
        at = next((c for c in range(1, count) if inner[c] not in seen[1 + c]), None)
        if at is not None:
            inner = [*inner[:at + 1], SPAN_LATER, *inner[at + 1:count]]
            inner += [""] * (width - spans - len(inner))
            row[1:width - spans + 1] = inner
    return result, spans, opening


# A table copied with '|' whose header stands on two rows, both short and closed by bare
# bars (「指 标 | 全省 | ||」⏎「城市 | 农村 | ||」), over body rows that have every cell: the
# copy dropped the places of the cells merged down from the upper row. The upper row's
# cells are the left columns' heads, spanning both rows (^); the lower row's cells the
# heads of the columns left, the last ones, their upper places empty. Read so only when
# neither row holds a digit and the two rows' cells together fill the width exactly; a
# head spaced out a character at a time (「指 标」) is one word. Held (a guess).
SPACED_OUT = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}$")


def _split_header(rows: list[tuple[SourceLine, list[str]]], width: int
                  ) -> list[list[str]] | None:
    """The two header rows (see above) as the gold format writes them, else None."""
    if len(rows) < 4:
        return None
    heads = [[cell for cell in cells if cell] for _, cells in rows[:2]]
    if not all(BARE_BARS.search(line.text) for line, _ in rows[:2]) \
            or any(re.search(r"[\d０-９]", line.text) for line, _ in rows[:2]) \
            or not all(heads) or len(heads[0]) + len(heads[1]) != width \
            or any(cells[:len(heads[n])] != heads[n] for n, (_, cells) in enumerate(rows[:2])) \
            or any(len(cells) != width or not all(cells) or BARE_BARS.search(line.text)
                   for line, cells in rows[2:]):
        return None
    upper = [SPACED_OUT.match(cell) and cell.replace(" ", "") or cell for cell in heads[0]]
    return [[*upper, *[""] * len(heads[1])], [*["^"] * len(upper), *heads[1]]]


# A run of bare bars (「| |||||」) stands for cells merged into others, as in a copy a cell a
# line (flattables.MERGED_CELLS): where those cells stand is not written.
BARE_BARS = re.compile(r"[|｜]{2,}")


def _merged_signs(rows: list[tuple[SourceLine, list[str]]], width: int, source_number,
                  explained: set[int] | None = None) -> list[Repair]:
    """A bar-separated table whose rows show merged cells (a row short of the header,
    filled with empty cells at its end, or a run of bare bars read as empty cells): the
    columns of those rows' cells are a guess (heldtables.py holds the table). A row one
    cell short is certain when every whole body row leaves its last cell empty (a 备注
    column): the copy lost the bar closing that empty cell."""
    whole = [cells for _, cells in rows[1:] if len(cells) == width]
    lost_bar = bool(whole) and not any(cells[-1] for cells in whole)
    found = [f"source line {source_number(line.number)}, the row 「{cells[0][:12]}」: " + (
        f"{width - len(cells)} empty cell(s) added at its end" if len(cells) < width
        else f"a run of {len(BARE_BARS.search(line.text)[0])} bare bars read as empty cells")
        for line, cells in rows
        if line.number not in (explained or set())
        and ((len(cells) < width and not (lost_bar and len(cells) == width - 1))
             or BARE_BARS.search(line.text))]
    if not found:
        return []
    return [Repair(
        "table-short-rows", source_number(rows[0][0].number),
        rows[0][0].text.strip()[:40], "; ".join(found),
        "Rows of a table copied with '|' between its cells show merged cells: each of "
        "their cells was left in the place it has in the copy — check which column each "
        "value belongs to.", review=True)]


def _padded(rows: list[list[str] | None]) -> list[list[str] | None]:
    """Rows short of the header (the first row) filled with empty cells at their ends:
    the bar closing an empty last cell is lost in the copy (see BAR_ROWS_MIN)."""
    width = len(rows[0] or []) if rows else 0
    if not rows or any(row is None or len(row) > width or len(row) < COLUMNS_MIN
                       for row in rows):
        return rows
    return [row + [""] * (width - len(row)) for row in rows if row is not None]

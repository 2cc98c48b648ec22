"""A table a copy flattened into one stream of '|'-separated cells, rows run together on a
line → a pipe table (`bar_stream_tables`, plain text only), its rows read back as a cell
a paragraph's are."""

from __future__ import annotations

from briefing.importer.celltables.cells import (
    COLUMNS_MIN,
    is_cell_value,
    is_delimiter,
    pipe_row,
)
from briefing.importer.parse import SourceLine
from briefing.importer.records import Repair

# A table flattened into a stream of cells set apart by 「|」: a copy (a forum's printable
# view, a text browser's dump) writes the cells in reading order with bars between them but
# breaks lines anywhere — several rows on one line, a cell alone between lone bars — so no
# line is a row (bar_row_tables reads those). The rows are read back as a cell a paragraph's
# are (cell_paragraph_tables): a label and the values after it make a row; the number of
# values most rows have gives the width; the as many words before the first such row are
# its header, and what stands before them the table's title. A label with fewer values (a
# group's name: 「其中：开发区」) is a row filled with empty cells; a label with more, a
# value with no label, or too few rows: no table. Always a guess, held.
STREAM_CELLS_MIN = 12
STREAM_ROWS_MIN = 3


def _stream_rows(cells: list[str]) -> tuple[list[str], list[str], list[list[str]]] | None:
    """(title cells, header, rows) of a cell stream, or None (see above)."""
    values = [is_cell_value(cell) for cell in cells]
    runs: list[tuple[int, int]] = []  # (the label's index, how many values follow it)
    for index, value in enumerate(values):
        if value:
            continue
        end = index + 1
        while end < len(cells) and values[end]:
            end += 1
        runs.append((index, end - index - 1))
    counts = [k for _, k in runs if k >= COLUMNS_MIN]
    if not counts:
        return None
    width = max(set(counts), key=counts.count) + 1
    first = next(index for index, k in runs if k == width - 1)
    if first < width - 1:
        return None
    # the header: the column names over the values, and the corner's (the labels' column)
    # when a word stands there too
    header_start = first - width if first >= width and not any(
        values[first - width:first]) else first - (width - 1)
    if any(values[header_start:first]):
        return None
    header = cells[header_start:first]
    rows: list[list[str]] = []
    for index, k in runs:
        if index < first:
            continue
        if k > width - 1:
            return None
        rows.append(cells[index:index + k + 1] + [""] * (width - 1 - k))
    if len(rows) < STREAM_ROWS_MIN or sum(1 for row in rows if row[-1]) * 2 < len(rows):
        return None
    if len(header) == width - 1:
        header = ["", *header]
    return cells[:header_start], header, rows


def bar_stream_tables(lines: list[SourceLine], source_number=lambda number: number
                      ) -> tuple[list[SourceLine], list[Repair]]:
    """Rebuild the tables a copy flattened into streams of 「|」-separated cells (see
    above): a run of lines each holding bars (lone bars and blank lines between pass), one
    of them several rows' cells. Only in plain text."""
    result: list[SourceLine] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and ("|" in lines[end].text or (
                not lines[end].text.strip() and end > index)):
            end += 1
        while end > index and not lines[end - 1].text.strip():
            end -= 1
        run = lines[index:end]
        cells = [cell.strip() for line in run for cell in line.text.split("|") if cell.strip()]
        widest = max((len([c for c in line.text.split("|") if c.strip()]) for line in run),
                     default=0)
        found = _stream_rows(cells) if len(cells) >= STREAM_CELLS_MIN \
            and not any(is_delimiter(line.text) for line in run) else None
        if found is None or widest < 2 * len(found[1]):
            result.extend(lines[index:max(end, index + 1)])
            index = max(end, index + 1)
            continue
        title, header, rows = found
        number = run[0].number
        result.append(SourceLine(number, "", virtual=True))
        if title:
            result.append(SourceLine(number, " ".join(title)))
            result.append(SourceLine(number, "", virtual=True))
        result.append(SourceLine(number, pipe_row(header)))
        result.append(SourceLine(number, pipe_row(["---"] * len(header))))
        result += [SourceLine(number, pipe_row(row)) for row in rows]
        result.append(SourceLine(run[-1].number, "", virtual=True))
        repairs.append(Repair(
            "table-from-bar-stream", source_number(number), f"{len(cells)} cells in "
            f"{len(run)} line(s)", f"{len(rows) + 1} rows × {len(header)} columns",
            "Rebuilt a table a copy flattened into one stream of cells set apart by '|' "
            f"(rows run together on a line): a label followed by {len(header) - 1} value(s) "
            "makes a row; the words before the first row, its header and title.",
            review=True))
        index = end
    return result, repairs

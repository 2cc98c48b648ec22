"""A table a web page's text copy gives a cell a paragraph → a pipe table.

Copying the text of a page (a government site's bulletin) turns each cell of a table into
a line of its own, blank lines between, in reading order, under the table's caption
(「2021年4月某县空气质量情况统计表」). The rows can be read back only where the numbers
say so: a row is a label followed by numbers, so the first label followed by n numbers
gives the n + 1 columns; the cells before it are the header, the cells from it on are
rows of that width. A header with as many cells as columns is the header row; one with
more (merged header cells, a cell broken over lines) is kept whole in the header row and
left to the editor as a doubt; one with a cell fewer lost its empty corner cell (the
place above the rows' labels gives no paragraph): an empty cell opens it, a doubt.
Anything that does not fit stays as it was.

A header cell names a quantity with its unit (「可吸入颗粒物（PM10）月平均浓度（微克/立方
米）」), so it may run longer than a body cell, but it is never a sentence; and a section
heading's numbering (「二、」「（一）」) opens the text after the table, never a cell.

A captioned table numbered by 序号 is read from number to number instead (as a bar-cell
copy's, flattables.serial_rows): its header's units in brackets on lines of their own go into
the header cells above them, a closing total may be one cell short (its label spanning two
columns); held for review.

A table with no caption (under 「…如下：」 or a title that names no table) is rebuilt in a
clean text only when every row is a label and its values under a header of one word a
column; short lines above that header stay text, a doubt."""

from __future__ import annotations

import re

from briefing.importer import roles
from briefing.importer.celltables.cells import (
    COLUMNS_MIN,
    HEADER_CELL_MAX,
    SECTION_NUMBERING,
    SENTENCE_MARK,
    UNITS,
    is_amount,
    is_cell_value,
    pipe_row,
)
from briefing.importer.chars import strip_tags
from briefing.importer.flattables import SPANNED_NOTES, serial_rows
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair

CELL_MAX = 16  # characters of a cell line


def _cell(block: RawBlock, header: bool = False) -> str | None:
    """A block that may be a table's cell: one short line, no sentence; its text. A
    header's cell (`header`: no number cell yet) may be longer, if no sentence at all."""
    if block.kind != "text" or len(block.lines) != 1:
        return None
    text = block.lines[0].text.strip()
    line = roles.plain(text)
    length = len(strip_tags(line))
    if not line or length > (HEADER_CELL_MAX if header else CELL_MAX) \
            or (length > CELL_MAX and SENTENCE_MARK.search(line)) \
            or line[-1] in "。！？；：:，,、" or SECTION_NUMBERING.match(line) \
            or roles.is_note(line) or roles.is_table_caption(line) \
            or roles.is_disclosure_item(line):
        return None
    return text


def _is_units(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        UNITS.match(strip_tags(block.text).strip()))


def _first_row(cells: list[str]) -> tuple[int, int] | None:
    """(where the rows begin, the number of columns): the first label followed by numbers
    gives both. None when no label is."""
    for start, cell in enumerate(cells):
        if is_amount(cell):
            continue
        end = start + 1
        while end < len(cells) and is_cell_value(cells[end]):
            end += 1
        if end - start >= COLUMNS_MIN:
            return start, end - start
    return None


def _columns(cells: list[str]) -> tuple[int, int] | None:
    """The first row's place and width (_first_row), when the rows from there fill whole
    rows; None when nothing fits."""
    found = _first_row(cells)
    return found if found and not (len(cells) - found[0]) % found[1] else None


# A row whose cells are all empty gives its label alone: the copy keeps no paragraph for an
# empty cell (「北  京」 right before 「天  津」, under rows of a label and three figures). Once
# the first full row has given the width, a label followed straight by the next label (or
# by the table's end) is such a row — its cells filled in empty, a doubt; a row of some of
# its figures only fits no reading and leaves the table as it was.


def _empty_rows_filled(cells: list[str]) -> tuple[list[str], list[int], int] | None:
    """The cells with each label-only row's empty cells put in, each cell's index in
    `cells` (an empty one its label's), and how many rows were filled; None when that
    reading does not fit every row (or fills none)."""
    found = _first_row(cells)
    if found is None:
        return None
    start, width = found
    filled, origin, at, empty = list(cells[:start]), list(range(start)), start, 0
    while at < len(cells):
        values = at + 1
        while values < len(cells) and is_cell_value(cells[values]):
            values += 1
        count = values - at - 1
        if is_cell_value(cells[at]) or count not in (0, width - 1):
            return None
        filled += cells[at:values] + [""] * (width - 1 - count)
        origin += list(range(at, values)) + [at] * (width - 1 - count)
        empty += count == 0
        at = values
    return (filled, origin, empty) if empty else None


# A table with no caption is read only when nothing else can be meant: a header of one
# word a column, then at least two rows, each a label and its values (「甲市」「61」「30」).
BARE_ROWS_MIN = 2
BARE_COLUMNS_MIN = 3


def _bare_table(cells: list[str], start: int, width: int, corner: bool = False) -> bool:
    """`corner`: the header may lack its corner cell (the table's units stood there)."""
    header, body = cells[:start], cells[start:]
    rows = [body[r:r + width] for r in range(0, len(body), width)]
    return (len(header) in ((width, width - 1) if corner else (width,))
            and width >= BARE_COLUMNS_MIN and len(rows) >= BARE_ROWS_MIN
            and not any(is_cell_value(cell) for cell in header)
            and all(not is_cell_value(row[0]) and all(is_cell_value(cell) for cell in row[1:])
                    for row in rows))


# Under a caption, cells a paragraph whose columns no count reads (merged cells): kept
# together as a one-column table, held for the editor to rebuild (as a raw extraction's
# flattened table, flattables.py), never left as paragraphs of loose figures.
FLAT_CELLS_MIN = 6
FLAT_VALUES_MIN = 3


def _kept_together(blocks: list[RawBlock]) -> RawBlock:
    """Cells a paragraph → one table block, a cell a row (the first its header)."""
    texts = [pipe_row([block.lines[0].text.strip()]) for block in blocks]
    lines = [SourceLine(blocks[0].line, texts[0]), SourceLine(blocks[0].line, "|---|")]
    lines += [SourceLine(block.line, text) for block, text in zip(blocks[1:], texts[1:],
                                                                   strict=True)]
    return RawBlock("table", lines, blank_before=1, blank_after=blocks[-1].blank_after)


# A line naming what a table lists (「…声环境质量达标情况」, no 「表1」) over a long run of cell
# paragraphs, most of them figures, that no bare reading makes rows of (merged header cells),
# is that table's caption as surely as a numbered one: its cells are not left as loose lines.
NAMED_CELLS_MIN = 12


def _cells_from(blocks: list[RawBlock], start: int) -> tuple[list[str], int]:
    """The run of cell paragraphs from `start` (a header's cells until the first amount)
    and the index after it."""
    cells: list[str] = []
    end = start
    while end < len(blocks) and (cell := _cell(
            blocks[end], header=not any(is_amount(c) for c in cells))) is not None:
        cells.append(cell)
        end += 1
    return cells, end


def _many_cells(blocks: list[RawBlock], start: int, captionless: bool) -> bool:
    cells, _ = _cells_from(blocks, start)
    filled = _empty_rows_filled(cells) if _columns(cells) is None else None
    # (rows of a label alone count with the empty cells they stand for)
    values = sum(map(is_cell_value, cells)) + (len(filled[0]) - len(cells) if filled else 0)
    if len(cells) < NAMED_CELLS_MIN or 2 * values < len(filled[0] if filled else cells):
        return False
    # (a run a clean text's bare rule reads whole keeps that reading, and its doubt on the
    # line above: title, or a row of the header? — where that rule reads tables at all)
    found = _columns(cells)
    return not captionless or found is None or not _bare_table(cells, *found, corner=True)


# A header cell that is only a unit in brackets (「月取水量」 ⏎ 「（万吨）」, or its brackets left
# empty where the copy lost the unit, 「()」) is the cell above's unit, not a column.
UNIT_CELL = re.compile(r"^[（(][^（）()]{0,12}[）)]$")


def _numbered_rows(cells: list[str]) -> tuple[list[list[str]], list[int]] | None:
    """A table numbered by 序号 (flattables.serial_rows) from its cell paragraphs, its unit
    cells put back into the header cells above them; each row's first cell's index in
    `cells`."""
    first = cells.index("1") if "1" in cells else 0
    header: list[str] = []
    kept: list[int] = []  # the index in `cells` of each cell read
    for at, cell in enumerate(cells):
        if at < first and header and UNIT_CELL.match(cell):
            header[-1] += cell
            continue
        header.append(cell)
        kept.append(at)
    found = serial_rows(header)
    if found is None:
        return None
    rows, starts = found
    return rows, [kept[start] for start in starts]


def _table_block(rows: list[list[str]], numbers: list[int], blank_after: int,
                 captioned: bool = False) -> RawBlock:
    """A table block of `rows` (the header first), each row at its source line.
    `captioned`: read under the line naming it, which is its caption however the copy
    spaced the two (no blank line before it, for nodes' caption rule)."""
    columns = max(len(row) for row in rows)
    lines = [SourceLine(numbers[0], pipe_row(rows[0] + [""] * (columns - len(rows[0])))),
             SourceLine(numbers[0], "|" + "---|" * columns)]
    lines += [SourceLine(number, pipe_row(row + [""] * (columns - len(row))))
              for number, row in zip(numbers[1:], rows[1:], strict=True)]
    return RawBlock("table", lines, blank_before=0 if captioned else 1, blank_after=blank_after)


# A header cell's unit on a line of its own under its name (「2015年7月」 ⏎ 「(天)」): the
# cell broken over two lines — joined when that gives the header its columns' count.
UNIT_ALONE = re.compile(r"^[（(][^（）()]{1,12}[）)]$")


def _with_units(cells: list[str], found: tuple[int, int] | None
                ) -> tuple[list[str], tuple[int, int] | None]:
    """The cells with each unit alone in the header (the cells before the rows) joined to
    the cell above it, when that leaves the header one cell a column (or one fewer: the
    empty corner); else as they were."""
    if found is None or found[0] <= found[1]:
        return cells, found
    start, width = found
    joined: list[str] = []
    for cell in cells[:start]:
        if joined and UNIT_ALONE.match(cell.strip()) and not UNIT_ALONE.match(joined[-1]):
            joined[-1] += cell.strip()
        else:
            joined.append(cell)
    if len(joined) not in (width, width - 1):
        return cells, found
    return joined + cells[start:], (len(joined), width)


def cell_paragraph_tables(blocks: list[RawBlock], captionless: bool = False
                          ) -> tuple[list[RawBlock], list[Repair], list[Repair]]:
    """Rebuild the tables given a cell a paragraph under their captions (see above), and
    with `captionless` (a clean text) those without one whose every row is a label and
    its values under a header of as many words (see BARE_ROWS_MIN)."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        captioned = (block.kind == "text" and len(block.lines) == 1
                     and (roles.is_table_caption(block.text)
                          or roles.is_disclosure_item(block.text) or (
                         roles.is_table_name(block.text)
                         and _many_cells(blocks, index + 1, captionless))))
        bare = (captionless and not captioned and _cell(block, header=True) is not None
                and not (result and _cell(result[-1], header=True) is not None))
        if not bare:
            result.append(block)
            index += 1
            if not captioned:
                continue
            if index < len(blocks) and _is_units(blocks[index]):
                # 「单位：微克/立方米」 under the caption: the caption's (structure reads it so).
                result.append(blocks[index])
                index += 1
        cells, end = _cells_from(blocks, index)
        origin, emptied = list(range(len(cells))), 0
        if captioned and _columns(cells) is None and (
                filled := _empty_rows_filled(cells)) is not None:
            cells, origin, emptied = filled
        cells, found = _with_units(cells, _columns(cells))
        if len(origin) != len(cells) and found:  # units joined in the header: its cells from
            # the first on, the rows' cells as before
            origin = origin[:found[0]] + origin[len(origin) - (len(cells) - found[0]):]
        extra = max(0, found[0] - found[1]) if bare and found else 0
        # The table's units on a line of their own (「单位：亿元」) over its header: no cell
        # of it (not its corner cell), but text above it, like its title.
        units = bool(bare and found and extra < found[0]
                     and UNITS.match(strip_tags(cells[extra])))
        extra += units
        if bare and (found is None or not _bare_table(cells[extra:], found[0] - extra,
                                                       found[1], corner=units)):
            found = None
            result.append(block)
            index += 1
        numbered = _numbered_rows(cells) if captioned else None
        if numbered is not None:
            rows, starts = numbered
            numbers = [blocks[index + start].line for start in starts]
            table = _table_block(rows, numbers, blocks[end - 1].blank_after, captioned)
            result.append(table)
            repairs.append(Repair(
                "table-from-cell-paragraphs", numbers[0], f"{end - index} lines, a cell each",
                f"{len(rows)} rows × {len(rows[0])} columns", SPANNED_NOTES["numbered"][0],
                review=True))
            doubts.append(Repair("table-row-spans", numbers[0],
                                 f"{len(rows) - 1} rows × {len(rows[0])} columns", "",
                                 SPANNED_NOTES["numbered"][1]))
            index = end
            continue
        if found is None:
            if captioned and len(cells) >= FLAT_CELLS_MIN \
                    and sum(1 for cell in cells if is_cell_value(cell)) >= FLAT_VALUES_MIN:
                result.append(_kept_together(blocks[index:end]))
                repairs.append(Repair(
                    "table-flattened", blocks[index].line, f"{len(cells)} cells, one a line",
                    f"{len(cells)} rows × 1 column", "Kept the cells of a table copied a "
                    "cell a paragraph together (one a row): its columns are left for the "
                    "editor.", review=True))
                doubts.append(Repair(
                    "table-flattened", blocks[index].line, f"{cells[0][:20]} …",
                    f"{len(cells)} cells, one a row",
                    f"A table copied a cell a paragraph under its caption: no number of "
                    f"columns makes its {len(cells)} cells rows of a label and its values "
                    "(merged cells?), so they are kept together, one a row in reading order, "
                    "not printed as loose paragraphs — rebuild the table by hand."))
                index = end
            continue
        if extra:
            # Short lines above a header of a word a column: text (a title, a heading),
            # or the upper row of a header — a doubt.
            result += blocks[index:index + extra]
            doubts.append(Repair(
                "table-lines-above", blocks[index].line,
                " ⏎ ".join(cells[:extra])[:40], "",
                "Rebuilt a table copied a cell a paragraph with no caption: the short "
                f"line(s) above its header ({extra}) are kept as text — are they its "
                "title, or a row of its header?"))
            index += extra
            cells = cells[extra:]
            origin = [at - extra for at in origin[extra:]]
            found = (found[0] - extra, found[1])
        start, width = found
        header, body = cells[:start], cells[start:]
        if len(body) < width:
            continue
        rows = [body[r:r + width] for r in range(0, len(body), width)]
        corner = len(header) == width - 1
        if corner:
            # The header's empty corner cell (above the rows' labels) leaves no paragraph.
            header = ["", *header]
            doubts.append(Repair(
                "table-corner-cell", blocks[index].line, f"header: {width - 1} cells", "",
                f"Rebuilt a table copied a cell a paragraph: its header has one cell fewer "
                f"than its {width} columns — taken for an empty corner cell above the rows' "
                "labels; if a header cell spans two columns instead, move it."))
        columns = max(width, len(header))
        head = header if header else rows.pop(0)
        first = blocks[index].line
        numbers = [blocks[index + at].line for at in origin]
        result.append(_table_block(
            [head, *rows], [numbers[0], *(numbers[min(len(numbers) - 1, start + r * width)]
                                          for r in range(len(rows)))],
            blocks[end - 1].blank_after, captioned and not extra))
        if emptied:
            doubts.append(Repair(
                "table-empty-rows", first, f"{emptied} rows of a label alone", "",
                f"Rebuilt a table copied a cell a paragraph: {emptied} of its rows gave their "
                "label and no figure (a copy keeps no paragraph for an empty cell) and were "
                "given empty cells — check they are empty in the source."))
        repairs.append(Repair(
            "table-from-cell-paragraphs", first, f"{end - index} lines, a cell each",
            f"{len(rows) + 1} rows × {columns} columns",
            f"Rebuilt a table copied a cell a paragraph: a label followed by {width - 1} "
            f"number(s) makes a row of {width} columns.", review=True))
        if header and len(header) != width:
            doubts.append(Repair(
                "table-merged-cells", first, f"header: {len(header)} cells", "",
                f"Rebuilt a table copied a cell a paragraph: its header has {len(header)} "
                f"cells for {width} columns (merged cells, or a cell broken over lines) and "
                "is kept whole in the first row — place its cells by hand."))
        index = end
    return result, repairs, doubts

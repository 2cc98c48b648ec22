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

A table with no caption (under 「…如下：」 or a title that names no table) is rebuilt in a
clean text only when every row is a label and its values under a header of one word a
column; short lines above that header stay text, a doubt.

Tables rebuilt here from paragraphs, spaces or counted header places are guesses, held for
the editor (heldtables.py); rows split by 「|」 are the source's grid unless a row is short
of the header or holds a run of bare bars (merged cells: `table-short-rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import has_han, strip_tags
from briefing.importer.flattables import NO_DATA, NUMBER_CELL, QUANTITY_CELL
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import heading_numbering

CELL_MAX = 16  # characters of a cell line
HEADER_CELL_MAX = 40  # characters of a header cell: a quantity, its pollutant and unit
COLUMNS_MIN = 2
# Inside a header cell: no mark of a sentence or a list.
SENTENCE_MARK = re.compile(r"[。！？；，,、]")
# 「二、简要评述」「（一）总体情况」: a section heading's numbering.
SECTION_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


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
            or roles.is_note(line) or roles.is_table_caption(line):
        return None
    return text


def _is_number(cell: str) -> bool:
    return bool(NUMBER_CELL.match(roles.plain(cell)))


# The table's units on a line of their own under its caption: no header cell.
UNITS = re.compile(r"^[（(]?(?:单位|计量单位|金额单位)\s*[:：]\s*[^\s，。；]{1,16}[）)]?$")


def _is_units(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        UNITS.match(strip_tags(block.text).strip()))


def _is_value(cell: str) -> bool:
    """A number, or a mark standing for a value the table does not give."""
    return _is_number(cell) or bool(NO_DATA.match(roles.plain(cell).strip()))


def _is_amount(cell: str) -> bool:
    """A number, or a figure written with its unit (「4.48万吨」「9177头」: a table whose
    rows measure different things gives each value its unit; flattables.QUANTITY_CELL)."""
    return _is_number(cell) or bool(QUANTITY_CELL.match(roles.plain(cell).strip()))


def _is_cell_value(cell: str) -> bool:
    """A table's value given a cell a paragraph: a figure (with its unit or not) or a
    no-data mark."""
    return _is_amount(cell) or _is_value(cell)


def _columns(cells: list[str]) -> tuple[int, int] | None:
    """(where the rows begin, the number of columns): the first label followed by numbers
    gives both; the rows from there must fill whole rows. None when nothing fits."""
    for start, cell in enumerate(cells):
        if _is_amount(cell):
            continue
        end = start + 1
        while end < len(cells) and _is_cell_value(cells[end]):
            end += 1
        width = end - start
        if width < COLUMNS_MIN:
            continue
        if (len(cells) - start) % width:
            return None
        return start, width
    return None


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
            and not any(_is_cell_value(cell) for cell in header)
            and all(not _is_cell_value(row[0]) and all(_is_cell_value(cell) for cell in row[1:])
                    for row in rows))


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


# Under a caption, cells a paragraph whose columns no count reads (merged cells): kept
# together as a one-column table, held for the editor to rebuild (as a raw extraction's
# flattened table, flattables.py), never left as paragraphs of loose figures.
FLAT_CELLS_MIN = 6
FLAT_VALUES_MIN = 3


def _kept_together(blocks: list[RawBlock]) -> RawBlock:
    """Cells a paragraph → one table block, a cell a row (the first its header)."""
    texts = [_row([block.lines[0].text.strip()]) for block in blocks]
    lines = [SourceLine(blocks[0].line, texts[0]), SourceLine(blocks[0].line, "|---|")]
    lines += [SourceLine(block.line, text) for block, text in zip(blocks[1:], texts[1:],
                                                                   strict=True)]
    return RawBlock("table", lines, blank_before=1, blank_after=blocks[-1].blank_after)


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
                     and roles.is_table_caption(block.text))
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
        end = index
        cells = []
        while end < len(blocks) and (cell := _cell(
                blocks[end], header=not any(_is_amount(c) for c in cells))) is not None:
            cells.append(cell)
            end += 1
        found = _columns(cells)
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
        if found is None:
            if captioned and len(cells) >= FLAT_CELLS_MIN \
                    and sum(1 for cell in cells if _is_cell_value(cell)) >= FLAT_VALUES_MIN:
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
        lines = [_row(head + [""] * (columns - len(head))), "|" + "---|" * columns]
        lines += [_row(row + [""] * (columns - len(row))) for row in rows]
        first = blocks[index].line
        numbers = [b.line for b in blocks[index:end]]
        table = RawBlock(
            "table", [SourceLine(numbers[0], lines[0]), SourceLine(numbers[0], lines[1])]
            + [SourceLine(numbers[min(len(numbers) - 1, start + r * width)], line)
               for r, line in enumerate(lines[2:])],
            blank_before=1, blank_after=blocks[end - 1].blank_after)
        result.append(table)
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


# ---------------------------------------------------------------- merged header cells


def _cells(line: str) -> list[str]:
    body = line.strip().removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", body)]


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
            or any(_is_number(cell) for cell in second) or not all(head[:n]):
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
        head, second = _cells(lines[0]), _cells(lines[2])
        width = len(head)
        k, m = _trailing_empty(head), _trailing_empty(second)
        n, r = width - k, width - m
        words = second[:r]
        even = _even_groups(head, second)
        if not even and not (k and m and len(second) == width and n - m == 1 and 1 + k == r
                             and all(words) and not any(_is_number(cell) for cell in words)):
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
        rows = [_row(first_row), _row(second_row)]
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
                or len(_cells(lines[1])) != len(_cells(lines[0])):
            result.append(block)
            continue
        rows = [[cell.replace("\\|", "|") for cell in _cells(text)] for text in lines]
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
                 else SourceLine(line.number, _row(cells + [""] * (wide - len(cells))))
                 for index, (line, cells) in enumerate(zip(block.lines, rows, strict=True))]
        result.append(block.with_lines(fixed))
        repairs.append(Repair(
            "table-ragged-rows", block.line, lines[0].strip()[:40],
            f"header: {width} cells; " + "; ".join(found),
            "Rows of a pipe table have another number of cells than its header: each was "
            f"filled with empty cells at its end to {wide} columns, no cell dropped — check "
            "which column each value belongs to (merged cells?).", review=True))
    return result, repairs


def is_delimiter(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?", line.strip()))


# ---------------------------------------------------------------- tables set with spaces

# A table copied from a word processor or a PDF's layout text: a row a line, its cells
# set apart by runs of spaces (two or more, or full-width ones). Consecutive lines with
# the same number of such cells (three or more, each short), one of them holding a
# number, are a table; prose has single spaces at most between its words.
SPACES = re.compile(r"[ \t]{2,}|\u3000+[ \t\u3000]*")
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
            1 for row in run if sum(1 for cell in row if _is_value(cell)) >= 2
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


def spaced_tables(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Tables whose columns are set with spaces → pipe tables (the first row the header).
    Rows may stand in one block or, in a text of a paragraph a line, in blocks of a line
    each on consecutive lines of the source, or under a header each a block of its own
    parted by blank lines (see above)."""
    merged: list[RawBlock] = []
    spread: dict[int, int] = {}  # id of a block of rows parted by blank lines → width
    for block in blocks:
        previous = merged[-1] if merged else None
        if (previous is not None and block.kind == "text" and previous.kind == "text"
                and len(block.lines) == 1 and spaced_cells(block.text)
                and spaced_cells(previous.lines[-1].text)
                and block.line == previous.lines[-1].number + 1):
            merged[-1] = RawBlock("text", previous.lines + block.lines,
                                  blank_before=previous.blank_before,
                                  blank_after=block.blank_after, at_file_edge=False)
            continue
        width = 0  # the cells of the rows above, parted by blank lines, or of its header
        if previous is not None and id(previous) in spread:
            width = spread[id(previous)]
        elif previous is not None and len(previous.lines) == 1:
            width = len(_spaced_header(previous.text) or [])
        if (width and previous is not None and block.kind == "text" and previous.kind == "text"
                and len(block.lines) == 1 and _row_cells(block.text, width)
                and re.search(r"\d", block.text)):
            merged[-1] = RawBlock("text", previous.lines + block.lines,
                                  blank_before=previous.blank_before,
                                  blank_after=block.blank_after, at_file_edge=False)
            spread.pop(id(previous), None)
            spread[id(merged[-1])] = width
            continue
        merged.append(block)
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in merged:
        if block.kind != "text" or len(block.lines) < 2:
            result.append(block)
            continue
        spread_width = spread.get(id(block))
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
                _is_number(cell) for row in rows[index + 1:end] for cell in row if row)) \
                and (bool(spread_width) or _figure_row(block.lines[index].text) is None)
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
            table_lines = [SourceLine(lines[0].number, _row(cells[0])),
                           SourceLine(lines[0].number, "|" + "---|" * width)]
            table_lines += [SourceLine(line.number, _row(row))
                            for line, row in zip(lines[1:], cells[1:], strict=True)]
            result.append(RawBlock("table", table_lines, **edge))
            repairs.append(Repair(
                "table-from-spaces", lines[0].number, f"{len(lines)} lines in columns",
                f"{len(lines)} rows × {width} columns", "Made a table of lines whose "
                "cells are set apart by runs of spaces (the first row its header).",
                review=True))
    return result, repairs


# ---------------------------------------------------------------- tables set with single spaces

# A table copied as text with one space between its cells (「甲市 61 30 90.3」): a line of
# header words (three or more, no number), then at least two lines each a label and as
# many values (numbers, figures with their units 「3.62万吨」, or no-data marks) as the
# header has words after its first. Prose never gives a line of bare values after a word,
# so only such runs are read. Its grid is the source's (heldtables.py): a missing or split
# cell would break the count.
WORD_COLUMNS_MIN = 3
WORD_ROWS_MIN = 2
WORD_MAX = 12  # characters of a header word


def _header_words(text: str) -> list[str] | None:
    words = strip_tags(text).split()
    if len(words) < WORD_COLUMNS_MIN or any(
            _is_cell_value(word) or len(word) > WORD_MAX or re.search(r"[。，；：！？,;]", word)
            for word in words):
        return None
    return text.split()


def _value_row(text: str, width: int) -> list[str] | None:
    words = text.split()
    if len(words) != width or _is_cell_value(words[0]) or not all(
            _is_cell_value(word) for word in words[1:]):
        return None
    return words


def word_tables(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Runs of a header line and value rows set with single spaces (see above), in one
    block or in blocks of a line each on consecutive lines → pipe tables."""
    lines = [line for block in blocks if block.kind == "text" for line in block.lines]
    run_of: dict[int, int] = {}  # id of a source line → its run's first line number
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        head = _header_words(lines[index].text)
        end = index + 1
        while head and end < len(lines) and _value_row(lines[end].text, len(head)) \
                and lines[end].number == lines[end - 1].number + 1:
            end += 1
        if head and end - index - 1 >= WORD_ROWS_MIN:
            run_of.update((id(line), lines[index].number) for line in lines[index:end])
            repairs.append(Repair(
                "table-from-words", lines[index].number, f"{end - index} lines",
                f"{end - index} rows × {len(head)} columns",
                "Made a table of lines set with single spaces: a line of header words, "
                "then rows each a label and its values.", review=True))
            index = end
        else:
            index += 1
    if not run_of:
        return blocks, []
    return _runs_as_tables(blocks, run_of, lambda piece: [line.text.split() for line in piece]
                           ), repairs


# A schedule copied as text (a notice's 流程/议程): a line of two header words (「時間 內容」),
# then at least two lines each opening with a clock time or a span of two (「14:00-14:02」),
# a space, and its item (header words hold no digit). Such rows read as two cells — the
# time and the rest of the line — under the two header words, never as paragraphs of
# loose times. When every row is exactly two words (「14:02-14:10 主辦單位致詞」) each
# cell's column is the source's, as in a table of header words (printed,
# ``table-from-schedule-words``); when an item holds a space, whether it parted two cells
# is a guess: held (heldtables.py, ``table-from-schedule``).
CLOCK = r"\d{1,2}[:：]\d{2}"
SCHEDULE_ROW = re.compile(rf"^({CLOCK}(?:\s*[-－–—~～至]+\s*{CLOCK})?)[ \t\u3000]+(\S.*)$")
SCHEDULE_ROWS_MIN = 2


def _schedule_header(text: str) -> list[str] | None:
    words = strip_tags(text).split()
    if len(words) != 2 or any(len(word) > WORD_MAX or re.search(r"[\d０-９。，；：！？,;:]", word)
                              for word in words):
        return None
    return words


def _schedule_row(text: str) -> list[str] | None:
    match = SCHEDULE_ROW.match(text.strip())
    return [match.group(1), match.group(2).strip()] if match else None


def schedule_tables(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Runs of a schedule's header line and its timed rows (see above), in one block or in
    blocks of a line each on consecutive lines → pipe tables of two columns."""
    lines = [line for block in blocks if block.kind == "text" for line in block.lines]
    run_of: dict[int, int] = {}
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        head = _schedule_header(lines[index].text)
        end = index + 1
        while head and end < len(lines) and _schedule_row(lines[end].text) \
                and lines[end].number == lines[end - 1].number + 1:
            end += 1
        if head and end - index - 1 >= SCHEDULE_ROWS_MIN:
            run_of.update((id(line), lines[index].number) for line in lines[index:end])
            exact = all(len(strip_tags(line.text).split()) == 2 for line in lines[index:end])
            repairs.append(Repair(
                "table-from-schedule-words" if exact else "table-from-schedule",
                lines[index].number, f"{end - index} lines",
                f"{end - index} rows × 2 columns",
                "Made a table of a schedule copied as text: a line of two header words, "
                "then rows each a time and its item.", review=True))
            index = end
        else:
            index += 1
    if not run_of:
        return blocks, []
    return _runs_as_tables(blocks, run_of, lambda piece: [
        strip_tags(piece[0].text).split(), *(_schedule_row(line.text) for line in piece[1:])]
    ), repairs


def _runs_as_tables(blocks: list[RawBlock], run_of: dict[int, int],
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
        table = [SourceLine(numbers[0], _row(cells[0])),
                 SourceLine(numbers[0], "|" + "---|" * len(cells[0]))]
        table += [SourceLine(number, _row(row))
                  for number, row in zip(numbers[1:], cells[1:], strict=True)]
        result.append(RawBlock("table", table, blank_before=1, blank_after=1))
    return result


# ---------------------------------------------------------------- rows of figures

# A statistics table copied as text (a yearbook's web page, a bulletin's table pasted with
# its cell borders lost): a row a line, its label — words, in one language or two
# (「城镇居民    Urban Households」) — then its figures, all set apart by spaces, single or
# runs, so that no column can be told from the spacing. What a row is can still be told:
# the figures close the line. Lines in a row each ending in two figures or more (three such
# lines, or two of three figures or more) are a table's rows: no prose line ends in two bare
# numbers, let alone several lines in a row. The header is the short lines right above the
# first row (together, no blank line between them; no sentence, no caption, no 单位/注
# line); one that splits into the columns word by word (or by runs of spaces) is the
# header row, else (a header broken over lines) its lines are kept together in the first
# header cell, in the order the copy gives them.
# Where a label ends is read from where the figures begin, and a row with fewer figures
# than others has them placed in the last columns: a guess, held (heldtables.py) — but
# its figures stay with their rows' labels, never paragraphs of loose numbers.
FIGURE_ROWS_MIN = 3
FIGURE_ROWS_WIDE = 2  # rows enough when each has FIGURES_WIDE figures or more
FIGURES_MIN = 2
FIGURES_WIDE = 3
FIGURE_HEADER_LINES_MAX = 6
FIGURE_LINE_GAP = 2  # source lines from one line of a table to the next (a blank between)
THOUSANDS = re.compile(r"^[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
LABEL_SENTENCE = re.compile(r"[。！？；;]|[：:，,]$")


# A code, not a figure: an area code or a number with a leading zero, a mobile number.
NUMBER_CODE = re.compile(r"^(?:0\d+|1\d{10})$")


def _is_figure(word: str) -> bool:
    return (_is_value(word) or bool(THOUSANDS.match(word))) and not NUMBER_CODE.match(word)


def _figure_row(text: str) -> tuple[str, list[str]] | None:
    """A line's label and its figures when figures close it (see above), else None."""
    words = text.split()
    count = 0
    while count < len(words) and _is_figure(words[len(words) - 1 - count]):
        count += 1
    if count < FIGURES_MIN or count == len(words):
        return None
    label = text.strip()
    for word in reversed(words[-count:]):
        label = label[:label.rindex(word)].rstrip()
    if LABEL_SENTENCE.search(label) or roles.is_table_caption(label):
        return None
    return label, words[-count:]


def _figure_header_line(text: str) -> bool:
    line = strip_tags(text).strip()
    return (0 < len(line) <= HEADER_CELL_MAX and not SENTENCE_MARK.search(line)
            and line[-1] not in "：:" and not line.startswith(("单位", "注", "表", "资料来源"))
            and not SECTION_NUMBERING.match(line) and not roles.is_table_caption(line)
            and not UNITS.match(line) and _figure_row(text) is None)


# A yearbook's rows come in sections: a line naming the group of rows under it (「人口与
# 就业」「宏观经济」「主要农副产品产量」), no figures of its own — a row of the table whose
# figure cells are empty, as the source prints it, not a heading and not a new table. Such
# a line is read as a row only between rows of figures (a row above it, within a line or
# two a row of figures under it) or between the header of the columns' heads and the
# first row, never more than SECTION_ROWS_MAX together; a line naming a table (「…情况」,
# 「表2 …」), a units line, a note or a numbered heading (「3.工业」) ends the table instead.
SECTION_ROWS_MAX = 2
SECTION_ROW_MAX = 20  # characters of a section row's label


def _section_row(text: str) -> bool:
    line = roles.plain(strip_tags(text)).strip()
    return (0 < len(line) <= SECTION_ROW_MAX and has_han(line)
            and _figure_header_line(text) and not roles.is_table_name(line)
            and heading_numbering(line).rank == 0
            and not any(_is_figure(word) for word in line.split()))


# The header of a yearbook's table may give the columns' heads alone (「1990 1995 2000」),
# its corner above the rows' labels empty: a line of one word fewer than the columns, each
# a year or a figure, is that header, its first cell empty.
YEAR_HEAD = re.compile(r"^\d{4}年?$")


def _column_heads(text: str, width: int) -> list[str] | None:
    words = text.split()
    if len(words) == width - 1 and all(YEAR_HEAD.match(word) or _is_figure(word)
                                       for word in words):
        return ["", *words]
    return None


# A yearbook sets its two-character heads letterspaced: 「指　标」「项 目」 is one head.
LETTERSPACED_HEAD = re.compile(r"^[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff])(?=[ \t\u3000])")


# A header printed as a row: its label's head, then the years the columns give, one after
# another (「指 标 2021 2022 2023」 — the figures of no row climb a year at a time).
YEAR_MIN, YEAR_MAX = 1900, 2100


def _year_row(text: str, width: int) -> list[str] | None:
    found = _figure_row(text)
    if found is None or len(found[1]) != width - 1:
        return None
    years = [int(word) if word.isdigit() else 0 for word in found[1]]
    if all(YEAR_MIN <= year <= YEAR_MAX for year in years) and all(
            later > earlier for earlier, later in zip(years, years[1:], strict=False)):
        return [found[0], *found[1]]
    return None


def _figure_header(lines: list[str], width: int) -> tuple[list[str], bool]:
    """The header row of a table of `width` columns from its header lines, and whether
    they had to be kept together in its first cell."""
    if len(lines) == 1:
        line = lines[0].strip()
        spaced = LETTERSPACED_HEAD.match(line)
        for cells in (line.split(), SPACES.split(line)):
            if len(cells) == width:
                return cells, False
        if spaced:
            rest = line[spaced.end():].strip()
            for cells in (rest.split(), SPACES.split(rest)):
                if len(cells) == width - 1:
                    return [spaced[0], *cells], False
    if not lines:
        return [""] * width, False
    return [" ".join(line.strip() for line in lines)] + [""] * (width - 1), True


def figure_row_tables(blocks: list[RawBlock]
                      ) -> tuple[list[RawBlock], list[Repair], list[Repair]]:
    """Runs of lines each a label and its figures, under their header lines (see above)
    → pipe tables, each a guess (held)."""
    lines: list[SourceLine] = []
    # Text lines with another block (a heading, a table) between them and the text line
    # before: a run of rows never reaches across that block, whose line the run could not
    # hold, so the run's table would print the rows around it as one.
    after_other: set[int] = set()
    other_between = False
    for block in blocks:
        if block.kind != "text":
            other_between = True
            continue
        if other_between and block.lines:
            after_other.add(id(block.lines[0]))
        other_between = False
        lines.extend(block.lines)
    run_of: dict[int, int] = {}
    # run's first line → its header's lines, the width, the header row
    shapes: dict[int, tuple[int, int, list[str]]] = {}
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    def next_to(k: int) -> bool:  # lines[k] follows lines[k - 1] within the table
        return (lines[k].number - lines[k - 1].number <= FIGURE_LINE_GAP
                and id(lines[k]) not in after_other)

    while index < len(lines):
        end = index
        while end < len(lines) and (end == index or next_to(end)):
            if _figure_row(lines[end].text):
                end += 1
                continue
            # Section rows between rows of figures (see SECTION_ROWS_MAX).
            after = end
            while after < len(lines) and after - end < SECTION_ROWS_MAX \
                    and end > index and (after == end or next_to(after)) \
                    and _section_row(lines[after].text):
                after += 1
            if after == end or after >= len(lines) or not next_to(after) \
                    or not _figure_row(lines[after].text):
                break
            end = after
        counts = [len(found[1]) for line in lines[index:end]
                  if (found := _figure_row(line.text))]
        if not counts or len(counts) < (FIGURE_ROWS_WIDE if min(counts) >= FIGURES_WIDE
                                        else FIGURE_ROWS_MIN):
            index = max(end, index + 1)
            continue
        width = 1 + max(counts)
        # The run's first line the header: its label's head, then the years.
        if _year_row(lines[index].text, width) and len(counts) - 1 >= FIGURE_ROWS_WIDE \
                and not _year_row(lines[index + 1].text, width):
            header = _year_row(lines[index].text, width)
            kept_whole, header_lines, start, index = False, 1, index, index + 1
        else:
            header_lines = -1
        # The columns' heads alone, a section row or two (and blank lines) above the rows.
        heads = None
        above = index
        while header_lines < 0 and above > 0 and index - above <= SECTION_ROWS_MAX \
                and next_to(above) and id(lines[above - 1]) not in run_of:
            if _column_heads(lines[above - 1].text, width):
                heads = above - 1
                break
            if not _section_row(lines[above - 1].text):
                break
            above -= 1
        if header_lines >= 0:  # the run's first line, read above
            pass
        elif heads is not None:
            start = heads
            header, kept_whole = _column_heads(lines[heads].text, width), False
            header_lines = 1
        else:
            start = index
            # The header's lines stand together, right above the rows or one blank line up.
            while start > 0 and index - start < FIGURE_HEADER_LINES_MAX \
                    and id(lines[start - 1]) not in run_of \
                    and id(lines[start]) not in after_other \
                    and lines[start].number - lines[start - 1].number <= (
                        FIGURE_LINE_GAP if start == index else 1) \
                    and _figure_header_line(lines[start - 1].text):
                start -= 1
            header, kept_whole = _figure_header([line.text for line in lines[start:index]],
                                                width)
            header_lines = index - start
        first = lines[start].number
        run_of.update((id(line), first) for line in lines[start:end])
        shapes[first] = (header_lines, width, header)
        sections = [line for line in lines[start + header_lines:end]
                    if not _figure_row(line.text)]
        short = [f"source line {line.number}, the row 「{found[0][:12]}」: "
                 f"{width - 1 - len(found[1])} figure(s) fewer"
                 for line in lines[index:end]
                 if (found := _figure_row(line.text)) and len(found[1]) < width - 1]
        repairs.append(Repair(
            "table-from-figure-rows", first, f"{end - start} lines",
            f"{end - start - header_lines + 1} rows × {width} columns"
            + (f" ({'; '.join(short)}: placed in the last columns)" if short else "")
            + (f" ({len(sections)} section row(s) with no figures, from source line "
               f"{sections[0].number}: their cells left empty)" if sections else ""),
            "Made a table of lines each a label and its figures set apart by spaces: a "
            "label ends where the figures closing its line begin.", review=True))
        if kept_whole:
            doubts.append(Repair(
                "table-header-lines", first, f"{header_lines} header lines", "",
                f"Made a table of rows of figures whose header stands on {header_lines} "
                "lines that do not split into its columns: they are kept together in its "
                "first header cell — split them over the columns."))
        index = end
    if not run_of:
        return blocks, [], []

    def rows_of(piece: list[SourceLine]) -> list[list[str]]:
        header_lines, width, header = shapes[piece[0].number]
        rows = [_figure_row(line.text) or (line.text.strip(), [])
                for line in piece[header_lines:]]
        return [header] + [[label, *([""] * (width - 1 - len(figures))), *figures]
                           for label, figures in rows]

    return _runs_as_tables(blocks, run_of, rows_of), repairs, doubts


# A web page's table saved as text: a row a line, its cells set apart by '|' and closed
# by one, the leading bar only where the first cell is empty (the header's corner):
# 「| 绝对数 | 增长（%） |」「生产总值 | 617.50 | 5.2 |」. An empty last cell may lose its
# closing bar (「… | 1次/季度 |」 under 「… | 监测频次 | 备注 |」): a row short of the header
# is filled with empty cells at its end. A header and one row are a table when the row has
# three cells or more (a page's button bar 「默认 超大 | 打印 |」 is one line, two cells).
BAR_ROWS_MIN = 3  # lines (header included): fewer is no table …
BAR_WIDE_ROWS_MIN = 2  # … unless its rows have this many cells
BAR_WIDE_CELLS = 3


def _bar_cells(line: str) -> list[str] | None:
    text = line.strip()
    if not text.endswith("|") or text.count("|") < 2:
        return None
    return [cell.strip() for cell in text[:-1].split("|")]


def bar_row_tables(lines: list[SourceLine], source_number=lambda number: number
                   ) -> tuple[list[SourceLine], list[Repair]]:
    """Make runs of bar-separated rows (no |---| delimiter, body rows without a leading
    bar) pipe tables: each row barred on both sides, the delimiter under the first, a
    boundary either side. Rows must agree in their number of cells; a run with a delimiter
    row is Markdown's own table and left alone. Only in plain text (not Markdown)."""
    lines, closed = _closing_bars(lines)
    result: list[SourceLine] = []
    repairs: list[Repair] = []
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
                result.append(SourceLine(line.number, _row(row or [])))
                if position == header_rows - 1:
                    result.append(SourceLine(line.number, _row(["---"] * len(row or []))))
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
    values = [_is_cell_value(cell) for cell in cells]
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
        result.append(SourceLine(number, _row(header)))
        result.append(SourceLine(number, _row(["---"] * len(header))))
        result += [SourceLine(number, _row(row)) for row in rows]
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
                                  or (i == len(rows) - 1 and len(rows[i][1]) < width))
            for i in rest):
        return None
    for i in whole:
        cells = rows[i][1]
        if _is_value(cells[0]) or not all(_is_value(cell) for cell in
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


# ---------------------------------------------------------------- continued tables

# A table broken over pages goes on under 「续表」 (「续表2」, 「续表 2 …」), its header
# printed again: the same table. Under a table whose header rows are the same, the
# continuation's rows join it (its repeated header and caption dropped: the layout prints
# 「（续表）」 where the table breaks); a continuation whose header differs, or with anything
# between, stays a table of its own.
CONTINUED = re.compile(r"^续表\s*(?P<number>[A-Z]?[\d一二三四五六七八九十]+(?:[-－.．]\d+)?)?")
TABLE_NUMBER = re.compile(r"^[附]?表\s*(?P<number>[A-Z]?[\d一二三四五六七八九十]+(?:[-－.．]\d+)?)")


def _header_rows(lines: list[str]) -> int:
    """How many rows stand above the table's delimiter row."""
    return next((i for i, line in enumerate(lines) if is_delimiter(line)), 0)


def continued_tables(nodes: list) -> tuple[list, list[Repair]]:
    """Nodes with each 「续表」 table joined to the table right above it (see above)."""
    result: list = []
    found: list[Repair] = []
    for node in nodes:
        previous = result[-1] if result else None
        continued = CONTINUED.match(node.caption or "") if node.kind == "table" else None
        if continued and previous is not None and previous.kind == "table":
            above = TABLE_NUMBER.match(previous.caption or "") or CONTINUED.match(
                previous.caption or "")
            lines, upper = node.text.split("\n"), previous.text.split("\n")
            head, upper_head = _header_rows(lines), _header_rows(upper)
            same_number = not continued["number"] or (
                above is not None and above["number"] == continued["number"])
            if same_number and head and head == upper_head and [
                    re.sub(r"\s", "", line) for line in lines[:head]] == [
                    re.sub(r"\s", "", line) for line in upper[:head]]:
                rows = lines[head + 1:]
                start = len(previous.text) + 1
                offsets = {offset: number for offset, number in node.segments}
                row_starts = []
                offset = 0
                for index, line in enumerate(lines):
                    if index > head:
                        row_starts.append((start, offsets.get(offset, node.line)))
                        start += len(line) + 1
                    offset += len(line) + 1
                result[-1] = replace(previous, text=previous.text + "\n" + "\n".join(rows),
                                     segments=previous.segments + tuple(row_starts))
                found.append(Repair(
                    "table-continued", node.line, node.caption or "",
                    f"{len(rows)} rows joined to 「{(previous.caption or '')[:20]}」",
                    "Joined a table's continuation (「续表」, its header repeated) to the "
                    "table above: the same table broken over pages."))
                continue
        result.append(node)
    return result, found


# A table the page's end broke goes on at the top of the next page under the same columns
# — its header printed again, or, for a table with no header, none — and the lines at the
# foot of the page it left (a footnote, 「† 通信作者 …」) stand between its two parts in a raw
# extraction's text. A reader reads one table and the foot after it. So a table with no
# caption, whose header rows are the table's above (the same text, or both empty), with a
# page break (a form feed in the source) between the two and nothing between them but at
# most PAGE_FOOT_MAX short blocks standing before that break, joins the table above; the
# foot's blocks follow the joined table. Which rows go on is read from the columns and the
# header alone: a guess (held, ``table-page-continued``).
PAGE_FOOT_MAX = 2  # blocks at a page's foot
PAGE_FOOT_CHARS = 120  # characters of such a block
FORM_FEED = "\f"


def _columns_of(lines: list[str]) -> int:
    head = _header_rows(lines)
    return len(_cells(lines[head])) if head < len(lines) else 0


def _last_line(node) -> int:
    return max(number for _, number in node.segments)


def page_continued_tables(nodes: list, source: str) -> tuple[list, list[Repair]]:
    """Nodes with each table the page's end broke joined (see above); `source` the text
    the nodes' line numbers count in."""
    if FORM_FEED not in source:
        return nodes, []
    lines = source.split("\n")
    result: list = []
    found: list[Repair] = []
    for node in nodes:
        above = None
        if node.kind == "table" and not node.caption:
            for back in range(1, PAGE_FOOT_MAX + 2):
                if back > len(result):
                    break
                candidate = result[-back]
                if candidate.kind == "table":
                    above = len(result) - back
                    break
                if candidate.kind not in ("paragraph", "note") or \
                        len(candidate.text) > PAGE_FOOT_CHARS:
                    break
        if above is None:
            result.append(node)
            continue
        table, foot = result[above], result[above + 1:]
        upper, own = table.text.split("\n"), node.text.split("\n")
        head, upper_head = _header_rows(own), _header_rows(upper)
        same_head = bool(head) and head == upper_head and [
            re.sub(r"\s", "", line) for line in own[:head]] == [
            re.sub(r"\s", "", line) for line in upper[:head]]
        end, start = _last_line(table), node.line
        breaks = [number for number in range(end, start + 1)
                  if 0 < number <= len(lines) and FORM_FEED in lines[number - 1]]
        if not (same_head and _columns_of(own) == _columns_of(upper) and breaks
                and all(_last_line(block) < breaks[-1] for block in foot)):
            result.append(node)
            continue
        rows = own[head + 1:]
        offset_line = {offset: number for offset, number in node.segments}
        at = len(table.text) + 1
        row_starts, offset = [], 0
        for index, line in enumerate(own):
            if index > head:
                row_starts.append((at, offset_line.get(offset, node.line)))
                at += len(line) + 1
            offset += len(line) + 1
        joined = replace(table, text=table.text + "\n" + "\n".join(rows),
                         segments=table.segments + tuple(row_starts))
        result[above:] = [joined, *foot]
        header = "its header printed again" if any(_cells(line) != [""] * len(_cells(line))
                                                    for line in own[:head]) else "no header"
        found.append(Repair(
            "table-page-continued", node.line, f"{len(rows)} rows after a page break",
            f"joined to the table above ({header})"
            + (f"; the page's foot ({len(foot)} block(s)) set after it" if foot else ""),
            "Joined a table's rows on the next page to the table the page's end broke: the "
            f"same columns, {header}, a page break between"
            + (", the page's foot between them set after the table" if foot else "")
            + ".", review=True))
    return result, found

"""Tables a text gives as lines → pipe tables: a cell a line (「|」 opens a row, 「… |」 is a
cell), a bar after each cell, a table flattened a cell a line under its caption (rebuilt
when one number of columns fits, else kept together, a doubt), and tab-split cells.

Which of these are the source's grid and which are guesses is heldtables.py's convention:
tab-split rows, and rows a 「|」 line opens when none is short, are the source's; every
other table made here had its rows or columns inferred and is held for the editor."""

from __future__ import annotations

import re

from briefing.cjk import UNIT_MAGNITUDES, UNIT_MEASURES
from briefing.importer.chars import SENTENCE_END, is_han, join_lines
from briefing.importer.layout import CLAUSE_START, width
from briefing.importer.records import Repair
from briefing.importer.roles import TABLE_CAPTION, is_table_caption

# ---------------------------------------------------------------- tables, a cell a line

# A web page's table as text extractors copy it: a row opens with a lone 「|」, each cell
# is a line ending in 「 |」, and a line of bare bars 「||」 stands for that many cells
# merged into others. No prose line has this form.
ROW_OPEN = re.compile(r"^[|｜]$")
CELL_LINE = re.compile(r"^(?![|｜]).*?\S[ \t]*[|｜]$")
MERGED_CELLS = re.compile(r"^[|｜]{2,}$")
TABLE_ROWS_MIN = 2


def cell_line_tables(lines: list[tuple[int, str]]
                     ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair]]:
    """Tables written a cell a line (see above) → pipe tables. Merged cells cannot be
    placed for sure: they are left empty at the row's end, and each table is a doubt."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(lines):
        rows, end = _cell_rows(lines, index)
        if len(rows) < TABLE_ROWS_MIN:
            result.append(lines[index])
            index += 1
            continue
        width_ = max(len(cells) for _, cells in rows)
        table = [(number, pipe_row(cells + [""] * (width_ - len(cells))))
                 for number, cells in rows]
        first = rows[0][0]
        result += [(first, ""), table[0],
                   (first, "|" + "---|" * width_), *table[1:], (rows[-1][0], "")]
        repairs.append(Repair(
            "table-from-cell-lines", first, f"{end - index} lines, a cell each",
            f"{len(rows)} rows × {width_} columns",
            "Rebuilt a table copied a cell a line (「|」 opens a row, 「… |」 is a cell)."))
        if any(len(cells) < width_ or not all(cells) for _, cells in rows):
            doubts.append(Repair(
                "table-merged-cells", first, f"{len(rows)} rows × {width_} columns", "",
                "Rebuilt a table copied a cell a line: its merged cells are left empty at "
                "the ends of their rows — check the header and where each value stands."))
        elif _cells_go_on(lines, end):
            # 「|」 ⏎ 「|」: an empty row, and the copy's cells go on under it — the rows
            # read are a piece of a larger grid whose merged cells broke the count
            doubts.append(Repair(
                "table-cells-go-on", first, f"{len(rows)} rows × {width_} columns", "",
                "Rebuilt a table copied a cell a line, but the copy's cells go on under it "
                "past an empty row: the rows read may be a piece of a larger table — check "
                "its rows and columns against the source."))
        index = end
    return result, repairs, doubts


def _cells_go_on(lines: list[tuple[int, str]], end: int) -> bool:
    """Cell lines (「… |」, lone bars) stand right after the table's last row."""
    after = [text.strip() for _, text in lines[end:end + 3] if text.strip()]
    return len(after) >= 2 and all(ROW_OPEN.match(t) or CELL_LINE.match(t) or
                                   MERGED_CELLS.match(t) for t in after)


def _cell_rows(lines: list[tuple[int, str]], start: int
               ) -> tuple[list[tuple[int, list[str]]], int]:
    rows: list[tuple[int, list[str]]] = []
    index = start
    while index < len(lines) and ROW_OPEN.match(lines[index][1].strip()):
        number = lines[index][0]
        cells: list[str] = []
        index += 1
        while index < len(lines):
            text = lines[index][1].strip()
            if CELL_LINE.match(text):
                cells.append(text[:-1].strip())
                index += 1
            elif MERGED_CELLS.match(text):
                cells += [""] * len(text)
                index += 1
                break
            else:
                break
        if not cells:
            return rows, index - 1
        rows.append((number, cells))
    return rows, index


# The same copy without the lines that open the rows: each cell a line ending in 「 |」,
# a line of bare bars 「||||」 closing a short row (its merged cells). The first such line
# tells the number of columns (the cells before it and its bars); every row then holds
# that many cells, a bar line closing a short one. Without a bar line (or when the cells
# do not fill whole rows) the lines are left as they are.
BARE_CELLS_MIN = 6
BARE_CELL = re.compile(r"^[^|｜]*\S[ \t]*[|｜]$")  # one cell, its bar the line's only one


# The same copy closes a short row on the cell's own line (「评价结果 | |」「质量状况 | ||||」):
# the bars after the cell's are the row's empty cells, as a line of bars is.
CELL_THEN_BARS = re.compile(r"^(?P<cell>[^|｜]*[^|｜\s])[ \t]*[|｜][ \t]*(?P<bars>[|｜][|｜ \t]*)$")


def _bars_apart(run: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """The run with a cell and its row's closing bars on one line set on two (see
    CELL_THEN_BARS), and the places of the bar lines so made."""
    result: list[tuple[int, str]] = []
    made: set[int] = set()
    for number, text in run:
        found = CELL_THEN_BARS.match(text)
        if found:
            result.append((number, f"{found['cell']} |"))
            made.add(len(result))
            result.append((number, re.sub(r"[ \t]", "", found["bars"])))
        else:
            result.append((number, text))
    return result, made


def bare_cell_tables(lines: list[tuple[int, str]]
                     ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (BARE_CELL.match(lines[end][1].strip())
                                    or MERGED_CELLS.match(lines[end][1].strip())
                                    or CELL_THEN_BARS.match(lines[end][1].strip())):
            end += 1
        run = [(n, t.strip()) for n, t in lines[index:end]]
        split, made = _bars_apart(run)
        rows = _bare_rows(split, made) if made else None
        if rows is None:  # the run as far as its lines are a cell or bars alone
            end = index
            while end < len(lines) and (BARE_CELL.match(lines[end][1].strip())
                                        or MERGED_CELLS.match(lines[end][1].strip())):
                end += 1
            run = [(n, t.strip()) for n, t in lines[index:end]]
            rows = _bare_rows(run)
        kinds = _kind_columns([t[:-1].strip() for _, t in run]) if rows is None and \
            end - index >= BARE_CELLS_MIN and not any(MERGED_CELLS.match(t) for _, t in run) \
            else []
        if len(kinds) == 1:
            # No bar line tells the rows, but one number of columns gives each column one
            # kind of cell: rebuilt on that guess (held for review: heldtables.py).
            k = kinds[0]
            cells = [(n, t[:-1].strip()) for n, t in run]
            grid = [cells[start:start + k] for start in range(0, len(cells), k)]
            result += [(cells[0][0], ""), (cells[0][0], pipe_row([t for _, t in grid[0]])),
                       (cells[0][0], "|" + "---|" * k),
                       *[(row[0][0], pipe_row([t for _, t in row])) for row in grid[1:]],
                       (cells[-1][0], "")]
            repairs.append(Repair(
                "table-from-cell-kinds", cells[0][0], f"{len(cells)} lines, a cell each",
                f"{len(grid)} rows × {k} columns",
                f"Rebuilt a table copied a cell a line (「… |」) with no line telling its rows: "
                f"only {k} columns give a header of words and each column one kind of cell "
                "(labels, numbers or lists).", review=True))
            index = end
            continue
        if rows is None and end - index >= BARE_CELLS_MIN and not any(
                MERGED_CELLS.match(t) for _, t in run):
            # No bar line tells the rows: as for a copy a cell and a bar line at a time,
            # the cells stay together, one a row in reading order, for the editor.
            cells = [(n, t[:-1].strip()) for n, t in run]
            result += [(cells[0][0], ""), (cells[0][0], pipe_row([cells[0][1]])),
                       (cells[0][0], "|---|"), *[(n, pipe_row([t])) for n, t in cells[1:]],
                       (cells[-1][0], "")]
            repairs.append(Repair(
                "table-flattened", cells[0][0], f"{len(cells)} lines, a cell each",
                f"{len(cells)} rows × 1 column",
                "Kept the cells of a table copied a cell a line together (its bars "
                "removed), one a row."))
            doubts.append(Repair(
                "table-flattened", cells[0][0], f"{cells[0][1][:20]} …",
                f"{len(cells)} cells, one a row",
                f"A table copied a cell a line (「… |」): its {len(cells)} cells are kept "
                "together, one a row in reading order, as no line tells where its rows end "
                "— rebuild the table by hand."))
            index = end
            continue
        if rows is None:
            result.append(lines[index])
            index += 1
            continue
        width_ = len(rows[0][1])
        first = rows[0][0]
        result += [(first, ""), (first, pipe_row(rows[0][1])), (first, "|" + "---|" * width_),
                   *[(number, pipe_row(cells)) for number, cells in rows[1:]],
                   (rows[-1][0], "")]
        repairs.append(Repair(
            "table-from-bare-cells", first, f"{end - index} lines, a cell each",
            f"{len(rows)} rows × {width_} columns",
            "Rebuilt a table copied a cell a line (「… |」), its rows told by the line of "
            "bars closing a short row.", review=True))
        doubts.append(Repair(
            "table-merged-cells", first, f"{len(rows)} rows × {width_} columns", "",
            "Rebuilt a table copied a cell a line: its merged cells are left empty at the "
            "ends of their rows — check the header and where each value stands."))
        index = end
    return result, repairs, doubts


def _bare_rows(run: list[tuple[int, str]], made: frozenset[int] | set[int] = frozenset()
               ) -> list[tuple[int, list[str]]] | None:
    """The rows of a run of cell lines (「… |」), each short row closed by a line of bars
    (`made`: the places of bar lines set apart from their cell's line, one bar or more)."""
    def bar_line(at: int, text: str) -> bool:
        return bool(MERGED_CELLS.match(text)) or at in made

    bars = next((i for i, (_, t) in enumerate(run) if bar_line(i, t)), None)
    if len(run) < BARE_CELLS_MIN or not bars:
        return None
    width_ = bars + len(run[bars][1])
    if not 2 <= width_ <= COLUMNS_MAX:
        return None
    rows: list[tuple[int, list[str]]] = []
    cells: list[str] = []
    number = run[0][0]
    for at, (line_number, text) in enumerate(run):
        if not cells:
            number = line_number
        if bar_line(at, text):
            cells += [""] * len(text)
            if len(cells) != width_:
                return None
        else:
            cells.append(text[:-1].strip())
        if len(cells) == width_:
            rows.append((number, cells))
            cells = []
    return rows if not cells and len(rows) >= TABLE_ROWS_MIN else None


# ------------------------------------------------------- tables, each cell closed by its bar

# A third copy of a web page's table (a yearbook's page saved as text): every cell is
# closed by its bar — 「出生率 |」, an empty cell a lone 「|」 — and a cell whose text the
# page broke over lines has its bar on its last line only (「人口⏎(‰) |」). No line opens
# the rows. The sign of this copy is two lone bars in a row: where a lone bar opens a row
# (above) two in a row would be an empty row, which no such copy writes.
CLOSED_CELLS_MIN = 12
CONTINUED_LINES_MAX = 3  # lines of one cell before its bar
VALUE_ROWS_MIN = 3


def _closed_cells(lines: list[tuple[int, str]], start: int
                  ) -> tuple[list[tuple[list[tuple[int, str]], str]], int]:
    """From `start`, the cells closed by their bars: each its source lines and its text
    (its lines joined); and the index after the last one."""
    cells: list[tuple[list[tuple[int, str]], str]] = []
    pending: list[tuple[int, str]] = []
    index = start
    while index < len(lines):
        number, text = lines[index][0], lines[index][1].strip()
        if not text:
            break
        if ROW_OPEN.match(text):
            if pending:
                break  # text then a bar of its own: another copy's form
            cells.append(([(number, text)], ""))
        elif BARE_CELL.match(text):
            words = [t for _, t in pending] + [text[:-1].strip().strip("|｜").strip()]
            if cells and (words[-1][-1:] in SENTENCE_END or NOTE_CELL.match(words[0])):
                break  # a note under the table, its lines closed by bars as its cells were
            joined = words[0]
            for word in words[1:]:
                joined = join_lines(joined, word)
            cells.append(([*pending, (number, text)], joined))
            pending = []
        elif "|" in text or "｜" in text or len(pending) == CONTINUED_LINES_MAX or \
                text[-1] in SENTENCE_END or len(text) > CELL_PART_MAX or (
                    not cells and len(text) > FIRST_CELL_PART_MAX):
            # (a sentence, or a line as long as a table's title above its first cell, is
            # no part of a cell: 「吉林省2015年7月主要城市空气质量监测结果」 ⏎ 「名称 |」)
            break
        else:
            pending.append((number, text))
        index += 1
    return cells, index - len(pending)


CELL_PART_MAX = 30  # characters of a line of a cell broken over lines
NOTE_CELL = re.compile(r"^(?:注|说明|备注|资料来源|数据来源)\s*[:：]")
FIRST_CELL_PART_MAX = 12  # … of the first cell's first line (longer: the table's title)


def _closed_grid(texts: list[str]) -> tuple[int, int] | None:
    """The number of columns k and the cells s before the grid, smallest k first: rows of
    k cells from s on whose first columns hold words (labels, in one language or two) and
    whose last ones numbers (or nothing) below a header row, at least three rows holding
    numbers, every one of them under a label; None when no k reads so."""
    for k in range(3, COLUMNS_MAX + 1):
        for s in range(0, min(len(texts), 2 * k)):
            rows = [texts[i:i + k] for i in range(s, len(texts), k)]
            body = [row for row in rows if any(row)][1:]  # below the header row
            valued = [row for row in body if any(_kind(c) == "value" for c in row if c)]
            if len(valued) < VALUE_ROWS_MIN or any(not row[0] or _kind(row[0]) == "value"
                                                   for row in valued):
                continue
            first_value = min(next(c for c, cell in enumerate(row) if cell and
                                   _kind(cell) == "value") for row in valued)
            if first_value < 1 or k - first_value < 2:
                continue
            if all((not cell) or ((_kind(cell) == "value") == (c >= first_value))
                   for row in body for c, cell in enumerate(row)):
                return k, s
    return None


# A ranking copied so (a 排名 column first): its rows' first cells count 1, 2, 3 … — each
# row's place (a tie repeats it), the columns' number told by where the count goes on.
# Its other columns may mix words and numbers (the city, its index, its main pollutant),
# as no grid of labels then values does, and it needs no empty cell: the count is the sign.
RANKED_ROWS_MIN = 3


def _ranked_grid(texts: list[str]) -> tuple[int, int] | None:
    """(k, s): a header row of k words from s, then rows of k cells each opening with its
    place, 1, 2, 3 … to the last cell; None when no k reads so."""
    for k in range(3, COLUMNS_MAX + 1):
        for s in range(0, min(len(texts), 2 * k)):
            header, body = texts[s:s + k], texts[s + k:]
            if len(body) % k or len(body) < RANKED_ROWS_MIN * k or not all(
                    cell and _kind(cell) == "word" for cell in header):
                continue
            if _places([body[j * k] for j in range(len(body) // k)]):
                return k, s
    return None


def _places(cells: list[str]) -> bool:
    """Places in a ranking, 1 to the last: each the row's count, or the place above it
    again (a tie: 「12」「12」「14」)."""
    if not all(cell.isdigit() for cell in cells) or cells[:1] != ["1"]:
        return False
    return all(int(cells[j]) in (int(cells[j - 1]), j + 1) for j in range(1, len(cells)))


# A blank form copied so (a notice's 回执表 at its end): its header cells only, each a word
# on a line of its own closed by its bar — 「姓名 |」 ⏎ 「性别 |」 ⏎ 「单位、职务 |」 — and nothing
# after them: the columns are the cells, and no row is there to fill.
FORM_CELLS_MIN = 3
FORM_CELL_MAX = 8  # characters of a form's header cell


def _blank_form(cells: list[tuple[list[tuple[int, str]], str]],
                after: list[tuple[int, str]]) -> bool:
    return (FORM_CELLS_MIN <= len(cells) <= COLUMNS_MAX
            and not any(text.strip() for _, text in after)
            and all(len(source) == 1 and text and len(text) <= FORM_CELL_MAX
                    and _kind(text) != "value" for source, text in cells))


def closed_cell_tables(lines: list[tuple[int, str]]
                       ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair]]:
    """Tables copied a cell a line, each cell closed by its bar (see above) → pipe tables,
    rebuilt on a guess (held: heldtables.py): the number of columns is read from where
    the numbers stand; rows of empty cells (the page's spacing) are dropped, and a row of
    labels alone whose first cell is empty, under a row of figures, is the rest of that
    row's labels (the page broke them into a row of their own). The cells before the grid
    (a table number, a title in two languages) are kept as lines of text, their bars
    removed."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        cells, end = _closed_cells(lines, index)
        lone = [ROW_OPEN.match(lines[i][1].strip()) is not None for i in range(index, end)]
        # (two lone bars in a row, an empty cell's, mark the copy; or one lone bar alone —
        # an empty cell — where no bar opens each row: 「平均 |」 ⏎ 「|」 ⏎ 「85.3 |」)
        grid = _closed_grid([text for _, text in cells]) \
            if len(cells) >= CLOSED_CELLS_MIN and (any(
                a and b for a, b in zip(lone, lone[1:], strict=False)) or sum(lone) == 1) \
            else None
        if grid is None and len(cells) >= CLOSED_CELLS_MIN \
                and all(len(source) == 1 for source, _ in cells):
            grid = _ranked_grid([text for _, text in cells])  # (its cells a line each)
        if grid is None and _blank_form(cells, lines[end:]):
            first = cells[0][0][0][0]
            result += [(first, ""), (first, pipe_row([text for _, text in cells])),
                       (first, "|" + "---|" * len(cells)), (cells[-1][0][-1][0], "")]
            how = f"a header row of {len(cells)} columns, no rows"
            repairs.append(Repair(
                "table-blank-form", first, f"{end - index} lines, a cell each", how,
                "Rebuilt a blank form (a reply slip's header cells, each on a line closed by "
                f"its bar, ending the text): {how}, as the source has it.", review=True))
            index = end
            continue
        if grid is None:
            result.append(lines[index])
            index += 1
            continue
        k, s = grid
        for source, text in cells[:s]:
            if text:
                result += [(source[0][0], text), (source[-1][0], "")]
        header = [text for _, text in cells[s:s + k]]
        if s and not cells[s - 1][1] and header[-1:] == [""] and all(header[:-1]):
            # 「||」 ⏎ 「绝对额 |」 ⏎ 「增长 |」 ⏎ 「|」: the header's one empty cell is the corner
            # above the labels, set first; the empty cell before it closed the row above.
            corner = cells[s + k - 1]
            cells = [*cells[:s], corner, *cells[s:s + k - 1], *cells[s + k:]]
        rows: list[tuple[int, list[str]]] = []
        joined = []
        for at in range(s, len(cells), k):
            row = cells[at:at + k]
            texts = [text for _, text in row] + [""] * (k - len(row))
            if not any(texts):
                continue  # a row of empty cells: the page's spacing
            if rows and not texts[0] and not any(_kind(t) == "value" for t in texts if t) \
                    and any(_kind(t) == "value" for t in rows[-1][1] if t):
                above = rows[-1][1]
                rows[-1] = (rows[-1][0], [join_lines(a, b) if b else a
                                          for a, b in zip(above, texts, strict=True)])
                joined.append(f"source line {row[0][0][0][0]}")
                continue
            rows.append((row[0][0][0][0], texts))
        first = rows[0][0]
        if result and not result[-1][1].strip():
            result.pop()  # (one blank line between the caption kept above and the table)
        result += [(first, ""), (first, pipe_row(rows[0][1])), (first, "|" + "---|" * k),
                   *[(number, pipe_row(texts)) for number, texts in rows[1:]],
                   (rows[-1][0], "")]
        how = f"{len(rows)} rows × {k} columns" + (
            f"; rows of labels only joined to the row above ({', '.join(joined)})"
            if joined else "")
        repairs.append(Repair(
            "table-from-closed-cells", first, f"{end - index} lines, a cell each", how,
            "Rebuilt a table copied a cell a line, each cell closed by its bar (a lone bar "
            f"an empty cell): {how}, its number of columns read from where the numbers "
            "stand.", review=True))
        index = end
        while index < len(lines) and (BARE_CELL.match(note := lines[index][1].strip())
                                      or re.fullmatch(r"[|｜]{1,2}", note)):
            # the table's notes, each line closed by a bar as its cells were: their text
            text = note.rstrip("|｜ \t")
            result += [(lines[index][0], text)] if text else []
            index += 1
    return result, repairs, []


# ---------------------------------------------------------------- tables, a bar after each cell

# Another text copy of a web page's table: each cell's text (on one line or several, a
# narrow cell's words or characters one a line), then a line holding only 「|」, the
# cell's right border; no line marks where a row ends. The rows are read only where one
# number of columns makes every row a label and its numbers (as for a flattened table);
# else the cells stay together, one a row in reading order, for the editor to rebuild.
BAR_CELL_LINES_MAX = 6  # lines of one cell (a river's name set vertically: 木 兰 溪)
BAR_CELL_MAX = 48  # display columns of a cell's line: its bar closes it, so it may be long


def bar_cell_tables(lines: list[tuple[int, str]]
                    ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(lines):
        cells: list[tuple[int, str]] = []
        vertical: list[bool] = []
        end = index
        while (found := _bar_cell(lines, end)) is not None:
            cells.append(found[0])
            vertical.append(_is_vertical([text for _, text in lines[end:found[1] - 1]]))
            end = found[1]
        if len(cells) < CELLS_MIN:
            result.append(lines[index])
            index += 1
            continue
        texts = [text for _, text in cells]
        first = cells[0][0]
        columns = [k for k in range(2, COLUMNS_MAX + 1) if _fits(texts, k)]
        shift = 0
        if not columns and len(corner := _corner_columns(texts)) == 1:
            columns, shift, texts = corner, 1, ["", *texts]
            doubts.append(_corner_doubt(first, corner[0]))
        grouped = _grouped_rows(texts, vertical) if len(columns) != 1 else None
        serial = serial_rows(texts) if len(columns) != 1 and grouped is None else None
        if grouped is not None or serial is not None:
            rows, starts = grouped or serial
            numbers = [cells[start][0] for start in starts]
            k = len(rows[0])
            note, check = SPANNED_NOTES["grouped" if grouped is not None else "numbered"]
            doubts.append(Repair("table-row-spans", first, f"{len(rows) - 1} rows × {k} columns",
                                 "", check))
        elif len(columns) == 1:
            k = columns[0]
            rows = [texts[start:start + k] for start in range(0, len(texts), k)]
            numbers = [cells[max(0, start - shift)][0] for start in range(0, len(texts), k)]
            note = (f"Rebuilt a table copied a cell and a bar line at a time: only {k} "
                    "columns make every row a label and its numbers.")
        else:
            k = 1
            rows = [[text] for text in texts]
            numbers = [number for number, _ in cells]
            doubts.append(Repair(
                "table-flattened", first, f"{texts[0][:20]} …", f"{len(cells)} cells, one a row",
                f"A table copied a cell and a bar line at a time: its {len(cells)} cells are "
                "kept together, one a row in reading order, as its rows cannot be read from "
                "them for sure (merged cells?) — rebuild the table by hand."))
            note = "Kept the cells of a table copied a cell and a bar line at a time together."
        table = [(first, pipe_row(rows[0])), (first, "|" + "---|" * k)]
        table += [(number, pipe_row(row)) for number, row in zip(numbers[1:], rows[1:],
                                                                 strict=True)]
        result += [(first, ""), *table, (lines[end - 1][0], "")]
        repairs.append(Repair("table-from-bar-cells", first,
                              f"{len(cells)} cells, each closed by a 「|」 line",
                              f"{len(rows)} rows × {k} columns", note, review=True))
        index = end
    return result, repairs, doubts


# A table whose first column numbers its rows (序号 1, 2, 3 …), its second naming the group
# a row belongs to (a city over its water sources) once, in the group's first row: a row
# is the cells from one number to the next — as many as the header's, or one fewer where
# the second cell spans from the row above. Each next number must stand at exactly one of
# those two places, the first row must be whole.
SERIAL_HEAD = re.compile(r"^(?:序号|编号|序)$")
SERIAL_COLUMNS_MIN = 3
# A numbered table may close with its total, unnumbered (「合计」 ⏎ 「9377.3」 …): a whole row,
# or one cell short where the label spans the number's column and the name's (<).
TOTAL_LABEL = re.compile(r"^(?:合计|总计|小计|合\s*计|總計|合計|全市|全县|全省|平均)$")


def serial_rows(texts: list[str]) -> tuple[list[list[str]], list[int]] | None:
    """The header and rows of such a table, with each row's first cell index, else None."""
    if not texts or not SERIAL_HEAD.match(texts[0]) or "1" not in texts:
        return None
    k = texts.index("1")
    if k < SERIAL_COLUMNS_MIN:
        return None
    rows, starts = [texts[:k]], [0]
    at, serial = k, 1
    while at < len(texts):
        left = len(texts) - at
        if TOTAL_LABEL.match(texts[at]) and left in (k, k - 1) and len(rows) > 2:
            total = texts[at:]
            rows.append(total if left == k else [total[0], "<", *total[1:]])
            starts.append(at)
            break
        if texts[at] != str(serial):
            return None
        if left == k:
            width = left  # the last row, whole (a short last row may have lost a cell)
        else:
            ends = [w for w in (k, k - 1) if at + w < len(texts) and (
                texts[at + w] == str(serial + 1) or (TOTAL_LABEL.match(texts[at + w]) and len(
                    texts) - at - w in (k, k - 1)))]
            if len(ends) != 1:
                return None
            width = ends[0]
        if width == k - 1 and len(rows) == 1:
            return None  # the first row has no row above to span from
        row = texts[at:at + width]
        rows.append(row if width == k else [row[0], "^", *row[1:]])
        starts.append(at)
        at += width
        serial += 1
    return (rows, starts) if len(rows) > 2 else None


# What a rebuild with cells spanning rows says: the repair's note, the doubt's check.
SPANNED_NOTES = {
    "grouped": (
        "Rebuilt a table copied a cell and a bar line at a time whose groups are named by a "
        "vertical cell (「木⏎兰⏎溪」): the group's first row has all the columns, its other "
        "rows only those not spanning the group (^).",
        "Rebuilt a table with cells spanning the rows of a group (^) from a copy that gives "
        "no row's end: check where each value stands; a header one cell short has its second "
        "place left empty — write < there if the first header cell spans it."),
    "numbered": (
        "Rebuilt a table copied a cell and a bar line at a time whose rows are numbered (序号 "
        "1, 2, 3 …): each row runs to the next number; a row one cell short has its second "
        "cell spanning from the row above (^), a closing total one cell short its label "
        "spanning the number's column too (<).",
        "Rebuilt a numbered table with cells spanning rows (^) or columns (<) from a copy "
        "that gives no row's end: check that each short row's second cell is the one "
        "above's, and the total's label its two columns'."),
}


def _is_vertical(texts: list[str]) -> bool:
    """A cell set vertically, a character a line (a river's name 木 ⏎ 兰 ⏎ 溪)."""
    return len(texts) >= 2 and all(len(text.strip()) == 1 and is_han(text.strip())
                                   for text in texts)


# A table of groups (a river and its sections): the group's name is one cell set
# vertically, spanning the group's rows; so are the group's values at the row's end (its
# compliance rate). The group's first row has all the columns, w1 cells after the name;
# its other rows only the w2 < w1 cells that span no row. One (w1, w2) must make every
# group whole rows, the first row's last w1 − w2 cells numbers and the header the
# columns' (the first header cell may span the name's column and the next: 「河流/断面名称」,
# its second place left empty).
GROUPS_MIN = 2
HEADER_CELLS_MIN = 2


def _grouped_rows(texts: list[str], vertical: list[bool]
                  ) -> tuple[list[list[str]], list[int]] | None:
    """The rows (header first, spans as ^ and <) and each row's first cell's index."""
    labels = [i for i, flag in enumerate(vertical) if flag]
    if len(labels) < GROUPS_MIN or labels[0] < HEADER_CELLS_MIN:
        return None
    header = texts[:labels[0]]
    bounds = [*labels, len(texts)]
    groups = [texts[start + 1:stop] for start, stop in zip(bounds, bounds[1:], strict=False)]
    found = [(w1, w2) for w1 in range(2, COLUMNS_MAX) for w2 in range(1, w1)
             if len(header) in (w1, w1 + 1)
             and all(len(g) >= w1 and (len(g) - w1) % w2 == 0
                     and all(NUMBER_CELL.match(cell) for cell in g[w2:w1])
                     and not any(NUMBER_CELL.match(cell) for cell in g[:1] + g[w1::w2])
                     for g in groups)]
    if len(found) != 1:
        return None
    w1, w2 = found[0]
    # The span mark 「<」 would be escaped as text here (repairs.escape_markup): the place
    # is left empty, and the doubt asks for the header's span.
    rows = [header if len(header) == w1 + 1 else header[:1] + [""] + header[1:]]
    starts = [0]
    for label, group in zip(labels, groups, strict=True):
        rows.append([texts[label], *group[:w1]])
        starts.append(label)
        for start in range(w1, len(group), w2):
            rows.append(["^", *group[start:start + w2], *["^"] * (w1 - w2)])
            starts.append(label + 1 + start)
    return rows, starts


def _bar_cell(lines: list[tuple[int, str]], start: int) -> tuple[tuple[int, str], int] | None:
    """The cell whose lines begin at `start` and the index after its bar line, else None."""
    text = ""
    index = start
    while index < len(lines) and index - start < BAR_CELL_LINES_MAX:
        line = lines[index][1].strip()
        if ROW_OPEN.match(line):
            return ((lines[start][0], text), index + 1) if text else None
        if not line or width(line) > BAR_CELL_MAX or line[-1] in "。；;：:" \
                or RAW_TABLE_CAPTION.match(line) or is_table_caption(line):
            return None
        text = join_lines(text, line)
        index += 1
    return None


# ---------------------------------------------------------------- flattened tables

# pdftotext without -layout gives a table as its cells, one a line, in reading order,
# under its caption 「表1 …」. The table is rebuilt only when one number of columns makes
# every row a label followed by numbers under a header of words; else it stays as it is
# and is a doubt. A table with no caption line is known by its header: two cells in a
# row, each a paragraph, that are words only a table's header is made of (「序号」「代码」
# 「类别名称」「说明」「备注」: HEADER_WORD) — no prose has such a word as a paragraph, let
# alone two in a row.
RAW_TABLE_CAPTION = re.compile(r"^表\s*[A-Z]?\d+(?:[.\-－]\d+)?\s*\S")
CELL_MAX = 24  # display columns of a cell line
CELLS_MIN = 6
COLUMNS_MAX = 10
NUMBER_CELL = re.compile(
    r"^[≤≥<>＜＞±]?\s*[-−－+＋]?\d+(?:\.\d+)?\s*[%％‰]?(?:\s*[～~—－-]\s*\d+(?:\.\d+)?\s*[%％]?)?$"
    r"|^[—－-]{1,2}$")
# A value a bulletin's table could not give stands in the number's place: 「/」, 「未检出」
# (below the detection limit), 「未监测」, 「ND」.
NO_DATA = re.compile(r"^(?:[/／]|未检出|未检测|未监测|ND|N\.D\.)$")
# A figure written with its unit, as a table whose rows measure different things gives
# each value (「4.48万吨」「280公斤」「9177头」「23.45万只」「1.2亿元」): a number, a
# magnitude or a measure or both (GB/T 15835, the units the typesetting layer keeps with
# their numbers, and the measure words a count takes: 头 只 株 …; days 「27天」 and times
# 「2.5倍」 as an air or water bulletin counts them). A year or a date (「2008年」「3月」)
# is no quantity: it heads a column of that year's figures.
QUANTITY_MEASURES = "元吨人户家个件辆台座亩米克套项头只株棵匹斤升次天倍"
QUANTITY_CELL = re.compile(
    r"^[-−－]?\d+(?:\.\d+)?\s*(?:(?:" + "|".join(UNIT_MAGNITUDES) + r")(?:"
    + "|".join(re.escape(m) for m in sorted(UNIT_MEASURES, key=len, reverse=True))
    + f"|[{QUANTITY_MEASURES}])?|(?:"
    + "|".join(re.escape(m) for m in sorted(UNIT_MEASURES, key=len, reverse=True))
    + f"|[{QUANTITY_MEASURES}]))$")
# A header cell of a table's head: what a column holds, as tables name it (「类别名称」
# 「门类 大类」: a header cell over two, extracted as one line).
HEADER_WORD = re.compile(
    r"^(?:序号|编号|代码|[\u4e00-\u9fff]{0,4}(?:名称|代码|编号)|类别|项目|指标|单位|计量单位"
    r"|说明|备注|数量|金额|地区|内容|门类|大类|中类|小类)"
    r"(?:\s+(?:门类|大类|中类|小类|代码|名称))*$")
HEADER_WORDS_MIN = 2


def flattened_tables(lines: list[tuple[int | None, str]]
                     ) -> tuple[list[tuple[int | None, str]], list[Repair], list[Repair]]:
    """A raw extraction's tables given a cell a paragraph (see above) → pipe tables."""
    groups: list[list[tuple[int | None, str]]] = [[]]
    for number, text in lines:
        if text.strip():
            groups[-1].append((number, text))
        elif groups[-1]:
            groups.append([])
    groups = [group for group in groups if group]
    single = [len(group) == 1 for group in groups]
    result_groups: list[list[tuple[int | None, str]]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        text = group[0][1].strip()
        captionless = _header_words(groups, single, index)  # the cells begin here
        if not captionless:
            result_groups.append(group)
            index += 1
            if not (len(group) == 1
                    and (RAW_TABLE_CAPTION.match(text) or is_table_caption(text))
                    and width(text) <= 2 * CELL_MAX * 2 and text[-1] not in SENTENCE_END):
                continue
        end = index
        while end < len(groups) and single[end] and _is_cell(groups[end][0][1]):
            end += 1
        cells = [groups[i][0][1].strip() for i in range(index, end)]
        if len(cells) < CELLS_MIN:
            if captionless:  # not a table after all: the group is text
                result_groups.append(group)
                index += 1
            continue
        first = groups[index][0][0] or 1
        columns = [k for k in range(2, COLUMNS_MAX + 1) if _fits(cells, k)]
        shift = 0
        if not columns and len(corner := _corner_columns(cells)) == 1:
            columns, shift, cells = corner, 1, ["", *cells]
            doubts.append(_corner_doubt(first, corner[0]))
        if len(columns) != 1:
            # Its columns cannot be read for sure: the cells stay together, one a row in
            # reading order, under the caption — a table to rebuild, not paragraphs.
            result_groups.append(
                [(groups[index][0][0], "| " + cells[0].replace("|", "\\|") + " |"),
                 (groups[index][0][0], "|---|")]
                + [(groups[index + r][0][0], "| " + cell.replace("|", "\\|") + " |")
                   for r, cell in enumerate(cells[1:], start=1)])
            doubts.append(Repair(
                "table-flattened", first, f"{text[:20]} …", f"{len(cells)} cells, one a row",
                f"The extraction gave this table's {len(cells)} cells one a line and its "
                "columns cannot be read from them for sure: they are kept together, one "
                "cell a row in reading order — rebuild the table by hand."))
            repairs.append(Repair(
                "table-flattened", first, f"{len(cells)} cells, one a line",
                f"{len(cells)} rows × 1 column", "Kept a flattened table's cells together "
                "(one a row): its columns are left for the editor.", review=True))
            index = end
            continue
        k = columns[0]
        rows = [cells[start:start + k] for start in range(0, len(cells), k)]
        table = [(groups[index][0][0], pipe_row(rows[0])),
                 (groups[index][0][0], "|" + "---|" * k)]
        table += [(groups[index + r * k - shift][0][0], pipe_row(row))
                  for r, row in enumerate(rows[1:], start=1)]
        result_groups.append(table)
        repairs.append(Repair(
            "table-rebuilt", first, f"{len(cells)} cells, one a line",
            f"{len(rows)} rows × {k} columns",
            f"Rebuilt a table the extraction gave a cell a line: only {k} columns make "
            "every row a label and its numbers under a header of words.", review=True))
        index = end
    if not repairs:
        return lines, repairs, doubts
    result: list[tuple[int | None, str]] = []
    for group in result_groups:
        result += ([(None, "")] if result else []) + group
    return result, repairs, doubts


def _header_words(groups: list[list[tuple[int | None, str]]], single: list[bool],
                  index: int) -> bool:
    """Whether a flattened table's header begins at this group: HEADER_WORDS_MIN groups
    in a row, each one line that is a header word."""
    end = index + HEADER_WORDS_MIN
    return end <= len(groups) and all(
        single[i] and HEADER_WORD.match(groups[i][0][1].strip()) for i in range(index, end))


# A section's heading opens with its numbering (「二、工业」「（三）服务业」「第二章 …」):
# the text goes on under it, never a table's cell — the table above ends there.
SECTION_HEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]"
                          r"|第[一二三四五六七八九十\d]{1,3}[章节部分篇])\s*\S")


def _is_cell(text: str) -> bool:
    # The next table's numbered caption (「附表2 …」「4-8  …」) ends the table above it.
    line = text.strip()
    return (0 < width(line) <= CELL_MAX and line[-1] not in "。；;：:"
            and not CLAUSE_START.match(line) and not line.startswith(("注", "表"))
            and not TABLE_CAPTION.match(line) and not SECTION_HEAD.match(line))


def _corner_columns(cells: list[str]) -> list[int]:
    """The column counts that fit once an empty corner cell opens the header: the place
    above the rows' labels is empty, and a copy gives an empty cell no line."""
    return [k for k in range(2, COLUMNS_MAX + 1) if _fits(["", *cells], k)]


def _corner_doubt(line: int, k: int) -> Repair:
    return Repair(
        "table-corner-cell", line, f"header: {k - 1} cells", "",
        f"Rebuilt a table whose header has one cell fewer than its {k} columns: taken for "
        "an empty corner cell above the rows' labels; if a header cell spans two columns "
        "instead, move it.")


def _fits(cells: list[str], k: int) -> bool:
    if len(cells) % k or len(cells) < 2 * k:
        return False
    rows = [cells[start:start + k] for start in range(0, len(cells), k)]
    header, body = rows[0], rows[1:]
    return (not any(_figure(cell) for cell in header)
            and all(not _figure(row[0]) for row in body)
            and all(_figure(cell) or NO_DATA.match(cell) for row in body for cell in row[1:]))


def _figure(cell: str) -> bool:
    """A number, or a figure written with its unit (QUANTITY_CELL)."""
    return bool(NUMBER_CELL.match(cell) or QUANTITY_CELL.match(cell))


# A cell listing several things (「甲县（4.33）、乙县（4.20）」): a ranking table's value.
LIST_CELL = re.compile(r"\S[、，,]\s*\S")


def _kind(cell: str) -> str:
    if _figure(cell) or NO_DATA.match(cell):
        return "value"
    return "list" if LIST_CELL.search(cell) else "word"


def _kind_columns(cells: list[str]) -> list[int]:
    """The numbers of columns k that read the cells as a table of rows each a label and
    its values: a header of k words, then at least two rows whose first cell is a word
    (the label) and each other column holds one kind of cell — numbers (or no-data
    marks) or lists — never words. (A flattened table's _fits, with lists as values.)"""
    found = []
    for k in range(2, COLUMNS_MAX + 1):
        if len(cells) % k or len(cells) < 3 * k:
            continue
        rows = [[_kind(cell) for cell in cells[start:start + k]]
                for start in range(0, len(cells), k)]
        header, body = rows[0], rows[1:]
        if any(kind != "word" for kind in header) or any(row[0] != "word" for row in body):
            continue
        if all(len({row[c] for row in body}) == 1 and body[0][c] != "word"
               for c in range(1, k)):
            found.append(k)
    return found


def pipe_row(cells: list[str]) -> str:
    """A row of a pipe table; a '|' in a cell's text is escaped, or it would split the
    cell (found by `make fuzz`: 「|万」 in a tab-split cell gave a row one cell too long)."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


# ---------------------------------------------------------------- tables in tabs

# A table copied from a spreadsheet or a word processor: a row a line, its cells split by
# tabs. Consecutive lines with the same number of tab-split cells (two or more) are a
# table; prose has no tabs between its words.
TAB = re.compile(r"[ \t]*\t[ \t]*")


def tab_tables(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        cells = _tab_cells(lines[index][1])
        end = index + 1
        while cells and end < len(lines) and len(_tab_cells(lines[end][1])) == len(cells):
            end += 1
        if not cells or end - index < TABLE_ROWS_MIN:
            result.append(lines[index])
            index += 1
            continue
        rows = [(number, _tab_cells(text)) for number, text in lines[index:end]]
        first, count = rows[0][0], len(rows)
        header = _grouped_header(lines[max(0, index - 2):index], cells) \
            if any(_figure(cell) for cell in cells[1:]) else None
        if header is not None:
            # (its two lines were kept as text a moment ago: they are the table's now)
            del result[-2:]
            first = lines[index - 2][0]
            repairs.append(Repair(
                "table-tabs-grouped-header", first, f"{count + 2} lines with tabs",
                f"{count} rows × {len(cells)} columns",
                "Made a table of lines whose cells are split by tabs, under a header of two "
                "shorter lines: the upper line's first heads over both rows, its last over "
                "the lower line's heads — check the header.", review=True))
        else:
            header, rows = [rows[0][1]], rows[1:]
            repairs.append(Repair(
                "table-from-tabs", first, f"{count} lines with tabs",
                f"{count} rows × {len(cells)} columns",
                "Made a table of lines whose cells are split by tabs (the first row its "
                "header)."))
        result += [(first, ""), *((first, pipe_row(row)) for row in header),
                   (first, "|" + "---|" * len(cells))]
        result += [(number, pipe_row(row)) for number, row in rows]
        result.append((rows[-1][0], ""))
        index = end
    return result, repairs


def _grouped_header(above: list[tuple[int, str]], cells: list[str]) -> tuple[
        list[str], list[str]] | None:
    """A tab table's header on the two lines right above its first row of figures, each
    shorter than a row (「省（市） 1995年招生人数 扩招 分年度招生任务」 ⏎ 「1996年 1997年
    1998年」): the upper line's first heads stand over both rows (^ under them), its last
    ones each over an equal share of the lower line's heads (< beside them) — the
    grouped header a spreadsheet merges. None when the two lines do not add up so."""
    if len(above) != 2 or above[1][0] != above[0][0] + 1:
        return None
    upper, lower = _tab_cells(above[0][1]), _tab_cells(above[1][1]) or (
        [above[1][1].strip()] if above[1][1].strip() else [])
    width = len(cells)
    singles = width - len(lower)
    groups = len(upper) - singles
    if not upper or not lower or singles < 1 or groups < 1 or len(lower) % groups \
            or any(_figure(cell) for cell in upper + lower):
        return None
    span = len(lower) // groups
    top = upper[:singles] + [mark for head in upper[singles:]
                             for mark in [head] + ["<"] * (span - 1)]
    return top, ["^"] * singles + lower


# A numbering set off by a tab (「一、\t指导思想」 from a word processor) is a heading's.
TAB_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|"
                           r"\d{1,2}(?:\.\d{1,2})*[.、]?|第[一二三四五六七八九十\d]+[章节条部分])$")


def _tab_cells(text: str) -> list[str]:
    if "\t" not in text.strip() or text.lstrip().startswith("|"):
        return []
    cells = [cell.strip() for cell in TAB.split(text.strip())]
    if len(cells) < 2 or not all(cells) or (len(cells) == 2 and TAB_NUMBERING.match(cells[0])):
        return []
    if any(cell in SPAN_MARKS for cell in cells):
        # A cell that is only 「^」 or 「<」 would be read as a merge with the cell above or
        # to its left (found by `make fuzz`: 「^」 in a first row, a folder its build
        # refused): such lines stay text.
        return []
    return cells


SPAN_MARKS = ("^", "<")  # article.md's merged-cell marks (loader.MERGE_UP, MERGE_LEFT)


# ---------------------------------------------------------------- tables set in columns

# pdftotext -layout sets a table's cells at fixed character columns (one character a
# column, whatever its width): each row opens at the left margin with its key (a date, a
# number, a short name), its other cells start at the columns the rows share, and a cell of
# several lines is set centred on its row's key line, as many lines above it as below.
# The header is the line above the first row, its words centred over their columns; a
# line of one cell centred above the header is the table's title (its caption). A
# run of at least three rows under such a header is rebuilt; anything that does not fit
# (a line off the columns, a cell's lines that do not balance round its row) stays text.
LAYOUT_GAP = re.compile(r"\S+(?: \S+)*")  # a cell's text: words apart by single spaces
LAYOUT_ROWS_MIN = 3
LAYOUT_KEY_MAX = 16  # characters of a row's key
LAYOUT_INDENT_MIN = 4  # spaces before a cell's continuation line
LAYOUT_TITLE_MAX = 40  # characters of a table's title centred above its header


def _segments(text: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in LAYOUT_GAP.finditer(text)]


def _layout_key(text: str) -> list[tuple[int, str]] | None:
    """A row's key line: its key at the left margin, then at least one cell; its cells."""
    cells = _segments(text)
    if len(cells) < 2 or cells[0][0] != 0 or len(cells[0][1]) > LAYOUT_KEY_MAX \
            or re.search(r"[。！？；，：:]", cells[0][1]):
        return None
    return cells



def _pipe_lines(rows: list[list[str]]) -> list[str]:
    """A rebuilt table's pipe lines: its first row the header."""
    return [pipe_row(rows[0]), "|" + "---|" * len(rows[0]), *(pipe_row(row) for row in rows[1:])]

def layout_tables(lines: list[tuple[int, str]]
                  ) -> tuple[list[tuple[int, str]], dict[int, list[str]], list[Repair]]:
    """Tables set in columns (see above) → their pipe rows, kept aside: each table's lines
    are replaced by one line (its first number, empty) that `dict[number]`'s rows take
    the place of once the paragraphs are joined."""
    result: list[tuple[int, str]] = []
    tables: dict[int, list[str]] = {}
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        found = _layout_table(lines, index)
        headerless = found is None and (found := _headerless_table(lines, index)) is not None
        if found is None and (found := _column_read_table(lines, index)) is not None:
            rows, end = found
            number = lines[index][0]
            tables[number] = _pipe_lines(rows)
            result.append((number, ""))
            repairs.append(Repair(
                "table-read-by-columns", number, f"{end - index} lines",
                f"{len(rows) - 1} rows × {len(rows[0])} columns",
                f"Rebuilt a table the extraction read a column at a time: {len(rows)} labels "
                f"a line (the first the corner's), {len(rows[0]) - 1} header cells a line, "
                f"then {len(rows) - 1} rows of as many figures — the counts agree, but which "
                "label goes with which row is read from their order: check it.", review=True))
            index = end
            continue
        if found is None and (found := _centred_table(lines, index)) is not None:
            rows, end = found
            number = lines[index][0]
            tables[number] = _pipe_lines(rows)
            result.append((number, ""))
            repairs.append(Repair(
                "table-centred-columns", number, f"{end - index} lines set in columns",
                f"{len(rows) - 1} rows × {len(rows[0])} columns",
                "Rebuilt lines set in columns apart by runs of spaces, each cell centred in "
                "its column (the first line its header): check that each cell stands in "
                "its column.", review=True))
            index = end
            continue
        if found is None:
            result.append(lines[index])
            index += 1
            continue
        rows, end = found
        number = lines[index][0]
        tables[number] = _pipe_lines(rows)
        if headerless:
            result.append((number, ""))
            repairs.append(Repair(
                "table-headerless-columns", number, f"{end - index} lines set in columns",
                f"{len(rows) - 1} rows × {len(rows[0])} columns",
                "Rebuilt lines set in columns with no header (a glossary's or a list's "
                "terms side by side): each line a row, its cells where every line's pieces "
                "start; the header row is left empty — check whether the columns are one "
                "table's, and name them if the source does.", review=True))
            index = end
            continue
        title = result[-1][1] if result else ""
        if _layout_title(title):
            # Its title, centred above the header: the table's caption.
            result.pop()
            tables[number].insert(0, "Table: " + title.strip())
        result.append((number, ""))
        repairs.append(Repair(
            "table-from-columns", number, f"{end - index} lines set in columns",
            f"{len(rows)} rows × {len(rows[0])} columns",
            "Rebuilt a table the extraction set in columns: a row opens with its key at "
            "the margin, a cell's lines stand centred on its row.", review=True))
        index = end
    return result, tables, repairs


def _layout_title(text: str) -> bool:
    """A table's title above its header: one cell, centred (indented), no sentence."""
    cells = _segments(text)
    return (len(cells) == 1 and cells[0][0] >= LAYOUT_INDENT_MIN
            and len(cells[0][1]) <= LAYOUT_TITLE_MAX and not re.search(r"[。！？；，：:]", text))


def _layout_table(lines: list[tuple[int, str]], start: int
                  ) -> tuple[list[list[str]], int] | None:
    """The rows (header first) of a table whose header is lines[start], and the index
    after its last line; else None."""
    header = _segments(lines[start][1])
    if len(header) < 2 or header[0][0] < LAYOUT_INDENT_MIN:
        return None
    # The run: key lines and indented lines, single blank lines between them passing.
    run: list[int] = []
    index = start + 1
    while index < len(lines):
        text = lines[index][1]
        if not text.strip():
            if index + 1 < len(lines) and lines[index + 1][1].strip() and run:
                index += 1
                continue
            break
        if _layout_key(text) is None and len(text) - len(text.lstrip(" ")) < LAYOUT_INDENT_MIN:
            break
        run.append(index)
        index += 1
    keys = [i for i in run if _layout_key(lines[i][1])]
    if len(keys) < LAYOUT_ROWS_MIN:
        return None
    # The columns: where the key lines' cells start, each shared by two rows at least.
    starts = sorted({offset for i in keys for offset, _ in _segments(lines[i][1])})
    shared = [s for s in starts if sum(1 for i in keys for o, _ in _segments(lines[i][1])
                                       if o == s) >= 2]
    if len(shared) < 2 or shared[0] != 0 \
            or any(o not in shared for i in run for o, _ in _segments(lines[i][1])):
        return None
    # Each column's lines go to the rows: those above a key line are its cell's upper
    # lines, and as many lines below it are the cell's lower ones.
    width_ = len(shared)
    placed: dict[int, list[list[str]]] = {k: [[] for _ in shared] for k in keys}
    for column, offset in enumerate(shared):
        pending: list[str] = []  # lines of this column above the next key line
        owner, due = None, 0  # the row above and how many lower lines it still has
        for i in run:
            cells = dict(_segments(lines[i][1]))
            if i in placed:
                if due:  # the row above lacks lower lines: its cell does not balance
                    return None
                placed[i][column] = [*pending, *([cells[offset]] if offset in cells else [])]
                owner, due, pending = i, len(pending), []
            elif offset in cells and due:
                placed[owner][column].append(cells[offset])
                due -= 1
            elif offset in cells:
                pending.append(cells[offset])
        if pending or due:
            return None
    rows = [[""] * width_]
    for offset, text in header:
        column = max(c for c, s in enumerate(shared) if s <= offset)
        if rows[0][column]:
            return None
        rows[0][column] = text
    for k in keys:
        rows.append([_joined(parts) for parts in placed[k]])
    if any(not row[0] for row in rows[1:]):
        return None
    return rows, run[-1] + 1


# Lines set in columns under no header (a glossary's terms two a line, 「伴随变量 adjoint
# ⏎ 可逆编程 reversible programming」 side by side): at least three lines in a row, single
# blank lines between them passing, each opening at the margin and holding the same number
# of pieces (two or more) that start at the very same columns on every line, no piece a
# sentence's or a clause's (no 。，；：), and each a term: two letters at least (Han or
# Latin) — a number or a mark alone before a gap is a list's label (「1   …」「◼   …」「[2]
# …」) or a folio, not a cell. Prose never starts its pieces at the same columns line after
# line; a table with a header is _layout_table's. Each line is a row; the header row stays
# empty (the source names no column).
HEADERLESS_CELL_MAX = 40  # characters of a piece (a term and its English name)
HEADERLESS_PUNCTUATION = re.compile(r"[。！？；，、：:]")
TERM_LETTERS = re.compile(r"[^\W\d_]")


def _headerless_cells(text: str) -> list[tuple[int, str]] | None:
    cells = _segments(text)
    if len(cells) < 2 or cells[0][0] != 0 or any(
            len(cell) > HEADERLESS_CELL_MAX or HEADERLESS_PUNCTUATION.search(cell)
            or len(TERM_LETTERS.findall(cell)) < 2 for _, cell in cells):
        return None
    return cells


def _headerless_table(lines: list[tuple[int, str]], start: int
                      ) -> tuple[list[list[str]], int] | None:
    """The rows (an empty header first) of lines set in columns with no header from
    lines[start] (see above), and the index after its last line; else None."""
    first = _headerless_cells(lines[start][1])
    if first is None:
        return None
    offsets = [offset for offset, _ in first]
    rows: list[list[str]] = []
    index = end = start
    while index < len(lines):
        text = lines[index][1]
        if not text.strip():
            index += 1
            if index < len(lines) and not lines[index][1].strip():
                break  # two blank lines: the run has ended
            continue
        cells = _headerless_cells(text)
        if cells is None or [offset for offset, _ in cells] != offsets:
            break
        rows.append([cell for _, cell in cells])
        index += 1
        end = index
    if len(rows) < LAYOUT_ROWS_MIN:
        return None
    return [[""] * len(offsets), *rows], end


# A table whose cells pdftotext -layout sets centred in their columns (a LaTeX tabular's
# 「c」 columns, a report's small table): no row opens at the margin and a column's cells
# start at different places (「TEXLive Full」, 「TEXLive Full 或 MiKTEX」 under 「LATEX 编译
# 系统」), but every line splits at its runs of spaces into the same number of pieces and
# each column's pieces, over all the lines, stand clear of the next column's. At least
# three lines in a row (a header and two rows), no blank line between them; no piece a
# sentence's or a clause's (no 。，；：、), none longer than a cell, none two figures or
# more apart by single spaces (a row's cells set so: figure_row_tables'). Prose, a cover's
# fields and a list's labels never keep such separate columns line after line. The first
# line is the header, each piece a name (two letters at least, no figure: a list's 「1」
# 「◼」 before a gap is a label, and lines with no header are _headerless_table's). Which
# column a cell is in is read from the gaps: a guess, held (heldtables.py).
CENTRED_GAP = re.compile(r"\S+(?: \S+)*")  # a piece: words apart by single spaces
CENTRED_COLUMNS_MIN = 2
CENTRED_COLUMN_GAP = 2  # spaces at least between one column's pieces and the next's


def _centred_pieces(text: str) -> list[tuple[int, int, str]] | None:
    pieces = [(m.start(), m.end(), m.group()) for m in CENTRED_GAP.finditer(text)]
    if len(pieces) < CENTRED_COLUMNS_MIN or any(
            len(piece) > HEADERLESS_CELL_MAX or HEADERLESS_PUNCTUATION.search(piece)
            or piece[-1] in SENTENCE_END or _figure_run(piece) for _, _, piece in pieces):
        return None
    return pieces


def _figure_run(piece: str) -> bool:
    """Two figures or more apart by single spaces: a row's cells set with single spaces
    (a yearbook's 「57.96 220.64 336.68」, figure_row_tables reads them), never one cell."""
    words = piece.split()
    return len(words) >= 2 and sum(1 for word in words if _figure(word)) >= 2


def _centred_table(lines: list[tuple[int, str]], start: int
                   ) -> tuple[list[list[str]], int] | None:
    """The rows (the header first) of a table set in centred columns from lines[start]
    (see above), and the index after its last line; else None."""
    first = _centred_pieces(lines[start][1])
    if first is None or any(len(TERM_LETTERS.findall(piece)) < 2 or _figure(piece)
                            for _, _, piece in first):
        return None
    rows = [first]
    end = start + 1
    while end < len(lines):
        pieces = _centred_pieces(lines[end][1])
        if pieces is None or len(pieces) != len(first):
            break
        rows.append(pieces)
        end += 1
    if len(rows) < LAYOUT_ROWS_MIN:
        return None
    for column in range(len(first) - 1):
        if max(row[column][1] for row in rows) + CENTRED_COLUMN_GAP > min(
                row[column + 1][0] for row in rows):
            return None
    return [[piece for _, _, piece in row] for row in rows], end


# A small table (a broker's note's sidebar: 「沪深 300 对比」 over 1M/2M/3M) that plain
# pdftotext reads a column at a time: the labels column a line each (its first the corner
# cell), then the header cells a line each, then the rows of figures, each row's figures on
# one line apart by single spaces. The counts tell it: r rows of k figures each under k
# header cells and r + 1 labels, so exactly r + 1 + k short lines (single blank lines
# passing) stand above the rows, opening after a blank line; a label holds two letters at
# least and no line of them a sentence's. Which label names which row is read from their
# order: a guess, held.
COLUMN_READ_CELL_MAX = 20  # characters of a label or a header cell


def _figure_line(text: str) -> int:
    """How many figures the line holds when it is nothing but figures apart by single
    spaces (two at least); else 0."""
    words = text.strip().split(" ")
    return len(words) if len(words) >= 2 and all(_figure(word) for word in words) else 0


def _column_read_table(lines: list[tuple[int, str]], start: int
                       ) -> tuple[list[list[str]], int] | None:
    """The rows (the header first) of a table read a column at a time from lines[start]
    (see above), and the index after its last line; else None."""
    if start and lines[start - 1][1].strip() or not lines[start][1].strip():
        return None
    cells: list[str] = []
    index = start
    while index < len(lines) and not _figure_line(lines[index][1]):
        text = lines[index][1].strip()
        if not text:
            if index + 1 >= len(lines) or not lines[index + 1][1].strip():
                return None  # two blank lines: the run ended before any row of figures
            index += 1
            continue
        if len(text) > COLUMN_READ_CELL_MAX or HEADERLESS_PUNCTUATION.search(text) \
                or text[-1] in SENTENCE_END:
            return None
        cells.append(text)
        index += 1
    if index >= len(lines):
        return None
    k = _figure_line(lines[index][1])
    rows: list[list[str]] = []
    while index < len(lines) and _figure_line(lines[index][1]) == k:
        rows.append(lines[index][1].strip().split(" "))
        index += 1
    if (len(rows) < TABLE_ROWS_MIN or len(cells) != len(rows) + 1 + k
            or index < len(lines) and lines[index][1].strip()):
        return None
    labels, header = cells[:len(rows) + 1], cells[len(rows) + 1:]
    if any(len(TERM_LETTERS.findall(label)) < 2 for label in labels):
        return None
    return [[labels[0], *header], *([label, *row] for label, row in zip(
        labels[1:], rows, strict=True))], index


def _joined(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text = join_lines(text, part)
    return text

"""Rows of figures → pipe tables (`figure_row_tables`): a statistics table copied as text,
a row a line, its label and then the figures that close the line, under its header lines
(or a header of the years alone), with the section rows between its rows."""

from __future__ import annotations

import re

from briefing.importer import roles
from briefing.importer.celltables.cells import (
    HEADER_CELL_MAX,
    SECTION_NUMBERING,
    SENTENCE_MARK,
    SPACES,
    UNITS,
    is_value,
    runs_as_tables,
)
from briefing.importer.chars import has_han, strip_tags
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import heading_numbering

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
    return (is_value(word) or bool(THOUSANDS.match(word))) and not NUMBER_CODE.match(word)


def figure_row(text: str) -> tuple[str, list[str]] | None:
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


# A layout text (`pdftotext -layout`) sets a table of one figure column the same way, its
# figure set apart from the label by a column gap (two spaces or more, a tab, an
# ideographic space): 「居民消费价格指数          100.0」. No prose line has such a gap
# before the number that closes it, but one such line is no table: a run of them is
# (SINGLE_ROWS_MIN, or fewer rows among rows of two figures or more, where a row leaves a
# cell empty: 「全市常住人口      866.60」 above rows of 年末数 and 比重).
SINGLE_ROWS_MIN = 4
COLUMN_GAP = re.compile(r"(?:[ \t\u3000]{2,}|\t|\u3000)(\S+)[ \t\u3000]*$")
SINGLE_LABEL_MAX = 30


def gapped_figure_row(text: str) -> tuple[str, list[str]] | None:
    """A line's label and its one figure set apart by a column gap (see above), else None."""
    found = COLUMN_GAP.search(text)
    if not found or not _is_figure(found[1]):
        return None
    label = text[:found.start()].strip()
    if not label or len(label) > SINGLE_LABEL_MAX or not has_han(label) \
            or LABEL_SENTENCE.search(label) or roles.is_table_caption(label) \
            or _is_figure(label.split()[-1]):
        return None
    return label, [found[1]]


def row_of(text: str) -> tuple[str, list[str]] | None:
    """A row of a table of figures: a label and its figures (two or more), or one figure
    after a column gap."""
    return figure_row(text) or gapped_figure_row(text)


# Where a row that leaves cells empty puts its figures, in a layout text: under the
# columns whose ends are nearest its figures' ends, read off the table's full rows —
# counted in characters, as `pdftotext -layout` sets every character, Han or not, in a
# cell of one width; with no gap before them (a copy that keeps no columns), in the last
# columns.
def _column_ends(text: str, label: str, figures: list[str]) -> list[int]:
    """Where each of the figures after the label ends, in characters."""
    ends: list[int] = []
    at = text.index(label) + len(label)
    for word in figures:
        at = text.index(word, at) + len(word)
        ends.append(at)
    return ends


def _placed(text: str, label: str, figures: list[str], ends: list[float]) -> list[str]:
    columns = len(ends)
    placed = [""] * columns
    if not COLUMN_GAP.search(text):
        return [*placed[:columns - len(figures)], *figures]
    column = 0
    for number, at in enumerate(_column_ends(text, label, figures)):
        last = columns - (len(figures) - number)  # the last column this figure may take
        column = min(range(column, last + 1), key=lambda k: abs(ends[k] - at))
        placed[column] = figures[number]
        column += 1
    return placed


def _figure_header_line(text: str) -> bool:
    line = strip_tags(text).strip()
    return (0 < len(line) <= HEADER_CELL_MAX and not SENTENCE_MARK.search(line)
            and line[-1] not in "：:" and not line.startswith(("单位", "注", "表", "资料来源"))
            and not SECTION_NUMBERING.match(line) and not roles.is_table_caption(line)
            and not UNITS.match(line) and row_of(text) is None)


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
    found = figure_row(text)
    if found is None or len(found[1]) != width - 1:
        return None
    years = [int(word) if word.isdigit() else 0 for word in found[1]]
    if all(YEAR_MIN <= year <= YEAR_MAX for year in years) and all(
            later > earlier for earlier, later in zip(years, years[1:], strict=False)):
        return [found[0], *found[1]]
    return None


# A layout text letterspaces its heads (「类    别」「指   数（以上年为 100）」) with gaps
# narrower than those between the columns: split at the width − 1 widest gaps when each
# is wider than every gap left inside a head.
GAPS = re.compile(r"[ \t\u3000]+")


def _split_at_widest_gaps(line: str, width: int) -> list[str] | None:
    gaps = list(GAPS.finditer(line))
    if width < 2 or len(gaps) < width - 1:
        return None
    ranked = sorted(gaps, key=lambda gap: len(gap[0]), reverse=True)
    chosen, left = ranked[:width - 1], ranked[width - 1:]
    if left and len(chosen[-1][0]) <= len(left[0][0]) or len(chosen[-1][0]) < 2:
        return None
    cells, at = [], 0
    for gap in sorted(chosen, key=lambda gap: gap.start()):
        cells.append(line[at:gap.start()])
        at = gap.end()
    return [*cells, line[at:]]


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
        widest = _split_at_widest_gaps(line, width)
        if widest:
            return widest, False
    if not lines:
        return [""] * width, False
    return [" ".join(line.strip() for line in lines)] + [""] * (width - 1), True


def figure_row_tables(blocks: list[RawBlock], source: list[str] | None = None
                      ) -> tuple[list[RawBlock], list[Repair], list[Repair]]:
    """Runs of lines each a label and its figures, under their header lines (see above)
    → pipe tables, each a guess (held). `source`: the text's lines as the file gives them
    (a clean-up takes their indents, and with them where a layout text set its columns)."""

    def as_set(line: SourceLine) -> str:  # the line with its source indent
        if source and 0 < line.number <= len(source):
            raw = source[line.number - 1].rstrip()
            if raw.strip() == line.text.strip():
                return raw
        return line.text

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
            if row_of(lines[end].text):
                end += 1
                continue
            # Section rows between rows of figures (see SECTION_ROWS_MAX).
            after = end
            while after < len(lines) and after - end < SECTION_ROWS_MAX \
                    and end > index and (after == end or next_to(after)) \
                    and _section_row(lines[after].text):
                after += 1
            if after == end or after >= len(lines) or not next_to(after) \
                    or not row_of(lines[after].text):
                break
            end = after
        counts = [len(found[1]) for line in lines[index:end]
                  if (found := row_of(line.text))]
        if not counts or len(counts) < (FIGURE_ROWS_WIDE if min(counts) >= FIGURES_WIDE
                                        else FIGURE_ROWS_MIN if max(counts) >= FIGURES_MIN
                                        else SINGLE_ROWS_MIN):
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
                    if not row_of(line.text)]
        short = [f"source line {line.number}, the row 「{found[0][:12]}」: "
                 f"{width - 1 - len(found[1])} figure(s) fewer"
                 for line in lines[index:end]
                 if (found := row_of(line.text)) and len(found[1]) < width - 1]
        repairs.append(Repair(
            "table-from-figure-rows", first, f"{end - start} lines",
            f"{end - start - header_lines + 1} rows × {width} columns"
            + (f" ({'; '.join(short)}: placed under the nearest columns)" if short else "")
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
        body = piece[header_lines:]
        rows = [row_of(line.text) or (line.text.strip(), []) for line in body]
        full = [_column_ends(as_set(line), *found)
                for line, found in zip(body, rows, strict=True) if len(found[1]) == width - 1]
        ends = [sum(column) / len(column) for column in zip(*full, strict=True)] if full else []
        return [header] + [[label, *(_placed(as_set(line), label, figures, ends)
                                     if figures and ends
                                     else [*[""] * (width - 1 - len(figures)), *figures])]
                           for line, (label, figures) in zip(body, rows, strict=True)]

    return runs_as_tables(blocks, run_of, rows_of), repairs, doubts

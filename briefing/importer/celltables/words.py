"""Tables set with single spaces → pipe tables: a line of header words over rows each a
label and its values (`word_tables`), and a schedule's two header words over its timed
rows (`schedule_tables`)."""

from __future__ import annotations

import re

from briefing.importer.celltables.cells import is_cell_value, runs_as_tables
from briefing.importer.chars import strip_tags
from briefing.importer.parse import RawBlock
from briefing.importer.records import Repair
from briefing.importer.roles import TABLE_CAPTION

# A table copied as text with one space between its cells (「甲市 61 30 90.3」): a line of
# header words (three or more, no number), then at least two lines each a label and as
# many values (numbers, figures with their units 「3.62万吨」, or no-data marks) as the
# header has words after its first. Prose never gives a line of bare values after a word,
# so only such runs are read. Its grid is the source's (heldtables.py): a missing or split
# cell would break the count.
WORD_COLUMNS_MIN = 3
WORD_ROWS_MIN = 2
WORD_MAX = 12  # characters of a header word


# Under its caption (「表1 …」 on the line above), a table is one even with a single row, and
# its header words may carry their units (「二氧化硫月均浓度(微克/立方米)」).
CAPTIONED_WORD_MAX = 40
CAPTIONED_ROWS_MIN = 1


def _header_words(text: str, longest: int = WORD_MAX) -> list[str] | None:
    words = strip_tags(text).split()
    if len(words) < WORD_COLUMNS_MIN or any(
            is_cell_value(word) or len(word) > longest or re.search(r"[。，；：！？,;]", word)
            for word in words):
        return None
    return text.split()


def _value_row(text: str, width: int) -> list[str] | None:
    words = text.split()
    if len(words) != width or is_cell_value(words[0]) or not all(
            is_cell_value(word) for word in words[1:]):
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
        captioned = index > 0 and bool(TABLE_CAPTION.match(
            strip_tags(lines[index - 1].text).strip())) and lines[index].number - lines[
            index - 1].number <= 2
        head = _header_words(lines[index].text, CAPTIONED_WORD_MAX if captioned else WORD_MAX)
        end = index + 1
        while head and end < len(lines) and _value_row(lines[end].text, len(head)) \
                and lines[end].number == lines[end - 1].number + 1:
            end += 1
        # (a single row under its caption only where the table has ended: no row of
        # figures the count missed right under it, 「其中 油料 49 8.9」)
        ended = end >= len(lines) or lines[end].number != lines[end - 1].number + 1 \
            or not re.search(r"[\d%]$", lines[end].text.strip())
        if head and end - index - 1 >= (CAPTIONED_ROWS_MIN if captioned and ended
                                        else WORD_ROWS_MIN):
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
    return runs_as_tables(blocks, run_of, lambda piece: [line.text.split() for line in piece]
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
    return runs_as_tables(blocks, run_of, lambda piece: [
        strip_tags(piece[0].text).split(), *(_schedule_row(line.text) for line in piece[1:])]
    ), repairs

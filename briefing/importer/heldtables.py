"""Which tables the importer made on a guess: those are held for the editor.

A table reaches article.md in one of two ways, and the convention is which:

*As the source has it* — its grid is written in the source and read, not inferred: a
Markdown pipe table whose rows all have its header's number of cells, an HTML
``<table>`` (its ``rowspan``/``colspan`` place every cell; a Word, web-page or PDF
reader's table is one of these), rows of cells split by tabs (``table-from-tabs``: every
row the same number of cells), rows of cells split by ``|`` (``bar-row-table``) or
copied a cell a line under a lone ``|`` opening each row (``table-from-cell-lines``) —
in both only when every row has the header's number of cells and no run of bare bars
(``||||``, a copy's sign of merged cells) stands in a row; and rows set with single
spaces under a line of header words (``table-from-words``): every row exactly the
header's number of words, its first a word and all the others figures — a cell missing
or split in two would break that count or put a word among the figures, so each cell's
column is the source's (a label or a header cell holding a space makes no such table);
and a schedule's rows each a clock time and its item under two header words
(``table-from-schedule-words``) when every row is exactly two words.

*A guess* — the importer decided where a row ends or which column a cell is in: a grid
rebuilt from one cell a line or a paragraph (``table-from-bare-cells``,
``table-from-cell-kinds``, ``table-from-bar-cells``, ``table-rebuilt``, ``table-flattened``,
``table-from-cell-paragraphs``: the number of columns inferred from where the numbers
stand), from columns set with spaces (``table-from-columns``, ``table-from-spaces``,
``table-headerless-columns``: lines in columns under no header, its header row empty;
``table-centred-columns``: cells centred in their columns, read from the runs of spaces;
``table-read-by-columns``: a table an extraction read a column at a time, its labels, its
header cells, then its rows of figures, each label given the row of its place;
``table-page-continued``: a table's rows on the next page joined to it across the page
break, the page's foot set after it;
``table-spaced-ragged``: rows of differing numbers of cells, the short ones filled),
from rows of a label and its figures where the label ends is read from where the figures
begin (``table-from-figure-rows``), from a schedule's rows each a time and then
its item (``table-from-schedule``), from a text stored on one line (``one-line-text``), a
header's merged cells placed by counting empty places (``table-merged-header``), rows of
a ``|``-separated copy that show merged cells (``table-short-rows``: a row short of the
header filled with empty cells, a run of bare bars read as empty cells; ``table-group-rows``:
rows short by a group's spanning cells; ``table-split-header``: a header on two
short rows closed by bare bars, placed by its cells' count), a pipe table
whose rows have another number of cells than its header (``table-ragged-rows``: filled
with empty cells, as Markdown reads it, no cell dropped), and any table
the importer records a doubt for (``table-merged-cells``, ``table-corner-cell``,
``table-row-spans``, ``table-lines-above``, ``table-cells-go-on``: a cell-a-line grid
whose copy's cells go on past an empty row), and a table a reader says it made on a guess
(``reader-table-guessed``: a PDF's table ruled with horizontal lines only, its columns read
from where the rules break or from gaps in the text; a PDF's table whose every cell sits
in a ruled box is as the source has it), and a table whose source rows hold inline markup
the briefing does not print, so that the importer changed the cells' text (a link's
address dropped, code marks removed: CHANGED_CELLS, named in the marker; its cells are no
longer the source's, whatever its grid). One exception: an HTML table's
``table-merged-cells`` doubt says only that a span is written as empty places; its cells
stand in the columns its spans give, so it is not held.

A guessed table is *held*: article.md keeps it, under one comment line naming how it was
made and what to check (loader.HELD_MARKER), and no template prints it until the editor
deletes that line (or `briefing tables accept`); the import report lists it as a spot.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.importer.draft import Node
from briefing.importer.records import Repair

# kind of repair or doubt → what the importer did on a guess (shown in the marker).
GUESSES = {
    "table-from-bare-cells": "rebuilt from a copy a cell a line: its rows were told by a "
                             "line of bars",
    "table-from-cell-kinds": "rebuilt from a copy a cell a line: its number of columns was "
                             "inferred from the kinds of its cells",
    "table-from-bar-cells": "rebuilt from a copy a cell a line: its number of columns was "
                            "inferred",
    "table-from-closed-cells": "rebuilt from a copy a cell a line, each closed by its bar: "
                               "its number of columns was inferred from where the numbers "
                               "stand ({after})",
    "table-blank-form": "rebuilt from a blank form's header cells, a cell a line, each "
                        "closed by its bar ({after})",
    "table-rebuilt": "rebuilt from an extraction a cell a line: its number of columns was "
                     "inferred",
    "table-flattened": "its cells are kept one a row: its columns could not be read",
    "table-from-cell-paragraphs": "rebuilt from a copy a cell a paragraph: its number of "
                                  "columns was inferred from where the numbers stand",
    "table-from-bar-stream": "rebuilt from a copy that ran its rows together, cells set "
                             "apart by '|': its number of columns was inferred from where "
                             "the numbers stand",
    "table-from-columns": "rebuilt from columns set with spaces",
    "table-page-continued": "its rows on the next page were {after}",
    "table-continuation-apart": "its next rows seem to stand right under it with "
                                "{after}, against its {before}, held there: join them by "
                                "hand",
    "table-continuation-unjoined": "it opens with a row of figures right under a table, "
                                   "as that table's next rows would, but has {before} "
                                   "against {after}: cells run together or apart — set its "
                                   "rows by hand",
    "table-headerless-columns": "rebuilt from lines set in columns with no header: each "
                                "line a row, its header row left empty",
    "table-from-spaces": "rebuilt from cells set apart by runs of spaces",
    "table-read-by-columns": "rebuilt from an extraction that read it a column at a time "
                             "(its labels, its header cells, then its rows of figures): "
                             "each label was given the row of its place",
    "table-centred-columns": "rebuilt from lines set in columns apart by runs of spaces, "
                             "each cell centred in its column",
    "table-spaced-ragged": "rows set with runs of spaces have different numbers of cells "
                           "({after})",
    "table-from-figure-rows": "rebuilt from rows each a label and its figures set apart by "
                              "spaces ({after}): each label ends where its figures begin",
    "table-from-schedule": "rebuilt from a schedule's rows each a time and its item: the "
                           "rest of each line after its time was read as one cell",
    "one-line-text": "rebuilt from a text stored on one line",
    "table-merged-header": "its header's merged cells were placed by counting empty places",
    "table-tabs-grouped-header": "its header on two shorter lines was read as the upper "
                                 "line's first heads over both rows and its last over the "
                                 "lower line's heads",
    "table-ragged-rows": "rows of a pipe table have another number of cells than its "
                         "header ({after}): filled with empty cells at their ends",
    "table-short-rows": "rows copied with '|' show merged cells ({after}): their cells "
                        "were left in the places they have in the copy",
    "reader-table-guessed": "read from a PDF, {after}",
    "table-split-header": "its header on two rows closed by bare bars was read as the "
                          "upper row's heads spanning both rows (^) over the first columns "
                          "and the lower row's over the last",
    "table-group-rows": "rows short by cells spanning a group's rows were read as its "
                        "first and last cells' spans ({after}, ^)",
}
# doubt kind → what to check (the doubt's own note says it at length in the report).
CHECKS = {
    "table-merged-cells": "merged cells: {after}",
    "table-corner-cell": "the header was one cell short: an empty corner cell was put first",
    "table-row-spans": "cells spanning rows (^) were placed",
    "table-lines-above": "short lines above its header were kept as text",
    "table-flattened": "rebuild its rows and columns by hand",
    "table-header-lines": "its header's lines are kept together in its first cell: split "
                          "them over the columns",
    "table-cells-go-on": "the copy's cells go on under it: it may be a piece of a larger "
                         "table",
}
CHECK_ALWAYS = "check each value's column against the source"
# A reader's HTML table: its spans place its cells (see above).
SOURCE_GRIDS = ("html-table",)
# …but its two tables joined as one (celltables.continued) is a guess all the same.
JOINED_GRIDS = ("table-page-continued", "table-continuation-unjoined",
                "table-continuation-apart")
HELD_KIND = "table-held"
# Inline markup in a source row that the importer takes out of the cell (article.md's
# format prints no links or code): the cell then says less than the source's.
CHANGED_CELLS = {
    "a link's address was dropped": re.compile(r"\[[^\]\n]*\]\([^)\n]*\)"),
    "code marks were removed": re.compile(r"(?<![`\\])`[^`\n]+`(?!`)"),
}
CHANGED = "the importer changed its cells' text ({what}): check each such cell against the source"


def _lines(node: Node) -> tuple[int, int]:
    numbers = [number for _, number in node.segments]
    return min(numbers), max(numbers)


def held_reason(node: Node, repairs: list[Repair], doubts: list[Repair],
                source: list[str] | None = None) -> str:
    """Why the table node is a guess, or "" when it is as the source has it. `source`:
    the lines of the text the node's line numbers count in (to see its rows' markup)."""
    first, last = _lines(node)
    changed = _changed_cells(source[first - 1:last] if source else [])
    mine = [entry for entry in [*repairs, *doubts] if first <= entry.line <= last]
    # A reader's grid is no guess (SOURCE_GRIDS); two of its tables joined as one is.
    grid = any(entry.kind in SOURCE_GRIDS for entry in mine)
    guesses = JOINED_GRIDS if grid else GUESSES
    how = [GUESSES[entry.kind].format(before=entry.before, after=entry.after) for entry in repairs
           if first <= entry.line <= last and entry.kind in guesses]
    what = [] if grid else [CHECKS[entry.kind].format(after=_short(entry.note))
                            for entry in doubts
                            if first <= entry.line <= last and entry.kind in CHECKS]
    if not how and not what and _fact_card(node.text):
        what = [FACT_CARD]
    if not how and not what:
        return changed
    parts = list(dict.fromkeys(how + what))
    return "; ".join(parts) + " — " + CHECK_ALWAYS + (f"; {changed}" if changed else "")


# A post's card of facts set as a table (「| 属性 | 值 |」 ⏎ 「| 分类： | 资讯 |」 ⏎ 「| 发布日期：
# | 2015-04-09 |」): each row a label closed by its colon and the label's value — the
# post's facts (front matter), not a table of the text's.
FACT_CARD = ("a card of labelled facts (「分类：」「发布日期：」…), each row a label and its "
             "value: they may belong in the front matter, not in a table")
FACT_CARD_ROWS_MIN = 2


def _fact_card(text: str) -> bool:
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in text.split("\n") if line.strip().startswith("|")
            and not re.fullmatch(r"[|:\-\s]+", line.strip())]
    body = rows[1:]
    return len(body) >= FACT_CARD_ROWS_MIN and all(len(row) == 2 for row in rows) and all(
        re.search(r"[\u4e00-\u9fff][：:]$", row[0]) for row in body)


def _changed_cells(rows: list[str]) -> str:
    """What the importer takes out of cells of these source rows (cells between ``|`` or
    tabs), with how many cells each; "" when nothing."""
    found = []
    for what, pattern in CHANGED_CELLS.items():
        count = sum(1 for row in rows for cell in re.split(r"[|\t]", row)
                    if pattern.search(cell))
        if count:
            found.append(f"{what} in {count} cell{'s' if count > 1 else ''}")
    return CHANGED.format(what=", ".join(found)) if found else ""


def _short(note: str) -> str:
    """A doubt's note without its opening clause (「Rebuilt a table …: 」)."""
    return note.split(": ", 1)[-1].split(" — ")[0].rstrip(".")


def hold_guessed_tables(nodes: list[Node], repairs: list[Repair], doubts: list[Repair],
                        source: str = "") -> tuple[list[Node], list[Repair]]:
    """The nodes with each guessed table marked `held` (its reason), and one doubt per
    held table for the import report. `source`: the text the nodes' lines count in."""
    result: list[Node] = []
    held: list[Repair] = []
    lines = source.split("\n") if source else None
    for node in nodes:
        reason = held_reason(node, repairs, doubts, lines) if node.kind == "table" else ""
        if not reason:
            result.append(node)
            continue
        result.append(replace(node, held=reason))
        name = node.caption or node.text.split("\n", 1)[0][:40]
        held.append(Repair(
            HELD_KIND, node.line, name, "",
            f"Written held for review (a marker line above it in article.md; printed "
            f"nowhere while the line is there): {reason}. Deleting that line, or `briefing "
            "tables accept`, prints it; `briefing check` lists the tables still held."))
    return result, held

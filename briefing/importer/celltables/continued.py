"""A table broken over pages joined back into one, on the draft's nodes: a 「续表」
continuation under the same header (`continued_tables`), a table's rows on the next
page, after a page break and the page's foot (`page_continued_tables`), and a converter's
second table of the same columns that opens with a row of figures (`headless_continued_tables`)."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.importer.celltables.cells import is_delimiter, is_value, pipe_cells
from briefing.importer.records import Repair

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


def _with_rows(table, node, keep) -> tuple[object, list[str]]:
    """The table node with the lines of `node` whose index `keep` accepts appended as its
    rows (each at its source line), and those lines."""
    own = node.text.split("\n")
    offset_line = {offset: number for offset, number in node.segments}
    at, offset = len(table.text) + 1, 0
    rows, row_starts = [], []
    for index, line in enumerate(own):
        if keep(index):
            rows.append(line)
            row_starts.append((at, offset_line.get(offset, node.line)))
            at += len(line) + 1
        offset += len(line) + 1
    return replace(table, text=table.text + "\n" + "\n".join(rows),
                   segments=table.segments + tuple(row_starts)), rows


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
                result[-1], rows = _with_rows(previous, node, lambda i, h=head: i > h)
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
    return len(pipe_cells(lines[head])) if head < len(lines) else 0


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
        joined, rows = _with_rows(table, node, lambda i, h=head: i > h)
        result[above:] = [joined, *foot]
        header = "its header printed again" if any(pipe_cells(line) != [""] * len(pipe_cells(line))
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


# A table a page broke prints its header again at the top of the next page: in a copy with
# the page breaks gone, a body row the same as the header row, cell for cell (spaces aside:
# 「规 划 类 别」 is letterspaced alike both times), is that repeat — no row of the table (the
# gold keeps the header once). The header's cells stay as the copy sets them.


def _cell_key(line: str) -> list[str]:
    return [re.sub(r"\s", "", cell) for cell in pipe_cells(line)]


def table_header_layout(nodes: list) -> tuple[list, list[Repair]]:
    """Each table without the repeats of its one header row among its rows (see above),
    a repair for each table that had them."""
    result: list = []
    found: list[Repair] = []
    for node in nodes:
        if node.kind != "table":
            result.append(node)
            continue
        lines = node.text.split("\n")
        head = _header_rows(lines)
        kept: list[tuple[int, str]] = []  # (offset in the old text, line)
        offset, repeats = 0, []
        for index, line in enumerate(lines):
            if head == 1 and index > head and _cell_key(line) == _cell_key(lines[0]):
                repeats.append(node.line_at(offset))
                offset += len(lines[index]) + 1
                continue
            kept.append((offset, line))
            offset += len(lines[index]) + 1
        if not repeats:
            result.append(node)
            continue
        text, segments, position = "", [], 0
        for old, line in kept:
            segments.append((position, node.line_at(old)))
            text += ("\n" if text else "") + line
            position = len(text) + 1
        result.append(replace(node, text=text, segments=tuple(segments)))
        found.append(Repair(
            "table-header-repeated", repeats[0], lines[0][:40], "",
            f"Dropped the table's header repeated among its rows ({len(repeats)}×, where a "
            "page broke the table): the header stands once, above the rows."))
    return result, found


# A PDF-to-Markdown converter (MinerU and its kin) sets each page's part of a table as a
# table of its own, one under the other, and gives the next page's part no header: its
# first row, which Markdown and HTML make a header, is a row of figures under the same
# columns. A header is words, never a row of figures: so a table with no caption right
# under a table (nothing between), with the same columns, whose header row is the kind of
# row the table above has in its body — every cell after the first a value, the first cell
# a value where the above's last row's is one and words where it is words (「2019」 under
# 「2018」, 「拉萨市」 under 「那曲市」) — is the above table's next rows. Read from the
# columns alone: a guess (held, ``table-page-continued``). Such rows in other columns than
# the above's (a converter ran two cells into one) are held as they stand
# (``table-continuation-unjoined``): no figure printed under another column's head — and so is
# the table above, which lacks them (``table-continuation-apart``).


def _same_kind(cell: str, above: str) -> bool:
    return bool(cell) and bool(above) and is_value(cell) == is_value(above)


def _figures(cell: str) -> bool:
    """A value, or values a converter ran into one cell (「0.13 0.27」)."""
    return bool(cell.split()) and all(is_value(part) for part in cell.split())


def headless_continued_tables(nodes: list) -> tuple[list, list[Repair]]:
    """Nodes with each headless continuation joined to the table above (see above)."""
    result: list = []
    found: list[Repair] = []
    for node in nodes:
        previous = result[-1] if result else None
        if node.kind != "table" or node.caption or previous is None \
                or previous.kind != "table":
            result.append(node)
            continue
        own, upper = node.text.split("\n"), previous.text.split("\n")
        head, upper_head = _header_rows(own), _header_rows(upper)
        first = pipe_cells(own[0]) if head == 1 else []
        last = pipe_cells(upper[-1]) if len(upper) > upper_head + 1 else []
        upper_header = [cell for line in upper[:upper_head] for cell in pipe_cells(line)]
        if not (first and last and len(first) >= 2 and len(last) >= 2
                and all(_figures(cell) for cell in first[1:])
                and _same_kind(first[0], last[0])
                and not all(is_value(cell) for cell in upper_header if cell)):
            result.append(node)
            continue
        if len(first) != len(last) or _columns_of(own) != _columns_of(upper) or not all(
                is_value(cell) for cell in first[1:]):
            # the next rows of the table above, but not in its columns: the converter ran
            # cells together or apart — held, its cells never printed under wrong heads
            result.append(node)
            found.append(Repair(
                "table-continuation-unjoined", node.line, f"{len(first)} columns",
                f"{len(last)} columns in the table above",
                "A table that opens with a row of figures right under a table looks like "
                "that table's next rows, but its columns do not match: its cells were run "
                "together or apart.", review=True))
            found.append(Repair(
                "table-continuation-apart", previous.line, f"{len(last)} columns",
                f"{len(first)} columns",
                "A table's next rows seem to stand right under it in other columns (held "
                "there): this table is held too, as it lacks them.", review=True))
            continue
        result[-1], rows = _with_rows(previous, node, lambda i, h=head: i != h)
        found.append(Repair(
            "table-page-continued", node.line, f"{len(rows)} rows under a row of figures",
            "joined to the table above (no header of their own)",
            "Joined a table that opens with a row of figures, with no caption, right under a "
            "table of the same columns, to that table: a converter's next page of it.",
            review=True))
    return result, found

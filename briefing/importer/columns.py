"""Two columns set side by side in a `pdftotext -layout` extraction, read one after the other.

-layout keeps the page's geometry: where a page is set in two columns, each line of the
extraction holds a line of the left column, a run of spaces (the gutter), and the line of
the right column at the same height (「左栏第一行……          右栏第一行……」). Read line by
line the columns interleave. A reader's convention: a **gutter** is a vertical run of two or
more free display columns (a Han or full-width character takes two) at the same place on
every line of a stretch of the page, with text on both sides of it on several lines; the
stretch is read as its left column down, then its right column down. Lines that cross the
gutter (a title, an abstract set across the page) end the stretch and stay whole.

Only prose is read so: both columns' lines mostly long, without runs of spaces inside
(the cells of a table set apart by spaces have those), and the left column justified (its
long lines end at the gutter). A stretch with a gutter that fails these tests is kept as
it is; when its two sides are long lines, that is a doubt for the editor (the reading
order is unsure), never a guess.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.importer.layout import LONG, NEAR
from briefing.importer.records import Repair

GUTTER_MIN = 2  # free display columns between the columns
SIDED_MIN = 3  # lines with text on both sides of the gutter before a stretch is columns
LONG_SHARE = 0.6  # of those lines, each side's long lines
GAPPED_SHARE = 0.2  # of each side's pieces may hold a run of spaces (a spaced heading)
JUSTIFIED_SHARE = 0.6  # of the left side's long pieces end at the gutter
INNER_GAP = re.compile(r"\S(?: {3,}|\u3000{2,})\S")


def _cells(text: str) -> list[int]:
    """The display columns of `text`, one entry per column: the index of the character
    that covers it."""
    cells = []
    for index, char in enumerate(text):
        cells += [index] * (2 if unicodedata.east_asian_width(char) in "WF" else 1)
    return cells


def _occupied(text: str) -> set[int]:
    """The display columns a non-space character of `text` covers."""
    column = 0
    found = set()
    for char in text:
        span = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if not char.isspace():
            found.update(range(column, column + span))
        column += span
    return found


def _gaps(text: str) -> list[tuple[int, int]]:
    """The runs of GUTTER_MIN or more free display columns inside a line: [start, end)."""
    occupied = _occupied(text)
    if not occupied:
        return []
    first, last = min(occupied), max(occupied)
    gaps, start = [], None
    for column in range(first, last + 1):
        if column in occupied:
            if start is not None and column - start >= GUTTER_MIN:
                gaps.append((start, column))
            start = None
        elif start is None:
            start = column
    return gaps


def _split(text: str, gutter: tuple[int, int]) -> tuple[str, str]:
    """The line's text left and right of the gutter (the right side from the gutter's
    end, so a paragraph's first-line indent in the right column stays)."""
    cells = _cells(text)
    if len(cells) <= gutter[0]:
        return text.rstrip(), ""
    right = text[cells[gutter[1]]:] if gutter[1] < len(cells) else ""
    return text[:cells[gutter[0]]].rstrip(), right.rstrip()


def _width(text: str) -> int:
    return len(_cells(text))


def _narrowed(gutter: tuple[int, int], text: str) -> tuple[int, int] | None:
    """The widest part of `gutter` that `text` leaves free, if still a gutter."""
    occupied = _occupied(text)
    best, start = None, None
    for column in range(gutter[0], gutter[1] + 1):
        free = column < gutter[1] and column not in occupied
        if free and start is None:
            start = column
        elif not free and start is not None:
            wider = best is None or column - start > best[1] - best[0]
            if column - start >= GUTTER_MIN and wider:
                best = (start, column)
            start = None
    return best


def _stretch(lines: list[tuple[int, str]], start: int, gutter: tuple[int, int],
             page_starts: frozenset[int]) -> tuple[int, tuple[int, int]]:
    """The end (exclusive) of the stretch from `start` whose lines all leave a gutter
    free, and that gutter. Past a blank line the stretch goes on only with a line that
    has text on both sides of the gutter and leaves most of it free (below the columns,
    a page's notes have runs of spaces elsewhere)."""
    end = start + 1
    after_blank = False
    while end < len(lines):
        number, text = lines[end]
        if number in page_starts:
            break
        if not text.strip():
            after_blank = True
            end += 1
            continue
        narrowed = _narrowed(gutter, text)
        if narrowed is None:
            break
        if after_blank:
            left, right = _split(text, narrowed)
            if not (left.strip() and right.strip()) or (
                    narrowed[1] - narrowed[0]) * 2 < gutter[1] - gutter[0]:
                break
        gutter, after_blank = narrowed, False
        end += 1
    while end > start + 1 and not lines[end - 1][1].strip():
        end -= 1  # blank lines after the stretch are the page's, not its columns'
    return end, gutter


def _one_sided(text: str, gutter: tuple[int, int]) -> bool:
    """A line with text on one side of the gutter only."""
    occupied = _occupied(text)
    return bool(occupied) and (max(occupied) < gutter[0] or min(occupied) >= gutter[1])


def _right_pieces(pieces: list[str]) -> list[str]:
    """The right column's pieces without the spaces before the column's edge (where most
    of its lines start); a line set in further keeps the difference: its indent."""
    starts = sorted(len(p) - len(p.lstrip(" ")) for p in pieces if p.strip())
    edge = starts[len(starts) // 2] if starts else 0
    return [p[min(edge, len(p) - len(p.lstrip(" "))):] for p in pieces]


def _prose(pieces: list[str]) -> bool:
    """A column's pieces: mostly long lines, hardly any run of spaces inside."""
    stripped = [p.strip() for p in pieces if p.strip()]
    if not stripped:
        return False
    long = sum(1 for p in stripped if _width(p) >= LONG)
    gapped = sum(1 for p in stripped if INNER_GAP.search(p))
    return long >= LONG_SHARE * len(stripped) and gapped <= GAPPED_SHARE * len(stripped)


def _justified(pieces: list[str]) -> bool:
    """The left column's long lines end at about the same place: the gutter."""
    ends = [_width(p.rstrip()) for p in pieces if _width(p.strip()) >= LONG]
    if not ends:
        return False
    edge = max(ends)
    return sum(1 for e in ends if e >= edge - NEAR) >= JUSTIFIED_SHARE * len(ends)


def side_by_side_columns(lines: list[tuple[int, str]],
                         page_starts: frozenset[int] = frozenset()
                         ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair],
                                    dict[int, int]]:
    """The lines with each stretch of two columns set side by side read as its left
    column, then its right one (see above); the repairs, the doubts for stretches that
    may be columns but are not read so, and the width of the column (display columns)
    each line read so now stands in, by line number. `page_starts`: the numbers of the
    pages' first lines (a stretch never runs on to another page)."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    widths: dict[int, int] = {}
    index = floor = 0  # floor: the first line no stretch has taken
    while index < len(lines):
        number, text = lines[index]
        gaps = _gaps(text)
        if not gaps:
            result.append(lines[index])
            index += 1
            continue
        # The widest run of spaces inside the line is the gutter it may stand by.
        gap = max(gaps, key=lambda g: g[1] - g[0])
        end, gutter = _stretch(lines, index, gap, page_starts)
        # A column may begin higher than the other: the one-sided lines right above the
        # first line with both are the stretch's too (the right column's first lines).
        start = index
        while (start > floor and lines[start][0] not in page_starts
               and _one_sided(lines[start - 1][1], gutter)):
            start -= 1
        stretch = lines[start:end]
        sides = [_split(t, gutter) for _, t in stretch]
        sided = [(left, right) for left, right in sides if left.strip() and right.strip()]
        if len(sided) < SIDED_MIN:
            if len(sided) >= 2 and all(_width(left.strip()) >= LONG
                                       and _width(right.strip()) >= LONG
                                       for left, right in sided):
                doubts.append(Repair(
                    "side-by-side-columns", number, text.strip()[:30], "",
                    f"{len(sided)} lines hold long text on both sides of a run of spaces: "
                    "two columns side by side? Kept as lines — check the reading order."))
            result += lines[index:end]  # the lines above it are in already
            index = end
            continue
        lefts = [left for left, _ in sides]
        rights = _right_pieces([right for _, right in sides])
        if not (_prose(lefts) and _prose(rights) and _justified(lefts)):
            if _prose(lefts) and _prose(rights):
                doubts.append(Repair(
                    "side-by-side-columns", number, text.strip()[:30], "",
                    f"lines {number}–{stretch[-1][0]} may be two columns side by side (a run "
                    f"of spaces at column {gutter[0]}), but the left one is ragged: kept as "
                    "lines — check the reading order."))
            result += lines[index:end]  # the lines above it are in already
            index = end
            continue
        del result[len(result) - (index - start):]  # the lines above it, taken back
        result += [(n, left) for (n, _), left in zip(stretch, lefts, strict=True) if left.strip()]
        result += [(n, right) for (n, _), right in zip(stretch, rights, strict=True)
                   if right.strip()]
        repairs.append(Repair(
            "side-by-side-columns", number, f"{len(stretch)} lines, two columns side by side",
            f"{sum(1 for p in lefts if p.strip())} + {sum(1 for p in rights if p.strip())} lines",
            f"Read lines {number}–{stretch[-1][0]}, set in two columns side by side (a gutter "
            f"of spaces at display column {gutter[0]}), as the left column, then the right.",
            review=True))
        long = sorted(_width(p.strip()) for p in lefts + rights if _width(p.strip()) >= LONG)
        column = long[len(long) * 3 // 4]
        widths.update((n, column) for n, _ in stretch)
        index = floor = end
    return result, repairs, doubts, widths

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
        if (_right_only(text, gutter) or _left_only(text, gutter)
                or _squeezed(text, gutter)) and not after_blank:
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
    return bool(occupied) and (max(occupied) < gutter[0] or min(occupied) >= gutter[1]) \
        or _right_only(text, gutter) or _left_only(text, gutter) \
        or _squeezed(text, gutter) is not None


def _left_only(text: str, gutter: tuple[int, int]) -> bool:
    """A line of the left column alone: it opens at the margin (or by an indent) and ends
    short of the right column's edge, if a little into the gutter (-layout places a
    column's lines a character or two apart)."""
    occupied = _occupied(text)
    lead = _width(text) - _width(text.lstrip(" \u3000"))
    return bool(occupied) and lead <= RIGHT_LEAD_MIN \
        and max(occupied) < min(gutter[1] - 1, gutter[0] + RAGGED_NEAR) \
        and not any(g[1] - g[0] >= SQUEEZED_GAP for g in _gaps(text))


def _sides(text: str, gutter: tuple[int, int]) -> tuple[str, str]:
    """The line's text in the left column and in the right one."""
    if _right_only(text, gutter):
        return "", text.strip()
    squeezed = _squeezed(text, gutter)
    if squeezed:
        return squeezed
    if _left_only(text, gutter):
        return text.rstrip(), ""
    return _split(text, gutter)


RIGHT_LEAD_MIN = 8  # display columns: more than a paragraph's indent in the left column
SQUEEZED_GAP = 8  # display columns: wider than any spacing inside a column's line


def _squeezed(text: str, gutter: tuple[int, int]) -> tuple[str, str] | None:
    """A line whose left side ends short of the gutter and whose right side -layout set
    further left, up to or across the gutter's place, after a wide run of spaces
    (「按栏读回。          3 第3节标题」): its two sides, split at that run."""
    gaps = [g for g in _gaps(text) if g[1] - g[0] >= SQUEEZED_GAP]
    if not gaps:
        return None
    gap = max(gaps, key=lambda g: g[1] - g[0])
    # The right side opens past the left column's middle, short of the gutter's end.
    if not (gap[0] < gutter[0] and gutter[0] // 2 <= gap[1] < gutter[1]):
        return None
    cells = _cells(text)
    return text[:cells[gap[0]]].rstrip(), text[cells[gap[1]]:].rstrip()


def _right_only(text: str, gutter: tuple[int, int]) -> bool:
    """A line of the right column alone. Where the left column has nothing on a line,
    -layout sets the right one's text further left than on the other lines, even across
    the gutter's place: a line opening after half the left column's width or more of
    spaces (the left column's lines open at the margin, or by an indent)."""
    lead = _width(text) - _width(text.lstrip(" \u3000"))
    return bool(text.strip()) and lead >= max(RIGHT_LEAD_MIN, gutter[0] // 2)


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
        sides = [_sides(t, gutter) for _, t in stretch]
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
        # Lines right above or under it with spaces near its gutter: the stretch is part
        # of a ragged page (see ragged_columns), not a page's columns.
        around = [lines[i][1] for i, first in ((start - 1, lines[start][0]),
                                                (end, lines[end][0] if end < len(lines) else 0))
                  if 0 <= i < len(lines) and lines[i][1].strip() and first not in page_starts]
        ragged = any(_ragged_near(t, gutter) for t in around)
        if ragged or not (_prose(lefts) and _prose(rights) and _justified(lefts)):
            if _prose(lefts) and _prose(rights) and not ragged:
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
        first = stretch[0][0]
        repairs.append(Repair(
            "side-by-side-columns", first, f"{len(stretch)} lines, two columns side by side",
            f"{sum(1 for p in lefts if p.strip())} + {sum(1 for p in rights if p.strip())} lines",
            f"Read lines {first}–{stretch[-1][0]}, set in two columns side by side (a gutter "
            f"of spaces at display column {gutter[0]}), as the left column, then the right.",
            review=True))
        long = sorted(_width(p.strip()) for p in lefts + rights if _width(p.strip()) >= LONG)
        column = long[len(long) * 3 // 4]
        widths.update((n, column) for n, _ in stretch)
        index = floor = end
    ragged = ragged_columns(lines, frozenset(widths)) + alternating_columns(
        lines, frozenset(widths))
    told = {number for doubt in ragged for number in range(doubt.line, _last(doubt) + 1)}
    doubts = [doubt for doubt in doubts if doubt.line not in told] + ragged
    return result, repairs, doubts, widths


def _last(doubt: Repair) -> int:
    """The last line a ragged run's doubt names (「lines 10–14」)."""
    return int(doubt.before.rsplit("–", 1)[1])


# Where the extraction's grid squeezed the gutter to a space or two at a place that
# wanders by a character (「……两栏排版在抽 用来检验两栏……」), no gutter can be measured: a
# run of lines each with a run of spaces at about the same place, long text on both sides,
# is told, never read as columns (nor is a stretch with a clear gutter amid such lines).
RAGGED_LINES = 4  # lines of such a run before it is told
RAGGED_NEAR = 4  # display columns (2 Han) the spaces may wander
SPACES = re.compile(r"(?<=\S)(?: +|\u3000+)(?=\S)")
HAN = re.compile(r"[\u4e00-\u9fff]")
LEADERS = re.compile(r"(?:[.．·…⋯]\s*){4,}")  # a contents entry's dot leaders


def _splits(text: str) -> list[int]:
    """The display columns where a run of spaces with long text on both sides begins."""
    return [_width(text[:m.start()]) for m in SPACES.finditer(text)
            if _width(text[:m.start()].strip()) >= LONG and _width(text[m.end():]) >= LONG
            and HAN.search(text[:m.start()]) and HAN.search(text[m.end():])
            and not LEADERS.search(text[m.end():])]


def _ragged_near(text: str, gutter: tuple[int, int]) -> bool:
    """A line with a run of spaces near the gutter, text on both sides of it."""
    return any(gutter[0] - RAGGED_NEAR <= _width(text[:m.start()]) <= gutter[1] + RAGGED_NEAR
               for m in SPACES.finditer(text.rstrip()))


def ragged_columns(lines: list[tuple[int, str]], taken: frozenset[int] = frozenset()
                   ) -> list[Repair]:
    """A doubt for each run of RAGGED_LINES or more lines (see above)."""
    doubts: list[Repair] = []
    run: list[tuple[int, int]] = []  # (line number, where its spaces begin)
    for number, text in [*lines, (0, "")]:
        splits = _splits(text) if number not in taken and text.strip() else []
        middle = sorted(c for _, c in run)[len(run) // 2] if run else None
        near = [c for c in splits if middle is None or abs(c - middle) <= RAGGED_NEAR]
        if len(near) == 1:
            run.append((number, near[0]))
            continue
        if len(run) >= RAGGED_LINES:
            doubts.append(Repair(
                "side-by-side-columns", run[0][0], f"lines {run[0][0]}–{run[-1][0]}", "",
                f"lines {run[0][0]}–{run[-1][0]} may be two columns side by side (a run of "
                f"spaces at about column {middle} on each, no clear gutter): kept as lines "
                "— check the reading order."))
        run = [(number, splits[0])] if len(splits) == 1 else []
    return doubts


# Where the two columns' baselines differ, -layout gives each line of a column a line of
# its own, the right column's set far in: long lines opening at the margin alternate with
# long lines opening after a wide run of spaces. No gutter: told, never read.
FAR_IN = 16  # display columns of spaces before a right column's line
ALTERNATIONS_MIN = 4  # changes between margin and far-in lines in a run before it is told


def alternating_columns(lines: list[tuple[int, str]], taken: frozenset[int] = frozenset()
                        ) -> list[Repair]:
    """A doubt for each run of long lines alternating between the margin and far in."""
    doubts: list[Repair] = []
    run: list[tuple[int, bool]] = []  # (line number, far in)
    for number, text in [*lines, (0, "")]:
        stripped = text.strip()
        # Prose: a table's rows have runs of spaces between their cells.
        if stripped and number not in taken and _width(stripped) >= LONG \
                and not INNER_GAP.search(stripped):
            lead = _width(text) - _width(text.lstrip(" \u3000"))
            far = lead >= FAR_IN
            if far or lead <= RIGHT_LEAD_MIN:
                run.append((number, far))
                continue
        changes = sum(1 for (_, a), (_, b) in zip(run, run[1:], strict=False) if a != b)
        if changes >= ALTERNATIONS_MIN and any(far for _, far in run):
            doubts.append(Repair(
                "side-by-side-columns", run[0][0], f"lines {run[0][0]}–{run[-1][0]}", "",
                f"lines {run[0][0]}–{run[-1][0]}: long lines at the margin alternate with "
                "long lines set far in — two columns whose lines the extraction gave in "
                "turn? Kept as lines — check the reading order."))
        run = []
    return doubts

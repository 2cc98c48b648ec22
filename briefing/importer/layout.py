"""What the source-layout readers share: a line's display width, the `Cleaned` result (the
kept lines with their source line numbers, the repairs and doubts; `Cleaned.renumber` gives
the blocks read from the cleaned text their line numbers back), the measures of a column
and a clause number's form."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair

FORM_FEED = "\f"
# Over this share of the line breaks without a blank line: blank lines do not separate
# the text's paragraphs.
BREAK_SHARE = 0.5
LINES_MIN = 4  # fewer lines say nothing about a layout
WRAPPED_MIN = 8  # long lines needed to see a column
LONG = 30  # display columns of a line that may reach the column
NEAR = 8  # a line this close to the column (4 Han) reached it
COLUMN_SHARE = 0.4  # of the long lines end at the column in a hard-wrapped text
OVER_SHARE = 0.05  # of the long lines may run past the column
# 「4.1 范围」; never a quantity wrapped to a line's start (「6.7 万余款」「1.3 亿元」「2.5 倍」).
CLAUSE_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\s(?!\s*[万亿倍%％])"
                          r"|\d{1,2}\s+[\u4e00-\u9fff])")


# PAGE_MARKER: a PDF's text put out by a converter other than pdftotext marks where each
# page begins with a line of its own — 「## [p3]」「[Page 3]」「--- Page 3 ---」「<!-- page 3 -->」
# 「第3页」 — where pdftotext sets a form feed. Two or more such lines counting up are the
# pages' breaks: each is read as a form feed (the running heads and folios beside them are
# then found as in any extraction).
PAGE_MARKER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:<!--[ \t]*)?(?:\*\*|__)?[-=]*[ \t]*[\[【(（]?[ \t]*"
    r"(?:p|page|第)[ \t]*\.?[ \t]*(?P<number>\d{1,4})[ \t]*页?[ \t]*[\]】)）]?[ \t]*[-=]*"
    r"(?:\*\*|__)?[ \t]*(?:-->)?[ \t]*$", re.I)
PAGE_MARKERS_MIN = 2


def page_markers(text: str) -> tuple[str, list[Repair]]:
    """The text with its page-marker lines (see above) made form feeds, and one repair
    naming them; the text unchanged when it has fewer than two, or they do not count up."""
    lines = text.split("\n")
    # (read before the line ends are made one: a Windows file's 「Page 3---」 ends in \r)
    found = [(i, int(m["number"])) for i, line in enumerate(lines)
             if (m := PAGE_MARKER.match(line.rstrip("\r")))]
    numbers = [number for _, number in found]
    if len(found) < PAGE_MARKERS_MIN or FORM_FEED in text or numbers != sorted(set(numbers)):
        return text, []
    # (the first page begins the text: what a converter set above its marker — the file's
    # title, its note of the extraction — goes with that page, as a cover's lines would)
    for position, (index, _) in enumerate(found):
        lines[index] = FORM_FEED if position else ""
    first = found[0][0]
    marker = text.split("\n")[first].strip()
    return "\n".join(lines), [Repair(
        "page-markers", first + 1, marker, f"{len(found)} page breaks",
        f"Read the converter's {len(found)} page-marker lines (「{marker}」 …) as page "
        "breaks: the text is a PDF's extraction (its running heads and folios are found "
        "beside them).")]


@lru_cache(maxsize=16384)
def width(text: str) -> int:
    """Display columns: Han and full-width forms take two. (Kept per text: the layout
    passes measure the same lines again and again.)"""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


@dataclass
class Cleaned:
    lines: list[tuple[int | None, str]]  # (source line number, text); None: a blank put in
    layout: str = "blank-separated"  # or "line-per-paragraph", "raw-extraction"
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # of a YAML front matter
    column: int = 0  # a raw extraction's column width (display columns), 0 if none
    cover: frozenset[int] = frozenset()  # a raw extraction's cover: its lines' numbers
    authors: list[str] = field(default_factory=list)  # a paper's author line's names
    headings: frozenset[int] = frozenset()  # a raw extraction's page titles: line numbers
    subheadings: frozenset[int] = frozenset()  # …and the key statements under them
    items: frozenset[int] = frozenset()  # a raw extraction's list items (bullets lost)

    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)

    def source_number(self, number: int) -> int:
        """The source's line number of line `number` of text()."""
        numbers = [n for n, _ in self.lines]
        if not 1 <= number <= len(numbers):
            return number
        return numbers[number - 1] or _near(numbers, number - 1)

    def renumber(self, blocks: list[RawBlock]) -> list[RawBlock]:
        """Blocks read from text() with the source's line numbers."""
        numbers = [number for number, _ in self.lines]
        if numbers == list(range(1, len(numbers) + 1)):
            return blocks
        found = []
        for block in blocks:
            lines = [SourceLine(numbers[line.number - 1] or _near(numbers, line.number - 1),
                                line.text) for line in block.lines]
            found.append(replace(block, lines=lines))
        return found


def _near(numbers: list[int | None], index: int) -> int:
    for number in reversed(numbers[:index]):
        if number:
            return number
    return 1

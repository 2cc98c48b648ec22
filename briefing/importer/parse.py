"""Raw article text → raw blocks, each with the source line of every line it holds.

The raw format is Markdown-like: `#` headings, paragraphs separated by blank lines,
`|` tables, `>` quotations and HTML comments. Nothing is repaired here; the blank lines
around each block are counted because photo captions stand between extra blank lines.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from briefing.errors import InputError
from briefing.importer.chars import SENTENCE_END, join_lines

BlockKind = Literal["heading", "text", "table", "quote", "comment"]

# ATX heading; "#标题" without a space is accepted too (raw exports drop it), but not
# a "#话题#" tag. A line of bare '#' is an empty heading (dropped later).
HEADING = re.compile(
    r"^(#{1,6})(?:[ \t]+(.*?)(?:[ \t]+#+)?|([^#\s].*?[^#]|[^#\s])|)[ \t]*$")
# A statistics yearbook marks a row that is part of the row above (「其中」) with '#':
# 「#非农业人口   81.40 120.48 147.81」. A line of one '#' that closes with two figures or
# more set apart by spaces is such a row, never a heading (no heading ends in a row of
# figures): it stays text, '#' and all, for the tables of rows of figures
# (celltables/figurerows.py). So is one closing with a single figure set apart by a column
# gap (two spaces or more, or a tab: 「#粮   食        101.9」, a one-column table's row).
FIGURE_ROW_MARK = re.compile(
    r"^#(?!#)[^\n]*?(?:(?:[ \t\u3000]+[-−+]?\d[\d,]*(?:\.\d+)?){2,}"
    r"|(?:[ \t\u3000]{2,}|\t)[-−+]?\d[\d,]*(?:\.\d+)?)[ \t]*$")
# A pipe table's delimiter row: cells of hyphens with optional colons (GFM: `|:-:|---|`,
# one hyphen enough). A row of one cell without a pipe needs three hyphens, or a line
# of 「-」 would be one. The accounting (re.M) and the page reader use the same pattern.
DELIMITER_ROW_PATTERN = (r"[ \t]*(?=[^\n]*\||:?-{3,})\|?[ \t]*:?-+:?[ \t]*"
                         r"(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
TABLE_DELIMITER = re.compile(rf"^{DELIMITER_ROW_PATTERN}$")


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based line in the source file
    text: str
    virtual: bool = False  # a boundary the markup made (</p>), not a blank line of the file
    image: str | None = None  # a virtual line where an image stood: its alt text ("" if none)


@dataclass
class RawBlock:
    kind: BlockKind
    lines: list[SourceLine] = field(default_factory=list)
    marker: int = 0  # the number of '#' of a heading
    blank_before: int = 0  # blank lines between the previous block and this one
    blank_after: int = 0
    at_file_edge: bool = False  # the file's first or last block: blank lines beyond it say nothing
    before_byline: bool = False  # a byline taken to the front matter stood right under it
    above_title: bool = False  # kept above the inferred title (furniture? a doubt): no role
    after_image: str | None = None  # an image stood right above it: the image's alt text

    @property
    def line(self) -> int:
        return self.lines[0].number

    @property
    def text(self) -> str:
        """The block's text: a paragraph's lines joined, other blocks' lines kept."""
        if self.kind == "text":
            joined = ""
            for source_line in self.lines:
                joined = join_lines(joined, source_line.text.strip())
            return joined
        return "\n".join(source_line.text for source_line in self.lines)

    def with_lines(self, lines: list[SourceLine]) -> RawBlock:
        return replace(self, lines=lines)


def parse_blocks(text: str, file: Path | None = None) -> list[RawBlock]:
    """Split the article into blocks; raises InputError for a comment never closed."""
    return parse_lines(
        [SourceLine(number, raw) for number, raw in enumerate(text.split("\n"), 1)], file)


def parse_lines(lines: list[SourceLine], file: Path | None = None) -> list[RawBlock]:
    """Blocks of numbered lines (`markup.read_markup`'s, or the file's own).

    A virtual blank line (where markup such as </p> stood) ends a block but is not
    counted as a blank line: the blank-line counts say where the file has space.
    """
    blocks: list[RawBlock] = []
    blank_run = 0
    current: RawBlock | None = None
    index = 0
    image: str | None = None  # the alt text of an image standing since the last block

    def start(kind: BlockKind, marker: int = 0) -> RawBlock:
        nonlocal blank_run, image
        # -1: markup stood there, whose blank lines say nothing; counted as none.
        block = RawBlock(kind, marker=marker, blank_before=max(blank_run, 0) if blocks else 0,
                         after_image=image)
        image = None
        if blocks:
            blocks[-1].blank_after = max(blank_run, 0)
        blocks.append(block)
        blank_run = 0
        return block

    while index < len(lines):
        number, raw = lines[index].number, lines[index].text
        stripped = raw.strip()
        index += 1
        if stripped.startswith("<!--"):
            comment = start("comment")
            body, rest, index = _read_comment(lines, index - 1, file)
            comment.lines = body
            current = None
            if rest:  # text after "-->" on the closing line stays text
                current = start("text")
                current.lines.append(SourceLine(body[-1].number, rest))
            continue
        if lines[index - 1].image is not None:
            image = lines[index - 1].image
        if not stripped:
            # Where markup stood (an image, </p>) the blank lines either side of it are
            # not one run: a virtual line starts the count again.
            blank_run = -1 if lines[index - 1].virtual or blank_run < 0 else blank_run + 1
            current = None
            continue
        heading = HEADING.match(stripped)
        if heading and not FIGURE_ROW_MARK.match(stripped):
            title = heading.group(2) if heading.group(2) is not None else heading.group(3)
            block = start("heading", marker=len(heading.group(1)))
            block.lines.append(SourceLine(number, (title or "").strip()))
            current = None
            continue
        kind: BlockKind = "text"
        content = raw.rstrip()
        if stripped.startswith("|"):
            kind, content = "table", stripped
        elif stripped.startswith(">"):
            kind, content = "quote", stripped[1:].removeprefix(" ")
        else:
            content = stripped
        if current is None or current.kind != kind:
            current = start(kind)
        current.lines.append(SourceLine(number, content))
    if blocks:
        blocks[0].at_file_edge = blocks[-1].at_file_edge = True
    return [_checked_table(block) for block in blocks]


def _read_comment(
    lines: list[SourceLine], first: int, file: Path | None
) -> tuple[list[SourceLine], str, int]:
    """The comment's inner lines, any text after "-->", and the index after the comment."""
    body: list[SourceLine] = []
    opening = lines[first].text.strip()[4:]
    for index in range(first, len(lines)):
        text = opening if index == first else lines[index].text
        if "-->" in text:
            inner, _, rest = text.partition("-->")
            body.append(SourceLine(lines[index].number, inner))
            return body, rest.strip(), index + 1
        body.append(SourceLine(lines[index].number, text))
    raise InputError(
        "an HTML comment ('<!--') is never closed", file=file, line=lines[first].number,
        fix="end the comment with '-->' or remove the '<!--' line")


def _checked_table(block: RawBlock) -> RawBlock:
    """A '|' block without a |---| delimiter row under its header row(s) is not a table:
    keep it as text. Header rows may be several (a merged header: README, Tables)."""
    if block.kind != "table":
        return block
    if any(TABLE_DELIMITER.match(line.text.strip()) for line in block.lines[1:]):
        return block
    return replace(block, kind="text")


CONTINUES = ("，", "、", ",", "（", "(", "“", "《")
FULL_LINE = 0.9
WRAP_MIN = 40  # display columns (20 Han): a column narrower than this is no hard wrap
COLUMN_NEAR = 8  # display columns: a line this close to a raw extraction's column reached it


def lines_as_paragraphs(block: RawBlock, column: int = 0) -> list[RawBlock]:
    """Cut a text block of several lines where its lines end paragraphs.

    Plain text (and text copied from a web page) puts each paragraph on one line with no
    blank line between; a hard-wrapped text (fixed-width lines, a PDF's or a mail's)
    breaks lines anywhere. A line ends its paragraph unless it ends in ，、 or an opening
    mark or leaves a bracket open (the sentence goes on), or the block is hard-wrapped and
    the line is full. In a raw extraction (`column`: the extraction's column, display
    columns) a line goes on when it reaches the page's column and ends no sentence, as the
    clean-up judged it: two lines show no column of their own, and a paragraph's first
    line falls short of the block's widest by its indent.
    """
    if block.kind != "text" or len(block.lines) < 2:
        return [block]
    lengths = [_width(line.text.strip()) for line in block.lines]
    # The column: the middle width of the wider half of the lines (a few lines widened
    # by spaced-out Latin words do not set it).
    wider = sorted(lengths)[len(lengths) // 2:]
    width = wider[len(wider) // 2]
    inner = lengths[:-1]
    full = [line.text.rstrip() for line, length in zip(block.lines, inner, strict=False)
            if length >= FULL_LINE * width]
    # A hard wrap breaks its full lines anywhere, mostly mid-sentence; full lines that all
    # end their sentences are paragraphs a line (an export with no blank lines).
    wrapped = len(block.lines) >= 3 and width >= WRAP_MIN and len(full) >= 0.5 * len(
        inner) and not all(line[-1:] in SENTENCE_END for line in full)
    # A piece the extraction broke off before a mark no line opens with (「；」 alone) is
    # the end of the line above: the two reach as far as one line of the page.
    reach = list(lengths)
    for index in range(1, len(reach)):
        if block.lines[index].text.strip().startswith(NO_LINE_OPENS):
            reach[index] += reach[index - 1]
    groups: list[list[SourceLine]] = [[]]
    for index, line in enumerate(block.lines):
        groups[-1].append(line)
        if index == len(block.lines) - 1:
            break
        text = line.text.rstrip()
        # In a raw extraction: a line of Chinese reaching the page's column mid-sentence.
        broken = bool(column) and reach[index] >= column - COLUMN_NEAR \
            and _width(text[-1:]) == 2 and text[-1:] not in SENTENCE_END
        # a line the text ends with <br> (kept_line_breaks): a break inside the paragraph
        goes_on = text.endswith(CONTINUES) or broken or (
            wrapped and lengths[index] >= FULL_LINE * width
            and not _bar_line(text)) \
            or _open_bracket(text) or text.endswith("<br>")
        if not goes_on:
            groups.append([])
    if len(groups) == 1:
        return [block]
    parts = [replace(block, lines=group, blank_before=0, blank_after=0, after_image=None)
             for group in groups]
    parts[0].after_image = block.after_image
    parts[0].blank_before = block.blank_before
    parts[-1].blank_after = block.blank_after
    return parts


# Gaps between Chinese words, or beside the bars between links (「海南农垦报 返回首页」
# 「2026年03月09日 星期一  报料热线」「015版 上一版 下一版」「海南日报 |南国都市报」), not
# between Latin words, formulas or brackets, nor a letter-spaced line's single characters
# (「通 过 其 高 性 能」): a hard-wrapped Chinese paragraph has one at most (a statute's
# headnote: 「…会议通过 根据…修正」); two and more set apart the fields or links of a
# page's bar, which ends at its line however far it reaches.
BAR_SIDE = re.compile(r"[\u4e00-\u9fff|｜]")
BAR_GAPS = 2


def _bar_line(text: str) -> bool:
    words = text.split()
    gaps = sum(len(left) > 1 and len(right) > 1 and bool(BAR_SIDE.match(left[-1]))
               and bool(BAR_SIDE.match(right[0])) for left, right in itertools.pairwise(words))
    return gaps >= BAR_GAPS


# Chinese typesetting opens no line with these marks (see extraction.NO_LINE_OPENS).
NO_LINE_OPENS = tuple("，、；：。）》」』”")


def _width(text: str) -> int:
    """Display columns (Han two, Latin one): how far a line reaches across the page."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _open_bracket(text: str) -> bool:
    """A bracket, or a title mark (《…》 never spans two paragraphs), opened and not closed
    on the line: it closes on a line below."""
    return (text.count("（") + text.count("(") > text.count("）") + text.count(")")
            or text.count("《") > text.count("》"))


def is_table_delimiter(line: str) -> bool:
    return bool(TABLE_DELIMITER.match(line.strip()))

"""`briefing preflight FILE.pdf`: measure the typesetting of a built PDF from glyph positions.

Reads every character's position with pdfplumber, rebuilds the body text's lines
(the most common font and size on the pages), and counts what readers of printed
Chinese notice: ragged justified lines, forbidden line starts and ends, marks set
side by side at full width, missing Han–Latin gaps, one-character last lines; in grid
mode, characters per line and lines per page.
"""

from __future__ import annotations

import bisect
import functools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefing.cjk import (
    FULLWIDTH_MARKS,
    HANGING,
    INSEPARABLE,
    NO_LINE_END,
    NO_LINE_START,
    OPENING,
    RIGHT_BLANK,
    is_han,
    is_latin,
)
from briefing.typeset.rules import (
    AUTOSPACE_MIN_EM,
    kept_head,
    number_alone,
    soft_break,
    splits_number_unit,
)

FLUSH_TOLERANCE = 0.5  # pt: a justified line ends within this of the right edge
# What may open a paragraph though no line may start with it after a break: a dash or an
# ellipsis (「——以下空白」, the 「——编者」 under an editor's note), a source's ASCII or en
# dashes for one (「--以下空白」: a 通榆 bulletin's)
PARAGRAPH_OPENERS = "—⸺…⋯-–"
DETACHED_MARK_EM = 0.05  # em: more between a mark and its character is inserted space
LINE_TOLERANCE = 1.5  # pt: characters whose tops differ less share a line
WIDOWS = 2  # the templates' `widows`: a paragraph's lines that may not stand alone overleaf
# (and `orphans`, 2 too: a paragraph's first lines that may not stand alone at a page's foot)

TIGHT_GAP_EM = 0.25  # em: the most a justified line may add between two characters
GAP_TOLERANCE_EM = 0.02  # em: rounding of positions in the PDF
# em: the most a justified line may add per character on average before it reads as
# letter-spaced (均排 spread evenly: no single gap over TIGHT_GAP_EM, every gap a little
# wide). An eighth em — the least a Han/Latin gap may be reduced to (JLREQ's reduction
# table, rules.AUTOSPACE_MIN_EM): the smallest space the layer sets as a gap of its own.
# A line one character short on the 28-character grid spreads 1/27 em.
AIRY_EM = AUTOSPACE_MIN_EM
# em: how far past the text block's right edge a line may end (a hanging mark: half an em)
OVERFLOW_EM = 0.6
# The most a paragraph's lines are apart, in em of the body size (line-height 2.5): lines
# further apart are two paragraphs (a handout's one-line points between their headings,
# where that distance is the most common one), whatever the commonest distance says.
MAX_PITCH_EM = 2.5
# The fewest lines ending at one place that make it the text block's right edge.
EDGE_LINES = 3
# em: a wider gap between two words of a pdftotext line is a column or table-cell
# boundary, not a gap inside a run of text
TEXT_GAP_EM = 2.0


@dataclass
class Line:
    page: int
    top: float
    chars: list[dict]
    final: bool = False  # the last line of its paragraph

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]


@dataclass
class Violation:
    kind: str
    page: int
    text: str
    detail: str = ""

    def __str__(self) -> str:
        return f"page {self.page}: {self.kind}: 「{self.text}」 {self.detail}".rstrip()


@dataclass
class Report:
    pages: int = 0
    body_font: str = ""
    body_size: float = 0.0
    full_lines: int = 0
    flush_lines: int = 0
    ragged_lines: int = 0
    largest_shortfall: float = 0.0
    largest_gap: float = 0.0
    # the widest gap between two characters of a justified non-final line beyond the
    # font's own advance (a quarter em between Han and Latin counts), in em; the lines
    # where it is more than TIGHT_GAP_EM
    widest_gap_em: float = 0.0
    loose_lines: list[str] = field(default_factory=list)
    # of those, the lines followed by a number and its unit wider than all the space the
    # line was given (「…为」 / 「50.71微克/立方米」): a word the layer never breaks, which no
    # means could have taken in — the editor's to rephrase
    forced_loose_lines: list[str] = field(default_factory=list)
    # the largest extra space per character of a justified non-final line (the space
    # beyond the advances, Han/Latin quarter ems and the text's own spaces, over the
    # line's gaps), in em; the lines where it is more than AIRY_EM, however narrow each gap
    spread_em: float = 0.0
    airy_lines: list[str] = field(default_factory=list)
    # text layer: lines of `pdftotext` output holding a space that no glyph of the PDF
    # stands for (「2021 年」), and how many lines were read (None: pdftotext missing)
    text_lines: int | None = None
    spurious_space_lines: list[str] = field(default_factory=list)
    spurious_body_lines: list[str] = field(default_factory=list)  # of those, body text
    chars_per_line: list[int] = field(default_factory=list)
    lines_per_page: list[int] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for v in self.violations if v.kind == kind)


def glyphs(page) -> list[dict]:
    """A pdfplumber page's characters that stand for text: the text layer's spacers
    (blank glyphs that stand for nothing, briefing/weasy/textlayer.py) left out."""
    return [char for char in page.chars if char["text"]]


def shapes(page) -> list[dict]:
    """A pdfplumber page's shapes: rules, curves and images (each with its object_type)."""
    return [*page.rects, *page.lines, *page.curves, *page.images]


def _parse_pages(pdf_path: Path) -> list[tuple[int, list[dict], list[dict]]]:
    """Each page's number, glyphs, and the shapes drawn on it (rules, curves, images),
    parsed with pdfplumber (parsing is most of what measuring a PDF costs)."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        return [(page.page_number, glyphs(page), shapes(page)) for page in pdf.pages]


@functools.lru_cache(maxsize=1)
def _parsed(path: str, size: int, modified: int, inode: int,
            ) -> list[tuple[int, list[dict], list[dict]]]:
    return _parse_pages(Path(path))


def _read_pages(pdf_path: Path) -> list[tuple[int, list[dict], list[dict]]]:
    """_parse_pages's parse of the file as it is now, the last one kept (path, size,
    modification time and inode: a PDF written again is parsed again): `briefing
    preflight`'s readers (the print checks' images, measure, measure_placement) share
    one parse. Read only: every reader gets the same lists and dicts."""
    status = Path(pdf_path).stat()
    return _parsed(str(Path(pdf_path).resolve()), status.st_size, status.st_mtime_ns,
                   status.st_ino)


RULE_THICKNESS = 2.0  # pt: a shape no taller than this is a rule, not a box
RULE_JOIN = 1.5  # pt: rule segments (one per cell) this close on one line are one rule
ROW_GAP = 1.5  # of the text's size: the most blank height a table row has above, below
# or between its lines (its cell padding and leading); a paragraph between two rules
# leaves more (the margins of the table, heading or rule around it)


def _rules(shapes: list[dict]) -> list[tuple[float, float, float]]:
    """The horizontal rules of a page as (y, x0, x1): thin shapes, the segments a table
    draws cell by cell on one line joined into one."""
    segments = sorted((round((s["top"] + s["bottom"]) / 2, 1), s["x0"], s["x1"])
                      for s in shapes if s.get("object_type") in ("rect", "line")
                      and s["bottom"] - s["top"] <= RULE_THICKNESS and s["x1"] - s["x0"] > 2)
    rules: list[list[float]] = []
    for y, x0, x1 in segments:
        if rules and abs(rules[-1][0] - y) < 0.6 and x0 <= rules[-1][2] + RULE_JOIN:
            rules[-1][2] = max(rules[-1][2], x1)
        else:
            rules.append([y, x0, x1])
    return [(y, x0, x1) for y, x0, x1 in rules]


def table_cells(chars: list[dict], shapes: list[dict]) -> set[int]:
    """The ids of a page's characters set in table rows: between two rules of the same
    extent with nothing but text between them — each blank stretch above, below and
    between the lines no taller than ROW_GAP of the text's size (a cell's padding and
    leading). Both templates that print tables rule every row (reprint under each
    row, jianbao round each cell). A paragraph between two rules (under a running head's
    rule, between two tables) has the margins of what is round it above or below."""
    rules = _rules(shapes)
    inside: set[int] = set()
    for upper, lower in zip(rules, rules[1:], strict=False):
        # The next rule below with the same extent (another table's or a head's rule of
        # another width may come between: then this pair is no row).
        if abs(upper[1] - lower[1]) > 1.0 or abs(upper[2] - lower[2]) > 1.0:
            continue
        row = [c for c in chars if upper[0] < (c["top"] + c["bottom"]) / 2 < lower[0]
               and upper[1] - 0.5 <= c["x0"] and c["x1"] <= upper[2] + 0.5
               and not c["text"].isspace()]
        if not row:
            continue
        size = max(c["size"] for c in row)
        edges = sorted((c["top"], c["bottom"]) for c in row)
        reach, gaps = upper[0], []
        for top, bottom in edges:
            gaps.append(top - reach)
            reach = max(reach, bottom)
        gaps.append(lower[0] - reach)
        if max(gaps) <= ROW_GAP * size:
            inside |= {id(c) for c in row}
    return inside


def _body_lines(read: list[tuple[int, list[dict], list[dict]]],
                ) -> tuple[list[Line], str, float, int, dict[int, list]]:
    # Table cells are no body text, whatever their face: in a bulletin set mostly in its
    # tables their face is the commonest (found by the tables' ruling, table_cells).
    cells = {number: table_cells(chars, drawn) for number, chars, drawn in read}
    pages = [(number, [c for c in chars if id(c) not in cells[number]])
             for number, chars, _ in read]
    spaces = {number: [c for c in chars if c["text"].isspace()] for number, chars in pages}
    styles = Counter((c["fontname"].split("+")[-1], round(c["size"], 2))
                     for _, chars in pages for c in chars if not c["text"].isspace())
    if not styles:
        return [], "", 0.0, len(pages), spaces
    (font, size), _ = styles.most_common(1)[0]
    lines: list[Line] = []
    for number, chars in pages:
        body = sorted((c for c in chars if c["fontname"].split("+")[-1] == font
                       and round(c["size"], 2) == size and not c["text"].isspace()),
                      key=lambda c: (round(c["top"], 1), c["x0"]))
        page_lines: list[Line] = []
        for char in body:
            if page_lines and abs(page_lines[-1].top - char["top"]) < LINE_TOLERANCE:
                page_lines[-1].chars.append(char)
            else:
                page_lines.append(Line(number, char["top"], [char]))
        # Sub- and superscripts (smaller, shifted) belong to the body line they sit in.
        spans = [(min(c["x0"] for c in line.chars), max(c["x1"] for c in line.chars))
                 for line in page_lines]
        for char in chars:
            if round(char["size"], 2) < size and not char["text"].isspace():
                middle = (char["top"] + char["bottom"]) / 2
                for line, (start, end) in zip(page_lines, spans, strict=True):
                    if line.top - 0.3 * size < middle < line.top + 1.1 * size and \
                            start - size < char["x0"] < end + size:
                        line.chars.append(char)
                        break
        # Glyphs of the body size in another face continue a body line they follow on
        # its baseline: a fallback face's characters (the 仿宋 lacks a Traditional
        # character: 「…比例為」), never a run-in heading before the line's text.
        # (the page's glyphs of the body size in another face picked once, not once per
        # line: a page of 40 lines and 1,000 glyphs read them 40 times)
        others = [c for c in chars if round(c["size"], 2) == size
                  and c["fontname"].split("+")[-1] != font and not c["text"].isspace()]
        for line in page_lines:
            end = max(c["x1"] for c in line.chars)
            start = min(c["x0"] for c in line.chars)
            for char in sorted((c for c in others
                                # (each face its own ascent: tops differ a little)
                                if abs(c["top"] - line.top) < 0.3 * size),
                               key=lambda c: c["x0"]):
                if start < char["x0"] and char["x0"] < end + 0.5 * size:
                    line.chars.append(char)
                    end = max(end, char["x1"])
        lines.extend(page_lines)
    for line in lines:
        line.chars.sort(key=lambda c: c["x0"])
    return lines, font, size, len(pages), spaces


def _mark_paragraph_ends(lines: list[Line], left: float, size: float) -> None:
    pitch = Counter(round(b.top - a.top, 1) for a, b in zip(lines, lines[1:], strict=False)
                    if a.page == b.page and b.top > a.top).most_common(1)
    pitch_value = min(pitch[0][0] if pitch else size * 2, MAX_PITCH_EM * size)
    for line, following in zip(lines, [*lines[1:], None], strict=True):
        if following is None or following.x0 > left + 1.0 * size:
            line.final = True
        elif following.page == line.page and following.top - line.top > pitch_value * 1.3:
            line.final = True  # something else (heading, table, figure) came between
        elif following.page != line.page and line.x0 > left + 1.0 * size and \
                len(line.chars) < 3:
            line.final = True
    # A one-line paragraph at its indent followed by a flush-left block that ends in a
    # colon — a 主送 line under a 通知's 发文字号 (「安委办函〔2018〕67号」 / 「各省、…有关中央
    # 企业：」), a salutation — ends there: it read as the first line of a paragraph that
    # went on flush left, and so as ragged. A line broken by hand inside a paragraph
    # (<br>) is followed by the rest of its sentence, which does not end in a colon.
    for index, line in enumerate(lines[:-1]):
        if line.final or line.x0 <= left + 1.0 * size:
            continue
        end = next((k for k in range(index + 1, len(lines)) if lines[k].final), None)
        block = lines[index + 1:end + 1] if end is not None else []
        if block and all(other.x0 <= left + 0.5 * size for other in block) and \
                block[-1].text[-1] in "：:":
            line.final = True


def measure(pdf_path: Path, grid: tuple[int, int] | None = None) -> Report:
    read = _read_pages(Path(pdf_path))
    lines, font, size, page_count, spaces = _body_lines(read)
    report = Report(pages=page_count, body_font=font, body_size=size)
    _check_text_layer(Path(pdf_path), report, lines, spaces)
    if not lines:
        return report
    # The block's left edge: where the most lines start, or further left where a good share
    # of them do (a text of one-line paragraphs has most lines at its first-line indent).
    starts = Counter(round(line.x0, 1) for line in lines)
    left = starts.most_common(1)[0][0]
    left = min((x0 for x0, count in starts.items()
                if count >= max(3, len(lines) // 10) and left - 3 * size < x0 < left), default=left)
    # Lines that belong to another column (quotes, table cells in the body face) are left out.
    lines = [line for line in lines if line.x0 > left - 0.5]
    _mark_paragraph_ends(lines, left, size)
    # The edge is where EDGE_LINES or more wrapped lines end: one line's end (a ragged-right
    # set, headings wrapped at word ends), or two headings of as many characters, is no
    # evidence of it. None: no edge known.
    right = Counter(round(line.chars[-1]["x1"], 1) for line in lines
                    if not line.final).most_common(1)
    right_edge: float | None = None
    if right and right[0][1] >= EDGE_LINES:
        # the edge itself, not its rounding (which alone can make 0.47 pt read 0.5)
        right_edge = statistics.median(
            line.chars[-1]["x1"] for line in lines
            if not line.final and round(line.chars[-1]["x1"], 1) == right[0][0])

    # A number split from its unit or 第 from its number across two lines of a paragraph
    # (digits in a sub- or superscript name a thing, PM₂.₅ O₃, and count nothing).
    for line, following in zip(lines, lines[1:], strict=False):
        if not line.final and line.chars[-1]["size"] > size - 0.5 and \
                splits_number_unit(line.text, following.text):
            report.violations.append(Violation(
                "number-unit-split", line.page, f"{line.text[-4:]} / {following.text[:3]}"))
    # Either edge can read short (the body face's lines in a bulletin set mostly in its
    # tables; solid lines ending in a fallback face's narrower advances): the further.
    # A very short document (a one-line 通知 and its 落款) may have neither edge: no
    # EDGE_LINES wrapped lines ending together and no solid lines sharing an edge; a
    # line's end is then no edge (its title, 落款 and page number stood "past" it).
    block_right = _text_block_right(read)
    if right_edge is not None or block_right is not None:
        _check_overflow(read, max(edge for edge in (right_edge, block_right)
                                  if edge is not None), size, report)
    glyphs = {number: [c for c in chars if not c["text"].isspace()] for number, chars, _ in read}
    for index, line in enumerate(lines):
        text = line.text
        # A paragraph may open with a dash or an ellipsis (「——以下空白」, 「——编者」, a
        # standard's 「——」 list items): no break put it there; a closing mark opening a
        # paragraph is still reported. A mark right after a run-in head is no line start.
        opens = index == 0 or lines[index - 1].final or line.x0 > left + 1.0 * size
        if (text[:2] in INSEPARABLE or text[0] in NO_LINE_START) and \
                not (opens and text[0] in PARAGRAPH_OPENERS) and \
                not _run_in(glyphs[line.page], line, size):
            report.violations.append(Violation("line-start", line.page, text[:8]))
        # The slash of a compound unit may end a line as the layer's last means
        # (「59.1微克/」 / 「立方米」, rules.soft_bans); any other 「/」 may not.
        if text[-1] in NO_LINE_END and not (
                not line.final and index + 1 < len(lines)
                and soft_break(text, lines[index + 1].text)):
            report.violations.append(Violation("line-end", line.page, text[-8:]))
        _check_pairs(line, report)
        if line.final:
            if sum(1 for c in text if is_han(c)) < 2 and not any(is_latin(c) for c in text):
                report.violations.append(Violation("single-character-last-line", line.page,
                                                   text))
            elif index and not lines[index - 1].final and number_alone(text):
                # a wrapped paragraph's last line of a number alone, its unit and stop
                # (「93.5%。」): an orphan as much as one character (rules.orphan_guard_start)
                report.violations.append(Violation("single-character-last-line", line.page,
                                                   text, "a number alone"))
            continue
        report.full_lines += 1
        widest = _widest_gap(line, size, spaces.get(line.page, []))
        report.widest_gap_em = max(report.widest_gap_em, widest)
        spread = _spread_per_character(line, size, spaces.get(line.page, []))
        if widest > TIGHT_GAP_EM + GAP_TOLERANCE_EM:
            loose = f"page {line.page}: 「{text}」 {widest:.2f} em"
            report.loose_lines.append(loose)
            following = lines[index + 1] if index + 1 < len(lines) else None
            head = kept_head(following.text) if following else 0
            if head and following.chars[head - 1]["x1"] - following.chars[0]["x0"] > \
                    spread * (len(line.chars) - 1) * size:
                report.forced_loose_lines.append(loose)
        report.spread_em = max(report.spread_em, spread)
        if spread > AIRY_EM + GAP_TOLERANCE_EM:
            report.airy_lines.append(f"page {line.page}: 「{text}」 {spread:.2f} em")
        if right_edge is None:  # (no edge to be flush with or short of)
            continue
        shortfall = right_edge - _visible_end(line, right_edge)
        if abs(shortfall) <= FLUSH_TOLERANCE:
            report.flush_lines += 1
        else:
            report.ragged_lines += 1
            report.largest_shortfall = max(report.largest_shortfall, shortfall)
            report.violations.append(Violation("ragged-line", line.page, text[-10:],
                                               f"ends {shortfall:+.1f} pt from the edge"))
        if grid and line.x0 < left + 0.5:
            width = _visible_end(line, right_edge) - line.x0
            report.chars_per_line.append(round(width / size))
    if grid:
        # Lines on the grid: every line of text at the body size, whatever its face
        # (headings sit on the grid too); full pages: all but the first and the last.
        tops = _grid_line_tops(read, size)
        # A page must be full when its text runs on overleaf: its last paragraph
        # continues, or the next page opens with a plain paragraph. A page may end early
        # before a heading, a table or a chart that does not fit.
        last_on_page = {line.page: line for line in lines}
        first_on_page = {}
        for line in lines:
            first_on_page.setdefault(line.page, line)

        def paragraph_length(first: Line) -> int:
            count = 0
            for line in lines[lines.index(first):]:
                count += 1
                if line.final:
                    break
            return count

        def runs_on(page: int) -> bool:
            if not last_on_page[page].final:
                # … unless the paragraph ends overleaf in no more lines than widows (2)
                # allow to stand alone: then the page may end a line early.
                following = first_on_page.get(page + 1)
                return (following is None or paragraph_length(following) > WIDOWS
                        or len(tops.get(page, ())) != grid[1] - 1)
            # A paragraph too short to split (orphans 2 + widows 2) may start overleaf,
            # and so may any paragraph when one line is left (orphans: two at least).
            following = first_on_page.get(page + 1)
            return (following is not None and page + 1 in tops
                    and abs(following.top - min(tops[page + 1])) < LINE_TOLERANCE
                    and paragraph_length(following) >= 4
                    and len(tops.get(page, ())) != grid[1] - 1)

        report.lines_per_page = [len(tops[page]) for page in range(2, page_count)
                                 if page in tops and page in last_on_page and runs_on(page)]
        columns, rows = grid
        wrong = [n for n in report.chars_per_line if n != columns]
        if wrong:
            report.violations.append(Violation(
                "grid-columns", 0, "", f"{len(wrong)} lines hold {set(wrong)} not {columns}"))
        wrong_pages = [n for n in report.lines_per_page if n != rows]
        if wrong_pages:
            report.violations.append(Violation("grid-rows", 0, "",
                                               f"full pages hold {wrong_pages} lines, not {rows}"))
    return report


def _grid_line_tops(read: list[tuple[int, list[dict], list[dict]]],
                    size: float) -> dict[int, set[float]]:
    """Per page, the tops of the lines of body-size text, for the pages whose text block
    holds nothing else (no table, chart, contents or title in another size): only those
    can show the grid whole. Sub- and superscripts belong to their row; running heads
    and page numbers stand outside the text block. `read`: the measure's parse
    (_read_pages), each page's glyphs."""
    pages: dict[int, tuple[set[float], list[float]]] = {}
    for number, page_glyphs, _ in read:
        rows: set[float] = set()
        others: list[float] = []
        for char in page_glyphs:
            if char["text"].isspace():
                continue
            if round(char["size"], 2) != size:
                others.append(char["top"])
            elif not any(abs(char["top"] - top) < LINE_TOLERANCE for top in rows):
                rows.add(char["top"])
        if rows:
            pages[number] = (rows, others)
    if not pages:
        return {}
    block_top = min(min(rows) for rows, _ in pages.values()) - size
    block_bottom = max(max(rows) for rows, _ in pages.values()) + size
    tops = {}
    for number, (rows, others) in pages.items():
        strays = [top for top in others if block_top < top < block_bottom
                  and not any(abs(top - row) < size for row in rows)]
        if not strays:
            tops[number] = rows
    return tops


def _text_block_right(read: list[tuple[int, list[dict], list[dict]]]) -> float | None:
    """The text block's right edge from the lines of every face and size: where most of
    the solid lines (a table's rows have gaps between their cells) starting at the
    block's left edge, or indented up to three em from it, end — the full lines of
    paragraphs — when EDGE_LINES or more do (two lines set ragged end together by chance).
    The body face's own lines (measure's) can mislead:
    in a bulletin most text is in its tables, in a standard most lines are short. None
    when no edge is shared."""
    rows: list[tuple[float, float]] = []
    for _, chars, _ in read:
        by_top: dict[int, list[dict]] = {}
        for char in chars:
            if not char["text"].isspace():
                by_top.setdefault(round(char["top"] / LINE_TOLERANCE), []).append(char)
        for row in by_top.values():
            start, end = min(c["x0"] for c in row), max(c["x1"] for c in row)
            # A paragraph's line is set solid; a table's row has gaps between its cells.
            if len(row) >= 8 and sum(c["x1"] - c["x0"] for c in row) > 0.8 * (end - start):
                rows.append((start, end))
    starts = Counter(round(x0) for x0, _ in rows)
    shared = [x0 for x0, count in starts.items() if count >= 2]
    if not shared:
        return None
    left = min(shared)
    ends = sorted(x1 for x0, x1 in rows if left - 1 < x0 < left + 36)

    def near(edge: float) -> list[float]:  # (a hanging or compressed mark moves an end)
        return ends[bisect.bisect_left(ends, edge - LINE_TOLERANCE):
                    bisect.bisect_right(ends, edge + LINE_TOLERANCE)]

    flush = max(ends, key=lambda edge: (len(near(edge)), edge), default=None)
    if flush is None or len(near(flush)) < EDGE_LINES:
        return None
    return statistics.median(near(flush))


def _run_in(glyphs: list[dict], line: Line, size: float) -> bool:
    """Whether glyphs of another face (a bold run-in head, 「**甲 × 乙**：」) stand just
    before the line's first on its baseline: then that mark follows them on the line,
    and does not start it."""
    first = line.chars[0]
    return any(abs(c["top"] - first["top"]) < 0.3 * size
               and first["x0"] - 1.5 * size < c["x1"] <= first["x0"] + 0.5
               and c is not first for c in glyphs)


def _check_overflow(read: list[tuple[int, list[dict], list[dict]]], right_edge: float,
                    size: float, report: Report) -> None:
    """Text past the text block's right edge, into the margin or off the page, in any
    face (a Latin run set in its own font too): what no line break could be found for.
    One violation a line; a hanging mark (half an em) is within bounds."""
    def ink_end(char: dict) -> float:  # a mark's blank right half is no ink (。，hanging)
        return char["x0"] + 0.5 * char["size"] if char["text"] in RIGHT_BLANK else char["x1"]

    for number, chars, _ in read:
        past: dict[int, list[dict]] = {}
        for char in chars:
            if ink_end(char) - right_edge > OVERFLOW_EM * size and not char["text"].isspace():
                past.setdefault(round(char["top"]), []).append(char)
        for row in past.values():
            line = sorted((c for c in chars if abs(c["top"] - row[0]["top"]) < LINE_TOLERANCE),
                          key=lambda c: c["x0"])
            text = "".join(c["text"] for c in line if not c["text"].isspace())
            report.violations.append(Violation(
                "past-the-margin", number, text[-12:],
                f"runs {max(ink_end(c) for c in row) - right_edge:.1f} pt past the text block"))


def _visible_end(line: Line, right_edge: float) -> float:
    """Where the line's last character ends as set. A mark set at half width (。，、
    compressed) still reports its full advance in the PDF's widths, so it ends either
    at x1 or half an em earlier; a pause or stop mark that hangs (where the template
    lets it) stands past the edge, the line ending where it starts: take whichever is
    nearer the edge."""
    last = line.chars[-1]
    ends = [last["x1"]]
    if last["text"] in RIGHT_BLANK:
        ends.append(last["x0"] + 0.5 * last["size"])
    if last["text"] in HANGING:
        ends.append(last["x0"])
    return min(ends, key=lambda end: abs(right_edge - end))


def _check_pairs(line: Line, report: Report) -> None:
    chars = line.chars
    for a, b in zip(chars, chars[1:], strict=False):
        em = a["size"]
        distance = b["x0"] - a["x0"]
        # A glyph may stand for several characters (—— is one glyph in Noto CJK).
        first, second = a["text"][-1:], b["text"][:1]
        if (first in RIGHT_BLANK and (second in RIGHT_BLANK or second in OPENING)) or \
                (first in OPENING and second in OPENING):
            if distance > 0.75 * em:
                report.violations.append(Violation("uncompressed-pair", line.page,
                                                   first + second,
                                                   f"{distance / em:.2f} em apart"))
        elif (second in RIGHT_BLANK and first not in FULLWIDTH_MARKS) or \
                (first in OPENING and second not in FULLWIDTH_MARKS):
            # A mark's glyph sits against its character: justification space between
            # them detaches it (中 ，).
            gap = b["x0"] - a["x1"]
            if gap > DETACHED_MARK_EM * em:
                report.violations.append(Violation("detached-mark", line.page,
                                                   first + second, f"{gap:.1f} pt apart"))
        elif (is_han(first) and is_latin(second)) or (is_latin(first) and is_han(second)):
            # (a quarter em; an eighth in a line adjusted by reduction)
            gap = b["x0"] - a["x1"]
            if gap < (AUTOSPACE_MIN_EM - GAP_TOLERANCE_EM) * em:
                report.violations.append(Violation("missing-cjk-latin-gap", line.page,
                                                   first + second, f"{gap:.1f} pt"))
        elif is_han(first) and is_han(second):
            report.largest_gap = max(report.largest_gap, b["x0"] - a["x1"])


# ---------------------------------------------------------------- page fill, figure distance

SHORT_PAGE = 0.75  # a page followed by content is filled to at least this much of its block


@dataclass
class PageFill:
    page: int
    fill: float  # the text block's used height / its height (0 on a blank page)
    followed: bool  # content comes on a later page
    before_break: bool = False  # a blank page follows (a forced break to a side)

    @property
    def blank(self) -> bool:
        """Nothing in its text block: a page a forced break leaves empty (the jianbao's
        版记 on an even page) — not a short page."""
        return self.fill == 0

    @property
    def short(self) -> bool:
        return (self.followed and not self.before_break and not self.blank
                and self.fill < SHORT_PAGE)


@dataclass
class FigureDistance:
    figure: str  # the figure's id (figures-GROUP, chart-GROUP)
    cites: str  # the id of the paragraph that cites it
    figure_page: int
    cites_page: int  # where the paragraph begins
    cites_end: int = 0  # where it ends (0: where it begins)

    @property
    def pages(self) -> int:
        """How many pages from its citing paragraph: 0 on a page the paragraph is on,
        counted from its end after it, negative from its beginning before it."""
        end = max(self.cites_end, self.cites_page)
        if self.figure_page > end:
            return self.figure_page - end
        return min(0, self.figure_page - self.cites_page)


@dataclass
class PlacementReport:
    fills: list[PageFill] = field(default_factory=list)
    distances: list[FigureDistance] = field(default_factory=list)

    @property
    def short_pages(self) -> list[PageFill]:
        return [fill for fill in self.fills if fill.short]

    @property
    def white_pages(self) -> float:
        """The empty part of the text blocks of pages followed by content, in pages."""
        return sum(1 - fill.fill for fill in self.fills
                   if fill.followed and not fill.before_break and not fill.blank)

    @property
    def far_figures(self) -> list[FigureDistance]:
        return [d for d in self.distances if not 0 <= d.pages <= 1]


def _text_block(pages: list[tuple[list[dict], list[dict]]], size: float,
                font: str) -> tuple[float, float]:
    """The text block's top and bottom: where the body's lines begin and end on the page
    that reaches furthest (the running head and the folio stand outside it)."""
    tops, bottoms = [], []
    for chars, _ in pages:
        body = [c for c in chars if c["fontname"].split("+")[-1] == font
                and round(c["size"], 2) == size and not c["text"].isspace()]
        if body:
            tops.append(min(c["top"] for c in body))
            bottoms.append(max(c["bottom"] for c in body))
    return min(tops), max(bottoms)


def measure_placement(pdf_path: Path, cites: dict[str, Citation] | None = None,
                      ) -> PlacementReport:
    """How full each page's text block is, from the glyphs and shapes drawn in it, and
    (with `cites`: a figure's id → the paragraph citing it) how many pages each figure
    stands from its paragraph: where each begins from the PDF's named destinations,
    where the paragraph ends from its last Han characters in the glyphs."""
    read = _read_pages(Path(pdf_path))
    lines, font, size, _, _ = _body_lines(read)
    report = PlacementReport()
    if not lines:
        return report
    pages = [([c for c in chars if not c["text"].isspace()], shapes)
             for _, chars, shapes in read]
    top, bottom = _text_block(pages, size, font)
    height = bottom - top
    used = []
    for chars, shapes in pages:
        # What lies in the text block: its top within a line of the block's top, its
        # bottom within a third of a line below the block's foot (not the folio).
        inside = [item["bottom"] for item in (*chars, *shapes)
                  if item["top"] > top - size and item["bottom"] < bottom + size / 3
                  and item["bottom"] > top]
        used.append(max(inside) - top if inside else 0.0)
    last_content = max((n for n, value in enumerate(used) if value > 0), default=-1)
    for n, value in enumerate(used):
        blank_after = n + 1 < len(used) and used[n + 1] == 0 and n + 1 < last_content
        report.fills.append(PageFill(page=n + 1, fill=min(1.0, value / height),
                                     followed=n < last_content, before_break=blank_after))
    if cites:
        places = destinations(Path(pdf_path))
        han = ["".join(c["text"] for c in chars if is_han(c["text"][:1])) for chars, _ in pages]
        for figure, citation in cites.items():
            if figure not in places or citation.paragraph not in places:
                continue
            begins = places[citation.paragraph]
            ends = _end_page(han, begins, citation.tail)
            report.distances.append(FigureDistance(figure, citation.paragraph,
                                                   places[figure], begins, ends))
    return report


def _end_page(han: list[str], begins: int, tail: str) -> int:
    """The page (1-based) on which text ending in `tail` ends, looking from `begins` on
    in each page's Han characters (`tail` may be split by a page break)."""
    for number in range(begins, len(han) + 1) if tail else ():
        if tail in han[number - 1]:
            return number
        following = han[number] if number < len(han) else ""
        if tail in han[number - 1][-len(tail):] + following[:len(tail)]:
            return number + 1
    return begins


@dataclass(frozen=True)
class Citation:
    paragraph: str  # its id
    tail: str = ""  # its last Han characters (where it ends is found by them)


def destinations(pdf_path: Path) -> dict[str, int]:
    """The page (1-based) of each named destination (WeasyPrint names one per id)."""
    import pikepdf

    with pikepdf.open(pdf_path) as pdf:
        numbers = {page.objgen: n for n, page in enumerate(pdf.pages, 1)}
        names = pdf.Root.get("/Names")
        if names is None or "/Dests" not in names:
            return {}
        tree = pikepdf.NameTree(names.Dests)
        found = {}
        for name, target in tree.items():
            array = target.get("/D", target) if isinstance(target, pikepdf.Dictionary) \
                else target
            found[str(name)] = numbers.get(array[0].objgen, 0)
        return found


TAIL = 8  # Han characters that find where a paragraph ends


def figure_citations(folder: Path) -> dict[str, Citation]:
    """Each key-figure table's and chart's id → the id of the paragraph citing it (the
    block its group is anchored to, figures.yaml; for a figure cited in the lead of a text
    in parts, the lead's last paragraph, which it follows: render.figures_by_anchor)."""
    from briefing.loader import load_briefing
    from briefing.model import rich_texts
    from briefing.render import figures_by_anchor

    briefing = load_briefing(Path(folder))
    tails = {block.id: "".join(c for text in rich_texts(block) for c in text.plain
                               if is_han(c))[-TAIL:]
             for block in briefing.walk_blocks() if getattr(block, "id", "")}
    anchors = {group.id: anchor for anchor, groups in figures_by_anchor(briefing).items()
               for group in groups}
    cites = {}
    for group in briefing.figures:
        anchor = anchors[group.id]
        citation = Citation(anchor, tails.get(anchor, ""))
        cites[f"figures-{group.id}"] = citation
        if group.chart:
            cites[f"chart-{group.id}"] = citation
    return cites

def _widest_gap(line: Line, size: float, spaces: list[dict]) -> float:
    """The widest gap between neighbours on a line beyond the font's own advances, in
    em of the body size. The PDF's widths are the font's: a mark set at half width
    (，“ compressed) reports its full em, so space given back to its blank half is
    within its advance. A space the text holds (Open Data) counts with its own advance."""
    widest = 0.0
    chars = line.chars
    for a, b in zip(chars, chars[1:], strict=False):
        gap = b["x0"] - a["x1"]
        if gap > TIGHT_GAP_EM * size:
            gap -= sum(c["x1"] - c["x0"] for c in spaces
                       if abs(c["top"] - a["top"]) < LINE_TOLERANCE
                       and a["x1"] - 0.1 <= c["x0"] and c["x1"] <= b["x0"] + 0.1)
        widest = max(widest, gap / size)
    return widest


def _spread_per_character(line: Line, size: float, spaces: list[dict]) -> float:
    """The space justification added to a line, per gap between its characters, in em
    of the body size: each gap beyond the font's advance, less the quarter em that
    belongs between Han and Latin and the text's own spaces (a compressed mark's
    negative gap counts as none, so it hides no spread elsewhere)."""
    chars = line.chars
    if len(chars) < 2:
        return 0.0
    added = 0.0
    for a, b in zip(chars, chars[1:], strict=False):
        gap = b["x0"] - a["x1"]
        if gap <= GAP_TOLERANCE_EM * size:
            continue
        if (is_han(a["text"]) and is_latin(b["text"])) or \
                (is_latin(a["text"]) and is_han(b["text"])):
            gap -= TIGHT_GAP_EM * size
        gap -= sum(c["x1"] - c["x0"] for c in spaces
                   if abs(c["top"] - a["top"]) < LINE_TOLERANCE
                   and a["x1"] - 0.1 <= c["x0"] and c["x1"] <= b["x0"] + 0.1)
        added += max(gap, 0.0)
    return added / (len(chars) - 1) / size


_LABEL = re.compile(r"[0-9一二三四五六七八九十]+[.、．]?|[（(][0-9一二三四五六七八九十]+[）)]")


def _separate_fields(before: str, after: str, first: bool) -> bool:
    """Two words a reader expects apart: a contents entry and its leader dots, a
    section number and its title (the line's first word)."""
    leader = ".…·"
    if after[:2].strip(leader) == "" or before[-2:].strip(leader) == "":
        return True
    return first and _LABEL.fullmatch(before) is not None


def _check_text_layer(pdf_path: Path, report: Report, body: list[Line],
                      spaces: dict[int, list]) -> None:
    """What `pdftotext` reads: a space between two words of one of its lines is
    spurious when no glyph of the page (a space the text holds: `spaces`, page number →
    its space glyphs) stands between them. Words further apart than TEXT_GAP_EM are
    separate columns or cells."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ElementTree

    if shutil.which("pdftotext") is None:
        return
    result = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"],
                            capture_output=True, check=False)
    if result.returncode != 0:
        return
    namespace = "{http://www.w3.org/1999/xhtml}"
    root = ElementTree.fromstring(result.stdout)
    report.text_lines = 0
    body_rows = {(line.page, round(line.chars[0]["bottom"])) for line in body}
    for number, page in enumerate(root.iter(f"{namespace}page")):
        drawn = spaces.get(number + 1, [])
        for line in page.iter(f"{namespace}line"):
            words = [(float(w.get("xMin")), float(w.get("xMax")), float(w.get("yMin")),
                      float(w.get("yMax")), w.text or "") for w in line]
            report.text_lines += 1
            for number_of, ((_, x1, top, bottom, before), (x0, _, _, _, after)) in \
                    enumerate(zip(words, words[1:], strict=False)):
                height = bottom - top
                if x0 - x1 > TEXT_GAP_EM * height or _separate_fields(
                        before, after, first=number_of == 0):
                    continue
                if not any(x1 - 0.5 <= (c["x0"] + c["x1"]) / 2 <= x0 + 0.5
                           and top - 0.5 <= (c["top"] + c["bottom"]) / 2 <= bottom + 0.5
                           for c in drawn):
                    found = f"page {number + 1}: 「{' '.join(w[4] for w in words)}」"
                    report.spurious_space_lines.append(found)
                    if any((number + 1, round(w[3]) + shift) in body_rows
                           for w in words for shift in (-1, 0, 1)):
                        report.spurious_body_lines.append(found)
                    break

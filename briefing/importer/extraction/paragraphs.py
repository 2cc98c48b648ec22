"""A raw extraction's text (see the package's docstring): a page's own title and
statements, two columns interleaved, a page's foot notes, the line repairs (letter-spacing,
hyphenated words, lone bullets, part numbers), list items, and the lines of a paragraph
joined."""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END, has_han, is_han, join_lines
from briefing.importer.extraction.front import (
    CLAUSE_HEADING_MAX,
    LABEL_START,
)
from briefing.importer.extraction.pages import (
    _column_of_pages,
    _cover_page,
)
from briefing.importer.layout import CLAUSE_START, LONG, NEAR, width
from briefing.importer.parse import NO_LINE_OPENS
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    BIBLIOGRAPHY_ENTRY,
    ENGLISH_FRONT,
    FIELD_LABEL,
    INTERNATIONAL_REFERENCE,
)
from briefing.importer.roles import PART_NAMES, is_part_heading

# An entry of a standard's normative references: the document's code, then its title.
REFERENCE_ENTRY = re.compile(
    r"^(?:GB|DB\d{2}|HJ|JJF|JJG|ISO|IEC|[A-Z]{2}/[TZ])(?:/[TZ])?\s*\d+(?:\.\d+)*"
    r"(?:[—–-]\d{4})?\s+[\u4e00-\u9fff]|" + INTERNATIONAL_REFERENCE.pattern)
# A list item: a dash, 「a)」「1)」「（1）」, or a bullet glyph and a space (「• 分析…」).
LIST_START = re.compile(r"^(?:[―—–－]{1,2}|[a-z][)）]|[（(]?\d{1,2}[)）]|[●⚫•▪■◆◇○►▶➢➤✓✔❖◼□]\s)")
# 「3. 编码方法」「1．分类对象」「2. College of …」: an item's number opens its line (a
# wrapped line never starts with a number and a full stop); inside an open bracket it is
# a list's item run on (「（1. 某大学；2. 某学院）」).
ENUMERATOR = re.compile(r"^\d{1,2}[.．](?:\s|(?=[\u4e00-\u9fff]))")


# A justified line the typesetter spread out comes out of pdftotext with a space between
# every two characters (「通 过 互 联 两 个 两 层 Fat-Tree 网」); Chinese text has no such
# spaces. Where most Chinese pairs of a line are spaced, the spaces between Chinese
# characters go (those next to Latin words stay).
_CJK = "\u4e00-\u9fff，。、；：（）“”"
SPACED_PAIR = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
SPACED_MIN = 4


def _letter_spaced(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        spaced = len(SPACED_PAIR.findall(text))
        tight = len(re.findall(rf"[{_CJK}]{{2}}", text))
        if spaced >= SPACED_MIN and spaced > tight:
            new = SPACED_PAIR.sub("", text)
            repairs.append(Repair("letter-spacing", number, text.strip()[:24], new.strip()[:24],
                                  "Removed the spaces a justified line put between Chinese "
                                  "characters."))
            text = new
        result.append((number, text))
    return result, repairs


# A report's page opening with its own title (a slide-like page: 「开篇摘要」「版权及免责声明」).
PAGE_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,16}$")
# The pages a report's front matter has, by their names: opening a page, such a name is
# its title whatever the line under it (a list of units, a statement without a mark).
FRONT_PAGES = frozenset({"版权声明", "编写委员会", "编委会", "编写组", "编写说明", "编制说明",
                         "编写单位", "参编单位", "前言", "引言", "致谢"})


def _page_titles(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                 ) -> tuple[frozenset[int], frozenset[int]]:
    """A page after the first whose first line (its furniture gone) is a short run of Han
    with no mark at all, over a longer line of the same page, where the text before it
    ended (a sentence, or a line short of the column) or was the cover: the page's title,
    a heading at the document's top level (its line number); and the key statement under
    it (see _page_statement), a heading one level below.
    A line continuing a paragraph from the page before never qualifies."""
    # A running head or foot the clean-up left (it is also the cover's title, say), the
    # same line on three pages or more, is none of the page's own lines.
    running = _running_lines(lines, pages)
    kept = [(n, t.strip()) for n, t in lines if t.strip() and n not in running]
    indents = {n: len(t) - len(t.lstrip(" \u3000")) for n, t in lines if t.strip()}
    where = {n: i for i, (n, _) in enumerate(kept)}
    cover = {n for n, _ in _cover_page(pages)}
    column = _column_of_pages([t for _, t in kept])
    found = set()
    found_statements = set()
    for page in pages[1:]:
        numbers = {n for n, _ in page}
        first = next((n for n, _ in page if n in where), None)
        if first is None:
            continue
        index = where[first]
        text = kept[index][1]
        following = kept[index + 1] if index + 1 < len(kept) else None
        before = kept[index - 1] if index else None
        if _divider_page(text, [n for n, _ in page if n in where], following, before, cover,
                         column):
            found.add(first)
            continue
        # The line under it is text (a sentence's marks, or the column reached), not a
        # table's next cell (「城市」 over 「优良天数比例（%）」).
        # (set letter-spaced, 「前   言」, it is the same title)
        named = re.sub(r"[ \u3000]+", "", text) in FRONT_PAGES
        if (PAGE_TITLE.match(re.sub(r"[ \u3000]+", "", text)) and following is not None
                and following[0] in numbers
                and width(following[1]) > width(text)
                and (re.search("[，。；、]", following[1]) or width(following[1]) >= column - NEAR
                     or named)
                and (before is None or before[0] in cover or width(before[1]) < column - NEAR
                     or before[1].rstrip("”’」』）)")[-1:] in SENTENCE_END
                     or is_part_heading(text))):  # 「前言」 opening a page opens a part
            found.add(first)
            # A named front page (版权声明, 编写委员会) states no key point under its name.
            statement = None if named else _page_statement(kept, index + 1, numbers, column,
                                                           indents)
            if statement is not None:
                found_statements.add(statement)
    return frozenset(found), frozenset(found_statements)


DIVIDER_TITLE_MAX = 30  # characters of a divider page's one line
RUNNING_LINE_PAGES = 3  # pages a running head stands on
RUNNING_LINE_MAX = 40


def _running_lines(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                   ) -> set[int]:
    """The lines of a running head or foot: the same short line among the first or last
    two lines of three pages or more."""
    present = {n: t.strip() for n, t in lines if t.strip()}
    edges: dict[str, set[int]] = {}
    for page in pages:
        numbers = [n for n, _ in page if n in present]
        for number in {*numbers[:2], *numbers[-2:]}:
            if len(present[number]) <= RUNNING_LINE_MAX:
                edges.setdefault(present[number], set()).add(number)
    return {n for numbers in edges.values() if len(numbers) >= RUNNING_LINE_PAGES
            for n in numbers}


def _divider_page(text: str, lines_on_page: list[int], following: tuple[int, str] | None,
                  before: tuple[int, str] | None, cover: set[int], column: int) -> bool:
    """A report's divider page: nothing on it but one short line of Han with no sentence
    end (its running head and folio gone), text after it, the text before it ended (or
    the cover): the title of the part that follows (「欧洲国家」「国外数据安全政策总览」)."""
    line = re.sub(r"[ \u3000]+", "", text)
    return (len(lines_on_page) == 1 and 2 <= len(line) <= DIVIDER_TITLE_MAX
            and bool(re.fullmatch(r"[\u4e00-\u9fff“”《》：:、，·]+", line))
            and line[-1] not in "：:，、" and following is not None
            and (before is None or before[0] in cover or width(before[1]) < column - NEAR
                 or before[1].rstrip("”’」』）)")[-1:] in SENTENCE_END))


STATEMENT_MAX = 60  # characters of a page's key statement under its title


def _statements_joined(lines: list[tuple[int, str]], statements: frozenset[int]
                       ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A key statement set on two lines (the first ending in ，、) is one line again."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    skip: int | None = None
    for index, (number, text) in enumerate(lines):
        if number == skip:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        if number in statements and text.strip()[-1:] in ("，", "、") and following \
                and following[0] == number + 1:
            joined = join_lines(text.strip(), following[1].strip())
            repairs.append(Repair("join-line", number, f"{text.strip()} ⏎ {following[1].strip()}",
                                  joined, "Joined the page's key statement set on two lines."))
            result.append((number, joined))
            skip = following[0]
            continue
        result.append((number, text))
    return result, repairs


def _page_statement(kept: list[tuple[int, str]], start: int, numbers: set[int], column: int,
                    indents: dict[int, int] | None = None) -> int | None:
    """Under a report page's title, its key statement (「顶层设计先行，新基建进入发展快车道，
    为数字化、网络化、」「智能化建设注入新动力」): one line, or two set one under the other,
    short of the column, ending no sentence, over the page's running text. Its first line's
    number, else None. A line indented over the flush line under it is a paragraph's first
    line (a narrow page's: 「  本白皮书版权属于…，并受法律保」「护。…」), no statement."""
    group = [kept[start]] if start < len(kept) and kept[start][0] in numbers else []
    if group and group[0][1][-1] in "，、" and start + 1 < len(kept) \
            and kept[start + 1][0] == group[0][0] + 1:
        group.append(kept[start + 1])
    after = start + len(group)
    if not group or after >= len(kept) or kept[after][0] not in numbers:
        return None
    text = "".join(t for _, t in group)
    body = kept[after][1]
    if indents and indents.get(group[-1][0], 0) > indents.get(kept[after][0], 0):
        return None
    if (len(text) > STATEMENT_MAX or text[-1] in SENTENCE_END or text[-1] in "，、；："
            or "。" in text or any(width(t) >= column - NEAR for _, t in group)
            or not has_han(text) or width(body) <= max(width(t) for _, t in group)):
        return None
    return group[0][0]


# Two columns that pdftotext could not tell apart come out a line of each in turn, every
# line a block of its own (a blank line between): 「左栏第一行」「右栏第一行」「左栏第二行」….
# Seen where a page's lower part is set in two columns under a full-width block (a paper's
# abstract): the lines are half as wide as the page's widest lines. Such a run is read as
# its two columns, the left one first; a lone citation mark (「[1]」, a superscript the
# extraction put on a line of its own) stays with the line before it.
CITATION_MARK = re.compile(r"^\[\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\]$")
INTERLEAVED_MIN = 12  # lines of a run before it is read as two columns
HALF_COLUMN = 0.6  # the run's lines are at most this share of the page's width
PAGE_LINES = 8  # lines at the page's widest width that show it


def _page_width(widths: list[int]) -> int:
    """The widest width at least PAGE_LINES lines reach (the page's full measure)."""
    for candidate in sorted(set(widths), reverse=True):
        if sum(1 for w in widths if candidate - NEAR <= w <= candidate + 2) >= PAGE_LINES:
            return candidate
    return 0


def interleaved_columns(lines: list[tuple[int, str]]) -> tuple[
        list[tuple[int, str]], list[Repair], list[Repair], set[int]]:
    """The lines with each run of interleaved columns read as its two columns (see
    above); the repairs, the doubts, and the numbers of the lines of the runs."""
    page = _page_width([width(t.strip()) for _, t in lines if t.strip()])
    if not page:
        return lines, [], [], set()
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    unbroken: set[int] = set()
    index = 0
    while index < len(lines):
        starts = (width(lines[index][1].strip()) >= LONG
                  and (index == 0 or not lines[index - 1][1].strip()))
        run = _blank_separated_run(lines, index) if starts else []
        text_lines = [i for i in run if not CITATION_MARK.match(lines[i][1].strip())]
        widths = sorted(width(lines[i][1].strip()) for i in text_lines)
        middle = widths[len(widths) // 2] if widths else 0
        # Justified column lines: nearly all as wide as the column (a table's cells, a
        # cell a line, are of every width).
        if (len(text_lines) < INTERLEAVED_MIN or middle > HALF_COLUMN * page
                or sum(1 for w in widths if w >= LONG) < 0.8 * len(widths)
                or sum(1 for w in widths if abs(w - middle) <= NEAR) < 0.7 * len(widths)):
            # Not two columns: neither is a run starting inside it (a blank-separated text
            # is one long run; looking again from each of its lines took quadratic time).
            end = run[-1] + 1 if len(text_lines) >= INTERLEAVED_MIN else index + 1
            result += lines[index:end]
            index = end
            continue
        first, second = _columns(lines, run)
        head = [width(lines[column[0]][1].strip()) for column in (first, second)]
        sure = abs(head[0] - head[1]) >= INDENT_MIN
        left, right = (second, first) if sure and head[1] < head[0] else (first, second)
        result += _with_marks(lines, left) + _with_marks(lines, right)
        result.append((lines[run[-1]][0], ""))
        unbroken.update(lines[i][0] for i in run)
        repairs.append(Repair(
            "interleaved-columns", lines[run[0]][0],
            f"{len(text_lines)} lines, a column's each in turn", f"{len(left)} + {len(right)}",
            "Read a run of lines alternating between two columns as its two columns.",
            review=True))
        doubts.append(Repair(
            "interleaved-columns", lines[run[0]][0], lines[left[0]][1].strip()[:20],
            lines[right[0]][1].strip()[:20],
            "the extraction gave two columns a line of each in turn: read them as two "
            "columns, " + ("the left one the one whose first line is shorter (a heading or "
                           "an indented first line)" if sure else "in the extraction's order "
                           "(nothing told which is the left one)")
            + " — check the reading order where the columns meet"))
        index = run[-1] + 1
    return result, repairs, doubts, unbroken


def _blank_separated_run(lines: list[tuple[int, str]], start: int) -> list[int]:
    """The indices of the non-blank lines from `start` on, each with a blank line before
    the next (a lone citation mark may stand right under its line)."""
    run = [start]
    index = start + 1
    while index < len(lines):
        text = lines[index][1].strip()
        if text:
            if run[-1] == index - 1 and not CITATION_MARK.match(text) \
                    and not CITATION_MARK.match(lines[run[-1]][1].strip()):
                break
            run.append(index)
        index += 1
    if len(run) > 1 and run[-1] == index - 1 and index < len(lines):
        run.pop()  # the line that opens the paragraph after the run
    return run


def _columns(lines: list[tuple[int, str]], run: list[int]) -> tuple[list[int], list[int]]:
    """The run's lines dealt to two columns in turn. A citation mark is set a little above
    the line it marks, so the extraction gives it before that line: it goes with the next
    line of either column that has the gap a superscript left (else the next line)."""
    texts = [i for i in run if not CITATION_MARK.match(lines[i][1].strip())]
    side = {i: position % 2 for position, i in enumerate(texts)}
    marked: dict[int, list[int]] = {}
    for i in run:
        if i in side:
            continue
        following = [j for j in texts if j > i][:2]
        gapped = [j for j in following if len(MARK_GAP.findall(lines[j][1])) == 1]
        target = (gapped or following or texts[-1:])[0]
        marked.setdefault(target, []).append(i)
    columns: tuple[list[int], list[int]] = ([], [])
    for i in texts:
        columns[side[i]].extend(marked.get(i, []) + [i])
    return columns


# Where a superscript stood, the extraction leaves a space between two Chinese characters
# (「平台 被」「平台 ，」), which Chinese text has nowhere else.
MARK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff，。、；：）])")


def _with_marks(lines: list[tuple[int, str]], column: list[int]) -> list[tuple[int, str]]:
    """The column's lines, each citation mark put into the line it marks: at the one gap
    a superscript left, else before the line."""
    result: list[tuple[int, str]] = []
    marks = ""
    for i in column:
        number, text = lines[i]
        if CITATION_MARK.match(text.strip()):
            marks += text.strip()
            continue
        if marks:
            gaps = MARK_GAP.findall(text)
            text = MARK_GAP.sub(marks, text, count=1) if len(gaps) == 1 else marks + text
            marks = ""
        result.append((number, text))
    if marks and result:
        result[-1] = (result[-1][0], result[-1][1] + marks)
    return result


# A paper's first page ends with its notes (收稿日期, 基金项目, 通信作者, Foundation Items);
# a paragraph broken off by them goes on at the top of the next page. The notes are set
# after it: before the next heading (「0」「引言」「1 相关工作」).
FOOT_NOTE = re.compile(
    # The title's note mark may open the first note (「*   基金项目: …」).
    r"^(?:[*＊†]\s*)?(?:收稿日期|修回日期|基金项目|通信作者|通讯作者|作者简介|Foundation\s+Items?|Received)"
    r"\s*[：:]")
FOOT_LINES = 12  # the notes stand among a page's last lines


def _page_foot_notes(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]],
                     drop: dict[int, str]) -> tuple[list[tuple[int, str]], list[Repair]]:
    repairs: list[Repair] = []
    for page in pages[:-1]:
        kept = [(n, t) for n, t in page if n not in drop]
        start = next((k for k in range(max(0, len(kept) - FOOT_LINES), len(kept))
                      if FOOT_NOTE.match(kept[k][1])), None)
        if not start:
            continue
        notes = {n for n, _ in kept[start:]}
        moved = _notes_joined([(n, t) for n, t in lines if n in notes], repairs)
        rest = [(n, t) for n, t in lines if n not in notes]
        before = kept[start - 1][1].rstrip("”’」』）)")
        if before[-1:] in SENTENCE_END or before.endswith("."):
            # The text before the notes ends a sentence: nothing broken off.
            at = next(i for i, (n, _) in enumerate(lines) if n in notes)
            lines = rest[:at] + [(moved[0][0], "")] + moved + [(moved[-1][0], "")] + rest[at:]
            continue
        last = kept[-1][0]
        # The paragraph ends before the next heading; with none, before the next labelled
        # line of the paper's front (「Key words:」 after an abstract gone on to page 2).
        at = next((i for i, (n, t) in enumerate(rest) if n > last and _opens_part(t)),
                  None)
        if at is None:
            at = next((i for i, (n, t) in enumerate(rest)
                       if n > last and LABEL_START.match(t.strip())), None)
        if at is None:
            continue
        lines = rest[:at] + [(moved[0][0], "")] + moved + [(moved[-1][0], "")] + rest[at:]
        repairs.append(Repair(
            "page-notes", moved[0][0], moved[0][1].strip()[:30], "",
            "The page's notes broke off a paragraph that goes on on the next page: set "
            "them after it, before the next heading.", review=True))
    return lines, repairs


# A paper's footnote giving a web address, at the foot of its page: 「1   https://…」 (a
# number, then the address); its mark is the number set after a Latin word of the page's
# text (「Lucene 1 提升了」「Copilot2辅助」), a superscript the extraction set full size.
URL_FOOTNOTE = re.compile(r"^(\d{1,2})\s+(https?://\S+)$")
FOOTNOTE_MARK = r"(?<=[A-Za-z]) ?{}(?=[\s\u4e00-\u9fff，。、；：,.;:])"
URL_FOOTNOTES_LINES = 6  # the notes stand among a page's last lines


def _url_footnotes(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                   ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A page's last lines numbered 1, 2, 3… each with a web address: footnotes
    (「[^1]: https://…」, set apart), each number's first mark in the page's text after the
    previous one made the note's reference. A note whose mark is not found stays a note
    for the editor (the import asks about a footnote no mark calls)."""
    repairs: list[Repair] = []
    result = list(lines)
    where = {n: i for i, (n, _) in enumerate(result)}
    for page in pages:
        tail: list[tuple[int, str, re.Match[str]]] = []
        for number, text in reversed(page[-URL_FOOTNOTES_LINES:]):
            found = URL_FOOTNOTE.match(text.strip())
            if not found or number not in where:
                break
            tail.insert(0, (number, text, found))
        if not tail or [int(f[1]) for _, _, f in tail] != list(
                range(int(tail[0][2][1]), int(tail[0][2][1]) + len(tail))):
            continue
        on_page = {n for n, _ in page}
        body = [i for i in range(where.get(page[0][0], 0), where[tail[0][0]])
                if result[i][0] in on_page]
        start = 0
        for number, text, found in tail:
            index = where[number]
            result[index] = (number, f"\n[^{found[1]}]: {found[2]}\n")
            repairs.append(Repair("footnote", number, text.strip(), f"[^{found[1]}]: {found[2]}",
                                  "A numbered web address at the foot of the page: made it a "
                                  "footnote.", review=True))
            mark = re.compile(FOOTNOTE_MARK.format(found[1]))
            for position in body[start:]:
                line_number, line = result[position]
                hit = mark.search(line)
                if hit:
                    result[position] = (line_number,
                                        line[:hit.start()] + f"[^{found[1]}]" + line[hit.end():])
                    repairs.append(Repair(
                        "footnote-mark", line_number, line[max(0, hit.start() - 8):hit.end() + 4],
                        f"[^{found[1]}]", "The note's number after a word of the page's text: "
                        "made it the footnote's mark.", review=True))
                    start = body.index(position)
                    break
    return result, repairs


def _notes_joined(notes: list[tuple[int, str]], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    """A page's notes, each label's lines one paragraph (a blank line between them): the
    extraction breaks them anywhere (「；国家自然科学基金…」「：鹏城实验室重大」)."""
    result: list[tuple[int, str]] = []
    for number, text in notes:
        stripped = text.strip()
        if not stripped:
            continue
        if result and not FOOT_NOTE.match(stripped) and not LABEL_START.match(stripped):
            previous = result[-1][1]
            if WORD_BREAK.search(previous) and stripped[:1].islower():
                merged = WORD_BREAK.sub("", previous) + stripped
            else:
                merged = join_lines(previous, stripped)
            result[-1] = (result[-1][0], merged)
            repairs.append(Repair("join-line", number, f"…{previous[-8:]} ⏎ {stripped[:8]}…",
                                  f"…{merged[-len(stripped) - 8:][:16]}…",
                                  "Joined a line of a page's note to the note it goes on."))
            continue
        if result:
            result.append((number, ""))
        result.append((number, stripped))
    return result


def _opens_part(text: str) -> bool:
    stripped = re.sub(r"\s+", "", text)
    return bool(re.fullmatch(r"\d{1,2}", stripped) or stripped in PART_NAMES
                or (CLAUSE_START.match(text.strip()) and len(stripped) <= CLAUSE_HEADING_MAX))


LOCAL_WINDOW = 6  # lines either side that tell the column a line stands in
LOCAL_LINES = 5  # long lines needed around a line to see a narrower column
LOCAL_SHARE = 0.6  # of them must end at it


def local_columns(lines: list[str], column: int) -> list[int]:
    """The column each line is set in: the page's, or a narrower one most long lines
    around it end at (the two columns of a journal page below a full-width abstract).
    Lines of every length (a list of references) show no column of their own."""
    widths = [width(line) for line in lines]
    found = []
    for index in range(len(lines)):
        near = [w for w in widths[max(0, index - LOCAL_WINDOW):index + LOCAL_WINDOW + 1]
                if w >= LONG]
        local = column
        if len(near) >= LOCAL_LINES:
            for candidate in sorted(set(near), reverse=True):
                reaching = sorted(w for w in near if candidate - NEAR <= w <= candidate + 2)
                if len(reaching) >= LOCAL_SHARE * len(near):
                    # Their middle width: a few lines widened by spaced-out Latin words
                    # do not set the column.
                    local = reaching[len(reaching) // 2]
                    break
        found.append(local if LONG <= local < column - NEAR else column)
    return found


def _unclosed(line: str) -> bool:
    """A bracket, or a title mark (《…》 never spans two paragraphs), left open."""
    return (line.count("（") + line.count("(") > line.count("）") + line.count(")")
            or line.count("《") > line.count("》"))


LATIN_MAX = 8  # Latin words (set narrower, spaced by the extraction) blur a line's width
INDENT_MIN = 3  # columns a paragraph's first line falls short by: its indent (2 Han = 4)


def _first_line(previous: str, line: str, following: str, column: int) -> bool:
    """A Chinese paragraph opens indented two characters; the extraction drops the indent,
    so after a sentence's end, a line a little short of the column that ends no sentence
    and is shorter than the next line, which reaches the column, by about the indent is
    a paragraph's first line. (A line cut short
    by a Latin word that did not fit has that word opening the next line.)"""
    end = previous.rstrip("”’」』）)")
    full = width(following)
    latin = len(re.findall(r"[A-Za-z0-9]", line))
    return (end[-1:] in SENTENCE_END and full >= column - NEAR and latin <= LATIN_MAX
            and full - NEAR <= width(line) <= full - INDENT_MIN
            and line[-1] not in SENTENCE_END and not re.match(r"[A-Za-z0-9]", following))


def _last_line(line: str, column: int) -> bool:
    """Justified Chinese text fills every line of a paragraph to the column but its last:
    a continued line (a first line may be short by its indent) of full-width characters
    only (no Latin word, digit or space, whose width the extraction blurs) that ends a
    sentence a whole character or more short of the column is the paragraph's last line,
    however near the column it ends (「…其价值。」 at 49 of 50 characters)."""
    end = line.rstrip("”’」』）)")
    cited = CITED_END.search(line)
    if cited and is_han(line[cited.start() - 1:cited.start()]):
        # 「…重要工具 [1-3] 。」: the superscript mark is small on the page, full size in the
        # extraction; without it the line must fall short by two characters or more.
        bare = line[:cited.start()]
        return not re.search(r"[\x00-\x7f\u00a0\u3000]", bare) and width(bare) + 2 <= column - 4
    return (end[-1:] in SENTENCE_END and not re.search(r"[\x00-\x7f\u00a0\u3000]", line)
            and width(line) <= column - 2)


def _paragraphs_around_tables(lines: list[tuple[int, str]], column: int,
                              page_breaks: set[int], tables: dict[int, list[str]],
                              in_columns: dict[int, int] | None = None,
                              items: frozenset[int] = frozenset()
                              ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    """The paragraphs of the text between the tables set in columns (each in `lines` as
    its first line's number with no text), the tables' rows between them. `in_columns`:
    the width of the column a line read from side-by-side columns stands in."""
    result: list[tuple[int | None, str]] = []
    repairs: list[Repair] = []
    chunk: list[tuple[int, str]] = []
    for number, text in [*lines, (0, "")]:
        if (number in tables and not text) or number == 0:
            found, more = _paragraphs(chunk, column, page_breaks, in_columns,
                                      items) if chunk else ([], [])
            result += found
            repairs += more
            chunk = []
            if number:
                result += [(None, ""), *((number, row) for row in tables[number]), (None, "")]
            continue
        chunk.append((number, text))
    return result, repairs


def _column_paragraphs_joined(lines: list[tuple[int | None, str]], in_columns: dict[int, int]
                              ) -> list[tuple[int | None, str]]:
    """Each paragraph read from side-by-side columns on one line: its lines were judged
    against their column's width, which no later reading of the text knows (a first
    line short by its dropped indent is no paragraph's end there)."""
    if not in_columns:
        return lines
    result: list[tuple[int | None, str]] = []
    group: list[tuple[int | None, str]] = []
    for number, text in [*lines, (None, "")]:
        if text.strip():
            group.append((number, text))
            continue
        if len(group) > 1 and all(n in in_columns for n, _ in group):
            joined = ""
            for _, part in group:
                joined = join_lines(joined, part.strip())
            group = [(group[0][0], joined)]
        result += group + [(number, text)]
        group = []
    return result[:-1]


# A list whose bullets the extraction lost (a page printed from Markdown or Word: 「•」 drawn,
# not a character): under a line that introduces it with 「：」, with no blank line between,
# a run of short lines each opening further in than that line (the items' indent), or
# numbered 1. 2. 3. … in turn. A reader takes each line for an item of its own: never run
# on into the next item nor into the line after the list, never a heading (「 1. 先用…」 is
# the list's first item, not section 1; a page's first line in the list is no page title).
# A line ending in 「，」「、」 wraps: the list is not read past it.
LIST_INTRO_END = ("：", ":")
ITEMS_MIN = 2
ITEM_NUMBER = re.compile(r"^(\d{1,2})[.．]\s*\S")
ITEM_INDENT_MIN = 2  # columns further in than the line introducing the list


def _list_items(lines: list[tuple[int, str]]
                ) -> tuple[frozenset[int], list[Repair]]:
    """The numbers of the lines that are items of lists with their bullets lost (above)."""
    items: set[int] = set()
    repairs: list[Repair] = []

    def indent(text: str) -> int:
        return len(text) - len(text.lstrip())

    for index, (_, text) in enumerate(lines):
        if not text.strip().endswith(LIST_INTRO_END):
            continue
        run: list[int] = []
        expected = 1
        for below, line in lines[index + 1:]:
            stripped = line.strip()
            if not stripped or stripped.endswith(CLAUSE_OPEN):  # a wrapped line: no item
                break
            numbered = ITEM_NUMBER.match(stripped)
            if numbered and int(numbered[1]) == expected:
                expected += 1
            elif numbered or expected > 1 or indent(line) < indent(text) + ITEM_INDENT_MIN:
                break
            run.append(below)
        if len(run) >= ITEMS_MIN:
            items.update(run)
            # The items named one a line: each is a block the editor may want as one list.
            named = "\n".join(t.strip() for n, t in lines if n in run)
            repairs.append(Repair(
                "list-items", run[0], f"{text.strip()[-12:]} ⏎ {named}", named,
                f"Read the {len(run)} short lines under 「{text.strip()[-12:]}」 as the items of "
                "a list whose bullets the extraction lost (each "
                + ("numbered in turn" if expected > 1 else "set in further than the line "
                   "introducing them") + "): each a paragraph of its own, none a heading — "
                "check the list (a bullet the briefing does not set, a heading it is not).",
                review=True))
    return frozenset(items), repairs


# A superscript citation mark, then the sentence's full stop (「 [1-3] 。」「 [8] .」).
CITED_END = re.compile(r"\s*\[\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\]\s*[。.]$")


TABLE_CAPTION_START = re.compile(r"^[附续]?表\s*[A-Z]?\d+(?:[.\-－]\d+)?[ \t\u3000]+\S")


def _paragraphs(lines: list[tuple[int, str]], column: int, page_breaks: set[int],
                in_columns: dict[int, int] | None = None,
                items: frozenset[int] = frozenset()
                ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    """Join hard-wrapped lines: a line reaching the column continues on the next line,
    unless that one opens a clause or a list item, or a blank line stands between them
    within a page; other lines end their paragraph. A line read from side-by-side
    columns (`in_columns`) stands in its column, whose width is known."""
    result: list[tuple[int | None, str]] = []
    repairs: list[Repair] = []
    previous: tuple[int, str] | None = None
    texts = [text.strip() for _, text in lines if text.strip()]
    columns = local_columns(texts, column)
    if in_columns:
        numbers = [number for number, text in lines if text.strip()]
        columns = [in_columns.get(n, c) for n, c in zip(numbers, columns, strict=True)]
    # A run of labelled lines (a report's credits: 「牵头单位：」「参与单位：」「主要撰稿人：」):
    # each label opens a field of its own, however full the line above it.
    fields = {i for i, t in enumerate(texts) if FIELD_LABEL.match(t) and any(
        FIELD_LABEL.match(texts[j]) for j in range(max(0, i - FIELD_RUN), i))}
    position = -1
    continued = False  # the line before this one went on from the line before it
    for number, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        position += 1
        if previous is not None:
            here = columns[position - 1]
            following = texts[position + 1] if position + 1 < len(texts) else ""
            reaches = here and width(previous[1]) >= here - NEAR and not _first_line(
                previous[1], stripped, following, here) and not (
                    continued and _last_line(previous[1], here))
            # 「3 术语和定义」 opens a clause; 「3 万个芯片……」 at full width goes on.
            clause = CLAUSE_START.match(stripped) and (
                "." in stripped.split()[0] or not here or width(stripped) < here - NEAR)
            opens = (clause or LIST_START.match(stripped) or REFERENCE_ENTRY.match(stripped)
                     or LABEL_START.match(stripped) or ENGLISH_FRONT.match(stripped)
                     or is_part_heading(stripped)
                     # a table's caption after a finished sentence (「…增长 1.8%。」 ⏎
                     # 「表3 2023年主要农产品产量」) opens the table, never goes on from it
                     or (previous[1][-1:] in SENTENCE_END
                         and TABLE_CAPTION_START.match(stripped) is not None))
            between = range(previous[0] + 1, number)
            gap = len(between) > 0 and not any(n in page_breaks for n in between) and (
                number not in page_breaks)
            if in_columns and previous[0] in in_columns and number in in_columns:
                gap = False  # a column's lines: the other column's stand between them
            # A bracket left open (「（1. 某大学，…；」) closes on a line below: the
            # paragraph goes on whatever the line's length.
            unclosed = _unclosed(previous[1])
            opens = opens or (ENUMERATOR.match(stripped) and not unclosed) \
                or position in fields or number in items \
                or (BIBLIOGRAPHY_ENTRY.match(stripped) and (
                    previous[1].endswith((".", "。")) or is_part_heading(previous[1])))
            # An English author list wrapped after a comma (「…, LU Pingjing2,」) goes on.
            run_on = previous[1].endswith(",") and bool(ENGLISH_FRONT.match(previous[1]))
            clause_open = previous[1].endswith(CLAUSE_OPEN)
            piece = stripped.startswith(NO_LINE_OPENS)
            # A page's note (「作者简介：…」) broken off mid-sentence goes on on the line
            # under it, however short of the page's width its line ends.
            note_on = bool(FOOT_NOTE.match(previous[1])) and previous[1][-1] not in (
                SENTENCE_END) and not FOOT_NOTE.match(stripped)
            # A dash opening a line under a full line broken off mid-word (「…创造了术语」
            # ⏎ 「——大语言模型…」) is the sentence's dash, no list item's: a list item
            # never opens inside a sentence.
            dash_on = bool(reaches and stripped[:1] in "―—–－" and is_han(previous[1][-1])
                           and number not in items)
            if (reaches or unclosed or run_on or clause_open or piece or note_on) and (
                    not opens or run_on or dash_on) and not gap:
                shown = f"…{previous[1][-8:]} ⏎ {stripped[:8]}…"
                after_sentence = previous[1][-1] in SENTENCE_END
                repairs.append(Repair(
                    "join-line", previous[0], shown, f"…{previous[1][-8:]}{stripped[:8]}…",
                    "Joined a line broken at the column of the extraction"
                    + (": it ends a sentence, so a new paragraph may begin here."
                       if after_sentence else "."), review=after_sentence))
                if WORD_BREAK.search(previous[1]) and stripped[:1].islower():
                    # 「in‐」「terconnect」: a word the typesetter hyphenated at the line's
                    # end is one word again, the hyphen (U+2010 or a soft one) gone.
                    merged = WORD_BREAK.sub("", result[-1][1]) + stripped
                    repairs.append(Repair(
                        "word-break", previous[0], f"…{previous[1][-8:]} ⏎ {stripped[:8]}…",
                        f"…{merged[-len(stripped) - 6:][:16]}…",
                        "Joined a word hyphenated at the end of a line (the hyphen was the "
                        "typesetter's)."))
                    result[-1] = (result[-1][0], merged)
                    previous = (number, stripped)
                    continued = True
                    continue
                continued = True
                if piece:  # the piece and the line above are one line of the page
                    result.append((number, stripped))
                    previous = (number, previous[1] + stripped)
                    continue
                if note_on and not reaches:
                    # One line: a later reading of the text would see a short line end.
                    result[-1] = (result[-1][0], join_lines(result[-1][1], stripped))
                    previous = (number, stripped)
                    continue
            else:
                result.append((None, ""))
                continued = False
        result.append((number, stripped))
        previous = (number, stripped)
    return result, repairs


FIELD_RUN = 3  # lines above a labelled line among which another shows a run of fields
# A Chinese paragraph never ends on a clause mark: a line ending in 「，」 or 「、」, however
# short (the typesetter broke it before a number, a bold run or a note mark), goes on.
# (A line ending in 「：」 may introduce a list: it is left alone.)
CLAUSE_OPEN = ("，", "、")
# Chinese typesetting opens no line with these marks (parse.NO_LINE_OPENS): a line of
# pdftotext opening with one is a piece of the line above, broken off before it
# (「…（如计算机绘图等）」 ⏎ 「，图纸…」).


# A Latin word broken at a line's end with the typesetter's hyphen: pdftotext writes it
# U+2010 (or keeps a soft hyphen; a Chinese journal's typesetting U+2043 「⁃」, after
# letters that may be full-width: 「ｒｅ⁃」「ｓｅａｒｃｈ」); an ASCII hyphen may be the
# word's own (Fat-Tree).
WORD_BREAK = re.compile(r"(?<=[A-Za-zＡ-Ｚａ-ｚ])[\u2010\u00ad\u2043]$")
LOWER_START = re.compile(r"^[a-zａ-ｚ]")


def _hyphenated_words(lines: list[tuple[int, str]]
                      ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A line ending in a word the typesetter hyphenated, the word's end opening the line
    under it: no paragraph ends on half a word, so the two lines are one, the hyphen
    gone (whatever the widths say: a page's columns blur them)."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        stripped = text.strip()
        if result and WORD_BREAK.search(result[-1][1].rstrip()) and LOWER_START.match(stripped):
            above_number, above = result[-1]
            merged = WORD_BREAK.sub("", above.rstrip()) + stripped
            repairs.append(Repair(
                "word-break", above_number, f"…{above.strip()[-8:]} ⏎ {stripped[:8]}…",
                f"…{merged[-len(stripped) - 6:][:16]}…",
                "Joined a word hyphenated at the end of a line (the hyphen was the "
                "typesetter's)."))
            result[-1] = (above_number, merged)
            continue
        result.append((number, text))
    return result, repairs


# A list's bullet, which pdftotext sets on a line of its own before its item: the item is a
# paragraph of its own, and the glyph (the briefing sets no bullets) goes. A bullet set in
# a symbol font (Wingdings, Symbol) comes out as its private-use code, U+F020–U+F0FF
# (「\uf06c」 for Wingdings' ●, 「\uf0b7」 for Symbol's •): no character, a bullet too.
LONE_BULLET = re.compile(r"^[●⚫•▪■◆◇○►▶➢➤✓✔❖◼□\uf020-\uf0ff]$")


def _lone_bullets(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        if LONE_BULLET.match(text.strip()):
            repairs.append(Repair("bullet", number, text.strip(), "",
                                  "Removed a list's bullet standing alone on its line; its "
                                  "item opens a paragraph."))
            text = ""  # a blank line in its place: the item does not run on from above
        result.append((number, text))
    return result, repairs


# A standard's first clauses, named and numbered alike in every standard (GB/T 1.1): 「1 范
# 围」「2 规范性引用文件」「3 术语和定义」 — the number pdftotext set on a line of its own.
STANDARD_CLAUSES = {"范围": "1", "规范性引用文件": "2", "术语和定义": "3",
                    "术语、定义和缩略语": "3", "术语和定义、缩略语": "3", "术语、定义和符号": "3"}


def _part_numbers(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """「0」 alone on a line, then 「引言」: a paper's numbered part (GB/T 7713: 0 引言) the
    extraction split. Only a named part (PART_NAMES) takes the number, and a standard's
    first clauses theirs (STANDARD_CLAUSES: 「1」 ⏎ 「范围」)."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        following = next((i for i in range(index + 1, min(index + 3, len(lines)))
                          if lines[i][1].strip()), None)
        name = re.sub(r"\s", "", lines[following][1]) if following is not None else ""
        if re.fullmatch(r"\d{1,2}", text.strip()) and (
                name in PART_NAMES or STANDARD_CLAUSES.get(name) == text.strip()):
            new = text.strip() + " " + lines[following][1].strip()
            repairs.append(Repair("clause-number", number, f"{text.strip()} ⏎ {new[2:]}", new,
                                  "Joined a part's number standing alone to its name."))
            result.append((number, new))
            index = following + 1
            continue
        result.append((number, text))
        index += 1
    return result, repairs

"""A raw extraction's pages (see the package's docstring): the pages at its form feeds and
what stands on them that is no text — folios, running heads, a journal's heads and masthead,
vertical cover text, a watermark, a copy's download code — and the contents."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from briefing.importer.chars import SENTENCE_END, has_han, is_han
from briefing.importer.layout import FORM_FEED, LONG, NEAR, width
from briefing.importer.records import Repair

# Folios: 「3」「III」「— 3 —」「- 3 -」「第 3 页」「第3页 共12页」「3/12」.
FOLIO = re.compile(
    r"^(?:[-—–－~·\s]*(?:\d{1,4}|[IVXLCivxlc]{1,7})[-—–－~·\s]*|第\s*\d{1,4}\s*页"
    r"(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
# Without page breaks only forms no body line has are folios.
MARKED_FOLIO = re.compile(r"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|·\s*\d{1,4}\s*·|第\s*\d{1,4}\s*页"
                          r"(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$")
# Contents entries: 「1 范围 ……… 1」「前言 ........ I」.
# Leaders: dots, middle dots, ellipses, two-dot leaders 「‥」 (a standard's), underscores.
# The page after the leaders may be a front matter's letter (a thesis's contents: 「……D」).
LEADER = re.compile(r"^\S.*?\s*(?:[.．·…⋯‥_]\s*){4,}\s*(?:\d{1,4}|[IVXLCivxlc]{1,7}|[A-Z])$")
CONTENTS_TITLES = frozenset({"目次", "目录"})
CONTENTS_TITLE_PARTS = CONTENTS_TITLES | {"目"}
CONTENTS_PART = re.compile(r"^第[一二三四五六七八九十\d]{1,3}(?:篇|部分|编)$")
# Between two entries of a contents pdftotext puts the parts of an entry it set apart: its
# number or letter (「1」「A」「01」「4.1」「附录 A」), a page's folio (「II」).
ENTRY_PART = re.compile(r"^(?:[A-Z]|\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLCivxlc]{1,7}|附录\s*[A-Z])$")
ENTRY_PARTS_MAX = 12
# …or an entry whose leaders are cut short (「…对照表‥‥151」) or whose page number it set
# apart, a wrapped entry's first line, the title of the next list (「表目录」, set
# vertically 「表」「目」「录」): a few lines, each short or ending in leaders.
ENTRY_LINES_MAX = 3
ENTRY_LINE_WIDTH = 60
SHORT_LEADER = re.compile(r"(?:[.．·…⋯‥_]\s*){2,}\s*(?:\d{1,4}|[IVXLCivxlc]{1,7})?$")
# A heading's numbering (「1.2 系统要求」「第 2 章 …」「二、…」「（三）…」「附录 A」): a page may
# open with a heading, never with a running head numbered so.
CLAUSE_HEAD = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.、]?\s"
                         r"|第\s*[一二三四五六七八九十\d]{1,3}\s*[章节篇部]"
                         r"|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|附录)")
# Vertical words that are headings, not cover decoration.
VERTICAL_HEADINGS = frozenset({"前言", "引言", "目次", "目录", "附录", "索引", "参考文献", "后记",
                               # a report's or thesis's front and back matter (GB/T 7713)
                               "摘要", "序言", "绪论", "致谢", "结语"})
VERTICAL_MIN = 4  # a shorter run of one-character lines may be table cells


# A watermark set across a page (「仅供学习使用」 on a diagonal) comes out of pdftotext
# -layout one character a line, each standing alone far in from the margin, between lines
# of the text it lies over, after the blank lines its large glyph took, and each further
# in or out than the last (a diagonal; a vertical heading's characters stand one above the
# other, 前/言). A reader skips them: they belong to no sentence, and the sentence they
# interrupt goes on across them.
WATERMARK_CHAR = re.compile(r"^[\u4e00-\u9fffA-Za-z]$")
WATERMARK_MIN = 3  # characters on a page
WATERMARK_INDENT = 16  # display columns further in than the page's text opens
WATERMARK_SHIFTS = 2  # distinct places across the page at least


def _watermark(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
               ) -> tuple[list[tuple[int, str]], list[Repair], set[int]]:
    """Drop a page's watermark characters (see above); their lines' numbers are returned
    as breaks of the page's layout, not of a paragraph (the text goes on across them)."""
    page_of = {number: index for index, page in enumerate(pages) for number, _ in page}
    indents = [len(t) - len(t.lstrip()) for _, t in lines if len(t.strip()) > 1]
    if not indents:
        return lines, [], set()
    margin = min(indents)
    found: dict[int, list[int]] = {}  # page → indices of its candidate lines
    for index, (number, text) in enumerate(lines):
        indent = len(text) - len(text.lstrip())
        above = lines[index - 1][1] if index else ""
        if (WATERMARK_CHAR.match(text.strip()) and indent >= margin + WATERMARK_INDENT
                and (not above.strip() or WATERMARK_CHAR.match(above.strip()))):
            found.setdefault(page_of.get(number, 0), []).append(index)
    drop: set[int] = set()
    for candidates in found.values():
        texts_between = sum(1 for a, b in zip(candidates, candidates[1:], strict=False)
                            if any(len(lines[i][1].strip()) > 1 for i in range(a + 1, b)))
        places = {len(lines[i][1]) - len(lines[i][1].lstrip()) for i in candidates}
        if (len(candidates) >= WATERMARK_MIN and len(places) > WATERMARK_SHIFTS
                and texts_between >= WATERMARK_MIN - 1):
            drop.update(candidates)
    if not drop:
        return lines, [], set()
    chars = "".join(lines[i][1].strip() for i in sorted(drop))
    repairs = [Repair("watermark", lines[i][0], lines[i][1].strip(), "",
                      f"Removed a watermark's character: one of {len(drop)} characters "
                      f"(「{chars}」) standing alone a line each, far in from the margin at "
                      "shifting places between the lines of the text (a watermark across "
                      "the page); the sentence goes on across it.") for i in sorted(drop)]
    return ([line for i, line in enumerate(lines) if i not in drop], repairs,
            {lines[i][0] for i in drop})


# A watermark set upright in the margin of every page (a seller's stamp, 「淘宝店铺…」 a
# character or two a column) comes out of pdftotext as a run of very short lines — 「淘 需」
# 「宝 wo」「店 rd」 … — among the page's text, the same run on page after page. A run of such
# lines (blank lines between allowed) whose lines stand in such runs on most pages is the
# page's stamp, not text: dropped, the sentence it interrupts going on across it.
STAMP_LINE_MAX = 6  # characters of a stamp's line
STAMP_RUN_MIN = 5  # lines of a run
STAMP_SHARED = 0.8  # of a run's lines found in runs on other pages
STAMP_PAGES_MIN = 3  # pages a stamp's line stands on, and half of them at least


def _short_runs(lines: list[tuple[int, str]]) -> list[list[int]]:
    """Indices of each run of short lines (blank lines between allowed)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, (_, text) in enumerate(lines):
        stripped = text.strip().lstrip(FORM_FEED)
        if not stripped:
            continue
        if len(stripped) <= STAMP_LINE_MAX and stripped[-1] not in SENTENCE_END \
                and FORM_FEED not in text and not FOLIO.match(stripped):
            current.append(index)
            continue
        if len(current) >= STAMP_RUN_MIN:
            runs.append(current)
        current = []
    if len(current) >= STAMP_RUN_MIN:
        runs.append(current)
    return runs


def _page_stamps(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                 ) -> tuple[list[tuple[int, str]], list[Repair], set[int]]:
    """Drop the runs of a stamp repeated on the pages (see above); their lines' numbers are
    returned as breaks of the page's layout, not of a paragraph."""
    if len(pages) < STAMP_PAGES_MIN:
        return lines, [], set()
    page_of = {number: index for index, page in enumerate(pages) for number, _ in page}
    runs = _short_runs(lines)
    pages_of: dict[str, set[int]] = {}
    for run in runs:
        for index in run:
            pages_of.setdefault(lines[index][1].strip(), set()).add(
                page_of.get(lines[index][0], -1))
    # (on most pages: a table's head repeated over the pages it runs across is the table's)
    stamped_pages = max(STAMP_PAGES_MIN, len(pages) // 2)
    drop: set[int] = set()
    for run in runs:
        shared = [i for i in run if len(pages_of[lines[i][1].strip()]) >= stamped_pages]
        if len(shared) >= STAMP_SHARED * len(run):
            drop.update(shared)  # (a heading among them, 「摘要」 on one page, stays)
    if not drop:
        return lines, [], set()
    repairs = [Repair("page-stamp", lines[i][0], lines[i][1].strip(), "",
                      "Removed a line of a stamp set upright on the pages (a run of very short "
                      "lines that stands on other pages too); the sentence goes on across it.")
               for i in sorted(drop)]
    return ([line for i, line in enumerate(lines) if i not in drop], repairs,
            {lines[i][0] for i in drop})


# A report site stamps each downloaded copy with a code of its own, a long run of letters
# and digits in mixed case with no space (「oXOAfUkUvZqQsRaQbP8OsQnN…」), set in the page:
# no word of any language, no text.
DOWNLOAD_CODE = re.compile(r"^[A-Za-z0-9]{32,}$")
CASE_SWITCHES_MIN = 12


def _is_download_code(key: str) -> bool:
    switches = sum(1 for a, b in zip(key, key[1:], strict=False)
                   if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
    return bool(DOWNLOAD_CODE.match(key)) and switches >= CASE_SWITCHES_MIN


def _download_codes(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        key = text.strip()
        if _is_download_code(key):
            repairs.append(Repair("download-code", number, key[:24], "",
                                  "Removed a line of letters and digits in mixed case with no "
                                  "space (a copy's download code, no text).", review=True))
            continue
        result.append((number, text))
    return result, repairs


def is_contents_entry(line: str) -> bool:
    """A dot-leader contents entry (「（二）数据资源价值加快释放 ........ 3」): the leaders
    run it to the page's edge, so it says nothing of the text's column."""
    return bool(LEADER.match(line.strip()))


def _column_of_pages(lines: list[str]) -> int:
    long = sorted(width(line.strip()) for line in lines
                  if width(line.strip()) >= LONG and not is_contents_entry(line))
    return long[int(len(long) * 0.9)] if long else 0


# A converter's separator line (「------------」 between a page's head, text and folio): no
# line of the page — its head and folio are the edges beyond it (the rule itself goes with
# the markup's rules).
SEPARATOR_LINE = re.compile(r"[-=_—─]{4,}")


def _pages(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The non-blank lines of each page (pages split at form feeds), separators left out."""
    pages: list[list[tuple[int, str]]] = [[]]
    for number, text in lines:
        parts = text.split(FORM_FEED)
        for index, part in enumerate(parts):
            if index:
                pages.append([])
            if part.strip() and not SEPARATOR_LINE.fullmatch(part.strip()):
                pages[-1].append((number, part.strip()))
    return [page for page in pages if page]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(page: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page's first and last lines, and the next ones in where those are folios."""
    edges = [page[0], page[-1]]
    if len(page) > 2 and FOLIO.match(page[0][1]):
        edges.append(page[1])
    if len(page) > 3 and FOLIO.match(page[-1][1]):
        edges.append(page[-2])
    return edges


def _cover_page(pages: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The first page's lines when it is a cover: no line of Chinese on it reaches the
    text's column, none ends a sentence (a title, an issuer, a date); else none."""
    column = _column_of_pages([text for page in pages for _, text in page])
    if len(pages) < 2 or any(has_han(text) and width(text) >= column - NEAR
                             or text[-1] in SENTENCE_END for _, text in pages[0]):
        return []
    return pages[0]


def _page_furniture(pages: list[list[tuple[int, str]]], repairs: list[Repair],
                    doubts: list[Repair]) -> dict[int, str]:
    """Running heads and folios: lines at a page's top or bottom that repeat, or are
    page numbers."""
    drop: dict[int, str] = {}
    # A first page without a line of running text is a cover: its lines are the title
    # block (the title the later pages repeat as their running head), never furniture.
    cover = {number for number, _ in _cover_page(pages)}
    # A copy's download code printed under the folio (a report site's watermark) is no
    # edge of the page: the folio above it is (「3」, then 「oXOAfUkU…」).
    pages = [page[:-1] if len(page) > 2 and _is_download_code(page[-1][1]) else page
             for page in pages]
    if len(pages) >= 2:
        edges = [_edges(page) for page in pages]
        counts = Counter(_furniture_key(t) for edge in edges
                         for t in {_furniture_key(text): text for _, text in edge}.values())
        for edge in edges:
            for number, text in edge:
                if number in drop or number in cover or FOLIO.match(text):
                    continue
                # (a long one — a document's whole title over each page — only when it
                # stands at the edge of three pages or more)
                if (counts[_furniture_key(text)] >= 2 and (len(text) <= 40 or len(text) <= 80
                                                            and counts[_furniture_key(text)] >= 3)
                        and text[-1] not in SENTENCE_END):
                    drop[number] = "running-head"
                    repairs.append(Repair(
                        "running-head", number, text, "",
                        f"Removed a running head: it stands at the edge of "
                        f"{counts[_furniture_key(text)]} pages.",
                        review=counts[_furniture_key(text)] == 2))
        for page in pages:
            for number, text in (page[0], page[-1]):
                if number not in drop and FOLIO.match(text):
                    drop[number] = "folio"
                    repairs.append(Repair("folio", number, text, "",
                                          "Removed a page number at the edge of a page."))
    if len(pages) >= 2:
        _journal_heads(pages, drop, repairs)
        _heads_of_their_page(pages, drop, repairs)
        _other_side_heads(pages, drop, repairs)
    for page in pages:
        _head_with_folio(page, drop, repairs)
    for page in pages:  # 「— 3 —」「·27·」「第 3 页」 are page numbers wherever they stand
        for number, text in page:
            if number not in drop and MARKED_FOLIO.match(text):
                drop[number] = "folio"
                repairs.append(Repair("folio", number, text, "", "Removed a page number."))
    return drop


# A -layout extraction sets a page's running head and its folio on one line, the number at
# the far end (「本文版权归某某所有，转载须注明出处。                          1」): the page's
# first line, set apart by a blank line, the only line of the page that ends in a number
# after a wide gap (a contents page's entries all do). Seen once (a single page) no count
# shows it furniture: it goes, and the editor is told.
HEAD_WITH_FOLIO = re.compile(r"^(\S.*?) {10,}(\d{1,4})$")


def _head_with_folio(page: list[tuple[int, str]], drop: dict[int, str],
                     repairs: list[Repair]) -> None:
    texts = [(n, t.replace(FORM_FEED, "").strip()) for n, t in page]
    texts = [(n, t) for n, t in texts if t]
    if len(texts) < 2:
        return
    (number, text), (below, _) = texts[0], texts[1]
    found = HEAD_WITH_FOLIO.match(text)
    if (number in drop or found is None or below == number + 1
            or any(HEAD_WITH_FOLIO.match(t) for _, t in texts[1:])):
        return
    drop[number] = "running-head"
    repairs.append(Repair(
        "running-head", number, text, "",
        f"Removed the page's first line, a running head with its folio 「{found[2]}」 at the "
        "far end: it stands once, so no repeat shows it furniture.", review=True))


HEAD_REPEAT_LINES = 8  # lines under a page's head among which the heading it repeats stands
HEAD_REPEAT_MIN = 5  # characters of a running head that repeats its chapter's heading


def _repeats_heading(page: list[tuple[int, str]]) -> bool:
    """Whether the page's first line is repeated by a heading under it (one line or two)."""
    key = re.sub(r"\s+", "", page[0][1])
    below = [re.sub(r"\s+", "", t) for _, t in page[1:HEAD_REPEAT_LINES + 1]]
    # (a short word repeated below is a table's header cell on each page, 「信息内容」:
    # a running head names a chapter, with its number or more words)
    return len(key) >= HEAD_REPEAT_MIN and (
        key in below or key in {a + b for a, b in zip(below, below[1:], strict=False)})


def _heads_of_their_page(pages: list[list[tuple[int, str]]], drop: dict[int, str],
                         repairs: list[Repair]) -> None:
    """A thesis's running head names the chapter (「第 2 章 相关研究」); on the page where
    the chapter opens it stands once only (no count shows it), above the heading it
    repeats (「第2章」「相关研究」, one line or two): it goes."""
    for page in pages[1:]:
        number, text = page[0]
        if number in drop or FOLIO.match(text) or text[-1] in SENTENCE_END:
            continue
        if _repeats_heading(page):
            drop[number] = "running-head"
            repairs.append(Repair("running-head", number, text, "",
                                  "Removed a running head: it repeats the heading under it "
                                  "on its page.", review=True))


# A two-sided book's or thesis's running heads alternate: the chapter on one side
# (「第 1 章 引言」), the book's own title on the other (「中国科学院大学学位论文 LATEX 模板
# 𝜋 𝜋 𝜋」, a template's placeholders among its words), so a short extract shows each once
# and no count finds the second. Once a page's first line went as a running head set apart
# in the page's head (blank lines under it), another page's first line set apart the same
# way — at least HEAD_AREA_BLANKS blank lines between it and the text, a line no heading
# or sentence — that holds a math or symbol glyph (a template's placeholder: a page's
# title, 「版权声明」 over its text, holds none) is the other side's head: it goes, and the
# editor is told.
HEAD_AREA_BLANKS = 2
HEAD_MAX = 40  # characters of a running head


def _blanks_below(page: list[tuple[int, str]], index: int) -> int:
    """Blank lines between the page's line at `index` and its next (pages hold no blank
    lines: their numbers tell)."""
    return page[index + 1][0] - page[index][0] - 1 if index + 1 < len(page) else 0


def _symbol_glyph(char: str) -> bool:
    """A math letter (U+1D400–1D7FF, 「𝜋」) or a symbol (「∑」「★」): no running text's."""
    return "\U0001d400" <= char <= "\U0001d7ff" or unicodedata.category(char) in ("Sm", "So")


def _other_side_heads(pages: list[list[tuple[int, str]]], drop: dict[int, str],
                      repairs: list[Repair]) -> None:
    # The first page's head over its chapter's heading (「第 1 章 引言」 twice) is the
    # title's to take; it is a running head all the same.
    if not any((drop.get(page[0][0]) == "running-head" or _repeats_heading(page))
               and _blanks_below(page, 0) >= HEAD_AREA_BLANKS for page in pages):
        return
    for page in pages[1:]:
        number, text = page[0]
        if (number in drop or len(page) < 2 or FOLIO.match(text) or MARKED_FOLIO.match(text)
                or len(text) > HEAD_MAX or text[-1] in SENTENCE_END
                or CLAUSE_HEAD.match(text) or _blanks_below(page, 0) < HEAD_AREA_BLANKS
                or not any(_symbol_glyph(char) for char in text)):
            continue
        drop[number] = "running-head"
        repairs.append(Repair(
            "running-head", number, text, "",
            "Removed a page's first line set apart in its head like the running head "
            "removed from another page: a two-sided document's heads alternate (the chapter "
            "on one side, the title on the other), so it stands once.", review=True))


# A journal's running heads alternate between odd and even pages, so a short extract
# shows each once: 「第4期」 (the issue its cover names) and 「郜帅等：论文标题」 (authors
# 等：the title of page 1).
ISSUE_HEAD = re.compile(r"^(?:第\s*\d{1,3}\s*卷\s*)?第\s*\d{1,3}\s*期$")
AUTHORS_TITLE_HEAD = re.compile(r"^[\u4e00-\u9fff·]{2,8}等?\s*[：:]\s*(\S.{4,})$")
EDGE_LINES = 3  # a page's running heads stand among its first (or last) lines
HEAD_FOLIO = re.compile(r"^(\S.*?)\s{3,}\d{1,5}$")


def _journal_heads(pages: list[list[tuple[int, str]]], drop: dict[int, str],
                   repairs: list[Repair]) -> None:
    cover = {re.sub(r"\s+", "", text) for _, text in pages[0]}
    issue = any(ISSUE_HEAD.match(key) or re.search(r"第\d{1,3}卷第\d{1,3}期", key)
                for key in cover)
    # The journal's name, set vertically on the cover one character a line (通/信/学/报):
    # a running head spells it, or a part of it, letter-spaced (「通 信 学 报」).
    name = "".join(text for _, text in pages[0] if len(text) == 1 and is_han(text))

    def is_head(text: str) -> bool:
        key = re.sub(r"\s+", "", text)
        found = AUTHORS_TITLE_HEAD.match(key)
        # A -layout extraction keeps the page's number at the head's outer end
        # (「孙某 等:某某综述        2205」).
        folio = HEAD_FOLIO.match(text.strip())
        titled = found is not None and (found[1] in cover or bool(
            folio and re.sub(r"\s+", "", folio[1]).split(":")[-1].split("：")[-1] in cover))
        return titled or bool(issue and ISSUE_HEAD.match(key)) \
            or (issue and len(name) >= 2 and len(key) >= 2 and key in name)

    for page in pages[1:]:
        for lines in (page[:EDGE_LINES], list(reversed(page[-EDGE_LINES:]))):
            for number, text in lines:
                if number in drop or FOLIO.match(text) or MARKED_FOLIO.match(text):
                    continue
                if not is_head(text):
                    break
                drop[number] = "running-head"
                repairs.append(Repair(
                    "running-head", number, text, "",
                    "Removed a journal's running head (the issue, or authors 等：the title "
                    "of the first page) at the edge of a page."))


# A journal's masthead on its first page: the name set vertically (通/信/学/报) between
# the volume and issue (第 43 卷第 4 期), the month (2022 年 4 月), and the English name,
# volume and month (Journal on Communications, Vol.43 No.4, April 2022).
ISSUE_LINE = re.compile(r"^(?:第\d{1,3}卷第\d{1,3}期|Vol\.?\d+,?No\.?\d+)$")
MASTHEAD_LINE = re.compile(
    r"^(?:第\s*\d{1,3}\s*卷\s*第\s*\d{1,3}\s*期|\d{4}\s*年\s*\d{1,2}\s*月"
    r"|Vol\.?\s*\d+\s*,?\s*No\.?\s*\d+"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}|Journal\s+(?:of|on)\s+[A-Z][A-Za-z ,&]{2,60})$")
MASTHEAD_LINES = 30  # the masthead stands among the first lines of page 1
PUBLICATION_END = ("报", "刊", "志")


# A journal's masthead in a -layout extraction of its first page: the name and its ISSN
# on one line, with the address, doi, copyright, e-mail and telephone set across the
# page in pieces far apart (「软件学报 ISSN 1000-9825, CODEN RUXUEW      E-mail: …」
# 「Journal of Software, [doi: …]      http://…」「©某研究所版权所有.      Tel:」).
ISSN_NAME = re.compile(r"^([\u4e00-\u9fff]{2,12}?)\s*ISSN\s*\d{4}-\d{3}[\dXx]\b")
MASTHEAD_PIECE = re.compile(
    r"ISSN\s*\d{4}-\d{3}[\dXx]|CODEN\b|\bdoi\s*:|©|版权所有|^Tel\s*[:：]|^E-?mail\s*[:：]"
    r"|^https?://\S+$|^www\.\S+$|^Journal\s+(?:of|on)\s", re.I)
MASTHEAD_GAP = re.compile(r"\s{3,}")


def _issn_masthead(lines: list[tuple[int, str]]
                   ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """The masthead's lines dropped, and the journal's name before its ISSN (the source)."""
    start = next((i for i, (_, t) in enumerate(lines[:MASTHEAD_LINES])
                  if ISSN_NAME.match(t.strip())), None)
    if start is None:
        return lines, [], ""
    name = ISSN_NAME.match(lines[start][1].strip())[1]
    end = start
    while end < len(lines) and lines[end][1].strip() and all(
            MASTHEAD_PIECE.search(piece)
            for piece in MASTHEAD_GAP.split(lines[end][1].strip())):
        end += 1
    if end == start:
        return lines, [], ""
    repairs = [Repair("masthead", number, text.strip()[:60], "",
                      "Removed a line of the journal's masthead (ISSN, doi, copyright, "
                      f"e-mail, address); the journal ({name}) is the source.")
               for number, text in lines[start:end]]
    return lines[:start] + lines[end:], repairs, name if name.endswith(PUBLICATION_END) else ""


# A -layout extraction sets a journal's masthead across the top of page 1 in pieces far
# apart, its Chinese name between the volume and issue and the English volume and month
# (「第 30 卷 第 10 期        某某技术与发展        Vol.30 No.10」, under it 「2020 年 10 月
# COMPUTER TECHNOLOGY AND DEVELOPMENT        Oct. 2020」). A line all of such pieces, one of
# them the issue or the month, is the masthead's; its Chinese name is the journal.
SPREAD_MONTH = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*\d{4}$")
SPREAD_ISSUE = re.compile(r"^(?:第\s*\d{1,3}\s*卷\s*)?第\s*\d{1,3}\s*期$"
                          r"|^Vol\.?\s*\d+\s*,?\s*No\.?\s*\d+$")
SPREAD_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
SPREAD_ENGLISH = re.compile(r"^[A-Z][A-Z&,.:\- ]{5,80}$")
SPREAD_LINES = 6  # the masthead's lines stand among the first lines of page 1


# A journal's English name as its masthead sets it: 「Journal of Computer Research and
# Development」「Acta Physica Sinica」「Chinese Journal of …」「Transactions on …」.
JOURNAL_ENGLISH = re.compile(r"^(?:(?:Chinese\s+)?Journal\s+(?:of|on)|Acta"
                             r"|Transactions\s+(?:of|on))\s+[A-Z][A-Za-z&,.:\- ]{3,80}$")
# A Chinese name letter-spaced across its piece (「北 京 邮 电 大 学 学 报」).
HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _spread_piece(piece: str) -> str:
    """What a piece of a spread masthead is: 'issue' (volume and issue), 'date' (the
    month), 'name' (a Chinese name, perhaps letter-spaced), 'english' (a name in capitals,
    or a journal's English name), or '' (none)."""
    plain = unicodedata.normalize("NFKC", piece).strip()
    if SPREAD_ISSUE.match(plain):
        return "issue"
    if MASTHEAD_LINE.match(plain) or SPREAD_MONTH.match(plain):
        return "date"
    if SPREAD_NAME.match(HAN_SPACE.sub("", plain)):
        return "name"
    if (SPREAD_ENGLISH.match(plain) or JOURNAL_ENGLISH.match(plain)) and not (
            MASTHEAD_PIECE.search(plain)):
        return "english"
    return ""


def _spread_masthead(lines: list[tuple[int, str]]
                     ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """The lines of a masthead spread across page 1 dropped, and the journal's Chinese
    name (the source)."""
    first = [i for i, (_, t) in enumerate(lines) if t.strip()][:SPREAD_LINES]
    drop: list[int] = []
    name = ""
    for i in first:
        pieces = MASTHEAD_GAP.split(lines[i][1].strip())
        kinds = [_spread_piece(piece) for piece in pieces]
        if len(pieces) < 2 or "" in kinds or kinds.count("name") > 1 or not (
                {"issue", "date"} & set(kinds)):
            if drop:
                break
            continue
        drop.append(i)
        if "name" in kinds and not name:
            name = HAN_SPACE.sub("", unicodedata.normalize(
                "NFKC", pieces[kinds.index("name")]).strip())
    # The volume and issue make it a journal's (a report's cover sets its issuer and
    # month apart too).
    issue = any(_spread_piece(piece) == "issue" for i in drop
                for piece in MASTHEAD_GAP.split(lines[i][1].strip()))
    if not drop or not name or not issue:
        return lines, [], ""
    repairs = [Repair("masthead", lines[i][0], lines[i][1].strip()[:60], "",
                      "Removed a line of the journal's masthead set across the page (volume "
                      f"and issue, month, English name); the journal ({name}) is the source.")
               for i in drop]
    return [line for i, line in enumerate(lines) if i not in drop], repairs, name


def _journal_name_lines(lines: list[tuple[int, str]]
                        ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """A journal's first page opens with its name, the English under the Chinese
    (「计算机研究与发展」 ⏎ 「Journal of Computer Research and Development」), or the English
    alone: the journal is the source, the Chinese line (else the English) dropped."""
    first = [i for i, (_, t) in enumerate(lines) if t.strip()][:2]
    english = next((i for i in first if JOURNAL_ENGLISH.match(lines[i][1].strip())), None)
    if english is None:
        return lines, [], ""
    above = english - 1 if english > 0 and english - 1 in first else None
    if above is not None:
        name = HAN_SPACE.sub("", lines[above][1].strip())
        if not SPREAD_NAME.match(name):
            return lines, [], ""
        drop = above
    else:
        name, drop = re.sub(r"\s+", " ", lines[english][1].strip()), english
    repairs = [Repair("masthead", lines[drop][0], lines[drop][1].strip(), f"source: {name}",
                      "The journal's name opening its first page (its English name under "
                      "or alone): took it as the source.")]
    return lines[:drop] + lines[drop + 1:], repairs, name


def _masthead_lines(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result, repairs = [], []
    for position, (number, text) in enumerate(lines):
        if position < MASTHEAD_LINES and MASTHEAD_LINE.match(text.strip()):
            repairs.append(Repair("masthead", number, text.strip(), "",
                                  "Removed a line of the journal's masthead (volume, issue, "
                                  "month, English name)."))
            continue
        result.append((number, text))
    return result, repairs


def _vertical_text(lines: list[tuple[int, str]], journal: bool = False
                   ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """Runs of one-character lines (blank lines and a short code between them allowed):
    a heading written vertically (前言) becomes one line; cover decoration is dropped.
    In a journal, its masthead's lines may stand between the characters, and the name
    they spell (…学报) is the source."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    masthead = ""
    index = 0
    while index < len(lines):
        run, end = _vertical_run(lines, index, journal)
        chars = [t.strip() for _, t in run if len(t.strip()) == 1]
        if len(chars) >= 2:
            word = "".join(chars)
            first = run[0][0]
            shown = " ⏎ ".join(t.strip() for _, t in run if t.strip())
            if word in VERTICAL_HEADINGS:
                result.append((first, word))
                repairs.append(Repair("vertical-text", first, shown, word,
                                      "Joined a heading set one character per line."))
                index = end
                continue
            if len(chars) >= VERTICAL_MIN:
                repairs.append(Repair("vertical-text", first, shown, "",
                                      "Removed vertical cover text (one character per line)."))
                if journal and not masthead and word.endswith(PUBLICATION_END):
                    masthead = word
                index = end
                continue
        result.append(lines[index])
        index += 1
    return result, repairs, masthead


def _vertical_run(lines: list[tuple[int, str]], start: int, journal: bool = False
                  ) -> tuple[list[tuple[int, str]], int]:
    """The run of one-character lines from start, and the index after it."""
    if len(lines[start][1].strip()) != 1 or not is_han(lines[start][1].strip()):
        return [], start
    index = start
    last = start
    while index < len(lines):
        text = lines[index][1].strip()
        if len(text) == 1 and is_han(text):
            last = index
        elif text and not (len(text) <= 8 and not has_han(text)) and not (
                journal and MASTHEAD_LINE.match(text)):
            break
        index += 1
    return lines[start:last + 1], last + 1


def _contents(lines: list[tuple[int, str]], page_ends: frozenset[int] = frozenset()
              ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """Dot-leader contents entries, the 目次/目录 line above them, and what stands between
    two entries (see ENTRY_PART, ENTRY_LINES_MAX): the contents of the source."""
    entries = [i for i, (_, t) in enumerate(lines) if LEADER.match(t.strip())]
    if not entries:
        return _leaderless_contents(lines, page_ends)
    drop: dict[int, str] = {i: "Removed a contents entry (the briefing makes its own)."
                            for i in entries}
    for first, second in zip(entries, entries[1:], strict=False):
        between = [i for i in range(first + 1, second) if lines[i][1].strip()]
        texts = [lines[i][1].strip() for i in between]
        other = [t for t in texts if not ENTRY_PART.match(t)]
        if not between or len(between) > ENTRY_PARTS_MAX or len(other) > ENTRY_LINES_MAX \
                or not all(SHORT_LEADER.search(t) or _spaced_entry(t) is not None
                           or width(t) <= ENTRY_LINE_WIDTH and t[-1] not in SENTENCE_END
                           for t in other):
            continue
        for i in between:
            drop[i] = ("Removed a part of a contents entry set apart (its number, a folio), "
                       "a chapter's entry without leaders or the next list's title, between "
                       "two entries.")
    # LaTeX's book and report classes (Sphinx's PDFs too) set a chapter's entry without
    # leaders: its title, then its page far off at the right. Such entries next to the
    # first and last entries with leaders are the contents' too — above the first, and
    # below the last while their pages go on rising.
    before = [i for i in range(entries[0]) if lines[i][1].strip()]
    while before and _spaced_entry(lines[before[-1]][1]) is not None:
        drop[before.pop()] = "Removed a chapter's contents entry without leaders."
    page = _leader_page(lines[entries[-1]][1])
    for index in range(entries[-1] + 1, len(lines)):
        text = lines[index][1].strip()
        if not text:
            continue
        chapter = _spaced_entry(text)
        if chapter is None or page is None or chapter < page:
            break
        drop[index] = "Removed a chapter's contents entry without leaders."
        page = chapter
    last = max(drop)
    # The title may stand twice (the page's head and the title) and be split by the
    # extraction (「目」, then 「录……」 as if an entry): every such line above the entries.
    # A part's label over its entries (「第一篇」) stands between the title and the first.
    while before and CONTENTS_PART.match(re.sub(r"\s+", "", lines[before[-1]][1])) and any(
            re.sub(r"\s+", "", lines[i][1]) in CONTENTS_TITLES for i in before[-3:-1]):
        drop[before.pop()] = "Removed a part's label above the contents' first entry."
    while before and (re.sub(r"\s+", "", lines[before[-1]][1]) in CONTENTS_TITLE_PARTS
                      or CONTENTS_TITLE_LONG.match(re.sub(r"\s+", "", lines[before[-1]][1]))):
        drop[before.pop()] = "Removed the contents' title."
    # The contents page's folio (「E」, 「II」) after the last entry, the page's last line.
    after = [i for i in range(last + 1, len(lines)) if lines[i][1].strip()]
    if after and lines[after[0]][0] in page_ends and ENTRY_PART.match(lines[after[0]][1].strip()):
        drop[after[0]] = "Removed the contents page's folio after its last entry."
    repairs = [Repair("contents", lines[i][0], lines[i][1].strip(), "", why)
               for i, why in sorted(drop.items())]
    return [line for i, line in enumerate(lines) if i not in drop], repairs


# A contents whose leaders the extraction left out: each entry its title, spaces, its page
# (「1 范围 1」「前言 III」), under the contents' title (目次/目录).
SPACED_ENTRY = re.compile(r"^(\S.{0,60}?)\s+(\d{1,4}|[IVXLCivxlc]{1,7})$")
SPACED_ENTRIES_MIN = 3
# A contents' title with words before 目录 (「全部章节目录」「本书目录」), over its entries.
CONTENTS_TITLE_LONG = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:目录|目次)$")
LEADER_PAGE_NUMBER = re.compile(r"(\d{1,4})$")


def _spaced_entry(line: str) -> int | None:
    """The page of a contents entry set without leaders — a title with Han that ends no
    sentence, then its page in Arabic figures after a run of two spaces or more (the
    layout's gap: 「1   关于本指南        1」) — or None."""
    text = line.strip()
    entry = re.match(r"^(\S.*?\S)\s{2,}(\d{1,4})$", text)
    if not entry or not has_han(entry[1]) or entry[1][-1] in SENTENCE_END:
        return None
    title = re.sub(r"\s+", " ", entry[1])
    return int(entry[2]) if width(title) <= ENTRY_LINE_WIDTH else None


def _leader_page(line: str) -> int | None:
    found = LEADER_PAGE_NUMBER.search(line.strip())
    return int(found[1]) if found else None


def _leaderless_contents(lines: list[tuple[int, str]], page_ends: frozenset[int] = frozenset()
                         ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """Under a line 目次/目录: the run of lines each an entry (SPACED_ENTRY, no sentence
    ended before its page) or an entry's part set apart (ENTRY_PART), when three entries
    or more give their pages in order. Anything else under the title keeps it all."""
    title = next((i for i, (_, t) in enumerate(lines)
                  if re.sub(r"\s+", "", t) in CONTENTS_TITLES), None)
    if title is None:
        return _untitled_contents(lines)
    run: list[int] = []
    pages: list[int] = []
    for index in range(title + 1, len(lines)):
        text = lines[index][1].strip()
        if not text:
            continue
        entry = SPACED_ENTRY.match(text)
        if entry and has_han(entry[1]) and entry[1][-1] not in SENTENCE_END \
                and width(text) <= 2 * ENTRY_LINE_WIDTH:
            if entry[2].isdigit():
                pages.append(int(entry[2]))
        elif not ENTRY_PART.match(text):
            break
        run.append(index)
    entries = [i for i in run if not ENTRY_PART.match(lines[i][1].strip())]
    if len(entries) < SPACED_ENTRIES_MIN or pages != sorted(pages):
        return _contents_pages_apart(lines, title, page_ends)
    while run and ENTRY_PART.match(lines[run[-1]][1].strip()):
        run.pop()  # a number after the last entry is the body's
    drop = [title, *run]
    repairs = [Repair("contents", lines[i][0], lines[i][1].strip(), "",
                      "Removed the contents' title." if i == title else
                      "Removed a contents entry without leaders (its title, then its page) "
                      "or a part of one set apart.") for i in drop]
    return [line for i, line in enumerate(lines) if i not in set(drop)], repairs


# A plain extraction of a contents set in two columns gives each chapter's page number a
# line of its own among the entries (「一、编制背景」「01」「（一）……」「二、研究内容」「09」):
# under the contents' title, short lines that end no sentence and lone page numbers.
APART_PAGE = re.compile(r"^\d{1,3}$")
APART_PAGES_MIN = 3


def _contents_pages_apart(lines: list[tuple[int, str]], title: int,
                          page_ends: frozenset[int] = frozenset()
                          ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """Under the title, the run of entries (short, with Han, no sentence end) and lone
    page numbers; when it holds three page numbers or more, rising, the contents is the
    title down to its last page number, or to the end of that number's page (the last
    number may stand at the page's foot, taken as its folio); what follows may be the
    body's first heading, so it stays. Anything else under the title keeps it all."""
    run: list[int] = []
    for index in range(title + 1, len(lines)):
        text = lines[index][1].strip()
        if not text:
            continue
        if not APART_PAGE.match(text) and not (
                has_han(text) and text[-1] not in SENTENCE_END
                and width(text) <= ENTRY_LINE_WIDTH):
            break
        run.append(index)
    numbers = [i for i in run if APART_PAGE.match(lines[i][1].strip())]
    pages = [int(lines[i][1].strip()) for i in numbers]
    if len(pages) < APART_PAGES_MIN or any(a >= b for a, b in zip(pages, pages[1:],
                                                                   strict=False)):
        return lines, []
    last = lines[numbers[-1]][0]
    end = min((e for e in page_ends if e >= last), default=last)
    drop = [title, *(i for i in run if i <= numbers[-1] or lines[i][0] <= end)]
    repairs = [Repair("contents", lines[i][0], lines[i][1].strip(), "",
                      "Removed the contents' title." if i == title else
                      "Removed a contents entry or its page number set on a line of its own.")
               for i in drop]
    return [line for i, line in enumerate(lines) if i not in set(drop)], repairs


# Without a contents title (the report set it as a picture), a -layout extraction still
# shows its contents by their form: each entry a short title, a wide gap, the page number
# set at the right margin (「知识图谱行业现状                    2」), one under another.
GAPPED_ENTRY = re.compile(r"^([^\d\s][^\d]{1,40}?)\s{8,}(\d{1,3})$")
GAPPED_ENTRIES_MIN = 4


def _untitled_contents(lines: list[tuple[int, str]]
                       ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A run of four or more such entries, only blank lines between them, the pages
    rising: the contents, dropped."""
    index = 0
    while index < len(lines):
        run: list[int] = []
        cursor = index
        while cursor < len(lines):
            text = lines[cursor][1].strip()
            entry = GAPPED_ENTRY.match(text)
            if entry and has_han(entry[1]) and entry[1].strip()[-1] not in SENTENCE_END:
                run.append(cursor)
            elif text:
                break
            cursor += 1
        pages = [int(GAPPED_ENTRY.match(lines[i][1].strip())[2]) for i in run]
        if len(run) >= GAPPED_ENTRIES_MIN and all(a < b for a, b in zip(pages, pages[1:],
                                                                        strict=False)):
            repairs = [Repair("contents", lines[i][0], lines[i][1].strip()[:60], "",
                              "Removed a contents entry (its title, a wide gap, its page at "
                              "the margin; no contents title above).") for i in run]
            dropped = set(run)
            return [line for i, line in enumerate(lines) if i not in dropped], repairs
        index = max(cursor, index + 1)
    return lines, []

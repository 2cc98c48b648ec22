"""A raw extraction (`pdftotext`) cleaned: form feeds between pages, or most long lines hard
wrapped at one column width. Page furniture is removed — running heads and folios at page
edges, a journal's masthead, vertical cover text (one character per line), dot-leader
contents, a standard's or a report's cover — a page's foot notes and two interleaved columns
are set apart, and the lines of a paragraph are joined: a line that ends short of the column
ends its paragraph (`clean_extraction`). In a standard, a clause number stuck to its heading
(「1适用范围」) gets its space; a table number (「表1」) is never made a clause. A spaced
label (「摘」「要：」) and a part's number alone (「0」「引言」) are joined, a list's lone
bullet goes."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from briefing.importer.chars import SENTENCE_END, has_han, is_han, join_lines
from briefing.importer.columns import side_by_side_columns
from briefing.importer.flattables import flattened_tables, layout_tables
from briefing.importer.layout import CLAUSE_START, FORM_FEED, LONG, NEAR, Cleaned, width
from briefing.importer.parse import NO_LINE_OPENS
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    BIBLIOGRAPHY_ENTRY,
    ENGLISH_FRONT,
    FIELD_LABEL,
    INTERNATIONAL_REFERENCE,
    fullwidth_punctuation,
    halfwidth_forms,
)
from briefing.importer.roles import PART_NAMES, is_part_heading

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
# Vertical words that are headings, not cover decoration.
VERTICAL_HEADINGS = frozenset({"前言", "引言", "目次", "目录", "附录", "索引", "参考文献", "后记",
                               # a report's or thesis's front and back matter (GB/T 7713)
                               "摘要", "序言", "绪论", "致谢", "结语"})
VERTICAL_MIN = 4  # a shorter run of one-character lines may be table cells
# A standard: its code on the cover (GB/T 1.1, DB32/T 1580, HJ 663, ICS 13.020).
STANDARD = re.compile(r"^(?:ICS\s+\d|(?:GB|DB\d{0,2}|HJ|[A-Z]{2})(?:/[TZ])?\s*\d)")
# …and as its pages' running head: the code alone (「GB/T 28181—2022」「DB32/T 1580—2019」).
STANDARD_HEAD = re.compile(r"^(?:(?:GB|DB\d{0,2}|HJ)(?:/[TZ])?|[A-Z]{2}/[TZ])\s*\d+(?:\.\d+)*"
                           r"(?:\s*[—–-]\s*\d{4})?$")
STUCK_CLAUSE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?=[\u4e00-\u9fff])")
CLAUSE_HEADING_MAX = 30
CLAUSE_ALONE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}$")
CHAPTER_ALONE = re.compile(r"^\d{1,2}$")
# A thesis's chapter: 「第1章」「第一章」 (its number as a count: 第十二章 is 12).
CHAPTER_LABEL = re.compile(r"^第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*章$")
CHAPTER_TITLED = re.compile(r"^第\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*章\s+\S")
HAN_COUNT = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


def _chapter_number(label: str) -> int:
    """「1」 → 1, 「九」 → 9, 「十二」 → 12, 「二十」 → 20."""
    if label.isdigit():
        return int(label)
    tens, _, ones = label.rpartition("十")
    if "十" not in label:
        return HAN_COUNT.get(label, 0)
    return (HAN_COUNT.get(tens, 0) if tens else 1) * 10 + HAN_COUNT.get(ones, 0)
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
# The labelled lines of a paper's or report's front page (GB/T 7713): each opens a
# paragraph of its own, whatever the line before it.
LABEL_START = re.compile(
    r"^(?:摘\s*要|关键词|关键字|中图分类号|文献标志码|文献标识码|文章编号|DOI|doi|Abstract|"
    r"Key\s*words|收稿日期|修回日期|基金项目|作者简介|通信作者|通讯作者|引用格式"
    # Other journals' wording of the same fields (软件学报, 计算机学报 …).
    r"|中图法分类号|(?:中文|英文)引用格式|收稿时间|修改(?:日期|时间)|修回时间|(?:采用|录用)(?:日期|时间))"
    r"\s*[：:]")


# ---------------------------------------------------------------- raw extraction


def clean_extraction(lines: list[tuple[int, str]], column: int | None) -> Cleaned:
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    pages = _pages(lines)
    drop: dict[int, str] = {}  # line number → why
    drop.update(_page_furniture(pages, repairs, doubts))
    rest = [(n, t.replace(FORM_FEED, "")) for n, t in lines if n not in drop]
    rest, found, marked = _watermark(rest, pages)
    repairs += found
    # -layout: a page's two columns side by side on each line, read one after the other.
    # A page begins at its first line the furniture left (its running head is gone).
    rest, found, more, in_columns = side_by_side_columns(rest, frozenset(
        next((n for n, _ in page if n not in drop), page[0][0]) for page in pages))
    repairs += found
    doubts += more
    journal = any(ISSUE_LINE.match(re.sub(r"\s+", "", t)) for _, t in rest[:MASTHEAD_LINES])
    rest, found, masthead = _vertical_text(rest, journal)
    repairs += found
    rest, found, named = _issn_masthead(rest)
    repairs += found
    masthead = masthead or named
    rest, found, named = _spread_masthead(rest)
    repairs += found
    masthead = masthead or named
    if journal:
        rest, found = _masthead_lines(rest)
        repairs += found
    rest, found = _contents(rest, frozenset(page[-1][0] for page in pages))
    repairs += found
    # The blank lines between a run's lines are the extraction's, not paragraphs' ends.
    rest, found, more, unbroken = interleaved_columns(rest)
    repairs += found
    doubts += more
    rest, found = _page_foot_notes(rest, pages, drop)
    repairs += found
    rest, found = _url_footnotes(rest, pages)
    repairs += found
    rest, found, authors, paper_title = _paper_head(rest)
    repairs += found
    for line_pass in (_letter_spaced, _spaced_labels, _classification_fields, _part_numbers,
                      _lone_bullets, _download_codes, _hyphenated_words):
        rest, found = line_pass(rest)
        repairs += found
    subtitle = ""
    # A standard's code opens its cover, or heads its pages (a text without the cover).
    heads = [t for n, t in lines if drop.get(n) == "running-head"]
    standard = any(STANDARD.match(t.strip()) for _, t in rest[:40]) or any(
        STANDARD_HEAD.match(t.strip().lstrip(FORM_FEED)) for t in heads)
    issuer = issued = ""
    if standard:
        rest, found = _clause_numbers(rest)
        repairs += found
        rest, found, issuer, issued = _standard_cover(rest, pages)
        repairs += found
        if not (issuer or issued or paper_title):
            rest, found, paper_title = _name_above_scope(rest, pages)
            repairs += found
    else:
        rest, found = _clause_numbers(rest, standard=False)
        repairs += found
        rest, found = _cover_serial(rest, pages)
        repairs += found
        rest, found, issuer, cover_title = _report_cover(rest, pages)
        paper_title = paper_title or cover_title
        repairs += found
        if not paper_title:
            rest, found, paper_title, subtitle = _bracketed_cover_title(rest, pages)
            repairs += found
        rest, found, applicant = _cover_applicant(rest, pages)
        repairs += found
        if applicant and not authors:
            authors = applicant
    rest, found = _repeated_title(rest, pages)
    repairs += found
    titles, statements = _page_titles(rest, pages)
    rest, found = _statements_joined(rest, statements)
    repairs += found
    nonblank = [t for _, t in rest if t.strip()]
    column = column or _column_of_pages(nonblank)
    page_breaks = {n for n, t in lines if FORM_FEED in t} | set(drop) | unbroken | marked
    rest, tables, found = layout_tables(rest)
    repairs += found
    items, found = _list_items(rest)
    repairs += found
    titles = frozenset(titles - items)
    result, found = _paragraphs_around_tables(rest, column, page_breaks, tables, in_columns,
                                              items)
    repairs += found
    result = _column_paragraphs_joined(result, in_columns)
    result, found, more = flattened_tables(result)
    repairs += found
    doubts += more
    fields = {"source": masthead or issuer} if masthead or issuer else {}
    if issued:
        fields["date"] = issued
    if paper_title:
        # The title line stays in the text, where the character repairs reach it and a
        # repeat of the title is dropped: the title gets the same (「ＳＤＮ」 → 「SDN」).
        fields["title"], edits = halfwidth_forms(paper_title)
        if edits:
            repairs.append(Repair("halfwidth-digits", min(n for n, _ in lines), paper_title,
                                  fields["title"], f"Made {len(edits)} full-width digit(s), "
                                  "letter(s) or ％ of the title half-width."))
    if subtitle:
        fields["subtitle"] = subtitle
    return Cleaned(result, "raw-extraction", repairs, doubts, fields=fields, column=column,
                   cover=frozenset(number for number, _ in _cover_page(pages)),
                   authors=authors.split("、") if authors else [], headings=titles,
                   subheadings=statements, items=items)


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


# A justified line the typesetter spread out comes out of pdftotext with a space between
# every two characters (「通 过 互 联 两 个 两 层 Fat-Tree 网」); Chinese text has no such
# spaces. Where most Chinese pairs of a line are spaced, the spaces between Chinese
# characters go (those next to Latin words stay).
_CJK = "\u4e00-\u9fff，。、；：（）“”"
SPACED_PAIR = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
SPACED_MIN = 4


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


# A paper's author line: each name followed by its affiliation's number (a superscript,
# which the extraction sets on the line: 「张三 1，李四 1,2，王五 2*」).
# A two-character name may be spaced out to the width of three (「陈 宏」).
# In a -layout extraction the space is as wide as the typesetter made it (「郜      帅」).
_AUTHOR = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff])"
AUTHOR_MARKS = re.compile(
    rf"^{_AUTHOR}\s*\d[\d,*]*(?:\s*[，,、]\s*{_AUTHOR}\s*\d[\d,*]*)+$")
# A paper of a single affiliation marks no names: its author line is names alone, and
# the affiliation, in brackets, right under it (「张三，李四，王五」「（某大学 某学院，某市
# 100000）」).
AUTHOR_NAMES = re.compile(rf"^{_AUTHOR}(?:\s*[，,、]\s*{_AUTHOR})+$")
AFFILIATION = re.compile(r"^[（(][^（）()]{4,}[）)]$")
HEAD_SEARCH = 40  # the author line stands among the first lines of page 1
NOTE_MARK_LINE = re.compile(r"^[*＊†‡]{1,3}$")
AFFILIATION_LINES = 12  # lines under the author line that may hold the affiliations
TITLE_LINES_MAX = 3


# A paper's author line under a label, each name perhaps marked 「*」 (corresponding or
# equal-contribution authors, the note at the page's foot), the list wrapped after a
# comma onto the lines under it: 「作者：赵甲，钱乙 *，孙丙，」 ⏎ 「李丁，周戊」.
_MARKED = rf"{_AUTHOR}\s*[*＊†‡]{{0,3}}"
AUTHOR_LABEL = re.compile(r"^(?:作\s*者|著\s*者|译\s*者)(?:[（(][^（）()]{1,20}[）)])?\s*[：:]\s*")
AUTHOR_RUN = re.compile(rf"^{_MARKED}(?:\s*[，,、]\s*{_MARKED})*\s*[，,、]?$")


def _labelled_authors(lines: list[tuple[int, str]], texts: list[int]
                      ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The authors of a labelled author line (above) among a paper's first lines: the
    names without their marks; the line(s) dropped; the title is the line right above."""
    for index in texts:
        label = AUTHOR_LABEL.match(lines[index][1].strip())
        if not label:
            continue
        run = [lines[index][1].strip()[label.end():]]
        end = index
        alone = not run[0]  # 「译者（姓氏音序排名）：」 over the names
        if alone and end + 1 < len(lines):
            end += 1
            run = [lines[end][1].strip()]
        while run[-1].endswith(("，", ",", "、")) and end + 1 < len(lines) \
                and AUTHOR_RUN.match(lines[end + 1][1].strip()):
            end += 1
            run.append(lines[end][1].strip())
        joined = "".join(run)
        if not AUTHOR_RUN.match(joined) or joined.endswith(("，", ",", "、")):
            return lines, [], "", ""
        names = [re.sub(r"[ \u3000]", "", name) for name in re.findall(_AUTHOR, joined)]
        if len(names) < 2:
            return lines, [], "", ""
        shown = " ⏎ ".join(t.strip() for _, t in lines[index:end + 1] if t.strip())
        repairs = [Repair("paper-authors", lines[index][0], shown, "authors: " + "、".join(names),
                          "Took the paper's labelled author line into the authors, without "
                          "the marks (「*」) after names" + (", its lines joined." if end > index
                                                            else "."))]
        above = lines[index - 1][1].strip() if index and not alone else ""
        title = above if above and len(above) <= TITLE_REPEAT_MAX and above[-1] not in (
            SENTENCE_END) else ""
        kept = lines[:index] + [(n, "") for n, _ in lines[index:end + 1]] + lines[end + 1:]
        return kept, repairs, "、".join(names), title
    return lines, [], "", ""


def _affiliation_under(lines: list[tuple[int, str]], index: int) -> bool:
    """The line right under line `index` is an affiliation in brackets."""
    below = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
    return bool(AFFILIATION.match(below))


def _paper_head(lines: list[tuple[int, str]]
                ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """A paper's first page: the title broken over the short lines right above its author
    line is one line again, and is the title; the author line's names, without their
    affiliations' numbers (superscripts the extraction set on the line), are the
    authors, the line dropped."""
    texts = [i for i, (_, t) in enumerate(lines[:HEAD_SEARCH * 2]) if t.strip()][:HEAD_SEARCH]
    found = next((i for i in texts if AUTHOR_MARKS.match(lines[i][1].strip()) or (
        AUTHOR_NAMES.match(lines[i][1].strip()) and _affiliation_under(lines, i))), None)
    if found is None:
        return _labelled_authors(lines, texts)
    number, marked = lines[found]
    names = "、".join(re.sub(r"[ \u3000]", "", name) for name in re.findall(_AUTHOR, marked))
    repairs = [Repair("paper-authors", number, marked.strip(), f"authors: {names}",
                      "Took the paper's author line into the authors, without the "
                      "affiliations' numbers after the names"
                      + (", a name spaced out one name again." if re.search(
                          r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", marked) else "."))]
    # The title above ends where the author line stood.
    lines = lines[:found] + [(number, "")] + lines[found + 1:]
    # Under it, each affiliation's number (a superscript) on a line of its own above the
    # affiliation in brackets: 「1」「(某大学 某学院, 某市 100000)」 → 「1(某大学…)」.
    for index in range(found + 1, min(len(lines) - 1, found + AFFILIATION_LINES)):
        mark, below = lines[index][1].strip(), lines[index + 1][1].strip()
        if re.fullmatch(r"\d{1,2}", mark) and below[:1] in "(（":
            repairs.append(Repair("affiliation-number", lines[index][0], f"{mark} ⏎ {below[:12]}",
                                  f"{mark}{below[:12]}", "Joined an affiliation's number, set "
                                  "on a line of its own, to the affiliation under it."))
            lines[index] = (lines[index][0], "")
            lines[index + 1] = (lines[index + 1][0], mark + below)
    top = found
    while top > 0 and lines[top - 1][1].strip() and found - top < TITLE_LINES_MAX:
        above = lines[top - 1][1].strip()
        if NOTE_MARK_LINE.match(above):
            # The title's note mark (its 基金项目 note's 「*」), set above it on a line of
            # its own: a mark, no part of the title.
            repairs.append(Repair("title-mark", lines[top - 1][0], above, "",
                                  "Removed the title's note mark, alone on its line."))
            lines = lines[:top - 1] + [(lines[top - 1][0], "")] + lines[top:]
            break
        if len(above) > TITLE_REPEAT_MAX or above[-1] in SENTENCE_END or LABEL_START.match(above):
            break
        top -= 1
    if found - top >= 2:
        title = ""
        for _, part in lines[top:found]:
            title = join_lines(title, part.strip())
        repairs.append(Repair(
            "title-lines", lines[top][0], " ⏎ ".join(t.strip() for _, t in lines[top:found]),
            title, "Joined the paper's title broken over the lines above its author line."))
        lines = lines[:top] + [(lines[top][0], title), (lines[top][0], "")] + lines[found:]
    elif found - top == 1:
        title = lines[top][1].strip()
    else:
        title = ""
    return lines, repairs, names, title


# A standard's cover (GB/T 1.1) ends with its dates and its issuer: 「2019-07-11 发布」
# 「2019-08-01 实施」「某省市场监督管理局 发布」; pdftotext may put the issuer's 「发布」
# on a line of its own after the dates. A form field of the cover left empty
# (「备案号：」) holds nothing.
COVER_DATE = re.compile(r"\d.*(?:发\s*布|实\s*施)$")
ISSUER = re.compile(r"^([\u4e00-\u9fff]{4,30}(?:\s+[\u4e00-\u9fff]{4,30})*)\s+发\s*布$")
EMPTY_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[：:]$")
# The standard's date of publication: 「2019 - 07 -11 发布」 (its 实施 date stays in the text).
ISSUE_DATE = re.compile(r"^(\d{4})\s*[-－.]\s*(\d{1,2})\s*[-－.]\s*(\d{1,2})\s*发\s*布$")


def _standard_cover(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                    ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The standard's issuer (the source) and date of publication from its cover, their
    lines dropped; an empty form field dropped."""
    cover = {number for number, _ in pages[0]} if len(pages) > 1 else set()
    date = ""
    repairs: list[Repair] = []
    drop: set[int] = set()
    issuers: list[str] = []
    texts = [(i, n, t.strip()) for i, (n, t) in enumerate(lines) if n in cover and t.strip()]
    for position, (index, number, text) in enumerate(texts):
        issued = ISSUE_DATE.match(text)
        if issued and not date:
            date = f"{int(issued[1]):04d}-{int(issued[2]):02d}-{int(issued[3]):02d}"
            drop.add(index)
            repairs.append(Repair("cover-date", number, text, f"date: {date}",
                                  "The standard's date of publication (「… 发布」 on its "
                                  "cover): took it as the date."))
            continue
        if EMPTY_FIELD.match(text):
            drop.add(index)
            repairs.append(Repair("cover-field", number, text, "",
                                  "Dropped an empty field of the standard's cover."))
            continue
        found = ISSUER.match(text)
        if not found and re.sub(r"\s", "", text) != "发布":
            continue
        # The issuers above it (「国家市场监督管理总局」 over 「国家标准化管理委员会 发布」),
        # past the dates.
        names = []
        dates = [k for k, (_, _, t) in enumerate(texts) if COVER_DATE.search(t)]
        start = dates[0] + 1 if dates else position  # the issuers stand under the dates
        for back_index, _, back in reversed(texts[start:position]):
            if COVER_DATE.search(back):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]{4,30}", back) or back_index in drop:
                break
            names.insert(0, (back_index, back))
        if not names and not found:
            continue
        issuers += [name for _, name in names] + ([found[1]] if found else [])
        drop.update({index} | {i for i, _ in names})
        repairs.append(Repair("cover-issuer", number, text, f"source: {' '.join(issuers)}",
                              "The standard's issuer (「… 发布」 on its cover): took it as the "
                              "source."))
    # Issuers stacked on the cover are named as set, a space between: no mark is added.
    return ([line for i, line in enumerate(lines) if i not in drop], repairs, " ".join(issuers),
            date)


# An organisation's name: a report's cover names its issuer on a line of its own (「云计算
# 开源产业联盟」), or set before the cover's title on one line (「某某有限公司某某说明」).
ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）]{2,30}(?:公司|委员会|协会|联盟|研究院|研究所|研究中心|中心|总局|局|部|厅"
    r"|办公室|大学|学院|学会|集团|银行|政府|基金会|联合会|商会|促进会|研究会)")


# A cover line that says who issued the report: 「某某研究院 发布」「某某实验室&某某咨询联合发布」
# 「某某协会编制」: the names before the verb are the issuers, whatever they end with.
RELEASED_BY = re.compile(
    r"([\u4e00-\u9fffA-Za-z（）()&＆、·]{4,40}?)(?:联合)?(?:发布|编制|编著|出品|编写)")


# A report series numbers its issues on the cover, above the title: 「No.202209」 (pdftotext
# may space it out: 「N o.202209」) — the series' number, no text of the report.
COVER_SERIAL = re.compile(r"^N\s?o\s?[.．]\s?\d{4,8}$")


def _cover_serial(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                  ) -> tuple[list[tuple[int, str]], list[Repair]]:
    cover = {number for number, text in _cover_page(pages) if COVER_SERIAL.match(text.strip())}
    repairs = [Repair("cover-serial", number, text.strip(), "",
                      "Dropped the series number on the report's cover (「No.202209」).")
               for number, text in lines if number in cover]
    return [(n, t) for n, t in lines if n not in cover], repairs


def _report_cover(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                  ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The issuer on a report's cover (see ORGANISATION), under its title (the cover's
    first line): the source, its line dropped. Only when one line names it."""
    cover = _cover_page(pages)
    if len(cover) < 2:
        return lines, [], "", ""
    title = re.sub(r"\s+", "", cover[0][1])
    found = []
    for number, text in cover[1:]:
        key = re.sub(r"\s+", "", text)
        name = key[:-len(title)] if key.endswith(title) and key != title else key
        released = RELEASED_BY.fullmatch(key)
        if released:  # 「某某实验室&某某咨询联合发布」: the issuers named as such
            name = released[1]
        if ORGANISATION.fullmatch(name) or released:
            found.append((number, text, name))
    if len(found) != 1:
        return lines, [], "", ""
    number, text, name = found[0]
    repairs = [Repair("cover-issuer", number, text.strip(), f"source: {name}",
                      "The report's issuer on its cover: took it as the source.")]
    lines = [(n, t) for n, t in lines if n != number]
    # Above the issuer, the cover's first lines, set one under the other, are its title
    # broken over them (「面向某某的」「某某行业白皮书」): one line again, and the title.
    above = [(n, t.strip()) for n, t in cover if n < number and t.strip()]
    title = ""
    if 2 <= len(above) <= TITLE_LINES_MAX and all(
            b - a == 1 for (a, _), (b, _) in zip(above, above[1:], strict=False)) and all(
            len(t) <= TITLE_REPEAT_MAX and t[-1] not in SENTENCE_END
            and not re.fullmatch(r"[（(].*[）)]", t) for _, t in above):
        for _, part in above:
            title = join_lines(title, part)
        first, dropped = above[0][0], {n for n, _ in above[1:]}
        lines = [(n, title if n == first else t) for n, t in lines if n not in dropped]
        repairs.append(Repair("title-lines", first, " ⏎ ".join(t for _, t in above), title,
                              "Joined the report's title broken over the cover's first "
                              "lines, above its issuer."))
    return lines, repairs, name, title


# A cover's title broken over its first lines, then its subtitle in brackets: 「某某大学」
# 「攻读硕士学位研究生选题报告」「(申请某某大学工程管理硕士专业学位论文)」.
BRACKETED = re.compile(r"^[（(][^（）()]{2,40}[）)]$")


def _bracketed_cover_title(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                           ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """On a cover (no running text), the first lines, one under another with no blank
    line, each short and ending no sentence, directly above a line in brackets: the title
    broken over them, and its subtitle. Nothing else makes a cover's lines a title here;
    a one-line title with its edition under it stays the title block's to read."""
    cover = _cover_page(pages)
    kept = {n for n, t in lines if t.strip()}
    head = [(n, t) for n, t in cover if n in kept]
    run: list[tuple[int, str]] = []
    for number, text in head:
        if run and number != run[-1][0] + 1:
            break
        run.append((number, text))
        if BRACKETED.match(text):
            break
    if not 3 <= len(run) <= TITLE_LINES_MAX + 1 or not BRACKETED.match(run[-1][1]) or not all(
            len(t) <= TITLE_REPEAT_MAX and has_han(t) and t[-1] not in SENTENCE_END
            and not re.search("[，。；：]", t) for _, t in run[:-1]):
        return lines, [], "", ""
    title = ""
    for _, part in run[:-1]:
        title = join_lines(title, part)
    subtitle = fullwidth_punctuation(run[-1][1])[0]
    dropped = {n for n, _ in run}
    repairs = [Repair("cover-title", run[0][0], " ⏎ ".join(t for _, t in run),
                      f"title: {title}; subtitle: {subtitle}",
                      "The cover's first lines, above a line in brackets: took them as the "
                      "title broken over them, the bracketed line as its subtitle.", review=True)]
    return [(n, t) for n, t in lines if n not in dropped], repairs, title, subtitle


# A thesis's or report's cover names its author in a form field: 「申 请 人： 刘 祥 林」
# 「作者姓名：某某」「研究生：某某」 (the field's letter-spacing already gone).
APPLICANT = re.compile(r"^(?:申请人|作者|作者姓名|研究生|研究生姓名|学生姓名|论文作者)\s*[：:]\s*"
                       r"([\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,4})$")


def _cover_applicant(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                     ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """The author a cover's form field names (one such field only): the line dropped."""
    cover = {n for n, _ in _cover_page(pages)}
    found = [(n, t, APPLICANT.match(t.strip())) for n, t in lines
             if n in cover and APPLICANT.match(t.strip())]
    if len(found) != 1:
        return lines, [], ""
    number, text, match = found[0]
    name = re.sub(r"\s+", "", match[1])
    repairs = [Repair("cover-author", number, text.strip(), f"authors: [{name}]",
                      "The cover's field naming the author (申请人, 作者): took the name as the "
                      "author.", review=True)]
    return [(n, t) for n, t in lines if n != number], repairs, name


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


TITLE_REPEAT_MAX = 40
TOP_LINES = 3
# A standard's first clause (GB/T 1.1): 「1 范围」, its number maybe stuck or set apart.
SCOPE = re.compile(r"^1\s*范\s*围$")
NAME_PART = re.compile(r"^[\u4e00-\u9fff、—\-A-Za-z0-9 ]{2,40}$")


def _name_above_scope(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                      ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """A standard's body opens with its name above 「1 范围」 (GB/T 1.1); an extraction
    without the cover (it starts at the 前言) has the name there only: the lines between
    the page's top and the clause, a name broken over one to three lines, are the title."""
    scope = next((i for i, (_, t) in enumerate(lines) if SCOPE.match(t.strip())), None)
    if scope is None:
        return lines, [], ""
    # The name opens its page: nothing but the page's furniture stands above it.
    kept = {n for n, t in lines if t.strip()}
    tops = {next((n for n, _ in page if n in kept), None) for page in pages}
    above: list[int] = []
    for index in range(scope - 1, -1, -1):
        text = lines[index][1].strip()
        if not text:
            continue
        if not NAME_PART.match(text) or not has_han(text) or len(above) == TITLE_LINES_MAX:
            return lines, [], ""
        above.insert(0, index)
        if lines[index][0] in tops:
            break
    else:
        return lines, [], ""
    title = ""
    for index in above:
        title = join_lines(title, lines[index][1].strip())
    repairs = [Repair("standard-name", lines[above[0]][0],
                      " ⏎ ".join(lines[i][1].strip() for i in above), f"title: {title}",
                      "The standard's name above its first clause (1 范围), with no cover "
                      "in the text: took it as the title.", review=True)]
    return [line for i, line in enumerate(lines) if i not in set(above)], repairs, title


def _repeated_title(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                    ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A line of the cover repeated once at the top of a later page (a report's or a
    standard's title above its first clause): the cover's is kept, the repeat dropped."""
    if len(pages) < 2:
        return lines, []
    cover_lines = [re.sub(r"\s+", "", t) for _, t in pages[0] if len(t) <= TITLE_REPEAT_MAX
                   and has_han(t) and not COVER_DATE.search(t)
                   and not re.search("[，。；：、！？]", t)]
    # A title and its edition under it (「某某指南」「（2020 年）」) are one running head.
    cover = set(cover_lines) | {first + second for first, second
                                in zip(cover_lines, cover_lines[1:], strict=False)
                                if re.fullmatch(r"[（(].{1,14}[）)]", second)}
    kept = {n for n, _ in lines}
    repairs: list[Repair] = []
    drop: set[int] = set()
    for page in pages[1:]:
        top = [(n, t) for n, t in page if n in kept][:TOP_LINES]
        for number, text in top:
            if re.sub(r"\s+", "", text) in cover:
                drop.add(number)
                cover.discard(re.sub(r"\s+", "", text))
                repairs.append(Repair("repeated-title", number, text, "",
                                      "Dropped the cover's title repeated at the top of a "
                                      "later page.", review=True))
    return [(n, t) for n, t in lines if n not in drop], repairs


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


def is_contents_entry(line: str) -> bool:
    """A dot-leader contents entry (「（二）数据资源价值加快释放 ........ 3」): the leaders
    run it to the page's edge, so it says nothing of the text's column."""
    return bool(LEADER.match(line.strip()))


def _column_of_pages(lines: list[str]) -> int:
    long = sorted(width(line.strip()) for line in lines
                  if width(line.strip()) >= LONG and not is_contents_entry(line))
    return long[int(len(long) * 0.9)] if long else 0


def _pages(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The non-blank lines of each page (pages split at form feeds)."""
    pages: list[list[tuple[int, str]]] = [[]]
    for number, text in lines:
        parts = text.split(FORM_FEED)
        for index, part in enumerate(parts):
            if index:
                pages.append([])
            if part.strip():
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
                if (counts[_furniture_key(text)] >= 2 and len(text) <= 40
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


def _heads_of_their_page(pages: list[list[tuple[int, str]]], drop: dict[int, str],
                         repairs: list[Repair]) -> None:
    """A thesis's running head names the chapter (「第 2 章 相关研究」); on the page where
    the chapter opens it stands once only (no count shows it), above the heading it
    repeats (「第2章」「相关研究」, one line or two): it goes."""
    for page in pages[1:]:
        number, text = page[0]
        key = re.sub(r"\s+", "", text)
        if number in drop or FOLIO.match(text) or len(key) < 4 or text[-1] in SENTENCE_END:
            continue
        below = [re.sub(r"\s+", "", t) for _, t in page[1:HEAD_REPEAT_LINES + 1]]
        if key in below or key in {a + b for a, b in zip(below, below[1:], strict=False)}:
            drop[number] = "running-head"
            repairs.append(Repair("running-head", number, text, "",
                                  "Removed a running head: it repeats the heading under it "
                                  "on its page.", review=True))


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


def _spread_piece(piece: str) -> str:
    """What a piece of a spread masthead is: 'issue' (volume and issue), 'date' (the
    month), 'name' (a Chinese name), 'english' (a name in capitals), or '' (none)."""
    plain = unicodedata.normalize("NFKC", piece).strip()
    if SPREAD_ISSUE.match(plain):
        return "issue"
    if MASTHEAD_LINE.match(plain) or SPREAD_MONTH.match(plain):
        return "date"
    if SPREAD_NAME.match(plain):
        return "name"
    if SPREAD_ENGLISH.match(plain) and not MASTHEAD_PIECE.search(plain):
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
            name = unicodedata.normalize("NFKC", pieces[kinds.index("name")]).strip()
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
                or not all(SHORT_LEADER.search(t) or width(t) <= ENTRY_LINE_WIDTH
                           and t[-1] not in SENTENCE_END for t in other):
            continue
        for i in between:
            drop[i] = ("Removed a part of a contents entry set apart (its number, a folio) or "
                       "the next list's title, between two entries.")
    first = entries[0]
    before = [i for i in range(first) if lines[i][1].strip()]
    # The title may stand twice (the page's head and the title) and be split by the
    # extraction (「目」, then 「录……」 as if an entry): every such line above the entries.
    # A part's label over its entries (「第一篇」) stands between the title and the first.
    while before and CONTENTS_PART.match(re.sub(r"\s+", "", lines[before[-1]][1])) and any(
            re.sub(r"\s+", "", lines[i][1]) in CONTENTS_TITLES for i in before[-3:-1]):
        drop[before.pop()] = "Removed a part's label above the contents' first entry."
    while before and re.sub(r"\s+", "", lines[before[-1]][1]) in CONTENTS_TITLE_PARTS:
        drop[before.pop()] = "Removed the contents' title."
    # The contents page's folio (「E」, 「II」) after the last entry, the page's last line.
    after = [i for i in range(entries[-1] + 1, len(lines)) if lines[i][1].strip()]
    if after and lines[after[0]][0] in page_ends and ENTRY_PART.match(lines[after[0]][1].strip()):
        drop[after[0]] = "Removed the contents page's folio after its last entry."
    repairs = [Repair("contents", lines[i][0], lines[i][1].strip(), "", why)
               for i, why in sorted(drop.items())]
    return [line for i, line in enumerate(lines) if i not in drop], repairs


# A contents whose leaders the extraction left out: each entry its title, spaces, its page
# (「1 范围 1」「前言 III」), under the contents' title (目次/目录).
SPACED_ENTRY = re.compile(r"^(\S.{0,60}?)\s+(\d{1,4}|[IVXLCivxlc]{1,7})$")
SPACED_ENTRIES_MIN = 3


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


def _clause_numbers(lines: list[tuple[int, str]], standard: bool = True
                    ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """In a standard: 「1适用范围」 on a short line → 「1 适用范围」, and a clause number
    alone on its line (「3.1」) joined to the short line after it (its term or heading)
    with a space — when it follows the clauses before it (in chapter 5, 「7.5」 or 「1.5」
    alone is a table's value). 「表1」 is left alone: a table's number is no clause.
    In a report or a thesis (standard False) only a section's number set apart from its
    heading is joined: 「1.2」 or 「第1章」 alone, then a short line that ends no sentence
    (a bare 「1」 there is as likely a folio, a number before a text a table's value)."""
    result: list[tuple[int, str]] = []
    repairs = []
    chapter = 0  # the chapter of the last clause: a number out of order is a table's value
    labels_seen = False  # a 「第N章」 label stood alone before (see FIRST_CHAPTER)
    index = 0
    while index < len(lines):
        number, text = lines[index]
        stripped = text.strip()
        index += 1
        start = CLAUSE_START.match(stripped) or STUCK_CLAUSE.match(stripped)
        if start:
            chapter = int(re.match(r"\d+", stripped)[0])
        chapter_label = CHAPTER_LABEL.match(stripped)
        titled = CHAPTER_TITLED.match(stripped)
        if titled:  # 「第一章 绪论」 on one line: its sections follow
            chapter = _chapter_number(titled[1])
        following = next(((n, t.strip()) for n, t in lines[index:index + 2] if t.strip()), None)
        in_order = bool(CLAUSE_ALONE.match(stripped)) and (
            chapter <= int(stripped.split(".")[0] or 0) <= chapter + 1 if chapter else standard)
        heading = following is not None and len(following[1]) <= CLAUSE_HEADING_MAX \
            and has_han(following[1]) and following[1][-1] not in SENTENCE_END \
            and not CLAUSE_START.match(following[1])
        # A chapter's number in sequence before its title (「1」「范围」), or a clause's
        # number before the clause's first line of text (「4.1」「本标准采用……」).
        adjacent = following is not None and has_han(following[1][:2]) \
            and not CLAUSE_START.match(following[1]) and not STUCK_CLAUSE.match(following[1])
        chapter_title = bool(CHAPTER_ALONE.match(stripped)) and int(stripped) == chapter + 1 \
            and heading and adjacent and standard
        clause_text = bool(CLAUSE_ALONE.match(stripped)) and in_order and adjacent \
            and not heading and standard
        if chapter_label and heading and adjacent \
                and (_chapter_number(chapter_label[1]) == chapter + 1
                     or (_chapter_number(chapter_label[1]) == 1 and not labels_seen)):
            chapter_title = True  # 「第1章」「选题背景」
        # FIRST_CHAPTER: the text's first 「第一章」 opens its chapters whatever number
        # opened a line before it (a wrapped date 「23 日第 12,965 号法律」 is no clause).
        labels_seen = labels_seen or bool(chapter_label)
        if (CLAUSE_ALONE.match(stripped) and in_order and heading) or chapter_title \
                or clause_text:
            new = stripped + " " + following[1]
            chapter = _chapter_number(chapter_label[1]) if chapter_label else int(
                stripped.split(".")[0])
            repairs.append(Repair(
                "clause-number", number, f"{stripped} ⏎ {following[1]}", new,
                "Joined a clause number standing alone to " + (
                    "its first line of text." if clause_text else "its heading.")))
            # The line joined to stands where its text stood: the blank line between the
            # number and the text is no paragraph's end for the lines below.
            result.append((following[0], new))
            index = next(i for i in range(index, len(lines)) if lines[i][0] == following[0]) + 1
            continue
        match = STUCK_CLAUSE.match(stripped)
        if (standard and match and len(stripped) <= CLAUSE_HEADING_MAX
                and stripped[-1] not in SENTENCE_END and "，" not in stripped):
            new = match[1] + " " + stripped[match.end():]
            repairs.append(Repair("clause-number", number, stripped, new,
                                  "Set a space after the clause number stuck to its heading."))
            text = new
        result.append((number, text))
    return result, repairs


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
                     or is_part_heading(stripped))
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


# A paper's classification line: its fields set side by side across the page, far apart
# (「中图分类号：TP393        文献标识码：A        文章编号：1673-629X(2020)10-0111-06」).
# Each is a field of its own.
CLASSIFICATION_FIELD = re.compile(
    r"^(?:中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|DOI|doi)\s*[：:]")
FIELD_GAP = re.compile(r"\s{3,}|\u3000{2,}")


def _classification_fields(lines: list[tuple[int, str]]
                           ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A line of classification fields set apart by runs of spaces, a line each."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        pieces = FIELD_GAP.split(text.strip())
        if len(pieces) < 2 or not all(CLASSIFICATION_FIELD.match(piece) for piece in pieces):
            result.append((number, text))
            continue
        repairs.append(Repair("classification-fields", number, text.strip()[:60],
                              " ⏎ ".join(piece[:12] for piece in pieces),
                              "Set each of a paper's classification fields, side by side on "
                              "one line, on a line of its own."))
        for piece in pieces:
            result += [(number, piece), (number, "")]
        result.pop()
    return result, repairs


def _spaced_labels(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A label set with spaced characters (「摘　要：」) comes out of pdftotext as 「摘」 and
    「要：…」 on lines of their own: a lone character is joined to the line it begins
    when the two make a front-page label."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    pending: tuple[int, str] | None = None
    for number, text in lines:
        stripped = text.strip()
        if pending is not None and stripped:
            if LABEL_START.match(pending[1] + stripped):
                repairs.append(Repair("spaced-label", pending[0], f"{pending[1]} ⏎ {stripped[:6]}",
                                      pending[1] + stripped[:6],
                                      "Joined a label whose spaced characters the extraction "
                                      "put on lines of their own."))
                result.append((number, pending[1] + stripped))
                pending = None
                continue
            result.append(pending)
            pending = None
        if len(stripped) == 1 and is_han(stripped):
            pending = (number, stripped)
            continue
        if pending is None or stripped:
            result.append((number, text))
    if pending is not None:
        result.append(pending)
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


def _part_numbers(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """「0」 alone on a line, then 「引言」: a paper's numbered part (GB/T 7713: 0 引言) the
    extraction split. Only a named part (PART_NAMES) takes the number."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        following = next((i for i in range(index + 1, min(index + 3, len(lines)))
                          if lines[i][1].strip()), None)
        if (re.fullmatch(r"\d{1,2}", text.strip()) and following is not None
                and re.sub(r"\s", "", lines[following][1]) in PART_NAMES):
            new = text.strip() + " " + lines[following][1].strip()
            repairs.append(Repair("clause-number", number, f"{text.strip()} ⏎ {new[2:]}", new,
                                  "Joined a part's number standing alone to its name."))
            result.append((number, new))
            index = following + 1
            continue
        result.append((number, text))
        index += 1
    return result, repairs

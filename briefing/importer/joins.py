"""Joins of split paragraphs: a raw extraction's lines and pages joined back into paragraphs
(`join_split_paragraphs`, a -layout copy's flush continuations), a copy's hard line breaks
(`join_line_breaks`), and the doubts of paragraphs left unfinished or heads glued to them."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import excerpt, has_han, is_chinese, join_lines
from briefing.importer.draft import Node
from briefing.importer.endmark import without_end_mark
from briefing.importer.layout import NEAR, width
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    UNIT_CHARS,
    ends_sentence,
    heading_numbering,
    is_date_line,
    is_plain_heading,
    may_join,
    repeated_overlap,
    starts_new_item,
)
from briefing.importer.titleblock import DATE_IN_PARENS

# ---------------------------------------------------------------- split paragraphs

CONTEXT = 10


# A -layout extraction keeps a paragraph's indent: its first line opens two characters in
# (「  本报告中…」), its other lines flush. When the text shows that convention (indented
# lines, nearly each after a sentence's end), a flush line after a line that reached the
# column goes on the paragraph above whatever that line ended with (「…具体包括四大部分：」
# ⏎ 「一是数字产业化…」, a double-spaced extraction's blank line between them).
PARAGRAPH_INDENT = re.compile(r"^ {2,6}(?=\S)")
INDENTED_MIN = 5  # indented lines that show the convention
INDENTED_AFTER_END = 0.7  # …of which this share follow a sentence's end


def flush_continuations(text: str, lines: list[tuple[int | None, str]], column: int
                        ) -> frozenset[int]:
    """The numbers of the flush lines of a text whose paragraphs open indented (see
    PARAGRAPH_INDENT: indented lines that each follow a paragraph's end — a sentence's or
    a colon's, or a line short of the column), else none."""
    raw = text.split("\n")
    numbers = [n for n, t in lines if n and t.strip() and n <= len(raw)]
    indented = [i for i, n in enumerate(numbers) if PARAGRAPH_INDENT.match(raw[n - 1])]

    def ended(line: str) -> bool:
        return ends_sentence(line) or line.endswith(("：", ":")) or width(line) < column - NEAR

    after_end = sum(1 for i in indented if i and ended(raw[numbers[i - 1] - 1].strip()))
    if len(indented) < INDENTED_MIN or after_end < INDENTED_AFTER_END * len(indented):
        return frozenset()
    return frozenset(n for n in numbers if raw[n - 1][:1] not in " \t\u3000")


def _goes_on_flush(previous: Node, node: Node, last: str, column: int,
                   flush: frozenset[int]) -> bool:
    """A flush line under a paragraph's full last line, in a text whose paragraphs open
    indented: the same paragraph (never a numbered item, a dash item or a reference)."""
    return (node.line in flush and previous.kind == "paragraph" and node.kind == "paragraph"
            and _joinable(previous) and _joinable(node) and column > 0
            and width(last) >= column - NEAR
            and heading_numbering(node.text).rank == 0
            and not re.match(r"^(?:[—―⸺－–]|\[\d|\d)", node.text))


def join_split_paragraphs(nodes: list[Node], column: int = 0, cover: frozenset[int] = frozenset(),
                          flush: frozenset[int] = frozenset()
                          ) -> tuple[list[Node], list[Repair], list[Repair]]:
    """Join a paragraph that ends mid-sentence with the plain paragraph after it.

    Text repeated across the split (「…社会主义思想」「社会主义思想为指导…」) is dropped
    once. Headings, captions, tables and quotations are never joined; a paragraph that
    opens with a number, 一是, a list dash or a standard's code starts something new, and a
    numbered head alone on its line ends nothing. The paragraph's last line must be no short
    line: when the extraction's column is known,
    it fills at least half of it (a cover's or a list's short lines end where they end).
    Both repairs are marked for review. Nothing on a cover (`cover`: its source lines) is
    joined: its lines are the title block's items, none broken off.
    """
    result: list[Node] = []
    repairs: list[Repair] = []
    glued: set[int] = set()  # lines that went on the line above them (「，图纸应符合制」)
    for node in nodes:
        previous = result[-1] if result else None
        if previous is not None and (node.line in cover or previous.segments[-1][1] in cover):
            result.append(node)
            continue
        last = previous.text[_last_line_start(previous, glued):] if previous is not None else ""
        if (node.kind == "paragraph" and previous is not None and not node.role
                and not node.box and previous.kind in ("paragraph", "note")
                and node.text[:1] in CONTINUING and not ends_sentence(previous.text)):
            # 「；国家自然科学基金资助项目…」: no paragraph opens with ；，、, so this one
            # continues the block before it, a note's text too.
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += found
            glued.add(node.line)
            continue
        if (
            node.kind == "paragraph" and previous is not None and previous.kind == "paragraph"
            and _joinable(previous) and _joinable(node) and not _next_serial(result, node)
            and not roles.is_short_line(last) and not SINGLE_VALUE_LABEL.match(last)
            and not (column and width(last) * 4 < column)
            # a numbered head alone on its line (「3.1 安装 Python 环境」) ends no sentence,
            # and is no paragraph broken off
            and not (len(previous.segments) == 1 and is_plain_heading(previous.text))
            and may_join(previous.text, node.text)
        ):
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += found
        elif previous is not None and _goes_on_flush(previous, node, last, column, flush):
            joined, found = join_pair(previous, node)
            result[-1] = joined
            repairs += [replace(repair, kind="join-flush-line", note=(
                "The line opens flush where the text's paragraphs open indented, under a "
                "line that reached the column: joined it to the paragraph above.")) for
                repair in found]
        else:
            result.append(node)
    return result, repairs, unfinished_paragraphs(result)


# A table read a cell a line: its rows' serial numbers alone on their lines (「2」 ⏎ 「…中心
# 预算不单列，并入本级」 ⏎ 「3」), each the next of the one a few lines above — a row's first
# cell, never the end of the words above it (a note's mark or a folio is no such count).
SERIAL_CELL = re.compile(r"^\d{1,3}$")
SERIAL_REACH = 4  # blocks back where the number before it stands


def _next_serial(result: list[Node], node: Node) -> bool:
    number = node.text.strip()
    if not SERIAL_CELL.match(number) or int(number) < 2:
        return False
    return any(earlier.text.strip() == str(int(number) - 1)
               for earlier in result[-SERIAL_REACH:])


INDENTED_LINE = re.compile(r"^(?:[ \t]{2,}|\u3000+)(?=\S)")


def _opens_indented(source: list[str] | None, line: int) -> bool:
    """The source line opens with a paragraph's indent (「  全体起立，」 under 「  现在，
    我宣布：…」): the author began a paragraph there, where a copy's broken line opens
    flush — a short line ending in ，, one stage direction a line, is the text's own."""
    return source is not None and 0 < line <= len(source) and bool(
        INDENTED_LINE.match(source[line - 1]))


def _last_line_start(node: Node, glued: set[int]) -> int:
    """Where the node's last line of the page begins: a line the extraction broke before a
    mark no line opens with (「…（如计算机绘图等）」 ⏎ 「，图纸应符合制」) is one line of the
    page with the line above it, and is measured so (a short piece is no short line)."""
    index = len(node.segments) - 1
    while index > 0 and node.segments[index][1] in glued:
        index -= 1
    return node.segments[index][0]


def join_line_breaks(nodes: list[Node], source: list[str] | None = None
                     ) -> tuple[list[Node], list[Repair]]:
    """A text of one paragraph a line: a line ending in ，、 or an opening mark, with the
    next line right under it (no blank line in the source), goes on there — the break is
    the copy's, not a paragraph's end. Never a block with a role, nor into a new item,
    nor into a line of the `source` that opens with a paragraph's indent."""
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        previous = result[-1] if result else None
        plain_pair = (previous is not None and node.kind == "paragraph"
                      and previous.kind == "paragraph"
                      and not (previous.role or previous.box or node.role or node.box)
                      and node.line == previous.segments[-1][1] + 1)
        why = None
        if plain_pair and previous.text.rstrip().endswith(LINE_GOES_ON) \
                and not starts_new_item(node.text) and not _opens_indented(source, node.line):
            why = ("The line ends mid-sentence (，、) and the next line follows with no blank "
                   "line: joined them into one paragraph.")
        elif plain_pair and node.text[:1] in OPENS_GOING_ON and not ends_sentence(
                previous.text):
            # 「…特别是新冠肺炎疫情的严重冲击」 ⏎ 「,」 ⏎ 「我们坚持…」, 「…增长35」 ⏎ 「%」: no
            # paragraph opens with a comma or a percent sign — the copy broke the line there
            # (a half-width comma between Chinese is a full-width one, as everywhere)
            if node.text[:1] in ",;" and is_chinese(previous.text.rstrip()[-1:] or "a"):
                node = replace(node, text={",": "，", ";": "；"}[node.text[0]] + node.text[1:])
            why = ("The line opens with a mark no paragraph opens with (，、；% …) right under "
                   "a line that ends no sentence: joined them into one paragraph.")
        elif plain_pair and node.text[:1] in CLOSING_QUOTES and _quote_left_open(
                previous.text, node.text[0]):
            # 「…“…接受记者的集体采访。」 ⏎ 「”在梅地亚宾馆，…」: a closing quotation mark
            # opens no paragraph — the quotation the line above opened ends here
            why = ("The line opens with the closing quotation mark of a quotation the line "
                   "above opened: joined them into one paragraph.")
        if why is not None:
            joined, _ = join_pair(previous, node)
            result[-1] = joined
            repairs.append(Repair(
                "join-line-break", node.line, f"…{previous.text[-CONTEXT:]} ⏎ "
                f"{node.text[:CONTEXT]}…", f"…{previous.text[-CONTEXT:]}{node.text[:CONTEXT]}…",
                why, review=True))
            continue
        folio = FOLIO_OPENING.match(node.text)
        if (folio and previous is not None and node.kind == "paragraph"
                and previous.kind == "paragraph"
                and not (previous.role or previous.box or node.role or node.box)
                and node.line == previous.segments[-1][1] + 1
                and len(previous.text) >= FOLIO_PARAGRAPH_MIN
                and len(node.text) >= FOLIO_PARAGRAPH_MIN
                and has_han(previous.text.rstrip()[-1:])
                and re.search(r"[。！？；]", node.text)):
            rest = node.text[folio.end():]
            cut = replace(node, text=rest, segments=tuple(
                (max(0, start - folio.end()), line) for start, line in node.segments))
            joined, _ = join_pair(previous, cut)
            result[-1] = joined
            repairs.append(Repair(
                "page-folio", node.line, f"…{previous.text[-CONTEXT:]} ⏎ "
                f"{node.text[:CONTEXT]}…", f"…{previous.text[-CONTEXT:]}{rest[:CONTEXT]}…",
                f"A page number 「{folio[0]}」 opened the line that goes on with the sentence "
                "the line above broke off: dropped it and joined the lines (the copy's page "
                "break).", review=True))
            continue
        result.append(node)
    return result, repairs


# A copy of a paged document keeps a page's number where the page broke, at the start of
# the next line, run into the sentence the page broke off (「…全省2010年度安全生产」「1责任
# 目标考核中名列第二位，…」): a number glued to a Han character that counts nothing (no
# 年/个/项 after it) and numbers no item (no 、 or . after it).
FOLIO_OPENING = re.compile(rf"^\d{{1,3}}(?=[\u4e00-\u9fff])(?![{UNIT_CHARS}])")
FOLIO_PARAGRAPH_MIN = 40  # characters on either side: body text, not a heading or a list


LINE_GOES_ON = ("，", "、", ",", "（", "(", "“", "《")
CLOSING_QUOTES = {"”": "“", "’": "‘", "」": "「", "』": "『"}


def _quote_left_open(text: str, closing: str) -> bool:
    """Whether `text` opens more quotations of `closing`'s kind than it closes."""
    return text.count(CLOSING_QUOTES[closing]) > text.count(closing)
CONTINUING = "，、；：。）》」』,;:"
# (a line's own: a colon may open an emoji's code, 「:white_check_mark:」)
OPENS_GOING_ON = "，、；,;%‰"
# A front-page line holding one value (DOI: …, 中图分类号：TN92) is whole by itself.
SINGLE_VALUE_LABEL = re.compile(r"^(?:DOI|doi|中图分类号|文献标志码|文献标识码|文章编号)\s*[：:]")


def _joinable(node: Node) -> bool:
    """A paragraph with no role and no box, not a list's item, not a lead line ending in
    ——."""
    return not node.role and not node.box and not node.item and not node.text.rstrip(
    ).endswith(("——", "—"))


def join_pair(first: Node, second: Node) -> tuple[Node, list[Repair]]:
    overlap = repeated_overlap(first.text, second.text)
    # Latin words either side keep the space between them (「for」「domestic」).
    text = join_lines(first.text, second.text[overlap:])
    cut = len(text) - len(second.text[overlap:])
    segments = first.segments + tuple(
        (cut + max(0, start - overlap), line) for start, line in second.segments)
    split_line = first.line_at(len(first.text) - 1)
    shown_before = f"…{first.text[-CONTEXT:]} ⏎ {second.text[:CONTEXT + overlap]}…"
    shown_after = f"…{text[max(0, cut - CONTEXT):cut + CONTEXT]}…"
    repairs = [Repair(
        "join-split-paragraph", split_line, shown_before, shown_after,
        "The paragraph ended mid-sentence (an old page break): joined it with the next.",
        review=True)]
    if overlap:
        repairs.append(Repair(
            "drop-repeated-overlap", second.line, shown_before, shown_after,
            f"「{second.text[:overlap]}」 was repeated across the page break: kept it once.",
            review=True))
    return replace(first, text=text, segments=segments), repairs


def unfinished_paragraphs(nodes: list[Node]) -> list[Repair]:
    """Paragraphs still ending mid-sentence: nothing could be joined to them."""
    doubts = []
    for index, node in enumerate(nodes):
        if node.kind != "paragraph" or ends_sentence(without_end_mark(node.text)) \
                or is_date_line(node.text) \
                or node.role or node.box or node.text.rstrip().endswith(("——", "—")):
            continue
        if node.item:
            continue  # a list's item: a word or a phrase is all an item needs to be
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if node.text.rstrip().endswith(("：", ":")):
            continue  # it introduces what follows
        if following is not None and is_date_line(following.text):
            continue  # a signature above its date
        if DATE_IN_PARENS.fullmatch(node.text.strip()):
            continue  # a speech's dateline under its title: 「（2011年1月12日）」
        after = "the end of the article" if following is None else (
            "a numbered paragraph" if following.kind == "paragraph" else f"a {following.kind}")
        tail = excerpt(node.text, len(node.text), len(node.text), 12)
        doubts.append(Repair(
            "unfinished-paragraph", node.line_at(len(node.text) - 1), tail, tail,
            f"ends without terminal punctuation and was not joined ({after} follows): "
            "is text missing?"))
    return doubts


# A numbered head run into its paragraph by the copy, the paragraph's first sentence
# opening with a year right after the head's last word (「一、统一思想，提高认识，切实做好
# 当前安全生产工作2010年，全市各级…」): where the head ends is a guess, so it is only told.
GLUED_HEAD = re.compile(
    r"^[^。！？；]{8,60}?[\u4e00-\u9fff](?=(?:19|20)\d{2}年(?:以来|来|上半年)?，)")


def glued_heads(nodes: list[Node]) -> list[Repair]:
    """A paragraph opening with a section's number (一、/（一）) whose head seems to run
    into its first sentence (see above): a doubt naming the spot."""
    doubts = []
    for node in nodes:
        found = GLUED_HEAD.match(node.text) if node.kind == "paragraph" and not node.role \
            and heading_numbering(node.text).rank in (1, 2) else None
        if found:
            doubts.append(Repair(
                "glued-head", node.line, excerpt(node.text, found.end(), found.end(), 12),
                excerpt(node.text, found.end(), found.end(), 12),
                "a numbered head may run into its paragraph here (no mark between the "
                "head's last word and a sentence opening with a year): split it if so"))
    return doubts

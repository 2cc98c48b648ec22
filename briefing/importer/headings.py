"""Headings and their levels: headings found in context (short lines among paragraphs, a
number glued to a short title, parallel leads, an item's headline, a section label), run-in
headings split from their paragraph, and the depth of every heading (`assign_depths`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import excerpt, han_count, strip_tags
from briefing.importer.draft import PLAIN_MARKER, Node
from briefing.importer.nodes import HEADLINE_MAX, _is_headline, _plain_paragraph
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    CLAUSE_RANKS,
    MAX_DEPTH,
    PART_RANKS,
    PLAIN_HEADING_MAX,
    ends_sentence,
    heading_depths,
    heading_numbering,
    split_run_in,
)


def _short_headings(nodes: list[Node]) -> list[Node]:
    """In a clean source, a short line with no sentence punctuation between a block and
    the paragraph (or photo) it heads is an unnumbered heading (an interview's
    subheading, a photo page's headline)."""
    result: list[Node | None] = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        following = nodes[index + 1]
        if ((_short_heading_line(node, nodes[index - 1] if index else None)
             or _heads_conversation(node, following))
                and not _ends_short_list(nodes, index)
                and following.kind in ("paragraph", "caption")
                and (ends_sentence(following.text.split("\n")[0])
                     or _clauses_end_sentence(nodes[index + 1:])
                     or index + 2 == len(nodes) and _cut_paragraph(following))):
            result[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                                    rank=heading_numbering(node.text).rank, origin="short")
            above = nodes[index - 1] if index else None
            # 「空气质量」 over 「总体情况」: a section's name over its first part's.
            if above is not None and result[index - 1] is above and _section_label(above):
                result[index - 1] = replace(above, kind="heading", marker=PLAIN_MARKER,
                                            rank=0, origin="section")
                continue
            # 「回忆当年进报社」「四十年来发生了巨大变化」 on two lines with no blank line
            # between: one heading set on two lines (a web page's two-deck heading).
            if (above is not None and _short_heading_line(above)
                    and node.line == above.segments[-1][1] + 1
                    and heading_numbering(node.text).rank == 0
                    and heading_numbering(above.text).rank == 0
                    and not roles.is_numbered_part(node.text)
                    and not roles.is_numbered_part(above.text)):
                result[index - 1] = None
                result[index] = replace(
                    node, kind="heading", marker=PLAIN_MARKER, origin="short",
                    text=above.text + " " + node.text,
                    segments=above.segments + tuple((len(above.text) + 1 + start, line)
                                                    for start, line in node.segments))
    return _sibling_short_headings([node for node in result if node is not None])


def _heads_conversation(node: Node, following: Node) -> bool:
    """A line with no punctuation at all right above a conversation's first turn
    (「▲某报记者：……？」「问：……」) heads the transcript (「某某发布会答记者问」): longer than
    a subhead may be, it names the occasion and who answers."""
    line = roles.plain(node.text)
    return (_plain_paragraph(node) and "\n" not in node.text
            and 0 < len(line) <= HEADLINE_MAX and han_count(line) >= 4
            and not any(roles._is_punctuation(char) and char not in "“”《》·" for char in line)
            and _plain_paragraph(following) and roles.is_speaker_turn(following.text))


# 「1前言」「2背景」「3現階段實現的方案」: a number run into a short title, no separator; never
# a count or a date (「3家企业」「12月份」「2次」).
GLUED_NUMBER = re.compile(r"^(\d{1,2})(?=[\u4e00-\u9fff])")
GLUED_NOT_AFTER = frozenset("年月日号號时時点點分秒个個项項次名位岁歲天周倍万萬亿億千百十元角"
                            "米克度届屆期条條章节節款部层層级級份种種家所人户戶台臺辆輛座"
                            "间間套批轮輪场場")
GLUED_HEAD_MAX = 24  # characters of such a head
GLUED_SERIES_MIN = 3  # heads numbered 1, 2, 3 … that make the series


def glued_number_heads(nodes: list[Node]) -> list[Node]:
    """A 公众号 copied as text sets its heads' numbers as badges, which the copy runs into
    the titles: 「1前言」「2背景」…「6解決方案」, lines of their own, short, with no sentence
    mark. One such line is no evidence (「3月」 opens sentences too); a series numbered 1,
    2, 3 … in order, three or more, is the text's numbered heads — each made a heading
    (a guess, for review), whether or not a paragraph that ends a sentence follows."""
    found: list[tuple[int, int]] = []
    for index, node in enumerate(nodes):
        text = roles.plain(node.text)
        match = GLUED_NUMBER.match(text)
        if (match is None or node.box or node.role or node.item or "\n" in node.text
                or not (node.kind == "paragraph" or node.kind == "heading"
                        and node.origin in ("plain", "short"))
                or text[match.end()] in GLUED_NOT_AFTER or len(text) > GLUED_HEAD_MAX
                or re.search(r"[。！？；，、：,;:]", text) or ends_sentence(text)):
            continue
        found.append((index, int(match[1])))
    series: list[int] = []
    for index, number in found:
        if number == len(series) + 1:
            series.append(index)
        elif number == 1 and len(series) < GLUED_SERIES_MIN:
            series = [index]  # a count that happened to be 1 before the heads began
    if len(series) < GLUED_SERIES_MIN:
        return nodes
    result = list(nodes)
    for index in series:
        # Ranked over the 「1.」 heads: a text numbering its heads with badges numbers what
        # stands under a head 「1. 」「2. 」 again (「6解決方案」 ⏎ 「1. 將兩個項目合并…」).
        result[index] = replace(nodes[index], kind="heading", marker=PLAIN_MARKER,
                                rank=GLUED_RANK, origin="glued")
    return result


GLUED_RANK = 2  # between 一、 (1) and 1. (3)


def colon_sibling_heads(nodes: list[Node]) -> list[Node]:
    """「一、会议时间：」 ⏎ 「定于2月11日……」: a numbered line ending in a colon, on its own over
    a paragraph, announces what follows — a heading or a list's lead, which its form alone
    does not tell (repairs.is_plain_heading leaves it a paragraph). Where the text sets a
    sibling of the same numbering as a heading (「四、报到时间、地点」 on its line, no
    colon), the text's parts are numbered that way: the colon line is one of them."""
    ranks = {node.rank for node in nodes if node.kind == "heading"
             and node.origin in ("plain", "lost-numeral") and node.rank > 0}
    if not ranks:
        return nodes
    result = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        text = roles.plain(node.text)
        numbering = heading_numbering(text)
        if (_plain_paragraph(node) and not node.item and "\n" not in node.text
                and numbering.rank in ranks and text.endswith(("：", ":"))
                and len(text) <= PLAIN_HEADING_MAX and not re.search(r"[。！？；]", text)
                and _plain_paragraph(nodes[index + 1])):
            result[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                                    rank=numbering.rank, origin="plain")
    return result


# Short numbered lines one under another with no text between (「(1) 封面」 ⏎ 「(2) 题名页」 ⏎
# 「(3) 承诺书」), found as heads by their form alone: a list's items, not heads over
# nothing — the corpus's golds set such runs of three or more as paragraphs 30 times to 5.
NUMBERED_RUN_MIN = 3
NUMBERED_ITEM_MAX = 30


def numbered_runs_listed(nodes: list[Node]) -> list[Node]:
    """Runs of NUMBERED_RUN_MIN plain heads (found by their numbering alone) or more, one
    line each, of one numbering, each right under the other: made paragraphs again."""
    result = list(nodes)
    index = 0
    while index < len(nodes):
        end = index
        while end < len(nodes) and _listed_head(nodes[end]) and (
                end == index or nodes[end].rank == nodes[index].rank):
            end += 1
        if end - index >= NUMBERED_RUN_MIN:
            for at in range(index, end):
                result[at] = replace(nodes[at], kind="paragraph", marker=0, rank=0,
                                     origin="marked")
        index = max(end, index + 1)
    return result


def _listed_head(node: Node) -> bool:
    # (a standard's dotted clause numbers, 「1.1 编制目的」, number heads, lost text or not)
    return (node.kind == "heading" and node.origin == "plain" and node.rank > 0
            and node.rank not in CLAUSE_RANKS and node.rank not in PART_RANKS
            and "\n" not in node.text and len(roles.plain(node.text)) <= NUMBERED_ITEM_MAX)


LIST_RUN_MIN = 2  # short item lines above a short line that make it the list's last


def _ends_short_list(nodes: list[Node], index: int) -> bool:
    """「唐河县人民政府」「社旗县人民政府」「邓州市人民政府」, then the closing paragraph: an
    award list (names, units) one item a line; its last item stands above a paragraph
    like a heading but is the list's — short item lines right above it say so."""
    return index >= LIST_RUN_MIN and all(
        _short_heading_line(nodes[index - back]) and "\n" not in nodes[index - back].text
        for back in range(1, LIST_RUN_MIN + 1))


SIBLING_HEADINGS_MIN = 2  # short headings found that make the text's form of heading


def _sibling_short_headings(nodes: list[Node]) -> list[Node]:
    """「总体情况」「重点区域」「下一步工作」: where a text has set short lines over its
    parts as headings, a line of the same form over a table (the part's data, no sentence
    under it) is such a heading too, not body — unless it names the table (「…情况表」
    「…排名情况」: the table's caption)."""
    if sum(1 for node in nodes if node.origin == "short") < SIBLING_HEADINGS_MIN:
        return nodes
    result = list(nodes)
    for index, node in enumerate(nodes[:-1]):
        above = nodes[index - 1] if index else None
        if (nodes[index + 1].kind == "table" and _short_heading_line(node, above)
                and not roles.is_table_caption(node.text) and not roles.is_table_name(node.text)
                and (above is None or above.kind in ("table", "heading")
                     or ends_sentence(above.text))):
            result[index] = replace(node, kind="heading", marker=PLAIN_MARKER,
                                    rank=heading_numbering(node.text).rank, origin="short")
    return result


LEAD_MAX = 50  # characters of a section's lead sentence
LEAD_OPENING = re.compile(r"^([^，。！？；：]{2,12})，")


def _lead_sentence(node: Node, following: Node) -> str | None:
    """A paragraph of one short sentence over a paragraph at least twice as long: its
    opening clause (「这五年」), else None."""
    text = roles.plain(node.text)
    match = LEAD_OPENING.match(text)
    if not (match and _plain_paragraph(node) and not node.item and len(node.segments) == 1
            and len(text) <= LEAD_MAX and text[-1] in "。！"
            and len(re.findall(r"[。！？；]", text)) == 1
            and _plain_paragraph(following)
            and len(roles.plain(following.text)) >= 2 * len(text)
            and not roles.is_salutation(match[1] + "：")):  # 「同志们，……。」 addresses
        return None
    return match[1]


def _parallel_leads(nodes: list[Node]) -> list[Node]:
    """A report's sections led by parallel sentences, each a paragraph of its own over the
    section's text (「这五年，我们……迈上新台阶。」 ⏎ the text, 「这五年，我们……结出新硕
    果。」 ⏎ the text): the lead sentences are the sections' headings. Two or more such
    leads opening with the same clause make the parallel; one alone stays a paragraph."""
    leads = {index: _lead_sentence(node, nodes[index + 1])
             for index, node in enumerate(nodes[:-1])}
    openings = Counter(opening for opening in leads.values() if opening)
    result = list(nodes)
    for index, opening in leads.items():
        if opening and openings[opening] >= 2:
            result[index] = replace(nodes[index], kind="heading", marker=PLAIN_MARKER,
                                    rank=0, origin="parallel")
    return result


CLAUSE_END = ("；", ";")


def _clauses_end_sentence(nodes: list[Node]) -> bool:
    """A part's text given as clauses a line each, 「；」 closing each but the last, which
    ends the sentence (「京津冀…下降3.8个百分点；」 ⏎ 「长三角…上升5.0个百分点。」)."""
    for node in nodes:
        if not _plain_paragraph(node):
            return False
        text = strip_tags(node.text).rstrip()
        if not text.endswith(CLAUSE_END):
            return ends_sentence(text) and node is not nodes[0]
    return False


SECTION_LABEL_MAX = 6  # characters of a bulletin's section name: 空气质量, 水环境质量


def _section_label(node: Node) -> bool:
    """A bulletin's unnumbered section name: a short heading line of Han only, at most a
    few characters (「空气质量」「大气环境」「水环境质量」). Stacked over a short heading
    (「总体情况」「重点区域」), it names the section that heading opens a part of, a
    level above it; a two-deck headline's decks are phrases, longer (「回忆70年代初进人民日
    报」 over 「四十年来发生了翻天覆地的变化」)."""
    line = roles.plain(node.text).strip()
    return (_short_heading_line(node) and len(line) <= SECTION_LABEL_MAX
            and all("\u4e00" <= char <= "\u9fff" for char in line))


# A feature's subhead of two short phrases (「讲故事，用心记录用情呈现」): one comma between
# runs of Han, nothing else of a sentence.
COMMA_SUBHEAD = re.compile(r"^[\u4e00-\u9fff“”]{3,8}，[\u4e00-\u9fff“”]{3,10}$")


CUT_PARAGRAPH_MIN = 24  # characters of a copy's last paragraph, cut mid-sentence


def _cut_paragraph(node: Node) -> bool:
    """The text's last paragraph, long and running in clauses, cut mid-sentence where the
    copy ends: body text all the same (a subhead may stand above it)."""
    text = roles.plain(node.text)
    return (node.kind == "paragraph" and not node.role and not node.box
            and len(text) >= CUT_PARAGRAPH_MIN and bool(re.search(r"[，、；]", text)))


def _short_heading_line(node: Node, above: Node | None = None) -> bool:
    """`above`: the node before; a subhead with a comma must follow a sentence's end (a
    section's last paragraph), not stand in a list of short items."""
    comma = (above is not None and above.kind == "paragraph" and ends_sentence(above.text)
             and bool(COMMA_SUBHEAD.match(roles.plain(node.text))))
    return (node.kind == "paragraph" and not node.role and not node.box and not node.item
            and (roles.is_short_heading(node.text) or comma)
            and not node.text.rstrip().endswith(("：", ":"))
            and not roles.is_attachment_label(node.text)
            and not LABELLED_LIST.match(roles.plain(node.text)))


# 「优秀：甲市、乙市」「参会单位：某局、某委」: a label and the items it lists, no heading.
LABELLED_LIST = re.compile(r"^[^：:]{1,8}[：:][^：:]*、")


def _headlines(nodes: list[Node]) -> list[Repair]:
    """A short line with no sentence end right above a body byline is the item's headline."""
    repairs = []
    for index, node in enumerate(nodes):
        if node.kind != "byline" or index == 0:
            continue
        above = nodes[index - 1]
        if above.kind == "paragraph" and not above.role and not above.item \
                and _is_headline(above.text):
            nodes[index - 1] = replace(above, kind="heading", marker=PLAIN_MARKER,
                                       rank=heading_numbering(above.text).rank,
                                       origin="headline")
    return repairs  # the heading's repair is logged with its depth (assign_depths)


# ---------------------------------------------------------------- headings


# A Markdown ordered list's item: 「1. 」 at the line's start.
ORDERED_ITEM = re.compile(r"^\d{1,3}[.．]\s")


def _tight_list_items(nodes: list[Node]) -> set[int]:
    """Indices of the items of a Markdown ordered list written tight (「1. …」「2. …」 on
    lines one under another, no blank line between): a list's items, each a sentence or
    more, never a run-in heading and its paragraph."""
    items = [i for i, node in enumerate(nodes)
             if node.kind == "paragraph" and ORDERED_ITEM.match(node.text)]
    found: set[int] = set()
    for a, b in zip(items, items[1:], strict=False):
        if b == a + 1 and nodes[b].line == nodes[a].segments[-1][1] + 1:
            found |= {a, b}
    return found


LOOSE_ITEMS_MIN = 3


def tight_ordered_items(nodes: list[Node], markdown: bool = True) -> list[Node]:
    """In Markdown, the items of an ordered list written tight (「  1. 阅读两个开源项目源码」
    「  2. 动手写两个小项目」 on lines one under another) are a list's items, however short —
    paragraphs, never the numbered headings their form alone would make them. In any text,
    so are the items of a loose list (see below)."""
    runs: list[list[int]] = []
    loose: list[list[int]] = []  # items one after another in the text, numbered on
    for index, node in enumerate(nodes):
        if not (node.kind in ("paragraph", "heading") and node.origin in ("marked", "plain")
                and node.marker in (0, PLAIN_MARKER) and not node.role and not node.box
                and ORDERED_ITEM.match(node.text.strip())):
            continue
        if runs and runs[-1][-1] == index - 1 and \
                node.line == nodes[index - 1].segments[-1][1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
        number = int(re.match(r"\d+", node.text.strip())[0])
        if loose and loose[-1][-1] == index - 1 and int(re.match(
                r"\d+", nodes[index - 1].text.strip())[0]) + 1 == number:
            loose[-1].append(index)
        else:
            loose.append([index])
    # A loose list (blank lines, pictures between its items) whose items follow one another
    # with no text between, numbered on — 「7. 2021.8 发布 v2.5.0」 ⏎ 「8. 2021.10 发布 v2.6.0」 —
    # is a list too: a head has its part's text under it.
    # (In a text not in Markdown its lines are its items: 「1. 𝐴或𝑃：发起方」 ⏎ 「2. 𝐵：服务方」 …)
    runs = (runs if markdown else []) + [
        run for run in loose if len(run) >= LOOSE_ITEMS_MIN]
    result = list(nodes)
    for run in runs:
        if len(run) < 2:
            continue
        for index in run:
            result[index] = replace(nodes[index], kind="paragraph", marker=0, rank=0,
                                    origin="marked", item=True)
    return result


# A statute (条例, 办法, 规定) is set in articles, each paragraph opening with its 「第N条」:
# the （一）（二） under an article are its items, sentences of the article — never headings,
# however short their first sentence.
ARTICLE_OPENING = re.compile(r"^\**第[一二三四五六七八九十百零〇]+条(?:\**)?[ \t\u3000\u2003]")
STATUTE_ARTICLES_MIN = 3


def _is_statute(nodes: list[Node]) -> bool:
    return sum(1 for node in nodes if node.kind == "paragraph"
               and ARTICLE_OPENING.match(node.text)) >= STATUTE_ARTICLES_MIN


# A list's items numbered 1. 2. 3. are sentences, one or more each (「4. 18个省份…开展…试点。」):
# where most paragraphs of a numbering style open with no run-in head — only a few have a
# short first sentence before more text — the style numbers items, and none is split.
RUN_IN_SHARE = 0.5


def _list_ranks(nodes: list[Node], splits: dict[int, tuple[str, str] | None]) -> set[int]:
    """The numbering ranks whose paragraphs are mostly no run-in heads (see above)."""
    numbered: dict[int, list[bool]] = {}
    for index, node in enumerate(nodes):
        if node.kind != "paragraph" or index not in splits:
            continue
        rank = heading_numbering(node.text).rank
        if rank:
            numbered.setdefault(rank, []).append(splits[index] is not None)
    return {rank for rank, split in numbered.items()
            if len(split) >= 3 and sum(split) < RUN_IN_SHARE * len(split)}


# A statute's article number alone on its line over the article's text (「第五条」 ⏎ 「市、县级
# 人民政府应当…」, a law database's line breaks): the article opens with its number, as every
# other article of the statute does — one paragraph, a space between (「第五条 市、县级…」),
# never a heading of its own.
ARTICLE_ALONE = re.compile(r"^\**第[一二三四五六七八九十百零〇]+条\**$")


# A statute crawled with its line breaks lost: its articles run on in one paragraph
# (「…制定本条例。第二条　本条例所称…。第三条　…」). Each article of a statute opens a
# paragraph; an article number right after a sentence's end, a space after it, opens one.
RUN_ON_ARTICLE = re.compile(
    r"(?<=[。；])[ \t\u3000]*(?=第[一二三四五六七八九十百零〇]+条[ \t\u3000\u2003])")


def cut_pieces(node: Node, cuts: list[int]
               ) -> list[tuple[int, str, tuple[tuple[int, int], ...]]]:
    """A paragraph's text cut at `cuts`: each piece's start, its text (the spaces around
    it dropped) and its segments (where each part of it came from)."""
    pieces = []
    for start, end in zip([0, *cuts], [*cuts, len(node.text)], strict=True):
        segments = ((0, node.line_at(start)),) + tuple(
            (offset - start, line) for offset, line in node.segments if start < offset < end)
        pieces.append((start, node.text[start:end].strip(" \t\u3000"), segments))
    return pieces


def run_on_articles(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """In a statute (its articles, those run on counted, STATUTE_ARTICLES_MIN at least),
    each article run on into the paragraph of the one before it (see above) a paragraph
    of its own, a repair each."""
    articles = [node for node in nodes if node.kind == "paragraph" and not node.role
                and not node.box and ARTICLE_OPENING.match(node.text)]
    if len(articles) + sum(len(RUN_ON_ARTICLE.findall(node.text)) for node in articles) \
            < STATUTE_ARTICLES_MIN:
        return nodes, []
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        cuts = [m.end() for m in RUN_ON_ARTICLE.finditer(node.text)] if (
            node.kind == "paragraph" and not node.role and not node.box
            and ARTICLE_OPENING.match(node.text)) else []
        if not cuts:
            result.append(node)
            continue
        for start, piece, segments in cut_pieces(node, cuts):
            result.append(Node("paragraph", piece, segments))
            if start:
                repairs.append(Repair(
                    "run-on-article", node.line_at(start), piece[:12], "",
                    "A statute's article run on after the one before it (a copy that lost "
                    "its line breaks): a paragraph of its own, as every article opens."))
    return result, repairs


HAN_ORDINAL = re.compile(r"([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)")


def han_ordinal(text: str) -> int:
    """「三」 3, 「十二」 12, 「二十一」 21; 0 for what is no such number."""
    match = HAN_ORDINAL.fullmatch(text)
    if not match or not text or (match[1] and match[3] and not match[2]):
        return 0
    digits = "一二三四五六七八九"
    tens = (digits.index(match[1]) + 1 if match[1] else 1) if match[2] else 0
    ones = digits.index(match[3] or match[1]) + 1 if (match[3] or not match[2]) else 0
    return tens * 10 + ones


# A 公文 crawled with its line breaks lost and nothing put in their place: its sections and
# items run on in one paragraph (「…现提出以下意见。一、持续提升投资建设便利度（一）优化再造
# 投资项目前期审批流程。…负责）二、进一步…」). A section's number (一、) right after a
# sentence's end or an item's closing bracket, counting on from the one before, opens a
# head; the head ends where its first item's number (（一）) follows it; an item's number
# after a sentence's end or a bracket, counting on (or from （一） under a new head), opens
# a paragraph. Two heads in sequence at least, in a paragraph this long.
RUN_ON_SECTION = re.compile(r"(?<=[。；：）)])([一二三四五六七八九十]{1,3})、")
HEAD_ITEM = re.compile(r"[（(]([一二三四五六七八九十]{1,3})[)）]")
DUTY_NOTE_END = re.compile(r"负责[）)](?=[\u4e00-\u9fff])")
RUN_ON_POINTS_MIN = 3  # sections in sequence when no item is numbered under them
RUN_ON_POINT_MIN = 20  # characters of each such section
RUN_ON_MIN = 400  # characters of a paragraph holding a document's sections
RUN_ON_HEAD_MAX = 40  # characters of a section's head, up to its first item


def _run_on_cuts(text: str) -> tuple[list[int], set[int]]:
    """Where a paragraph holding a 公文's run-on sections and items splits (see above),
    and which of the pieces starting there are sections' heads."""
    sections = [(m.start(), han_ordinal(m[1])) for m in RUN_ON_SECTION.finditer(text)]
    chain: list[tuple[int, int]] = []
    for start, number in sections:
        if number and (not chain or number == chain[-1][1] + 1):
            chain.append((start, number))
    if len(chain) < 2:
        return [], set()
    starts = [start for start, _ in chain]
    cuts = set(starts)
    heads: set[int] = set()
    head_items: set[int] = set()
    for start in starts:
        # (a head is a phrase: no punctuation but 、 between its number and its first item)
        item = HEAD_ITEM.search(text, start, start + RUN_ON_HEAD_MAX + 4)
        if item and not re.search(r"[。；！？，,：:]", text[start:item.start()]):
            head_items.add(item.start())
    # The items, in the text's order: each counts on from the item before it, under its
    # head (from （一）) or across the heads (a 意见's items numbered through).
    in_section = overall = 0
    events = sorted([(start, "head") for start in starts]
                    + [(m.start(), m[1]) for m in HEAD_ITEM.finditer(text)
                       if m.start() in head_items
                       or (m.start() and text[m.start() - 1] in "。；）)")])
    for start, what in events:
        if what == "head":
            in_section = 0
            continue
        number = han_ordinal(what)
        if number and number in (in_section + 1, overall + 1):
            cuts.add(start)
            in_section = overall = number
            if start in head_items:
                heads.add(max(s for s in starts if s < start))
    items = sorted(cuts.difference(starts))
    if len(items) < 2:
        # No items: a 批复's or a 通知's points themselves numbered 一、二、三、, each a
        # paragraph opening with its number — three in sequence at least.
        # (each point a sentence at least: 「主要有三点：一、…；二、…」 is a list in prose)
        pieces = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
        if len(chain) < RUN_ON_POINTS_MIN or min(map(len, pieces)) < RUN_ON_POINT_MIN:
            return [], set()
        return starts, set()
    # An item closes with who carries it out in brackets (「（国家发展改革委牵头，…按职责分工
    # 负责）」): words after that note, no number opening them, are the text's closing paragraph.
    cuts |= {m.end() for m in DUTY_NOTE_END.finditer(text, items[0])}
    return sorted(c for c in cuts if c), heads


def run_on_sections(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Each paragraph holding a 公文's sections and items run on (see above) split into its
    heads and paragraphs, a repair for review each."""
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        cuts, heads = _run_on_cuts(node.text) if (
            node.kind == "paragraph" and not node.role and not node.box
            and len(node.text) >= RUN_ON_MIN) else ([], set())
        if not cuts:
            result.append(node)
            continue
        for start, piece, segments in cut_pieces(node, cuts):
            result.append(Node("heading", piece, segments, marker=PLAIN_MARKER,
                               rank=heading_numbering(piece).rank, origin="plain")
                          if start in heads else Node("paragraph", piece, segments))
            if start:
                repairs.append(Repair(
                    "run-on-section", node.line_at(start), piece[:12], "",
                    "A 公文's section or item run on after the text before it (a copy that "
                    "lost its line breaks): a paragraph of its own, as its number opens one "
                    "— check the break.", review=True))
    return result, repairs


def lone_article_numbers(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """In a statute (STATUTE_ARTICLES_MIN articles, those whose number stands alone
    counted too), each article number alone joined to the paragraph under it (see above),
    a repair each."""
    if sum(1 for node in nodes if ARTICLE_ALONE.match(node.text.strip())
           or (node.kind == "paragraph" and ARTICLE_OPENING.match(node.text))) \
            < STATUTE_ARTICLES_MIN:
        return nodes, []
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        previous = result[-1] if result else None
        if previous is not None and node.kind == "paragraph" and not node.role \
                and not node.box and ARTICLE_ALONE.match(previous.text.strip()) \
                and not ARTICLE_OPENING.match(node.text):
            number = previous.text.strip().strip("*")
            cut = len(number) + 1
            result[-1] = Node("paragraph", f"{number} {node.text}",
                              ((0, previous.line),) + tuple(
                                  (cut + start, line) for start, line in node.segments))
            repairs.append(Repair(
                "article-number", previous.line, number, f"{number} {node.text[:12]}…",
                "A statute's article number alone on its line: set at the start of its "
                "article's text, as the other articles open."))
            continue
        result.append(node)
    return result, repairs


# A standard's clause number alone on its line over its head (「3.1」 ⏎ 「术语和定义」, 「3. 1. 1」
# ⏎ 「码率」 ⏎ 「code rate」): a PDF sets the number in a text run of its own, and the
# extraction breaks after it. The head is the number and its title on one line, a term's
# English equivalent after it (GB/T 1.1's term entry: number, term, English term).
# (no part 0: a clause counts from 1 — 「1.0.1」 alone is a version number)
CLAUSE_ALONE = re.compile(r"^[1-9]\d?(?:[ \t]?\.[ \t]?[1-9]\d?){1,3}$")
CLAUSE_TITLE_MAX = 30  # characters of the title under the number
CLAUSE_HEAD_RANKS = frozenset({3, 6, 7})  # 1 / 1.1 / 1.1.1 (repairs.NUMBERING_STYLES)
ENGLISH_TERM = re.compile(r"^[A-Za-z][A-Za-z \t/()'-]{0,60}$")


def lone_clause_numbers(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """Each clause number alone (see above) joined to the short title under it, a head;
    a repair each."""
    result: list[Node] = []
    repairs: list[Repair] = []
    index = 0
    numbered = False  # a numbered head stands above: the text is one of clauses
    while index < len(nodes):
        node = nodes[index]
        title = nodes[index + 1] if index + 1 < len(nodes) else None
        number = node.text.strip()
        # (with no numbered head above it, a number alone over a short line is anything —
        # a table's value over its row's label — and is left as it is)
        numbered = numbered or node.kind == "heading" and heading_numbering(
            node.text).rank in CLAUSE_HEAD_RANKS
        if not (numbered and node.kind in ("paragraph", "heading") and not node.role
                and not node.box
                and CLAUSE_ALONE.match(number) and title is not None
                and title.kind in ("paragraph", "heading") and not title.role
                and not title.box and _clause_title(title.text)):
            result.append(node)
            index += 1
            continue
        text = f"{number} {title.text.strip()}"
        segments = ((0, node.line),) + tuple(
            (len(number) + 1 + start, line) for start, line in title.segments)
        index += 2
        english = nodes[index] if index < len(nodes) else None
        if english is not None and english.kind == "paragraph" and not english.role \
                and ENGLISH_TERM.match(english.text.strip()):
            segments += tuple((len(text) + 1 + start, line) for start, line in english.segments)
            text = f"{text} {english.text.strip()}"
            index += 1
        result.append(Node("heading", text, segments, marker=PLAIN_MARKER,
                           rank=heading_numbering(text).rank, origin="plain"))
        repairs.append(Repair(
            "clause-number", node.line, number, text[:30],
            "A clause number alone on its line over its title (a PDF's text runs): set "
            "before the title, one head."))
    return result, repairs


def _clause_title(text: str) -> bool:
    title = text.strip()
    return (0 < len(title) <= CLAUSE_TITLE_MAX and not title[0].isdigit()
            and title[-1] not in "。；;：:，," and heading_numbering(title).rank == 0)


def split_run_in_headings(nodes: list[Node], markdown: bool = False) -> list[Node]:
    """「（四）加强生态建设，推进发展方式转型。其余…」 → a run-in heading and a paragraph
    (in Markdown, not an item of a tight ordered list)."""
    result = []
    listed = _tight_list_items(nodes) if markdown else set()
    statute = _is_statute(nodes)
    splits = {index: split_run_in(node.text) for index, node in enumerate(nodes)
              if node.kind == "paragraph" and not node.box and not node.item
              and index not in listed and not statute}
    listed_ranks = _list_ranks(nodes, splits)
    for index, node in enumerate(nodes):
        parts = splits.get(index)
        if parts is not None and heading_numbering(node.text).rank in listed_ranks:
            parts = None
        if parts is None:
            result.append(node)
            continue
        heading, rest = parts
        start = node.text.index(rest, len(heading))
        result.append(Node("heading", heading, node.segments[:1], marker=PLAIN_MARKER,
                           rank=heading_numbering(heading).rank, origin="run-in"))
        rest_segments = tuple((max(0, offset - start), line) for offset, line in node.segments)
        first_line = node.line_at(start)
        rest_segments = ((0, first_line),) + tuple(s for s in rest_segments if s[0] > 0)
        result.append(Node("paragraph", rest, rest_segments))
    return result


UNNUMBERED_LAST = 99
PART_FIRST = 0


def _depth_key(node: Node) -> tuple[int, int]:
    """(marker, rank); a heading found in the text without a number sorts after the
    numbered ones: in a text numbered 一、（一）1.（1）, numbers make the hierarchy and an
    unnumbered short line is a subheading (alone, it is the top level all the same)."""
    if node.origin == "section":  # a section's name over its parts' short headings
        return (PLAIN_MARKER, UNNUMBERED_LAST - 1)
    if node.marker == PLAIN_MARKER and node.rank in PART_RANKS:
        return (PLAIN_MARKER, PART_FIRST)  # 壹、 over 一、, §1 over 1.1, as a part is
    if node.marker == PLAIN_MARKER and node.rank == 0:
        # 「第一部分」「第二章」 stand above the 一、 headings (rank 1).
        return (PLAIN_MARKER, PART_FIRST if roles.is_numbered_part(node.text)
                else UNNUMBERED_LAST)
    return (node.marker, node.rank)


def _trailing_unnumbered(headings: list[Node]) -> dict[int, tuple[int, int]]:
    """Unnumbered `#` headings that all come after every numbered one of their `#` level
    (「## 一、…」「## 二、…」 then 「## 写在后面」「## 参考文献」): they cannot hold the
    numbered ones, so they are their siblings, keyed as the level's first numbered one.
    An unnumbered heading before them (「## 总论」 then 「## 1 …」) is still their part."""
    found: dict[int, tuple[int, int]] = {}
    for marker in {node.marker for node in headings if node.marker != PLAIN_MARKER}:
        level = [(i, node) for i, node in enumerate(headings) if node.marker == marker]
        numbered = [i for i, node in level if node.rank > 0]
        bare = [(i, node) for i, node in level if node.rank == 0]
        if numbered and bare and all(i > numbered[-1] for i, _ in bare):
            rank = min(node.rank for _, node in level if node.rank > 0)
            found.update((id(node), (marker, rank)) for _, node in bare)
        elif numbered and bare and not any(_holds_numbered(headings, i) for i, _ in bare):
            # 「## 概述」「### 指标介绍」, then 「## 一. …」「### 1.1 …」: where no unnumbered
            # heading's part (up to the next heading of fewer '#') holds a numbered one of
            # its own level, none is a part over them: they are siblings, wherever they stand.
            rank = min(node.rank for _, node in level if node.rank > 0)
            found.update((id(node), (marker, rank)) for _, node in bare)
    return found


SERIES_NUMBER = re.compile(r"\d{1,2}")


def _numbered_series_keys(headings: list[Node]) -> dict[int, tuple[int, int]]:
    """Heads numbered in one series are siblings, whatever marks them: a README's bold
    「**1. 为什么有这个表**」「**2. 项目有 3 种状态**」 then 「## 3. 项目列表」. A run of
    headings of one numbering style numbered 1, 2, 3 … in order (a 1 starts a new run),
    whose `#` headings all have one level: its bold and plain headings take that level's
    key."""
    found: dict[int, tuple[int, int]] = {}
    runs: dict[int, list[Node]] = {}  # rank → the run so far
    for node in headings:
        if node.rank not in (1, 3):  # 一、 and 1.: the numbers a series runs through
            continue
        match = SERIES_NUMBER.search(heading_numbering(node.text).number)
        number = int(match[0]) if match else 0
        run = runs.setdefault(node.rank, [])
        if number == 1:
            run.clear()
        elif number != len(run) + 1:
            run.clear()
            continue
        run.append(node)
        marked = {n.marker for n in run if n.marker != PLAIN_MARKER}
        if len(marked) == 1 and any(n.marker == PLAIN_MARKER for n in run):
            key = (marked.pop(), node.rank)
            found.update((id(n), key) for n in run if n.marker == PLAIN_MARKER)
    return found


def _holds_numbered(headings: list[Node], index: int) -> bool:
    """Whether a numbered heading of the same '#' level follows headings[index] before a
    heading of fewer '#' ends its part."""
    marker = headings[index].marker
    for node in headings[index + 1:]:
        if node.marker < marker:
            return False
        if node.marker == marker and node.rank > 0:
            return True
    return False


# How a heading was found (Node.origin) → its repair's kind, note, and whether the
# editor is asked (a bold line's answer depends on its numbering: see assign_depths).
HEADING_ORIGINS = {
    "run-in": ("run-in-heading",
               "A short numbered sentence opening the paragraph: made it a run-in heading.",
               False),
    "plain": ("plain-heading",
              "A short numbered line without terminal punctuation: made it a heading.", False),
    "lost-numeral": ("lost-numeral",
                     "A short line opening with 「、」, its numeral missing (the page set it "
                     "as an image): made it a heading of the 「一、」 rank — write its number.",
                     True),
    "bold": ("bold-heading",
             "A short line that is one bold run and no sentence: made it a heading.", True),
    "short": ("short-heading",
              "A short line with no sentence punctuation above a paragraph: made it a "
              "heading.", True),
    "section": ("section-heading",
                "A short section name over a short heading (「空气质量」 over 「总体情况」): "
                "made it the heading of the section, a level above.", True),
    "attachment": ("attachment-title",
                   "The line under an attachment's label (附件, GB/T 9704): made it the "
                   "attachment's title, its headings one level under it.", True),
    "parallel": ("parallel-lead",
                 "A short sentence alone over a section's text, opening like another such "
                 "sentence (parallel leads): made it the section's heading.", True),
    "bracket": ("bracket-heading", "A short line set in 【】 alone: made it a subheading.",
                True),
    "glued": ("glued-number-heading",
              "A short line opening with its number run into its title (「2背景」), one of a "
              "series numbered 1, 2, 3 … in order: the text's numbered heads, whose number "
              "badge the copy ran into the title — made it a heading.", True),
    "headline": ("item-headline", "A short line above a byline: made it the item's headline.",
                 True),
    "enclosed": ("enclosed-title",
                 "The line after a notice's 落款 names the document the notice issues: made "
                 "it that document's title, its headings one level under it.", True),
    "page-title": ("page-title", "A short line opening a page of the report, over its text: "
                   "made it a heading of the top level.", True),
    "page-statement": ("page-statement", "The short statement under a report page's title, "
                       "over its text: made it a heading under the title.", True),
}


PAGE_PART_RANKS = frozenset({1, 2})  # 一、 （一）: a report's chapters and sections


def page_openers(text: str, lines: list[tuple[int | None, str]]) -> frozenset[int]:
    """A raw extraction's lines that open a page: the first kept after each form feed."""
    kept = sorted(n for n, t in lines if n and t.strip())
    found = set()
    for start in (number for number, line in enumerate(text.split("\n"), 1) if "\f" in line):
        first = next((n for n in kept if n >= start), None)
        if first is not None:
            found.add(first)
    return frozenset(found)


def assign_depths(nodes: list[Node], openers: frozenset[int] | None = None,
                  contents_end: int | None = None) -> tuple[list[Node], list[Repair]]:
    """Depth from (marker level, numbering rank); never more than one below the last one.

    In a raw extraction (`openers`: its lines opening a page) a report page's own title (a
    page-title heading, 「摘要」「编制背景」) holds the 「一、」「（一）」 headings after it a
    level down (the 「一、…」 of a 摘要 summing up the chapters, the 「（一）」 of a chapter
    whose number only the contents gave), up to the next page title, the contents (its
    last line `contents_end`: the body's chapters follow it) or a 「一、」 chapter opening
    a page of its own."""
    headings = [node for node in nodes if node.kind == "heading" and node.origin != "enclosed"]
    trailing = {**_trailing_unnumbered(headings), **_numbered_series_keys(headings)}
    keys = {id(node): trailing.get(id(node), _depth_key(node)) for node in headings}
    depths = heading_depths(keys.values())
    # An attachment's title stands at the top level, whatever the text's headings are.
    top = min(depths.values(), default=1)
    repairs = []
    previous = 0
    below = 0  # under the title of a document a notice issues, its headings go one down
    placed: list[tuple[tuple[int, int], int]] = []  # each heading's key and depth so far
    in_page_part = 0  # under a report page's title, its numbered headings go one down
    pushed = False  # … and once an 一、/（一） has gone down, the numbers under it too
    last_line = 0
    result = []
    for node in nodes:
        if node.kind != "heading":
            result.append(node)
            continue
        if openers is not None:
            if node.origin == "page-title":
                in_page_part, pushed = 1, False
            elif (contents_end is not None and last_line < contents_end < node.line
                  or node.rank == 1 and node.line in openers):
                in_page_part, pushed = 0, False
            last_line = node.line
        if node.origin in ("enclosed", "attachment"):
            # the title of a document the notice issues, or of an attachment (附件, GB/T
            # 9704): a document of its own, its headings one level under its title
            depth, below = top, 1
        else:
            # 「01 …」「（1）…」 under a pushed 「一、」 keep their place beneath it
            inner = in_page_part if node.rank in PAGE_PART_RANKS or (
                pushed and node.rank > 0) else 0
            pushed = pushed or bool(inner and node.rank in PAGE_PART_RANKS)
            depth = top if node.origin == "page-title" else \
                top + 1 if node.origin == "page-statement" else min(
                    depths[keys[id(node)]] + below + inner, MAX_DEPTH)
        clamped = depth > previous + 1
        if clamped:
            depth = previous + 1
        key = keys.get(id(node), (0, 0))
        if node.origin not in ("enclosed", "attachment", "page-title", "page-statement"):
            depth = _sibling_depth(placed, key, depth)
        placed.append((key, depth))
        previous = depth
        node = replace(node, depth=depth)
        result.append(node)
        after = "#" * (depth + 1) + " " + node.text
        if node.origin in HEADING_ORIGINS:
            kind, note, review = HEADING_ORIGINS[node.origin]
            before = node.text
            if node.origin == "run-in":
                before = excerpt(node.text, 0, len(node.text), 8)
            elif node.origin == "bold":
                before, review = f"**{node.text}**", node.rank == 0  # a numbered one is sure
            repairs.append(Repair(kind, node.line, before, after, note, review=review))
        elif depth + 1 != node.marker:
            kind = "subsection-level" if depth + 1 > node.marker else "heading-level"
            note = ("A numbered heading at the level of the part headings: made it a "
                    "subsection of the part before it." if kind == "subsection-level" else
                    "Set the heading to its level in the document's heading hierarchy.")
            repairs.append(Repair(kind, node.line, "#" * node.marker + " " + node.text,
                                  after, note))
    return result, repairs


def _sibling_depth(placed: list[tuple[tuple[int, int], int]], key: tuple[int, int],
                   depth: int) -> int:
    """A heading of the same form (marker and numbering) as an earlier one in the same
    part is its sibling, at its depth: 「**OpenRank**」 set a level up under a short part
    (clamped) keeps 「**活跃度**」 beside it, not under it. The part ends at a heading
    as shallow as that sibling or shallower: 「### 子版面」 raised to the top under the
    title, then 「## 3. 项目列表」 at the top, holds no 「### 2025 年 4 月 14 号添加」 under
    it — that one is 「## 3.」's subsection."""
    shallowest = depth + 1  # the headings between: each ends the parts at its depth
    for earlier, at in reversed(placed):
        if earlier == key:
            return at if at < shallowest else depth
        shallowest = min(shallowest, at)
    return depth

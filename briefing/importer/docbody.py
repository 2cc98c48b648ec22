"""The body of a 公文, a speech or a transcript once its head is found: conventions a
reader uses on such bodies that hold across their copies, not one site's shape.

- **Extra blank lines mark a caption only where they are the exception.** A short line
  set apart by two blank lines or more reads as a photo's caption in a text whose
  paragraphs are otherwise one blank line apart. Where most of the text's gaps are that
  wide (a copy whose blank lines vary at random: 1, 3, 7, 3 …), the space around a line
  says nothing of it: no caption is read from spacing there (`spacing_is_noise`).
- **A speech's or report's first-level head may be a whole clause.** A line numbered
  「一、」 (the first level of GB/T 9704's 一、/（一）/1./（1）) standing alone, with no
  sentence's punctuation in it (。！？；：), no list of names set apart by 、, and not
  ending as a sentence or a list does,
  with the paragraphs of its part under it (or nothing, in a copy cut after it), in a
  text whose other 「一、」 lines are no sentences nor stand one right under another (a
  公告's results 「一、全国早稻播种面积4791千公顷…下降6.8%」 ⏎ 「二、…」), is the part's head
  however long it runs
  (「一、统一思想，提高认识，切实做好当前安全生产工作」 and longer): a heading, told for
  review, as the length is what made it doubtful (`long_first_level_heads`).
- **A speech's salutation stands on a line of its own** (「各位代表：」「同志们：」 over the
  first paragraph, as every speech and report of the corpus sets it). A copy that ran it
  into the first paragraph (「各位代表：现在，我代表…」) is split back: the salutation,
  then the paragraph — only near the head, only where no salutation stands already, told
  for review (`run_in_salutation`). A text run onto one line may say its title again
  before the salutation: left out.
- **A text stored on one line keeps its paragraphs apart by a space after a sentence's
  end** (`run_together_paragraphs`); where its spaces are a PDF's line ends (the pieces
  between them one column wide, a document site's text layer), a piece short of the
  column that ends a sentence ends its paragraph and a numbered line that ends none is a
  head; the title said again at its start is left out.
- **A contents list is the document's heads with nothing under them, given again.** A
  plan or rules issued with a notice is often copied with its contents list: its heads
  one under another, numbered or not (a chapter's number may be lost: 「总则」 above
  「1.1 编制目的」), no text between them, then the document itself, whose heads begin
  again with the same words, each with its text. A run of five heads or more with no
  sentence among them, whose first two heads' words (numbering and spaces aside) are the
  words of two heads later in the text, in order, is that list: left out of the page
  (the briefing makes its own contents), each entry named in the report, the first for
  review. A run of bare heads that nothing repeats is kept as it is, and told: a doubt
  names it, as a contents list or a copy that lost the heads' text (`bare_heads_contents`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.importer import roles
from briefing.importer.chars import blank_gaps, excerpt, simplified, strip_tags
from briefing.importer.cleanup import column_width
from briefing.importer.govpage import HAN_SECTION
from briefing.importer.layout import NEAR, width
from briefing.importer.records import Repair
from briefing.importer.repairs import PLAIN_HEADING_MAX, ends_sentence, heading_numbering

if TYPE_CHECKING:  # structure imports this module
    from briefing.importer.draft import Node

WIDE_GAP = 2  # blank (or space-only) lines: the gap around a caption
WIDE_GAPS_MIN = 4  # a text with fewer gaps this wide tells nothing by them


def spacing_is_noise(text: str) -> bool:
    """More than half of the text's blank gaps are wide (WIDE_GAP lines or more), and
    there are WIDE_GAPS_MIN such gaps at least: a wide gap is no exception in this copy."""
    gaps = blank_gaps(text)
    wide = sum(1 for gap in gaps if gap >= WIDE_GAP)
    return wide >= WIDE_GAPS_MIN and wide * 2 > len(gaps)


LONG_HEAD_MAX = 80  # characters: a head longer than this is no head but a paragraph cut
FIRST_LEVEL = re.compile(r"^[一二三四五六七八九十]{1,3}、")
NO_HEAD_MARKS = re.compile(r"[。！？；：!?;:]")
LIST_MARKS_MAX = 2  # 、 in a long head: its numbering's, and one of its words at most


def _long_head(node: Node, following: Node | None) -> bool:
    text = strip_tags(node.text).strip()
    return (node.kind == "paragraph" and not node.role and not node.box and not node.item
            and "\n" not in text and PLAIN_HEADING_MAX < len(text) <= LONG_HEAD_MAX
            and FIRST_LEVEL.match(text) is not None and heading_numbering(text).rank == 1
            and not NO_HEAD_MARKS.search(text) and text[-1] not in "，、,"
            # a list of names set apart by 、 (an award's units) is an item, no head
            and text.count("、") <= LIST_MARKS_MAX
            and not ends_sentence(text)
            # the part's own text under it, or nothing: a copy cut after the head
            and (following is None or (following.kind == "paragraph"
                                       and not following.role and not following.box)))


def _first_level(node: Node) -> bool:
    return node.kind == "paragraph" and FIRST_LEVEL.match(strip_tags(node.text).strip()) \
        is not None


def _sentence_items(nodes: list[Node]) -> bool:
    """The text numbers paragraphs 「一、」 that end as sentences, or sets two of them one
    right under the other (no part's text between): its 「一、」 lines are items of a list,
    not heads."""
    return any(_first_level(node) and ends_sentence(strip_tags(node.text).strip())
               for node in nodes) or any(
        _first_level(node) and _first_level(following)
        for node, following in zip(nodes, nodes[1:], strict=False))


def long_first_level_heads(nodes: list[Node], paint: int) -> tuple[list[Node], list[Repair]]:
    """Such 「一、」 lines made headings (see the module), each a repair to review.
    `paint`: the marker a heading found in the text carries (draft.PLAIN_MARKER)."""
    result, repairs = list(nodes), []
    if _sentence_items(nodes):
        return result, repairs
    for index, node in enumerate(nodes):
        following = nodes[index + 1] if index + 1 < len(nodes) else None
        if not _long_head(node, following):
            continue
        result[index] = replace(node, kind="heading", marker=paint, rank=1, origin="plain")
        repairs.append(Repair(
            "long-heading", node.line, excerpt(node.text, 0, 0, 20),
            f"## {excerpt(node.text, 0, 0, 20)}",
            "A line numbered 一、 with no sentence's punctuation, its part's text under it: "
            f"made it a heading though it is longer than {PLAIN_HEADING_MAX} characters "
            "(check that it is the part's head, not a paragraph cut short).", review=True))
    return result, repairs


SALUTATION_WITHIN = 4  # body nodes from the head within which a speech salutes
# 「各位代表：」「同志们：」「尊敬的…：」 opening the paragraph, the speech's words after it
# (after spaces in a web copy: its &emsp; indent).
RUN_IN_GREETING_MAX = 24  # characters before the colon of a greeting run into the text
RUN_IN_SALUTATION = re.compile(
    r"^(?P<salutation>[^。！？；：:]{2,90}[：:])[ \t\u3000]*(?P<rest>\S.*)$", re.S)


# A formal address greets its guests one by one, a line each ending in 「，」, the last in
# 「：」 (「尊敬的基里安主席，」 ⏎ 「尊敬的各位国家元首、政府首脑，」 ⏎ … ⏎ 「尊敬的各位来宾，女士
# 们，先生们，朋友们：」): the greeting lines right above the salutation are its own.
GREETING_LINE = re.compile(r"(?:尊敬的|亲爱的|各位|诸位)[^。！？；：:]{1,30}[，,]")


def greeting_lines(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    at = next((i for i, node in enumerate(nodes[:SALUTATION_WITHIN + 4])
               if node.kind == "salutation"), None)
    first = at
    while first and nodes[first - 1].kind == "paragraph" and not nodes[first - 1].role \
            and not nodes[first - 1].box and GREETING_LINE.fullmatch(
                simplified(nodes[first - 1].text.strip())):
        first -= 1
    if at is None or first == at:
        return nodes, []
    lines = [node.text.strip() for node in nodes[first:at + 1]]
    starts = [sum(len(line) + 1 for line in lines[:k]) for k in range(len(lines))]
    salutation = replace(nodes[at], text="\n".join(lines), segments=tuple(
        (start, node.line) for start, node in zip(starts, nodes[first:at + 1], strict=True)))
    return nodes[:first] + [salutation] + nodes[at + 1:], [Repair(
        "greeting-lines", nodes[first].line, lines[0], f"::: salutation ⏎ {lines[0]} ⏎ …",
        "The lines greeting the guests one by one above the salutation (each ending in "
        "「，」) are the salutation's first lines.", review=True)]


def run_in_salutation(nodes: list[Node], title: str = "") -> tuple[list[Node], list[Repair]]:
    """The first paragraph split into its salutation and its text (see the module). A
    text run onto one line may repeat its title before the salutation: left out then."""
    head = nodes[:SALUTATION_WITHIN]
    if any(node.kind == "salutation" for node in head):
        return nodes, []
    for index, node in enumerate(head):
        if node.kind != "paragraph" or node.role or node.box or node.item:
            continue
        found = RUN_IN_SALUTATION.match(node.text)
        # (a notice's addressees too, run into its text: 「各民主党派省委机关、…各单位：按照…」)
        opening = simplified(roles.plain(found["salutation"])) if found else ""
        # (a greeting is short; a notice's list of addressees may run long)
        if not found or not (roles.SALUTATION.match(opening)
                             and len(opening.rstrip("：:")) <= RUN_IN_GREETING_MAX
                             or roles.ADDRESSEES.match(opening)
                             and len(opening) <= roles.ADDRESSEES_MAX):
            continue
        cut = found.start("rest")
        salutation = replace(node, kind="salutation", text=found["salutation"],
                             segments=tuple(seg for seg in node.segments if seg[0] < cut))
        rest = replace(node, text=found["rest"], segments=((0, node.line_at(cut)),) + tuple(
            (start - cut, line) for start, line in node.segments if start > cut))
        repairs = []
        words = found["salutation"].split(None, 1)
        if title and len(words) == 2 and roles.plain(words[0]) == roles.plain(title):
            salutation = replace(salutation, text=words[1],
                                 segments=((0, salutation.line),))
            repairs.append(Repair(
                "repeated-title", node.line, words[0], "",
                "Removed the title repeated before the salutation (the text run onto one "
                "line begins with it)."))
        return nodes[:index] + [salutation, rest] + nodes[index + 1:], repairs + [Repair(
            "run-in-salutation", node.line, excerpt(node.text, 0, 0, 16),
            f"::: salutation ⏎ {salutation.text} ⏎ :::",
            "A salutation run into the first paragraph: set it on its own as the "
            "salutation (a speech's salutation stands above its first paragraph).",
            review=True)]
    return nodes, []


# A 公文's 落款 run onto its last paragraph by a crawl that lost the line breaks: the last
# sentence, then the signer and the date (「…认真落实。国务院办公厅2020年11月1日」「…施行。总理
# 李克强 2017年7月16日」), and its 附注 after them (「（此件公开发布）」). The sentence's end
# says where the signer begins.
RUN_ON_SIGNATURE = re.compile(
    r"^(?P<body>.*[。！？])[ \t\u3000\u00a0]*(?P<signer>[^。！？；：:，,（）()]{2,30}?)"
    r"[ \t\u3000\u00a0]*(?P<date>(?:\d{4}|[〇○零一二三四五六七八九]{4})[ \t]*年[^。！？]{2,8}?日)"
    r"[ \t\u3000\u00a0]*(?P<note>[（(]此件[^（）()]{1,20}[）)])?[ \t\u3000\u00a0]*$", re.S)


# …the signer a body (its kind's word at the end) or a person by office (「总理　　李克强」)
PERSON_BY_OFFICE = re.compile(
    r"(?:总理|主席|部长|主任|局长|厅长|书记|省长|市长|县长|区长|校长|院长)[\u4e00-\u9fff]{2,3}$")


def run_on_signature(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    """The first paragraph ending in a 落款 run onto it (see above), when no signature
    stands in the text, split into itself, its 落款 and its 附注; a repair to review (the
    document may go on under it: an order over the decision it publishes, a notice over
    its attachment)."""
    if any(node.kind == "signature" for node in nodes):
        return nodes, []
    last, found = None, None
    for index, node in enumerate(nodes):
        found = RUN_ON_SIGNATURE.match(node.text) if (
            node.kind == "paragraph" and not node.role and not node.box) else None
        # (read without its letter-spacing: 「总　理　　李克强」)
        signer = re.sub(r"[ \t\u3000\u00a0]", "", simplified(found["signer"])) if found else ""
        if found and roles.is_signer(signer) and roles.is_signature_date(found["date"]) and (
                roles.ORGAN_END.search(signer) or PERSON_BY_OFFICE.search(signer)):
            last = index
            break
    if last is None or found is None:
        return nodes, []
    node = nodes[last]

    def part(kind: str, text: str, start: int) -> Node:
        return replace(node, kind=kind, text=text, segments=((0, node.line_at(start)),) + tuple(
            (offset - start, line) for offset, line in node.segments
            if start < offset < start + len(text)))

    made = [part("paragraph", found["body"], 0),
            part("signature", found["signer"].strip() + "\n" + found["date"].strip(),
                 found.start("signer"))]
    if found["note"]:
        made.append(part("paragraph", found["note"], found.start("note")))
    return nodes[:last] + made + nodes[last + 1:], [Repair(
        "run-on-signature", node.line_at(found.start("signer")), found["signer"].strip(),
        f"::: signature ⏎ {found['signer'].strip()} ⏎ {found['date'].strip()} ⏎ :::",
        "The signer and the date run onto a paragraph after its last sentence (a "
        "copy that lost its line breaks): set apart as the 落款.", review=True)]


CONTENTS_HEADS_MIN = 5  # heads in the run
CONTENTS_LINE_MAX = 30  # characters of an unnumbered entry (a chapter that lost its number)
NUMBERING_OFF = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}(?:[.．]\d{1,2}){0,3}[.．、]?)")


def _words(text: str) -> str:
    """A head's words without its numbering and spaces: 「1.1 编制目的」 → 「编制目的」."""
    line = re.sub(r"\s", "", strip_tags(text))
    return NUMBERING_OFF.sub("", line, count=1)


def _entry(node: Node) -> bool:
    """A head of a contents list: a heading, or a short line that ends no sentence."""
    if node.kind == "heading":
        return True
    text = strip_tags(node.text).strip()
    return (node.kind == "paragraph" and not node.role and not node.box and "\n" not in text
            and 0 < len(text) <= CONTENTS_LINE_MAX and not NO_HEAD_MARKS.search(text)
            and text[-1] not in "，、," and not ends_sentence(text))


def _number(text: str) -> str:
    """A head's numbering, spaces out: 「1.1 编制目的」 → 「1.1」 (empty: none)."""
    line = re.sub(r"\s", "", strip_tags(text))
    found = NUMBERING_OFF.match(line)
    return found[0] if found else ""


def _restart(nodes: list[Node], end: int, first: list[Node]) -> int | None:
    """Where heads saying what `first` says stand again after `end`, in order, one under
    the other (the document's own), else None. Numbered on both sides, their numbers are
    the same too: a contents list repeats 「1.1 前置部分」, where 「2.1 前置部分」 is another
    part's head of the same name (a thesis's rules name the parts again for the printed
    copy), and the run above it is text, no contents."""
    words = [_words(node.text) for node in first]
    numbers = [_number(node.text) for node in first]
    for start in range(end, len(nodes) - len(first) + 1):
        window = nodes[start:start + len(first)]
        if all(_entry(node) and _words(node.text) == said and (
                not number or not _number(node.text) or _number(node.text) == number)
               for node, said, number in zip(window, words, numbers, strict=True)) \
                and window[-1].kind == "heading":
            return start
    return None


EMPTY_HEADS = "empty-heads"
EMPTY_HEADS_NOTE = ("headings one under another with no text under any of them: a contents "
                    "list (delete it: the briefing makes its own) or a copy that lost their "
                    "text — check against the source")


def bare_heads_contents(nodes: list[Node]) -> tuple[list[Node], list[Repair], list[Repair]]:
    """The nodes without a contents list of bare heads, and a doubt for each run of
    CONTENTS_HEADS_MIN headings or more with no text between them that is kept (see the
    module): (nodes, repairs, doubts)."""
    nodes, labelled = _labelled_contents(nodes)
    nodes, repairs = _without_contents(nodes)
    repairs = labelled + repairs
    doubts, run = [], []
    for node in [*nodes, None]:
        if node is not None and node.kind == "heading":
            run.append(node)
            continue
        if len(run) >= CONTENTS_HEADS_MIN:
            text = "⏎".join(excerpt(head.text, 0, 0, 12) for head in run)
            doubts.append(Repair(EMPTY_HEADS, run[0].line, text, text, EMPTY_HEADS_NOTE))
        run = []
    return nodes, repairs, doubts


# A contents list under its label (「目录」「Table of Contents」, a blog theme's list of the
# post's headings): its entries are short lines, headings or not, each naming a heading
# that stands further on. The label and the entries that do are left out.
CONTENTS_LABEL_NAMES = frozenset({"目录", "目次", "目錄", "文章目录", "本文目录", "contents",
                                  "tableofcontents"})
LABELLED_ENTRIES_MIN = 3
LABELLED_SHARE = 0.8  # of the entries under the label that name a later heading


def _labelled_entry(node: Node) -> bool:
    """An entry under a contents label: a heading, or one short line ending no sentence
    (a colon in it is a heading's: 「最喜欢的游戏：Animal Well」)."""
    text = strip_tags(node.text).strip()
    return node.kind == "heading" or (
        node.kind == "paragraph" and not node.role and not node.box and "\n" not in text
        and 0 < len(text) <= CONTENTS_LINE_MAX and not ends_sentence(text))


def _labelled_contents(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    for index, node in enumerate(nodes):
        label = re.sub(r"[\s:：]", "", strip_tags(node.text)).lower()
        if node.kind not in ("paragraph", "heading") or label not in CONTENTS_LABEL_NAMES:
            continue
        end = index + 1
        first = _words(nodes[end].text) if end < len(nodes) else ""
        while end < len(nodes) and _labelled_entry(nodes[end]) and not (
                end > index + 1 and _words(nodes[end].text) == first):
            end += 1  # (to where the list begins again: the document's own first heading)
        later = [_words(n.text) for n in nodes[end:] if n.kind == "heading"]
        entries = nodes[index + 1:end]
        named, at = 0, 0
        for entry in entries:  # the entries name later headings, in their order
            words = _words(entry.text)
            found = next((k for k in range(at, len(later)) if later[k] == words), None)
            if found is not None:
                named, at = named + 1, found + 1
        if named < LABELLED_ENTRIES_MIN or named < LABELLED_SHARE * len(entries):
            continue
        dropped = nodes[index:end]
        return nodes[:index] + nodes[end:], [Repair(
            "contents", part.line, excerpt(part.text, 0, 0, 20), "",
            "Left out the text's contents list under its label: each entry names a heading "
            "that stands further on (the briefing makes its own contents)",
            review=at_index == 0) for at_index, part in enumerate(dropped)]
    return nodes, []


def _without_contents(nodes: list[Node]) -> tuple[list[Node], list[Repair]]:
    index = 0
    while index < len(nodes):
        end = index
        while end < len(nodes) and _entry(nodes[end]):
            end += 1
        # the list may open below the run's first lines (a title, a 落款 above it)
        for start in range(index, end):
            if sum(1 for node in nodes[start:end]
                   if node.kind == "heading") < CONTENTS_HEADS_MIN:
                break
            first = nodes[start:start + 2]
            # the list's end: where its first heads stand again (inside the run, when the
            # document's heads follow it with no text between)
            restart = _restart(nodes, start + CONTENTS_HEADS_MIN, first) if all(
                _words(node.text) for node in first) else None
            if restart is not None:
                repairs = [Repair(
                    "contents", node.line, excerpt(node.text, 0, 0, 20), "",
                    "Left out a contents entry: a run of heads with no text under any of "
                    "them, which the document's own heads give again further on (the "
                    "briefing makes its own contents)", review=at == start)
                    for at, node in enumerate(nodes[start:restart], start=start)]
                return nodes[:start] + nodes[restart:], repairs
        index = end + 1
    return nodes, []


# A copy that put a whole text on one source line (a web page's text flattened into one
# line, a feed's body) keeps its paragraphs apart by one space after a sentence's end:
# 「…表示衷心的感谢！ 刚刚过去的2009年…」「…明天你来吧。 次日中午，…」. On such a line
# (ONE_LINE_MIN characters at least: a paragraph a line is never that long where a line
# break ends it) a single space after 。！？ (and a closing quote) is no sentence's spacing
# in Chinese, which sets none: it is where two paragraphs were run together. Not where
# the line spaces its words Western-fashion (「, 她」: a space after its commas as often as
# after its sentences' ends — then a space after 。 is sentence spacing; one stray
# 「、 」 is not that), nor where spaces stand inside its sentences (「优 良天数」 a PDF's
# wrapped lines run together, INNER_SPACE_EVERY), nor where a space follows most of its
# sentences' ends (a paragraph holds several sentences: a space after nearly every one
# is sentence spacing, SPACED_ENDS_SHARE), nor inside an open quotation.
ONE_LINE_MIN = 300  # characters of the source line
RUN_TOGETHER = re.compile(r"[。！？][”’」』\"]? (?=[^\s，。、；：,.;:!?）)」』”’])")
WESTERN_SPACING = re.compile(r"[，,、；;：:] ")
INNER_SPACE = re.compile(r"[\u4e00-\u9fff0-9] [\u4e00-\u9fff0-9]")
INNER_SPACE_EVERY = 50  # characters of the paragraph per space inside a sentence at most
SENTENCE_END = re.compile(r"[。！？]")
SPACED_ENDS_SHARE = 0.5  # of the sentences' ends followed by a space, at most
RUN_TOGETHER_PIECE_MIN = 10  # characters: a shorter piece is a label, not a paragraph


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count("「") > text.count("」") \
        or text.count('"') % 2 == 1


def _run_together_cuts(node: Node, source: list[str]) -> list[int]:
    if node.kind != "paragraph" or node.role or node.box or node.item:
        return []
    lines = {line for _, line in node.segments}
    if len(lines) != 1 or not 0 < node.line <= len(source) \
            or len(source[node.line - 1].strip()) < ONE_LINE_MIN:
        return []
    text = node.text
    if len(INNER_SPACE.findall(text)) * INNER_SPACE_EVERY > len(text):
        return _wrapped_cuts(text)
    ends = RUN_TOGETHER.findall(text)
    if len(WESTERN_SPACING.findall(text)) >= len(ends) \
            or len(ends) > SPACED_ENDS_SHARE * len(SENTENCE_END.findall(text)):
        return []
    cuts, last = [], 0
    for found in RUN_TOGETHER.finditer(text):
        cut = found.end()
        if cut - last < RUN_TOGETHER_PIECE_MIN or _open_quote(text[last:cut]):
            continue
        cuts.append(cut)
        last = cut
    while cuts and len(text) - cuts[-1] < RUN_TOGETHER_PIECE_MIN:
        cuts.pop()
    return cuts


# …unless those spaces are a PDF's line ends: the pieces between single spaces are most of
# them one column wide (a document site's text layer, 文库). Then a piece short of the
# column that ends a sentence (or a lead's 「：」) ends its paragraph, and a piece that opens
# with a section's number and ends no sentence is a head, a paragraph of its own.
WRAPPED_END = re.compile(r"(?:[。！？][”’」』\"]?|[：:])$")
WRAPPED_HEAD = HAN_SECTION  # 「一、」「（一）」 opening the line
WRAPPED_HEAD_MAX = 40  # characters of a head's line


# (a space beside a Latin letter or a digit is a word's spacing, 「2020 年度」「XX 开发区」)
WRAP_SPACE = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def _wrapped_cuts(text: str) -> list[int]:
    bounds = [0, *(space.end() for space in WRAP_SPACE.finditer(text)), len(text) + 1]
    pieces = [text[start:end - 1] for start, end in zip(bounds, bounds[1:], strict=False)]
    column = column_width(pieces)
    if column is None:
        return []
    cuts, last = [], 0
    for index, (piece, at) in enumerate(zip(pieces[:-1], bounds[1:], strict=False)):
        if _open_quote(text[last:at]):
            continue  # a quotation goes on across lines
        if _head(piece) or WRAPPED_HEAD.match(pieces[index + 1]) or (
                WRAPPED_END.search(piece) and width(piece) < column - NEAR):
            cuts.append(at)
            last = at
    return cuts


def _head(piece: str) -> bool:
    return bool(WRAPPED_HEAD.match(piece)) and not SENTENCE_END.search(piece) \
        and len(piece) <= WRAPPED_HEAD_MAX


def run_together_paragraphs(nodes: list[Node], source: list[str], paint: int, title: str = ""
                            ) -> tuple[list[Node], list[Repair]]:
    """Each paragraph of a text stored on one line split where a space follows a
    sentence's end (see above), told for review; a piece that is a numbered head (a PDF's
    wrapped lines) a heading. `paint`: the marker of a heading found in the text."""
    result: list[Node] = []
    repairs: list[Repair] = []
    for node in nodes:
        cuts = _run_together_cuts(node, source)
        if not cuts:
            result.append(node)
            continue
        bounds = [0, *cuts, len(node.text)]
        pieces = [node.text[start:end].strip()
                  for start, end in zip(bounds, bounds[1:], strict=False)]
        if title and "".join(roles.plain(pieces[0]).split()) == "".join(
                roles.plain(title).split()):
            repairs.append(Repair(
                "repeated-title", node.line, pieces[0], "",
                "Removed the title repeated at the start of the text run onto one line."))
            pieces = pieces[1:]
        result += [replace(node, text=piece, segments=((0, node.line),)) if not _head(piece)
                   else replace(node, text=piece, segments=((0, node.line),), kind="heading",
                                marker=paint, rank=heading_numbering(piece).rank,
                                origin="plain")
                   for piece in pieces]
        repairs.append(Repair(
            "run-together-paragraphs", node.line, excerpt(node.text, cuts[0], cuts[0], 12),
            " ⏎ ".join(piece[:12] + "…" for piece in pieces),
            "The text stood on one long line, its paragraphs run together at a single "
            "space after a sentence's end: split it there into paragraphs — check the "
            "breaks.", review=True))
    return result, repairs

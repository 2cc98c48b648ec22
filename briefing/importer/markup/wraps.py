"""Lines an export wrapped, joined back, and Markdown's soft line breaks.

Before the lines are read: an inline element printed over several lines (pretty-printed
HTML: its tags each on a line of their own) is joined onto its first line; a line opening
with one space under a Latin word, a link's
`](address)` under the line its words began on, a Markdown line broken mid-sentence and a
line opening with a mark no line opens with (「，」「。」) are joined to the line above; in a
file that sets its paragraphs apart by blank lines, two text lines with no blank between
are told. After: where the text ends its lines with <br>, a line without one runs on into
the next (`soft_breaks`)."""

from __future__ import annotations

import re

from briefing.importer.chars import join_lines, strip_tags
from briefing.importer.markup.inline import WORD_CHARACTER
from briefing.importer.markup.shared import Markup
from briefing.importer.parse import SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import ends_sentence
from briefing.importer.roles import ARTICLE_NUMBER

# Why a line was joined to the line above it (the export wrapped it there).
LATIN_WRAP = ("Joined a line opening with one space to the line above, which ends in a "
              "Latin word: the export wrapped the sentence (or a link's words) there.")
LINK_WRAP = ("Joined a line opening with a link's `](address)` to the line above, where "
             "the link's words began: the export broke the link's text over two lines.")
SOFT_WRAP = ("Joined a Markdown line to the line above, which ends mid-sentence in a word "
             "or a number (no mark, no line break of its own): Markdown reads the two as "
             "one paragraph (a soft line break).")
MARK_OPENING = ("Joined a line opening with a mark no line opens with (「，」「；」「。」…) to "
                "the line above: the sentence goes on there (the export broke the line "
                "after a link or a Latin word).")


HARD_BREAK = re.compile(r"<br\s*/?>\s*$", re.I)


# 「…对于Mobile」「 Web来说，…」, 「## [Sencha」「 Touch](http://…)」: an exporter (CSDN's)
# wraps a long line at the space between two Latin words, inside a link too, the next
# line opening with that one space. Markdown would read the two lines as one paragraph;
# read line by line, the link would be broken and the sentence cut.
LATIN_END = re.compile(r"[A-Za-z0-9]$")
WRAPPED_START = re.compile(r"^ [A-Za-z]")


def latin_wraps(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each such continuation joined to its line (with its space), and the
    indices of the continuation lines (their text is now above)."""
    result = list(lines)
    continued: set[int] = set()
    for index in range(len(lines) - 1, 0, -1):
        above = result[index - 1]
        if LATIN_END.search(above) and WRAPPED_START.match(result[index]) \
                and not above.lstrip().startswith(("|", "<!--", "```", "    ")):
            result[index - 1] = above + result[index]
            result[index] = ""
            continued.add(index)
    return result, continued


# 「我是哥飞 [ 新上线的网站，如何快速让谷歌收录？」「](https://mp.weixin.qq.com/s?…)」: a
# converter (WeChat → Markdown) ends a link's words with a line break, so the next line
# opens with the link's `](address)` (inside a quotation too, after its `>`). CommonMark
# reads a link's text over a soft break; read line by line, the address would be printed.
LINK_OPEN_END = re.compile(r"\[[^\[\]]*$")
LINK_CLOSE_START = re.compile(r"^[ \t]*(?:>[ \t]*)*(\]\([^()\s]*\))")


def link_text_wraps(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each line opening with a link's `](address)` joined to the line
    above whose last `[` it closes, and the indices of the joined lines."""
    result = list(lines)
    continued: set[int] = set()
    for index in range(len(lines) - 1, 0, -1):
        above = result[index - 1]
        closing = LINK_CLOSE_START.match(result[index])
        if closing and LINK_OPEN_END.search(above) \
                and not above.lstrip().startswith(("|", "<!--", "```", "    ")):
            result[index - 1] = above.rstrip() + result[index][closing.start(1):]
            result[index] = ""
            continued.add(index)
    return result, continued


# A page's HTML wrapped at a column inside a tag (Word's and MSHTML's: 「…</SPAN><A 」 ⏎
# 「name=No12_Z3T4></A><SPAN class=…>第四条…」): the tag opens on one line and closes on the
# next. Read line by line, the tag's pieces would be printed as words (「&lt;A」「name=…>」)
# and the text after them lost to them; the lines are joined where a tag is left open at a
# line's end, a space for the line break (inside a tag, a space between its attributes).
OPEN_TAG_END = re.compile(r"<[A-Za-z/][^<>]*$")  # (a comment, 「<!--」, spans lines as it will)
TAG_CLOSE_START = re.compile(r"^[^<>]*>")
TAG_WRAP_LINES = 4  # lines one tag may span …
# … or, formatted an attribute a line (Prettier's way: 「<img」 ⏎ 「class="…"」 ⏎ 「src="…"」 ⏎
# 「alt=""」 ⏎ 「/>」), as many as a tag has attributes
ATTRIBUTE_LINE = re.compile(r"""^\s*(?:[A-Za-z_:@][\w:.@-]*"""
                            r"""(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>]+))?\s*)?/?>?\s*$""")
ATTRIBUTE_WRAP_LINES = 16


def _continues_tag(lines: list[str], line: str, index: int, end: int) -> bool:
    """Whether `line` (line `end`) goes on the tag left open on line `index`."""
    attributes = end - index < ATTRIBUTE_WRAP_LINES and all(
        ATTRIBUTE_LINE.match(part) for part in lines[index + 1:end + 1])
    if not (line.strip() or attributes):
        return False  # a blank line is out of the tag's reach, but among its attributes
    return (end - index < TAG_WRAP_LINES or attributes) and (
        TAG_CLOSE_START.match(line) is not None or "<" not in line)


def split_tag_wraps(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each tag left open at a line's end joined with the line(s) that
    close it, and the indices of the lines joined to the line above."""
    result = list(lines)
    continued: set[int] = set()
    fenced = False  # code is kept as written: no tag of it is joined
    index = 0
    while index < len(result):
        line = result[index]
        end = index + 1
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
        if fenced:
            index = end
            continue
        while OPEN_TAG_END.search(line) and end < len(result) \
                and _continues_tag(lines, result[end], index, end):
            line = line.rstrip() + " " + result[end].lstrip()
            result[end] = ""
            continued.add(end)
            end += 1
        if end > index + 1 and OPEN_TAG_END.search(line):
            # the tag never closed within reach: the lines are left as they were
            for undone in range(index + 1, end):
                continued.discard(undone)
            result[index:end] = lines[index:end]
        else:
            result[index] = line
        index = end
    return result, continued


# A blog generator's excerpt marker (Hugo's, Hexo's, Jekyll's 「<!--more-->」) cuts the post
# where its summary ends for the index page; the post itself reads on. Set mid-sentence
# (「…为学子搭建更多走出去的平台，」 ⏎ 「<!--more-->」 ⏎ 「真正把论文写在中国大地上。」), Markdown
# would end the paragraph at it: the lines either side are one paragraph, joined.
EXCERPT_MARKER = re.compile(r"^[ \t]*<!--[ \t]*more[ \t]*-->[ \t]*$", re.I)
EXCERPT_WRAP = ("Joined the lines either side of the blog's excerpt marker (<!--more-->), set "
                "inside a sentence: the post reads on across it.")


def excerpt_markers(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each excerpt marker set mid-sentence removed, the line under it
    joined to the line above; the indices of the lines emptied."""
    result = list(lines)
    emptied: set[int] = set()
    for index in range(1, len(result) - 1):
        above, below = result[index - 1], result[index + 1]
        if (EXCERPT_MARKER.match(result[index]) and above.strip() and below.strip()
                and not ends_sentence(strip_tags(above).rstrip().rstrip("*_"))
                and not BLOCK_START.match(below)):
            result[index - 1] = join_lines(above.rstrip(), below.strip())
            result[index] = result[index + 1] = ""
            emptied |= {index, index + 1}
    return result, emptied


# A page's HTML printed pretty (a WeChat archive's): an inline element's tags each on a line
# of their own, its words on the lines between — 「<span style=…>」 ⏎ 「<strong>」 ⏎
# 「什么是信封号？」 ⏎ 「</strong>」 ⏎ 「</span>」. Read line by line, the bold marks would stand
# alone; the element is joined back onto its first line.
INLINE_OPENING = re.compile(r"^[ \t]*(?:<(?:strong|b|em|i|u|span|font)\b[^<>]*>[ \t]*)+$", re.I)
INLINE_TAG = re.compile(r"<(/?)(?:strong|b|em|i|u|span|font)\b[^<>]*>", re.I)
INLINE_ELEMENT_LINES = 8  # lines of one element at most, its tags' lines counted
TAG_WRAP = ("Joined an inline element's lines (its tags each on a line of their own, as a "
            "page's pretty-printed HTML sets them) into one line.")


def _element_end(lines: list[str], start: int) -> int | None:
    """The line after the inline element opened on lines[start] closes, if it closes
    within a few lines holding only its words and inline tags (else None)."""
    depth = 0
    words = False
    for end in range(start, min(len(lines), start + INLINE_ELEMENT_LINES)):
        line = lines[end]
        if not line.strip() or "<" in INLINE_TAG.sub("", line):
            return None  # a blank line or another tag (a block's, a <br>) inside it
        words = words or bool(INLINE_TAG.sub("", line).strip())
        for tag in INLINE_TAG.finditer(line):
            depth += -1 if tag[1] else 1
        if depth <= 0:
            return end + 1 if words and end > start else None
    return None


def inline_tag_wraps(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each inline element set over several lines joined onto its first
    line (see above), and the indices of the lines joined."""
    result = list(lines)
    continued: set[int] = set()
    index = 0
    while index < len(result):
        end = _element_end(result, index) if INLINE_OPENING.match(result[index]) else None
        if end is None:
            index += 1
            continue
        result[index] = "".join(line.strip() for line in result[index:end])
        for joined in range(index + 1, end):
            result[joined] = ""
            continued.add(joined)
        index = end
    return result, continued


# In Markdown a line break inside a paragraph is soft: the lines are one paragraph
# (CommonMark). A Chinese export mostly sets a paragraph a line, so only a line that ends
# mid-sentence in a word or a number — a Latin letter or a digit, or a Han character when
# the line is long (a short one may be a label or a head: 「第四段」) — with no mark and no
# hard break of its own (two trailing spaces, a backslash, <br>) is taken to run on into
# a text line right under it: 「…使用的是 CloudFlare」「解析的，…」, 「Train」「whistles in
# a distance.」, a list item's 「…您可以直接在」「  API」. A line under it that
# opens a block of its own (a heading, list item, quotation, table, image, HTML, fence)
# is left alone, and so is a heading, table row or HTML line above; an indented line goes
# on only in a list item (its continuation; elsewhere indentation may be code).
SOFT_END = re.compile(r"[A-Za-z0-9]$")
SOFT_HAN_END = re.compile(r"[\u4e00-\u9fff]$")
SOFT_HAN_MIN = 20  # characters: a line ending in Han this long was wrapped, not a head
HARD_END = re.compile(r"(?: {2,}|\\|<br\s*/?>)$", re.I)
BLOCK_START = re.compile(r"^\s*(?:#|>|\||!\[|<|```|~~~|:::|\[\^|[-*+](?:\s|$)|\d{1,3}[.)]\s|"
                         r"\[[^\]]+\]:\s|-{3,}|={3,}|\{[{%])")


FIELD_OPENING = re.compile(r"^(?:[A-Za-z][A-Za-z ]{0,15}[ \t]*)?[\u4e00-\u9fff]{2,8}[ \t]*[：:]")


def soft_wraps(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each such wrapped line joined by the one under it, and the indices
    of the lines joined to the line above."""
    result = list(lines)
    continued: set[int] = set()
    fenced = False
    fence_of: list[bool] = []  # whether each line is inside a code fence (or is one)
    for line in lines:
        if re.match(r"^\s*(```|~~~)", line):
            fenced = not fenced
            fence_of.append(True)
        else:
            fence_of.append(fenced)
    # A run of lines that ends lines with <br> is soft_breaks's to read.
    broken: list[bool] = []
    for start, end in _runs(lines):
        has_br = any(HARD_BREAK.search(line) for line in lines[start:end])
        broken += [False] * (start - len(broken)) + [has_br] * (end - start)
    broken += [False] * (len(lines) - len(broken))
    for index in range(len(lines) - 1, 0, -1):
        above, below = result[index - 1], result[index]
        if fence_of[index] or fence_of[index - 1] or not above.strip() or not below.strip() \
                or broken[index]:
            continue
        soft = SOFT_END.search(above) or SOFT_HAN_END.search(above) and len(
            above.strip()) >= SOFT_HAN_MIN
        # A list item's lines indented under its first (「+ 某某 …」 ⏎ 「  其中…」): the
        # item's one paragraph however the line above ends — Markdown's own rule for an
        # item's continuation lines (a line per paragraph is an unindented export's).
        item = below.startswith(" ") and bool(LIST_ITEM.match(_item_of(result, index - 1)))
        # Field lines one under another (「Data 日期： 2023-11-8」 ⏎ 「Time 时间：10:00-12:00」 ⏎
        # 「会议纪要：https://…」): a form's fields, each its own line, never one wrapped.
        fields = FIELD_OPENING.match(above.strip()) and FIELD_OPENING.match(below.strip())
        if HARD_END.search(above) or not (soft or item) or fields or BLOCK_START.match(below) \
                or re.match(r"^\s*(?:#|\||<|!\[|```|~~~|:::)", above) \
                or below.startswith(" ") and not re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s",
                                                         _item_of(result, index - 1)):
            continue
        result[index - 1] = join_lines(above.rstrip(), below.strip())
        result[index] = ""
        continued.add(index)
    return result, continued


LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")


# A Markdown file that sets its paragraphs apart by blank lines (BLANK_SEPARATED times as
# often as it runs one text line straight on under another, BLANK_SEPARATED_MIN times at
# least) writes a paragraph's lines with no blank between them: by CommonMark a line right
# under a text line is the same paragraph (a soft break). soft_wraps joins only a line
# broken mid-sentence; a break kept after a sentence's end, or under a link or a word,
# may be the author's one paragraph (「[文章一](…)」「[文章二](…)」 listed on lines of
# their own, which Markdown prints as one paragraph) or a paragraph a line the author
# meant: told, never joined (a copy that sets a paragraph a line is the common export).
# Not under a short line (a label or a head), one ending in 「：」 or 「——」 (it announces
# what follows), a line with a hard break (two trailing spaces, \, <br>), nor a block's.
BLANK_SEPARATED = 2
BLANK_SEPARATED_MIN = 5
SOFT_BREAK_ABOVE_MIN = 12  # characters of the line above: a shorter one is a label


def _text_line(line: str) -> bool:
    return bool(line.strip()) and not BLOCK_START.match(line) \
        and not line.startswith(("    ", "\t")) and not HARD_BREAK.search(line)


def kept_soft_breaks(lines: list[str], joined: set[int]) -> list[Repair]:
    """A doubt for each text line kept under another with no blank line between, in a
    file whose paragraphs are blank-separated (see above); `joined`: lines already joined
    to the line above."""
    fenced, inside = [], False
    for line in lines:
        if re.match(r"^\s*(```|~~~)", line):
            inside = not inside
            fenced.append(True)
        else:
            fenced.append(inside)
    texts = [i for i, line in enumerate(lines) if _text_line(line) and not fenced[i]]
    single = [(a, b) for a, b in zip(texts, texts[1:], strict=False) if b == a + 1]
    blank = sum(1 for a, b in zip(texts, texts[1:], strict=False)
                if b > a + 1 and not any(lines[k].strip() for k in range(a + 1, b)))
    if blank < BLANK_SEPARATED_MIN or blank < BLANK_SEPARATED * len(single):
        return []
    doubts = []
    for a, b in single:
        above, below = lines[a].strip(), lines[b].strip()
        if b in joined or HARD_END.search(lines[a]) or len(above) < SOFT_BREAK_ABOVE_MIN \
                or above.endswith(("：", ":", "——")):
            continue
        doubts.append(Repair(
            "soft-break-kept", b + 1, f"…{above[-12:]} ⏎ {below[:12]}…", "",
            "Kept as two paragraphs two lines with no blank line between, in a Markdown "
            "file that sets its paragraphs apart by blank lines — Markdown reads them as "
            "one paragraph: one paragraph or two?"))
    return doubts


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    runs, start = [], None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            runs.append((start, index))
            start = None
    return runs


def _item_of(lines: list[str], index: int) -> str:
    """The first line of the paragraph `index` is in (a list item's, when it is one)."""
    while index > 0 and lines[index - 1].strip():
        index -= 1
    return lines[index]


# 「如站点地图的地址为 https://example.com/map.xml」 then 「，提交上去后，…」: Chinese
# typesetting opens no line with 「，、；：。）》」』”」, so a line opening with one and going
# on with words continues the sentence of the line above (a converter broke the line after
# a link or a Latin word; Markdown reads the two as one paragraph). A mark alone on its
# line (a WeChat page's button labels) is no sentence's rest and is left as it is.
MARK_OPENING_LINE = re.compile(r"^[，、；：。）》」』”](?=.*[\w\u4e00-\u9fff])")


def mark_openings(lines: list[str], joined: set[int]) -> tuple[list[str], set[int]]:
    """The lines with each line opening with such a mark joined to the text line above
    (above the lines already `joined` to theirs), and the indices of the joined lines."""
    result = list(lines)
    continued: set[int] = set()
    for index in range(1, len(lines)):
        target = index - 1
        while target > 0 and (target in joined or target in continued):
            target -= 1
        above = result[target].rstrip()
        # 「…https://example.com/map.xml」, 「…[ 文章标题](https://…)」 above
        text_above = bool(WORD_CHARACTER.search(above[-1:])) or above.endswith(")")
        if MARK_OPENING_LINE.match(result[index]) and text_above \
                and not above.lstrip().startswith(("|", "<!--", "```", "    ", "#")):
            result[target] = above + result[index]
            result[index] = ""
            continued.add(index)
    return result, continued


# A statute's article number stands before its text on the same line (「第一条　为了…」): a
# run-in label, never a heading. A Markdown copy that sets it bold on a line of its own with
# a hard break after it (「**第一條**␣␣」 ⏎ 「本會定名為…」) prints the two as one paragraph,
# the label over its text: the label is joined to the text as its run-in lead (bold as the
# source marks it; a plain label alone is the statute reader's, see headings).
ARTICLE_LABEL_LINE = re.compile(
    rf"^[ \t]*(?P<label>(?P<marks>\*\*|__){ARTICLE_NUMBER.pattern}(?P=marks))"
    r"[ \t]*(?: {2,}|\\|<br\s*/?>)?[ \t]*$", re.I)
ARTICLE_WRAP = ("Joined a statute's article number, set on a line of its own with a line "
                "break after it (「**第一條**」 ⏎ 「本會定名為…」), to the article's text: its "
                "run-in label, as a statute sets it (「第一条　为了…」).")


def article_labels(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each such label joined by the text line right under it, and the
    indices of the joined lines."""
    result = list(lines)
    continued: set[int] = set()
    for index in range(len(lines) - 1):
        label = ARTICLE_LABEL_LINE.match(result[index])
        below = result[index + 1]
        if label and below.strip() and not BLOCK_START.match(below) \
                and not ARTICLE_LABEL_LINE.match(below):
            result[index] = label["label"] + below.strip()
            result[index + 1] = ""
            continued.add(index + 1)
    return result, continued


# A footnote's label alone on its line, its text indented under it (「[^closing]:」 ⏎
# 「    闪电网络…」, Markdown's continuation of the note): one note, the text after its label.
FOOTNOTE_LABEL_LINE = re.compile(r"^[ \t]{0,3}(?P<label>\[\^[^\]\s]+\]:)[ \t]*$")
FOOTNOTE_WRAP = ("Joined a footnote's text, indented under its label on a line of its own "
                 "(「[^1]:」 ⏎ 「    …」), to the label: one note.")


def footnote_labels(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines with each footnote label alone joined by its indented text under it (see
    above), and the indices of the joined lines."""
    result = list(lines)
    continued: set[int] = set()
    for index in range(len(lines) - 1):
        label = FOOTNOTE_LABEL_LINE.match(result[index])
        below = result[index + 1]
        if label and below.strip() and re.match(r"^(?:[ ]{2,}|\t)", below):
            result[index] = f"{label['label']} {below.strip()}"
            result[index + 1] = ""
            continued.add(index + 1)
    return result, continued


def soft_breaks(lines: list[SourceLine], hard: set[int], result: Markup
                ) -> list[SourceLine]:
    """Where the text ends its lines with <br>, a line of the same paragraph without one
    was only wrapped (Markdown's soft break): it runs on into the next line."""
    kept: list[SourceLine] = []
    for index, line in enumerate(lines):
        previous = kept[-1] if kept else None
        if (previous is not None and previous.text.strip() and line.text.strip()
                and not previous.virtual and not line.virtual
                and previous.number not in hard and previous.number != line.number
                and _in_broken_block(lines, index, hard)
                and not line.text.lstrip().startswith(("#", "|", ">", "<!--"))
                and not previous.text.lstrip().startswith(("#", "|", ">", "<!--"))
                and not BOLD_NUMBERED_HEAD.match(previous.text.strip())):
            text = join_lines(previous.text.rstrip(), line.text.strip())
            kept[-1] = SourceLine(previous.number, text)
            result.repairs.append(Repair(
                "soft-break", previous.number, f"…{previous.text.strip()[-8:]} ⏎ "
                f"{line.text.strip()[:8]}…", f"…{text[-len(line.text.strip()) - 8:][:16]}…",
                "The text ends its lines with <br>; this one has none, so it was only "
                "wrapped: joined it with the next (Markdown's soft line break)."))
            continue
        kept.append(line)
    return kept


def kept_line_breaks(lines: list[SourceLine], hard: set[int]) -> list[SourceLine]:
    """A line the text ends with <br> inside a paragraph (a poem's, a lyric's, an address's
    lines) keeps its break: <br> at its end, which the page prints as a line break — the
    reader dropped it with the line's other markup. Not before a blank line, another block
    or a line of a table."""
    kept = list(lines)
    for index, line in enumerate(lines[:-1]):
        after = lines[index + 1]
        text, below = line.text.rstrip(), after.text.strip()
        if line.number not in hard or line.virtual or after.virtual or not text.strip() \
                or not below or after.number != line.number + 1 or text.endswith("<br>"):
            continue
        quoted = text.lstrip().startswith(">") and below.startswith(">")
        if not quoted and (BLOCK_START.match(below) or BLOCK_START.match(text)):
            continue
        kept[index] = SourceLine(line.number, text + "<br>")
    return kept


# BOLD_NUMBERED_HEAD: a line that is wholly one bold run opening with a section number
# (「**1. 为什么有这个表**」「**二、主要做法**」) is a head on its own line, never a line the
# text wrapped, even inside a run of lines ended with <br>: the text under it is its own.
BOLD_NUMBERED_HEAD = re.compile(
    r"^\*\*(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[^*\n]{1,30}\*\*$")


def _in_broken_block(lines: list[SourceLine], index: int, hard: set[int]) -> bool:
    """Whether the run of lines around `index` (up to a blank) ends a line with <br>."""
    start = index
    while start > 0 and lines[start - 1].text.strip():
        start -= 1
    end = index
    while end < len(lines) and lines[end].text.strip():
        end += 1
    return any(line.number in hard for line in lines[start:end])

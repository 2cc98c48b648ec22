"""Markdown and HTML in the source, read with markdown-it-py before the blocks are cut.

Articles exported by publishing tools (WeChat editors, blogs, CMS) carry markup: `**bold**`
run-in leads, `<p>`/`<section>` wrappers, `<b>`/`<span>` inline tags, `&emsp;&emsp;`
indentation, `{align=center}` attribute lists and `:::` containers. `read_markup` turns
every line into what article.md may hold:

- Markdown emphasis stays Markdown (`**…**`, `*…*`; `__`/`_` written as `**`/`*`);
- inline HTML becomes the model's spans (b/strong → `**`, i/em → `*`, sub/sup and br kept)
  or is dropped with a doubt (span, font, u …), its text kept;
- block HTML (p, div, section, h1–h6, li …) is unwrapped: each piece its own paragraph;
- entities are decoded; `&emsp;`/`&nbsp;` at a line's start are indentation, i.e. the
  start of a paragraph; `&lt;` `&gt;` stay entities (the loader decodes them);
- links keep their text (the address is logged), images are dropped with a doubt;
- attribute lists and `:::` container fences are removed;
- a `<style>` or `<script>` element is dropped whole: what stands in it is never text;
- an HTML `<table>` becomes a pipe table (its first row the header, or its first two when
  a header cell spans both and the second holds labels; a cell spanning rows or columns is
  written once, the cells it covers marked 「^」 and 「<」 as article.md merges them, and a
  doubt).

Line numbers are kept: a line cut into paragraphs gives several `SourceLine`s of the same
number with a `virtual` blank between them. HTML comments are passed on untouched
(`parse` reads them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.importer.chars import join_lines
from briefing.importer.parse import SourceLine, is_table_delimiter
from briefing.importer.records import Repair

_MD = MarkdownIt("commonmark").disable("text_join")

BOLD_TAGS = frozenset({"b", "strong"})
ITALIC_TAGS = frozenset({"i", "em", "cite", "dfn"})
KEPT_TAGS = frozenset({"sub", "sup"})
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "blockquote",
    "center", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th",
    "figure", "figcaption", "hr", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
})
HEADING_TAG = re.compile(r"h([1-6])")
TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*)")
# Entities kept as written: decoded they would be read as markup.
KEPT_ENTITIES = frozenset({"<", ">"})
SPACES = "\u00a0\u2002\u2003\u2009\u3000 \t"
# Kramdown / Pandoc attribute lists: {align=center}, {: .class}, {#id .class key="v"}.
_ATTRIBUTE = r"(?:[#.][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}\"']*))"
ATTRIBUTE_LIST = re.compile(rf"[ \t]*\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}")
CONTAINER_FENCE = re.compile(r"^:{3,}[ \t]*([^:\s][^\n]*)?$")
BREAK = "\x00"  # a paragraph boundary inside one source line
IMAGE_MARK = "\ue000"  # where an image stood (read by _read_line, never written)
CAPTION_MARK = "\ue001"  # a <figcaption> opens here


@dataclass
class Markup:
    """The source's lines with the markup read, and what was done to them."""

    lines: list[SourceLine] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
    # tag → (first line, before, after, count) of inline HTML dropped
    dropped_tags: dict[str, tuple[int, str, str, int]] = field(default_factory=dict)
    plain: bool = False  # a plain text (not Markdown): see _plain_underscores


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

def read_markup(text: str, markdown: bool = False) -> Markup:
    """Every line of `text` with its markup read (see the module's docstring).
    `markdown`: the file is Markdown, whose lines wrapped mid-sentence are soft breaks."""
    result = Markup(plain=not markdown)
    titled_lines, titles = component_titles(text.split("\n"))
    raw_lines, continued = latin_wraps(figure_paragraphs(titled_lines))
    raw_lines, link_continued = link_text_wraps(raw_lines)
    raw_lines, wrapped = soft_wraps(raw_lines) if markdown else (raw_lines, set())
    raw_lines, mark_continued = mark_openings(
        raw_lines, continued | link_continued | wrapped) if markdown else (raw_lines, set())
    if markdown:
        result.doubts += kept_soft_breaks(
            titled_lines, continued | link_continued | wrapped | mark_continued)
    in_comment = False
    hidden = ""  # the name of a <style>/<script> element being skipped
    table: list[str] = []  # the lines of an HTML table being read
    table_line = 0
    hard: set[int] = set()  # lines ending in an explicit line break (<br>)
    quoting: str | None = None  # inside a generator's quotation tag: the tag's words
    references, definitions, fences = _link_references(text, raw_lines)
    nested = nested_items(text) if markdown else set()
    joins = ((continued, "latin-wrap", LATIN_WRAP), (link_continued, "link-wrap", LINK_WRAP),
             (wrapped, "soft-wrap", SOFT_WRAP), (mark_continued, "mark-opening", MARK_OPENING))
    for index, raw in enumerate(raw_lines):
        number = index + 1
        stripped = raw.strip()
        if index in titles:
            result.repairs.append(Repair(
                "component-title", number, stripped[:40], f"**{titles[index]}**",
                "A page component's title, written in its tag's attribute and shown by the "
                "page as the head of the component's text: made it the text's bold lead."))
        joined = next(((kind, why) for lines, kind, why in joins if index in lines), None)
        if joined:  # (a line the export wrapped: joined to the line above it)
            result.repairs.append(Repair(joined[0], number, stripped[:20], "", joined[1]))
            continue
        if table or (not in_comment and TABLE_OPEN.search(stripped)):
            if not table:
                before = TABLE_OPEN.split(raw, maxsplit=1)[0]
                if before.strip():
                    _read_line(number, before, result)
                table_line = number
                raw = raw[len(before):]
            table.append(raw)
            if TABLE_CLOSE.search(raw):
                html = "\n".join(table)
                end = TABLE_CLOSE.search(html).end()
                _html_table(html[:end], table_line, result)
                table = []
                if html[end:].strip():
                    _read_line(number, html[end:], result)
            continue
        opened = HIDDEN_ELEMENT.match(stripped)
        if hidden or (opened and not in_comment):
            name = hidden or opened[1].lower()
            hidden = "" if re.search(rf"</\s*{name}\s*>", stripped, re.I) else name
            result.repairs.append(Repair(
                "html-hidden", number, stripped[:40], "",
                f"Dropped a <{name}> element's line (page code, never text)."))
            result.lines.append(SourceLine(number, "", virtual=True))
            continue
        if in_comment or stripped.startswith("<!--"):
            # A comment is parse's business; a line after one opening "<!--" too.
            in_comment = "-->" not in (raw if in_comment else raw.strip()[4:])
            result.lines.append(SourceLine(number, raw))
            continue
        if is_table_delimiter(stripped) and stripped.startswith("|"):
            result.lines.append(SourceLine(number, raw))
            continue
        if index in fences and not in_comment:
            _code_line(number, raw, fences[index], result)
            continue
        if index in definitions:
            result.repairs.append(Repair(
                "link-reference", number, stripped[:60], "",
                "Dropped a Markdown link reference definition (the address of a link in the "
                "text, whose words are kept)."))
            result.lines.append(SourceLine(number, "", virtual=True))
            continue
        page_code = _page_code(raw) if markdown else None
        if page_code:
            result.repairs.append(Repair(page_code[0], number, stripped[:40], "", page_code[1]))
            result.lines.append(SourceLine(number, "", virtual=True))
            continue
        if markdown and (QUOTE_TAG.match(stripped) or QUOTE_END.match(stripped)):
            opened = QUOTE_TAG.match(stripped)
            words = TAG_LINK.sub("", opened[2]).strip() if opened else ""
            # 「author, source」: the tag's comma parts them (the page sets them apart)
            words = " ".join(part.strip() for part in words.split(", ", 1))
            result.repairs.append(Repair(
                "quote-tag", number, stripped[:40], words,
                "A site generator's quotation tag: the lines it encloses made a block "
                "quotation" + (", the tag's words (who said it, where) its last line."
                               if words else ".")))
            result.lines.append(SourceLine(number, "", virtual=True))
            if opened:
                quoting = words
            elif quoting is not None:
                if quoting:
                    result.lines.append(SourceLine(number, "> " + quoting))
                    result.lines.append(SourceLine(number, "", virtual=True))
                quoting = None
            continue
        if quoting is not None and stripped and not stripped.startswith(">"):
            raw = "> " + raw.lstrip()
            stripped = raw.strip()
        if TEMPLATE_TAGS.match(stripped):
            caption = shortcode_caption(stripped)
            result.repairs.append(Repair(
                "template-tag", number, stripped[:40], caption,
                "Dropped a site generator's template tag ({% … %} / {{ … }}): page code, "
                "never text" + (" — its picture's caption kept, under the picture." if caption
                                else ".")))
            result.lines.append(SourceLine(number, "", virtual=True, image=(
                caption if PICTURE_TAG.match(stripped) else None)))
            if caption:  # printed under the picture on the page: the caption's text
                result.lines.append(SourceLine(number, caption))
                result.lines.append(SourceLine(number, "", virtual=True))
            continue
        if _rule_or_underline(number, stripped, raw_lines[index - 1] if index else "",
                              raw_lines[index - 2] if index > 1 else "", result):
            continue
        if index in nested:  # an item of a list inside a list item: read as any item
            raw = raw.lstrip(" \t")
        if markdown and index and ORDERED_ITEM.match(raw) and ORDERED_ITEM.match(
                raw_lines[index - 1]):
            # The next item of an ordered list: a block of its own (Markdown's rule), never
            # the line above wrapped; its number is text and stays.
            result.repairs.append(Repair(
                "list-item", number, stripped[:20], "",
                "An ordered list's next item, on the line under the last: a paragraph of its "
                "own (its number kept)."))
            result.lines.append(SourceLine(number, "", virtual=True))
        _read_line(number, raw, result, references)
        if HARD_BREAK.search(raw):
            hard.add(number)
    if markdown:
        _paragraph_openings(result.lines)
    result.lines = _soft_breaks(result.lines, hard, result)
    result.doubts.extend(translation_credits(raw_lines, references))
    # One spot per tag dropped, at its first place: a WeChat export's hundreds of <span>
    # are one question for the editor, not hundreds.
    for name, (number, before, after, count) in result.dropped_tags.items():
        result.doubts.append(Repair(
            "html-dropped", number, before, after,
            f"Dropped <{name}> ({count}× in the text), keeping its text: was it emphasis or "
            "layout the text needs? (every place is listed under the repairs)"))
    return result


HARD_BREAK = re.compile(r"<br\s*/?>\s*$", re.I)
ORDERED_ITEM = re.compile(r"^ {0,3}\d{1,3}[.)][ \t]+\S")

# A translation's credits, lines of their own after the text (LCTT, 译文 of 机器之心 or
# InfoQ): 「via: https://…」「原文链接：…」「作者：…」「译者：…」「校对：…」「选题：…」. They say
# who wrote and who translated the article and where its original stands — front-matter
# facts (authors, url), not body text —, but which of them an editor keeps (the
# translator? the proof-reader?) is the editor's call: each line is a spot, unchanged.
CREDIT_LINE = re.compile(
    r"^[ \t]*(?:\*\*)?(via|原文链接|原文地址|原文|作者|原作者|译者|翻译|编译|校对|审校|选题)"
    r"(?:\*\*)?[ \t]*[:：]")
TRANSLATOR = frozenset({"译者", "翻译", "编译"})
CREDITS_TAIL = 20  # non-blank lines: credits stand at the text's end


def translation_credits(lines: list[str], references: dict | None = None) -> list[Repair]:
    """A doubt for each credit line of a translation's credits at the text's end: two or
    more credit lines within a few lines of each other, one naming the translator."""
    tail = [i for i, line in enumerate(lines) if line.strip()][-CREDITS_TAIL:]
    credits = [(i, CREDIT_LINE.match(lines[i])[1]) for i in tail if CREDIT_LINE.match(lines[i])]
    if len(credits) < 2 or not TRANSLATOR & {label for _, label in credits} or \
            credits[-1][0] - credits[0][0] > 2 * len(credits) + 2:
        return []
    def shown(line: str) -> str:  # the line as printed: its links' words, no marks
        return strip_breaks(render_inline(line.strip(), references=references)[0]) \
            .replace("**", "")[:40]

    return [Repair(
        "credits", i + 1, shown(lines[i]), "",
        f"A translation's credit line (「{label}」) kept as body text: its names belong in "
        "authors, an original's address in url — move it to the front matter or delete it?")
        for i, label in credits]


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
    # A run of lines that ends lines with <br> is _soft_breaks's to read.
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
        if HARD_END.search(above) or not (soft or item) or BLOCK_START.match(below) \
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


# A figure written as HTML in Markdown (VitePress, Hexo, GitHub READMEs): an element
# (<div>, <figure>, <center>, <p>) holding an image, then a short paragraph of text, then
# nothing before the element closes:
#   <div align="center">            <figure>
#     <img src="a.png">               <a href="…"><img src="a.png"></a>
#     <p>某某系统的架构</p>             <p>图2 某某流程</p>
#   </div>                          </figure>
# The paragraph is the image's caption, as a <figcaption> would be.
FIGURE_OPEN = re.compile(r"^\s*<(div|figure|center|p)\b[^>]*>\s*$", re.I)
FIGURE_IMAGE = re.compile(r"^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>\s*(?:</a>\s*)?$", re.I)
FIGURE_TEXT = re.compile(r"^(\s*)<p\b[^>]*>([^<>]+)</p>\s*$", re.I)
FIGURE_CAPTION_MAX = 60  # characters: a caption, not a paragraph of text


def figure_paragraphs(lines: list[str]) -> list[str]:
    """The lines with each such paragraph written as the element's <figcaption>."""
    result = list(lines)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for k in range(2, len(nonblank) - 1):
        opening, image, text, closing = (lines[nonblank[k + d]] for d in (-2, -1, 0, 1))
        opened = FIGURE_OPEN.match(opening)
        caption = FIGURE_TEXT.match(text)
        if opened and caption and FIGURE_IMAGE.match(image) and re.match(
                rf"^\s*</\s*{opened[1]}\s*>\s*$", closing, re.I) and \
                len(caption[2].strip()) <= FIGURE_CAPTION_MAX:
            result[nonblank[k]] = f"{caption[1]}<figcaption>{caption[2]}</figcaption>"
    return result


# A documentation site's component (a custom element: its name has a hyphen, HTML's rule
# for elements a page defines) showing a card or a panel whose title stands in an
# attribute and whose text stands between its tags:
#   <x-card data-title="交互式设置" data-icon="…" data-href="…">
#     了解引导式向导如何帮助你配置文档项目。
#   </x-card>
# The page shows the title as the card's head, above or before its text: the title is text
# the reader sees, written as the bold lead of the card's text (「**交互式设置** 了解…」).
# A standard element's title attribute is a tooltip, never shown: it stays out.
COMPONENT_OPEN = re.compile(
    r"^(\s*)<([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b([^<>]*)>\s*$")
COMPONENT_TITLE = re.compile(
    r"""(?:^|\s)(?:data-)?(?:title|heading|header|label)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
COMPONENT_TEXT = re.compile(r"^\s*[^\s<>#|`:!\[>*-]")


def component_titles(lines: list[str]) -> tuple[list[str], dict[int, str]]:
    """The lines with each such card's title written before the first line of its text,
    and the titles by the index of the line they were written on."""
    result = list(lines)
    titles: dict[int, str] = {}
    for index, line in enumerate(lines):
        opened = COMPONENT_OPEN.match(line)
        titled = COMPONENT_TITLE.search(opened[3]) if opened else None
        title = (titled[1] or titled[2] or "").strip() if titled else ""
        if not title or "*" in title:
            continue
        text = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
        if text is None or not COMPONENT_TEXT.match(lines[text]):
            continue  # no text of its own under the title (or markup): left as it was
        closing = next((k for k in range(text, len(lines))
                        if re.search(rf"</\s*{opened[2]}\s*>", lines[k], re.I)), None)
        if closing is None or any(not lines[k].strip() for k in range(text, closing)):
            continue  # its text is no one paragraph closed by the card
        indent = re.match(r"\s*", lines[text]).group(0)
        result[text] = f"{indent}**{title}** {lines[text].strip()}"
        titles[text] = title
    return result, titles


def _soft_breaks(lines: list[SourceLine], hard: set[int], result: Markup
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


# A static-site generator's template code (Jekyll/Liquid, Hexo/Nunjucks, Hugo shortcodes)
# on a line of its own: it prints page parts, never the article's text.
TEMPLATE_TAGS = re.compile(r"^(?:\{%.*?%\}|\{\{.*?\}\}|\s)+$")
# A generator's quotation tag (Hexo, Octopress and Jekyll plugins: 「{% blockquote [author[,
# source]] [link] %}」 … 「{% endblockquote %}」, 「{% quote %}」, NexT's 「{% centerquote %}」):
# the page prints the lines between as a block quotation, and the tag's own words (who
# said it, where) under them.
QUOTE_TAG = re.compile(r"^\{%-?\s*(blockquote|quote|centerquote|cq|pullquote)\b(.*?)-?%\}$", re.I)
QUOTE_END = re.compile(r"^\{%-?\s*end(blockquote|quote|centerquote|cq|pullquote)\s*-?%\}$", re.I)
TAG_LINK = re.compile(r"\s*\bhttps?://\S+.*$")
# A generator's picture shortcode (Hugo 「{{< gallery … >}}」「{{< figure src=… >}}」, Hexo
# 「{% asset_img … %}」): dropped as code, it still stands where a picture stands.
PICTURE_TAG = re.compile(
    r"^\{(?:\{[<%]|%)\s*(?:gallery|figure|img|image|photo|picture|asset_img|imgcap)\b", re.I)
# A docs site's lines that are page code, not text, each on a line of its own:
# MDX's module statements (Docusaurus: 「import Tabs from '@theme/Tabs';」, 「export const
# …」), a contents marker (「[[toc]]」 VitePress, 「[TOC]」 Typora, 「{:toc}」 kramdown: the
# briefing makes its own contents) and an admonition's opening line (MkDocs 「!!! note
# "注意"」, 「??? tip」: its indented lines are the box's text, kept).
MDX_STATEMENT = re.compile(
    r"""^(?:import\s+(?:[\w$*{}\s,]+?\s+from\s+)?(["'])[^"'\s]+\1"""
    r"""|export\s+(?:default|const|let|var|function)\b.*?);?[ \t]*$""")
TOC_MARKER = re.compile(r"^[ \t]{0,3}(?:\[\[toc\]\]|\[toc\]|\{:toc\}|\$\{toc\})[ \t]*$", re.I)
ADMONITION = re.compile(r"""^(?:!!!|\?\?\?\+?)[ \t]*[A-Za-z][\w-]*(?:[ \t]+[\w-]+)*"""
                        r"""(?:[ \t]+"[^"]*")?[ \t]*$""")


def _page_code(raw: str) -> tuple[str, str] | None:
    """(repair kind, why) when the line is a docs site's page code (above), else None."""
    if MDX_STATEMENT.match(raw):
        return ("mdx-statement", "Dropped an MDX module statement (import/export: the docs "
                "site's page code, never text).")
    if TOC_MARKER.match(raw):
        return ("toc-marker", "Dropped a table-of-contents marker (the site draws its "
                "contents there; the briefing makes its own).")
    if ADMONITION.match(raw):
        return ("admonition", "Removed an admonition's opening line (MkDocs 「!!! type "
                "\"title\"」, a box's type and title, layout); the box's text under it is "
                "kept.")
    return None


# The words a picture shortcode prints under its picture: Hugo's figure 「caption="…"」
# and 「title="…"」 (an alt text is never shown, a Hexo tag's title is a tooltip).
SHORTCODE_CAPTION = re.compile(r"""\b(?:caption|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def shortcode_caption(tag: str) -> str:
    """The caption a Hugo figure shortcode prints (its title and caption, in that
    order), else ""."""
    if not re.match(r"^\{\{[<%]\s*figure\b", tag, re.I):
        return ""
    found = {match[0].split("=")[0].strip().lower(): (match[1] or match[2]).strip()
             for match in SHORTCODE_CAPTION.finditer(tag)}
    return " ".join(part for part in (found.get("title"), found.get("caption")) if part)


SETEXT_UNDERLINE = re.compile(r"^(?:=+|-+)$")
SETEXT_MAX = 40  # a setext heading's text: one short line


def _rule_or_underline(number: int, stripped: str, above: str, above2: str,
                       result: Markup) -> bool:
    """A thematic break (---, ***, ___) is layout: dropped, a boundary. A line of = or -
    right under one short line makes that line a heading (Markdown's setext headings:
    = level 1, - level 2); a line of = under nothing is a rule too."""
    underline = SETEXT_UNDERLINE.match(stripped)
    if underline and above.strip() and not above2.strip() and result.lines \
            and result.lines[-1].text.strip() and not result.lines[-1].virtual \
            and not result.lines[-1].text.lstrip().startswith(("#", "|", ">", "<!--")) \
            and len(result.lines[-1].text.strip()) <= SETEXT_MAX:
        heading = result.lines[-1]
        mark = "#" if stripped[0] == "=" else "##"
        result.lines[-1] = SourceLine(heading.number, f"{mark} {heading.text.strip()}")
        result.repairs.append(Repair(
            "setext-heading", number, f"{heading.text.strip()[:30]} ⏎ {stripped[:6]}",
            f"{mark} {heading.text.strip()[:30]}",
            "A line underlined with = or - is a Markdown heading (setext)."))
        return True
    tokens = _MD.parse(stripped) if stripped[:1] in "-*_=" else []
    if (tokens and tokens[0].type == "hr") or (underline and stripped[0] == "=" and len(
            stripped) >= 3):
        result.repairs.append(Repair(
            "rule", number, stripped[:20], "",
            "Dropped a horizontal rule (layout: the paragraphs either side stay apart)."))
        result.lines.append(SourceLine(number, "", virtual=True))
        return True
    return False


def _link_references(text: str, raw_lines: list[str]) -> tuple[dict, set[int], dict[int, str]]:
    """Markdown's link reference definitions (「[1]: https://…」), as markdown-it reads
    them, and the indices of their lines. A footnote's 「[^1]: …」 is no link, nor a
    definition whose address is Chinese text (「[1]: 张三，某某研究」 is a note). And the
    lines of fenced code blocks: index → "fence" (a ``` line) or "code"."""
    env: dict = {}
    fences: dict[int, str] = {}
    for token in _MD.parse(text, env):
        if token.type == "fence" and token.map:
            start, end = token.map
            for line in range(start, end):
                fences[line] = "code"
            fences[start] = "open"
            if end - 1 > start and raw_lines[end - 1].strip().startswith(token.markup):
                fences[end - 1] = "close"
    references = {}
    lines: set[int] = set()
    for label, reference in env.get("references", {}).items():
        start, end = reference.get("map") or (0, 0)
        source = " ".join(raw_lines[start:end])
        address = source.split("]:", 1)[-1].split()[0] if "]:" in source else ""
        if label.startswith("^") or not address or any(
                "\u4e00" <= char <= "\u9fff" for char in address):
            continue
        references[label] = reference
        lines.update(range(start, end))
    return {"references": references}, lines, fences


def nested_items(text: str) -> set[int]:
    """The indices of the lines opening an item of a bullet list nested in a list item
    (「1.  kprobes:」 ⏎ 「    -   内核级动态追踪技术；」), as markdown-it reads the lists:
    indented by its parent's content, four spaces or more, such an item is no code block
    but an item like any other (BULLET reads the unindented ones only, lest a code line
    be taken for an item)."""
    found: set[int] = set()
    kinds: list[str] = []  # the open lists, outermost first
    for token in _MD.parse(text):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            kinds.append(token.type)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            kinds.pop()
        elif (token.type == "list_item_open" and token.map and len(kinds) > 1
              and kinds[-1] == "bullet_list_open"):
            found.add(token.map[0])
    lines = text.split("\n")
    return {index for index in found
            if index < len(lines) and NESTED_BULLET.match(lines[index])}


# 「    -   内核级…」: a bullet indented four columns or more (a nested list's).
NESTED_BULLET = re.compile(r"^(?: {4,}|\t)[ \t]*[-*+][ \t]+(?=\S)")


# A code line opening with what Markdown reads as a block (# > | - + * 1.) is escaped.
CODE_BLOCK_START = re.compile(r"^(\s*)([#>|+*-]|\d+[.)])")
CODE_FOOTNOTE_MARK = re.compile(r"(?<!\\)\[\^")


def _code_line(number: int, raw: str, kind: str, result: Markup) -> None:
    """A fenced code block: its fences go, each of its lines is a paragraph as written
    (the format has no code blocks), and the editor is asked how to set it."""
    if kind in ("open", "close"):
        result.repairs.append(Repair("code-fence", number, raw.strip()[:20], "",
                                     "Removed a code block's fence (```)."))
        if kind == "open":
            result.doubts.append(Repair(
                "code-block", number, raw.strip()[:20], "",
                "a code block: its lines are kept as paragraphs, as written — set it as "
                "the briefing needs, or remove it"))
    elif raw.strip():
        # As written: a block marker at its start, or a footnote mark in it (「[^1]」 in a
        # post on Markdown), would be read as Markdown once it is a paragraph.
        text = CODE_BLOCK_START.sub(r"\1\\\2", raw.rstrip())
        result.lines.append(SourceLine(number, CODE_FOOTNOTE_MARK.sub(r"\\[^", text)))
    result.lines.append(SourceLine(number, "", virtual=True))


# A line of emphasis marks alone, 「**」 or 「__」: half of a bold pair an editor opened and
# closed around nothing, split over two lines (a WeChat export's empty <strong>). No
# text stands in it; printed, it would be the markup itself. (Three or more marks alone
# are a rule, 「*」 alone an empty list item: read elsewhere.)
EMPTY_EMPHASIS = re.compile(r"^(?:\*\*|__)$")


def _read_line(number: int, raw: str, result: Markup, references: dict | None = None) -> None:
    line = raw.rstrip()
    if EMPTY_EMPHASIS.match(line.strip()):
        result.repairs.append(Repair(
            "empty-emphasis", number, line.strip(), "",
            "Dropped a line of emphasis marks with no text (half of an empty bold pair)."))
        # An empty element stood there: the text after it is no longer right under the
        # picture above (as before the marks were dropped, no caption slot is opened).
        _no_caption_slot(result.lines)
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    fence = CONTAINER_FENCE.match(line.strip())
    if fence:
        result.repairs.append(Repair(
            "container", number, line.strip(), "",
            "Removed a ':::' container fence of a publishing tool; its text is kept."))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    attributes = [m.group(0).strip() for m in ATTRIBUTE_LIST.finditer(line)]
    if attributes:
        line = ATTRIBUTE_LIST.sub("", line)
        result.repairs.append(Repair(
            "attribute-list", number, " ".join(attributes), "",
            "Removed an attribute list of a publishing tool (layout, not text)."))
        if not line.strip():
            return  # a line of attributes only: nothing of the text stood there
    broken = BROKEN_TAG.search(line)
    if broken and not line.lstrip().startswith("|"):
        # 「…接受采访。 <a target='_blank' href='…'><p  align=」: a page saved with a tag
        # cut off at the line's end; the fragment is markup, never text.
        result.doubts.append(Repair(
            "html-broken", number, line.strip()[-40:], line[:broken.start()].strip()[-20:],
            "Dropped an HTML tag cut off at the line's end (the page was saved broken): "
            "was an image or text lost there?"))
        line = line[:broken.start()].rstrip()
        if not line.strip():
            result.lines.append(SourceLine(number, "", virtual=True))
            return
    line = _obsidian_syntax(number, line, result)
    if not line.strip() and raw.strip():
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    line, inline_images = _data_images(line)
    for alt, source in inline_images:
        result.repairs.append(Repair(
            "image-dropped", number, source[:40] + "…", "",
            f"Dropped an image written into the text as a data: URI ({len(source)} "
            f"characters{', alt 「' + alt + '」' if alt else ''}): an image, never text."))
    if inline_images and not line.strip():
        # A boundary, but no photo a caption could stand under: the URI is a placeholder
        # (a lazy-loaded picture's), whose picture the text never had.
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    quoted = QUOTED_BULLET.match(line)
    if quoted:
        # A list inside a block quotation (「> - 土地成本：…」): each item a quoted
        # paragraph of its own, the bullet removed (the format has no lists).
        result.repairs.append(Repair(
            "list-item", number, line.strip()[:20], line[quoted.end():].strip()[:20],
            "Made a list item inside a quotation a quoted paragraph (the bullet removed)."))
        line = quoted.group(1) + (quoted.group(2) or "") + line[quoted.end():]
        result.lines.append(SourceLine(number, "", virtual=True))
    if EMPTY_BULLET.match(line):
        # A list item whose text stands on the lines under it (an indented address, a
        # code block): its bullet alone is markup, and the item's start a boundary.
        result.repairs.append(Repair(
            "list-item", number, line.strip(), "",
            "Dropped a list item's bullet standing alone on its line (the item's text "
            "follows on the lines under it)."))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    bullet = BULLET.match(line)
    if bullet:
        # A list item of a Markdown list is a paragraph of its own (the format has no
        # lists); the bullet goes, an ordered item's number is text and stays.
        result.repairs.append(Repair(
            "list-item", number, line.strip()[:20], line[bullet.end():].strip()[:20],
            "Made a Markdown list item a paragraph (the bullet removed)."))
        line = line[bullet.end():]
        _no_caption_slot(result.lines)  # a list item is never the image's caption
        result.lines.append(SourceLine(number, "", virtual=True))
    if not _has_markup(line):
        result.lines.append(SourceLine(number, line))
        return
    table = line.lstrip().startswith("|")
    line = BARE_SPACE_ENTITY.sub(r"&\1;", line)  # &nbsp&nbsp: browsers read it, so do we
    line = _dangling_references(number, line, references, result)
    rendered, notes = render_inline(line.strip(), table=table, references=references,
                                    plain=result.plain)
    if not table and not line.lstrip().startswith("#") and _navigation(rendered, notes) \
            and not (bullet and _listed_reference(notes)):
        result.repairs.append(Repair(
            "navigation", number, line.strip()[:40], "",
            "Dropped a line of links and separators only (a page's navigation or badges: "
            f"「{strip_breaks(rendered)[:30]}」): " + ", ".join(notes.links)[:80]))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    if not table and _language_switch(rendered, notes):
        result.repairs.append(Repair(
            "language-switch", number, line.strip()[:40], "",
            "Dropped a line that links to the page in other languages (「Read this in "
            f"English」, 「English | 简体中文」: {', '.join(notes.links)[:60]}): the site's "
            "switch, not the article's text."))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    if not table and _link_call(rendered, notes):
        result.repairs.append(Repair(
            "link-call", number, line.strip()[:40], "",
            f"Dropped a line that only asks to follow a link (「{strip_breaks(rendered)}」, "
            f"{notes.links[0]}): on paper it leads nowhere.", review=True))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    _log(number, line.strip(), rendered, notes, result)
    previous = result.lines[-1].text.strip() if result.lines else ""
    if _indented(line) and previous and not previous.startswith(("|", "<!--")) and not table:
        result.lines.append(SourceLine(number, "", virtual=True))
    pieces = [piece.strip(SPACES) for piece in rendered.split(BREAK)]
    alts = iter(notes.alts)
    buttons = iter(notes.buttons)
    titles = iter(notes.titles)
    image: str | None = None  # the alt text of an image standing alone in a piece
    captions: list[str] = []  # the titles of the images standing alone in a piece
    for position, piece in enumerate(pieces):
        if position or image is not None:
            _image_boundary(number, image, captions, result)
        image, captions = None, []
        images = piece.count(IMAGE_MARK)
        for _ in range(images):
            image = next(alts, "")
            if next(buttons, False):  # a badge or a banner: no photo, nothing its caption
                image = None
            captions.append(next(titles, ""))
        piece = piece.replace(IMAGE_MARK, "").strip(SPACES)
        if piece.startswith(CAPTION_MARK):  # <figcaption>: the figure's own caption
            piece = piece[1:].strip(SPACES)
            result.lines.append(SourceLine(number, "", virtual=True, image=piece))
        if piece:
            image = None  # an image inside a sentence: no caption stands under it
            for title in filter(None, captions):  # said by the source: told, not lost
                result.doubts.append(Repair(
                    "image-title", number, title[:40], "",
                    "An image inside a sentence has a title (shown when the picture is "
                    "pointed at), not printed: is it a caption the briefing needs?"))
            captions = []
            result.lines.append(SourceLine(number, piece))
    if image is not None or not any(p.replace(IMAGE_MARK, "") for p in pieces):
        # Markup only (<section>): a boundary, not a blank line; an image alone on its
        # line: the boundary says so (a caption may stand under it).
        _image_boundary(number, image, captions, result)


# An image inside a link to another page (「[![build](https://img.shields.io/….svg)](…)」,
# a WeChat banner to an earlier post) is a button — a README's badges, an advertisement —
# not a photo of the article: no line under it is its caption. A link to a picture (the
# photo in full size) leaves it a photo.
PICTURE_ADDRESS = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?:[?#].*)?$", re.I)


def _button(notes: _Notes, source: str) -> bool:
    if not notes.in_link or not notes.links:
        return False
    href = notes.links[-1]
    return href != source and not PICTURE_ADDRESS.search(href)


# An image's title, 「![alt](photo.jpg "平遥城墙")」: the words the author wrote about the
# picture, which a page shows with it (a site generator's figure as its caption, a browser
# as the picture's tooltip). A title that only names the file or its address says nothing.
FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$|^\w+://", re.I)


def image_title(token: Token) -> str:
    return _usable_title(str(token.attrs.get("title") or ""))


def _usable_title(title: str) -> str:
    """An image's title (Markdown's 「"…"」, HTML's title attribute), or "" where it says
    nothing of the picture (no words, a file name, an address)."""
    title = title.strip(SPACES)
    if not WORD_CHARACTER.search(title) or FILE_NAME.match(title) \
            or title.lower() in TOOL_TITLES:
        return ""
    return title


# A title an editor or a clipper writes into every picture (its placeholder, a zoom hint):
# the tool's words, not the author's about this picture.
TOOL_TITLES = frozenset({"图片", "图像", "插图", "image", "img", "photo", "picture", "pic",
                         "点击查看大图", "点击放大", "点击查看原图", "查看大图"})


def _image_boundary(number: int, image: str | None, captions: list[str],
                    result: Markup) -> None:
    """Where an image stood alone: a boundary a caption may stand under — or, for each
    image with a title, its title standing under it as its caption."""
    if not any(captions):
        result.lines.append(SourceLine(number, "", virtual=True, image=image))
        return
    for title in filter(None, captions):
        result.repairs.append(Repair(
            "image-title", number, title[:40], f"::: figure ⏎ {title[:40]} ⏎ :::",
            "An image's title (「![…](… \"title\")」), the author's words on the picture "
            "that a page shows with it: made it the picture's caption."))
        result.lines.append(SourceLine(number, "", virtual=True, image=title))
        result.lines.append(SourceLine(number, title))
        result.lines.append(SourceLine(number, "", virtual=True))


# An HTML tag opened and never closed at the end of a line, cut off in its attributes,
# with the tags run before it: 「<a href='…'><p  align=」 (「a <b」 in a sentence is text).
BROKEN_TAG = re.compile(
    r"(?:<[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>\s*)*<[a-zA-Z][a-zA-Z0-9]*\s+[^<>]*?[\w-]+=[^<>]*$")


# Obsidian's own Markdown (notes and clips from a vault): 「%%私人批注%%」 comments, 「![[图.png]]」
# embeds, 「[[笔记|文字]]」 wiki links, 「==重点==」 highlights and 「> [!note] 标题」 callouts.
OBSIDIAN_COMMENT = re.compile(r"%%.*?%%")
OBSIDIAN_EMBED = re.compile(r"!\[\[([^\]\n]+)\]\]")
OBSIDIAN_LINK = re.compile(r"(?<!!)\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]")
OBSIDIAN_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
OBSIDIAN_CALLOUT = re.compile(r"^([ \t]*>[ \t]*)\[![\w-]+\][+-]?[ \t]*")


def _obsidian_syntax(number: int, line: str, result: Markup) -> str:
    """The line with Obsidian's own syntax read: comments and embeds dropped, a wiki
    link's and a highlight's words kept, a callout's type mark removed (its title and
    text stay the quotation's). Each is logged."""
    found, before = [], line.strip()[:40]
    for pattern, what, keep in (
            (OBSIDIAN_COMMENT, "a %%comment%% (the note-taker's, never shown)", ""),
            (OBSIDIAN_EMBED, "an embedded file ![[…]] (an image or a note, not text)", ""),
            (OBSIDIAN_LINK, "a wiki link [[…]], keeping its words", r"\1"),
            (OBSIDIAN_HIGHLIGHT, "a ==highlight==, keeping its words", r"\1"),
            (OBSIDIAN_CALLOUT, "a callout's type mark > [!…] (the quotation stays)", r"\1")):
        line, count = pattern.subn(keep, line)
        if count:
            found.append(what)
    if found:
        result.repairs.append(Repair("obsidian-markup", number, before, line.strip()[:40],
                                     "Read Obsidian's Markdown: " + "; ".join(found) + "."))
    return line


# An image whose address is the picture itself, 「![图片](data:image/svg+xml,%3Csvg …)」: a
# web clipper writes a page's lazy-loaded placeholder so. Markdown reads no image when the
# URI has spaces or parentheses, and the whole URI would print as text.
DATA_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*(?=data:)")


def _data_images(line: str) -> tuple[str, list[tuple[str, str]]]:
    """The line without its data: URI images, and each one's (alt text, URI)."""
    found: list[tuple[str, str]] = []
    while match := DATA_IMAGE.search(line):
        depth, end = 1, match.end()
        while end < len(line) and depth:  # the URI may hold balanced ( ) of its own
            depth += {"(": 1, ")": -1}.get(line[end], 0)
            end += 1
        if depth:
            break  # no closing parenthesis on this line: not an image
        found.append((match[1].strip(), line[match.end():end - 1].strip()))
        line = line[:match.start()] + line[end:]
    return line, found


def _paragraph_openings(lines: list[SourceLine]) -> None:
    """A picture's caption is a paragraph of its own. A line set apart from the picture by
    a blank line and followed, from the very next line on, by more text than any caption
    holds opens that paragraph (「本地控制⏎小米中枢网关内包含……」 is one Markdown
    paragraph): it is no caption of the picture above, so the picture opens no slot."""
    for index, line in enumerate(lines):
        if line.image is None:
            continue
        after = index + 1
        blank = False
        while after < len(lines) and not lines[after].text.strip() \
                and lines[after].image is None:
            blank = blank or not lines[after].virtual
            after += 1
        if not blank or after + 1 >= len(lines):
            continue
        first, rest = lines[after], after + 1
        while rest < len(lines) and lines[rest].text.strip() and not lines[rest].virtual \
                and lines[rest].number == lines[rest - 1].number + 1 \
                and not BLOCK_START.match(lines[rest].text):
            rest += 1
        if first.text.strip() and sum(len(lines[i].text.strip()) for i in range(
                after + 1, rest)) > FIGURE_CAPTION_MAX:
            lines[index] = SourceLine(line.number, "", virtual=True)


def _no_caption_slot(lines: list[SourceLine]) -> None:
    """The image standing right above (only blank lines between) opens no caption slot."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.text.strip():
            return
        if line.image is not None:
            lines[index] = SourceLine(line.number, "", virtual=True)


HIDDEN_ELEMENT = re.compile(r"^<\s*(style|script)\b", re.I)
TABLE_OPEN = re.compile(r"<table\b", re.I)
TABLE_CLOSE = re.compile(r"</table\s*>", re.I)


class _TableReader(HTMLParser):
    """The rows of an HTML table: each cell's text (sub/sup kept) and its spans."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.spans = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
            found = dict(attrs)
            self.spans = (_span(found.get("rowspan")), _span(found.get("colspan")))
            self.cell = []
        elif tag in ("sub", "sup") and self.cell is not None:
            self.cell.append(f"<{tag}>")
        elif tag == "br" and self.cell is not None:
            self.cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None:
            text = re.sub(r"\s+", " ", "".join(self.cell)).strip().replace("|", "\\|")
            self.rows[-1].append((text, *self.spans))
            self.cell = None
        elif tag in ("sub", "sup") and self.cell is not None:
            self.cell.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def _span(value: str | None) -> int:
    return int(value) if value and value.strip().isdigit() and 0 < int(value) < 50 else 1


NUMERIC_CELL = re.compile(r"^[-+−]?[\d.,，%％\s]+$")


def _html_table(html: str, number: int, result: Markup) -> None:
    """An HTML table → pipe-table lines (a virtual blank either side)."""
    reader = _TableReader()
    reader.feed(html)
    grid: list[list[str]] = []
    # A spanning cell is written once; the cells it covers carry article.md's merge marks
    # (loader.merge_cells): 「<」 beside it in its rows, 「^」 under it — the table prints
    # merged as the page had it, never an empty cell a reader takes for a missing value.
    covered: dict[tuple[int, int], str] = {}
    merged = False
    for r, row in enumerate(reader.rows):
        cells: list[str] = []
        column = 0
        for text, rows, columns in row:
            while (r, column) in covered:
                cells.append(covered.pop((r, column)))
                column += 1
            cells.append(text)
            merged = merged or rows > 1 or columns > 1
            for dr in range(rows):
                for dc in range(columns):
                    if dr:
                        covered[(r + dr, column + dc)] = "<" if dc else "^"
                    elif dc:
                        cells.append("<")
            column += columns
        while (r, column) in covered:
            cells.append(covered.pop((r, column)))
            column += 1
        if any(cell not in ("", "<", "^") for cell in cells):
            grid.append(cells)
    if not grid:
        return
    width = max(len(row) for row in grid)
    grid = [row + [""] * (width - len(row)) for row in grid]
    # A header cell spanning two rows (「城市」 over 「本月 | 上月」) makes a two-row header,
    # both rows above the |---| row (README: Tables) — when the second row holds labels,
    # not values. Otherwise the header is one row and what it covers below is left empty
    # (a 「^」 cannot reach across the |---| row).
    second = grid[1] if len(grid) > 2 else []
    two_rows = "^" in second and not any(
        NUMERIC_CELL.match(cell) for cell in second if cell not in ("^", "<"))
    if not two_rows and len(grid) > 1:
        grid[1] = ["" if cell == "^" else cell for cell in grid[1]]
    head = 2 if two_rows else 1
    lines = ["| " + " | ".join(row) + " |" for row in grid[:head]]
    lines.append("|" + "---|" * width)
    lines += ["| " + " | ".join(row) + " |" for row in grid[head:]]
    result.lines.append(SourceLine(number, "", virtual=True))
    result.lines += [SourceLine(number, line) for line in lines]
    result.lines.append(SourceLine(number, "", virtual=True))
    result.repairs.append(Repair("html-table", number, "<table>", f"{len(grid)} rows × {width}",
                                 "Made the HTML table a pipe table (its first row the header)."))
    if merged:
        result.doubts.append(Repair(
            "table-merged-cells", number, "<table>", f"{len(grid)} rows × {width}",
            "The HTML table has cells spanning rows or columns: each is written once, the "
            "cells it covers marked ^ (under it) and < (beside it) — check the header and "
            "where each value stands."))
BARE_SPACE_ENTITY = re.compile(r"&(nbsp|emsp|ensp|thinsp)(?![;A-Za-z0-9])")
BULLET = re.compile(r"^[ \t]{0,3}[-*+•][ \t]+(?=\S)")
# A bullet alone (「  * 」): 「-」 alone is a setext underline, read before this.
EMPTY_BULLET = re.compile(r"^[ \t]{0,3}[*+•][ \t]*$")
# An item of a list inside a quotation; an ordered item's number is text and stays.
QUOTED_BULLET = re.compile(
    r"^([ \t]{0,3}>[ \t]?)[ \t]{0,3}(?:[-*+•][ \t]+|(\d{1,2}[.)][ \t]+))(?=\S)")
MARKUP_HINT = re.compile(r"[<&*_`\[!\\]")


# Escaped characters that mean nothing in article.md (it has no lists): 「**1\. 概述**」
# is written so that no Markdown renderer numbers a list; the number is the text's.
PLAIN_ESCAPES = frozenset(".)(")


# What a line of links may hold besides them: separators, spaces, emoji and symbols.
WORD_CHARACTER = re.compile(r"[\w\u4e00-\u9fff]")


def strip_breaks(text: str) -> str:
    text = text.replace(IMAGE_MARK, "").replace(CAPTION_MARK, "")
    return re.sub(r"\s+", " ", text.replace(BREAK, " ").replace("<br>", " ")).strip()


def _navigation(rendered: str, notes: _Notes) -> bool:
    """A line whose words are all link texts — several links, or links with no Chinese
    (「🤗 Hugging Face | 🤖 ModelScope」) — or only the separators between such links
    (「|」): a page's navigation bar or a README's badges, not the article's text."""
    text = strip_breaks(rendered)
    if not text or notes.images and not WORD_CHARACTER.search(text):
        return False
    if not notes.links:
        return bool(text) and not WORD_CHARACTER.search(text) and set(text) <= set("|｜·•/ ")
    linked = "".join(notes.linked)
    return (not WORD_CHARACTER.search("".join(notes.unlinked))
            and bool(WORD_CHARACTER.search(linked))
            and (len(notes.links) >= 2 or not any("\u4e00" <= c <= "\u9fff" for c in linked)))


def _listed_reference(notes: _Notes) -> bool:
    """A list item that is one link to another site (「* [Measuring Massive Multitask
    Chinese Understanding](https://arxiv.org/…)」 under 「第三方评测：」): an entry of the
    article's list — a paper, a project — whose words are text, not a page's navigation
    (a navigation bar is a line of several links, or a link within the site)."""
    return len(notes.links) == 1 and bool(re.match(r"https?://", notes.links[0]))


# A language's name as a README's or docs site's language switch writes it.
LANGUAGE_NAME = re.compile(
    r"^(?:English|英文|英语|英語|中文|简体中文|簡體中文|繁體中文|繁体中文|正體中文|Chinese|"
    r"Simplified Chinese|Traditional Chinese|日本語|日本语|日语|한국어|Español|Français|"
    r"Deutsch|Русский|Português|EN|ZH|CN|zh-CN|zh-TW|en-US|JA|JP)$", re.I)
# The words a language switch may have besides the names: 「Read this in」, 「Language:」.
LANGUAGE_LEAD = re.compile(
    r"^(?:(?:read|view)\s+(?:this|it|the\s+\w+)?\s*in|languages?|switch\s+to|"
    r"other\s+languages?|切换(?:到|至)?|语言|語言|阅读|閱讀|查看|版本)?$", re.I)


def _language_switch(rendered: str, notes: _Notes) -> bool:
    """A line whose links each name a language (「English」「简体中文」), with nothing else but
    a lead such as 「Read this in」 and the separators: the page's language switch."""
    names = [strip_breaks(text).strip(" *_") for text in notes.linked]
    names = [name for name in names if name]
    words = re.split(r"[\s|｜/·•,，.。:：*_()（）\[\]-]*[|｜/·•]+[\s|｜/·•,，.。:：*_()（）\[\]-]*",
                     strip_breaks("".join(notes.unlinked)))
    # The page's own language is named unlinked among the others (「中文 | English」).
    current = [w.strip() for w in words if LANGUAGE_NAME.match(w.strip())]
    unlinked = "".join(notes.unlinked)
    for word in current:
        unlinked = unlinked.replace(word, " ", 1)
    lead = re.sub(r"[\s|｜/·•,，.。:：*_()（）\[\]-]+", " ", strip_breaks(unlinked)).strip()
    return (bool(notes.links) and bool(names) and len(names) == len(notes.links)
            and all(LANGUAGE_NAME.match(name) for name in names)
            and bool(LANGUAGE_LEAD.match(lead)))


# A reference link 「[words][label]」: words with a letter or a Han (「[1][2]」 are citation
# marks), a short label; outside code spans.
REFERENCE_LINK = re.compile(r"\[([^\[\]`]*[^\W\d_][^\[\]`]*)\]\[([A-Za-z0-9_-]{1,12})\]")
CODE_SPAN = re.compile(r"(`+)[^`]*?\1")


def _dangling_references(number: int, line: str, references: dict | None,
                         result: Markup) -> str:
    """「《[四大主流微信编辑器完全对比指南][71]》」 whose label no definition in the text names
    (the export lost or misnumbered it): Markdown would print the brackets and the label;
    the author wrote a link — its words are kept, the link's marks dropped, and the
    editor told that its address is missing."""
    if result.plain:  # a plain text's brackets are its own
        return line
    defined = {label.upper() for label in (references or {}).get("references", {})}
    pieces, position = [], 0
    for code in [*CODE_SPAN.finditer(line), None]:
        end = code.start() if code else len(line)
        pieces.append(REFERENCE_LINK.sub(
            lambda m: m[0] if m[2].upper() in defined else m[1], line[position:end]))
        if code:
            pieces.append(code[0])
            position = code.end()
    kept = "".join(pieces)
    if kept != line:
        result.doubts.append(Repair(
            "reference-undefined", number, line.strip()[:40], kept.strip()[:40],
            "a reference link whose label no definition in the text names: kept its words, "
            "dropped its marks — was an address (a link to another article) lost?"))
    return kept


# A link's words that only ask the reader to follow it: 「点击查看公报全文」「原文链接」.
LINK_CALL = re.compile(
    r"^(?:点击|点此|戳|请?点这里|查看|阅读|下载|前往)|(?:原文|全文|链接|详情|下载|地址)$")
LINK_CALL_MAX = 16


def _link_call(rendered: str, notes: _Notes) -> bool:
    """A line that is one link alone whose words are a call to follow it."""
    linked = strip_breaks("".join(notes.linked))
    return (len(notes.links) == 1 and not WORD_CHARACTER.search("".join(notes.unlinked))
            and 0 < len(linked) <= LINK_CALL_MAX and bool(LINK_CALL.search(linked))
            and strip_breaks(rendered).strip("*_ ") == linked)


def _has_markup(line: str) -> bool:
    return bool(MARKUP_HINT.search(line))


def _indented(line: str) -> bool:
    """Entity indentation (&emsp;&emsp;) at the line's start: a paragraph starts here."""
    return bool(re.match(r"^\s*&(?:emsp|ensp|nbsp|#12288|#160|#8195);", line))


@dataclass
class _Notes:
    mapped: dict[str, str] = field(default_factory=dict)  # tag → what it became
    dropped: list[str] = field(default_factory=list)
    unwrapped: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    alts: list[str] = field(default_factory=list)  # each image's alt text ("" if none)
    titles: list[str] = field(default_factory=list)  # each image's title ("" if none)
    buttons: list[bool] = field(default_factory=list)  # each image: a link to elsewhere?
    strong: int = 0  # bold runs open (a run inside a run is written as one)
    template_tags: list[str] = field(default_factory=list)  # generator tags dropped
    nested_strong: int = 0
    comments: int = 0
    in_link: bool = False
    linked: list[str] = field(default_factory=list)  # the text inside links
    unlinked: list[str] = field(default_factory=list)  # the text outside them
    plain: bool = False  # the line is a plain text's, not Markdown's
    ruby: int = 0  # <ruby> glosses written as base（reading）
    in_ruby: bool = False
    ruby_brackets: bool = False  # the <ruby> writes its own fallback brackets (<rp>)


def render_inline(text: str, table: bool = False, references: dict | None = None,
                  plain: bool = False) -> tuple[str, _Notes]:
    """One line's inline Markdown/HTML → article.md text; BREAK where a block tag stood.
    `references`: the text's link reference definitions (「[文字][1]」 is a link).
    `plain`: the line is a plain text's (a raw extraction, a copied page), not Markdown's."""
    notes = _Notes(plain=plain)
    tokens = _MD.parseInline(text, dict(references or {}))[0].children or []
    out: list[str] = []
    for token in tokens:
        out.append(_render_token(token, notes, table))
    rendered = "".join(out)
    # A <br> next to a paragraph boundary, or two in a row, is the boundary itself.
    rendered = re.sub(r"(?:<br>[ \t\u3000\u00a0]*){2,}", BREAK, rendered)
    rendered = re.sub(rf"<br>[{SPACES}]*(?={BREAK}|$)|(?<={BREAK})[{SPACES}]*<br>", "",
                      rendered)
    rendered = re.sub(r"^[ \t]*<br>", "", rendered)
    # <br> then indentation (&emsp;&emsp;): a new paragraph.
    rendered = re.sub("<br>[\u3000\u2003\u2002\u00a0]+", BREAK, rendered)
    if table:
        rendered = rendered.replace(BREAK, " ").replace(IMAGE_MARK, "").replace(CAPTION_MARK, "")
    return rendered, notes


# Underscores in a plain text (a raw PDF extraction, a copied page) belong to names —
# 「is_xxx」「MAX_COUNT」「_name / __name / name_」 in a coding standard, a file name
# 「微信图片_2023….jpg」 —, never to emphasis, which only Markdown writes: Markdown would
# pair two of them into italics and the marks would be lost. They stay text (escaped).
def _plain_underscores(token: Token, notes: _Notes) -> str:
    if notes.plain and token.markup.startswith("_"):
        return "\\_" * len(token.markup)
    return ""


# A tag whose name mixes cases (「<resultMap>」「<String>」「<HashMap>」) is no HTML
# element — HTML writes its tags in one case, <p> or <P> — but a program's or an XML
# schema's name written in the text: it is text, kept (the repairs escape its 「<」).
def _identifier_tag(name: str) -> bool:
    return name != name.lower() and name != name.upper()


def _render_token(token: Token, notes: _Notes, table: bool) -> str:
    kind = token.type
    if kind == "text":
        content = INLINE_TEMPLATE_TAG.sub(lambda tag: _template_tag(tag[0], notes),
                                          token.content)
        content = SPACED_BOLD.sub(_spaced_bold, content)
        (notes.linked if notes.in_link else notes.unlinked).append(content)
        return content
    if kind == "text_special":
        if token.info == "entity":
            if token.content in KEPT_ENTITIES:
                return token.markup
            notes.entities.append(token.markup)
            return token.content
        if token.info == "escape" and token.content in PLAIN_ESCAPES:
            return token.content  # 「1\.」: the escape only kept a list from being made
        return token.markup  # a backslash escape stays as written
    if kind in ("strong_open", "strong_close"):
        plain = _plain_underscores(token, notes)
        if plain:
            return plain
        # Bold inside bold (「**燕****山运****动。**」: an editor closes and reopens its
        # styled spans, and Markdown reads the runs as nested) is still bold, one run to
        # the eye: only the outermost marks are written.
        notes.strong += 1 if kind == "strong_open" else -1
        if kind == "strong_open" and notes.strong > 1:
            notes.nested_strong += 1
        return "**" if (notes.strong, kind) in ((1, "strong_open"), (0, "strong_close")) \
            else ""
    if kind in ("em_open", "em_close"):
        return _plain_underscores(token, notes) or "*"
    if kind == "code_inline":
        # Inline code (a parameter's name, a value: 「`true`」) is text the reader needs,
        # and the article format has no code span: it stays as written, backticks kept.
        return token.markup + token.content + token.markup
    if kind == "softbreak" or kind == "hardbreak":
        return ""
    if kind == "link_open":
        href = str(token.attrs.get("href", ""))
        if token.info != "auto":
            notes.links.append(href)
            notes.in_link = True
        return ""
    if kind == "link_close":
        notes.in_link = False
        return ""
    if kind == "image":
        notes.images.append(str(token.attrs.get("src", "")))
        notes.alts.append(token.content.strip())
        notes.buttons.append(_button(notes, str(token.attrs.get("src", ""))))
        notes.titles.append(image_title(token))
        return IMAGE_MARK
    if kind == "html_inline":
        return _render_tag(token.content, notes, table)
    return token.content


# 「** 最近，我意识到…。** 」: bold marks set apart from their words by spaces, as some
# editors write them. CommonMark reads no emphasis there and would leave the marks as
# text, to be printed; the writer meant bold. The words must hold a letter (「2 ** 10 **
# 3」 is arithmetic); marks without a space inside (「编制日期：**日」) are left alone.
SPACED_BOLD = re.compile(r"(?<![*\\\w])\*\*[ \t\u3000]+([^*\s](?:[^*]*?[^*\s])?)"
                         r"[ \t\u3000]*\*\*(?!\*)")


def _spaced_bold(match: re.Match[str]) -> str:
    words = match.group(1)
    return f"**{words}**" if re.search(r"[^\W\d_]", words) else match.group(0)


# A site generator's tag inside a line of text (Hexo/Jekyll 「{% label info@提示 %}」「{%
# endnote %}」, Hugo 「{{< kbd Ctrl >}}」「{{% /notice %}}」): page code the generator replaces,
# never printed as written. Liquid's 「{{ … }}」 alone is left (a program's text may hold it);
# in a code span nothing is touched.
INLINE_TEMPLATE_TAG = re.compile(r"\{%-?[ \t]*/?[A-Za-z][\w-]*[^%{}]*?-?%\}"
                                 r"|\{\{[<%][ \t]*/?[A-Za-z][\w/-]*[^{}]*?[>%]\}\}")


def _template_tag(tag: str, notes: _Notes) -> str:
    notes.template_tags.append(tag)
    return ""


def _render_tag(tag: str, notes: _Notes, table: bool) -> str:
    if tag.startswith("<!--"):
        notes.comments += 1
        return ""
    match = TAG.match(tag)
    if not match:
        notes.dropped.append(tag)
        return ""
    if _identifier_tag(match.group(2)):
        (notes.linked if notes.in_link else notes.unlinked).append(tag)
        return tag
    closing, name = match.group(1), match.group(2).lower()
    if name in BOLD_TAGS:
        notes.mapped[name] = "**"
        return "**"
    if name in ITALIC_TAGS:
        notes.mapped[name] = "*"
        return "*"
    if name in KEPT_TAGS:
        return f"<{closing}{name}>"
    if name == "br":
        return "<br>"
    if name in BLOCK_TAGS:
        notes.unwrapped.append(name)
        heading = HEADING_TAG.fullmatch(name)
        if heading and not closing and not table:
            return BREAK + "#" * int(heading.group(1)) + " "
        if name == "figcaption" and not closing and not table:
            return BREAK + CAPTION_MARK
        return BREAK
    if name in ("img",):
        source = re.search(r"src=[\"']?([^\"'\s>]+)", tag)
        notes.images.append(source.group(1) if source else tag)
        alt = re.search(r"\balt=(?:\"([^\"]*)\"|'([^']*)')", tag)
        notes.alts.append(((alt.group(1) or alt.group(2) or "") if alt else "").strip())
        notes.buttons.append(_button(notes, source.group(1) if source else ""))
        title = re.search(r"\btitle=(?:\"([^\"]*)\"|'([^']*)')", tag)
        notes.titles.append(_usable_title(unescape(
            (title.group(1) or title.group(2) or "") if title else "")))
        return IMAGE_MARK
    if name in RUBY_TAGS:
        return _ruby_tag(name, closing, notes)
    if name == "a":
        href = re.search(r"href=[\"']?([^\"'\s>]+)", tag)
        if href and not closing:
            notes.links.append(href.group(1))
        notes.in_link = not closing
        return ""
    if not closing:
        notes.dropped.append(name)
    return ""


# <ruby>朋克摇滚<rt>punk rock</rt></ruby>: a gloss — the base text with its reading (a
# translation, a pronunciation) set small above it. A page shows both; where ruby cannot
# be set, HTML's own fallback (<rp>) shows the reading in brackets after its base, and so
# does print: 「朋克摇滚（punk rock）」. A <ruby> that writes its <rp> brackets keeps them.
RUBY_TAGS = frozenset({"ruby", "rt", "rp", "rb", "rtc"})


def _ruby_tag(name: str, closing: str, notes: _Notes) -> str:
    if name == "ruby":
        notes.in_ruby = not closing
        if not closing:
            notes.ruby += 1
            notes.ruby_brackets = False
        return ""
    if name == "rp":
        notes.ruby_brackets = True
        return ""
    if name == "rt" and notes.in_ruby and not notes.ruby_brackets:
        return "）" if closing else "（"
    return ""


def _log(number: int, before: str, after: str, notes: _Notes, result: Markup) -> None:
    after = after.replace(IMAGE_MARK, "").replace(CAPTION_MARK, "")
    shown_after = after.replace(BREAK, " ⏎ ").strip()
    short_before = before if len(before) <= 40 else before[:40] + "…"
    short_after = shown_after if len(shown_after) <= 40 else shown_after[:40] + "…"
    if notes.mapped:
        made = ", ".join(f"<{tag}> → {span}" for tag, span in sorted(notes.mapped.items()))
        result.repairs.append(Repair("html-inline", number, short_before, short_after,
                                     f"Made inline HTML Markdown spans ({made})."))
    if notes.unwrapped:
        names = ", ".join(f"<{n}>" for n in dict.fromkeys(notes.unwrapped))
        result.repairs.append(Repair("html-block", number, short_before, short_after,
                                     f"Unwrapped block HTML ({names}): each piece of text "
                                     "between the tags is a paragraph."))
    for tag in notes.template_tags:  # a tag may print its arguments (「{{< kbd Ctrl >}}」)
        result.doubts.append(Repair(
            "template-tag", number, tag[:40], "",
            "Dropped a site generator's tag inside the line (page code, never printed as "
            "written): did the page show words of it there (a key, a label, a caption)?"))
    if notes.nested_strong:
        result.repairs.append(Repair(
            "bold-nested", number, short_before, short_after,
            f"Wrote {notes.nested_strong} bold run(s) inside a bold run as one run "
            "(「**甲****乙**」: an editor's spans closed and reopened; the page shows one "
            "bold run)."))
    if notes.entities:
        names = " ".join(dict.fromkeys(notes.entities))
        result.repairs.append(Repair("html-entity", number, short_before, short_after,
                                     f"Decoded {len(notes.entities)} HTML entit(ies) ({names}); "
                                     "indentation at a line's start marks a paragraph."))
    if notes.ruby:
        result.repairs.append(Repair(
            "ruby", number, short_before, short_after,
            f"Wrote {notes.ruby} <ruby> gloss(es) as the base text with its reading in "
            "brackets after it, as a page shows them where ruby cannot be set (<rp>)."))
    if notes.comments:
        result.repairs.append(Repair("drop-comment", number, short_before, short_after,
                                     "Dropped an HTML comment inside the text."))
    for href in notes.links:
        result.repairs.append(Repair("link", number, href, "",
                                     f"Kept a link's text and dropped its address ({href})."))
    if notes.dropped:
        names = ", ".join(f"<{n}>" for n in dict.fromkeys(notes.dropped))
        result.repairs.append(Repair(
            "html-dropped", number, short_before, short_after,
            f"Dropped HTML the format has no span for ({names}), keeping its text."))
        for name in notes.dropped:
            result.dropped_tags.setdefault(name, (number, short_before, short_after, 0))
            first = result.dropped_tags[name]
            result.dropped_tags[name] = first[:3] + (first[3] + 1,)
    for source in notes.images:  # certain, so a repair: listed, not a spot to review
        result.repairs.append(Repair(
            "image-dropped", number, source, "",
            f"Dropped an image ({source}): add it to the folder as a figure if the "
            "briefing needs it."))

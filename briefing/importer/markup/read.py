"""`read_markup`: the source's lines read in their order (see the package's docstring).

The lines an export wrapped are joined first (wraps); then each line is read: an HTML
table, a <style>/<script> element, a comment, a code fence, a link reference definition,
a docs site's page code, a generator's tags, a rule or a setext heading, a list item, and
the line's inline markup (`_read_line`: inline's notes logged, an image's boundary, lines of
links dropped); the soft breaks, a translation's credits and the dropped tags' doubts last."""

from __future__ import annotations

import re

from briefing.importer.markup.inline import Notes, render_inline, strip_breaks
from briefing.importer.markup.links import (
    dangling_references,
    language_switch,
    link_call,
    link_references,
    listed_reference,
    navigation,
)
from briefing.importer.markup.pictures import (
    data_images,
    figure_paragraphs,
    image_boundary,
    no_caption_slot,
    paragraph_openings,
    titles_over_captions,
)
from briefing.importer.markup.shared import (
    BREAK,
    CAPTION_MARK,
    IMAGE_MARK,
    MD,
    QUOTE_MARK,
    SERVER_CODE_PATTERN,
    SPACES,
    Markup,
)
from briefing.importer.markup.sites import (
    ATTRIBUTE_LIST,
    CONTAINER_FENCE,
    PICTURE_TAG,
    QUOTE_END,
    QUOTE_TAG,
    TAG_LINK,
    TEMPLATE_TAGS,
    anchor_contents,
    box_bodies,
    component_titles,
    contents_boxes,
    converted_numbers,
    obsidian_syntax,
    page_code,
    quoted_tables,
    shortcode_caption,
    toc_placeholders,
    translation_credits,
)
from briefing.importer.markup.tables import TABLE_CLOSE, TABLE_OPEN, html_table
from briefing.importer.markup.wraps import (
    ARTICLE_WRAP,
    EXCERPT_WRAP,
    FOOTNOTE_WRAP,
    HARD_BREAK,
    LATIN_WRAP,
    LINK_WRAP,
    MARK_OPENING,
    SOFT_WRAP,
    TAG_WRAP,
    article_labels,
    excerpt_markers,
    footnote_labels,
    inline_tag_wraps,
    kept_line_breaks,
    kept_soft_breaks,
    latin_wraps,
    link_text_wraps,
    mark_openings,
    soft_breaks,
    soft_wraps,
    split_tag_wraps,
)
from briefing.importer.parse import SourceLine, _open_bracket, is_table_delimiter
from briefing.importer.records import Repair

# A server page's own code, kept in the copy of its template (ASP.NET's 「<%@ Page … %>」,
# 「<asp:Content …>」 and 「<%-- … --%>」 comments, JSP's and PHP's): the server ran it or
# hid it, a reader never saw it — its lines are emptied (their count kept, for the report).
# Code the text shows (a fenced block, a code span: 「`<%= name %>`」) is kept as written.
SERVER_CODE = re.compile(r"(?P<code>^[ \t]*(?P<fence>```|~~~).*?^[ \t]*(?P=fence)|`[^`\n]+`)|"
                         + SERVER_CODE_PATTERN, re.S | re.I | re.M)


def _without_server_code(text: str, result: Markup) -> str:
    def emptied(found: re.Match) -> str:
        if found["code"]:
            return found[0]
        line = text.count("\n", 0, found.start()) + 1
        result.repairs.append(Repair(
            "server-code", line, " ".join(found[0].split())[:40], "",
            "Dropped the server page's own code (a directive, a server tag or a server-side "
            "comment): the page's reader never saw it."))
        return "\n" * found[0].count("\n")
    return SERVER_CODE.sub(emptied, text)


def read_markup(text: str, markdown: bool = False) -> Markup:
    """Every line of `text` with its markup read (see the package's docstring).
    `markdown`: the file is Markdown, whose lines wrapped mid-sentence are soft breaks."""
    result = Markup(plain=not markdown)
    text = _without_server_code(text, result)
    if markdown:
        text = "\n".join(box_bodies(text.split("\n")))
    titled_lines, titles = component_titles(text.split("\n"))
    titled_lines, placeholders = toc_placeholders(titled_lines) if markdown else (
        titled_lines, [])
    titled_lines, boxes = contents_boxes(titled_lines) if markdown else (titled_lines, [])
    titled_lines, anchored = anchor_contents(titled_lines) if markdown else (titled_lines, [])
    result.repairs += [Repair("contents-links", index + 1, titled_lines[index][:40] or "目录", "",
                              "Removed a contents list of links to the page's own heads "
                              "(「- [排行榜](#排行榜)」 …) with its heading: the briefing makes "
                              "its own contents.", review=True)
                       for index in anchored]
    titled_lines, quoted = quoted_tables(titled_lines) if markdown else (titled_lines, [])
    result.repairs += [Repair("quoted-table", index + 1, titled_lines[index].strip()[:40], "",
                              "Read a blockquote holding nothing but a pipe table as that "
                              "table (the quote is the theme's frame).")
                       for index in quoted]
    result.repairs += [Repair("contents-box", index + 1, "::: details 目录", "",
                              "Removed a documentation theme's contents box (its tabs and "
                              "anchor links): the briefing makes its own contents.")
                       for index in boxes]
    result.repairs += [Repair("toc-placeholder", index + 1, "{:toc}", "",
                              "Removed kramdown's contents placeholder (「* TOC」 and "
                              "「{:toc}」): the briefing makes its own contents.")
                       for index in placeholders]
    titled_lines, split_continued = split_tag_wraps(titled_lines)
    titled_lines, excerpt_joined = excerpt_markers(titled_lines) if markdown else (
        titled_lines, set())
    raw_lines, tag_continued = inline_tag_wraps(titled_lines)
    tag_continued |= split_continued
    raw_lines, continued = latin_wraps(figure_paragraphs(raw_lines))
    raw_lines, link_continued = link_text_wraps(raw_lines)
    raw_lines, labelled = article_labels(raw_lines) if markdown else (raw_lines, set())
    raw_lines, noted = footnote_labels(raw_lines) if markdown else (raw_lines, set())
    raw_lines, wrapped = soft_wraps(raw_lines) if markdown else (raw_lines, set())
    raw_lines, mark_continued = mark_openings(
        raw_lines, continued | link_continued | wrapped) if markdown else (raw_lines, set())
    if markdown:
        result.doubts += kept_soft_breaks(
            titled_lines, continued | link_continued | labelled | noted | wrapped
            | mark_continued)
    in_comment = False
    hidden = ""  # the name of a <style>/<script> element being skipped
    table: list[str] = []  # the lines of an HTML table being read
    table_line = 0
    hard: set[int] = set()  # lines ending in an explicit line break (<br>)
    quoting: str | None = None  # inside a generator's quotation tag: the tag's words
    references, definitions, fences = link_references(text, raw_lines)
    nested = nested_items(text) if markdown else set()
    if markdown:
        result.ordered = frozenset(index + 1 for index in ordered_items(text))
    joins = ((tag_continued, "tag-wrap", TAG_WRAP),
             (excerpt_joined, "excerpt-marker", EXCERPT_WRAP),
             (continued, "latin-wrap", LATIN_WRAP), (link_continued, "link-wrap", LINK_WRAP),
             (labelled, "article-label", ARTICLE_WRAP), (noted, "footnote-label", FOOTNOTE_WRAP),
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
                if not html_table(html[:end], table_line, result):
                    _read_framed_lines(html[:end].split("\n"), table_line, result,
                                       references, hard)
                table = []
                if html[end:].strip():
                    _read_line(number, html[end:], result)
            continue
        if not (hidden or in_comment) and INLINE_HIDDEN.search(raw) \
                and not HIDDEN_ELEMENT.match(stripped):
            # a script among a line's text (a page's view counter: 「浏览次数：<script>
            # _showDynClicks(…)</script><span>57</span>」): its code is never text
            result.repairs.append(Repair(
                "html-hidden", number, INLINE_HIDDEN.search(raw)[0][:40], "",
                "Dropped a <script>/<style> element inside the line (page code, never "
                "text)."))
            raw = INLINE_HIDDEN.sub("", raw)
            stripped = raw.strip()
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
            # A comment is parse's business; a line after one opening "<!--" too. Markup
            # after its "-->" on the line (「<!-- google_ad_section_start --> <p>…</p>」,
            # a page's one line) is read as any line's.
            closes = "-->" in (raw if in_comment else raw.strip()[4:])
            in_comment = not closes
            head, _, rest = raw.partition("-->") if closes else (raw, "", "")
            if rest.strip():
                result.lines.append(SourceLine(number, head + "-->"))
                _read_line(number, rest, result)
                continue
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
        code = page_code(raw) if markdown else None
        if code:
            result.repairs.append(Repair(code[0], number, stripped[:40], "", code[1]))
            result.lines.append(SourceLine(number, "", virtual=True))
            continue
        if markdown and (QUOTE_TAG.match(stripped) or QUOTE_END.match(stripped)):
            opened = QUOTE_TAG.match(stripped)
            words = TAG_LINK.sub("", opened[2] or "").strip() if opened else ""
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
            if caption:  # its own Markdown (a link's words, 「[…](…)」) read as a line's is
                caption = strip_breaks(render_inline(caption)[0])
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
        # (in plain text, a dash opening a line under a bracket left open is the text's
        # own, 「(GB/T 7713.1」 ⏎ 「- 2006)，…」: a range's dash the extraction broke at, no
        # list's bullet)
        open_above = not markdown and index > 0 and _open_bracket(raw_lines[index - 1])
        _read_line(number, raw, result, references, bullets=not open_above)
        if HARD_BREAK.search(raw):
            hard.add(number)
    if table:  # a table never closed (a copy cut off inside it): its words are text
        result.doubts.append(Repair(
            "html-table-unclosed", table_line, table[0].strip()[:40], "",
            "An HTML table opened here is never closed (the copy ends inside it): its "
            "lines were read as the text's — check the end of the text."))
        if not html_table("\n".join(table), table_line, result):
            _read_framed_lines(table, table_line, result, references, hard)
    if markdown:
        titles_over_captions(result.lines, result.repairs)
        paragraph_openings(result.lines)
    result.lines = kept_line_breaks(soft_breaks(result.lines, hard, result), hard)
    result.doubts.extend(translation_credits(raw_lines, references))
    # One spot per tag dropped, at its first place: a WeChat export's hundreds of <span>
    # are one question for the editor, not hundreds.
    for name, (number, before, after, count) in result.dropped_tags.items():
        result.doubts.append(Repair(
            "html-dropped", number, before, after,
            f"Dropped <{name}> ({count}× in the text), keeping its text: was it emphasis or "
            "layout the text needs? (every place is listed under the repairs)"))
    return result


ORDERED_ITEM = re.compile(r"^ {0,3}\d{1,3}[.)][ \t]+\S")


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
    tokens = MD.parse(stripped) if stripped[:1] in "-*_=" else []
    if (tokens and tokens[0].type == "hr") or (underline and stripped[0] == "=" and len(
            stripped) >= 3):
        result.repairs.append(Repair(
            "rule", number, stripped[:20], "",
            "Dropped a horizontal rule (layout: the paragraphs either side stay apart)."))
        result.lines.append(SourceLine(number, "", virtual=True))
        return True
    return False


def nested_items(text: str) -> set[int]:
    """The indices of the lines opening an item of a bullet list nested in a list item
    (「1.  kprobes:」 ⏎ 「    -   内核级动态追踪技术；」), as markdown-it reads the lists:
    indented by its parent's content, four spaces or more, such an item is no code block
    but an item like any other (BULLET reads the unindented ones only, lest a code line
    be taken for an item)."""
    found: set[int] = set()
    kinds: list[str] = []  # the open lists, outermost first
    for token in MD.parse(text):
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


def ordered_items(text: str) -> set[int]:
    """The indices of the lines opening an item of an ordered list (「1. Self Introduction
    (1 min)」), as markdown-it reads them: the author wrote a list, whose items are never
    headings however short (no gold of the corpus heads with one)."""
    return {token.map[0] for token in MD.parse(text) if token.type == "list_item_open"
            and token.map and token.markup in (".", ")")}


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


# A site generator's variable inside a link's or a picture's address (「![宿舍楼]({{
# site.IMG_PATH }}/snow-01.jpg)」, Jekyll): its spaces break the Markdown, which printed the
# whole line as text — the variable is the site's, no part of the address a reader needs.
TEMPLATE_IN_ADDRESS = re.compile(r"(\]\()([^()\s]*)\{\{[^{}]*\}\}")


TEMPLATE_IN_TAG = re.compile(r"<[A-Za-z][^<>]*?\{\{[^<>]*?\}\}[^<>]*>")
TEMPLATE_VALUE = re.compile(r"\{\{\s*(?:\"([^\"]*)\"|'([^']*)')?[^{}]*\}\}")


def _tag_without_template(tag: re.Match[str]) -> str:
    return TEMPLATE_VALUE.sub(lambda value: value[1] or value[2] or "", tag[0])


# A link that leads to the original of the text (「查看原文」「阅读原文」「原文链接」).
ORIGINAL_CALL = re.compile(r"原文")


# A table's own tags: a frame round a page's text, dropped to read the text inside it.
FRAME_TAG = re.compile(r"</?(?:table|thead|tbody|tfoot|tr|td|th)\b[^<>]*>", re.I)


def _read_framed_lines(lines: list[str], first: int, result: Markup,
                       references: dict | None, hard: set[int]) -> None:
    """The lines of a table that frames a page's text (markup.tables.html_table): read
    as the text's own lines, the frame's tags dropped."""
    result.repairs.append(Repair(
        "html-layout-table", first, "<table>", f"{len(lines)} line(s)",
        "An HTML table framing the page's text (one column, its cell holding paragraphs "
        "and pictures): its lines read as the text's, the table's tags dropped."))
    result.lines.append(SourceLine(first, "", virtual=True))
    for offset, raw in enumerate(lines):
        line = FRAME_TAG.sub("", raw)
        if line.strip():
            _read_line(first + offset, line, result, references)
            if HARD_BREAK.search(line):
                hard.add(first + offset)
        else:
            result.lines.append(SourceLine(first + offset, "", virtual=True))
    result.lines.append(SourceLine(first + len(lines) - 1, "", virtual=True))


def _read_line(number: int, raw: str, result: Markup, references: dict | None = None,
               bullets: bool = True) -> None:
    line = raw.rstrip()
    while TEMPLATE_IN_ADDRESS.search(line):
        line = TEMPLATE_IN_ADDRESS.sub(r"\1\2", line)
    # (inside an HTML tag's attribute, 「src="{{ "img/snow.jpg" | absolute_url }}"」: the
    # variable's quotes close the attribute — its quoted path stands for it)
    line = TEMPLATE_IN_TAG.sub(_tag_without_template, line)
    if EMPTY_EMPHASIS.match(line.strip()):
        result.repairs.append(Repair(
            "empty-emphasis", number, line.strip(), "",
            "Dropped a line of emphasis marks with no text (half of an empty bold pair)."))
        # An empty element stood there: the text after it is no longer right under the
        # picture above (as before the marks were dropped, no caption slot is opened).
        no_caption_slot(result.lines)
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
    line = obsidian_syntax(number, line, result)
    line = converted_numbers(number, line, result)
    if not line.strip() and raw.strip():
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    line, inline_images = data_images(line)
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
    bullet = BULLET.match(line) if bullets else None
    if bullet:
        # A list item of a Markdown list is a paragraph of its own (the format has no
        # lists); the bullet goes, an ordered item's number is text and stays.
        result.repairs.append(Repair(
            "list-item", number, line.strip()[:20], line[bullet.end():].strip()[:20],
            "Made a Markdown list item a paragraph (the bullet removed)."))
        line = line[bullet.end():]
        no_caption_slot(result.lines)  # a list item is never the image's caption
        result.lines.append(SourceLine(number, "", virtual=True))
    if not _has_markup(line):
        result.lines.append(SourceLine(number, line))
        return
    table = line.lstrip().startswith("|")
    line = BARE_SPACE_ENTITY.sub(r"&\1;", line)  # &nbsp&nbsp: browsers read it, so do we
    line = dangling_references(number, line, references, result)
    rendered, notes = render_inline(line.strip(), table=table, references=references,
                                    plain=result.plain)
    if not table and not line.lstrip().startswith("#") and navigation(rendered, notes) \
            and not (bullet and listed_reference(notes)):
        result.repairs.append(Repair(
            "navigation", number, line.strip()[:40], "",
            "Dropped a line of links and separators only (a page's navigation or badges: "
            f"「{strip_breaks(rendered)[:30]}」): " + ", ".join(notes.links)[:80]))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    if not table and language_switch(rendered, notes):
        result.repairs.append(Repair(
            "language-switch", number, line.strip()[:40], "",
            "Dropped a line that links to the page in other languages (「Read this in "
            f"English」, 「English | 简体中文」: {', '.join(notes.links)[:60]}): the site's "
            "switch, not the article's text."))
        result.lines.append(SourceLine(number, "", virtual=True))
        return
    if not table and link_call(rendered, notes):
        if result.original_url is None and ORIGINAL_CALL.search(strip_breaks(rendered)) \
                and notes.links[0].startswith(("http://", "https://")):
            result.original_url = notes.links[0]  # 「[查看原文](https://…)」: the original's
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
            image_boundary(number, image, captions, result)
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
        quoted = piece.startswith(QUOTE_MARK)  # a <blockquote>'s paragraph: 「> 」
        piece = piece.replace(QUOTE_MARK, "").strip(SPACES)
        if piece and quoted:
            piece = "> " + piece
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
        image_boundary(number, image, captions, result)


# An HTML tag opened and never closed at the end of a line, cut off in its attributes,
# with the tags run before it: 「<a href='…'><p  align=」 (「a <b」 in a sentence is text).
BROKEN_TAG = re.compile(
    r"(?:<[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>\s*)*<[a-zA-Z][a-zA-Z0-9]*\s+[^<>]*?[\w-]+=[^<>]*$")


HIDDEN_ELEMENT = re.compile(r"^<\s*(style|script)\b", re.I)
INLINE_HIDDEN = re.compile(r"<\s*(style|script)\b[^>]*>.*?<\s*/\s*\1\s*>", re.I)
BARE_SPACE_ENTITY = re.compile(r"&(nbsp|emsp|ensp|thinsp)(?![;A-Za-z0-9])")
BULLET = re.compile(r"^[ \t]{0,3}[-*+•][ \t]+(?=\S)")
# A bullet alone (「  * 」): 「-」 alone is a setext underline, read before this.
EMPTY_BULLET = re.compile(r"^[ \t]{0,3}[*+•][ \t]*$")
# An item of a list inside a quotation; an ordered item's number is text and stays.
QUOTED_BULLET = re.compile(
    r"^([ \t]{0,3}>[ \t]?)[ \t]{0,3}(?:[-*+•][ \t]+|(\d{1,2}[.)][ \t]+))(?=\S)")
MARKUP_HINT = re.compile(r"[<&*_`\[!\\]|\{[{%]")  # (「{{% … %}}」: a generator's tag)


def _has_markup(line: str) -> bool:
    return bool(MARKUP_HINT.search(line))


def _indented(line: str) -> bool:
    """Entity indentation (&emsp;&emsp;) at the line's start: a paragraph starts here."""
    return bool(re.match(r"^\s*&(?:emsp|ensp|nbsp|#12288|#160|#8195);", line))


def _log(number: int, before: str, after: str, notes: Notes, result: Markup) -> None:
    after = after.replace(IMAGE_MARK, "").replace(CAPTION_MARK, "").replace(QUOTE_MARK, "")
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
    if notes.back_references:
        result.repairs.append(Repair(
            "footnote-back-link", number, short_before, short_after,
            "Dropped a footnote's link back to its mark (「↩︎」: the page's navigation, "
            "nothing of the note)."))
    if notes.anchors:
        result.repairs.append(Repair(
            "heading-permalink", number, short_before, short_after,
            "Dropped a heading's permalink (「[#](#…)」: the page's mark beside the heading)."))
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

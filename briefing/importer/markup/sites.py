"""What publishing tools and sites write into Markdown besides the text: kramdown/Pandoc
attribute lists and `:::` container fences, a docs site's component titles and page code
(MDX module statements, contents markers, admonitions), a site generator's template tags
(its quotation tags and picture shortcodes, a figure's caption kept), Obsidian's own syntax,
and a translation's credit lines at the text's end (told, kept)."""

from __future__ import annotations

import re

from briefing.importer.markup.inline import render_inline, strip_breaks
from briefing.importer.markup.shared import Markup
from briefing.importer.records import Repair

# Kramdown / Pandoc attribute lists: {align=center}, {: .class}, {#id .class key="v"}.
_ATTRIBUTE = r"(?:[#.][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}\"']*))"
ATTRIBUTE_LIST = re.compile(rf"[ \t]*\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}")
CONTAINER_FENCE = re.compile(r"^:{3,}[ \t]*([^:\s][^\n]*)?$")
# Kramdown's contents placeholder: a one-item list 「* TOC」 and 「{:toc}」 under it, which the
# generator replaces with the post's contents (the briefing makes its own).
TOC_PLACEHOLDER = re.compile(r"^[ \t]*(?:[*+\-]|1\.)[ \t]+TOC[ \t]*$")
TOC_MARK = re.compile(r"^[ \t]*\{:[ \t]*\.?toc[ \t]*\}[ \t]*$", re.I)


# A documentation theme's contents box (VuePress 「::: details 目录」 holding 「::: tabs」,
# 「@tab 章节」, 「[[toc]]」 and the articles' anchor links): the page's navigation, its
# containers nested — blanked whole, fences and all (the briefing makes its own contents).
CONTENTS_BOX = re.compile(r"^(:{3,})[ \t]*(?:details|tip|info|note)?[ \t]*"
                          r"(?:目[ \t\u3000]*录|Contents|Table of Contents|TOC)[ \t]*$", re.I)


# A README's contents list: items that are nothing but links to the page's own heads
# (「- [排行榜](#排行榜)」「- [如何提交](#如何提交)」), several in a row, with its 「## 目录」
# heading or 「Table of Contents」 label when it has one — the page's navigation (the
# briefing makes its own contents).
ANCHOR_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+\[[^\[\]\n]+\]\(#[^()\s]*\)[ \t]*$")
ANCHOR_ITEMS_MIN = 3
CONTENTS_HEAD = re.compile(r"^(?:#{1,6}[ \t]*)?(?:目[ \t\u3000]*[录錄次]|Contents|Table of Contents"
                           r"|TOC)[ \t]*#*[ \t]*$", re.I)


def anchor_contents(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each such list (and its contents heading) blanked, and the first
    line of each."""
    result, found = list(lines), []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (ANCHOR_ITEM.match(lines[end])
                                    or end > index and not lines[end].strip()
                                    and end + 1 < len(lines) and ANCHOR_ITEM.match(lines[end + 1])):
            end += 1
        items = sum(1 for k in range(index, end) if lines[k].strip())
        if items < ANCHOR_ITEMS_MIN:
            index = end + 1 if end > index else index + 1
            continue
        first = index
        above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
        if above is not None and CONTENTS_HEAD.match(lines[above].strip()):
            first = above
        for k in range(first, end):
            result[k] = ""
        found.append(first)
        index = end
    return result, found


def contents_boxes(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each contents box (see above) blanked, and the first line of each."""
    result, found = list(lines), []
    index = 0
    while index < len(lines):
        opened = CONTENTS_BOX.match(lines[index].strip())
        if not opened:
            index += 1
            continue
        depth, end, last_close = 1, index + 1, None
        while end < len(lines) and depth and not lines[end].startswith("#"):
            fence = CONTAINER_FENCE.match(lines[end].strip())
            if fence:
                depth += 1 if fence.group(1) else -1
                last_close = end if not fence.group(1) else last_close
            end += 1
        if depth:
            # one 「:::」 closing the nested boxes (as themes allow), the next heading after
            # it: the box ends at that last fence; never closed at all: no box to see
            if last_close is None:
                index += 1
                continue
            end = last_close + 1
        found.append(index)
        for line in range(index, end):
            result[line] = ""
        index = end
    return result, found


def toc_placeholders(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each kramdown contents placeholder (see above) blanked, and the
    indices of the 「{:toc}」 lines blanked."""
    result, found = list(lines), []
    for index, line in enumerate(lines):
        if TOC_MARK.match(line):
            above = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
            if above is not None and TOC_PLACEHOLDER.match(lines[above]):
                result[above] = result[index] = ""
                found.append(index)
    return result, found

# A translation's credits, lines of their own after the text (LCTT, 译文 of 机器之心 or
# InfoQ): 「via: https://…」「原文链接：…」「作者：…」「译者：…」「校对：…」「选题：…」. They say
# who wrote and who translated the article and where its original stands — front-matter
# facts (authors, url), not body text —, but which of them an editor keeps (the
# translator? the proof-reader?) is the editor's call: each line is a spot, unchanged.
# (GoCN's and some others' stand at its head instead, a list item each: 「- 原文地址：…」
# 「- 原文作者：…」「- 译者：[…](…)」「- 校对：…」.)
CREDIT_LINE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(via|原文链接|原文地址|原文|作者|原作者|原文作者|译者|"
    r"翻译|编译|校对|审校|选题)(?:\*\*)?[ \t]*[:：]")
TRANSLATOR = frozenset({"译者", "翻译", "编译"})
CREDITS_TAIL = 20  # non-blank lines: credits stand at the text's end (or its head)


def translation_credits(lines: list[str], references: dict | None = None) -> list[Repair]:
    """A doubt for each credit line of a translation's credits at the text's end (else at
    its head): two or more credit lines within a few lines of each other, one naming the
    translator."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for part in (filled[-CREDITS_TAIL:], filled[:CREDITS_TAIL]):
        credits = [(i, CREDIT_LINE.match(lines[i])[1]) for i in part if CREDIT_LINE.match(
            lines[i])]
        if len(credits) >= 2 and TRANSLATOR & {label for _, label in credits} and \
                credits[-1][0] - credits[0][0] <= 2 * len(credits) + 2:
            break
    else:
        return []
    def shown(line: str) -> str:  # the line as printed: its links' words, no marks
        return strip_breaks(render_inline(line.strip(), references=references)[0]) \
            .replace("**", "")[:40]

    return [Repair(
        "credits", i + 1, shown(lines[i]), "",
        f"A translation's credit line (「{label}」) kept as body text: its names belong in "
        "authors, an original's address in url — move it to the front matter or delete it?")
        for i, label in credits]


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


# A static-site generator's template code (Jekyll/Liquid, Hexo/Nunjucks, Hugo shortcodes)
# on a line of its own: it prints page parts, never the article's text. (Each tag closes at
# its own 「}}」: 「{{% center %}}（…）{{% /center %}}」 is words between two tags, not one.)
TEMPLATE_TAGS = re.compile(r"^(?:\{%(?:(?!%\}).)*%\}|\{\{(?:(?!\}\}).)*\}\}|\s)+$")
# A generator's quotation tag (Hexo, Octopress and Jekyll plugins: 「{% blockquote [author[,
# source]] [link] %}」 … 「{% endblockquote %}」, 「{% quote %}」, NexT's 「{% centerquote %}」):
# the page prints the lines between as a block quotation, and the tag's own words (who
# said it, where) under them.
# Hugo's quotation shortcodes likewise (a theme's 「{{< quote >}}」「{{< quote-center >}}」 … 「{{<
# /quote-center >}}」).
QUOTE_TAG = re.compile(r"^(?:\{%-?\s*(blockquote|quote|centerquote|cq|pullquote)\b(.*?)-?%\}"
                       r"|\{\{[<%]\s*((?:block|center|pull)?quote(?:-[\w-]+)?)\b(.*?)[>%]\}\})$",
                       re.I)
QUOTE_END = re.compile(r"^(?:\{%-?\s*end(blockquote|quote|centerquote|cq|pullquote)\s*-?%\}"
                       r"|\{\{[<%]\s*/\s*(?:block|center|pull)?quote(?:-[\w-]+)?\s*[>%]\}\})$",
                       re.I)
TAG_LINK = re.compile(r"\s*\bhttps?://\S+.*$")
# A generator's picture shortcode (Hugo 「{{< gallery … >}}」「{{< figure src=… >}}」, Hexo
# 「{% asset_img … %}」): dropped as code, it still stands where a picture stands.
PICTURE_TAG = re.compile(
    r"^\{(?:\{[<%]|%)\s*(?:include\s+)?(?:gallery|figure|img|image|photo|picture|asset_img"
    r"|imgcap)\b", re.I)
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


# MkDocs Material's content tab (「=== "中文"」, pymdownx.tabbed): a tab's label, a button of
# the page; the tab's text is indented under it, as an admonition's is.
CONTENT_TAB = re.compile(r"""^={3}[!+]?[ \t]+"[^"]*"[ \t]*$""")
BOX_INDENT = re.compile(r"^(?: {4}|\t)")


def box_bodies(lines: list[str]) -> list[str]:
    """The lines with the text of each admonition and content tab (its lines indented one
    level under the opening line, blank lines among them) set back one level: the box's
    text is the article's own — its paragraphs, lists and tables read as at the margin —
    not code or a list item's continuation. The opening line itself is page_code's."""
    result = list(lines)
    inside = False
    for index, line in enumerate(lines):
        if ADMONITION.match(line) or CONTENT_TAB.match(line):
            inside = True
        elif inside and BOX_INDENT.match(line):
            result[index] = BOX_INDENT.sub("", line)
        elif inside and line.strip():
            inside = False
    return result


def page_code(raw: str) -> tuple[str, str] | None:
    """(repair kind, why) when the line is a docs site's page code (above), else None."""
    if MDX_STATEMENT.match(raw):
        return ("mdx-statement", "Dropped an MDX module statement (import/export: the docs "
                "site's page code, never text).")
    if TOC_MARKER.match(raw):
        return ("toc-marker", "Dropped a table-of-contents marker (the site draws its "
                "contents there; the briefing makes its own).")
    if CONTENT_TAB.match(raw):
        return ("content-tab", "Removed a content tab's label (MkDocs 「=== \"label\"」: the "
                "tab's button on the page); the tab's text under it is kept.")
    if ADMONITION.match(raw):
        return ("admonition", "Removed an admonition's opening line (MkDocs 「!!! type "
                "\"title\"」, a box's type and title, layout); the box's text under it is "
                "kept.")
    return None


# The words a picture shortcode prints under its picture: Hugo's figure 「caption="…"」
# and 「title="…"」, a Jekyll theme's figure and gallery includes (Minimal Mistakes: 「{% include
# gallery id="g1" caption="…" %}」) their caption (an alt text is never shown, a Hexo tag's
# title is a tooltip).
SHORTCODE_CAPTION = re.compile(r"""\b(?:caption|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def shortcode_caption(tag: str) -> str:
    """The caption a Hugo figure shortcode prints (its title and caption, in that
    order), or a theme's image shortcode (its caption), else ""."""
    kind = re.match(r"^\{(?:\{[<%]\s*(figure|image|img|photo|picture)"
                    r"|%-?\s*include\s+(?:figure|gallery))\b", tag, re.I)
    if not kind:
        return ""
    found = {match[0].split("=")[0].strip().lower(): (match[1] or match[2]).strip()
             for match in SHORTCODE_CAPTION.finditer(tag)}
    if tag.startswith("{%") or (kind[1] or "").lower() != "figure":
        # a Jekyll include's title is the picture's tooltip, and so is a theme's image
        # shortcode's (LoveIt, DoIt: 「{{< image src=… caption="午饭" >}}」 prints its caption)
        return found.get("caption", "")
    return " ".join(part for part in (found.get("title"), found.get("caption")) if part)


# Obsidian's own Markdown (notes and clips from a vault): 「%%私人批注%%」 comments, 「![[图.png]]」
# embeds, 「[[笔记|文字]]」 wiki links, 「==重点==」 highlights and 「> [!note] 标题」 callouts.
OBSIDIAN_COMMENT = re.compile(r"%%.*?%%")
OBSIDIAN_EMBED = re.compile(r"!\[\[([^\]\n]+)\]\]")
OBSIDIAN_LINK = re.compile(r"(?<!!)\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]")
OBSIDIAN_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")
OBSIDIAN_CALLOUT = re.compile(r"^([ \t]*>[ \t]*)\[![\w-]+\][+-]?[ \t]*")


def obsidian_syntax(number: int, line: str, result: Markup) -> str:
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


# A PDF-to-Markdown converter (MinerU and its kin) sets the figures it reads in a formula's
# font as inline math, a space between every token: 「由2015 年 $2 8 . 0 \%$ 上升到…」. A span
# of nothing but a number (its digits, a decimal point, a percent or degree sign) is that
# number; any other formula stays as it is, a doubt of its own elsewhere.
CONVERTED_NUMBER = re.compile(
    r"\$[ \t]*(?P<number>[+-]?[ \t]*\d(?:[ \t]*[.,]?[ \t]*\d)*)"
    r"[ \t]*(?P<sign>\\%|\^[ \t]*\{[ \t]*\\circ[ \t]*\})?[ \t]*\$")


def converted_numbers(number: int, line: str, result: Markup) -> str:
    """The line with each inline math span of a bare number read as that number (see
    above), logged."""
    def read(found: re.Match[str]) -> str:
        figure = re.sub(r"[ \t]+", "", found["number"])
        sign = found["sign"] or ""
        return figure + ("%" if sign.startswith("\\") else "°" if sign else "")

    before = line.strip()[:40]
    line, count = CONVERTED_NUMBER.subn(read, line)
    if count:
        result.repairs.append(Repair(
            "converted-number", number, before, line.strip()[:40],
            f"Read {count} number(s) a PDF converter set as inline math ($2 8 . 0 \\%$ → "
            "28.0%)."))
    return line


# A blockquote holding nothing but a pipe table (「>| 属性 | 值 |」 ⏎ 「>| ----- | ----- |」 …): a
# theme's boxed table, the quote its frame. Read as the table it is.
QUOTED_ROW = re.compile(r"^[ \t]*>[ \t]?(?=[ \t]*\|)")


def quoted_tables(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each such quote's marks taken off, and the first line of each."""
    result, found = list(lines), []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and QUOTED_ROW.match(lines[end]):
            end += 1
        above = lines[index - 1].strip() if index else ""
        below = lines[end].strip() if end < len(lines) else ""
        if end - index >= 3 and re.fullmatch(r"[|:\-\s]+", QUOTED_ROW.sub("", lines[index + 1])) \
                and not above.startswith(">") and not below.startswith(">"):
            for k in range(index, end):
                result[k] = QUOTED_ROW.sub("", lines[k])
            found.append(index)
            index = end
        else:
            index = max(end, index + 1)
    return result, found

"""One line's inline Markdown and HTML → article.md text (`render_inline`).

Markdown emphasis stays Markdown; inline tags become the model's spans (b/strong → `**`,
i/em → `*`, sub/sup and br kept) or are dropped, their text kept; block tags become
paragraph boundaries (a heading tag a `#` line); entities are decoded (`&lt;` `&gt;` kept);
a link keeps its words; an image is marked where it stood, with its alt text, its title and
whether it is a button; a site generator's tag inside the line is dropped and a <ruby> gloss
written with its reading in brackets. What was done is noted (`Notes`) for the line reader
to log."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape

from markdown_it.token import Token

from briefing.importer.markup.shared import BREAK, CAPTION_MARK, IMAGE_MARK, MD, QUOTE_MARK, SPACES

BOLD_TAGS = frozenset({"b", "strong"})
ITALIC_TAGS = frozenset({"i", "em", "cite", "dfn"})
# Words the author struck through: printed struck (「~~…~~」), never as plain words.
STRUCK_TAGS = frozenset({"del", "s", "strike"})
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


# An image inside a link to another page (「[![build](https://img.shields.io/….svg)](…)」,
# a WeChat banner to an earlier post) is a button — a README's badges, an advertisement —
# not a photo of the article: no line under it is its caption. A link to a picture (the
# photo in full size) leaves it a photo.
PICTURE_ADDRESS = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?:[?#].*)?$", re.I)


def _button(notes: Notes, source: str) -> bool:
    if not notes.in_link or not notes.links:
        return False
    href = notes.links[-1]
    return href != source and not PICTURE_ADDRESS.search(href)


# An image's title, 「![alt](photo.jpg "平遥城墙")」: the words the author wrote about the
# picture, which a page shows with it (a site generator's figure as its caption, a browser
# as the picture's tooltip). A title that only names the file or its address says nothing.
FILE_NAME = re.compile(r"^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$|^\w+://", re.I)


def image_title(token: Token) -> str:
    return usable_title(str(token.attrs.get("title") or ""), str(token.attrs.get("src") or ""))


def usable_title(title: str, source: str = "") -> str:
    """An image's title (Markdown's 「"…"」, HTML's title attribute), or "" where it says
    nothing of the picture (no words, a file name, an address). `source`: the image's
    address — a title that is its file's name without the extension (「IMG_0172」 on
    「…/IMG_0172.jpg」) is what a blog editor fills in for the writer, not a caption."""
    title = title.strip(SPACES)
    stem = re.sub(r"\.\w{2,5}$", "", source.split("?")[0].split("#")[0].rsplit("/", 1)[-1])
    if not WORD_CHARACTER.search(title) or FILE_NAME.match(title) \
            or title.lower() in TOOL_TITLES or stem and title.lower() == stem.lower():
        return ""
    return title


# A title an editor or a clipper writes into every picture (its placeholder, a zoom hint):
# the tool's words, not the author's about this picture.
TOOL_TITLES = frozenset({"图片", "图像", "插图", "image", "img", "photo", "picture", "pic",
                         "点击查看大图", "点击放大", "点击查看原图", "查看大图"})


# Escaped characters that mean nothing in article.md (it has no lists): 「**1\. 概述**」
# is written so that no Markdown renderer numbers a list; the number is the text's.
PLAIN_ESCAPES = frozenset(".)(")


# What a line of links may hold besides them: separators, spaces, emoji and symbols.
WORD_CHARACTER = re.compile(r"[\w\u4e00-\u9fff]")


def strip_breaks(text: str) -> str:
    text = text.replace(IMAGE_MARK, "").replace(CAPTION_MARK, "").replace(QUOTE_MARK, "")
    return re.sub(r"\s+", " ", text.replace(BREAK, " ").replace("<br>", " ")).strip()


@dataclass
class Notes:
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
    back_references: int = 0  # footnotes' links back to their marks, dropped
    anchors: int = 0  # headings' permalinks (「[#](#小标题)」), dropped
    quotes: int = 0  # <blockquote>s open: their paragraphs are a quotation's (「> 」)


# Stars a plain text writes for what it masks (a 范文 site's 「20**年」「批复**年」
# 「编制日期：**日」「跳出**看**」): the text's characters, printed as they stand — never
# bold, which a plain text does not write around a year or, inside a sentence, a word of one
# or two characters (a bold head of two, 「**概述**」, stands on its own line).
MASK_STARS = re.compile(r"(?<=[\d\u4e00-\u9fff：:])\*{2,}(?=[年月日号])"
                        r"|(?<=\d)\*{2,}(?=[\u4e00-\u9fff])")
MASKED_WORD = re.compile(r"(?<=[\u4e00-\u9fff])\*\*([\u4e00-\u9fff]{1,2})\*\*(?!\*)")


# 「![老无所依](/images/IMG_0313.jpg --alt Don't touch me)」「![](a.png =300x)」: an image
# with a blog plugin's or an editor's options after its address, not a quoted title.
# CommonMark reads no image there and would print the whole as text; the writer's page
# shows a picture. Read as the image it is (its options dropped).
IMAGE_OPTIONS = re.compile(r"(!\[[^\]\n]*\]\(\s*<?[^()\s<>]+>?)[ \t]+(?![\"'(])[^()\"\n]*\)")


# 「[数据处理]((https://blog.golang.org/…#TOC_7.)」: a link's address opened with its
# parenthesis typed twice. CommonMark reads no link and would print the whole; the writer
# meant the link (its words kept, as any link's).
DOUBLED_LINK_OPENING = re.compile(r"\]\(\((?=[a-z][a-z0-9+.-]*://[^()\s]*\))", re.I)


# 「<a href="https://arxiv.org/abs/2305.08322"" target="_blank">论文</a>」: an attribute's value
# closed by its quote typed twice. A browser reads the tag (and shows the link's words);
# CommonMark reads no tag and would print it. The stray quote is dropped.
DOUBLED_QUOTE = re.compile(r'(<[a-zA-Z][^<>\n]*?=[ \t]*"[^"<>\n]*")"(?=[\s>/])')


# 「[地圖數值呈現](http://…&title=2012%E5%B9%B4(%E6%9D%91%E9%87%8C)」 at the line's end: a
# link whose address ends in a parenthesis of its own, the link's closing one left out — the
# writer's link; CommonMark reads none and would print the address. Closed.
UNCLOSED_LINK = re.compile(r"(\[[^\[\]\n]+\]\([a-z][a-z0-9+.-]*://[^\s()]*\([^\s()]*\))[ \t]*$",
                           re.I)


# The writer's slips a page forgives and CommonMark does not, mended before the line is read
# (each above): (the slip, what it becomes).
MARKDOWN_MENDS = ((IMAGE_OPTIONS, r"\1)"), (DOUBLED_LINK_OPENING, "]("), (UNCLOSED_LINK, r"\1)"),
                  (DOUBLED_QUOTE, r"\1"))


def render_inline(text: str, table: bool = False, references: dict | None = None,
                  plain: bool = False) -> tuple[str, Notes]:
    """One line's inline Markdown/HTML → article.md text; BREAK where a block tag stood.
    `references`: the text's link reference definitions (「[文字][1]」 is a link).
    `plain`: the line is a plain text's (a raw extraction, a copied page), not Markdown's."""
    notes = Notes(plain=plain)
    if not plain:
        for pattern, mended in MARKDOWN_MENDS:
            text = pattern.sub(mended, text)
    else:
        text = MASK_STARS.sub(lambda m: "\\*" * len(m.group(0)), text)
        text = MASKED_WORD.sub(r"\*\*\1\*\*", text)
    tokens = MD.parseInline(text, dict(references or {}))[0].children or []
    out: list[str] = []
    skip_to = -1
    for index, token in enumerate(tokens):
        if index <= skip_to:
            continue
        end = _back_reference_end(tokens, index)
        if end is not None:
            notes.back_references += 1
            skip_to = end
            continue
        end = _permalink_end(tokens, index)
        if end is not None:
            notes.anchors += 1
            skip_to = end
            continue
        out.append(_render_token(token, notes, table))
    rendered = "".join(out)
    if notes.comments:
        # 「**<!--anchor-->**[资源](…)」: a bold run that held only a comment, dropped, leaves
        # its marks with nothing between them — printed as 「****」.
        rendered = re.sub(r"\*\*\*\*|(?<![_\w])____(?![_\w])", "", rendered)
    if any(name in BOLD_TAGS for name in notes.mapped):
        # 「<strong> 📝你想…？</strong>」: a space inside the tag, which HTML does not print,
        # would leave the marks written for it unread as bold, and printed
        rendered = SPACED_BOLD.sub(_spaced_bold, TRAILING_SPACE_BOLD.sub(r"**\1** ", rendered))
    if BREAK in rendered:
        # 「**<p align="center">图1 …</p>**」: emphasis marks around a block element (an
        # editor's bold, centred caption) are left alone on each side of its boundaries —
        # marks with no words, never text of the page.
        rendered = BREAK.join(
            "" if LONE_EMPHASIS.match(piece) else piece for piece in rendered.split(BREAK))
    # A <br> next to a paragraph boundary, or two in a row, is the boundary itself.
    rendered = re.sub(r"(?:<br>[ \t\u3000\u00a0]*){2,}", BREAK, rendered)
    rendered = re.sub(rf"<br>[{SPACES}]*(?={BREAK}|$)|(?<={BREAK})[{SPACES}]*<br>", "",
                      rendered)
    rendered = re.sub(r"^[ \t]*<br>", "", rendered)
    # <br> then indentation (&emsp;&emsp;): a new paragraph.
    rendered = re.sub("<br>[\u3000\u2003\u2002\u00a0]+", BREAK, rendered)
    for name in KEPT_TAGS:
        # A <sub>/<sup> the line opens and does not close, or closes unopened (「<p
        # align="center"><sub><sup>」 ⏎ the caption ⏎ 「</sup></sub></p>」: a theme's small
        # print round a caption over three lines): styling, no sub- or superscript — the
        # tags go, the words stay.
        if rendered.count(f"<{name}>") != rendered.count(f"</{name}>"):
            rendered = rendered.replace(f"<{name}>", "").replace(f"</{name}>", "")
            notes.unwrapped.append(name)
    if table:
        rendered = rendered.replace(BREAK, " ").replace(IMAGE_MARK, "").replace(
            CAPTION_MARK, "").replace(QUOTE_MARK, "")
    return rendered, notes


LONE_EMPHASIS = re.compile(r"^[ \t\u3000]*(?:\*{1,3}|_{1,3}|~~)[ \t\u3000]*$")


# A footnote's link back to its mark in the text, as Markdown converters and site
# generators write it at the note's end (Hugo's and Pandoc's 「[↩︎](#fnref:1)」, kramdown's
# 「#fnref1」): a page's navigation, nothing of the note — its arrow has no font in print.
BACK_REFERENCE = re.compile(r"^#fnref[:\-_.]?[\w\-]*$", re.I)
BACK_ARROW = re.compile(r"^[\s↩↑⤴^\ufe0e\ufe0f]+$")


# A heading's permalink, as site themes write it after the heading's words (Hugo's and
# MkDocs' 「[#](#小标题)」「[¶](#…)」): a link to the heading itself whose text is its mark —
# the page's, printed as a stray 「#」.
PERMALINK_TEXT = re.compile(r"^[\s#¶§🔗\ufe0e\ufe0f]*$")


def _permalink_end(tokens: list, index: int) -> int | None:
    token = tokens[index]
    if token.type != "link_open" or not str(token.attrs.get("href", "")).startswith("#"):
        return None
    for end in range(index + 1, len(tokens)):
        if tokens[end].type == "link_close":
            inside = "".join(t.content for t in tokens[index + 1:end])
            return end if PERMALINK_TEXT.match(inside) else None
    return None


def _back_reference_end(tokens: list, index: int) -> int | None:
    """The index of the link_close of a back reference opening at tokens[index], else None."""
    token = tokens[index]
    if token.type != "link_open" or not BACK_REFERENCE.match(str(token.attrs.get("href", ""))):
        return None
    for end in range(index + 1, len(tokens)):
        if tokens[end].type == "link_close":
            inside = "".join(t.content for t in tokens[index + 1:end])
            return end if BACK_ARROW.match(inside or " ") else None
    return None


# Underscores in a plain text (a raw PDF extraction, a copied page) belong to names —
# 「is_xxx」「MAX_COUNT」「_name / __name / name_」 in a coding standard, a file name
# 「微信图片_2023….jpg」 —, never to emphasis, which only Markdown writes: Markdown would
# pair two of them into italics and the marks would be lost. They stay text (escaped).
def _plain_underscores(token: Token, notes: Notes) -> str:
    if notes.plain and token.markup.startswith("_"):
        return "\\_" * len(token.markup)
    return ""


# A tag whose name mixes cases (「<resultMap>」「<String>」「<HashMap>」) is no HTML
# element — HTML writes its tags in one case, <p> or <P> — but a program's or an XML
# schema's name written in the text: it is text, kept (the repairs escape its 「<」).
# …unless it closes itself with its attributes (「<ImageGallery dir="/images/day1/" />」): a
# VitePress/VuePress or MDX component, which the site renders (a photo gallery, a badge) —
# none of it is text a reader would see, dropped as a generator's tag is.
COMPONENT_TAG = re.compile(
    r"<[A-Z][A-Za-z0-9]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'))?)*\s*/>")


def _identifier_tag(name: str) -> bool:
    return name != name.lower() and name != name.upper()


def _render_token(token: Token, notes: Notes, table: bool) -> str:
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


# 「<strong>加粗 </strong>之后」: the tag's space before its close (moved out of the run).
TRAILING_SPACE_BOLD = re.compile(r"(?<![*\\\w])\*\*([^*\s](?:[^*]*?[^*\s])?)[ \t\u3000]+\*\*(?!\*)")


def _spaced_bold(match: re.Match[str]) -> str:
    words = match.group(1)
    return f"**{words}**" if re.search(r"[^\W\d_]", words) else match.group(0)


# A site generator's tag inside a line of text (Hexo/Jekyll 「{% label info@提示 %}」「{%
# endnote %}」, Hugo 「{{< kbd Ctrl >}}」「{{% /notice %}}」): page code the generator replaces,
# never printed as written. Liquid's 「{{ … }}」 alone is left (a program's text may hold it);
# in a code span nothing is touched.
INLINE_TEMPLATE_TAG = re.compile(r"\{%-?[ \t]*/?[A-Za-z][\w-]*[^%{}]*?-?%\}"
                                 r"|\{\{[<%][ \t]*/?[A-Za-z][\w/-]*[^{}]*?[>%]\}\}")


# Hexo's link tags print their title (「{% post_link slug '最高學習法' %}」 → 最高學習法): the
# words the page shows, as a Markdown link's are.
LINK_TAG = re.compile(r"^\{%-?[ \t]*(?:post_link|asset_link)[ \t]+\S+[ \t]+"
                      r"(?:'([^']+)'|\"([^\"]+)\"|([^'\"%\s][^%]*?))[ \t]*(?:true|false)?"
                      r"[ \t]*-?%\}$")


def _template_tag(tag: str, notes: Notes) -> str:
    notes.template_tags.append(tag)
    linked = LINK_TAG.match(tag)
    return next((words for words in linked.groups() if words), "") if linked else ""


def _render_tag(tag: str, notes: Notes, table: bool) -> str:
    if tag.startswith("<!--"):
        notes.comments += 1
        return ""
    match = TAG.match(tag)
    if not match:
        notes.dropped.append(tag)
        return ""
    if COMPONENT_TAG.fullmatch(tag):
        return _template_tag(tag, notes)  # a site generator's component: not the text's
    if _identifier_tag(match.group(2)):
        (notes.linked if notes.in_link else notes.unlinked).append(tag)
        return tag
    closing, name = match.group(1), match.group(2).lower()
    if name in BOLD_TAGS:
        notes.mapped[name] = "**"
        return "**"
    if name in STRUCK_TAGS:
        notes.mapped[name] = "~~"
        return "~~"
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
        if name == "blockquote":
            notes.quotes = max(0, notes.quotes + (-1 if closing else 1))
        return BREAK + (QUOTE_MARK if notes.quotes and not table else "")
    if name in ("img",):
        source = re.search(r"src=[\"']?([^\"'\s>]+)", tag)
        notes.images.append(source.group(1) if source else tag)
        alt = re.search(r"\balt=(?:\"([^\"]*)\"|'([^']*)')", tag)
        notes.alts.append(((alt.group(1) or alt.group(2) or "") if alt else "").strip())
        notes.buttons.append(_button(notes, source.group(1) if source else ""))
        title = re.search(r"\btitle=(?:\"([^\"]*)\"|'([^']*)')", tag)
        notes.titles.append(usable_title(unescape(
            (title.group(1) or title.group(2) or "") if title else ""),
            source.group(1) if source else ""))
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


def _ruby_tag(name: str, closing: str, notes: Notes) -> str:
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

"""Where an image stood, and the caption slot it opens: an HTML figure's short paragraph
(or a line of small print under an image) made its <figcaption>, an image's boundary (its
title, when it has one, standing under it as its caption), images written as data: URIs
dropped, and the slots closed where what follows is no caption (a paragraph's opening, a
list item, an empty element)."""

from __future__ import annotations

import re

from briefing.importer.markup.shared import Markup
from briefing.importer.markup.wraps import BLOCK_START
from briefing.importer.parse import SourceLine
from briefing.importer.records import Repair

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


# …and a line of small print right under an image (a news site's, 「<img …><div><small>中国
# 气候女孩欧泓奕上个月底…</small></div>」): the photo's caption, set small as captions are.
SMALL_UNDER_IMAGE = re.compile(
    r"(<img\b[^>]*>\s*(?:</a>\s*)?(?:</?(?:div|p|center|span)\b[^>]*>\s*)*)"
    r"<small\b[^>]*>([^<>]{2,160})</small>", re.I)


# WordPress's caption shortcode as an exporter leaves it (escaped or not): 「\[caption id=…
# align=… width=…\]![游戏截图](/images/97412.jpeg) 游戏截图\[/caption\]」 — the picture and,
# after it, its caption.
WP_CAPTION = re.compile(r"\\?\[caption\b[^\]]*?\\?\]"
                        r"(?P<picture>\s*(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>))"
                        r"\s*(?P<caption>.*?)\\?\[/caption\\?\]", re.I)


def figure_paragraphs(lines: list[str]) -> list[str]:
    """The lines with each such paragraph written as the element's <figcaption>."""
    lines = [SMALL_UNDER_IMAGE.sub(r"\1<figcaption>\2</figcaption>", line) for line in lines]
    lines = [WP_CAPTION.sub(lambda m: m["picture"].strip() + (
        f"<figcaption>{m['caption'].strip()}</figcaption>" if m["caption"].strip() else ""),
        line) for line in lines]
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


TITLE_CAPTION = ("An image's title (「![…](… \"title\")」), the author's words on the "
                 "picture that a page shows with it: made it the picture's caption.")
TITLE_UNDER_CAPTION = ("An image's title, which the caption written under the picture "
                       "says again (「title=\"红花羊蹄甲\"」, then 「图1 红花羊蹄甲 图片来"
                       "源：…」): the caption under it is the picture's; the title (a "
                       "tooltip) is not printed.")


def image_boundary(number: int, image: str | None, captions: list[str],
                   result: Markup) -> None:
    """Where an image stood alone: a boundary a caption may stand under — or, for each
    image with a title, its title standing under it as its caption."""
    if not any(captions):
        result.lines.append(SourceLine(number, "", virtual=True, image=image))
        return
    for title in filter(None, captions):
        result.repairs.append(Repair(
            "image-title", number, title[:40], f"::: figure ⏎ {title[:40]} ⏎ :::",
            TITLE_CAPTION))
        result.lines.append(SourceLine(number, "", virtual=True, image=title))
        result.lines.append(SourceLine(number, title))
        result.lines.append(SourceLine(number, "", virtual=True))


def titles_over_captions(lines: list[SourceLine], repairs: list[Repair]) -> None:
    """An image's title made its caption (image_boundary), when the next text under the
    picture is its written caption holding the title's words: only that one stands, the
    title's lines becoming the image's plain boundary (a slot for the caption under it)."""
    index = 0
    while index + 2 < len(lines):
        mark, title, after = lines[index:index + 3]
        if not (mark.virtual and mark.image and not title.virtual and title.text == mark.image
                and after.virtual and after.image is None and not after.text):
            index += 1
            continue
        below = next((line for line in lines[index + 3:index + 8]
                      if line.text.strip() and not line.virtual), None)
        words = re.sub(r"\s+", "", mark.image)
        if below is None or words not in re.sub(r"\s+", "", below.text) \
                or len(below.text.strip()) > FIGURE_CAPTION_MAX:
            index += 1
            continue
        lines[index:index + 3] = [SourceLine(mark.number, "", virtual=True, image=mark.image)]
        for number, repair in enumerate(repairs):
            if repair.kind == "image-title" and repair.line == mark.number \
                    and repair.before == mark.image[:40]:
                repairs[number] = Repair("image-title", repair.line, repair.before, "",
                                         TITLE_UNDER_CAPTION)
                break
        index += 1


# An image whose address is the picture itself, 「![图片](data:image/svg+xml,%3Csvg …)」: a
# web clipper writes a page's lazy-loaded placeholder so. Markdown reads no image when the
# URI has spaces or parentheses, and the whole URI would print as text.
DATA_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*(?=data:)")


def data_images(line: str) -> tuple[str, list[tuple[str, str]]]:
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


def paragraph_openings(lines: list[SourceLine]) -> None:
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


def no_caption_slot(lines: list[SourceLine]) -> None:
    """The image standing right above (only blank lines between) opens no caption slot."""
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.text.strip():
            return
        if line.image is not None:
            lines[index] = SourceLine(line.number, "", virtual=True)

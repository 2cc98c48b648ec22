"""Plain text and Markdown: the file is already the form the importer reads.

A Markdown line that is only an image of a file beside the article (`![说明](img/1.jpg)`)
brings that photo in: the line goes, the photo's caption is the short line under it (or
its description, when that is Chinese). One outside the article's folder, or missing, is
left out and named in the report — its title, or the short line right under it, still read as
the caption it is (the line left to the structure recovery, as an image's on the web is); images
on the web are left to the structure recovery (they are not fetched).
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

from briefing.importer.chars import has_han
from briefing.importer.markup.inline import usable_title
from briefing.importer.readers import Article, Image, ReadOptions
from briefing.importer.source import decode_article

KIND = "text"
IMAGE_LINE = re.compile(r"^\s*!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"([^\"]*)\")?\s*\)\s*$")
CAPTION_MAX = 60


def sniff(data: bytes, path: Path) -> bool:
    return True  # the last reader tried: whatever is left is read as text


# A WeChat article's page kept whole in a Markdown post (an RSS archive's copy): the article
# is the element `id="js_content"`; around it stand the platform's frame — the headline
# block, the account's card (原创, 微信号, 功能介绍), its QR code, 收录于合集, scripts —
# which the post's own front matter already names. The lines outside it are left out
# (blank, so the report's line numbers stay the file's), as the web-page reader does.
WECHAT_CONTAINER = re.compile(r"""<div\b[^>]*\bid=["']js_content["']""", re.I)
DIV_TAG = re.compile(r"<div\b|</div\s*>", re.I)
WECHAT_FRAME = re.compile(r"""\bid=["'](?:activity-name|js_name|profileBt|img-content)["']"""
                          r"|\brich_media_wrp\b")


def wechat_article_lines(lines: list[str]) -> tuple[list[str], str | None]:
    """The lines with all but the WeChat article container's blank (front matter kept),
    and the report's note; the lines as they were when there is no container."""
    text = "\n".join(lines)
    opening = WECHAT_CONTAINER.search(text)  # (its tag may span lines)
    # (only inside WeChat's own page: a site that pasted the article into its own page keeps
    # its title and facts outside the container)
    if opening is None or not WECHAT_FRAME.search(text):
        return lines, None
    depth = 0
    for tag in DIV_TAG.finditer(text, opening.start()):
        depth += -1 if tag[0].startswith("</") else 1
        if depth == 0:
            break
    else:
        return lines, None
    start, end = text.count("\n", 0, opening.start()), text.count("\n", 0, tag.start())
    head = 0  # the post's front matter (--- … ---, maybe under a blank line) stays
    first = next((i for i, line in enumerate(lines[:start]) if line.strip()), None)
    if first is not None and lines[first].strip() == "---":
        head = next((i + 1 for i in range(first + 1, start) if lines[i].strip() == "---"), 0)
    frame = [i for i in range(head, len(lines)) if not start <= i <= end and lines[i].strip()]
    if not frame:
        return lines, None
    kept = [line if i < head or start <= i <= end else "" for i, line in enumerate(lines)]
    return kept, (f"the WeChat page's frame around its article (the headline block, the "
                  f"account's card and QR code, scripts) left out: {len(frame)} lines outside "
                  f"lines {start + 1}–{end + 1}")


def read(path: Path, data: bytes, options: ReadOptions) -> Article:
    text = decode_article(data, path)
    lines, frame = wechat_article_lines(text.split("\n"))
    images: list[Image] = []
    notes: list[str] = [frame] if frame else []
    kept: list[str] = []
    folder = path.parent.resolve()
    for index, line in enumerate(lines):
        match = IMAGE_LINE.match(line)
        src = match.group(2) if match else ""
        if not match or urllib.parse.urlparse(src).scheme or src.startswith("//"):
            kept.append(line)
            continue
        candidate = (path.parent / urllib.parse.unquote(src)).resolve()
        if not candidate.is_relative_to(folder) or not candidate.is_file():
            where = "outside the article's folder" if not candidate.is_relative_to(folder) \
                else "missing"
            notes.append(f"the image {src} (line {index + 1}) is {where}: left out")
            # the line stays for the Markdown reader, as a picture's on the web does, when
            # the picture has a title (「![a](/x.jpg "波士顿街区")」) or a line right under it,
            # no blank line between (a converter's 「![](images/1.jpg)」 ⏎ 「亿欧智库：储能广义
            # 分类」): its caption, without its picture
            under = lines[index + 1].strip() if index + 1 < len(lines) else ""
            titled = bool(match.group(3) and usable_title(match.group(3), src))
            kept.append(line if titled or (under and not IMAGE_LINE.match(under)) else "")
            continue
        following = next((lines[k].strip() for k in range(index + 1, min(index + 3,
                                                                        len(lines)))
                          if lines[k].strip()), "")
        caption = following if 0 < len(following) <= CAPTION_MAX and has_han(following) \
            and not IMAGE_LINE.match(following) and not following.startswith("#") else None
        alt = match.group(1).strip()
        previous = next((k.strip() for k in reversed(kept) if k.strip()), None)
        images.append(Image(candidate.name, candidate.read_bytes(),
                            caption=caption or (alt if has_han(alt) else None), alt=alt,
                            after=previous[:30] if previous else None))
        kept.append("")  # the line's place: the text's line numbers stay the file's
    return Article("\n".join(kept), KIND, images=images, notes=notes)

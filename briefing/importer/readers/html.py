"""A saved web page (.html/.htm, a WeChat article's HTML) → the article's text.

The main content is found by trafilatura (navigation, share widgets, 上一篇/下一篇,
footers and scripts are left out) and its XML is written as the importer's text: headings,
paragraphs with **bold**, tables (their merged cells read from the page itself, with `<` and
`^`), quotations, and images with their captions (<figcaption>, or a short 图/▲ line under
the image). The front matter facts come from the page's meta tags (title, site, date, URL,
author) and from a 来源/发布时间/作者 line at the head of the article, which is dropped.

Images are read from the saved page's own folder only (a relative path that stays inside
it, or a data: URI); an address on the web is not fetched (a note in the report says so).
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from briefing.errors import InputError
from briefing.importer.chars import has_han
from briefing.importer.markup.shared import SERVER_CODE_PATTERN
from briefing.importer.markup.tables import numbered_rows, pipe_lines, tidy_grid
from briefing.importer.readers import Article, Image, ReadOptions

KIND = "html"
SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml")
MARKUP_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?"
    # a server page's template (JSP 「<%@ page … %>」, PHP 「<?php … ?>」) before the page it
    # makes: a web page all the same, kept as .jsp, .php — or .txt
    rb"(?:(?:<%.*?%>|<\?php.*?\?>)\s*)*"
    rb"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL)
FACT_LINE = re.compile(
    r"(来源|出处|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览次数|点击)\s*[:：]")
FACT_FIELD = re.compile(
    r"(来源|出处|发布时间|发布日期|时间|日期|作者)\s*[:：]\s*(.+?)"
    r"(?=\s+(?:来源|出处|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览次数|点击|字号)\s*[:：]|$)")
DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
CAPTION_TEXT = re.compile(r"^(?:图\s*[\d一二三四五六七八九十①-⑳]|▲|△|■|图为)")
CAPTION_MAX = 80


def sniff(data: bytes, path: Path) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    return bool(MARKUP_START.match(head)) or (
        path.suffix.lower() in SUFFIXES and head.lstrip().startswith(b"<"))


def read(path: Path, data: bytes, options: ReadOptions) -> Article:
    import trafilatura

    page = _decoded(data, path)
    tree = _parsed(page, path)
    _wechat_images(tree)
    _bookmarks_unwrapped(tree)
    article = _article_only(tree)
    source_html = lxml_html.tostring(article, encoding="unicode")
    extracted = trafilatura.extract(
        source_html, output_format="xml", include_tables=True, include_images=True,
        include_formatting=True, include_comments=False, with_metadata=True,
        favor_recall=True, deduplicate=False)
    if not extracted or not has_han(_text_of(etree.fromstring(extracted.encode("utf-8")))):
        scripts = len(tree.findall(".//script"))
        what = (f"it is all scripts ({scripts} <script> elements build it in the browser)"
                if scripts else "nothing in it reads as an article")
        raise InputError(
            f"this page has no article text: {what}", file=path,
            fix="open the page in a browser, let it load, then save it as 'Web page, "
                "complete' (or copy the article's text into a .txt file) and import that")
    document = etree.fromstring(extracted.encode("utf-8"))
    writer = _Writer(path, tree)
    body = writer.blocks(document.find("main"))
    facts = _meta_facts(tree, document)
    facts.update(_wechat_facts(tree))
    facts.update({k: v for k, v in writer.facts.items() if v})
    text = "\n\n".join(body)
    notes = writer.notes + _passages_left_out(article, document)
    if not facts.get("title"):
        heading = _heading_above(article, document)
        if heading:  # (the page has no <title>: its heading over the article is the title)
            facts["title"] = heading
            notes.append(f"the page names no title (no <title>, no meta title, or an "
                         f"editor's default one): took its heading above the article, "
                         f"「{heading[:30]}」 — check it")
    title = facts.get("title")
    if title and not text.startswith("# "):
        text = f"# {title}\n\n" + text
    return Article(text + "\n", KIND, facts=facts, images=writer.images,
                   captions=writer.captions, notes=notes)


# What the extractor left out of the article's middle: a passage of the page (a paragraph,
# an item, a cell — 8 Han characters or more) that stands between two passages it kept
# and is not in its text. Its frame (menus, footers) stands outside that span; a passage
# inside it was taken for boilerplate — a clause with a bookmark, a paragraph of links —
# and a lost passage is told, never silent: the editor checks it against the page.
PASSAGE_TAGS = ("p", "li", "td", "th", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
                "dd", "pre")
PASSAGE_HAN_MIN = 8


def _heading_above(page, document) -> str | None:
    """The page's last heading (h1–h3, with Han) before the first passage the extractor
    kept, when the extracted text does not hold it: a page with no <title> whose
    template sets the story's headline over its body (「<h3>四川铁科召开…</h3>」)."""
    kept = re.sub(r"\s", "", _text_of(document.find("main")))
    heading = None
    for element in page.iter("h1", "h2", "h3", *PASSAGE_TAGS):
        words = re.sub(r"\s", "", element.text_content())
        if element.tag in ("h1", "h2", "h3") and has_han(words) and words not in kept:
            heading = " ".join(element.text_content().split())
        elif len(re.findall(r"[\u4e00-\u9fff]", words)) >= PASSAGE_HAN_MIN and words in kept:
            return heading
    return None


def _passages_left_out(page, document) -> list[str]:
    kept = re.sub(r"\s", "", _text_of(document.find("main")))
    passages = []
    for element in page.iter(*PASSAGE_TAGS):
        if any(child.tag in PASSAGE_TAGS for child in element.iterdescendants()):
            continue  # its passages are read one by one
        words = re.sub(r"\s", "", element.text_content())
        if len(re.findall(r"[\u4e00-\u9fff]", words)) >= PASSAGE_HAN_MIN:
            passages.append(words)
    found = [i for i, words in enumerate(passages) if words in kept]
    if not found:
        return []
    return [f"the page's text extractor left out a passage between two it kept: "
            f"「{words[:30]}…」 — check it against the page and add it if it is the article's"
            for words in passages[found[0]:found[-1]] if words not in kept]


def _decoded(data: bytes, path: Path) -> str:
    declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.I)
    encodings = ["utf-8"]
    if declared:
        encodings.insert(0, declared.group(1).decode("ascii").lower())
    encodings += ["gb18030"]
    for encoding in encodings:
        if encoding in ("gb2312", "gbk"):
            encoding = "gb18030"
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError("this page's text cannot be decoded (neither UTF-8 nor GB18030)",
                     file=path, fix="save the page again from the browser (UTF-8)")


# A server page's own code kept in its source (JSP 「<%@ include … %>」 「<c:import …>」, PHP
# 「<?php … ?>」, ASP 「<% … %>」): the server ran it, a reader never saw it.
SERVER_CODE = re.compile(SERVER_CODE_PATTERN, re.S | re.I)


def _parsed(page: str, path: Path):
    try:
        tree = lxml_html.document_fromstring(SERVER_CODE.sub("", page))
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"this page cannot be read as HTML: {error}", file=path,
                         fix="save the page again from the browser") from None
    return tree


def _wechat_images(tree) -> None:
    """WeChat and lazy-loading pages keep the address in data-src: make it the src."""
    for img in tree.iter("img"):
        lazy = img.get("data-src") or img.get("data-original")
        if lazy and (not img.get("src") or img.get("src", "").startswith("data:image/svg")):
            img.set("src", lazy)


def _bookmarks_unwrapped(tree) -> None:
    """A bookmark (「<A name=_Toc92270212></A>」, an anchor with no address: Word sets one
    before every head and clause) links nowhere; the extractor counts it a link all the
    same, and a paragraph opening with one reads to it as a line of links, left out — the
    clause with it. Each is unwrapped: its words, if any, stay in their place."""
    for anchor in tree.xpath("//a[@name and not(@href) and not(@id)]"):
        anchor.drop_tag()


# Containers that hold the article and nothing else, by publishing system.
ARTICLE_CONTAINERS = ("//*[@id='js_content']",)  # WeChat (mp.weixin.qq.com)


def _article_only(tree):
    """The page cut to its article container when the publishing system is known (a
    WeChat article's toolbar, QR code and 阅读原文 stand outside it); else the page."""
    for path in ARTICLE_CONTAINERS:
        found = tree.xpath(path)
        if found:
            container = found[0]
            container.attrib.pop("style", None)  # WeChat hides it until its script runs
            page = lxml_html.document_fromstring("<html><head></head><body></body></html>")
            head = tree.find("head")
            if head is not None:
                page.replace(page.find("head"), head.__copy__())
            article = etree.SubElement(page.find("body"), "article")
            article.append(container.__copy__())
            return page
    return tree


def _wechat_facts(tree) -> dict[str, str]:
    """A WeChat article's account (its publisher) and publication time (var ct)."""
    facts: dict[str, str] = {}
    name = tree.xpath("//*[@id='js_name']")
    if name and _clean(_text_of(name[0])):
        facts["source"] = _clean(_text_of(name[0]))
        facts["source_from"] = "the WeChat account that published the page"
    for script in tree.iter("script"):
        match = re.search(r"\bvar\s+ct\s*=\s*\"(\d{10})\"", script.text or "")
        if match:
            import datetime as dt

            moment = dt.datetime.fromtimestamp(int(match.group(1)),
                                               dt.timezone(dt.timedelta(hours=8)))
            facts["date"] = moment.date().isoformat()
            facts["date_from"] = "the WeChat page's publication time"
    return facts


def _text_of(element) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _meta(tree, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            for meta in tree.iterfind(f".//meta[@{attribute}='{name}']"):
                content = (meta.get("content") or "").strip()
                if content:
                    return content
    return None


def _stated(date: str, tree) -> bool:
    """Does the page say this date anywhere (2011-10-09, 2011/10/9, 2011年10月9日 …)?
    trafilatura's date, when no meta tag gives one, is a guess of htmldate's and may be a
    default the page never states (「2008-01-01」): only a date the page shows is taken."""
    found = DATE.search(date)
    if not found:
        return False
    year, month, day = (int(g) for g in found.groups())
    page = re.sub(r"\s+", "", lxml_html.tostring(tree, encoding="unicode"))
    return bool(re.search(rf"{year}(?:[-/.年]0?{month}[-/.月]0?{day}(?!\d)|0?{month}0?{day})",
                          page)) or f"{year}{month:02d}{day:02d}" in page


# An editor's default title, never changed by the page's author (VS Code's 「Document」,
# Dreamweaver's 「无标题文档」, FrontPage's 「新建网页 1」): the page names no title.
PLACEHOLDER_TITLE = re.compile(r"(?:document|untitled(?:[ -]document)?(?:[ -]?\d+)?|title|"
                               r"page title|无标题文档|无标题页|无标题|新建网页[ \t]*\d*|"
                               r"react app|vite app)", re.I)


def _meta_facts(tree, document) -> dict[str, str]:
    facts: dict[str, str] = {}
    title = _meta(tree, "og:title", "twitter:title", "ArticleTitle") or document.get("title")
    if title and not PLACEHOLDER_TITLE.fullmatch(title.strip()):
        facts["title"] = title.strip()
    site = _meta(tree, "og:site_name", "ContentSource", "source", "SiteName")
    if site or document.get("sitename"):
        facts["source"] = (site or document.get("sitename")).strip()
    date = _meta(tree, "article:published_time", "publishdate", "PubDate", "pubdate",
                 "date")
    if not date and document.get("date") and _stated(document.get("date"), tree):
        date = document.get("date")
    match = DATE.search(date or "")
    if match:
        facts["date"] = "{}-{:02d}-{:02d}".format(*(int(g) for g in match.groups()))
        facts["date_from"] = "the page's publication date (its meta tags)"
    url = _meta(tree, "og:url") or document.get("url")
    canonical = tree.find(".//link[@rel='canonical']")
    if not url and canonical is not None:
        url = canonical.get("href")
    if url and url.startswith(("http://", "https://")):
        facts["url"] = url.strip()
    author = _meta(tree, "author", "article:author")
    if author and has_han(author):
        facts["authors"] = author.strip()
    return facts


class _Writer:
    """trafilatura's XML → the importer's text, block by block."""

    def __init__(self, path: Path, tree) -> None:
        self.path = path
        self.folder = path.parent.resolve()
        self.tree = tree
        self.images: list[Image] = []
        self.captions: list[str] = []
        self.notes: list[str] = []
        self.facts: dict[str, str] = {}
        self.page_captions = self._page_captions()
        self.seen_fact_line = False

    def _page_captions(self) -> dict[str, str]:
        """Each image's caption as the page has it: <figcaption>, or the short 图/▲ line
        right under it."""
        found = {}
        for img in self.tree.iter("img"):
            src = img.get("src") or ""
            figure = next((a for a in img.iterancestors() if a.tag == "figure"), None)
            caption = figure.find(".//figcaption") if figure is not None else None
            if caption is not None and _clean(_text_of(caption)):
                found[src] = _clean(_text_of(caption))
        return found

    def blocks(self, main) -> list[str]:
        out: list[str] = []
        if main is None:
            return out
        children = list(main)
        skip: set[int] = set()
        for index, element in enumerate(children):
            if index in skip:
                continue
            tag = element.tag
            if tag == "head":
                level = int((element.get("rend") or "h2")[1:] or 2)
                text = _clean(self.inline(element))
                if text:
                    out.append("#" * min(max(level, 1), 6) + " " + text)
            elif tag == "p":
                text = _clean(self.inline(element))
                if not text:
                    continue
                if len(out) <= 3 and not self.seen_fact_line and self._fact_line(text):
                    continue
                out.append(text)
            elif tag == "graphic":
                following = children[index + 1] if index + 1 < len(children) else None
                caption = self.page_captions.get(element.get("src") or "")
                if caption is None and following is not None and following.tag == "p":
                    text = _clean(self.inline(following))
                    if text and len(text) <= CAPTION_MAX and CAPTION_TEXT.match(text):
                        caption = text
                        skip.add(index + 1)
                if caption and following is not None and following.tag == "p" \
                        and _clean(self.inline(following)) == caption:
                    skip.add(index + 1)
                self.image(element, caption, out)
            elif tag == "table":
                table, labels_used = self.table(element, out[-1] if out else "")
                if labels_used:
                    out.pop()
                if table:
                    out.append(table)
            elif tag == "quote":
                text = _clean(self.inline(element))
                if text:
                    out.append("\n".join("> " + line for line in text.split("\n")))
            elif tag == "list":
                for item in element.iter("item"):
                    text = _clean(self.inline(item))
                    if text:
                        out.append(text)
            else:
                text = _clean(self.inline(element))
                if text:
                    out.append(text)
        return out

    def _fact_line(self, text: str) -> bool:
        """A 来源/发布时间/作者 line at the head: its fields become facts, the line goes."""
        if not FACT_LINE.search(text) or len(text) > 120:
            return False
        fields = {key: value.strip() for key, value in FACT_FIELD.findall(text)}
        if not fields:
            return False
        self.seen_fact_line = True
        for key, value in fields.items():
            if key in ("来源", "出处"):
                self.facts["source"] = value
                self.facts["source_from"] = f"the page's line 「{text[:40]}」"
            elif key in ("发布时间", "发布日期", "时间", "日期"):
                match = DATE.search(value)
                if match:
                    self.facts["date"] = "{}-{:02d}-{:02d}".format(
                        *(int(g) for g in match.groups()))
                    self.facts["date_from"] = f"the page's line 「{text[:40]}」"
            elif key == "作者":
                self.facts["authors"] = value
                self.facts["authors_from"] = f"the page's line 「{text[:40]}」"
        return True

    def inline(self, element) -> str:
        parts = [element.text or ""]
        for child in element:
            inner = self.inline(child)
            if child.tag == "hi":
                rend = child.get("rend") or ""
                if "#b" in rend and inner.strip():
                    inner = f"**{inner.strip()}**"
                elif "#i" in rend and inner.strip():
                    inner = f"*{inner.strip()}*"
                elif "#sup" in rend:
                    inner = f"<sup>{inner}</sup>"
                elif "#sub" in rend:
                    inner = f"<sub>{inner}</sub>"
            elif child.tag == "lb":
                inner = "\n"
            elif child.tag == "graphic":
                inner = ""
            parts.append(inner)
            parts.append(child.tail or "")
        return "".join(parts)

    def image(self, graphic, caption: str | None, out: list[str]) -> None:
        src = graphic.get("src") or ""
        data = self._image_bytes(src)
        if data is None:
            if caption:
                self.captions.append(caption)
                out.append(caption)
            return
        name = Path(urllib.parse.urlparse(src).path).name if not src.startswith("data:") \
            else f"image{len(self.images) + 1}.png"
        previous = next((b for b in reversed(out) if not b.startswith(("#", "|"))), None)
        self.images.append(Image(name or f"image{len(self.images) + 1}", data,
                                 caption=caption, alt=graphic.get("alt"),
                                 after=previous[:30] if previous else None))
        if caption:
            out.append(caption)

    def _image_bytes(self, src: str) -> bytes | None:
        if src.startswith("data:"):
            header, _, payload = src.partition(",")
            try:
                return base64.b64decode(payload) if ";base64" in header else \
                    urllib.parse.unquote_to_bytes(payload)
            except ValueError:
                self.notes.append("an image's data: address cannot be decoded")
                return None
        parsed = urllib.parse.urlparse(src)
        if parsed.scheme or src.startswith("//"):
            self.notes.append(f"the image {src} is on the web, not in the saved page's folder:"
                              " it was not fetched (save the page as 'Web page, complete')")
            return None
        candidate = (self.path.parent / urllib.parse.unquote(parsed.path)).resolve()
        if not candidate.is_relative_to(self.folder):
            self.notes.append(f"the image {src} is outside the saved page's folder: not read")
            return None
        if not candidate.is_file():
            self.notes.append(f"the image {src} is missing beside the saved page")
            return None
        return candidate.read_bytes()

    def table(self, element, above: str) -> tuple[str, bool]:
        """The table as pipe-table lines (or paragraphs, one column), and whether the
        block `above` it was its column heads, taken into it (_pipe_table)."""
        source = self._page_table(element)
        rows = _page_rows(source) if source is not None else [
            [(_clean(self.inline(cell)), 1, 1, cell.get("role") == "head")
             for cell in row.iter("cell")] for row in element.iter("row")]
        return _pipe_table(rows, above)

    def _page_table(self, element):
        """The page's own <table> with the same text (for colspan/rowspan)."""
        key = re.sub(r"\s+", "", _text_of(element))
        for table in self.tree.iter("table"):
            if re.sub(r"\s+", "", table.text_content()) == key:
                return table
        return None


def _page_rows(table) -> list[list[tuple[str, int, int, bool]]]:
    rows = []
    for tr in table.iter("tr"):
        cells = []
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            text = _clean(cell.text_content())
            try:
                colspan = max(1, int(cell.get("colspan", "1")))
                rowspan = max(1, int(cell.get("rowspan", "1")))
            except ValueError:
                colspan = rowspan = 1
            cells.append((text, colspan, rowspan, cell.tag == "th"))
        if cells:
            rows.append(cells)
    return rows


# A Word document's column heads typed over its table on one line, a bold run each set
# apart by tabs (「附屬法例／文書⇥法律公告編號」), its rows numbered items with no header
# row: the heads of the columns after the numbers, one a line here.
COLUMN_HEAD = re.compile(r"^\*\*([^*。，；：！？,;:!?]{1,16})\*\*$")


def _heads_above(above: str, width: int) -> list[str] | None:
    heads = [COLUMN_HEAD.match(line.strip()) for line in above.split("\n")]
    if len(heads) == width - 1 and all(heads):
        return ["", *(head[1].strip() for head in heads if head)]
    return None


def _pipe_table(rows: list[list[tuple[str, int, int, bool]]], above: str = ""
                ) -> tuple[str, bool]:
    """Rows of (text, colspan, rowspan, is header) → a pipe table with `<` and `^` marks,
    and whether the block `above` gave its column heads (a table of numbered rows with no
    header cells under a line of bold heads, one for each column after the numbers)."""
    grid: dict[tuple[int, int], str] = {}
    header_rows = 0
    for r, row in enumerate(rows):
        column = 0
        for text, colspan, rowspan, _head in row:
            while (r, column) in grid:
                column += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    mark = text.replace("|", "\\|") if dr == dc == 0 else (
                        "<" if dr == 0 else "^")
                    grid[(r + dr, column + dc)] = mark
            column += colspan
        if all(cell[3] for cell in row) and r == header_rows:
            header_rows += 1
    if not grid:
        return "", False
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    rows_of = [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
    kept = tidy_grid(rows_of)
    if not kept:
        return "", False
    if len(kept[0]) == 1:
        # One column (a heading's box, the issuing offices one over the other): a page's
        # layout, its cells paragraphs of text — never a table of one column.
        return "\n\n".join(row[0] for row in kept), False
    # Rows of header cells lead the table (dropped rows were empty, never header ones);
    # none: the first row is the header, unless it is the first of numbered items.
    head = header_rows or (0 if numbered_rows(kept) else 1)
    heads = _heads_above(above, len(kept[0])) if head == 0 else None
    if heads:
        return "\n".join(pipe_lines([heads, *kept], 1)), True
    return "\n".join(pipe_lines(kept, head)), False


def _clean(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)

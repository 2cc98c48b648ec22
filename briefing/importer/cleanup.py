"""The source's lines before they are read as blocks: the layout of the text file.

Three layouts, told apart by the lines themselves:

- **blank-separated** (Markdown, most plain text): a blank line ends a paragraph.
  Nothing here changes such a text.
- **one line per paragraph** (text copied from a web page or a word processor): few
  blank lines, lines of every length, long ones far beyond any column. Each line is a
  paragraph: a blank line is put between lines.
- **raw extraction** (`pdftotext`): form feeds between pages, or most long lines hard
  wrapped at one column width. Page furniture is removed — running heads and folios at
  page edges, vertical cover text (one character per line), dot-leader contents — and
  the lines of a paragraph are joined: a line that ends short of the column ends its
  paragraph. In a standard, a clause number stuck to its heading (「1适用范围」) gets its
  space; a table number (「表1」) is never made a clause.

In any layout: a table copied a cell a line (「|」 opens a row, 「… |」 is a cell) or with
tab-split cells becomes a pipe table. In a raw extraction also: a journal's masthead and
its alternating running heads go, a spaced label (「摘」「要：」) and a part's number
alone (「0」「引言」) are joined, a front-page label (关键词：, DOI:) opens a paragraph,
and a table flattened a cell a line under its caption is rebuilt when its columns are
certain (else kept together, a doubt). A blank-separated text whose paragraphs open
indented has an unindented block that continues a broken-off one joined to it.
A whole text stored on one line with its paragraphs' indents left as runs of spaces is read
a paragraph a run; a page's preview of the text (its opening words cut short) above the
whole text is dropped. `web_furniture` (run on the blocks) drops a web page's template
lines: 责任编辑, 上一篇/下一篇, jump lines, 「pagebreak」, app promotions.

Pure: `clean_source(text)` returns the kept lines, each with its source line number,
and the repairs (every removal and join) and doubts. `Cleaned.renumber` gives the
blocks read from the cleaned text their source line numbers back.

Here: the entry points (`clean_source`, `clean_source_lines`: the layout told apart), a
YAML front matter, one line per paragraph, indented paragraphs. The rest lives in
`extraction` (a raw extraction), `webframe` (a web page's frame and furniture, a layout
template's parts), `flattables` (tables given as lines) and `layout` (what they share:
`width`, `Cleaned`).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from email.utils import parsedate_to_datetime

import yaml

from briefing.importer.boxtables import box_tables
from briefing.importer.chars import is_han, simplified
from briefing.importer.extraction import clean_extraction, is_contents_entry
from briefing.importer.extraction.paragraphs import _unclosed
from briefing.importer.flattables import (
    bar_cell_tables,
    bare_cell_tables,
    cell_line_tables,
    closed_cell_tables,
    flattened_tables,
    tab_tables,
)
from briefing.importer.govpage import flattened_line
from briefing.importer.layout import (
    BREAK_SHARE,
    COLUMN_SHARE,
    FORM_FEED,
    LINES_MIN,
    LONG,
    NEAR,
    OVER_SHARE,
    WRAPPED_MIN,
    Cleaned,
    width,
)
from briefing.importer.records import Repair
from briefing.importer.titleblock.lines import FACT_LABELS
from briefing.importer.webframe.frame import page_frame
from briefing.importer.webframe.template import (
    clipper_credit,
    clipper_excerpt,
    opening_notice,
    template_sections,
)

YAML_KEYS = {"title": "title", "subtitle": "subtitle", "author": "authors",
             "authors": "authors", "source": "source", "url": "url", "link": "url",
             "date": "date",
             # an archive's address of the page it keeps (a newspaper's or a site's
             # archive in Markdown: 「source_url:」「original_url:」)
             "source_url": "url", "original_url": "url", "canonical_url": "url",
             # WordPress exports (wordpress-to-jekyll-exporter, WP2Hugo …) name their
             # fields after WordPress's own columns: post_title, post_date, post_author.
             "post_title": "title", "post_date": "date", "post_author": "authors",
             # WeChat archives kept as Jekyll posts name the account and the posting time
             # after the article's own fields: channel_name, createtime.
             "channel_name": "source", "createtime": "date",
             # a post's last change, its date when it gives none of its writing (Jekyll
             # dates a post by its file's name otherwise)
             "modify": "date", "modified": "date", "lastmod": "date", "updated": "date",
             "update": "date",
             # Hugo's publishDate, a law database's export (「office:」 the issuing body,
             # 「publish: "2017-12-01 00:00:00"」)
             "publishdate": "date", "publish_date": "date", "published": "date",
             "publish": "date", "pubdate": "date", "publisher": "source", "office": "source"}
UPDATE_KEYS = frozenset({"modify", "modified", "lastmod", "updated", "update"})


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader that reads a Python-specific tag (「!!python/unicode 'TOMsInsight'」,
    written by Python 2 exporters) as the plain value it tags, not as an error."""


def _untagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> object:
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)


_FrontMatterLoader.add_multi_constructor("tag:yaml.org,2002:python/", _untagged)


def front_matter_fields(lines: list[tuple[int, str]]
                        ) -> tuple[dict[str, str], list[tuple[int, str]], list[Repair]]:
    """A YAML front matter opening the file (as blog and WeChat exports write it), or
    Hugo's TOML one between 「+++」 lines: its title, author, source, url and date, and the
    lines after it."""
    first = next((i for i, (_, t) in enumerate(lines) if t.strip()), None)
    fence = lines[first][1].strip() if first is not None else ""
    # Hexo reads a front matter whose opening 「---」 is left out (hexo-front-matter: the
    # file's first lines, up to a 「---」 line): 「title: …」 opening the file, then the fence.
    unopened = first is not None and fence != "---" and bool(YAML_KEY_LINE.match(fence))
    if fence not in ("---", "+++") and not unopened:
        return {}, lines, []
    if unopened:
        fence, first = "---", first - 1
    end = next((i for i in range(first + 1, min(len(lines), first + 60))
                if lines[i][1].strip() == fence), None)
    if end is None:
        return {}, lines, []
    block = "\n".join(t for _, t in lines[first + 1:end])
    if unopened:
        try:
            data = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506
        except yaml.YAMLError:
            return {}, lines, []
        if not isinstance(data, dict) or not any(str(key).lower() in ("title", "date")
                                                 for key in data):
            return {}, lines, []
        return _front_matter(data, lines, first + 1, end)
    if fence == "+++":  # Hugo's TOML front matter
        try:
            data = tomllib.loads(block)
        except tomllib.TOMLDecodeError:
            return {}, lines, []
        return _front_matter(data, lines, first, end)
    try:
        data = yaml.load(block, Loader=_FrontMatterLoader)  # noqa: S506 — safe, tags read as text
    except yaml.YAMLError:
        # A list indented by tabs (「categories:⏎\t- "城市"」), which YAML refuses but the
        # blog's generator and its reader take as indentation: read again with spaces.
        try:
            data = yaml.load(LEADING_TABS.sub(lambda m: "  " * len(m[0]), block),
                             Loader=_FrontMatterLoader)  # noqa: S506
        except yaml.YAMLError:
            data = _flat_fields(block)
            if data is None:
                return {}, lines, []
    return _front_matter(data, lines, first, end)


FLAT_FIELD = re.compile(r"^([^\s:：#-][^:：]{0,30}?)[ \t]*:[ \t]*(.*)$")


def _flat_fields(block: str) -> dict[str, str] | None:
    """A front matter of one 「key: value」 a line that YAML refuses for a value it reads
    as syntax (「文号: -」, 「标题: 某某：之一」): its fields, each value as written; None when
    a line is no such field."""
    fields: dict[str, str] = {}
    for line in block.split("\n"):
        if not line.strip():
            continue
        match = FLAT_FIELD.match(line)
        if match is None:
            return None
        value = match[2].strip()
        if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[match[1].strip()] = "" if value in ("-", "~", "null") else value
    return fields or None


def _front_matter(data: object, lines: list[tuple[int, str]], first: int, end: int
                  ) -> tuple[dict[str, str], list[tuple[int, str]], list[Repair]]:
    """The front matter's fields (data: the YAML or TOML read), and the lines after it."""
    if not isinstance(data, dict):
        return {}, lines, []
    fields: dict[str, str] = {}
    left_out: list[str] = []
    for key, value in data.items():
        # A clipper writes the page's own labels as keys (「网址: https://…」): read as the
        # head's labelled facts are.
        name = YAML_KEYS.get(str(key).lower()) or FACT_LABELS.get(simplified(str(key)))
        if str(key).lower() in UPDATE_KEYS and any(
                YAML_KEYS.get(str(other).lower()) == "date" and str(other).lower() not in
                UPDATE_KEYS for other in data):
            name = None  # the post's own date stands beside it
        if name == "source" and isinstance(value, str) and YAML_URL.fullmatch(value.strip()):
            name = "url"  # a clipper's 「source:」 is the page it clipped (Obsidian)
        if name == "url" and not (isinstance(value, str) and YAML_URL.fullmatch(value.strip())):
            # A static site's 「url:」/「link:」 is its permalink inside the site
            # (「/my-trip/」, Hugo, Jekyll, Hexo): no address a reader can follow.
            left_out.append(f"{key}: {value}")
            continue
        if name == "date" and not re.search(r"\d{4}", str(value)):
            continue  # 「publish: true」: a switch of the generator's, no date
        if name and value not in (None, "", []) and name not in fields:
            fields[name] = _yaml_value(name, value)
    shown = "--- " + "; ".join(f"{k}: {v}" for k, v in fields.items())[:60] + " ---"
    repair = Repair("front-matter-yaml", lines[first][0], shown,
                    "; ".join(f"{k}: {v}" for k, v in fields.items()),
                    "Took the file's front matter (YAML, or Hugo's TOML) into the front matter and "
                    "dropped it."
                    + (f" Left out {', '.join(left_out)}: an address inside the site (its "
                       "generator's permalink), not one a reader can follow."
                       if left_out else ""))
    return fields, lines[:first] + lines[end + 1:], [repair]


YAML_URL = re.compile(r"https?://\S+")
YAML_KEY_LINE = re.compile(r"^(?:title|layout|date)[ \t]*:[ \t]*\S")
LEADING_TABS = re.compile(r"^\t+", re.M)


def _person(item: object) -> str:
    """A list item of the front matter: a blog generator (Docusaurus, Hugo, Hexo) writes an
    author as an object, 「- name: 张三 / title: 工程师 / url: …」; the author is its name."""
    if isinstance(item, dict):
        return str(item.get("name") or next(iter(item.values()), ""))
    return str(item)
# A note-taking app's link to another note, 「[[张三]]」 or 「[[people/张三|张三]]」: its name.
WIKI_LINK = re.compile(r"^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$")


def _yaml_value(name: str, value: object) -> str:
    if isinstance(value, list):
        return "、".join(WIKI_LINK.sub(r"\1", _person(item).strip()) for item in value)
    if isinstance(value, str):
        value = WIKI_LINK.sub(r"\1", value.strip())
    if name == "date":
        if isinstance(value, dt.datetime | dt.date):
            return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
        try:
            return parsedate_to_datetime(str(value)).date().isoformat()
        except (TypeError, ValueError):
            return str(value)[:10]
    return str(value)


def clean_source(text: str, markdown: bool = False) -> Cleaned:
    """The lines to read as blocks: a clean text's unchanged, else cleaned (see above)."""
    lines = list(enumerate(text.split("\n"), start=1))
    fields, lines, taken = front_matter_fields(lines)
    lines, frame = page_frame(lines, fields, markdown)
    taken += frame
    if taken:
        found = clean_source_lines(lines, markdown)
        found.fields, found.repairs = {**found.fields, **fields}, taken + found.repairs
        return found
    return clean_source_lines(lines, markdown)


# A report template's bookmarks and unfilled fields, printed into a PDF's text layer: the
# brokers' 「[Table_Title]」「[table_page1]」「[TABLE_ANALYSISINFO]」 (Wind-style Word
# templates mark each box so) and a field the template never filled, 「＃title＃」「＃summary＃」.
TEMPLATE_BOOKMARK = re.compile(r"[ \t]*\[(?:Table|table|TABLE)_[A-Za-z0-9]+\][ \t]*")
TEMPLATE_FIELD = re.compile(r"^[ \t]*[#＃][A-Za-z][A-Za-z0-9_]*[#＃][ \t]*$")


def template_marks(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """The lines without a report template's bookmarks and unfilled fields (see above); a
    line left empty by them goes, so the paragraph around it stays whole."""
    kept: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        field = TEMPLATE_FIELD.match(text)
        if not field and not TEMPLATE_BOOKMARK.search(text):
            kept.append((number, text))
            continue
        marks = [text.strip()] if field else [m.strip() for m in TEMPLATE_BOOKMARK.findall(text)]
        rest = "" if field else TEMPLATE_BOOKMARK.sub(" ", text).rstrip()
        # (a page's break stays where it stood: the form feed opening the tag's line)
        rest = rest if rest.strip() else FORM_FEED * text.count(FORM_FEED)
        repairs.append(Repair(
            "template-mark", number, " ".join(marks)[:40], "",
            "Dropped a report template's bookmark or unfilled field (「[Table_Title]」, "
            "「＃summary＃」), printed into the PDF's text: no word of the report."))
        if rest:
            kept.append((number, rest))
    return kept, repairs


def clean_source_lines(lines: list[tuple[int, str]], markdown: bool) -> Cleaned:
    if not markdown:
        lines, marks = template_marks(lines)
        if marks:
            found = clean_source_lines(lines, markdown)
            found.repairs = marks + found.repairs
            return found
        lines, flat = flattened_line(lines)
        if not flat:
            lines, flat = feed_head(lines)
        if not flat:
            lines, flat = spaced_paragraphs(lines)
        if not flat:
            lines, flat = preview_lines(lines)
        if flat:
            found = clean_source_lines(lines, markdown)
            found.repairs = flat + found.repairs
            return found
        lines, tables = box_tables(lines)
        lines, found, doubts = closed_cell_tables(lines)
        tables += found
        lines, found, more = cell_line_tables(lines)
        tables, doubts = tables + found, doubts + more
        lines, found, more = bar_cell_tables(lines)
        tables, doubts = tables + found, doubts + more
        lines, found, more = bare_cell_tables(lines)
        tables, doubts = tables + found, doubts + more
        lines, found = tab_tables(lines)
        tables += found
        if tables:
            found = clean_source_lines(lines, markdown)
            found.repairs, found.doubts = tables + found.repairs, doubts + found.doubts
            return found
    text = "\n".join(t for _, t in lines)
    kept: list[tuple[int | None, str]] = [(n, t) for n, t in lines]
    nonblank = [t for _, t in lines if t.strip()]
    if markdown:
        kept, found = clipper_excerpt(kept)
        kept, more = opening_notice(kept)
        found += more
        kept, more = clipper_credit(kept)
        found += more
        cleaned = template_sections(kept)
        cleaned.repairs = found + cleaned.repairs
        return cleaned
    if len(nonblank) < LINES_MIN:
        return Cleaned(kept)
    # (a table's rows and the marker over a rebuilt one are no lines of the text's column)
    column = column_width([t for t in nonblank if not is_contents_entry(t)
                           and not t.lstrip().startswith(("|", "<!--"))])
    if FORM_FEED in text or column:
        return clean_extraction(lines, column)
    if single_breaks(lines) > BREAK_SHARE * (len(nonblank) - 1):
        return one_line_per_paragraph(lines)
    return indented_paragraphs(lines)


# ---------------------------------------------------------------- indented paragraphs

INDENT = re.compile(r"^(?:[ \t]{2,}|\u3000+)\S")
INDENT_SHARE = 0.8  # of the paragraphs open indented: the indent marks where one begins
INDENTED_MIN = 5


def indented_paragraphs(lines: list[tuple[int, str]]) -> Cleaned:
    """A blank-separated text whose paragraphs open with an indent: a block that does
    not, under one that breaks off mid-sentence, continues it (the blank line between
    them is a copy's or a page's break, not a paragraph's end). Each join is a Repair."""
    starts = [index for index, (_, text) in enumerate(lines)
              if text.strip() and (index == 0 or not lines[index - 1][1].strip())]
    long = [index for index in starts if len(lines[index][1].strip()) > 20]
    indented = [index for index in long if INDENT.match(lines[index][1])]
    kept: list[tuple[int | None, str]] = [(n, t) for n, t in lines]
    if len(indented) < INDENTED_MIN or len(indented) < INDENT_SHARE * len(long):
        return Cleaned(kept)
    repairs: list[Repair] = []
    drop: set[int] = set()
    joined: dict[int, str] = {}  # line index → its text with the next blocks run on
    head: dict[int, int] = {}  # a line run on → the line it was run onto
    for index in starts:
        text = lines[index][1]
        previous = next((i for i in range(index - 1, -1, -1) if lines[i][1].strip()), None)
        if previous is None or INDENT.match(text) or len(text.strip()) <= 20:
            continue
        target = head.get(previous, previous)
        before = joined.get(target, lines[target][1]).rstrip()
        if before[-1:] and (is_han(before[-1]) or before[-1].isalnum()) and len(before) > 20:
            drop.update(range(previous + 1, index + 1))
            joined[target] = before + text.strip()
            head[index] = target
            repairs.append(Repair(
                "join-unindented", lines[previous][0], f"…{before[-8:]} ⏎ {text.strip()[:8]}…",
                f"…{before[-8:]}{text.strip()[:8]}…",
                "The paragraphs open indented; this block does not and the one above breaks "
                "off mid-sentence: joined them.", review=True))
    if not repairs:
        return Cleaned(kept)
    return Cleaned([(n, joined.get(i, t)) for i, (n, t) in enumerate(lines) if i not in drop],
                   "blank-separated", repairs)


def single_breaks(lines: list[tuple[int, str]]) -> int:
    """How many lines follow another line directly, with no blank line between."""
    return sum(1 for (_, before), (_, after) in zip(lines, lines[1:], strict=False)
               if before.strip() and after.strip())


# A -layout extraction keeps the page's gaps inside a line: a running head's folio set
# far out (「本文所有文字…同意。              1」), a glyph's room left blank (「…学习）
# 。」). The line's text is as wide as its words; the gap is no part of the column.
LAYOUT_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def column_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or None when it is not."""
    measured = [width(LAYOUT_GAP.sub(" ", line.strip())) for line in lines]
    long = sorted(w for w in measured if w >= LONG)
    if len(long) < WRAPPED_MIN:
        return None
    column = long[int(len(long) * 0.9)]
    near = sum(1 for w in long if column - NEAR <= w <= column + 2)
    over = sum(1 for w in long if w > column + NEAR)
    if near >= COLUMN_SHARE * len(long) and over <= OVER_SHARE * len(long):
        return column
    return None


# ---------------------------------------------------------------- one line per paragraph


def one_line_per_paragraph(lines: list[tuple[int, str]]) -> Cleaned:
    """A blank line between every two lines, but not inside a table or an HTML comment,
    nor after a line that leaves a bracket open (it closes on the next)."""
    result: list[tuple[int | None, str]] = []
    in_comment = False
    previous = ""
    for number, text in lines:
        stripped = text.strip()
        starts_comment = stripped.startswith("<!--")
        if (result and stripped and previous.strip() and not in_comment
                and not (stripped.startswith("|") and previous.strip().startswith("|"))
                and not _unclosed(previous)):
            result.append((None, ""))
        if starts_comment and "-->" not in stripped:
            in_comment = True
        elif in_comment and "-->" in stripped:
            in_comment = False
        result.append((number, text))
        previous = text
    count = sum(1 for number, _ in result if number is None)
    first = next(n for n, t in lines if t.strip())
    result, tables, doubts = flattened_tables(result)
    repairs = tables + ([Repair(
        "line-per-paragraph", first, f"{len(lines)} lines, few blank", f"{count} paragraph breaks",
        f"The text has one paragraph per line (few blank lines, lines of every length): "
        f"read each of its lines as a paragraph ({count} breaks).")] if count else [])
    return Cleaned(result, "line-per-paragraph", repairs, doubts)


# ---------------------------------------------------------------- a text run onto one line

# A web copy may show the text's opening words above the whole text (a sharing site's
# preview, cut short): a line of clauses whose words (spaces aside) begin the next line,
# which holds far more, is that preview (a title said again at the text's start is not).
PREVIEW_MIN = 20  # characters of the preview
RUN_LINE_MIN = 400  # characters of a line holding a whole text


def preview_lines(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    texts = [(index, "".join(text.split())) for index, (_, text) in enumerate(lines)
             if text.strip()]
    result, repairs = list(lines), []
    for (index, text), (_, after) in zip(texts, texts[1:], strict=False):
        if len(text) >= PREVIEW_MIN and len(after) >= 2 * len(text) \
                and len(after) >= RUN_LINE_MIN and after.startswith(text) \
                and re.search(r"[，。；：,;:]", text):  # sentences cut short, not the title
            number, line = lines[index]
            result[index] = (number, "")
            repairs.append(Repair(
                "preview-line", number, line.strip()[:40], "",
                "Removed the page's preview of the text: its opening words, cut short, "
                "above the whole text."))
    return result, repairs


# A page that stores the whole text on one line with a paragraph's indent left as a run of
# spaces (「…发展势头。  1 经济发展平稳。…」): each run of two or more spaces (or an
# ideographic space) after a sentence's end or a short head opens a paragraph.
PARAGRAPH_GAP = re.compile(r"(?: {2,}|\u3000+)")
SPACED_BREAKS_MIN = 3
SPACED_HEAD_MAX = 40  # characters of a piece that needs no sentence's end (a head)
SPACED_CLOSE_SHARE = 0.6  # of the pieces end a sentence


def spaced_paragraphs(lines: list[tuple[int, str]]
                      ) -> tuple[list[tuple[int, str]], list[Repair]]:
    texts = [(n, t) for n, t in lines if t.strip()]
    if not texts:
        return lines, []
    number, line = max(texts, key=lambda text: len(text[1]))
    pieces = [piece.strip() for piece in PARAGRAPH_GAP.split(line.strip())]
    if len(line) < RUN_LINE_MIN or len(pieces) <= SPACED_BREAKS_MIN or not all(pieces):
        return lines, []
    closed = [piece for piece in pieces if re.search(r"[。！？：:][”’」』）)]?$", piece)]
    if len(closed) < SPACED_CLOSE_SHARE * len(pieces) or any(
            piece not in closed and len(piece) > SPACED_HEAD_MAX for piece in pieces[:-1]):
        return lines, []  # a gap inside a sentence: a layout's, no paragraph's
    at = lines.index((number, line))
    result = list(lines[:at])
    for piece in pieces:
        result += [(number, ""), (number, piece)]
    return result + [(number, "")] + lines[at + 1:], [Repair(
        "one-line-spaced", number, line[:40], f"{len(pieces)} paragraphs",
        "The text stood on one line, its paragraphs set apart by runs of spaces (a "
        "paragraph's indent): read back as paragraphs — check the breaks.", review=True)]


# A feed's repost (a blog fed by a news site's RSS) runs the item's head into its first line:
# 「空气质量恶化严重 宿迁市政府公开约谈苏宿园区 Jul 17th 2018, 19:50 中新网南京7月17日电 …」 —
# the headline, the feed's time stamp (RSS's English month, or ISO), then the text. Set apart
# again: the headline, the stamp as a date (ISO), the text.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
FEED_HEAD = re.compile(
    r"^[ \t]*(?P<title>[^ \t。！？，,].{4,58}?[^ \t。！？，,])[ \t]+(?P<stamp>"
    r"(?P<month>" + "|".join(MONTHS) + r")[a-z]*\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?,? "
    r"(?P<year>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2}))(?:,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"[ \t]+(?P<text>\S.{60,})$")


def feed_head(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    first = next((i for i, (_, text) in enumerate(lines) if text.strip()), None)
    found = FEED_HEAD.match(lines[first][1]) if first is not None else None
    if found is None or not is_han(found["title"][0]) or not is_han(found["text"][0]):
        return lines, []
    number = lines[first][0]
    date = found["iso"] or dt.date(int(found["year"]), MONTHS.index(found["month"]) + 1,
                                   int(found["day"])).isoformat()
    return lines[:first] + [(number, found["title"]), (number, ""), (number, date),
                            (number, ""), (number, found["text"])] + lines[first + 1:], [Repair(
        "feed-head", number, lines[first][1].strip()[:40],
        f"{found['title']} ⏎ {date} ⏎ {found['text'][:12]}…",
        "The first line ran the headline, the feed's time stamp and the text together (a "
        "feed's repost): set them apart — the headline, the stamp's date, the text.",
        review=True)]

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
`web_furniture` (run on the blocks) drops a web page's template lines: 责任编辑,
上一篇/下一篇, jump lines, 「pagebreak」, app promotions.

Pure: `clean_source(text)` returns the kept lines, each with its source line number,
and the repairs (every removal and join) and doubts. `Cleaned.renumber` gives the
blocks read from the cleaned text their source line numbers back.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from email.utils import parsedate_to_datetime

import yaml

from briefing.importer.chars import SENTENCE_END, has_han, is_han, join_lines
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import ENGLISH_FRONT
from briefing.importer.roles import PART_NAMES, is_part_heading, is_table_caption

FORM_FEED = "\f"
# Over this share of the line breaks without a blank line: blank lines do not separate
# the text's paragraphs.
BREAK_SHARE = 0.5
LINES_MIN = 4  # fewer lines say nothing about a layout
WRAPPED_MIN = 8  # long lines needed to see a column
LONG = 30  # display columns of a line that may reach the column
NEAR = 8  # a line this close to the column (4 Han) reached it
COLUMN_SHARE = 0.4  # of the long lines end at the column in a hard-wrapped text
OVER_SHARE = 0.05  # of the long lines may run past the column
# Folios: 「3」「III」「— 3 —」「- 3 -」「第 3 页」「第3页 共12页」「3/12」.
FOLIO = re.compile(
    r"^(?:[-—–－~·\s]*(?:\d{1,4}|[IVXLCivxlc]{1,7})[-—–－~·\s]*|第\s*\d{1,4}\s*页"
    r"(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")
# Without page breaks only forms no body line has are folios.
MARKED_FOLIO = re.compile(r"^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|·\s*\d{1,4}\s*·|第\s*\d{1,4}\s*页"
                          r"(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$")
# Contents entries: 「1 范围 ……… 1」「前言 ........ I」.
# Leaders: dots, middle dots, ellipses, two-dot leaders 「‥」 (a standard's), underscores.
LEADER = re.compile(r"^\S.*?\s*(?:[.．·…⋯‥_]\s*){4,}\s*(?:\d{1,4}|[IVXLCivxlc]{1,7})$")
CONTENTS_TITLES = frozenset({"目次", "目录"})
# Between two entries of a contents pdftotext puts the parts of an entry it set apart: its
# number or letter (「1」「A」「01」「4.1」「附录 A」), a page's folio (「II」).
ENTRY_PART = re.compile(r"^(?:[A-Z]|\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLCivxlc]{1,7}|附录\s*[A-Z])$")
ENTRY_PARTS_MAX = 12
# …or an entry whose leaders are cut short (「…对照表‥‥151」) or whose page number it set
# apart, a wrapped entry's first line, the title of the next list (「表目录」, set
# vertically 「表」「目」「录」): a few lines, each short or ending in leaders.
ENTRY_LINES_MAX = 3
ENTRY_LINE_WIDTH = 60
SHORT_LEADER = re.compile(r"(?:[.．·…⋯‥_]\s*){2,}\s*(?:\d{1,4}|[IVXLCivxlc]{1,7})?$")
# Vertical words that are headings, not cover decoration.
VERTICAL_HEADINGS = frozenset({"前言", "引言", "目次", "目录", "附录", "索引", "参考文献", "后记"})
VERTICAL_MIN = 4  # a shorter run of one-character lines may be table cells
# A standard: its code on the cover (GB/T 1.1, DB32/T 1580, HJ 663, ICS 13.020).
STANDARD = re.compile(r"^(?:ICS\s+\d|(?:GB|DB\d{0,2}|HJ|[A-Z]{2})(?:/[TZ])?\s*\d)")
STUCK_CLAUSE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})(?=[\u4e00-\u9fff])")
CLAUSE_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,3}\s|\d{1,2}\s+[\u4e00-\u9fff])")
CLAUSE_HEADING_MAX = 30
CLAUSE_ALONE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}$")
CHAPTER_ALONE = re.compile(r"^\d{1,2}$")
# An entry of a standard's normative references: the document's code, then its title.
REFERENCE_ENTRY = re.compile(
    r"^(?:GB|DB\d{2}|HJ|JJF|JJG|ISO|IEC|[A-Z]{2}/[TZ])(?:/[TZ])?\s*\d+(?:\.\d+)*"
    r"(?:[—–-]\d{4})?\s+[\u4e00-\u9fff]")
LIST_START = re.compile(r"^(?:[―—–－]{1,2}|[a-z][)）]|[（(]?\d{1,2}[)）])")
# 「3. 编码方法」「1．分类对象」「2. College of …」: an item's number opens its line (a
# wrapped line never starts with a number and a full stop); inside an open bracket it is
# a list's item run on (「（1. 某大学；2. 某学院）」).
ENUMERATOR = re.compile(r"^\d{1,2}[.．](?:\s|(?=[\u4e00-\u9fff]))")
# The labelled lines of a paper's or report's front page (GB/T 7713): each opens a
# paragraph of its own, whatever the line before it.
LABEL_START = re.compile(
    r"^(?:摘\s*要|关键词|关键字|中图分类号|文献标志码|文献标识码|文章编号|DOI|doi|Abstract|"
    r"Key\s*words|收稿日期|修回日期|基金项目|作者简介|通信作者|通讯作者|引用格式"
    # Other journals' wording of the same fields (软件学报, 计算机学报 …).
    r"|中图法分类号|(?:中文|英文)引用格式|收稿时间|修改(?:日期|时间)|修回时间|(?:采用|录用)(?:日期|时间))"
    r"\s*[：:]")


def width(text: str) -> int:
    """Display columns: Han and full-width forms take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


@dataclass
class Cleaned:
    lines: list[tuple[int | None, str]]  # (source line number, text); None: a blank put in
    layout: str = "blank-separated"  # or "line-per-paragraph", "raw-extraction"
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)  # of a YAML front matter
    column: int = 0  # a raw extraction's column width (display columns), 0 if none
    cover: frozenset[int] = frozenset()  # a raw extraction's cover: its lines' numbers
    authors: list[str] = field(default_factory=list)  # a paper's author line's names

    def text(self) -> str:
        return "\n".join(text for _, text in self.lines)

    def renumber(self, blocks: list[RawBlock]) -> list[RawBlock]:
        """Blocks read from text() with the source's line numbers."""
        numbers = [number for number, _ in self.lines]
        if numbers == list(range(1, len(numbers) + 1)):
            return blocks
        found = []
        for block in blocks:
            lines = [SourceLine(numbers[line.number - 1] or _near(numbers, line.number - 1),
                                line.text) for line in block.lines]
            found.append(replace(block, lines=lines))
        return found


def _near(numbers: list[int | None], index: int) -> int:
    for number in reversed(numbers[:index]):
        if number:
            return number
    return 1


YAML_KEYS = {"title": "title", "subtitle": "subtitle", "author": "authors",
             "authors": "authors", "source": "source", "url": "url", "link": "url",
             "date": "date",
             # WordPress exports (wordpress-to-jekyll-exporter, WP2Hugo …) name their
             # fields after WordPress's own columns: post_title, post_date, post_author.
             "post_title": "title", "post_date": "date", "post_author": "authors"}


def front_matter_fields(lines: list[tuple[int, str]]
                        ) -> tuple[dict[str, str], list[tuple[int, str]], list[Repair]]:
    """A YAML front matter opening the file (as blog and WeChat exports write it): its
    title, author, source, url and date, and the lines after it."""
    first = next((i for i, (_, t) in enumerate(lines) if t.strip()), None)
    if first is None or lines[first][1].strip() != "---":
        return {}, lines, []
    end = next((i for i in range(first + 1, min(len(lines), first + 60))
                if lines[i][1].strip() == "---"), None)
    if end is None:
        return {}, lines, []
    try:
        data = yaml.safe_load("\n".join(t for _, t in lines[first + 1:end]))
    except yaml.YAMLError:
        return {}, lines, []
    if not isinstance(data, dict):
        return {}, lines, []
    fields: dict[str, str] = {}
    for key, value in data.items():
        name = YAML_KEYS.get(str(key).lower())
        if name == "source" and isinstance(value, str) and YAML_URL.fullmatch(value.strip()):
            name = "url"  # a clipper's 「source:」 is the page it clipped (Obsidian)
        if name and value not in (None, "", []) and name not in fields:
            fields[name] = _yaml_value(name, value)
    shown = "--- " + "; ".join(f"{k}: {v}" for k, v in fields.items())[:60] + " ---"
    repair = Repair("front-matter-yaml", lines[first][0], shown,
                    "; ".join(f"{k}: {v}" for k, v in fields.items()),
                    "Took the file's YAML front matter into the front matter and dropped it.")
    return fields, lines[:first] + lines[end + 1:], [repair]


YAML_URL = re.compile(r"https?://\S+")
# A note-taking app's link to another note, 「[[张三]]」 or 「[[people/张三|张三]]」: its name.
WIKI_LINK = re.compile(r"^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$")


def _yaml_value(name: str, value: object) -> str:
    if isinstance(value, list):
        return "、".join(WIKI_LINK.sub(r"\1", str(item).strip()) for item in value)
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
    lines, frame = page_frame(lines, fields)
    taken += frame
    if taken:
        found = clean_source_lines(lines, markdown)
        found.fields, found.repairs = fields, taken + found.repairs
        return found
    return clean_source_lines(lines, markdown)


# ---------------------------------------------------------------- a web page's frame

# A WeChat article saved with its page keeps the page's own template after the text:
# the reader's buttons and dialogs (「预览时标签不可点」「继续滑动看下一个」「轻触阅读原文」
# 「微信扫一扫可打开此内容」「轻点两下取消赞」). These strings are the platform's, the same
# under every article; three of them on lines of their own near the end mark where the
# template begins, and nothing after that is the article's.
PLATFORM_TEMPLATE = frozenset({
    "预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文",
    "向上滑动看下一个", "知道了", "使用小程序", "微信扫一扫可打开此内容，",
    "微信扫一扫可打开此内容，使用完整服务", "使用完整服务", "轻点两下取消赞", "，轻点两下取消赞",
    "轻点两下取消在看", "，轻点两下取消在看", "阅读原文",
})
TEMPLATE_MIN = 3  # distinct template lines that make the page's template certain
# An image alone on a line (linked or not), as Markdown or HTML: no text of its own.
IMAGE_ONLY = re.compile(
    r"^\s*(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?|<img\b[^>]*>)\s*$", re.I)
# An account's or a magazine's promotion: scan/follow/subscribe calls. Around an article
# (before its first paragraph, after its last) they are the account's, not the author's.
PROMOTION_CALL = (
    r"(?:扫描|扫一扫|扫码|长按|识别).{0,10}(?:二维码|关注|订阅|下载|阅读|加入|报名)"
    r"|关注.{0,20}(?:公众号|抖音号|视频号|微博|头条号|我们)|(?:点击|戳).{0,4}(?:下图|上图|蓝字|阅读原文)"
    r"|订阅《|征订"
    # WeChat's own buttons asked for: 「点个在看」「点赞、在看、分享」「分享给朋友」.
    r"|点(?:个|一下|亮)?\W{0,2}(?:在看|赞)|(?:分享|转发)(?:给|到)\W{0,2}(?:朋友|好友)")
HEAD_PROMOTION = re.compile(PROMOTION_CALL)
# A periodical's subscription details under its call: postal code, serial numbers.
SUBSCRIPTION_DETAIL = re.compile(r"^(?:邮发代号|国内统一刊号|国际标准刊号|统一刊号|ISSN|CN\s?\d)")
# After the article a 「推荐」/「往期推荐」 line heads the account's list of other posts;
# above it a lone 「推荐」 is as likely a site's menu word (the menus are title-block work).
ACCOUNT_PROMOTION = re.compile(PROMOTION_CALL + r"|推荐$")
FRAME_LINE_MAX = 30  # a promotion's lines are short
# The account's production credits under an article: 「编辑 | 张三」「审核：李四 监制：王五」
# (the editor's field, furniture as 责任编辑 is; the author's credits are not among them).
STAFF_CREDIT = re.compile(
    r"^(?:(?:责任编辑|编辑|责编|审核|审校|校对|排版|美编|监制|初审|复审|终审|一审|二审|三审)"
    r"[ \t\u3000]*[:：|｜][ \t\u3000]*[^\s。！？，；：:|｜]{2,12}[ \t\u3000]*)+$")
# A labelled field (「作者：」「征订热线：」) or a bracketed trailer (「（完）」) ends a
# promotion searched from the end: what stands above it belongs to the article.
FIELD_LINE = re.compile(r"^[（(【\[]|^[\u4e00-\u9fff]{1,6}[：:]")
# A reprint's closing line naming where the article first appeared.
# In brackets, as a reprint note (「（来源：新华社）」); a bare 「来源：」 line after the body
# is left in the text (the title block's facts are read in the head only).
CLOSING_SOURCE = re.compile(
    r"^[（(【\[]\s*(?:来源|稿源|转自|原载|本文来源|文章来源)\s*[：:]?\s*"
    r"([^\s（）()【】\[\]：:。，,]{2,30})\s*[）)】\]]$")
DATE_LINE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[〇○一二三四五六七八九零]{4}年")
# The title block's facts (the byline, the source, the date): never a promotion's.
FACT_LINE = re.compile(
    r"^[（(]?(?:作者|来源|记者|通讯员|编辑|责任编辑|摄影|时间|日期|发布时间|发布日期|原标题|文)"
    r"\s*[：:]|^(?:原创|转载)\s")
HEAD_LINE_MIN = 40  # the first line this long (plain) is the body's first paragraph


def _plain(text: str) -> str:
    """A line's text without Markdown emphasis, headings' marks, images and tags."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"<[^>]+>", "", text).replace("**", "").replace("__", "")
    return text.strip().lstrip("#").strip()


def _is_body_line(text: str) -> bool:
    """A line of the article's running text: long, or a sentence."""
    plain = _plain(text).rstrip("”’」』）)")
    return len(plain) >= HEAD_LINE_MIN or (len(plain) >= 15 and plain[-1:] in SENTENCE_END)


def _is_frame_line(text: str) -> bool:
    """Blank, an image alone, a link alone (an account's list of its other posts), or a
    short line that ends no sentence — a list's label (「精选文章：」) among them."""
    plain = _plain(text)
    return (not plain or bool(IMAGE_ONLY.match(text)) or _link_only(text)
            or (len(plain) <= FRAME_LINE_MAX and plain[-1] not in SENTENCE_END
                and (not FIELD_LINE.match(plain) or LIST_LABEL.match(plain))
                and not text.lstrip().startswith("#")))


# A Markdown link alone on its line (a heading's mark and a closing mark aside): the title
# of another post, as an account lists them under its article.
LINK_ONLY = re.compile(r"^\s*#*\s*(?:\[[^\]]+\]\([^)\s]+\)\s*)+[？?！!。]?\s*$")
# A label alone, its colon ending the line: 「精选文章：」 heads a list, it names no field.
LIST_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]$")


def _link_only(text: str) -> bool:
    return bool(LINK_ONLY.match(text.replace("**", "")))


def page_frame(lines: list[tuple[int, str]], fields: dict[str, str]
               ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """The article without its page's frame: the platform's template after it, the
    account's promotions before its first paragraph and after its last, and a line
    repeating the account's name under the title; a reprint's closing 「（来源：某某）」
    line goes to the front matter's source (it names the article's origin, which the
    export's own source, the account, is not). Every removal is a repair to review."""
    repairs: list[Repair] = []
    lines = _platform_template(lines, repairs)
    lines = _closing_promotion(lines, repairs)
    lines = _head_promotion(lines, fields, repairs)
    lines = _closing_source(lines, fields, repairs)
    return lines, repairs


def _platform_template(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    marks = [i for i, (_, t) in enumerate(lines) if _plain(t) in PLATFORM_TEMPLATE]
    for start in marks:
        found = {_plain(lines[i][1]) for i in marks if i >= start} - {"阅读原文"}
        if len(found) < TEMPLATE_MIN:
            break
        if not any(_is_body_line(t) for _, t in lines[:start]):
            continue  # the template follows the article
        if any(_is_body_line(t) and _plain(t) not in PLATFORM_TEMPLATE
               for _, t in lines[start:]):
            continue  # the article's text goes on: this was a line of it
        repairs.append(Repair(
            "page-template", lines[start][0], _plain(lines[start][1]),
            f"{len(lines) - start} lines dropped",
            "Dropped the publishing platform's page template after the article (its "
            "buttons and dialogs: " + "「" + "」「".join(sorted(found)[:3]) + "」…).",
            review=True))
        return lines[:start]
    return lines


def _closing_promotion(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    start = len(lines)
    while start > 0 and (_is_frame_line(lines[start - 1][1])
                         or STAFF_CREDIT.match(_plain(lines[start - 1][1]))) \
            and not CLOSING_SOURCE.match(_plain(lines[start - 1][1])) \
            and not DATE_LINE.search(_plain(lines[start - 1][1])):
        start -= 1  # a date ends a 落款: what stands above it is the article's
    run = [(n, _plain(t)) for n, t in lines[start:] if _plain(t)]
    if not run or not any(ACCOUNT_PROMOTION.search(t) or STAFF_CREDIT.match(t)
                          for _, t in run) or start == 0 or not lines[:start]:
        return lines
    repairs.append(Repair(
        "account-promotion", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
        f"Dropped the account's promotion after the article ({len(run)} short lines with "
        "a scan/follow/subscribe call or the account's production credits, and its "
        "images).", review=True))
    return lines[:start]


def _closing_source(lines: list[tuple[int, str]], fields: dict[str, str],
                    repairs: list[Repair]) -> list[tuple[int, str]]:
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i][1].strip()), None)
    if last is None:
        return lines
    found = CLOSING_SOURCE.match(_plain(lines[last][1]))
    if not found or not any(_is_body_line(t) for _, t in lines[:last]):
        return lines
    fields["source"] = found[1]
    repairs.append(Repair(
        "closing-source", lines[last][0], lines[last][1].strip(), f"source: {found[1]}",
        "The article's closing line names where it first appeared: took it as the "
        "source."))
    return lines[:last] + lines[last + 1:]


def _head_promotion(lines: list[tuple[int, str]], fields: dict[str, str],
                    repairs: list[Repair]) -> list[tuple[int, str]]:
    body = next((i for i, (_, t) in enumerate(lines) if _is_body_line(t)), 0)
    drop: set[int] = set()
    names = {fields.get("source", ""), fields.get("authors", "")} - {""}
    title = next((i for i, (_, t) in enumerate(lines[:body]) if t.startswith("# ")), None)
    if title is not None:
        following = next((i for i in range(title + 1, body) if _plain(lines[i][1])
                          and not IMAGE_ONLY.match(lines[i][1])
                          and not lines[i][1].startswith("#")), None)
        if following is not None and _plain(lines[following][1]) in names:
            drop.add(following)
            repairs.append(Repair(
                "account-name", lines[following][0], _plain(lines[following][1]), "",
                "Dropped the account's name under the title (the export's front matter "
                "names it)."))
    promotion = next((i for i in range(body) if _is_frame_line(lines[i][1])
                      and HEAD_PROMOTION.search(_plain(lines[i][1]))), None)
    if promotion is not None:
        end = promotion
        # A subscription's code and hotline, its images and further calls go with it;
        # any other short line (a title, a byline, a kicker) is the article's and stops it.
        while end < body and not FACT_LINE.match(_plain(lines[end][1])) and (
                not _plain(lines[end][1]) or IMAGE_ONLY.match(lines[end][1])
                or HEAD_PROMOTION.search(_plain(lines[end][1]))
                or SUBSCRIPTION_DETAIL.match(_plain(lines[end][1])) or (
                    FIELD_LINE.match(_plain(lines[end][1]))
                    and len(_plain(lines[end][1])) <= FRAME_LINE_MAX)):
            end += 1
        run = [(n, _plain(t)) for n, t in lines[promotion:end] if _plain(t)]
        drop.update(range(promotion, end))
        repairs.append(Repair(
            "account-promotion", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
            f"Dropped the account's promotion before the article ({len(run)} short lines "
            "under a scan/follow/subscribe call).", review=True))
    return [line for i, line in enumerate(lines) if i not in drop]


def clean_source_lines(lines: list[tuple[int, str]], markdown: bool) -> Cleaned:
    if not markdown:
        lines, tables, doubts = cell_line_tables(lines)
        lines, found, more = bar_cell_tables(lines)
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
        cleaned = template_sections(kept)
        cleaned.repairs = found + cleaned.repairs
        return cleaned
    if len(nonblank) < LINES_MIN:
        return Cleaned(kept)
    column = column_width(nonblank)
    if FORM_FEED in text or column:
        return clean_extraction(lines, column)
    if single_breaks(lines) > BREAK_SHARE * (len(nonblank) - 1):
        return one_line_per_paragraph(lines)
    return indented_paragraphs(lines)


# ---------------------------------------------------------------- a layout template's parts

# A WeChat editor's layout template sets words of ornament around each section's heading
# (「PART」「VIEW / 往下看判断」「READ MORE」) and the section's number big above it
# (「01」, then its title). Exported to Markdown each is a plain line of its own.
ORNAMENT_MIN = 3  # times the same short line stands alone in the text
ORNAMENT_MAX = 20
SECTION_NUMBER = re.compile(r"^\d{1,2}$")
SECTION_TITLE_MAX = 30


# MarkDownload (a browser's Markdown clipper) writes the page's description under the
# title as 「> ## Excerpt」 and the description's lines quoted: the page's summary, which
# mostly repeats the article's lead, not the article's text.
EXCERPT_LABEL = re.compile(r"^>\s*(?:#{1,6}\s*|\*\*)?Excerpt(?:\*\*)?\s*$", re.I)
EXCERPT_HEAD = 12  # lines: the excerpt stands under the title


# A republisher opens the file with its own notice as a heading of its own, 「# 声明」
# 「# 免责声明」「# 版权声明」, then a line or two (「本文是…整理的学习笔记…如有侵权请联系」),
# and only then the article's `#` title: the site's notice, not the article's; a notice
# without a heading after it, or a long one, is left as it is.
NOTICE_HEADING = re.compile(r"^#{1,6}\s*(?:郑重|免责|版权|版权(?:与|及|和)免责)?声明\s*[:：]?\s*$")
NOTICE_LINES_MAX = 4  # non-blank lines of the notice's text
NOTICE_HEADING_LINE = re.compile(r"^#{1,6}\s+\S")


def opening_notice(lines: list[tuple[int | None, str]]
                   ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    first = next((i for i, (_, t) in enumerate(lines) if t.strip()), None)
    if first is None or not NOTICE_HEADING.match(lines[first][1].strip()):
        return lines, []
    end = next((i for i in range(first + 1, len(lines))
                if NOTICE_HEADING_LINE.match(lines[i][1].strip())), None)
    text = [t.strip() for _, t in lines[first + 1:end or 0] if t.strip()]
    if end is None or not text or len(text) > NOTICE_LINES_MAX:
        return lines, []
    shown = " ⏎ ".join(t.strip() for _, t in lines[first:end] if t.strip())[:60]
    repair = Repair("opening-notice", lines[first][0] or 0, shown, "",
                    "Dropped the notice heading opening the file and its text (a "
                    "republisher's 声明 above the article's own heading): check it is not "
                    "the article's.", review=True)
    return lines[:first] + [(n, "") for n, _ in lines[first:end]] + lines[end:], [repair]


def clipper_excerpt(lines: list[tuple[int | None, str]]
                    ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    start = next((i for i, (_, t) in enumerate(lines[:EXCERPT_HEAD])
                  if EXCERPT_LABEL.match(t.strip())), None)
    if start is None:
        return lines, []
    end = start + 1
    while end < len(lines) and lines[end][1].strip().startswith(">"):
        end += 1
    shown = " ⏎ ".join(t.strip() for _, t in lines[start:end])[:60]
    repair = Repair("clipper-excerpt", lines[start][0] or 0, shown, "",
                    "Dropped the clipper's 「Excerpt」 quote under the title: the page's "
                    "description, not the article's text.", review=True)
    return lines[:start] + [(n, "") for n, _ in lines[start:end]] + lines[end:], [repair]


def _ornament_candidate(text: str) -> bool:
    """A short plain line: no sentence, no label, no markup (a bold 「**点评**」 is the
    author's label, not the template's)."""
    line = text.strip()
    return (0 < len(line) <= ORNAMENT_MAX and not SECTION_NUMBER.match(line)
            and line[-1] not in SENTENCE_END | set("：:，,、")
            and not any(mark in line for mark in "。！？；*_#|>[]【】<`!")
            and bool(re.search(r"[A-Za-z\u4e00-\u9fff]", line)))


def _unbold(text: str) -> str:
    """A line's text without emphasis wrapping all of it (「**01**」 → 01)."""
    line = text.strip()
    match = re.fullmatch(r"(\*\*|__)(.+?)\1", line)
    return match[2].strip() if match else line


def template_sections(lines: list[tuple[int | None, str]]) -> Cleaned:
    """A Markdown text without its layout template's ornaments — a short plain line that
    stands alone three times or more, word for word — and with each section number alone
    on its line (「01」) joined to the title under it as a heading (「## 01 标题」), when the
    numbers run 1, 2, 3 … (at least two of them). Each change is a repair to review."""
    counts = Counter(t.strip() for _, t in lines if _ornament_candidate(t))
    ornaments = {text for text, count in counts.items() if count >= ORNAMENT_MIN}
    repairs: list[Repair] = []
    kept: list[tuple[int | None, str]] = []
    asked: set[str] = set()  # one spot per ornament: one question for the editor
    for number, text in lines:
        if text.strip() in ornaments:
            repairs.append(Repair(
                "template-ornament", number or 0, text.strip(), "",
                f"Dropped a short line that stands alone {counts[text.strip()]} times, word "
                "for word: a layout template's ornament, not the article's text.",
                review=text.strip() not in asked))
            asked.add(text.strip())
            kept.append((number, ""))
        else:
            kept.append((number, text))
    # Section numbers: a number alone, the next nonblank line a short title (either may
    # be set bold: 「**01**」 「**过去一年**」).
    found = []
    for index, (_, text) in enumerate(kept):
        if not SECTION_NUMBER.match(_unbold(text)):
            continue
        below = next((i for i in range(index + 1, len(kept)) if kept[i][1].strip()), None)
        if below is None:
            continue
        title = _unbold(kept[below][1])
        if title and len(title) <= SECTION_TITLE_MAX \
                and title[-1] not in SENTENCE_END | set("：:，,、") \
                and title[0] not in "#|>![<*-" and not SECTION_NUMBER.match(title):
            found.append((index, below))
    numbers = [int(_unbold(kept[index][1])) for index, _ in found]
    if len(found) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) \
            and numbers[0] in (0, 1):
        for index, below in found:
            number, text = kept[index]
            shown = f"{text.strip()} ⏎ {kept[below][1].strip()}"
            heading = f"## {_unbold(text)} {_unbold(kept[below][1])}"
            repairs.append(Repair(
                "section-number", number or 0, shown, heading,
                "A section number alone on its line (01, 02 … in order) with a short "
                "title under it: made them the section's heading.", review=True))
            kept[index] = (number, heading)
            kept[below] = (kept[below][0], "")
    return Cleaned(kept, repairs=repairs)


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


def column_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or None when it is not."""
    long = sorted(width(line.strip()) for line in lines if width(line.strip()) >= LONG)
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


# ---------------------------------------------------------------- raw extraction


def clean_extraction(lines: list[tuple[int, str]], column: int | None) -> Cleaned:
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    pages = _pages(lines)
    drop: dict[int, str] = {}  # line number → why
    drop.update(_page_furniture(pages, repairs, doubts))
    rest = [(n, t.replace(FORM_FEED, "")) for n, t in lines if n not in drop]
    journal = any(ISSUE_LINE.match(re.sub(r"\s+", "", t)) for _, t in rest[:MASTHEAD_LINES])
    rest, found, masthead = _vertical_text(rest, journal)
    repairs += found
    rest, found, named = _issn_masthead(rest)
    repairs += found
    masthead = masthead or named
    if journal:
        rest, found = _masthead_lines(rest)
        repairs += found
    rest, found = _contents(rest)
    repairs += found
    # The blank lines between a run's lines are the extraction's, not paragraphs' ends.
    rest, found, more, unbroken = interleaved_columns(rest)
    repairs += found
    doubts += more
    rest, found = _page_foot_notes(rest, pages, drop)
    repairs += found
    rest, found, authors, paper_title = _paper_head(rest)
    repairs += found
    for line_pass in (_letter_spaced, _spaced_labels, _part_numbers, _lone_bullets,
                      _download_codes):
        rest, found = line_pass(rest)
        repairs += found
    standard = any(STANDARD.match(t.strip()) for _, t in rest[:40])
    issuer = issued = ""
    if standard:
        rest, found = _clause_numbers(rest)
        repairs += found
        rest, found, issuer, issued = _standard_cover(rest, pages)
        repairs += found
    else:
        rest, found, issuer, cover_title = _report_cover(rest, pages)
        paper_title = paper_title or cover_title
        repairs += found
    rest, found = _repeated_title(rest, pages)
    repairs += found
    nonblank = [t for _, t in rest if t.strip()]
    column = column or _column_of_pages(nonblank)
    page_breaks = {n for n, t in lines if FORM_FEED in t} | set(drop) | unbroken
    result, found = _paragraphs(rest, column, page_breaks)
    repairs += found
    result, found, more = flattened_tables(result)
    repairs += found
    doubts += more
    fields = {"source": masthead or issuer} if masthead or issuer else {}
    if issued:
        fields["date"] = issued
    if paper_title:
        fields["title"] = paper_title
    return Cleaned(result, "raw-extraction", repairs, doubts, fields=fields, column=column,
                   cover=frozenset(number for number, _ in _cover_page(pages)),
                   authors=authors.split("、") if authors else [])


# A justified line the typesetter spread out comes out of pdftotext with a space between
# every two characters (「通 过 互 联 两 个 两 层 Fat-Tree 网」); Chinese text has no such
# spaces. Where most Chinese pairs of a line are spaced, the spaces between Chinese
# characters go (those next to Latin words stay).
_CJK = "\u4e00-\u9fff，。、；：（）“”"
SPACED_PAIR = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
SPACED_MIN = 4


# A report site stamps each downloaded copy with a code of its own, a long run of letters
# and digits in mixed case with no space (「oXOAfUkUvZqQsRaQbP8OsQnN…」), set in the page:
# no word of any language, no text.
DOWNLOAD_CODE = re.compile(r"^[A-Za-z0-9]{32,}$")
CASE_SWITCHES_MIN = 12


def _download_codes(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        key = text.strip()
        switches = sum(1 for a, b in zip(key, key[1:], strict=False)
                       if a.isalpha() and b.isalpha() and a.isupper() != b.isupper())
        if DOWNLOAD_CODE.match(key) and switches >= CASE_SWITCHES_MIN:
            repairs.append(Repair("download-code", number, key[:24], "",
                                  "Removed a line of letters and digits in mixed case with no "
                                  "space (a copy's download code, no text).", review=True))
            continue
        result.append((number, text))
    return result, repairs


def _letter_spaced(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        spaced = len(SPACED_PAIR.findall(text))
        tight = len(re.findall(rf"[{_CJK}]{{2}}", text))
        if spaced >= SPACED_MIN and spaced > tight:
            new = SPACED_PAIR.sub("", text)
            repairs.append(Repair("letter-spacing", number, text.strip()[:24], new.strip()[:24],
                                  "Removed the spaces a justified line put between Chinese "
                                  "characters."))
            text = new
        result.append((number, text))
    return result, repairs


# A paper's author line: each name followed by its affiliation's number (a superscript,
# which the extraction sets on the line: 「张三 1，李四 1,2，王五 2*」).
# A two-character name may be spaced out to the width of three (「陈 宏」).
_AUTHOR = r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
AUTHOR_MARKS = re.compile(
    rf"^{_AUTHOR}\s*\d[\d,*]*(?:\s*[，,、]\s*{_AUTHOR}\s*\d[\d,*]*)+$")
HEAD_SEARCH = 40  # the author line stands among the first lines of page 1
NOTE_MARK_LINE = re.compile(r"^[*＊†‡]{1,3}$")
AFFILIATION_LINES = 12  # lines under the author line that may hold the affiliations
TITLE_LINES_MAX = 3


def _paper_head(lines: list[tuple[int, str]]
                ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """A paper's first page: the title broken over the short lines right above its author
    line is one line again, and is the title; the author line's names, without their
    affiliations' numbers (superscripts the extraction set on the line), are the
    authors, the line dropped."""
    texts = [i for i, (_, t) in enumerate(lines[:HEAD_SEARCH * 2]) if t.strip()][:HEAD_SEARCH]
    found = next((i for i in texts if AUTHOR_MARKS.match(lines[i][1].strip())), None)
    if found is None:
        return lines, [], "", ""
    number, marked = lines[found]
    names = "、".join(re.sub(r"[ \u3000]", "", name) for name in re.findall(_AUTHOR, marked))
    repairs = [Repair("paper-authors", number, marked.strip(), f"authors: {names}",
                      "Took the paper's author line into the authors, without the "
                      "affiliations' numbers after the names.")]
    # The title above ends where the author line stood.
    lines = lines[:found] + [(number, "")] + lines[found + 1:]
    # Under it, each affiliation's number (a superscript) on a line of its own above the
    # affiliation in brackets: 「1」「(某大学 某学院, 某市 100000)」 → 「1(某大学…)」.
    for index in range(found + 1, min(len(lines) - 1, found + AFFILIATION_LINES)):
        mark, below = lines[index][1].strip(), lines[index + 1][1].strip()
        if re.fullmatch(r"\d{1,2}", mark) and below[:1] in "(（":
            repairs.append(Repair("affiliation-number", lines[index][0], f"{mark} ⏎ {below[:12]}",
                                  f"{mark}{below[:12]}", "Joined an affiliation's number, set "
                                  "on a line of its own, to the affiliation under it."))
            lines[index] = (lines[index][0], "")
            lines[index + 1] = (lines[index + 1][0], mark + below)
    top = found
    while top > 0 and lines[top - 1][1].strip() and found - top < TITLE_LINES_MAX:
        above = lines[top - 1][1].strip()
        if NOTE_MARK_LINE.match(above):
            # The title's note mark (its 基金项目 note's 「*」), set above it on a line of
            # its own: a mark, no part of the title.
            repairs.append(Repair("title-mark", lines[top - 1][0], above, "",
                                  "Removed the title's note mark, alone on its line."))
            lines = lines[:top - 1] + [(lines[top - 1][0], "")] + lines[top:]
            break
        if len(above) > TITLE_REPEAT_MAX or above[-1] in SENTENCE_END or LABEL_START.match(above):
            break
        top -= 1
    if found - top >= 2:
        title = ""
        for _, part in lines[top:found]:
            title = join_lines(title, part.strip())
        repairs.append(Repair(
            "title-lines", lines[top][0], " ⏎ ".join(t.strip() for _, t in lines[top:found]),
            title, "Joined the paper's title broken over the lines above its author line."))
        lines = lines[:top] + [(lines[top][0], title), (lines[top][0], "")] + lines[found:]
    elif found - top == 1:
        title = lines[top][1].strip()
    else:
        title = ""
    return lines, repairs, names, title


# A standard's cover (GB/T 1.1) ends with its dates and its issuer: 「2019-07-11 发布」
# 「2019-08-01 实施」「某省市场监督管理局 发布」; pdftotext may put the issuer's 「发布」
# on a line of its own after the dates. A form field of the cover left empty
# (「备案号：」) holds nothing.
COVER_DATE = re.compile(r"\d.*(?:发\s*布|实\s*施)$")
ISSUER = re.compile(r"^([\u4e00-\u9fff]{4,30}(?:\s+[\u4e00-\u9fff]{4,30})*)\s+发\s*布$")
EMPTY_FIELD = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[：:]$")
# The standard's date of publication: 「2019 - 07 -11 发布」 (its 实施 date stays in the text).
ISSUE_DATE = re.compile(r"^(\d{4})\s*[-－.]\s*(\d{1,2})\s*[-－.]\s*(\d{1,2})\s*发\s*布$")


def _standard_cover(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                    ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The standard's issuer (the source) and date of publication from its cover, their
    lines dropped; an empty form field dropped."""
    cover = {number for number, _ in pages[0]} if len(pages) > 1 else set()
    date = ""
    repairs: list[Repair] = []
    drop: set[int] = set()
    issuers: list[str] = []
    texts = [(i, n, t.strip()) for i, (n, t) in enumerate(lines) if n in cover and t.strip()]
    for position, (index, number, text) in enumerate(texts):
        issued = ISSUE_DATE.match(text)
        if issued and not date:
            date = f"{int(issued[1]):04d}-{int(issued[2]):02d}-{int(issued[3]):02d}"
            drop.add(index)
            repairs.append(Repair("cover-date", number, text, f"date: {date}",
                                  "The standard's date of publication (「… 发布」 on its "
                                  "cover): took it as the date."))
            continue
        if EMPTY_FIELD.match(text):
            drop.add(index)
            repairs.append(Repair("cover-field", number, text, "",
                                  "Dropped an empty field of the standard's cover."))
            continue
        found = ISSUER.match(text)
        if not found and re.sub(r"\s", "", text) != "发布":
            continue
        # The issuers above it (「国家市场监督管理总局」 over 「国家标准化管理委员会 发布」),
        # past the dates.
        names = []
        dates = [k for k, (_, _, t) in enumerate(texts) if COVER_DATE.search(t)]
        start = dates[0] + 1 if dates else position  # the issuers stand under the dates
        for back_index, _, back in reversed(texts[start:position]):
            if COVER_DATE.search(back):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]{4,30}", back) or back_index in drop:
                break
            names.insert(0, (back_index, back))
        if not names and not found:
            continue
        issuers += [name for _, name in names] + ([found[1]] if found else [])
        drop.update({index} | {i for i, _ in names})
        repairs.append(Repair("cover-issuer", number, text, f"source: {'、'.join(issuers)}",
                              "The standard's issuer (「… 发布」 on its cover): took it as the "
                              "source."))
    return ([line for i, line in enumerate(lines) if i not in drop], repairs, "、".join(issuers),
            date)


# An organisation's name: a report's cover names its issuer on a line of its own (「云计算
# 开源产业联盟」), or set before the cover's title on one line (「某某有限公司某某说明」).
ORGANISATION = re.compile(
    r"[\u4e00-\u9fff（）]{2,30}(?:公司|委员会|协会|联盟|研究院|研究所|研究中心|中心|总局|局|部|厅"
    r"|办公室|大学|学院|学会|集团|银行|政府|基金会|联合会|商会|促进会|研究会)")


# A cover line that says who issued the report: 「某某研究院 发布」「某某实验室&某某咨询联合发布」
# 「某某协会编制」: the names before the verb are the issuers, whatever they end with.
RELEASED_BY = re.compile(
    r"([\u4e00-\u9fffA-Za-z（）()&＆、·]{4,40}?)(?:联合)?(?:发布|编制|编著|出品|编写)")


def _report_cover(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                  ) -> tuple[list[tuple[int, str]], list[Repair], str, str]:
    """The issuer on a report's cover (see ORGANISATION), under its title (the cover's
    first line): the source, its line dropped. Only when one line names it."""
    cover = _cover_page(pages)
    if len(cover) < 2:
        return lines, [], "", ""
    title = re.sub(r"\s+", "", cover[0][1])
    found = []
    for number, text in cover[1:]:
        key = re.sub(r"\s+", "", text)
        name = key[:-len(title)] if key.endswith(title) and key != title else key
        released = RELEASED_BY.fullmatch(key)
        if released:  # 「某某实验室&某某咨询联合发布」: the issuers named as such
            name = released[1]
        if ORGANISATION.fullmatch(name) or released:
            found.append((number, text, name))
    if len(found) != 1:
        return lines, [], "", ""
    number, text, name = found[0]
    repairs = [Repair("cover-issuer", number, text.strip(), f"source: {name}",
                      "The report's issuer on its cover: took it as the source.")]
    lines = [(n, t) for n, t in lines if n != number]
    # Above the issuer, the cover's first lines, set one under the other, are its title
    # broken over them (「面向某某的」「某某行业白皮书」): one line again, and the title.
    above = [(n, t.strip()) for n, t in cover if n < number and t.strip()]
    title = ""
    if 2 <= len(above) <= TITLE_LINES_MAX and all(
            b - a == 1 for (a, _), (b, _) in zip(above, above[1:], strict=False)) and all(
            len(t) <= TITLE_REPEAT_MAX and t[-1] not in SENTENCE_END
            and not re.fullmatch(r"[（(].*[）)]", t) for _, t in above):
        for _, part in above:
            title = join_lines(title, part)
        first, dropped = above[0][0], {n for n, _ in above[1:]}
        lines = [(n, title if n == first else t) for n, t in lines if n not in dropped]
        repairs.append(Repair("title-lines", first, " ⏎ ".join(t for _, t in above), title,
                              "Joined the report's title broken over the cover's first "
                              "lines, above its issuer."))
    return lines, repairs, name, title


TITLE_REPEAT_MAX = 40
TOP_LINES = 3


def _repeated_title(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]]
                    ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A line of the cover repeated once at the top of a later page (a report's or a
    standard's title above its first clause): the cover's is kept, the repeat dropped."""
    if len(pages) < 2:
        return lines, []
    cover_lines = [re.sub(r"\s+", "", t) for _, t in pages[0] if len(t) <= TITLE_REPEAT_MAX
                   and has_han(t) and not COVER_DATE.search(t)
                   and not re.search("[，。；：、！？]", t)]
    # A title and its edition under it (「某某指南」「（2020 年）」) are one running head.
    cover = set(cover_lines) | {first + second for first, second
                                in zip(cover_lines, cover_lines[1:], strict=False)
                                if re.fullmatch(r"[（(].{1,14}[）)]", second)}
    kept = {n for n, _ in lines}
    repairs: list[Repair] = []
    drop: set[int] = set()
    for page in pages[1:]:
        top = [(n, t) for n, t in page if n in kept][:TOP_LINES]
        for number, text in top:
            if re.sub(r"\s+", "", text) in cover:
                drop.add(number)
                cover.discard(re.sub(r"\s+", "", text))
                repairs.append(Repair("repeated-title", number, text, "",
                                      "Dropped the cover's title repeated at the top of a "
                                      "later page.", review=True))
    return [(n, t) for n, t in lines if n not in drop], repairs


# Two columns that pdftotext could not tell apart come out a line of each in turn, every
# line a block of its own (a blank line between): 「左栏第一行」「右栏第一行」「左栏第二行」….
# Seen where a page's lower part is set in two columns under a full-width block (a paper's
# abstract): the lines are half as wide as the page's widest lines. Such a run is read as
# its two columns, the left one first; a lone citation mark (「[1]」, a superscript the
# extraction put on a line of its own) stays with the line before it.
CITATION_MARK = re.compile(r"^\[\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\]$")
INTERLEAVED_MIN = 12  # lines of a run before it is read as two columns
HALF_COLUMN = 0.6  # the run's lines are at most this share of the page's width
PAGE_LINES = 8  # lines at the page's widest width that show it


def _page_width(widths: list[int]) -> int:
    """The widest width at least PAGE_LINES lines reach (the page's full measure)."""
    for candidate in sorted(set(widths), reverse=True):
        if sum(1 for w in widths if candidate - NEAR <= w <= candidate + 2) >= PAGE_LINES:
            return candidate
    return 0


def interleaved_columns(lines: list[tuple[int, str]]) -> tuple[
        list[tuple[int, str]], list[Repair], list[Repair], set[int]]:
    """The lines with each run of interleaved columns read as its two columns (see
    above); the repairs, the doubts, and the numbers of the lines of the runs."""
    page = _page_width([width(t.strip()) for _, t in lines if t.strip()])
    if not page:
        return lines, [], [], set()
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    unbroken: set[int] = set()
    index = 0
    while index < len(lines):
        starts = (width(lines[index][1].strip()) >= LONG
                  and (index == 0 or not lines[index - 1][1].strip()))
        run = _blank_separated_run(lines, index) if starts else []
        text_lines = [i for i in run if not CITATION_MARK.match(lines[i][1].strip())]
        widths = sorted(width(lines[i][1].strip()) for i in text_lines)
        middle = widths[len(widths) // 2] if widths else 0
        # Justified column lines: nearly all as wide as the column (a table's cells, a
        # cell a line, are of every width).
        if (len(text_lines) < INTERLEAVED_MIN or middle > HALF_COLUMN * page
                or sum(1 for w in widths if w >= LONG) < 0.8 * len(widths)
                or sum(1 for w in widths if abs(w - middle) <= NEAR) < 0.7 * len(widths)):
            # Not two columns: neither is a run starting inside it (a blank-separated text
            # is one long run; looking again from each of its lines took quadratic time).
            end = run[-1] + 1 if len(text_lines) >= INTERLEAVED_MIN else index + 1
            result += lines[index:end]
            index = end
            continue
        first, second = _columns(lines, run)
        head = [width(lines[column[0]][1].strip()) for column in (first, second)]
        sure = abs(head[0] - head[1]) >= INDENT_MIN
        left, right = (second, first) if sure and head[1] < head[0] else (first, second)
        result += _with_marks(lines, left) + _with_marks(lines, right)
        result.append((lines[run[-1]][0], ""))
        unbroken.update(lines[i][0] for i in run)
        repairs.append(Repair(
            "interleaved-columns", lines[run[0]][0],
            f"{len(text_lines)} lines, a column's each in turn", f"{len(left)} + {len(right)}",
            "Read a run of lines alternating between two columns as its two columns.",
            review=True))
        doubts.append(Repair(
            "interleaved-columns", lines[run[0]][0], lines[left[0]][1].strip()[:20],
            lines[right[0]][1].strip()[:20],
            "the extraction gave two columns a line of each in turn: read them as two "
            "columns, " + ("the left one the one whose first line is shorter (a heading or "
                           "an indented first line)" if sure else "in the extraction's order "
                           "(nothing told which is the left one)")
            + " — check the reading order where the columns meet"))
        index = run[-1] + 1
    return result, repairs, doubts, unbroken


def _blank_separated_run(lines: list[tuple[int, str]], start: int) -> list[int]:
    """The indices of the non-blank lines from `start` on, each with a blank line before
    the next (a lone citation mark may stand right under its line)."""
    run = [start]
    index = start + 1
    while index < len(lines):
        text = lines[index][1].strip()
        if text:
            if run[-1] == index - 1 and not CITATION_MARK.match(text) \
                    and not CITATION_MARK.match(lines[run[-1]][1].strip()):
                break
            run.append(index)
        index += 1
    if len(run) > 1 and run[-1] == index - 1 and index < len(lines):
        run.pop()  # the line that opens the paragraph after the run
    return run


def _columns(lines: list[tuple[int, str]], run: list[int]) -> tuple[list[int], list[int]]:
    """The run's lines dealt to two columns in turn. A citation mark is set a little above
    the line it marks, so the extraction gives it before that line: it goes with the next
    line of either column that has the gap a superscript left (else the next line)."""
    texts = [i for i in run if not CITATION_MARK.match(lines[i][1].strip())]
    side = {i: position % 2 for position, i in enumerate(texts)}
    marked: dict[int, list[int]] = {}
    for i in run:
        if i in side:
            continue
        following = [j for j in texts if j > i][:2]
        gapped = [j for j in following if len(MARK_GAP.findall(lines[j][1])) == 1]
        target = (gapped or following or texts[-1:])[0]
        marked.setdefault(target, []).append(i)
    columns: tuple[list[int], list[int]] = ([], [])
    for i in texts:
        columns[side[i]].extend(marked.get(i, []) + [i])
    return columns


# Where a superscript stood, the extraction leaves a space between two Chinese characters
# (「平台 被」「平台 ，」), which Chinese text has nowhere else.
MARK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff，。、；：）])")


def _with_marks(lines: list[tuple[int, str]], column: list[int]) -> list[tuple[int, str]]:
    """The column's lines, each citation mark put into the line it marks: at the one gap
    a superscript left, else before the line."""
    result: list[tuple[int, str]] = []
    marks = ""
    for i in column:
        number, text = lines[i]
        if CITATION_MARK.match(text.strip()):
            marks += text.strip()
            continue
        if marks:
            gaps = MARK_GAP.findall(text)
            text = MARK_GAP.sub(marks, text, count=1) if len(gaps) == 1 else marks + text
            marks = ""
        result.append((number, text))
    if marks and result:
        result[-1] = (result[-1][0], result[-1][1] + marks)
    return result


# A paper's first page ends with its notes (收稿日期, 基金项目, 通信作者, Foundation Items);
# a paragraph broken off by them goes on at the top of the next page. The notes are set
# after it: before the next heading (「0」「引言」「1 相关工作」).
FOOT_NOTE = re.compile(
    r"^(?:收稿日期|修回日期|基金项目|通信作者|通讯作者|作者简介|Foundation\s+Items?|Received)"
    r"\s*[：:]")
FOOT_LINES = 12  # the notes stand among a page's last lines


def _page_foot_notes(lines: list[tuple[int, str]], pages: list[list[tuple[int, str]]],
                     drop: dict[int, str]) -> tuple[list[tuple[int, str]], list[Repair]]:
    repairs: list[Repair] = []
    for page in pages[:-1]:
        kept = [(n, t) for n, t in page if n not in drop]
        start = next((k for k in range(max(0, len(kept) - FOOT_LINES), len(kept))
                      if FOOT_NOTE.match(kept[k][1])), None)
        if not start:
            continue
        notes = {n for n, _ in kept[start:]}
        moved = _notes_joined([(n, t) for n, t in lines if n in notes], repairs)
        rest = [(n, t) for n, t in lines if n not in notes]
        before = kept[start - 1][1].rstrip("”’」』）)")
        if before[-1:] in SENTENCE_END or before.endswith("."):
            # The text before the notes ends a sentence: nothing broken off.
            at = next(i for i, (n, _) in enumerate(lines) if n in notes)
            lines = rest[:at] + [(moved[0][0], "")] + moved + [(moved[-1][0], "")] + rest[at:]
            continue
        last = kept[-1][0]
        at = next((i for i, (n, t) in enumerate(rest) if n > last and _opens_part(t)), None)
        if at is None:
            continue
        lines = rest[:at] + [(moved[0][0], "")] + moved + [(moved[-1][0], "")] + rest[at:]
        repairs.append(Repair(
            "page-notes", moved[0][0], moved[0][1].strip()[:30], "",
            "The page's notes broke off a paragraph that goes on on the next page: set "
            "them after it, before the next heading.", review=True))
    return lines, repairs


def _notes_joined(notes: list[tuple[int, str]], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    """A page's notes, each label's lines one paragraph (a blank line between them): the
    extraction breaks them anywhere (「；国家自然科学基金…」「：鹏城实验室重大」)."""
    result: list[tuple[int, str]] = []
    for number, text in notes:
        stripped = text.strip()
        if not stripped:
            continue
        if result and not FOOT_NOTE.match(stripped) and not LABEL_START.match(stripped):
            previous = result[-1][1]
            if WORD_BREAK.search(previous) and stripped[:1].islower():
                merged = WORD_BREAK.sub("", previous) + stripped
            else:
                merged = join_lines(previous, stripped)
            result[-1] = (result[-1][0], merged)
            repairs.append(Repair("join-line", number, f"…{previous[-8:]} ⏎ {stripped[:8]}…",
                                  f"…{merged[-len(stripped) - 8:][:16]}…",
                                  "Joined a line of a page's note to the note it goes on."))
            continue
        if result:
            result.append((number, ""))
        result.append((number, stripped))
    return result


def _opens_part(text: str) -> bool:
    stripped = re.sub(r"\s+", "", text)
    return bool(re.fullmatch(r"\d{1,2}", stripped) or stripped in PART_NAMES
                or (CLAUSE_START.match(text.strip()) and len(stripped) <= CLAUSE_HEADING_MAX))


def _column_of_pages(lines: list[str]) -> int:
    long = sorted(width(line.strip()) for line in lines if width(line.strip()) >= LONG)
    return long[int(len(long) * 0.9)] if long else 0


def _pages(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """The non-blank lines of each page (pages split at form feeds)."""
    pages: list[list[tuple[int, str]]] = [[]]
    for number, text in lines:
        parts = text.split(FORM_FEED)
        for index, part in enumerate(parts):
            if index:
                pages.append([])
            if part.strip():
                pages[-1].append((number, part.strip()))
    return [page for page in pages if page]


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edges(page: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A page's first and last lines, and the next ones in where those are folios."""
    edges = [page[0], page[-1]]
    if len(page) > 2 and FOLIO.match(page[0][1]):
        edges.append(page[1])
    if len(page) > 3 and FOLIO.match(page[-1][1]):
        edges.append(page[-2])
    return edges


def _cover_page(pages: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The first page's lines when it is a cover: no line of Chinese on it reaches the
    text's column, none ends a sentence (a title, an issuer, a date); else none."""
    column = _column_of_pages([text for page in pages for _, text in page])
    if len(pages) < 2 or any(has_han(text) and width(text) >= column - NEAR
                             or text[-1] in SENTENCE_END for _, text in pages[0]):
        return []
    return pages[0]


def _page_furniture(pages: list[list[tuple[int, str]]], repairs: list[Repair],
                    doubts: list[Repair]) -> dict[int, str]:
    """Running heads and folios: lines at a page's top or bottom that repeat, or are
    page numbers."""
    drop: dict[int, str] = {}
    # A first page without a line of running text is a cover: its lines are the title
    # block (the title the later pages repeat as their running head), never furniture.
    cover = {number for number, _ in _cover_page(pages)}
    if len(pages) >= 2:
        edges = [_edges(page) for page in pages]
        counts = Counter(_furniture_key(t) for edge in edges
                         for t in {_furniture_key(text): text for _, text in edge}.values())
        for edge in edges:
            for number, text in edge:
                if number in drop or number in cover or FOLIO.match(text):
                    continue
                if (counts[_furniture_key(text)] >= 2 and len(text) <= 40
                        and text[-1] not in SENTENCE_END):
                    drop[number] = "running-head"
                    repairs.append(Repair(
                        "running-head", number, text, "",
                        f"Removed a running head: it stands at the edge of "
                        f"{counts[_furniture_key(text)]} pages.",
                        review=counts[_furniture_key(text)] == 2))
        for page in pages:
            for number, text in (page[0], page[-1]):
                if number not in drop and FOLIO.match(text):
                    drop[number] = "folio"
                    repairs.append(Repair("folio", number, text, "",
                                          "Removed a page number at the edge of a page."))
    if len(pages) >= 2:
        _journal_heads(pages, drop, repairs)
    for page in pages:  # 「— 3 —」「·27·」「第 3 页」 are page numbers wherever they stand
        for number, text in page:
            if number not in drop and MARKED_FOLIO.match(text):
                drop[number] = "folio"
                repairs.append(Repair("folio", number, text, "", "Removed a page number."))
    return drop


# A journal's running heads alternate between odd and even pages, so a short extract
# shows each once: 「第4期」 (the issue its cover names) and 「郜帅等：论文标题」 (authors
# 等：the title of page 1).
ISSUE_HEAD = re.compile(r"^(?:第\s*\d{1,3}\s*卷\s*)?第\s*\d{1,3}\s*期$")
AUTHORS_TITLE_HEAD = re.compile(r"^[\u4e00-\u9fff·]{2,8}等?\s*[：:]\s*(\S.{4,})$")
EDGE_LINES = 3  # a page's running heads stand among its first (or last) lines


def _journal_heads(pages: list[list[tuple[int, str]]], drop: dict[int, str],
                   repairs: list[Repair]) -> None:
    cover = {re.sub(r"\s+", "", text) for _, text in pages[0]}
    issue = any(ISSUE_HEAD.match(key) or re.search(r"第\d{1,3}卷第\d{1,3}期", key)
                for key in cover)
    # The journal's name, set vertically on the cover one character a line (通/信/学/报):
    # a running head spells it, or a part of it, letter-spaced (「通 信 学 报」).
    name = "".join(text for _, text in pages[0] if len(text) == 1 and is_han(text))

    def is_head(text: str) -> bool:
        key = re.sub(r"\s+", "", text)
        found = AUTHORS_TITLE_HEAD.match(key)
        return bool(found and found[1] in cover) or bool(issue and ISSUE_HEAD.match(key)) \
            or (issue and len(name) >= 2 and len(key) >= 2 and key in name)

    for page in pages[1:]:
        for lines in (page[:EDGE_LINES], list(reversed(page[-EDGE_LINES:]))):
            for number, text in lines:
                if number in drop or FOLIO.match(text) or MARKED_FOLIO.match(text):
                    continue
                if not is_head(text):
                    break
                drop[number] = "running-head"
                repairs.append(Repair(
                    "running-head", number, text, "",
                    "Removed a journal's running head (the issue, or authors 等：the title "
                    "of the first page) at the edge of a page."))


# A journal's masthead on its first page: the name set vertically (通/信/学/报) between
# the volume and issue (第 43 卷第 4 期), the month (2022 年 4 月), and the English name,
# volume and month (Journal on Communications, Vol.43 No.4, April 2022).
ISSUE_LINE = re.compile(r"^(?:第\d{1,3}卷第\d{1,3}期|Vol\.?\d+,?No\.?\d+)$")
MASTHEAD_LINE = re.compile(
    r"^(?:第\s*\d{1,3}\s*卷\s*第\s*\d{1,3}\s*期|\d{4}\s*年\s*\d{1,2}\s*月"
    r"|Vol\.?\s*\d+\s*,?\s*No\.?\s*\d+"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{4}|Journal\s+(?:of|on)\s+[A-Z][A-Za-z ,&]{2,60})$")
MASTHEAD_LINES = 30  # the masthead stands among the first lines of page 1
PUBLICATION_END = ("报", "刊", "志")


# A journal's masthead in a -layout extraction of its first page: the name and its ISSN
# on one line, with the address, doi, copyright, e-mail and telephone set across the
# page in pieces far apart (「软件学报 ISSN 1000-9825, CODEN RUXUEW      E-mail: …」
# 「Journal of Software, [doi: …]      http://…」「©某研究所版权所有.      Tel:」).
ISSN_NAME = re.compile(r"^([\u4e00-\u9fff]{2,12}?)\s*ISSN\s*\d{4}-\d{3}[\dXx]\b")
MASTHEAD_PIECE = re.compile(
    r"ISSN\s*\d{4}-\d{3}[\dXx]|CODEN\b|\bdoi\s*:|©|版权所有|^Tel\s*[:：]|^E-?mail\s*[:：]"
    r"|^https?://\S+$|^www\.\S+$|^Journal\s+(?:of|on)\s", re.I)
MASTHEAD_GAP = re.compile(r"\s{3,}")


def _issn_masthead(lines: list[tuple[int, str]]
                   ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """The masthead's lines dropped, and the journal's name before its ISSN (the source)."""
    start = next((i for i, (_, t) in enumerate(lines[:MASTHEAD_LINES])
                  if ISSN_NAME.match(t.strip())), None)
    if start is None:
        return lines, [], ""
    name = ISSN_NAME.match(lines[start][1].strip())[1]
    end = start
    while end < len(lines) and lines[end][1].strip() and all(
            MASTHEAD_PIECE.search(piece)
            for piece in MASTHEAD_GAP.split(lines[end][1].strip())):
        end += 1
    if end == start:
        return lines, [], ""
    repairs = [Repair("masthead", number, text.strip()[:60], "",
                      "Removed a line of the journal's masthead (ISSN, doi, copyright, "
                      f"e-mail, address); the journal ({name}) is the source.")
               for number, text in lines[start:end]]
    return lines[:start] + lines[end:], repairs, name if name.endswith(PUBLICATION_END) else ""


def _masthead_lines(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result, repairs = [], []
    for position, (number, text) in enumerate(lines):
        if position < MASTHEAD_LINES and MASTHEAD_LINE.match(text.strip()):
            repairs.append(Repair("masthead", number, text.strip(), "",
                                  "Removed a line of the journal's masthead (volume, issue, "
                                  "month, English name)."))
            continue
        result.append((number, text))
    return result, repairs


def _vertical_text(lines: list[tuple[int, str]], journal: bool = False
                   ) -> tuple[list[tuple[int, str]], list[Repair], str]:
    """Runs of one-character lines (blank lines and a short code between them allowed):
    a heading written vertically (前言) becomes one line; cover decoration is dropped.
    In a journal, its masthead's lines may stand between the characters, and the name
    they spell (…学报) is the source."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    masthead = ""
    index = 0
    while index < len(lines):
        run, end = _vertical_run(lines, index, journal)
        chars = [t.strip() for _, t in run if len(t.strip()) == 1]
        if len(chars) >= 2:
            word = "".join(chars)
            first = run[0][0]
            shown = " ⏎ ".join(t.strip() for _, t in run if t.strip())
            if word in VERTICAL_HEADINGS:
                result.append((first, word))
                repairs.append(Repair("vertical-text", first, shown, word,
                                      "Joined a heading set one character per line."))
                index = end
                continue
            if len(chars) >= VERTICAL_MIN:
                repairs.append(Repair("vertical-text", first, shown, "",
                                      "Removed vertical cover text (one character per line)."))
                if journal and not masthead and word.endswith(PUBLICATION_END):
                    masthead = word
                index = end
                continue
        result.append(lines[index])
        index += 1
    return result, repairs, masthead


def _vertical_run(lines: list[tuple[int, str]], start: int, journal: bool = False
                  ) -> tuple[list[tuple[int, str]], int]:
    """The run of one-character lines from start, and the index after it."""
    if len(lines[start][1].strip()) != 1 or not is_han(lines[start][1].strip()):
        return [], start
    index = start
    last = start
    while index < len(lines):
        text = lines[index][1].strip()
        if len(text) == 1 and is_han(text):
            last = index
        elif text and not (len(text) <= 8 and not has_han(text)) and not (
                journal and MASTHEAD_LINE.match(text)):
            break
        index += 1
    return lines[start:last + 1], last + 1


def _contents(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """Dot-leader contents entries, the 目次/目录 line above them, and what stands between
    two entries (see ENTRY_PART, ENTRY_LINES_MAX): the contents of the source."""
    entries = [i for i, (_, t) in enumerate(lines) if LEADER.match(t.strip())]
    if not entries:
        return _leaderless_contents(lines)
    drop: dict[int, str] = {i: "Removed a contents entry (the briefing makes its own)."
                            for i in entries}
    for first, second in zip(entries, entries[1:], strict=False):
        between = [i for i in range(first + 1, second) if lines[i][1].strip()]
        texts = [lines[i][1].strip() for i in between]
        other = [t for t in texts if not ENTRY_PART.match(t)]
        if not between or len(between) > ENTRY_PARTS_MAX or len(other) > ENTRY_LINES_MAX \
                or not all(SHORT_LEADER.search(t) or width(t) <= ENTRY_LINE_WIDTH
                           and t[-1] not in SENTENCE_END for t in other):
            continue
        for i in between:
            drop[i] = ("Removed a part of a contents entry set apart (its number, a folio) or "
                       "the next list's title, between two entries.")
    first = entries[0]
    before = [i for i in range(first) if lines[i][1].strip()]
    if before and re.sub(r"\s+", "", lines[before[-1]][1]) in CONTENTS_TITLES:
        drop[before[-1]] = "Removed the contents' title."
    repairs = [Repair("contents", lines[i][0], lines[i][1].strip(), "", why)
               for i, why in sorted(drop.items())]
    return [line for i, line in enumerate(lines) if i not in drop], repairs


# A contents whose leaders the extraction left out: each entry its title, spaces, its page
# (「1 范围 1」「前言 III」), under the contents' title (目次/目录).
SPACED_ENTRY = re.compile(r"^(\S.{0,60}?)\s+(\d{1,4}|[IVXLCivxlc]{1,7})$")
SPACED_ENTRIES_MIN = 3


def _leaderless_contents(lines: list[tuple[int, str]]
                         ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """Under a line 目次/目录: the run of lines each an entry (SPACED_ENTRY, no sentence
    ended before its page) or an entry's part set apart (ENTRY_PART), when three entries
    or more give their pages in order. Anything else under the title keeps it all."""
    title = next((i for i, (_, t) in enumerate(lines)
                  if re.sub(r"\s+", "", t) in CONTENTS_TITLES), None)
    if title is None:
        return _untitled_contents(lines)
    run: list[int] = []
    pages: list[int] = []
    for index in range(title + 1, len(lines)):
        text = lines[index][1].strip()
        if not text:
            continue
        entry = SPACED_ENTRY.match(text)
        if entry and has_han(entry[1]) and entry[1][-1] not in SENTENCE_END \
                and width(text) <= 2 * ENTRY_LINE_WIDTH:
            if entry[2].isdigit():
                pages.append(int(entry[2]))
        elif not ENTRY_PART.match(text):
            break
        run.append(index)
    entries = [i for i in run if not ENTRY_PART.match(lines[i][1].strip())]
    if len(entries) < SPACED_ENTRIES_MIN or pages != sorted(pages):
        return lines, []
    while run and ENTRY_PART.match(lines[run[-1]][1].strip()):
        run.pop()  # a number after the last entry is the body's
    drop = [title, *run]
    repairs = [Repair("contents", lines[i][0], lines[i][1].strip(), "",
                      "Removed the contents' title." if i == title else
                      "Removed a contents entry without leaders (its title, then its page) "
                      "or a part of one set apart.") for i in drop]
    return [line for i, line in enumerate(lines) if i not in set(drop)], repairs


# Without a contents title (the report set it as a picture), a -layout extraction still
# shows its contents by their form: each entry a short title, a wide gap, the page number
# set at the right margin (「知识图谱行业现状                    2」), one under another.
GAPPED_ENTRY = re.compile(r"^([^\d\s][^\d]{1,40}?)\s{8,}(\d{1,3})$")
GAPPED_ENTRIES_MIN = 4


def _untitled_contents(lines: list[tuple[int, str]]
                       ) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A run of four or more such entries, only blank lines between them, the pages
    rising: the contents, dropped."""
    index = 0
    while index < len(lines):
        run: list[int] = []
        cursor = index
        while cursor < len(lines):
            text = lines[cursor][1].strip()
            entry = GAPPED_ENTRY.match(text)
            if entry and has_han(entry[1]) and entry[1].strip()[-1] not in SENTENCE_END:
                run.append(cursor)
            elif text:
                break
            cursor += 1
        pages = [int(GAPPED_ENTRY.match(lines[i][1].strip())[2]) for i in run]
        if len(run) >= GAPPED_ENTRIES_MIN and all(a < b for a, b in zip(pages, pages[1:],
                                                                        strict=False)):
            repairs = [Repair("contents", lines[i][0], lines[i][1].strip()[:60], "",
                              "Removed a contents entry (its title, a wide gap, its page at "
                              "the margin; no contents title above).") for i in run]
            dropped = set(run)
            return [line for i, line in enumerate(lines) if i not in dropped], repairs
        index = max(cursor, index + 1)
    return lines, []


def _clause_numbers(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """In a standard: 「1适用范围」 on a short line → 「1 适用范围」, and a clause number
    alone on its line (「3.1」) joined to the short line after it (its term or heading)
    with a space — when it follows the clauses before it (in chapter 5, 「7.5」 or 「1.5」
    alone is a table's value). 「表1」 is left alone: a table's number is no clause."""
    result: list[tuple[int, str]] = []
    repairs = []
    chapter = 0  # the chapter of the last clause: a number out of order is a table's value
    index = 0
    while index < len(lines):
        number, text = lines[index]
        stripped = text.strip()
        index += 1
        start = CLAUSE_START.match(stripped) or STUCK_CLAUSE.match(stripped)
        if start:
            chapter = int(re.match(r"\d+", stripped)[0])
        following = next(((n, t.strip()) for n, t in lines[index:index + 2] if t.strip()), None)
        in_order = not chapter or chapter <= int(stripped.split(".")[0] or 0) <= chapter + 1 \
            if CLAUSE_ALONE.match(stripped) else False
        heading = following is not None and len(following[1]) <= CLAUSE_HEADING_MAX \
            and has_han(following[1]) and following[1][-1] not in SENTENCE_END \
            and not CLAUSE_START.match(following[1])
        # A chapter's number in sequence before its title (「1」「范围」), or a clause's
        # number before the clause's first line of text (「4.1」「本标准采用……」).
        adjacent = following is not None and has_han(following[1][:2]) \
            and not CLAUSE_START.match(following[1]) and not STUCK_CLAUSE.match(following[1])
        chapter_title = bool(CHAPTER_ALONE.match(stripped)) and int(stripped) == chapter + 1 \
            and heading and adjacent
        clause_text = bool(CLAUSE_ALONE.match(stripped)) and in_order and adjacent \
            and not heading
        if (CLAUSE_ALONE.match(stripped) and in_order and heading) or chapter_title \
                or clause_text:
            new = stripped + " " + following[1]
            chapter = int(stripped.split(".")[0])
            repairs.append(Repair(
                "clause-number", number, f"{stripped} ⏎ {following[1]}", new,
                "Joined a clause number standing alone to " + (
                    "its first line of text." if clause_text else "its heading.")))
            # The line joined to stands where its text stood: the blank line between the
            # number and the text is no paragraph's end for the lines below.
            result.append((following[0], new))
            index = next(i for i in range(index, len(lines)) if lines[i][0] == following[0]) + 1
            continue
        match = STUCK_CLAUSE.match(stripped)
        if (match and len(stripped) <= CLAUSE_HEADING_MAX
                and stripped[-1] not in SENTENCE_END and "，" not in stripped):
            new = match[1] + " " + stripped[match.end():]
            repairs.append(Repair("clause-number", number, stripped, new,
                                  "Set a space after the clause number stuck to its heading."))
            text = new
        result.append((number, text))
    return result, repairs


LOCAL_WINDOW = 6  # lines either side that tell the column a line stands in
LOCAL_LINES = 5  # long lines needed around a line to see a narrower column
LOCAL_SHARE = 0.6  # of them must end at it


def local_columns(lines: list[str], column: int) -> list[int]:
    """The column each line is set in: the page's, or a narrower one most long lines
    around it end at (the two columns of a journal page below a full-width abstract).
    Lines of every length (a list of references) show no column of their own."""
    widths = [width(line) for line in lines]
    found = []
    for index in range(len(lines)):
        near = [w for w in widths[max(0, index - LOCAL_WINDOW):index + LOCAL_WINDOW + 1]
                if w >= LONG]
        local = column
        if len(near) >= LOCAL_LINES:
            for candidate in sorted(set(near), reverse=True):
                reaching = sorted(w for w in near if candidate - NEAR <= w <= candidate + 2)
                if len(reaching) >= LOCAL_SHARE * len(near):
                    # Their middle width: a few lines widened by spaced-out Latin words
                    # do not set the column.
                    local = reaching[len(reaching) // 2]
                    break
        found.append(local if LONG <= local < column - NEAR else column)
    return found


def _unclosed(line: str) -> bool:
    return line.count("（") + line.count("(") > line.count("）") + line.count(")")


LATIN_MAX = 8  # Latin words (set narrower, spaced by the extraction) blur a line's width
INDENT_MIN = 3  # columns a paragraph's first line falls short by: its indent (2 Han = 4)


def _first_line(previous: str, line: str, following: str, column: int) -> bool:
    """A Chinese paragraph opens indented two characters; the extraction drops the indent,
    so after a sentence's end, a line a little short of the column that ends no sentence
    and is shorter than the next line, which reaches the column, by about the indent is
    a paragraph's first line. (A line cut short
    by a Latin word that did not fit has that word opening the next line.)"""
    end = previous.rstrip("”’」』）)")
    full = width(following)
    latin = len(re.findall(r"[A-Za-z0-9]", line))
    return (end[-1:] in SENTENCE_END and full >= column - NEAR and latin <= LATIN_MAX
            and full - NEAR <= width(line) <= full - INDENT_MIN
            and line[-1] not in SENTENCE_END and not re.match(r"[A-Za-z0-9]", following))


def _last_line(line: str, column: int) -> bool:
    """Justified Chinese text fills every line of a paragraph to the column but its last:
    a continued line (a first line may be short by its indent) of full-width characters
    only (no Latin word, digit or space, whose width the extraction blurs) that ends a
    sentence a whole character or more short of the column is the paragraph's last line,
    however near the column it ends (「…其价值。」 at 49 of 50 characters)."""
    end = line.rstrip("”’」』）)")
    return (end[-1:] in SENTENCE_END and not re.search(r"[\x00-\x7f\u00a0\u3000]", line)
            and width(line) <= column - 2)


def _paragraphs(lines: list[tuple[int, str]], column: int, page_breaks: set[int]
                ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    """Join hard-wrapped lines: a line reaching the column continues on the next line,
    unless that one opens a clause or a list item, or a blank line stands between them
    within a page; other lines end their paragraph."""
    result: list[tuple[int | None, str]] = []
    repairs: list[Repair] = []
    previous: tuple[int, str] | None = None
    texts = [text.strip() for _, text in lines if text.strip()]
    columns = local_columns(texts, column)
    position = -1
    continued = False  # the line before this one went on from the line before it
    for number, text in lines:
        stripped = text.strip()
        if not stripped:
            continue
        position += 1
        if previous is not None:
            here = columns[position - 1]
            following = texts[position + 1] if position + 1 < len(texts) else ""
            reaches = here and width(previous[1]) >= here - NEAR and not _first_line(
                previous[1], stripped, following, here) and not (
                    continued and _last_line(previous[1], here))
            # 「3 术语和定义」 opens a clause; 「3 万个芯片……」 at full width goes on.
            clause = CLAUSE_START.match(stripped) and (
                "." in stripped.split()[0] or not here or width(stripped) < here - NEAR)
            opens = (clause or LIST_START.match(stripped) or REFERENCE_ENTRY.match(stripped)
                     or LABEL_START.match(stripped) or ENGLISH_FRONT.match(stripped)
                     or is_part_heading(stripped))
            between = range(previous[0] + 1, number)
            gap = len(between) > 0 and not any(n in page_breaks for n in between) and (
                number not in page_breaks)
            # A bracket left open (「（1. 某大学，…；」) closes on a line below: the
            # paragraph goes on whatever the line's length.
            unclosed = _unclosed(previous[1])
            opens = opens or (ENUMERATOR.match(stripped) and not unclosed)
            # An English author list wrapped after a comma (「…, LU Pingjing2,」) goes on.
            run_on = previous[1].endswith(",") and bool(ENGLISH_FRONT.match(previous[1]))
            if (reaches or unclosed or run_on) and (not opens or run_on) and not gap:
                shown = f"…{previous[1][-8:]} ⏎ {stripped[:8]}…"
                after_sentence = previous[1][-1] in SENTENCE_END
                repairs.append(Repair(
                    "join-line", previous[0], shown, f"…{previous[1][-8:]}{stripped[:8]}…",
                    "Joined a line broken at the column of the extraction"
                    + (": it ends a sentence, so a new paragraph may begin here."
                       if after_sentence else "."), review=after_sentence))
                if WORD_BREAK.search(previous[1]) and stripped[:1].islower():
                    # 「in‐」「terconnect」: a word the typesetter hyphenated at the line's
                    # end is one word again, the hyphen (U+2010 or a soft one) gone.
                    merged = WORD_BREAK.sub("", result[-1][1]) + stripped
                    repairs.append(Repair(
                        "word-break", previous[0], f"…{previous[1][-8:]} ⏎ {stripped[:8]}…",
                        f"…{merged[-len(stripped) - 6:][:16]}…",
                        "Joined a word hyphenated at the end of a line (the hyphen was the "
                        "typesetter's)."))
                    result[-1] = (result[-1][0], merged)
                    previous = (number, stripped)
                    continued = True
                    continue
                continued = True
            else:
                result.append((None, ""))
                continued = False
        result.append((number, stripped))
        previous = (number, stripped)
    return result, repairs


# A Latin word broken at a line's end with the typesetter's hyphen: pdftotext writes it
# U+2010 (or keeps a soft hyphen); an ASCII hyphen may be the word's own (Fat-Tree).
WORD_BREAK = re.compile(r"(?<=[A-Za-z])[\u2010\u00ad]$")


# ---------------------------------------------------------------- web-page furniture

# What a web page's template prints around every article of a site, copied with its text:
# the editor's field (「责任编辑：张三」, the corpus README: furniture), the previous/next
# links (「上一篇：…」「下一篇：…」), a newspaper's jump line (「（下转第二版）」「（上接第1版）」,
# the page a story continues on, meaningless off the page), a CMS page separator
# (「pagebreak」, 「[pagebreak]」 glued to a paragraph's end), a newspaper archive's
# 「（附图片1张）」 (the photo is not in the text), a browser warning and an app
# promotion (「扫描二维码下载客户端」「…，尽在某某APP」).
EDITOR_FIELD = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编)\s*[:：][^。！？]{0,24}$")
# A line of nothing but the page's staff fields: 「编辑：张三　审核：李四」「校对：王五」.
STAFF_FIELD = (r"[（(【\[]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|监制|初审|复审|终审|签发|美编|"
               r"值班编辑|统筹)\s*[:：]\s*[\u4e00-\u9fff·]{2,5}(?:[ 、，,][\u4e00-\u9fff·]{2,5})*"
               r"\s*[）)】\]]?")
STAFF_FIELDS = re.compile(rf"{STAFF_FIELD}(?:[ \t\u3000|｜]+{STAFF_FIELD})*")
PREVIOUS_NEXT = re.compile(r"^[|｜\s]*(?:上一篇|下一篇)\s*[:：]")
JUMP_LINE = re.compile(
    r"[（(]\s*(?:下转|上接|转|接)第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]"
    r"|[（(]附图片?\s*(?:\d{1,2}\s*张)?[）)]")  # 人民日报's archive: （附图片1张）
PAGEBREAK = re.compile(
    r"\s*(?:<!--\s*pagebreak\s*-->|\[pagebreak\]|(?<![A-Za-z])pagebreak)\s*$", re.I)
PROMOTION = re.compile(
    r"(?:扫描|扫一扫|扫码).{0,8}(?:下载|关注|阅读|打开|浏览|查看)|尽在.{1,15}(?:APP|App|app|客户端)$")
PROMOTION_MAX = 30
BROWSER_WARNING = re.compile(r"^您的\S{0,8}浏览器版本(?:太|过)低")
# An e-paper that shows its page only in its app says so where the text would go:
# 「本页面内容不允许直接阅读，请通过《某某日报》客户端浏览查看。」, often under 「温馨提示」.
APP_GATE = re.compile(
    r"(?:页面|全文|本文|原文|内容)[^。！？]{0,16}请(?:通过|使用|下载|打开|登录|前往|在)[^。！？]{0,16}(?:客户端|APP|App|app)"
    r"[^。！？]{0,6}(?:阅读|浏览|查看|观看|收看)")
APP_GATE_MAX = 60
# A page's tool bar, at its head or foot: 「打印本页 关闭窗口」「【打印】【关闭】」.
TOOL_BUTTONS = frozenset({
    "打印本页", "打印本文", "打印此页", "打印", "关闭窗口", "关闭本页", "关闭", "返回顶部",
    "回到顶部", "收藏本页", "加入收藏", "收藏", "分享到", "分享", "纠错", "我要纠错", "保存本页"})
TOOL_BUTTON_ALONE = 4  # a single button this long (打印本页, 关闭窗口) is no word of a text
# A government site's footer: its registration numbers and copyright, and the lines
# naming who runs the site right above them (「主办单位：…　承办单位：…」).
SITE_FOOTER = re.compile(
    r"ICP\s*备|公网安备|网站标识码|版权所有|Copyright|©|\(c\)\s*\d{4}", re.I)
SITE_FOOTER_MAX = 100
SITE_OWNER = re.compile(r"^(?:主办|承办|协办|运维|技术支持|主办单位|承办单位|维护单位)\s*[:：]")
TIP_LABEL = re.compile(r"^[【\[]?(?:温馨提示|友情提示|提示)[】\]]?[：:]?$")


def web_furniture(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Blocks without a web page's furniture lines (see above); each removal a Repair."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    for block in blocks:
        if block.kind == "comment":
            result.append(block)
            continue
        kept: list[SourceLine] = []
        for line in block.lines:
            text = line.text.strip()
            why = _furniture_line(text)
            if why:
                repairs.append(Repair("web-furniture", line.number, text[:40], "",
                                      f"Dropped {why} of the web page (furniture, not text)."))
                continue
            cut = JUMP_LINE.sub("", PAGEBREAK.sub("", line.text))
            if cut != line.text:
                repairs.append(Repair(
                    "web-furniture", line.number, text[-16:], cut.strip()[-12:],
                    "Removed a page separator, jump line or photo note (「pagebreak」"
                    "「（下转第二版）」「（附图片1张）」)."))
                if not cut.strip():
                    continue
                line = SourceLine(line.number, cut, line.virtual)
            kept.append(line)
        if not kept and result and _tip_label(result[-1]) and any(
                APP_GATE.search(line.text) for line in block.lines):
            tip = result.pop()  # 「温馨提示」 over the app's notice goes with it
            repairs.append(Repair("web-furniture", tip.line, tip.text.strip(), "",
                                  "Dropped the label over the page's app notice."))
        footer = len(kept) < len(block.lines) and any(
            SITE_FOOTER.search(line.text) for line in block.lines)
        while footer and kept and SITE_OWNER.match(kept[-1].text.strip()):
            owner = kept.pop()  # 「主办单位：…」 in the footer's own block
            repairs.append(Repair("web-furniture", owner.number, owner.text.strip()[:40], "",
                                  "Dropped the site's owner line of its footer."))
        while footer and not kept and result and all(
                SITE_OWNER.match(line.text.strip()) for line in result[-1].lines):
            owner_block = result.pop()
            repairs.append(Repair("web-furniture", owner_block.line,
                                  owner_block.text.strip()[:40], "",
                                  "Dropped the site's owner line of its footer."))
        if kept:
            result.append(block.with_lines(kept) if kept != block.lines else block)
    return result, repairs


def _tip_label(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        TIP_LABEL.match(block.text.strip()))


def _furniture_line(text: str) -> str:
    if EDITOR_FIELD.match(text) or STAFF_FIELDS.fullmatch(text):
        return "the editor's field (责任编辑)"
    if PREVIOUS_NEXT.match(text):
        return "a previous/next link (上一篇/下一篇)"
    if len(text) <= PROMOTION_MAX and PROMOTION.search(text) or BROWSER_WARNING.match(text):
        return "an app promotion or browser warning"
    if len(text) <= APP_GATE_MAX and APP_GATE.search(text):
        return "the notice sending the reader to the app"
    if len(text) <= SITE_FOOTER_MAX and SITE_FOOTER.search(text):
        return "the site's footer (ICP 备案, 网站标识码, 版权所有)"
    buttons = [word for word in re.split(r"[\s\u3000【】\[\]|｜]+", text) if word]
    if buttons and all(word in TOOL_BUTTONS for word in buttons) and (
            len(buttons) >= 2 or len(buttons[0]) >= TOOL_BUTTON_ALONE):
        return "the tool bar"
    return ""


# ---------------------------------------------------------------- tables, a cell a line

# A web page's table as text extractors copy it: a row opens with a lone 「|」, each cell
# is a line ending in 「 |」, and a line of bare bars 「||」 stands for that many cells
# merged into others. No prose line has this form.
ROW_OPEN = re.compile(r"^[|｜]$")
CELL_LINE = re.compile(r"^(?![|｜]).*?\S[ \t]*[|｜]$")
MERGED_CELLS = re.compile(r"^[|｜]{2,}$")
TABLE_ROWS_MIN = 2


def cell_line_tables(lines: list[tuple[int, str]]
                     ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair]]:
    """Tables written a cell a line (see above) → pipe tables. Merged cells cannot be
    placed for sure: they are left empty at the row's end, and each table is a doubt."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(lines):
        rows, end = _cell_rows(lines, index)
        if len(rows) < TABLE_ROWS_MIN:
            result.append(lines[index])
            index += 1
            continue
        width_ = max(len(cells) for _, cells in rows)
        table = [(number, pipe_row(cells + [""] * (width_ - len(cells))))
                 for number, cells in rows]
        first = rows[0][0]
        result += [(first, ""), table[0],
                   (first, "|" + "---|" * width_), *table[1:], (rows[-1][0], "")]
        repairs.append(Repair(
            "table-from-cell-lines", first, f"{end - index} lines, a cell each",
            f"{len(rows)} rows × {width_} columns",
            "Rebuilt a table copied a cell a line (「|」 opens a row, 「… |」 is a cell)."))
        if any(len(cells) < width_ or not all(cells) for _, cells in rows):
            doubts.append(Repair(
                "table-merged-cells", first, f"{len(rows)} rows × {width_} columns", "",
                "Rebuilt a table copied a cell a line: its merged cells are left empty at "
                "the ends of their rows — check the header and where each value stands."))
        index = end
    return result, repairs, doubts


def _cell_rows(lines: list[tuple[int, str]], start: int
               ) -> tuple[list[tuple[int, list[str]]], int]:
    rows: list[tuple[int, list[str]]] = []
    index = start
    while index < len(lines) and ROW_OPEN.match(lines[index][1].strip()):
        number = lines[index][0]
        cells: list[str] = []
        index += 1
        while index < len(lines):
            text = lines[index][1].strip()
            if CELL_LINE.match(text):
                cells.append(text[:-1].strip())
                index += 1
            elif MERGED_CELLS.match(text):
                cells += [""] * len(text)
                index += 1
                break
            else:
                break
        if not cells:
            return rows, index - 1
        rows.append((number, cells))
    return rows, index


# ---------------------------------------------------------------- tables, a bar after each cell

# Another text copy of a web page's table: each cell's text (on one line or several, a
# narrow cell's words or characters one a line), then a line holding only 「|」, the
# cell's right border; no line marks where a row ends. The rows are read only where one
# number of columns makes every row a label and its numbers (as for a flattened table);
# else the cells stay together, one a row in reading order, for the editor to rebuild.
BAR_CELL_LINES_MAX = 6  # lines of one cell (a river's name set vertically: 木 兰 溪)


def bar_cell_tables(lines: list[tuple[int, str]]
                    ) -> tuple[list[tuple[int, str]], list[Repair], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(lines):
        cells: list[tuple[int, str]] = []
        end = index
        while (found := _bar_cell(lines, end)) is not None:
            cells.append(found[0])
            end = found[1]
        if len(cells) < CELLS_MIN:
            result.append(lines[index])
            index += 1
            continue
        texts = [text for _, text in cells]
        first = cells[0][0]
        columns = [k for k in range(2, COLUMNS_MAX + 1) if _fits(texts, k)]
        if len(columns) == 1:
            k = columns[0]
            rows = [texts[start:start + k] for start in range(0, len(texts), k)]
            numbers = [cells[start][0] for start in range(0, len(texts), k)]
            note = (f"Rebuilt a table copied a cell and a bar line at a time: only {k} "
                    "columns make every row a label and its numbers.")
        else:
            k = 1
            rows = [[text] for text in texts]
            numbers = [number for number, _ in cells]
            doubts.append(Repair(
                "table-flattened", first, f"{texts[0][:20]} …", f"{len(cells)} cells, one a row",
                f"A table copied a cell and a bar line at a time: its {len(cells)} cells are "
                "kept together, one a row in reading order, as its rows cannot be read from "
                "them for sure (merged cells?) — rebuild the table by hand."))
            note = "Kept the cells of a table copied a cell and a bar line at a time together."
        table = [(first, pipe_row(rows[0])), (first, "|" + "---|" * k)]
        table += [(number, pipe_row(row)) for number, row in zip(numbers[1:], rows[1:],
                                                                 strict=True)]
        result += [(first, ""), *table, (lines[end - 1][0], "")]
        repairs.append(Repair("table-from-bar-cells", first,
                              f"{len(cells)} cells, each closed by a 「|」 line",
                              f"{len(rows)} rows × {k} columns", note, review=True))
        index = end
    return result, repairs, doubts


def _bar_cell(lines: list[tuple[int, str]], start: int) -> tuple[tuple[int, str], int] | None:
    """The cell whose lines begin at `start` and the index after its bar line, else None."""
    text = ""
    index = start
    while index < len(lines) and index - start < BAR_CELL_LINES_MAX:
        line = lines[index][1].strip()
        if ROW_OPEN.match(line):
            return ((lines[start][0], text), index + 1) if text else None
        if not line or width(line) > CELL_MAX or line[-1] in "。；;：:" \
                or RAW_TABLE_CAPTION.match(line) or is_table_caption(line):
            return None
        text = join_lines(text, line)
        index += 1
    return None


# ---------------------------------------------------------------- flattened tables

# pdftotext without -layout gives a table as its cells, one a line, in reading order,
# under its caption 「表1 …」. The table is rebuilt only when one number of columns makes
# every row a label followed by numbers under a header of words; else it stays as it is
# and is a doubt.
RAW_TABLE_CAPTION = re.compile(r"^表\s*[A-Z]?\d+(?:[.\-－]\d+)?\s*\S")
CELL_MAX = 24  # display columns of a cell line
CELLS_MIN = 6
COLUMNS_MAX = 10
NUMBER_CELL = re.compile(
    r"^[≤≥<>＜＞±]?\s*[-−－]?\d+(?:\.\d+)?\s*[%％‰]?(?:\s*[～~—－-]\s*\d+(?:\.\d+)?\s*[%％]?)?$"
    r"|^[—－-]{1,2}$")


def flattened_tables(lines: list[tuple[int | None, str]]
                     ) -> tuple[list[tuple[int | None, str]], list[Repair], list[Repair]]:
    """A raw extraction's tables given a cell a paragraph (see above) → pipe tables."""
    groups: list[list[tuple[int | None, str]]] = [[]]
    for number, text in lines:
        if text.strip():
            groups[-1].append((number, text))
        elif groups[-1]:
            groups.append([])
    groups = [group for group in groups if group]
    single = [len(group) == 1 for group in groups]
    result_groups: list[list[tuple[int | None, str]]] = []
    repairs: list[Repair] = []
    doubts: list[Repair] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        result_groups.append(group)
        index += 1
        text = group[0][1].strip()
        if not (len(group) == 1 and (RAW_TABLE_CAPTION.match(text) or is_table_caption(text))
                and width(text) <= 2 * CELL_MAX * 2 and text[-1] not in SENTENCE_END):
            continue
        end = index
        while end < len(groups) and single[end] and _is_cell(groups[end][0][1]):
            end += 1
        cells = [groups[i][0][1].strip() for i in range(index, end)]
        if len(cells) < CELLS_MIN:
            continue
        first = groups[index][0][0] or 1
        columns = [k for k in range(2, COLUMNS_MAX + 1) if _fits(cells, k)]
        if len(columns) != 1:
            # Its columns cannot be read for sure: the cells stay together, one a row in
            # reading order, under the caption — a table to rebuild, not paragraphs.
            result_groups.append(
                [(groups[index][0][0], "| " + cells[0].replace("|", "\\|") + " |"),
                 (groups[index][0][0], "|---|")]
                + [(groups[index + r][0][0], "| " + cell.replace("|", "\\|") + " |")
                   for r, cell in enumerate(cells[1:], start=1)])
            doubts.append(Repair(
                "table-flattened", first, f"{text[:20]} …", f"{len(cells)} cells, one a row",
                f"The extraction gave this table's {len(cells)} cells one a line and its "
                "columns cannot be read from them for sure: they are kept together, one "
                "cell a row in reading order — rebuild the table by hand."))
            repairs.append(Repair(
                "table-flattened", first, f"{len(cells)} cells, one a line",
                f"{len(cells)} rows × 1 column", "Kept a flattened table's cells together "
                "(one a row): its columns are left for the editor.", review=True))
            index = end
            continue
        k = columns[0]
        rows = [cells[start:start + k] for start in range(0, len(cells), k)]
        table = [(groups[index][0][0], pipe_row(rows[0])),
                 (groups[index][0][0], "|" + "---|" * k)]
        table += [(groups[index + r * k][0][0], pipe_row(row))
                  for r, row in enumerate(rows[1:], start=1)]
        result_groups.append(table)
        repairs.append(Repair(
            "table-rebuilt", first, f"{len(cells)} cells, one a line",
            f"{len(rows)} rows × {k} columns",
            f"Rebuilt a table the extraction gave a cell a line: only {k} columns make "
            "every row a label and its numbers under a header of words.", review=True))
        index = end
    if not repairs:
        return lines, repairs, doubts
    result: list[tuple[int | None, str]] = []
    for group in result_groups:
        result += ([(None, "")] if result else []) + group
    return result, repairs, doubts


def _is_cell(text: str) -> bool:
    line = text.strip()
    return (0 < width(line) <= CELL_MAX and line[-1] not in "。；;：:"
            and not CLAUSE_START.match(line) and not line.startswith(("注", "表")))


def _fits(cells: list[str], k: int) -> bool:
    if len(cells) % k or len(cells) < 2 * k:
        return False
    rows = [cells[start:start + k] for start in range(0, len(cells), k)]
    header, body = rows[0], rows[1:]
    return (not any(NUMBER_CELL.match(cell) for cell in header)
            and all(not NUMBER_CELL.match(row[0]) for row in body)
            and all(NUMBER_CELL.match(cell) for row in body for cell in row[1:]))


def _spaced_labels(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """A label set with spaced characters (「摘　要：」) comes out of pdftotext as 「摘」 and
    「要：…」 on lines of their own: a lone character is joined to the line it begins
    when the two make a front-page label."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    pending: tuple[int, str] | None = None
    for number, text in lines:
        stripped = text.strip()
        if pending is not None and stripped:
            if LABEL_START.match(pending[1] + stripped):
                repairs.append(Repair("spaced-label", pending[0], f"{pending[1]} ⏎ {stripped[:6]}",
                                      pending[1] + stripped[:6],
                                      "Joined a label whose spaced characters the extraction "
                                      "put on lines of their own."))
                result.append((number, pending[1] + stripped))
                pending = None
                continue
            result.append(pending)
            pending = None
        if len(stripped) == 1 and is_han(stripped):
            pending = (number, stripped)
            continue
        if pending is None or stripped:
            result.append((number, text))
    if pending is not None:
        result.append(pending)
    return result, repairs


def pipe_row(cells: list[str]) -> str:
    """A row of a pipe table; a '|' in a cell's text is escaped, or it would split the
    cell (found by `make fuzz`: 「|万」 in a tab-split cell gave a row one cell too long)."""
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


# ---------------------------------------------------------------- tables in tabs

# A table copied from a spreadsheet or a word processor: a row a line, its cells split by
# tabs. Consecutive lines with the same number of tab-split cells (two or more) are a
# table; prose has no tabs between its words.
TAB = re.compile(r"[ \t]*\t[ \t]*")


def tab_tables(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        cells = _tab_cells(lines[index][1])
        end = index + 1
        while cells and end < len(lines) and len(_tab_cells(lines[end][1])) == len(cells):
            end += 1
        if not cells or end - index < TABLE_ROWS_MIN:
            result.append(lines[index])
            index += 1
            continue
        rows = [(number, _tab_cells(text)) for number, text in lines[index:end]]
        first = rows[0][0]
        result += [(first, ""), (first, pipe_row(rows[0][1])),
                   (first, "|" + "---|" * len(cells))]
        result += [(number, pipe_row(row)) for number, row in rows[1:]]
        result.append((rows[-1][0], ""))
        repairs.append(Repair(
            "table-from-tabs", first, f"{len(rows)} lines with tabs",
            f"{len(rows)} rows × {len(cells)} columns",
            "Made a table of lines whose cells are split by tabs (the first row its header)."))
        index = end
    return result, repairs


# A numbering set off by a tab (「一、\t指导思想」 from a word processor) is a heading's.
TAB_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|"
                           r"\d{1,2}(?:\.\d{1,2})*[.、]?|第[一二三四五六七八九十\d]+[章节条部分])$")


def _tab_cells(text: str) -> list[str]:
    if "\t" not in text.strip() or text.lstrip().startswith("|"):
        return []
    cells = [cell.strip() for cell in TAB.split(text.strip())]
    if len(cells) < 2 or not all(cells) or (len(cells) == 2 and TAB_NUMBERING.match(cells[0])):
        return []
    return cells


# A list's bullet, which pdftotext sets on a line of its own before its item: the item is a
# paragraph of its own, and the glyph (the briefing sets no bullets) goes.
LONE_BULLET = re.compile(r"^[●⚫•▪■◆◇○►▶➢➤✓✔❖◼□]$")


def _lone_bullets(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    for number, text in lines:
        if LONE_BULLET.match(text.strip()):
            repairs.append(Repair("bullet", number, text.strip(), "",
                                  "Removed a list's bullet standing alone on its line; its "
                                  "item opens a paragraph."))
            text = ""  # a blank line in its place: the item does not run on from above
        result.append((number, text))
    return result, repairs


def _part_numbers(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Repair]]:
    """「0」 alone on a line, then 「引言」: a paper's numbered part (GB/T 7713: 0 引言) the
    extraction split. Only a named part (PART_NAMES) takes the number."""
    result: list[tuple[int, str]] = []
    repairs: list[Repair] = []
    index = 0
    while index < len(lines):
        number, text = lines[index]
        following = next((i for i in range(index + 1, min(index + 3, len(lines)))
                          if lines[i][1].strip()), None)
        if (re.fullmatch(r"\d{1,2}", text.strip()) and following is not None
                and re.sub(r"\s", "", lines[following][1]) in PART_NAMES):
            new = text.strip() + " " + lines[following][1].strip()
            repairs.append(Repair("clause-number", number, f"{text.strip()} ⏎ {new[2:]}", new,
                                  "Joined a part's number standing alone to its name."))
            result.append((number, new))
            index = following + 1
            continue
        result.append((number, text))
        index += 1
    return result, repairs

"""The title block's shared line shapes: the patterns and predicates the title and the
facts both read a line by (translations, issue numbers, editions, subtitles, bylines …)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.importer import roles
from briefing.importer.chars import SURNAMES, han_count, has_han, simplified, strip_tags
from briefing.importer.parse import RawBlock
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    ends_sentence,
    heading_numbering,
    is_date_line,
    parse_byline,
    split_names,
)
from briefing.importer.webframe.furniture import PAGE_COUNTER, SITE_LINK_BAR
from briefing.importer.webframe.pinyin import PINYIN_NOTE, read_through_pinyin

BYLINE_MARKERS = "◆◇■□●○▲△★☆"

TITLE_MAX = 40  # characters of a title line (a two-line title: of each line)
TITLE_MIN = 4  # shorter lines are buttons and menus: 「下载」「打印」「首页」
BODY_MIN = 40  # a longer line is body text
HEAD_BLOCKS = 24  # the head of the article: facts are looked for among its first blocks

# ——副标题 (or a converted "--"); a single "- " is a list item, not a subtitle.
DASH_SUBTITLE = re.compile(r"^(?:[—―–－⸺]+|-{2,})\s*")
# 「（2024年1月15日在…上）」「2026年1月27日在…会议上」: where and when a speech was made.
SPEECH_DATELINE = re.compile(
    r"^[（(]?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。；]{2,60}?上(?:的(?:讲话|报告|发言))?[）)]?")
# 「（二〇〇〇年十二月三十一日）」「（2024年1月15日）」 opening a line of the head.
DATE_IN_PARENS = re.compile(r"^[（(]([^（）()]{6,16}日)[）)]")
# 「上海市市长 龚 正」「陕西省省长 赵刚」「镇长 李小山」: an office, then the speaker's name — up
# to six Han, as a name of a minority people written in Han is (「自治区代主席 乌云其木格」).
SPEAKER = re.compile(
    r"^(\S{0,20}?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主席|书记|部长|局长|厅长|主任|总理|委员长|代表))"
    r"[ \t\u3000]+([\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,5})$")
FACT_LABELS = {
    "来源": "source", "稿源": "source", "出处": "source", "信息来源": "source",
    "来自": "source",  # a Discuz portal's 「…| 评论： 0|来自： 某某网」
    "文章来源": "source", "稿件来源": "source", "新闻来源": "source",
    "发布机构": "source", "发文机关": "source", "发文机构": "source",
    "发布单位": "source", "发布部门": "source", "发布机关": "source",
    # a government page's field under its 日期 (行政院: 「資料來源：綜合業務處」), in the head
    # only — under a table the same label is the table's note (roles.NOTE)
    "资料来源": "source",
    # a county site's contributing office beside its 来源 (「来源：县教育局 供稿：县教育局」)
    "供稿": "source", "供稿单位": "source",
    "时间": "date", "日期": "date", "发布时间": "date", "发布日期": "date",
    "发文日期": "date", "成文日期": "date", "发表时间": "date", "更新时间": "date",
    "内容更新时间": "date", "信息发布时间": "date", "文章发布时间": "date", "信息时间": "date",
    # an e-paper's date of the issue the story ran in
    "刊发日期": "date", "刊发时间": "date", "刊登日期": "date", "见报日期": "date",
    "更新日期": "date",
    "生成日期": "date",
    "发布": "date",  # 「发布: 2014-12-10 | 作者: | 来源: 国家统计局」: a site's fields line
    "update": "date", "updated": "date",  # a blog post's 「update: 2020-01-04」 under its title
    "收录时间": "date", "收录日期": "date",  # a collection site's date of the copy
    "发行日期": "date", "出版日期": "date",  # an e-paper's, a periodical's issue
    # a Hong Kong site's stamps under its headline (「出版：2025-11-26 23:24」 ⏎ 「更新：…」);
    # the value must read as a date (_is_value), so a book's 出版 field is none
    "出版": "date", "更新": "date",
    # a forum's or a document site's stamp of the post (「发表于：2022-07-26 21:32:20」)
    "发表于": "date", "发布于": "date",
    "作者": "authors", "撰稿": "authors", "撰文": "authors", "本文作者": "authors",
    "原文链接": "url", "链接": "url", "官方链接": "url", "网址": "url", "原文地址": "url",
    "本文链接": "url",
}
# The page's editor among the facts (「… 作者：张三 责任编辑：李四」): furniture (the corpus
# README), dropped with the line.
EDITOR_LABELS = ("责任编辑", "责编", "编辑")
# 「来源：某某日报」, or as WeChat articles set it, 「来源 | 某某日报」.
LABEL = re.compile("(" + "|".join(sorted([*FACT_LABELS, *EDITOR_LABELS], key=len, reverse=True))
                   + r")[ \t\u3000]*(?:[:：｜]|(?<=[ \t\u3000])\||\|(?=[ \t\u3000]))"
                   r"[ \t\u3000]*")
URL = re.compile(r"https?://[^\s<>\"'（）()，。、；]+", re.I)


def url_in(text: str) -> str:
    """The first address in `text` (there must be one), less the backslashes a Markdown
    export escapes its punctuation with (「…/s/BPylLhHX-mulQPWka\\_Voww」): no address holds
    one."""
    return URL.search(text)[0].replace("\\", "")


# 「2024 09/21 20:49:32」: news sites (新华网) give the year apart from 09/21.
# A date, its weekday after it as a page or a release stamps it (「2024年4月17日（星期三）」
# 「2024-04-17 星期三」), its time.
DATE_VALUE = re.compile(
    r"^(\d{4})(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/))(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?"
    # ISO 8601's time after T, to the second's fraction and the zone (「2020-10-09T06:11:18.366Z」)
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    # 中央社's stamp with its update in brackets: 「2018/2/8 11:05(2/8 20:36 更新)」
    r"(?:\s*[（(][^（）()]{0,24}(?:更新|更新時間|更新时间)[）)])?$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")  # a Markdown image alone on its line
TERMINAL = tuple("。！？!?；;，,、：:")


@dataclass
class TitleBlock:
    """What the head of the article said, and the blocks left for the body."""

    title: str
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    line: int = 1  # the title's source line
    date: dt.date | None = None  # a date the title line carried: 「讲话（二〇〇一年一月一日）」
    site: str | None = None  # the site a web page's title line names after its title
    blocks: list[RawBlock] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)


HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0,
                                                                "O": 0, "0": 0}
HAN_DATE = re.compile(r"^([〇○零Ｏ一二三四五六七八九O0]{4})年([一二三四五六七八九十]{1,3})月"
                      r"([一二三四五六七八九十]{1,3})日$")


# 「04.03.2017 09:04」: a site's date with the year last and dots is day.month.year
# (a month-first date is written with slashes).
DOTTED_DAY_FIRST = re.compile(
    r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")


# 「114年01月13日」「民國99年5月4日」: Taiwan's official dates count the years of the
# 民國 (year 1 = 1912). Without the era's name only a three-digit year is read so (a
# two-digit 「08年5月12日」 is a Western year cut short); a year past this one is none.
ROC_DATE = re.compile(r"^(?:(?:中華|中华)?(?:民國|民国)\s*(\d{2,3})|(\d{3}))\s*年\s*(\d{1,2})\s*月"
                      r"\s*(\d{1,2})\s*日$")
ROC_EPOCH = 1911
# ROC_DASHED: the same date as Taiwan's government sites print it in a field, with dashes
# (「日期：105-08-04」): a three-digit year, month and day — no Western date has a
# three-digit year.
ROC_DASHED = re.compile(r"^(\d{3})-(\d{1,2})-(\d{1,2})$")


def read_date(text: str) -> dt.date | None:
    """「2024-03-05」「2024年3月5日」「2026-02-02 09:20」「二〇〇〇年十二月三十一日」
    「04.03.2017 09:04」「114年01月13日」 (民國) → a date, else None."""
    text = text.strip()
    match = DATE_VALUE.match(text)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = ROC_DATE.match(text) or ROC_DASHED.match(text)
        if match and match.re is ROC_DASHED:
            year = int(match[1]) + ROC_EPOCH
            return dt.date(year, int(match[2]), int(match[3])) if year <= dt.date.today(
                ).year else None
        if match:
            year = int(match[1] or match[2]) + ROC_EPOCH
            return dt.date(year, int(match[3]), int(match[4])) if year <= dt.date.today(
                ).year else None
        match = DOTTED_DAY_FIRST.match(text)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        match = HAN_DATE.match(text)
        if match:
            year = int("".join(str(HAN_DIGITS[c]) for c in match[1]))
            return dt.date(year, _han_number(match[2]), _han_number(match[3]))
    except ValueError:
        return None
    return None


def _han_number(text: str) -> int:
    """一 … 三十一 → 1 … 31."""
    if "十" not in text:
        return HAN_DIGITS[text] if len(text) == 1 else -1
    tens, _, ones = text.partition("十")
    return (HAN_DIGITS[tens] if tens else 1) * 10 + (HAN_DIGITS[ones] if ones else 0)


def without_buttons(text: str) -> str:
    """The line without the page's buttons after it: 「发布时间：2021-05-08   收藏」."""
    words = text.split()
    # (a bracket alone is a button's, the button's word apart from it: 「】 【 关闭」)
    while len(words) > 1 and words[-1].strip("【】[]") in MENU_WORDS | {""}:
        words.pop()
    # (a button glued to a closing book-title mark: 「来源：《光明日报》收藏」)
    glued = GLUED_BUTTON.search(words[-1]) if words else None
    if glued:
        words[-1] = words[-1][:glued.start()]
    return text.strip() if len(words) == len(text.split()) and not glued else " ".join(words)


GLUED_BUTTON = re.compile(r"(?<=[》）)」])(?:收藏|打印|分享|关闭|纠错)$")


# The page's counter among the facts (「浏览次数：1234」「点击数：56次」): no fact, dropped
# (furniture.PAGE_COUNTER); its buttons after them (「【字体：大 中 小】【打印】」).
# On a web page's info line the readers' counters stand among the facts, with a colon or
# in brackets, their count often left out by the copy (「评论：0」「参与评论（）人」
# 「跟帖(12)」「阅读(1234)」): the page's, no fact.
INTERACTION_COUNTER = re.compile(
    r"(?:(?<=[ \t\u3000|｜])|^)(?:参与|我要)?"  # 「参与评论（）」「我要评论（）」
    r"(?:评论数|评论|回复数|回复|跟帖|转发|点赞|赞|浏览|阅读|点击)"
    # (「阅读：(187)」: the count in brackets after the colon)
    r"[ \t\u3000]*(?:[:：][ \t\u3000]*(?:\d*|[（(][ \t\u3000]*\d*[ \t\u3000]*[）)])"
    r"|[（(][ \t\u3000]*\d*[ \t\u3000]*[）)])"
    r"[ \t\u3000]*[次人条]?(?=[ \t\u3000|｜]|$)")
# The type-size switch set bare among the facts (「大　中　小」, no 字体 label), and an
# icon's empty brackets (「【 】」「[ ]」) anywhere on the line: the page's widgets.
BARE_WIDGETS = re.compile(
    r"(?:(?<=[ \t\u3000|｜])|^)(?:[【\[][ \t\u3000]*)?大[ \t\u3000]+中[ \t\u3000]+小"
    r"(?:[ \t\u3000]*[】\]])?(?=[ \t\u3000|｜]|$)|【[ \t\u3000]*】|\[[ \t\u3000]*\]"
    # the zoom and print buttons bare (「放大 正常 缩小 打印」)
    r"|(?:(?<=[ \t\u3000|｜])|^)(?:放大|正常|缩小|打印|关闭)"
    r"(?:[ \t\u3000]+(?:放大|正常|缩小|打印|关闭)){1,4}(?=[ \t\u3000|｜]*$)")


def without_info_widgets(line: str) -> str:
    """A web page's info line (「时间：… 大 中 小 来源：…」「… 浏览：299次 评论：0」)
    without the readers' counters and the page's bare widgets set among its facts."""
    return BARE_WIDGETS.sub(" ", _drop_read_simplified(INTERACTION_COUNTER, line))
# The page's buttons after the facts: 「【打印】【关闭】」, 「[ 打印 ] [ 关闭 ]」 and an icon's
# empty 「[ ]」.
TRAILING_BUTTONS = re.compile(
    r"(?:[ \t\u3000]*(?:【[^【】]{1,16}】|\[[^\[\]]{0,8}\]))+[ \t\u3000]*$")
# A government page's reading widgets among its facts: the type size and eye-care (or
# background) colour switches, their options or an opening bracket after the label
# (「字号：【」「字体：大 中 小」「字号：T|T」「视力保护色：」「文字大小：[ ] 背景色：」),
# the share label whose icons were not copied (「分享到：」) — the page's, no fact; like
# its counters and buttons they go.
PAGE_WIDGET = re.compile(
    r"[ \t\u3000|｜]*[【\[]?[ \t\u3000]*"
    r"(?:字号|字体|文字大小|字体大小|视力保护色|护眼色|背景色|分享到|分享|推荐访问"
    # the page's read-aloud button: 「语音阅读：」「语音播报：」
    r"|语音阅读|语音播报)"
    r"[ \t\u3000]*[:：]"
    r"(?:[ \t\u3000【】\[\]|｜]*(?:大|中|小|默认|超大|加大|减小|还原|标准|T|A[+＋\-－]?"
    r"|语音阅读|播放|朗读)"  # (the read-aloud button's own word after its label)
    r"(?![\u4e00-\u9fff]))*"
    r"[ \t\u3000】\]|｜]*(?:[【\[][ \t\u3000]*$)?")


# A 政府信息公开 page's catalogue set on one line: 「索引号：… 发布机构：某县政府办 生成日期：…」.
# Its fields that say nothing of the article go like the page's counters; its facts stay.
_CATALOGUE_NAMES = ("索引号|主题分类|组配分类|体裁分类|服务对象|公开方式|公开范围|公开时限|有效性"
                    "|效力状态|时效性"
                    "|主题词|信息分类|生效时间|废止时间|关键词|内容概述|浏览次数|文号|名称"
                    # the catalogue's copy of the document's number and title (the document
                    # under it carries both)
                    "|发文字号|标题"
                    # 「公文目录：应急管理」, a label letterspaced as the page sets it 「文  号：」
                    "|公文目录|信息类别|文[ \t\u3000]+号"
                    # a university's or a bureau's notice page: the notice's kind and the
                    # page's section (「通知类型：校内通知」「所属栏目：通知公告」)
                    "|通知类型|信息类型|文章类型|文章分类|所属栏目")
CATALOGUE_FIELD = re.compile(
    rf"[ \t\u3000|｜]*(?:{_CATALOGUE_NAMES})[ \t\u3000]*[:：][ \t\u3000]*[^\s:：|｜]*?"
    rf"(?=[ \t\u3000|｜]|$|(?:{'|'.join(sorted(FACT_LABELS, key=len, reverse=True))}"
    rf"|{_CATALOGUE_NAMES})[ \t\u3000]*[:：])")
CATALOGUE_FIELDS_MIN = 2


def is_catalogue_block(block: RawBlock) -> bool:
    """Lines of such a catalogue among the page's facts lines (发布机构：…) and its
    breadcrumb: the page's header, never the body, however many lines."""
    lines = [line.text.strip() for line in block.lines]
    # (or a catalogue's one field over the page's facts: 「通知类型：校内通知」 ⏎ 「来源：…」)
    one_over_facts = len(lines) > 1 and is_catalogue_line(lines[0], fields=1) and all(
        labelled_facts(line) for line in lines[1:])
    return block.kind == "text" and (one_over_facts or any(is_catalogue_line(line) or (
        labelled_facts(line) and CATALOGUE_FIELD.search(line)) for line in lines)) and all(
        is_catalogue_line(line, fields=1) or labelled_facts(line) or is_page_furniture(
            line, above_title=True) for line in lines)


def _repeated_facts(facts: Facts, line: str) -> bool:
    """A catalogue's line whose facts were all taken already, with the same values
    (生成日期 then 发文日期, the same day), or left empty (「信息来源： 关键词：」)."""
    found = labelled_facts(line) or []
    return bool(found) and all(
        not value.strip() or (key == "date" and facts.date is not None
         and read_date(re.sub(r"\s", "", value)) == facts.date)
        or (key == "source" and value == facts.source) for key, value in found)


def is_catalogue_line(line: str, fields: int = CATALOGUE_FIELDS_MIN) -> bool:
    """「索引号: 003129766/201901-00336 组配分类: 规范性文件发布」「废止时间: 2020-01-23 名称:
    …」: a 政府信息公开 page's catalogue set two fields a line, every field one that says
    nothing of the article (its facts lines, 发布机构/发文日期, are read as facts). With
    `fields=1`, a line of one such field (「发文字号：某委发〔2021〕68号」「标题：…」): the
    catalogue set a field a line — a line of it only inside a block that is one."""
    return (len(CATALOGUE_FIELD.findall(line)) >= fields
            and not CATALOGUE_FIELD.sub("", line).strip())


# The facts each in brackets, as some sites set them: 「【发布时间：…】【来源：…】」.
_FACT_NAMES = "|".join(sorted(FACT_LABELS, key=len, reverse=True))
BRACKETED_FACT = re.compile(rf"[【\[][ \t\u3000]*((?:{_FACT_NAMES})[ \t\u3000]*[:：][^【】\[\]]*?)"
                            r"[ \t\u3000]*[】\]]")
EMPTY_OPEN_FIELD = re.compile(rf"[【\[][ \t\u3000]*(?:{_FACT_NAMES})[ \t\u3000]*[:：][ \t\u3000]*"
                              r"(?=[【\[])")
EMPTY_COUNTER = re.compile(r"((?:点击率|点击数|点击|阅读次数|浏览次数|阅读|浏览)[:：])[ \t\u3000]*"
                           r"(?=打印|关闭|收藏|分享|【)")
UNCLOSED_BUTTON = re.compile(r"[ \t\u3000]*[【\[](?P<word>[^【】\[\]]{1,6})$")
# The editor's field on the facts line (「时间：… 来源：… 责任编辑：李四」): furniture, as on a
# line of its own (webframe.furniture.EDITOR_FIELD).
EDITOR_AMONG_FACTS = re.compile(
    # 「来源：某某 作者：张三 编辑：李四」: the page's staff fields after the facts are its
    # editor's, no byline (the author is named by 作者)
    r"[ \t\u3000|｜]*[（(【\[]?(?:责任编辑|责编"
    # (or before them, opening the line: 「编辑: 某某 | 时间: … | 来源: 中新社 |」)
    r"|(?:(?<=[ \t\u3000|｜])|^)(?:编辑|采编|审核|审校|校对|监制|编审))"
    r"[ \t\u3000]*[:：][ \t\u3000]*"
    # (a name, never the next field's label: 「采编：    阅读：(187)」 — the field left empty)
    r"(?:(?![^\s:：]{0,8}[:：])[^\s（）()【】\[\]|｜]{0,12}[）)】\]]?)?")


# 「发布日期：… | 发布：某某网 | 责任编辑：…」: the account that posted the page among the
# facts, the site's own name (a reposting site: its story's 来源 is another), no fact of the
# story — dropped as the editor's field is. A date after 「发布：」 is the date's (read).
# A template may leave the field empty, the next label right after its colon (「来源：发布者：
# 时间：2023-09-13」): the label alone goes.
POSTER_AMONG_FACTS = re.compile(
    r"[ \t\u3000|｜]*(?<=[ \t\u3000|｜:：])(?:发布者|发布人|录入者|发布|录入)[ \t\u3000]*[:：]"
    r"(?:[ \t\u3000]*(?![\d\s])[^\s|｜:：]{1,16}(?=[\s|｜]|$))?")


def _drop_read_simplified(pattern: re.Pattern, line: str) -> str:
    """`pattern`'s matches, read on the Simplified form of the line (a Traditional page's
    「點擊次數：2236次」 is 点击次数), replaced by a space in the line itself."""
    plain = simplified(line)
    kept, last = [], 0
    for match in pattern.finditer(plain):
        kept += [line[last:match.start()], " "]
        last = match.end()
    return "".join(kept) + line[last:]


# PINYIN_IN_LABEL: a broken Traditional conversion runs a character's pinyin into the word
# (「時(shí)間：」, see webframe.pinyin.PINYIN_NOTE): a reader reads the label through it. Only
# a note inside a label (a few characters before its colon) is passed over for reading; values,
# and every word printed, keep the source's text. A 公文's title is read through it too
# (is_document_title: 「…關(guān)于…的通知」 names a document).
PINYIN_IN_LABEL = re.compile(PINYIN_NOTE.pattern + r"(?=[\u4e00-\u9fff]{0,3}[ \t\u3000]*[:：])")


def labelled_facts(text: str) -> list[tuple[str, str]] | None:
    """A line of nothing but labelled facts → [(field, value)], else None.

    「来源：人民日报　时间：2024-03-05」 → [("source", "人民日报"), ("date", "2024-03-05")];
    a date may stand unlabelled before the first label (「2024-03-05 09:20 来源：新华社」).
    A label alone (「时间：」) gives [(field, "")]: its value is on the next line.
    """
    text = PINYIN_IN_LABEL.sub("", text)  # PINYIN_IN_LABEL
    # 「【信息来源:【信息时间:… 】【字号 】【我要打印】【关闭」: a bracket a template left open
    # on an empty field, and an unclosed button at the end
    text = EMPTY_OPEN_FIELD.sub(" ", re.sub(r"】[ \t\u3000]*【", "】 【", text))
    # 「点击率:打印 】【 关闭」: a counter the script fills, empty, its buttons right after it
    text = EMPTY_COUNTER.sub(r"\1 ", text)
    unclosed = UNCLOSED_BUTTON.search(text)
    if unclosed and unclosed["word"].strip() in MENU_WORDS:
        text = text[:unclosed.start()]
    # (read on the Simplified form: a Traditional page's 「編輯:」 is 编辑)
    line = _drop_read_simplified(EDITOR_AMONG_FACTS, BRACKETED_FACT.sub(r" \1 ", text))
    line = POSTER_AMONG_FACTS.sub(" ", line) if LABEL.search(simplified(line)) else line
    # (the widgets first too: 「语音阅读：」 is no 「阅读：」 counter after a word 「语音」)
    line = PAGE_WIDGET.sub(" ", _drop_read_simplified(
        PAGE_COUNTER, PAGE_WIDGET.sub(" ", without_buttons(line))))
    line = without_info_widgets(line)
    line = CATALOGUE_FIELD.sub(" ", line) if LABEL.search(simplified(line)) else line
    line = TRAILING_BUTTONS.sub("", line)
    line = _drop_read_simplified(SUBSCRIPTION_LINKS, line).rstrip()  # SUBSCRIPTION_LINKS
    # A Traditional text's labels (文章來源、發布時間) read as their Simplified forms; the
    # values are the text's own (one for one: the offsets are the same).
    labels = list(LABEL.finditer(simplified(line)))
    if not labels:
        return _slashed_stamp(line)
    lead = line[:labels[0].start()].strip().rstrip("|｜/ \t\u3000")
    facts = []
    # The page's address may stand first, before the date (「http://… 2012-03-02 18:58
    # 来源：…」): a URL alone as a word is a fact of the line.
    address = next((word for word in lead.split() if URL.fullmatch(word)), None)
    if address:
        facts.append(("url", address))
        lead = " ".join(word for word in lead.split() if word != address)
    # an e-paper's stamp in parentheses before its fields: 「( 2019-10-12 ) 稿件来源：…」
    lead = PARENTHESISED.sub(r"\1", lead)
    # 「央视国际 www.cctv.com  2006年03月13日 15:04 来源:CCTV.com」: the site's name, its
    # address, its stamp, then the labelled fields — the stamp is the date
    # (a publication's name there, …网 …报, is read below, as the source)
    named = NAMED_STAMP.fullmatch(lead)
    if named and read_date(named["stamp"]) is not None and not simplified(
            named["name"]).endswith(PUBLICATION_ENDS):
        lead = named["stamp"]
    # 「19-03-15 08:43 来源:中国甘肃网-甘肃日报 编辑:杨亚楠」: a site's stamp with the year's
    # last two digits, before labelled fields — this century's year (or the last's, if
    # it would be a year to come)
    short = SHORT_YEAR_STAMP.fullmatch(lead)
    if short:
        year = 2000 + int(short[1])
        year = year if year <= dt.date.today().year else year - 100
        lead = f"{year}-{short[2]}-{short[3]}" + (f" {short[4]}" if short[4] else "")
    if lead:
        stamped = DATE_PREFIX.match(lead)
        publication = stamped[2].strip() if stamped else ""
        if read_date(lead) is None and not (
                publication and read_date(stamped[1]) is not None
                and PUBLICATION.fullmatch(simplified(publication))
                and simplified(publication).endswith(PUBLICATION_ENDS)):
            return None
        # LEAD_PUBLICATION: 「2023-01-18 08:28:55 新华社　作者：高敬」 — the stamp, then the
        # publication unlabelled, then the labelled fields.
        facts.append(("date", stamped[1] if publication else lead))
        if publication:
            facts.append(("source", publication))
    # …or last, after the fields (「来源：成都日报 2016-03-16 22:34   https://www.yybnet.net/」)
    words = line.split()
    if len(words) > 1 and URL.fullmatch(words[-1]) and labels[-1].start() < line.rindex(
            words[-1]) and not any(k == "url" for k, _ in facts):
        facts.append(("url", words[-1]))
        line = line[:line.rindex(words[-1])].rstrip()
    # TRAILING_STAMP: 「来源：某县融媒体中心 作者：张三 编辑：李四 2023-03-27 15:46:21」 —
    # a county site's template puts the time stamp after the last field, unlabelled.
    trailing = TRAILING_STAMP.search(line, labels[-1].end())
    if trailing is None and FACT_LABELS.get(labels[-1].group(1)) != "date":
        # (right after the last label, its value empty: 「作者: 2023-05-09 17:03:07」, the
        # editor's field between them dropped — a stamp no label of a date names)
        trailing = LABEL_STAMP.match(line, labels[-1].end())
    if trailing and read_date(trailing[1]) is not None and not any(k == "date" for k, _ in facts):
        facts.append(("date", trailing[1]))
        line = line[:trailing.start()]
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        value = line[label.end():end].strip(" \t\u3000|｜•·")
        if label.group(1) in EDITOR_LABELS:
            if index == 0:
                return None  # a 责任编辑 line alone is web furniture's business
            continue
        key = FACT_LABELS[label.group(1)]
        if key == "source":  # 「人民网－社会频道」: the site, not its channel
            value = re.sub(r"[-－—–][^-－—–]{1,8}频道$", "", value)
            value = SPACED_PAGE_NAME.sub("", value)
            stamped = SOURCE_STAMPED.fullmatch(value)
            if stamped and read_date(stamped["date"]) is not None:
                facts.append(("date", stamped["date"]))  # SOURCE_STAMPED
                value = stamped["name"]
        if key == "authors":
            # 「本文作者：HelloGitHub-蔡文心」: a team's Latin name before its member's
            value = TEAM_PREFIX.sub("", value.replace("**", ""))
            # 「作者： 何吉波博士，优视眼动科技公司创始人，hejibo@usee.tech」: the name, its
            # degree, then who the author is and how to reach them — the name is the byline
            introduced = INTRODUCED_AUTHOR.match(value.strip())
            if introduced and AUTHOR_INTRODUCTION.search(introduced["about"]):
                value = introduced["name"]
                # (an address among them is the author's, not the article's)
                facts = [(k, v) for k, v in facts if k != "url"]
        if key == "authors" and LOGIN.fullmatch(value) and len(labels) > 1:
            continue  # 「作者:pd_user01发表时间:…」: the posting account's login, no name
        if key == "authors" and (simplified(value) in ANONYMOUS
                                 or simplified(value.strip()).lower() in SITE_ACCOUNTS):
            # 「作者:佚名」: the template's word for an author it does not know; 「作者:admin」:
            # the site's account that posted the page, no name
            value = ""
        if key == "source" and simplified(value) in NO_SOURCE:
            value = ""  # 「来源：网友投稿」: how the site got it, no publication
        if key == "date" and read_date(value) is None:
            # 「时间:2021-06-11 17:48:05 总结 我要投稿」: the stamp, then the page's channel
            # and a button, a word or two
            tagged = TAGGED_STAMP.fullmatch(value)
            if tagged and read_date(tagged["stamp"]) is not None and not re.search(
                    r"[午时点分日周起至到]|星期", value[tagged.end("stamp"):]):
                # (not a notice's hour: 「时间：2021-06-11 上午 九时」 is an event's)
                value = tagged["stamp"]
        if not _is_value(key, value):
            return None
        facts.append((key, value))
    if len(facts) > 1 and any(value for _, value in facts):
        # 「来源：某县 作者：　时间：…」: a field the page's template left empty
        facts = [(key, value) for key, value in facts if value]
    return _site_as_author(facts) or None


INTRODUCED_AUTHOR = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)"
                               r"(?:博士|教授|研究员|先生|女士|老师)?[，,][ \t]*(?P<about>.+)$")
AUTHOR_INTRODUCTION = re.compile(r"@|https?://|www\.|创始人|首席|CEO|教授|研究员|工程师|博士生|"
                                 r"硕士生|主任|院长|所长|公司|大学|学院|研究所|研究院")
TEAM_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9.]{1,24}[ \t]*[-－—–][ \t]*(?=[\u4e00-\u9fff]{2,4}$)")
# A page's time stamp: 「2021-06-11」「2021-06-11 17:48」「2021/06/11 17:48:05」.
STAMP = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
TAGGED_STAMP = re.compile(rf"(?P<stamp>{STAMP})(?:[ \t\u3000]+[\u4e00-\u9fff]{{1,4}}){{1,2}}")
NAMED_STAMP = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8})(?:[ \t\u3000]+www\.[\w.-]+)?[ \t\u3000]+"
                         r"(?P<stamp>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                         r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?)")
PARENTHESISED = re.compile(r"^[（(][ \t\u3000]*(.*?)[ \t\u3000]*[）)]$")
# An e-paper's page after its name, set letter-spaced as the page's label is
# (「稿件来源：新华每日电讯 要 闻」): the page, not the publication.
SPACED_PAGE_NAME = re.compile(
    r"(?<=\S)[ \t\u3000]+[\u4e00-\u9fff](?:[ \t\u3000][\u4e00-\u9fff]){1,3}$")
ANONYMOUS = frozenset({"佚名", "匿名", "未知", "不详", "无", "暂无"})
SITE_ACCOUNTS = frozenset({"admin", "administrator", "webmaster", "root", "管理员", "系统管理员",
                           "网站管理员", "超级管理员",
                           # 「作者:本站編輯」: the site's staff that posted it, no name
                           "本站编辑", "本网编辑", "本站", "本网", "网站编辑", "小编"})
NO_SOURCE = frozenset({"网友投稿", "网友上传", "用户投稿", "用户上传", "会员投稿", "会员上传",
                       "网络", "网络整理", "网络收集", "互联网", "未知", "不详", "佚名"})
_LINE_STAMP = r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ \t\u3000]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
LABEL_STAMP = re.compile(rf"[ \t\u3000]*{_LINE_STAMP}[ \t\u3000]*$")
TRAILING_STAMP = re.compile(rf"[ \t\u3000]+{_LINE_STAMP}[ \t\u3000]*$")


# SITE_AS_AUTHOR: a reposting site's info line fills its 作者 field with its own name
# (「作者：某某资料网 时间：… 浏览：9362 来源：某某资料网」): a site is no author. The 作者
# value naming a website (…网, …网站) goes to the source when no 来源 names one, and is
# dropped when the 来源 on the line names the same.
# (its own name: SITE_NAME below, a masthead's, once shadowed it)
AUTHOR_SITE_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,16}"
                              r"(?:网|网站|日报|晚报|时报|早报|商报|新闻社|通讯社)")


def _site_as_author(facts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    sources = {value for key, value in facts if key == "source" and value}
    result = []
    for key, value in facts:
        if key == "authors" and AUTHOR_SITE_NAME.fullmatch(simplified(value)):
            if value in sources:
                continue
            if not sources:
                key = "source"
                sources.add(value)
        result.append((key, value))
    return result


# SUBSCRIPTION_LINKS: an e-paper's issue line carries its links after the date —
# 「發行日期：2026-01-20 取消訂閱  回經濟部首頁」: unsubscribe, back to the site's home page.
# Link words closing the line, no fact.
SUBSCRIPTION_LINKS = re.compile(
    r"(?:[ \t\u3000|｜]+(?:取消订阅|订阅|退订|回[\u4e00-\u9fff]{0,8}首页|返回首页|网站首页))+"
    r"[ \t\u3000|｜]*$")


# SOURCE_STAMPED: a page's template sets the source's name and the time stamp in boxes of
# their own; copied as text they run together, with the read counter after the stamp —
# 「来源：某某生态环境2024/10/20 14:08:3022」: the name (no digits of its end), the date and
# time (a full stamp: year, month, day), the counter's digits. The name is the source, the
# stamp the date; the counter is the page's.
SOURCE_STAMPED = re.compile(
    r"(?P<name>.{2,30}?[^\d\s])[ \t\u3000]*"
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"\d*")


# A CMS's account login where a meta line names the 作者: letters, digits, '_'.
LOGIN = re.compile(r"(?=[A-Za-z0-9_.\-]*[_\d])[A-Za-z][A-Za-z0-9_.\-]{2,31}")


PAGE = re.compile(r"^第?\s*\d{1,3}\s*版(?:[（(][^）)]{1,8}[）)])?$")
# An e-paper's page label: 「第01版：要闻 PDF版阅读」 (the page, its section, a button); a
# section named in parts 「第02版：要闻·综合」.
EPAPER_PAGE = re.compile(
    r"^第\s*\d{1,3}\s*版\s*[：:]\s*[\u4e00-\u9fff]{1,8}(?:[·・][\u4e00-\u9fff]{1,8})?"
    r"(?:\s+\S{1,8})?$")
# A county paper's e-paper header: the issue and the page (「1886 期 / 第2版：2」).
EPAPER_ISSUE_PAGE = re.compile(
    r"^第?\s*\d{1,5}\s*期\s*[/／|｜]?\s*第\s*\d{1,3}\s*版(?:\s*[：:]\s*\S{1,8})?$")
SHORT_YEAR_STAMP = re.compile(r"(\d{2})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}:\d{2}(?::\d{2})?))?")
DATE_PREFIX = re.compile(
    r"^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
    r"\s*(.*)$")
PUBLICATION = re.compile(r"[\u4e00-\u9fff]{2,12}")
# SLASHED_STAMP: a news site's stamp and the story's publication set apart by slashes, no
# labels (華視's 「2024-02-22 14:01:00 / 中央社 /」).
SLASHED_STAMP = re.compile(
    rf"^({STAMP})[ \t]*[/|｜][ \t]*([\u4e00-\u9fff]{{2,12}})[ \t]*[/|｜]?$")


def _slashed_stamp(line: str) -> list[tuple[str, str]] | None:
    found = SLASHED_STAMP.match(line.strip())
    if found is None or read_date(found[1]) is None or \
            not simplified(found[2]).endswith(PUBLICATION_ENDS):
        return None
    return [("date", found[1]), ("source", found[2])]
# A web page's meta line under the headline: its publications set apart by a bullet or a
# bar, then the stamp (「《小康》 ● 中国小康网   2016-02-11 10:40:13」) — the date; which name
# is the story's publication (a magazine, its website) is not said, so none is taken; the
# stamp, then a paper's name with its section after a slash (「2016/12/29 光华日报/北马新闻」)
# — the date and the paper.
_MASTHEAD_NAME = r"(?:《[\u4e00-\u9fff]{1,12}》|[\u4e00-\u9fff]{2,12})"
MASTHEAD_STAMP = re.compile(
    rf"^{_MASTHEAD_NAME}(?:[ \t\u3000]*[●•■◆|｜][ \t\u3000]*{_MASTHEAD_NAME})+[ \t\u3000]+"
    rf"(?P<date>{STAMP})$")
STAMP_SECTION = re.compile(rf"^(?P<date>{STAMP})[ \t\u3000]+(?P<name>[\u4e00-\u9fff]{{2,12}})"
                           r"/[\u4e00-\u9fff]{2,8}$")


def _masthead_stamp(line: str) -> list[tuple[str, str]] | None:
    if (found := MASTHEAD_STAMP.match(line)) and read_date(found["date"]) is not None:
        return [("date", found["date"])]
    if (found := STAMP_SECTION.match(line)) and read_date(found["date"]) is not None \
            and simplified(found["name"]).endswith(PUBLICATION_ENDS):
        return [("date", found["date"]), ("source", found["name"])]
    return None


# A site's or a paper's name alone on a line of the head (「三味园范文网」「某某日报」): where
# the text was published, as a 来源 line says (not 通报/简报/公报: a document's kind).
SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}(?:网|日报|晚报|时报|早报|商报|新闻社|通讯社)")
PUBLICATION_ENDS = ("报", "网", "社", "刊", "台", "志", "端", "闻")


# 「《 人民日报 》（ 2017年02月11日   06 版）」: a newspaper's archive names the issue so.
PAPER_ISSUE = re.compile(
    r"^《\s*([\u4e00-\u9fff]{2,12})\s*》\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$")


# An e-paper's header over each story: 「日期：[2020年05月27日] -- 某某新闻 -- 版次：[08]」
# (the date, the paper, the page; written so by a common e-paper system).
EPAPER_ISSUE = re.compile(
    r"^日期\s*[:：]\s*\[?\s*(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*\]?"
    r"\s*-{2,}\s*(?P<paper>[\u4e00-\u9fff]{2,12})\s*-{2,}\s*版次\s*[:：]\s*\[?\s*\w{1,4}\s*\]?$")


BYLINE_ISSUE = re.compile(r"^(\S.*?)[ \t\u3000]*(《\s*[\u4e00-\u9fff]{2,12}\s*》.*)$")


# A 简报's masthead: the issuing office on the left, the date on the right, set apart by
# a run of spaces: 「某市生态环境局办公室　　　　2024年6月3日」.
ISSUER_DATE = re.compile(
    r"^([\u4e00-\u9fff（）()]{4,30})(?:[ \t]{2,}|\u3000+[ \t\u3000]*)"
    r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")
# …one space between when the name ends as an office's does (「湖北省环境监测中心站 2013年11月
# 26日」; a broken conversion's pinyin notes in the name read through, kept in the value).
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
OFFICE_ONE_SPACE_DATE = re.compile(
    rf"^([\u4e00-\u9fff（）(){PINYIN_LETTERS}]{{4,60}}?(?:站|局|中心|委员会|政府|办公室|厅|院|所|办))"
    r"[ \t\u3000]+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")


# A 公文's 发文机关标志 (GB/T 9704-2012, 7.2.3): the issuing body's name (or several, set
# apart by spaces) followed by 「文件」, over the 发文字号 and the title — the masthead
# names the source; it is not the title.
ISSUING_BODY = (r"[\u4e00-\u9fff（）()]{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|党委"
                r"|[省市县区]委|人大常委会|局|厅|部|院|署|委|会|中心|公司|学校|大学)")
OFFICIAL_MASTHEAD = re.compile(
    rf"^(?P<body>{ISSUING_BODY}(?:[ \t\u3000]+{ISSUING_BODY})*)[ \t\u3000]*文件$")

# A 统计公报's issuers at its head, the province's (city's) 统计局 and the 国家统计局's 调查总队
# there, set apart by a space or run together: 「某省统计局 国家统计局某省调查总队」 — who
# issues it (the source), never its title.
STATISTICS_ISSUERS = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,16}?统计局[ \t\u3000]*)?国家统计局[\u4e00-\u9fff]{2,12}?调查总?队$")


# EMPTY_LABELS: a web page's info line closing with its template's labels left empty
# (「某某网 2017-04-18 16:47 来源： 作者： 查看：」: the site filled in no source or author,
# the counter's number was not copied) — two or more labels with no value, the line's
# last words after its facts: an empty label says nothing, the facts before it are read.
# (One label alone at a line's end may have its value on the next line: not this.)
EMPTY_LABELS = re.compile(
    r"(?:[ \t\u3000]+(?:来源|作者|查看|浏览|点击|阅读|编辑|责任编辑|发布者|供稿|出处|访问量"
    r"|浏览次数|点击数|阅读数)[ \t\u3000]*[:：]){2,}[ \t\u3000]*$")


# SITE_STAMPED: the same page template unlabelled — the publication's name (a site's, a
# paper's: 「某某网站」「某某日报」) run into the time stamp, the page's channel field after it:
# 「国家统计局网站2013年07月15日14:04分类：宏观经济」. The name is the source, the stamp the date;
# the channel is the page's. (SOURCE_STAMPED reads the labelled form.)
SITE_STAMPED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}(?:网站|网|报|社|台|刊|站|志|端|闻))"
    r"(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
    r"\d*(?:[ \t\u3000]*(?:分类|栏目|频道|所属栏目)[ \t\u3000]*[:：][ \t\u3000]*[^\s:：]{1,12})?")


# STAMP_CHROME: a portal's time stamp under the headline with the page's widgets after it —
# its view counter (the number often not copied: 「次浏览」), its channel, a source or author
# field left empty: 「2010/1/6 16:43:13 次浏览 分类：政府动态    来源：」. The stamp is the date.
STAMP_CHROME = re.compile(
    r"^(?P<date>\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t\u3000]+(?:\d*次浏览|(?:浏览|点击|阅读)(?:次数|量|数)?[:：]?\d*"
    r"|(?:分类|栏目|频道|所属栏目)[:：][^\s:：]{0,12}|(?:来源|作者|编辑|发布者)[:：]))+$")


# DOT_STAMPED: an aggregator's or a WeChat mirror's meta line sets the publication and its
# time stamp apart by a middle dot (「Ren Min Ri Bao·2026-02-15 23:13」「某某日报 · 2024-03-05」):
# the name is the source, the stamp the date.
DOT_STAMPED = re.compile(
    r"^(?P<name>[^\s·•・\d][^·•・。！？，；：:,]{1,28}?)[ \t\u3000]*[·•・][ \t\u3000]*"
    r"(?P<date>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:[ \t\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)$")


# A journal's issue under an article of it (「中國農民合作社 2016年5期」「《某某》2016年第5期」)
# and its editors as the author (「本刊编辑部」).
PERIODICAL_ISSUE = re.compile(r"^《?(?P<name>[\u4e00-\u9fff]{2,16})》?[ \t\u3000]*"
                              r"(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*第?[ \t\u3000]*"
                              r"\d{1,2}[ \t\u3000]*期$")
EDITORIAL_OFFICE = re.compile(r"(?:本刊|本报|[\u4e00-\u9fff]{2,10})编辑部")


# A site's channel named after a story's date (「即時資訊」「本地要闻」「时政新闻」): page chrome.
CHANNEL_WORD = re.compile(r"[\u4e00-\u9fff]{0,6}(?:资讯|新闻|要闻|动态|快讯|频道|时讯)")


def bare_facts(text: str) -> list[tuple[str, str]] | None:
    """A line of nothing but unlabelled facts: a URL, a date (and time), a publication
    and a page → [(field, value)]; else None.

    「http://www.example.com.cn 2007年03月16日18:54 中国网」, 「2002年9月3日人民日报 第3版」,
    「《人民日报》（2017年02月11日 06版）」. A line with no URL and no date is no fact line.
    """
    if masthead := _masthead_stamp(text.strip()):  # MASTHEAD_STAMP, STAMP_SECTION
        return masthead
    chrome = STAMP_CHROME.match(simplified(text.strip()))
    if chrome and read_date(chrome["date"]) is not None:  # STAMP_CHROME
        return [("date", chrome["date"])]
    dotted = DOT_STAMPED.match(text.strip())
    if dotted and read_date(dotted["date"]) is not None:  # DOT_STAMPED
        return [("source", dotted["name"].strip()), ("date", dotted["date"])]
    stamped = SITE_STAMPED.fullmatch(simplified(text.strip()))
    if stamped and read_date(stamped["date"]) is not None:  # SITE_STAMPED
        return [("source", text.strip()[:stamped.end("name")]), ("date", stamped["date"])]
    issue = PAPER_ISSUE.match(text.strip())
    if issue and read_date(re.sub(r"\s", "", issue[2])):
        return [("source", issue[1]), ("date", re.sub(r"\s", "", issue[2]))]
    epaper = EPAPER_ISSUE.match(text.strip())
    if epaper and read_date(re.sub(r"\s", "", epaper["date"])):
        return [("source", epaper["paper"]), ("date", re.sub(r"\s", "", epaper["date"]))]
    # 「本报记者 张三 李四 《 某某报 》（ 2013年04月27日 04 版）」: the same archive sets
    # the byline and the issue on one line.
    bylined = BYLINE_ISSUE.match(text.strip())
    if bylined:
        # (the writer's name alone before the issue, 「杨文明《人民日报》（…）」: a commentary's)
        # (a two-character name spaced to three characters' width, 「赵  晶」, is one)
        names = byline_names(bylined[1]) or bare_names(bylined[1]) or bare_names(
            " ".join(split_names(bylined[1])))
        issue_facts = bare_facts(bylined[2])
        if names and issue_facts:
            return [("authors", "、".join(names)), *issue_facts]
    issued = ISSUER_DATE.match(text.strip())
    if issued and read_date(re.sub(r"\s", "", issued[2])):
        return [("source", issued[1]), ("date", re.sub(r"\s", "", issued[2]))]
    spaced = OFFICE_ONE_SPACE_DATE.match(simplified(text.strip()))  # the same offsets
    if spaced and read_date(re.sub(r"\s", "", spaced[2])):
        return [("source", text.strip()[:spaced.end(1)]), ("date", re.sub(r"\s", "", spaced[2]))]
    posted = OFFICE_DATE.match(simplified(text.strip()))  # the same offsets (simplified)
    if posted and read_date(posted["date"] or posted["date2"]) is not None:
        office = "office" if posted["office"] else "office2"
        return [("source", text.strip()[posted.start(office):posted.end(office)]),
                ("date", posted["date"] or posted["date2"])]
    if STATISTICS_ISSUERS.match(simplified(text.strip())):
        return [("source", text.strip())]
    periodical = PERIODICAL_ISSUE.match(text.strip())
    if periodical:  # 「中國農民合作社 2016年5期」: the journal, its issue (no day)
        return [("source", periodical["name"])]
    masthead = OFFICIAL_MASTHEAD.match(text.strip())
    if masthead:
        return [("source", re.sub(r"[ \t\u3000]+", "、", masthead["body"]))]
    facts: list[tuple[str, str]] = []
    rest = []
    text = EMPTY_LABELS.sub("", text)  # EMPTY_LABELS
    for word in without_info_widgets(text).split():
        if URL.fullmatch(word) and not any(k == "url" for k, _ in facts):
            facts.append(("url", word))
        else:
            rest.append(word)
    # 「某某日报 2023-11-02 第04版」: the publication may come first.
    if len(rest) >= 2 and PUBLICATION.fullmatch(rest[0]) and rest[0].endswith(
            PUBLICATION_ENDS) and DATE_PREFIX.match(" ".join(rest[1:])) and read_date(
            DATE_PREFIX.match(" ".join(rest[1:]))[1]):
        rest = rest[1:] + [rest[0]]
        if len(rest) >= 2 and PAGE.match(rest[-2]):  # the page after the date
            rest[-2], rest[-1] = rest[-1], rest[-2]
    line = " ".join(rest)
    match = DATE_PREFIX.match(line)
    if match and read_date(match[1]):
        facts.append(("date", match[1]))
        line = match[2]
    if not facts:
        return None
    words = line.split()
    paged = bool(words) and bool(PAGE.match(words[-1]))
    if paged:
        words.pop()
    if words == ["发布"] and len(facts) == 1 and facts[0][0] == "date":
        return facts  # 「2019-07-11 发布」 on a standard's cover: its date
    if len(words) == 1 and COUNTER.fullmatch(words[0]) and len(facts) == 1 and re.search(
            r"\d[:：]\d\d", facts[0][1]):
        return facts  # 「2025-11-08 07:03:52 99」: a post's time and its view count
    if len(words) > 1:
        return None
    if len(words) == 1 and len(facts) == 1 and facts[0][0] == "date" and CHANNEL_WORD.fullmatch(
            simplified(words[0])):
        return facts  # 「2015年11月10日    即時資訊」: the story's date, then its channel's name
    if words and EDITORIAL_OFFICE.fullmatch(simplified(words[0])) and len(facts) == 1:
        # 「2016-04-02 06:01:41本刊編輯部」: a journal's page, its time and its editors
        return [*facts, ("authors", words[0])]
    if words:
        if not (PUBLICATION.fullmatch(words[0]) and (
                paged or words[0].endswith(PUBLICATION_ENDS)
                or any(k == "url" for k, _ in facts))):
            return None
        facts.append(("source", words[0]))
    return facts if len(facts) >= 2 or facts[0][0] == "url" else None


def _is_value(key: str, value: str) -> bool:
    if not value:
        return True
    if key == "date":
        return read_date(value) is not None
    if key == "url":
        return bool(URL.fullmatch(value))
    if key == "authors":
        if ISSUER.fullmatch(value):  # 「作者：某某监测中心站」: the office wrote the item
            return True
        names = author_names(value)
        return bool(names) and all(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", name) for name in names)
    # A source is a name, not a sentence — nor the page's next field (「浏览人数：0」 under an
    # empty 「来源：」).
    return len(value) <= 30 and not ends_sentence(value) and not value.endswith(TERMINAL) \
        and not re.search(r"[:：]", value)


# LATIN_AUTHOR: a 作者 field alone on its line in the head, its pen name or foreign name in
# Latin script (「作者： Jinkey」「作者：John Smith」), capitalised as names are — a login
# (「admin」「pd_user01」) is none. Only in the head: a translation's closing credits
# (「作者：Jane Roe」 ⏎ 「译者：…」 under the body's sentences) are the editor's call.
# (its label bold, as a Markdown post sets it: 「**作者:** Sandipan Panda」「**作者**：…」)
LATIN_AUTHOR = re.compile(r"^(?:\*\*)?作者[ \t\u3000]*(?:\*\*)?[:：](?:\*\*)?[ \t\u3000]*"
                          r"(?P<name>[A-Z][a-z]{1,20}(?:[ .\-][A-Z][a-z]{0,20}\.?){0,2})$")


# 「作者：某某证券股份有限公司 张三 李四」: the authors' body first, then their names.
AFFILIATION = re.compile(
    r"^[\u4e00-\u9fff（）()]{4,30}(?:公司|大学|学院|研究院|研究所|研究中心|中心|"
    r"银行|集团|委员会|协会|学会|杂志社|报社|出版社|局|厅|部|所|院)$")


# An issuing office alone on its line: 「某市统计局」「某省人民政府办公厅」; offices issuing
# jointly, set apart by spaces: 「某市统计局 国家统计局某市调查队」 (a 统计公报's issuers).
_OFFICE = (r"[\u4e00-\u9fff（）()]{3,24}(?:局|厅|委|委员会|办公室|办公厅|政府|院|部|中心|站|所|"
           r"署|办|人大|政协|调查队)")
ISSUER = re.compile(rf"^{_OFFICE}(?:[ \t\u3000]+{_OFFICE})*$")
# OFFICE_DATE: a government page's byline of the item — the office that posted it and the
# day, in either order, apart by a space (「2014-09-21 某市统计局」「某县人民政府办公室
# 2016-4-13」): the source and the date, never a title.
_NUMERIC_DATE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
OFFICE_DATE = re.compile(
    rf"^(?:(?P<office>{_OFFICE})[ \t\u3000]+(?P<date>{_NUMERIC_DATE})"
    rf"|(?P<date2>{_NUMERIC_DATE})[ \t\u3000]+(?P<office2>{_OFFICE}))$")


# A document site's page title: the issuing body, a colon, the document's title
# (「某省生态环境监测中心：2021年7月空气质量报告」).
ISSUER_TITLE = re.compile(
    r"^(?P<site>[\u4e00-\u9fff（）()]{3,24}(?:局|厅|委|委员会|办公室|办公厅|政府|院|部|中心|站|所|"
    r"署|办|人大|政协)"
    # … or the site's (a news site's name before its copy's title: 「某某网：标题」).
    r"|(?P<publisher>[\u4e00-\u9fff]{2,10}(?:网|日报|晚报|早报|时报|电视台)))[：:]"
    r"(?P<title>[^：:]{6,})$")


# A news headline that quotes its speaker: the name, a colon, the words (「某某某：今天的
# 问题都很好！」) — a headline, not a label; taken as the title only with the title's own
# facts (来源, date) or a subtitle or byline under it (find_title).
NAME_HEADLINE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})[ \t\u3000]*[：:][ \t\u3000]*"
                           r"(?P<words>[^：:]{6,})$")


def name_headline(text: str) -> bool:
    match = NAME_HEADLINE.match(text.strip())
    return bool(match) and simplified(match["name"][0]) in SURNAMES


# A speech's title as news and government sites set it: the speaker, a colon, the speech
# (「张三：在全市工作会议上的讲话」「某某：在…开幕式上的致辞」) — a title, not a label.
SPEAKER_TITLE = re.compile(
    r"^[\u4e00-\u9fff·]{2,6}[ \t\u3000]*[：:][ \t\u3000]*在[^：:。！？；]{2,60}?"
    r"(?:讲话|报告|发言|致辞|演讲|贺词|总结)$")


def is_issuer_line(text: str) -> bool:
    return bool(ISSUER.match(strip_tags(text).strip()))


def author_names(value: str) -> list[str]:
    """The names of a 作者 field's value, without a leading affiliation."""
    names = split_names(value)
    if len(names) > 1 and (AFFILIATION.match(names[0]) or AUTHOR_STANDING.fullmatch(names[0])):
        return names[1:]
    return names


# The writer's standing before the name (「政协委员 吴利荣」「人大代表 张三」「特约评论员 李四」).
AUTHOR_STANDING = re.compile(r"(?:[\u4e00-\u9fff]{0,6}(?:政协委员|人大代表|委员|代表|评论员|"
                             r"记者|通讯员|学者|教授|研究员))")


def speaker_name(text: str) -> str | None:
    """「上海市市长 龚 正」 → 龚正; else None."""
    match = SPEAKER.match(text.strip())
    return re.sub(r"[ \t\u3000]", "", match[2]) if match else None


# 「王艳玲市长」「张某某同志」 in a speech's head: the speaker's name, then the office, as a
# speech's copy heads it — two or three Han before a head of government's or party's
# office. Read among the head's facts only (it does not place the title).
SPEAKER_FIRST = re.compile(
    r"^([\u4e00-\u9fff]{2,3})[ \t\u3000]*(?:副?(?:省长|市长|县长|区长|州长|旗长|书记|主席|主任)"
    r"|局长|厅长|部长)(?:同志)?$")


# 「办公室主任」「组织部部长」「县委书记」: an office's body before the office, no name.
BODY_CHARS = re.compile(r"[省市县区州旗镇乡村委室局办部厅处科会院所组队站团党政府]")


def speaker_before_office(text: str) -> str | None:
    """「王艳玲市长」 → 王艳玲; else None."""
    found = SPEAKER_FIRST.match(text.strip())
    return found[1] if found and not BODY_CHARS.search(found[1]) else None


def is_url_line(text: str) -> bool:
    """A URL alone (a Wikisource header's source line closes with 「 |」)."""
    return bool(URL.fullmatch(HEADER_SEPARATOR.sub("", text.strip())))


# A clipper's own fields among the facts it quotes under the title (「> 来源: …」「> 抓取日期:
# …」「> 标签: #…」「> 原文链接: …」): when it fetched the page, and its tags — the
# clipper's, not the article's (a fetch date is no publication date).
CLIPPER_FIELD = re.compile(r"^(?:(?:抓取|剪藏|保存|收藏)(?:日期|时间)|标签|tags?)\s*[:：]", re.I)


def quoted_facts(block: RawBlock) -> bool:
    """A quotation of two lines or more, each a fact line (「来源：」「原文链接：」) or a
    clipper's field, at least one a fact: the facts a clipper quotes under the title."""
    lines = [strip_tags(line.text).strip() for line in block.lines]
    return block.kind == "quote" and len(lines) > 1 and all(
        line and (is_fact_line(line) or CLIPPER_FIELD.match(line)) for line in lines) and any(
        is_fact_line(line) for line in lines)


def is_body(block: RawBlock) -> bool:
    """Where the body begins: a heading, table or quote, or a line of prose."""
    text = strip_tags(block.text).strip()
    if block.kind == "quote":  # a bare '>' is a breadcrumb's separator
        # 「> 原文地址：https://…」: an export quotes the article's facts under its title.
        return has_han(text) and not (len(block.lines) == 1 and is_fact_line(text)) \
            and not quoted_facts(block)
    if block.kind in ("heading", "table"):
        return True
    if len(block.lines) > 1 and all(is_page_furniture(line.text.strip(), above_title=True)
                                    for line in block.lines):
        return False  # a page's tool bar and breadcrumb, an item a line
    if len(block.lines) == 1 and (is_fact_line(text) or IMAGE.fullmatch(text)):
        return False
    if len(block.lines) == 1 and roles.is_salutation(text):
        return True  # 「各位代表：」「各乡镇人民政府：」 opens the body
    if len(block.lines) == 1 and is_document_title(text):
        return False  # 「某某办公室关于印发《…》的通知」: a 公文's title, however long
    lines = [strip_tags(line.text).strip() for line in block.lines]
    if len(lines) > 1 and all(is_fact_line(line) or _is_page_label(line) for line in lines):
        return False  # 「来源：…」「访问量：」「更新日期：…」: a page's header, a line each
    if is_catalogue_block(block):
        return False  # 「索引号：… 组配分类：…」: a 信息公开 catalogue, two fields a line
    if len(lines) == 1 and _is_page_label(text) and not ends_sentence(text):
        return False  # 「当前位置：某某网 / 数字史志 / 年鉴」: a breadcrumb, however long
    return len(text) > BODY_MIN or len(block.lines) > 2 or (
        ends_sentence(text) and len(text) > TITLE_MAX / 2)


# 公文 titles: 「关于…的通知」, often long and broken over two lines.
DOCUMENT_TITLE = re.compile(r"关于.{2,}?(?:通知|通报|意见|决定|报告|请示|批复|函|办法|规定|方案|"
                            r"公告|通告|纲要|规划|决议|指导意见|实施细则)$")
DOCUMENT_TITLE_MAX = 80
# A 公文 title may end in its 发文字号 in brackets: 「…的通知（某办发〔2017〕2号）」.
TITLE_DOCUMENT_NUMBER = re.compile(
    r"[ \t\u3000]*[（(][\u4e00-\u9fff]{1,12}[〔\[［【]\d{4}[〕\]］】]\s*\d{1,4}\s*号[）)]$")


def is_document_title(text: str) -> bool:
    """One line naming a 公文 by its form (GB/T 9704): 「某某关于…的通知」, at most
    DOCUMENT_TITLE_MAX characters, no sentence or clause mark, its 发文字号 in brackets
    after it or not. Long as it may be, it is a title, never the body's first paragraph."""
    line = TITLE_DOCUMENT_NUMBER.sub("", simplified(read_through_pinyin(strip_tags(text).strip())))
    if re.fullmatch(r"《[^《》]+》", line):
        line = line[1:-1]  # a page quoting the document's name (quoted_title)
    return (len(line) <= DOCUMENT_TITLE_MAX and bool(DOCUMENT_TITLE.search(line))
            and not re.search(r"[。！？；：:!?;]", line))
DOCUMENT_NUMBER = re.compile(r"[〔\[［【(（]\d{4}[〕\]］】)）]\s*\d{1,4}\s*号$")


# An office's contact fields, printed in a page's header or footer: never a title.
CONTACT_FIELD = re.compile(
    r"^(?:电话|传真|邮编|邮政编码|电子邮箱|电子信箱|邮箱|E-?mail|地址|联系地址|通讯地址|办公地点|"
    r"联系人|联系电话|联系方式)\s*[：:]",
    re.I)

# A 政府信息公开 page's catalogue of the document, a field a line, the value (if any) on
# the next line: 「索引号：」「6107280000/2024-001005」「发文字号：」「某政发〔2024〕7号」.
CATALOGUE_LABEL = re.compile(
    r"^[•·●◆■▪\-*]?[ \t\u3000]*(索引号|主题分类|组配分类|体裁分类|服务对象|公开方式|公开范围|"
    r"公开时限|有效性|效力状态|时效性|主题词|内容概述|发文字号|文号|发文机构|发文机关|发文日期|成文日期|"
    r"发布日期|来源)[ \t\u3000]*[：:]$")
# Its values that say nothing of the article (a 发文字号 is the document's number, kept).
CATALOGUE_FURNITURE = frozenset({"索引号", "主题分类", "组配分类", "体裁分类", "服务对象",
                                 "公开方式", "公开范围", "公开时限", "有效性", "效力状态",
                                 "时效性", "主题词"})
LABEL_ALONE = re.compile(r"^[^：:]{1,8}[：:]$")


def catalogue_blocks(blocks: list[RawBlock]) -> set[int]:
    """The indices of a document catalogue's labels that stand alone and of the values of
    its fields that say nothing of the article (索引号, 主题分类 …); the fact fields
    (来源, 发文机构, 发文日期) are left for the facts, the 发文字号's value in the text.
    Only where two or more such labels stand together, as a catalogue prints them."""
    found: set[int] = set()
    labels = [i for i, b in enumerate(blocks) if b.kind == "text" and len(b.lines) == 1
              and CATALOGUE_LABEL.match(b.text.strip())]
    if len(labels) < 2:
        return found
    dated = False
    for index in labels:
        label = CATALOGUE_LABEL.match(blocks[index].text.strip())[1]
        value = blocks[index + 1] if index + 1 < len(blocks) else None
        empty = value is None or value.kind != "text" or bool(
            LABEL_ALONE.match(value.text.strip()))
        if label in FACT_LABELS:
            if empty:  # 「来源：」 with nothing after it
                found.add(index)
            elif FACT_LABELS[label] == "date" and dated and len(value.lines) == 1:
                found.update({index, index + 1})  # 发布日期 after 发文日期: the page's date
            dated = dated or FACT_LABELS[label] == "date" and not empty
            continue
        found.add(index)
        if label in CATALOGUE_FURNITURE and value is not None and value.kind == "text" \
                and len(value.lines) == 1 and not LABEL_ALONE.match(value.text.strip()) \
                and len(value.text.strip()) <= TITLE_MAX and not ends_sentence(value.text):
            found.add(index + 1)
    return found


# 「部长通道提问 第一个机会竟给了我！」「……怎么办？」: a headline may end in ！ or ？ —
# one short line of one clause, no other mark of a sentence before its end.
EXCLAIMED_MAX = 24
EXCLAIMED_TWO_MAX = 32


def exclaimed_headline(text: str) -> bool:
    if name_headline(text):  # 「某某某：……！」: the words quoted are the headline's
        text = NAME_HEADLINE.match(text.strip())["words"]
    if len(text) <= EXCLAIMED_MAX and text[-1:] in "！？" \
            and not re.search(r"[。！？!?；;，,、：:“”\"]", text[:-1]):
        return True
    # 「鄂城第11期“红黑榜”发布！2地被通报批评！」: two such clauses, a name quoted in them
    clauses = re.findall(r"[^！？]+[！？]", text)
    return (len(text) <= EXCLAIMED_TWO_MAX and len(clauses) == 2
            and "".join(clauses) == text
            and not re.search(r"[。!?；;，,、：:\"]", text))


# 「新华社记者」「本报记者」 alone: a byline whose names the copy left out, never a title.
# (The staff of an agency, a paper, a station or a site: 「我是一名记者」 is a heading.)
NAMELESS_BYLINE = re.compile(r"^(?:本[报刊台网]|[\u4e00-\u9fff]{1,8}?[社报台网刊])"
                             r"(?:特派|特约|见习)?(?:记者|通讯员)$")


# PLACE_HEADLINE: a local news headline opens with the place it is about and a colon
# (「青山县：“小网格”撬动“大治理”」「某某镇：……」): the place is no label (a label names a
# field — 来源, 专栏, 当前位置 — never a county or a town).
PLACE_HEADLINE = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|盟|旗|镇|乡|村|街道|社区)[：:][ \t\u3000]*"
    r"[^\s：:]{4,}")


# FILE_NAME_LINE: 「某某细则及文种式样.docx」 — a file's name, its extension and all, names the
# file a page offers (a sharing site's card, a download link): never the text's title.
FILE_NAME_LINE = re.compile(
    r"[^/\\：:。，；！？]{1,60}\.(?:docx?|pdf|xlsx?|wps|et|ofd|pptx?)", re.I)


def is_page_chrome(text: str) -> bool:
    """A page's own line, never a title: its bar of links to other sites, a menu of items
    set apart by bars (「网站首页|直播首页|文字实录|图片直播」), a bracketed label
    (「【资料图】」), its chrome in Japanese (「最新のニュース」), a viewer's page of pages."""
    # (bars after the last words only are a layout table's empty cells, no menu's: 「嘉兴市
    # 人民政府办公室关于…的通知 | |」)
    menu = re.sub(r"[ \t\u3000|｜]+$", "", text)
    return (bool(SITE_LINK_BAR.fullmatch(text)) or len(re.findall(r"[|｜]", menu)) >= 2
            # (a bracketed label, or a bar of them: 「【打印】 【投稿】 【推薦】 【關閉】」)
            or bool(re.fullmatch(r"(?:[【\[][^【】\[\]]{1,6}[】\]][ \t\u3000]*)+", text.strip()))
            or bool(re.search(r"[\u3040-\u30ff]", text))
            # a document site's viewer bar, its page of pages (「…（第7/23页）」)
            or bool(re.search(r"[（(]第?\s*\d+\s*/\s*\d+\s*页[）)]", text))
            # a newspaper's page label (「第1版」「A2 要闻」「第03版：要闻」)
            or bool(PAPER_PAGE_LABEL.fullmatch(text.strip()))
            # a breadcrumb from the home page (「首页 · 伟人风采 · 音影视频 · 详细内容」)
            or bool(CRUMB_TRAIL.fullmatch(text.strip())))


CRUMB_TRAIL = re.compile(r"(?:当前位置|您的位置|你的位置|位置)?[：:]?[ \t\u3000]*"
                         r"(?:首页|主页|网站首页)"
                         r"(?:[ \t\u3000]*[·•>＞»/→][ \t\u3000]*[^·•>＞»/→]{1,10}?){2,}")


PAPER_PAGE_LABEL = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*版"
                              r"(?:[：:\s]+[\u4e00-\u9fff]{2,6})?"
                              r"|[A-Z]\d{1,2}[ \t\u3000]*[\u4e00-\u9fff]{2,4}")


# A headline's kicker naming the story's kind (「特写：港式记者阵 街坊均好奇」「专访：…」).
GENRE_KICKER = re.compile(r"^(?:特写|专访|综述|评论|社评|时评|短评|快评|述评|观察|独家|通讯|侧记|"
                          r"纪实|访谈|速写|特稿)[ \t\u3000]*[：:][ \t\u3000]*\S{4,}")
ISO_DAY = r"(?:19|20)\d{2}-\d{2}-\d{2}"  # a post's or an archive's day over its title
TITLE_STAMP = re.compile(rf"^[\[［【]{ISO_DAY}[\]］】][ \t\u3000]*(?=\S)")


# A document site's category path in brackets over a post (「[水资源论证 - 水资源公报]」).
CATEGORY_PATH = re.compile(r"\[[^\[\]]{1,30}?(?:[ \t]+[-–>/][ \t]+[^\[\]]{1,30}?)+\]")


def is_title_candidate(block: RawBlock, longest: int | None = None) -> bool:
    """A short line (or two) with Han, no terminal punctuation, that is no fact; with
    `longest`, a line up to that many characters (the caller has other evidence)."""
    if block.kind != "text" or len(block.lines) > 2:
        return False
    if NAMELESS_BYLINE.match(block.text.strip()):
        return False
    if roles.is_caption_text(block.text.strip()):  # 「大會現場 張寶杉 攝」: a photo's caption
        return False
    if FILE_NAME_LINE.fullmatch(strip_tags(block.text).strip()):
        return False  # FILE_NAME_LINE
    if CATEGORY_PATH.fullmatch(strip_tags(block.text).strip()):
        return False  # 「[水资源论证 - 水资源公报]」: the page's category path, not its title
    # 「表1 …」「4-8  …」 numbers a table and heads it: a bulletin's title names its issuer
    # and period above (a page that is one table still opens with it: the first line).
    if roles.TABLE_CAPTION.match(strip_tags(block.text).strip()):
        return False
    lines = [strip_tags(line.text).strip() for line in block.lines]
    # 「[2004-03-31] 特寫：…」: a paper's archive lists a story under its date — the title
    # after it is read (title.STAMPED_TITLE takes the date)
    lines[0] = TITLE_STAMP.sub("", lines[0])
    text = "".join(lines)
    longest = longest or (DOCUMENT_TITLE_MAX if is_document_title(text) else TITLE_MAX)
    return (
        all(len(line) >= TITLE_MIN for line in lines) and len(text) <= longest
        and han_count(text) * 2 >= len(re.sub(r"\s", "", text))
        and (len(lines) == 1 or all(len(line) <= TITLE_MAX for line in lines))
        and has_han(text)
        and (not (text.endswith(TERMINAL) or ends_sentence(text)) or exclaimed_headline(text))
        # a line ending in a colon introduces what follows (a transcript's 「主持人某某：」)
        and not text.endswith(("：", ":"))
        and not DASH_SUBTITLE.match(text)
        and heading_numbering(text).rank == 0
        and not is_date_line(text) and read_date(text) is None
        and not is_fact_line(text)
        and not DOCUMENT_NUMBER.search(text)
        and not CONTACT_FIELD.match(text)  # 电话：0436-4222396 is the page's footer
        and not roles.is_credit_line(text)  # （本报记者某某摄） closes a photo's caption
        # 「中新社北京3月8日电 题：……」: a wire dateline opens the story's body, even when
        # it repeats the story's title after 题.
        and not roles.opens_with_dateline(text)
        and not re.search(r"[>»|｜]\s*$|^\s*[<«]", text)  # breadcrumbs 首页 > 正文
        and not _is_page_label(text)
        and not DOWNLOAD_BUTTON.fullmatch(text)
        and not is_button_word(text)  # 「【返回】」「文章播报」: the page's button
        and not is_page_chrome(text)  # 「中国政府网 湖北政府网 … 繁体中文」「【资料图】」
        and not is_link_bar(text)  # 「集团网站  设为首页  加入收藏」: the site's top bar
        and not _menu_words_only(text)  # 「登录|注册」: the site's account links
        and not LENGTH_NOTE.search(text)  # a 范文 site's title bar
        and (not re.match(r"^[^：:]{1,6}[：:]", text)  # labels: 专栏：…, 当前位置：…
             or bool(GENRE_KICKER.match(simplified(text)))  # 「特写：…」: the story's kind
             or bool(ISSUER_TITLE.match(text)) or bool(SPEAKER_TITLE.match(text))
             or name_headline(text) or bool(PLACE_HEADLINE.match(text)))
    )


# A WeChat article's meta line, as the page shows it and clippers copy it: 「原创」, the
# author and/or the account, the time of publishing, the poster's province —
# 「原创 某某观察 2025-04-20 12:00 上海」「张三 某某的世界 *2026年9月17日 14:45*」.
WECHAT_META = re.compile(
    r"^(?:(?:原创|转载)\s+)?(?P<names>[^\s*:/：]{2,30}(?:\s+[^\s*:/：]{2,30})?)\s+\*{0,2}"
    r"(?P<date>\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}\s*日?)\s*\d{1,2}:\d{2}(?::\d{2})?\*{0,2}"
    r"(?:\s+\*{0,2}(?:发表于)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西"
    r"|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏"
    r"|新疆|香港|澳门"
    # (a clipper that printed the page's empty location field: 「… 10:49 undefined」)
    r"|undefined)\*{0,2})?$")


# A blog platform's meta line under the title: the time, the poster, the read counter —
# 「2012年09月07日 10:32:55leiphone阅读数：1215」 (CSDN; the name was a link).
BLOG_META = re.compile(
    r"^(?P<date>\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}\s*日?)\s*\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?P<name>[^\s:：]{2,30}?)\s*(?:发布\s*)?(?:阅读数|阅读量|浏览量|浏览数|阅读)\s*[:：]?\s*\d+$")


# 「张三 于 2023-06-07 09:15:20 发布」 (CSDN's later pages).
BLOG_POSTED = re.compile(
    r"^(?P<name>[^\s:：]{2,30})\s+于\s+(?P<date>\d{4}\s*[-年]\s*\d{1,2}\s*[-月]\s*\d{1,2}\s*日?)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:首次)?发布$")


def blog_meta(text: str) -> tuple[str, str] | None:
    """A blog's meta line → (poster, date), else None."""
    match = BLOG_META.match(text.strip()) or BLOG_POSTED.match(text.strip())
    if not match or read_date(re.sub(r"\s", "", match["date"])) is None:
        return None
    return match["name"], re.sub(r"\s", "", match["date"])


# The same line as a clipper saves it without the time:
# 「原创  张三  [ 某某号 ](javascript:void(0);)」 — the account's name is the link WeChat
# opens its profile card with.
WECHAT_CARD = re.compile(
    r"^(?:(?:原创|转载)\s+)(?P<names>[^\s*:/：\[\]]{2,30})?\s*"
    r"\[\s*(?P<account>[^\s\[\]]{2,30})\s*\]\(javascript:\s*void\\?\(0\\?\);?\)$")


# The same line as an exporter writes it, the names and the time in italics around the
# account's link: 「*张三*[某某号](javascript:void%280%29;)*2021-09-07 17:58:00*」.
WECHAT_ITALIC = re.compile(
    r"^\*(?P<names>[^*\[\]]{2,30})\*\s*\[\s*(?P<account>[^\[\]]{2,30}?)\s*\]"
    r"\(javascript:[^()\s]*(?:\\?\([^()]*\\?\))?[^()\s]*\)\s*\*(?P<date>[^*]{8,25})\*$")


# The same line as a mirror copies it, its time on the next line: the author's name and
# the account's, the same name twice when the account posts in its own name
# (「某某研究 某某研究」) — the account, never a title.
WECHAT_SELF_POSTED = re.compile(r"^(?P<account>[^\s*:/：，。、]{2,30})[ \t\u3000]+(?P=account)$")


def wechat_meta(text: str) -> tuple[list[str], str, str | None] | None:
    """A WeChat meta line → (authors, account, date), else None: two names are the author
    and the account, one is the account."""
    card = WECHAT_CARD.match(text.strip())
    if card:
        return ([card["names"]] if card["names"] else []), card["account"], None
    italic = WECHAT_ITALIC.match(text.strip())
    if italic and read_date(italic["date"].strip()) is not None:
        return italic["names"].split(), italic["account"], italic["date"].strip()
    self_posted = WECHAT_SELF_POSTED.match(text.strip())
    if self_posted and has_han(self_posted["account"]):
        return [], self_posted["account"], None
    match = WECHAT_META.match(text.strip())
    if not match or read_date(re.sub(r"\s", "", match["date"])) is None:
        return None
    names = match["names"].split()
    return names[:-1], names[-1], re.sub(r"\s", "", match["date"])


# A Wikisource copy's header line (zh.wikisource's Header template, as the page's text
# copies it): the title again, the author or the issuing body (作者/制定机关/发布机关：),
# a note in brackets naming the speaker of a report or speech (「主讲人为时某县县长张三」),
# the date, closed by 「 |」; the source's URL follows on a line of its own, closed the same.
WIKISOURCE_HEADER = re.compile(
    r"^\S.{1,60}?[ \t\u3000]+(?P<label>作者|制定机关|发布机关|发文机关)[：:][ \t\u3000]*"
    r"(?P<by>[^\s（()）|]{2,30})(?:[（(](?P<note>[^（）()|]{1,40})[）)])?"
    r"[ \t\u3000]*(?P<date>\d{4}\s*年(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?)?[ \t\u3000]*\|$")
# The speaker the note names, after the office held then: 「主讲人为时某县县长张三」.
NOTE_SPEAKER = re.compile(
    r"^(?:主讲人|报告人|讲话人|发言人)\S*?(?:省长|市长|县长|区长|州长|旗长|主席|书记|部长|局长"
    r"|厅长|主任|总理)([\u4e00-\u9fff]{2,3})$")
HEADER_SEPARATOR = re.compile(r"[ \t\u3000]+\|$")


def wikisource_header(text: str) -> list[tuple[str, str]] | None:
    """A Wikisource header line → [(field, value)]: the body as the source (a 作者 who is
    a person as the author), the speaker of the note as the author, the date; else None."""
    match = WIKISOURCE_HEADER.match(text.strip())
    if not match:
        return None
    by = match["by"]
    facts = [("authors" if match["label"] == "作者" and bare_names(by) else "source", by)]
    speaker = NOTE_SPEAKER.match(match["note"] or "")
    if speaker and not any(key == "authors" for key, _ in facts):
        facts.append(("authors", speaker[1]))
    if match["date"] and read_date(re.sub(r"\s", "", match["date"])):
        facts.append(("date", re.sub(r"\s", "", match["date"])))
    return facts


@lru_cache(maxsize=16384)
def is_fact_line(text: str) -> bool:
    """(Kept per text: the head's passes ask it of the same lines again and again.)"""
    text = without_emphasis(text)
    return bool(_is_fact_line(text) or bar_ended_fact(text))


# A fact line set in italics or bold as a whole (「*2021 年 3 月 8 日*」 under a post's title): the
# same fact.
WHOLE_EMPHASIS = re.compile(r"^(?:\*{1,3}|_{1,3}|<(?:em|i|b|strong)>)(?=\S)"
                            r"(?P<inner>[^*_<>]*?)(?<=\S)"
                            r"(?:\*{1,3}|_{1,3}|</(?:em|i|b|strong)>)$")


def without_emphasis(text: str) -> str:
    found = WHOLE_EMPHASIS.match(text.strip())
    return found["inner"] if found else text


def bar_ended_fact(text: str) -> str | None:
    """A facts line ending in its fields' bar (FIELD_BAR_END), without it; else None."""
    plain = FIELD_BAR_END.sub("", text)
    if plain == text or _is_fact_line(text):
        return None  # a line that reads as facts with its bar (a wikisource header)
    return plain if read_date(plain) is not None or labelled_facts(plain) else None


def _is_fact_line(text: str) -> bool:
    return bool(labelled_facts(text) or bare_facts(text) or byline_names(text)
                or wikisource_header(text)
                or wechat_meta(text) or blog_meta(text) or REPOSTED_FROM_EN.match(text)
                or speaker_name(text) or DATE_IN_PARENS.match(text)
                or DOCUMENT_NUMBER.search(text)
                or is_url_line(text) or read_date(text) or _speech_dateline(text)
                or widget_date(text) is not None)


# 「1951年11月1日在…会议上致闭幕词」: the dateline naming the speech itself after it is the
# speech's title (a page that gives no other), not the dateline under one.
NAMES_THE_SPEECH = re.compile(r"^(?:致|作|发表|所作)?的?(?:闭幕词|开幕词|讲话|致辞|报告|发言|贺词|"
                              r"总结讲话|主持词)$")


def _speech_dateline(text: str) -> bool:
    found = SPEECH_DATELINE.match(text)
    return bool(found) and not NAMES_THE_SPEECH.match(simplified(text[found.end():].strip()))


def widget_date(text: str) -> dt.date | None:
    """「2024-03-14 11:47:38 字号：」: a page's date with its type-size widget after it (a
    mobile news page sets them on one line) — the date, the widget furniture."""
    rest = PAGE_WIDGET.sub("", text).strip()
    return read_date(rest) if rest != text.strip() else None


# 「Product of geographical indication——Sheyang rice」: a title's English translation
# (standards, journal papers) under it.
# (in any Latin-script language: 「Lei Geral de Proteção de Dados」 keeps its accents)
TRANSLATION = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž0-9 ,:;'’()\-—–]{10,}$")


# A 简报's issue under its name: 「第5期」「2024年第5期（总第156期）」.
# (「2013年11月（总第131期）」: a monthly's issue named by its month and its running number)
ISSUE_NUMBER = re.compile(
    r"^[（(]?(?:\d{4}\s*年\s*)?(?:第\s*\d{1,4}\s*期(?:\s*[（(]?\s*总第\s*\d{1,5}\s*期\s*[）)]?)?"
    r"|\d{1,2}\s*月\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])[）)]?$")
# A document's edition in brackets under its title: 「（2012 年修订）」「（2020 年）」
# 「（试行）」「（征求意见稿）」「（2021年版）」.
EDITION = re.compile(
    r"^[（(]\s*(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:修订|修正|版|本|度)?|试行|暂行|征求意见稿"
    r"|送审稿|报批稿|修订版|修订稿|草案)\s*[）)]$")


# A slogan under a title, its subtitle: phrases of four to ten characters set apart by
# spaces, three or more (「统一思想 振奋精神 鼓劲加压 合力攻坚」; no line of names, whose
# parts are shorter).
SLOGAN = re.compile(r"[\u4e00-\u9fff~～]{4,10}(?:[ \t\u3000]+[\u4e00-\u9fff~～]{2,10}){2,}")


def _is_subtitle_block(block: RawBlock) -> bool:
    text = block.text.strip()
    if block.kind == "text" and len(block.lines) == 1 and len(text) <= TITLE_MAX and \
            SLOGAN.fullmatch(text) and all(len(part) >= 4 for part in text.split()[:-1]):
        return True
    if block.kind == "text" and len(block.lines) == 1 and EDITION.match(text):
        return True
    if block.kind == "text" and len(block.lines) == 1 and ISSUE_NUMBER.match(simplified(text)):
        return True
    if block.kind == "text" and len(block.lines) == 1 and TRANSLATION.match(text) and \
            len(text.split()) >= 3:
        return True
    if block.kind in ("heading", "text") and len(block.lines) == 1 and DASH_SUBTITLE.match(text):
        return bool(DASH_SUBTITLE.sub("", text))
    if block.kind == "text" and len(block.lines) == 1 and SPEECH_DATELINE.match(text):
        return True
    # (a heading ending in a colon introduces what follows — a speaker's label 「### 某某：」
    # over the first turn, a list's lead — and is no subtitle)
    return (block.kind == "heading" and block.marker >= 3 and not text.endswith(("：", ":"))
            and heading_numbering(text).rank == 0 and parse_byline(text) is None)


def _source_form(block: RawBlock | None) -> str:
    if block is None:
        return ""
    return ("#" * block.marker + " " if block.kind == "heading" else "") + block.text


# Common surnames (chars.SURNAMES): a line of nothing but such names, right under the title,
# is a byline.
PERSONAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def bare_names(text: str) -> list[str] | None:
    """「吴绮敏」「郜帅，侯心迪，刘宁春」: names only, each with a common surname."""
    names = [w for w in re.split(r"[\s\u3000、，,]+", text.strip()) if w]
    if names and len(names) <= 8 and all(
            PERSONAL_NAME.fullmatch(n) and n[0] in SURNAMES for n in names):
        return names
    return None


# A web page's tool bar, menus and labels, as copied with its text.
MENU_WORDS = frozenset({
    "首页", "下载", "打印", "全屏", "收藏", "关闭", "分享", "返回", "登录", "注册", "搜索",
    "导航", "加大", "还原", "减小", "正文", "手机版", "无障碍", "繁体", "简体", "微信", "微博",
    "English", "【", "】", "返回顶部", "打印本页", "关闭窗口", "扫一扫", "纠错",
    "联系我们", "关于我们", "大字号", "中字号", "小字号", "默认", "打印本文",
    "我要投稿",  # a 范文 site's call for submissions beside its stamp
    # a government release's language and mail links (GovHK: 簡體版 英文版 寄給朋友)
    "简体版", "繁体版", "英文版", "中文版", "寄给朋友",
    # a government site's accessibility bar (无障碍工具条): zoom, colours, guide lines, reset
    "页面", "配色", "辅助线", "重置", "读屏", "页面缩放", "大鼠标", "长者模式", "关怀版",
    # a share bar's platforms (分享 微信 头条 微博 空间 qq)
    "头条", "空间", "qq", "QQ", "QQ空间", "朋友圈", "豆瓣", "新浪微博", "腾讯微博",
    # the skip link an accessible page opens with, for screen readers
    "跳到主要内容", "跳转到主要内容", "跳至主要内容", "跳到主内容", "跳过导航",
    # a site's account and home-page bar above its menus (「登录/注册 用户中心 支持IPV6」,
    # 「设为首页 | 加入收藏 | 网站地图」)
    "用户中心", "个人中心", "退出", "支持IPV6", "支持IPv6", "IPV6", "IPv6", "设为首页",
    "加入收藏", "网站地图", "网站导航", "站内搜索",
    # a news site's comment widget under the facts (中国新闻网: 「参与互动」)
    "参与互动",
    # an e-paper's navigation and type-size bar (「当前版: 015版 上一版 下一版 上一期 下一期」
    # 「上一篇 下一篇」「放大 缩小 默认」)
    "上一版", "下一版", "上一期", "下一期", "上一篇", "下一篇", "放大", "缩小", "返回首页",
    "返回目录", "版面导航", "标题导航",
})
# An e-paper's label of the page shown, among its navigation: 「当前版:」「015版」「第A05版」.
EPAPER_NAVIGATION_WORD = re.compile(r"当前版[:：]?|第?[A-Z]?\d{1,3}版")
# BUTTON_WORD: a page's button copied as a line of its own — a verb of the page's tools
# (back, print, close, share, save, read aloud, copy, download), alone or with the word a
# site puts before or after it: 「【返回】」「一鍵分享」「文章播报」「正文复制」「分享更多」
# 「打印本页」. What the reader clicked, never words of the text, never its title.
BUTTON_WORD = re.compile(
    r"(?:一键|文章|正文|全文|本文|本页|语音|点击|立即|我要)?"
    r"(?:返回|打印|关闭|分享|收藏|播报|朗读|复制|下载|评论)"
    r"(?:本文|本页|全文|文章|链接|更多|此页|窗口|到|至)?")


def is_button_word(text: str) -> bool:
    """「【返回】」「一鍵分享」「文章播报」: a page's button alone (BUTTON_WORD)."""
    return bool(BUTTON_WORD.fullmatch(simplified(text).strip(" \t\u3000【】[]［］")))


# A row of the page's links set apart by spaces, most of them menu words: 「簡體版 英文版
# 寄給朋友 政府新聞網」 (the last the site's own link) — a tool bar, however it is named.
LINK_BAR_WORDS_MIN = 3
LINK_WORD_MAX = 8


def is_link_bar(line: str) -> bool:
    # the links set apart by spaces, or by the bars and slashes between them
    words = [word for word in re.split(r"[\s|｜/]+", line) if word]
    known = sum(simplified(word) in MENU_WORDS for word in words)
    return len(words) >= LINK_BAR_WORDS_MIN and known >= 2 and 2 * known >= len(words) \
        and all(len(word) <= LINK_WORD_MAX for word in words)
PAGE_LABELS = re.compile(
    r"^【?(?:分享到?|字体|字号|扫一扫|浏览次数|阅读次数|"
    # the breadcrumb's label: 「当前位置：」「您的位置：」「您现在的位置：」「当前所在位置：」
    r"(?:您|你)?(?:当前|现在)?(?:所在)?的?位置|"
    # the site's search box (its button copied as 「搜 索」)
    r"站内搜索|信息搜索|全站搜索|站内检索|"
    r"点击数|访问量|打印|收藏|纠错|专栏|栏目|原标题|"
    # a government page's widgets and its archive stamp (归档时间: the page's, not the text's)
    r"视力保护色|护眼色|浏览量|浏览数|阅读数|访问次数|归档时间|"
    # a 政府信息公开 page's catalogue fields above the document
    r"索引号|主题分类|组配分类|体裁分类|服务对象|公开方式|公开范围|公开时限|有效性|主题词|"
    # an e-paper's page label (「第二版：综合新闻」) and a page's tag line (「標籤：…」)
    # (a section's letter before the page's number: 「第B019版：信息披露」)
    r"第\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版|标签)\s*[：:]")


# A facts line ending in the bar that sets its fields apart: the next field was copied onto
# the next line (「2025年01月15日08:12 |」 ⏎ 「来源：」 ⏎ 「人民网」); the bar is no part of it.
FIELD_BAR_END = re.compile(r"(?<=\S)[ \t\u3000]*[|｜][ \t\u3000]*$")


# SITE_GREETING: the site's welcome at the top of every page, 「欢迎访问某某县人民政府！」
# 「欢迎光临某某网」: it names the site (政府, 网, 网站, 平台…), it greets, it says nothing of
# the article — furniture, though it ends in 「！」 as a sentence does.
SITE_GREETING = re.compile(
    r"^欢迎您?(?:访问|光临|来到|登录|登陆|进入)[^。，,；;：:！!？?\s]{2,30}"
    r"(?:人民政府|政府|网|网站|门户|平台|官网|主页|系统|中心)[！!。.]?$")
# The page's clock beside it: 「今天是2024年10月9日 星期三」 — today's date where the page was
# looked at, never the article's (no fact: dropped with the greeting, never read as a date).
TODAY_WIDGET = re.compile(
    r"(?:今天是|今日是|今天|今日|当前时间|现在是)[ \t\u3000]*[：:]?[ \t\u3000]*"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*"
    r"(?:[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?[ \t\u3000]*"
    r"(?:农历[\u4e00-\u9fff]{2,12})?")


def site_greeting(line: str) -> bool:
    """The site's greeting (SITE_GREETING), 「您好，」 before it or the page's clock after it
    (「欢迎访问某某网站！ 今天是：2024年6月12日 星期三」)."""
    text = simplified(line).strip()
    clock = TODAY_WIDGET.search(text)
    if clock and clock.end() == len(text.rstrip()):
        text = text[:clock.start()].rstrip()
    text = re.sub(r"^(?:您好|你好)[，,！!、\s]*", "", text)
    return bool(SITE_GREETING.match(text))


DOWNLOAD_BUTTON = re.compile(
    r"(?:点击|立即|免费)?下载(?:完整|全文|原文)?(?:pdf|PDF|Pdf|word|Word|doc|DOC)?"
    r"(?:文档|全文|原文|文件|版)?|\d{1,4}[ \t]*(?:金币|积分|下载券|财富值|下载币)")


# A 范文 site's page title: the title with the page's length note (「（本页约4900+字）」
# 「（全文共3200字）」) — the site's title bar, the text's own title follows it.
LENGTH_NOTE = re.compile(r"[（(]\s*(?:本页|全文|本文)共?约?\s*\d+\+?\s*字\s*[）)]\s*$")


def is_page_furniture(line: str, above_title: bool) -> bool:
    """A web page's labels (「分享：」「字体：」「【字号：」「专栏：」「原标题：」), a
    newspaper page's number alone (「第3版（国际）」), breadcrumbs and tool bars
    (「首页 > 正文」「字号：默认 超大 | 打印 |」), and, above the title, its menu words."""
    if is_fact_line(line):
        return False
    if is_catalogue_line(line) or site_greeting(line) or TODAY_WIDGET.fullmatch(line):
        return True
    if _is_page_label(line) or re.search(r"[>»|｜]\s*$", line) or re.fullmatch(r"[>»|｜]", line):
        return True
    if above_title and LENGTH_NOTE.search(line):
        return True  # 「某某讲话（本页约4900+字）」: the site's title bar
    if PAGE.fullmatch(line) or EPAPER_PAGE.match(line) or EPAPER_ISSUE_PAGE.match(line):
        # 「第3版（国际）」「1886 期 / 第2版」: the page
        return True
    # 「【纠错】　【责任编辑：王某】」: a row of the page's buttons and its editor's field.
    buttons = re.findall(r"【([^【】]{1,16})】", line)
    if buttons and not re.sub(r"【[^【】]{1,16}】|[\s\u3000]", "", line) and all(
            button in MENU_WORDS or is_button_word(button) or roles.FIELD_LINE.match(button)
            for button in buttons):
        return True
    # A document-sharing site's download button and price (「下载完整pdf文档」「50 金币」).
    if DOWNLOAD_BUTTON.fullmatch(line.lstrip("•·●◆■▪-* \t\u3000")):
        return True
    # Menu words in the head, above or under the title (alone, or a row of links);
    # contact fields above it.
    return simplified(line) in MENU_WORDS or is_button_word(line) or is_link_bar(line) \
        or _menu_words_only(line) or (
        above_title and bool(CONTACT_FIELD.match(line.lstrip("•·●◆■▪-* \t\u3000"))))


def _menu_words_only(line: str) -> bool:
    """「分享 微信」「微博 空间 qq」「登录 | 注册」: a row of the page's buttons, every word
    one of them."""
    words = [word for word in re.split(r"[\s|｜/]+", line) if word]
    # (an e-paper's issue date among its buttons: 「2025年05月23日 星期五 上一期 下一期」)
    menu = [word for word in words if simplified(word) in MENU_WORDS]
    return len(words) > 1 and all(
        simplified(word) in MENU_WORDS or EPAPER_NAVIGATION_WORD.fullmatch(word)
        or len(menu) >= 2 and ISSUE_DAY_WORD.fullmatch(word) for word in words)


ISSUE_DAY_WORD = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}"
                            r"|(?:星期|周)[一二三四五六日天]")
# A counter of the page (views, comments, shares) alone on a line under the title.
COUNTER = re.compile(r"(?!(?:19|20)\d\d$)\d{1,7}")  # a year alone (a cover's) is no counter


def _is_page_label(line: str) -> bool:
    """「分享：」「字体：」「首页 > 新闻 > 正文」: a web page's labels and breadcrumbs."""
    return bool(PAGE_LABELS.match(simplified(line))) or bool(
        re.search(r"\s(?:[-=]?>|»|›)\s", line)) or bool(  # 首頁 -> 頭條
        re.search(r"[^\s>»]\s*(?:>>|»|＞＞)\s*[^\s>»]", line))  # 人民网>>社会>>正文


@dataclass
class Facts:
    authors: list[str] = field(default_factory=list)
    subtitle: str | None = None
    source: str | None = None
    url: str | None = None
    date: dt.date | None = None
    blocks: list[RawBlock] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    doubts: list[Repair] = field(default_factory=list)
    authors_partial: bool = False  # the names ended in 等
    account: str | None = None  # a page's publisher (its title's site, a WeChat account):
# The same card where WeChat shows it in English: 「The following article is from 某某报
# Author 某某」.
REPOSTED_FROM_EN = re.compile(
    r"^The following article is from\s+([^\s，,]{2,30})(?:\s+Author\s+(\S.*))?$", re.I)


# Each role labelled: 「记者：张三 李四　通讯员：王五」.
LABELLED_STAFF = re.compile(
    r"((?:本报|特派|特约|见习)?(?:记者|通讯员|实习生))[ \t\u3000]*[:：][ \t\u3000]*")
STAFF = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:(?:特派|特约|见习)?(?:记者|通讯员)"
                   # 「某某日报特别报道组 张三 李四」: a paper's team, then its reporters
                   r"|(?:报道|采访|调研)组)(?=[ \t\u3000])")
# 「新华社记者安蓓、白国龙、于佳欣」: the names run on after the role word, split by 、.
STAFF_RUN_ON = re.compile(
    r"^([\u4e00-\u9fff]{1,8}?(?:特派|特约|见习)?(?:记者|通讯员))"
    r"(?=[\u4e00-\u9fff·]{2,5}(?:[、，,][\u4e00-\u9fff·]{2,5})+$)")


# 「每经记者 李彪 每经编辑 陈旭」: a paper's byline names the page's editor after the
# reporters; the editor is furniture (as 责任编辑 is), no author.
BYLINE_EDITOR = re.compile(
    r"(?<=\S)[ \t\u3000]+[\u4e00-\u9fff]{0,4}(?:编辑|责编)[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"[\u4e00-\u9fff·]{2,5}(?:[ \t\u3000、][\u4e00-\u9fff·]{2,5})*[ \t\u3000]*$")


def byline_names(text: str) -> list[str] | None:
    """The names of a byline line: 「本报记者 张三 李四」「光明日报记者 王五」「文/张三、李四」
    「新华社记者安蓓、白国龙」; a Traditional text's 「中新社記者 王恩博」 too (its names as
    written)."""
    plain = simplified(text)
    if plain == text:
        return _byline_names(text)
    names = _byline_names(plain)
    if not names:
        return names
    written, start = [], 0
    for name in names:  # one for one: each name's place in the Simplified line
        start = plain.find(name, start)
        if start < 0:
            return None
        written.append(text[start:start + len(name)])
        start += len(name)
    return written


# SLASHED_ROLES: a paper's byline naming each one's part after the name, set apart by a
# slash — 「□ 记者 张三/文 李四/图」「张三/文 李四/摄」: the writer and the photographer both
# (as 「文/张三 图/李四」 names them, the role first). Every word of the line such an item.
_PART = r"(?:文字|文图|图文|文|图|摄影|摄)"
_SLASH = r"[ \t\u3000]*[/／][ \t\u3000]*"
SLASHED_ROLE = re.compile(
    rf"(?:(?P<name>[\u4e00-\u9fff·]{{2,5}}){_SLASH}{_PART}"
    rf"|{_PART}{_SLASH}(?P<after>[\u4e00-\u9fff·]{{2,5}}))(?=[ \t\u3000]|$)")
SLASHED_LEAD = re.compile(r"^(?:本报|特约|见习|特派)?(?:记者|通讯员)[ \t\u3000]*")


def _slashed_byline(text: str) -> list[str] | None:
    line = SLASHED_LEAD.sub("", text.strip().lstrip(BYLINE_MARKERS + " \t\u3000"))
    items = list(SLASHED_ROLE.finditer(line))
    if len(items) < 2 or SLASHED_ROLE.sub("", line).strip(" \t\u3000"):
        return None
    return [item["name"] or item["after"] for item in items]


# REPORTED_FROM: a Taiwanese paper's byline names its reporters, then where they report from,
# after a slash — 「記者林信男/台北報導」「記者張三、李四／綜合報導」 (read Simplified).
REPORTED_FROM = re.compile(
    # (the paper may stand first, a slash after it: 「聯合報／ 記者許維寧／台北即時報導」)
    r"^(?:(?P<paper>[\u4e00-\u9fff]{2,8}?(?:报|网|社|台))[ \t\u3000]*[/／][ \t\u3000]*)?"
    r"(?:[\u4e00-\u9fff]{0,8}?)记者[ \t\u3000]*(?P<names>[\u4e00-\u9fff·]{2,5}"
    r"(?:[、，, \t\u3000][\u4e00-\u9fff·]{2,5})*)[ \t\u3000]*[/／][ \t\u3000]*"
    r"[\u4e00-\u9fff]{0,6}?报[导道]$")


def byline_paper(text: str) -> str | None:
    """The paper a Taiwanese byline names before its slash (「聯合報／ 記者許維寧／台北即時
    報導」 → 聯合報, as written), else None."""
    found = REPORTED_FROM.match(simplified(text.strip()))
    return text.strip()[found.start("paper"):found.end("paper")] if found and found["paper"] \
        else None


# TEAM_BYLINE: a story by a newsroom's team names the team (「■县融媒体中心记者组」「本报
# 报道组」「新华社记者采访组」): the team is the author, one name.
TEAM_BYLINE = re.compile(r"^(?:本[报刊台网]|[\u4e00-\u9fff]{1,12}?(?:中心|社|报|台|网|刊))"
                         r"(?:记者|报道|采访|采写)组$")


def _byline_names(text: str) -> list[str] | None:
    if roles.sidebar_title(text):  # 「■记者观察」 heads a sidebar: no reporter's name
        return None
    team = text.strip().lstrip(BYLINE_MARKERS + " \t\u3000")
    if TEAM_BYLINE.match(team):
        return [team]
    text = BYLINE_EDITOR.sub("", text)
    names = parse_byline(text) or _slashed_byline(text)
    reported = REPORTED_FROM.match(text.strip())
    if names is None and reported:
        names = parse_byline(f"记者 {reported['names']}")
    if names is None:
        line = text.strip().lstrip(BYLINE_MARKERS + " \t\u3000")
        if len(LABELLED_STAFF.findall(line)) >= 2:  # 「记者：张三 李四　通讯员：王五」
            names = parse_byline(LABELLED_STAFF.sub(r"\1 ", line))
        elif STAFF.match(line):
            names = parse_byline(STAFF.sub("记者", line, count=1))
        elif STAFF_RUN_ON.match(line):
            names = parse_byline(STAFF_RUN_ON.sub("记者 ", line, count=1))
    return names

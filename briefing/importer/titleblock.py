"""The title block → the front matter: title, subtitle, authors, source, url, date.

Conventions of Chinese articles (newspaper, government and web pages alike):

- The title is the `#` line, or, in plain text, a short line (at most TITLE_MAX
  characters, no terminal punctuation) standing before the body; what follows it tells
  it apart from page furniture: a subtitle (「——…」, 「（2024年1月15日在…上）」, an English
  translation), a byline, a 来源/时间 line or a dateline, else the body itself. A 公文
  title broken over two lines (「…关于开展」「…的通知」) is joined; 「标题——副标题」 on one
  line is split; a web page's title bar 「标题-网站」 names the title. An inferred title
  is a guess the editor is asked to check; a text that opens with its body has no title
  (`title: null`, never a refusal, never its opening words made a title) and the editor
  is asked to write one.
- Facts stand on lines of their own in the head of the article, before the body:
  labelled lines (「来源：人民日报」「时间：2024-03-05 09:20」「发文日期：…」「作者：…」,
  several on one line, or a label alone with its value on the next line), a line of
  bare facts (「http://… 2007年03月16日18:54 中国网」「2002年9月3日人民日报 第3版」), a
  line that is nothing but a date, a byline (「本报记者 张三 李四」「文/张三、李四」), a
  speaker line (「上海市市长 龚 正」), a WeChat repost's 「以下文章来源于…」, and URL lines
  (anywhere). The 落款 date stands in when the head has none. A fact is never read
  out of a sentence.
- A web page's menus, labels, tool bars and breadcrumbs in the head are dropped: a block
  of short lines with no sentence above the title, a row of 【】 buttons, an office's
  contact fields above the title, an e-paper's 「第01版：要闻」. A single line above the
  title may be its kicker: kept, a doubt. A newspaper headline in several lines right
  above the story (lines that speak of its opening) is title and subtitle; a page's name
  over its page number, with several stories under it, is the title.
- The head's dates: 「（二〇〇〇年十二月三十一日）」 alone, a title ending in its date in
  brackets, 「04.03.2017 09:04」 (day first), the 落款's date in Han numerals; the issuing
  office under the title (「某市统计局」) or in a 简报's masthead line is the source; a
  reprint's bracketed 「（来源：…）」 or archive line 「《报》（date 版）」 at the end too.

- The title speaks of its story: a channel's name over the date line is passed over for
  the headline under it that does; a headline quoting its speaker (「某某：……！」) is the
  title when its facts follow it; a front part's name (编写说明, 译者序言), a section's
  number alone and a contents entry are never titles. A line of the head as likely the
  title as the one taken is named in a doubt (title-runner-up).
- A web page's info line carries the readers' counters and widgets among its facts
  (「评论：0」「参与评论（）人」「大 中 小」「【 】」, the page's URL first): the facts are read.
  民國 dates (「114年01月13日」) are dates; a self-posted 公众号's name twice is its meta line;
  「作者：」 over 「姓名（单位）」 lines gives every author; an e-mail after a name is no name.

Every move is a Repair; every guess is a doubt (`- [ ]` in import-report.md).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing.importer import roles
from briefing.importer.chars import han_count, has_han, simplified, strip_tags
from briefing.importer.endmark import dateline_agency
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    ends_sentence,
    heading_numbering,
    is_date_line,
    parse_byline,
    split_names,
)
from briefing.importer.webframe import PINYIN_NOTE, read_through_pinyin

BYLINE_MARKERS = "◆◇■□●○▲△★☆"

TITLE_MAX = 40  # characters of a title line (a two-line title: of each line)
TITLE_MIN = 4  # shorter lines are buttons and menus: 「下载」「打印」「首页」
BODY_MIN = 40  # a longer line is body text
HEAD_BLOCKS = 24  # the head of the article: facts are looked for among its first blocks

# ——副标题 (or a converted "--"); a single "- " is a list item, not a subtitle.
DASH_SUBTITLE = re.compile(r"^(?:[—–－⸺]+|-{2,})\s*")
# 「（2024年1月15日在…上）」「2026年1月27日在…会议上」: where and when a speech was made.
SPEECH_DATELINE = re.compile(
    r"^[（(]?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*在[^。；]{2,60}?上(?:的(?:讲话|报告|发言))?[）)]?")
# 「（二〇〇〇年十二月三十一日）」「（2024年1月15日）」 opening a line of the head.
DATE_IN_PARENS = re.compile(r"^[（(]([^（）()]{6,16}日)[）)]")
# 「上海市市长 龚 正」「陕西省省长 赵刚」: an office, then the speaker's name — up to six
# Han, as a name of a minority people written in Han is (「自治区代主席 乌云其木格」).
SPEAKER = re.compile(
    r"^(\S{0,20}?(?:省长|市长|县长|区长|州长|主席|书记|部长|局长|厅长|主任|总理|委员长|代表))"
    r"[ \t\u3000]+([\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,5})$")
FACT_LABELS = {
    "来源": "source", "稿源": "source", "出处": "source", "信息来源": "source",
    "文章来源": "source", "稿件来源": "source", "新闻来源": "source",
    "发布机构": "source", "发文机关": "source", "发文机构": "source",
    "发布单位": "source", "发布部门": "source", "发布机关": "source",
    # a government page's field under its 日期 (行政院: 「資料來源：綜合業務處」), in the head
    # only — under a table the same label is the table's note (roles.NOTE)
    "资料来源": "source",
    "时间": "date", "日期": "date", "发布时间": "date", "发布日期": "date",
    "发文日期": "date", "成文日期": "date", "发表时间": "date", "更新时间": "date",
    "更新日期": "date",
    "生成日期": "date",
    "收录时间": "date", "收录日期": "date",  # a collection site's date of the copy
    "作者": "authors", "撰稿": "authors", "撰文": "authors",
    "原文链接": "url", "链接": "url", "网址": "url", "原文地址": "url", "本文链接": "url",
}
# The page's editor among the facts (「… 作者：张三 责任编辑：李四」): furniture (the corpus
# README), dropped with the line.
EDITOR_LABELS = ("责任编辑", "责编")
# 「来源：某某日报」, or as WeChat articles set it, 「来源 | 某某日报」.
LABEL = re.compile("(" + "|".join(sorted([*FACT_LABELS, *EDITOR_LABELS], key=len, reverse=True))
                   + r")[ \t\u3000]*(?:[:：｜]|(?<=[ \t\u3000])\||\|(?=[ \t\u3000]))"
                   r"[ \t\u3000]*")
URL = re.compile(r"https?://[^\s<>\"'（）()，。、；]+", re.I)
# 「2024 09/21 20:49:32」: news sites (新华网) give the year apart from 09/21.
# A date, its weekday after it as a page or a release stamps it (「2024年4月17日（星期三）」
# 「2024-04-17 星期三」), its time.
DATE_VALUE = re.compile(
    r"^(\d{4})(?:\s*[-/.年]\s*|\s+(?=\d{1,2}/))(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$")
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
    while len(words) > 1 and words[-1].strip("【】[]") in MENU_WORDS:
        words.pop()
    return text.strip() if len(words) == len(text.split()) else " ".join(words)


# The page's counter among the facts (「浏览次数：1234」「点击数：56次」): no fact, dropped;
# its buttons after them (「【字体：大 中 小】【打印】」).
PAGE_COUNTER = re.compile(
    r"[ \t\u3000|｜]*(?:浏览次数|阅读次数|访问次数|点击次数|浏览量|阅读量|访问量|浏览数|阅读数"
    r"|点阅次数|点阅数|浏览人次|点阅"  # a Taiwan page's 「點閱次數：」
    r"|访问数|点击数|点击量|点击率|点击|浏览|阅读|访问)"
    r"[ \t\u3000]*[:：][ \t\u3000]*\d*[ \t\u3000]*次?")
# On a web page's info line the readers' counters stand among the facts, with a colon or
# in brackets, their count often left out by the copy (「评论：0」「参与评论（）人」
# 「跟帖(12)」「阅读(1234)」): the page's, no fact.
INTERACTION_COUNTER = re.compile(
    r"(?:(?<=[ \t\u3000|｜])|^)(?:参与|我要)?"  # 「参与评论（）」「我要评论（）」
    r"(?:评论数|评论|回复数|回复|跟帖|转发|点赞|浏览|阅读|点击)"
    r"[ \t\u3000]*(?:[:：][ \t\u3000]*\d*|[（(][ \t\u3000]*\d*[ \t\u3000]*[）)])"
    r"[ \t\u3000]*[次人条]?(?=[ \t\u3000|｜]|$)")
# The type-size switch set bare among the facts (「大　中　小」, no 字体 label), and an
# icon's empty brackets (「【 】」「[ ]」) anywhere on the line: the page's widgets.
BARE_WIDGETS = re.compile(
    r"(?:(?<=[ \t\u3000|｜])|^)(?:[【\[][ \t\u3000]*)?大[ \t\u3000]+中[ \t\u3000]+小"
    r"(?:[ \t\u3000]*[】\]])?(?=[ \t\u3000|｜]|$)|【[ \t\u3000]*】|\[[ \t\u3000]*\]")


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
    r"(?:字号|字体|文字大小|字体大小|视力保护色|护眼色|背景色|分享到|分享)"
    r"[ \t\u3000]*[:：]"
    r"(?:[ \t\u3000【】\[\]|｜]*(?:大|中|小|默认|超大|加大|减小|还原|标准|T|A[+＋\-－]?)"
    r"(?![\u4e00-\u9fff]))*"
    r"[ \t\u3000】\]|｜]*(?:[【\[][ \t\u3000]*$)?")


# A 政府信息公开 page's catalogue set on one line: 「索引号：… 发布机构：某县政府办 生成日期：…」.
# Its fields that say nothing of the article go like the page's counters; its facts stay.
_CATALOGUE_NAMES = ("索引号|主题分类|组配分类|体裁分类|服务对象|公开方式|公开范围|公开时限|有效性"
                    "|主题词|信息分类|生效时间|废止时间|关键词|内容概述|浏览次数|文号|名称")
CATALOGUE_FIELD = re.compile(
    rf"[ \t\u3000|｜]*(?:{_CATALOGUE_NAMES})[ \t\u3000]*[:：][ \t\u3000]*[^\s:：|｜]*?"
    rf"(?=[ \t\u3000|｜]|$|(?:{'|'.join(sorted(FACT_LABELS, key=len, reverse=True))}"
    rf"|{_CATALOGUE_NAMES})[ \t\u3000]*[:：])")
CATALOGUE_FIELDS_MIN = 2


def is_catalogue_block(block: RawBlock) -> bool:
    """Lines of such a catalogue among the page's facts lines (发布机构：…) and its
    breadcrumb: the page's header, never the body, however many lines."""
    lines = [line.text.strip() for line in block.lines]
    return block.kind == "text" and any(is_catalogue_line(line) or (
        labelled_facts(line) and CATALOGUE_FIELD.search(line)) for line in lines) and all(
        is_catalogue_line(line) or labelled_facts(line) or is_page_furniture(
            line, above_title=True) for line in lines)


def _repeated_facts(facts: Facts, line: str) -> bool:
    """A catalogue's line whose facts were all taken already, with the same values
    (生成日期 then 发文日期, the same day), or left empty (「信息来源： 关键词：」)."""
    found = labelled_facts(line) or []
    return bool(found) and all(
        not value.strip() or (key == "date" and facts.date is not None
         and read_date(re.sub(r"\s", "", value)) == facts.date)
        or (key == "source" and value == facts.source) for key, value in found)


def is_catalogue_line(line: str) -> bool:
    """「索引号: 003129766/201901-00336 组配分类: 规范性文件发布」「废止时间: 2020-01-23 名称:
    …」: a 政府信息公开 page's catalogue set two fields a line, every field one that says
    nothing of the article (its facts lines, 发布机构/发文日期, are read as facts)."""
    return (len(CATALOGUE_FIELD.findall(line)) >= CATALOGUE_FIELDS_MIN
            and not CATALOGUE_FIELD.sub("", line).strip())


# The facts each in brackets, as some sites set them: 「【发布时间：…】【来源：…】」.
_FACT_NAMES = "|".join(sorted(FACT_LABELS, key=len, reverse=True))
BRACKETED_FACT = re.compile(rf"[【\[][ \t\u3000]*((?:{_FACT_NAMES})[ \t\u3000]*[:：][^【】\[\]]*?)"
                            r"[ \t\u3000]*[】\]]")
# The editor's field on the facts line (「时间：… 来源：… 责任编辑：李四」): furniture, as on a
# line of its own (webframe.EDITOR_FIELD).
EDITOR_AMONG_FACTS = re.compile(
    # 「来源：某某 作者：张三 编辑：李四」: the page's staff fields after the facts are its
    # editor's, no byline (the author is named by 作者)
    r"[ \t\u3000|｜]*[（(【\[]?(?:责任编辑|责编"
    r"|(?<=[ \t\u3000|｜])(?:编辑|审核|审校|校对|监制|编审))"
    r"[ \t\u3000]*[:：][ \t\u3000]*"
    r"[^\s（）()【】\[\]|｜]{0,12}[）)】\]]?")


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
# (「時(shí)間：」, see webframe.PINYIN_NOTE): a reader reads the label through it. Only a note
# inside a label (a few characters before its colon) is passed over for reading; values,
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
    line = EDITOR_AMONG_FACTS.sub(" ", BRACKETED_FACT.sub(r" \1 ", text))
    line = PAGE_WIDGET.sub(" ", _drop_read_simplified(PAGE_COUNTER, without_buttons(line)))
    line = without_info_widgets(line)
    line = CATALOGUE_FIELD.sub(" ", line) if LABEL.search(simplified(line)) else line
    line = TRAILING_BUTTONS.sub("", line)
    # A Traditional text's labels (文章來源、發布時間) read as their Simplified forms; the
    # values are the text's own (one for one: the offsets are the same).
    labels = list(LABEL.finditer(simplified(line)))
    if not labels:
        return None
    lead = line[:labels[0].start()].strip().rstrip("|｜/ \t\u3000")
    facts = []
    # The page's address may stand first, before the date (「http://… 2012-03-02 18:58
    # 来源：…」): a URL alone as a word is a fact of the line.
    address = next((word for word in lead.split() if URL.fullmatch(word)), None)
    if address:
        facts.append(("url", address))
        lead = " ".join(word for word in lead.split() if word != address)
    if lead:
        if read_date(lead) is None:
            return None
        facts.append(("date", lead))
    for index, label in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        value = line[label.end():end].strip(" \t\u3000|｜")
        if label.group(1) in EDITOR_LABELS:
            if index == 0:
                return None  # a 责任编辑 line alone is web furniture's business
            continue
        key = FACT_LABELS[label.group(1)]
        if key == "source":  # 「人民网－社会频道」: the site, not its channel
            value = re.sub(r"[-－—–][^-－—–]{1,8}频道$", "", value)
        if key == "authors" and LOGIN.fullmatch(value) and len(labels) > 1:
            continue  # 「作者:pd_user01发表时间:…」: the posting account's login, no name
        if not _is_value(key, value):
            return None
        facts.append((key, value))
    if len(facts) > 1 and any(value for _, value in facts):
        # 「来源：某县 作者：　时间：…」: a field the page's template left empty
        facts = [(key, value) for key, value in facts if value]
    return facts or None


# A CMS's account login where a meta line names the 作者: letters, digits, '_'.
LOGIN = re.compile(r"(?=[A-Za-z0-9_.\-]*[_\d])[A-Za-z][A-Za-z0-9_.\-]{2,31}")


PAGE = re.compile(r"^第\s*\d{1,3}\s*版(?:[（(][^）)]{1,8}[）)])?$")
# An e-paper's page label: 「第01版：要闻 PDF版阅读」 (the page, its section, a button).
EPAPER_PAGE = re.compile(r"^第\s*\d{1,3}\s*版\s*[：:]\s*[\u4e00-\u9fff]{1,8}(?:\s+\S{1,8})?$")
# A county paper's e-paper header: the issue and the page (「1886 期 / 第2版：2」).
EPAPER_ISSUE_PAGE = re.compile(
    r"^第?\s*\d{1,5}\s*期\s*[/／|｜]?\s*第\s*\d{1,3}\s*版(?:\s*[：:]\s*\S{1,8})?$")
DATE_PREFIX = re.compile(
    r"^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
    r"\s*(.*)$")
PUBLICATION = re.compile(r"[\u4e00-\u9fff]{2,12}")
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


BYLINE_ISSUE = re.compile(r"^(\S.*?)[ \t\u3000]+(《\s*[\u4e00-\u9fff]{2,12}\s*》.*)$")


# A 简报's masthead: the issuing office on the left, the date on the right, set apart by
# a run of spaces: 「某市生态环境局办公室　　　　2024年6月3日」.
ISSUER_DATE = re.compile(
    r"^([\u4e00-\u9fff（）()]{4,30})(?:[ \t]{2,}|\u3000+[ \t\u3000]*)"
    r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")


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


def bare_facts(text: str) -> list[tuple[str, str]] | None:
    """A line of nothing but unlabelled facts: a URL, a date (and time), a publication
    and a page → [(field, value)]; else None.

    「http://www.example.com.cn 2007年03月16日18:54 中国网」, 「2002年9月3日人民日报 第3版」,
    「《人民日报》（2017年02月11日 06版）」. A line with no URL and no date is no fact line.
    """
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
        names = byline_names(bylined[1])
        issue_facts = bare_facts(bylined[2])
        if names and issue_facts:
            return [("authors", "、".join(names)), *issue_facts]
    issued = ISSUER_DATE.match(text.strip())
    if issued and read_date(re.sub(r"\s", "", issued[2])):
        return [("source", issued[1]), ("date", re.sub(r"\s", "", issued[2]))]
    if STATISTICS_ISSUERS.match(simplified(text.strip())):
        return [("source", text.strip())]
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
    # A source is a name, not a sentence.
    return len(value) <= 30 and not ends_sentence(value) and not value.endswith(TERMINAL)


# 「作者：某某证券股份有限公司 张三 李四」: the authors' body first, then their names.
AFFILIATION = re.compile(
    r"^[\u4e00-\u9fff（）()]{4,30}(?:公司|大学|学院|研究院|研究所|研究中心|中心|"
    r"银行|集团|委员会|协会|学会|杂志社|报社|出版社|局|厅|部|所|院)$")


# An issuing office alone on its line: 「某市统计局」「某省人民政府办公厅」; offices issuing
# jointly, set apart by spaces: 「某市统计局 国家统计局某市调查队」 (a 统计公报's issuers).
_OFFICE = (r"[\u4e00-\u9fff（）()]{3,24}(?:局|厅|委|委员会|办公室|办公厅|政府|院|部|中心|站|所|"
           r"署|办|人大|政协|调查队)")
ISSUER = re.compile(rf"^{_OFFICE}(?:[ \t\u3000]+{_OFFICE})*$")


# A document site's page title: the issuing body, a colon, the document's title
# (「某省生态环境监测中心：2021年7月空气质量报告」).
ISSUER_TITLE = re.compile(
    r"^(?P<site>[\u4e00-\u9fff（）()]{3,24}(?:局|厅|委|委员会|办公室|办公厅|政府|院|部|中心|站|所|"
    r"署|办|人大|政协)"
    # … or the site's (a news site's name before its copy's title: 「某某网：标题」).
    r"|[\u4e00-\u9fff]{2,10}(?:网|日报|晚报|早报|时报|电视台))[：:](?P<title>[^：:]{6,})$")


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
    if len(names) > 1 and AFFILIATION.match(names[0]):
        return names[1:]
    return names


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
    r"^(?:电话|传真|邮编|邮政编码|电子邮箱|邮箱|E-?mail|地址|联系人|联系电话|联系方式)\s*[：:]",
    re.I)

# A 政府信息公开 page's catalogue of the document, a field a line, the value (if any) on
# the next line: 「索引号：」「6107280000/2024-001005」「发文字号：」「某政发〔2024〕7号」.
CATALOGUE_LABEL = re.compile(
    r"^[•·●◆■▪\-*]?[ \t\u3000]*(索引号|主题分类|组配分类|体裁分类|服务对象|公开方式|公开范围|"
    r"公开时限|有效性|主题词|内容概述|发文字号|文号|发文机构|发文机关|发文日期|成文日期|"
    r"发布日期|来源)[ \t\u3000]*[：:]$")
# Its values that say nothing of the article (a 发文字号 is the document's number, kept).
CATALOGUE_FURNITURE = frozenset({"索引号", "主题分类", "组配分类", "体裁分类", "服务对象",
                                 "公开方式", "公开范围", "公开时限", "有效性", "主题词"})
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


def exclaimed_headline(text: str) -> bool:
    if name_headline(text):  # 「某某某：……！」: the words quoted are the headline's
        text = NAME_HEADLINE.match(text.strip())["words"]
    return (len(text) <= EXCLAIMED_MAX and text[-1:] in "！？"
            and not re.search(r"[。！？!?；;，,、：:“”\"]", text[:-1]))


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


def is_title_candidate(block: RawBlock) -> bool:
    """A short line (or two) with Han, no terminal punctuation, that is no fact."""
    if block.kind != "text" or len(block.lines) > 2:
        return False
    if NAMELESS_BYLINE.match(block.text.strip()):
        return False
    if roles.is_caption_text(block.text.strip()):  # 「大會現場 張寶杉 攝」: a photo's caption
        return False
    # 「表1 …」「4-8  …」 numbers a table and heads it: a bulletin's title names its issuer
    # and period above (a page that is one table still opens with it: the first line).
    if roles.TABLE_CAPTION.match(strip_tags(block.text).strip()):
        return False
    lines = [strip_tags(line.text).strip() for line in block.lines]
    text = "".join(lines)
    longest = DOCUMENT_TITLE_MAX if is_document_title(text) else TITLE_MAX
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
        and not LENGTH_NOTE.search(text)  # a 范文 site's title bar
        and (not re.match(r"^[^：:]{1,6}[：:]", text)  # labels: 专栏：…, 当前位置：…
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
    r"|新疆|香港|澳门)\*{0,2})?$")


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


def is_fact_line(text: str) -> bool:
    return bool(_is_fact_line(text) or bar_ended_fact(text))


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
                or is_url_line(text) or read_date(text) or SPEECH_DATELINE.match(text)
                or widget_date(text) is not None)


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
ISSUE_NUMBER = re.compile(
    r"^[（(]?(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]?\s*总第\s*\d{1,5}\s*期\s*[）)]?)?[）)]?$")
# A document's edition in brackets under its title: 「（2012 年修订）」「（2020 年）」
# 「（试行）」「（征求意见稿）」「（2021年版）」.
EDITION = re.compile(
    r"^[（(]\s*(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?(?:修订|修正|版|本|度)?|试行|暂行|征求意见稿"
    r"|送审稿|报批稿|修订版|修订稿|草案)\s*[）)]$")


def _is_subtitle_block(block: RawBlock) -> bool:
    text = block.text.strip()
    if block.kind == "text" and len(block.lines) == 1 and EDITION.match(text):
        return True
    if block.kind == "text" and len(block.lines) == 1 and ISSUE_NUMBER.match(text):
        return True
    if block.kind == "text" and len(block.lines) == 1 and TRANSLATION.match(text) and \
            len(text.split()) >= 3:
        return True
    if block.kind in ("heading", "text") and len(block.lines) == 1 and DASH_SUBTITLE.match(text):
        return bool(DASH_SUBTITLE.sub("", text))
    if block.kind == "text" and len(block.lines) == 1 and SPEECH_DATELINE.match(text):
        return True
    return (block.kind == "heading" and block.marker >= 3
            and heading_numbering(text).rank == 0 and parse_byline(text) is None)


def _source_form(block: RawBlock | None) -> str:
    if block is None:
        return ""
    return ("#" * block.marker + " " if block.kind == "heading" else "") + block.text


# ---------------------------------------------------------------- the title

# Common surnames: a line of nothing but such names, right under the title, is a byline.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郜")
PERSONAL_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def bare_names(text: str) -> list[str] | None:
    """「吴绮敏」「郜帅，侯心迪，刘宁春」: names only, each with a common surname."""
    names = [w for w in re.split(r"[\s\u3000、，,]+", text.strip()) if w]
    if names and len(names) <= 8 and all(
            PERSONAL_NAME.fullmatch(n) and n[0] in SURNAMES for n in names):
        return names
    return None


def _sections(blocks: list[RawBlock], fields: dict[str, str]) -> bool:
    """With the title given (a blog's YAML), several `#` headings none of which is that
    title are the post's sections (a static-site theme prints the title itself)."""
    tops = [plain_title(b.text.strip()) for b in blocks
            if b.kind == "heading" and b.marker == 1 and b.text.strip()]
    given = re.sub(r"\s+", "", fields["title"])
    return len(tops) >= 2 and all(re.sub(r"\s+", "", top) != given for top in tops)


CONTENTS_NAMES = frozenset({"目录", "目次", "目錄", "contents", "tableofcontents"})
# A contents entry: its page number before or after its name (dot leaders or not).
CONTENTS_ENTRY = re.compile(r"^\s*\d{1,4}[ \t\u3000]+\S|\S[ \t\u3000.…·]+\d{1,4}\s*$")
CONTENTS_ENTRIES_MIN = 2  # among the CONTENTS_LOOK lines under the name
CONTENTS_LOOK = 6


def _contents_entries(blocks: list[RawBlock], index: int) -> bool:
    """The line 「目录」 heads a contents page: page-numbered entries follow it (a menu's
    「目录」 link over a page's title does not)."""
    lines = [line.text for block in blocks[index + 1:index + 1 + CONTENTS_LOOK]
             if block.kind == "text" for line in block.lines][:CONTENTS_LOOK]
    return sum(1 for line in lines if CONTENTS_ENTRY.search(line)) >= CONTENTS_ENTRIES_MIN
NUMBER_ALONE = re.compile(r"[（(]?[一二三四五六七八九十百零〇\d]{1,4}[）)、.．]?")


def find_title(blocks: list[RawBlock]) -> tuple[list[int], bool] | None:
    """The indices of the title's blocks and whether it was inferred (no `#` line).

    An inferred title is the candidate best followed by what follows titles, before
    the body; or, with a subtitle, byline or fact under it, further down; a 公文 title
    broken over two blocks (「国务院办公厅关于开展」「…工作的通知」) is both.
    """
    index = next((i for i, b in enumerate(blocks)
                  if b.kind == "heading" and b.marker == 1 and b.text.strip()), None)
    if index is not None:
        return [index], False
    # A Markdown text with no `#` line that opens with an unnumbered heading, the only
    # unnumbered one of its level (「## 项目列表」 over ### sections, or over numbered
    # 「## 3. …」 sections): its title.
    if blocks and blocks[0].kind == "heading" and blocks[0].text.strip() and heading_numbering(
            blocks[0].text).rank == 0 and sum(
            1 for b in blocks if b.kind == "heading" and b.marker <= blocks[0].marker
            and heading_numbering(b.text).rank == 0) == 1 \
            and any(b.kind == "heading" and b is not blocks[0] for b in blocks):
        return [0], True
    head = _head_end(blocks)
    window = min(len(blocks), HEAD_BLOCKS, _signature_start(blocks))  # a signer is no title
    evidence = {i: _title_evidence(blocks, i, head) for i in range(window)
                if is_title_candidate(blocks[i]) and not _field_value(blocks, i)}
    for i in evidence:  # TITLE_TWICE
        if i + 1 < len(blocks) and i + 1 in evidence and i < head and _same_line(
                blocks[i], blocks[i + 1]) and not any(b.kind == "text" for b in blocks[:i]):
            evidence[i] = 2
    candidates = [i for i in evidence if (i < head or evidence[i] >= 2) and (
        evidence[i] >= 2 or not name_headline(_plain(blocks[i].text)))]
    # A document's title stands above its contents (目录): the entries under it are the
    # chapters' names, never the title, unless a title's facts or subtitle follow one.
    contents = next((i for i in range(window) if blocks[i].kind in ("text", "heading")
                     and re.sub(r"[\s\u3000]", "", _plain(blocks[i].text)).lower()
                     in CONTENTS_NAMES and _contents_entries(blocks, i)), None)
    if contents is not None:
        candidates = [i for i in candidates if i < contents or evidence[i] >= 2]
    for i in list(candidates):  # 「标题-新华网」 of the title bar, then 「标题」 itself
        plain = [j for j in evidence if j != i and _with_site_name(blocks[i], blocks[j])]
        if plain:
            candidates = [j if j != i else plain[0] for j in candidates]
            evidence[plain[0]] = 2  # the page's title bar names it
    if not candidates:  # an unnumbered heading opening the text, else its first line
        if blocks and blocks[0].kind == "heading" and blocks[0].text.strip() and \
                heading_numbering(blocks[0].text).rank == 0:
            return [0], True
        # A page's fact lines (「发布时间：…」「信息来源：…」) and tool bar over a text
        # with no title line are never its title.
        texts = [i for i, b in enumerate(blocks) if b.kind == "text" and not all(
            is_fact_line(line.text.strip()) or is_page_furniture(line.text.strip(), True)
            for line in b.lines)]
        # A section's number alone (「（一）」「一、」) has no words: never a title.
        first = next((i for i in texts if has_han(_plain(blocks[i].text))
                      and not roles.is_caption_text(blocks[i].text.strip())
                      # a line ending in a colon introduces what follows: 「主持人某某：」
                      and not _plain(blocks[i].text).endswith(("：", ":"))
                      and not NUMBER_ALONE.fullmatch(_plain(blocks[i].text))),
                     texts[0] if texts else None)
        return ([first], True) if first is not None else None
    best = max(candidates, key=lambda i: (evidence[i], -i))
    if evidence[best] == 1 and _section_head_under_title(blocks, best):
        best -= 1
    best = _headline_over_channel(blocks, best, candidates, head)
    if best > 0 and is_issuer_line(blocks[best].text) and is_title_candidate(blocks[best - 1]) \
            and best + 1 < len(blocks) and (read_date(blocks[best + 1].text) is not None or (
                DATE_IN_PARENS.fullmatch(blocks[best + 1].text.strip()) is not None)):
        best -= 1  # 「标题」「某市统计局」「2024年3月20日」: the office and date under the title
    for first, second in ((best - 1, best), (best, best + 1)):
        if first >= 0 and second < len(blocks) and _document_title_halves(
                blocks[first], blocks[second]):
            return [first, second], True
    return [best], True


# TITLE_TWICE: a web page copied whole shows its title twice in a row at its top — the
# page's title bar, then the article's headline — the same line word for word, the copy's
# first lines: that line is the title (its repeat is dropped with the title's other
# repeats). Further down a line twice is as likely a channel's name under the breadcrumb
# that ends in it (「云南要闻」 ⏎ 「云南要闻」).
def _same_line(first: RawBlock, second: RawBlock) -> bool:
    return (first.kind == second.kind == "text" and len(first.lines) == len(second.lines) == 1
            and _plain(first.text) == _plain(second.text))


CHANNEL_SHARE = 3  # the headline speaks of the story over three times as much as the channel


def _headline_over_channel(blocks: list[RawBlock], best: int, candidates: list[int],
                           head: int) -> int:
    """The title speaks of its story; the name of the page's channel or column above it
    (「總統府新聞」「政务要闻」 over the date line and the headline) speaks of it little. When
    the line chosen stands over a fact line (the date) and shares few words with the
    story's opening, and a candidate under that line, before the body, shares over
    CHANNEL_SHARE times as many (a channel may
    bear the office's name the story speaks of) —, that one is the headline (the first
    such: a photo's caption may follow it); take_title_block names the other as the
    runner-up."""
    facts = best + 1
    if facts >= head or blocks[facts].kind != "text" or not is_fact_line(
            blocks[facts].lines[0].text.strip()):
        return best  # only over its facts
    if sum(1 for block in blocks if block.kind == "text"
           and roles.opens_with_dateline(block.text)) >= 2:
        return best  # several stories, each with its dateline: the page's name is the title
    shared = _shared_pairs(blocks, best, best)
    below = [i for i in candidates if facts < i < head and len(blocks[i].lines) == 1
             and _shared_pairs(blocks, i, best) >= max(STACK_SHARED, CHANNEL_SHARE * shared + 1)]
    return below[0] if below else best


def title_runner_up(blocks: list[RawBlock], indices: list[int], title: str) -> int | None:
    """Another line of the head as likely the title as the one taken (as much evidence
    after it, or the line the channel rule passed over): the editor is told of it. A
    repeat of the title (its page's title bar) confirms it, the issuing office's name is
    the source and a front part's name (译者序言) a heading: none competes."""
    head = _head_end(blocks)
    window = min(len(blocks), HEAD_BLOCKS, _signature_start(blocks))
    chosen = _title_evidence(blocks, indices[-1], head)
    plain = re.sub(r"\s", "", title)

    def competes(i: int) -> bool:
        text = re.sub(r"\s", "", _plain(blocks[i].text))
        return (is_title_candidate(blocks[i]) and not NAME_HEADLINE.match(blocks[i].text)
                and not _field_value(blocks, i)
                and not is_issuer_line(blocks[i].text) and text not in plain
                and not is_front_part(blocks[i].text) and not roles.is_part_heading(text)
                and plain not in text and not re.search(r"[。！？；]", text)
                and _title_evidence(blocks, i, head) >= max(chosen, 1))

    return next((i for i in range(window) if i not in indices and i < head and competes(i)),
                None)


def _field_value(blocks: list[RawBlock], index: int) -> bool:
    """blocks[index] is the value of a label alone on the line above it (「信息来源：」 ⏎
    「某某日报」, 「所属栏目：」 ⏎ 「部门动态」): the pair is one field of the page, its value
    no title."""
    if index == 0:
        return False
    above = blocks[index - 1]
    label = above.text.strip()
    found = labelled_facts(label) if LABEL_ALONE.match(label) else None
    return above.kind == "text" and len(above.lines) == 1 and (
        (bool(found) and not any(value for _, value in found))
        or _other_label(label))


# A report's first section head right under its title (「某县一季度空气质量状况」「总体情况」
# then the text): the line above the body is no title when the text sets more lines of its
# form further down (short lines alone above paragraphs: its section heads) and it says
# nothing of the opening paragraph, while the line above it does.
SECTION_HEADS_MIN = 2  # further heads of the same form


def _section_head_under_title(blocks: list[RawBlock], best: int) -> bool:
    if best == 0 or not is_title_candidate(blocks[best - 1]) or len(blocks[best].lines) != 1:
        return False
    later = sum(1 for j in range(best + 2, len(blocks) - 1)
                if is_title_candidate(blocks[j]) and len(blocks[j].lines) == 1
                and blocks[j + 1].kind == "text" and is_body(blocks[j + 1]))
    return (later >= SECTION_HEADS_MIN and not _speaks_of_story(blocks, best, best)
            and _speaks_of_story(blocks, best - 1, best))


COVER_LINES_MAX = 4


def _cover_title_lines(blocks: list[RawBlock], indices: list[int]) -> list[int]:
    """A speech's or report's title set in lines on its cover (「忠实践行“八八战略”」
    「坚决做到“两个维护”」「在高质量发展中奋力推进…」): the text opens with short lines
    that could each be a title, one after another, and the salutation follows the last —
    one title in lines (joined with spaces), not slogans left in the body. Else []."""
    if len(indices) != 1 or not 0 < indices[0] < COVER_LINES_MAX:
        return []
    best = indices[0]
    following = blocks[best + 1] if best + 1 < len(blocks) else None
    if following is None or len(following.lines) != 1 or not roles.is_salutation(
            following.text.strip()):
        return []
    if not all(is_title_candidate(blocks[i]) and len(blocks[i].lines) == 1
               and blocks[i].blank_after <= 1 for i in range(best + 1)):
        return []
    return list(range(best + 1))


STACK_SHARED = 2  # character pairs a headline line shares with the story's opening
STACK_BODY = 3  # the opening paragraphs a headline speaks of


def headline_stack(blocks: list[RawBlock], best: int) -> list[int]:
    """A newspaper's headline in lines (主题, then 副题 lines) right above the story.

    `best` is the candidate right above the body with nothing else for it. The lines
    above it that are candidates too and speak of the story (share character pairs with
    its opening paragraphs) are the same headline: the first of them is the title. A
    page's furniture above (「某某日报客户端」) speaks of nothing in the story.
    """
    body = "".join(b.text for b in blocks[best + 1:best + 1 + STACK_BODY] if b.kind == "text")
    pairs = {body[i:i + 2] for i in range(len(body) - 1)}

    def speaks_of_story(block: RawBlock) -> bool:
        text = re.sub(r"\s", "", block.text)
        shared = {text[i:i + 2] for i in range(len(text) - 1)
                  if has_han(text[i]) and has_han(text[i + 1])} & pairs
        return len(shared) >= STACK_SHARED

    stack = [best]
    while stack[0] > 0 and is_title_candidate(blocks[stack[0] - 1]) \
            and speaks_of_story(blocks[stack[0] - 1]) \
            and not is_issuer_line(blocks[stack[0] - 1].text):  # 「某区人大」: the channel
        stack.insert(0, stack[0] - 1)
    return stack if len(stack) > 1 and speaks_of_story(blocks[best]) else [best]


SITE_SUFFIX = re.compile(r"^\s*[-_|｜—–]\s*\S{2,12}$")
# A web page's title as clippers copy it: 「标题_新闻频道_某某网」「标题 - 某某日报」
# 「标题|某某网」.
_SITE = (r"(?:[\u4e00-\u9fff]{1,12}(?:网|网站|在线|日报|晚报|报|政府门户网站|门户网站)"
         r"|[\w-]+\.(?:com|cn|net|org)(?:\.cn)?)")
PAGE_TITLE_SITE = re.compile(
    rf"^(?P<title>.{{4,}}?)(?P<rest>(?:[ \t]*[_|｜][ \t]*|[ \t]+[-–][ \t]+)"
    rf"(?:[^_|｜\s]{{2,12}}[ \t]*[_|｜][ \t]*)?(?P<site>{_SITE}))$")


# A paper's app titles its own stories after its name and a bar: 「怀化日报丨走下去，…」.
PUBLICATION_PREFIX = re.compile(
    r"^(?P<site>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|都市报|商报|时报|报|广播电视台|电视台))"
    r"[ \t]*[丨|｜]")


# A blog platform's page title: 「标题 - 雷锋网 - CSDN博客」「标题 - 张三 - 博客园」 — the
# blog's (or the reprinting account's) name before the platform's.
BLOG_TITLE = re.compile(
    r"^(?P<title>.{4,}?)(?P<rest>(?:[ \t]+[-–|｜][ \t]+|_)(?P<site>[^-–_|｜]{2,30}?)"
    r"[ \t]*[-–_|｜][ \t]*(?:CSDN博客|CSDN|博客园|简书|掘金))$")


# A policy site's title bar: the document's 发文字号 run into its title, in 《》 or not
# (「京政办发〔2016〕26号《北京市人民政府办公厅关于…的通知》」), over the title itself; and
# the 发文字号 alone on its line, which such a copy may print twice.
NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【]\d{4}[〕\]］】]\s*\d{1,4}\s*号$")


def is_document_number_line(text: str) -> bool:
    """「某政办发〔2007〕22号」 alone on a line, in brackets or not."""
    line = re.sub(r"^[（(]|[）)]$", "", strip_tags(text).strip())
    return bool(NUMBER_LINE.match(line))
NUMBER_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【]\d{4}[〕\]］】]\s*\d{1,4}\s*号\s*")


def _document_number_line(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        NUMBER_LINE.match(block.text.strip()))


def _numbered_title(block: RawBlock, title: RawBlock) -> bool:
    """Is block 「某发〔2016〕26号《标题》」 (a page's title bar) for the title 「标题」?"""
    if block is title or block.kind != "text" or len(block.lines) != 1:
        return False
    found = NUMBER_PREFIX.match(block.text.strip())
    unquoted = title.text.strip().removeprefix("《").removesuffix("》")
    return bool(found) and block.text.strip()[found.end():].strip().removeprefix(
        "《").removesuffix("》") == unquoted


# SITE_PREFIX: the title bar may name the site first, 「某县人民政府-标题」 (a county
# portal's page), as others name it last: the same bar, the site's name set apart by a dash.
SITE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,12}\s*[-_|｜—–]\s*$")


def _with_site_name(block: RawBlock, title: RawBlock) -> bool:
    """Is block 「标题-新华网」 or 「某县人民政府-标题」 (a page's title bar) for the title
    「标题」?"""
    text, plain = block.text.strip(), title.text.strip()
    if block is title or not plain:
        return False
    return (text.startswith(plain) and bool(SITE_SUFFIX.match(text[len(plain):]))) or (
        text.endswith(plain) and bool(SITE_PREFIX.match(text[:-len(plain)])))


# 「标题 ——副标题」: a web page sets a headline and its ——subtitle on one line, a space
# before the dash; each part is a title's length and ends no sentence.
# (No label, markup or bar in it: 「日期：[…] -- 某报 -- 版次：」 is a page's facts.)
DASHED_TITLE = re.compile(r"^(?P<title>[^。！？：:|｜*\[\]]{4,40}?)[ \t\u3000]+"
                          r"(?P<subtitle>——(?=\S)[^。！？：:|｜*\[\]]{4,40})$")


def split_dashed_titles(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """In the head, a line 「标题 ——副标题」 → the title's line and the subtitle's."""
    result: list[RawBlock] = []
    repairs = []
    for index, block in enumerate(blocks):
        if index >= HEAD_BLOCKS or block.kind != "text" or not any(
                DASHED_TITLE.match(line.text.strip()) for line in block.lines):
            result.append(block)
            continue
        lines: list[SourceLine] = []
        for line in block.lines:
            found = DASHED_TITLE.match(line.text.strip())
            if found is None:
                lines.append(line)
                continue
            lines += [SourceLine(line.number, found["title"]),
                      SourceLine(line.number, found["subtitle"])]
            repairs.append(Repair("split-dashed-title", line.number, line.text.strip()[:40],
                                  f"{found['title'][:16]} ⏎ {found['subtitle'][:16]}",
                                  "A headline and its ——subtitle on one line (a web page's "
                                  "head): read them as two lines."))
        if len(block.lines) == 1:  # a line alone: the title and its subtitle, two blocks
            result += [replace(block, lines=lines[:1], blank_after=0),
                       replace(block, lines=lines[1:], blank_before=0)]
        else:
            result.append(replace(block, lines=lines))
    return result, repairs


# What opens a report's first sentence after the title run into it: its time
# (「2011年上半年，」「今年以来，」「半年来，」); a title followed by a verb (「…总结已经审议
# 通过」) is the sentence's subject, and stays.
RUN_INTO_OPENING = re.compile(r"\d{2,4}\s*年|今年|去年|近年|近期|[一二两三四五六七八九十半]+年来|"
                              r"(?:上|下)半年|一季度|二季度|三季度|四季度")


# A report's title run into its first sentence on the text's first line, a space between
# (a document-sharing preview loses the line break): the title names the document's kind
# (…调研报告, …工作总结, …的讲话), the sentence opens with its time (「今年以来，」
# 「2015年上半年，」) as a report's first sentence does.
TITLE_RUN_ON = re.compile(
    r"^(?P<title>[^\s。！？，,；;：:“”]{8,40}?(?:报告|总结|讲话|发言|汇报|通知|通报|意见|方案|规划"
    r"|纲要|决定|公告|情况))[ \t\u3000]+(?P<rest>(?:" + RUN_INTO_OPENING.pattern + r").*)$")


# A speech's title: 「（某某）在…会议上的讲话」.
SPEECH_TITLE = re.compile(r"^[^。！？；：:，,\s]{0,30}在[^。！？；：:]{2,60}?上的"
                          r"(?:讲话|报告|发言|致辞|总结讲话|主持词)$")


def split_title_run_on(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """The text's first line 「某某调研报告 今年以来，我镇…」 → the title's line and the
    body's (a guess the editor is asked to check)."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "text" and b.text.strip()),
                 None)
    if first is None:
        return blocks, []
    block = blocks[first]
    line = block.lines[0]
    if len(block.lines) > 1 and (is_document_title(line.text) or SPEECH_TITLE.match(
            line.text.strip())) and not is_title_candidate(block):
        # 「在全市…会议上的讲话」 ⏎ the text: a title in a document's form, with no blank
        # line under it, over a line of the body — its own block.
        repair = Repair("split-title-line", line.number, line.text.strip()[:40],
                        f"{line.text.strip()[:30]} ⏎ …",
                        "The text's first line names the document in a title's form (「关于…"
                        "的通知」「在…上的讲话」) over the body with no blank line: read it as "
                        "a line of its own.", review=True)
        return blocks[:first] + [
            replace(block, lines=block.lines[:1], blank_after=0),
            replace(block, lines=block.lines[1:], blank_before=0)] + blocks[first + 1:], [repair]
    found = TITLE_RUN_ON.match(line.text.strip())
    if found is None or not ends_sentence(block.text) and len(block.lines) == 1 and len(
            found["rest"]) < BODY_MIN:
        return blocks, []
    title = replace(block, lines=[SourceLine(line.number, found["title"])], blank_after=0)
    body = replace(block, lines=[SourceLine(line.number, found["rest"]), *block.lines[1:]],
                   blank_before=0)
    repair = Repair("split-title-run-on", line.number, line.text.strip()[:40],
                    f"{found['title']} ⏎ {found['rest'][:16]}",
                    "The text's first line runs a report's title (named by its kind) into "
                    "its first sentence (opening with its time): read them as two lines.",
                    review=True)
    return blocks[:first] + [title, body] + blocks[first + 1:], [repair]


def split_stacked_head(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Lines of the head written without blank lines between them (「标题」「来源：…」
    「分享：」) → one block per line, when one of them is a fact or a page's label."""
    result: list[RawBlock] = []
    repairs = []
    in_head = True
    for index, block in enumerate(blocks):
        lines = [line.text.strip() for line in block.lines]
        stacked = (block.kind == "text" and 2 <= len(lines) <= HEAD_BLOCK_LINES
                   # a fact line with its buttons and counter may run long
                   and all(len(line) <= BODY_MIN or is_fact_line(line) for line in lines)
                   # the site's greeting ends in 「！」 and is no sentence (SITE_GREETING)
                   and not any(ends_sentence(line) and not site_greeting(line)
                               for line in lines)
                   and (any(is_fact_line(line) or _is_page_label(line) or is_link_bar(line)
                            or site_greeting(line) or TODAY_WIDGET.fullmatch(line)
                            for line in lines)
                        # a newspaper's headline in lines: (引题,) 主题, then its ——副题
                        or bool(DASH_SUBTITLE.match(lines[-1]))))
        in_head = in_head and index < HEAD_BLOCKS and (stacked or not is_body(block))
        if in_head and stacked:
            result += [replace(block, lines=[line], blank_before=0 if n else block.blank_before,
                               blank_after=0 if n < len(lines) - 1 else block.blank_after)
                       for n, line in enumerate(block.lines)]
            repairs.append(Repair("split-head", block.line, " ⏎ ".join(lines)[:40],
                                  f"{len(lines)} lines", "Read the lines of the head, "
                                  "with no blank line between them, one by one."))
        else:
            result.append(block)
    return result, repairs


# 「地址：某县某大街1888号某县城区2017年12月份监测报告」: an address ends at its house
# number; a line the extraction ran on after it is a line of its own (the page's title).
GLUED_ADDRESS = re.compile(
    r"^((?:[•·●]\s*)?地址\s*[:：][^。；，,]{2,40}?\d+\s*号(?:院|楼)?)(\S.*)$")


# A report's ——subtitle saying when and where it was made, broken over two lines by the
# page (「——2021年2月3日在某县第十五届」「人民代表大会第七次会议上」): the first line does
# not reach the 上 that closes it, the next short line does. One line again.
BROKEN_DATELINE = re.compile(
    r"^(?:[—–－⸺]+|-{2,})?\s*[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^。；！？]{2,40}$")
DATELINE_END = re.compile(r"^[^。；！？：:，,]{2,30}上(?:的(?:讲话|报告|发言))?[）)]?$")


def join_broken_dateline(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """The head's lines with a subtitle's dateline broken over two lines (see above) one."""
    lines = [(index, number, line) for index, block in enumerate(blocks[:HEAD_BLOCKS])
             if block.kind == "text" for number, line in enumerate(block.lines)]
    for (index, number, line), (next_index, _, after) in zip(lines, lines[1:], strict=False):
        text, rest = line.text.strip(), after.text.strip()
        if not BROKEN_DATELINE.match(text) or DATELINE_END.match(text) \
                or not DATELINE_END.match(rest):
            continue
        joined = SourceLine(line.number, text + rest)
        block = blocks[index]
        if next_index == index:
            merged = block.with_lines(block.lines[:number] + [joined] + block.lines[number + 2:])
            result = blocks[:index] + [merged] + blocks[index + 1:]
        elif number == len(block.lines) - 1 and len(blocks[next_index].lines) >= 1 \
                and blocks[next_index].lines[0] is after:
            merged = block.with_lines(block.lines[:number] + [joined])
            following = blocks[next_index].lines[1:]
            result = blocks[:index] + [merged] + (
                [blocks[next_index].with_lines(following)] if following else []) + \
                blocks[next_index + 1:]
        else:
            continue
        return result, [Repair(
            "broken-dateline", line.number, f"{text} ⏎ {rest}", text + rest,
            "A subtitle's dateline (…日在…上) broken over two lines by the page: joined.")]
    return blocks, []


def split_glued_address(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    result: list[RawBlock] = []
    repairs = []
    for index, block in enumerate(blocks):
        found = GLUED_ADDRESS.match(block.text.strip()) if (
            index < HEAD_BLOCKS and block.kind == "text" and len(block.lines) == 1) else None
        rest = replace(block, lines=[SourceLine(block.line, found[2])]) if found else None
        if found and rest is not None and is_title_candidate(rest):
            result += [replace(block, lines=[SourceLine(block.line, found[1])], blank_after=0),
                       replace(rest, blank_before=0)]
            repairs.append(Repair("split-glued-line", block.line, block.text.strip()[:40],
                                  f"{found[1]} ⏎ {found[2]}", "An address ends at its house "
                                  "number: the line run on after it stands on its own."))
            continue
        result.append(block)
    return result, repairs


# A web page's tool bar, menus and labels, as copied with its text.
MENU_WORDS = frozenset({
    "首页", "下载", "打印", "全屏", "收藏", "关闭", "分享", "返回", "登录", "注册", "搜索",
    "导航", "加大", "还原", "减小", "正文", "手机版", "无障碍", "繁体", "简体", "微信", "微博",
    "English", "【", "】", "返回顶部", "打印本页", "关闭窗口", "扫一扫", "纠错",
    "联系我们", "关于我们", "大字号", "中字号", "小字号", "默认", "打印本文",
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
})
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
    r"索引号|主题分类|组配分类|体裁分类|服务对象|公开方式|公开范围|公开时限|有效性|主题词)\s*[：:]")


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
            button in MENU_WORDS or roles.FIELD_LINE.match(button) for button in buttons):
        return True
    # A document-sharing site's download button and price (「下载完整pdf文档」「50 金币」).
    if DOWNLOAD_BUTTON.fullmatch(line.lstrip("•·●◆■▪-* \t\u3000")):
        return True
    # Menu words in the head, above or under the title (alone, or a row of links);
    # contact fields above it.
    return simplified(line) in MENU_WORDS or is_link_bar(line) or _menu_words_only(line) or (
        above_title and bool(CONTACT_FIELD.match(line.lstrip("•·●◆■▪-* \t\u3000"))))


def _menu_words_only(line: str) -> bool:
    """「分享 微信」「微博 空间 qq」「登录 | 注册」: a row of the page's buttons, every word
    one of them."""
    words = [word for word in re.split(r"[\s|｜/]+", line) if word]
    return len(words) > 1 and all(simplified(word) in MENU_WORDS for word in words)


def is_menu_block(block: RawBlock) -> bool:
    """Several short lines, not one a sentence: a page's menu or tool bar, copied above
    the title (「我给文章打分」「新闻排行榜」「往期回顾」…). A single line there may be the
    title's kicker (引题): it is not one."""
    lines = [strip_tags(line.text).strip() for line in block.lines]
    return (block.kind == "text" and len(lines) >= 2
            and all(0 < len(line) <= TITLE_MAX for line in lines)
            and not any(ends_sentence(line) or re.search(r"[。！？；]", line)
                        for line in lines))


CRUMB_MAX = 12


def breadcrumb_blocks(blocks: list[RawBlock]) -> set[int]:
    """A breadcrumb copied one item per line: 「首页」「>」「政府信息公开」「>」「报告」 — the
    bare '>' lines and the short items on either side of them."""
    separators = {i for i, b in enumerate(blocks)
                  if re.fullmatch(r"[>»]?", strip_tags(b.text).strip()) and b.kind in (
                      "quote", "text")}
    found = set(separators)
    for index in separators:
        for near in (index - 1, index + 1):
            if 0 <= near < len(blocks) and near not in separators:
                text = blocks[near].text.strip()
                if (blocks[near].kind == "text" and len(blocks[near].lines) == 1
                        and 0 < len(text) <= CRUMB_MAX and not text.endswith(TERMINAL)
                        and not ends_sentence(text)):
                    found.add(near)
    return found if separators else set()


TOOLBAR_OPEN = re.compile(r"^【[^【】]{1,8}[：:]$")
TOOLBAR_ITEM_MAX = 4  # 「大」「中」「小」「加大」「默认」
TOOLBAR_ITEMS_MAX = 6
# The type-size switch copied without its brackets, an option a line: 「字号：」「大」「中」
# 「小」 — the label alone, then only the switch's own words (two or more of them).
SIZE_LABEL = re.compile(r"^(?:字号|字体|字体大小|文字大小|字体字号)[ \t\u3000]*[：:]$")
SIZE_OPTIONS = frozenset({"大", "中", "小", "默认", "加大", "减小", "还原", "超大", "标准",
                          "放大", "缩小", "A+", "A-", "A"})


def toolbar_blocks(blocks: list[RawBlock]) -> set[int]:
    """A tool bar in 【】 copied an item a line: 「【字体：」「大」「中」「小」「】」 — the
    label that opens the bracket, the short items, the line that closes it."""
    found: set[int] = set()
    for start, block in enumerate(blocks):
        if block.kind == "text" and SIZE_LABEL.match(simplified(block.text.strip())):
            end = start + 1
            while end < len(blocks) and blocks[end].kind == "text" \
                    and len(blocks[end].lines) == 1 \
                    and blocks[end].text.strip() in SIZE_OPTIONS:
                end += 1
            if end - start > 2:  # 「字号：」 and two options or more: the switch
                found.update(range(start, end))
                continue
        if block.kind != "text" or not TOOLBAR_OPEN.match(block.text.strip()):
            continue
        for end in range(start + 1, min(len(blocks), start + TOOLBAR_ITEMS_MAX + 2)):
            text = blocks[end].text.strip()
            if blocks[end].kind != "text" or len(blocks[end].lines) != 1:
                break
            if text == "】":
                found.update(range(start, end + 1))
                break
            if not (0 < len(text) <= TOOLBAR_ITEM_MAX) or text.endswith(TERMINAL):
                break
    return found


SUBTITLE_GAP = 6  # facts and tool-bar lines between a title and its subtitle


def _subtitle_past_facts(blocks: list[RawBlock], start: int) -> int | None:
    """The index of a subtitle (「——…」, 「（…在…上）」) after the title's fact lines and
    the page's tool bar and labels, with nothing else between; else None."""
    toolbar = toolbar_blocks(blocks[start:start + 2 * SUBTITLE_GAP])
    passed = 0
    for index in range(start, min(len(blocks), start + 2 * SUBTITLE_GAP)):
        block = blocks[index]
        text = block.text.strip()
        if block.kind == "text" and len(block.lines) == 1 and DASH_SUBTITLE.match(text) \
                and _is_subtitle_block(block):
            return index if passed else None
        if block.kind == "text" and len(block.lines) == 1 and SPEECH_DATELINE.match(text):
            return index if passed else None
        if index - start in toolbar or block.kind == "text" and all(
                is_fact_line(line.text.strip()) or is_page_furniture(
                    line.text.strip(), above_title=False) for line in block.lines):
            passed += 1
            continue
        return None
    return None


# A news site's follow-us widgets, each a QR code's label: 「某某报网 微信公众号」「官方微博」
# 「某某日报客户端」 (the name may stand on the line above the label).
FOLLOW_LABEL = re.compile(
    r"^(?:[\u4e00-\u9fff《》]{2,12}[ \t\u3000]*)?"
    r"(?:微信公众号|公众号|官方微信|官方微博|抖音号|视频号|客户端|APP|App)$")
WIDGET_LINE_MAX = 16
# A counter of the page (views, comments, shares) alone on a line under the title.
COUNTER = re.compile(r"(?!(?:19|20)\d\d$)\d{1,7}")  # a year alone (a cover's) is no counter


def is_widget_block(block: RawBlock) -> bool:
    lines = [strip_tags(line.text).strip() for line in block.lines]
    return (block.kind == "text" and 1 <= len(lines) <= 2
            and bool(FOLLOW_LABEL.match(lines[-1]))
            and all(0 < len(line) <= WIDGET_LINE_MAX and has_han(line)
                    and not re.search(r"[。！？；，、：:]", line) for line in lines))


# 「信阳日报客户端」: a newspaper's (or news site's) own app, named above its e-paper page.
APP_PUBLICATION = re.compile(
    r"^《?([\u4e00-\u9fff]{2,10}(?:日报|晚报|报|新闻网|网))》?[ \t\u3000]*客户端$")


def app_publication(block: RawBlock) -> str | None:
    """The publication a widget block's 「某某日报客户端」 line names, else None."""
    for line in block.lines:
        match = APP_PUBLICATION.match(strip_tags(line.text).strip())
        if match:
            return match[1]
    return None


def _menu_run(blocks: list[RawBlock], end: int, taken: list[int]) -> set[int]:
    """A menu copied an item a line above the title: from the text's first line, short
    lines with no sentence (what is taken already aside), one of them dropped as a menu
    word (「首页」「政务公开」「政策文件」)."""
    run = [i for i in range(end) if i not in taken]
    if not run or len(run) < 2 or not any(i in taken for i in range(end)) or not all(
            is_menu_line(blocks[i]) for i in run):
        return set()
    return set(run)


def is_menu_line(block: RawBlock) -> bool:
    """One short line with no punctuation of a sentence, and no fact (a date line is
    the page's fact, wherever it stands)."""
    text = strip_tags(block.text).strip()
    return (block.kind == "text" and len(block.lines) == 1 and 0 < len(text) <= TITLE_MAX
            and not re.search(r"[。！？；，、：:]", text) and not is_fact_line(text))


def _is_page_label(line: str) -> bool:
    """「分享：」「字体：」「首页 > 新闻 > 正文」: a web page's labels and breadcrumbs."""
    return bool(PAGE_LABELS.match(simplified(line))) or bool(re.search(r"\s[>»]\s", line)) or bool(
        re.search(r"[^\s>»]\s*(?:>>|»|＞＞)\s*[^\s>»]", line))  # 人民网>>社会>>正文


def _document_title_halves(first: RawBlock, second: RawBlock) -> bool:
    if not (is_title_candidate(first) and is_title_candidate(second)):
        return False
    joined = first.text.strip() + second.text.strip()
    return ("关于" in first.text and not DOCUMENT_TITLE.search(first.text.strip())
            and bool(DOCUMENT_TITLE.search(joined)) and len(joined) <= DOCUMENT_TITLE_MAX)


def _head_end(blocks: list[RawBlock]) -> int:
    """The index of the first body block (len(blocks) if none)."""
    return next((i for i, b in enumerate(blocks) if is_body(b)), len(blocks))


def _title_evidence(blocks: list[RawBlock], index: int, head: int) -> int:
    """How surely blocks[index] is the title, from what follows it (0: nothing)."""
    after = index + 1
    # A page's labels between the title and its facts (「索引号：…」) say nothing.
    while after < len(blocks) - 1 and after < head and blocks[after].kind == "text" and all(
            _is_page_label(line.text.strip()) for line in blocks[after].lines):
        after += 1
    # A 公文's 发文字号 (「（某政办发〔2007〕22号）」) stands between its title and its 主送
    # (GB/T 9704): the addressees under it are the title's evidence all the same.
    if after < len(blocks) - 1 and blocks[after].kind == "text" and len(
            blocks[after].lines) == 1 and is_document_number_line(blocks[after].text) and \
            roles.is_salutation(blocks[after + 1].text.strip()):
        after += 1
    following = blocks[after] if after < len(blocks) else None
    if following is None:
        return 0
    if any(CATALOGUE_LABEL.match(blocks[i].text.strip()) for i in range(index + 1, after + 1)
           if blocks[i].kind == "text" and len(blocks[i].lines) == 1):
        return 2  # 「标题」「索引号：」…: the document's catalogue under its title
    text = following.text.strip()
    if roles.is_signature_date(text) and any(
            is_body(block) and ends_sentence(block.text) for block in blocks[:index]):
        return 0  # after the text has begun, a name above a date is a 落款, no title
    if roles.is_salutation(text) and len(following.lines) == 1:
        return 2  # 「关于…的通知」 then 「各乡镇人民政府：」: a 公文's title and addressees
    if _is_subtitle_block(following) or is_fact_line(text) or (
            len(following.lines) == 1 and bare_names(text)):
        return 2
    if _document_title_halves(blocks[index], following):
        return 2
    # 「县域新闻」「第2版」 over several stories (each opening with its dateline): the
    # page's name is the title, the stories' headlines its headings.
    if (PAGE.fullmatch(text) or EPAPER_PAGE.match(text)) and sum(
            1 for block in blocks if block.kind == "text"
            and roles.opens_with_dateline(block.text)) >= 2:
        return 2
    return 1 if index + 1 == head else 0


def _speaks_of_story(blocks: list[RawBlock], index: int, title: int) -> bool:
    """blocks[index] shares character pairs with the story's opening paragraphs."""
    return _shared_pairs(blocks, index, title) >= STACK_SHARED


def _shared_pairs(blocks: list[RawBlock], index: int, title: int) -> int:
    """How many character pairs blocks[index] shares with the story's opening."""
    body = "".join(b.text for b in blocks[title + 1:] if b.kind == "text" and is_body(b))[:600]
    pairs = {body[i:i + 2] for i in range(len(body) - 1)}
    text = re.sub(r"\s", "", blocks[index].text)
    return len({text[i:i + 2] for i in range(len(text) - 1)
                if has_han(text[i]) and has_han(text[i + 1])} & pairs)


def _facts_under_title(blocks: list[RawBlock], after: int, head: int) -> bool:
    """The title's own facts follow it: past the page's labels, a block whose first line
    is a 来源/date/byline fact line (the header a web page or archive sets under the
    title), not a subtitle or an addressee."""
    while after < len(blocks) - 1 and after < head and blocks[after].kind == "text" and all(
            _is_page_label(line.text.strip()) for line in blocks[after].lines):
        after += 1
    if after >= len(blocks) or blocks[after].kind != "text":
        return False
    first = blocks[after].lines[0].text.strip()
    return bool(labelled_facts(first) or bare_facts(first) or byline_names(first))


def _dated_above_title(blocks: list[RawBlock], title: int) -> bool:
    """The line right above the title is a date line alone (a page sets its date there)."""
    if title == 0:
        return False
    block = blocks[title - 1]
    text = block.text.strip()
    return block.kind == "text" and len(block.lines) == 1 and (
        read_date(text) is not None or widget_date(text) is not None)


WRAPPING_EMPHASIS = re.compile(r"^(\*\*|__)(?P<text>.+)\1$")


def plain_title(text: str) -> str:
    """The title as text: a bold line 「**标题**」 or <strong>标题</strong> is the title."""
    text = strip_tags(text).strip()
    match = WRAPPING_EMPHASIS.match(text)
    return match["text"].strip() if match else text


NO_TITLE = "no-title"  # the doubt a text without a title line leaves


def _plain(text: str) -> str:
    """Text without markup the repairs escaped (&lt;p …&gt;) or kept (<b>)."""
    return strip_tags(re.sub(r"&lt;[^\n]*?(?:&gt;|>)", "", text)).strip()


def _head_labels(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """With the title given (a comment or the export's YAML), the head's web-page labels
    (「原标题：…」「分享：」「专栏：…」) are still furniture."""
    head = min(_head_end(blocks), HEAD_BLOCKS)
    kept, repairs = [], []
    for index, block in enumerate(blocks):
        if index < head and block.kind == "text" and all(
                _is_page_label(line.text.strip()) for line in block.lines):
            repairs.append(Repair("page-furniture", block.line, block.text[:40], "",
                                  "Dropped a web page's label from the head.", review=True))
            continue
        kept.append(block)
    return kept, repairs


def _no_title(blocks: list[RawBlock], first: RawBlock, repairs: list[Repair]) -> TitleBlock:
    """No line can be the title (the text opens with its body, a 统计公报 copied from its
    first paragraph): the title is left empty — a title the source never had would be
    printed, and its words twice — the text stays whole, and the editor is asked to write
    one into the front matter's `title:`."""
    text = _plain(first.text) or first.text.strip()
    doubt = Repair(NO_TITLE, first.line, text[:40], "title:",
                   "no title in the text: write one in `title:` (line 2 of article.md)")
    return TitleBlock("", None, line=first.line, blocks=blocks, repairs=repairs,
                      doubts=[doubt])


# A run of asterisks, rules or tildes closing a title line that opens no emphasis
# (「标题******」): a copy's decoration.
TITLE_DECORATION = re.compile(r"[ \t]*(?:\*{3,}|={3,}|~{3,}|-{4,}|_{3,})$")


# The names of a book's or report's front parts, which a copy without its cover opens
# with (「编写说明」「译者序言」「内容提要」): the part's heading, never the title.
FRONT_PARTS = frozenset({"编写说明", "编制说明", "序言", "序", "译者序言", "译者序", "译序", "自序",
                         "代序", "导言", "导语", "内容提要", "提要", "概要", "执行摘要", "报告摘要",
                         "出版说明", "说明", "凡例", "前言", "引言", "摘要"})


def is_front_part(text: str) -> bool:
    return re.sub(r"[\s\u3000]", "", simplified(_plain(text))) in FRONT_PARTS


# A repost's credit line (「本文来自读者@某某 投稿授权」「本文转载自某某公众号」「经作者授权
# 转载」): it says where the text comes from, never what it is about — no title.
REPOST_CREDIT = re.compile(
    r"^(?:本文|此文|该文|文章)(?:来自|转自|转载自|来源于|源自|经)"
    r"|^(?:转自|转载自|来源于)"
    r"|(?:投稿|转载|发布)授权$|授权(?:转载|发布|刊登)$")


def is_repost_credit(text: str) -> bool:
    return bool(REPOST_CREDIT.search(re.sub(r"[\s\u3000]", "", simplified(_plain(text)))))


# A site's tag glued before a copied title in ASCII square brackets: a blog's 「[转载]」
# 「[原创]」, a 范文 site's keyword 「[县长在县委书记]县长在…上的讲话」 (a column's name in
# 【】 is the title's own: 「【口述史40】…」).
SITE_TAG = re.compile(
    r"^\[(?P<tag>(?=[^\]]*[\u4e00-\u9fff])[^\[\]\s]{1,12})\](?=[\u4e00-\u9fff《“])")
# 「在某会上的讲话（二〇〇一年一月一日）」: a title with its date in brackets after it.
TITLE_DATE = re.compile(r"^(.{4,}?)\s*[（(]([^（）()]{6,16}日)[）)]$")
# 「共同创造美好的新世纪——二〇〇一年新年贺词」: a title and its subtitle on one line.
TITLE_DASH = re.compile(r"^(.{4,}?)(?:——|--)(.{4,})$")


def take_title_block(blocks: list[RawBlock], fields: dict[str, str], file: Path) -> TitleBlock:
    """The title (a `#` line, else inferred), the subtitle after it, and a line of bare
    names under it (the byline of a newspaper), wherever the title stands.

    Raises nothing: a text without any line gives an empty title (the caller refuses an
    article with no text).
    """
    split: list[Repair] = []
    if not any(b.kind == "heading" and b.marker == 1 and b.text.strip() for b in blocks):
        blocks, split = split_dashed_titles(blocks)
        blocks, more = split_title_run_on(blocks)
        split += more
        blocks, more = split_stacked_head(blocks)
        split += more
        blocks, more = split_glued_address(blocks)
        split += more
        blocks, more = join_broken_dateline(blocks)
        split += more
    found = find_title(blocks)
    if found is None or (fields.get("title") and (found[1] or _sections(blocks, fields))):
        blocks, labels = _head_labels(blocks)
        # No title line and none given (a text of quotes, say): no title, as for a
        # text that opens with its body.
        first = next((block for block in blocks if block.text.strip()), None)
        if not fields.get("title") and first is not None:
            return _no_title(blocks, first, split + labels)
        blocks, repeats = _given_title_repeated(blocks, fields.get("title", ""))
        return TitleBlock(fields.get("title", ""), fields.get("subtitle"), blocks=blocks,
                          repairs=split + labels + repeats)
    indices, inferred = found
    stack = headline_stack(blocks, indices[0]) if inferred and len(indices) == 1 and (
        _title_evidence(blocks, indices[0], _head_end(blocks)) == 1) else []
    if len(stack) > 1:
        indices = stack[:1]
    joiner = ""
    cover = _cover_title_lines(blocks, indices) if inferred else []
    if cover:
        indices, joiner = cover, " "
    title_blocks = [blocks[i] for i in indices]
    title_block = title_blocks[0]
    if inferred and (roles.is_part_heading(title_block.text) or is_front_part(title_block.text)
                     or title_block.kind == "text" and (
            # a headline ending in 「！」 is no sentence when its facts (来源, date) follow it
            (is_body(title_block) and not (
                exclaimed_headline(_plain(title_block.text))
                and _facts_under_title(blocks, indices[-1] + 1, len(blocks))))
            or heading_numbering(title_block.text).rank > 0
            or roles.is_bare_number(title_block.text)  # 「（一）」 alone: a section's head
            or is_issuer_line(title_block.text) or is_repost_credit(title_block.text))):
        # A numbered section head (「一、总体情况」) opening the text is no title, nor is
        # a part's name (「前言」「摘要」: a report copied without its cover opens with
        # it), nor the issuing office's name (the source, read with the facts; the doubt
        # points at the text's opening).
        opening = next((b for b in blocks if b.kind == "text" and is_body(b)), title_block) \
            if is_issuer_line(title_block.text) else title_block
        return _no_title(blocks, opening, split)
    lines = [line.text.strip() for block in title_blocks for line in block.lines]
    title = plain_title(joiner.join(lines) if inferred else title_block.text.strip())
    decoration = TITLE_DECORATION.search(title) if inferred else None
    if decoration and decoration.start() > 0:
        title = title[:decoration.start()]
        split.append(Repair(
            "title-decoration", title_block.line, decoration[0].strip(), f"title: {title}",
            "The title line ends in a run of asterisks or rules (a copy's decoration, no "
            "markup it closes): left it out of the title.", review=True))
    tag = SITE_TAG.match(title) if inferred else None
    if tag:
        title = title[tag.end():]
        split.append(Repair(
            "title-tag", title_block.line, tag[0], f"title: {title}",
            "The title line opens with a tag in square brackets, glued to the title (a "
            "site's category or keyword label: 「[转载]」「[原创]」): left it out of the title.",
            review=True))
    site = (PAGE_TITLE_SITE.match(title) or BLOG_TITLE.match(title)) if not inferred else None
    issued = ISSUER_TITLE.match(title) if inferred else None
    if issued:
        title = issued["title"].strip()
        split.append(Repair(
            "issuer-title", title_block.line, issued[0], f"title: {title}",
            f"The title line names its issuing body before a colon ({issued['site']}): took "
            "the rest as the title, the body as the source unless a 来源 line names another.",
            review=True))
    if site:
        title = site["title"].strip()
        split.append(Repair(
            "page-title-site", title_block.line, site[0], f"title: {title}",
            "The title line is a web page's title: its site (and channel) after 「_」 or "
            f"「 - 」 left out ({site['rest'].strip()}); the site is the source unless a "
            "来源 line names another.", review=True))
    subtitle = None
    found_subtitle: int | None = None  # a subtitle further down the head
    taken = list(indices)
    after = indices[-1] + 1
    following = blocks[after] if after < len(blocks) else None
    if len(stack) > 1:  # the headline's further lines are its subtitle
        subtitle = " ".join(plain_title(blocks[i].text) for i in stack[1:])
        taken += stack[1:]
        following = None
        after = stack[-1] + 1
    elif following is not None and _is_subtitle_block(following):
        subtitle = DASH_SUBTITLE.sub("", following.text.strip())
        taken.append(after)
        after += 1
    elif inferred and (later := _subtitle_past_facts(blocks, after)) is not None:
        # 「标题」「来源：…」「2026-02-03」「【字体：大 中 小】」「——…在…会议上」: a web
        # page prints its facts and tool bar between the title and the subtitle.
        subtitle = DASH_SUBTITLE.sub("", blocks[later].text.strip())
        taken.append(later)
        found_subtitle = later
    elif inferred and TITLE_DASH.match(title):
        title, subtitle = TITLE_DASH.match(title).groups()
    dated = TITLE_DATE.match(title)
    date = read_date(re.sub(r"\s", "", dated[2])) if dated else None
    if dated and date is not None:
        title = dated[1].strip()
    mark = "" if inferred else "# "
    shown = mark + " ⏎ ".join(lines) + (
        f" ⏎ {_source_form(following)}" if following is not None and after in taken else "")
    where = "from the middle of the text " if any(
        b.kind == "text" for b in blocks[:indices[0]]) else ""
    result = f"title: {title}" + (f"; subtitle: {subtitle}" if subtitle else "")
    found_block = TitleBlock(title, subtitle, line=title_block.line, date=date, repairs=split,
                             site=site["site"].strip() if site else (
                                 issued["site"] if issued else None))
    if found_subtitle is not None:
        found_block.repairs.append(Repair(
            "subtitle-past-facts", blocks[found_subtitle].line,
            blocks[found_subtitle].text.strip(), f"subtitle: {subtitle}",
            "A subtitle under the title's facts and the page's tool bar (a web page prints "
            "them between the two): took it as the subtitle.", review=True))
    if date is not None:
        found_block.repairs.append(Repair(
            "title-date", title_block.line, lines[-1], f"date: {date}",
            "The title line ends in its date in brackets (a speech's, a notice's): took "
            "it as the date."))
    if inferred:
        found_block.doubts.append(Repair(
            "title-inferred", title_block.line, shown, result,
            "no '# ' title line: took this short line before the body as the title "
            + ("(its two lines joined) " if len(lines) > 1 else "")
            + "— check it, or mark the title with '# ' and import again"))
        other = title_runner_up(blocks, taken, title)
        if other is not None:
            runner = _source_form(blocks[other]).strip()
            found_block.doubts.append(Repair(
                "title-runner-up", blocks[other].line, runner, runner,
                f"this line is as likely the title as the one taken (「{title[:30]}」): "
                "if it is the title, mark it with '# ' and import again"))
    else:
        found_block.repairs.append(Repair("title-block", title_block.line, shown, result,
                                          f"Moved the title block {where}to the front matter."))
    names_block = blocks[after] if after < len(blocks) else None
    names = bare_names(names_block.text) if (
        names_block is not None and names_block.kind == "text"
        and len(names_block.lines) == 1) else None
    if names and names_block is not None:
        found_block.authors = names
        taken.append(after)
        found_block.doubts.append(Repair(
            "byline", names_block.line, names_block.text, f"authors: [{', '.join(names)}]",
            "a line of names under the title: took it as the byline"))
    found_block.doubts += [
        Repair("extra-title", b.line, "# " + b.text, "# " + b.text,
               "a second '#' heading: kept in the text as a heading of the top level")
        for b in blocks
        if b.kind == "heading" and b.marker == 1 and b.text.strip() and b is not title_block
        and b.text.strip() != title
    ]
    for index in range(min(len(blocks), HEAD_BLOCKS)):
        if index not in taken and _with_site_name(blocks[index], title_block):
            taken.append(index)
            found_block.repairs.append(Repair(
                "repeated-title", blocks[index].line, blocks[index].text.strip(), "",
                "Dropped the page's title bar (the title and the site's name)."))
            bar = blocks[index].text.strip()
            first = bar[:-len(title_block.text.strip())]
            if found_block.site is None and bar.endswith(title_block.text.strip()) \
                    and SITE_PREFIX.match(first):
                found_block.site = re.sub(r"\s*[-_|｜—–]\s*$", "", first)  # SITE_PREFIX
                found_block.repairs.append(Repair(
                    "title-bar-site", blocks[index].line, bar, f"site: {found_block.site}",
                    "The page's title bar names its site before the title: it is the source "
                    "unless a 来源 line names another.", review=True))
        elif index not in taken and _numbered_title(blocks[index], title_block):
            taken.append(index)
            found_block.repairs.append(Repair(
                "repeated-title", blocks[index].line, blocks[index].text.strip(), "",
                "Dropped the page's title bar (the document's 发文字号, then its title)."))
        elif index not in taken and index > 0 and index - 1 not in taken \
                and _document_number_line(blocks[index]) \
                and blocks[index].text.strip() == blocks[index - 1].text.strip():
            taken.append(index)
            found_block.repairs.append(Repair(
                "repeated-number", blocks[index].line, blocks[index].text.strip(), "",
                "Dropped the 发文字号 printed twice in a row: kept once."))
    if inferred:
        head = _head_end(blocks)
        crumbs = breadcrumb_blocks(blocks[:min(head, HEAD_BLOCKS)])
        crumbs |= toolbar_blocks(blocks[:min(head, HEAD_BLOCKS)])
        # 「综合资讯」 above 「当前位置：综合资讯 > 资讯 > 正文」: the channel's name the
        # page prints again in its breadcrumb (on one line, or an item a line).
        items = {item.strip() for block in blocks[:min(head, HEAD_BLOCKS)]
                 for line in block.lines if re.search(r"\s[>»]\s", line.text) or (
                     re.search(r"\s/\s", line.text) and _is_page_label(line.text.strip()))
                 for item in re.split(r"[>»：:/]", line.text)}
        items |= {blocks[i].text.strip() for i in breadcrumb_blocks(
            blocks[:min(head, HEAD_BLOCKS)]) if len(blocks[i].text.strip()) >= 2}
        crumbs |= catalogue_blocks(blocks[:min(head, HEAD_BLOCKS)])
        widgets = {i for i in range(min(head, HEAD_BLOCKS)) if is_widget_block(blocks[i])}
        app = next((name for i in sorted(widgets) if (name := app_publication(blocks[i]))),
                   None)
        if app and found_block.site is None:
            found_block.site = app
            found_block.repairs.append(Repair(
                "app-publication", blocks[min(widgets)].line, app + "客户端", f"site: {app}",
                "The page's app widget names the publication whose page it is: it is the "
                "source unless a 来源 line names another.", review=True))
        named = PUBLICATION_PREFIX.match(title)
        if named and found_block.site is None:
            found_block.site = named["site"]
            found_block.repairs.append(Repair(
                "title-publication", title_block.line, named[0], f"site: {named['site']}",
                "The title opens with the publication's name and a bar (「某某日报丨…」, how "
                "a paper's app titles its own stories): it is the source unless a 来源 line "
                "names another; the title keeps it.", review=True))
        # The app's slogan beside its name above the title (「一端在手 信息全有」).
        widgets |= {i for i in range(indices[0]) if (i - 1 in widgets or i + 1 in widgets)
                    and is_menu_line(blocks[i])}
        for index in range(min(head, HEAD_BLOCKS)):
            block = blocks[index]
            above_title = index < indices[0]
            if index not in taken and (index in crumbs or index in widgets or (
                    not above_title and COUNTER.fullmatch(block.text.strip())) or
                    block.kind == "text" and all(
                    is_page_furniture(line.text.strip(), above_title=above_title)
                    or (above_title and line.text.strip() in items)
                    for line in block.lines)):
                taken.append(index)
                found_block.repairs.append(Repair(
                    "page-furniture", block.line, " ⏎ ".join(
                        line.text.strip() for line in block.lines)[:40], "",
                    "Dropped a web page's menu, label or breadcrumb from the head.",
                    review=True))
        # Never past where the prose begins (a 落款 taken for the title has text above).
        prose = next((i for i, b in enumerate(blocks) if b.kind == "text" and is_body(b)
                      and re.search(r"[。！？]", b.text)), len(blocks))
        menu_run = _menu_run(blocks, min(indices[0], prose), taken)
        for index in range(min(indices[0], prose)):
            block = blocks[index]
            if index not in taken and (is_menu_block(block) or index in menu_run):
                taken.append(index)
                found_block.repairs.append(Repair(
                    "page-furniture", block.line, " ⏎ ".join(
                        line.text.strip() for line in block.lines)[:40], "",
                    "Dropped a block of short lines with no sentence above the title (a web "
                    "page's menus and tool bars).", review=True))
        above = [b for i, b in enumerate(blocks[:indices[0]])
                 if i not in taken and b.kind == "text"]
        if above and _facts_under_title(blocks, indices[-1] + 1, head):
            # 「标题」「来源：州人大」「更新日期：…」: a page's own header under the title;
            # what stands above it is the site's (slogans, sidebars, notices) — but a
            # line right above that speaks of the story may be its kicker (引题): kept.
            kicker = indices[0] - 1 if indices[0] and is_menu_line(blocks[indices[0] - 1]) \
                and _speaks_of_story(blocks, indices[0] - 1, indices[-1]) else None
            for index in range(indices[0]):
                # An e-paper's issue line (date, paper, page) is the head's facts, read below.
                if index not in taken and index != kicker and not (
                        len(blocks[index].lines) == 1
                        and EPAPER_ISSUE.match(blocks[index].text.strip())):
                    taken.append(index)
                    found_block.repairs.append(Repair(
                        "furniture-above-title", blocks[index].line,
                        _source_form(blocks[index])[:40], "",
                        "Dropped the text above the title, which its facts (来源, date, "
                        "byline) follow: a web page's site furniture (slogan, sidebar, "
                        "notices).", review=True))
            above = [blocks[kicker]] if kicker is not None else []
        elif above and _dated_above_title(blocks, indices[0]):
            # 「新聞與活動」「總統府新聞」「114年01月13日」「标题」: the page's date line right
            # above the title; the short lines over it are the site's channels.
            for index in range(indices[0] - 1):
                if index not in taken and is_menu_line(blocks[index]):
                    taken.append(index)
                    found_block.repairs.append(Repair(
                        "furniture-above-title", blocks[index].line,
                        _source_form(blocks[index])[:40], "",
                        "Dropped a short line above the title's date line (the page's date "
                        "stands right above its title): the site's channel or menu.",
                        review=True))
            above = [b for i, b in enumerate(blocks[:indices[0] - 1])
                     if i not in taken and b.kind == "text"]
        if above:
            found_block.doubts.append(Repair(
                "text-above-title", above[0].line, _source_form(above[0])[:30],
                _source_form(above[0])[:30],
                "text above the inferred title was kept in the body: page furniture? "
                "delete it if so"))
    repeated = {title, "".join(lines)} | ({subtitle, _source_form(following).strip()}
                                           if indices[-1] + 1 in taken and following is not None
                                           else set())
    for index in range(min(len(blocks), HEAD_BLOCKS) - 1):
        # 「某某人民代表大会」「常务委员会…办法」: the document's own title block, under
        # the page's, broken over two lines.
        pair = blocks[index:index + 2]
        if inferred and index not in taken and index + 1 not in taken and index > indices[-1] \
                and all(b.kind == "text" and len(b.lines) == 1 for b in pair) \
                and "".join(b.text.strip() for b in pair) in repeated:
            taken += [index, index + 1]
            found_block.repairs.append(Repair(
                "repeated-title", pair[0].line,
                " ⏎ ".join(b.text.strip() for b in pair), "",
                "Dropped a repeat of the title broken over two lines (a web page shows "
                "the page's title, then the document's own)."))
    # The title again, whole, anywhere in the head (a page shows it above a photo too);
    # its short form only above the body's first paragraph (a repeated title may be a
    # heading): under it, a line like the short form is the text's own (a 落款's signer).
    body = next((i for i, b in enumerate(blocks) if b.kind != "heading" and is_body(b)),
                len(blocks))
    for index in range(min(len(blocks), HEAD_BLOCKS)):
        block = blocks[index]
        if index not in taken and (block.text.strip() in repeated or (
                index < body and block.kind == "text" and len(block.lines) == 1
                and is_short_title(block.text, title))) and (
                block.kind == "text" or (block.kind == "heading" and block.marker == 1)):
            taken.append(index)
            found_block.repairs.append(Repair(
                "repeated-title", block.line, block.text.strip(), "",
                "Dropped a repeat of the title block (a web page shows it twice)."))
            under = blocks[index + 1] if index + 1 < len(blocks) else None
            if found_block.subtitle is None and under is not None and index + 1 not in taken \
                    and index + 1 < body and _is_subtitle_block(under):
                # The page's facts between the title and its repeat: the document's own
                # title block, under them, carries the subtitle (「（2017年8月）」).
                taken.append(index + 1)
                found_block.subtitle = DASH_SUBTITLE.sub("", under.text.strip())
                found_block.repairs.append(Repair(
                    "subtitle-under-repeat", under.line, under.text.strip(),
                    f"subtitle: {found_block.subtitle}",
                    "The subtitle under the title's repeat (the document's own title "
                    "block under the page's facts): took it as the subtitle.", review=True))
    found_block.blocks = [replace(b, above_title=True) if inferred and i < indices[0] else b
                          for i, b in enumerate(blocks) if i not in taken]
    if inferred:
        found_block.blocks, found = _title_run_into_body(found_block.blocks, title_block, title)
        found_block.repairs += found
    return found_block


RUN_INTO_MIN = 6  # a title this long, repeated, is no coincidence of words


def _title_run_into_body(blocks: list[RawBlock], title_block: RawBlock, title: str
                         ) -> tuple[list[RawBlock], list[Repair]]:
    """「市政局半年工作总结」 ⏎ 「市政局半年工作总结2011年上半年，我局…」: a page copy sets the
    title again at the head of the first paragraph (its heading's text run into the
    paragraph's). The first block under the title that opens with the title and goes on
    with more text loses the repeat; a repair to review."""
    index = next((i for i, b in enumerate(blocks) if b.line > title_block.line), None)
    if index is None or len(title) < RUN_INTO_MIN:
        return blocks, []
    block = blocks[index]
    first = block.lines[0].text.strip() if block.kind == "text" and block.lines else ""
    rest = first[len(title):]
    if not first.startswith(title) or len(rest) < len(title) or not RUN_INTO_OPENING.match(
            rest) or not re.search(r"[。！？]", rest):
        return blocks, []
    lines = [SourceLine(block.lines[0].number, rest, block.lines[0].virtual,
                        block.lines[0].image), *block.lines[1:]]
    return blocks[:index] + [replace(block, lines=lines)] + blocks[index + 1:], [Repair(
        "title-run-into-text", block.line, f"{title}{rest[:8]}…", f"{rest[:8]}…",
        "The first paragraph opens with the title again, run into its text (a page "
        "copy's heading and paragraph joined): dropped the repeat.", review=True)]


def _given_title_repeated(blocks: list[RawBlock], title: str
                          ) -> tuple[list[RawBlock], list[Repair]]:
    """The front matter gave the title: a line of the head repeating it, whole or in its
    short form (a clipped page's title card), goes."""
    head = min(_head_end(blocks), HEAD_BLOCKS)
    plain = plain_title(title)
    for index, block in enumerate(blocks[:head]):
        if block.kind == "text" and len(block.lines) == 1 and plain and (
                plain_title(block.text) == plain or is_short_title(block.text, plain)):
            repairs = [Repair(
                "repeated-title", block.line, block.text.strip(), "",
                "Dropped a repeat of the title (the page's title card), whole or shortened.")]
            # The card's tag lines above the title on it (「某某 / AI TOOL NOTE」「给普通人
            # 看的…记录」): short, no sentence, no fact — the account's, not the text's.
            card = [i for i in range(index) if _card_line(blocks[i])]
            repairs += [Repair(
                "title-card", blocks[i].line, blocks[i].text.strip(), "",
                "Dropped a tag line of the page's title card (above the title repeated on "
                "it): the account's banner, not the text.", review=True) for i in card]
            return [b for i, b in enumerate(blocks) if i != index and i not in card], repairs
    return blocks, []


CARD_LINE_MAX = 40


def _card_line(block: RawBlock) -> bool:
    text = strip_tags(block.text).strip()
    return (block.kind == "text" and len(block.lines) == 1 and 0 < len(text) <= CARD_LINE_MAX
            and not re.search(r"[。！？；，、：:!?;,]", text) and not is_fact_line(text)
            and not IMAGE.search(text))


SHORT_TITLE_MIN = 8  # characters of a title's short form
SHORT_TITLE_SHARE = 0.6  # of the title's length


def is_short_title(text: str, title: str) -> bool:
    """The title's short form, as a page's title card shows it: its beginning, most of
    it, without a trailer (「某某是什么？一文读懂」 of 「某某是什么？一文读懂（附资源）」)."""
    line, whole = re.sub(r"\s+", "", text), re.sub(r"\s+", "", title)
    return (SHORT_TITLE_MIN <= len(line) < len(whole) and whole.startswith(line)
            and len(line) >= SHORT_TITLE_SHARE * len(whole))


# ---------------------------------------------------------------- the facts


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
    # the source when no 来源 line names one


def _empty_field(facts: Facts, drop: set[tuple[int, int]], where: tuple[int, int],
                 label: SourceLine) -> None:
    """「发布机构：」 among the head's fact lines with no value: the page template's field
    left empty (a second 「信息来源：」 under the first), not the text's."""
    drop.add(where)
    facts.repairs.append(Repair(
        "empty-field", label.number, label.text.strip(), "",
        "Dropped a page's field left empty among its fact lines (a label with no value, "
        "beside the 来源/date lines): the page template's, not the text's.", review=True))


SIGNATURE_BLOCKS = 6  # the 落款 date is among the article's last blocks
HEAD_BLOCK_LINES = 6  # a longer block of the head is a paragraph, not lines of facts


def take_facts(blocks: list[RawBlock], subtitle: str | None = None,
               authors: list[str] | None = None, subtitle_line: int = 1,
               date: dt.date | None = None, site: str | None = None) -> Facts:
    """Bylines, labelled 来源/时间/作者 lines, a date line, a speaker line and URL lines
    in the head of the article → front-matter facts; URL lines anywhere; else the date
    of the 落款 at the end.

    The head is the blocks before the first body block (at most HEAD_BLOCKS); a fact is
    a whole line there, alone or among the lines of a short block. The first value of
    each field wins; a second one is left in place as a doubt.
    """
    facts = Facts(authors=list(authors or []), subtitle=subtitle, account=site)
    blocks = _repost_card(blocks, facts)
    head = min(_head_end_ignoring_bylines(blocks), HEAD_BLOCKS, _signature_start(blocks))
    drop: set[tuple[int, int]] = set()  # (block, line) taken
    joined: dict[tuple[int, int], str] = {}  # a label's line with its value (FIELD_KEPT)
    pending: tuple[tuple[int, int], str, SourceLine] | None = None  # a label alone
    last_text = max((i for i, b in enumerate(blocks) if b.kind == "text"), default=0)
    previous = subtitle_line  # the source line of the head's last line read
    after_fact = False  # the head's last line read was a fact taken (or a page counter)
    label_after_fact = False  # …when the pending label was read
    other: tuple[tuple[int, int], SourceLine] | None = None  # a label of no fact alone
    for index, block in enumerate(blocks):
        clipped = index < head and quoted_facts(block)
        quoted_fact = block.kind == "quote" and index < head and len(block.lines) == 1
        if block.kind != "text" and not quoted_fact and not clipped:
            pending = other = None
            continue
        # A 信息公开 catalogue two fields a line (with its breadcrumb) is lines of facts
        # however long the block.
        catalogue = index < head and is_catalogue_block(block)
        in_head = index < head and (len(block.lines) <= HEAD_BLOCK_LINES or catalogue)
        for number, source_line in enumerate(block.lines):
            where = (index, number)
            text = source_line.text.strip()
            if clipped and CLIPPER_FIELD.match(strip_tags(text)):
                drop.add(where)
                facts.repairs.append(Repair(
                    "clipper-field", source_line.number, text, "",
                    "Dropped a clipper's own field among the facts it quotes under the title "
                    "(when it fetched the page, its tags): no fact of the article."))
                continue
            # A bare URL line between the body's paragraphs is the text's own (an address it
            # shows: 「打开的网址如下」); the article's URL stands in its head, after its last
            # paragraph (a paper's page address), or labelled (原文链接：).
            if (in_head or len(block.lines) == 1 and (
                    index < head or index >= last_text or _labelled_url(text))) \
                    and _take_url(facts, text, source_line.number):
                drop.add(where)
                continue
            if not in_head:
                if pending is not None and label_after_fact:  # the head's last field
                    _empty_field(facts, drop, pending[0], pending[2])
                    pending = None
                continue
            if pending is not None:
                (label_where, key, label) = pending
                pending = None
                run = _affiliated_names(blocks, index, number, head) if key == "authors" \
                    else []
                if run and _store(facts, key, "、".join(name for _, name, _ in run),
                                  label.number, " ⏎ ".join(
                                      [label.text.strip()] + [shown for _, _, shown in run])):
                    # 「作者：」 ⏎ 「王   某（某某大学）」 ⏎ 「李某某（某某研究院）」: the
                    # authors a line each, their institutions in brackets after them.
                    drop.update({label_where} | {at for at, _, _ in run})
                    after_fact = True
                    continue
                # 「发布机构：」 ⏎ 「信息来源：某处」: a field the template left empty, then
                # the next field — no value of the first.
                if _is_value(key, text) and not labelled_facts(text) and _store(
                        facts, key, text, label.number, f"{label.text.strip()} ⏎ {text}"):
                    drop.update({label_where, where})
                    after_fact = True
                    continue
                if label_after_fact or labelled_facts(text):
                    _empty_field(facts, drop, label_where, label)
                elif _unread_value(text):
                    # 「作者：」 ⏎ 「县融媒体中心记者」: the field's value, though not of its
                    # kind (no name): one field, kept as one line and told — a label
                    # is never printed alone.
                    whole = label.text.strip() + text
                    joined[label_where] = whole
                    drop.add(where)
                    facts.doubts.append(Repair(
                        "field-kept", label.number, f"{label.text.strip()} ⏎ {text}", whole,
                        "a page's field (its label on a line, its value on the next) whose "
                        "value is not what the label names: kept in the body as one line "
                        "— delete it if it is the page's, or put it in the front matter"))
                    after_fact = True
                    continue
            if other is not None:
                label_where, label = other
                other = None
                own = bool(PAGE_FIELD_LABELS.match(simplified(label.text.strip())))
                if _unread_value(text, han=not own) and _page_field(
                        facts, label, source_line, joined, drop, label_where, where):
                    after_fact = True
                    continue
            if in_head and _other_label(text):
                other = (where, source_line)  # its value, if any, on the next line
                continue
            taken, pending_key = _take_line(facts, text, source_line.number,
                                            own_line=source_line.number != previous)
            previous = source_line.number
            if pending_key:
                pending, label_after_fact = (where, pending_key, source_line), after_fact
            elif taken:
                drop.add(where)
            elif (len(block.lines) > 1 or after_fact) and (
                    PAGE_COUNTER.fullmatch(simplified(text)) or PAGE_WIDGET.fullmatch(text)):
                drop.add(where)  # 「访问量：」「视力保护色：」 among the 来源 and date lines
                facts.repairs.append(Repair(
                    "page-counter", source_line.number, text, "",
                    "Dropped the page's counter or reading widget among its facts (访问量, "
                    "视力保护色): no fact of the article."))
                taken = True
            elif catalogue and (is_catalogue_line(text)
                                or is_page_furniture(text, above_title=True)
                                or _repeated_facts(facts, text)):
                drop.add(where)  # the catalogue's fields that say nothing, its breadcrumb
                facts.repairs.append(Repair(
                    "catalogue-line", source_line.number, text, "",
                    "Dropped a line of the page's 信息公开 catalogue (索引号, 组配分类 …): "
                    "no fact of the article."))
                taken = True
            after_fact = bool(taken)
    if pending is not None and label_after_fact:
        _empty_field(facts, drop, pending[0], pending[2])
    elif pending is not None:
        label = pending[2]
        facts.doubts.append(Repair("label-without-value", label.number, label.text,
                                   label.text, "a label with no value after it: kept"))
    _tail_facts(facts, blocks, head, drop, joined)
    _bracket_credit(facts, blocks, drop)
    if facts.source is None and facts.account and facts.account.endswith("网"):
        # A website reposting a wire dispatch is not its publication: the agency is
        # (a newspaper printing it in its edition is; endmark.py).
        _agency_source(facts, blocks[:head + DATELINE_BLOCKS], facts.account)
    if facts.source is None and facts.account:
        facts.source = facts.account
        facts.repairs.append(Repair("front-matter-source", blocks[0].line if blocks else 1,
                                    facts.account, f"source: {facts.account}",
                                    "No 来源 line names the source: took the publisher the "
                                    "page names (the site in its title line, or the WeChat "
                                    "account of its meta line)."))
    if facts.source is None:
        _own_report_source(facts, blocks[head:head + DATELINE_BLOCKS])
    if facts.source is None:  # a wire dispatch's agency (endmark.py: AGENCY_DATELINE)
        _agency_source(facts, blocks[:head + DATELINE_BLOCKS])
    _subtitle_facts(facts, subtitle_line)
    if not facts.authors:
        _dateline_reporters(facts, blocks[head:head + DATELINE_BLOCKS])
    if facts.date is None:
        facts.date = date  # the title line's, else the 落款's
    if facts.date is None:
        _signature_date(facts, blocks)
    kept = []
    for index, block in enumerate(blocks):
        lines = [replace(line, text=joined[(index, number)]) if (index, number) in joined
                 else line for number, line in enumerate(block.lines)
                 if (index, number) not in drop]
        if lines:
            kept.append(block.with_lines(lines) if lines != block.lines else block)
    facts.blocks = kept
    return facts


UNREAD_VALUE_MAX = 30
# A law's or a report's division head (「第一章 一般规定」「第二节」「第三编」): the text's.
DIVISION_HEAD = re.compile(r"^第[一二三四五六七八九十百零〇两\d]{1,4}[章节编部篇卷条款]")
# A label alone in the head that names no fact (「所属栏目：」「发布者：」「稿件编号：」): its
# value, if any, on the next line. The page's own fields (its channel, the account that
# posted) go; any other such field stays as one line and is told (PAGE_FIELD).
# A field's label is a noun of a few characters; a clause ending in a colon (「安装方法如下：」
# 「主要内容是：」) leads into what follows it, and is no label.
OTHER_LABEL = re.compile(
    r"^(?![^：:]*(?:如下|以下|下列|包括|是|为|的|有|了))[\u4e00-\u9fff]{2,4}[ \t\u3000]*[：:]$")
PAGE_FIELD_LABELS = re.compile(
    r"^(?:所属栏目|栏目|所属分类|所属频道|频道|发布者|发布人|发布账号|录入|录入员|录入者|上传者|"
    r"上传人)[ \t\u3000]*[：:]$")


def _other_label(text: str) -> bool:
    """A label alone that names no fact and no known widget, counter or catalogue field
    (those have their own readers), nor a salutation."""
    return (bool(OTHER_LABEL.match(text)) and not labelled_facts(text)
            and not roles.is_salutation(text) and not PAGE_COUNTER.fullmatch(simplified(text))
            and not PAGE_WIDGET.fullmatch(text) and not CATALOGUE_LABEL.match(text)
            and not is_page_furniture(text, above_title=False))


def _page_field(facts: Facts, label: SourceLine, value: SourceLine,
                joined: dict[tuple[int, int], str], drop: set[tuple[int, int]],
                label_where: tuple[int, int], where: tuple[int, int]) -> bool:
    """A label of no fact alone in the head, `value` the short line under it: the pair is
    one field — the page's own (PAGE_FIELD_LABELS) dropped and named, any other kept as one
    line and told. True when the pair was handled."""
    shown = f"{label.text.strip()} ⏎ {value.text.strip()}"
    drop.add(where)
    if PAGE_FIELD_LABELS.match(simplified(label.text.strip())):
        drop.add(label_where)
        facts.repairs.append(Repair(
            "page-field", label.number, shown, "",
            "Dropped a field of the page among its facts (its channel or the account that "
            "posted it: a label on a line, its value on the next): no fact of the article."))
        return True
    joined[label_where] = label.text.strip() + value.text.strip()
    facts.doubts.append(Repair(
        "field-kept", label.number, shown, joined[label_where],
        "a field among the page's facts (its label on a line, its value on the next) that "
        "names no fact the front matter holds: kept as one line — delete it if it is the "
        "page's"))
    return True


def _unread_value(text: str, han: bool = True) -> bool:
    """A short line that can be a field's value though the facts reader cannot take it
    (「县融媒体中心记者」 under 「作者：」): no sentence, no label, no numbered head; with
    Han in it unless `han` is False (an account's login: 「admin」)."""
    return (0 < len(text) <= UNREAD_VALUE_MAX and (has_han(text) or not han)
            and not text.endswith(TERMINAL)
            and not ends_sentence(text) and not labelled_facts(text)
            and not LABEL_ALONE.match(text) and heading_numbering(text).rank == 0
            and not DIVISION_HEAD.match(text) and not roles.is_part_heading(text)
            and not is_page_furniture(text, above_title=False))


TAIL_BLOCKS = 3  # a reprint names its source in one of its last lines


def _tail_facts(facts: Facts, blocks: list[RawBlock], head: int,
                drop: set[tuple[int, int]], joined: dict[tuple[int, int], str]) -> None:
    """A reprint names its source at the end, on a line of its own: 「（来源：人民日报）」
    「《人民日报》（2024年03月05日 07版）」. Taken when the head named none; only a whole
    line of source (and date) facts in these forms counts."""
    if _credit_run(facts, blocks, head, drop, joined) or facts.source is not None:
        return
    for index in range(max(head, len(blocks) - TAIL_BLOCKS), len(blocks)):
        block = blocks[index]
        if block.kind != "text" or len(block.lines) != 1:
            continue
        text = block.text.strip()
        # Only the credit's own forms: bracketed, or the archive's 《报》（date 版） line (a
        # bare 「来源：…」 after the body may be the text's, and stays).
        bracketed = text[:1] in "（(" and text[-1:] in "）)"
        found = labelled_facts(text[1:-1]) if bracketed else (
            bare_facts(text) if PAPER_ISSUE.match(text) else None)
        if not found or {key for key, _ in found} - {"source", "date"} or not any(
                key == "source" for key, _ in found):
            continue
        if any(key == "date" and facts.date not in (None, read_date(re.sub(r"\s", "", value)))
               for key, value in found):
            continue  # another date than the head's: left as it is
        for key, value in found:
            _store(facts, key, value, block.line, text)
        drop.add((index, 0))
        return


# A news site's copy ends with the page's credits, each field alone on a line under the
# story: 「来源：三湘都市报」「作者：张三 李四」(「编辑：…」 goes as furniture). Two such lines
# or more ending the text are the page's facts, not the text's: a lone 「来源：…」 after the
# body may be the text's own, and stays (see _tail_facts).
CREDIT_KEYS = frozenset({"source", "authors", "date"})
CREDIT_RUN_MIN = 2


def _credit_line(block: RawBlock) -> bool:
    """A block that is one line of the page's credit fields (来源/作者/时间)."""
    if block.kind != "text" or len(block.lines) != 1:
        return False
    found = labelled_facts(block.text.strip())
    return bool(found) and all(key in CREDIT_KEYS and value.strip() for key, value in found)


def _credit_run(facts: Facts, blocks: list[RawBlock], head: int,
                drop: set[tuple[int, int]], joined: dict[tuple[int, int], str]) -> bool:
    """The credit lines ending the text (CREDIT_RUN_MIN or more, after the head): their
    facts taken (a repeat of the byline's names dropped as such); True when taken.
    A field may stand as the page lays it out when copied, its label alone and its value
    on the next line (「发布时间：」 ⏎ 「2024-05-09」), the page's counter among them
    (「浏览次数：」 ⏎ 「218」): FOOT_FIELDS. The page's publishing date so laid out is its
    field however alone (「更新日期：」 ⏎ 「2024-05-12」); a pair whose value is not taken
    (another date than the head's) stays as one line, told (a label is never printed alone).
    """
    fields = _foot_fields(blocks, head)
    facts_fields = [(kind, first) for kind, first, _ in fields if kind != "counter"]
    dated = len(facts_fields) == 1 and facts_fields[0][0] == "pair" and bool(
        PUBLISHED_LABEL.match(simplified(blocks[facts_fields[0][1]].text.strip())))
    if len(facts_fields) < CREDIT_RUN_MIN and not dated:
        return False
    for kind, first, last in fields:
        if kind == "counter":
            for index in range(first, last + 1):
                drop.add((index, 0))
                facts.repairs.append(Repair(
                    "page-counter", blocks[index].line, blocks[index].text.strip(), "",
                    "Dropped the page's counter among its fields under the text (浏览次数 "
                    "and its count): no fact of the article."))
            continue
        if kind == "pair":
            label, text = blocks[first].text.strip(), blocks[last].text.strip()
            key = labelled_facts(label)[0][0]
            if _store(facts, key, text, blocks[first].line, f"{label} ⏎ {text}"):
                drop.update({(first, 0), (last, 0)})
            else:
                joined[(first, 0)] = label + text
                drop.add((last, 0))
                facts.doubts.append(Repair(
                    "field-kept", blocks[first].line, f"{label} ⏎ {text}", label + text,
                    "a page's field under the text (its label on a line, its value on the "
                    "next) whose value was not taken (the front matter has another): kept as "
                    "one line — delete it if it is the page's"))
            continue
        text = blocks[first].text.strip()
        if all(_store(facts, key, value, blocks[first].line, text)
               for key, value in labelled_facts(text)):
            drop.add((first, 0))
    return True


# The page's own publishing or update date label (not a bare 时间/日期, which a notice's
# last lines may use for its event).
PUBLISHED_LABEL = re.compile(
    r"^(?:发布时间|发布日期|更新时间|更新日期|发表时间)[ \t\u3000]*[:：]$")


# FOOT_FIELDS: the page's fields under the text, as a copy lays them out: a credit line
# (「来源：某某日报」), a fact's label alone with its value on the next line, the page's
# counter (its label, its count alone under it).
def _foot_fields(blocks: list[RawBlock], head: int) -> list[tuple[str, int, int]]:
    """The fields ending the text, after the head: (kind, first block, last block), kind
    "credit", "pair" or "counter", in the text's order."""
    def line(index: int) -> str | None:
        block = blocks[index]
        return block.text.strip() if block.kind == "text" and len(block.lines) == 1 else None

    fields: list[tuple[str, int, int]] = []
    end = len(blocks)
    while end > head:
        last = line(end - 1)
        label = line(end - 2) if end - 2 >= head else None
        found = labelled_facts(label) if label and LABEL_ALONE.match(label) else None
        if last is None:
            break
        if _credit_line(blocks[end - 1]):
            fields.append(("credit", end - 1, end - 1))
            end -= 1
        elif found and len(found) == 1 and not found[0][1] and found[0][0] in CREDIT_KEYS \
                and _is_value(found[0][0], last) and not labelled_facts(last) \
                and not LABEL_ALONE.match(last):
            fields.append(("pair", end - 2, end - 1))
            end -= 2
        elif PAGE_COUNTER.fullmatch(simplified(last)) and re.search(r"\d", last):
            fields.append(("counter", end - 1, end - 1))
            end -= 1
        elif label and COUNTER.fullmatch(last) and PAGE_COUNTER.fullmatch(simplified(label)):
            fields.append(("counter", end - 2, end - 1))
            end -= 2
        else:
            break
    return fields[::-1]


def _take_url(facts: Facts, text: str, line: int) -> bool:
    if not (is_url_line(text) or _labelled_url(text)):
        return False
    url = URL.search(text)[0]
    if facts.url is None:
        facts.url = url
        facts.repairs.append(Repair("url", line, text, f"url: {url}",
                                    "Took the URL line into the front matter."))
        return True
    facts.doubts.append(Repair("url", line, text, text, "a second URL line: kept in the body"))
    return False


# WeChat reposts: 「以下文章来源于某某」 names the original publication, 「，作者张三 等」 its
# author.
REPOSTED_FROM = re.compile(r"^以下文章来源于\s*([^\s，,]{2,30})\s*(?:[，,]\s*(作者.*))?$")
# The same card where WeChat shows it in English: 「The following article is from 某某报
# Author 某某」.
REPOSTED_FROM_EN = re.compile(
    r"^The following article is from\s+([^\s，,]{2,30})(?:\s+Author\s+(\S.*))?$", re.I)
# 「作者 新京报记者」: a role, not a person's name.
ROLE_NOT_NAME = re.compile(r"(?:记者|编辑|通讯员|小编|作者|评论员)$")
REPOST_AUTHOR = re.compile(
    r"^[，,]?\s*作者\s*([\u4e00-\u9fff·]{2,5}?(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,5})*)\s*(等?)$")


def _take_line(facts: Facts, text: str, line: int, own_line: bool = True
               ) -> tuple[bool, str | None]:
    """Take the facts of one line of the head: (taken, the field of a label alone).
    `own_line`: the text stood on a source line of its own (not cut from a line holding
    the title or another fact)."""
    text = text.replace("**", "")  # a fact written bold is the same fact
    text = bar_ended_fact(text) or text  # 「2025年01月15日08:12 |」 ⏎ 「来源：…」
    english = REPOSTED_FROM_EN.match(text)
    reposted = REPOSTED_FROM.match(text) or (english and REPOSTED_FROM.match(
        f"以下文章来源于{english[1]}" + (f"，作者{english[2]}" if english[2] else "")))
    if reposted:
        author = REPOST_AUTHOR.match(reposted[2] or "")
        if author and ROLE_NOT_NAME.search(author[1]):
            author = None
        taken = _store(facts, "source", reposted[1], line, text)
        if author:
            taken = _store(facts, "authors", author[1], line, text, partial=bool(author[2]))
        return taken, None
    author = REPOST_AUTHOR.match(text)
    if author:
        return _store(facts, "authors", author[1], line, text, partial=bool(author[2])), None
    meta = wechat_meta(text)
    if meta:
        authors, account, date = meta
        if authors:
            _store(facts, "authors", "、".join(authors), line, text)
        facts.account = facts.account or account
        if date is not None:
            _store(facts, "date", date, line, text)
        facts.repairs.append(Repair(
            "wechat-meta", line, text, f"account: {account}" + (f"; date: {date}" if date else ""),
            "A WeChat article's meta line (author, account, time, place): took its facts; "
            "the account is the source unless a 来源 line names another."))
        return True, None
    header = wikisource_header(text)
    if header:
        return all([_store(facts, key, value, line, text) for key, value in header]), None
    posted = blog_meta(text)
    if posted:
        _store(facts, "authors", posted[0], line, text)
        _store(facts, "date", posted[1], line, text)
        return True, None
    found = labelled_facts(text)
    if found is not None:
        if len(found) == 1 and not found[0][1]:
            return False, found[0][0]
        stored = [_store(facts, key, value, line, text) for key, value in found]
        return any(stored), None
    if is_issuer_line(text):  # 「某市统计局」 under the title: the issuing body
        return _store(facts, "source", text, line, text), None
    names = byline_names(text)
    speaker = speaker_name(text) or speaker_before_office(text)
    if names or speaker:
        return _store(facts, "authors", "、".join(names or [speaker or ""]), line, text), None
    if read_date(text) is not None:
        return _store(facts, "date", text, line, text), None
    if widget_date(text) is not None:
        return _store(facts, "date", PAGE_WIDGET.sub("", text).strip(), line, text), None
    bare = bare_facts(text)
    if bare:
        return all([_store(facts, key, value, line, text) for key, value in bare]), None
    whole = DATE_IN_PARENS.fullmatch(text)
    if whole and not own_line and read_date(re.sub(r"\s", "", whole[1])) is not None:
        # 「某某统计公报 某县统计局 （2022年4月28日）」 on one line: the issuer's date, a fact.
        return _store(facts, "date", re.sub(r"\s", "", whole[1]), line, text), None
    # 「（二〇〇〇年十二月三十一日）」 on a line of its own under a speech's title, as
    # 「（2024年1月15日在…上）」: the speech's dateline, printed under its title — its
    # date is the date, and the line stays (it is the text's, not a page's fact line).
    dated = DATE_IN_PARENS.match(text) or SPEECH_DATELINE.match(text)
    if dated and facts.date is None and read_date(re.sub(r"\s", "", dated[1])):
        # 「（2024年1月15日在…上）」 stays as the text's dateline; its date is the date.
        facts.date = read_date(re.sub(r"\s", "", dated[1]))
        facts.repairs.append(Repair("dateline", line, text, f"date: {facts.date}",
                                    "Took the date of the dateline (the line stays)."))
    return False, None


CARD_NAME_MAX = 20
CARD_DESCRIPTION_MAX = 200


def _repost_card(blocks: list[RawBlock], facts: Facts) -> list[RawBlock]:
    """A WeChat repost's card, as every export of one copies it: the reposting account's
    name line, 「以下文章来源于 某刊，作者 某某」 (kept: its facts are read), the avatar, the
    original account's name again (often bold), a lone 「.」 and its one-paragraph
    description naming it. The name lines, the dot and the description are dropped."""
    drop: set[int] = set()
    for index, block in enumerate(blocks[:HEAD_BLOCKS]):
        found = REPOSTED_FROM.match(block.lines[0].text.strip().replace("**", "")) if (
            block.kind == "text") else None
        if not found:
            continue
        name = found[1]
        before = blocks[index - 1] if index else None
        if before is not None and before.kind == "text" and len(before.lines) == 1 \
                and len(before.text) <= CARD_NAME_MAX and not ends_sentence(before.text) \
                and has_han(before.text) and not before.text.startswith("#"):
            drop.add(index - 1)
        position = index + 1
        while position < len(blocks):
            text = strip_tags(blocks[position].text).replace("**", "").strip()
            lines = {line.text.replace("**", "").strip() for line in blocks[position].lines}
            if blocks[position].kind == "text" and IMAGE.fullmatch(text):
                position += 1
                continue
            if lines <= {name, ".", "·", f"《{name}》"} or (
                    position - 1 in drop and name in text and len(text) <= CARD_DESCRIPTION_MAX
                    and blocks[position].kind == "text" and not REPOSTED_FROM.match(text)):
                drop.add(position)
                position += 1
                if not lines <= {name, ".", "·", f"《{name}》"}:
                    break
                continue
            break
    for index in sorted(drop):
        facts.repairs.append(Repair("repost-card", blocks[index].line,
                                    blocks[index].text[:40], "",
                                    "Dropped a line of a WeChat repost's card (account "
                                    "names, its description): furniture."))
    return [block for index, block in enumerate(blocks) if index not in drop]


# 「【采访/观察者网 李泽西】」「【文/某某网专栏作者 张三】」: a site's credit in 【】 under
# the lead (after a 导言 and an intro paragraph): the role, the publication, the names.
BRACKET_CREDIT = re.compile(
    r"^【(?:文|采访|整理|编译|撰文|采写|翻译|作者|记者)[ \t\u3000]*[/／][ \t\u3000]*"
    r"(?:([\u4e00-\u9fff]{2,12}?(?:网|报|社|刊|台|杂志))(?:专栏作者|特约作者|记者|编辑)?"
    r"[ \t\u3000]+)?([\u4e00-\u9fff·]{2,5}(?:[ \t\u3000、，,]+[\u4e00-\u9fff·]{2,5})*)】$")
CREDIT_BLOCKS = 8  # the credit stands among the article's first blocks


def _bracket_credit(facts: Facts, blocks: list[RawBlock], drop: set[tuple[int, int]]) -> None:
    """A site's credit line in 【】 among the first blocks → authors (and the source)."""
    if facts.authors:
        return
    for index, block in enumerate(blocks[:CREDIT_BLOCKS]):
        if block.kind == "heading":
            return  # the sections have begun
        if len(block.lines) != 1:
            continue
        text = block.text.strip()
        credit = BRACKET_CREDIT.match(text) if block.kind == "text" else None
        if not credit:
            continue
        if credit[1]:
            _store(facts, "source", credit[1], block.line, text)
        if _store(facts, "authors", "、".join(re.split(r"[ \t\u3000、，,]+", credit[2])),
                  block.line, text):
            drop.add((index, 0))
        return


# A wire story's dateline names its reporters in parentheses:
# 「新华社北京3月5日电（记者 张三 李四）」「本报讯（记者张三、李四 通讯员王五）」.
DATELINE_REPORTERS = re.compile(
    r"^[^，。！？：:]{2,30}?(?:电|讯)\s*[（(]\s*"
    # the reporters' outlet may stand before the role (「（某某经济信息记者张三）」)
    r"(?:[\u4e00-\u9fff]{2,10}?(?=(?:见习|特约|特派)?(?:记者|通讯员)))?"
    r"((?:见习|特约|特派)?(?:记者|通讯员)[^（）()]{2,40})[）)]")
REPORTER_ROLE = re.compile(r"(?:见习|特约|特派)?(?:记者|通讯员)")
DATELINE_BLOCKS = 3  # the dateline opens the story's first paragraph


# 「中国经济网北京6月12日讯」: a publication's own report (讯, where a wire dispatch, which
# any paper may print, says 电) names the publication.
# (A Hong Kong paper's site sets it in brackets: 「【香港商報網訊】2月19日，…」.)
OWN_REPORT = re.compile(
    r"^【?(?P<name>[\u4e00-\u9fff]{2,10}?(?:网|报|台))(?:[\u4e00-\u9fff]{2,6}?)?"
    r"(?:\d{1,2}月\d{1,2}日)?讯(?=[\s（(：:】]|$)")


def _own_report_source(facts: Facts, blocks: list[RawBlock]) -> None:
    """With no 来源 line, masthead or page naming one: the publication of the own-report
    dateline opening the body is the source (the line stays)."""
    for block in blocks:
        if block.kind != "text":
            continue
        found = OWN_REPORT.match(simplified(block.text.strip()))
        if found:
            name = block.text.strip()[found.start("name"):found.end("name")]
            facts.source = name
            facts.repairs.append(Repair(
                "own-report-source", block.line, found[0], f"source: {name}",
                "The dateline is the publication's own report (「…讯」): took the publication "
                "as the source (the line stays).", review=True))
        return


def _agency_source(facts: Facts, blocks: list[RawBlock], site: str | None = None) -> None:
    """With no 来源 line, masthead, page or own report naming a publication (or only a
    website, `site`, reposting it): the agency of the wire dispatch opening the story
    (「中新社北京7月21日电」) is its source."""
    found = dateline_agency(blocks)
    if found:
        agency, number, text = found
        facts.source = agency
        why = (f"the website that reposted it ({site}) is not its publication" if site
               else "nothing else names its source")
        facts.repairs.append(Repair(
            "dateline-agency", number, text[:16], f"source: {agency}",
            f"The story is a wire dispatch (「某某社…电」) and {why}: took its agency as the "
            "source (the dateline stays); check whether the publication that printed it "
            "should be named instead.", review=True))


def _dateline_reporters(facts: Facts, blocks: list[RawBlock]) -> None:
    """The reporters of the dateline opening the body → authors (the text stays whole).
    A labelled list, not a sentence that mentions a name: nothing else is read."""
    for block in blocks:
        if block.kind != "text":
            continue
        found = DATELINE_REPORTERS.match(block.text.strip())
        if not found:
            continue
        names = split_names(REPORTER_ROLE.sub(" ", found[1]))
        if names and all(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", name) for name in names):
            facts.authors = names
            facts.repairs.append(Repair(
                "dateline-reporters", block.line, found[0], f"authors: [{', '.join(names)}]",
                "Took the reporters named in the dateline into the authors (the line stays)."))
        return


def _subtitle_facts(facts: Facts, line: int) -> None:
    """A speech's subtitle: its date, and a speaker after it (「…会议上 某省省长 赵刚」)."""
    if not facts.subtitle:
        return
    speech = SPEECH_DATELINE.match(facts.subtitle)
    if not speech:
        _broken_subtitle_date(facts, line)
        return
    if facts.date is None:
        facts.date = read_date(re.sub(r"\s", "", speech[1]))
    rest = facts.subtitle[speech.end():].strip()
    name = speaker_name(rest) if rest else None
    if name and not facts.authors:
        facts.authors = [name]
        facts.repairs.append(Repair("speaker", line, facts.subtitle, f"authors: [{name}]",
                                    "Took the speaker after the subtitle into the authors."))
        facts.subtitle = facts.subtitle[:speech.end()].strip()


# A speech's or report's subtitle whose date lost its 年 and 月 to the copy, as a 落款's
# may (roles.broken_date): 「——20211228日在市届人大常委会会议」. Read only when the digits
# split one way into a month and a day; the subtitle stays as it is, the editor is asked.
BROKEN_SUBTITLE_DATE = re.compile(r"^[（(—\-\s]*((?:19|20)\d{2}年?\d{2,4})日\s*在")


def _broken_subtitle_date(facts: Facts, line: int) -> None:
    found = BROKEN_SUBTITLE_DATE.match(facts.subtitle or "")
    reading = roles.broken_date(found[1]) if found and facts.date is None else None
    if not isinstance(reading, tuple):
        return
    try:
        facts.date = dt.date(*reading)
    except ValueError:
        return
    facts.doubts.append(Repair(
        "broken-date", line, facts.subtitle or "", f"date: {facts.date}",
        "The subtitle's date lost its 年/月 (digits run together): read it the one way its "
        "digits split into a month and a day — check it."))


def _signature_start(blocks: list[RawBlock]) -> int:
    """Where the 落款 begins: its date is the text's last line (trailers such as
    （此件公开发布） and notes aside) with a signer line above it. The head of a short
    text never reaches into it: its date stays in the signature (and is the date)."""
    lines = [(index, line.text.strip()) for index, block in enumerate(blocks)
             if block.kind == "text" for line in block.lines]
    while lines and (roles.is_trailer(lines[-1][1]) or roles.footnote_definition(lines[-1][1])):
        lines.pop()
    if len(lines) < 3 or not roles.is_signature_date(lines[-1][1]) \
            or not roles.is_signer(lines[-2][1]):
        return len(blocks)
    return lines[-2][0] if lines[-2][0] > 0 else len(blocks)


def _signature_date(facts: Facts, blocks: list[RawBlock]) -> None:
    """The date of the 落款 (a line of nothing but a date among the last blocks; or a
    date the copy broke, 「2018525」, under its signer's line, read when it reads one way)."""
    lines = [line for block in blocks[-SIGNATURE_BLOCKS:] if block.kind == "text"
             for line in block.lines]
    for index in range(len(lines) - 1, -1, -1):
        source_line = lines[index]
        # 公文 write the 落款 date in Han numerals too: 二〇〇四年一月十六日.
        text = re.sub(r"\s", "", source_line.text)
        date = read_date(text) if roles.is_signature_date(text) else None
        if date is not None:
            facts.date = date
            facts.repairs.append(Repair(
                "signature-date", source_line.number, source_line.text.strip(),
                f"date: {date}", "Took the date of the signature (落款) as the date; "
                "the line stays."))
            return
        broken = roles.broken_date(text)
        if isinstance(broken, tuple) and index and roles.is_signer(lines[index - 1].text):
            facts.date = dt.date(*broken)
            facts.repairs.append(Repair(
                "signature-date", source_line.number, source_line.text.strip(),
                f"date: {facts.date}", "Read the signature's (落款's) date, its 年月日 lost "
                "in the copy, as the date (its digits split one way only); the line stays "
                "as written.", review=True))
            return


def _labelled_url(text: str) -> bool:
    found = labelled_facts(text)
    return bool(found) and len(found) == 1 and found[0][0] == "url" and bool(found[0][1])


# An author with the institution in brackets, a line each under a 「作者：」 label alone, as
# journals and 公众号 set them (a two-character name padded to the width of three:
# 「王   某（某某大学）」).
AFFILIATED_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,3})"
                             r"[ \t\u3000]*[（(](?P<body>[^（）()]{2,40})[）)]$")


def _affiliated_names(blocks: list[RawBlock], index: int, number: int, head: int
                      ) -> list[tuple[tuple[int, int], str, str]]:
    """From blocks[index].lines[number] on, the run of 「name（institution）」 lines (across
    the head's blocks): [(where, name, line)], [] when the first is none."""
    run = []
    while index < head and blocks[index].kind == "text":
        while number < len(blocks[index].lines):
            text = blocks[index].lines[number].text.strip()
            match = AFFILIATED_NAME.match(text)
            if not match:
                return run
            run.append(((index, number), re.sub(r"[ \t\u3000]", "", match["name"]), text))
            number += 1
        index, number = index + 1, 0
    return run


def _store(facts: Facts, key: str, value: str, line: int, shown: str,
           partial: bool = False) -> bool:
    """Set a fact's field from a value; False (and a doubt) when it is already set to
    another value. The same fact again (a WeChat repost's card, then its 来源/作者 lines)
    is a repeat: True, the line is dropped. A list of names ending in 等 is completed by a
    later list that starts with it."""
    value = value.strip()
    if key == "authors":
        names = author_names(value)
        if facts.authors and facts.authors_partial and names[:len(facts.authors)] == \
                facts.authors and len(names) > len(facts.authors):
            facts.authors, facts.authors_partial = names, partial
            facts.repairs.append(Repair("front-matter-authors", line, shown,
                                        f"authors: [{', '.join(names)}]",
                                        "Completed the authors 「…等」 from a later line."))
            return True
        if facts.authors and all(name in value for name in facts.authors):
            facts.repairs.append(Repair("repeated-fact", line, shown, "",
                                        "Dropped a repeat of the byline already taken."))
            return True
        if facts.authors:
            facts.doubts.append(Repair("byline", line, shown, shown,
                                       "a second byline in the head: kept in the body"))
            return False
        facts.authors, facts.authors_partial = names, partial
        after = f"authors: [{', '.join(names)}]"
        note = "Took the byline into the front matter's authors."
    elif key == "date":
        date = read_date(value)
        if date is not None and date == facts.date:
            # the page's fields again (at its head and foot, or a date line under the
            # 发布时间 field): the same day is a repeat, as the same 来源 is
            facts.repairs.append(Repair("repeated-fact", line, shown, "",
                                        "Dropped a repeat of the date already taken."))
            return True
        if facts.date is not None or date is None:
            return False
        facts.date = date
        after = f"date: {date}"
        note = "Took the date line into the front matter's date."
    elif key == "url":
        if facts.url is not None:
            return False
        facts.url = URL.search(value)[0]
        after = f"url: {facts.url}"
        note = "Took the URL into the front matter."
    else:
        if facts.source is not None and facts.source == value.strip("《》"):
            facts.repairs.append(Repair("repeated-fact", line, shown, "",
                                        "Dropped a repeat of the 来源 already taken."))
            return True
        if facts.source is not None:
            facts.doubts.append(Repair("source", line, shown, shown,
                                       "a second 来源 line: kept in the body"))
            return False
        named = re.search(r"《([^》]{2,20})》", value)
        facts.source = named[1] if named and not value.startswith("《") else value.strip("《》")
        after = f"source: {facts.source}"
        note = "Took the 来源 line into the front matter's source."
    facts.repairs.append(Repair(f"front-matter-{key}", line, shown, after, note))
    return True


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


def _byline_names(text: str) -> list[str] | None:
    if roles.sidebar_title(text):  # 「■记者观察」 heads a sidebar: no reporter's name
        return None
    text = BYLINE_EDITOR.sub("", text)
    names = parse_byline(text)
    if names is None:
        line = text.strip().lstrip(BYLINE_MARKERS + " \t\u3000")
        if len(LABELLED_STAFF.findall(line)) >= 2:  # 「记者：张三 李四　通讯员：王五」
            names = parse_byline(LABELLED_STAFF.sub(r"\1 ", line))
        elif STAFF.match(line):
            names = parse_byline(STAFF.sub("记者", line, count=1))
        elif STAFF_RUN_ON.match(line):
            names = parse_byline(STAFF_RUN_ON.sub("记者 ", line, count=1))
    return names


def take_byline(blocks: list[RawBlock]) -> tuple[list[str], list[RawBlock], list[Repair]]:
    """The article's first byline (「## ◆文清 柴芳芳」, 「文/张三」, 「本报记者 张三 李四」).

    Only a line that is nothing but a byline counts; later bylines (of later items)
    stay in the body.
    """
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "text") or len(block.lines) != 1:
            continue
        names = byline_names(block.text)
        if names and _closes_section(blocks, index):
            return [], blocks, []  # a page's items signed at their ends: no article byline
        if names:
            repair = Repair("byline", block.line, _source_form(block),
                            f"authors: [{', '.join(names)}]",
                            "Took the byline into the front matter's authors.")
            above = [replace(blocks[index - 1], before_byline=True)] if index else []
            blocks, credit = _credit_under_byline(blocks, index)
            names, repairs = (names + credit[0], [repair, credit[1]]) if credit else (
                names, [repair])
            return names, blocks[:index - 1] + above + blocks[index + 1:] if index else \
                blocks[1:], repairs
    return _closing_byline(blocks)


# 「文 / 企劃處 林文傑」 ⏎ 「國際處 李蓮生 編輯」: under the byline, on the next line, a
# further credit — the name (after its office), then its part: 编辑, 整理, 编译, 执笔.
CREDIT_UNDER_BYLINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}[ \t\u3000]+)?([\u4e00-\u9fff·]{2,5})[ \t\u3000]+"
    r"(?:编辑|整理|编译|执笔)$")


def _credit_under_byline(blocks: list[RawBlock], index: int
                         ) -> tuple[list[RawBlock], tuple[list[str], Repair] | None]:
    """The credit line right under the byline at `index` (see above): its name, a repair,
    and the blocks without it; else the blocks and None."""
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    if below is None or below.kind != "text" or len(below.lines) != 1 \
            or below.line != blocks[index].lines[-1].number + 1:
        return blocks, None
    found = CREDIT_UNDER_BYLINE.match(simplified(below.text.strip()))
    if not found:
        return blocks, None
    name = below.text.strip()[found.start(1):found.end(1)]
    return blocks[:index + 1] + blocks[index + 2:], ([name], Repair(
        "byline-credit", below.line, below.text.strip(), f"authors: + {name}",
        "A credit under the byline, a name and its part (编辑, 整理, 编译, 执笔): took the "
        "name into the authors too.", review=True))


CLOSING_BYLINE = re.compile(r"^[（(]([^（）()]{2,40})[）)]$")


def _closing_byline(blocks: list[RawBlock]) -> tuple[list[str], list[RawBlock], list[Repair]]:
    """A newspaper story signed at its end, in brackets, on a line of its own: 「（记者 张三
    通讯员 李四）」「（本报记者 王五）」 → the authors (the line goes), when no byline heads
    the story."""
    texts = [i for i, block in enumerate(blocks) if block.kind == "text"]
    if len(texts) < 2 or len(blocks[texts[-1]].lines) != 1:
        return [], blocks, []
    last = blocks[texts[-1]]
    match = CLOSING_BYLINE.match(last.text.strip())
    names = byline_names(match[1]) if match else None
    if not names:
        return [], blocks, []
    repair = Repair("byline", last.line, last.text.strip(), f"authors: [{', '.join(names)}]",
                    "Took the byline closing the story, in brackets, into the authors.")
    return names, blocks[:texts[-1]] + blocks[texts[-1] + 1:], [repair]


SECTION_HEAD_MAX = 20


def _closes_section(blocks: list[RawBlock], index: int) -> bool:
    """A byline under the paragraphs of a section (a short unpunctuated line, then
    paragraphs each ending a sentence), with more of the page after it: it signs that
    section, as the items of a newspaper page are signed at their ends."""
    if sum(1 for block in blocks[index + 1:] if len(block.text.strip()) >= TITLE_MIN
           and not _credit_line(block)) < 2:
        return False  # at the end of the text (its page's credits may follow): the article's
    start = index - 1
    while start >= 0 and blocks[start].kind == "text" and ends_sentence(blocks[start].text):
        start -= 1
    if start < 0 or start == index - 1:
        return False
    head = strip_tags(blocks[start].text).strip()
    return (blocks[start].kind == "text" and len(blocks[start].lines) == 1
            and 0 < len(head) <= SECTION_HEAD_MAX and has_han(head)
            and not re.search(r"[。！？；，、：:]", head)
            and not roles.is_editor_note_label(head) and not is_fact_line(head))


def _head_end_ignoring_bylines(blocks: list[RawBlock]) -> int:
    """The first body block — never text kept above the inferred title (a page's
    prompts and banners, however long: the title's facts stand under it, in the head)."""
    return next((i for i, b in enumerate(blocks)
                 if is_body(b) and not b.above_title
                 and not (b.kind == "heading" and parse_byline(b.text))),
                len(blocks))


# A blog's `author:` names its writer, by name or pen name (「张三」「半撇banpie」
# 「Simonlin」), unless it names a publication or a body: then it is the source.
EXPORTED_ORGANISATION = re.compile(
    r"(?:[报网社刊台志端闻部局厅办院所馆]|财经|科技|资讯|频道|中心|协会|学会|联盟|委员会|公司|集团|"
    r"政府|编辑部)$")


# An author's e-mail address in brackets after the name (「张三(zhangsan@example.com)」):
# how to reach the author, not the name; one author listed with two addresses is one.
NAME_CONTACT = re.compile(r"[ \t]*[（(<][^（）()<>]*@[^（）()<>]*[）)>][ \t]*")


def without_contacts(names: list[str]) -> list[str]:
    kept: list[str] = []
    for name in (NAME_CONTACT.sub("", name).strip() for name in names):
        if name and name not in kept:
            kept.append(name)
    return kept


def merge_facts(comment: dict[str, str], exported: dict[str, str], facts: Facts) -> Facts:
    """The front matter's facts from three places: the fields of a top HTML comment (the
    editor's, first), the lines of the text, then a YAML front matter of the export (a
    blog's `author:` that is no person's name is the source)."""
    merged = replace(facts)
    names = without_contacts(split_names(exported.get("authors", "")))
    people = names if names and not any(EXPORTED_ORGANISATION.search(n) for n in names) else []
    if not merged.authors:
        merged.authors = split_names(comment.get("authors", "")) or people
    merged.source = comment.get("source") or facts.source or exported.get("source") or (
        "、".join(names) if names and not people else None)
    merged.url = comment.get("url") or facts.url or exported.get("url")
    if facts.date is None and exported.get("date"):
        merged.date = read_date(exported["date"])
    return merged


# A title set out letter by letter for display, one space between its characters
# (「政 府 工 作 报 告」, as a report's cover spaces it): the spaces are its layout, not
# word breaks — the title is the characters run together.
LETTERSPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){3,}$")


def quoted_document_title(title: str, line: int) -> tuple[str, list[Repair]]:
    """「《某某关于…的通知》」: a page quoting the document's name as its title — the title
    is the name, without the 《》 (a 公文's title is never set in them)."""
    inner = title.strip()[1:-1] if title.strip()[:1] == "《" and title.strip()[-1:] == "》" \
        else None
    if not inner or "《" in inner or "》" in inner or not is_document_title(inner):
        return title, []
    return inner, [Repair("quoted-title", line, title.strip(), f"title: {inner}",
                          "The title was a document's name quoted in 《》: took the name.")]


def letterspaced_title(title: str, line: int) -> tuple[str, list[Repair]]:
    """The title without its display letterspacing (see above), and the repair."""
    if not LETTERSPACED.match(title.strip()):
        return title, []
    joined = re.sub(r"[ \u3000]", "", title.strip())
    return joined, [Repair("letterspaced-title", line, title.strip(), f"title: {joined}",
                           "The title was spaced out character by character for display: "
                           "ran its characters together.")]

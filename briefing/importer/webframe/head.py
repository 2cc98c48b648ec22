"""The page's own lines round the text's head (see the package's docstring): a forum's thread
template round the first post, an e-paper's page label with its list of headlines, a title bar
running the head's lines together, a section bar of icon words, a document-sharing site's card
of the file."""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END, simplified
from briefing.importer.records import Repair
from briefing.importer.webframe.lines import HEAD_LINE_MIN, is_body_line, plain_text

# FORUM_THREAD: a forum's thread page (Discuz, the software most Chinese local forums run
# on) sets its own lines round the first post: the thread's counters 「查看: 765|回复: 0」,
# 「[复制链接]」, 「跳转到指定楼层」, 「楼主」, and the post's stamp with the reader's switches
# 「发表于 2024-8-10 16:16:54 | 只看该作者 |只看大图 |倒序浏览 |阅读模式」, its buttons to post
# (「发新帖」「免费发布」). Three of them or
# more in the head make the template certain: they are dropped, the stamp's date and time
# kept as the post's date line (read with the head's facts).
FORUM_COUNTERS = re.compile(r"^查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+$")
FORUM_BUTTONS = frozenset({"[复制链接]", "复制链接", "跳转到指定楼层", "楼主", "电梯直达",
                           "[打印]", "返回列表", "只看该作者",
                           # the forum's buttons to post (a classifieds board's 「免费发布」)
                           "发新帖", "发帖", "免费发布", "我要发布"})
FORUM_STAMP = re.compile(
    r"^发表于\s*(?P<stamp>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
    r"(?:[\s|｜]+(?:只看该作者|只看大图|回帖奖励|倒序浏览|正序浏览|阅读模式|显示全部楼层))+"
    r"[\s|｜]*$")
FORUM_MIN = 3  # distinct template lines
FORUM_HEAD = 20  # lines: the template stands round the thread's first post


def forum_thread_head(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    head = []
    for index, (_, text) in enumerate(lines[:FORUM_HEAD]):
        plain = text.strip()
        if FORUM_COUNTERS.match(plain) or plain in FORUM_BUTTONS or FORUM_STAMP.match(plain):
            head.append(index)
        elif len(plain_text(plain)) >= HEAD_LINE_MIN:  # the post's first paragraph
            break
    kinds = {"counters" if FORUM_COUNTERS.match(lines[i][1].strip()) else
             "stamp" if FORUM_STAMP.match(lines[i][1].strip()) else lines[i][1].strip()
             for i in head}
    if len(kinds) < FORUM_MIN:
        return lines
    kept = []
    for index, (number, text) in enumerate(lines):
        if index not in head:
            kept.append((number, text))
            continue
        stamp = FORUM_STAMP.match(text.strip())
        if stamp:
            kept.append((number, stamp["stamp"]))  # the post's date, a line of facts
        repairs.append(Repair(
            "forum-template", number, text.strip()[:40], stamp["stamp"] if stamp else "",
            "Dropped the forum's thread template round the first post (counters, 复制链接, "
            "楼主, the reader's switches)" + (": kept the post's time stamp" if stamp else "")
            + ".", review=True))
    return kept


# EPAPER_CONTENTS: an e-paper's page copied whole opens with its page label (「第01版：要闻」)
# and the list of the page's headlines, then its navigation (「返回主页 | 某某日报 | 版面
#导航」「上一期 下一期」), then the story shown — whose headline repeats one line of the
# list. A reader takes the list and the navigation for the page's, and the story from the
# repeated headline on. Only when the head holds nothing but short lines ending no sentence
# up to that repeat, and the list names several stories: the lines between the label and
# the repeated headline are dropped, and the label with them.
EPAPER_LABEL = re.compile(r"^第\s*\d{1,3}\s*版\s*[：:]")
# An e-paper's page label alone on its line (「01版：要 闻」「第3版:国际」): its menu of pages.
EPAPER_PAGE_LABEL = re.compile(
    # (a paper's page may carry its section's letter: 「第A05版:崇川在线」)
    r"^第?[ \t\u3000]*[A-Z]?\d{1,3}[ \t\u3000]*版[ \t\u3000]*[：:][ \t\u3000]*"
    r"[\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{0,9}$")
EPAPER_LIST_MIN = 3  # headlines of the page before the story's
EPAPER_LINE_MAX = 40  # a headline's or a navigation line's characters


def epaper_contents(lines: list[tuple[int, str]], repairs: list[Repair]
                     ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines)
              if text.strip() and not text.lstrip().startswith("<!--")]
    if not filled or not EPAPER_LABEL.match(lines[filled[0]][1].strip()):
        return lines
    seen: list[str] = []
    for i in filled[1:]:
        text = lines[i][1].strip()
        if len(text) > EPAPER_LINE_MAX or text[-1] in SENTENCE_END:
            return lines  # the body (or a sentence) before any repeat: no page list
        if text in seen:
            if len(seen) < EPAPER_LIST_MIN or seen[-1] == text:
                return lines  # a title shown twice in a row is no page list
            start = filled[0]
            dropped = [(n, t.strip()) for n, t in lines[start:i] if t.strip()]
            for index, (number, line) in enumerate(dropped):
                repairs.append(Repair(
                    "epaper-contents", number, line, "",
                    f"Dropped the e-paper page's label, headline list and navigation "
                    f"({len(dropped)} short lines from 「{dropped[0][1]}」 on): the story's "
                    f"headline 「{text}」 repeats one of them — check the story starts there.",
                    review=index == 0))
            return lines[:start] + lines[i:]
        seen.append(text)
    return lines


# PORTAL_HEAD: a news portal's page copied whole opens with the site's own lines — its name,
# its menus, the headlines of its other stories, a short line each and none a sentence — then
# the story's headline over its time stamp, a date and a clock time alone on their line
# (「2015-12-29 04:04」), then the story. A stamp with its clock time is the page's, set
# under the story's headline; when nothing but such short lines stand before that headline,
# and as many as a page's lists hold, they are the page's and are dropped for review.
PORTAL_STAMP = re.compile(
    r"^\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?$")
PORTAL_LIST_MIN = 8  # the page's short lines before the story's headline
PORTAL_HEAD_MAX = 120  # lines: the stamp stands in the page's head


def portal_head(lines: list[tuple[int, str]], repairs: list[Repair]
                ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines)
              if text.strip() and not text.lstrip().startswith("<!--")]
    at = None  # the stamp's place among the filled lines
    for place, index in enumerate(filled[:PORTAL_HEAD_MAX]):
        text = lines[index][1].strip()
        if PORTAL_STAMP.match(text):
            at = place
            break
        if len(text) > EPAPER_LINE_MAX or text[-1] in SENTENCE_END:
            return lines  # a sentence before any stamp: the head is the text's own
    if at is None:
        return lines
    if at - 1 < PORTAL_LIST_MIN or at + 1 >= len(filled) \
            or not is_body_line(lines[filled[at + 1]][1]):
        return lines
    headline = filled[at - 1]
    dropped = [(n, t.strip()) for n, t in lines[:headline] if t.strip()]
    for index, (number, line) in enumerate(dropped):
        repairs.append(Repair(
            "portal-head", number, line, "",
            f"Dropped the news portal's own lines before the story ({len(dropped)} short "
            f"lines from 「{dropped[0][1]}」 on: its name, menus and other headlines): the "
            f"story's headline 「{lines[headline][1].strip()}」 stands over its time stamp "
            f"— check the story starts there.", review=index == 0))
    return lines[headline:]


# DATE_WIDGET: a site's header shows today's date — the day the page was saved, not the
# story's —, its weekday on the line under it and often the weather (「2020年 10月 30日」
# ⏎ 「星期五」 ⏎ 「| 氣 溫 : 24 度」). Such a date over a weekday alone, among the page's
# first lines, is the header's: dropped, with the weekday and the weather line.
WEEKDAY_ALONE = re.compile(r"^[（(]?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天][）)]?$")
WEATHER_LINE = re.compile(r"^[|｜\s]*(?:气\s*温|氣\s*溫|天气|天氣)\s*[:：]")
WIDGET_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
DATE_WIDGET_HEAD = 6  # lines: the header's


# …or the date and its weekday on one line, the page's first (「2023年03月29日 星期三」), when a
# labelled field under it (「发布日期:2020-04-23」) gives the story's own, another date.
DATE_WITH_WEEKDAY = re.compile(r"^(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-./]\d{1,2}[-./]\d{1,2})"
                               r"[ \t\u3000]*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]$")
PUBLISHED_FIELD = re.compile(r"^(?:发布日期|发布时间|發佈日期|發布日期|发表时间|日期|时间)"
                             r"[ \t\u3000]*[:：][ \t\u3000]*"
                             r"(?P<date>\d{4}[-./年]\d{1,2}[-./月]\d{1,2})")


def _same_day(one: str, other: str) -> bool:
    return [int(n) for n in re.findall(r"\d+", one)[:3]] == [
        int(n) for n in re.findall(r"\d+", other)[:3]]


def date_widget(lines: list[tuple[int, str]], repairs: list[Repair]
                ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()][:DATE_WIDGET_HEAD]
    first = DATE_WITH_WEEKDAY.match(lines[filled[0]][1].strip()) if filled else None
    published = next((found for i in filled[1:]
                      if (found := PUBLISHED_FIELD.match(lines[i][1].strip()))), None)
    if first and published and not _same_day(first["date"], published["date"]):
        repairs.append(Repair(
            "date-widget", lines[filled[0]][0], lines[filled[0]][1].strip(), "",
            "Dropped the site header's date of the day with its weekday (the day the page "
            "was saved: the page's 发布日期 gives the story's).", review=True))
        return [line for i, line in enumerate(lines) if i != filled[0]]
    for at, index in enumerate(filled[:-1]):
        text = lines[index][1].strip()
        if not WIDGET_DATE.fullmatch(re.sub(r"\s", "", text)) or not WEEKDAY_ALONE.match(
                lines[filled[at + 1]][1].strip()):
            continue
        drop = {index, filled[at + 1]}
        if at + 2 < len(filled) and WEATHER_LINE.match(lines[filled[at + 2]][1].strip()):
            drop.add(filled[at + 2])
        repairs.append(Repair(
            "date-widget", lines[index][0], text, "",
            "Dropped the site header's date of the day with its weekday (the day the page "
            "was saved, not the story's date).", review=True))
        return [line for i, line in enumerate(lines) if i not in drop]
    return lines


# EPAPER_PAGE_MENU: an e-paper's story page copied whole opens with its menu of the issue's
# pages, a label a line (「01版：要 闻」 ⏎ 「02版：要 闻」 …): the page's, dropped before the
# head is read (a label elsewhere goes as a furniture line).
EPAPER_MENU_MIN = 2


def epaper_page_menu(lines: list[tuple[int, str]], repairs: list[Repair]
                     ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines)
              if text.strip() and not text.lstrip().startswith("<!--")]
    menu = 0
    while menu < len(filled) and EPAPER_PAGE_LABEL.match(lines[filled[menu]][1].strip()):
        menu += 1
    if menu < EPAPER_MENU_MIN:
        return lines
    first, last = filled[0], filled[menu - 1]
    repairs.append(Repair(
        "epaper-menu", lines[first][0], lines[first][1].strip(), "",
        f"Dropped the e-paper's menu of pages ({menu} page labels from "
        f"「{lines[first][1].strip()}」 on): the issue's, not the story's.", review=False))
    return lines[:first] + lines[last + 1:]


# HEAD_QR_CALLS: a news site sets its QR codes' calls either side of the headline
# (「掃描二維碼訪問中評網移動版 标题 掃描二維碼訪問中評社微信」), copied onto its line: the
# calls go, the headline stays. Only in the head, only the call's own words (scan the code
# to reach the site's mobile edition, app or WeChat account).
QR_CALL = re.compile(
    r"[ \t\u3000]*(?:扫描|扫|长按)?二维码(?:访问|关注|下载|进入|打开)"
    r"[\u4e00-\u9fffA-Za-z]{0,10}?(?:移动版|手机版|微信|客户端|APP|App|app|公众号)[ \t\u3000]*")
HEAD_QR_LINES = 8  # filled lines from the top


def head_qr_calls(lines: list[tuple[int, str]], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    result = list(lines)
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()][:HEAD_QR_LINES]
    for i in filled:
        number, text = lines[i]
        calls = list(QR_CALL.finditer(simplified(text)))
        kept = "".join(text[a:b] for a, b in zip(
            [0, *(c.end() for c in calls)], [*(c.start() for c in calls), len(text)],
            strict=True))
        if not calls or not kept.strip():
            continue  # (a call alone on its line is a furniture line's business)
        repairs.append(Repair(
            "qr-call", number, text.strip()[:40], kept.strip()[:40],
            "Dropped the site's calls to scan its QR codes set beside the headline "
            "(「扫描二维码访问…」): the page's, not the story's."))
        result[i] = (number, " ".join(kept.split()))
    return result


# LISTED_HEADLINE: an e-paper's story page copied whole shows the page's headlines run
# together on a line (「中国妇女报两会特刊 “部长通道”彰显… 郭乃硕代表：…」), its date picker,
# its rating widget and its notices, then the story picked — its headline again, alone on
# its line, over the story. A short line that stands, set apart by spaces, among other
# words on an earlier line of the head, with the running text right under it, is that
# headline: what is above it is the page's, dropped for review.
LISTED_HEAD_LINES = 40  # filled lines from the top
LISTED_HEADLINE_MIN, LISTED_HEADLINE_MAX = 6, 40
BODY_AFTER_HEADLINE = 4  # filled lines under the headline where the running text starts


# a field, words set apart, a document's number: no headline
NO_HEADLINE = re.compile(r"[\s:：]|[〔\[［【]\d{4}[〕\]］】]")
HEADLINE_LIST_MIN = 3  # headlines on the line
HEADLINE_ITEM_MIN = 4  # characters of each


def _headline_list(text: str) -> bool:
    items = text.split()
    return len(items) >= HEADLINE_LIST_MIN and all(len(item) >= HEADLINE_ITEM_MIN
                                                   for item in items)


def listed_headline(lines: list[tuple[int, str]], repairs: list[Repair]
                    ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines)
              if text.strip() and not text.lstrip().startswith("<!--")][:LISTED_HEAD_LINES]
    for at, i in enumerate(filled):
        headline = plain_text(lines[i][1]).strip()
        if not LISTED_HEADLINE_MIN <= len(headline) <= LISTED_HEADLINE_MAX \
                or len(re.findall(r"[\u4e00-\u9fff]", headline)) < LISTED_HEADLINE_MIN \
                or headline[-1] in SENTENCE_END or is_body_line(headline) \
                or NO_HEADLINE.search(headline):
            continue
        listed = re.compile(rf"(?:^|[ \t\u3000]){re.escape(headline)}(?:[ \t\u3000]|$)")
        lists = [j for j in filled[:at] if listed.search(plain_text(lines[j][1]).strip())
                 and _headline_list(plain_text(lines[j][1]).strip())]
        under = [plain_text(lines[j][1]) for j in filled[at + 1:at + 1 + BODY_AFTER_HEADLINE]]
        if not lists or not any(is_body_line(text) for text in under):
            continue
        first = filled[0]
        repairs.append(Repair(
            "listed-headline", lines[first][0], plain_text(lines[first][1]).strip()[:40], "",
            f"Dropped the page's head above the story ({at} lines): the story's headline "
            f"「{headline}」 stands among the page's headlines listed on line "
            f"{lines[lists[0]][0]} — check the story starts there.", review=True))
        return lines[:first] + lines[i:]
    return lines


# JOINED_TITLE_BAR: a page copied whole opens with its title bar, which joins the head's
# lines into one (「在…上的讲话用心用爱用功答好"强县之问"以…新局面(2019年3月31日)」 over
# 「在…上的讲话」「用心用爱用功答好“强县之问”」「以…新局面」「（2019年3月31日）」): a first
# line that is, character for character (spaces, quote and bracket forms aside), the next
# lines run together is their repeat — dropped, the lines themselves read as the head.
TITLE_BAR_LINES = (2, 5)  # how many head lines a bar may join
EXCERPT_LINES = 3  # head lines an excerpt must open with (the text's opening after them)


def _bar_form(text: str) -> str:
    text = re.sub(r"[\s\u3000\"'“”‘’「」『』]", "", plain_text(text))
    return text.translate(str.maketrans("（）：，", "():,"))


def joined_title_bar(lines: list[tuple[int, str]], repairs: list[Repair]
                      ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines)
              if text.strip() and not text.lstrip().startswith("<!--")]
    if len(filled) < 3:
        return lines
    bar = _bar_form(lines[filled[0]][1])
    low, high = TITLE_BAR_LINES
    joined = 0  # how many head lines the bar opens with, run together
    for count in range(1, min(high, len(filled) - 1) + 1):
        parts = [_bar_form(lines[i][1]) for i in filled[1:count + 1]]
        if len(parts[-1]) < 2 or not bar.startswith("".join(parts)):
            break
        joined = count
        if "".join(parts) == bar:
            break
    # The bar is the lines run together, or opens with at least EXCERPT_LINES of them (the
    # page's excerpt: its title bar, then the text's first words, cut off).
    whole = joined >= low and "".join(
        _bar_form(lines[i][1]) for i in filled[1:joined + 1]) == bar
    if not (whole or joined >= EXCERPT_LINES):
        return lines
    number, text = lines[filled[0]]
    repairs.append(Repair(
        "title-bar", number, text.strip()[:40], "",
        f"Dropped the page's title bar{'' if whole else ' and excerpt'}: it runs the "
        f"{joined} head lines under it together (the same characters)"
        + ("" if whole else ", then the text's opening words") + "; the lines themselves "
        "are read as the title block.", review=True))
    return lines[:filled[0]] + lines[filled[0] + 1:]


# ICON_SECTION_BAR: a page's section bar copied as text, an item a line, each item's name
# between its icon's alt words (「news  本部新聞 news」「news  訊息公告 news」…): three or
# more lines in a row made of one short name and the same Latin word around it (or before
# it) are the page's menu, no text of the article. Dropped for review.
ICON_ITEM = re.compile(r"^(?P<icon>[A-Za-z]{2,12})[ \t\u3000]+(?P<name>[^\s。！？，；：:]{2,10})"
                       r"(?:[ \t\u3000]+(?P=icon))?$")
ICON_BAR_MIN = 3


def icon_section_bar(lines: list[tuple[int, str]], repairs: list[Repair]
                      ) -> list[tuple[int, str]]:
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        run, icon = [], None
        at = index
        while at < len(lines):
            found = ICON_ITEM.match(lines[at][1].strip())
            if not found or (icon is not None and found["icon"] != icon) \
                    or not re.search(r"[\u4e00-\u9fff]", found["name"]):
                break
            icon = found["icon"]
            run.append(at)
            at += 1
        if len(run) >= ICON_BAR_MIN:
            drop.update(run)
            shown = " ⏎ ".join(lines[i][1].strip() for i in run)
            repairs.append(Repair(
                "section-bar", lines[run[0]][0], shown[:60], "",
                f"Dropped the page's section bar ({len(run)} lines, each a section's name "
                f"with its icon's word 「{icon}」): the page's menu, not the article's text.",
                review=True))
        index = max(at, index + 1)
    # A blank line in the bar's place: the lines above and below it stood apart.
    return [(number, "") if i in drop else (number, text)
            for i, (number, text) in enumerate(lines)]


# FILE_CARD: a document-sharing site shows the file's card with the text it previews — 「文档
# 编号：5043956」「上传时间：2022-12-12」「格式：DOCX」「页数：9」「大小：24.26KB」, a field a line
# (a list's items, as the page sets them): the fields of a file, none of the text it holds.
# Two or more such lines in a row, one of them the file's format, pages or size: the card.
FILE_FIELD = re.compile(
    r"^(?:[-•·*+][ \t]*)?(?P<label>文档编号|文档ID|文档页数|页数|文件大小|大小"
    r"|文档格式|文件格式|格式|上传时间|上传者|上传人|上传用户|下载次数|下载积分"
    r"|贡献者|文档分类|浏览次数)[ \t\u3000]*"
    r"[：:][ \t\u3000]*[^\s。，；！？]{0,30}$")
FILE_PROPERTY = frozenset({"文档页数", "页数", "文件大小", "大小", "文档格式", "文件格式", "格式"})
# …or its values alone, as a mobile page lists them: 「- 2021-04-15 发布 |」 ⏎ 「- 37.5 KB |」 ⏎
# 「- 11页」 (the size or the pages among them).
FILE_VALUE = re.compile(
    r"^(?:[-•·*+][ \t]*)?(?:(?P<property>\d+(?:\.\d+)?[ \t]*(?:KB|MB|GB)|\d{1,4}[ \t]*页)"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]*(?:发布|上传)|\d+[ \t]*(?:次)?(?:下载|浏览|阅读))"
    r"[ \t\u3000]*[|｜]?$", re.I)
FILE_CARD_MIN = 2


def _file_field(line: str) -> str:
    """The card's field a line gives: its label, or for a value alone 页数/大小 (or 其他)."""
    labelled = FILE_FIELD.match(line)
    if labelled:
        return labelled["label"]
    value = FILE_VALUE.match(line)
    if value and value["property"]:
        return "页数" if value["property"].endswith("页") else "大小"
    return "其他"


def file_card(lines: list[tuple[int, str]], repairs: list[Repair]) -> list[tuple[int, str]]:
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and (FILE_FIELD.match(lines[end][1].strip())
                                    or FILE_VALUE.match(lines[end][1].strip())):
            end += 1
        labels = {_file_field(lines[i][1].strip()) for i in range(index, end)}
        labelled = any(FILE_FIELD.match(lines[i][1].strip()) for i in range(index, end))
        # (values alone: two kinds of them at least — 「1M」「2M」「3M」 are a table's heads)
        if end - index >= FILE_CARD_MIN and labels & FILE_PROPERTY and (
                labelled or len(labels) >= FILE_CARD_MIN):
            run = [(n, t.strip()) for n, t in lines[index:end]]
            drop.update(range(index, end))
            repairs.append(Repair(
                "file-card", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
                f"Dropped a document-sharing site's card of the file ({len(run)} fields: "
                f"{'、'.join(sorted(labels))}): the file's, not the text's.", review=True))
        index = max(end, index + 1)
    return [line for i, line in enumerate(lines) if i not in drop]

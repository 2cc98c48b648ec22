"""A web page's frame around the article: the lines a page, a platform or an editor's layout
template sets around every text, copied or exported with it. Before the lines are read: a
WeChat page's template and an account's promotion at its head and end (`page_frame`), a
clipper's excerpt and an opening notice, a layout template's ornament and section numbers
(`template_sections`). On the blocks: `web_furniture` drops a site's template lines —
责任编辑, 上一篇/下一篇, jump lines, 「pagebreak」, app promotions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from briefing.importer.chars import SENTENCE_END, simplified
from briefing.importer.govpage import (
    closing_catalogue,
    closing_feedback_form,
    lost_padding,
    spaced_labels,
)
from briefing.importer.layout import Cleaned
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.roles import is_caption_text

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


# ACCOUNT_END: an account closes its post with an ornament around 「END」 (「····END····」
# 「- END -」「—THE END—」) and heads its list of other posts 「推荐阅读」「往期推荐」 — as a
# heading, as the Markdown export sets it: lines of the account's frame, not the author's.
END_ORNAMENT = re.compile(r"^[^\w\u4e00-\u9fff]*(?:THE\s+)?END[^\w\u4e00-\u9fff]*$", re.I)
RECOMMENDATION_LABEL = re.compile(
    r"^(?:推荐阅读|往期推荐|往期回顾|精彩推荐|热门推荐|往期精选|精选推荐)$")


def _is_frame_line(text: str) -> bool:
    """Blank, an image alone, a link alone (an account's list of its other posts), or a
    short line that ends no sentence — a list's label (「精选文章：」) among them; the
    account's END ornament and its list's heading (ACCOUNT_END)."""
    plain = _plain(text)
    if plain and (END_ORNAMENT.match(plain) or RECOMMENDATION_LABEL.match(plain)):
        return True
    return (not plain or bool(IMAGE_ONLY.match(text)) or _link_only(text)
            or (len(plain) <= FRAME_LINE_MAX and plain[-1] not in SENTENCE_END
                and (not FIELD_LINE.match(plain) or LIST_LABEL.match(plain))
                and not text.lstrip().startswith("#")))


# A Markdown link alone on its line (a heading's mark and a closing mark aside): the title
# of another post, as an account lists them under its article.
LINK_ONLY = re.compile(  # a list's bullet before it (「•   [某某合集](…)」) or none
    r"^\s*#*\s*(?:(?:[•·●◆■▪\-*+][ \t\u3000]*)?\[[^\]]*\]\([^)\s]+\)\s*)+[？?！!。]?\s*$")
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
    lines = _closing_paywall(lines, repairs)
    lines = _hidden_text_marks(lines, repairs)
    lines = _app_download(lines, repairs)
    lines = _style_rules(lines, repairs)
    lines = _forum_thread_head(lines, repairs)
    lines = _epaper_contents(lines, repairs)
    lines = _joined_title_bar(lines, repairs)
    lines = _icon_section_bar(lines, repairs)
    lines = _file_card(lines, repairs)
    lines = closing_feedback_form(lines, repairs)
    lines = closing_catalogue(lines, fields, repairs)
    lines = lost_padding(lines, repairs)
    lines = spaced_labels(lines, repairs)
    lines = _closing_furniture(lines, repairs)
    lines = _closing_promotion(lines, repairs)
    lines = _head_promotion(lines, fields, repairs)
    lines = _closing_source(lines, fields, repairs)
    return lines, repairs


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


def _forum_thread_head(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    head = []
    for index, (_, text) in enumerate(lines[:FORUM_HEAD]):
        plain = text.strip()
        if FORUM_COUNTERS.match(plain) or plain in FORUM_BUTTONS or FORUM_STAMP.match(plain):
            head.append(index)
        elif len(_plain(plain)) >= HEAD_LINE_MIN:  # the post's first paragraph
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
EPAPER_LIST_MIN = 3  # headlines of the page before the story's
EPAPER_LINE_MAX = 40  # a headline's or a navigation line's characters


def _epaper_contents(lines: list[tuple[int, str]], repairs: list[Repair]
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


# JOINED_TITLE_BAR: a page copied whole opens with its title bar, which joins the head's
# lines into one (「在…上的讲话用心用爱用功答好"强县之问"以…新局面(2019年3月31日)」 over
# 「在…上的讲话」「用心用爱用功答好“强县之问”」「以…新局面」「（2019年3月31日）」): a first
# line that is, character for character (spaces, quote and bracket forms aside), the next
# lines run together is their repeat — dropped, the lines themselves read as the head.
TITLE_BAR_LINES = (2, 5)  # how many head lines a bar may join
EXCERPT_LINES = 3  # head lines an excerpt must open with (the text's opening after them)


def _bar_form(text: str) -> str:
    text = re.sub(r"[\s\u3000\"'“”‘’「」『』]", "", _plain(text))
    return text.translate(str.maketrans("（）：，", "():,"))


def _joined_title_bar(lines: list[tuple[int, str]], repairs: list[Repair]
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


def _icon_section_bar(lines: list[tuple[int, str]], repairs: list[Repair]
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
FILE_CARD_MIN = 2


def _file_card(lines: list[tuple[int, str]], repairs: list[Repair]) -> list[tuple[int, str]]:
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and FILE_FIELD.match(lines[end][1].strip()):
            end += 1
        labels = {FILE_FIELD.match(lines[i][1].strip())["label"] for i in range(index, end)}
        if end - index >= FILE_CARD_MIN and labels & FILE_PROPERTY:
            run = [(n, t.strip()) for n, t in lines[index:end]]
            drop.update(range(index, end))
            repairs.append(Repair(
                "file-card", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
                f"Dropped a document-sharing site's card of the file ({len(run)} fields: "
                f"{'、'.join(sorted(labels))}): the file's, not the text's.", review=True))
        index = max(end, index + 1)
    return [line for i, line in enumerate(lines) if i not in drop]


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


# A content site's (a 范文 site's) paywall and tip jar under the part of the text it shows:
# 「阅读全文」, the call to log in or pay for the rest, the call to tip (赞赏/打赏) and its
# amounts (「¥8.88」), 「查看更多>>」, 「分享：」. Each line of the run is such a line.
PAYWALL_LINE = re.compile(
    r"全文共\s*\d+\s*字[^。！？]{0,6}(?:当前|仅|只)?显示\s*\d+\s*字"
    # the site's bracketed pointer to its notice under the cut: 「（请认真阅读下面的提示信息）」
    r"|^[（(]请[^（）()]{0,16}(?:提示|说明|须知)[^（）()]{0,4}[）)]$|"
    r"阅读全文|查看更多|试读(?:已)?结束|开通(?:VIP|会员)|(?:登陆|登录|会员|付费).{0,10}(?:阅读|查看|全文|内容)"
    r"|(?:阅读|查看|下载).{0,16}(?:登陆|登录|会员|付费|VIP)|赞赏|打赏|赏赞"
    r"|^[¥￥]\s*\d+(?:\.\d+)?$|^(?:分享|分享到)\s*[:：]?$")
PAYWALL_CALLS_MIN = 2  # distinct lines of the run that are calls, not amounts or labels
# A call to log in or pay to read the rest is the site's on its own (「（阅读全部图文内容，
# 您需要先登录！）」): no text says so of itself.
# A document-sharing site's preview ends so too: 「试读结束，开通会员文档无限下载使用」.
LOGIN_TO_READ = re.compile(
    # A site that shows only the first part says how much: 「（未完，全文共1662字，当前显示
    # 422字）」 — the rest of the text is not in the copy.
    r"全文共\s*\d+\s*字[^。！？]{0,6}(?:当前|仅|只)?显示\s*\d+\s*字|"
    r"试读(?:已)?结束|开通(?:VIP|会员)|(?:阅读|查看|下载).{0,16}(?:登陆|登录|会员|付费|VIP)|(?:登陆|登录|会员|付费).{0,10}"
    r"(?:阅读|查看|全文|内容)")
PAYWALL_LINE_MAX = 30


def _closing_paywall(lines: list[tuple[int, str]], repairs: list[Repair]
                     ) -> list[tuple[int, str]]:
    start = len(lines)
    while start > 0 and (not lines[start - 1][1].strip() or (
            len(lines[start - 1][1].strip()) <= PAYWALL_LINE_MAX
            and PAYWALL_LINE.search(lines[start - 1][1].strip()))):
        start -= 1
    run = [(n, t.strip()) for n, t in lines[start:] if t.strip()]
    calls = [t for _, t in run if re.search(r"[\u4e00-\u9fff]{2}", t)
             and not re.match(r"^(?:分享|分享到)\s*[:：]?$", t)]
    if (len(calls) < PAYWALL_CALLS_MIN and not any(LOGIN_TO_READ.search(t) for t in calls)) \
            or not any(_is_body_line(t) for _, t in lines[:start]):
        return lines
    repairs.append(Repair(
        "site-paywall", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
        f"Dropped the site's paywall and tip jar after the text ({len(run)} short lines: "
        "阅读全文, a call to log in, pay or tip, its amounts): check the text is whole.",
        review=True))
    return lines[:start]


# A content site (范文 site) hides part of the text behind its paywall and says so where
# the part was cut out: 「……此处隐藏2813个字……」. The mark is the site's; the text is
# missing there, and the editor must be told.
HIDDEN_TEXT = re.compile(
    r"[…\.。]*[（(【]?\s*此处(?:已)?隐藏[：:]?\s*(\d+)\s*个?字[）)】]?[…\.。]*")


def _hidden_text_marks(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    result = []
    for number, text in lines:
        found = HIDDEN_TEXT.search(text)
        if found:
            repairs.append(Repair(
                "site-hidden-text", number, found[0], "",
                f"Dropped the site's mark 「{found[0]}」: the site hid {found[1]} characters "
                "of the text here, so the text is incomplete at this point — fill them in "
                "from another copy, or tell the reader.", review=True))
            text = text[:found.start()] + text[found.end():]
        result.append((number, text))
    return result


# APP_DOWNLOAD: a news site's banner for its app, copied with the page: the app's name
# (its icon's alt text beside it) and the download button — 「某某新闻APP Icon某某新闻APP」
# ⏎ 「下载」, 「某某日报客户端 立即下载」. A short line naming an app (APP, 客户端) with a
# download call in it or alone on the next line; no sentence of an article is so made.
APP_NAME = re.compile(r"(?:APP|App|app|客户端)")
DOWNLOAD_CALL = re.compile(r"^(?:立即|马上|点击|免费)?下载(?:APP|App|app|客户端)?$")
APP_LINE_MAX = 40


def _app_download(lines: list[tuple[int, str]], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    drop: set[int] = set()
    for index, (_, text) in enumerate(lines):
        plain = simplified(_plain(text))
        if index in drop or not plain or len(plain) > APP_LINE_MAX or not APP_NAME.search(plain) \
                or plain[-1] in SENTENCE_END | set("，,；;：:"):
            continue
        below = next((i for i in range(index + 1, min(index + 3, len(lines)))
                      if lines[i][1].strip()), None)
        words = plain.split()
        if len(words) >= 2 and DOWNLOAD_CALL.match(words[-1]):
            found = [index]
        elif below is not None and DOWNLOAD_CALL.match(simplified(_plain(lines[below][1]))):
            found = [index, below]
        else:
            continue
        for i in found:
            drop.add(i)
            repairs.append(Repair(
                "app-download", lines[i][0], lines[i][1].strip(), "",
                "Dropped the site's banner for its app (the app's name and its download "
                "button): the page's furniture, not the article's text."))
    return [line for i, line in enumerate(lines) if i not in drop]


# A page's style sheet copied with its text (a TRS CMS's 「.TRS_Editor P{margin-top:0px;
# font-family:宋体;}」): rules, a selector and its {property:value;…} block each, filling
# the line. Presentation of the page, never words of the text.
STYLE_RULE = r"[.#@]?[A-Za-z_][\w\-.#:>,\s\[\]=\"']*\{[^{}]*\}"
STYLE_LINE = re.compile(rf"^\s*(?:{STYLE_RULE}\s*)+$")
STYLE_DECLARATION = re.compile(r"[A-Za-z\-]+\s*:\s*[^;{}]+;?")
# A document's style sheet left in the line its text runs on (a sharing site's preview of a
# Writer file: 「@page { size: 8.27in 11.69in; … } p { color: #000000; … } p.cjk { … } 市长在…」):
# two rules or more in a row, Latin selectors, mid-line. Dropped; the words around stay.
INLINE_STYLE_RULES = re.compile(
    r"(?:@?[A-Za-z][A-Za-z0-9_\-.#:>,]*(?:[ \t]+[A-Za-z0-9_\-.#:>,]+)*[ \t]*\{[^{}]*\}[ \t]*){2,}")


def _style_rules(lines: list[tuple[int, str]], repairs: list[Repair]
                 ) -> list[tuple[int, str]]:
    result = []
    fenced = False  # inside a Markdown code fence: a CSS sample is the text's own
    element = False  # inside a <style> element: the markup drops it whole
    for number, text in lines:
        if re.match(r"^\s*(?:```|~~~)", text):
            fenced = not fenced
        if re.search(r"<style\b", text, re.I):
            element = True
        if re.search(r"</style>", text, re.I):
            element = False
        body = re.findall(r"\{([^{}]*)\}", text)
        if not (fenced or element) and STYLE_LINE.match(text) and body and all(
                STYLE_DECLARATION.search(part) for part in body):
            repairs.append(Repair(
                "style-sheet", number, text.strip()[:40], "",
                "Dropped a line of the page's style sheet (CSS rules: a selector and its "
                "{property:value} block), copied with the text: the page's presentation, "
                "not its words.", review=True))
            continue
        run = None if fenced or element else INLINE_STYLE_RULES.search(text)
        if run and all(STYLE_DECLARATION.search(part)
                       for part in re.findall(r"\{([^{}]*)\}", run[0])):
            repairs.append(Repair(
                "style-sheet", number, run[0].strip()[:40], "",
                "Dropped the page's style sheet (CSS rules) left inside a line of the text; "
                "the words around it stay: check what stands before it.", review=True))
            text = (text[:run.start()].rstrip() + " " + text[run.end():].lstrip()).strip()
        result.append((number, text))
    return result


# FOOT_FURNITURE: a copied web page keeps the page's own furniture under the article — its
# share bar (「分享到」「分享更多」), font-size bar (「字体：大 中 小」「字号」), print and close
# buttons, comment box and list (「网友评论」「发表评论」「我要评论」「共有 0 条评论」「已有N人
# 参与」「请登录：」「验证码」), related-article list (「相关新闻」「相关阅读」「上一篇/下一篇」),
# 责任编辑 line, copyright footer (「版权所有」「ICP备」), QR-code call (「扫一扫」「微信扫码」).
# The same words on every site; at the foot, short lines ending no sentence, in a run.
# A reader takes such a run as where the article has ended: from its first furniture
# line on, nothing is the article's. Short lines above that first one (a 落款, a short
# last line) stay; a lone furniture word is left to the line rules (web_furniture).
# A hit counter's line is the page's, its date the page's update: no 落款 date. (The head's
# facts reader has its own, with the count: titleblock.lines.PAGE_COUNTER, which imports
# this module.)
PAGE_COUNTER_LINE = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量)|点击数|点击率")
FOOT_FURNITURE = re.compile(
    r"分享(?:到|更多|本文|至)|^分享$|字体|字号|打印|关闭(?:窗口|本页)|评论|人参与|我要留言|发表留言"
    r"|相关(?:新闻|阅读|文章|链接|报道|推荐)|推荐阅读|延伸阅读|热点推荐|(?:请|会员|用户)?登[录陆][：:]?$"
    r"|验证码|上一篇|下一篇|责任编辑|责编|版权所有|ICP\s*备|公网安备|扫一扫|扫码|返回顶部"
    # a government site's footer menu of links to other sites by group (「国务院部门网站」
    # 「地方政府网站」「其他网站」) and its 「网站地图」
    r"|(?:政府|部门|其他)网站$|网站地图"
    # a site's footer menu: 「关于我们 | 联系我们 | 广告服务 | 版权声明」, one a line in a copy
    r"|关于我们|联系我们|广告服务|版权声明|免责声明|友情链接"
    # a news site's comment counter and the editor's field in brackets on the bar under
    # the story: 「参与互动（0） | 【编辑：某某】 |」
    r"|参与互动|[【\[][ \t\u3000]*(?:责任)?编辑[ \t\u3000]*[:：]"
    # the page's hit counter (「浏览次数：  更新时间：2015-07-14」), whatever stands beside it
    r"|" + PAGE_COUNTER_LINE.pattern)
FOOT_LINE_MAX = 40  # a furniture line's characters (a notice under a comment box included)
FOOT_MARKS_MIN = 2  # furniture lines in the run that make it the page's foot


def _foot_line(text: str) -> bool:
    """A line that may belong to a page's foot: blank, an image, the site's footer line
    (FOOTER_IN_RUN), or short and ending no sentence (a dated 落款 line stops the run:
    what stands above it is the article's)."""
    plain = _plain(text)
    if not plain or IMAGE_ONLY.match(text) or _footer_line(plain) \
            or len(plain) <= SITE_FOOTER_MAX and SITE_CONTACT.match(plain):
        return True  # (the site office's contact line: 「电话：… 传真：… 地址：…」)
    closing = plain.rstrip("”’」』")
    return (len(plain) <= FOOT_LINE_MAX and bool(closing) and closing[-1] not in SENTENCE_END
            and not (DATE_LINE.search(plain) and not PAGE_COUNTER_LINE.search(plain)))


# FOOTER_IN_RUN: the site's copyright or registration line (「Copyright ©1999-2024 某某网.
# All Rights Reserved」「版权所有：… ICP备…」) is the last line of every page, long as it may
# be: in the foot's run it is one of its lines and one of its marks, so the short furniture
# lines above it (「相关阅读：」「参与互动（0）」) are read as the foot they are.
def _footer_line(plain: str) -> bool:
    return len(plain) <= SITE_FOOTER_MAX and bool(SITE_FOOTER.search(plain)) \
        and plain.rstrip("”’」』")[-1:] not in SENTENCE_END or _reprint_notice(plain)


# The site's reprint notice, a sentence or two under its footer on every page: 「闽南网拥有
# 闽南网采编人员所创作作品之版权，未经闽南网书面授权，不得转载、摘编…。」「凡本网注明…的作品，
# 版权均属…，未经授权不得转载」. Only ever read at the text's foot, in the footer's run.
REPRINT_NOTICE = re.compile(
    r"未经[^。]{0,30}(?:授权|许可|同意)[^。]{0,40}(?:不得|禁止|严禁)[^。]{0,20}"
    r"(?:转载|复制|摘编|镜像)")
REPRINT_NOTICE_MAX = 200


def _reprint_notice(plain: str) -> bool:
    return len(plain) <= REPRINT_NOTICE_MAX and bool(REPRINT_NOTICE.search(plain))


# SHARE_LINKS: the share bar's label alone (「分享到：」, its icons not copied) with nothing
# under it but a bulleted list of short lines ending no sentence (「• 新闻某地举行…」
# 「• 体育某队…」), to the end of the text: the page's related links under its share bar,
# the same frame on every story of a site — where the article has ended, as a run of two
# furniture lines says (FOOT_MARKS_MIN).
LINK_ITEM = re.compile(r"^[•·●◆■▪\-*][ \t\u3000]*\S")
LINK_ITEMS_MIN = 2


def _share_links(run: list[tuple[int, str]]) -> bool:
    texts = [_plain(text) for _, text in run if _plain(text)]
    return (len(texts) > LINK_ITEMS_MIN and bool(SHARE_LABEL.match(simplified(texts[0])))
            and all(LINK_ITEM.match(text) and _foot_line(text) for text in texts[1:]))


def _closing_furniture(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    """The lines without the page's furniture at their foot (FOOT_FURNITURE): each
    dropped line a repair naming it, the first a spot to review."""
    start = len(lines)
    while start > 0 and _foot_line(lines[start - 1][1]):
        start -= 1
    marks = [i for i in range(start, len(lines))
             if FOOT_FURNITURE.search(simplified(_plain(lines[i][1])))
             or _footer_line(_plain(lines[i][1]))]
    if len(marks) == 1 and _share_links(lines[marks[0]:]):
        marks = marks * FOOT_MARKS_MIN  # SHARE_LINKS: the label is the run's second mark
    if len(marks) < FOOT_MARKS_MIN or not any(_is_body_line(t) for _, t in lines[:marks[0]]):
        return lines
    run = [(n, _plain(t)) for n, t in lines[marks[0]:] if _plain(t)]
    if all(_furniture_line(text) for _, text in run):
        return lines  # each line is one web_furniture drops with its own reason
    for index, (number, text) in enumerate(run):
        repairs.append(Repair(
            "page-foot", number, text, "",
            f"Dropped the web page's furniture under the article: a run of {len(run)} short "
            f"lines from 「{run[0][1]}」 on, {len(set(marks))} of them the page's share, font, "
            "comment, related-article, editor or copyright lines — check the article "
            "ended above it." + (" The share label has only a bulleted list of links "
                                 "under it: the page's related links." if len(set(marks)) == 1
                                 else ""), review=index == 0))
    return lines[:marks[0]]


def _closing_promotion(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    start = len(lines)
    while start > 0 and (_is_frame_line(lines[start - 1][1])
                         or STAFF_CREDIT.match(_plain(lines[start - 1][1]))) \
            and not CLOSING_SOURCE.match(_plain(lines[start - 1][1])) \
            and not DATE_LINE.search(_plain(lines[start - 1][1])):
        start -= 1  # a date ends a 落款: what stands above it is the article's
    run = [(n, _plain(t)) for n, t in lines[start:] if _plain(t)]
    # The END ornament closes the post as 「（完）」 does a story: a list under it is the
    # account's (a list of links with no call and no END may be the article's own).
    if not run or not any(ACCOUNT_PROMOTION.search(t) or STAFF_CREDIT.match(t)
                          or END_ORNAMENT.match(t) for _, t in run) \
            or start == 0 or not lines[:start]:
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


# A reading-mode clipper's credit heading its export (SimpRead writes 「> 本文由 [简悦 SimpRead]
# (http://ksria.com/simpread/) 转码， 原文地址 [mp.weixin.qq.com](https://…)」): the tool's
# credit is no text of the article, and the address of its 原文地址 link — shortened to the
# host in the link's words — is the article's URL. The line becomes that fact line.
CLIPPER_CREDIT = re.compile(
    r"^>?\s*本文由\s*(?:\[[^\]]{1,30}\]\([^)\s]*\)|[^，,\s]{1,30}(?:\s+[^，,\s]{1,30})?)\s*转码"
    r"\s*[，,]?\s*原文地址\s*[:：]?\s*(?:\[[^\]]*\]\((?P<link>https?://[^)\s]+)\)"
    r"|(?P<bare>https?://\S+))\s*$")


def clipper_credit(lines: list[tuple[int | None, str]]
                   ) -> tuple[list[tuple[int | None, str]], list[Repair]]:
    for index, (number, text) in enumerate(lines[:EXCERPT_HEAD]):
        found = CLIPPER_CREDIT.match(text.strip())
        if found:
            url = found["link"] or found["bare"]
            repair = Repair("clipper-credit", number or 0, text.strip()[:60], f"原文地址：{url}",
                            "Read the clipper's credit line (「本文由 … 转码，原文地址 …」): the "
                            "tool's credit dropped, its 原文地址 link's address kept as the URL.")
            return (lines[:index] + [(number, f"原文地址：{url}")] + lines[index + 1:],
                    [repair])
    return lines, []


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


# ---------------------------------------------------------------- web-page furniture

# What a web page's template prints around every article of a site, copied with its text:
# the editor's field (「责任编辑：张三」, the corpus README: furniture), the previous/next
# links (「上一篇：…」「下一篇：…」), a newspaper's jump line (「（下转第二版）」「（上接第1版）」,
# the page a story continues on, meaningless off the page), a CMS page separator
# (「pagebreak」, 「[pagebreak]」 glued to a paragraph's end), a newspaper archive's
# 「（附图片1张）」 (the photo is not in the text), a browser warning and an app
# promotion (「扫描二维码下载客户端」「…，尽在某某APP」「长按下方二维码，阅读全部内容」).
EDITOR_FIELD = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编)\s*[:：][^。！？]{0,24}$")
# A line of nothing but the page's staff fields: 「编辑：张三　审核：李四」「校对：王五」.
STAFF_FIELD = (r"[（(【\[]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|监制|初审|复审|终审|签发|美编|"
               r"值班编辑|统筹)\s*[:：]\s*[\u4e00-\u9fff·]{2,5}(?:[ 、，,][\u4e00-\u9fff·]{2,5})*"
               r"\s*[）)】\]]?")
STAFF_FIELDS = re.compile(rf"{STAFF_FIELD}(?:[ \t\u3000|｜]+{STAFF_FIELD})*")
# CLOSING_EDITOR: a story's last sentence closed by the editor's credit in brackets —
# 「…一定會立刻處理。(編輯:張雅淨)1080201」 (中央社: the wire's date stamp, the ROC year and
# month and day, after it), 「…。（责任编辑：张三）」 — is the site's field, as the 责任编辑
# line is: removed, the sentence kept.
CLOSING_EDITOR = re.compile(
    r"(?<=[。！？!?”」』）)])[ \t\u3000]*[（(][ \t\u3000]*(?:责任编辑|責任編輯|编辑|編輯|责编|責編)"
    r"[ \t\u3000]*[:：][ \t\u3000]*[\u4e00-\u9fff·]{2,5}"
    r"(?:[ \t\u3000、，,/／][\u4e00-\u9fff·]{2,5})*"
    r"[ \t\u3000]*[）)][ \t\u3000]*(?:\d{7})?[ \t\u3000]*$")
# The previous/next links, labelled (「上一篇：某某」), or the button alone after the pager's
# number (「3上一篇」: the page numbers and the button run together).
PREVIOUS_NEXT = re.compile(
    r"^[|｜\s]*(?:上一篇|下一篇)\s*[:：]|^\d{0,3}[ \t\u3000]*(?:上一篇|下一篇|上一页|下一页)$")
JUMP_LINE = re.compile(
    r"[（(]\s*(?:下转|上接|转|接)第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]"
    r"|[（(]附图片?\s*(?:\d{1,2}\s*张)?[）)]")  # 人民日报's archive: （附图片1张）
PAGEBREAK = re.compile(
    r"\s*(?:<!--\s*pagebreak\s*-->|\[pagebreak\]|(?<![A-Za-z])pagebreak)\s*$", re.I)
PROMOTION = re.compile(
    r"(?:扫描|扫一扫|扫码).{0,8}(?:下载|关注|阅读|打开|浏览|查看)|尽在.{1,15}(?:APP|App|app|客户端)$"
    # A WeChat article's call to the QR code of another (「长按下方二维码，阅读全部内容」):
    # the code is an image the briefing does not print, the call leads nowhere on paper.
    r"|(?:长按|识别)[^。！？]{0,6}二维码")
PROMOTION_MAX = 30
# A blog platform's lines around a post (CSDN): its counters 「阅读量2.1k 收藏 15」, the
# 「最新推荐文章于 … 发布」 banner and the license notice every post carries.
BLOG_FRAME = re.compile(
    r"^(?:阅读(?:量|数)\s*[:：]?\s*[\d.]+[kKwW万]?(?:\s+收藏\s*[:：]?\s*[\d.]*[kKwW万]?)?"
    r"(?:\s+点赞数?\s*[:：]?\s*[\d.]*[kKwW万]?)?"
    r"|最新推荐文章于\s.{0,30}发布"
    r"|版权声明：本文为(?:博主)?原创文章，遵循\s*CC\s*4\.0\s*BY-SA\s*版权协议.*)$")
BROWSER_WARNING = re.compile(r"^您的\S{0,8}浏览器版本(?:太|过)低"
                             r"|^Your browser does not (?:appear to )?support\b"
                             # ACCESS_HELP: 「您的瀏覽器不支援JavaScript功能，…」
                             r"|^您的\S{0,8}浏览器\S{0,4}(?:不支援|不支持|未开启|未启用|禁用了?)"
                             r"\s*JavaScript", re.I)
# ACCESS_HELP: a government site's accessibility text, printed on every page for readers
# whose browser runs no script (無障礙 rules): the labels of its print and type-size
# functions alone (「友善列印 :」「字級設定 :」) and the keyboard instructions under them
# (「請利用鍵盤按住Ctrl + P開啟列印功能」「…可利用鍵盤 Ctrl + (+)放大 (-)縮小…」) — the
# page's, never an article's words (an article about keyboards names no key chord to press).
ACCESS_LABEL = re.compile(r"^(?:友善列印|友善打印|列印|字级设定|字级|字型大小设定|字体大小设定)"
                          r"[ \t\u3000]*[:：][ \t\u3000]*$")
KEYBOARD_HELP = re.compile(r"键盘[^。！？]{0,16}(?:Ctrl|Alt|Shift)键?\s*[+＋]", re.I)
KEYBOARD_HELP_MAX = 120
# CONSENT_BANNER: a site's privacy or cookie banner asks the reader to consent —
# 「本網站使用相關技術…點這裡瞭解隱私聲明當您關閉此視窗，代表您同意上述規範。」,
# 「請同意我們的隱私權規範，才能啟用聽新聞的功能。」: the site speaking to its reader (您, 请,
# 我们/本网站) of its policy; no article's sentence (a law's 同意 of a data subject is none).
CONSENT_BANNER = re.compile(
    r"^(?=.*(?:隐私|[Cc]ookie))(?=.*(?:您|请|我们|本网站|本站)).*"
    r"(?:您[^。！？]{0,30}同意|请[^。！？]{0,6}同意|同意[^。！？]{0,10}(?:我们|本网站|本站))")
CONSENT_MAX = 120
# A page's video or audio player copied with the story leaves its own labels on a line:
# 「Video PlayerClose」 (新华网's player and its close button), 「您的浏览器不支持 video 标签」.
MEDIA_PLAYER = re.compile(
    r"^(?:(?:Video|Audio|Media)\s*Player\s*(?:Close)?"
    r"|Your browser does not support the (?:video|audio)\b.*"
    r"|您的浏览器不支持\s*(?:video|audio|视频|音频)\s*(?:标签|播放)?[。.]?)$", re.I)
# An e-paper that shows its page only in its app says so where the text would go:
# 「本页面内容不允许直接阅读，请通过《某某日报》客户端浏览查看。」, often under 「温馨提示」.
APP_GATE = re.compile(
    r"(?:页面|全文|本文|原文|内容)[^。！？]{0,16}请(?:通过|使用|下载|打开|登录|前往|在)[^。！？]{0,16}(?:客户端|APP|App|app)"
    r"[^。！？]{0,6}(?:阅读|浏览|查看|观看|收看)")
APP_GATE_MAX = 60
# A page's tool bar, at its head or foot: 「打印本页 关闭窗口」「【打印】【关闭】」.
TOOL_BUTTONS = frozenset({
    "打印本页", "打印本文", "打印此页", "打印", "关闭窗口", "关闭本页", "关闭", "返回顶部",
    "回到顶部", "收藏本页", "加入收藏", "收藏", "分享到", "分享", "纠错", "我要纠错", "保存本页",
    "分享让更多人看到",  # 人民网's share widget under every story
    "我要打印", "打印文章", "关闭本窗口", "网站纠错",
    "设为首页", "TOP",  # an old site's bar: 「设为首页 加入收藏」, its 「TOP」 link alone
    # a yearbook's or a catalogue's page: back up a level, to the list, to the home page
    "返回上级", "返回上一级", "返回上页", "返回列表", "返回首页"})
CLOSE_ICON = re.compile(r"^[×✕✖╳]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[×✕✖╳]+$|^[×✕✖╳]+$")
DASHED_BUTTON = re.compile(r"[—–－\-]{1,3}[ \t\u3000]*([^—–－\-\s]{1,6})[ \t\u3000]*[—–－\-]{1,3}")
TOOL_BUTTON_ALONE = 4  # a single button this long (打印本页, 关闭窗口) is no word of a text
# A government site's footer: its registration numbers and copyright, and the lines
# naming who runs the site right above them (「主办单位：…　承办单位：…」).
SITE_FOOTER = re.compile(
    r"ICP\s*备|公网安备|网站标识码|版权所有|Copyright|©|\(c\)\s*\d{4}", re.I)
SITE_FOOTER_MAX = 100
SITE_OWNER = re.compile(r"^(?:主办|承办|协办|运维|技术支持|主办单位|承办单位|维护单位)\s*[:：]")
# Under the footer's registration lines, the site office's contact line: 「地址：…　邮编：…
# 电话：…」 (above them a 联系电话 line may be the notice's own, and stays).
SITE_CONTACT = re.compile(
    r"^(?:地址|联系地址|通讯地址|邮编|邮政编码|电话|联系电话|传真|电子邮箱|邮箱|E-?mail)\s*[:：]",
    re.I)
# READING_NOTE: a post's length and reading time as the platform or the account's template
# states them over the text (「本文共计 1859 个字」「全文约3000字，预计阅读时间8分钟」): a count
# of the page, no word of the text.
READING_NOTE = re.compile(
    r"(?=.*\d)(?:(?:本文|全文)[ \t\u3000]*(?:共计?|约|共约|大约)[ \t\u3000]*\d+[ \t\u3000]*个?字"
    r"(?:[，,、；;][ \t\u3000]*)?)?"
    r"(?:(?:预计|建议)?阅读(?:时间|需要|本文需要|时长)?[ \t\u3000]*(?:约|大约)?[ \t\u3000]*"
    r"\d+[ \t\u3000]*分钟)?[。.]?")
READING_NOTE_MAX = 40
# LANGUAGE_PROMPT: a site's offer of its page in another language, in that language
# (「こちらのページは繁体字版です。日本語版「…」に移動しますか。」; the English one is
# BROWSER_WARNING's): Japanese kana asking the reader over to a 版 (version) of the site.
LANGUAGE_PROMPT = re.compile(
    r"(?=.*[\u3040-\u30ff]{3}).*(?:日本[語语]版|繁[体體]字版|中国[語语]版|英[語语]版|English)"
    r".*(?:移[動动]|切り替え|ご[覧览]|どうぞ)")
LANGUAGE_PROMPT_MAX = 80
# SITE_DISCLAIMER: a content site's line over or under every text it hosts, disowning it —
# 「导语：某某一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师」「本文仅代表
# 作者个人观点，与本网无关」: the site speaks of itself and of the text, never the text of
# itself. A line saying the site does not speak for the text (不代表/与…无关 + 本站/本网/本平台)
# is left out, as a spot to review (the site's words, though the line may carry others).
SITE_DISCLAIMER = re.compile(
    r"不代表本(?:站|网|网站|平台|号|刊)(?:的)?(?:观点|立场|意见)"
    r"|(?:仅|只)代表作者(?:个人|本人)?(?:观点|立场)[^。！？]{0,6}与本(?:站|网|网站|平台)无关")
DISCLAIMER_MAX = 120
# DOWNLOAD_FIELD: a download label and the file's name (「下载附件：附件.doc」): the page's link
# (structure.DOWNLOAD_LINK drops a file's name alone; a 公文's own 「附件：…」 names no file).
DOWNLOAD_FIELD = re.compile(
    r"(?:下载附件|附件下载|下载地址|下载文件|文件下载|点击下载)[ \t\u3000]*[：:][ \t\u3000]*"
    r"[^\s/\\：:。，；！？][^/\\：:。，；！？]{0,59}\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)",
    re.I)
# SHARING_NOTICE: a document-sharing site's line on the file it previews — 「《某某.docx》由会员
# 分享，可在线阅读，更多相关《…》请在某某网上搜索」: the site speaks of its copy, not the text.
SHARING_NOTICE = re.compile(r"由(?:会员|用户|网友)?(?:分享|上传)[，,]\s*可(?:在线|免费在线)阅读")
SHARING_NOTICE_MAX = 200
# LINK_CALL: a field whose value is nothing but a call to click — 「下载地址：点击此处下载」
# 「原文链接：点击查看」: the link's words (its address was not copied); on paper it leads
# nowhere and says nothing of the text.
LINK_CALL = re.compile(
    r"[【\[]?[\u4e00-\u9fff]{2,8}[ \t\u3000]*[：:][ \t\u3000]*[【\[]?(?:请)?点(?:击)?(?:此处|这里)?"
    r"(?:下载|查看|进入|打开|访问|阅读)(?:全文|原文|附件)?[】\]]?")
DISCLAIMER_WHY = "the site's disclaimer (not the site's view: 不代表本站观点)"
# SHARE_LABEL: the share bar's label alone, its icons not copied (「分享到：」「分享：」): a
# label with no value, the page's; no text ends a line with 「分享到：」 and says nothing more.
SHARE_LABEL = re.compile(r"^[【\[]?(?:分享到|分享至|分享)[ \t\u3000]*[：:][】\]]?$")
TIP_LABEL = re.compile(r"^[【\[]?(?:温馨提示|友情提示|提示)[】\]]?[：:]?$")


def web_furniture(blocks: list[RawBlock], paged: bool = False
                  ) -> tuple[list[RawBlock], list[Repair]]:
    """Blocks without a web page's furniture lines (see above); each removal a Repair.
    `paged`: the text is a PDF's extraction (form feeds), whose staff lines are kept
    (see PUBLICATION_CREDITS)."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    if not paged:  # PUBLICATION_CREDITS
        blocks = _split_staff_fields(blocks, repairs)
    in_footer = False  # the site's footer has begun: its owner and contact lines go with it
    picture: str | None = None  # PICTURE_PLACE: a photo's file name stood alone above
    for block in blocks:
        if block.kind == "comment":
            result.append(block)
            continue
        kept: list[SourceLine] = []
        names: list[str] = []
        for line in block.lines:
            text = line.text.strip()
            why = _furniture_line(text)
            if why == PHOTO_FILE_WHY:
                names.append(text)
            if paged and why == STAFF_WHY:
                why = ""  # PUBLICATION_CREDITS
            if not why and in_footer and len(text) <= SITE_FOOTER_MAX and (
                    SITE_OWNER.match(text) or SITE_CONTACT.match(text)):
                why = "the site's owner or contact line under its footer"
            in_footer = bool(why) and (in_footer or why.startswith("the site's footer"))
            if why:
                repairs.append(Repair("web-furniture", line.number, text[:40], "",
                                      f"Dropped {why} of the web page (furniture, not text)."
                                      + (" Check the line holds no words of the text."
                                         if why == DISCLAIMER_WHY else ""),
                                      review=why == DISCLAIMER_WHY))
                continue
            closing = CLOSING_EDITOR.search(line.text)
            if closing:  # CLOSING_EDITOR
                repairs.append(Repair(
                    "web-furniture", line.number, closing[0].strip(), "",
                    "Removed the editor's credit closing the story (「（编辑：某某）」, with the "
                    "wire's date stamp after it): the site's field, as a 责任编辑 line is."))
                line = SourceLine(line.number, line.text[:closing.start()], line.virtual,
                                  line.image)
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
            block = block.with_lines(kept) if kept != block.lines else block
            if picture and block.after_image is None and block.kind == "text" \
                    and not is_caption_text(block.text):  # a caption by its form already
                block = replace(block, after_image=picture)  # PICTURE_PLACE
            result.append(block)
            picture = None
        elif names and len(names) == len(block.lines):
            picture = names[-1]
    return _closing_share_label(result, repairs), repairs + pinyin_notes(result)


def _closing_share_label(blocks: list[RawBlock], repairs: list[Repair]) -> list[RawBlock]:
    """The blocks without a share label alone closing them (SHARE_LABEL): under the text,
    the page's; in the head the title block reads it with the page's other labels."""
    text_blocks = [i for i, block in enumerate(blocks) if block.kind != "comment"]
    if len(text_blocks) < 2:
        return blocks
    last = blocks[text_blocks[-1]]
    if last.kind != "text" or len(last.lines) != 1 \
            or not SHARE_LABEL.match(simplified(last.text.strip())):
        return blocks
    repairs.append(Repair("web-furniture", last.line, last.text.strip(), "",
                          "Dropped the share bar's label closing the page (「分享到：」, its "
                          "icons not copied): furniture, not text."))
    return blocks[:text_blocks[-1]] + blocks[text_blocks[-1] + 1:]


# SPLIT_STAFF_FIELD: the page's staff field copied with its label on a line and the names
# on the next (「责任编辑：」 ⏎ 「张三」, 「审核：」 ⏎ 「李四 王五」): one field, the page's, as
# the field on one line is (STAFF_FIELDS) — the names never stay behind as a line of text.
STAFF_LABEL_ALONE = re.compile(
    r"^[（(【\[]?[ \t\u3000]*(?:责任编辑|责编|编辑|审核|审校|校对|监制|初审|复审|终审|签发|美编|"
    r"值班编辑|统筹)[ \t\u3000]*[:：][ \t\u3000]*[）)】\]]?$")
STAFF_NAMES = re.compile(
    r"^[\u4e00-\u9fff·]{2,5}(?:[ \t\u3000、，,/／]+[\u4e00-\u9fff·]{2,5}){0,4}$")


def _split_staff_fields(blocks: list[RawBlock], repairs: list[Repair]) -> list[RawBlock]:
    lines = [(b, n, simplified(line.text.strip())) for b, block in enumerate(blocks)
             if block.kind == "text" for n, line in enumerate(block.lines)]
    drop: set[tuple[int, int]] = set()
    for (b, n, text), (nb, nn, value) in zip(lines, lines[1:], strict=False):
        if (b, n) in drop or not STAFF_LABEL_ALONE.match(text) \
                or not STAFF_NAMES.match(value) or nb not in (b, b + 1) \
                or (nb == b + 1 and (nn != 0 or n != len(blocks[b].lines) - 1)):
            continue
        drop.update({(b, n), (nb, nn)})
        repairs.append(Repair(
            "web-furniture", blocks[b].lines[n].number,
            f"{blocks[b].lines[n].text.strip()} ⏎ {blocks[nb].lines[nn].text.strip()}", "",
            "Dropped the page's staff field copied over two lines (its label, then the "
            "names): the editor's field (责任编辑), not text."))
    if not drop:
        return blocks
    result = []
    for b, block in enumerate(blocks):
        kept = [line for n, line in enumerate(block.lines) if (b, n) not in drop]
        if kept:
            result.append(block.with_lines(kept) if len(kept) != len(block.lines) else block)
    return result


def _tip_label(block: RawBlock) -> bool:
    return block.kind == "text" and len(block.lines) == 1 and bool(
        TIP_LABEL.match(block.text.strip()))


# A photo's file name alone on a line (「山乡.png」「IMG_2034.JPG」): a copied page's
# picture, left out, leaves its name; the name is no text.
# PICTURE_PLACE: the name alone in its block still says where the picture stood, as an
# image tag does: the block under it is read as the block under an image (after_image), so
# a short line there without a sentence end is the photo's caption (roles.short_caption),
# a sentence stays a paragraph.
PHOTO_FILE_WHY = "a photo's file name (its picture left out)"
IMAGE_FILE_NAME = re.compile(r"^[^\s/\\:：。，,]{1,40}\.(?:png|jpe?g|gif|webp|bmp)$", re.I)


# PUBLICATION_CREDITS: a staff line (「审校：甲、乙、丙」「编辑：某某」) is a web page's
# furniture, the site's production fields; a PDF's pages are the publication itself, and
# there the same line is its credits (a translation's reviewers on its cover): text, kept.
STAFF_WHY = "the editor's field (责任编辑)"


# PINYIN_NOTE: a copying site's broken Traditional conversion runs a character's pinyin,
# tone marks and all, into the words after it (「關(guān)于」「時(shí)間」「關(guān)注我們」). A
# reader reads the words through it; the importer never changes them (the golds keep the
# pinyin: the text is the source's), but reads furniture, labels and a document's title
# through it, and tells the editor once (pinyin_notes).
PINYIN_NOTE = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]")


def read_through_pinyin(text: str) -> str:
    """The line as a reader reads it, PINYIN_NOTE passed over (for recognition only)."""
    return PINYIN_NOTE.sub("", text)


def pinyin_notes(blocks: list[RawBlock]) -> list[Repair]:
    """One spot naming a text whose words carry pinyin notes (PINYIN_NOTE): kept as the
    source has them, the editor checks them against the original."""
    places = [(line.number, line.text.strip()) for block in blocks if block.kind != "comment"
              for line in block.lines if PINYIN_NOTE.search(line.text)]
    if not places:
        return []
    count = sum(len(PINYIN_NOTE.findall(text)) for _, text in places)
    number, text = places[0]
    note = PINYIN_NOTE.search(text)
    excerpt = text[max(0, note.start() - 4):note.end() + 4]
    return [Repair(
        "pinyin-in-words", number, excerpt, excerpt,
        f"The text runs pinyin into its words ({count} times on {len(places)} lines, "
        f"「{excerpt}」): a copying site's broken Traditional conversion. Kept as the source "
        "has it — check against the original publication and delete the pinyin if it has "
        "none.", review=True)]


def _furniture_line(text: str) -> str:
    # A Traditional page's 責任編輯、上一篇 read as 责任编辑、上一篇, through pinyin notes.
    text = simplified(read_through_pinyin(text))
    if EDITOR_FIELD.match(text) or STAFF_FIELDS.fullmatch(text):
        return STAFF_WHY
    if PREVIOUS_NEXT.match(text):
        return "a previous/next link (上一篇/下一篇)"
    if IMAGE_FILE_NAME.match(text):
        return PHOTO_FILE_WHY
    if len(text) <= CONSENT_MAX and CONSENT_BANNER.match(text):
        return "the site's privacy or cookie consent banner"
    if len(text) <= PROMOTION_MAX and PROMOTION.search(text) or BROWSER_WARNING.match(text):
        return "an app promotion or browser warning"
    if ACCESS_LABEL.match(text) or len(text) <= KEYBOARD_HELP_MAX and KEYBOARD_HELP.search(
            text):
        return "the accessibility text (print and type-size help)"
    if MEDIA_PLAYER.match(text):
        return "a video or audio player's label (the player is not in the text)"
    if BLOG_FRAME.match(text):
        return "a blog platform's counter, recommendation or license line"
    if len(text) <= APP_GATE_MAX and APP_GATE.search(text):
        return "the notice sending the reader to the app"
    if len(text) <= SITE_FOOTER_MAX and SITE_FOOTER.search(text):
        return "the site's footer (ICP 备案, 网站标识码, 版权所有)"
    if len(text) <= DISCLAIMER_MAX and SITE_DISCLAIMER.search(text):
        return DISCLAIMER_WHY
    if len(text) <= READING_NOTE_MAX and READING_NOTE.fullmatch(text):
        return "the platform's reading-length note (本文共计N字, 阅读需要N分钟)"
    if len(text) <= LANGUAGE_PROMPT_MAX and LANGUAGE_PROMPT.search(text):
        return "the site's offer of its page in another language"
    if LINK_CALL.fullmatch(text) or DOWNLOAD_FIELD.fullmatch(text):
        return "a link's label and its call to click or its file (「下载地址：点击此处下载」)"
    if len(text) <= SHARING_NOTICE_MAX and SHARING_NOTICE.search(text):
        return "a document-sharing site's notice on the file it shows"
    dashed = DASHED_BUTTON.fullmatch(text)
    if dashed and dashed[1] in TOOL_BUTTONS:
        return "the tool bar"  # 「—分享—」: a button drawn between rules, no subtitle
    buttons = [word for word in re.split(r"[\s\u3000【】\[\]|｜]+", text) if word]
    # CLOSE_ICON: 「关闭×」「× 关闭」 — the button's icon copied with its word makes it a
    # button however short (no word of a text carries a close icon).
    iconed = [CLOSE_ICON.sub("", word) for word in buttons]
    icon = iconed != buttons
    buttons = [word for word in iconed if word]
    if buttons and all(word in TOOL_BUTTONS for word in buttons) and (
            len(buttons) >= 2 or len(buttons[0]) >= TOOL_BUTTON_ALONE or text == "TOP"
            or icon
            or re.fullmatch(r"[【\[][^【】\[\]]+[】\]]", text)):  # 「【纠错】」: bracketed
        return "the tool bar"
    return ""


def foot_doubts(blocks: list[RawBlock]) -> list[Repair]:
    """A doubt on the article's last block when it is one short line ending no sentence
    with a furniture word (FOOT_FURNITURE) or an app's name in it (「某某「一手新闻」 app」,
    「评论」): a page's lone furniture line, or the article's own last words — too little
    to drop on (no run of them, see _closing_furniture), so kept and told."""
    text_blocks = [block for block in blocks if block.kind != "comment"]
    if len(text_blocks) < 2 or text_blocks[-1].kind != "text" \
            or len(text_blocks[-1].lines) != 1:
        return []
    last = text_blocks[-1]
    plain = simplified(_plain(last.text))
    if not plain or len(plain) > FOOT_LINE_MAX or plain[-1] in SENTENCE_END \
            or not (FOOT_FURNITURE.search(plain) or APP_NAME.search(plain)) \
            or not any(_is_body_line(block.text) for block in text_blocks[:-1]):
        return []
    return [Repair(
        "page-foot-doubt", last.line, last.text.strip(), last.text.strip(),
        "Kept the article's last line, a short line with a web page's furniture word in it "
        "(share, comment, related articles, editor, copyright, an app's name): check whether "
        "it is the page's furniture (then delete it) or the article's own words.",
        review=True)]

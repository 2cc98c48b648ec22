"""A WeChat repost's frame (see the package's docstring): the platform's page template after the
article; the account's promotion before its first paragraph and after its last (scan/follow/
subscribe calls, its production credits, its END ornament and its list of other posts); the
account's name repeated under the title; a reprint's closing 「（来源：某某）」 line."""

from __future__ import annotations

import re

from briefing.importer import roles
from briefing.importer.chars import SENTENCE_END, simplified
from briefing.importer.records import Repair
from briefing.importer.titleblock.lines import PUBLICATION_ENDS
from briefing.importer.webframe.furniture import furniture_line
from briefing.importer.webframe.lines import DATE_LINE, IMAGE_ONLY, is_body_line, plain_text

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
# An account's or a magazine's promotion: scan/follow/subscribe calls. Around an article
# (before its first paragraph, after its last) they are the account's, not the author's.
PROMOTION_CALL = (
    r"(?:扫描|扫一扫|扫码|长按|识别).{0,10}(?:二维码|关注|订阅|下载|阅读|加入|报名)"
    r"|关注.{0,20}(?:公众号|抖音号|视频号|微博|头条号|我们)|(?:点击|戳).{0,4}(?:下图|上图|蓝字|阅读原文)"
    r"|订阅《|征订"
    # WeChat's own buttons asked for: 「点个在看」「点赞、在看、分享」「分享给朋友」.
    r"|点(?:个|一下|亮)?\W{0,2}(?:在看|赞)|(?:分享|转发)(?:给|到)\W{0,2}(?:朋友|好友)")
HEAD_PROMOTION = re.compile(PROMOTION_CALL)
ADDRESS_LINE = re.compile(r"^(?:>\s*)?(?:原文地址|原文链接|原文网址)\s*[:：]")
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
# A reprint's closing line naming where the article first appeared: in brackets, as a
# reprint note (「（来源：新华社）」), or bare as the text's last line when it names a
# publication (「來源:浙江日報」 under a 新华社 dispatch a site reposted from the paper); a bare
# line naming an office (「来源：市发改委」: the data's) stays the text's.
CLOSING_SOURCE = re.compile(
    r"^[（(【\[]\s*(?:来源|稿源|转自|原载|本文来源|文章来源)\s*[：:]?\s*"
    r"([^\s（）()【】\[\]：:。，,]{2,30})\s*[）)】\]]$"
    r"|^(?:来源|來源|稿源|转自|轉自|原载|原載|本文来源|文章来源|文章來源|资料来源|資料來源)"
    r"\s*[：:]\s*([^\s（）()【】\[\]：:。，,]{2,30})$")
# The title block's facts (the byline, the source, the date): never a promotion's.
FACT_LINE = re.compile(
    r"^[（(]?(?:作者|来源|记者|通讯员|编辑|责任编辑|摄影|时间|日期|发布时间|发布日期|原标题|文)"
    r"\s*[：:]|^(?:原创|转载)\s")


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
    plain = plain_text(text)
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


def platform_template(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    marks = [i for i, (_, t) in enumerate(lines) if plain_text(t) in PLATFORM_TEMPLATE]
    for start in marks:
        found = {plain_text(lines[i][1]) for i in marks if i >= start} - {"阅读原文"}
        if len(found) < TEMPLATE_MIN:
            break
        if not any(is_body_line(t) for _, t in lines[:start]):
            continue  # the template follows the article
        if any(is_body_line(t) and plain_text(t) not in PLATFORM_TEMPLATE
               for _, t in lines[start:]):
            continue  # the article's text goes on: this was a line of it
        repairs.append(Repair(
            "page-template", lines[start][0], plain_text(lines[start][1]),
            f"{len(lines) - start} lines dropped",
            "Dropped the publishing platform's page template after the article (its "
            "buttons and dialogs: " + "「" + "」「".join(sorted(found)[:3]) + "」…).",
            review=True))
        return lines[:start]
    return lines


# SUPPORT_CALL: an independent outlet closes every story under a rule with its call to
# subscribe or to support it (「請加入成為眾新聞的月費訂戶，長期支持我們的工作。」 and the
# link to do so): the outlet's, not the story's — the lines after the text's last rule, few,
# one of them such a call.
SUPPORT_CALL = re.compile(r"(?:月费|付费)?订户|成为(?:会员|订户)|支持我们的工作|赞助我们|捐助我们"
                          r"|订阅我们|订阅本(?:刊|报|站)")
THEMATIC_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
SUPPORT_LINES_MAX = 6


def closing_support_call(lines: list[tuple[int, str]], repairs: list[Repair]
                         ) -> list[tuple[int, str]]:
    # (the call may stand between two rules, a blog's author card — avatar, name, a line on
    # the author — under the second: the lines after the last rule but one, as few)
    rules = [i for i in range(len(lines) - 1, -1, -1) if THEMATIC_BREAK.match(lines[i][1])]
    for rule in rules[:2]:
        run = [(n, t.strip()) for n, t in lines[rule + 1:] if t.strip()]
        if run and len(run) <= SUPPORT_LINES_MAX and any(
                SUPPORT_CALL.search(simplified(plain_text(t))) for _, t in run) \
                and any(is_body_line(t) for _, t in lines[:rule]):
            break
    else:
        return lines
    for index, (number, text) in enumerate(run):
        repairs.append(Repair(
            "support-call", number, text[:40], "",
            "Dropped the outlet's call to subscribe or support it, under the text's last "
            "rule (its closing lines on every story).", review=index == 0))
    return lines[:rule]


def closing_promotion(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    start = len(lines)
    while start > 0 and (_is_frame_line(lines[start - 1][1])
                         or STAFF_CREDIT.match(plain_text(lines[start - 1][1]))) \
            and not CLOSING_SOURCE.match(plain_text(lines[start - 1][1])) \
            and not DATE_LINE.search(plain_text(lines[start - 1][1])):
        start -= 1  # a date ends a 落款: what stands above it is the article's
    run = [(n, plain_text(t)) for n, t in lines[start:] if plain_text(t)]
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


def closing_source(lines: list[tuple[int, str]], fields: dict[str, str],
                    repairs: list[Repair]) -> list[tuple[int, str]]:
    # (under it, a lone line of the page's furniture the line rules drop later: 「微信扫一扫，
    # 即刻分享！」)
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i][1].strip()
                 and not furniture_line(plain_text(lines[i][1]))), None)
    if last is None:
        return lines
    plain = plain_text(lines[last][1])
    work = roles.book_citation(plain)
    if work and "source" not in fields and any(is_body_line(t) for _, t in lines[:last]):
        # a reprint's citation of its book (「（《某某选集》第五卷，…第48-52页）」): the line
        # stays, a note; the book is the source
        fields["source"] = fields["closing_source"] = work
        repairs.append(Repair(
            "closing-source", lines[last][0], lines[last][1].strip(), f"source: {work}",
            "The article's closing citation names the book or paper it was taken from: "
            "took it as the source (the citation stays, a note)."))
        return lines
    found = CLOSING_SOURCE.match(plain)
    if not found or not any(is_body_line(t) for _, t in lines[:last]) or (
            found[2] and not simplified(found[2]).endswith(PUBLICATION_ENDS)):
        return lines  # (a bare line naming an office, not a publication: the text's)
    group = 1 if found[1] else 2
    fields["source"] = fields["closing_source"] = plain[found.start(group):found.end(group)]
    repairs.append(Repair(
        "closing-source", lines[last][0], lines[last][1].strip(),
        f"source: {fields['source']}",
        "The article's closing line names where it first appeared: took it as the "
        "source."))
    return lines[:last] + lines[last + 1:]


# 人民网's copy of a 人民日报 story closes with the issue and page it ran on
# (「《 人民日报 》（ 2023年08月18日 01 版）」), over any copy's own 「（文章来源：人民网）」:
# the paper that printed it is the source, the issue's day the date.
CLOSING_ISSUE = re.compile(
    r"^《\s*(?P<paper>[\u4e00-\u9fff]{2,12})\s*》\s*[（(]\s*"
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"(?:\s*第?\s*\d{1,3}\s*版)?\s*[）)]$")
ISSUE_LAST_LINES = 8  # filled lines from the end (the site's foot may stand under it)
# An e-paper system's record of the story's page printed under it, the same facts as data:
# the issue's day, its byline or counters, the paper, the page's file name, the headline
# (「2020-04-24 1 1 南通日报 content_15530.html 1 3 关于…」).
EPAPER_RECORD = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})[ \t](?:\S+[ \t]+){0,6}?"
    r"(?P<paper>[\u4e00-\u9fff]{2,12}(?:报|報|报社))[ \t]+[\w-]+\.html?(?:[ \t]|$)")


def closing_issue(lines: list[tuple[int, str]], fields: dict[str, str],
                  repairs: list[Repair]) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()][-ISSUE_LAST_LINES:]
    last = next((i for i in reversed(filled) if CLOSING_ISSUE.match(plain_text(lines[i][1]))
                 or EPAPER_RECORD.match(lines[i][1].strip())), None)
    found = (CLOSING_ISSUE.match(plain_text(lines[last][1]))
             or EPAPER_RECORD.match(lines[last][1].strip())) if last is not None else None
    if not found or not any(is_body_line(t) for _, t in lines[:last]):
        return lines
    date = f"{found['year']}-{int(found['month']):02d}-{int(found['day']):02d}"
    fields["source"] = fields["closing_source"] = fields["closing_issue"] = found["paper"]
    fields["date"] = date
    repairs.append(Repair(
        "closing-issue", lines[last][0], lines[last][1].strip(),
        f"source: {found['paper']}, date: {date}",
        "The article's closing line names the paper's issue it ran in: took the paper as "
        "the source and the issue's day as the date."))
    return lines[:last] + lines[last + 1:]


def head_promotion(lines: list[tuple[int, str]], fields: dict[str, str],
                    repairs: list[Repair]) -> list[tuple[int, str]]:
    # (the export's quoted address line, 「> 原文地址: [https://…](…)」, is a fact of the
    # head, not the article's first line)
    body = next((i for i, (_, t) in enumerate(lines) if is_body_line(t)
                 and not ADDRESS_LINE.match(t)), 0)
    drop: set[int] = set()
    names = {fields.get("source", ""), fields.get("authors", "")} - {""}
    title = next((i for i, (_, t) in enumerate(lines[:body]) if t.startswith("# ")), None)
    if title is not None:
        following = next((i for i in range(title + 1, body) if plain_text(lines[i][1])
                          and not IMAGE_ONLY.match(lines[i][1])
                          and not lines[i][1].startswith("#")), None)
        if following is not None and plain_text(lines[following][1]) in names:
            drop.add(following)
            repairs.append(Repair(
                "account-name", lines[following][0], plain_text(lines[following][1]), "",
                "Dropped the account's name under the title (the export's front matter "
                "names it)."))
    promotion = next((i for i in range(body) if _is_frame_line(lines[i][1])
                      and HEAD_PROMOTION.search(plain_text(lines[i][1]))), None)
    if promotion is not None:
        end = promotion
        # A subscription's code and hotline, its images and further calls go with it;
        # any other short line (a title, a byline, a kicker) is the article's and stops it.
        while end < body and not FACT_LINE.match(plain_text(lines[end][1])) and (
                not plain_text(lines[end][1]) or IMAGE_ONLY.match(lines[end][1])
                or HEAD_PROMOTION.search(plain_text(lines[end][1]))
                or SUBSCRIPTION_DETAIL.match(plain_text(lines[end][1])) or (
                    FIELD_LINE.match(plain_text(lines[end][1]))
                    and len(plain_text(lines[end][1])) <= FRAME_LINE_MAX)):
            end += 1
        run = [(n, plain_text(t)) for n, t in lines[promotion:end] if plain_text(t)]
        drop.update(range(promotion, end))
        repairs.append(Repair(
            "account-promotion", run[0][0], " ⏎ ".join(t for _, t in run)[:60], "",
            f"Dropped the account's promotion before the article ({len(run)} short lines "
            "under a scan/follow/subscribe call).", review=True))
    return [line for i, line in enumerate(lines) if i not in drop]

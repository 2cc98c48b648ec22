"""The page's foot (see the package's docstring): the run of the page's furniture under the
article — its share bar, comments, related articles, footer and reprint notice — dropped from
its first furniture line on (`closing_furniture`), and a lone furniture line closing the text
kept and told (`foot_doubts`)."""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END, simplified
from briefing.importer.parse import RawBlock
from briefing.importer.records import Repair
from briefing.importer.webframe.furniture import (
    OFFICE_FOOTER,
    SHARE_LABEL,
    SITE_CONTACT,
    SITE_FOOTER,
    SITE_FOOTER_MAX,
    bracketed_tool_row,
    furniture_line,
)
from briefing.importer.webframe.lines import DATE_LINE, IMAGE_ONLY, is_body_line, plain_text
from briefing.importer.webframe.sitemarks import APP_NAME

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
# this package.)
# a portal's feedback box under the page asks about the page itself
FEEDBACK_QUESTION = re.compile(
    r"^此(?:页面|网页|页)有问题吗|^(?:这篇文章|本文|此页面?)对您有(?:没有)?帮助吗")
PAGE_COUNTER_LINE = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量)|点击数|点击率")
FOOT_FURNITURE = re.compile(
    r"分享(?:到|更多|本文|至)|^分享$|字体|字号|打印|关闭(?:窗口|本页)|评论|人参与|我要留言|发表留言"
    # a blog's comment box (Blogger: 「沒有留言:」 ⏎ 「張貼留言」, 「No comments:」 ⏎ 「Post a
    # Comment」)
    r"|^[没沒]有留言[:：]?$|^[张張][贴貼]留言$|^[发發][布佈表]留言$|^No comments:?$"
    r"|^Post a Comment$"
    # a theme's comments heading (WordPress's 「Discussion about this post」, 「Leave a
    # Reply」) and its read-more link to another story (「阅读更多：某某」)
    r"|^Discussion about this post$|^Leave a (?:Reply|Comment)$|^阅读更多[：:]"
    # a portal's comment form under the story: its post button and the poster's fields
    # (「我要发布」「用户：  匿名  隐藏地址」, 「我要跟帖」)
    r"|我要(?:发布|跟帖)|跟帖|^用户[ \t\u3000]*[:：].{0,12}匿名"
    # a site's links to its own accounts under the story (「官方微博」「微信公众号」, each a
    # QR code's label)
    r"|官方微博|官方微信|微信公众号|官方抖音|^订阅频道$|^订阅号$|(?:Facebook|Telegram|Twitter|YouTube)$"
    # an e-paper's page list under the story (「标题导航」 ⏎ 「第A1版：头版」 ⏎ 「第A2版：…」)
    r"|标题导航|版面导航|本版导航|^第[ \t]*[A-Z]?\d{1,3}[ \t]*版[：:]"
    r"|相关(?:新闻|阅读|文章|链接|报道|推荐|信息|稿件)|关联(?:信息|阅读|文章|新闻)$|推荐阅读|推荐内容|猜你喜欢|为你推荐|延伸阅读|热点推荐|^(?:热点|热门|最新|精彩)(?:文章|新闻|资讯)$|(?:请|会员|用户)?登[录陆][：:]?$"
    r"|验证码|上一篇|下一篇|上一条|下一条|责任编辑|责编|版权所有|ICP\s*备|公网安备|扫一扫|扫码|返回顶部"
    # a list's 「更多>>」 link, and the site's name with the page's editor (「某某新闻网 编辑：
    # 张三 李四」)
    r"|^更多[ \t]*(?:>>|»|＞＞|>)$|(?:网|报|台)[ \t\u3000]+编辑[ \t\u3000]*[:：]"
    # a government site's footer menu of links to other sites by group (「国务院部门网站」
    # 「地方政府网站」「其他网站」) and its 「网站地图」
    r"|(?:政府|部门|其他)网站$|网站地图"
    # a site's footer menu: 「关于我们 | 联系我们 | 广告服务 | 版权声明」, one a line in a copy
    r"|关于我们|联系我们|广告服务|版权[声申]明|免责[声申]明|友情链接|^(?:网站|本站|本网)声明$"
    # a news site's comment counter and the editor's field in brackets on the bar under
    # the story: 「参与互动（0） | 【编辑：某某】 |」
    r"|参与互动|[【\[][ \t\u3000]*(?:责任)?编辑[ \t\u3000]*[:：]"
    # a portal's feedback box under the page (「此页面有问题吗?」 ⏎ 「帮助我们改进GOV.MO」 ⏎
    # 「* 必填项」 ⏎ 「提交」; 「这篇文章对您有帮助吗?」): its question, its required-field
    # mark and its button
    r"|帮助我们改进|^\*?[ \t\u3000]*必填项?$|" + FEEDBACK_QUESTION.pattern +
    r"|^(?:提交|送出|发送)$"
    # the page's tag field under the story, its tags often not copied (「标签：」)
    r"|^(?:标签|Tags?)[ \t\u3000]*[:：]"
    # the page's hit counter (「浏览次数：  更新时间：2015-07-14」), whatever stands beside it
    r"|" + PAGE_COUNTER_LINE.pattern)
RIGHTS_NOTICE = re.compile(r"^[【\[]?(?:版权|免责)[声申]明[】\]]?[ \t\u3000]*[:：]")
FOOT_LINE_MAX = 40  # a furniture line's characters (a notice under a comment box included)
FOOT_MARKS_MIN = 2  # furniture lines in the run that make it the page's foot


def _foot_line(text: str) -> bool:
    """A line that may belong to a page's foot: blank, an image, the site's footer line
    (FOOTER_IN_RUN), or short and ending no sentence (a dated 落款 line stops the run:
    what stands above it is the article's)."""
    plain = plain_text(text)
    if not plain or IMAGE_ONLY.match(text) or _footer_line(plain) \
            or len(plain) <= SITE_FOOTER_MAX and SITE_CONTACT.match(plain):
        return True  # (the site office's contact line: 「电话：… 传真：… 地址：…」)
    closing = plain.rstrip("”’」』")
    if len(plain) <= FOOT_LINE_MAX and closing[-1:] in ("！", "!") and FOOT_FURNITURE.search(
            simplified(plain)):
        return True  # 「手机扫码，畅快体验！」: the page's call, an exclamation with its word
    if len(plain) <= FOOT_LINE_MAX and closing[-1:] in ("？", "?") and FEEDBACK_QUESTION.search(
            simplified(plain)):
        return True  # 「此页面有问题吗?」: the feedback box's question
    return (len(plain) <= FOOT_LINE_MAX and bool(closing) and closing[-1] not in SENTENCE_END
            and not (DATE_LINE.search(plain) and not PAGE_COUNTER_LINE.search(plain)))


# FOOTER_IN_RUN: the site's copyright or registration line (「Copyright ©1999-2024 某某网.
# All Rights Reserved」「版权所有：… ICP备…」) is the last line of every page, long as it may
# be: in the foot's run it is one of its lines and one of its marks, so the short furniture
# lines above it (「相关阅读：」「参与互动（0）」) are read as the foot they are.
def _footer_line(plain: str) -> bool:
    return len(plain) <= SITE_FOOTER_MAX and bool(
        SITE_FOOTER.search(plain) or OFFICE_FOOTER.match(plain)) \
        and plain.rstrip("”’」』")[-1:] not in SENTENCE_END or _reprint_notice(plain)


# The site's reprint notice, a sentence or two under its footer on every page: 「闽南网拥有
# 闽南网采编人员所创作作品之版权，未经闽南网书面授权，不得转载、摘编…。」「凡本网注明…的作品，
# 版权均属…，未经授权不得转载」. Only ever read at the text's foot, in the footer's run.
# And its disclaimer for what it reposts: 「凡本网未注明…的作品，均转载自其它媒体，转载目的在于
# 传递更多信息，并不代表本网赞同其观点」「…来源于网友上传，不代表本站观点」.
REPRINT_NOTICE = re.compile(
    r"未经[^。]{0,30}(?:授权|许可|同意|允许)[^。]{0,40}(?:不得|禁止|严禁)[^。]{0,20}"
    r"(?:转载|复制|摘编|镜像)"
    r"|转载目的在于传递更多信息|不代表本(?:网|站|报|台|刊)(?:赞同其)?(?:观点|立场)")
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
    texts = [plain_text(text) for _, text in run if plain_text(text)]
    return (len(texts) > LINK_ITEMS_MIN and bool(SHARE_LABEL.match(simplified(texts[0])))
            and all(LINK_ITEM.match(text) and _foot_line(text) for text in texts[1:]))


def closing_furniture(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    """The lines without the page's furniture at their foot (FOOT_FURNITURE): each
    dropped line a repair naming it, the first a spot to review."""
    start = len(lines)
    while start > 0 and _foot_line(lines[start - 1][1]):
        start -= 1
    marks = [i for i in range(start, len(lines))
             if FOOT_FURNITURE.search(simplified(plain_text(lines[i][1])))
             or _footer_line(plain_text(lines[i][1]))
             or bracketed_tool_row(plain_text(lines[i][1]))]
    if len(marks) == 1 and (_share_links(lines[marks[0]:]) or RIGHTS_NOTICE.match(
            simplified(plain_text(lines[marks[0]][1])))):
        # SHARE_LINKS: the label is the run's second mark; a rights notice (「版权声明：凡注
        # 有稿件来源为…」, cut short as a copy may leave it) is the page's on its own
        marks = marks * FOOT_MARKS_MIN
    if len(marks) < FOOT_MARKS_MIN or not any(is_body_line(t) for _, t in lines[:marks[0]]):
        return lines
    run = [(n, plain_text(t)) for n, t in lines[marks[0]:] if plain_text(t)]
    if all(furniture_line(text) for _, text in run):
        return lines  # each line is one web_furniture drops with its own reason
    # The page's credit fields among the run (「来源：中国新闻网」 under 「责任编辑：」) are the
    # story's facts: kept, after the article, for the facts' pass to take.
    credits = [(n, t) for n, t in lines[marks[0]:] if plain_text(t) and not FOOT_FURNITURE.search(
        simplified(plain_text(t))) and _credit_field(plain_text(t))]
    run = [(n, text) for n, text in run if n not in {number for number, _ in credits}]
    for index, (number, text) in enumerate(run):
        repairs.append(Repair(
            "page-foot", number, text, "",
            f"Dropped the web page's furniture under the article: a run of {len(run)} short "
            f"lines from 「{run[0][1]}」 on, {len(set(marks))} of them the page's share, font, "
            "comment, related-article, editor or copyright lines — check the article "
            "ended above it." + (" The share label has only a bulleted list of links "
                                 "under it: the page's related links." if len(set(marks)) == 1
                                 else ""), review=index == 0))
    return lines[:marks[0]] + credits


# ARTICLE_NAVIGATION: the links to the story before and after (「<<上一篇    下一篇>>」「上一条
# ⏎ 下一条」) stand where the story ends, on every site: what follows them — the paper's
# registration, its issues, its address, a counter — is the page's, when none of it is a
# sentence of prose.
ARTICLE_NAVIGATION = re.compile(r"上一(?:篇|条|則|则|頁|页)")
NEXT_LINK = re.compile(r"下一(?:篇|条|則|则|頁|页)")
NAVIGATION_LOOK = 2  # lines: 「上一篇：…」 ⏎ 「下一篇：…」
LONE_LINK = re.compile(r"[<«《]*上一(?:篇|条|则|页)[>»》]*[:：]?")
# A row of tags: two to six words of Han, a space between each, none longer than a tag.
TAG_ROW = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[ \t\u3000]+[\u4e00-\u9fff]{1,6}){1,5}")


def closing_navigation(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines) if plain_text(text)]
    for at, index in enumerate(filled):
        # (the raw line: 「<<上一篇    下一篇>>」 reads as a tag to plain_text)
        plain = simplified(lines[index][1].strip())
        # (or the link to the story before alone, with that story's headline under it
        # ending the text: 「上一則」 ⏎ 「漫步、藝術、太極⋯屬於自己的高線公園」)
        lone = bool(LONE_LINK.fullmatch(plain)) and len(filled) - at - 1 <= NAVIGATION_LOOK
        paired = any(NEXT_LINK.search(simplified(lines[i][1]))
                     for i in filled[at:at + NAVIGATION_LOOK])
        if len(plain) > FOOT_LINE_MAX or not ARTICLE_NAVIGATION.search(plain) \
                or not (lone or paired):
            continue
        after = [plain_text(lines[i][1]) for i in filled[at + 1:]]
        if not any(is_body_line(t) for _, t in lines[:index]) or any(
                re.search(r"[\u4e00-\u9fff]", text) and text.rstrip("”’」』）)")[-1:]
                in SENTENCE_END and len(text) >= 15 for text in after):
            return lines
        # The story's tags right above the links (「華埠 華人 亞裔」): the page's too.
        if at > 0 and TAG_ROW.fullmatch(plain_text(lines[filled[at - 1]][1])):
            at, index = at - 1, filled[at - 1]
        for number, text in [(lines[i][0], lines[i][1].strip()) for i in filled[at:]]:
            repairs.append(Repair(
                "page-foot", number, text, "",
                "Dropped the web page's furniture from the links to the stories before and "
                f"after (「{lines[index][1].strip()[:20]}」) on: the article ends there — "
                "check it.", review=number == lines[index][0]))
        return lines[:index]
    return lines


# RELATED_LIST: a page's list of other stories under its label (「猜你喜欢：」「相关阅读」),
# each item a headline with its time stamp or its byline, or its teaser of a sentence or two
# under it, none a sentence of the story: from the label to the text's end, no prose but
# teasers, the list is the page's.
RELATED_LABEL = re.compile(r"^(?:猜你喜欢|相关(?:新闻|阅读|文章|报道|推荐|稿件)|推荐阅读|推荐内容"
                           r"|新闻推荐|推荐新闻|精彩推荐"
                           # a news site's shop widget (聯合報's 「商品推薦」)
                           r"|商品推荐|好物推荐"
                           # a release's list of its files (衛福部's 「相關檔案」)
                           r"|相关档案|相关附件|相关文件|附件下载"
                           r"|延伸阅读|热点推荐|为你推荐|更多精彩|热门文章|热门新闻|最新文章"
                           # a news site's video teasers (香港中通社's 「視頻」 ⏎ 「更 多」 ⏎ …)
                           r"|视频|更多视频|热门视频|精彩视频)"
                           r"[ \t\u3000]*[:：]?$")
RELATED_ITEMS_MAX = 12
RELATED_ITEM_MAX = 40  # characters of a headline that ends in 「！」「？」
TEASER_MAX = 160  # characters of a listed story's teaser under its headline
TEASED_HEADLINE_MIN = 8  # characters of a listed story's headline over its teaser
TEASERS_MIN = 2


def _credit_field(text: str) -> bool:
    """A line of the page's credit fields with their values (「来源：中国新闻网」「作者：张三」)."""
    from briefing.importer.titleblock.lines import labelled_facts  # it imports this package

    # (「資料來源」 read as 「资料来源」; a list's bullet before it, 「• 資料來源：…」)
    found = labelled_facts(simplified(text.strip().lstrip("•·●▪◦-* \t")))
    return bool(found) and all(key in ("source", "authors") and value.strip()
                               for key, value in found)


def _headlines(items: list[str]) -> bool:
    """Each item a headline, or a headline's teaser under it (one paragraph, TEASER_MAX at
    most: 「新范本！…开辟“五条通道”」 ⏎ 「10年来，…成为国际合作“新范本”。」) — never two
    paragraphs of prose in a row, never prose first."""
    headline, teasers = "", 0
    for item in items:
        # (a headline may end in an exclamation, 「…驚喜現身！」: a short line, no prose)
        prose = item[-1] in SENTENCE_END and (item[-1] in "。." or len(item) > RELATED_ITEM_MAX)
        if prose:
            # a teaser stands under a headline of its own (a page's button is none)
            if len(headline) < TEASED_HEADLINE_MIN or furniture_line(headline) \
                    or len(item) > TEASER_MAX:
                return False
            teasers += 1
        headline = "" if prose else item
    # (one paragraph of prose under a line is the text's own more likely than a list's)
    return teasers == 0 or teasers >= TEASERS_MIN


def closing_related_list(lines: list[tuple[int, str]], repairs: list[Repair]
                         ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines) if plain_text(text)]
    tail = filled[-RELATED_ITEMS_MAX - 1:]
    label = next((i for i in tail if RELATED_LABEL.match(simplified(plain_text(lines[i][1])))),
                 None)
    if label is None or not any(is_body_line(t) for _, t in lines[:label]):
        return lines
    # The page's credit fields under the list (「資料來源：疾病管制署」) are the story's facts:
    # kept, for the facts' pass to take.
    credits = [lines[i] for i in filled if i > label and _credit_field(plain_text(lines[i][1]))]
    items = [plain_text(lines[i][1]) for i in filled if i > label and lines[i] not in credits]
    if not _headlines(items):  # (the label alone closing the text: its list not copied)
        return lines
    repairs.append(Repair(
        "related-list", lines[label][0], plain_text(lines[label][1]), "",
        f"Dropped the page's list of other stories under its label ({len(items)} items, "
        "headlines and their teasers) — check the article ended above it.", review=True))
    return lines[:label] + credits


def foot_doubts(blocks: list[RawBlock]) -> list[Repair]:
    """A doubt on the article's last block when it is one short line ending no sentence
    with a furniture word (FOOT_FURNITURE) or an app's name in it (「某某「一手新闻」 app」,
    「评论」): a page's lone furniture line, or the article's own last words — too little
    to drop on (no run of them, see closing_furniture), so kept and told."""
    text_blocks = [block for block in blocks if block.kind != "comment"]
    if len(text_blocks) < 2 or text_blocks[-1].kind != "text" \
            or len(text_blocks[-1].lines) != 1:
        return []
    last = text_blocks[-1]
    plain = simplified(plain_text(last.text))
    if not plain or len(plain) > FOOT_LINE_MAX or plain[-1] in SENTENCE_END \
            or not (FOOT_FURNITURE.search(plain) or APP_NAME.search(plain)) \
            or not any(is_body_line(block.text) for block in text_blocks[:-1]):
        return []
    return [Repair(
        "page-foot-doubt", last.line, last.text.strip(), last.text.strip(),
        "Kept the article's last line, a short line with a web page's furniture word in it "
        "(share, comment, related articles, editor, copyright, an app's name): check whether "
        "it is the page's furniture (then delete it) or the article's own words.",
        review=True)]


# STORY_LISTS: a news page's foot of story lists, each under its label — 「相關主題內容」
# (its tags), 「更多相關內容」, 「頭條新聞」, 「特別推薦」, 「熱門內容」 — each item a headline with
# its date or age under it (「2025年11月28日」「4 小時前」) or its rank before it, then the
# site's footer. Two labels or more, three dates or more, and no paragraph among them: from
# the first label on, the page's.
STORY_LIST_LABEL = re.compile(
    r"^(?:相关主题(?:内容)?|更多相关内容|相关内容|头条新闻|特别推荐|热门内容|热读|最多阅读|最新消息"
    r"|延伸阅读|猜你喜欢|相关(?:新闻|阅读|文章|报道)|推荐阅读|热门文章|最新文章|编辑推荐)[:：]?$")
STORY_DATE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"|\d{1,2}\s*(?:分钟|小时|天)前)$")
STORY_LIST_LABELS_MIN = 2
STORY_DATES_MIN = 3
STORY_LINE_MAX = 80  # a headline, a tag, a footer link; a paragraph of the story is longer


def closing_story_lists(lines: list[tuple[int, str]], repairs: list[Repair]
                        ) -> list[tuple[int, str]]:
    labels = [i for i, (_, text) in enumerate(lines)
              if STORY_LIST_LABEL.match(simplified(plain_text(text)))]
    for first in labels:
        tail = [simplified(plain_text(t)) for _, t in lines[first:] if plain_text(t)]
        if sum(1 for i in labels if i >= first) < STORY_LIST_LABELS_MIN or \
                sum(1 for t in tail if STORY_DATE.match(t)) < STORY_DATES_MIN or \
                any(len(t) > STORY_LINE_MAX for t in tail) or \
                not any(is_body_line(t) for _, t in lines[:first]):
            continue
        repairs.append(Repair(
            "story-lists", lines[first][0], plain_text(lines[first][1]), "",
            f"Dropped the page's lists of other stories under the article ({len(tail)} short "
            f"lines from 「{plain_text(lines[first][1])}」 on: labels, headlines and their "
            "dates, the site's footer) — check the article ended above it.", review=True))
        return lines[:first]
    return lines


# A paper's standing links under the story, each a label and its address on the next line,
# between rules (「------」 ⏎ 「📰支持大紀元，購買日報：」 ⏎ 「https://…/stores」 ⏎ 「📊InfoG:」 ⏎
# 「https://bit.ly/…」): the page's, printed on every story. Closing the text, a run of such
# lines — rules, labels ending in a colon, bare addresses, each label over an address — with
# two addresses at least is dropped.
LINK_RULE = re.compile(r"^[-—=_*·]{3,}$")
LINK_LABEL = re.compile(r"^\S.{0,23}[:：]$")
BARE_ADDRESS = re.compile(r"^https?://\S+$")
CITED_LABEL = re.compile(r"参考|文献|来源|出处|资料|附件|原文|引用|注释|链接")
LINK_BLOCK_ADDRESSES_MIN = 2


def closing_link_block(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    start = len(lines)
    addresses = 0
    while start > 0:
        text = plain_text(lines[start - 1][1]).strip()
        if text and not (LINK_RULE.match(text) or BARE_ADDRESS.match(text)
                         or (LINK_LABEL.match(text) and start < len(lines)
                             and BARE_ADDRESS.match(plain_text(lines[start][1]).strip()))):
            break
        addresses += bool(BARE_ADDRESS.match(text))
        start -= 1
    run = [(n, plain_text(t).strip()) for n, t in lines[start:] if plain_text(t).strip()]
    labels = [text for _, text in run if LINK_LABEL.match(text)]
    if addresses < LINK_BLOCK_ADDRESSES_MIN or not labels or any(
            CITED_LABEL.search(simplified(label)) for label in labels) or not any(
            is_body_line(t) for _, t in lines[:start]):
        return lines  # (a text's own references, 「参考资料：」 over their addresses, stay)
    for index, (number, text) in enumerate(run):
        repairs.append(Repair(
            "page-foot", number, text, "",
            f"Dropped the page's standing links under the story ({len(run)} lines: labels, "
            "their addresses and rules) — check the article ended above them.",
            review=index == 0))
    return lines[:start]


# 大紀元 and its sister outlets close a story with 「@」 after its last sentence (「…縮短0.7日。@」,
# 「@*」 on a reposted one): their system's end mark, no word of the story (the corpus's golds
# drop it).
AT_END_MARK = re.compile(r"(?<=[。！？”」』）)])[ \t\u3000]*@\*?[ \t\u3000]*$")


def closing_at_mark(lines: list[tuple[int, str]], repairs: list[Repair]
                    ) -> list[tuple[int, str]]:
    filled = [i for i, (_, text) in enumerate(lines) if text.strip()]
    if not filled:
        return lines
    last = filled[-1]
    number, text = lines[last]
    found = AT_END_MARK.search(text)
    if not found:
        return lines
    repairs.append(Repair(
        "end-mark", number, text.strip()[-20:], text[:found.start()].strip()[-20:],
        "Dropped the 「@」 closing the story's last sentence: the end mark of 大紀元's system, "
        "no word of the text."))
    return [*lines[:last], (number, text[:found.start()]), *lines[last + 1:]]

"""A site's marks among the text's lines (see the package's docstring): a content site's paywall
and tip jar under the part of the text it shows and its mark where it hid text, a news site's
banner for its app, a page's style sheet copied with the text, an embedded video player's
controls and playlist."""

from __future__ import annotations

import re

from briefing.importer.chars import SENTENCE_END, simplified
from briefing.importer.records import Repair
from briefing.importer.webframe.lines import is_body_line, plain_text

# A content site's (a 范文 site's) paywall and tip jar under the part of the text it shows:
# 「阅读全文」, the call to log in or pay for the rest, the call to tip (赞赏/打赏) and its
# amounts (「¥8.88」), 「查看更多>>」, 「分享：」. Each line of the run is such a line.
PAYWALL_LINE = re.compile(
    r"全文共\s*\d+\s*字[^。！？]{0,6}(?:当前|仅|只)?显示\s*\d+\s*字"
    # the site's bracketed pointer to its notice under the cut: 「（请认真阅读下面的提示信息）」
    r"|^[（(]请[^（）()]{0,16}(?:提示|说明|须知)[^（）()]{0,4}[）)]$|"
    r"阅读全文|查看更多|试读(?:已)?结束|开通(?:VIP|会员)|(?:登陆|登录|会员|付费).{0,10}(?:阅读|查看|全文|内容)"
    # a 范文 site's preview and its ghostwriters' call: 「预览结束，免费获取全文或定制代笔
    # 此类文章！」「请点击👉 某某 👈联系老师」
    r"|预览(?:已)?结束|获取全文|定制代笔|联系老师"
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
    r"试读(?:已)?结束|预览(?:已)?结束|开通(?:VIP|会员)|(?:阅读|查看|下载).{0,16}(?:登陆|登录|会员|付费|VIP)"
    r"|(?:登陆|登录|会员|付费).{0,10}(?:阅读|查看|全文|内容)")
PAYWALL_LINE_MAX = 30


def closing_paywall(lines: list[tuple[int, str]], repairs: list[Repair]
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
            or not any(is_body_line(t) for _, t in lines[:start]):
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


# …or its button to show the hidden part, run into a sentence (「…街道、广场等公共 当前隐藏内容
# 免费查看场所未见到…」).
REVEAL_BUTTON = re.compile(r"[ \t\u3000]*当前隐藏内容(?:免费)?查看[ \t\u3000]*")
# …or a line alone where the hidden part stood: 「VIP会员可见」「以下内容登录后可见」.
MEMBERS_ONLY = re.compile(r"^[（(【\[]?(?:以下|剩余|此处|本段)?(?:内容|全文)?(?:仅)?(?:VIP)?"
                          r"(?:会员|付费|登录|登陆)(?:后)?(?:用户)?(?:才)?可见[）)】\]]?$", re.I)


def hidden_text_marks(lines: list[tuple[int, str]], repairs: list[Repair]
                       ) -> list[tuple[int, str]]:
    result = []
    for number, text in lines:
        if MEMBERS_ONLY.match(simplified(plain_text(text))):
            repairs.append(Repair(
                "site-hidden-text", number, plain_text(text), "",
                f"Dropped the site's mark 「{plain_text(text)}」: the site hid part of the "
                "text here, for its members, so the text is incomplete at this point — fill "
                "it in from another copy, or tell the reader.", review=True))
            continue
        button = REVEAL_BUTTON.search(text)
        if button:
            repairs.append(Repair(
                "site-hidden-text", number, button[0].strip(), "",
                f"Dropped the site's button 「{button[0].strip()}」 run into the text: check "
                "the sentence around it is whole.", review=True))
            text = text[:button.start()] + text[button.end():]
        found = HIDDEN_TEXT.search(text)
        if found:
            repairs.append(Repair(
                "site-hidden-text", number, found[0], "",
                f"Dropped the site's mark 「{found[0]}」: the site hid {found[1]} characters "
                "of the text here, so the text is incomplete at this point — fill them in "
                "from another copy, or tell the reader.", review=True))
            text = text[:found.start()] + text[found.end():]
            if MEMBERS_ONLY.match(simplified(plain_text(text))):
                text = ""  # 「此处隐藏5120个字。VIP会员可见」: the rest of the same mark
        result.append((number, text))
    return result


# APP_DOWNLOAD: a news site's banner for its app, copied with the page: the app's name
# (its icon's alt text beside it) and the download button — 「某某新闻APP Icon某某新闻APP」
# ⏎ 「下载」, 「某某日报客户端 立即下载」. A short line naming an app (APP, 客户端) with a
# download call in it or alone on the next line; no sentence of an article is so made.
APP_NAME = re.compile(r"(?:APP|App|app|客户端)")
DOWNLOAD_CALL = re.compile(r"^(?:立即|马上|点击|免费)?下载(?:APP|App|app|客户端)?$")
APP_LINE_MAX = 40


def app_download(lines: list[tuple[int, str]], repairs: list[Repair]
                  ) -> list[tuple[int, str]]:
    drop: set[int] = set()
    for index, (_, text) in enumerate(lines):
        plain = simplified(plain_text(text))
        if index in drop or not plain or len(plain) > APP_LINE_MAX or not APP_NAME.search(plain) \
                or plain[-1] in SENTENCE_END | set("，,；;：:"):
            continue
        below = next((i for i in range(index + 1, min(index + 3, len(lines)))
                      if lines[i][1].strip()), None)
        words = plain.split()
        if len(words) >= 2 and DOWNLOAD_CALL.match(words[-1]):
            found = [index]
        elif below is not None and DOWNLOAD_CALL.match(simplified(plain_text(lines[below][1]))):
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


def style_rules(lines: list[tuple[int, str]], repairs: list[Repair]
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


# MEDIA_CONTROLS: an embedded video player (video.js, JW Player and the like) copied with
# the page leaves its controls' words a line each — 「Closed captions」「Playback speed」
# 「1x Normal」「Quality」「Auto」「360p」「Back」「Skip」「Ads by」 — and its playlist
# (「Now Playing」 ⏎ a clip's title ⏎ 「02:37」). A run of such lines, the short lines between
# them included, is the player's; CONTROL_WORDS_MIN different control words make it one.
CONTROL_LINE = re.compile(
    r"^(?:Closed captions|Captions|Subtitles(?: settings)?|Playback speed|Playback rate|"
    r"Quality|Auto|Back|Skip(?: Ad)?|Ads by|Now Playing|Up Next|Continue to video|Settings|"
    r"Fullscreen|Mute|Unmute|Play|Pause|Replay|Live|OFF|ON|Normal|Chinese|English|"
    r"\d(?:\.\d+)?x(?: Normal)?|\d{3,4}p|\d{1,2}:\d{2}(?::\d{2})?|\(\d+\)|\d{1,2}|/)$", re.I)
NAMED_CONTROL = re.compile(
    r"^(?:Closed captions|Subtitles|Playback speed|Playback rate|Quality|Ads by|Now Playing|"
    r"Up Next|Continue to video|Fullscreen|\d(?:\.\d+)?x(?: Normal)?|\d{3,4}p)$", re.I)
CONTROL_WORDS_MIN = 3
CONTROL_GAP_MAX = 2  # other short lines (a clip's title, the site's name) between two
CONTROL_GAP_LINE_MAX = 80


def media_player_controls(lines: list[tuple[int, str]], repairs: list[Repair]
                          ) -> list[tuple[int, str]]:
    drop: set[int] = set()
    index = 0
    while index < len(lines):
        if not NAMED_CONTROL.match(plain_text(lines[index][1])):
            index += 1
            continue
        start = end = index  # the run's first and last control lines
        gap, at = 0, index + 1
        while at < len(lines) and gap <= CONTROL_GAP_MAX:
            plain = plain_text(lines[at][1])
            if not plain:
                at += 1
                continue
            if CONTROL_LINE.match(plain):
                end, gap = at, 0
            elif len(plain) <= CONTROL_GAP_LINE_MAX and plain[-1] not in SENTENCE_END:
                gap += 1
            else:
                break
            at += 1
        named = {plain_text(lines[i][1]).lower() for i in range(start, end + 1)
                 if NAMED_CONTROL.match(plain_text(lines[i][1]))}
        if len(named) < CONTROL_WORDS_MIN:
            index = end + 1
            continue
        run = [plain_text(t) for _, t in lines[start:end + 1] if plain_text(t)]
        repairs.append(Repair(
            "media-player", lines[start][0], " ⏎ ".join(run)[:60], "",
            f"Dropped an embedded video player's controls and playlist ({len(run)} lines: "
            f"{', '.join(sorted(named)[:4])} …): the page's, not the article's.",
            review=True))
        drop.update(range(start, end + 1))
        index = end + 1
    return [line for i, line in enumerate(lines) if i not in drop]

"""A site's template lines on the blocks (see the package's docstring), each dropped on its own
with its reason (`web_furniture`, `furniture_line`): the staff fields, previous/next links,
jump lines and page separators, app promotions and browser warnings, tool bars, the site's
footer, disclaimer and notices, a photo's file name."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from briefing.importer.chars import SURNAMES, simplified
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.roles import is_caption_text
from briefing.importer.webframe.head import EPAPER_PAGE_LABEL
from briefing.importer.webframe.pinyin import pinyin_notes, read_through_pinyin

# What a web page's template prints around every article of a site, copied with its text:
# the editor's field (「责任编辑：张三」, the corpus README: furniture), the previous/next
# links (「上一篇：…」「下一篇：…」), a newspaper's jump line (「（下转第二版）」「（上接第1版）」,
# the page a story continues on, meaningless off the page), a CMS page separator
# (「pagebreak」, 「[pagebreak]」 glued to a paragraph's end), a newspaper archive's
# 「（附图片1张）」 (the photo is not in the text), a browser warning and an app
# promotion (「扫描二维码下载客户端」「…，尽在某某APP」「长按下方二维码，阅读全部内容」).
EDITOR_FIELD = re.compile(r"^[（(【\[]?\s*(?:责任编辑|责编)\s*[:：][^。！？]{0,24}$")
# A line of nothing but the page's staff fields: 「编辑：张三　审核：李四」「校对：王五」, a
# two-character name spaced to three characters' width too (「编辑：黄   敏」).
STAFF_NAME = (r"(?:[\u4e00-\u9fff][ \t\u3000]{1,3}[\u4e00-\u9fff](?![\u4e00-\u9fff])"
              r"|[\u4e00-\u9fff·]{2,5})")
STAFF_FIELD = (r"[（(【\[]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|监制|初审|复审|终审|签发|美编|"
               rf"值班编辑|统筹)\s*[:：]\s*{STAFF_NAME}(?:[ 、，,]{STAFF_NAME})*"
               r"\s*[）)】\]]?")
STAFF_FIELDS = re.compile(rf"{STAFF_FIELD}(?:[ \t\u3000|｜]+{STAFF_FIELD})*")
# A yearbook's page sets the label and the name apart by a space alone (「编辑 解丽莉」):
# the field only when what follows is a person's name (a common surname's), never words.
SPACED_STAFF = re.compile(r"^(?:责任编辑|责编|编辑|审核|审校|校对|美编)[ \t\u3000]+"
                          r"(?P<name>[\u4e00-\u9fff]{2,3})$")


def _spaced_staff(text: str) -> bool:
    found = SPACED_STAFF.match(text)
    return bool(found) and found["name"][0] in SURNAMES
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
    r"^[|｜\s]*(?:上一篇|下一篇|上一条|下一条)\s*[:：]"
    r"|^\d{0,3}[ \t\u3000]*(?:上一篇|下一篇|上一页|下一页|上一条|下一条)$"
    # both links on one line (「上一篇 下一篇」, their titles not copied)
    r"|^(?:上一篇|上一条|上一页)[ \t\u3000|｜]*(?:下一篇|下一条|下一页)$")
JUMP_LINE = re.compile(
    r"[（(]\s*(?:下转|上接|转|接)第?\s*[\d一二三四五六七八九十]{1,3}\s*版\s*[）)]"
    r"|[（(]附图片?\s*(?:\d{1,2}\s*张)?[）)]")  # 人民日报's archive: （附图片1张）
PAGEBREAK = re.compile(
    r"\s*(?:<!--\s*pagebreak\s*-->|\[pagebreak\]|(?<![A-Za-z])pagebreak)\s*$", re.I)
PROMOTION = re.compile(
    r"(?:扫描|扫一扫|扫码).{0,8}(?:下载|关注|阅读|打开|浏览|查看|分享)|尽在.{1,15}(?:APP|App|app|客户端)$"
    # A WeChat article's call to the QR code of another (「长按下方二维码，阅读全部内容」):
    # the code is an image the briefing does not print, the call leads nowhere on paper.
    r"|(?:长按|识别)[^。！？]{0,6}二维码"
    # an advert's line and its button (「公文高手，超级方便的公文写作神器！ 立即了解」)
    r"|[!！][ \t\u3000]*(?:立即|马上|免费)(?:了解|下载|体验|购买|领取|咨询|试用)$")
PROMOTION_MAX = 30
# A page's call to follow its channel (「訂閱新聞局Telegram政府新聞頻道：https://t.me/…，即時接收
# 最新消息。」): the site's, on every page.
SUBSCRIBE_CALL = re.compile(r"^(?:欢迎)?订阅.{0,40}(?:频道|公众号|订阅号|电子报|newsletter)"
                            r".{0,60}(?:接收|获取|收到|推送)", re.I)
SUBSCRIBE_CALL_MAX = 90
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
# …the type-size buttons under 「字級：」, an item a line: 「• 大字」「• 中字」「• 小字」.
TYPE_SIZE_BUTTON = re.compile(r"^[•·●▪\-*]?[ \t]*(?:特大|大|中|小)字$")
# A site's weather widget in its head: 「03/13 週五 彰化縣|12°C - 23°C天氣圖標」.
WEATHER_WIDGET = re.compile(r"-?\d{1,2}[ \t]*°C[ \t]*[-~～至][ \t]*-?\d{1,2}[ \t]*°C"
                            r"(?:[ \t]*天气图标)?")
WEATHER_MAX = 60
# A video list's item as a site shows it: 「…保全傷|華視新聞 20260313 @CtsTw #shorts」.
VIDEO_LIST_ITEM = re.compile(r"[|｜][^|｜]{2,12}[ \t]+\d{8}[ \t]+@\w+")
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
    r"|您的浏览器不支持\s*(?:video|audio|视频|音频)\s*(?:标签|播放)?[。.]?"
    # an embedded player that failed to load, its message left where it stood
    r"|(?:未能|无法|不能)(?:播放|加载)\s*(?:YouTube|Youtube|优酷|腾讯)?\s*(?:视频|影片|音频)[。.]?"
    # the label over an embedded video (自由時報's 「相關影音」), the video not copied
    r"|相[关關](?:影音|视频|視頻|影片))$",
    re.I)
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
    "返回上级", "返回上一级", "返回上页", "返回列表", "返回首页", "回到目录",
    # the comment box's label and buttons under a story (ETtoday's 「讀者迴響」)
    "读者回响", "发表评论", "我要评论",
    "字号"})  # 大紀元's 「【字號】」 alone
CLOSE_ICON = re.compile(r"^[×✕✖╳]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[×✕✖╳]+$|^[×✕✖╳]+$")
DASHED_BUTTON = re.compile(r"[—–－\-]{1,3}[ \t\u3000]*([^—–－\-\s]{1,6})[ \t\u3000]*[—–－\-]{1,3}")
# A page's template printing its record of the article as data (「摘要： {"原始ID":"08cb…",
# "发布时间":"2021年03月04日",…}」): a JSON object, a label before it or none — no text.
JSON_RECORD = re.compile(r'^(?:[\u4e00-\u9fff]{1,6}[ \t\u3000]*[:：][ \t\u3000]*)?'
                         r'\{[ \t]*"[^"]{1,40}"[ \t]*:.*\}$')
LONE_MARK = re.compile(r"\.")
# 「廣告 廣告」「广告」「ADVERTISEMENT」「Advertisement」: a news page's label over an ad slot
# (read Simplified), alone on its line, the ad not copied.
AD_SLOT = re.compile(r"(?:广告|广告位|赞助内容|advertisement|ad)"
                     r"(?:[ \t\u3000]+(?:广告|advertisement|ad))*", re.I)
SITE_LOGO = re.compile(r"^(?:site[ \t]+)?logo[ \t]*[:：]", re.I)  # 「site logo: www.…com」
# The page's counter (「浏览次数：1234」「点击数：56次」「人氣：3」, read Simplified): among the
# head's facts no fact (titleblock.lines), alone on a line with its count the page's.
PAGE_COUNTER = re.compile(
    r"[ \t\u3000|｜]*(?:浏览次数|阅读次数|访问次数|点击次数|浏览量|阅读量|访问量|浏览数|阅读数"
    r"|点阅次数|点阅数|浏览人次|点阅"  # a Taiwan page's 「點閱次數：」
    r"|浏览人数|阅读人数|访问人数"
    r"|访问数|点击数|点击量|点击率|点击|浏览|阅读|访问"
    r"|查看"  # a Discuz portal's 「查看： 6」
    r"|人气)"  # 大紀元's 「人氣：3」
    # (「阅读：(187)」: the count in brackets after the colon)
    r"[ \t\u3000]*[:：][ \t\u3000]*(?:[（(][ \t\u3000]*\d*[ \t\u3000]*[）)]|\d*)[ \t\u3000]*次?")
QR_CODE_WORDS = frozenset({"qrcode", "qr code", "qr-code", "二维码"})
# A site's menu of channels on one line: five or more words set apart by spaces, no mark of a
# sentence, most of them ending alike (「新加坡新闻 马来西亚新闻 菲律宾新闻 越南新闻 …」) — a
# list of names (「张三 李四 王五」) ends in no common word.
CHANNEL_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")
CHANNEL_WORDS_MIN = 5
CHANNEL_SHARE = 0.6


def _channel_menu(text: str) -> bool:
    words = text.split()
    if len(words) < CHANNEL_WORDS_MIN or not all(CHANNEL_WORD.fullmatch(w) for w in words):
        return False
    endings = Counter(w[-2:] for w in words if len(w) >= 3)
    return bool(endings) and endings.most_common(1)[0][1] >= CHANNEL_SHARE * len(words)
# A government site's bar of links to other sites (「中国政府网 湖北政府网 黄冈政府网」) and its
# language switch: three names or more, each a site's (…网) or a switch's, set apart by spaces.
_SITE_LINK = (r"(?:[\u4e00-\u9fff]{2,10}网|繁体中文|简体中文|繁體中文|簡體中文|English"
              r"|无障碍|無障礙)")
SITE_LINK_BAR = re.compile(rf"{_SITE_LINK}(?:[ \t\u3000]+{_SITE_LINK}){{2,}}")
# A theme's script set inline in the page (「localStorage.getItem("pref-theme")==="dark"?
# document.body.classList.add("dark"):…」), copied with the text: code, no words.
SCRIPT_LINE = re.compile(r"\b(?:document|window|localStorage|sessionStorage|navigator)\.\w+"
                         r"|\bfunction\s*\(|\bvar\s+\w+\s*=|\)\s*=>")
# A blog theme's menu, its English words one a line (Hugo's PaperMod: 「Posts」「Archives」
# 「Search」「Tags」) over a Chinese post: the site's, no word of the post.
SITE_MENU_WORDS = frozenset({"Posts", "Archives", "Search", "Tags", "Categories", "About",
                             "RSS", "Home", "Links", "Blog", "Friends"})
TOOL_BUTTON_ALONE = 4  # a single button this long (打印本页, 关闭窗口) is no word of a text
# A government site's footer: its registration numbers and copyright, and the lines
# naming who runs the site right above them (「主办单位：…　承办单位：…」).
SITE_FOOTER = re.compile(
    # (not a word inside an e-mail address or a link: 「zscopyright@126.com」)
    r"ICP\s*备|公网安备|网站标识码|版权所有|(?<![\w.@/-])Copyright(?![\w.@/-])|©|\(c\)\s*\d{4}",
    re.I)
SITE_FOOTER_MAX = 100
SITE_OWNER = re.compile(r"^(?:主办|承办|协办|运维|技术支持|主办单位|承办单位|维护单位)\s*[:：]")
# Under the footer's registration lines, the site office's contact line: 「地址：…　邮编：…
# 电话：…」 (above them a 联系电话 line may be the notice's own, and stays).
# …and its office hours under it (「工作时间：9:00—18:00（国定节假日除外）」).
_CONTACT_LABEL = (r"(?:地址|联系地址|通讯地址|邮编|邮政编码|电话|联系电话|传真|电子邮箱"
                  r"|电子邮件|邮箱|E-?mail)")
SITE_CONTACT = re.compile(
    rf"^{_CONTACT_LABEL}\s*[:：]|^(?:工作|办公)时间\s*[:：]\s*\d{{1,2}}[:：]\d{{2}}.{{0,30}}"
    r"节假日除外", re.I)
# The office's name and its fields in one line set apart by bars (「某某局 | 地址：… | 电子邮件：…
# | 电话：…」): the site's footer wherever it stands in the page's foot.
OFFICE_FOOTER = re.compile(
    rf"^[^|｜:：]{{2,30}}(?:[ \t\u3000]*[|｜][ \t\u3000]*{_CONTACT_LABEL}\s*[:：][^|｜]+){{2,}}$",
    re.I)
# READING_NOTE: a post's length and reading time as the platform or the account's template
# states them over the text (「本文共计 1859 个字」「全文约3000字，预计阅读时间8分钟」): a count
# of the page, no word of the text.
READING_NOTE = re.compile(
    r"(?=.*\d)(?:(?:本文|全文|共)[ \t\u3000]*(?:共计?|约|共约|大约)?[ \t\u3000]*\d+"
    r"[ \t\u3000]*个?字"
    r"(?:[，,、；;][ \t\u3000]*)?)?"
    # (a WeChat mirror's 「共 9926字，需浏览 20分钟」)
    r"(?:(?:预计|建议|需)?(?:阅读|浏览)(?:时间|需要|本文需要|时长)?[ \t\u3000]*(?:约|大约)?"
    r"[ \t\u3000]*\d+[ \t\u3000]*分钟)?[。.]?")
READING_NOTE_MAX = 40
# A writing-sample (范文) site's line over every text it hosts: 「下面是小编为大家整理的…，供大家
# 参考。」 — the site's, no word of the text.
SAMPLE_SITE_INTRO = re.compile(
    r"^(?:下面|以下)是小编(?:为大家|为你|给大家|为您)?(?:精心)?(?:整理|收集|搜集|准备|分享)的"
    r".{0,80}?(?:供大家参考|仅供参考|欢迎阅读|欢迎大家阅读|希望对[你您大家]+有所帮助"
    r"|希望能帮助到大家)[^。！]{0,20}[。！!]?$")
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
    r"|(?:仅|只)代表作者(?:个人|本人)?(?:观点|立场)[^。！？]{0,6}与本(?:站|网|网站|平台)无关"
    # a reposting site's notice (「本文来源于网络转载，仅供学习交流使用……如涉及作品内容、版权
    # 和其它问题，请在30日内与本网联系」)
    r"|(?:来源于|转载自|转自)网络[^。！？]{0,12}仅供(?:学习|参考|交流|阅读)"
    r"|如(?:涉及|有)(?:作品内容|版权)[^。！？]{0,20}与本(?:站|网|网站|平台)联系"
    # a site's word on all it carries (「所有文章、评论、信息、数据仅供参考，使用前请核实，风险
    # 自负」), an archive's on the copy it made (「本文正文由脚本自…页面提取，仅供检索查阅；以
    # 官方链接发布版本为准」) and on the copy's rights (「依《中华人民共和国著作权法》第五条第一项，
    # 具有立法、行政、司法性质的文件不适用著作权法」)
    r"|(?:所有|本站|本网)[^。！？]{0,20}仅供参考[^。！？]{0,12}风险自负"
    r"|(?:提取|整理|采集|转载)[^。！？]{0,4}仅供(?:检索|查阅|参考|学习|交流)[^。！？]{0,12}以[^。！？]{0,20}为准"
    r"|著作权法》[^。！？]{0,12}具有立法、行政、司法性质的文件不适用著作权法")
DISCLAIMER_MAX = 120
# DOWNLOAD_FIELD: a download label and the file's name (「下载附件：附件.doc」): the page's link
# (structure.DOWNLOAD_LINK drops a file's name alone; a 公文's own 「附件：…」 names no file).
DOWNLOAD_FIELD = re.compile(
    r"(?:下载附件|附件下载|下载地址|下载文件|文件下载|点击下载)[ \t\u3000]*[：:][ \t\u3000]*"
    r"[^\s/\\：:。，；！？][^/\\：:。，；！？]{0,59}\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)",
    re.I)
# SHARING_NOTICE: a document-sharing site's line on the file it previews — 「《某某.docx》由会员
# 分享，可在线阅读，更多相关《…》请在某某网上搜索」: the site speaks of its copy, not the text.
# Its notice disowning what its users upload: 「申明敬告：本站不保证该用户上传的文档完整性，不预览、
# 不比对内容而直接下载产生的反悔问题本站不予受理。」
SHARING_NOTICE = re.compile(r"由(?:会员|用户|网友)?(?:分享|上传)[，,]\s*可(?:在线|免费在线)阅读"
                            r"|本站不保证[^。！？]{0,12}(?:用户|会员|网友)上传的文档")
SHARING_NOTICE_MAX = 200
# WIKI_FRAME: what MediaWiki (Wikipedia, and every site built on it) prints round a page's
# text, copied with it: the tagline 「出自政大記憶網」「来自维基百科，自由的百科全书」, an old
# revision's line 「於 2023年5月30日 (二) 02:54 由 某某 所做的修訂 …」 and its links 「(差異)
# ←上個修訂 | 最新修訂 (差異) | 下個修訂→ (差異)」, the skip links 「跳至導覽 跳至搜尋」 (read
# Simplified).
WIKI_FRAME = re.compile(
    r"^(?:(?:出自|来自)[^\s，。]{2,20}(?:网|百科|维基|wiki|Wiki|WIKI)(?:，自由的百科全书)?$"
    r"|于[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日[^。]{0,30}由[^。]{1,40}所做的修订"
    r"|[(（]差异[)）][ \t\u3000]*←上个修订"
    r"|跳(?:至|到|转到)(?:导览|导航)[ \t\u3000]*跳(?:至|到|转到)搜(?:寻|索)$)")
# …and the label of its tab over the preview, alone on a line: 「文档介绍」.
PREVIEW_TAB = re.compile(r"^(?:文档介绍|文档简介|文档预览|内容预览|在线预览)[：:]?$")
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
# The share bar with its platforms' names after its label (「分享到： QQ空间 新浪微博 人人网
# 开心网 更多」): short words only, a space between each.
# (「分享到」「分享至」 only: 「分享：读书笔记」 may be a head of the text)
SHARE_BAR = re.compile(r"[【\[]?(?:分享到|分享至)[ \t\u3000]*[：:][】\]]?"
                       r"(?:[ \t\u3000]*[^\s。，！？]{1,6}){1,12}")
TIP_LABEL = re.compile(r"^[【\[]?(?:温馨提示|友情提示|提示)[】\]]?[：:]?$")


def web_furniture(blocks: list[RawBlock], paged: bool = False,
                  code: frozenset[int] = frozenset()) -> tuple[list[RawBlock], list[Repair]]:
    """Blocks without a web page's furniture lines (see above); each removal a Repair.
    `paged`: the text is a PDF's extraction (form feeds), whose staff lines are kept
    (see PUBLICATION_CREDITS); `code`: the source lines of a Markdown code block, kept as
    written."""
    result: list[RawBlock] = []
    repairs: list[Repair] = []
    if not paged:  # PUBLICATION_CREDITS
        blocks = _split_staff_fields(blocks, repairs)
    item_links = _item_link_lines(blocks)
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
            why = furniture_line(text) if line.number not in code else ""
            if not why and line.number in item_links:
                why = "a story's link line, one of several (a digest's 原文連結 under each item)"
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
# A tool bar's icons copied as their file names, several on a line (「ztfd.png ztsx.png
# ztzc.png」: zoom in, zoom out, print): the page's buttons.
ICON_FILE_NAMES = re.compile(
    r"^(?:[^\s/\\:：。，,]{1,40}\.(?:png|jpe?g|gif|webp|bmp)[ \t\u3000]+){1,8}"
    r"[^\s/\\:：。，,]{1,40}\.(?:png|jpe?g|gif|webp|bmp)$", re.I)


# PUBLICATION_CREDITS: a staff line (「审校：甲、乙、丙」「编辑：某某」) is a web page's
# furniture, the site's production fields; a PDF's pages are the publication itself, and
# there the same line is its credits (a translation's reviewers on its cover): text, kept.
STAFF_WHY = "the editor's field (责任编辑)"


# An e-paper's or a newsletter's own lines: its registration numbers (「国内统一刊号：
# CN11-0003」「邮发代号：1-4」), its date picker (「按日期检索」「上个月」「下个月」), the mail's
# call to read it online (「無法正常瀏覽內容，請按這裡線上閱讀」) and its subscription bar
# (「訂閱/退訂 | 看歷史報份」).
PUBLICATION_CHROME = re.compile(
    r"^(?:国内统一(?:连续出版物号|刊号)|国际标准连续出版物号|邮发代号)[ \t\u3000]*[:：]"
    r"|^(?:按日期检索|按日期查询|往期回顾|往期检索|上个月|下个月|上一期|下一期)$"
    r"|^[★☆※>＞]?[ \t\u3000]*(?:如果您?)?(?:无法正常|不能正常)(?:浏览|显示|阅读|观看)"
    r".{0,16}(?:请|点击|按).{0,8}(?:这里|此处)"
    r"|订阅[ \t\u3000]*/[ \t\u3000]*退订")
PUBLICATION_CHROME_MAX = 40
# A story split over pages lists them, a link each (「【 第1頁 第2頁 第3頁 … 】」).
PAGE_LINKS = re.compile(
    r"^[【\[]?[ \t\u3000]*(?:第[ \t\u3000]*\d{1,3}[ \t\u3000]*页[ \t\u3000]*){3,}[】\]]?$")
# A tool row of bracketed buttons as a copy broke it (「CNML格式】 【 】 【打 印】」): a button
# letter-spaced, an icon's empty brackets, a bracket lost at the line's start; besides the
# buttons only a format's or an icon's Latin-led word (「CNML格式」「PDF」「A+」).
TOOL_ROW_ITEM_MAX = 8


def bracketed_tool_row(text: str) -> bool:
    if sum(text.count(mark) for mark in "【】") < 2:
        return False
    items = [re.sub(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])", "", item.strip())
             for item in re.split(r"[【】]", text)]
    items = [item for item in items if item]
    return any(item in TOOL_BUTTONS for item in items) and all(
        item in TOOL_BUTTONS or len(item) <= TOOL_ROW_ITEM_MAX and re.match(r"[A-Za-z]", item)
        for item in items)


# A hijacked site's injected line of search spam (「999精品在线视频,手机成人午夜在线视频,久久不卡
# 国产精品无码,…」): phrases set apart by commas, most of them the spam's own words.
SPAM_WORDS = re.compile(r"精品|午夜|在线视频|在线观看|无码|成人|国产|A片|福利|av|AV|久久|日韩|"
                        r"欧美|亚洲|高潮|不卡|一区|二区|免费视频|影院|伦理|人妻")
SPAM_PHRASES_MIN = 4
SPAM_WORDS_MIN = 4  # different spam words on the line (one word repeated is a list's topic)


# …or a spam site's medical advertising links, a phrase a line (「治疗白癜风医院哪家好」
# 「石家庄治疗牛皮癣好的医院在哪里」): an ailment such sites advertise, and a clinic's words.
MEDICAL_SPAM = re.compile(
    r"^[\u4e00-\u9fff]{0,10}(?:白癜风|牛皮癣|银屑病|癫痫|不孕不育|男科|妇科|早泄|阳痿|前列腺炎|"
    r"痔疮|性病|尖锐湿疣|狐臭|心脑血管)[\u4e00-\u9fff]{0,10}$")
MEDICAL_SPAM_WORDS = re.compile(r"治疗|医院|哪家好|哪里好|在哪里|专科|好的医院")


def _search_spam(text: str) -> bool:
    if len(text) <= 24 and MEDICAL_SPAM.match(text) and MEDICAL_SPAM_WORDS.search(text):
        return True
    phrases = [p for p in re.split(r"[,，、|｜]", text) if p.strip()]
    return len(phrases) >= SPAM_PHRASES_MIN and sum(
        1 for p in phrases if SPAM_WORDS.search(p)) * 2 > len(phrases) and len(
        {word.lower() for word in SPAM_WORDS.findall(text)}) >= SPAM_WORDS_MIN


# ITEM_LINKS: a digest of stories (a feed exported to Markdown) closes each item with its
# links — 「原始網址：https://…」「電子郵件：cnews@… 原文連結：https://…」: several such
# lines, each its own item's address, name no address of the text (a lone closing one is
# the text's URL: the head's facts read it).
ITEM_LINK = re.compile(
    r"^(?:(?:原始网址|原文连结|原文链接|原文地址|原文网址|来源网址|电子邮件"
    r"|E-?mail)[ \t\u3000]*[:：][ \t\u3000]*(?:<?https?://\S+?>?|\S+@\S+)?[ \t\u3000]*)+$", re.I)
ITEM_LINKS_MIN = 2


def _item_link_lines(blocks: list[RawBlock]) -> set[int]:
    """The source lines of the item link blocks (see ITEM_LINKS), when there are several."""
    # (a label whose address the copy dropped, 「電子郵件:」, among them too)
    linked = [block for block in blocks if block.kind == "text" and ITEM_LINK.match(
        simplified(" ".join(line.text.replace("**", "").strip() for line in block.lines)))]
    urls = {re.search(r"https?://\S+", block.text)[0] for block in linked
            if re.search(r"https?://\S+", block.text)}
    return {line.number for block in linked for line in block.lines} \
        if len(urls) >= ITEM_LINKS_MIN else set()


# A divider drawn with one character repeated (「============」 in a <center>, 「＝＝＝＝＝＝」):
# no words; the page's rule, as a Markdown 「---」 is.
EMPTY_TAGS_FIELD = re.compile(r"^(?:关键词|关键字|标签|Tags?|Keywords?)[ \t\u3000]*[:：]$", re.I)
RULE_LINE = re.compile(r"([=_~＝─━═＿～*\-])\1{4,}")


def furniture_line(text: str) -> str:
    # A Traditional page's 責任編輯、上一篇 read as 责任编辑、上一篇, through pinyin notes.
    text = simplified(read_through_pinyin(text))
    if EDITOR_FIELD.match(text) or STAFF_FIELDS.fullmatch(text) or _spaced_staff(text):
        return STAFF_WHY
    if _search_spam(text):
        return "a hijacked site's injected search spam"
    if len(text) <= PUBLICATION_CHROME_MAX and PUBLICATION_CHROME.search(text):
        return "the publication's own line (its numbers, date picker or subscription bar)"
    if PAGE_LINKS.match(text):
        return "the page's links to the story's other pages (第1页 第2页 …)"
    if EMPTY_TAGS_FIELD.match(text):
        return "the page's empty tags field (「关键词：」, its tags not copied)"
    if RULE_LINE.fullmatch(text):
        return "a rule drawn with characters (「=====」), the page's divider"
    if EPAPER_PAGE_LABEL.match(text):
        return "an e-paper's page label (its menu of pages)"
    if PREVIOUS_NEXT.match(text):
        return "a previous/next link (上一篇/下一篇)"
    if IMAGE_FILE_NAME.match(text):
        return PHOTO_FILE_WHY
    if ICON_FILE_NAMES.match(text):
        return "the tool bar's icons' file names (its buttons, left out)"
    if len(text) <= CONSENT_MAX and CONSENT_BANNER.match(text):
        return "the site's privacy or cookie consent banner"
    if len(text) <= PROMOTION_MAX and PROMOTION.search(text) or BROWSER_WARNING.match(text) \
            or len(text) <= SUBSCRIBE_CALL_MAX and SUBSCRIBE_CALL.match(text):
        return "an app promotion or browser warning"
    if ACCESS_LABEL.match(text) or len(text) <= KEYBOARD_HELP_MAX and KEYBOARD_HELP.search(
            text) or TYPE_SIZE_BUTTON.match(text):
        return "the accessibility text (print and type-size help)"
    if len(text) <= WEATHER_MAX and WEATHER_WIDGET.search(text):
        return "the site's weather widget"
    if VIDEO_LIST_ITEM.search(text):
        return "an item of the site's video list (a clip's title, its channel, date and handle)"
    if MEDIA_PLAYER.match(text):
        return "a video or audio player's label (the player is not in the text)"
    if LONE_MARK.fullmatch(text):
        return "a full stop alone on its line (a blog template's spacer), no text"
    if AD_SLOT.fullmatch(text):
        return "an advertisement's slot label (the advertisement is not in the text)"
    if BLOG_FRAME.match(text):
        return "a blog platform's counter, recommendation or license line"
    if len(text) <= APP_GATE_MAX and APP_GATE.search(text):
        return "the notice sending the reader to the app"
    if len(text) <= SITE_FOOTER_MAX and SITE_FOOTER.search(text):
        return "the site's footer (ICP 备案, 网站标识码, 版权所有)"
    if len(text) <= DISCLAIMER_MAX and SITE_DISCLAIMER.search(text):
        return DISCLAIMER_WHY
    if SAMPLE_SITE_INTRO.match(text):
        return "a writing-sample site's line over the text it hosts (下面是小编…供大家参考)"
    if len(text) <= READING_NOTE_MAX and READING_NOTE.fullmatch(text):
        return "the platform's reading-length note (本文共计N字, 阅读需要N分钟)"
    if len(text) <= LANGUAGE_PROMPT_MAX and LANGUAGE_PROMPT.search(text):
        return "the site's offer of its page in another language"
    if LINK_CALL.fullmatch(text) or DOWNLOAD_FIELD.fullmatch(text):
        return "a link's label and its call to click or its file (「下载地址：点击此处下载」)"
    if SCRIPT_LINE.search(text) and not re.search(r"[\u4e00-\u9fff]", text):
        return "the page's script, copied as text"
    if SITE_LINK_BAR.fullmatch(text):
        return "the site's bar of links to other sites"
    if _channel_menu(text):
        return "the site's menu of channels"
    if text in SITE_MENU_WORDS:
        return "a word of the site's menu (a blog theme's navigation)"
    if SITE_LOGO.match(text):
        return "the site's logo (its alt text and address)"
    if PAGE_COUNTER.fullmatch(text) and re.search(r"\d", text):
        return "the page's counter (its readers, its hits)"
    if text.lower() in QR_CODE_WORDS:
        return "a QR code's alt word (the code is an image the briefing does not print)"
    if JSON_RECORD.match(text):
        return "a record of the page's data (JSON) its template printed"
    if len(text) <= SHARING_NOTICE_MAX and SHARING_NOTICE.search(text):
        return "a document-sharing site's notice on the file it shows"
    if PREVIEW_TAB.match(text):
        return "a document-sharing site's tab over its preview of the file"
    if SHARE_BAR.fullmatch(text):
        return "the share bar (its label and the platforms' names)"
    if WIKI_FRAME.match(text):
        return "a wiki page's frame (its tagline, revision line, links to other revisions " \
            "or skip links)"
    if bracketed_tool_row(text):
        return "the tool bar"
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

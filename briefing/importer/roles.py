"""Block roles from the typographic conventions of Chinese newspapers, reports and notices.

Pure functions over a block's text (no blocks, no files): `structure.py` asks them what a
block is before anything is joined, and logs each decision. Every rule is a convention
that holds across many publications, not a trait of one text:

- salutation: a short line ending in ：that addresses people (各位代表： 同志们： 尊敬的…：);
- editor's note: opens with 编者按 / 编者的话 / 编后; its signature is 「——编者」;
- byline inside the body: 本报记者 张三 (a later item's);
- photo caption: 图① / 图为 / ▲ at its start, or 摄 / （新华社发） / （资料图片） at its end,
  or a person's place in the photo (某某（右）, （左二）);
- wire dateline: 新华社北京3月3日电 / 本报讯 open a story (never a headline);
- subheading in 【】 alone on its line; a 公文's attachment list 附件：1.… 2.…;
- sidebar heading: 记者手记, 链接, 背景 … alone on a short line;
- note: 注： / 说明： / 资料来源： …;
- footnote definition: [1] / [^1]: at the line's start;
- signature (落款): a date line at the end, with the signing body's short line(s) above;
- table caption: 表1 …, or a short line ending in 表 (统计表, 一览表) before a table;
- bold heading: a short line that is one **bold run** with no sentence end.

Evidence of a raw extraction (where a blank line may be a page break) is weighed here too.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from briefing.importer.chars import (
    SENTENCE_END,
    SURNAMES,
    han_count,
    has_han,
    simplified,
    strip_tags,
)
from briefing.importer.repairs import heading_numbering, parse_byline, repeated_overlap

HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# A table's cell holding one number (a run of them is a table's, not prose's).
NUMBER_CELL = re.compile(r"^[-−－+]?\d+(?:[.,]\d+)*\s*[%％‰]?$")
SPACE = " \t\u3000\u00a0"


EMPHASIS_MARKS = re.compile(r"(?<!\\)\*+|__")


@lru_cache(maxsize=16384)
def plain(text: str) -> str:
    """The text as read: tags and Markdown emphasis marks removed, outer space stripped.
    A paragraph set wholly in italics (「*【编者按】……*」, as WeChat editors set an editor's
    note or a caption) is read by its words too; an escaped 「\\*」 is the text's own.
    (Kept per text: the passes ask it of the same lines again and again.)"""
    return EMPHASIS_MARKS.sub("", strip_tags(text)).strip(SPACE)


# ---------------------------------------------------------------- salutation

SALUTATION_MAX = 24
SALUTATION = re.compile(
    r"^(?:尊敬的|亲爱的|各位|诸位|全体)[^。！？；]*[：:]$"
    # 「主任、各位副主任、各位委员：」: a report to a 人大常委会 greets its chair by office
    # first, then 各位… — offices in a list set apart by 、.
    r"|^(?:[^。！？；，,、：:\s]{1,8}、)+(?:各位|诸位)[^。！？；]*[：:]$"
    r"|^[^。！？；，]*(?:同志们|代表们|朋友们|同学们|老师们|女士们|先生们|委员们|来宾们|同仁们|战友们)"
    r"[^。！？；]*[：:]$")


# The addressees of a notice (主送机关): 各省、自治区、直辖市人民政府，国务院各部委：
# — a list of bodies, one of them 各…, the last a body's name (园区、开发区 too), then ：.
# The first need not open with 各: 「某某园区管委会，各乡镇人民政府，市级各部门：」.
ADDRESSEES = re.compile(
    r"^(?:[^。！？；，,：:]*[，,、])?各[^。！？；]*"
    r"(?:政府|部门|单位|机构|委员会|委|局|厅|办|办公室|处|室|院|校|学校|公司|企业"
    r"|中心|兵团|街道|乡镇|团体|组织|党组|党委|支部|同志|代表|委员|成员|分局|科室|大队|支队"
    r"|园区|开发区|新区|管理区|管委会|机关"
    # mass organisations (「…各市级学会、厂矿科协：」)
    r"|科协|学会|协会|联合会|工会|团委|妇联|分会|总会|商会|社团"
    # a school's notice to its people (「各培养单位、相关同学：」「各年级学生、家长：」)
    r"|同学|学生|研究生|师生|教师|教职工|职工|员工|家长|居民|村民)[：:]$")
ADDRESSEES_MAX = 90


# GB/T 9704-2012 7.3.2: the 主送机关 stand under the title, flush left, the bodies'
# names set apart by 、 and ，, a colon after the last. A body's name ends in the word for
# its kind (人民政府, 办公室, 委员会, 局 …), or names a group of them by 各 (「县直各单位」
# 「省政府各部门」「各市州」); a short place word may follow a 各 (「各街道、镇」).
ORGAN_END = re.compile(
    r"(?:政府|部门|单位|机构|委员会|常委会|委|局|厅|办|办公室|处|室|院|校|学校|公司|企业|集团"
    r"|中心|兵团|街道|乡镇|团体|组织|党组|党委|支部|总支|分局|科室|大队|支队|园区|开发区"
    r"|新区|管理区|管委会|机关|部委|部|站|所|协会|学会|工会|联合会|委员|幼儿园)$")
ORGAN_MAX = 30  # characters of one body's name
PLACE_WORD_MAX = 3  # 「镇」「乡」「市州」 after a 各…


def _addressees(line: str) -> tuple[bool, bool]:
    """(the line is a list of bodies' names ending in a colon, one of them named by 各)."""
    if not line.endswith(("：", ":")) or len(line) > ADDRESSEES_MAX or re.search(
            r"[。！？；;“”《》\d]", line):
        return False, False
    core = re.sub(r"[（(][^（）()]{0,12}[）)]", "", line[:-1])  # 「各县（市、区）」
    pieces = [piece.strip() for piece in re.split(r"[，,、]", core)]
    grouped = False
    for piece in pieces:
        if not piece or len(piece) > ORGAN_MAX or not has_han(piece):
            return False, False
        # 「各市州」「各乡镇」: 各 and a place's kind, short
        if ORGAN_END.search(piece) or re.fullmatch(r"各[^各]{1,3}", piece):
            grouped = grouped or "各" in piece
        elif not (grouped and len(piece) <= PLACE_WORD_MAX):
            return False, False
    return True, grouped


def is_addressee_line(text: str, head: bool = False) -> bool:
    """A 主送 line (see ORGAN_END): anywhere when it names a group by 各, else only at the
    text's head (`head`: nothing but the title block's lines above it), where a single
    body 「某某县人民政府：」 is the one addressed."""
    listed, grouped = _addressees(simplified(plain(text)))
    return listed and (grouped or head)


# A speech that greets its listeners by office, one after another (「中国医药大学蔡董事长、李
# 校长、各位资政、…以及部会首长们、在场的老师同学和媒体记者朋友，大家早安，大家好！」): a list
# set apart by 、 ending in the greeting itself, no other sentence.
GREETING = re.compile(r"^(?:[^。！？；、]{1,24}、){2,}[^。！？；]{1,60}?[，,]?[ \t]*"
                      r"(?:大家(?:早上|上午|下午|晚上|早安)?好|各位(?:早上|上午|下午|晚上)?好)"
                      r"[！!。]$")
GREETING_MAX = 160


# A letter to a person, by name and office (「马万祺副主席：」「张三同志：」「李四教授：」): the
# person addressed, as a 复函 or a letter opens.
PERSON_ADDRESSED = re.compile(
    r"^([\u4e00-\u9fff]{2,3})(?:副)?(?:主席|委员长|总理|部长|主任|书记|省长|市长|县长|区长"
    r"|局长|厅长|院长|校长|秘书长|同志|先生|女士|教授|老师)[：:]$")


def is_salutation(text: str, head: bool = False) -> bool:
    """各位代表： 同志们： 尊敬的…： — or a notice's addressees 各省、各部门：（主送）; a
    speech's greeting by office (GREETING); a person addressed by name (PERSON_ADDRESSED)."""
    line = simplified(plain(text))  # 同志們： as 同志们：
    if len(line) <= SALUTATION_MAX and SALUTATION.match(line):
        return True
    person = PERSON_ADDRESSED.match(line)
    if person and person[1][0] in SURNAMES:
        return True
    if len(line) <= GREETING_MAX and GREETING.match(line):
        return True
    return len(line) <= ADDRESSEES_MAX and bool(ADDRESSEES.match(line)) or is_addressee_line(
        line, head)


# ---------------------------------------------------------------- editor's note

EDITOR_NOTE = re.compile(
    r"^[【\[〔（(]?\s*(?:编\s*者\s*按|编者的话|编\s*后\s*语?|编辑手记"
    # a publication's editorial office (「【COS编辑部按】」「本刊编辑部按：」)
    r"|[\u4e00-\u9fffA-Za-z]{0,8}?编辑部按)\s*[】\]〕）)]?")
EDITOR_SIGNATURE = re.compile(
    rf"^[—–－-]{{1,2}}[{SPACE}]*(?:编[{SPACE}]*者|编辑部|本刊编辑部|本报编辑部)$")


def opens_editor_note(text: str) -> bool:
    return bool(EDITOR_NOTE.match(simplified(plain(text))))  # 編者按 too


def is_editor_note_label(text: str) -> bool:
    """「编者按」 alone on its line (the note's paragraphs follow)."""
    line = simplified(plain(text))
    match = EDITOR_NOTE.match(line)
    return bool(match) and not line[match.end():].strip(SPACE + "：:")


# 「导言：」「【导读】」 alone on its line, the colon or the brackets introducing what
# follows: the site's one-paragraph pull-quote or summary under the title, set apart as
# the editor's (观察者网, WeChat accounts). The bare word 「导读」 on its line is the
# name of a part, as 「导语」「前言」 are: a heading (PART_NAMES).
LEAD_NOTE_LABEL = re.compile(r"^(?:[【\[]\s*(?:导\s*言|导\s*读)\s*[】\]]\s*[：:]?"
                             r"|(?:导\s*言|导\s*读)\s*[：:])$")


def is_lead_note_label(text: str) -> bool:
    return bool(LEAD_NOTE_LABEL.match(plain(text)))


def is_editor_signature(text: str) -> bool:
    return bool(EDITOR_SIGNATURE.match(simplified(plain(text))))


# ---------------------------------------------------------------- bylines and captions


# A paper's credit closing an item, in brackets: 「（本报记者刘诗瑶采访整理）」「（记者 张三
# 李四）」 — the item's byline, set after it (who wrote it up); its verb of writing goes.
CREDIT_ROLE = re.compile(
    r"^((?:本报|新华社|中新社)?(?:特约|见习)?(?:记者|通讯员))(?=[\u4e00-\u9fff])")
CREDIT_VERBS = r"采访整理|整理|采写|报道"  # how the credited reporter made the item
BRACKETED_CREDIT = re.compile(rf"^[（(]\s*(.+?)\s*(?:{CREDIT_VERBS})?\s*[）)]$")


def body_byline(text: str) -> list[str] | None:
    """A byline line inside the body (本报记者 张三 李四), or an item's credit in brackets
    (BRACKETED_CREDIT), its names, else None."""
    line = plain(text)
    credit = BRACKETED_CREDIT.match(line.strip())
    if credit and not line.strip().endswith(("摄）", "摄)", "发）", "发)")):
        # (the role glued to the name, 「本报记者刘诗瑶」, as such a credit sets it)
        names = parse_byline(CREDIT_ROLE.sub(r"\1 ", credit[1]))
        if names:
            return names
    return parse_byline(line)


CAPTION_MAX = 160
CAPTION_OPENING = re.compile(
    # (▲ a photo above, ▼ below it: a newspaper's page marks its captions so)
    r"^(?:图\s*[①-⑳\d一二三四五六七八九十]+\s*[：:为.．、\s]|图为|[▲△▼▽↑↓←→](?![^。]{0,8}(?:点击|长按|扫码|关注))"
    # 「图12009-2013年生产总值及其增长速度」: a chart's number run into the years it shows
    r"|图\d{1,2}(?=(?:19|20)\d{2}(?!\d))"
    # 「图表 1 流动性指标的日内特征」: a broker's report numbers its charts so
    r"|图表[ \t]*\d{1,3}[ \t：:、.．]"
    # 「Figure 1. 红花羊蹄甲 图片来源：wiki」: an English label over a Chinese caption
    r"|(?:Figure|Fig\.)[ \t]*\d{1,3}[.:：]?[ \t]+(?=[^\x00-\x7f]))")
PHOTO_CREDIT = re.compile(
    r"(?:摄|供图|图片)(?:[（(][^（）()]{1,24}[）)])?$"
    r"|(?:摄影|图)\s*[/／:：]\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5})*$"
    # 「…接任。記者簡永祥／攝影」: a Taiwanese paper's credit, the name before the slash
    r"|(?<=[。！？])\s*(?:[\u4e00-\u9fff]{0,6}?记者)?[\u4e00-\u9fff·]{2,5}\s*[/／]\s*摄影?$"
    r"|[（(][^（）()]{0,24}(?:发|摄|供图|图片|视觉中国|视觉)[）)]$"
    # 「（攝影：蘭忠偉）」「（图/张三）」: the credit in brackets, its label before the name
    r"|[（(]\s*(?:摄影|摄|图片|图|供图)\s*[：:/／]\s*[\u4e00-\u9fff·]{2,5}\s*[）)]$"
    # 「……湿地风光。资料图」「某某大桥（资料图）」: a file photo's mark.
    r"|(?:资料图片?|资料照片)[）)】\]]?$"
    # 「大埔宏福苑圖則。（房屋署資料）」: who supplied it, in brackets after a sentence
    r"|[。！]\s*[（(][^（）()。]{1,16}(?:资料|提供)[）)]$")


# A line naming where the picture comes from, as web articles credit a picture taken
# from elsewhere: 「（图片来源：网络）」「图源：某某官网」「图片来自某某」 — the picture's caption.
IMAGE_SOURCE = re.compile(
    r"^[（(]?\s*(?:图片来源|图片来自|图片出处|图片提供|图源|配图来源|图像来源)\s*[：:，,]?\s*"
    r"[^。！？]{1,60}[）)]?$")

# Where a person stands in the photo: 「记者王某（右）」「（左二）」「（前排右一）」.
PHOTO_POSITION = re.compile(r"[（(](?:前排|后排|中排|后|前)?[左右中][一二三四五六七八九十\d]?[）)]")
POSITION_CAPTION_MAX = 100

CAPTION_LABEL = re.compile(r"^(?:图片|图|照片)[：:]$")
# （新华社记者兰红光摄） / 新华社记者 潘昱龙 摄 / 新华社发（苏阳摄） / 本报记者 张三摄
CREDIT_LINE = re.compile(
    r"^[（(][^（）()。，]{1,30}(?:摄|供图|发)[）)]$"
    r"|^[^（）()。，！？]{0,24}(?:记者|通讯员|摄影)[^（）()。，！？]{1,12}摄$"
    r"|^[^（）()。，！？]{1,12}发[（(][^（）()。，]{1,20}摄[）)]$"
    # 「陈某摄（人民视觉）」「陈某 摄」: a name and 摄, its agency in brackets after it; a
    # two-character name padded to three (「张  松摄（影像中国）」, as a paper sets it).
    r"|^[\u4e00-\u9fff·]{2,5}\s*摄(?:[（(][^（）()。，]{1,12}[）)])?$"
    r"|^[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]\s*摄(?:[（(][^（）()。，]{1,12}[）)])?$"
    # 「哈尔滨冰雪大世界供图」「吉林市委宣传部供图」: who gave the picture, alone
    r"|^[^（）()。，！？\s]{2,20}供图$"
    # 「新华社发」 alone under a caption: the agency that sent the picture
    r"|^[\u4e00-\u9fff]{2,6}社发$"
    # 「图①②均为金庭镇政府提供」「本版图片均由某某摄」: the credit of the pictures the
    # captions above it name, as a paper sets it under a group of them
    r"|^(?:图\s*[①-⑳\d、，,]+|(?:本版|本组|以上|上)(?:图片|照片))\s*[均皆都]?\s*(?:为|由|系)"
    r"[^（）()。，！？]{2,24}(?:提供|摄|供图)$")


def is_credit_line(text: str) -> bool:
    """（新华社记者兰红光摄） alone: the credit line under a caption."""
    return bool(CREDIT_LINE.match(plain(text)))


def is_caption_label(text: str) -> bool:
    """「图片：」 alone above a caption (a web page's label for the photo)."""
    return bool(CAPTION_LABEL.match(plain(text)))


# A turn of a conversation opens with its speaker's label: 「问：」「答：」「Q：」, or a
# reporter, host or spokesman and a colon (「新华社记者：」「主持人：」「发言人：」), marked or
# not (a digest sets ▲ before each question: 「▲新华社记者：……？」 ⏎ 「王某：……」). A
# photo's caption says what the picture shows; it never speaks to anyone.
SPEAKER_TURN = re.compile(
    r"^[▲△●◆■►]?\s*(?:问|答|提问|回答|Q|A|[^\s：:，,。！？（）()]{0,12}?"
    r"(?:记者|主持人|发言人|网友|读者|观众))\s*[：:]\s*\S")


def is_speaker_turn(text: str) -> bool:
    """A line opening with a speaker's label (see SPEAKER_TURN): a Q&A turn, a paragraph."""
    line = simplified(plain(text))
    return bool(SPEAKER_TURN.match(line)) and not PHOTO_CREDIT.search(line)


def is_caption_text(text: str) -> bool:
    """A photo caption by its form: 图①… / 图为… / ▲…, or a photo credit at its end (in
    a Traditional text too: 圖為, 攝) — never a turn of a conversation (▲记者：…？)."""
    line = simplified(plain(text))
    if not line or len(line) > CAPTION_MAX or not has_han(line) or is_speaker_turn(line):
        return False
    if CAPTION_OPENING.match(line) or IMAGE_SOURCE.match(line) or CREDIT_LINE.match(line):
        return True
    if CAPTION_LABEL.match(line):
        return False
    # A photo's caption says where its people stand; a sentence of the text never does.
    if PHOTO_POSITION.search(line) and len(line) <= POSITION_CAPTION_MAX \
            and len(re.findall(r"[。！？]", line)) <= 1:
        return True
    # A credit ends the caption: …在检查设备。 新华社记者 张三 摄 / …（新华社发）.
    return bool(PHOTO_CREDIT.search(line)) and not line.endswith(("摄影作品）", "拍摄）"))


def repeats_image_text(text: str, alt: str | None) -> bool:
    """The line under an image says what the image's alt text says: a clipped or exported
    page writes a photo's caption into both (「![海外交付 vs 国内招人](…)」 then the same
    words on the next line), so the line is the caption, whatever its form."""
    if not alt:
        return False
    words = re.sub(rf"[\s{SPACE}]+", "", plain(text))
    return bool(words) and words == re.sub(rf"[\s{SPACE}]+", "", plain(alt))


# A paragraph wholly in italics, 「*……*」 (one emphasis run, not bold).
ITALIC_LINE = re.compile(r"^\*(?!\*)([^*]+)(?<!\\)\*$")


# A picture's source credit closing its caption: 「…小板凳。（via）」 (a linked 「via」, as
# blogs and weekly digests credit a photo taken from elsewhere).
VIA_CREDIT = re.compile(
    r"[（(]\s*(?:via|Via|VIA|图源|图片来源)(?:\s*[:：][^（）()]{1,30})?\s*[）)]$")


# A stock-photo library's attribution, as it asks blogs to print it under the photo
# (Unsplash, Pexels, Pixabay: 「Photo by Christopher Ott on Unsplash」).
STOCK_CREDIT = re.compile(r"^(?:Photo|Image|Picture)s? by .{1,60} (?:on|from|via) "
                          r"(?:Unsplash|Pexels|Pixabay|Flickr|Wikimedia Commons)\.?$")


def credited_caption(text: str, alt: str | None) -> bool:
    """A paragraph right under an image that ends in its picture's source credit, or is
    a stock library's credit."""
    line = plain(text)
    return alt is not None and 0 < len(line) <= CAPTION_MAX and bool(
        VIA_CREDIT.search(line) or STOCK_CREDIT.match(line))


SHORT_CAPTION_MAX = 40
# 「下图为…对比」「如下图所示」「3个实验的结果如下」: a line introducing the next picture or
# what follows, not this one's caption.
NEXT_PICTURE = re.compile(r"^(?:下图|如下图|见下图|下表|如下表)|(?:如下|以下|见下图|如下图)$")


def short_caption(text: str, alt: str | None) -> bool:
    """One short line with no sentence end right under an image, not bold, numbered or
    introducing the next picture: the image's caption, as WeChat and blog exports set it
    (「某县医共体总院外景」「FDE工作流程闭环」)."""
    line = plain(text)
    return (alt is not None and 0 < len(line) <= SHORT_CAPTION_MAX and has_han(line)
            and not text.lstrip().startswith(("**", "__")) and line[-1] not in "。！？；：:;"
            and heading_numbering(line).rank == 0 and not NEXT_PICTURE.search(line)
            and not is_numbered_part(line) and not SERIAL_MARK.fullmatch(line)
            and not PAGE_FACTS.search(line))


# A page's facts line under its logo (「2021-05-31　来源：《光明日报》收藏」): the date and
# the source the head reads, never a picture's caption.
PAGE_FACTS = re.compile(r"(?:^|[ \t\u3000])(?:来源|發布時間|发布时间|作者|来自)[ \t\u3000]*[：:]")


# A serial's or story's mark at its end (「（待续）」「（未完待续）」「（完）」「（全文完）」): the
# text's last words, never a picture's caption.
SERIAL_MARK = re.compile(r"[（(]?(?:未完)?待续[）)]?|[（(]?(?:全文)?完[）)]?|[（(]?未完[）)]?")


def italic_caption(text: str, alt: str | None) -> bool:
    """A short paragraph set wholly in italics right under an image: a Markdown export
    writes the photo's caption so (WeChat editors set captions apart from the text)."""
    match = ITALIC_LINE.match(text.strip())
    return alt is not None and bool(match) and 0 < len(match[1].strip()) <= CAPTION_MAX \
        and not opens_editor_note(text)


ALT_TEXT_MIN = 10  # characters: a shorter line may well open a caption by chance


def repeats_caption(text: str, caption: str) -> bool:
    """The caption opens with the whole of `text` and says more (its credit)."""
    words = re.sub(rf"[\s{SPACE}]+", "", plain(text))
    said = re.sub(rf"[\s{SPACE}]+", "", plain(caption))
    return len(words) >= ALT_TEXT_MIN and said.startswith(words) and len(said) > len(words)


# A wire story's dateline: 「新华社北京3月3日电」「本报讯」「人民网北京5月14日电」.
WIRE_DATELINE = re.compile(
    r"^[\u4e00-\u9fff]{0,12}?(?:\d{1,2}月\d{1,2}日|社|报|网|台)(?:电|讯)(?=[\s（(：:]|题|$)")


def opens_with_dateline(text: str) -> bool:
    """Does the line open with a wire dateline (新华社北京3月3日电 / 本报讯; 中新社…電)?"""
    return bool(WIRE_DATELINE.match(simplified(plain(text))))


# ---------------------------------------------------------------- sidebars and notes

SIDEBAR_TITLES = (
    "记者手记", "记者观察", "记者感言", "采访手记", "编后", "编后语", "短评", "链接", "相关链接",
    "新闻链接", "知识链接", "资料链接", "背景", "背景链接", "新闻背景", "延伸阅读", "小贴士",
    "数说", "数读", "观察", "点评", "专家点评", "专家观点", "记者调查", "一线观察", "现场",
)
SIDEBAR_MARKS = "【】[]〔〕■□◆◇●○★☆▲△·•|｜ \t\u3000:："


def sidebar_title(text: str) -> str | None:
    """「记者手记」「【链接】」「■背景」 alone on a line: the sidebar's title, else None."""
    line = plain(text)
    core = line.strip(SIDEBAR_MARKS)  # as written; 記者手記 is read as 记者手记
    return core if simplified(core) in SIDEBAR_TITLES and len(line) <= 12 else None


# 注：/说明：/资料来源：, and a paper's first-page notes (收稿日期：, 基金项目：, 作者简介：).
NOTE = re.compile(
    rf"^(?:注|说明|备注|资料来源|数据来源|来源说明|图资来源|图表来源|注释|收稿日期|修回日期|基金项目"
    rf"|作者简介"
    rf"|通信作者|通讯作者|Foundation\s*Items?|Received\s*date"
    # Other journals' wording of the dates (软件学报: 收稿时间; 修改时间; 采用时间).
    rf"|收稿时间|修改(?:日期|时间)|修回时间|(?:采用|录用)(?:日期|时间)"
    # A translated article's credits naming its original: 「VIA：某某」「译文出处：…」.
    rf"|VIA|Via|via|译文出处|原文出处|编译自|译自"
    # A bilingual yearbook's note in English under the Chinese one.
    rf"|Notes?|NOTES?)"
    rf"[{SPACE}]*(?:\d{{1,2}}[{SPACE}]*)?[：:]"
    # A chart's or table's 来源 line saying who drew or compiled it (「来源：某研究院根据公开
    # 资料自主研究绘制。」) is its note; a bare 「来源：某某日报」 is the publication.
    rf"|^来源[{SPACE}]*[：:].{{2,60}}(?:绘制|整理|测算|计算|统计|编制)[。.]?$")


# A reprint's citation of the book or paper it was taken from, in brackets (「（《毛泽东选集》
# 第五卷，人民出版社1977年4月第1版，第48-52页）」「（原载1950年6月15日《人民日报》）」「（选自
# 《某某文选》第三卷）」): a note under the text, its publication the source.
BOOK_CITATION = re.compile(
    r"^(?P<cited>原载|原載|选自|選自|载于|載於|摘自|转引自|轉引自|录自|錄自)?[^《》]{0,16}"
    r"《(?P<work>[^《》]{1,30})》(?P<rest>.{0,50})$")
CITATION_DETAIL = re.compile(
    r"出版社|第[\d一二三四五六七八九十百]+(?:卷|册|期|版)|第[\d\-－—–～~]+页|年版")


def book_citation(text: str) -> str | None:
    """The work a bracketed citation closing a reprint names (see above), else None."""
    line = simplified(plain(text)).strip()
    if not (line[:1] in "（(" and line[-1:] in "）)") or len(line) > CITATION_MAX:
        return None
    found = BOOK_CITATION.match(line[1:-1])
    return found["work"] if found and (found["cited"] or CITATION_DETAIL.search(
        found["rest"])) else None


CITATION_MAX = 80


def is_note(text: str) -> bool:
    if book_citation(text):
        return True
    line = simplified(plain(text))  # 註：/說明： as 注：/说明：
    if line[:1] in "（(" and line[-1:] in "）)":  # 「（数据来源：某市统计局）」: the same note
        line = line[1:-1]
    # 「注：GDP增幅按可比价计算。 一、综 合 综合实力显著增强。…」: a copy that lost its line
    # breaks ran the text's sections into the note — no note holds a section's head
    return bool(NOTE.match(line)) and not FLATTENED_SECTION.search(line)


FLATTENED_SECTION = re.compile(r"[。！？][ \t\u3000]+[一二三四五六七八九十]{1,3}、")


FOOTNOTE_DEFINITION = re.compile(r"^\[\^?(\d{1,3})\][:：]?[ \t\u3000]*(\S.*)$")
FOOTNOTE_REFERENCE = re.compile(r"(?:<sup>)?\[\^?(\d{1,3})\](?:</sup>)?(?![:：(])")


def footnote_definition(line: str) -> tuple[str, str] | None:
    """「[1] 见……」 / 「[^1]: 见……」 → (label, text), else None."""
    match = FOOTNOTE_DEFINITION.match(line.strip())
    return (match.group(1), match.group(2).strip()) if match else None


# ---------------------------------------------------------------- signature and dates

# The year in Chinese numerals, its zero as a copy types it: 〇, ○ (a circle), 零, or the
# letter O / a digit 0 that a word processor's user typed for it (「二OO九年」「二0一一年」),
# as titleblock.read_date reads it.
DATE_LINE = re.compile(
    r"^(?:\d{4}|[〇○零ＯO0一二三四五六七八九]{4})\s*年\s*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
    r"(?:[（(]?(?:星期|周)[一二三四五六日天][）)]?)?$")  # a release's date, its weekday after it
SIGNER_MAX = 30


def is_signature_date(text: str) -> bool:
    """2022年2月28日 / 二〇二二年二月二十八日 alone on a line."""
    return bool(DATE_LINE.match(plain(text).replace(" ", "")))


# A 落款 date that the copy broke, its 年/月/日 (or some of them) lost and its digits run
# together: 「2018525」「2020年56」 — the year, then the month and day. It is a date only
# under a signer's line (a number alone is anything else), and is read only when its
# digits split one way into a month and a day.
BROKEN_DATE = re.compile(r"^((?:19|20)\d{2})年?(\d{2,4})$")


def broken_date(text: str) -> tuple[int, int, int] | None | bool:
    """For a broken 落款 date: its (year, month, day) when the digits read one way only,
    True when they read several ways or none; None when the line is no such date."""
    found = BROKEN_DATE.match(plain(text).replace(" ", ""))
    if not found:
        return None
    year, rest = int(found[1]), found[2]
    readings = {(year, int(rest[:cut]), int(rest[cut:])) for cut in (1, 2)
                if 1 <= cut < len(rest) and len(rest) - cut <= 2}
    valid = []
    for reading in readings:
        try:
            dt.date(*reading)
        except ValueError:
            continue
        valid.append(reading)
    return valid[0] if len(valid) == 1 else True


def is_signer(text: str) -> bool:
    """A short line naming a signing body or person: no sentence end, no colon, no number."""
    line = plain(text)
    return (
        # a body or a person has a name of two characters at least: 「完」 ends a release
        1 < len(line) <= SIGNER_MAX and has_han(line)
        and not any(mark in line for mark in "。！？；：:，,")
        and line[0] not in "-—―–"  # 「--以下空白」 marks the end of a form, it signs nothing
        and heading_numbering(line).rank == 0
        and not re.match(r"\d{1,2}[.．、]", line)  # 「2.2024年度填报说明」: a list's item
        and line[-1] not in SENTENCE_END
        # 「特此通知」 without its 。: the notice's closing formula, above the 落款, no signer
        and not CLOSING_FORMULA.fullmatch(line)
    )


CLOSING_FORMULA = re.compile(r"特此(?:通知|公告|通告|通报|函告|函复|批复|报告|证明|说明|告知)")


# A 公文's 附注 under its 落款 (GB/T 9704): 「（此件公开发布）」「（此件主动公开）」
# 「（此件发至县级）」 — a note on the document, never a photo's caption.
RELEASE_NOTE = re.compile(r"^[（(]此件[^（）()]{2,10}[）)]$")


def is_release_note(text: str) -> bool:
    return bool(RELEASE_NOTE.match(plain(text)))


# A 公文's 版记 under its 落款 (GB/T 9704): the copy list 「抄送：…」 (「发送：…」) and the
# line of the office that printed it with the date 「某县人民政府办公室　　2023年4月20日印发」;
# before 2012 (GB/T 9704-1999) the 版记 opened with the 主题词 line 「主题词：农村公路 表彰 决定」.
COLOPHON = re.compile(
    r"^(?:抄送|抄报|分送|发送|报送|主题词)[：:]"
    r"|^\S[^。！？；]{1,40}?[ \t\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发$"
    # the copies printed, closing the old 版记 (「共印60份」)
    r"|^[（(]?共印\s*\d+\s*份[）)]?$")


def is_trailer(text: str) -> bool:
    """What may follow a 落款: （此件公开发布） and the like, in brackets, and the 版记."""
    line = plain(text)
    return (len(line) <= 40 and line[:1] in "（(" and line[-1:] in "）)") or bool(
        COLOPHON.match(line))


# ---------------------------------------------------------------- tables and headings

# 「表1 …」「附表2 …」「续表1」, and a yearbook's 「章-序」 number before the table's name:
# 「4-8  主要年份社会经济主要指标」「3-5  各县（市、区）生产总值」 (a name of four Han or
# more after the spaces, six in a row when the copy lost them: 「2-4主要年份…」; not a
# range's unit: 「3-5 个工作日」「1-3季度」).
TABLE_CAPTION = re.compile(
    r"^(?:Table[:：]\s*"
    r"|[附续]?表\s*[\d一二三四五六七八九十]+(?:[-－.．]\d+)?(?=[\s\u3000：:、.．]|[^\d\s]|$)"
    r"|\d{1,2}[-－]\d{1,3}(?:[ \t\u3000]+(?=[\u4e00-\u9fff]{2}\S{0,8}?[\u4e00-\u9fff]{2})"
    r"|(?=[\u4e00-\u9fff]{6}))"
    r"(?![个天日年月周次人元万亿千百时分秒号倍季级层岁名件项家户所座台辆吨米克升度]))")
# 「…统计表」「…使用表」: a name ending in 表 — not a word that merely ends in it, as a
# header cell broken over lines may (「代表」 of 「代表河长」, 「发表」「图表」「列表」).
TABLE_TITLE_END = re.compile(r"\S{2}(?<![代发外仪图列手])表(?:[（(][^（）()]{1,20}[）)])?$")
TABLE_CAPTION_MAX = 40


# A bulletin names its table by what it lists, without 表: 「某县2021年2月长江经济带断面水质
# 状况」「区县5月份污染因子后3位排名情况」「2018年各地区早稻产量」 — a name ending in the data
# set's noun.
TABLE_NAME_END = re.compile(
    r"(?:情况|状况|排名|统计|汇总|一览|明细|增长速度|构成|分布|监测结果|同比变化|变化情况"
    # a statistics release's table by region (「2018年各地区早稻产量」; 「粮食产量」 alone may be
    # a row's label)
    r"|(?:各|分)(?:地区|省|市|县|区)[^\s，。]{0,12}?(?:产量|产值|数据|指标))"
    r"(?:[（(][^（）()]{1,20}[）)])?$")


# A government's 政府信息公开工作年度报告 (the national template since 2019) heads each of
# its tables with the article and item of the regulation it reports on: 「第二十条第（一）项」.
DISCLOSURE_ITEM = re.compile(
    r"^第[一二三四五六七八九十百]+条\s*第[（(][一二三四五六七八九十]+[）)]项$")


def is_disclosure_item(text: str) -> bool:
    """An annual disclosure report's item line over its table (see above)."""
    return bool(DISCLOSURE_ITEM.match(plain(text).strip()))


def is_table_name(text: str) -> bool:
    """A short unnumbered line with no punctuation ending in a data set's noun (see
    above): a table's caption when the table stands right under it."""
    line = plain(text)
    return (0 < len(line) <= TABLE_CAPTION_MAX and has_han(line)
            and not re.search(r"[。！？，；：:;,]", line)
            and heading_numbering(line).rank == 0 and bool(TABLE_NAME_END.search(line)))


def is_table_caption(text: str) -> bool:
    line = plain(text)
    if not line or len(line) > TABLE_CAPTION_MAX or line[-1] in "。！？，；：":
        return False
    if TABLE_CAPTION.match(line):
        return True
    # 「…统计表」 ends a table's name; a number set apart by spaces before it is the table's
    # (「1   1月份水功能区达标情况统计表」: 「表1」 lost its 表 in the copy), not a heading's.
    return bool(TABLE_TITLE_END.search(line)) and (
        heading_numbering(line).rank == 0 or bool(BARE_TABLE_NUMBER.match(line)))


BARE_TABLE_NUMBER = re.compile(r"^\d{1,2}[ \t\u3000]+\S")


# 「**标题**」, or in bold italics 「***标题***」 (a WeChat editor's heavier heading).
BOLD_LINE = re.compile(r"^\*\*(\*?)([^*]+)\1\*\*$")
BOLD_HEADING_MAX = 30
NUMBERED_BOLD_HEADING_MAX = 60
BOLD_RUNS_APART = re.compile(r"(?<=[^*\s])\*\*([ \t\u3000]+)\*\*(?=[^*\s])")


# 「第一条」「第三十六條」: a statute's article number — the run-in label of its article's text,
# never a heading (an editor's bold does not make it one).
ARTICLE_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,6}[条條]")


BOLD_QUESTION_MAX = 18  # characters of a question in bold that heads its answer


def bold_heading(text: str) -> str | None:
    """A line that is one bold run and no sentence: its text, else None.

    Unnumbered, at most 30 characters; numbered (一、…), at most 60 (a section heading
    of a report may carry a clause: 「一、全球产业规模平稳增长，新技术加快发展」).
    """
    # (bold runs side by side, a space between them, are one run: 「**母校新发展** **我来出
    # 出招**」, a two-part head an editor set bold part by part)
    match = BOLD_LINE.match(BOLD_RUNS_APART.sub(r"\1", text.strip()))
    if not match:
        return None
    inner = match.group(2).strip()
    if not inner or inner[-1] in "，、；：:," or ARTICLE_NUMBER.fullmatch(inner):
        return None
    numbered = heading_numbering(inner).rank > 0
    limit = NUMBERED_BOLD_HEADING_MAX if numbered else BOLD_HEADING_MAX
    # A short question alone in bold (「**突出问题有哪些？**」) heads the answer under it, as
    # a paper's 问答 sets its parts; an interviewer's question (「问：…？」) is a turn.
    if len(strip_tags(inner)) <= BOLD_QUESTION_MAX and inner[-1] in "？?" and not any(
            m in inner[:-1] for m in "。！？；：:"):
        return inner
    # Unnumbered, a colon makes it a field (**来源：某某**) or a lead-in, not a title.
    if len(strip_tags(inner)) > limit or (not numbered and any(m in inner for m in "。！？；：:")):
        return None
    return inner


# 「**3.2 基础语法**」「**3.2.1 是什么**：（引自某书）」「**3.3** 渲染排版；」: a line opening
# with a bold run that starts with a dotted section number (two or more numbers: 3.1,
# 3.2.1 — a bare 「1.」 may be a list) and holds no sentence is a subsection heading of a
# Markdown post, whatever follows the number inside or outside the bold.
BOLD_SECTION = re.compile(r"^\*\*\s*\d{1,2}(?:\.\d{1,2}){1,3}(?![\d.])[^*]*\*\*[^*]*$")


def bold_section_heading(text: str) -> str | None:
    """A one-line Markdown paragraph that is a bold-numbered subsection heading (see
    BOLD_SECTION): its text without the bold marks, else None."""
    text = text.strip()
    if not BOLD_SECTION.match(text) or any(mark in text for mark in "。！？!?"):
        return None
    plain = text.replace("**", "").strip()
    return plain if len(strip_tags(plain)) <= NUMBERED_BOLD_HEADING_MAX else None


# 「【智慧农业提质增效】」: a news story's subheading set in lenticular brackets, alone on
# its line (a sidebar's 【链接】 is a sidebar title, see above).
BRACKET_HEADING = re.compile(r"^【([^【】]{2,24})】$")


def is_bracket_heading(text: str) -> bool:
    match = BRACKET_HEADING.match(plain(text))
    return bool(match) and sidebar_title(text) is None and not ends_sentence_mark(match[1])


def ends_sentence_mark(text: str) -> bool:
    return text.rstrip()[-1:] in "。！？；，、：:"


# An attachment list of a 公文: 「附件：1.某某名单」, then 「2.…」 on lines of their own; or
# each attachment on a line of its own under its number (「附件1：某某汇总表.xlsx」).
ATTACHMENT = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]")
ATTACHMENT_FIRST = re.compile(r"^附\s*件\s*[：:]\s*1\s*[.．、]")


def is_attachment_line(text: str) -> bool:
    return bool(ATTACHMENT.match(plain(text)))


# A 公文's attachment opens with its label 「附件」「附件2」 alone on the first line (GB/T
# 9704-2012, 8: top left, 黑体), then the attachment's own title (centred): the label is a
# line of text, the title a heading.
ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:]?$")


def is_attachment_label(text: str) -> bool:
    return bool(ATTACHMENT_LABEL.match(plain(text)))


# The named parts of a standard, a report or a paper: headings in any source.
PART_NAMES = frozenset({"前言", "引言", "序言", "译者序言", "绪论", "导语", "导读", "导言", "目次",
                        "目录", "附录", "参考文献", "后记", "摘要", "结语",
                        "结束语", "致谢", "编制说明", "编后", "附件"})
PART_HEADING = re.compile(r"^(?:\d{1,2}[ \t\u3000]*)?([\u4e00-\u9fff]{2,4})$")


# A long document's parts and chapters above its 一、 headings: 「第一部分　总体要求」
# 「第二章 发展环境」「第三篇 推进高质量发展」 (a 条 is an article of the text, no heading).
PART_NUMBER = re.compile(
    r"^第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|篇|编|章)"
    # its name after it, or none: 「第一章」 alone opens the chapter all the same (the
    # copy lost its name, or sets it on the next line)
    r"(?:[ \t\u3000]+\S|(?=[^\s，。、；：！？,.;:!?]{1,16}$)|$)")
PART_NUMBER_MAX = 30


# A section's number alone on its line, its name lost or set on the next line
# (「（一）」 over the section's first paragraph): the section's heading, of its number's
# rank (一、 1, （一） 2) — never the article's title, never a paragraph of text.
BARE_SECTION_NUMBER = re.compile(
    r"^(?:(?P<one>[一二三四五六七八九十]{1,3})、|[（(](?P<two>[一二三四五六七八九十]{1,3})[）)])$")


def bare_section_rank(text: str) -> int:
    """The rank of a section number standing alone (「一、」 1, 「（一）」 2), else 0."""
    match = BARE_SECTION_NUMBER.match(plain(text).replace(" ", ""))
    return 0 if not match else 1 if match["one"] else 2


def is_bare_number(text: str) -> bool:
    """A line that is nothing but a section's or chapter's number (「（一）」「第一章」)."""
    line = plain(text).replace(" ", "")
    return bool(bare_section_rank(line)) or bool(
        re.fullmatch(r"第[一二三四五六七八九十百零〇\d]{1,4}(?:部分|篇|编|章)", line))


def is_numbered_part(text: str) -> bool:
    """「第一部分　总体要求」「第二章总则」 alone on a line, with no sentence in it."""
    line = plain(text)
    return (bool(PART_NUMBER.match(line)) and len(line) <= PART_NUMBER_MAX
            and not re.search(r"[。！？；，]", line))


def is_part_heading(text: str) -> bool:
    """「前言」「0 引言」「参考文献」 alone on a line."""
    match = PART_HEADING.match(plain(text).replace(" ", ""))
    return bool(match) and match.group(1) in PART_NAMES


SHORT_HEADING_MAX = 20
TWO_PART_HEADING_MAX = 32
# (a range's dash is the number's too: 「1-5月」「1—7月」)
NUMBER_MARKS = re.compile(r"\d+(?:[.,]\d+)*(?:[-－—~～]\d+(?:[.,]\d+)*)?[%％‰]?")
HEADING_MARKS = frozenset("“”‘’《》「」·：: \u3000、")


FIELD_LINE = re.compile(
    r"^(?:责任编辑|编辑|来源|作者|记者|通讯员|摄影|校对|审核|编审|监制|出品)\s*[：:]")


DASH_SUBHEAD = re.compile(r"^(?:——|--)(?=[\u4e00-\u9fff])")
DASH_SUBHEAD_MAX = 12  # characters after the dash: a subhead is a phrase
BLANK_BELOW = re.compile(r"^以下(?:空白|无正文)")


def is_short_heading(text: str) -> bool:
    """A short line with no punctuation but quotes, 《》, · and ：: an unnumbered heading.

    Not a date line, nor a field of the page (责任编辑：某某). A news story's subhead may
    open with a dash (「——展示大国姿态」, as 中新社 sets them); 「——以下空白」 is no heading.
    """
    line = plain(text)
    dashed = DASH_SUBHEAD.match(line)
    if dashed:
        line = line[dashed.end():]
        if BLANK_BELOW.match(line) or len(line) > DASH_SUBHEAD_MAX:
            return False  # 「——在某某会议上的讲话」: a subtitle, longer
    # A number's own marks are no punctuation: 「用户规模达5.75亿人」「增长7%」; nor are the
    # escaped stars a text writes for what it masks (「20\*\*年上半年工作回顾」): a word's.
    words = NUMBER_MARKS.sub("0", re.sub(r"\\\*", "某", line))
    # A newspaper's subhead of two clauses set apart by a space or 、 (「依法追究起火責任　研
    # 金屬棚架取代竹棚」): each part as short as a heading, the whole a little longer.
    parts = re.split(r"[ \u3000]+|、", line)
    # (no label's colon, no dateline 「某某社南京5月2日電 題：…」)
    two_part = len(parts) == 2 and len(line) <= TWO_PART_HEADING_MAX and all(
        han_count(part) >= 2 and len(part) <= SHORT_HEADING_MAX and not re.search(
            r"[：:]|[电電]$", part) for part in parts)
    return (
        0 < len(line) <= (TWO_PART_HEADING_MAX if two_part else SHORT_HEADING_MAX)
        and han_count(line) >= 2
        and all(not _is_punctuation(char) or char in HEADING_MARKS for char in words)
        and not is_signature_date(line) and not FIELD_LINE.match(line)
        and not LABELLED_FIELD.match(line) and not DIARY_DATE.match(line)
    )


# A diary's or log's entry date (「2月28日 星期二 阴转多云」): the entry's first line, no head.
DIARY_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*(?:星期|周|礼拜)[一二三四五六日天]")


# 「关键词 全国两会 访谈」「内容提要：…」: a front page's labelled field, however short, no head.
LABELLED_FIELD = re.compile(r"^(?:关键词|关键字|摘\s*要|内容提要|提要|Keywords?)[\s\u3000：:]\S",
                            re.I)


def _is_punctuation(char: str) -> bool:
    return not (char.isalnum() or "\u4e00" <= char <= "\u9fff")


# ---------------------------------------------------------------- raw extraction


def is_short_line(text: str) -> bool:
    """A line too short to be half of a page-broken paragraph."""
    return len(plain(text)) < SHORT_LINE


SHORT_LINE = 16
HAN_COMMA_ASCII = re.compile(rf"(?<=[{HAN}]),|,(?=[{HAN}])")
SPLIT_END = re.compile(rf"[{HAN}\w]$")
SPLIT_START = re.compile(rf"^[{HAN}\w》”）]")


def raw_extraction_evidence(text: str, paragraphs: list[str]) -> list[str]:
    """Why the text reads as a raw extraction (page breaks may split paragraphs), or [].

    `paragraphs` are the text blocks in order. Evidence: form feeds of pdftotext; two or
    more paragraphs broken mid-word (a long block ending in a character with no mark, the
    next starting with one); text repeated across such a break; half-width commas between
    Chinese throughout (a converter's, not an editor's, hand).
    """
    evidence = []
    if "\f" in text:
        evidence.append("form feeds (page breaks of a PDF extraction)")
    splits = overlaps = 0
    for first, second in zip(paragraphs, paragraphs[1:], strict=False):
        a, b = plain(first), plain(second)
        if han_count(a) >= 30 and SPLIT_END.search(a) and SPLIT_START.match(b) \
                and heading_numbering(b).rank == 0:
            splits += 1
            if repeated_overlap(a, b, minimum=4):
                overlaps += 1
    ascii_commas = len(HAN_COMMA_ASCII.findall(text))
    converted = ascii_commas >= 10 and ascii_commas > text.count("，")
    # Items written without a full stop end 'mid-word' too: a couple of such ends count
    # only beside a converter's commas, else they must be a tenth of the boundaries.
    if splits >= 2 and (converted or splits >= SPLIT_SHARE * max(1, len(paragraphs) - 1)):
        evidence.append(f"{splits} paragraphs broken off mid-word")
    if overlaps:
        evidence.append(f"{overlaps} text(s) repeated across a break")
    if converted:
        evidence.append(f"half-width commas between Chinese throughout ({ascii_commas})")
    return evidence


SPLIT_SHARE = 0.1


# ---------------------------------------------------------------- a document's own lines

# A document's own short lines, which its shape alone would take for other roles (a photo
# caption between blank lines, say): its issuer's name or its date alone (its 落款, GB/T 9704
# 7.3.5), its 发文字号, a chapter or article head, a GB/T 9704 note (「（此件公开发布）」
# 「——以下空白」), a page's labelled field.
ISSUER = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公室|办公厅|委员会|常委会|"
                    r"局|厅|署|部|院|中心|站|所|公司|协会|学会|党委|党组|小组)")
HAN_DIGIT = "〇○零一二三四五六七八九十"
DATE_ALONE = re.compile(rf"(?:\d{{4}}|[{HAN_DIGIT}]{{4}})\s*年\s*[\d{HAN_DIGIT}]{{1,3}}\s*月"
                        rf"\s*[\d{HAN_DIGIT}]{{1,3}}\s*日|\d{{4}}-\d{{1,2}}-\d{{1,2}}")
DOCUMENT_NUMBER = re.compile(r"[〔\[［][12]\d{3}[〕\]］]\s*\d{1,4}\s*号")
ARTICLE_HEAD = re.compile(rf"第\s*[{HAN_DIGIT}百\d]+\s*[章节条篇]")
GB_NOTE = re.compile(r"[（(]此件(?:公开发布|不公开|主动公开)[）)]|[—－-]*以下(?:空白|无正文)")
FIELD_LABEL = re.compile(r"^(?:发布日期|发布时间|信息来源|来源|日期|时间|作者|责任编辑|编辑|"
                         r"分享到|中文校对|校对|审校|翻译|译者|"
                         # a notice's contact fields (「联系人：杨某；联系电话：…」)
                         r"联系人|联系电话|联系方式|电话|传真|邮编|邮政编码|邮箱|电子邮箱|地址|受理单位)\s*[：:]")
# A notice's attachment: its label alone (「附件 1」), its title naming a list or a form
# (「2019年中山市“书香镇区”的拟入选名单」), a list of names set apart by 、 (「小榄镇、三乡
# 镇、板芙镇」).
ATTACHMENT_LABEL = re.compile(r"^附件\s*[\d一二三四五六七八九十]{0,3}\s*[：:]?$")
ATTACHMENT_TITLE = re.compile(r"(?:名单|名册|一览表|汇总表|明细表|统计表|登记表|申请表|报名表|"
                              r"回执|清单|目录)$")
# 「特此公告。」「特此通知」: the formula a notice ends its text with.
CLOSING_FORMULA = re.compile(r"^特此(?:公告|通知|通报|函告|批复|报告|证明|说明|声明|公示)[。！]?$")
NAME_LIST = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}(?:、[\u4e00-\u9fff（）()]{2,16}){2,}$")


# A statute opens with the notes of its adoption under its title, one a step
# (「2013年11月29日 济南市第十五届人民代表大会常务委员会第十一次会议通过」 ⏎ 「2014年1月15日
# 山东省…会议批准」, or in brackets, 「（2019年4月23日第十三届全国人民代表大会常务委员会第十
# 次会议修正）」, a rule's 「2001年3月13日 某某管理局令第27号公布」): the last step's date is
# the statute's (titleblock.facts), and no note is its title (titleblock.title).
ADOPTION_NOTE = re.compile(
    r"^[（(]?(?P<date>\d{4}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日)[ \t\u3000]*"
    # (a rule's note names the order that published it: 「…监督管理局令第27号公布」)
    r"[^。！？]{2,80}?(?:会议|委员会|人民政府|常务会议|令第[\d一二三四五六七八九十百零〇]{1,4}号)"
    r"[^。！？]{0,20}?(?:通过|批准|修正|修订|公布|发布)[）)]?$")


def adoption_note(text: str) -> re.Match[str] | None:
    """A statute's note of an adoption step (see above), its date in the match's `date`."""
    return ADOPTION_NOTE.match(simplified(plain(text)).strip())


def pictured_caption(text: str, alt: str | None) -> bool:
    """A line right under a picture opening with a caption's ▲ (「▲手上的雪」): the
    picture's caption, however like a name (a byline) its words are."""
    return alt is not None and plain(text).lstrip()[:1] in "▲△"


def document_line(text: str) -> str | None:
    """What a document's own line (see above) this short text reads as, or None."""
    plain = text.strip("*_ ")
    if DATE_ALONE.fullmatch(plain):
        return "a date alone"
    if ISSUER.fullmatch(plain):
        return "an issuer's name alone"
    if DOCUMENT_NUMBER.search(plain) and len(plain) <= 30:
        return "a document number"
    if ARTICLE_HEAD.match(plain):
        return "a chapter or article head"
    if GB_NOTE.fullmatch(plain):
        return "a note of the document's"
    if FIELD_LABEL.match(plain):
        return "a labelled field"
    if ATTACHMENT_LABEL.match(plain) or ATTACHMENT_TITLE.search(simplified(plain)):
        return "an attachment's label or title"
    if NAME_LIST.match(plain):
        return "a list of names"
    if CLOSING_FORMULA.match(plain):
        return "a notice's closing formula"
    return None

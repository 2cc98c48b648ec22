"""The title block's title: choosing the title and subtitle among the head's lines (see
the package's docstring)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from briefing.importer import roles
from briefing.importer.chars import has_han, simplified, strip_tags
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    ends_sentence,
    heading_numbering,
)
from briefing.importer.titleblock.facts import (
    HEAD_BLOCK_LINES,
    _other_label,
    _signature_start,
)
from briefing.importer.titleblock.lines import (
    BODY_MIN,
    CATALOGUE_LABEL,
    COUNTER,
    DASH_SUBTITLE,
    DATE_IN_PARENS,
    DOCUMENT_TITLE,
    DOCUMENT_TITLE_MAX,
    EPAPER_ISSUE,
    EPAPER_PAGE,
    HEAD_BLOCKS,
    IMAGE,
    ISO_DAY,
    ISSUER_TITLE,
    LABEL,
    LABEL_ALONE,
    NAME_HEADLINE,
    PAGE,
    SITE_NAME,
    SLOGAN,
    SPEECH_DATELINE,
    STATISTICS_ISSUERS,
    TERMINAL,
    TITLE_MAX,
    TITLE_MIN,
    TODAY_WIDGET,
    TitleBlock,
    _is_page_label,
    _is_subtitle_block,
    _source_form,
    bare_facts,
    bare_names,
    byline_names,
    catalogue_blocks,
    exclaimed_headline,
    is_body,
    is_document_title,
    is_fact_line,
    is_issuer_line,
    is_link_bar,
    is_page_chrome,
    is_page_furniture,
    is_title_candidate,
    labelled_facts,
    name_headline,
    read_date,
    site_greeting,
    speaker_before_office,
    speaker_name,
    widget_date,
)

# What an office issues, ending the title after its name and a colon (ISSUER_TITLE).
ISSUED_DOCUMENT = re.compile(
    r"(?:报告|公报|月报|季报|年报|周报|快报|简报|通报|通知|公告|通告|意见|办法|规定|方案|规划|"
    r"决定|批复|函|细则|指南|目录|名单|情况|状况|数据|统计|解读|答记者问)"
    r"(?:[（(][^（）()]{1,20}[）)])?$")


def _sections(blocks: list[RawBlock], fields: dict[str, str]) -> bool:
    """With the title given (a blog's YAML), several `#` headings none of which is that
    title are the post's sections (a static-site theme prints the title itself)."""
    tops = [plain_title(b.text.strip()) for b in blocks
            if b.kind == "heading" and b.marker == 1 and b.text.strip()]
    given = re.sub(r"\s+", "", fields["title"])
    # (or one such heading over `##` sections of its own: a part's name the post's body
    # opens with — 「从修行到建设」 over 「出发」「车站」… under the title 「深圳之行」)
    parted = len(tops) == 1 and sum(1 for b in blocks if b.kind == "heading"
                                    and b.marker == 2) >= SECTIONS_UNDER_TOP
    return (len(tops) >= 2 or parted) and all(re.sub(r"\s+", "", top) != given for top in tops)


SECTIONS_UNDER_TOP = 2


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


def _dateline_alone(text: str) -> bool:
    """A wire dispatch's dateline on a line of its own (roles.WIRE_DATELINE and nothing
    after it): 「新华网深圳8月12日电」."""
    line = simplified(text.strip())
    found = roles.WIRE_DATELINE.match(line)
    return bool(found) and found.end() == len(line)


ITEM_PAGE_TOPS = 3  # 「# 」 headlines that make a text a digest of stories


def find_title(blocks: list[RawBlock]) -> tuple[list[int], bool] | None:
    """The indices of the title's blocks and whether it was inferred (no `#` line).

    An inferred title is the candidate best followed by what follows titles, before
    the body; or, with a subtitle, byline or fact under it, further down; a 公文 title
    broken over two blocks (「国务院办公厅关于开展」「…工作的通知」) is both.
    """
    tops = [i for i, b in enumerate(blocks)
            if b.kind == "heading" and b.marker == 1 and b.text.strip()]
    if len(tops) >= ITEM_PAGE_TOPS and not any(
            b.kind == "text" and b.text.strip() for b in blocks[:tops[0]]) and not any(
            b.kind == "heading" and b.marker > 1 for b in blocks):
        # A digest of several stories, each under its own 「# 」 headline and no section
        # under any (a feed exported to Markdown): the headlines are the items', none is
        # the page's title.
        return None
    if tops:
        return [tops[0]], False
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
    # …nor anything under the salutation (「各處（科）室：」): a title stands above it
    salutation = next((i for i in range(window) if blocks[i].kind == "text"
                       and len(blocks[i].lines) == 1
                       and roles.is_salutation(blocks[i].text.strip())), None)
    window = salutation if salutation else window
    evidence = {i: _title_evidence(blocks, i, head) for i in range(window)
                if is_title_candidate(blocks[i]) and not _field_value(blocks, i)}
    # LONG_TITLE: a line longer than TITLE_MAX is a title only when what follows titles
    # stands right under it (its 发布时间/来源 line, a 公文's addressees, a subtitle): a
    # 转发 notice's 「关于转发《…的紧急通知》」, a page's title with a site's words in it.
    evidence.update({i: 2 for i in range(min(window, head + 1))
                     if i not in evidence and _long_title(blocks, i, head)})
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
                      # 「主打稿」: a line shorter than any title is a tab or a button
                      and len(_plain(blocks[i].text)) >= TITLE_MIN
                      and not roles.is_caption_text(blocks[i].text.strip())
                      and not is_page_chrome(_plain(blocks[i].text))
                      # 「表1 …」 heads the table under it, not the text — but for a
                      # page that is one table, opening with it (a yearbook's 「1-16 …表」)
                      and (i == texts[0] or not roles.TABLE_CAPTION.match(
                          _plain(blocks[i].text)))
                      # a line ending in a colon introduces what follows: 「主持人某某：」
                      and not _plain(blocks[i].text).endswith(("：", ":"))
                      # a fact's label opens it (「作者：Jinkey」, its value no name read)
                      and not LABEL.match(simplified(_plain(blocks[i].text)))
                      # a wire dateline alone (「新华网深圳8月12日电」) opens a story, names none
                      and not _dateline_alone(_plain(blocks[i].text))
                      and not NUMBER_ALONE.fullmatch(_plain(blocks[i].text))), None)
        if first is None and texts and not roles.is_caption_text(blocks[texts[0]].text.strip()) \
                and not is_page_chrome(_plain(blocks[texts[0]].text)):
            first = texts[0]  # (a chart's caption 「图1 …」 opening the text names no text)
        return ([first], True) if first is not None else None
    best = max(candidates, key=lambda i: (evidence[i], -i))
    if evidence[best] == 1 and _section_head_under_title(blocks, best):
        best -= 1
    # A statute's note of its adoption in brackets stands between its title and its first
    # chapter (「（1999年6月28日…会议通过）」): never the title — the line above it is.
    if best > 1 and roles.ARTICLE_HEAD.match(_plain(blocks[best].text)) \
            and roles.adoption_note(blocks[best - 1].text) \
            and is_title_candidate(blocks[best - 2]):
        best -= 1  # the first chapter under the note: the note, then the line above it
    while best > 0 and roles.adoption_note(blocks[best].text) \
            and is_title_candidate(blocks[best - 1]):
        best -= 1
    best = _headline_over_channel(blocks, best, candidates, head)
    if best > 0 and SLOGAN.fullmatch(_plain(blocks[best].text)) and is_title_candidate(
            blocks[best - 1]) and SPEECH_KIND_END.search(_plain(blocks[best - 1].text)):
        best -= 1  # 「…会议上的讲话」 ⏎ 「统一思想 振奋精神 合力攻坚」: the slogan is its subtitle
    if best > 0 and (is_issuer_line(blocks[best].text) or _site_line(blocks[best])) \
            and is_title_candidate(blocks[best - 1]) \
            and best + 1 < len(blocks) and (read_date(blocks[best + 1].text) is not None or (
                DATE_IN_PARENS.fullmatch(blocks[best + 1].text.strip()) is not None)):
        best -= 1  # 「标题」「某市统计局」「2024年3月20日」: the office (or the site:
        # 「三味园范文网」) and the date under the title
    if best + 2 < len(blocks) and is_issuer_line(blocks[best].text) \
            and is_title_candidate(blocks[best + 1]) \
            and CASE_NUMBER.match(_plain(blocks[best + 2].text).strip()):
        best += 1  # 「某某人民法院」「民事判决书」「（2018）皖1702民初804号」: the court, its
        # document's kind (the title) and the case's number
    for first, second in ((best - 1, best), (best, best + 1)):
        if first >= 0 and second < len(blocks) and _document_title_halves(
                blocks[first], blocks[second], issuer=True):
            return [first, second], True
    return [best], True


PROSE_MIN = 80  # characters of a block of sentences no site prints as its furniture
PROSE_SENTENCES = 2
# (a site's notices are sentences too: its rights and reprint statements)
SITE_NOTICE = re.compile(r"声明|版权|免责|转载|本网|本站")


def _prose(block: RawBlock) -> bool:
    """A block of the text's sentences (long, two at least, no site's notice): never a
    page's furniture."""
    text = _plain(block.text)
    return block.kind == "text" and len(text) >= PROSE_MIN and len(
        re.findall(r"[。！？]", text)) >= PROSE_SENTENCES and not SITE_NOTICE.search(
        text) and is_body(block)


def _site_line(block: RawBlock) -> bool:
    """A line that is a site's or a paper's name alone (「三味园范文网」「某某日报」
    「搜狐网站」)."""
    name = simplified(strip_tags(block.text).strip())
    return len(block.lines) == 1 and bool(SITE_NAME.fullmatch(name) or SITE_NAME.fullmatch(
        name.removesuffix("站")))


# WIRE_TITLE: a wire story's dateline names its headline after 题 (「新华社贵阳2月12日电
# 题：山乡巨变——来自贵州扶贫一线的报告」): where the copy has no title line above it (a
# special page's tool bar instead), that is the title — and its ——subtitle — the dateline
# staying in the body as the agency wrote it. A guess all the same: a doubt.
WIRE_TITLE = re.compile(r"[电電][ \t\u3000]*[题題][ \t\u3000]*[：:][ \t\u3000]*"
                        r"(?P<title>[^。！？；]{2,60})$")


def _wire_title(blocks: list[RawBlock], index: int, split: list[Repair]) -> TitleBlock | None:
    """The title a wire dateline names (WIRE_TITLE) when the inferred title would be the
    dateline itself; the page's buttons above it dropped."""
    block = blocks[index]
    text = _plain(block.text)
    named = WIRE_TITLE.search(text) if block.kind == "text" and len(block.lines) == 1 and \
        roles.opens_with_dateline(text) else None
    if named is None:
        return None
    title, subtitle = named["title"].strip(), None
    dashed = TITLE_DASH.match(title)
    if dashed:
        title, subtitle = dashed[1].strip(), dashed[2].strip()
    repairs = list(split)
    kept = []
    for number, other in enumerate(blocks):
        if number < index and other.kind == "text" and all(
                is_page_furniture(line.text.strip(), above_title=True)
                # 「主打稿」: a line shorter than any title above the dateline is the special
                # page's tab (its date line is a fact, read with the head's)
                or (len(_plain(line.text)) < TITLE_MIN and not is_fact_line(line.text.strip()))
                for line in other.lines):
            repairs.append(Repair(
                "page-furniture", other.line, other.text.strip()[:40], "",
                "Dropped a web page's button, tab or label from the head.", review=True))
            continue
        kept.append(other)
    result = f"title: {title}" + (f"; subtitle: {subtitle}" if subtitle else "")
    return TitleBlock(title, subtitle, line=block.line, blocks=kept, repairs=repairs, doubts=[
        Repair("title-inferred", block.line, text[:40], result,
               "no title line: took the title the wire dateline names after 题 — check it, "
               "or mark the title with '# ' and import again")])


def _long_title(blocks: list[RawBlock], index: int, head: int) -> bool:
    """LONG_TITLE (find_title): a line of up to DOCUMENT_TITLE_MAX characters, a title
    but for its length, with what follows titles right under it."""
    return not is_title_candidate(blocks[index]) and is_title_candidate(
        blocks[index], longest=DOCUMENT_TITLE_MAX) and not _field_value(blocks, index) \
        and _title_evidence(blocks, index, head) == 2


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
# A 范文 site's page title: the document's title and its word for a model text (「镇上半年
# 工作情况总结范文」「…范文（精选5篇）」).
SAMPLE_SUFFIX = re.compile(r"[ \t]*(?:范文|范例|模板|样本)(?:大全|精选)?"
                           r"(?:[（(](?:精选|通用)?\d{1,2}篇[）)])?")
# A web page's title as clippers copy it: 「标题_新闻频道_某某网」「标题 - 某某日报」
# 「标题|某某网」.
_SITE = (r"(?:[\u4e00-\u9fff]{1,12}(?:网|网站|在线|日报|晚报|报|政府门户网站|门户网站)"
         r"|[\w-]+\.(?:com|cn|net|org)(?:\.cn)?)")
PAGE_TITLE_SITE = re.compile(
    rf"^(?P<title>.{{4,}}?)(?P<rest>(?:[ \t]*[_|｜][ \t]*|[ \t]+[-–][ \t]+)"
    rf"(?:[^_|｜\s]{{2,12}}[ \t]*[_|｜][ \t]*)?(?P<site>{_SITE}))$")


# A page's title whose channel follows 「_」 with no site after it (「…空气质量状况_每日速递」).
CHANNEL_SUFFIX = re.compile(r"^(?P<title>.{10,}?)[ \t]*_[ \t]*(?P<channel>[\u4e00-\u9fff]{2,8})$")
UNDERSCORED_SITE = re.compile(rf"^(?P<title>.{{4,}}?)(?P<rest>[ \t]*_[ \t]*"
                              rf"(?:[^_|｜\s]{{2,12}}[ \t]*_[ \t]*)?(?P<site>{_SITE}))$")


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
# (spaced as a copy may set it: 「国发 〔2011〕 35 号」)
NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}\s?[〔\[［【]\d{4}[〕\]］】]\s*\d{1,4}\s*号$")
# A 公文's title with its 发文字号 after it on the same line (「国务院关于…的意见 国发 〔2011〕 35
# 号」, a crawl that ran the two lines of the page together).
# (or glued to it, 「…的通报国办函〔2018〕46号」: the title ends in its document's kind)
TITLE_AND_NUMBER = re.compile(
    r"^(?P<title>\S.*?)(?:[ \t\u3000\u00a0]+|(?<=通知|通报|意见|决定|办法|规定|批复|复函|报告"
    r"|方案|公告|通告|纪要|规划|细则|条例|命令)|(?<=函|令))"
    r"(?P<number>[\u4e00-\u9fff]{1,12}\s?[〔\[［【]\d{4}[〕\]］】]\s*\d{1,4}\s*号)$")


def is_document_number_line(text: str) -> bool:
    """「某政办发〔2007〕22号」 alone on a line, in brackets or not."""
    line = re.sub(r"^[（(]|[）)]$", "", strip_tags(text).strip())
    return bool(NUMBER_LINE.match(line))
NUMBER_PREFIX = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【]\d{4}[〕\]］】]\s*\d{1,4}\s*号\s*")


# A court's case number under its document's kind: 「（2018）皖1702民初804号」「(2021)京行终963号」
# — the year in brackets, the court's code, the kind of case, the number.
CASE_NUMBER = re.compile(r"^[（(]\d{4}[）)][\u4e00-\u9fff]{1,2}\d{0,6}[\u4e00-\u9fff]{1,8}"
                         r"\d{1,6}号(?:之[一二三四五六七八九十\d]+)?$")


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
    if block is title or not plain or _site_line(title):
        return False  # (「搜狐新闻-搜狐网站」 over 「搜狐网站」: the site's own name, no title)
    return (text.startswith(plain) and bool(SITE_SUFFIX.match(text[len(plain):])
                                            or SAMPLE_SUFFIX.fullmatch(text[len(plain):]))) or (
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


SPEECH_KIND_END = re.compile(r"(?:讲话|发言|致辞|主持词|报告)$")
# SPEECH_RUN_ON: a speech's first line holding its title, a slogan (its subtitle, words set
# apart by spaces, no sentence) and the salutation that opens the speech.
SPEECH_RUN_ON = re.compile(
    r"^(?P<title>[^\s。！？，,；;：:“”]{6,40}?(?:讲话|发言|致辞|主持词))[ \t\u3000]+"
    r"(?P<slogan>[^。！？：:]{0,60}?)[ \t\u3000]*"
    r"(?P<rest>(?:同志们|各位代表|各位领导|各位来宾)[：:，,].{8,})$"
    # …or glued to it, no space, a document site's preview: 「县长在…会议上的讲话编者按:本文
    # …」「区人民政府年度工作报告材料各位代表。现在，…」
    r"|^(?P<glued>[^\s。！？，,；;：:“”]{6,40}?(?:讲话|发言|致辞|主持词|报告|报告材料))"
    r"(?P<opening>(?:编者按|同志们|各位代表|各位领导|各位来宾)[：:，,。].{8,})$")
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
    why = None
    if len(block.lines) > 1 and (is_document_title(line.text) or SPEECH_TITLE.match(
            line.text.strip())) and not is_title_candidate(block):
        # 「在全市…会议上的讲话」 ⏎ the text: a title in a document's form, with no blank
        # line under it, over a line of the body — its own block.
        why = ("The text's first line names the document in a title's form (「关于…的通知」"
               "「在…上的讲话」) over the body with no blank line: read it as a line of its own.")
    elif len(block.lines) > 1 and 0 < len(line.text.strip()) <= TITLE_MAX \
            and not ends_sentence(line.text) and roles.opens_with_dateline(
                block.lines[1].text.strip()) and not roles.opens_with_dateline(line.text):
        # 「《某某年鉴》(2017)被评为…成果」 ⏎ 「本报讯 近日，…」: a headline right over the
        # dateline that opens the story (a copy with no blank lines) — its own block
        why = ("The text's first line, short and ending no sentence, stands right over the "
               "story's dateline with no blank line: read it as a line of its own (the "
               "headline).")
    if why:
        repair = Repair("split-title-line", line.number, line.text.strip()[:40],
                        f"{line.text.strip()[:30]} ⏎ …", why, review=True)
        return blocks[:first] + [
            replace(block, lines=block.lines[:1], blank_after=0),
            replace(block, lines=block.lines[1:], blank_before=0)] + blocks[first + 1:], [repair]
    numbered = TITLE_AND_NUMBER.match(line.text.strip())
    if numbered and is_document_title(numbered["title"]):
        parts = [numbered["title"], numbered["number"]]
        made = [replace(block, lines=[SourceLine(line.number, part)], blank_before=0,
                        blank_after=0) for part in parts]
        made[-1] = replace(made[-1], lines=[*made[-1].lines, *block.lines[1:]],
                           blank_after=block.blank_after)
        repair = Repair("split-title-number", line.number, line.text.strip()[:40],
                        " ⏎ ".join(parts),
                        "The text's first line holds the document's title and its 发文字号 "
                        "(a copy that ran them together): read them as two lines.")
        return blocks[:first] + made + blocks[first + 1:], [repair]
    speech = SPEECH_RUN_ON.match(line.text.strip())
    if speech:
        # 「第四季度县经济工作会议上的讲话 统一思想 振奋精神 … 同志们:今天的会议，…」: a
        # speech's title, its slogan, its salutation and its body run onto one line
        parts = [speech["title"], speech["slogan"].strip(), speech["rest"]] \
            if speech["title"] else [speech["glued"], speech["opening"]]
        made = [replace(block, lines=[SourceLine(line.number, part)], blank_before=0,
                        blank_after=0) for part in parts if part]
        made[-1] = replace(made[-1], lines=[*made[-1].lines, *block.lines[1:]],
                           blank_after=block.blank_after)
        repair = Repair("split-title-run-on", line.number, line.text.strip()[:40],
                        " ⏎ ".join(part[:16] for part in parts if part),
                        "The text's first line runs a speech's title (…的讲话), its slogan and "
                        "its salutation into the speech: read them as lines of their own.",
                        review=True)
        return blocks[:first] + made + blocks[first + 1:], [repair]
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
                   # a fact line with its buttons and counter may run long, and so may a
                   # breadcrumb (「您当前位置：首页 >> 政务公开 >> … >> 通知公告」)
                   and all(len(line) <= BODY_MIN or is_fact_line(line) or _is_page_label(line)
                           for line in lines)
                   # the site's greeting ends in 「！」 and is no sentence (SITE_GREETING)
                   and not any(ends_sentence(line) and not site_greeting(line)
                               for line in lines)
                   and (any(is_fact_line(line) or _is_page_label(line) or is_link_bar(line)
                            or site_greeting(line) or TODAY_WIDGET.fullmatch(line)
                            for line in lines)
                        # a newspaper's headline in lines: (引题,) 主题, then its ——副题
                        or bool(DASH_SUBTITLE.match(lines[-1]))))
        # a title line longer than a line of the head (LONG_TITLE) does not end it
        in_head = in_head and index < HEAD_BLOCKS and (stacked or not is_body(block) or (
            is_title_candidate(block, longest=DOCUMENT_TITLE_MAX)))
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


# A page flattened onto one line (a copy that lost every line break) keeps its facts bar
# between the title and the text: 「标题 来源:本站原创 | 发布人:admin | 发布时间:2020-01-28 |
# 浏览次数:4263 正文……」 — labelled fields parted by bars, the last a count of views.
BAR_LABELS = (r"(?:文章来源|信息来源|来源|稿源|发布人|发布者|作者|编辑|发布时间|发布日期|时间|"
              r"日期|浏览次数|点击数|阅读次数|访问次数|浏览|点击|阅读)")
FACTS_BAR = re.compile(
    rf"{BAR_LABELS}[ \t]*[:：][^|｜\n]{{0,30}}?(?:[ \t]*[|｜][ \t]*{BAR_LABELS}[ \t]*[:：]"
    rf"[^|｜\n]{{0,30}}?)*[ \t]*[|｜][ \t]*(?:浏览次数|点击数|阅读次数|访问次数|浏览|点击|阅读)"
    rf"[ \t]*[:：]?[ \t]*\d+(?:次)?")
FLAT_TITLE_MAX = 60


def split_facts_bar(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """A head's line holding the title, the page's facts bar and the text after it (see
    above) → three blocks: the title's, the facts', the text's."""
    result: list[RawBlock] = []
    repairs = []
    for index, block in enumerate(blocks):
        found = FACTS_BAR.search(block.text) if index < HEAD_BLOCKS and \
            block.kind == "text" and len(block.lines) == 1 else None
        before = block.text[:found.start()].strip() if found else ""
        after = block.text[found.end():].strip() if found else ""
        if not (found and before and after and len(before) <= FLAT_TITLE_MAX
                and not re.search(r"[。！？]", before)):
            result.append(block)
            continue
        line = block.lines[0].number
        parts = [before, found[0].strip(), after]
        result += [replace(block, lines=[SourceLine(line, part)],
                           blank_before=block.blank_before if i == 0 else 1,
                           blank_after=block.blank_after if i == 2 else 1)
                   for i, part in enumerate(parts)]
        repairs.append(Repair(
            "split-facts-bar", line, found[0].strip()[:40],
            f"{before[:16]} ⏎ {found[0].strip()[:16]} ⏎ {after[:16]}",
            "A page flattened onto one line: its facts bar (labelled fields parted by bars, "
            "the views counted last) stands between the title and the text — read them as "
            "three blocks.", review=True))
    return result, repairs


# FACT_OVER_TEXT: a page's fact line (「发布日期:2013-06-28」) with the article's first lines
# right under it, no blank line between: the fact is the head's, the lines under it the
# body's (a fact line ends no paragraph of prose).
def split_fact_over_text(blocks: list[RawBlock]) -> tuple[list[RawBlock], list[Repair]]:
    """Each such head block → the fact line's block and the text's."""
    result: list[RawBlock] = []
    repairs = []
    for index, block in enumerate(blocks):
        lines = block.lines
        if not (index < HEAD_BLOCKS and block.kind == "text" and len(lines) > 1
                and is_fact_line(lines[0].text.strip())
                and not any(is_fact_line(line.text.strip()) for line in lines[1:])
                and ends_sentence(_plain(lines[-1].text))):
            result.append(block)
            continue
        result += [replace(block, lines=lines[:1], blank_after=1),
                   replace(block, lines=lines[1:], blank_before=1)]
        repairs.append(Repair(
            "split-fact-line", lines[0].number, lines[0].text.strip()[:40],
            f"{lines[0].text.strip()[:20]} ⏎ {lines[1].text.strip()[:16]}",
            "A page's fact line with the text right under it (no blank line between): "
            "read the fact as the head's and the text as the body's."))
    return result, repairs


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


# An annual report's title set in two lines, its issuer above its year and kind
# (「淮安市人民政府」 ⏎ 「2024 年政府信息公开工作年度报告」): one title, as the report names
# itself — not the issuer above a title (that one stands under it, with the date).
YEAR_REPORT = re.compile(
    r"^\d{4}\s*年(?:度)?.{2,40}?(?:年度报告|工作报告|工作总结|报告|公报|白皮书)$")


def _document_title_halves(first: RawBlock, second: RawBlock, issuer: bool = False) -> bool:
    """A 公文 title broken over two blocks; with `issuer`, also an annual report's issuer
    over its year and kind (YEAR_REPORT) — joined once the title is found, never evidence
    for a title."""
    if not (is_title_candidate(first) and is_title_candidate(second)):
        return False
    if (issuer and is_issuer_line(first.text.strip()) and YEAR_REPORT.match(second.text.strip())
            and second.line == first.lines[-1].number + 1):
        return True
    # (read without letter-spacing: 「几 个 问 题 的 通 知」, its second line spaced out)
    joined = re.sub(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])", "",
                    first.text.strip() + second.text.strip())
    return ("关于" in first.text and not DOCUMENT_TITLE.search(first.text.strip())
            and bool(DOCUMENT_TITLE.search(joined)) and len(joined) <= DOCUMENT_TITLE_MAX)


def _head_end(blocks: list[RawBlock]) -> int:
    """The index of the first body block (len(blocks) if none)."""
    return next((i for i, b in enumerate(blocks) if is_body(b)), len(blocks))


# The issuers of a 统计公报 under its title, each on a line of its own or on one line.
STATISTICS_OFFICE = re.compile(r"^(?:[\u4e00-\u9fff]{2,16}?统计局"
                               r"|国家统计局[\u4e00-\u9fff]{2,12}?调查总?队)$")


def _statistics_issuers(line: str) -> bool:
    """Either issuer alone on its line, or both (lines.STATISTICS_ISSUERS)."""
    return bool(STATISTICS_OFFICE.match(line) or STATISTICS_ISSUERS.match(line))


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
    if _statistics_issuers(simplified(text.split("\n")[0].strip())):
        return 2  # a 统计公报's title over its issuers (「某市统计局」 ⏎ 「国家统计局某市调查队」)
    # 「县域新闻」「第2版」 over several stories (each opening with its dateline): the
    # page's name is the title, the stories' headlines its headings.
    if (PAGE.fullmatch(text) or EPAPER_PAGE.match(text)) and sum(
            1 for block in blocks if block.kind == "text"
            and roles.opens_with_dateline(block.text)) >= 2:
        return 2
    # DOCUMENT_TITLE_FORM: a 公文's title by its form (「某某关于…的通知」) names the text in the
    # head even when what stands under it is damaged (a 发文字号 half lost, 「某政办发〔201746」):
    # it outranks a line with no evidence at all (a site's name above it).
    # (a news page sets its photo under the headline: 「…」 ⏎ 「…本报记者张宪摄」 ⏎ the story —
    # the photo's caption between them takes nothing from the headline)
    pictured = 0 < head - index - 1 <= CAPTIONS_UNDER_TITLE and all(
        block.kind == "text" and len(block.lines) == 1 and roles.is_caption_text(block.text)
        for block in blocks[index + 1:head])
    return 1 if index + 1 == head or pictured or is_document_title(blocks[index].text) else 0


CAPTIONS_UNDER_TITLE = 2


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
    # (a page's time stamp alone, 「2024-8-10 16:16:54」, is its date)
    return bool(labelled_facts(first) or bare_facts(first) or byline_names(first)
                or read_date(first) is not None)


SPEECH_LOOK = 4  # blocks under a speech's title before its greeting: subtitle, dateline,
# speaker (a line each, or broken over two)
DOCUMENT_NUMBER_ANYWHERE = re.compile(r"[〔\[［【(（]\d{4}[〕\]］】)）]\s*\d{1,4}\s*号")


def _speech_under_title(blocks: list[RawBlock], after: int, head: int) -> bool:
    """A speech's greeting (「同志们：」「各位代表：」, no 公文's addressees) follows the title,
    past at most SPEECH_LOOK short lines (its subtitle, dateline, speaker)."""
    for index in range(after, min(len(blocks), after + SPEECH_LOOK + 1)):
        block = blocks[index]
        if block.kind != "text":
            return False
        text = simplified(strip_tags(block.text)).strip()
        if len(block.lines) == 1 and len(text) <= roles.SALUTATION_MAX \
                and roles.SALUTATION.match(text):
            return True
        if any(len(line.text.strip()) > TITLE_MAX or ends_sentence(line.text.strip())
               for line in block.lines):
            return False
    return False


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
    # (two bold lines joined, 「**附屬法例**」「**法律公告**」: their runs meet in 「****」)
    return re.sub(r"\*{4}|_{4}", "", match["text"]).strip() if match else text


NO_TITLE = "no-title"  # the doubt a text without a title line leaves
# SITE_MASTHEAD: a government site's page opens with the site's name (「某县人民政府」) right
# over its breadcrumb (「首页 >> 公开信息内容」): the website's masthead, the same on every
# page it holds — no 来源 of the article (an issuing office under the title is).
BREADCRUMB = re.compile(r"^(?:首页|主页|网站首页|当前位置|您的位置|您现在的位置)[ \t\u3000]*"
                        r"(?:[-=]?[>»＞›→]|[:：])")


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
    # UNTITLED_FURNITURE: the page's furniture over the text's first line (a lone bar, a
    # tool bar, a breadcrumb) is dropped all the same — up to the first line that is not.
    # A line closed by bars is furniture only when nothing but bars is left (a table row's
    # cell, 「标题 | |||」, may hold the title).
    def furniture(line: str) -> bool:
        if re.search(r"[|｜]\s*$", line):
            return not re.sub(r"[\s|｜:\-—–]", "", line)
        return is_page_furniture(line, above_title=True)

    lead = 0
    while lead < len(blocks) and lead < HEAD_BLOCKS and blocks[lead].kind == "text" and all(
            furniture(line.text.strip()) for line in blocks[lead].lines):
        lead += 1
    if 0 < lead < len(blocks):
        repairs = repairs + [Repair(
            "page-furniture", block.line, _source_form(block)[:40], "",
            "Dropped a web page's menu, label or bar over the text's first line (the text "
            "has no title).", review=True) for block in blocks[:lead]]
        blocks = blocks[lead:]
        if first.line < blocks[0].line:
            first = blocks[0]
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
# 「2022关于留坝县创森迎检工作督查情况的通报」: a year glued before 关于, no 年 — the site's.
GLUED_YEAR = re.compile(r"^(?:19|20)\d{2}(?=关于.{4,}(?:通知|通报|意见|决定|报告|批复|函|办法|方案|"
                        r"规定|公告|细则|规划|计划|总结)$)")
# A page's breadcrumb ending in the title: 「首頁>演講稿>公眾演講>在紀念…大會上的講話」
# (read Simplified), the home page first, each crumb a channel's short name.
BREADCRUMB_TITLE = re.compile(
    r"^(?P<trail>(?:当前位置|您的位置|你的位置|位置)?[：:]?[ \t]*(?:首页|主页|网站首页)"
    r"(?:[ \t]*(?:>>|[-=]?>|＞|»|›|/|→)[ \t]*[^>＞»›/→]{1,10}?)*[ \t]*"
    r"(?:>>|[-=]?>|＞|»|›|/|→)[ \t]*)"
    r"(?=\S{6,}$)")
# MEDIA_MARK: a site's list marks a story's media after its title — 「…胜利召开[图]」
# 「…[组图]」「…【视频】」「…（图）」: the page's pointer to the pictures or the player it
# shows, not words of the headline (the paper's own headline has none). Only these media
# words, closing the title.
MEDIA_MARK = re.compile(
    r"[ \t\u3000]*[\[【［(（〔](?:图|组图|多图|图文|附图|高清组图|高清图|视频|音频|图表|直播)"
    r"(?:[/／、](?:短片|视频|音频|图))?[\]】］)）〕]$")  # 「（附圖/短片）」, read Simplified
# 「在某会上的讲话（二〇〇一年一月一日）」: a title with its date in brackets after it.
TITLE_DATE = re.compile(r"^(.{4,}?)\s*[（(]([^（）()]{6,16}日)[）)]$")
# 「2016-12-10 中央社駐巴黎記者訪問」: a post's or a transcript's title opening with its date in
# ISO form and a space, as blogs and archives name their files (or in brackets, as a paper's
# archive lists its stories: 「[2004-03-31] 特寫：…」).
STAMPED_TITLE = re.compile(rf"^[\[［【]?(?P<date>{ISO_DAY})(?:[\]］】][ \t\u3000]*|"
                           r"[ \t\u3000]+)(?P<title>\S.{3,})$")
# …or its day after it, a space apart (a statistics page's 「…零售总额 2023-09-19」).
TITLE_STAMPED_AFTER = re.compile(rf"^(?P<title>\S.{{3,}}?)[ \t\u3000]+(?P<date>{ISO_DAY})$")
# A page-turning edition's page title (FlipHTML5, AnyFlip): 「Page 11 - 2021年中国水资源公报」.
FLIPBOOK_PAGE = re.compile(r"^Page[ \t]+\d{1,4}[ \t]+[-–—][ \t]+(?P<title>\S.{3,})$")
# 「共同创造美好的新世纪——二〇〇一年新年贺词」: a title and its subtitle on one line.
TITLE_DASH = re.compile(r"^(.{4,}?)(?:——|--)(.{4,})$")


def _heading_over_facts(blocks: list[RawBlock], index: int) -> bool:
    """A smaller heading right under the '#' title, the story's facts line (an issue
    line, a byline) right under it: the title's subtitle."""
    if index + 1 >= len(blocks):
        return False
    heading, facts = blocks[index], blocks[index + 1]
    line = re.sub(r"^>\s*", "", facts.text.strip())
    return (heading.kind == "heading" and heading.marker == 2 and len(heading.lines) == 1
            and heading_numbering(heading.text.strip()).rank == 0
            and len(facts.lines) == 1 and bool(bare_facts(line) or is_fact_line(line)))


def _kicker(blocks: list[RawBlock], title: int) -> int | None:
    """The index of a headline's 引题: the one block before the '#' title, a smaller
    heading of a short phrase (no section's number, no sentence)."""
    before = [i for i in range(title) if blocks[i].text.strip()]
    if len(before) != 1:
        return None
    block = blocks[before[0]]
    text = block.text.strip()
    if block.kind != "heading" or block.marker < 2 or len(block.lines) != 1 \
            or not 4 <= len(text) <= 40 or heading_numbering(text).rank > 0 \
            or text[-1] in "。；：:;" or roles.is_part_heading(text) or is_front_part(text):
        return None
    return before[0]


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
        blocks, more = split_facts_bar(blocks)
        split += more
        blocks, more = split_fact_over_text(blocks)
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
    if inferred:
        wired = _wire_title(blocks, indices[0], split)
        if wired is not None:
            return wired
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
            (is_body(title_block) and not _long_title(blocks, indices[0], _head_end(blocks))
             and not (
                exclaimed_headline(_plain(title_block.text))
                and _facts_under_title(blocks, indices[-1] + 1, len(blocks))))
            or heading_numbering(title_block.text).rank > 0
            or roles.is_bare_number(title_block.text)  # 「（一）」 alone: a section's head
            or (is_issuer_line(title_block.text) and len(title_blocks) == 1)
            or is_repost_credit(title_block.text))):
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
    glued = GLUED_YEAR.match(title) if inferred else None
    if glued:
        title = title[glued.end():]
        split.append(Repair(
            "title-year", title_block.line, glued[0], f"title: {title}",
            "A 范文 site's title glues the year before a document's 关于… title (「2022关于…的"
            "通报」, no 年): left the year out of the title.", review=True))
    crumbs = BREADCRUMB_TITLE.match(simplified(title)) if inferred else None
    if crumbs:
        # (simplified keeps the length: the crumbs end where they end in the title's own)
        title = title[crumbs.end("trail"):].strip()
        split.append(Repair(
            "title-breadcrumb", title_block.line, crumbs["trail"], f"title: {title}",
            "The title line is the page's breadcrumb (首页 > channel > … > the title): took "
            "its last item as the title.", review=True))
    media = MEDIA_MARK.search(simplified(title))
    if media and media.start() > 0:
        title = title[:media.start()]
        split.append(Repair(
            "title-media-mark", title_block.line, media[0].strip(), f"title: {title}",
            f"The title ends in a site's media mark {media[0].strip()} (its list's pointer "
            "to the page's pictures or player, no word of the headline): left it out of "
            "the title.", review=True))
    site = (PAGE_TITLE_SITE.match(title) or BLOG_TITLE.match(title)) if not inferred else (
        # an inferred title too, when the site follows a 「_」 (a page's title bar:
        # 「尋訪三晉特色村_去九宮格教室中國網」, read Simplified)
        UNDERSCORED_SITE.match(simplified(title)))
    issued = ISSUER_TITLE.match(title) if inferred else None
    if issued and not issued["publisher"] and not ISSUED_DOCUMENT.search(
            issued["title"].strip()):
        # 「新加坡人力部：劳动力市场2018年继续向好」: an office saying what the headline reports
        # — the news's form, the office a word of the headline; only a document's title
        # (「某省监测中心：2021年7月空气质量报告」) is what the office issued
        issued = None
    if issued:
        title = issued["title"].strip()
        split.append(Repair(
            "issuer-title", title_block.line, issued[0], f"title: {title}",
            f"The title line names its issuing body before a colon ({issued['site']}): took "
            "the rest as the title, the body as the source unless a 来源 line names another.",
            review=True))
    site_name = None
    if site:  # (its words as the title line writes them: the match may be on Simplified)
        # (a title inferred from a copy's bar names the copy's site: no source of the text's)
        site_name = None if inferred else title[site.start("site"):site.end("site")].strip()
        title = title[site.start("title"):site.end("title")].strip()
        split.append(Repair(
            "page-title-site", title_block.line, site[0], f"title: {title}",
            "The title line is a web page's title: its site (and channel) after 「_」 or "
            f"「 - 」 left out ({site['rest'].strip()}); the site is the source unless a "
            "来源 line names another.", review=True))
    channel = CHANNEL_SUFFIX.match(title) if inferred and not site else None
    if channel:
        title = channel["title"].strip()
        split.append(Repair(
            "page-title-site", title_block.line, channel[0], f"title: {title}",
            "The title line is a web page's title: its channel after 「_」 left out "
            f"({channel['channel']}); no headline holds an underscore.", review=True))
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
    elif following is not None and not inferred and _heading_over_facts(blocks, after):
        # 「# 标题」 ⏎ 「## 副题」 ⏎ 「> 《人民日报》（…）」: a heading between the title and
        # the story's facts is the headline's subtitle, no section of the text
        subtitle = DASH_SUBTITLE.sub("", plain_title(following.text))
        taken.append(after)
        after += 1
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
    if subtitle is not None and plain_title(subtitle) == plain_title(title):
        # The title said again under it (a page's breadcrumb ends in the title, then its
        # headline): no subtitle — the repeat is dropped with the title's line.
        split.append(Repair("repeated-title", title_block.line, subtitle, "",
                            "Dropped the title said again right under it (the page's "
                            "breadcrumb ends in the title, then its headline)."))
        subtitle = None
    kicker = _kicker(blocks, indices[0]) if not inferred and subtitle is None else None
    if kicker is not None:
        # 「### 餐馆拍摄发布菜品视频拟被罚45万元」 over 「# 山东临沂……」: a newspaper's 引题, set
        # over the headline and smaller — the headline's line, no section of the text.
        subtitle = plain_title(blocks[kicker].text)
        taken.append(kicker)
        split.append(Repair(
            "kicker", blocks[kicker].line, "#" * blocks[kicker].marker + " "
            + blocks[kicker].text.strip(), f"subtitle: {subtitle}",
            "A smaller heading right over the '#' title, nothing before it (a newspaper's "
            "引题 over its headline): took it as the subtitle."))
    dated = TITLE_DATE.match(title)
    date = read_date(re.sub(r"\s", "", dated[2])) if dated else None
    if dated and date is not None:
        title = dated[1].strip()
    stamped = STAMPED_TITLE.match(title) if date is None else None
    if stamped:
        date = read_date(stamped["date"])
        title = stamped["title"].strip() if date is not None else title
    trailing = TITLE_STAMPED_AFTER.match(title) if date is None and inferred else None
    if trailing and read_date(trailing["date"]) is not None:
        # 「2023年8月社会消费品零售总额 2023-09-19」: a page's title with its posting day after it
        date, title, stamped = read_date(trailing["date"]), trailing["title"].strip(), trailing
    flipbook = FLIPBOOK_PAGE.match(title)
    if flipbook and inferred:
        title = flipbook["title"]  # 「Page 11 - 2021年中国水资源公报」: a page-turning edition's
    mark = "" if inferred else "# "
    shown = mark + " ⏎ ".join(lines) + (
        f" ⏎ {_source_form(following)}" if following is not None and after in taken else "")
    where = "from the middle of the text " if any(
        b.kind == "text" for b in blocks[:indices[0]]) else ""
    result = f"title: {title}" + (f"; subtitle: {subtitle}" if subtitle else "")
    found_block = TitleBlock(title, subtitle, line=title_block.line, date=date, repairs=split,
                             site=site_name if site_name else (
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
            "The title line opens with its date (a post's or a transcript's file name, "
            "「2016-12-10 标题」): took it as the date." if stamped else
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
        elif index not in taken and index == _next_untaken(indices[-1] + 1, taken) and (
                blocks[index].kind in ("text", "heading") and len(blocks[index].lines) == 1
                and plain_title(blocks[index].text) == plain_title(title)):
            # The title said again right under it, whole (a page's heading over its own
            # copy of the title, 「**中国注册会计师审计准则第1313号——分析程序**」)
            taken.append(index)
            found_block.repairs.append(Repair(
                "repeated-title", blocks[index].line, blocks[index].text.strip(), "",
                "Dropped the title said again right under it (the page's heading over its "
                "own copy of the title)."))
        elif index not in taken and index > 0 and index - 1 not in taken \
                and _document_number_line(blocks[index]) \
                and blocks[index].text.strip() == blocks[index - 1].text.strip():
            taken.append(index)
            found_block.repairs.append(Repair(
                "repeated-number", blocks[index].line, blocks[index].text.strip(), "",
                "Dropped the 发文字号 printed twice in a row: kept once."))
    if inferred:
        head = _head_end(blocks)
        if indices[0] <= head <= indices[-1]:  # LONG_TITLE: as long as a body line
            head = indices[-1] + 1 + _head_end(blocks[indices[-1] + 1:])
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
        # SITE_MASTHEAD: the site's name alone over its breadcrumb, the page's first line.
        first = next((i for i, b in enumerate(blocks) if b.kind == "text"), None)
        if first is not None and first < indices[0] and first not in taken \
                and first + 1 in taken and len(blocks[first].lines) == 1 \
                and is_issuer_line(blocks[first].text) \
                and BREADCRUMB.search(blocks[first + 1].lines[0].text.strip()):
            taken.append(first)
            found_block.repairs.append(Repair(
                "site-masthead", blocks[first].line, blocks[first].text.strip(), "",
                "Dropped the site's name over its breadcrumb (the website's masthead, the "
                "same on every page it holds: not the article's source) — fill in `source:` "
                "if it is the issuing body.", review=True))
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
                # An e-paper's issue line (date, paper, page) is the head's facts, read below;
                # prose (sentences) is never a site's furniture: kept, told below.
                if index not in taken and index != kicker and not (
                        len(blocks[index].lines) == 1
                        and EPAPER_ISSUE.match(blocks[index].text.strip())) \
                        and not _prose(blocks[index]):
                    taken.append(index)
                    found_block.repairs.append(Repair(
                        "furniture-above-title", blocks[index].line,
                        _source_form(blocks[index])[:40], "",
                        "Dropped the text above the title, which its facts (来源, date, "
                        "byline) follow: a web page's site furniture (slogan, sidebar, "
                        "notices).", review=True))
            above = [b for i, b in enumerate(blocks[:indices[0]])
                     if i not in taken and b.kind == "text" and _prose(b)] or (
                [blocks[kicker]] if kicker is not None else [])
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
        elif above and _speech_under_title(blocks, indices[-1] + 1, head):
            # SPEECH_HEAD: a speech's or a report's title, its dateline and speaker, then
            # 「同志们：」「各位代表：」 — a speech has no kicker (引题): a line above its title
            # is the page's (a sharing site's title bar, its search bar, an advert's label).
            # Facts and a 公文's masthead or number there are not touched.
            for index in range(indices[0]):
                block = blocks[index]
                text = block.text.strip()
                if index not in taken and block.kind == "text" and not (
                        is_fact_line(text) or is_issuer_line(text) or bare_names(text)
                        or speaker_name(text) or speaker_before_office(text)
                        or DOCUMENT_NUMBER_ANYWHERE.search(text)
                        # a line of the title itself, or the speech's occasion (「在…上的
                        # 讲话」): it speaks of the story — kept, told below
                        or SPEECH_TITLE.match(text)
                        or _speaks_of_story(blocks, index, indices[-1])):
                    taken.append(index)
                    found_block.repairs.append(Repair(
                        "furniture-above-title", block.line, _source_form(block)[:40], "",
                        "Dropped the text above a speech's title (its greeting 「同志们：」 "
                        "follows the title): a speech has no kicker; the page's title bar, "
                        "search bar or label.", review=True))
            above = [b for i, b in enumerate(blocks[:indices[0]])
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
    # (and the body's first block, when it is a heading saying the title again, whole:
    # 「title: 學會章程」 then 「## 學會章程」)
    for index, block in enumerate(blocks[:head + 1]):
        if plain and (block.kind == "text" and len(block.lines) == 1 and index < head and (
                plain_title(block.text) == plain or is_short_title(block.text, plain))
                or block.kind == "heading" and plain_title(block.text) == plain):
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


def _next_untaken(start: int, taken: list[int]) -> int:
    while start in taken:
        start += 1
    return start


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

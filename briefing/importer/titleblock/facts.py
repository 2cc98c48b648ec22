"""The title block's facts: 来源/时间/作者 fields, bare facts, a web page's field labels
and widgets, bylines and dates (see the package's docstring)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.importer import roles
from briefing.importer.chars import has_han, simplified, strip_tags
from briefing.importer.endmark import dateline_agency
from briefing.importer.parse import RawBlock, SourceLine
from briefing.importer.records import Repair
from briefing.importer.repairs import (
    ends_sentence,
    heading_numbering,
    parse_byline,
    split_names,
)
from briefing.importer.titleblock.lines import (
    CATALOGUE_LABEL,
    CLIPPER_FIELD,
    COUNTER,
    DATE_IN_PARENS,
    HEAD_BLOCKS,
    IMAGE,
    LABEL_ALONE,
    LATIN_AUTHOR,
    PAGE_COUNTER,
    PAGE_WIDGET,
    PAPER_ISSUE,
    REPOSTED_FROM_EN,
    SITE_NAME,
    SPEECH_DATELINE,
    STATISTICS_ISSUERS,
    TERMINAL,
    TITLE_MIN,
    Facts,
    _is_value,
    _repeated_facts,
    _source_form,
    author_names,
    bar_ended_fact,
    bare_facts,
    bare_names,
    blog_meta,
    byline_names,
    is_body,
    is_catalogue_block,
    is_catalogue_line,
    is_document_title,
    is_fact_line,
    is_issuer_line,
    is_page_furniture,
    is_url_line,
    labelled_facts,
    quoted_facts,
    read_date,
    speaker_before_office,
    speaker_name,
    url_in,
    wechat_meta,
    widget_date,
    wikisource_header,
    without_emphasis,
)

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
HEAD_BLOCK_LINES = 9  # a longer block of the head is a paragraph, not lines of facts (a share
# widget's words, a line each, may follow them: 「关注新华网」「微博」「Qzone」「评论」「图集」)


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
    under_issuer = False  # …and it was the issuing office's name (「某市统计局」)
    label_after_fact = False  # …when the pending label was read
    other: tuple[tuple[int, int], SourceLine] | None = None  # a label of no fact alone
    after_catalogue = False  # the head's last text block was a 信息公开 catalogue's
    for index, block in enumerate(blocks):
        clipped = index < head and quoted_facts(block)
        quoted_fact = block.kind == "quote" and index < head and len(block.lines) == 1
        # a page's facts set as a heading under its title (「<h3>发布时间：2020-11-11 文章来源：
        # </h3>」): facts all the same, never a section's head
        heading_fact = block.kind == "heading" and index <= head and len(block.lines) == 1 \
            and bool(labelled_facts(block.text.strip()))
        if block.kind != "text" and not quoted_fact and not clipped and not heading_fact:
            pending = other = None
            continue
        # A 信息公开 catalogue two fields a line (with its breadcrumb) is lines of facts
        # however long the block.
        catalogue = index < head and (is_catalogue_block(block) or (
            # the catalogue a field a line, its lines set apart by the head's reader: a
            # block of such lines right under a catalogue's block is the catalogue's
            after_catalogue and all(is_catalogue_line(line.text.strip(), fields=1)
                                    or labelled_facts(line.text.strip())
                                    or is_page_furniture(line.text.strip(), above_title=True)
                                    for line in block.lines)))
        after_catalogue = catalogue
        block_in_head = (index < head or heading_fact) and (
            len(block.lines) <= HEAD_BLOCK_LINES or catalogue)
        for number, source_line in enumerate(block.lines):
            where = (index, number)
            text = source_line.text.strip()
            # FACTS_ON_BODY: the title's facts line run onto the body's first block (no
            # blank line between, 「来源：某某 2024/10/20」 ⏎ 「导读」 ⏎ 「近日，…」): a line of
            # nothing but labelled facts opening the first body block under the title is
            # the head's all the same.
            in_head = block_in_head or (index == head and number == 0
                                        and len(block.lines) > 1
                                        and bool(labelled_facts(text)))
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
                elif PAGE_COUNTER.fullmatch(simplified(text)):
                    # 「来源：」 ⏎ 「浏览人数：0」: the field left empty, then the page's counter
                    _empty_field(facts, drop, label_where, label)
                    drop.add(where)
                    facts.repairs.append(Repair(
                        "page-counter", source_line.number, text, "",
                        "Dropped the page's counter among its facts (under an empty field): "
                        "no fact of the article."))
                    after_fact = True
                    continue
                elif key == "date" and read_date(text) is None:
                    # 「发布时间：」 ⏎ 「农村调查报告（精选34篇）」: a time's field holds a
                    # time; a line with none is the page's next line, the field empty
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
            latin = LATIN_AUTHOR.match(text)
            if latin and not any(b.kind == "text" and ends_sentence(b.text.strip())
                                 for b in blocks[:index]) and _store(
                    facts, "authors", latin["name"], source_line.number, text):
                drop.add(where)  # LATIN_AUTHOR, above the body's first sentence
                after_fact = True
                continue
            if facts.source is None and source_line.number == subtitle_line + 1 \
                    and SITE_NAME.fullmatch(simplified(text)) and _store(
                        facts, "source", text, source_line.number, text):
                drop.add(where)  # 「三味园范文网」 right under the title: where it was published
                after_fact = True
                continue
            if roles.pictured_caption(text, block.after_image):
                continue  # 「▲手上的雪」 under a picture: its caption, no byline
            taken, pending_key = _take_line(facts, text, source_line.number,
                                            own_line=source_line.number != previous,
                                            under_issuer=under_issuer)
            under_issuer = bool(taken) and (is_issuer_line(text) or bool(
                STATISTICS_ISSUERS.match(simplified(text))))
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
            elif catalogue and (is_catalogue_line(text, fields=1)
                                or is_page_furniture(text, above_title=True)
                                or _repeated_facts(facts, text)):
                drop.add(where)  # the catalogue's fields that say nothing, its breadcrumb
                facts.repairs.append(Repair(
                    "catalogue-line", source_line.number, text, "",
                    "Dropped a line of the page's 信息公开 catalogue (索引号, 组配分类 …): "
                    "no fact of the article."))
                taken = True
            elif catalogue and labelled_facts(text):
                # A second value of a fact the catalogue gave already (发布日期 under
                # 成文日期): the page's record, never the article's text — dropped with the
                # rest of the catalogue, the editor told which value the front matter kept.
                drop.add(where)
                facts.doubts.append(Repair(
                    "catalogue-second-fact", source_line.number, text, "",
                    "a second value of a fact in the page's 信息公开 catalogue: dropped with "
                    "the catalogue, the front matter keeps the first — check it"))
                taken = True
            after_fact = bool(taken)
    if pending is not None and label_after_fact:
        _empty_field(facts, drop, pending[0], pending[2])
    elif pending is not None:
        label = pending[2]
        facts.doubts.append(Repair("label-without-value", label.number, label.text,
                                   label.text, "a label with no value after it: kept"))
    _tail_facts(facts, blocks, head, drop, joined)
    _staff_credit(facts, blocks, head, drop)
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
    「《人民日报》（2024年03月05日 07版）」, or the paper's name alone in brackets as the
    last line (「（光华日报）」). Taken when the head named none (the paper's name in
    brackets goes as well when the head named that paper); only a whole line of source (and
    date) facts in these forms counts."""
    if _credit_run(facts, blocks, head, drop, joined):
        return
    last = len(blocks) - 1
    while last >= head and blocks[last].kind == "comment":
        last -= 1
    paper = PAPER_CREDIT.fullmatch(blocks[last].text.strip()) if last >= head and \
        blocks[last].kind == "text" and len(blocks[last].lines) == 1 else None
    if paper and facts.source in (None, paper["name"]):
        if facts.source is None:
            _store(facts, "source", paper["name"], blocks[last].line, paper[0])
        drop.add((last, 0))
        return
    if facts.source is not None:
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


# STAFF_CREDIT: an office's or a school's page closes each item with its staff, fields on
# one line, often in brackets — who wrote it, who gave the pictures, who checked it
# (「（图文：张素伟 审核：张帅）」「（供稿：某学院 撰稿：王敏）」「编写：裴春花 审核：郭学伟」
# 「供稿：市委外事办 摄影：五一」). The page's, not the text's: the line goes; the writer's
# names (a person's, not an office's) are the authors when the head named none.
STAFF_LABEL = (r"(?:编写|撰稿|撰文|供稿|图文|文字|文|图|摄影|摄|审核|审稿|审签|审校|校对|编辑|责编"
               r"|责任编辑|核稿|签发|初审|复审|终审)")
STAFF_LINE = re.compile(rf"^[（(]?[ \t\u3000]*(?:{STAFF_LABEL}[ \t\u3000]*[:：][ \t\u3000]*"
                        r"[^\s:：（）()]{1,20}[ \t\u3000]*){2,}[）)]?$")
WRITER_FIELD = re.compile(r"(?:编写|撰稿|撰文|图文|文字|文)[ \t\u3000]*[:：][ \t\u3000]*"
                          r"(?P<value>[^\s:：（）()]{1,20})")


def _staff_credit(facts: Facts, blocks: list[RawBlock], head: int,
                  drop: set[tuple[int, int]]) -> None:
    for index in range(max(head + 1, len(blocks) - TAIL_BLOCKS), len(blocks)):
        block = blocks[index]
        if block.kind != "text" or len(block.lines) != 1 or (index, 0) in drop:
            continue
        text = simplified(block.text.strip())
        if not STAFF_LINE.match(text):
            continue
        writer = WRITER_FIELD.search(text)
        names = bare_names(writer["value"]) if writer else None
        if names and not facts.authors:
            _store(facts, "authors", "、".join(names), block.line, block.text.strip())
        drop.add((index, 0))
        facts.repairs.append(Repair(
            "staff-credit", block.line, block.text.strip(), "",
            "Dropped the page's staff line closing the item (who wrote it, gave the "
            "pictures, checked it)" + (" — the writer's names taken as the authors" if names
                                       else "") + ".", review=True))
        return


# 「（光华日报）」「(星洲日报)」: the paper that printed the story, in brackets, closing it.
PAPER_CREDIT = re.compile(r"[（(][ \t\u3000]*(?P<name>[\u4e00-\u9fff]{2,10}?(?:日报|晚报|时报|早报|"
                          r"商报|日報|晚報|時報|早報|商報))[ \t\u3000]*[）)]")


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
    url = url_in(text)
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
# 「作者 新京报记者」: a role, not a person's name.
ROLE_NOT_NAME = re.compile(r"(?:记者|编辑|通讯员|小编|作者|评论员)$")
REPOST_AUTHOR = re.compile(
    r"^[，,]?\s*作者\s*([\u4e00-\u9fff·]{2,5}?(?:[ \t\u3000]+[\u4e00-\u9fff·]{2,5})*)\s*(等?)$")


def _take_line(facts: Facts, text: str, line: int, own_line: bool = True,
               under_issuer: bool = False) -> tuple[bool, str | None]:
    """Take the facts of one line of the head: (taken, the field of a label alone).
    `own_line`: the text stood on a source line of its own (not cut from a line holding
    the title or another fact); `under_issuer`: the line above was the issuing office's
    name, taken as the source."""
    text = without_emphasis(text).replace("**", "")  # a fact in bold or italics: the same
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
        if under_issuer and facts.source and text not in facts.source.split():
            # ISSUER_RUN: 「某市统计局」 ⏎ 「国家统计局某市调查队」 — offices issuing jointly, a
            # line each, as the one-line form 「某市统计局 国家统计局某市调查队」 reads.
            facts.source = f"{facts.source} {text}"
            facts.repairs.append(Repair(
                "front-matter-source", line, text, f"source: {facts.source}",
                "Took the next issuing office, on the line under the first, into the source "
                "(offices issuing jointly)."))
            return True, None
        return _store(facts, "source", text, line, text), None
    names = byline_names(text)
    speaker = speaker_name(text) or speaker_before_office(text)
    if names or speaker:
        return _store(facts, "authors", "、".join(names or [speaker or ""]), line, text), None
    enacted = roles.adoption_note(text)
    if enacted and (day := read_date(re.sub(r"\s", "", enacted["date"]))) is not None:
        # roles.ADOPTION_NOTE: the statute's dates, the last step its date; the lines stay
        if facts.date is None or day > facts.date:
            facts.date = day
            facts.repairs.append(Repair(
                "enactment-date", line, text, f"date: {day}",
                "A statute's note of its adoption (…会议通过/批准/修正): took its last date "
                "as the date (the note stays, under the title)."))
        return False, None
    date = read_date(text)
    if date is not None and under_issuer and facts.date not in (None, date):
        # ISSUER_DATE_LINE: the date under the issuing offices is the document's own (a
        # 统计公报 signed 「某市统计局」 ⏎ 「2014年3月17日」); a date read above them is the
        # copy's stamp (「2014-09-21 某市统计局」 of a collection site). The document's wins,
        # and the editor is told.
        facts.doubts.append(Repair(
            "date-replaced", line, text, f"date: {date}",
            f"took the date under the issuing offices ({date}) for the document's, over "
            f"{facts.date} read above them (the copy's posting date?): check `date:`"))
        facts.date = date
        facts.repairs.append(Repair("front-matter-date", line, text, f"date: {date}",
                                    "Took the issuers' date into the front matter's date."))
        return True, None
    if date is not None:
        return _store(facts, "date", text, line, text), None
    if widget_date(text) is not None:
        return _store(facts, "date", PAGE_WIDGET.sub("", text).strip(), line, text), None
    bare = bare_facts(text)
    if bare:
        return all([_store(facts, key, value, line, text) for key, value in bare]), None
    whole = DATE_IN_PARENS.fullmatch(text)
    if whole and (not own_line or under_issuer) and read_date(
            re.sub(r"\s", "", whole[1])) is not None:
        # 「某某统计公报 某县统计局 （2022年4月28日）」 on one line, or 「某县统计局」 ⏎
        # 「（2022年4月28日）」: the issuer's date, a fact (a speech's dateline is under
        # its title or its speaker, and stays; see below).
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


# 「【采访/观察者网 李泽西】」「【文/某某网专栏作者 张三】」「【撰文：大陸維權律師盧思位】」: a
# site's credit in 【】 under the lead (after a 导言 and an intro paragraph): the role, the
# publication, the names — a writer's calling before the name (律师, 教授 …) is not of it.
BRACKET_CREDIT = re.compile(
    r"^【(?:文|采访|整理|编译|撰文|采写|翻译|作者|记者)[ \t\u3000]*[/／:：][ \t\u3000]*"
    r"(?:([\u4e00-\u9fff]{2,12}?(?:网|报|社|刊|台|杂志))(?:专栏作者|特约作者|记者|编辑)?"
    r"[ \t\u3000]+)?(?:[\u4e00-\u9fff]{0,8}?(?:律师|律師|教授|学者|學者|作家|博士|研究员|研究員"
    r"|评论员|評論員))?"
    r"([\u4e00-\u9fff·]{2,5}(?:[ \t\u3000、，,]+[\u4e00-\u9fff·]{2,5})*)】$")
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
    r"^[^，。！？：:]{2,30}?(?:电|讯)】?\s*[（(]\s*"
    # the reporters' outlet may stand before the role (「（某某经济信息记者张三）」)
    r"(?:[\u4e00-\u9fff]{2,10}?(?=(?:见习|特约|特派)?(?:记者|通讯员)))?"
    r"((?:见习|特约|特派)?(?:记者|通讯员)[^（）()]{2,40})[）)]")
REPORTER_ROLE = re.compile(r"(?:见习|特约|特派)?(?:记者|通讯员)")
# 中央社's dateline names its reporters before the place and the day, all in the
# parentheses opening the story (「（中央社記者余曉涵台北1日電）」「（中央社記者甲、乙華盛頓
# 3日專電）」): the names end where a place the agency files from begins — read only with a
# place it is known to file from, so that no name is cut short.
CNA_PLACES = ("台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "嘉义", "屏东",
              "宜兰", "花莲", "台东", "澎湖", "金门", "马祖", "南投", "彰化", "云林", "苗栗",
              "华盛顿", "纽约", "东京", "首尔", "北京", "上海", "香港", "新加坡", "伦敦", "巴黎")
CNA_DATELINE = re.compile(
    r"^[（(]\s*中央社(?:驻[\u4e00-\u9fff]{1,6})?记者\s*(?P<names>[\u4e00-\u9fff·、]{2,16}?)\s*"
    rf"(?:{'|'.join(CNA_PLACES)})\s*\d{{1,2}}\s*日\s*(?:专)?电\s*[）)]")
# A Taiwanese paper's dateline opening the story, the reporters then where they report
# from (自由時報's 「〔記者蘇福男/梓官報導〕尼伯特強颱登陸前夕，…」, read Simplified).
REPORTED_DATELINE = re.compile(r"^[〔［\[（(]\s*((?:见习|特约|特派)?记者"
                               r"[^〔〕［］\[\]（）()/／]{2,30}?)"
                               r"\s*[/／]\s*[\u4e00-\u9fff]{0,8}?报[导道]\s*[〕］\]）)]")
# …or the reporters' names alone in the dateline's brackets (中新社's 「中新社石家庄4月22日电
# (赵丹媚 陈林)」): names with common surnames (titleblock.lines.bare_names).
# Names alone, a few, set apart by spaces or 、 (checked by bare_names: common surnames).
NAMES_ALONE = r"[\u4e00-\u9fff]{2,3}(?:[ \t\u3000、，,]+[\u4e00-\u9fff]{2,3}){0,3}"
DATELINE_NAMES = re.compile(
    rf"^[^，。！？：:（(]{{2,30}}?\d{{1,2}}\s*日\s*电\s*[（(]\s*({NAMES_ALONE})\s*[）)]")
DATELINE_BLOCKS = 3  # the dateline opens the story's first paragraph


# 「中国经济网北京6月12日讯」「新京报快讯」: a publication's own report (讯, where a wire
# dispatch, which any paper may print, says 电) names the publication.
# (A Hong Kong paper's site sets it in brackets: 「【香港商報網訊】2月19日，…」.)
OWN_REPORT = re.compile(
    r"^【?(?P<name>[\u4e00-\u9fff]{2,10}?(?:网|报|台))(?:[\u4e00-\u9fff]{2,6}?|快)?"
    r"(?:\d{1,2}月\d{1,2}日)?讯(?=[\s（(：:】]|$)"
    # a news site's own dispatch says 电 too (「中新网9月10日电」「人民网北京3月5日电」)
    r"|^(?P<site>[\u4e00-\u9fff]{1,8}网)(?:[\u4e00-\u9fff]{2,6}?)?\d{1,2}月\d{1,2}日电"
    r"(?=[\s（(：:]|$)")


# 「本报讯（西海新闻记者 吴予琴）」: the paper's own report, its name given in the reporter's
# credit.
# 「【大紀元2015年02月18日訊】」「【大紀元1月23日報導】」: the outlet's own report in black
# lenticular brackets, its name and its day (the Epoch Times' and its sister outlets' form)
# — the source, and the date when the year is given.
BRACKET_DATELINE = re.compile(r"^【(?P<name>[\u4e00-\u9fff]{2,8}?)"
                              r"(?P<date>(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)(?:讯|报导|报道)】")
# the reporters' credit closing with its verb (「（大紀元記者李洋報導）」): no part of a name
REPORTED = re.compile(r"(?:综合)?(?:报导|报道)$")
OWN_REPORT_CREDIT = re.compile(
    r"^(?:本报|本台|本网)(?:[\u4e00-\u9fff]{2,6}?)?讯\s*[（(]\s*(?P<name>[\u4e00-\u9fff]{2,10}?"
    r"(?:新闻|日报|晚报|报|网|台))(?:见习|特约|特派)?记者")


def _own_report_source(facts: Facts, blocks: list[RawBlock]) -> None:
    """With no 来源 line, masthead or page naming one: the publication of the own-report
    dateline opening the body is the source (the line stays)."""
    for block in blocks:
        if block.kind != "text":
            continue
        found = OWN_REPORT.match(simplified(block.text.strip())) or OWN_REPORT_CREDIT.match(
            simplified(block.text.strip())) or BRACKET_DATELINE.match(
            simplified(block.text.strip()))
        if found:
            group = "name" if found["name"] else "site"
            name = block.text.strip()[found.start(group):found.end(group)]
            facts.source = name
            if facts.date is None and "date" in found.re.groupindex and "年" in found["date"]:
                _store(facts, "date", found["date"], block.line, found[0])  # (a whole date)
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
        # (a Traditional text's 電/記者 read as 电/记者; the names are the text's own; a
        # photo's caption may stand on the line above, in the same block)
        found = text = None
        for line in block.lines[:2]:
            text = line.text.strip()
            found = DATELINE_REPORTERS.match(simplified(text)) or CNA_DATELINE.match(
                simplified(text)) or REPORTED_DATELINE.match(simplified(text))
            bare = DATELINE_NAMES.match(simplified(text)) if not found else None
            if bare and bare_names(bare[1]):
                found = bare
            if found:
                break
        if not found:
            continue
        names = _reporter_names(text[found.start(1):found.end(1)])
        if names:
            facts.authors = names
            facts.repairs.append(Repair(
                "dateline-reporters", block.line, found[0], f"authors: [{', '.join(names)}]",
                "Took the reporters named in the dateline into the authors (the line stays)."))
        return


def _reporter_names(reporters: str) -> list[str] | None:
    """The names of a dateline's or a credit's reporters (「记者李寒芳、刘刚」「记者 张三 通讯员
    李四」), as written; None unless each is a name."""
    verb = REPORTED.search(simplified(reporters))
    reporters = reporters[:verb.start()] if verb else reporters
    roles = [match.span() for match in REPORTER_ROLE.finditer(simplified(reporters))]
    names = split_names("".join(
        " " if any(a <= i < b for a, b in roles) else char
        for i, char in enumerate(reporters)))
    # (before the verb a place may follow the name, 「李洋香港报导」: names of two or three
    # characters only then)
    longest = 3 if verb else 5
    if names and all(re.fullmatch(rf"[\u4e00-\u9fff·]{{2,{longest}}}", name)
                     for name in names):
        return names
    return None


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


# A clipper's or an archive's English label before the page's address (「Original URL:
# http://…」「Source URL: http://…」): the URL line all the same. (A bare 「Source: http://…」
# may be a chart's or a table's note, anywhere in the text: not read.)
ENGLISH_URL_LABEL = re.compile(r"^(?:Original|Source)\s+(?:URL|link)\s*[:：]\s*https?://\S+$",
                               re.I)


def _labelled_url(text: str) -> bool:
    if ENGLISH_URL_LABEL.match(text.strip()):
        return True
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


# SELF_SOURCE: a site's template fills its 来源 field with 「本站」「本网」 for what its own
# staff posted: a word pointing at the page, which on paper points nowhere — no source.
SELF_SOURCE = re.compile(r"(?:本站|本网|本网站|本平台|本站原创|本网原创|本站编辑|本网编辑)")
# …and 「来源：未知来源」「来源：不详」: the template's word for an empty field — no source.
UNKNOWN_SOURCE = re.compile(r"(?:未知来源|来源未知|未知|不详|暂无|无|网络|互联网|佚名)")
# (repair kind, the 来源 value, why it names no source)
NO_SOURCE = (("unknown-source", UNKNOWN_SOURCE, "it says the source is not known (a template's "
              "word for an empty field)"),
             ("site-self-source", SELF_SOURCE, "the site names itself (this site), no "
              "publication"))


# (its value on the same line: a label alone over its value at the text's foot is a field
# kept and told, _page_field)
UPDATE_STAMP = re.compile(r"^[（(【\[]?(?:最后|最近)?更新(?:时间|日期|于)?[ \t\u3000]*[:：]"
                          r"[ \t\u3000]*\d")


def _store(facts: Facts, key: str, value: str, line: int, shown: str,
           partial: bool = False) -> bool:
    """Set a fact's field from a value; False (and a doubt) when it is already set to
    another value. The same fact again (a WeChat repost's card, then its 来源/作者 lines)
    is a repeat: True, the line is dropped. A list of names ending in 等 is completed by a
    later list that starts with it."""
    value = value.strip()
    if key == "source":
        # 「来源：~~火星试验室~~」「来源：**人民日报**」: the marks around the name are the
        # line's emphasis (a strikethrough, bold), not the publication's name
        value = re.sub(r"^(\*\*|__|~~|\*|_)(.+)\1$", r"\2", value).strip()
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
        if facts.date is not None and date is not None and date >= facts.date and \
                UPDATE_STAMP.match(simplified(shown).strip()):
            # 「出版：2025-11-26 23:24」 ⏎ 「更新：2025-11-27 01:31」: the page's stamp of its
            # last edit, after the date it was published — the page's, not the article's
            facts.repairs.append(Repair("update-stamp", line, shown, "",
                                        "Dropped the page's stamp of its last update; the "
                                        "date it was published is the article's."))
            return True
        if facts.date is not None or date is None:
            return False
        facts.date = date
        after = f"date: {date}"
        note = "Took the date line into the front matter's date."
    elif key == "url":
        if facts.url is not None:
            return False
        facts.url = url_in(value)
        after = f"url: {facts.url}"
        note = "Took the URL into the front matter."
    else:
        empty = next(((kind, why) for kind, pattern, why in NO_SOURCE
                      if pattern.fullmatch(simplified(value))), None)
        if empty is not None:
            facts.repairs.append(Repair(
                empty[0], line, shown, "",
                f"Left the 来源 field 「{value}」 out: {empty[1]} — fill in `source:` if you "
                "know it.", review=True))
            return True
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
        # 「来源：国家统计局发布」: the body that published it, without the verb
        facts.source = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:发布|發佈|供稿)$", "", facts.source)
        after = f"source: {facts.source}"
        note = "Took the 来源 line into the front matter's source."
    facts.repairs.append(Repair(f"front-matter-{key}", line, shown, after, note))
    return True


def take_byline(blocks: list[RawBlock]) -> tuple[list[str], list[RawBlock], list[Repair]]:
    """The article's first byline (「## ◆文清 柴芳芳」, 「文/张三」, 「本报记者 张三 李四」).

    Only a line that is nothing but a byline counts; later bylines (of later items)
    stay in the body.
    """
    for index, block in enumerate(blocks):
        if block.kind not in ("heading", "text") or len(block.lines) != 1:
            continue
        if roles.pictured_caption(block.text, block.after_image):
            continue  # 「▲手上的雪」 under a picture: its caption, no byline
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
    opened = _opening_credit(blocks)
    return opened if opened[0] else _closing_byline(blocks)


# A story opening with its reporters' credit in brackets, no dateline before it (「（记者 夏元）
# 4月15日，在…」): the credit is the byline (a dateline's, 「…电（记者…）」, stays with it).
# 「（本报记者 张三）」「(记者 夏元)」: a reporters' credit in brackets (opening or closing it).
REPORTER_CREDIT = (r"(?P<bracket>[（(](?P<credit>(?:本报|本台)?(?:见习|特约)?"
                   r"(?:记者|記者|通讯员|通訊員)[^（）()]{2,36})[）)])")
OPENING_CREDIT = re.compile(rf"^[ \t\u3000]*{REPORTER_CREDIT}[ \t\u3000]*(?=\S)")
OPENING_CREDIT_BLOCKS = 4  # the credit opens one of the story's first blocks


def _opening_credit(blocks: list[RawBlock]) -> tuple[list[str], list[RawBlock], list[Repair]]:
    for index, block in enumerate(blocks[:OPENING_CREDIT_BLOCKS]):
        if block.kind != "text":
            continue
        line = block.lines[0]
        found = OPENING_CREDIT.match(line.text)
        names = byline_names(found["credit"]) if found else None
        if names and len(block.text) > found.end() + TITLE_MIN:
            cut = replace(line, text=line.text[found.end():])
            return names, [*blocks[:index], replace(block, lines=[cut, *block.lines[1:]]),
                           *blocks[index + 1:]], [Repair(
                "byline", line.number, found["bracket"], f"authors: [{', '.join(names)}]",
                "Took the reporters' credit opening the story, in brackets, into the "
                "authors.")]
    return [], blocks, []


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


# (its verb of writing after the names goes: 「（本报记者 赵永新 采访整理）」)
CLOSING_BYLINE = re.compile(
    rf"^[（(]([^（）()]{{2,40}}?)[ \t\u3000]*(?:{roles.CREDIT_VERBS})?[）)]$")
# …or the wire's credit on a line of its own, its dateline then its reporters, closing the
# story as some papers and portals set it: 「新华社澳门电 记者李寒芳、刘刚」 (read Simplified).
WIRE_CREDIT = re.compile(r"^(?:新华社|中新社|中国新闻社|本报)[^\s，。！？：:（）()]{0,10}电"
                         r"[ \t\u3000]*((?:见习|特约|特派)?记者[^，。！？（）()]{2,30})$")
# …or a blog's credit line, labelled, closing the post: 「摄影 & 文字：Xingyan Liu」「文/图：张三」.
CLOSING_CREDIT = re.compile(
    r"^(?:(?:摄影|文字|文|图|图片|撰文|攝影|圖|圖片)[ \t]*[&＆、/／和与與][ \t]*)+"
    r"(?:摄影|文字|文|图|图片|撰文|攝影|圖|圖片)[ \t]*[:：][ \t]*"
    r"(?P<name>[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z .'-]{1,30}[A-Za-z])$")
# …or run on after its last sentence: 「…增长9.2%。（记者 汪曼莉 刘 强）」 — a reporter's credit
# (记者, 通讯员 named), as a paper closes a story.
RUN_ON_CREDIT = re.compile(rf"(?<=[。！？”」])[ \t\u3000]*{REPORTER_CREDIT}[ \t\u3000]*$")
# …or the reporters' names alone: 「…快0.7个百分点。（申智林）」 (names with common surnames).
RUN_ON_NAMES = re.compile(rf"(?<=[。！？”」])[ \t\u3000]*(?P<bracket>[（(](?P<credit>"
                          rf"{NAMES_ALONE})[）)])[ \t\u3000]*$")


# What a story's last bracket says that no name does (「（全文完）」: 全 is a surname too).
STORY_END_WORDS = frozenset({"全文完", "全文终", "未完", "待续", "未完待续", "本文完", "全剧终"})


def _bare_credit(credit: str) -> list[str] | None:
    """The names of a credit that is names alone (common surnames), as written."""
    if simplified(credit.strip()) in STORY_END_WORDS or not bare_names(simplified(credit)):
        return None
    return [name for name in re.split(r"[\s\u3000、，,]+", credit.strip()) if name]


def _closing_byline(blocks: list[RawBlock]) -> tuple[list[str], list[RawBlock], list[Repair]]:
    """A newspaper story signed at its end, in brackets, on a line of its own: 「（记者 张三
    通讯员 李四）」「（本报记者 王五）」 → the authors (the line goes), when no byline heads
    the story."""
    texts = [i for i, block in enumerate(blocks) if block.kind == "text"]
    # (two paragraphs at least: blocks, or lines of one block in a copy with no blank lines)
    if not texts or sum(len(blocks[i].lines) for i in texts) < 2:
        return [], blocks, []
    last = blocks[texts[-1]]
    run_on = RUN_ON_CREDIT.search(last.lines[-1].text) or RUN_ON_NAMES.search(
        last.lines[-1].text)
    names = byline_names(run_on["credit"]) or _bare_credit(run_on["credit"]) if run_on else None
    if names:
        line = last.lines[-1]
        cut = replace(line, text=line.text[:run_on.start("bracket")])
        return names, blocks[:texts[-1]] + [replace(last, lines=[*last.lines[:-1], cut])] + \
            blocks[texts[-1] + 1:], [Repair(
                "byline", line.number, run_on["bracket"], f"authors: [{', '.join(names)}]",
                "Took the reporters' credit closing the story's last sentence, in brackets, "
                "into the authors.")]
    if len(last.lines) != 1:
        return [], blocks, []
    wire = WIRE_CREDIT.match(simplified(last.text.strip()))
    names = _reporter_names(last.text.strip()[wire.start(1):wire.end(1)]) if wire else None
    if names:  # 「新華社澳門電 記者李寒芳、劉剛」: the wire's dateline and reporters, closing it
        return names, blocks[:texts[-1]] + blocks[texts[-1] + 1:], [Repair(
            "byline", last.line, last.text.strip(), f"authors: [{', '.join(names)}]",
            "Took the reporters of the wire's credit closing the story (its dateline and "
            "reporters on a line of their own) into the authors.")]
    credit = CLOSING_CREDIT.match(last.text.strip().replace("**", ""))
    if credit:  # 「摄影 & 文字：Xingyan Liu」: the post's author signs its words and photos
        name = credit["name"].strip()
        return [name], blocks[:texts[-1]] + blocks[texts[-1] + 1:], [Repair(
            "byline", last.line, last.text.strip(), f"authors: [{name}]",
            "Took the credit closing the text (its words and photos) into the authors.")]
    match = CLOSING_BYLINE.match(last.text.strip())
    names = byline_names(match[1]) or _bare_credit(match[1]) if match else None
    if not names or any(_bracketed_byline(blocks[i]) for i in texts[:-1]):
        # (a page of items each signed so at its end: the last is its item's, no author's)
        return [], blocks, []
    repair = Repair("byline", last.line, last.text.strip(), f"authors: [{', '.join(names)}]",
                    "Took the byline closing the story, in brackets, into the authors.")
    return names, blocks[:texts[-1]] + blocks[texts[-1] + 1:], [repair]


def _bracketed_byline(block: RawBlock) -> bool:
    """An item's credit in brackets on a line of its own (roles.BRACKETED_CREDIT)."""
    text = block.text.strip()
    return len(block.lines) == 1 and bool(CLOSING_BYLINE.match(text)) and bool(
        roles.body_byline(text))


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


# An export's author field naming the reporter with the newsroom's title for them (「實習記者
# 黎卓欣」「特约记者张三」): the field holds a name, the title before it is no part of it.
EXPORTED_ROLE = re.compile(r"^(?:本[报刊台网])?(?:特派|特约|见习|实习)?(?:记者|通讯员)"
                           r"(?=[\u4e00-\u9fff·]{2,5}$)")


def _without_role(name: str) -> str:
    found = EXPORTED_ROLE.match(simplified(name))
    return name[found.end():] if found else name


WIRE_AGENCIES = frozenset({"新华社", "中新社", "中国新闻社", "中央社"})


def merge_facts(comment: dict[str, str], exported: dict[str, str], facts: Facts) -> Facts:
    """The front matter's facts from three places: the fields of a top HTML comment (the
    editor's, first), the lines of the text, then a YAML front matter of the export (a
    blog's `author:` that is no person's name is the source)."""
    merged = replace(facts)
    names = [_without_role(name) for name in without_contacts(
        split_names(exported.get("authors", "")))]
    people = names if names and not any(EXPORTED_ORGANISATION.search(n) for n in names) else []
    if not merged.authors:
        merged.authors = split_names(comment.get("authors", "")) or people
    # A reprint's closing note 「（来源：某报）」 names the paper it came from, over the wire
    # agency its dateline names (「新华社北京8月15日电」): the reprint's source.
    closing = exported.get("closing_source") if facts.source is None or simplified(
        facts.source) in WIRE_AGENCIES else None
    # …and the paper whose issue it ran in (「《人民日报》（2023年08月18日 01 版）」), over the
    # site the copy names as its 来源.
    closing = exported.get("closing_issue") or closing
    merged.source = comment.get("source") or closing or facts.source or exported.get(
        "source") or ("、".join(names) if names and not people else None)
    merged.url = comment.get("url") or facts.url or exported.get("url")
    if facts.date is None and exported.get("date"):
        merged.date = read_date(exported["date"])
    return merged


# A title set out letter by letter for display, one space between its characters
# (「政 府 工 作 报 告」, as a report's cover spaces it): the spaces are its layout, not
# word breaks — the title is the characters run together.
LETTERSPACED = re.compile(r"(?:^|(?<=[\u4e00-\u9fff、，]))[\u4e00-\u9fff]"
                          r"(?:[ \u3000][\u4e00-\u9fff]){3,}$")


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
    """The title without its display letterspacing (see above), and the repair — the whole
    title's, or its last line's (「国务院关于…奖售粮」 ⏎ 「几 个 问 题 的 通 知」, joined)."""
    spaced = LETTERSPACED.search(title.strip())
    if not spaced:
        return title, []
    joined = title.strip()[:spaced.start()] + re.sub(r"[ \u3000]", "", spaced[0])
    return joined, [Repair("letterspaced-title", line, title.strip(), f"title: {joined}",
                           "The title was spaced out character by character for display: "
                           "ran its characters together.")]


# A title set as a link to the page it came from (「# [标题](https://…)」, a WeChat export's or
# an archive's first line): the link's address is the page's — the front matter's url.
LINKED_LINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?\[(?P<text>[^\]\n]+)\]"
                         r"\((?P<url>https?://[^\s)]+)\)[ \t]*$")


def linked_title_url(text: str, line: int, title: str) -> tuple[str | None, list[Repair]]:
    """The address of the title's line when that line is the title as one link, else None."""
    lines = text.splitlines()
    found = LINKED_LINE.match(lines[line - 1]) if 0 < line <= len(lines) else None
    if not found or re.sub(r"\s", "", found["text"]) != re.sub(r"\s", "", title or ""):
        return None, []
    return found["url"], [Repair("url", line, found["url"], f"url: {found['url']}",
                                 "The title is a link to the page it came from: took its "
                                 "address as the url.")]

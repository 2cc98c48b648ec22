"""Key figures, the article's (see the package's docstring): `extract_figures` (the rows
of every passage grouped by section, with their places, periods and years), the
contradictions (one figure given two changes) and the writer of figures.yaml."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import cache

import yaml

from briefing.importer.figures.numbers import (
    CAPTION_PASSAGE,
    COMPARED,
    MIN_ROWS,
    NOTE_PASSAGE,
    Group,
    Passage,
    Row,
    despace,
    same_thing,
    sentences,
    topic_of,
)
from briefing.importer.figures.rows import (
    BASE_CLAUSE,
    NATION,
    PERIOD,
    VIEW_CLAUSE,
    about_a_target,
    name_view,
    rows_in_sentence,
)
from briefing.importer.records import Repair

# ---------------------------------------------------------------- groups

# 「其中，道路运输25.2亿人次，…」: a sentence giving the parts of the figure before it.
BREAKDOWN = re.compile(r"^其中[，,：:]?")
# …after a sentence forecasting or planning a total (not one about what could be, 「建成后
# 每年可…」, whose sentence may go on to a result).
FORECAST = re.compile(r"预计|将(?:达到|达|超过|突破|增长|新增|实现)|计划|目标|力争")

# A paragraph that tells a person's story (他/她, 58岁的村民): its numbers are the story's
# (「每月工资近6000元」「花了35万元」), not the figures of a table.
STORY = re.compile(r"(?<![其吉利])他|她|\d+岁的|\d+岁，")

HEADING_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．\s]?)\s*")
LEAD_TITLE = "主要数据"


@cache
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s.json")


def _other_period(one: Row, other: Row) -> bool:
    """Whether two rows are figures of two periods named (3月 and 1-3月; 2024年6月 is 6月;
    two years alone — a chronicle's 1987年 and 1988年 — are two periods)."""
    def bare(period: str) -> str:
        return re.sub(r"\d{4}年|份|\s", "", period) or re.sub(r"\s", "", period)
    return bool(one.period and other.period) and bare(one.period) != bare(other.period)


# A chronicle's or a yearbook's sections are its years (「1987年」, 「2022年8月18日」): the
# heading's year is the year of every figure under it its own sentence does not date, and
# of a day or month the sentence names without a year (「9月9日 …录取本科生1909人」).
YEAR_HEADING = re.compile(r"(\d{4})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?")


# A bulletin gives the same measures for each part of a whole, a paragraph a part, each
# opening with the part's name after a dash (「——小学。校数17所；…校舍总面积25.48万平方米」
# 「——初中。…校舍总面积32.26万平方米」), the whole's own figures in the section's first
# paragraph (「全县义务教育中小学30所。校舍总面积57.74万平方米」): where a part's row shares
# its name with another row of the section, each names its part, and the whole's its
# section (义务教育).
PART_OPENING = re.compile(r"^[—―－]{1,2}[ \t\u3000]*([\u4e00-\u9fff]{2,10})[。：:]")


def _name_parts(by_section: dict[str, list[Row]]) -> None:
    for section, rows in by_section.items():
        if not any(row.part for row in rows):
            continue
        names: dict[str, set[str | None]] = {}
        for row in rows:
            names.setdefault(_bare_name(row), set()).add(row.part)
        for row in rows:
            shared = len(names[_bare_name(row)]) > 1
            owner = row.part or (section.strip() or None)
            if shared and owner and not row.label.startswith(owner):
                row.label = owner + row.label


def _heading_year(row: Row, year: str | None) -> None:
    if year is None:
        return
    if row.period is None:
        row.period = year
    elif not re.search(r"\d{4}\s*年", row.period):
        row.period = year + row.period


def _where(row: Row) -> str | None:
    """A row's place, the nation's figures being the text's own when it names no other."""
    return None if row.place == NATION else row.place


def _bare_name(row: Row) -> str:
    """A row's label without its place, and without the scope and period said before a
    period in it (「地级及以上城市2019年3月平均优良天数比例」 → 平均优良天数比例)."""
    label = row.label.removeprefix(row.place or "")
    periods = list(PERIOD.finditer(label))
    return label[periods[-1].end():] if periods else label


# Text drawn with a font's radical glyphs (pdftotext of some reports: 「相⽐2022年增⻓」) carries
# Kangxi radicals (U+2F00–U+2FD5) and simplified radicals (U+2E80–U+2EF3) where the
# characters 比, 长 stand: read as the characters they look like (the rows keep the
# text's own code points, like a Traditional copy's).
RADICALS = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
RADICALS.update((ord(radical), char) for radical, char in zip(
    "⻅⻆⻉⻋⻓⻔⻚⻛⻜⻢⻥⻦⻨⻩⻬⻮⻰⻳", "见角贝车长门页风飞马鱼鸟麦黄齐齿龙龟", strict=True))


SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』）]*|[^。！？]+$")


def as_simplified(text: str) -> tuple[str, Callable[..., None]]:
    """`text` in Simplified characters, and a function writing a row made from it back in
    the characters of `text` (a Traditional copy's rows keep 億元, 增長)."""
    simple = _to_simplified().convert(text.translate(RADICALS))
    if simple == text or len(simple) != len(text):
        return text, lambda row, said_here=True: None
    chars: dict[str, Counter[str]] = {}
    for mine, theirs in zip(simple, text, strict=True):
        chars.setdefault(mine, Counter())[theirs] += 1
    back = {mine: counts.most_common(1)[0][0] for mine, counts in chars.items()}

    def original(words: str | None) -> str | None:
        if not words:
            return words
        at = simple.find(words)
        if at >= 0:  # words of the text: as they stand there
            return text[at:at + len(words)]
        return "".join(back.get(char, char) for char in words)

    def cited(source: str) -> str:
        # a row cites its sentence, and the next paragraph's when that one gives its change:
        # each sentence of this paragraph as it stands here, the others left to theirs
        return "".join(text[at:at + len(part)] if (at := simple.find(part)) >= 0 else part
                       for part in SENTENCE.findall(source))

    def restore(row: Row, said_here: bool = True) -> None:
        # said_here False: a row of the paragraph before, given its change here — its other
        # words are that paragraph's
        if said_here:
            row.label, row.unit = original(row.label), original(row.unit)
        row.source = cited(row.source)
        row.change, row.rank = original(row.change), original(row.rank)

    return simple, restore


def section_title(heading: str) -> str:
    """A heading as a group title: its numbering and closing punctuation left off."""
    title = HEADING_NUMBER.sub("", heading.strip()).strip()
    return title.rstrip("。；;：:，,").strip() or heading.strip()


# The fixed words of a procurement or tender notice (three of them make one).
PROCUREMENT_NOTICE = re.compile(r"采购人|采购代理机构|采购项目|采购需求|投标人|供应商|开标|中标|"
                                r"成交公告|招标|磋商|询价|比选|最高限价|预算金额|保证金")


# The year a sentence opens with (「2015年，…」「截至2021年底，…」), not a span (「2017年到2021年」,
# 「2019年以来」).
OPENING_YEAR = re.compile(r"^(?:截至|截止|到|在|而|但)?(?P<year>\d{4})年"
                          r"(?!以来|来|[到至—–~\-]|\d{4})")
# A span of years it opens with (「2018年-2020年，」「2016—2020年，」): the last one.
OPENING_SPAN = re.compile(r"^(?:在|而|但)?\d{4}年?[到至—–~～\-](?P<year>\d{4})年")


def _drop_earlier_years(by_section: dict[str, list[Row]]) -> None:
    """「2015年，该市旅游收入仅为20亿元。…2023年，旅游收入达到86亿元」: a text reports its
    latest year; a sentence opening with an earlier year quotes a figure of the past, for
    contrast or history — not a figure an editor would print as the text's."""
    def year(row: Row) -> int | None:
        # 「2017年到2021年，网民规模从7.72亿增长到10.32亿」: a sentence opening with a span
        # of years gives the span's last year's level
        match = OPENING_SPAN.match(despace(row.source)) or OPENING_YEAR.match(despace(row.source))
        return int(match.group("year")) if match else None
    years = [y for rows in by_section.values() for row in rows if (y := year(row))]
    if not years:
        return
    latest = max(years)
    if years.count(latest) < 2:
        return
    for section, rows in by_section.items():
        by_section[section] = [row for row in rows if (year(row) or latest) >= latest]


# A number opening a paragraph: 1. / 1、 / 一、 / （三）.
ITEM_NUMBER = re.compile(r"^\s*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                         r"[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d))\s*)?")


# A section about targets, plans or what comes next (「二、2018年发展主要预期目标」「今年工作安
# 排」「展望」): its list items state targets without a target word of their own (「1、国内生产
# 总值增长6.5%左右。」) — not results. A heading about how a plan went (完成情况, 回顾) is not.
TARGET_HEADING = re.compile(r"预期目标|主要目标|奋斗目标|发展目标|总体目标|工作目标|目标任务|"
                            r"计划(?!单列|生育|经济|内|外|完成|执行)|工作安排|工作打算|工作思路|"
                            r"展望|下一步|(?:经济|发展)?预测$")
RESULT_HEADING = re.compile(r"完成情况|执行情况|实施情况|落实情况|进展|回顾|成效|成绩|总结")


def extract_figures(passages: Iterable[Passage]) -> list[Group]:
    """Key-figure groups, one per section (the nearest heading above the sentence), in the
    order of the text; groups under MIN_ROWS rows are dropped. A group's id is the topic of
    its heading (air, water …) if it has one, else s1, s2 …; the text before the first
    heading is the group `lead`, 主要数据."""
    passages = list(passages)
    if len(set(PROCUREMENT_NOTICE.findall(
            "".join(as_simplified(p.context + p.text)[0] for p in passages)))) >= 3:
        # A procurement or tender notice: its amounts (budget, ceiling price, deposit,
        # quantity, term) are the terms of a purchase, not figures of what happened.
        return []
    by_section: dict[str, list[Row]] = {}
    seen: dict[tuple[str, str, str, str], list[int]] = {}
    # The rows of the paragraph before (and its section): a paragraph that opens with the
    # usual base of comparison (「与去年同期相比，优良天数增加8天，…分别下降40.4%、…」) goes on
    # about the figures of the one before — the changes it gives of their things, by name,
    # are theirs, not rows of their own.
    last_rows: list[Row] = []
    last_section: str | None = None
    # A Traditional copy's rows are written back in its characters once all are found: the
    # paragraph after one reads its rows (their names) in Simplified characters, as it reads
    # itself, and the places and periods put before labels are Simplified too.
    written_back: list[tuple[Callable[..., None], list[tuple[Row, bool]]]] = []
    for passage in passages:
        # A copy in Traditional characters (增長, 億元, 預期目標) is read through its
        # Simplified form; each row is then written back in the text's own characters.
        text, restore = as_simplified(passage.text)
        # 「1. 全市生产总值…」「（三）全年完成…」: a list item's or a run-in head's number opens
        # the paragraph — no word of the first sentence's label
        text = text[len(ITEM_NUMBER.match(text)[0]):]
        heading = as_simplified(passage.context)[0]
        if NOTE_PASSAGE.match(text) or STORY.search(text) or CAPTION_PASSAGE.search(text) or (
                TARGET_HEADING.search(heading) and not RESULT_HEADING.search(heading)):
            last_rows = []
            continue
        previous = last_rows if passage.section == last_section else []
        made: dict[int, Row] = {id(row): row for row in previous}
        place, period = None, None
        part = PART_OPENING.match(text)
        part = part[1] if part else None
        dated = YEAR_HEADING.fullmatch(passage.section.strip())  # the nearest heading
        year = dated[1] + "年" if dated else None
        own: list[Row] = []
        viewed = False
        opened, paragraph_before = None, previous
        forecast = False
        for index, sentence in enumerate(sentences(text)):
            if forecast and BREAKDOWN.match(despace(sentence)):
                # 「预计…旅客发送量将达到29.78亿人次。其中，道路运输25.2亿人次，…」: the parts
                # of a forecast are forecast too — no results
                previous = []
                continue
            forecast = about_a_target(sentence) and bool(FORECAST.search(sentence))
            # (under the base it opened with, a later sentence goes on about the figures
            # the paragraph before gave too)
            previous = rows_in_sentence(
                sentence, passage.context,
                [*paragraph_before, *previous] if opened else previous, opened)
            if index == 0:
                # 「与2023年10月同期相比，…。…」: the base the paragraph opens with holds for
                # its later sentences
                first = re.split(r"[，,]", despace(sentence), maxsplit=1)[0]
                opened = first if BASE_CLAUSE.match(first) else None
            # 「从环比看，CPI上涨0.4%。食品价格上涨1.2%，…」: a paragraph opening with the view
            # of the month before goes on in it, until a sentence names a base of its own
            view = VIEW_CLAUSE.match(re.split(r"[，,：:]", despace(sentence), maxsplit=1)[0])
            if view:
                viewed = index == 0 and view["base"] == "环比"
            elif viewed and not re.search(COMPARED, sentence):
                name_view(previous, "环比", [], 0)
            own += previous
            made.update((id(row), row) for row in previous)
            # 「京津冀…城市3月平均优良天数比例为74.5%…。1-3月，平均优良天数比例为49.1%」: a
            # paragraph's later sentences go on about the place and the period it named
            for row in previous:
                row.place, row.period = row.place or place, row.period or period
                row.part = row.part or part
                _heading_year(row, year)
            place = next((row.place for row in reversed(previous) if row.place), place)
            period = next((row.period for row in reversed(previous) if row.period), period)
            for row in previous:
                key = (passage.section, row.label, row.value, row.unit)
                rows = by_section.setdefault(passage.section, [])
                same = next((index for index in seen.get(key, ())
                             if _where(rows[index]) == _where(row) and
                             not _other_period(rows[index], row)), None)
                if same is not None:
                    # The same figure said again: keep the saying with its change or rank.
                    earlier = rows[same]
                    if not (earlier.change or earlier.rank) and (row.change or row.rank):
                        rows[same] = row
                    continue
                seen.setdefault(key, []).append(len(rows))
                rows.append(row)
        mine = {id(row) for row in own}
        written_back.append((restore, [(row, id(row) in mine) for row in made.values()]))
        last_rows, last_section = own, passage.section
    every = [row for rows in by_section.values() for row in rows]
    for section, rows in by_section.items():
        by_section[section] = [row for row in rows if not _repeats_a_change(row, every)]
    _drop_earlier_years(by_section)
    # A text that gives figures of several places (「全国…」「北京市优良天数比例…」「上海市…」)
    # names the place in each of its places' rows; one place is the text's own, and left off.
    places = {re.sub(r"^.+?(?:省|自治区)(?=.)", "", row.place)  # 山西省吕梁市 is 吕梁市
              for rows in by_section.values() for row in rows if row.place}
    if len(places) > 1:
        for rows in by_section.values():
            for row in rows:
                if row.place not in (None, NATION) and not row.label.startswith(row.place):
                    row.label = row.place + row.label
    # 「3月，…PM2.5浓度为41…。1-3月，…PM2.5浓度为54…」: one name for the figures of two
    # periods — each row whose name another period's row shares names its period.
    every = [row for rows in by_section.values() for row in rows]
    named = [(row, _bare_name(row)) for row in every]
    for row, name in named:
        if row.period and row.period not in row.label and any(
                _other_period(other, row) and _where(other) == _where(row) and other_name == name
                for other, other_name in named):
            row.label = row.period + row.label
    _name_parts(by_section)
    # last paragraph first: a row given its change by the paragraph after its own gets the
    # change in that paragraph's characters, its other words in its own
    for restore, made_rows in reversed(written_back):
        for row, said_here in made_rows:
            restore(row, said_here)
    groups: list[Group] = []
    used: set[str] = set()
    for section, rows in by_section.items():
        if len(rows) < MIN_ROWS:
            continue
        topic = topic_of(section) if section else None
        title = section_title(section) if section else LEAD_TITLE
        base = topic or ("lead" if not section else f"s{len(groups) + 1}")
        group_id, suffix = base, 2
        while group_id in used:
            group_id, suffix = f"{base}-{suffix}", suffix + 1
        used.add(group_id)
        groups.append(Group(group_id, title, rows))
    return groups


# A rate row naming its thing and the way it went (「零售业总销货价值上升 1.8%」): the
# change of a figure given before (「…为297亿元，按年上升1.8%」) said again — a
# spokesman's summary, a closing recap — no figure of its own.
RATE_LABEL = re.compile(r"^(?P<name>.+?)(?:同比|按年|比上年|较上年)?(?P<verb>增加|增长|提高|上升|"
                        r"下降|减少|降低|回落|上涨|下跌)$")


def _repeats_a_change(row: Row, rows: list[Row]) -> bool:
    found = RATE_LABEL.match(row.label)
    if row.change or row.unit not in ("%", "个百分点") or found is None:
        return False
    verb = "下降" if found["verb"] == "下跌" else found["verb"]
    said = _change_said(f"{verb}{row.value}{row.unit}")
    return said is not None and any(
        _change_said(other.change) == said and _where(other) == _where(row)
        and not _other_period(other, row) and same_thing(found["name"], other.label)
        for other in rows)


# ---------------------------------------------------------------- contradictions

# A change's amount and direction: 「同比增加8天」 → (增, 8, 天).
CHANGE_SAID = re.compile(r"(增加|增长|提高|上升|下降|减少|降低|改善|回落|上涨)\D{0,4}?"
                         r"(\d+(?:\.\d+)?)\s*(个百分点|%|‰|[^\d\s，。；、,;]{0,3})")


def _change_said(change: str | None) -> tuple[str, Decimal, str] | None:
    """A change's direction, amount and unit, when it is one against the usual base."""
    if not change or re.match(r"与|[比较](?!上年|去年)", change):
        return None  # 「与上月相比，…」「比2019年…」: another base than the year before's
    found = CHANGE_SAID.search(change)
    if found is None:
        return None
    up = "up" if UP_VERB.match(found[1]) else "down"
    return up, Decimal(found[2]), found[3]


UP_VERB = re.compile(r"增|提|上|涨")


def contradictions(groups: list[Group]) -> list[tuple[Row, Row]]:
    """Pairs of rows giving one figure (the same thing, value, unit, place and period) with
    two different changes against the same base — 「优良天数29天…增加8天」 and later
    「优良天数为29天…增加9天」: the text contradicts itself, and which change is right only
    the source's publisher can say. Both rows stay proposed; each pair is a doubt."""
    rows = [row for group in groups for row in group.rows]
    found = []
    for index, one in enumerate(rows):
        said_one = _change_said(one.change)
        if said_one is None:
            continue
        for other in rows[index + 1:]:
            said_other = _change_said(other.change)
            if said_other is None or said_other == said_one or one.value != other.value \
                    or one.unit != other.unit or _where(one) != _where(other) \
                    or _other_period(one, other) or said_one[2] != said_other[2]:
                continue
            if same_thing(one.label, other.label) or same_thing(other.label, one.label):
                found.append((one, other))
    return found


def contradiction_doubts(groups: list[Group], text: str) -> list[Repair]:
    """A doubt for each figure the text gives with two changes (see contradictions), at the
    source line that says the second change."""
    doubts = []
    for one, other in contradictions(groups):
        at = text.find(other.change or "")
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        doubts.append(Repair(
            "figure-contradiction", line, f"{other.label} {other.value}{other.unit}",
            f"{one.change} / {other.change}",
            f"The text gives {one.label} {one.value}{one.unit} twice with different changes "
            f"(「{one.change}」, 「{other.change}」): both key-figure rows are proposed — "
            "check the source for which it means before accepting either."))
    return doubts


def label_clashes(groups: list[Group]) -> list[tuple[Row, Row]]:
    """Pairs of rows of one table with the same label and unit but different values —
    「劣Ⅴ类断面比例 2.3%」 of all the sections and, a sentence later, 「劣Ⅴ类断面比例 2.4%」 of
    the main rivers, the scope said once before the first of that sentence's figures: the
    table would print two rows a reader cannot tell apart."""
    found = []
    for group in groups:
        for index, one in enumerate(group.rows):
            for other in group.rows[index + 1:]:
                if one.label == other.label and one.unit == other.unit \
                        and one.value != other.value:
                    found.append((one, other))
    return found


def label_clash_doubts(groups: list[Group], text: str) -> list[Repair]:
    """A doubt for each pair of rows a reader cannot tell apart (see label_clashes), at the
    source line of the second one's sentence."""
    doubts = []
    for one, other in label_clashes(groups):
        at = text.find(other.source[:20])
        line = text.count("\n", 0, at) + 1 if at >= 0 else 1
        doubts.append(Repair(
            "figure-same-label", line, f"{other.label} {one.value}{one.unit} / "
            f"{other.value}{other.unit}", "",
            f"Two key-figure rows are both labelled 「{other.label}」 ({one.value}{one.unit} and "
            f"{other.value}{other.unit}): the table would not say which is which — write into "
            "each label what it measures (the place, the scope, the period its sentence "
            "names) before accepting them."))
    return doubts


# ---------------------------------------------------------------- figures.yaml

FIGURES_HEADER = """\
# Key figures found in the text by the importer: proposals, printed by no template until
# reviewed. Check every row against its sentence (the label, unit and change are guesses;
# the value must appear in the cited sentence, which must stay word for word as in
# article.md, without <sub>/<sup> tags), fix or delete rows, then accept the group:
# `status: accepted` (or `briefing figures accept data/NAME GROUP`); `reject` removes it.
"""


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False):  # noqa: ARG002
        # Indent lists under their key ("groups:\n  - id: air"), as people write YAML.
        return super().increase_indent(flow, False)


def _represent_value(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    # Written as in the text: 16398.12 stays 16398.12, 0.665 stays 0.665.
    text = str(value)
    tag = "tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int"
    return dumper.represent_scalar(tag, text)


_Dumper.add_representer(Decimal, _represent_value)


def figures_yaml(groups: list[Group]) -> str:
    data = {"groups": [
        {"id": group.id, "status": "proposed", "title": group.title, "rows": [
            {"label": row.label, "value": Decimal(row.value), "unit": row.unit,
             "change": row.change, "rank": row.rank, "source": row.source}
            for row in group.rows]}
        for group in groups]}
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    return FIGURES_HEADER + body

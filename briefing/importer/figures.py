"""Key figures: numbers with units found in the article's sentences, grouped by topic.

Rules over sentences and clauses, no model: a clause such as 「优良天数281天」 gives a row
(label 优良天数, value 281, unit 天); a following 「同比下降18.2%」 is that row's change and
「名列全省第四」 its rank. Years, dates, ordinals and numbers inside quotation marks or
book titles (「十四五」「13710」「1+4」) are not figures. Every row cites its whole
sentence, exactly as it stands in article.md without inline tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

import yaml

# ---------------------------------------------------------------- topics

Topic = tuple[str, str, tuple[str, ...]]
TOPICS: tuple[Topic, ...] = (
    ("air", "大气环境质量", ("大气", "空气", "PM", "优良天数", "重污染", "臭氧", "颗粒物",
                          "二氧化硫", "二氧化氮", "综合指数", "沙尘")),
    ("water", "水环境", ("水质", "水环境", "地表水", "断面", "COD", "化学需氧量", "氨氮", "总磷",
                       "污水", "黑臭", "饮用水", "水体", "水污染", "水源")),
    ("enforcement", "环境执法", ("处罚", "罚款", "执法", "查封", "扣押", "拘留", "移送", "停产",
                              "违法", "检查企业", "双随机", "督办", "约谈", "问责", "刑事",
                              "立案", "追究")),
    ("soil", "土壤与固体废物", ("土壤", "地块", "固废", "固体废物", "危险废物", "危废",
                               "医疗废物", "尾矿", "重金属", "垃圾")),
    ("emissions", "污染减排", ("超低排放", "减排", "产能", "淘汰", "脱硫", "脱硝", "柴油货车",
                            "挥发性有机物", "VOCs", "堆场", "燃煤", "散煤", "清洁取暖", "锅炉",
                            "碳排放", "二氧化碳")),
    ("ecology", "生态保护", ("造林", "绿化", "绿地", "森林", "湿地", "生态修复", "水土流失",
                          "自然保护", "草原", "植被")),
    ("economy", "经济发展", ("生产总值", "GDP", "一般公共预算", "财政", "固定资产投资",
                          "消费品零售", "居民人均", "可支配收入", "工业增加值", "进出口",
                          "规模以上", "新增就业", "税收")),
    ("party", "党建工作", ("党员", "党组", "党支部", "党总支", "党史", "廉政", "警示教育",
                        "理论学习", "集中学习", "心得体会", "党建")),
)
TOPIC_ORDER = {topic_id: index for index, (topic_id, _, _) in enumerate(TOPICS)}
MIN_ROWS = 2


def topic_of(*texts: str) -> str | None:
    """The topic whose keywords occur most in the first text that has any; ties by order."""
    for text in texts:
        counts = [(sum(text.count(word) for word in words), -TOPIC_ORDER[topic_id], topic_id)
                  for topic_id, _, words in TOPICS]
        best = max(counts)
        if best[0] > 0:
            return best[2]
    return None


# ---------------------------------------------------------------- numbers and units

# Longest first, so 万元 wins over 元 and 家（次） over 家.
UNITS = sorted(
    ("家（次）", "人（次）", "家次", "人次", "户次", "个百分点", "μg/m3", "μg/m³", "mg/m3",
     "mg/m³", "mg/L", "万千瓦时", "万千瓦", "千瓦时", "千瓦", "平方公里", "万平方米", "平方米",
     "万立方米", "立方米", "万亩", "亩", "公顷", "公里", "千米", "万吨", "亿吨", "吨", "亿元",
     "万元", "元", "万人", "万户", "%", "天", "个", "家", "起", "件", "人", "名", "次", "篇", "期",
     "册", "辆", "座", "户", "条", "处", "小时", "所", "台", "场", "批"),
    key=len, reverse=True)
UNIT_SPELLING = {"μg/m3": "μg/m³", "mg/m3": "mg/m³"}
NUMBER = re.compile(r"(?<![\d.,:A-Za-z×xX*+\-/])\d+(?:\.\d+)?(?![\d])")
GROUPED = re.compile(r"^,\d")  # 1,234: official text has no separators; leave it alone
# After a number: a date (2021年3月19日), a duration or an anniversary is not a figure.
NOT_A_QUANTITY = re.compile(r"^(?:年|月|日|号|时|周|届|次会议|点|:|：\d)")
APPROXIMATE = ("余", "多")
THRESHOLD = re.compile(r"^(?:以上|以下|左右|以内|以外)")
UNITLESS_LABEL = re.compile(r"(?:指数|系数|比)$")

QUOTE_PAIRS = {"“": "”", "《": "》", "「": "」", "『": "』", "‘": "’"}


@dataclass
class Row:
    label: str
    value: str  # as written in the text
    unit: str
    source: str  # the sentence
    topic: str | None = None
    change: str | None = None
    rank: str | None = None


@dataclass
class Group:
    id: str
    title: str
    rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Passage:
    """A paragraph's plain text (tags removed) and the headings above it."""

    text: str
    context: str = ""


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets in the sentence
    end: int  # after the unit
    value: str
    unit: str


def sentences(text: str) -> list[str]:
    """Sentences ending at 。！？ (with any closing quote after it), as they stand."""
    found = re.findall(r"[^。！？]*[。！？][”’」』）]*|[^。！？]+$", text)
    return [s for s in (part.strip() for part in found) if s]


def quoted_mask(sentence: str) -> list[bool]:
    """True for each character inside “” 《》 「」 and the like (names, not figures)."""
    mask = [False] * len(sentence)
    closers: list[str] = []
    for index, char in enumerate(sentence):
        if closers and char == closers[-1]:
            closers.pop()
            mask[index] = True
            continue
        if char in QUOTE_PAIRS:
            closers.append(QUOTE_PAIRS[char])
        mask[index] = bool(closers)
    return mask


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"[，；：,;。！？]", sentence):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans


def quantities(sentence: str, start: int, end: int, mask: list[bool]) -> list[Quantity]:
    """Numbers with a unit in sentence[start:end], leaving out years, dates and names."""
    found = []
    for match in NUMBER.finditer(sentence, start, end):
        if mask[match.start()] or sentence[max(0, match.start() - 1):match.start()] == "第":
            continue
        after = sentence[match.end():end]
        if NOT_A_QUANTITY.match(after) or GROUPED.match(after) or (
                after and after[0] in "×xX*+-/."):
            continue
        approximate = after[:1] if after[:1] in APPROXIMATE else ""
        rest = after[len(approximate):]
        unit = next((u for u in UNITS if rest.startswith(u)), None)
        if unit is None:
            # A measure word we do not know (13县, 10余项, 人手1套) or a model number
            # (5G): not a figure. A bare number (指数为4.44) ends its clause.
            if approximate or rest.strip():
                continue
            unit = ""
        tail = rest[len(unit):]
        if THRESHOLD.match(tail):
            continue
        found.append(Quantity(match.start(), match.end() + len(approximate) + len(unit),
                              match.group(0), approximate + UNIT_SPELLING.get(unit, unit)))
    return found


# ---------------------------------------------------------------- labels

RANK_CLAUSE = re.compile(
    r"排名|名列|位列|位居|排在|排第|居全[省市国]|"
    r"全[省市国区县]第[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+名|首位|前列")
# 「281天同比增加14天」: a change inside the clause of the figure it qualifies.
INLINE_CHANGE = re.compile(
    r"(?:与[^，,]{0,12}?相比|比上年|比去年|较上年|较去年|同比|环比)"
    r"(?:增长|下降|上升|提高|降低|减少|增加|改善|下滑|回升)了?$")
CONTEXT_CLAUSE = re.compile(r"^(?:高于|低于|优于|好于|快于|慢于|超过)")
CHANGE_CLAUSE = re.compile(
    r"^(?P<lead>(?:与[^，,]{0,12}?相比|比上年|比去年|较上年|较去年|同比|环比)?(?P<each>分别)?"
    r"(?:增长|下降|上升|提高|降低|减少|增加|改善|下滑|回升)了?)\s*\d")
# Sentences about targets and plans: their numbers are not results.
TARGET_SENTENCE = re.compile(r"预期目标|目标是|力争|计划到|下一步|^到20\d\d年")
# Clauses that only mention a number on the way to something else.
NOT_A_STATISTIC = re.compile(r"^(?:在|结合|围绕|针对|按照|根据|依据|对照|截至)")
TIME = re.compile(
    r"^(?:截至|截止)?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|来|底|末|初|上半年|下半年|全年|度)?")
COMPARISON = re.compile(r"^与[^，,]{0,12}?相比")
SCOPE_WORDS = re.compile(r"全市|全省|全县|全区|全国|全系统|全年")
LEADING_NOISE = re.compile(r"^(?:其中|同时|此外|另外|目前|当年|今年|去年|市区|并|还|已|共|又)")
REGION = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}省)?[\u4e00-\u9fff]{2,3}市区?(?=[\u4e00-\u9fff]{2})")
ORGANISATION = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:局|厅|委员会|人民政府)(?=[\u4e00-\u9fff]{2})")
# 为 links a label to its number (比例为77%) except in 行为, 作为, 认为.
TRAILING_LINK = re.compile(
    r"(?:分别为|分别|(?<![行作认])为|达到|达|是|共计|共|累计|总计|合计|计|有|完成|实现|保持|"
    r"稳定在|控制在|减少至|下降至|降至|降到|提高到|增加到|上升至)+$")
ADVERBS = re.compile(r"先后")
LABEL_EDGES = "、，,和及 \t\"'“”‘’"
ACTION = re.compile(r"进行了|采取了|给予了|进行|采取|给予")
# 对 as the preposition of 「对28人进行了行政拘留」, not the 对 of 对外贸易, 相对, 针对.
PREPOSITION_DUI = re.compile(r"(?<![相针核反面应绝])对(?![外口象比接应于称照策话手])")
MAX_LABEL = 20
SHORT_VERB = 2


def clean_prefix(text: str) -> str:
    """The words before a number, less time, scope, place, organisation and link words."""
    text = SCOPE_WORDS.sub("", ADVERBS.sub("", text)).strip(LABEL_EDGES)
    previous = None
    while previous != text:
        previous = text
        for pattern in (TIME, COMPARISON, LEADING_NOISE, REGION, ORGANISATION):
            text = pattern.sub("", text).strip(LABEL_EDGES)
    return TRAILING_LINK.sub("", text).strip(LABEL_EDGES)


def object_label(text: str) -> str:
    """「涉重金属企业进行了核查」 → 核查涉重金属企业; 「进行了行政拘留」 → 行政拘留."""
    text = text.strip(LABEL_EDGES)
    action = ACTION.search(text)
    if not action:
        return text
    thing, act = text[:action.start()].strip(LABEL_EDGES), text[action.end():]
    return act + thing if len(thing) > 1 else act


def make_label(before: str, after: str) -> tuple[str, bool]:
    """A row's label from the words before and after its number; True if `after` was used.

    「优良天数281天」 → 优良天数; 「公安机关对28人进行了行政拘留」 → 行政拘留;
    「全系统1212名党员干部参与警示教育」 → 党员干部参与警示教育;
    「全市地表水15个国考断面中」 → 地表水国考断面.
    """
    head = clean_prefix(before)
    tail = after.strip(LABEL_EDGES)
    if PREPOSITION_DUI.search(head):
        return object_label(tail), True
    if tail.endswith("中") and len(tail) > 1:  # 「N个X中」: the figure counts X
        return head + tail[:-1], True
    if not head or (len(head) <= SHORT_VERB and tail):
        return head + object_label(tail), True
    return head, False


# ---------------------------------------------------------------- rows


def rows_in_sentence(sentence: str, context: str = "") -> list[Row]:
    if TARGET_SENTENCE.search(sentence):
        return []
    mask = quoted_mask(sentence)
    rows: list[Row] = []
    for start, end in clause_spans(sentence):
        raw = sentence[start:end]
        clause = raw.strip()
        clause_start = start + len(raw) - len(raw.lstrip())
        found = quantities(sentence, start, end, mask)
        rank = RANK_CLAUSE.search(clause)
        rank_at = clause_start + rank.start() if rank else end
        if rank and not NOT_A_STATISTIC.match(clause) and any(
                q.end <= rank_at for q in found):
            # 「优良天数281天排名全省第一」: the figure, then its rank in the same clause.
            clause_rows = _clause_rows(sentence, [q for q in found if q.end <= rank_at],
                                       start, rank_at, clause, context)
            if clause_rows:
                clause_rows[-1].rank = sentence[rank_at:end].strip()
            rows += clause_rows
            continue
        if rank or CONTEXT_CLAUSE.match(clause):
            if rows and rows[-1].rank is None:
                rows[-1].rank = clause
            continue
        change = CHANGE_CLAUSE.match(clause)
        if change:
            _attach_changes(rows, change, found, sentence, clause_start)
            continue
        if NOT_A_STATISTIC.match(clause):
            continue
        rows += _clause_rows(sentence, found, start, end, clause, context)
    return rows


def _clause_rows(sentence: str, found: list[Quantity], start: int, end: int, clause: str,
                 context: str) -> list[Row]:
    """The rows of one clause's quantities; 「…27μg/m3同比下降18.2%」 gives the row before
    the change its change, not a row of its own."""
    rows: list[Row] = []
    consumed = start
    for index, quantity in enumerate(found):
        following = found[index + 1].start if index + 1 < len(found) else end
        before = sentence[consumed:quantity.start]
        change = INLINE_CHANGE.search(before.strip(LABEL_EDGES))
        if change and rows and rows[-1].change is None:
            rows[-1].change = change.group(0) + sentence[quantity.start:quantity.end]
            consumed = quantity.end
            continue
        after = sentence[quantity.end:following]
        label, used_after = make_label(before, after)
        consumed = following if used_after else quantity.end
        if not quantity.unit and not UNITLESS_LABEL.search(label):
            continue
        if len(label) < 2 or len(label) > MAX_LABEL:
            continue
        rows.append(Row(label, quantity.value, quantity.unit, sentence,
                        topic_of(label, clause, sentence, context)))
    return rows


def _attach_changes(rows: list[Row], change: re.Match[str], found: list[Quantity],
                    sentence: str, clause_start: int) -> None:
    """「同比下降18.2%」 → the last row's change; 「分别下降11.6%、11.2%」 → the last two."""
    if not rows or not found:
        return
    if change.group("each") and len(found) > 1:
        verb = change.group("lead").replace("分别", "")
        targets = rows[-len(found):]
        for row, quantity in zip(targets, found[-len(targets):], strict=True):
            row.change = row.change or verb + sentence[quantity.start:quantity.end]
    elif rows[-1].change is None:
        rows[-1].change = sentence[clause_start:found[0].end]


def extract_figures(passages: Iterable[Passage]) -> list[Group]:
    """Key-figure groups: air, water, enforcement first; groups under two rows dropped."""
    groups = {topic_id: Group(topic_id, title) for topic_id, title, _ in TOPICS}
    seen: set[tuple[str, str, str, str]] = set()
    for passage in passages:
        for sentence in sentences(passage.text):
            for row in rows_in_sentence(sentence, passage.context):
                key = (row.topic or "", row.label, row.value, row.unit)
                if row.topic is None or key in seen:
                    continue
                seen.add(key)
                groups[row.topic].rows.append(row)
    return [group for group in groups.values() if len(group.rows) >= MIN_ROWS]


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

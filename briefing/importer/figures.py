"""Key figures: numbers with units found in the article's sentences, grouped by section.

Rules over sentences and clauses, no model: a clause such as 「优良天数281天」 gives a row
(label 优良天数, value 281, unit 天); a following 「同比下降18.2%」 is that row's change and
「名列全省第四」 its rank; 「社会消费品零售总额增长4.6%」 with no level is a rate row of its
own; a change goes only to a row in its own measure. Years, dates, durations, ordinals,
ranges, ratios, bounds (超过/逾 N, N余), sizes in names, plans and forecasts, references,
limits and standards, notes and numbers inside quotation marks or book titles (「十四五」
「13710」「1+4」) are not figures; a number that is none keeps its place in the sentence, so
the change said after it goes to no other row. A label that reads as a fragment of the
sentence, or a count that does not say what it counts, gives no row. So do requirements
(要求, 要确保, a standard's 应), a person's story, a series of years, and numbers inside a
clause about something else; when a text gives figures of several places, each row names
its place. Conditions and computed amounts (如果, 以此计算), tasks and the future (明年,
须完成, 要新建), a notice's terms (各奖励, 可申请), amounts per X (每人), differences from a
base (偏高, 高出) and units cut short at an unknown per (kW/kg) give no rows either, nor do
labels that run across an inline heading (（一）, 一、, 1.) or end in a year, hold a comparison
(与去年…保持一致) or a count closing examples (甲、乙等N个城市的…), and values each member of
a counted set has (7个市的…, 甲、乙、丙均为). A sentence opening with the usual base
(「与去年同期相比，」「同比，」) gives the changes of the rows before it that it names;
「从环比看，」 names the comparison of the growths after it; 同口径 and 可比 are comparisons
like 同比, and a note on the base (（下同）) or the base's level (较去年同期的94%) stands before
the verb; figures of two periods (3月, 1-3月) name their period, and a paragraph goes on about
the place and period it named; 分别 with one value names nothing; 个千分点 is the change of a ‰
rate; the same figure in another unit in brackets (「3.2万公顷（48万亩）」) is no row; a count
before 共/累计 + verb is who did it; an item of a list in 元 among 亿元 has lost its magnitude,
as has a value added in 元, and gives no row; a method (按…价格计算) or a note naming an
abbreviation does not part a level from its change; an amount (支出, 投资) is never a
percentage; 完成/实现 between a thing and its measure is left off the label; a copy in
Traditional characters is read through its Simplified form (OpenCC) and its rows keep the text's
characters (and radical glyphs of a PDF, ⽐ ⻓, through the characters they look like). Seventh
round, for text nobody tuned on: a level whose sentence gives a change the rules could not
place (or read: 增长-8.7%) is left out rather than printed without it; a growth straight after
a level with none stands on its own only when its subject names a measure; how a comparison
was made (按新口径, 扣除…后) is said with the level's change; a % growth after a share is the
thing's; examples (例如, 以…为例), the base period's level (去年同期为), a figure of an earlier
year than the text's, a guide's recommendations (为宜, 一般 N), a target completed (…的目标),
a quorum (应到), a procurement notice's terms, a profile (成立于, 注册资金), an amount labelled
by firms, a size or output with no owner, thresholds crossed (跨越) and labels holding 同比 or
a bracket closed before it opens give no rows. Eighth round: 「N个X中」 is a scope unless a
part of X is counted after it; a gloss in brackets (（AQI）, （优、良）) does not hide what a label
measures; a change in a count keeps the noun the text gives it (增加1个断面); 「X N个、占P%」
and, after 其中, 「X占P%」 are X's share; 「城乡居民…分别 a、b」 is the urban then the rural
figure; 「X从a提高到b」 gives X's level b (a is the base; after 把/使/要 a task, no row);
与上年同比 is a base like 同比; a ? opening a label is a character lost in copying. Ninth
round: the cells of a table row left as a paragraph (set apart by bars, tabs or runs of
spaces) are no sentence; a label opening with a pronoun (其, 上述, 两者, 它) names its thing
in another clause; a label ending in a trend (逐年, 日益) gives one point of a series, and a
sentence opening with a span of years (2018年-2020年) is its last year's; a change from a base
the rules do not know by name (较“十三五”末, 比改革前) or a difference from another place or a
target (高于全省平均水平 N个百分点, 比全省平均低 N) is the figure's change — unless a change
from the last period follows — and a figure whose such change cannot be placed is left out; a
label that is only a region (东部地区, 农村: whose), a word for any level (平均水平, 数据) or a
time (最高的一天: when) names no measured thing, nor does a place alone (「…，天津市为68%」) or a
label with a time inside (村里的合作社去年分红); an average growth before a level (年均增长
7.5%，达到1200亿元) is no change of it; 凡 (whoever) opens a condition; 较上周, 比昨日 in a
label are comparisons like 比上月; 对X贡献率 is the share of the thing before, not a measure
of X; 能耗, 强度, 排放, 成本 name measures of their own (no measure shared into them); what a
share of people said or chose (45%表示…, 38%选择…) is no name; a zero (0天, 0%) is no
proposal; a photo's caption left as a paragraph (▲…, 资料图：, …（记者 张三 摄）) and a 来源：
line give no rows, and a label opening with a bracket (（本报记者 李四）…) is a byline or a
note; in 「分别增加12天、减少2天」 each value is said with its own verb; a growth of 人均X
(亩均, 单位) is no change of X's level, and GDP, CPI, PMI name measures; 当中 opens a part like
其中; Hong Kong's 按年/按季 (实质增长) is a comparison like 同比. Every
row cites its whole sentence (and the next, when that one gives its change), exactly as it
stands in article.md without inline tags.
The groups are written as proposals (`status: proposed`): printed nowhere until accepted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

import yaml

from briefing.importer.records import Repair

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

# A unit is an optional magnitude, a measure and an optional 「/per」: 万吨/年, 亿千瓦时,
# 万元/人, 亿元人民币. Longest first, so 万元 wins over 元 and 家（次） over 家.
MAGNITUDES = ("万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千", "百")
MEASURES = (
    # money
    "元人民币", "美元", "欧元", "港元", "日元", "元",
    # energy, mass, area, length, volume
    "千瓦时", "兆瓦时", "吉瓦时", "千瓦", "兆瓦", "吉瓦", "吨标准煤", "吨公里", "吨",
    "千克", "公斤", "克",
    "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩", "公里", "千米", "厘米", "毫米",
    "米", "℃", "摄氏度",
    # counts (家（次）, 人次 before 家, 人); not 项, 套, 种: 「12项」「人手1套」 count
    # things a table cannot name
    "家（次）", "人（次）", "家次", "人次", "户次", "车次", "架次", "艘次", "批次", "标箱",
    "个百分点", "百分点", "个千分点", "千分点",
    "人", "户", "家", "个", "件", "部", "辆", "台", "座",
    "条", "处", "所", "张", "份", "篇", "册", "本", "株", "棵", "头", "只", "起", "名", "次",
    "场", "批", "间", "床", "期", "艘", "架", "列", "趟", "宗", "例",
    "倍", "%", "％", "‰",
    # durations: figures only when the label counts time (天数, 学时): see DURATION_LABEL
    "个小时", "个月", "学时", "课时", "小时", "分钟", "天", "周",
    # SI
    "μg/m3", "μg/m³", "mg/m3", "mg/m³", "mg/L", "km²", "kWh", "MWh", "GWh", "kW", "MW", "GW",
    "TEU",
    "微克/立方米", "毫克/立方米", "毫克/升", "微克每立方米", "毫克每立方米", "毫克每升",
)
CLASSIFIERS = frozenset((
    "家（次）", "人（次）", "家次", "人次", "户次", "车次", "架次", "艘次", "批次",
    *"人户家个件部辆台座条处所张份篇册本株棵头只起名次场批间床期艘架列趟宗例项"))
DURATIONS = frozenset(("个小时", "个月", "小时", "分钟", "天", "周"))
PER = ("年", "人次", "人", "天", "日", "月", "小时", "吨", "平方米", "亩", "户", "公里", "辆", "台",
       "股")
# 「kW/kg」「元/张」: a unit that goes on past a 「/」 we do not know is cut short — no value an
# editor could print with it (see quantities).
PER_GOES_ON = re.compile(r"^\s*[/／]\s*[^\d\s，。；、,;：:）)]")
UNIT = re.compile(
    "(?P<magnitude>" + "|".join(MAGNITUDES) + ")?"
    + "(?P<measure>" + "|".join(re.escape(m) for m in sorted(MEASURES, key=len, reverse=True))
    + ")" + "(?P<per>/(?:" + "|".join(PER) + "))?")
BARE_MAGNITUDE = re.compile("(?P<magnitude>" + "|".join(MAGNITUDES) + ")")
UNIT_SPELLING = {"μg/m3": "μg/m³", "mg/m3": "mg/m³", "％": "%", "百分点": "个百分点",
                 "千分点": "个千分点"}
NUMBER = re.compile(r"(?<![\d.,:A-Za-z×xX*+\-/])\d+(?:\.\d+)?(?![\d])")
GROUPED = re.compile(r"^,\d")  # 1,234: official text has no separators; leave it alone
# After a number: a date (2021年3月19日), a year, a time or an anniversary is not a figure.
NOT_A_QUANTITY = re.compile(r"^(?:年|月|日|号|时|点|届|次会议|:|：\d|周年|岁|"
                            r"个[多半](?:小时|钟头|月|星期))")  # 「4个多小时」: a duration
# 「300余家」「400多人」「超1500亿元」「逾20%」: more than N — a bound, not a measurement (an
# editor cannot print it as N). 约 and 近 (about, nearly N) stay figures: N is the figure.
APPROXIMATE = ("余", "多")
# 「车桩比为2.1：1」「三次产业结构为7.4：39.5：53.1」: a ratio (across the clause's colon).
RATIO = re.compile(r"\s*[:：∶]\s*\d")
THRESHOLD = re.compile(r"^\s*(?:及以上|及以下|以上|以下|以内|以外|之内|之间)")
# 「超过20%」「不少于3家」: a bound, not a measurement.
BOUND_BEFORE = re.compile(r"(?:超过|(?<![赶])超|逾|多于|不少于|至少|不低于|不高于|高于|低于|"
                          r"突破|跨越|跨过|迈过|迈上|站上|不足|少于|大于|小于)"
                          r"\s*(?:人民币)?\s*$")  # 「超过人民币3500亿元」
# 「设计时速350公里的高铁」「年产105万吨的焦化厂」: a number before 的 describes a thing.
ATTRIBUTE = re.compile(r"^\s*(?:左右|上下)?的")
# 「如图5所示」「见表2」「附件3」: a reference, not a figure.
REFERENCE_BEFORE = re.compile(
    r"(?:(?<![地蓝版意企试宏])图|(?<![代发列外报仪])表|附件|公式)\s*$")
SPACE = " \u2009\u00a0"  # Markdown from publishing tools spaces numbers: 「约 3000 家」
# 「24.2万架（艘、列、辆）次」: the unit goes on in brackets — which unit it is, the
# row cannot say (家（次） is one unit, see MEASURES).
UNIT_GOES_ON = re.compile(r"^[（(][^）)]{0,8}[、，,/][^）)]{0,8}[）)]|^[（(][^）)]{1,4}[）)]次")
# 「K1234次列车」「7557次绿皮慢火车」: a train's or a flight's number, not a count.
NAMED_RUN = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:列车|火车|动车|班列|航班|快车|专列)")
# 「31、56微克/立方米」: numbers joined by 、/和 before one unit.
SHARED_UNIT = re.compile(r"(?:[ \u2009\u00a0]*[、和及与][ \u2009\u00a0]*\d+(?:\.\d+)?)+"
                         r"[ \u2009\u00a0]*")
# A range (10%—15%, 3至5年) is no single figure.
RANGE_AFTER = re.compile(r"^[—–~～\-至到]\s*\d")
RANGE_BEFORE = re.compile(r"\d\s*(?:[%％]|[万亿千百]?[^\d\s，,；;。]{0,2})\s*[—–~～\-至到]\s*$")
# Measures of size (mass, energy, power, length, area, volume). Directly before a noun they
# name a size in a name (「8英寸半导体」「12吉瓦时动力电池」「30万千瓦机组」) unless a verb
# counts it (「建成8.9万亩高标准农田」: see COUNTING_VERB); a figure goes on with its change,
# rank, share or the end of its clause.
PHYSICAL = frozenset((
    "千瓦时", "兆瓦时", "吉瓦时", "千瓦", "兆瓦", "吉瓦", "吨标准煤", "吨公里", "吨",
    "千克", "公斤", "克", "平方公里", "平方千米", "平方米", "立方米", "公顷", "亩",
    "公里", "千米", "米", "kWh", "MWh", "GWh", "kW", "MW", "GW"))
FIGURE_GOES_ON = re.compile(
    r"(?:同比|环比|比|较|与|增|减|下降|上升|提高|降低|回落|回升|排|居|位|列|名|占|左右|上下|以|的|和|及|"
    r"是|为|其中|中|，|。|、|；)")
UNITLESS_LABEL = re.compile(r"(?:指数|系数|比|PMI|价格指数)$")
# A duration is a figure when its label counts time: 优良天数281天, 累计学时725小时.
# 「培训时间为3天」「工期18个月」 say how long: durations, not figures.
DURATION_LABEL = re.compile(r"(?:天数|日数|时数|时长|学时|课时)$")

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
    # A rate row (「社会消费品零售总额增长4.6%」): what grew, for a second comparison.
    subject: str | None = field(default=None, compare=False)
    # A number that is no figure (a bound, a size in a name, a fragment's number) keeps its
    # place in the sentence, so the change or rank said after it is not given to the row
    # before; it is left out of the sentence's rows at the end.
    dropped: bool = field(default=False, compare=False)
    # The place its clause or sentence starts with (北京市, 山西省吕梁市), left off the label;
    # put back when the text gives figures of more than one place (see extract_figures).
    place: str | None = field(default=None, compare=False)
    # The period its sentence names (3月, 1-3月, 上半年), put before the label when the text
    # gives the same figure for more than one period (see extract_figures).
    period: str | None = field(default=None, compare=False)


@dataclass
class Group:
    id: str
    title: str
    rows: list[Row] = field(default_factory=list)


@dataclass(frozen=True)
class Passage:
    """A paragraph's plain text (tags removed), the headings above it joined (`context`)
    and the nearest one (`section`: the group its figures go to)."""

    text: str
    context: str = ""
    section: str = ""


@dataclass(frozen=True)
class Quantity:
    start: int  # offsets in the sentence
    end: int  # after the unit
    value: str
    unit: str
    duration: bool = False
    # 「超1500亿元」「300余家」: a bound; 「弗迪12吉瓦时动力电池」: a size in a name. Neither is a
    # figure, but each stands in its sentence: it takes the change or rank said after it.
    bound: bool = False
    attribute: bool = False
    # 「分别上升3.2、1.5和2.0个百分点」: the unit is said after the last number of the list
    shared: bool = False


def said(sentence: str, quantity: Quantity) -> str:
    """A quantity as the text says it, with the unit a list shares written out, and the
    noun a count names when it ends the clause (「同比增加1个断面」, not 「同比增加1个」)."""
    noun = COUNTED_NOUN.match(sentence, quantity.end) \
        if not quantity.shared and _measure(quantity.unit) in CLASSIFIERS else None
    return sentence[quantity.start:quantity.end] + (quantity.unit if quantity.shared else "") \
        + (noun.group(0) if noun else "")


# The noun after a count, up to the end of its clause: 「1个断面」「2家企业」.
COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,4}(?=[，。；,;）)]|$)")


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


def quantities(sentence: str, start: int, end: int, mask: list[bool],
               keep_unknown: bool = False) -> list[Quantity]:
    """Numbers with a unit in sentence[start:end], leaving out years, dates, ordinals,
    ranges and names. With `keep_unknown`, a number whose unit is not known and that ends
    its clause stays as a bound (no figure) to keep its place."""
    found = []
    for match in NUMBER.finditer(sentence, start, end):
        before = sentence[max(start, match.start() - 8):match.start()]
        if mask[match.start()] or before.rstrip(SPACE).endswith("第") or \
                (RANGE_BEFORE.search(before) and not TO_LEVEL_BEFORE.search(before)) or \
                REFERENCE_BEFORE.search(before):
            continue
        bound = bool(BOUND_BEFORE.search(before))
        after = sentence[match.end():end]
        spaced = len(after) - len(after.lstrip(SPACE))
        after = after[spaced:]
        if NOT_A_QUANTITY.match(after) or GROUPED.match(after) or RATIO.match(
                sentence, match.end()) or (
                after and after[0] in "×xX*+-/."):
            continue
        approximate = after[:1] if after[:1] in APPROXIMATE else ""
        rest = after[len(approximate):]
        unit_match = UNIT.match(rest) or BARE_MAGNITUDE.match(rest)
        groups = unit_match.groupdict() if unit_match else {}
        magnitude, measure, per = (groups.get("magnitude") or "", groups.get("measure") or "",
                                   groups.get("per") or "")
        unit_length = unit_match.end() if unit_match else 0
        tail = rest[unit_length:]
        chain = SHARED_UNIT.match(rest) if not (measure or magnitude or approximate) else None
        shared = UNIT.match(rest, chain.end()) if chain else None
        shared = shared if shared and shared.group("measure") else None
        if shared and not before.rstrip(SPACE).endswith("第"):
            # 「分别为31、56微克/立方米」: the numbers of a list share the unit said last
            if THRESHOLD.match(rest[shared.end():]) or RANGE_AFTER.match(rest[shared.end():]):
                continue
            magnitude, measure, per = (shared.group("magnitude") or "", shared.group("measure"),
                                       shared.group("per") or "")
        if not measure and not magnitude:
            # A measure word we do not know (13县, 10余项, 人手1套) or a model number
            # (5G): not a figure. A bare number (指数为4.44) ends its clause. A number
            # whose unit we do not know that ends its clause (「浓度为43ppb，同比下降6.5%」)
            # keeps its place, so the change after it goes to no row before it.
            if approximate or rest.strip():
                unknown = re.match(r"[A-Za-z\u4e00-\u9fff/]{1,6}(?=[，。；,;]|$)", rest)
                if keep_unknown and unknown and not approximate and \
                        not before.rstrip(SPACE).endswith("第"):
                    found.append(Quantity(match.start(), match.end() + spaced + unknown.end(),
                                          match.group(0), "", bound=True))
                continue
        elif not measure and tail[:1] and not re.match(r"[，。；、,;（(）)]", tail[:1]) and \
                not TO_WORD.match(despace(tail)[:4].rstrip("0123456789. ")):
            # 「5亿人口」: a magnitude before a word we do not know (「从7.72亿增长到10.32亿」:
            # before 增长到, the base of a level)
            continue
        if THRESHOLD.match(tail) or RANGE_AFTER.match(tail) or ATTRIBUTE.match(tail) or \
                UNIT_GOES_ON.match(tail) or (measure == "次" and NAMED_RUN.match(tail)):
            continue
        unit = magnitude + UNIT_SPELLING.get(measure, measure) + per
        # 「发行价格为21.71元/股」 is 元/股; 「功率密度5kW/kg」 with a 「/kg」 we do not know
        # would print 5 kW: no figure, but it keeps its place.
        bound = bound or bool(PER_GOES_ON.match(tail))
        attribute = measure in PHYSICAL and bool(re.match(r"[\u4e00-\u9fff]", tail[:1])) \
            and not FIGURE_GOES_ON.match(tail)
        close = match.end() + spaced + len(approximate) + unit_length
        if found and sentence[found[-1].end:match.start()].strip(SPACE) in ("(", "（") and \
                sentence[close:close + 1] in (")", "）"):
            # 「17.8万公顷（267万亩），下降1.1%」: the figure before in another unit — no
            # figure and no place of its own; the change after it is the figure's.
            continue
        found.append(Quantity(match.start(), close,
                              match.group(0), unit, duration=measure in DURATIONS and not per,
                              bound=bound or bool(approximate), attribute=attribute,
                              shared=bool(shared) and not unit_length))
    return found


# ---------------------------------------------------------------- labels

RANK_CLAUSE = re.compile(
    r"排名|名列|位列|位居|排在|排第|居全[省市国]|"
    r"全[省市国区县]第[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+名|首位|前列")
COMPARED = r"(?:与[^，,]{0,12}?相比|与(?:上年|去年|上月)(?:同期)?同比|" \
           r"[比较](?:上一?|前一)(?:年度|年|届|期|季度|个月|月)(?:末|底|同期)?|" \
           r"[比较]去年(?:同期|假期|底|末)?|[比较](?:年初|期初|年末|期末)|同比|环比|" \
           r"同口径|可比口径|按可比口径|可比(?![价口])|" \
           r"(?:[比较]|相[比较]于?)\s*\d{4}\s*年(?:\d{1,2}月)?(?:同期|末|底)?|" \
           r"[比较](?:同期|前期|上半年|[一二三四]季度)|[比较](?:常年|历年|多年平均)(?:同期)?|" \
           r"[比较]“[一二三四五六七八九十]{3,4}”(?:期)?(?:末|初)|" \
           r"按年|按季(?!度)|按月)"  # 较“十三五”末; Hong Kong's 按年 (year on year)
CHANGE_VERB = r"(?:增长|下降|上升|提高|提升|降低|减少|增加|增多|净增|净减|改善|下滑|回升|上涨|" \
              r"下跌|回落|扩大|缩小|收窄|增产|减产|(?<=[年期均])偏[高低多少]|" \
              r"(?<=[比年期月度底末初])(?:多增|少增|增|降|涨|跌|减|多|少))"
VERB = re.compile(CHANGE_VERB)
# (the one-character verbs only straight after a base: 「同比增5.2%」「比上年多12亿元」 — not
# the 增 of 新增)
# 「较去年同期日均增长18.6%」「年均增长5.2%」: an average growth, said between the base and
# the verb.
AVERAGED = r"(?P<average>日均|月均|年均)?"
# A number right after a change verb is a change, not a level: 「同比下降18.2%」,
# 「比上年增加14天」, 「增长了5%」 (增加到, 下降至 name the new level: see TRAILING_LINK).
# 「同比实际增长7.0%」: real (not nominal) growth, said before the verb.
REAL = r"(?:实际|实质|名义)?"
# 「同比（下同）增长」「比上年（以下简称同比）增长」: a note on the base, between it and the verb.
BASE_NOTE = r"(?:[（(](?:下同|以下简称[^（()）]{1,12})[）)])?"
CHANGE_BEFORE = re.compile(
    r"(?P<lead>" + COMPARED + r"?" + BASE_NOTE + AVERAGED + r"(?P<each>分别)?" + REAL +
    CHANGE_VERB + r"了?)"
    r"(?:幅度)?(?:为|达到|达)?(?P<approx>约|近|逾|超过|超)?$")
CHANGE_CLAUSE = re.compile(
    r"^(?P<lead>" + COMPARED + r"?" + BASE_NOTE + AVERAGED + r"(?P<each>分别)?" + REAL +
    CHANGE_VERB + r"了?)\s*\d")
# 「中型企业PMI为50.5%，低于上月0.8个百分点」: above or below the last period's level is a
# change too.
BY_CLAUSE = re.compile(r"^(?P<lead>(?P<average>)(?P<each>)(?:高于|低于)"
                       r"(?:上月|上年|去年同期|上年同期|上季度|上一年|上期|去年))\s*\d")
# 「高于全省平均水平3.2个百分点」「较全国增速高5.8个百分点」「比全省平均低5微克/立方米」: a
# difference from a base that is no earlier period of the same thing (a place, a target).
DIFFERENCE_CLAUSE = re.compile(r"^(?:(?:高于|低于|高出|低出|快于|慢于|优于|好于|差于)"
                               r"[^，；,;。\d]{1,12}?|[比较](?:(?![日月年]均)[^，；,;。\d]){1,12}?"
                               r"(?:" + CHANGE_VERB + r"|[高低快慢多少]出?)了?)\d")
# 「虽比上月回落0.9个百分点」: a connective before a change.
CONNECTIVE = re.compile(r"^(?:虽然?|但是?|而且?|且|并)(?=[比较同环与])")
FLAT_CLAUSE = re.compile(r"^(?:" + COMPARED + r"|与[^，,]{0,12}?)?(?:基本|总体)?持平$")
# 「增幅为5%」 with nothing before it: the change of the figure before.
CHANGE_WORD = re.compile(r"^(?:" + COMPARED + r")?(?:年|年度|同比)?"
                         r"(?:增幅|降幅|增速|涨幅|跌幅|降低|增长|下降|"
                         r"增长率|下降率|增长幅度|下降幅度)$")
# 「甲、乙分别为a、b」: one row per subject and value.
EACH_LEVEL = re.compile(r"(?P<subjects>.+[、和及与].+?|[^，,]*城乡居民[\u4e00-\u9fff]{2,16}?)"
                        r"分别(?:为|是|达到|达|有|占|完成|实现)?$")
EACH_SEPARATOR = re.compile(r"^[、和及与]$")
TREND = re.compile(r"连续|已经|已|多年|历年|首次|总量|总数")
CONTEXT_CLAUSE = re.compile(r"^(?:高于|低于|优于|好于|快于|慢于|超过)")
# Sentences about targets and plans: their numbers are not results.
# Targets, plans and forecasts (力争, 目标, 计划, 规划, 预期, 有望, 将达到 …) are not results;
# 预计 alone is not a plan: work reports give the year's results as 预计 estimates.
TARGET_SENTENCE = re.compile(
    r"预期目标|主要目标|发展目标|目标是|目标为|力争|计划(?!单列|生育|经济|书|表|内|外)|"
    r"规划(?:到|新增|建设)|下一步|有望|(?:建成|投产|完成|实施)后|(?<![模虚])拟(?![人合定])|将(?:达到|达|超过|突破|增长|新增|实现|提高|下降)|"
    r"^到20\d\d年|"
    # requirements: 「会议要求…」「要确保…增长6%左右」「务必完成…」
    r"要求|(?<![需主重只纲摘概必])要(?:确保|力争|实现|完成|达到|新建|新增|建成|建设|增长|提高|"
    r"突破|引进|培育|打造|开工|新开工|改造|改扩建)|确保(?!了)|务必|必须|"
    # the future and what is still to be done: 「明年…增长8%」「争取完成」「努力实现」
    # 「年内须完成」「还需完成投资52亿元」 (争取 of funds — 「争取中央预算内投资」 — is a result)
    r"明年|今后|下阶段|下一阶段|力求|努力(?:实现|完成|达到)|"
    r"争取(?:全年|年内|今年|明年)?(?:完成|实现|达到|新增|建成|突破|超过|增长|提高|引进|培育|新建)|"
    r"(?<![必无])[须需](?:要)?(?:完成|实现|达到|新增|确保|新建|建成)|"
    # what could be (「可申请购房补贴5万元」「每年可为企业减负15亿元」「年产值可达20亿元」)
    r"(?<![许认])可(?:申请|获得|享受|达到|达|实现|节约|节省|减少|增加|带动|发电|年产|生产|提供|"
    r"容纳|满足|处理|覆盖|吸纳|解决|为|降低|提高|提升|新增|创造|拉动)|"
    # a standard's requirements: 「每亩播种量应控制在…」「不得超过」「宜在…」
    r"(?<![相供反适响效对回呼感顺])应(?:当|该)?(?=[在不控达为符按采进保选施低高小大少多≤≥])|"
    r"不得|严禁|(?<![便适])宜(?=[在采用选控为])|"
    # a guide's recommendations: 「以400个左右为宜」「关键词一般5个左右」「字数要在500字以内」
    # (一般 before a number says what is usual, not what was counted; 一般公共预算 stays)
    r"为宜|一般\s*(?:为|在|是|控制在|不(?:少于|多于|超过|低于|高于))?\s*\d|"
    r"(?<![需主重只纲摘概必])要在")
# A clause quoting a limit or a standard: its numbers are not measurements (「二级标准
# 35μg/m3」「限值为75」「不超过150」).
LIMIT_CLAUSE = re.compile(r"(?<!高)标准(?![煤化])|限值|限定值|上限|下限|阈值|不超过|不得超过|"
                          r"不高于|不低于|不大于|不小于|≤|≥|＜|＞")
# 「超额完成PM2.5平均浓度同比下降4%的改善目标」: the numbers of a target named as the object
# of 完成 are the target's, not the result.
TARGET_OBJECT = re.compile(r"的[\u4e00-\u9fff]{0,6}(?:目标|任务|指标)(?:任务)?$")
# A clause naming the terms of a purchase (预算金额, 最高限价, 中标金额, 投标保证金): its
# amount is a price set or bid, not a figure of what happened.
TERMS_CLAUSE = re.compile(r"预算金额|采购预算|最高限价|控制价|保证金|中标|成交价|投标|招标|报价")
# A photo's caption left as a paragraph (▲…, 图为…, 资料图：…, …（记者 张三 摄）): its numbers
# say what the photo shows, not figures of the text.
CAPTION_PASSAGE = re.compile(r"^\s*(?:[▲△]|"
                             r"(?:图为|上图|下图|左图|右图|资料图|资料图片|图\s*\d*\s*[：:])|"
                             r"[（(]?(?:图片|照片)(?:来源|由)?)|摄[）)]?\s*$|[（(]\S{0,12}摄[）)]")
# Notes under tables and texts: 注：/说明：/资料来源： — their numbers are not figures.
NOTE_PASSAGE = re.compile(r"^\s*(?:注|说明|备注|资料来源|数据来源|来源|出处)\s*\d?\s*[:：]")
# 「定海区 | 虹桥水库★ | Ⅱ | - | 92.3%」「农村居民\t8193215\t8043385」: a row of a table the
# importer could not rebuild, left as a paragraph — its parts are cells (set apart by bars,
# tabs or runs of spaces), its numbers are read with no sentence around them: what each
# measures is the column's header, which the row does not hold.
CELL_BREAK = re.compile(r"\s*[|｜]\s*|\t+|(?<=\S)[ \u3000\u00a0]{2,}(?=\S)")
# Clauses that only mention a number on the way to something else.
NOT_A_STATISTIC = re.compile(r"^(?:在|结合|围绕|针对|按照|根据|依据|对照|截至|据(?!此))")
TIME = re.compile(
    r"^(?:截至|截止)?(?:\d{4}(?:财年|年度|学年)|\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:份)?(?:\d{1,2}日)?|"
    r"\d{1,2}[—\-至]\d{1,2}月|前\d{1,2}(?:个)?月|今年|去年|上年|全年)"
    r"(?:以来|来|底|末|初|上半年|下半年|前三季度|一季度|二季度|三季度|四季度|全年|度|份|)|"
    r"^(?:截至|截止)?(?:上半年|下半年|前三季度|一季度|二季度|三季度|四季度|年内|年底|年末|当月|本月|上月|"
    r"本周|上周|当周|本季度|上季度)")
# 「86个县区平均优良天数比例」: the count of what the figure is about, left off the label.
COUNT_PREFIX = re.compile(r"^\d+(?:个|家|座|所|名|条|户)")
DURATION_PHRASE = re.compile(r"^(?:近|过去)?\d+(?:\.\d+)?(?:个)?(?:月|年|天|日|周|小时)"
                             r"(?:内|来|以来|后|前|里|中|间|)")
COMPARISON = re.compile(r"^(?:与[^，,]{0,12}?相比|[比较](?:上年|去年|\d{4}年)(?:同期)?)")
# Scope words, wherever they stand; 全国 only at the start (「新增全国重点实验室」 names
# a national key laboratory).
NATIONAL = re.compile(r"^全国(?=[\u4e00-\u9fff\d])")
# Not the same characters inside a word: 样本企业, 资本市场, 成本中心, 安全区, 健全市场, 应该.
SCOPE_WORDS = re.compile(r"(?<![安健完齐俱])全(?:市|省|县|区|镇|乡|村|州|旗)|"
                         r"全系统|全年|"
                         r"(?:(?<![自])我|(?<![应活])该|(?<![样成资基根日文版剧课账标范脚读原])本)"
                         r"(?:市|省|县|区|镇|乡|村|州|公司|单位|集团|企业|中心)|"
                         r"(?<![自])我(?:行|院|校|局|厅|会|社)")
LEADING_NOISE = re.compile(
    r"^(?:其中|当中|之中|同时|此外|另外|目前|当年|今年|去年|市区|据统计|据介绍|数据显示|统计显示|例如|比如|"
    r"算下来|算起来|折算下来|换算下来|也就是说|这意味着|本次|此次|这次|本轮|此轮|现辖|下辖|辖|"
    # one-character link words only as words: not the 有 of 有害, 共 of 共产党员, 并 of 并联,
    # 还 of 还款, 已 of 已婚, 各 of 各地区 (left off whole)
    r"共有|现有|有(?![效机色线关限偿序力利害毒形益氧])|并(?![联购网轨发])|还(?![款本贷原])|已经|"
    r"已(?![婚知])|又|且|而|但|共(?![建享同识性产青和])|"
    r"各(?:类|级|地区|地|项|种)?(?=[\u4e00-\u9fff]{2}))")
# 吕梁市, 山西省吕梁市区 — not 各类市场, 城市, 市民.
REGION = re.compile(r"^(?!各|全|我|本[市省]|该)(?:[\u4e00-\u9fff]{2,3}省)?"
                    r"[\u4e00-\u9fff]{2,3}(?<![城上超股楼车门夜集级辖区])市(?![场民值面政容])区?"
                    r"(?=[\u4e00-\u9fff]{2})")
ORGANISATION = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:局|厅|委员会|人民政府)(?=[\u4e00-\u9fff]{2})")
# 为 links a label to its number (比例为77%) except in 行为, 作为, 认为; 超过, 近, 约 say
# the number is approximate.
TRAILING_LINK = re.compile(
    r"(?:分别为|分别|(?<![行作认])为|达到|达|是|共计|共|累计|总计|合计|计|有|完成|实现|保持|"
    r"稳定在|控制在|减少至|下降至|降至|降到|提高到|提高至|增加到|增加至|上升至|上升到|增长至|"
    r"增长到|[压削缩]?减至|[压削缩]?减到|扩大到|扩大至|缩小到|缩小至|"
    r"(?:下降|降低|减少|回落|回升|上升|提升)(?:至|到)|增至|"
    r"突破|超过|超|逾|接近|近|约|多达|高达|仅|只有|不足|左右|约为|了|已经|已|平均|(?<![人年日月户亩])均|都|发生|就|便|才|也)+$")
# Adverbs, and how a statistic was computed (「按可比价格计算」), which name no thing.
ADVERBS = re.compile(r"先后|预计|整体|总体|大幅|稳步|持续|进一步|"
                     r"按(?:可比价格|可比口径|现价|常住人口)计算|扣除价格因素(?:后)?")
LABEL_EDGES = "、，,和及 \t\"'“”‘’"
ACTION = re.compile(r"进行了|采取了|给予了|开展了|实施了|进行|采取|给予|开展|实施")
# 对 as the preposition of 「对28人进行了行政拘留」, not the 对 of 对外贸易, 相对, 针对.
PREPOSITION_DUI = re.compile(r"(?<![相针核反面应绝])对(?![外口象比接应于称照策话手])")
MAX_LABEL = 26
SHORT_VERB = 2
# A label is a noun phrase: not a fragment that starts or ends with a particle, holds a
# dash, an ellipsis or an unclosed quote (「……“红”了——」「月内投诉超过」).
FRAGMENT_START = re.compile(
    r"^(?:\d+(?:\.\d+)+|[的了和与及等以为在把被将后里之使让而并或但由向到至各每这那该此它（(]|从(?![业事])|突破|超过|达到|创|加上|包括|除了|连同|"
    # 「制造业贡献突出，其增加值增长14.5%」: a pronoun names its thing in another clause
    r"其(?![中他它余次实])|上述|前者|后者|[两二]者|"
    # 「受访企业中，有45%表示订单有所增加」: what a share of them said or chose — a clause
    r"表示|认为|觉得|希望|愿意|选择|赞成|同意|反对|"
    r"中(?![国华央小心部西东南北外型医药度])|内(?!蒙)|前(?!沿))")
FRAGMENT_END = re.compile(
    r"(?:[的了和与及等在对把被将从由自向到至而且或占可]|(?<![集高初])中|发生|造成|导致|涉及|包括|安排|"
    r"连续|陆续|相继|不断|一直|逐步|"
    # 「市场增速逐年」「优良率逐月」: a trend — the value is one point of a series
    r"逐年|逐月|逐季|逐日|逐渐|日益|日趋|依次|节节|一路|"
    # 「其中5A级2个」: a class (级, 类, 型) of the thing said before, not the thing
    r"(?<![等年班])级|(?<![种门品人分])类|(?<![类造模])型|"
    r"超过|达到|突破|不足|高于|低于|[做搞干排里]|(?<![以线网])上|提前|"
    # 「…等20个城市空气质量相对较差」: a judgement said of the things counted
    r"较差|较好|最差|最好)$")
# Words of a clause, not of a name: 「发达国家是在人均GDP」「甚至的时候」; a passive
# (「作品被翻译传播」) unless a 的 after it makes it a clause inside a name (「被移交的人员」);
# 将 of 「现将…通报如下」; a date (「突破1月20日」: an event, not a thing).
# A person or a narrator's word (我, 竟, 排起了) belongs to a story, not to a table.
FRAGMENT_WORDS = re.compile(r"是|时候|如果|因为|所以|但是|虽然|甚至|[你她咱您竟却]|也(?!门)|"
                            r"(?<![其利])他|了(?!解)|"
                            r"我(?![国市省区县州镇乡村校院局厅部委司所行会社站台馆厂处办])|"
                            r"着(?![力陆眼重])|"
                            r"被(?!.*的)|(?<![即])将(?![军领士])|\d+月\d+日")
# 「高质量打造14个集聚区」: after a verb like these the number counts the noun that follows.
COUNTING_VERB = re.compile(
    r"(?:打造|建设|建成|新建|实施|推进|开展|培育|引进|新增|设立|组建|创建|举办|召开|组织|排查|"
    r"整治|关停|取缔|淘汰|培训|带动|吸纳|签约|落地|导入|收到|受理|办理|查处|立案|建立|形成|"
    r"拥有|认定|入选|获批|获得|开通|发生|惠及|拉动|吸引|帮助|服务)了?$")
# Verbs whose object is not what they made: 「带动1.2万名群众就业」 counts people the
# spending drove, 「惠及3200家企业」 firms it reached — the verb stays in the label.
DRIVING_VERBS = frozenset(("带动", "吸纳", "惠及", "培训", "帮助", "服务", "拉动", "吸引"))
# 「N个X…为」: N counts the things the next figure is about.
QUALIFIER_END = re.compile(r"^[^，,；;、]{2,}?(?:为|达到|达|是)$")
# 「折合1148亿元人民币」: the same amount again in another unit.
CONVERSION = re.compile(r"(?:折合|约合|相当于|合|(?:折算|换算)(?:为|成)?|折成)$")
FRAGMENT_MARKS = re.compile(r"[—…!?！？。；;:：]")


def despace(text: str) -> str:
    """Text without the spaces publishing tools put around numbers and Latin words in
    Chinese (「2023 财年」「IT 总投资」); spaces between Latin words stay."""
    return re.sub(r"(?<=[^\x00-\x7f\d])[ \u2009\u00a0]+|[ \u2009\u00a0]+(?=[^\x00-\x7f\d])|"
                  r"(?<=\d)[ \u2009\u00a0]+|[ \u2009\u00a0]+(?=\d)", "", text)


# 「投资1.2亿元的污水处理厂日处理能力」: a size said before 的 describes the thing named
# after it, and is no part of its name.
SIZE_BEFORE_DE = re.compile(r"^.*\d(?:" + UNIT.pattern + r")的")


# 「按2020年不变价格计算比上年增长9.4%」: how the growth was computed, not what grew.
METHOD = re.compile(r"^按[^，,；;。]{0,12}?(?:价格|价|口径)计算(?:[（(]下同[）)])?")
ABBREVIATION_NOTE = re.compile(r"[（(](?:以下简称[^（()）]{1,12}|下同)[）)]")
INNER_LINK = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:完成|实现)(?=(?:增加值|总产值|产值|营业收入|"
                        r"主营业务收入|收入|利润|投资|销售额|零售额|营业额)$)")


def clean_prefix(text: str, link: bool = False) -> str:
    """The words before a number, less time, scope, place, organisation and link words
    (with `link`, the link words before the number stay: 「连续发生」)."""
    text = SIZE_BEFORE_DE.sub("", despace(text))
    # 「?6月空气质量综合指数」: a question mark never opens a name — a character a copying
    # site could not encode (written as ?), left before the words
    text = re.sub(r"^[?？]+", "", text)
    # 「不参与统计应予以剔除，因此参与统计的天数」: a connective starts the clause the label
    # is in; what stands before it is another clause.
    text = re.sub(r"^.*(?:因此|所以|从而|故而|于是)", "", text)
    # 「Indeed的数据显示FDE岗位…」「监测结果表明，…」: the source of a figure is no part of
    # its name (not the 显示 of 显示面板).
    text = re.sub(r"^.*(?:数据|统计|调查|监测|报告|结果|研究|资料)(?:显示|表明)", "", text)
    text = SCOPE_WORDS.sub("", ADVERBS.sub("", text.replace("**", "")))
    # 「比上年（以下简称同比）」: a note naming an abbreviation is no word of the sentence's
    text = ABBREVIATION_NOTE.sub("", text).strip(LABEL_EDGES)
    previous = None
    while previous != text:
        previous = text
        for pattern in (TIME, DURATION_PHRASE, COUNT_PREFIX, METHOD, COMPARISON, LEADING_NOISE,
                        NATIONAL, REGION, ORGANISATION):
            text = pattern.sub("", text).strip(LABEL_EDGES)
    # 「整改各类生态环境问题」: 各类 says every kind, and names none.
    text = re.sub(r"(?<=[\u4e00-\u9fff])各(?:类|项|种)(?=[\u4e00-\u9fff]{2})", "", text)
    # 「第一产业完成增加值13.82亿元」「企业实现营业收入」: the link verb between a thing and
    # its measure is no part of the name (第一产业增加值).
    text = INNER_LINK.sub("", text)
    return text if link else TRAILING_LINK.sub("", text).strip(LABEL_EDGES)


def object_label(text: str) -> str:
    """「涉重金属企业进行了核查」 → 核查涉重金属企业; 「进行了行政拘留」 → 行政拘留."""
    text = text.strip(LABEL_EDGES)
    action = ACTION.search(text)
    if not action:
        return text
    thing, act = text[:action.start()].strip(LABEL_EDGES), text[action.end():]
    if "、" in act:
        # 「对425列列车进行重联运行、加挂车辆83辆」: several actions, and whose number is
        # whose the clause does not say.
        return ""
    # 「对4个县进行了集中约谈」: a place counted by 个 is a noun of one character.
    return act + thing if len(thing) > 1 or thing in PLACE_NOUNS else act


PLACE_NOUNS = frozenset("省市县区镇乡村")


# Adverbs of a predicate: after a number, 「832个贫困县全部摘帽」「5家企业均已停产」 say what
# the things did, and name no measured thing.
PREDICATE_AFTER = re.compile(r"全部|全都|均|(?<!首)都|已经|已|正在|仍")


# 「（含县城所在地凤仪镇）」「（以监测样品计）」: a note on what was counted, no part of a name.
COUNTING_NOTE = re.compile(r"[（(](?:含|不含|包括|包含|以[^（()）]{1,8}计)[^（()）]*[）)]")


def make_label(before: str, after: str) -> tuple[str, bool]:
    label, used_after = _make_label(before, after)
    label = COUNTING_NOTE.sub("", label)
    tail = despace(after).strip(LABEL_EDGES)
    if used_after and (PREDICATE_AFTER.search(tail) or re.match(r"[\u4e00-\u9fff]{1,4}的", tail)):
        # 「开通4463个行政村的宽带网络」: the number counts the noun before 的, not the
        # thing the label would name
        return "", True
    return label, used_after


def _make_label(before: str, after: str) -> tuple[str, bool]:
    """A row's label from the words before and after its number; True if `after` was used.

    「优良天数281天」 → 优良天数; 「公安机关对28人进行了行政拘留」 → 行政拘留;
    「全系统1212名党员干部参与警示教育」 → 党员干部参与警示教育;
    「全市地表水15个国考断面中」 → 地表水国考断面.
    """
    if re.search(r"(?:[和与、]|(?<![惠涉波普危顾论提])及)$", before.rstrip(SPACE)):
        before = ""  # 「1起甲和2起乙」: the words before belong to the number before
    head = clean_prefix(before)
    tail = despace(after).strip(LABEL_EDGES)
    if CONVERSION.search(despace(before)):
        return "", False
    noun_follows = after.lstrip(SPACE)[:1] not in ("、", "，", ",", "和", "及", "与", "；", "")
    # 「山西省连续发生3起特大事故」: the verb counts the noun after the number, even when
    # it is also a link word (发生, 实现, 完成).
    counting = COUNTING_VERB.search(despace(before).rstrip()) or \
        COUNTING_VERB.search(clean_prefix(before, link=True))
    if counting and noun_follows and sum(1 for c in tail if "\u4e00" <= c <= "\u9fff") >= 2:
        # 「带动1.2万名群众就业」: what the verb did to them is part of what is counted
        verb = counting.group(0).rstrip("了")
        thing = object_label(tail)
        return (verb + thing if thing and verb in DRIVING_VERBS else thing), True
    if PREPOSITION_DUI.search(head):
        if head.startswith("对") and RELATION_TO.search(head):
            # 「民营经济增加值…，对经济增长贡献率为62.1%」: a contribution to X is the share of
            # the thing said before — 「经济增长贡献率」 would name another measure
            return "", False
        if not tail and head.startswith("对"):  # 「对轻微违法行为免予处罚560件」
            return head[1:], False
        return object_label(tail), True
    if tail.endswith("中") and len(tail) > 1:  # 「N个X中」: the figure counts X
        return head + re.sub(r"(?:之|当)?中$", "", tail), True
    if not head or (len(head) <= SHORT_VERB and tail and noun_follows):
        # 「罚款16398万元」 is whole; 「建成15个示范村」 needs the noun after it — but not
        # across 、: 「氨氮15mg/L、总磷38mg/L」 are two figures.
        return head + object_label(tail), True
    return head, False


# What something is to another (对X的贡献率, 对外依存度): a relation whose owner is said before.
RELATION_TO = re.compile(r"(?:贡献率|贡献度|贡献|依存度|拉动率|拉动)$")


# A difference from a base: 偏高/偏少 (than normal), 高出/多出, 高于/低于, or a label that
# opens with its base (较常年, 比全国); 优于/好于 name a class (水质优于Ⅲ类) and stay.
DIFFERENCE = re.compile(r"偏[高低多少大小早晚快慢]|[高低多少]出|[高低多少]于|"
                        r"^较(?![大小高低好差快慢多少强弱为])|^比(?![重例率值赛较])")


# A heading's number inside a label (「…空气质量（一）总体状况」「一、」「1.」), or a year or
# a month after the words of a name (「…总体状况2021年7月」「女性占比2020年」, not
# 「2021年7月PM2.5浓度」, whose time TIME leaves off).
HEADING_MARK = re.compile(r"[（(][一二三四五六七八九十]{1,3}[）)]|^[一二三四五六七八九十]{1,3}、|"
                          r"(?<![\d.])\d{1,2}[.．](?=[\u4e00-\u9fff])|"
                          r"(?<=[\u4e00-\u9fff])\d{4}年(?:\d{1,2}月(?:份)?)?$")
# A base of comparison: 与去年, 与上年同期相比, 保持一致, 持平.
BASE_IN_LABEL = re.compile(r"与(?:去年|上年|上一年|前一年|上月|上期|\d{4}年)|"
                           r"(?:保持|基本|总体)(?:一致|持平)|相比|持平|同比|"
                           r"[比较](?:上年|去年|上月|上期|上季度|上周|上旬|上个月|"
                           r"上一[年月周期]|前一[年月周日天期]|前日|昨日|昨天)")


def is_label(label: str) -> bool:
    """Whether `label` reads as the name of a measured thing, not a sentence fragment."""
    if not 2 <= len(label) <= MAX_LABEL:
        return False
    if sum(1 for c in label if "\u4e00" <= c <= "\u9fff" or c.isalpha()) < 2:
        return False
    if re.fullmatch(r"第[一二三四五六七八九十百\d]+[批次期届轮个项类]", label):
        return False  # 「第二批45家」: an ordinal names no thing
    if re.search(r"\d[镇乡场]|、\s*\d", label):
        # 「辖7镇6乡1场」「10个方面、13项成果取得进展」: a chain or a list of counts names
        # none of them
        return False
    if HEADING_MARK.search(label):
        # 「城市空气质量（一）总体状况2021年7月」: a heading's number (（一）) or a month
        # after the words of a name — the label runs across a heading left inline and the
        # time of the next clause; a measured thing's name holds neither
        return False
    if re.search(r"等\s*\d+(?:\.\d+)?\s*[个家座所名条户项]", label):
        # 「衢州、舟山、台州等44个城市的优良天数比例为100%」: examples closed by a count
        # say how many things share the value — each one's value, not a figure of a thing
        return False
    if BASE_IN_LABEL.search(label):
        # 「2021占比与去年保持一致为1.3%」: a comparison with a base is a clause saying how
        # a thing changed, not the thing's name
        return False
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&\-]*", label) and re.search(r"[a-z]", label):
        # 「OpenAI 40亿美元」: a name in Latin letters (a firm, a product) says whose, not
        # what; acronyms in capitals (GDP, PMI) name measures
        return False
    if re.search(r"[（(]\s*[）)]", label):
        # 「较上年同期(3.2%)大幅增长」 → 「()大幅增长」: a value in brackets was taken out —
        # the words around it are a clause about a base, not a name
        return False
    if re.search(r"应(?:到|出席|参会|参加)", label):
        # 「会议应到委员35人」: 应到, 应出席 give the number that should be there — a
        # quorum, not a count of who was
        return False
    if DIFFERENCE.search(label):
        # 「较常年偏高0.9℃」「人均GDP高出1.5万元」: how far a thing is from a base, not a
        # level of it
        return False
    if re.search(r"(?<=.)(?:去年|今年|上年|目前|如今|现在|近年|当年|明年|此前)"
                 r"(?=[\u4e00-\u9fff])", label):
        # 「村里的合作社去年分红」: a time inside the words — a subject, when, and what it did;
        # a clause, not a name (a time opening a label is left off it: TIME)
        return False
    if re.search(r"每[\u4e00-\u9fff]", label):
        # 「家庭每人每月发放补贴500元」「项目每年可发电1.2亿千瓦时」: 每X before the number
        # makes it an amount per X (元/人·月, 千瓦时/年) — a rate set or expected, whose unit
        # the row would cut short (a label starting with 每 is a fragment already).
        return False
    if FRAGMENT_MARKS.search(label) or FRAGMENT_START.match(label) or \
            FRAGMENT_END.search(label) or FRAGMENT_WORDS.search(label):
        return False
    for opener, closer in (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("‘", "’")):
        if label.count(opener) != label.count(closer):
            return False
        depth = 0
        for char in label:
            depth += (char == opener) - (char == closer)
            if depth < 0:
                # 「甲区（1.2mg/m3）、乙区（1.0mg/m3）」 → 「）、乙区（」: a bracket closed
                # before it opens — the label runs from one value's brackets into the
                # next; what stands between two values in brackets names neither
                return False
    return True


def same_thing(subject: str, label: str) -> bool:
    """Whether a change's subject names the row `label` (氨氮 for 氨氮平均浓度, not 出口
    for 外贸进出口总额)."""
    if not subject or not label:
        return False
    for longer, shorter in ((subject, label), (label, subject)):
        if longer != shorter and longer.endswith(shorter) and \
                PER_UNIT_QUALIFIER.search(longer[:-len(shorter)]):
            # 「GDP达到850亿元，人均GDP增长6.1%」: per head (per mu, per unit of GDP) is
            # another measure than the total
            return False
    if subject == label or label.startswith(subject) or subject.endswith(label) \
            or label.endswith(subject):
        return True
    head = SHARED_HEAD.search(subject)
    stem = subject[:head.start()] if head else ""
    if len(stem) > 1 and label.startswith(stem) and label.endswith(head.group(0)):
        # 「第三产业比重上升0.8个百分点」 of 「第三产业增加值占生产总值的比重」: the thing and
        # the measure, the words between left out
        return True
    # 「PM2.5浓度下降5.0%」 of 「PM2.5平均浓度」: the same words less 平均/年均 and scope.
    bare_subject, bare_label = (AVERAGE.sub("", NAME_EXTRAS.sub("", subject)),
                                AVERAGE.sub("", NAME_EXTRAS.sub("", label)))
    return len(bare_subject) > 1 and (bare_subject == bare_label
                                      or bare_label.endswith(bare_subject))


AVERAGE = re.compile(r"平均|年均|月日均|月均|日均|全市|全省|全县|全区|全国|空气质量|环境空气")
# A Latin name in brackets after the Chinese one (「二氧化硫（SO2）」) and a 的 between the
# thing and its measure (「二氧化氮的月日均浓度」) name nothing else.
NAME_EXTRAS = re.compile(r"[（(][A-Za-z0-9.<>/ ]{1,12}[)）]|的")
# What makes a total a rate per something: 人均GDP, 亩均产值, 单位GDP能耗.
PER_UNIT_QUALIFIER = re.compile(r"(?:人均|户均|亩均|地均|劳均|单位|万元)$")


# ---------------------------------------------------------------- rows


# A narrator's 我 (not 我国, 我市, 我们): a story told in the first person, whose numbers
# are an anecdote (「我写的文章半天阅读量近4万」), not the figures of a table.
NARRATOR = re.compile(r"我(?![国市省区县州镇乡村校院局厅部委司所们行会社军站台馆厂团队处科办园]|"
                      r"单位|中心|集团|企业|公司)")


# 「2014年全国有13.9万户家庭农场，2015年增加到34.3万户」: clauses of one sentence opening
# with different years give a series; a row without its year would be a guess.
SERIES_YEAR = re.compile(r"(?:^|[，；,;])\s*(?:截至|截止|到)?(\d{4})\s*年(?!代)")


# A condition (「如果…」「若…」「一旦…」): what follows from it has not happened.
CONDITION = re.compile(r"如果|假如|假设|倘若|要是|一旦|(?<![倘])若(?![干非尔羌])|"
                       # 「凡购房面积在90平方米以下的，补贴2万元」: whoever meets it — terms
                       r"(?<![平非超])凡(?![尔])")
# 「以此计算」「按此测算」: what follows is worked out from an assumption, not reported — the
# clauses before it stand.
WORKED_OUT = re.compile(r"^(?:以|按|照|据|依)(?:此|这一?|该)(?:价格|标准|口径|速度)?"
                        r"(?:计算|测算|推算|估算|匡算)")


# The base period said as a time: what is said of it is the base's level.
BASE_PERIOD = re.compile(r"^(?:而|但|其中)?(?:去年|上年|上一年|\d{4}年)(?:同期|同月)(?:的)?"
                         r"(?=[\u4e00-\u9fffA-Za-z\d]|$)")


# A profile of an organisation or a place (成立于2008年，注册资金2600万元，占地面积20亩): its
# particulars, not figures of what happened.
PROFILE = re.compile(r"成立于|创建于|创办于|始建于|组建于|注册资金|注册资本")


# An example (例如, 比如, 以某镇为例): its numbers are a case's, not the subject's.
EXAMPLE = re.compile(r"例如|比如|譬如|诸如|举例(?:来说|而言|说)?|"
                     r"以[^，,；;。]{1,16}?为例(?!外)|^如(?=某|一家|一个|一名|一位)")


# 「完成地区生产总值10.3亿元，…，占年计划的53.3%」「完成年度目标任务的52%」: how far a
# result has come against the year's plan — progress reported, not a plan; the share is
# no figure of a thing (the plan's amount is not said), so the clause gives no row.
PLAN_PROGRESS = re.compile(r"(?:占|完成|为|达到?)(?:全|本)?年(?:度)?(?:计划|目标任务|目标|任务)"
                           r"(?:任务)?的?\s*\d+(?:\.\d+)?\s*[%％]")


def rows_in_sentence(sentence: str, context: str = "",
                     before: list[Row] | None = None) -> list[Row]:
    """The rows of one sentence. `before`: the rows of the sentence before it in the same
    paragraph, which a sentence opening with the usual base of comparison (「与去年同期相比，
    优良天数比例上升2.0个百分点，重度污染天数比例持平」) goes on about: the changes it gives of
    their things are theirs (changed in place; the row then cites both sentences)."""
    if TARGET_SENTENCE.search(PLAN_PROGRESS.sub("", sentence)) or \
            NOTE_PASSAGE.match(sentence) or \
            PROFILE.search(sentence) or \
            NARRATOR.search(sentence) or len(set(SERIES_YEAR.findall(sentence))) > 1 or \
            CONDITION.search(sentence) or len(CELL_BREAK.findall(sentence.strip())) >= 2:
        return []
    mask = quoted_mask(sentence)
    spans = clause_spans(sentence)
    first = despace(sentence[slice(*spans[0])]).strip() if spans else ""
    base_first = BASE_CLAUSE.match(first)
    carried = list(before or []) if (base_first and DEFAULT_BASE.match(base_first["base"])) \
        or re.fullmatch(r"(?:同比|环比)", first) else []
    # Only by name: a change without a subject, a share or a rank goes to a row of its own
    # sentence, never to one of the sentence before.
    rows: list[Row] = []
    carried_changes = [row.change for row in carried]
    base, pending, changes = None, None, []
    viewed: tuple[str, list[str | None], int] | None = None
    short: tuple[str, dict[int, str | None]] | None = None
    monthly: list[tuple[Row, str]] = []
    for start, end in clause_spans(sentence):
        raw = sentence[start:end]
        clause = raw.strip()
        clause_start = start + len(raw) - len(raw.lstrip())
        connective = CONNECTIVE.match(clause)
        if connective:
            clause, clause_start = clause[connective.end():], clause_start + connective.end()
        if BASE_PERIOD.match(despace(clause)):
            # 「去年同期，全市优良天数为200天」「上年同期为80.5%」: the level of the base of
            # comparison, last year's figure; a clause naming the base alone leaves the
            # sentence to it
            if BASE_PERIOD.fullmatch(despace(clause)):
                break
            continue
        if WORKED_OUT.match(clause) or EXAMPLE.search(clause) or (
                clause.startswith("如") and leading_place(clause[1:])):
            # 「例如，某县去年引进项目30个」「如北京市优良天数比例为75%，上海市为87%」: an
            # example illustrates what was said before it, with the figures of another
            # place or a case, to the end of the sentence — not the subject's own figures
            break
        view = VIEW_CLAUSE.match(clause)
        if view:
            # 「从环比看，二季度国内生产总值增长1.8%」: the comparison of what follows
            viewed = (view["base"], [row.change for row in rows], len(rows))
            continue
        _name_base(rows, changes, base)
        base, pending, changes = pending, None, [row.change for row in rows]
        compared = BASE_CLAUSE.match(clause)
        compared_to = compared["base"] if compared else clause
        if SHORT_BASE.fullmatch(compared_to):
            # 「与上月相比，…；与去年同期相比，…」: the changes said until the year's base
            # are against the month before
            short = (clause, {id(r): r.change for r in [*carried, *rows]})
        elif short and YEAR_BASE.fullmatch(compared_to):
            # A figure given both changes keeps the year's (a bulletin's own comparison);
            # one given only the month's keeps it, said with its base (at the end).
            for row in [*carried, *rows]:
                if id(row) in short[1] and row.change != short[1][id(row)]:
                    monthly.append((row, short[0] + "，" + row.change))
                    row.change = short[1][id(row)]
            short = None
        if compared and not DEFAULT_BASE.match(compared["base"]):
            pending = clause
            continue
        found = quantities(sentence, start, end, mask, keep_unknown=True)
        if LIMIT_CLAUSE.search(clause) or TERMS_CLAUSE.search(clause) or \
                TARGET_OBJECT.search(clause):
            continue
        difference = DIFFERENCE_CLAUSE.match(despace(clause)) if found else None
        if difference and not CHANGE_CLAUSE.match(clause) and not BY_CLAUSE.match(clause):
            # 「优良率92.5%，高于全省平均水平3.2个百分点」「GDP增长6.5%，较全国增速高0.8个百分
            # 点」: how far the figure before is from another base (a place, a target) — said
            # with it as its change; where it cannot go, the figure is not printed without it.
            # A change from an earlier period said next (「…，同比上升5.4个百分点」) is the
            # change; the difference is then said beside the figure, as before (its rank).
            last = next((row for row in reversed(rows) if not row.dropped), None)
            following = sentence[end + 1:].lstrip()
            if last is not None and (CHANGE_CLAUSE.match(following) or
                                     BY_CLAUSE.match(following)):
                last.rank = last.rank or clause
            elif last is not None and last.change is None and (
                    _fits(last, found[0]) if last.subject is None
                    else found[0].unit in POINTS and last.unit in POINTS[found[0].unit]):
                last.change = despace(clause)
            elif last is not None and last.change is None:
                last.dropped = True
            continue
        rank = RANK_CLAUSE.search(clause)
        rank_at = clause_start + rank.start() if rank else end
        if rank and not NOT_A_STATISTIC.match(clause) and any(
                q.end <= rank_at for q in found):
            # 「优良天数281天排名全省第一」: the figure, then its rank in the same clause.
            count = len(rows)
            _clause_rows(rows, sentence, [q for q in found if q.end <= rank_at], start,
                         rank_at, clause, context, carried)
            if len(rows) > count:
                rows[-1].rank = sentence[rank_at:end].strip()
            continue
        if rank or (CONTEXT_CLAUSE.match(clause) and not BY_CLAUSE.match(clause)):
            # 「事故总量已连续9年排在第一位」: a trend of another subject, no row's rank;
            # 「规上工业增加值增幅全省第3」: the rank of another subject.
            trend = rank and TREND.search(clause[:rank.start()])
            own = clean_prefix(clause[:rank.start()]) if rank else ""
            foreign = bool(own) and not re.match(r"[在于居列位从]", own) and not (
                rows and same_thing(own, rows[-1].subject or rows[-1].label))
            if rows and rows[-1].rank is None and not trend and not foreign:
                rows[-1].rank = clause
            continue
        if FLAT_CLAUSE.match(clause):
            # 「同比持平」: no change is a change too.
            if rows and rows[-1].change is None and rows[-1].subject is None:
                rows[-1].change = clause
            continue
        flat = SUBJECT_FLAT.match(despace(clause))
        if flat:
            # 「重度及以上污染天数比例持平」: the level of that thing, said before, did not change
            subject = clean_prefix(flat["subject"])
            row = next((r for r in reversed([*carried, *rows]) if not r.dropped and
                        r.subject is None and r.change is None and same_thing(subject, r.label)),
                       None)
            if row is not None:
                row.change = despace(clause)[flat.end("subject"):]
            continue
        change = CHANGE_CLAUSE.match(clause) or BY_CLAUSE.match(clause)
        base_level = BASE_LEVEL.match(clause) if not change else None
        if base_level and found and found[0].start - clause_start < base_level.end():
            # 「较2020年同期的94%提升4.3个百分点」: the base's level, said before the verb, is
            # last year's figure — the change is the number after the verb
            change = CHANGE_CLAUSE.match(clause[:base_level.end(1)] + clause[base_level.end():])
            found = found[1:]
        if change:
            _attach_changes(rows, change, found, sentence, clause_start)
            continue
        if NOT_A_STATISTIC.match(clause):
            continue
        _clause_rows(rows, sentence, found, start, end, clause, context, carried)
    _name_base(rows, changes, base)
    for row, said_change in monthly:
        row.change = row.change or said_change
    for row in rows:
        # 「…35微克/立方米，环比上升5.0%，同比下降8.0%」: the month's change said with its
        # base, then the year's — the figure keeps the year's, as above
        at = sentence.find(row.change) if row.change and SHORT_LEAD.match(row.change) else -1
        following = YEAR_CHANGE.match(sentence[at + len(row.change):]) if at >= 0 else None
        if following:
            row.change = following["change"]
    if viewed:
        _name_view(rows, *viewed)
    place = leading_place(sentence)
    for row, change in zip(carried, carried_changes, strict=True):
        if row.change != change:
            # the row cites both sentences: its level's and its change's
            row.source = row.source + sentence
    period = PERIOD.search(despace(sentence))
    for row in rows:
        row.place = row.place or place
        row.period = row.period or (period.group(0) if period else None)
    _drop_lost_magnitudes(rows)
    _drop_unplaced(rows, carried, sentence)
    _drop_unnamed_rates(rows)
    return [row for row in rows if not row.dropped]


def _drop_unnamed_rates(rows: list[Row]) -> None:
    """「一般公共预算收入70.11亿元，受减税影响下降5.4%」: a growth straight after a level that
    has none is by convention that level's change; a subject of its own there is another
    measure only when it names one (「…外送电量1116亿千瓦时，能源工业增加值增长8.1%」) —
    else it is some qualifier of the level's change the rules do not know, and neither row
    can be trusted."""
    kept = [row for row in rows if not row.dropped]
    for level, rate in zip(kept, kept[1:], strict=False):
        if level.subject is None and level.change is None and rate.subject and \
                rate.unit in ("%", "‰") and not MEASURE_HEAD.search(rate.subject):
            level.dropped = rate.dropped = True


# A change said against a named base (同比增长5%, 比上年下降0.3个百分点), or opening its clause
# (「，增长5%」「，分别增长a%、b%」): the text gives it of some figure of its sentence.
SAID_CHANGE = re.compile(
    r"(?:(?:" + COMPARED + r")|(?<=[，；,;（(])(?=分别|[增下上提降减回])|"
    # 「，较“十三五”末提高1.2个百分点」「，比改革前减少3项」: a base the rules do not know,
    # and still a change of the level before
    r"(?<=[，；,;（(])(?:较|比|相比|相较于?)(?:(?![日月年]均)[^，；,;。！？\d%]){1,12}?"
    r"(?=" + CHANGE_VERB + r"|[高低多少]出?了?\s*\d))" +
    BASE_NOTE +
    # (「比全省平均低5微克/立方米」: above or below a base is a difference said of the level)
    r"(?P<each>分别)?" + REAL + r"(?:" + CHANGE_VERB + r"|(?<=[^，；,;（(])[高低多少]出?)" +
    r"了?(?:幅度)?(?:为|达到|达)?(?:约|近)?\s*(?P<sign>[-－−])?(?P<value>\d+(?:\.\d+)?)")


LIST_GOES_ON = re.compile(r"\s*(?:[%％‰]|个百分点)?\s*[、和及]\s*\d")


def _drop_unplaced(rows: list[Row], carried: Sequence[Row], sentence: str) -> None:
    """「甲指标为120亿元，…，同比增长5%」 where the change found no row: the text gives a
    change of the figure before it that the rules could not place (its unit did not fit, a
    list lost its count) — that level proposed without it would be printed without the
    change the text gives, so it is left out. A change after a number that is no figure
    (a bound, a size in a name) is that number's, and leaves the rows before it alone."""
    text = despace(sentence)
    placed = [*rows, *carried]
    for match in SAID_CHANGE.finditer(text):
        clause = re.split(r"[，；,;：:。！？]", text[match.start():], maxsplit=1)[0]
        opening = re.split(r"[，；,;：:]", text[:match.start()])[-1]
        if any(pattern.search(opening + clause) for pattern in (
                TARGET_OBJECT, LIMIT_CLAUSE, TERMS_CLAUSE, EXAMPLE)):
            continue  # a clause whose numbers are no result: its change is none either
        value = match["value"]
        if match["sign"]:
            # 「比上年同期增长-8.7%」: a negative growth, which the rules do not read — the
            # level before it would be printed without the change the text gives
            value = "-" + value
        # (an average growth, 「日均增长」, is no change of a total: not looked for)
        if any(row.change and value in despace(row.change) or
               not row.dropped and row.subject and row.value == value for row in placed):
            continue
        before = [(at, row) for row in rows
                  if (at := text.rfind(despace(row.value + row.unit), 0, match.start())) >= 0]
        if not before:
            continue
        if match["each"] or LIST_GOES_ON.match(text, match.end()):
            # 「同比分别增长15.2%、18.6%、20.1%」 where the values did not go one to a row:
            # whose is whose, the rules could not tell — none of the levels before stands
            for _, row in before:
                if row.change is None and row.subject is None:
                    row.dropped = True
            continue
        row = max(before, key=lambda pair: pair[0])[1]
        unit = UNIT.match(text, match.end())
        said_unit = UNIT_SPELLING.get(unit["measure"], unit["measure"]) if unit else ""
        change = Quantity(0, 0, value, (unit["magnitude"] or "") + said_unit if unit else "")
        if change.unit in ("%", "‰") and SHARE_NAME.search(row.label):
            continue  # a growth in % after a share is the thing's (see _qualify)
        if not row.dropped and row.change is None and row.subject is None and \
                (not change.unit or _fits(row, change)):
            # (「优良天数比例79.6%，同比增加12天」: 12 days are no change of a percentage —
            # of a level the text left unsaid; the percentage stands)
            row.dropped = True


def _drop_lost_magnitudes(rows: list[Row]) -> None:
    """「农林牧渔业增加值131.40亿元。其中，种植业增加值82.25元，…林业增加值9.14亿元」: the
    items of one list — the same measure of parallel things (增加值, 产量) — are given in one
    magnitude; an item in the bare measure (元) among items in 万元 or 亿元 has lost its
    magnitude in print, and no editor could print it as it stands; so has a value added or
    an output in 元."""
    for row in rows:
        head = SHARED_HEAD.search(row.label)
        if row.dropped or row.subject or not head or row.unit not in MEASURES or \
                PER_HEAD.search(row.label):
            continue
        if row.unit == "元" and AGGREGATE.search(row.label):
            # 「非公经济增加值307998元」: a place's value added or output is counted in 万元
            # or 亿元; in 元 (not per head) it has lost its magnitude
            row.dropped = True
            continue
        if any(other is not row and not other.dropped and other.subject is None and
               other.unit != row.unit and _measure(other.unit) == row.unit and
               other.unit[:-len(row.unit)] in ("万", "亿", "万亿") and
               other.label.endswith(head.group(0)) for other in rows):
            row.dropped = True


# The aggregates of national accounts: a place's value added, output, product.
AGGREGATE = re.compile(r"(?:增加值|总产值|产值|生产总值|GDP)$")
# Names of amounts (money, output): a percentage is never their level.
AMOUNT_NAME = re.compile(r"(?:支出|收入|投资|投资额|增加值|总产值|产值|生产总值|总额|零售额|销售额|"
                         r"营业额|利润)$")
# Amounts each one has (人均, 户均, 平均, 每): small units beside large totals, rightly.
PER_HEAD = re.compile(r"人均|户均|平均|每|单价|价格")


# The period a sentence gives its figures for: 3月, 1-3月, 2019年3月, 上半年 (not a date).
PERIOD = re.compile(r"(?<![\d.])(?:\d{4}年)?(?:\d{1,2}\s*[-—–~至到]\s*\d{1,2}月份?|"
                    r"\d{1,2}月份?(?!\d{1,2}日|\d)|上半年|下半年|前三季度|[一二三四]季度)")


# 「较2020年同期的94%提升4.3个百分点」: a comparison naming the base's level before the verb.
BASE_LEVEL = re.compile(r"^(" + COMPARED + r")的\s*\d+(?:\.\d+)?\s*(?:%|‰|％)?(?=" + REAL +
                        CHANGE_VERB + r")")


# 「从环比看，」「从同比看，」: a clause naming the comparison of the growths after it.
VIEW_CLAUSE = re.compile(r"^从(?P<base>环比|同比)(?:上)?(?:来)?看$")


def _name_view(rows: list[Row], view: str, changes: list[str | None], count: int) -> None:
    """Write the comparison a 「从环比看，」 clause named into the rows and changes after it:
    a quarter-on-quarter growth printed as 「增长1.8%」 would read as the year's."""
    for index, row in enumerate(rows):
        if index >= count and row.subject and row.label.startswith(row.subject) and \
                view not in row.label:
            row.label = row.subject + view + row.label[len(row.subject):]
        elif row.change and (index >= count or row.change != changes[index]) and \
                not re.match(COMPARED, row.change):
            row.change = view + row.change


# 「重度及以上污染天数比例持平」: a thing whose level did not change.
SUBJECT_FLAT = re.compile(r"^(?P<subject>[^，,；;\d]{2,24}?)(?:" + COMPARED +
                          r")?(?:基本|总体)?(?:保持)?持平$")


# 「与2010年第六次全国人口普查相比，增加28.4万人」: a clause naming the base of the change
# after it; the change is written with it unless the base is the usual one (去年同期, 上年).
BASE_CLAUSE = re.compile(r"^(?:与|同|和)(?P<base>[^，,；;]{1,24}?)(?:相比|比较|相较)$")
DEFAULT_BASE = re.compile(r"^(?:去年|上年|上一年|上年度|前一年)?(?:同期)?$|^上(?:月|季度|期|届)$")


# The bases of a sentence that compares with two periods: the month (quarter) before, and
# the year before's same period.
SHORT_BASE = re.compile(r"上(?:个)?(?:月|季度)|环比")
YEAR_BASE = re.compile(r"(?:去年|上年|上一年)(?:同期|同月)?|同比")
SHORT_LEAD = re.compile(r"环比|[比较]上(?:个)?(?:月|季度)|与上(?:个)?(?:月|季度)相比")
YEAR_CHANGE = re.compile(
    r"^\s*[，,；;]\s*(?P<change>(?:同比|[比较](?:去年|上年)(?:同期)?|与(?:去年|上年)(?:同期)?"
    r"相比[，,]?)\s*(?:增长|增加|上升|提高|下降|减少|降低|改善|上涨|回落)了?\s*"
    r"\d+(?:\.\d+)?\s*(?:个百分点|%|‰|[^\d\s，。；、,;]{0,3}))")


def _name_base(rows: list[Row], changes: list[str | None], base: str | None) -> None:
    """Write `base` before the changes the last clause gave (those unset before it)."""
    if not base:
        return
    for row, before in zip(rows, changes, strict=False):
        if before is None and row.change and not row.change.startswith(base):
            row.change = base + "，" + row.change


# A city, a province or a region a clause starts with: 「北京市优良天数比例为81.5%」「长三角
# 地区…」. Not 城市, 上市, 超市 and the like, nor 全市/我市/对全市 (the text's own place,
# SCOPE_WORDS), nor 省级.
PLACE = re.compile(r"^(?!全|我|本[市省]|该|各|对|在|从|向|争取|为|由)(?:"
                   r"(?:[\u4e00-\u9fff]{2,3}(?:省|自治区))?"
                   r"[\u4e00-\u9fff]{2,3}(?<![城上超股楼车门夜集全我本该各级辖区])市(?![场民值面政容])|"
                   r"[\u4e00-\u9fff]{2,3}(?:(?<![节反俭])省|自治区)(?![级委长内外份会])|"
                   r"[\u4e00-\u9fff]{2,6}?(?:地区|平原|城市群|经济带))")


def leading_place(text: str) -> str | None:
    """The place `text` starts with, after time, scope and link words."""
    text = despace(text).strip(LABEL_EDGES)
    previous = None
    while previous != text:
        previous = text
        for pattern in (TIME, DURATION_PHRASE, COMPARISON, LEADING_NOISE):
            text = pattern.sub("", text).strip(LABEL_EDGES)
    if text.startswith("全国"):
        return NATION
    match = PLACE.match(text)
    return match.group(0) if match else None


NATION = "全国"


def _runs(found: list[Quantity], sentence: str) -> list[list[Quantity]]:
    """Quantities in runs joined only by 、/和/及 (「11.6%、11.2%」): one value each."""
    runs: list[list[Quantity]] = []
    for quantity in found:
        if runs and EACH_SEPARATOR.match(sentence[runs[-1][-1].end:quantity.start].strip() or "x"):
            runs[-1].append(quantity)
        else:
            runs.append([quantity])
    return runs


def _clause_rows(rows: list[Row], sentence: str, found: list[Quantity], start: int,
                 end: int, clause: str, context: str, named: Sequence[Row] = ()) -> None:
    """Add the rows of one clause's quantities to the sentence's `rows`.

    A number after a change verb is the change of the figure before it (「…27μg/m3同比下降
    18.2%」), or nothing when the sentence names no level of that thing (「增长7%」 alone);
    「甲、乙分别为a、b」 gives a row for 甲 and one for 乙."""
    consumed = start
    predicate_at: int | None = None
    runs = _runs(found, sentence)
    new_level: str | None = None  # the subject of 「X从a提高到b」, for b
    skip = -1
    for index, run in enumerate(runs):
        if index == skip:
            continue
        quantity = run[0]
        following = runs[index + 1][0].start if index + 1 < len(runs) else end
        if new_level is not None:
            # 「X从26.7%提高到52.1%」: b is X's level now; 提高到 names the level, not by how
            # much it changed — no change of the row
            _add_row(rows, new_level, quantity, sentence, clause, context)
            new_level, consumed = None, quantity.end
            continue
        from_to = _from_base_to_level(sentence, consumed, runs, index)
        if from_to is not None:
            # a is the base: no figure, but it keeps its place
            _add_row(rows, "", quantity, sentence, clause, context, dropped=True)
            consumed = quantity.end
            if from_to:
                new_level = from_to
            else:
                # a subject that names no thing: b is no figure either
                _add_row(rows, "", runs[index + 1][0], sentence, clause, context,
                         dropped=True)
                skip, consumed = index + 1, runs[index + 1][0].end
            continue
        before = despace(sentence[consumed:quantity.start]).strip(LABEL_EDGES)
        change = CHANGE_BEFORE.search(before)
        if change:
            # 「120亿元（同比增长5.2%）」: a change in brackets is the change of the level before
            subject = clean_prefix(before[:change.start()]).strip("（(")
            if BARE_MEASURE.match(subject) and rows and rows[-1].subject and \
                    despace(sentence[consumed:quantity.start]).lstrip().startswith("、"):
                _add_row(rows, subject, quantity, sentence, clause, context, subject, True)
                consumed = run[-1].end
                continue
            _change_of(rows, subject, change, run, sentence, clause, context, named)
            consumed = run[-1].end
            continue
        each = EACH_LEVEL.search(before)
        if each and len(run) > 1:
            subjects = split_subjects(each["subjects"], len(run))
            # 「优良级、较差级点位分别占8.8%、51.8%」: each value is a share
            share = "占比" if before.endswith("分别占") else ""
            for subject, value in zip(subjects, run, strict=True) if subjects else ():
                _add_row(rows, subject + share, value, sentence, clause, context)
            consumed = run[-1].end
            continue
        if CHANGE_WORD.match(clean_prefix(before) or "x"):
            # 「增幅为5%」: the change of the row before, else nothing.
            if len(run) == 1:
                _qualify(rows, before + said(sentence, quantity), "", quantity,
                         sentence, clause, context)
            elif len(rows) >= len(run) and all(map(_fits, rows[-len(run):], run)):
                # 「…，增幅分别为8.5%、12.1%」: the changes of the rows before, in order.
                word = clean_prefix(before)
                for row, value in zip(rows[-len(run):], run, strict=True):
                    if row.subject is None:
                        row.change = row.change or word + said(sentence, value)
            consumed = run[-1].end
            continue
        after = sentence[quantity.end:following if len(run) == 1 else run[1].start]
        if len(run) == 1 and index + 1 < len(runs) and QUALIFIER_END.search(despace(after)):
            # 「全国337个地级及以上城市平均优良天数比例为87.0%」: the count is part of the
            # next figure's label, not a figure.
            continue
        words = sentence[consumed:quantity.start]
        if index and consumed == runs[index - 1][-1].end and \
                _measure(runs[index - 1][-1].unit) in CLASSIFIERS and \
                re.fullmatch(r"[\u4e00-\u9fff]{1,4}", words.strip(SPACE)):
            # 「10个乡镇17个行政村」: the words before belong to the count before
            words = ""
        label, used_after = make_label(words, after)
        counted = used_after and COUNTING_VERB.search(
            clean_prefix(sentence[consumed:quantity.start]))
        rest = despace(after).lstrip(SPACE)
        if sentence[start:quantity.start].rstrip(SPACE).endswith("的"):
            # 「103个县的4463个行政村」: a number inside a chain of modifiers names no thing
            label = ""
        elif not used_after and len(run) == 1 and re.match(r"[\u4e00-\u9fff]", rest[:1]) and \
                (not FIGURE_GOES_ON.match(rest) or re.match(r"中[\u4e00-\u9fff]", rest)):
            # 「边检机关共计保障525万人次中外人员出入境」: the clause goes on past the number
            # to what it counts; the words before it name no measured thing.
            label = ""
        elif used_after and SCOPE_SET.search(despace(after).strip(LABEL_EDGES)) and \
                not _part_counted(sentence, quantity):
            # 「全省29个城市集中式饮用水水源地中，监测结果为全部达标」: 「N个X中」 names the
            # set the sentence goes on about — a scope, not a figure — unless a part of it is
            # counted in the same measure (「15个国考断面中，优良水质断面8个」: the total
            # beside its part)
            label = ""
        elif PER_RECIPIENT.search(despace(words)):
            # 「一等奖3名，各奖励20万元」「给予一次性奖励30万元」: what each one gets — a term
            # of a policy, not a total
            label = ""
        elif EACH_MEMBER.search(despace(words)):
            # 「7个市的PM2.5平均浓度为35微克/立方米」「甲、乙、丙三市的优良天数比例均为100%」:
            # a counted set, or 均 after the things, says what each member has — no figure
            # of one thing
            label = ""
        elif used_after and index + 1 < len(runs) and TOTAL_ADVERB.search(label):
            # 「全县20个乡镇共监测19个水源地」: the words after the count run into the
            # predicate (共/累计 + verb) that counts the next number — the count is who did
            # it; the next number, with the words after the adverb, is the figure
            label = ""
            predicate = TOTAL_ADVERB.search(sentence, quantity.end, following)
            predicate_at = predicate.end() - 1 if predicate else None
        elif used_after and not counted and index + 1 < len(runs) and \
                not re.search(r"[、和及与]$", despace(after).rstrip(SPACE)) and \
                _measure(runs[index + 1][0].unit) not in CLASSIFIERS:
            # 「为820家企业兑现奖补资金1.2亿元」: the words after a count run on to the next
            # number of the clause — the count says whom the clause is about (for, to,
            # with whom), and the words name the other number's thing, not its own
            # (a list — 「11个一级行业、35个二级行业」「296个行政村41个社区」 — names each
            # count's own noun).
            label = ""
        # 「a、b」 without 分别: a label for the second would be a guess.
        consumed = following if used_after or len(run) > 1 else quantity.end
        if predicate_at is not None:
            consumed, predicate_at = predicate_at, None
        if len(run) > 1:
            # 「城乡居民人均可支配收入分别为42500元、18600元」: several values and one
            # name, no way to tell whose is whose — no row, but each keeps its place for
            # the 「分别增长a、b」 after it.
            for value in run:
                _add_row(rows, label, value, sentence, clause, context, dropped=True)
            continue
        if quantity.bound or (quantity.attribute and not counted) or (
                used_after and not counted and quantity.unit in FREQUENCY):
            # 「3次亲临考察」「两次致信」: a number of times said before the verb tells how
            # often someone acted — an adverb, not a count of things.
            _add_row(rows, label, quantity, sentence, clause, context, dropped=True)
            continue
        last = rows[-1] if rows else None
        if not label and last is not None and last.subject and not last.dropped and \
                last.change is None and last.unit in ("%", "‰") and \
                quantity.unit not in ("%", "‰") and \
                LEVEL_AFTER_RATE.fullmatch(despace(words).strip(LABEL_EDGES)) and \
                last.label.startswith(last.subject):
            # 「财政总收入增长12.3%，达到35.6亿元」: the level said after the growth is the
            # subject's; the growth is its change (a rate row stays only when no level is said)
            if re.search(r"[日月年]均", last.label[len(last.subject):]):
                # 「过去五年，地区生产总值年均增长7.5%，达到1200亿元」: an average growth over a
                # span is no change of the level — the level stands alone
                last.dropped = True
                _add_row(rows, last.subject, quantity, sentence, clause, context)
                continue
            last.change = last.label[len(last.subject):] + last.value + last.unit
            last.label, last.value, last.unit = last.subject, quantity.value, quantity.unit
            last.subject = None
            continue
        event = next((r for r in reversed(rows) if not r.dropped and r.subject is None
                      and _measure(r.unit) in EVENT_UNITS), None) if label in CASUALTIES else None
        if event is not None:
            # 「较大事故发生32起、死亡113人」「火灾82.5万起，死亡2053人，受伤2122人」: the
            # people those events killed or hurt.
            label = event.label + label
        elif BARE_LABEL.match(label) and not clause_starts(sentence, "其中"):
            # 「去年收入80万元」: whose income? Only 「其中，出口3610亿元」 names a part of
            # the total just given.
            _add_row(rows, label, quantity, sentence, clause, context, dropped=True)
            continue
        elif label == "占" and quantity.unit in ("%", "‰") and rows and \
                not rows[-1].dropped and rows[-1].subject is None and \
                _measure(rows[-1].unit) in CLASSIFIERS and \
                despace(words).strip(SPACE).startswith("、"):
            # 「Ⅰ~Ⅲ类水质断面322个、占93.3%」: a bare 占 straight after a count is the share
            # of the things just counted
            label = rows[-1].label + "占比"
        elif label.endswith("占") and len(label) > 1 and not used_after and \
                quantity.unit in ("%", "‰") and "其中" in sentence[:quantity.start]:
            # 「达标天数比例为92.4%，其中，优占61.7%，良占30.7%」: after 其中, 「X占P%」 is the
            # share X has of the whole just given
            label = label[:-1] + "占比"
        elif label.startswith("占") and len(label) > 1:
            # 「数字经济规模5.2万亿元，占GDP比重为41.5%」: the share of the thing before.
            if not rows or rows[-1].dropped:
                _add_row(rows, label, quantity, sentence, clause, context, dropped=True)
                continue
            label = (rows[-1].subject or rows[-1].label) + label
        elif REFERS_BACK.match(label):
            # 「新签约项目312个，总投资2860亿元」「基础设施投资5120亿元，占比33.5%」: the
            # total or share of the thing just counted; with nothing before it, no row.
            if not rows or rows[-1].dropped or rows[-1].subject:
                _add_row(rows, label, quantity, sentence, clause, context, dropped=True)
                continue
            owner = rows[-1].label
            if not label.startswith(("占", "比", "所占")):
                # 「改扩建工程全长36公里，总投资18亿元」: the total is the project's, not
                # its length's
                owner = MEASURE_SUFFIX.sub("", owner)
                if label in ("总数", "总量", "总计"):
                    # 「新增规上工业企业189家，总数达1053家」: the total is of all of them,
                    # not of the new ones
                    owner = NEW_ONES.sub("", owner)
                if len(owner) < 2:
                    _add_row(rows, label, quantity, sentence, clause, context, dropped=True)
                    continue
            label = owner + label
        _add_row(rows, label, quantity, sentence, clause, context)


# 「N个X中」「N家X当中」: a set the sentence goes on about (not 集中, 高中, 其中, 心中 …).
SCOPE_SET = re.compile(r"[\u4e00-\u9fff](?<![集高初其心空途期手命适居正])(?:之|当)?中$")


def _part_counted(sentence: str, quantity: Quantity) -> bool:
    """Whether the sentence counts, after `quantity`, a number in the same measure: a part
    of the set it counts."""
    measure = _measure(quantity.unit)
    return any(q.unit and _measure(q.unit) == measure
               for q in quantities(sentence, quantity.end, len(sentence),
                                   quoted_mask(sentence)))


# 「从7.72亿增长到10.32亿」: no range (「3亿—5亿」), a base and the level it went to.
# 「X从a提高到b」「X由a下降至b」: a base, then the level it went to.
FROM_WORD = re.compile(r"(?:从|由)$")
TO_VERB = (r"(?:增长|提高|提升|上升|增加|扩大|跃升|攀升|下降|降低|减少|缩小|回落|回升|降|增|升)"
           r"(?:到|至)")
TO_WORD = re.compile(r"^" + TO_VERB + r"$")
TO_LEVEL_BEFORE = re.compile(TO_VERB + r"\s*$")


def _from_base_to_level(sentence: str, consumed: int, runs: list[list[Quantity]],
                        index: int) -> str | None:
    """For 「X从a提高到b」 at runs[index] (a): X, cleaned, when it names a thing; "" when
    it does not; None when the shape is not there (a and b in one measure)."""
    run = runs[index]
    if len(run) != 1 or index + 1 >= len(runs) or len(runs[index + 1]) != 1:
        return None
    words = despace(sentence[consumed:run[0].start]).strip(SPACE)
    between = despace(sentence[run[0].end:runs[index + 1][0].start]).strip(SPACE)
    base, level = run[0].unit, runs[index + 1][0].unit
    if not FROM_WORD.search(words) or not TO_WORD.match(between) or \
            run[0].bound or runs[index + 1][0].bound or not (
                base == level or (base in MAGNITUDES and level.startswith(base))):
        # (「由5.5万亿增长至9.5万亿元」: the base says its magnitude and leaves the measure
        # to the level)
        return None
    subject = clean_prefix(FROM_WORD.sub("", words))
    if TASK_FROM_TO.search(subject):
        # 「要把单位GDP能耗从0.5吨降低到0.45吨」「使优良天数比例从80%提高到85%」: what is
        # to be done to X, a task — no level of it
        return ""
    return subject if is_label(subject) and not subject.startswith(("占", "比")) else ""


# 把/将/使/让/要 before 「X从a…到b」: a task or a plan for X.
TASK_FROM_TO = re.compile(r"(?<![主重需纲])要|把|将|使(?![用命馆])|让")


# 共/共计/累计/合计 before a verb: the predicate of a clause (「乡镇共监测」), not a noun.
TOTAL_ADVERB = re.compile(r"(?<![公])(?:共计|累计|合计|总计|共)(?![享同建产青赢识性通用])"
                          r"[\u4e00-\u9fff]")


# 「N个X的…」: a count of the things the value is each one's; 「…均为」: each of them has it.
EACH_MEMBER = re.compile(r"\d+(?:\.\d+)?(?:个|家|座|所|名|条|户|项)[\u4e00-\u9fffA-Za-z]{1,10}?的|"
                         r"(?<![人年日月户亩平])[均都皆](?:为|是|达到|达|在)?$")


# The names of rates and shares: 利率, 税率, 占比, 比重, 强度.
RATE_NAME = re.compile(r"[率比重度]$")


# An amount each recipient gets: 各奖励, 各补助, 一次性奖励 (a policy's terms).
PER_RECIPIENT = re.compile(r"各(?:奖励|奖|补助|补贴|资助|给予|发放|获得|得到|拨付|分配|安排|下达|"
                           r"支持)|一次性")


# 「增长12.3%，达到35.6亿元」: a level said after a growth with only a link word.
LEVEL_AFTER_RATE = re.compile(r"(?:总量|总额|规模)?(?:达到|达|为|至|增至|增加到|增长到|提高到)")


# What a count of new ones opens with (新增, 新建, 净增, 新认定).
NEW_ONES = re.compile(r"^(?:新增|新建|净增|新认定|新引进|新开工|新登记)")


# A measure of a thing at the end of a label (工程全长, 园区占地面积): what a total said
# next (总投资) belongs to is the thing.
MEASURE_SUFFIX = re.compile(r"(?:全长|总长|长度|总面积|占地面积|面积|占地|总里程|里程|高度|宽度|"
                            r"深度|容量|库容|规模|总量|产能)$")


# Times an act was done: before its verb (「3次亲临」) an adverb of frequency.
FREQUENCY = frozenset(("次", "回", "趟", "遍"))


# A measure with no owner: 「收入80万元」 — someone's, the label cannot say whose.
BARE_LABEL = re.compile(r"^(?:收入|投资|产值|规模|总额|总量|花费|消费|出口|进口|"
                        r"全长|总长|长度|高度|宽度|深度|面积|总面积|产量|总产量|销量)$")


def clause_starts(sentence: str, word: str) -> bool:
    return sentence.lstrip().startswith(word)


# Nouns that name a relation to the thing said before them, not a thing.
# (累计, 合计, 总 before a share say how it was summed, not of what: 「总占比」「累计占比」)
REFERS_BACK = re.compile(r"^(?:(?:累计|合计)?总?(?:占比|比重)|所占比重|占比重|总投资|计划总投资|"
                         r"总金额|总面积|总规模|总产值|总额|金额|总数|总量|总计)$")
# 「发生事故N起、死亡M人」: the people an event's count killed or hurt.
CASUALTIES = frozenset(("死亡", "受伤", "遇难", "失踪", "伤亡", "死亡人数", "受伤人数"))
EVENT_UNITS = ("起", "次", "宗", "例", "件")


# Words naming firms and bodies at the end of a label.
ORGANISATION_END = re.compile(r"(?:企业|公司|单位|集团|机构|部门|工厂|合作社)$")


# 「综合指数（AQI）」「达标天数（优、良）」: an abbreviation or a gloss in brackets after a
# name — the name says what kind of figure it is (an index, a count of days).
GLOSS = re.compile(r"[（(][^（()）]{1,8}[）)]$")


def _add_row(rows: list[Row], label: str, quantity: Quantity, sentence: str, clause: str,
             context: str, subject: str | None = None, dropped: bool = False) -> None:
    """A row for `quantity`, or — when it is no figure — a dropped row in its place."""
    dropped = dropped or (
        (not quantity.unit and not UNITLESS_LABEL.search(GLOSS.sub("", label)))
        # 「1个月」「3天」: how long, not how much
        or (quantity.duration and not DURATION_LABEL.search(GLOSS.sub("", label)))
        # 个百分点 is only ever a change (issue 12); 倍 a change or a ratio of a named thing
        or quantity.unit in POINTS
        or (quantity.unit in DIFFERENCE_UNITS and subject is None)
        or not is_label(label)
        # 「其中，县属企业完成1094.2万吨」: a label naming firms or bodies says whose the
        # amount is, not what it measures (a count of them — 企业120家 — is a figure)
        or (ORGANISATION_END.search(label) and _measure(quantity.unit) not in CLASSIFIERS
            and quantity.unit not in ("%", "‰"))
        # 「研讨18次」「废除48个」: a count whose label is two characters names a bare verb
        # or a bare noun — what was counted is not said.
        or (len(label) <= 2 and _measure(quantity.unit) in CLASSIFIERS)
        # 「差旅25%」: a percentage is a rate or a share of something; a two-character noun
        # that is no rate (利率, 占比) does not say of what.
        or (len(label) <= 2 and quantity.unit in ("%", "‰") and not RATE_NAME.search(label))
        # 「…科学技术支出增长25.1%，农林水支出20.7%」: an amount (支出, 投资, 产值) is no
        # percentage; its verb is missing, and what the number is the text does not say.
        or (quantity.unit in ("%", "‰") and subject is None and AMOUNT_NAME.search(label))
        # 「东部地区为125.3亿元」「全国平均水平为85.3%」「最高的一天达到3.2万人次」: a label
        # that is only a place (whose), a word for any level (水平, 数据) or a time (when)
        # names no measured thing — a count of places (示范村15个) does
        or (_measure(quantity.unit) not in CLASSIFIERS and PLACE_ONLY.fullmatch(label))
        or NO_MEASURE.fullmatch(label)
        # 「监测无效天数为0天，超标天数为0天，轻度污染0天」: a zero says nothing of the kind
        # happened — which of those an editor would print is a judgement the rules cannot
        # make (the corpus's golds keep 1 of the 6 zeros given), so none is proposed
        or not Decimal(quantity.value))
    rows.append(Row(label, quantity.value, quantity.unit, sentence,
                    topic_of(label, clause, sentence, context), subject=subject,
                    dropped=dropped, place=leading_place(clause)))


# A label that is only a region or a place (东部地区, 城区, 农村, 珠三角区域; 天津市, 河北省:
# 「北京市优良天数比例为75%，天津市为68%」).
PLACE_ONLY = re.compile(r"(?:[东西南北中]部|东北|西北|西南|东南|中西部|主城区|城区|郊区|农村|城镇|"
                        r"[\u4e00-\u9fff]{0,6}(?:地区|区域|片区)|"
                        r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|镇|乡|村|自治区|盟|旗))")
# A label that is a word for any level or a time: 平均水平, 数据, 这一比例, 最高的一天.
NO_MEASURE = re.compile(r"(?:全国|全省|全市|全县|全区)?(?:平均)?"
                        r"(?:水平|数值|数据|数字|指标|幅度|比例|值)|"
                        r".{0,6}(?:[一当那这同]天|[一当那这]日|单日|[一当那这]年|[一当那这]月|一周|当周)")


# How a comparison was made, said before its verb: a basis (按新口径, 自然口径), what was
# left out or in (扣除…因素后, 剔除一次性因素, 不含/含…).
HOW_COMPARED = re.compile(r"^(?:按|扣除|剔除|除去|去除|不含|若扣除|如扣除|考虑到?)|口径$|"
                          r"因素(?:后|影响)?$|(?:扣除|剔除)[^，,]*后$")


def _change_of(rows: list[Row], subject: str, change: re.Match[str], run: list[Quantity],
               sentence: str, clause: str, context: str, named: Sequence[Row] = ()) -> None:
    """A number after a change verb. With no subject (「、增长5.4%」) it is the change of the
    row before; with the subject of a row of the sentence, that row's change; with a
    subject of its own (「社会消费品零售总额增长4.6%」) a row of its own whose value is the
    rate — labelled with what grew and the verb, change empty; 「甲、乙分别下降a%、b%」 gives
    甲 and 乙 theirs. 「增长7%」 with nothing before it names nothing: no row."""
    lead = change["lead"].replace("分别", "")
    # The one-character verbs stand only after a base (「月降」), which may stand before the
    # lead: then the verb is looked for where the lead stands, the characters before it in
    # view; none found (fuzzing found 「00月降0」), no row.
    found = VERB.search(lead) or VERB.search(change.string, change.start("lead"),
                                             change.end("lead"))
    if found is None:
        return
    verb = found.group(0)
    # A rate row names its base when it is not the year before: 「…比2019年下降」.
    base = re.match(r"[比较]\d{4}年(?:同期)?", lead)
    verb = (base.group(0) if base else "") + (change["average"] or "") + verb
    if (subject and not names_a_thing(subject)) or (change["average"] and not subject):
        # 「五年年均增长5.2%」「十年增加近70万亿元」: a span of time grew — of what, the
        # clause does not say; an average growth (「日均增长」) is no change of a total.
        return
    texts = [lead + (change["approx"] or "") + said(sentence, q) for q in run]
    if subject and HOW_COMPARED.search(subject) and len(run) == 1 and not change["each"]:
        # 「一般公共预算收入70.11亿元，按新口径下降19.4%」「扣除留抵退税因素后增长5.4%」:
        # how the comparison was made (a basis, what was left out) names no thing — the
        # change is the level's before, said with its basis
        _qualify(rows, subject + texts[0], lead, run[0], sentence, clause, context)
        return
    # 「研发费用增长幅度超过20%」: a bound is a change of a row, never a rate row's value.
    bound = change["approx"] in ("超过", "超", "逾") or any(q.bound for q in run)
    if change["each"] and len(run) == 1:
        # 「城乡居民人均可支配收入分别增长8.2%、」 with the rest cut off: 分别 promises a value
        # for each of several things, and one value names none of them
        return
    if change["each"] or len(run) > 1:
        if not subject:
            if len(rows) >= len(run) and all(map(_fits, rows[-len(run):], run)):
                for row, text in zip(rows[-len(run):], texts, strict=True):
                    row.change = row.change or text
            return
        subjects = split_subjects(subject, len(run))
        if subjects is None:
            return
        for name, quantity, text in zip(subjects, run, texts, strict=True):
            row = next((r for r in reversed([*named, *rows]) if same_thing(name, r.label)),
                       None)
            if row is None:
                _add_row(rows, name + verb, quantity, sentence, clause, context, name, bound)
            elif row.change is None and row.subject is None and _fits(row, quantity):
                row.change = text
        return
    if not subject:
        _qualify(rows, texts[0], lead, run[0], sentence, clause, context)
        return
    if rows and same_thing(subject, rows[-1].label) and (
            rows[-1].subject is not None or _fits(rows[-1], run[0])):
        if rows[-1].subject is None:
            rows[-1].change = rows[-1].change or texts[0]
        return
    # 「优良天数25天，优良率80.6%，与去年同期相比，优良天数增加3天」: a change naming a
    # level said earlier in the sentence is that level's.
    # (the one whose unit the change fits: 「优良天数增加12天」 is 优良天数's, not 优良天数比例's)
    named_rows = [r for r in reversed([*named, *rows]) if not r.dropped and r.subject is None
                  and same_thing(subject, r.label)]
    if named_rows:
        earlier = next((r for r in named_rows if _fits(r, run[0])), None)
        if earlier is not None:
            earlier.change = earlier.change or texts[0]
        return
    if RATE_WORD.search(subject):
        return  # 「增速比上年提高1.2个百分点」: a change of a change names no figure
    if OWNERLESS.match(subject):
        return  # 「鸡蛋产量减少，价格上涨16.2%」: whose price, the subject does not say
    previous = rows[-1].subject if rows and not rows[-1].dropped else None
    head = SHARED_HEAD.search(previous or "")
    if head and not MEASURE_HEAD.search(subject):
        # 「国有企业增加值增长1.9%，集体企业增长2.0%」: a list of growths says the measure
        # once; the later subjects share it (not one naming its own: 「PM2.5平均浓度下降
        # 14.9%，重污染天数下降39%」 — the days are no concentration).
        subject += head.group(0)
    _add_row(rows, subject + verb, run[0], sentence, clause, context, subject, bound)


# Words of time and averaging only: no name of a thing (「五年年均」「日均」「十年」).
SCOPE_ONLY = re.compile(r"^(?:(?:近|过去|前)?[\d一二三四五六七八九十两几半]+(?:个)?"
                        r"(?:年|月|天|日|周)(?:来|以来|内|间|里)?|"
                        r"年均|日均|月均|平均|同期|全年|当年|当日|当天|期间)+$")


def names_a_thing(subject: str) -> bool:
    return not SCOPE_ONLY.match(subject)


# Measures that are always some thing's: alone as a subject they name nothing.
OWNERLESS = re.compile(r"^(?:价格|产量|销量|收入|利润|规模|数量|总量|人数|指数|价格指数|成本|"
                       r"费用)$")
RATE_WORD = re.compile(r"(?:增速|增幅|降幅|涨幅|跌幅|速度|幅度|比重|占比)$")
# Units of a difference or a ratio: never a level of their own (「高2个百分点」「是上年的2倍」).
DIFFERENCE_UNITS = ("个百分点", "个千分点", "倍")
# A rate's change in points: 个百分点 of a %, 个千分点 of a ‰
# (「出生率7.3‰，较上年下降1.5个千分点」).
POINTS = {"个百分点": ("%", "‰"), "个千分点": ("‰",)}


def _measure(unit: str) -> str:
    return re.sub("^(?:" + "|".join(MAGNITUDES) + ")", "", unit)


def _fits(row: Row, change: Quantity) -> bool:
    """Whether a change in `change.unit` can be a change of `row`: a percentage or a
    multiple of anything, 个百分点 of a percentage (个千分点 of a ‰), an amount in the row's
    own measure (「增加12天」 of 天, 「减少23万人」 of 万人 — never of a %)."""
    if change.unit in ("%", "‰", "倍"):
        return True
    if change.unit in POINTS:
        return row.unit in POINTS[change.unit]
    if row.unit in MAGNITUDES and change.unit.startswith(row.unit) and \
            change.unit[len(row.unit):] in CLASSIFIERS:
        # 「户籍人口86.3万，比上年减少0.3万人」: a count said with its magnitude alone takes
        # the change that names what it counts
        return True
    return _measure(change.unit) == _measure(row.unit)


# The names of shares: 占比, 比重, 占…的比例.
SHARE_NAME = re.compile(r"(?:占比|比重|所占比例|占[^，,]{0,16}?比例)$")


def _qualify(rows: list[Row], text: str, lead: str, quantity: Quantity, sentence: str,
             clause: str, context: str) -> None:
    """A change with no subject: the change of the row before — unless that row is a rate
    itself (「…排放比2019年下降1.0%，比2015年下降18.8%」): then a second comparison is a
    rate row of the same subject, and anything else nothing."""
    if not rows:
        return
    last = rows[-1]
    if last.subject is None and quantity.unit in ("%", "‰") and SHARE_NAME.search(last.label):
        # 「总产值1564.97亿元，占全市的比重为69.3%，同比增长5.4%」「采矿业增加值占比达
        # 96.05%，同比下降15.6%」: a share changes in 个百分点; a growth in % after it is
        # the thing's whose share it is — the level said before, or one the text leaves
        # unsaid (then the share keeps no change)
        level = next((r for r in reversed(rows[:-1]) if not r.dropped and r.subject is None
                      and r.unit not in ("%", "‰")), None)
        if level is not None and level.change is None:
            level.change = text
        return
    if last.subject is None:
        if _fits(last, quantity):
            last.change = last.change or text
            return
        # 「优良天数265天，优良天数比例为79.6%，同比增加12天」: the nearest row the change
        # can be a change of.
        row = next((r for r in reversed(rows) if r.subject is None and _fits(r, quantity)),
                   None)
        if row is not None and row.change is None:
            row.change = text
        return
    if re.match(COMPARED, lead):
        subject = re.sub(COMPARED + "$", "", last.subject)
        _add_row(rows, subject + lead, quantity, sentence, clause, context, subject)


# What a list of subjects shares at its end: 「金融业、软件和信息服务业增加值」 are
# 金融业增加值 and 软件和信息服务业增加值.
SHARED_HEAD = re.compile(
    # the statistics' long names first: 「城镇和农村居民人均可支配收入」 share 居民人均可支配收入
    r"(?:居民人均可支配收入|人均可支配收入|居民人均消费支出|人均消费支出|居民人均收入|"
    r"人均收入|在岗职工平均工资|平均工资|增加值|总产值|产值|营业收入|销售收入|收入|进出口总额|总额|进出口|投资|产量|销量|"
    r"零售额|销售额|成交额|交易额|营业额|贸易额|出口额|进口额|出口|进口|平均浓度|年均浓度|月均浓度|浓度|排放量|用电量|"
    r"发电量|用水量|消费量|吞吐量|客流量|成交量|业务量|装机容量|利润|余额|规模|数量|人数|户数|"
    r"人次|面积|产能|支出|比重|占比|覆盖率|指数|价格|达标率|合格率|优良率)$")
# What a rate row's subject ends in when it names a measure (增加值, 收入, 零售总额, 价格 …).
MEASURE_HEAD = re.compile(r"(?:" + SHARED_HEAD.pattern.removesuffix("$") +
                          r"|[率量额值数耗]|价格|指数|人口|强度|密度|排放|成本|费用|"
                          r"GDP|CPI|PPI|PMI)$")


# What a second growth of a list says without its subject (「猕猴桃综合产值增长8.5%、出口增长
# 53.6%」: the kiwis' exports): a bare measure after 、 is another measure of the same thing,
# which the label cannot name without guessing; no row.
BARE_MEASURE = re.compile(
    r"^(?:出口|进口|产值|总产值|产量|销量|销售额|收入|营业收入|营收|利润|利润总额|税收|投资|"
    r"增加值|规模|总额|总量|消费|人次|客流量|花费|总花费)$")


def split_subjects(text: str, count: int) -> list[str] | None:
    """The `count` subjects of 「甲、乙分别…」, each with the head noun they share."""
    town_and_country = URBAN_RURAL.match(clean_prefix(text))
    if town_and_country and count == 2:
        # 「城乡居民人均可支配收入分别增长3%和7.5%」: 城乡 is the statistics' pair, urban then
        # rural (城镇居民…, 农村居民…)
        return ["城镇" + town_and_country["rest"], "农村" + town_and_country["rest"]]
    summed = LIST_COUNT.match(despace(text).split("、")[-1])
    if summed and "、" in text:
        # 「太原、大同、朔州三市优良天数比例」: the count word closes the list of places; what
        # follows it is the head they share.
        parts = [clean_prefix(part) for part in text.split("、")[:-1]] + [summed["last"]]
        if len(parts) == count and all(parts):
            return [part + summed["head"] for part in parts]
        return None
    names = [clean_prefix(part) for part in text.split("、")]
    if len(names) != count and len(names) == count - 1:
        last = re.split(r"[和及与]", names[-1])
        names = names[:-1] + [clean_prefix(part) for part in last]
    if len(names) != count or not all(names):
        return None
    if names[0].startswith("对"):  # 「对东盟、共建“一带一路”国家进出口总额」
        names = [name if name.startswith("对") else "对" + name for name in names]
    if any(len(name) < 2 for name in names[:-1]):
        # 「一、二、三产业增加值」: 一 and 二 are parts of a name the list shortens (第一产业),
        # which the label cannot write out
        return None
    head = SHARED_HEAD.search(names[-1])
    width = len(names[0])
    rest = names[-1][width:]
    if head and len(rest) > len(head.group(0)) and \
            all(len(name) == width and name[-1] == names[-1][width - 1] for name in names[:-1]):
        # 「第一产业、第二产业、第三产业增加值占生产总值的比重」: names of one shape (第N产业),
        # the last running on into the words they share — all of them, not only 比重
        return [name + rest if name is not names[-1] else name for name in names]
    if head:
        # 「规上工业增加值、固定资产投资、社会消费品零售总额」: a name with a measure of its
        # own (增加值, 投资) does not take the last one's (总额)
        names = [name if SHARED_HEAD.search(name) else name + head.group(0)
                 for name in names]
    elif any(not re.search(r"[\u4e00-\u9fff]{2}", name) for name in names[:-1]) or \
            len(names[-1]) - max(len(name) for name in names[:-1]) >= 2:
        # 「TOP100、TOP500、TOP1000 APP的重合度」「太原、大同、朔州优良天数比例」: the head
        # the names share is not one we know; a label of a code or a place alone names no
        # measure.
        return None
    return names


# 「城乡居民人均可支配收入」「城乡居民人均消费支出」: one name for the urban and the rural figure.
URBAN_RURAL = re.compile(r"^城乡(?P<rest>居民[\u4e00-\u9fff]{2,16})$")


LIST_COUNT = re.compile(r"^(?P<last>[\u4e00-\u9fff]{1,6}?)[两二三四五六七八九十]+"
                        r"[市县区省国地个家所]+(?P<head>[\u4e00-\u9fffA-Za-z0-9.（）()]{2,})$")


def _attach_changes(rows: list[Row], change: re.Match[str], found: list[Quantity],
                    sentence: str, clause_start: int) -> None:
    """「同比下降18.2%」 → the last row's change; 「分别下降11.6%、11.2%」 → the last two.
    An average growth (「较去年同期日均增长35.4%」) is no change of the total before it."""
    if not rows or not found or change.group("average"):
        return
    if change.group("each") and len(found) == 1:
        # 「甲、乙产量…，分别增长5.1%」 with one value: 分别 promises one for each, and
        # one value is no change of any of them
        return
    # 「同比下降5.5%和6.1%」: several values after one verb are 分别 even unsaid.
    if len(found) > 1 and (change.group("each") or len(_runs(found, sentence)) == 1):
        verb = change.group("lead").replace("分别", "")
        if len(rows) < len(found):
            return
        targets = rows[-len(found):]
        if not all(map(_fits, targets, found)):
            return
        verbs = [verb]
        for before, quantity in zip(found, found[1:], strict=False):
            between = sentence[before.end:quantity.start].strip(SPACE + "、，,和及与")
            if between and not re.fullmatch(CHANGE_VERB + "了?", between):
                return  # 「…分别增加12天、其中…」: words the rules do not read
            # 「同比分别增加12天、减少2天」: a value with a verb of its own is said with it
            verbs.append(re.sub(CHANGE_VERB + "了?$", "", verb) + between if between else verb)
        for row, quantity, said_verb in zip(targets, found, verbs, strict=True):
            if row.subject is None:
                row.change = row.change or said_verb + said(sentence, quantity)
    else:
        _qualify(rows, sentence[clause_start:found[0].start] + said(sentence, found[0]),
                 change.group("lead"), found[0],
                 sentence, "", "")


# ---------------------------------------------------------------- groups

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
    """Whether two rows are figures of two periods named (3月 and 1-3月; 2024年6月 is 6月)."""
    def bare(period: str) -> str:
        return re.sub(r"\d{4}年|份|\s", "", period)
    return bool(one.period and other.period) and bare(one.period) != bare(other.period)


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


def as_simplified(text: str) -> tuple[str, Callable[[Row], None]]:
    """`text` in Simplified characters, and a function writing a row made from it back in
    the characters of `text` (a Traditional copy's rows keep 億元, 增長)."""
    simple = _to_simplified().convert(text.translate(RADICALS))
    if simple == text or len(simple) != len(text):
        return text, lambda row: None
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

    def restore(row: Row) -> None:
        row.label, row.unit, row.source = original(row.label), original(row.unit), \
            original(row.source)
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
    for passage in passages:
        # A copy in Traditional characters (增長, 億元, 預期目標) is read through its
        # Simplified form; each row is then written back in the text's own characters.
        text, restore = as_simplified(passage.text)
        # 「1. 全市生产总值…」「（三）全年完成…」: a list item's or a run-in head's number opens
        # the paragraph — no word of the first sentence's label
        text = text[len(ITEM_NUMBER.match(text)[0]):]
        if NOTE_PASSAGE.match(text) or STORY.search(text) or CAPTION_PASSAGE.search(text):
            last_rows = []
            continue
        previous = last_rows if passage.section == last_section else []
        made: dict[int, Row] = {id(row): row for row in previous}
        place, period = None, None
        own: list[Row] = []
        for sentence in sentences(text):
            previous = rows_in_sentence(sentence, passage.context, previous)
            own += previous
            made.update((id(row), row) for row in previous)
            # 「京津冀…城市3月平均优良天数比例为74.5%…。1-3月，平均优良天数比例为49.1%」: a
            # paragraph's later sentences go on about the place and the period it named
            for row in previous:
                row.place, row.period = row.place or place, row.period or period
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
        for row in made.values():
            restore(row)
        last_rows, last_section = own, passage.section
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

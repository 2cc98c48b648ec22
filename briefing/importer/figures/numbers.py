"""Key figures, a sentence read (see the package's docstring): topics, the rows' data
(Row, Group, Passage, Quantity), sentences and clauses, the quantities in a clause (numbers,
units, and the numbers that are no figures) and the labels naming what each measures."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
# 「kW/kg」「元/张」「1次/2月」「元/100克」: a unit that goes on past a 「/」 we do not know (or
# past a per with a count of its own) is cut short — no value an editor could print with it
# (see quantities).
PER_GOES_ON = re.compile(r"^\s*[/／]\s*(?:[^\d\s，。；、,;：:）)]|\d)")
# 「1次/月」「2次/年」: how often something is done (a monitoring or inspection schedule), not
# how much of it was done — no figure (a volume in a magnitude, 2万亿次/月, stays).
FREQUENCY = frozenset(("次", "批次", "场", "期"))
FREQUENCY_PER = frozenset(("/年", "/月", "/天", "/日", "/小时"))
# 「2萬400元」「6万1千200元」「1亿6700万元」: an amount written in magnitudes and digits at once;
# the digits after a magnitude are its tail (20400元, not 400元), which a row cannot hold as
# written — no figure, but it keeps its place.
COMPOUND_BEFORE = re.compile(r"\d\s*[万萬亿億千兆]\s*$")  # Taiwan's 兆: 1兆315億元
# 「分别提高0.4个、1.1个、0.4个百分点」「提高1.2个和0.5个百分点」: 百分点 said once after a list
# whose numbers each keep their 个 — each is in 个百分点, not a count of 个.
POINTS_LIST = re.compile(r"^(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*个)*\s*[、和及与]\s*"
                         r"\d+(?:\.\d+)?\s*个?\s*百分点")
UNIT = re.compile(
    "(?P<magnitude>" + "|".join(MAGNITUDES) + ")?"
    + "(?P<measure>" + "|".join(re.escape(m) for m in sorted(MEASURES, key=len, reverse=True))
    # 「输出345亿度」: 度 is a kilowatt-hour after 万 or 亿 (alone it may be a temperature's)
    + "|(?<=[万亿])度"
    + ")" + "(?P<per>/(?:" + "|".join(PER) + "))?")
BARE_MAGNITUDE = re.compile("(?P<magnitude>" + "|".join(MAGNITUDES) + ")")
UNIT_SPELLING = {"μg/m3": "μg/m³", "mg/m3": "mg/m³", "％": "%", "百分点": "个百分点",
                 "千分点": "个千分点"}
# (two runs of digits one space apart, 「5 9亿元」「108 3%」, are one number whose decimal point a
# copy lost: neither half is a figure)
# A number with thousands separators (「8,714億元」「1,982人」, as Hong Kong, Macau and Taiwan
# write them) is one number, its value without them — not in a list (「分别为135,246」).
NUMBER = re.compile(r"(?<![\d.,:A-Za-z×xX*+\-/])(?<!\d )(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+)"
                    r"(?:\.\d+)?(?![\d])(?! \d)")
GROUPED = re.compile(r"^,\d")  # 12,15: numbers of a list, no separators
LISTED_BEFORE = re.compile(r"(?:分别|依次|各)(?:为|是|达|有)?[^，。；]{0,6}$")
# After a number: a date (2021年3月19日), a year, a time or an anniversary is not a figure.
NOT_A_QUANTITY = re.compile(r"^(?:年|月|日|号|时|点|届|次会议|:|：\d|周年|岁|"
                            r"个[多半](?:小时|钟头|月|星期))")  # 「4个多小时」: a duration
# 「300余家」「400多人」「超1500亿元」「逾20%」: more than N — a bound, not a measurement (an
# editor cannot print it as N). 约 and 近 (about, nearly N) stay figures: N is the figure.
APPROXIMATE = ("余", "多")
# 「车桩比为2.1：1」「三次产业结构为7.4：39.5：53.1」: a ratio (across the clause's colon).
RATIO = re.compile(r"\s*[:：∶]\s*\d")
# 「追成34比39」「以3比1获胜」: a score (or a ratio said in words) — neither side is a figure.
SCORE_AFTER = re.compile(r"\s*比\s*\d")
SCORE_BEFORE = re.compile(r"\d\s*比\s*$")
THRESHOLD = re.compile(r"^\s*(?:及以上|及以下|以上|以下|以内|以外|之内|之间)")
# 「超过20%」「不少于3家」: a bound, not a measurement.
BOUND_BEFORE = re.compile(r"(?:超过|(?<![赶])超|逾|多于|不少于|至少|不低于|不高于|高于|低于|"
                          r"突破|跨越|跨过|迈过|迈上|站上|不足|少于|大于|小于)"
                          r"了?\s*(?:人民币)?\s*$")  # 「超过人民币3500亿元」「超过了4400万个」
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
    # The part of the whole its paragraph is about (「——小学。校数17所；…」: 小学), put before
    # the label when another part's row shares its name (see extract_figures).
    part: str | None = field(default=None, compare=False)


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


# An address printed in the text (「http://…?q=%E8%97%A5…」): its digits and its percent
# signs are the address's, never figures.
ADDRESS = re.compile(r"(?:https?://|ftp://|www\.)[^\s\u3000-\u303f\uff01-\uff5e“”‘’，。；！？]+",
                     re.I)


def quoted_mask(sentence: str) -> list[bool]:
    """True for each character inside “” 《》 「」 and the like (names, not figures), and
    inside an address printed in the text (ADDRESS)."""
    mask = [False] * len(sentence)
    for address in ADDRESS.finditer(sentence):
        mask[address.start():address.end()] = [True] * (address.end() - address.start())
    closers: list[str] = []
    for index, char in enumerate(sentence):
        if closers and char == closers[-1]:
            closers.pop()
            mask[index] = True
            continue
        if char in QUOTE_PAIRS:
            closers.append(QUOTE_PAIRS[char])
        mask[index] = mask[index] or bool(closers)
    return mask


# 「增长6.9%、快于全国0.6个百分点」「增长6.3%、比去年同期高3.5个百分点」: a comparison run on
# after a figure with 、 is a clause of its own, as after a comma.
COMPARISON_AFTER_ENUM = r"(?<=[%％‰])、(?=比|较|快于|慢于|高于|低于|高出|低出|同比|环比)"


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"[，；：;。！？]|,(?!(?<=\d,)\d{3}(?!\d))|" + COMPARISON_AFTER_ENUM,
                             sentence):
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
        if "," in match.group(0) and LISTED_BEFORE.search(before):
            continue  # 「分别为135,246微克」: two numbers, no thousands
        if mask[match.start()] or before.rstrip(SPACE).endswith("第") or \
                (RANGE_BEFORE.search(before) and not TO_LEVEL_BEFORE.search(before)) or \
                REFERENCE_BEFORE.search(before) or SCORE_BEFORE.search(before) or \
                SCORE_AFTER.match(sentence, match.end(), end):
            continue
        bound = bool(BOUND_BEFORE.search(before) or COMPOUND_BEFORE.search(before))
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
        if measure == "个" and not magnitude and not per and POINTS_LIST.match(tail):
            measure = "个百分点"
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
                                          match.group(0).replace(",", ""), "", bound=True))
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
        bound = bound or bool(PER_GOES_ON.match(tail)) or (
            measure in FREQUENCY and per in FREQUENCY_PER and not magnitude)
        attribute = measure in PHYSICAL and bool(re.match(r"[\u4e00-\u9fff]", tail[:1])) \
            and not FIGURE_GOES_ON.match(tail)
        close = match.end() + spaced + len(approximate) + unit_length
        if found and sentence[found[-1].end:match.start()].strip(SPACE) in ("(", "（") and \
                sentence[close:close + 1] in (")", "）"):
            # 「17.8万公顷（267万亩），下降1.1%」: the figure before in another unit — no
            # figure and no place of its own; the change after it is the figure's.
            continue
        found.append(Quantity(match.start(), close,
                              match.group(0).replace(",", ""), unit,
                              duration=measure in DURATIONS and not per,
                              bound=bound or bool(approximate), attribute=attribute,
                              shared=bool(shared) and not unit_length))
    return found


# 「从7.72亿增长到10.32亿」: no range (「3亿—5亿」), a base and the level it went to.
# 「X从a提高到b」「X由a下降至b」: a base, then the level it went to.
FROM_WORD = re.compile(r"(?:从|由)$")
# (「由91.7%升高为100%」: 为 says the level as 到 does)
TO_VERB = (r"(?:增长|提高|提升|上升|升高|增加|扩大|跃升|攀升|下降|降低|减少|缩小|回落|回升"
           r"|降|增|升)(?:到|至|为)")
TO_WORD = re.compile(r"^" + TO_VERB + r"$")
TO_LEVEL_BEFORE = re.compile(TO_VERB + r"\s*$")


def _measure(unit: str) -> str:
    return re.sub("^(?:" + "|".join(MAGNITUDES) + ")", "", unit)


# ---------------------------------------------------------------- labels

RANK_CLAUSE = re.compile(
    r"排名|名列|位列|位居|排在|排第|居全[省市国]|"
    r"全[省市国区县]第[一二三四五六七八九十\d]+|第[一二三四五六七八九十\d]+名|首位|前列")
COMPARED = r"(?:与[^，,]{0,12}?相比|与(?:上年|去年|上月)(?:同期)?同比|" \
           r"[比较](?:上一?|前一)(?:年度|年|届|期|季度|个月|月)(?:末|底|同期|同月|同季)?|" \
           r"[比较]去年(?:同期|假期|底|末)?|[比较](?:年初|期初|年末|期末)|同比|环比|" \
           r"同口径|可比口径|按可比口径|可比(?![价口])|" \
           r"(?:[比较]|相[比较]于?)\s*\d{4}\s*年(?:\d{1,2}月)?(?:同期|末|底)?|" \
           r"[比较](?:同期|前期|上半年|[一二三四]季度)|[比较](?:常年|历年|多年平均)(?:同期)?|" \
           r"[比较]“[一二三四五六七八九十]{3,4}”(?:期)?(?:末|初)|" \
           r"按年|按季(?!度)|按月|" \
           r"(?<![^，,；;（(、\s])[年月](?=[增减]))"
# (较“十三五”末; Hong Kong's 按年, year on year; Taiwan's 「，年增4.9%」「，月减2%」: a 年 or
# 月 opening a clause before 增/减 is the year or the month before)
# (成长 and 衰退: Taiwan's 增长 and 下降 — 「较上年同月成长35.4%」; 「同比负增长3.4%」: a fall,
# said as the text says it; 「比上年同期多投产1138万千瓦」: more or less done than the base)
CHANGE_VERB = r"(?:负增长|增长|成长|衰退|下降|上升|提高|提升|降低|减少|增加|增多|净增|净减|" \
              r"微跌|微升|微增|微降|微涨|收缩|萎缩|扩张|" \
              r"改善|下滑|回升|上涨|下跌|回落|扩大|缩小|收窄|增产|减产|(?<=[年期均])偏[高低多少]|" \
              r"(?<=[比年期月度底末初])[多少](?:投产|完成|实现|生产|销售|接待|引进|发放|建成)|" \
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
# The base may hold a number of its own (「较38线提升约30%」: another product) and the
# difference may be rounded (约, 近: N is the figure).
DIFFERENCE_CLAUSE = re.compile(r"^(?:(?:高于|低于|高出|低出|快于|慢于|优于|好于|差于)"
                               r"[^，；,;。\d]{1,12}?|[比较](?:(?![日月年]均)[^，；,;。%％]){1,12}?"
                               r"(?:" + CHANGE_VERB + r"|[高低快慢多少]出?)了?)(?:约|近)?\d")
# 「虽比上月回落0.9个百分点」: a connective before a change.
CONNECTIVE = re.compile(r"^(?:虽然?|但是?|而且?|且|并)(?=[比较同环与])")
FLAT_CLAUSE = re.compile(r"^(?:" + COMPARED + r"|与[^，,]{0,12}?)?(?:基本|总体)?持平$")
# 「增幅为5%」 with nothing before it: the change of the figure before.
CHANGE_WORD = re.compile(r"^(?:" + COMPARED + r")?(?:年|年度|同比)?"
                         r"(?:增幅|降幅|增速|涨幅|跌幅|降低|增长|下降|"
                         r"增长率|下降率|增长幅度|下降幅度|增加率|减少率|成长率|[年月][增减]率)$")
# 「甲、乙分别为a、b」: one row per subject and value.
EACH_LEVEL = re.compile(r"(?P<subjects>.+[、和及与].+?|[^，,]*城乡居民[\u4e00-\u9fff]{2,16}?)"
                        r"分别(?:为|是|达到|达|有|占|完成|实现)?$")
EACH_SEPARATOR = re.compile(r"^[、和及与]$")
TREND = re.compile(r"连续|已经|已|多年|历年|首次|总量|总数")
# (a degree said before the comparison too: 「明显优于全体零售业（年增3.9%）」)
# (and a figure it falls short of or beats: 「逊于市场预期按年升2.5%」, the forecast's)
CONTEXT_CLAUSE = re.compile(r"^(?:明显|显著|远|略|稍)?(?:高于|低于|优于|好于|快于|慢于|超过|"
                            r"逊于|胜于|不及|差于)")
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
# 35μg/m3」「限值为75」「不超过150」「年剩余日控制值为56μg/m3」).
LIMIT_CLAUSE = re.compile(r"(?<!高)标准(?![煤化])|限值|限定值|控制值|控制限|上限|下限|阈值|不超过|"
                          r"不得超过|"
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
# 「今年7月的零售业总销货价值」「全市的生产总值」: the 的 of the time or place taken off.
LEFT_DE = re.compile(r"^的(?=[\u4e00-\u9fff]{2})")
# 「占新加坡经济比重约五分之一的制造业」: the thing described by its share, the description off.
SHARE_DESCRIBED = re.compile(r"^占[^，,。的]{2,20}(?:比重|份额|比例)[^，,。的]{0,8}的"
                             r"(?=[\u4e00-\u9fff]{2})")
# 「86个县区平均优良天数比例」: the count of what the figure is about, left off the label.
COUNT_PREFIX = re.compile(r"^\d+(?:个|家|座|所|名|条|户)")
DURATION_PHRASE = re.compile(r"^(?:近|过去)?\d+(?:\.\d+)?(?:个)?(?:月|年|天|日|周|小时)"
                             r"(?:内|来|以来|后|前|里|中|间|)(?![底末初份])")  # 9月底: a date
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
    r"^(?:其中|当中|之中|包含|包括|同时|此外|另外|目前|当年|今年|去年|市区|据统计|据介绍|数据显示|统计显示|例如|比如|"
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
# the number is approximate; 才 (「才达到」) is no link in 人才, 英才, 天才 ….
TRAILING_LINK = re.compile(
    r"(?:分别为|分别|(?<![行作认])为|达到|达|是|共计|共|累计|总计|合计|(?<![估统设会])计|有|完成|"
    r"实现|保持|的?(?:临时|修订|初步)估计|"
    r"稳定在|控制在|减少至|下降至|降至|降到|提高到|提高至|增加到|增加至|上升至|上升到|增长至|"
    r"增长到|[压削缩]?减至|[压削缩]?减到|扩大到|扩大至|缩小到|缩小至|"
    r"(?:下降|降低|减少|回落|回升|上升|提升)(?:至|到)|增至|"
    r"突破|超过|超|逾|接近|近|约|多达|高达|仅|只有|不足|左右|约为|了|已经|已|平均|(?<![人年日月户亩])均|都|发生|就|便|(?<![人英天帅口将干奇])才|也)+$")
# Adverbs, and how a statistic was computed (「按可比价格计算」), which name no thing.
# (亦 and 则, a Hong Kong or Macau text's 「也」 and 「而」: 「其他旅游服务出口亦下跌」)
ADVERBS = re.compile(r"先后|预计|整体|总体|大幅|稳步|持续|进一步|"
                     r"(?<=[\u4e00-\u9fff])[亦则](?=[\u4e00-\u9fff])|"
                     r"按(?:可比价格|可比口径|现价|常住人口)计算|扣除价格因素(?:后)?")
LABEL_EDGES = "、，,和及 \t\"'“”‘’"
# 及 at an edge is the 「and」 of a list, not the 及 of a word: 及时 and 及早 before the
# words, 波及 涉及 惠及 普及 危及 提及 after them (「及时出动5000人次」 is no 「时出动」).
_JI_WORD_START = re.compile(r"^及[时早]")
NOTE_MARK = re.compile(r"(?:\[\d{1,2}\]|［\d{1,2}］|\[注\d{0,2}\])$")
_JI_WORD_END = re.compile(r"(?<=[波涉惠普危顾论提遍])及$")


def strip_edges(text: str) -> str:
    """`text` less the list marks, quotes and spaces at its edges (LABEL_EDGES), keeping
    a 及 that belongs to a word."""
    edges = LABEL_EDGES.replace("及", "")
    while True:
        before = text
        # 「现价人均地区生产总值[2]」: a note's mark after a name is no part of it
        text = NOTE_MARK.sub("", text.strip(edges))
        if text.startswith("及") and not _JI_WORD_START.match(text):
            text = text[1:]
        if text.endswith("及") and not _JI_WORD_END.search(text):
            text = text[:-1]
        if text == before:
            return text


# 「…结果统计显示」「…数据表明」: what a report of the act says follows, no part of the act.
REPORTED = re.compile(r"(?:结果|统计|数据)*(?:显示|表明)")
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
    r"(?:[的了和与等在对把被将从由自向到至而且或占可]|(?<![波涉惠普危顾论提遍])及|(?<![集高初])中|发生|造成|导致|涉及|包括|安排|"
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
# spending drove, 「惠及3200家企业」 firms it reached — the verb stays in the label; and
# 新增: 「新增349人确诊」 counts the new ones, not all (without it the row reads as a total).
DRIVING_VERBS = frozenset(("带动", "吸纳", "惠及", "培训", "帮助", "服务", "拉动", "吸引",
                           "新增"))
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
                        r"主营业务收入|收入|利润|投资|销售额|零售额|营业额|地区生产总值|生产总值|"
                        r"GDP)$)")


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
    # 「以致服务出口…」「令博彩服务出口下跌」: what a cause brings about opens the clause
    text = re.sub(r"^(?:以致|致使|导致|令)(?=[\u4e00-\u9fff]{2})", "", text)
    # 「Indeed的数据显示FDE岗位…」「监测结果表明，…」: the source of a figure is no part of
    # its name (not the 显示 of 显示面板).
    text = re.sub(r"^.*(?:数据|统计|调查|监测|报告|结果|研究|资料)(?:显示|表明)", "", text)
    text = SCOPE_WORDS.sub("", ADVERBS.sub("", text.replace("**", "")))
    # 「比上年（以下简称同比）」: a note naming an abbreviation is no word of the sentence's
    text = strip_edges(ABBREVIATION_NOTE.sub("", text))
    previous = None
    while previous != text:
        previous = text
        for pattern in (TIME, DURATION_PHRASE, COUNT_PREFIX, METHOD, COMPARISON, LEADING_NOISE,
                        NATIONAL, REGION, ORGANISATION, LEFT_DE, SHARE_DESCRIBED):
            text = strip_edges(pattern.sub("", text))
    # 「整改各类生态环境问题」: 各类 says every kind, and names none.
    # (各项存款, 各项贷款: the statistics' name of all deposits, loans — kept)
    text = re.sub(r"(?<=[\u4e00-\u9fff])各(?:类|项|种)(?=[\u4e00-\u9fff]{2})(?!存款|贷款)", "",
                  text)
    # 「第一产业完成增加值13.82亿元」「企业实现营业收入」: the link verb between a thing and
    # its measure is no part of the name (第一产业增加值).
    text = INNER_LINK.sub("", text)
    return text if link else strip_edges(TRAILING_LINK.sub("", text))


def object_label(text: str) -> str:
    """「涉重金属企业进行了核查」 → 核查涉重金属企业; 「进行了行政拘留」 → 行政拘留."""
    text = strip_edges(text)
    action = ACTION.search(text)
    if not action:
        return text
    thing, act = strip_edges(text[:action.start()]), text[action.end():]
    # 「11个断面水质进行监测结果统计显示，…」: the act, not what its results show
    act = REPORTED.split(act, maxsplit=1)[0]
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
    tail = strip_edges(despace(after))
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
    tail = strip_edges(despace(after))
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
                           r"[比较](?:往年|以往|历年)|"
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


# What a list of subjects shares at its end: 「金融业、软件和信息服务业增加值」 are
# 金融业增加值 and 软件和信息服务业增加值.
SHARED_HEAD = re.compile(
    # the statistics' long names first: 「城镇和农村居民人均可支配收入」 share 居民人均可支配收入
    r"(?:居民人均可支配收入|人均可支配收入|居民人均消费支出|人均消费支出|居民人均收入|"
    r"人均收入|在岗职工平均工资|平均工资|增加值|总产值|产值|营业收入|销售收入|收入|进出口总额|总额|进出口|投资|产量|销量|"
    r"零售额|销售额|成交额|交易额|营业额|贸易额|出口额|进口额|出口|进口|平均浓度|年均浓度|月均浓度|浓度|排放量|用电量|"
    r"发电量|用水量|消费量|消费|吞吐量|客流量|成交量|业务量|装机容量|利润|余额|规模|数量|人数|户数|"
    r"人次|面积|产能|支出|比重|占比|覆盖率|指数|价格|达标率|合格率|优良率)$")

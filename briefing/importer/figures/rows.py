"""Key figures, the rows of a sentence (see the package's docstring): `rows_in_sentence`,
each clause's levels with their changes, ranks and shares, and the checks that leave a row
out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from briefing.importer.figures.numbers import (
    BASE_NOTE,
    BY_CLAUSE,
    CELL_BREAK,
    CHANGE_BEFORE,
    CHANGE_CLAUSE,
    CHANGE_VERB,
    CHANGE_WORD,
    CLASSIFIERS,
    COMPARED,
    COMPARISON,
    CONNECTIVE,
    CONTEXT_CLAUSE,
    COUNTING_VERB,
    DIFFERENCE_CLAUSE,
    DURATION_LABEL,
    DURATION_PHRASE,
    EACH_LEVEL,
    EACH_SEPARATOR,
    FIGURE_GOES_ON,
    FLAT_CLAUSE,
    FROM_WORD,
    LEADING_NOISE,
    LIMIT_CLAUSE,
    MAGNITUDES,
    MEASURES,
    NAME_EXTRAS,
    NOT_A_STATISTIC,
    NOTE_PASSAGE,
    QUALIFIER_END,
    RANK_CLAUSE,
    REAL,
    SHARED_HEAD,
    SPACE,
    TARGET_OBJECT,
    TARGET_SENTENCE,
    TERMS_CLAUSE,
    TIME,
    TO_WORD,
    TREND,
    UNIT,
    UNIT_SPELLING,
    UNITLESS_LABEL,
    VERB,
    Quantity,
    Row,
    _measure,
    clause_spans,
    clean_prefix,
    despace,
    is_label,
    make_label,
    quantities,
    quoted_mask,
    said,
    same_thing,
    strip_edges,
    topic_of,
)

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
BASE_PERIOD = re.compile(r"^(?:而|但|其中)?(?:(?:去年|上年|上一年|\d{4}年)(?:同期|同月)(?:的)?"
                         # 「…萎缩1.9%，而上一季度同比增长5.1%」: the period before, said in
                         # contrast — its figure, not the text's
                         r"|而(?:上一?季度?|上个?月|上一?年))"
                         r"(?=[\u4e00-\u9fffA-Za-z\d]|$)")


# A profile of an organisation or a place (成立于2008年，注册资金2600万元，占地面积20亩): its
# particulars, not figures of what happened.
PROFILE = re.compile(r"成立于|创建于|创办于|始建于|组建于|注册资金|注册资本")


# 「全市20个区县排名第4」「全省11个设区市中位列第3」「市20个区县并列排名第16位」: the field of
# a rank, its count no figure
# (like 「在全省168个县（市、区）中排名第10」, which NOT_A_STATISTIC leaves to the rank).
RANK_FIELD = re.compile(r"^全?[市省国区县州]\d+个[^，,；;\d]{1,12}?中?"
                        r"(?:排名|位列|位居|排在|名列|居)")


# An example (例如, 比如, 以某镇为例): its numbers are a case's, not the subject's.
EXAMPLE = re.compile(r"例如|比如|譬如|诸如|举例(?:来说|而言|说)?|"
                     r"以[^，,；;。]{1,16}?为例(?!外)|^如(?=某|一家|一个|一名|一位)")


# 「完成地区生产总值10.3亿元，…，占年计划的53.3%」「完成年度目标任务的52%」: how far a
# result has come against the year's plan — progress reported, not a plan; the share is
# no figure of a thing (the plan's amount is not said), so the clause gives no row.
PLAN_PROGRESS = re.compile(r"(?:占|完成|为|达到?)(?:全|本)?年(?:度)?(?:计划|目标任务|目标|任务)"
                           r"(?:任务)?的?\s*\d+(?:\.\d+)?\s*[%％]")


# A rate's own change: 「涨幅比上月扩大1.3个百分点」「降幅收窄0.8个百分点」「增速比一季度加快
# 0.5个百分点」.
RATE_CHANGE = re.compile(
    r"^(?:涨幅|降幅|增幅|增速|跌幅|升幅|降速)(?:(?:比|较)[^，,；;。]{1,10}?)?"
    r"(?:扩大|收窄|回落|提高|加快|放缓|下降|上升|回升|缩小|减少|增加)"
    r"\d+(?:\.\d+)?个百分点$")


def _period_before(rows: list[Row], dated: int, before: str) -> int:
    """Rows from `dated` on get the period named last in `before` (their sentence up to
    their clause's end), if any; the number of rows dated so."""
    named = [found.group(0) for found in PERIOD.finditer(despace(before))]
    for row in rows[dated:]:
        row.period = row.period or (named[-1] if named else None)
    return len(rows)


# 「全县固定资产投资增长9.7%。分产业看，第一产业增长129.2%；第二产业增长33.5%」: a sentence
# breaking the figure before down by kind (分产业看, 分行业看, 按地区分) names the parts only —
# they share the measure of the figure they break down.
BREAKDOWN_VIEW = re.compile(r"^(?:分|按|从)[\u4e00-\u9fff]{1,6}?(?:看|分|来看)[，,：:]")
# …and a sentence opening with the first of the three industries (「…投资10033.05亿元。第一产业
# 665.97亿元，…；第二产业…」): the statistics' usual breakdown, said without its 分产业看 — its
# parts' levels in the total's unit (a growth alone there says no more than the industry's).
INDUSTRY = re.compile(r"第[一二三]产业")
INDUSTRIES_FIRST = re.compile(r"^(?:其中[，,]?)?第一产业(?![\u4e00-\u9fff]{0,4}(?:增加值|产值|投资|"
                              r"收入|比重|占))")


def _breakdown_measure(rows: list[Row], before: list[Row], sentence: str) -> None:
    last = next((row for row in reversed(before) if not row.dropped), None)
    head = SHARED_HEAD.search((last.subject or last.label) if last else "")
    opening = despace(sentence).lstrip()
    if head is None or not (BREAKDOWN_VIEW.match(opening) or INDUSTRIES_FIRST.match(opening)):
        return
    view = BREAKDOWN_VIEW.match(opening)
    for row in rows:
        if row.subject is None and INDUSTRY.fullmatch(row.label) and row.unit \
                and row.unit == last.unit and row.unit != "%":
            row.label += head.group(0)  # 「第一产业」 665.97 亿元: a part of the total's level
        elif view and row.subject and not MEASURE_HEAD.search(row.subject) and \
                row.label.startswith(row.subject):
            row.label = row.subject + head.group(0) + row.label[len(row.subject):]
            row.subject += head.group(0)


def about_a_target(sentence: str) -> bool:
    """A sentence about a target, a plan or a forecast (TARGET_SENTENCE), progress against
    the year's plan aside: its numbers are not results."""
    return bool(TARGET_SENTENCE.search(PLAN_PROGRESS.sub("", sentence)))


def rows_in_sentence(sentence: str, context: str = "",
                     before: list[Row] | None = None, opened: str | None = None) -> list[Row]:
    """The rows of one sentence. `before`: the rows of the sentence before it in the same
    paragraph, which a sentence opening with the usual base of comparison (「与去年同期相比，
    优良天数比例上升2.0个百分点，重度污染天数比例持平」) goes on about: the changes it gives of
    their things are theirs (changed in place; the row then cites both sentences).
    `opened`: the base clause its paragraph opened with (「与2023年10月同期相比，优良天数持
    平。PM10浓度上升16.7%…」), which holds for the paragraph's later sentences too."""
    if about_a_target(sentence) or NOTE_PASSAGE.match(sentence) or \
            PROFILE.search(sentence) or \
            NARRATOR.search(sentence) or len(set(SERIES_YEAR.findall(sentence))) > 1 or \
            CONDITION.search(sentence) or len(CELL_BREAK.findall(sentence.strip())) >= 2:
        return []
    mask = quoted_mask(sentence)
    spans = clause_spans(sentence)
    first = despace(sentence[slice(*spans[0])]).strip() if spans else ""
    base_first = BASE_CLAUSE.match(first)
    opened_base = BASE_CLAUSE.match(despace(opened)) if opened and not base_first else None
    carried = list(before or []) if (base_first and DEFAULT_BASE.match(base_first["base"])) \
        or re.fullmatch(r"(?:同比|环比)", first) or (
            opened_base and DEFAULT_BASE.match(opened_base["base"])) else []
    # Only by name: a change without a subject, a share or a rank goes to a row of its own
    # sentence, never to one of the sentence before.
    rows: list[Row] = []
    carried_changes = [row.change for row in carried]
    base, pending, changes = None, None, []
    viewed: tuple[str, list[str | None], int] | None = None
    short: tuple[str, dict[int, str | None]] | None = None
    monthly: list[tuple[Row, str]] = []
    dated, clause_end = 0, 0  # rows given the period named before their clause so far
    for start, end in clause_spans(sentence):
        # 「综观2022年，…澳门在6月亦发生…，全年经济实质收缩26.8%」: a row's period is the one
        # named last before its clause, not the sentence's first
        dated = _period_before(rows, dated, sentence[:clause_end])
        clause_end = end
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
            if len(found) > 1:
                # 「分别增长7.1%和5.8%，快于全国0.5和0.1个百分点」: each figure's difference is
                # one of a list — no words of the text say it alone, so no row takes it
                continue
            if last is not None and (CHANGE_CLAUSE.match(following) or
                                     BY_CLAUSE.match(following) or (
                    # 「经济成长率8.16%，优于原预测6.20%」: between two rates the difference is
                    # in 个百分点 — a % after a % is the base's own level, no change
                    last.unit in ("%", "‰") and found[0].unit == last.unit)):
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
        field = bool(rank and RANK_FIELD.match(despace(clause)))
        if field:
            # 「全市20个区县排名第4」 as 「在全市20个区县中排名第4」: the count is the field ranked
            found = []
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
            own = clean_prefix(clause[:rank.start()]) if rank and not field else ""
            foreign = bool(own) and not re.match(r"[在于居列位从]", own) and not (
                rows and same_thing(own, rows[-1].subject or rows[-1].label))
            if rows and rows[-1].rank is None and not trend and not foreign:
                rows[-1].rank = clause
            continue
        if RATE_CHANGE.match(despace(clause)):
            # 「食品价格同比上涨2.3%，涨幅比上月扩大1.3个百分点」: how the rate before moved
            # against the month's (or year's) rate — that rate's change
            last = next((row for row in reversed(rows) if not row.dropped), None)
            if last is not None and last.change is None and last.unit in ("%", "‰"):
                last.change = despace(clause)
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
    if short is not None:
        # 「与上月相比，PM10浓度上升31.2%」 with no year's base after it: a change said bare
        # would read as the year's — each change given since is said with its base
        for row in [*carried, *rows]:
            if row.change and row.change != short[1].get(id(row)) and \
                    not SHORT_LEAD.match(row.change):
                row.change = short[0] + "，" + row.change
    if opened_base and not YEAR_BEFORE.match(opened_base["base"]):
        # The paragraph's base, said in its first sentence, is not the year before: a rate
        # row here would read as the year's growth (none is made, as for a base said in the
        # sentence), and a change given a level said before is said with that base.
        for row in rows:
            row.dropped = row.dropped or (row.subject is not None and row.change is None)
        for row, change in zip(carried, carried_changes, strict=True):
            if row.change != change and row.change and not row.change.startswith(opened):
                row.change = opened + "，" + row.change
    for row in rows:
        # 「…35微克/立方米，环比上升5.0%，同比下降8.0%」: the month's change said with its
        # base, then the year's — the figure keeps the year's, as above
        at = sentence.find(row.change) if row.change and SHORT_LEAD.match(row.change) else -1
        following = YEAR_CHANGE.match(sentence[at + len(row.change):]) if at >= 0 else None
        if following:
            row.change = following["change"]
    if viewed:
        name_view(rows, *viewed)
    place = leading_place(sentence)
    for row, change in zip(carried, carried_changes, strict=True):
        if row.change != change:
            # the row cites both sentences: its level's and its change's
            row.source = row.source + sentence
    _period_before(rows, dated, sentence[:clause_end])
    for row in rows:
        row.place = row.place or place
    _share_qualifier(rows)
    _breakdown_measure(rows, before or [], sentence)
    if RANKED_LIST.search(sentence):
        # 「9个中心城市由好到差排名依次为：都匀市、兴义市、…」: the count of the things a
        # ranking lists is the field ranked, no figure of them
        for row in rows:
            row.dropped = row.dropped or row.unit in RANKED_COUNT_UNITS
    _members_share_measure(rows)
    _inner_periods(rows)
    _drop_lost_magnitudes(rows)
    _drop_single_items(rows, sentence)
    _drop_broken_labels(rows)
    _drop_unplaced(rows, carried, sentence)
    _drop_unnamed_rates(rows)
    return [row for row in rows if not row.dropped]


# 「全省14个城市PM2.5月均浓度值为22微克/立方米，兰州29微克/立方米，嘉峪关19微克/立方米，…」: a
# measure of a whole, then its members one by one, each a name and its value in the same unit
# — each member's value is that measure's (「嘉峪关PM2.5月均浓度值」), no figure of a bare name.
LIST_SCOPE = re.compile(r"^(?:全国|全省|全市|全县|全区|全州)?(?:\d+个)?"
                        r"(?:城市|地市|市州|县区|县（市、区）|区县|市（州）|监测点位?|断面)?(?:平均)?")
MEMBER_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
LIST_MEASURE = re.compile(r"(?:比例|天数|指数|浓度|均值|达标率|优良率)$")
MEMBERS_MIN = 3


def _members_share_measure(rows: list[Row]) -> None:
    if not rows or rows[0].dropped or rows[0].change is not None:
        return
    measure = LIST_SCOPE.sub("", rows[0].label)
    if measure == rows[0].label or not (MEASURE_HEAD.search(measure) or LIST_MEASURE.search(
            measure)):
        return  # no whole named before its members
    said = despace(rows[0].source)
    members = [row for row in rows[1:] if row.unit == rows[0].unit and row.change is None
               and MEMBER_NAME.fullmatch(row.label) and not MEASURE_HEAD.search(row.label)
               # the name right before its value (no bound, no other words between)
               and re.search(rf"[，,、；;]{re.escape(row.label)}(?:为|是|达)?"
                             rf"{re.escape(row.value)}(?!\d)", said)]
    if len(members) < MEMBERS_MIN or len(members) < len(rows) - 1:
        return
    for row in members:
        row.label += measure
        row.dropped = not Decimal(row.value)  # (a name alone dropped it: named now)


# 「制造业二季度同比增长0.8%」: the period said between the thing and its verb is the row's
# period, no word of its name (「制造业增长」, the period put before the name where the text
# gives the figure for another period too).
INNER_PERIOD = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})"
                          r"(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}[-—–~至]\d{1,2}月份?)"
                          r"(?=(?:同比|环比|按年|按季)?(?:增长|增速|增幅|下降|上涨|下跌|回落|萎缩|收缩)$)")


def _inner_periods(rows: list[Row]) -> None:
    for row in rows:
        found = INNER_PERIOD.search(row.label)
        if found:
            row.period = row.period or found.group(0)
            row.label = row.label[:found.start()] + row.label[found.end():]


# The halves of a pair said one after the other, the second without what the first named
# before it: 「4类区昼间达标率为100%，夜间达标率为50%」 (the 4类区's night).
PAIRED = (("昼间", "夜间"), ("白天", "夜间"), ("白天", "晚上"), ("城镇", "农村"), ("城市", "农村"),
          ("男性", "女性"), ("上午", "下午"), ("汛期", "非汛期"))


def _share_qualifier(rows: list[Row]) -> None:
    """The second of a pair takes the words its first half's label had before the pair's
    word (「4类区昼间达标率」 then 「夜间达标率」 is 「4类区夜间达标率」)."""
    kept = [row for row in rows if not row.dropped]
    for first, second in zip(kept, kept[1:], strict=False):
        for one, other in PAIRED:
            head = second.label.removeprefix(other)
            if head == second.label or not head or one + head not in first.label:
                continue
            qualifier = first.label[:first.label.index(one + head)]
            if qualifier:
                second.label = qualifier + second.label
            break


# A ranking said as a list of names: 「排名依次为：甲市、乙市、丙市」.
RANKED_LIST = re.compile(r"依次(?:为|是)\s*[：:]?\s*[^，,。；;、]{1,12}"
                         r"(?:、[^，,。；;、]{1,12}){2,}")
RANKED_COUNT_UNITS = frozenset(("个", "家", "所", "座", "名", "位"))


# 「建成1个1200亩的杂交水稻制种基地」: one thing described by its size — the count of one is
# no figure, and the size (a size in a name) is none either; 「1所义务教育合格学校、1所公办幼
# 儿园、1所敬老院正在施工」: things named one by one, each with its 「1所」, are a list of what
# is built, not counts.
SINGLE_UNITS = "个所家座处项条"
SIZED_THING = re.compile(r"^\d[\d.,]*(?:余|多)?[^\d\s，、。；的]{1,4}的")
ONE_BY_ONE = re.compile(rf"(?<![\d.])1(?P<unit>[{SINGLE_UNITS}])[^、，。；：\d]{{2,24}}"
                        rf"(?:、1(?P=unit)[^、，。；：\d]{{2,24}})+")


# 「1个水源地（益阳龙山港断面）锑超标」: one thing named in brackets — the thing, not a count.
NAMED_ONE = re.compile(r"^[^（(]{1,12}[（(][^）)]{2,30}[）)]")


def _drop_single_items(rows: list[Row], sentence: str) -> None:
    ones = [row for row in rows if not row.dropped and row.value == "1"
            and row.unit and row.unit in SINGLE_UNITS]
    if not ones:
        return
    listed = "".join(found[0] for found in ONE_BY_ONE.finditer(despace(sentence)))
    for row in ones:
        if SIZED_THING.match(row.label) or NAMED_ONE.match(row.label) or (
                listed and row.label in listed):
            row.dropped = True


# Labels that name no thing: a list's previous item swallowed (「德兴村XX米、自然村」: the
# item before 、 ends with its own figure), a bare act (「投入23.4万元」: 投入 of what), a run
# of items with their amounts (a recipe's 「料酒15ml漓泉啤酒330ml（1瓶）番茄」).
SWALLOWED_ITEM = re.compile(r"(?:\d|[X×＊*]{2,})[^、，\d]{0,3}、")
BARE_ACTS = frozenset({"投入", "投资", "完成", "实现", "达到", "累计", "共计", "合计", "总计",
                       "新增", "预拨", "下拨", "拨付", "划拨", "安排", "筹集"})
AMOUNT_IN_LABEL = re.compile(
    r"\d+(?:\.\d+)?[ \t]*(?:[A-Za-z]{1,3}\b|[个只条瓶斤两克升袋包盒片块根颗勺])")


# 「900利息+5000本金=5900元」: a sum worked out in the text — its terms are in the label.
# (a 「+」 alone may be a name's: 「“2+26”城市」)
ARITHMETIC = re.compile(r"[=＝]")


# 「275个河流断面总体水质为优」「22个省控水库总体水质为优」: the things counted, then a judgement
# of their quality — the sentence says how good they are; the count only sizes them.
VERDICT = re.compile(r"(?:水质|空气质量|质量|状况)(?:状况)?(?:为|是|属于?|保持)?"
                     r"(?:优良?|良好?|轻度污染|中度污染|重度污染|严重污染)$")


def _open_quotes(label: str) -> bool:
    """A label cut inside a quotation (「二线"口岸出岛申报项目简化60%以上」: one mark of a
    pair) is a fragment of its clause, no name."""
    return label.count('"') % 2 == 1 or label.count("“") != label.count("”") \
        or label.count("「") != label.count("」")


def _drop_broken_labels(rows: list[Row]) -> None:
    for row in rows:
        label = row.label.strip()
        swallowed = SWALLOWED_ITEM.search(label)
        item = label.rsplit("、", 1)
        if swallowed and _ends_in_quantity(item[0]) and len(item[1]) >= 2:
            # 「家禽3.1万羽、上市水产品220吨」: the item before ends with its own figure —
            # the row's name is what follows it
            row.label = item[1]
        elif swallowed or label in BARE_ACTS or len(AMOUNT_IN_LABEL.findall(label)) >= 2 \
                or _open_quotes(label) or ARITHMETIC.search(label) or VERDICT.search(label):
            # 「投资修复完善对老214线公路、乡村公路…」: a name's number, the list of what one
            # figure is of — no name to cut it to
            row.dropped = True


# An item ending with its figure and a measure word (「家禽3.1万羽」), not a name's number
# (「老214线公路」) nor a masked figure (「德兴村XX米」: the list's pattern is lost with it).
ITEM_FIGURE = re.compile(r"\d+(?:\.\d+)?[万亿千百]?[\u4e00-\u9fff]{1,2}$")


def _ends_in_quantity(text: str) -> bool:
    return bool(ITEM_FIGURE.search(text.rstrip()))


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
    r"(?<=[，；,;（(])(?:较|比|相比|相较于?)(?:(?![日月年]均)[^，；,;。！？%％]){1,12}?"
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
# (「第4季」: a Hong Kong or Macau quarter; 「全年」 beside a quarter's or a month's figures)
PERIOD = re.compile(r"(?<![\d.])(?:\d{4}年)?(?:\d{1,2}\s*[-—–~至到]\s*\d{1,2}月份?|"
                    r"\d{1,2}月(?:份|底|末)?(?!\d{1,2}日|\d)|上半年|下半年|前三季度?|首三季度?|"
                    r"第?[一二三四1-4]季度|第[一二三四1-4]季|全年|"
                    r"前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个月)")


# 「较2020年同期的94%提升4.3个百分点」: a comparison naming the base's level before the verb.
BASE_LEVEL = re.compile(r"^(" + COMPARED + r")的\s*\d+(?:\.\d+)?\s*(?:%|‰|％)?(?=" + REAL +
                        CHANGE_VERB + r")")


# 「从环比看，」「从同比看，」: a clause naming the comparison of the growths after it.
VIEW_CLAUSE = re.compile(r"^从(?P<base>环比|同比)(?:上)?(?:来)?看$")


def name_view(rows: list[Row], view: str, changes: list[str | None], count: int) -> None:
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
# The base said as a clause of its own, for the clauses after it: 「与2022年12月比较，…」
# 「同上月相比，…」 (until the next such clause: 「…；与去年同期相比，…」).
SAID_BASE = re.compile(r"(?:^|[，,；;。])\s*(?:与|同|和|跟)(?P<base>[^，,。；;]{1,16}?)"
                       r"(?:比较|相比|对比)[，,]")
YEAR_BEFORE = re.compile(r"^(?:上年|去年|上一年)(?:同期|同月|同季)?$")


def _said_base_not_a_year_before(sentence: str, at: int) -> bool:
    said = [match for match in SAID_BASE.finditer(sentence) if match.end() <= at]
    return bool(said) and not YEAR_BEFORE.match(said[-1]["base"])


SHORT_LEAD = re.compile(r"环比|[比较]上(?:个)?(?:月|季度)|与上(?:个)?(?:月|季度)相比|月[增减]")
YEAR_CHANGE = re.compile(
    r"^\s*[，,；;]\s*(?P<change>(?:(?:同比|[比较](?:去年|上年)(?:同期)?|与(?:去年|上年)(?:同期)?"
    r"相比[，,]?)\s*(?:增长|增加|上升|提高|下降|减少|降低|改善|上涨|回落)了?|年[增减]率?)\s*"
    # (Taiwan's 年增率 is signed: 「年增率-4.3%」)
    r"[-−－]?\d+(?:\.\d+)?\s*(?:个百分点|%|‰|[^\d\s，。；、,;]{0,3}))")


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
    text = strip_edges(despace(text))
    previous = None
    while previous != text:
        previous = text
        for pattern in (TIME, DURATION_PHRASE, COMPARISON, LEADING_NOISE):
            text = strip_edges(pattern.sub("", text))
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
        before = strip_edges(despace(sentence[consumed:quantity.start]))
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
        elif used_after and SCOPE_SET.search(strip_edges(despace(after))) and \
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
        if not label and last is not None and last.subject is None and not last.dropped and \
                last.change is None and last.unit in ("%", "‰") and \
                RATE_WORD.search(last.label) and len(RATE_WORD.sub("", last.label)) >= 2 and \
                quantity.unit not in ("%", "‰") and \
                LEVEL_AFTER_RATE.fullmatch(strip_edges(despace(words))):
            # 「中国大陆旅客增幅达78.1%，为7,836,240人次」: the growth named as a rate (X增幅),
            # then the level — X's, the rate its change
            subject = RATE_WORD.sub("", last.label)
            at = sentence.find(last.label)
            value_end = sentence.find(last.value, at) if at >= 0 else -1
            last.change = (despace(sentence[at + len(subject):value_end + len(last.value)])
                           + last.unit if value_end >= 0 else
                           last.label[len(subject):] + last.value + last.unit)
            last.label, last.value, last.unit = subject, quantity.value, quantity.unit
            consumed = quantity.end
            continue
        if not label and last is not None and last.subject and not last.dropped and \
                last.change is None and last.unit in ("%", "‰") and \
                quantity.unit not in ("%", "‰") and \
                LEVEL_AFTER_RATE.fullmatch(strip_edges(despace(words))) and \
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
        owned = _owned_measure(rows, label, sentence, clause)
        if owned != label:
            label = owned  # 「夏粮播种面积…，总产量…」: the owner said once (OWNED_MEASURE)
        elif event is not None:
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


# An index's level in brackets after its name (or inside it: 「甲類（103.67）消費物價指數」), as
# Macau's and Hong Kong's statistics releases give it before the change.
INDEX_LEVEL = re.compile(r"[（(](?P<value>\d{2,4}\.\d{1,3})[）)]")
RESPECTIVELY = re.compile(r"分[别別][\u4e00-\u9fff]{0,3}$")


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
        # (「欧盟区5亿人」: people counted under a place alone are its population, a measure
        # the label does not name)
        or ((_measure(quantity.unit) not in CLASSIFIERS or _measure(quantity.unit) in PEOPLE)
            and PLACE_ONLY.fullmatch(label))
        or NO_MEASURE.fullmatch(label)
        # 「甲類及乙類消費物價指數分別涵蓋約50%和30%的住戶」: a label still ending in 分别 and its
        # verb after the rules for lists (EACH_LEVEL) names several things for one value —
        # whose it is would be a guess (「分别为二氧化硫2微克」 names its thing after the verb)
        or bool(RESPECTIVELY.search(label))
        # 「监测无效天数为0天，超标天数为0天，轻度污染0天」: a zero says nothing of the kind
        # happened — which of those an editor would print is a judgement the rules cannot
        # make (the corpus's golds keep 1 of the 6 zeros given), so none is proposed
        or not Decimal(quantity.value))
    rows.append(Row(label, quantity.value, quantity.unit, sentence,
                    topic_of(label, clause, sentence, context), subject=subject,
                    dropped=dropped, place=leading_place(clause)))


# 「夏粮播种面积1101.60万亩，总产量508.58万吨」: a bare measure (总产量) after a row of its
# clause chain whose label is an owner and another measure (夏粮 + 播种面积) is the same
# owner's — the sentence says it once, as 「其中」 lists do; a bare measure with no such row
# before it keeps its bare label (NO_MEASURE and OWNERLESS judge it).
OWNED_MEASURE = re.compile(r"(?:总)?(?:产量|产值|面积|播种面积|种植面积|单产|出栏量?|存栏量?|"
                           r"销量|销售额|营业收入|增加值|利润)")
OWNER_MEASURE = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,8}?)(?:" + OWNED_MEASURE.pattern
                           + r")$")


def _owned_measure(rows: list[Row], label: str, sentence: str, clause: str) -> str:
    if not OWNED_MEASURE.fullmatch(label) or not rows or rows[-1].source != sentence:
        return label
    owner = OWNER_MEASURE.match(rows[-1].label)
    if not owner or OWNED_MEASURE.fullmatch(owner["owner"]):
        return label
    # the earlier row stands in this clause's chain: no 。 or ； between them
    between = sentence[sentence.find(rows[-1].label):sentence.find(clause)]
    return owner["owner"] + label if not re.search(r"[；;。]", between) else label


# A label that is only a region or a place (东部地区, 城区, 农村, 珠三角区域; 天津市, 河北省:
# 「北京市优良天数比例为75%，天津市为68%」).
PLACE_ONLY = re.compile(r"(?:[东西南北中]部|东北|西北|西南|东南|中西部|主城区|城区|郊区|农村|城镇|"
                        r"[\u4e00-\u9fff]{0,6}(?:地区|区域|片区)|"
                        r"[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|镇|乡|村|自治区|盟|旗))")
PEOPLE = frozenset(("人", "户", "名", "人次", "人（次）"))
# A label that is a word for any level or a time: 平均水平, 数据, 这一比例, 最高的一天; a
# measure or a thing with no owner (「浓度为75μg/m3」「10GW项目」: of what, which one); a sum
# said in passing (「加起来20亿人」: of what was just listed).
NO_MEASURE = re.compile(r"(?:全国|全省|全市|全县|全区)?(?:平均)?"
                        r"(?:水平|数值|数据|数字|指标|幅度|比例|值|浓度|项目|规模|总量|数量|"
                        r"总数|金额|总额|比重|占比)|"
                        r"(?:加起来|合起来|算起来|合计|共计|总计|一共|总共)|"
                        r".{0,6}(?:[一当那这同]天|[一当那这]日|单日|[一当那这]年|[一当那这]月|一周|当周)")


# How a comparison was made, said before its verb: a basis (按新口径, 自然口径), what was
# left out or in (扣除…因素后, 剔除一次性因素, 不含/含…).
HOW_COMPARED = re.compile(r"^(?:按|扣除|剔除|除去|去除|不含|若扣除|如扣除|考虑到?)|口径$|"
                          r"因素(?:后|影响)?$|(?:扣除|剔除)[^，,]*后$")


def _index_level(rows: list[Row], subject: str, change: str, sentence: str, clause: str,
                 context: str) -> bool:
    """「綜合消費物價指數（104.10）按年上升0.77%」: the index's level in brackets, its change
    after — one row, the level its value (True when added)."""
    level = INDEX_LEVEL.search(subject)
    if level is None:
        return False
    name = subject[:level.start()] + subject[level.end():]
    if not (UNITLESS_LABEL.search(name) and names_a_thing(name)):
        return False
    at = max(sentence.find(level.group(0)), 0)
    _add_row(rows, name, Quantity(at, at + len(level.group(0)), level["value"], ""),
             sentence, clause, context)
    rows[-1].change = change
    return True


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
    # A rate row names its base when it is not the year before: 「…比2019年下降」, 「CPI环比
    # 上涨0.4%」 (the month before: without 环比 it would read as the year's growth; Hong
    # Kong's and Macau's 按月 the same).
    base = re.match(r"[比较]\d{4}年(?:同期)?|环比|按月|按季(?!度)", lead)
    if subject and not base and SHORT_LEAD.match(lead):
        # 「比上月增长」「较上季度下降」: a rate against the period before, whose label the
        # rows could only write with the base (a label holding 比上月 reads as a clause)
        return
    # 「与2022年12月比较，1月综合消费物价指数上升0.24%」: the base said once, as a clause of
    # its own, and not the year before — a rate row without it would read as the year's
    # growth, so none is made (a change of a level said before still is one)
    other_base = not base and not YEAR_BASE_LEAD.match(lead) and \
        _said_base_not_a_year_before(sentence, run[0].start)
    verb = (base.group(0) if base else "") + (change["average"] or "") + verb
    if (subject and not names_a_thing(subject)) or (change["average"] and not subject):
        # 「五年年均增长5.2%」「十年增加近70万亿元」: a span of time grew — of what, the
        # clause does not say; an average growth (「日均增长」) is no change of a total.
        return
    texts = [lead + (change["approx"] or "") + said(sentence, q) for q in run]
    if subject and len(run) == 1 and not change["each"] and \
            _index_level(rows, subject, texts[0], sentence, clause, context):
        return
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
            if _index_level(rows, name, text, sentence, clause, context):
                continue
            row = next((r for r in reversed([*named, *rows]) if _names(name, r)), None)
            if row is None:
                if not other_base:
                    _add_row(rows, name + verb, quantity, sentence, clause, context, name,
                             bound)
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
                  and _names(subject, r)]
    if named_rows:
        earlier = next((r for r in named_rows if _fits(r, run[0])), None)
        if earlier is not None:
            earlier.change = earlier.change or texts[0]
        return
    if RATE_WORD.search(subject):
        return  # 「增速比上年提高1.2个百分点」: a change of a change names no figure
    if OWNERLESS.match(subject):
        return  # 「鸡蛋产量减少，价格上涨16.2%」: whose price, the subject does not say
    # 「其他旅游服务出口亦下跌」「政府最终消费支出则增加」: also, while — no word of the name
    subject = re.sub(r"(?<=[\u4e00-\u9fff])[亦则也](?=$)", "", subject)
    previous = rows[-1].subject if rows and not rows[-1].dropped else None
    head = SHARED_HEAD.search(previous or "")
    if head and not MEASURE_HEAD.search(subject):
        # 「国有企业增加值增长1.9%，集体企业增长2.0%」: a list of growths says the measure
        # once; the later subjects share it (not one naming its own: 「PM2.5平均浓度下降
        # 14.9%，重污染天数下降39%」 — the days are no concentration).
        subject += head.group(0)
    if not other_base:
        _add_row(rows, subject + verb, run[0], sentence, clause, context, subject, bound)


def _names(subject: str, row: Row) -> bool:
    """Whether a change's subject names `row`: by its label (same_thing), or as the
    concentration of the pollutant a list of concentrations named bare (「浓度均值：可吸入
    颗粒物（PM10）21微克/立方米，…」, then 「可吸入颗粒物（PM10）浓度上升31.2%」) — only a row
    whose unit is a concentration's, so no emission total (「排放量：二氧化硫8万吨」) takes it."""
    if same_thing(subject, row.label):
        return True
    if not CONCENTRATION_UNIT.match(row.unit or "") or SHARED_HEAD.search(row.label):
        return False
    # (the formula may stand after 浓度: 「二氧化硫浓度（SO2）」)
    for name in (despace(subject), NAME_EXTRAS.sub("", despace(subject))):
        bare = CONCENTRATION_WORD.sub("", name)
        if bare != name and same_thing(bare, row.label):
            return True
    return False


# 「浓度」「平均浓度」「月均浓度」「浓度均值」 after a pollutant's name.
CONCENTRATION_WORD = re.compile(r"(?:的)?(?:平均|月均|年均|日均)?浓度(?:均值|平均值)?$")
CONCENTRATION_UNIT = re.compile(r"^(?:微克|毫克|μg|ug|mg)/(?:立方米|m3|m³|升|L)$", re.I)


# Words of time and averaging only: no name of a thing (「五年年均」「日均」「十年」).
SCOPE_ONLY = re.compile(r"^(?:(?:近|过去|前)?[\d一二三四五六七八九十两几半]+(?:个)?"
                        r"(?:年|月|天|日|周)(?:来|以来|内|间|里)?|"
                        r"年均|日均|月均|平均|同期|全年|当年|当日|当天|期间)+$")


def names_a_thing(subject: str) -> bool:
    return not SCOPE_ONLY.match(subject) and not CAUSED.match(subject)


# 「其中餐馆业因…，推升营业额年增6.5%」「带动全市GDP增长0.8%」: what a cause drove up — a
# thing whose owner the clause does not name, or a contribution, never the thing's own rate.
CAUSED = re.compile(r"^(?:推升|推高|推动|带动|拉动|促使|促进|致使|使得)")


# Measures that are always some thing's: alone as a subject they name nothing.
OWNERLESS = re.compile(r"^(?:价格|产量|销量|收入|利润|规模|数量|总量|人数|指数|价格指数|成本|"
                       r"费用)$")
RATE_WORD = re.compile(r"(?:增速|增幅|降幅|涨幅|跌幅|速度|幅度|比重|占比)$")
# Units of a difference or a ratio: never a level of their own (「高2个百分点」「是上年的2倍」).
DIFFERENCE_UNITS = ("个百分点", "个千分点", "倍")
# A rate's change in points: 个百分点 of a %, 个千分点 of a ‰
# (「出生率7.3‰，较上年下降1.5个千分点」).
POINTS = {"个百分点": ("%", "‰"), "个千分点": ("‰",)}


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


ITEM_BREAK = re.compile(r"[；;]")


def _qualify(rows: list[Row], text: str, lead: str, quantity: Quantity, sentence: str,
             clause: str, context: str) -> None:
    """A change with no subject: the change of the row before — unless that row is a rate
    itself (「…排放比2019年下降1.0%，比2015年下降18.8%」): then a second comparison is a
    rate row of the same subject, and anything else nothing."""
    if not rows:
        return
    last = rows[-1]
    said_at = sentence.rfind(str(last.value), 0, quantity.start) \
        if last.source == sentence else -1
    if said_at >= 0 and ITEM_BREAK.search(sentence, said_at, quantity.start):
        # 「电子购物及邮购业年增12.8%，…；汽机车零售业则因进口车销量减少，年减9.0%」: a 分号
        # closes the row's item; the change after it is another item's, whose name its
        # clause does not hold — no one's
        return
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
            if last.change and quantity.unit == "%" and not last.change.endswith(("%", "％")) \
                    and not re.match(COMPARED, lead) and last.source == sentence:
                # 「比2017年减少164千公顷，下降0.6%」: the amount and the rate of one change,
                # said one after the other — the change as the text states it, both
                last.change = f"{last.change}，{text}"
                return
            last.change = last.change or text
            return
        # 「优良天数265天，优良天数比例为79.6%，同比增加12天」: the nearest row the change
        # can be a change of.
        row = next((r for r in reversed(rows) if r.subject is None and _fits(r, quantity)),
                   None)
        if row is not None and row.change is None:
            row.change = text
        return
    if quantity.unit in POINTS and last.unit in POINTS[quantity.unit] and last.change is None \
            and re.match(COMPARED, lead):
        # 「规模以上工业增加值同比增长3.8%，比上月回落0.1个百分点」: how the rate itself moved
        # against another base, in points — the rate row's change
        last.change = text
        return
    if re.match(COMPARED, lead):
        subject = re.sub(COMPARED + "$", "", last.subject)
        verb = VERB.search(lead)
        if YEAR_BASE_LEAD.match(lead) and verb and last.label.startswith(subject + "环比"):
            # 「CPI环比上涨0.4%，同比上涨1.8%」: the year's growth after the month's is the
            # thing's growth as a rate row says it, with no base (a label holding 同比 reads
            # as a clause)
            lead = verb.group(0)
        _add_row(rows, subject + lead, quantity, sentence, clause, context, subject)


# The usual base of a growth (the same period of the year before), opening a change.
YEAR_BASE_LEAD = re.compile(r"(?:同比|[比较](?:上年|去年)(?:同期)?)(?:实际|名义)?" + CHANGE_VERB)
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
# (written out too: 「城镇和农村常住居民人均可支配收入」, the pair of one measure)
URBAN_RURAL = re.compile(r"^(?:城乡|城镇[和与及、]农村)"
                         r"(?P<rest>(?:常住)?居民[\u4e00-\u9fff]{2,16})$")


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

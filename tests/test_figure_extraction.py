"""What a number is (issue 12): one test per rule of the key-figure extractor, each with
made-up sentences of the shape the rule is about."""

from __future__ import annotations

import pytest

from briefing.importer.figures import Passage, extract_figures, is_label, rows_in_sentence


def rows(sentence: str) -> list[tuple]:
    return [(r.label, r.value, r.unit, r.change) for r in rows_in_sentence(sentence)]


# ---------------------------------------------------------------- level vs change


@pytest.mark.parametrize(("sentence", "expected"), [
    # a change right after its level, in the same clause or the next
    ("全市营业收入120亿元，同比增长8.5%。", [("营业收入", "120", "亿元", "同比增长8.5%")]),
    ("工业用电量45亿千瓦时、增长3.2亿千瓦时。", [("工业用电量", "45", "亿千瓦时", "增长3.2亿千瓦时")]),
    ("森林覆盖率为40.1%，比上年提高1.5个百分点。",
     [("森林覆盖率", "40.1", "%", "比上年提高1.5个百分点")]),
    ("PM2.5平均浓度28μg/m³同比下降9.7%。", [("PM2.5平均浓度", "28", "μg/m³", "同比下降9.7%")]),
    ("重大事故发生2起，同比持平。", [("重大事故", "2", "起", "同比持平")]),
    # a change of the growth rate is no figure of its own
    ("工业增加值增长6.1%，增速比上年提高1.2个百分点。",
     [("工业增加值增长", "6.1", "%", None)]),
    # a change with a subject of its own and no level: a rate row, labelled with the verb
    ("社会消费品零售总额增长4.6%。", [("社会消费品零售总额增长", "4.6", "%", None)]),
    ("全市生产总值达到3.2万亿元、增长5.1%，其中出口增长10.8%。",
     [("生产总值", "3.2", "万亿元", "增长5.1%"), ("出口增长", "10.8", "%", None)]),
])
def test_a_change_goes_to_the_thing_that_changed(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "同比增长7%。",  # 「增长 N %」 with nothing before it names nothing
    "比上年下降3.5个百分点。",
    "较去年同期增加12亿元。",
])
def test_a_change_without_a_subject_is_not_a_row(sentence):
    assert rows(sentence) == []


def test_a_growth_in_an_amount_is_not_a_level():
    # 「增长 N 亿元」 is how much it grew by: the change of 营业收入, not a level of its own.
    [row] = rows_in_sentence("营业收入80亿元，比上年增长12亿元。")
    assert (row.label, row.value, row.unit, row.change) == ("营业收入", "80", "亿元",
                                                            "比上年增长12亿元")


# ---------------------------------------------------------------- not figures


@pytest.mark.parametrize("sentence", [
    "专项整治历时1个月，全市排名第四。",  # a duration, an ordinal
    "某小区突然“红”了——1个月内投诉超过300件。",  # a duration; 超过 N: a bound
    "2021年3月5日召开第4次会议。",  # dates, ordinals
    "这项工作已连续开展5年。",  # years as a duration
    "每次检查用时不少于2小时。",  # a bound
    "治理周期为3至5年，投资10亿元—15亿元。",  # ranges
    "设计时速350公里的高铁正在试运行。",  # a number before 的 describes a thing
    "经济以年均8%左右的速度增长。",
    "判断逻辑如图5所示，参数见表2。",  # references
    "优良天数比例比全国平均水平高2个百分点。",  # a difference is no level
    "产量是上年的2倍。",
])
def test_durations_dates_ordinals_ranges_and_bounds_are_not_figures(sentence):
    assert rows(sentence) == []


def test_a_duration_is_a_figure_when_its_label_counts_time():
    assert rows("优良天数290天，累计学时360小时。") == [
        ("优良天数", "290", "天", None), ("累计学时", "360", "小时", None)]


@pytest.mark.parametrize("sentence", [
    "注：PM10、PM2.5的二级标准限值分别为150μg/m³、75μg/m³。",
    "说明：本表数据不超过上年同期的120%。",
    "按照GB 3095—2012二级标准，PM2.5年均浓度限值为35μg/m³。",
])
def test_limits_and_standards_in_notes_are_not_measurements(sentence):
    assert rows(sentence) == []


def test_a_measurement_beside_its_standard_keeps_only_the_measurement():
    assert rows("PM2.5平均浓度为31μg/m³，低于国家二级标准（35μg/m³）。") == [
        ("PM2.5平均浓度", "31", "μg/m³", None)]


def test_a_note_paragraph_gives_no_group():
    note = "注：二氧化硫、二氧化氮的年均浓度限值分别为60μg/m³、40μg/m³，PM10为70μg/m³。"
    groups = extract_figures([Passage(note, "空气质量", "空气质量"),
                              Passage("优良天数300天，重污染天数2天。", "空气质量", "空气质量")])
    assert [[row.value for row in group.rows] for group in groups] == [["300", "2"]]


# ---------------------------------------------------------------- units


@pytest.mark.parametrize(("sentence", "unit"), [
    ("焦化产能压减至800万吨/年。", "万吨/年"),
    ("全年发电量36.5亿千瓦时。", "亿千瓦时"),
    ("二氧化氮平均浓度为22μg/m3。", "μg/m³"),
    ("人均科研经费达到12.4万元/人。", "万元/人"),
    ("跨境电商出口规模达到1.85万亿元人民币。", "万亿元人民币"),
    ("细颗粒物年均浓度为29微克/立方米。", "微克/立方米"),
    ("网络安全相关企业数量约 3000 家。", "家"),  # spaced as publishing tools do
])
def test_compound_units_are_kept_whole(sentence, unit):
    [row] = rows_in_sentence(sentence)
    assert row.unit == unit


# ---------------------------------------------------------------- one row per value


def test_several_changes_of_several_subjects_give_a_row_each():
    assert rows("工业投资、民间投资分别下降3.1%、2.4%。") == [
        ("工业投资下降", "3.1", "%", None), ("民间投资下降", "2.4", "%", None)]
    # the head noun they share goes to each
    assert rows("金融业、软件和信息服务业增加值分别增长8.7%、14.1%。") == [
        ("金融业增加值增长", "8.7", "%", None), ("软件和信息服务业增加值增长", "14.1", "%", None)]


def test_several_changes_go_to_the_levels_they_follow():
    assert rows("COD平均浓度为14mg/L，氨氮平均浓度为0.52mg/L，分别下降9.1%、7.3%。") == [
        ("COD平均浓度", "14", "mg/L", "下降9.1%"), ("氨氮平均浓度", "0.52", "mg/L", "下降7.3%")]
    assert rows("全年发生事故120起、死亡130人，同比分别下降5.5%和6.1%。")[0][3] == "同比下降5.5%"


def test_several_levels_of_several_subjects_give_a_row_each():
    assert rows("全年交通、水利投资分别达到620亿元、310.5亿元。") == [
        ("交通投资", "620", "亿元", None), ("水利投资", "310.5", "亿元", None)]
    # as many values as subjects, or no row: which value is whose would be a guess
    assert rows("交通、水利、能源投资分别达到620亿元、310.5亿元。") == []


# ---------------------------------------------------------------- labels


@pytest.mark.parametrize(("sentence", "label"), [
    ("全年共出动执法人员5200人次。", "出动执法人员"),
    ("高质量打造12个特色产业集聚区。", "特色产业集聚区"),  # the noun counted after the verb
    ("据统计，11月全市制造业采购经理指数（PMI）为50.8%。", "制造业采购经理指数（PMI）"),
    ("全省86个县区平均优良天数比例为88.1%。", "县区平均优良天数比例"),  # 86个: part of it
    ("2023 财年网络安全预算为 90 亿美元。", "网络安全预算"),  # spaced, a fiscal year
])
def test_the_label_names_the_measured_thing(sentence, label):
    [row] = rows_in_sentence(sentence)
    assert row.label == label


@pytest.mark.parametrize("label", [
    "……“红”了——", "月内投诉超过", "内投诉", "且发生", "发达国家是在人均GDP", "甚至的时候",
    "各被困", "联邦预算中", "“红", "的建筑业",
])
def test_fragments_are_not_labels(label):
    assert not is_label(label)


def test_a_conversion_is_not_a_figure():
    assert [r[1] for r in rows("实际使用外资达到160.6亿美元、折合1148亿元人民币。")] == ["160.6"]


# ---------------------------------------------------------------- groups


def test_groups_follow_the_section_the_sentence_is_in():
    business = "（四）持续优化营商环境"
    enforcement = "（五）严格生态环境执法"
    groups = extract_figures([
        Passage("全年办理行政许可事项1.2万件，新增市场主体3.4万户。", business, business),
        Passage("全年查处环境违法案件320起，罚款2100万元。", enforcement, enforcement),
        # 处罚, 罚款 are enforcement words, but this sentence stands in 营商环境
        Passage("对轻微违法行为免予处罚560件，减免罚款380万元。", business, business),
    ])
    assert [(g.id, g.title) for g in groups] == [
        ("s1", "持续优化营商环境"), ("enforcement", "严格生态环境执法")]
    assert [r.value for r in groups[0].rows] == ["1.2", "3.4", "560", "380"]
    assert [r.value for r in groups[1].rows] == ["320", "2100"]


def test_a_second_comparison_of_a_rate_is_a_row_of_its_own():
    assert rows("单位生产总值能耗比2020年下降约3.1%，比2015年下降14.2%。") == [
        ("单位生产总值能耗比2020年下降", "3.1", "%", None),
        ("单位生产总值能耗比2015年下降", "14.2", "%", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全市人大代表560名。", ("人大代表", "560", "名", None)),  # 表 of 代表 refers to nothing
    ("各项贷款余额增加到3200亿元。", ("贷款余额", "3200", "亿元", None)),
    # 标准 of 吨标准煤 quotes no standard; 中国 starts a name, not a clause
    ("全省能源消费总量1.9亿吨标准煤。", ("能源消费总量", "1.9", "亿吨标准煤", None)),
    ("10月中国非制造业商务活动指数为50.2%。", ("中国非制造业商务活动指数", "50.2", "%", None)),
    ("较大事故发生12起。", ("较大事故", "12", "起", None)),
])
def test_words_that_only_look_like_a_rule(sentence, expected):
    assert rows(sentence) == [expected]


def test_a_figure_said_twice_keeps_the_saying_with_its_change():
    groups = extract_figures([
        Passage("全年共发生1起重大事故，形势依然严峻。"),
        Passage("重大事故发生1起，同比持平；较大事故发生20起，同比下降5%。"),
    ])
    [group] = groups
    assert [(r.label, r.value, r.change) for r in group.rows] == [
        ("重大事故", "1", "同比持平"), ("较大事故", "20", "同比下降5%")]
    assert group.rows[0].source.startswith("重大事故发生1起")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("重污染天数下降到3天。", ("重污染天数", "3", "天", None)),
    ("PM10平均浓度降低至61μg/m³，同比下降4.7%。", ("PM10平均浓度", "61", "μg/m³", "同比下降4.7%")),
])
def test_a_verb_with_to_names_the_new_level(sentence, expected):
    assert rows(sentence) == [expected]


def test_a_rank_of_another_subject_is_no_rank_of_the_row():
    [row] = rows_in_sentence("全年发生事故120起，事故总量已连续5年排在全省第一位。")
    assert row.rank is None
    [row] = rows_in_sentence("优良天数比例为77%，在全省设区市排名第四。")
    assert row.rank == "在全省设区市排名第四"

"""What a number is (issue 12): one test per rule of the key-figure extractor, each with
made-up sentences of the shape the rule is about."""

from __future__ import annotations

import pytest

from briefing.importer.figures import Passage, extract_figures, rows_in_sentence
from briefing.importer.figures.numbers import despace, is_label


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
    # a change of the growth rate is no figure of its own: it is the rate's change
    ("工业增加值增长6.1%，增速比上年提高1.2个百分点。",
     [("工业增加值增长", "6.1", "%", "增速比上年提高1.2个百分点")]),
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


# ---------------------------------------------------------------- bounds, sizes in names


@pytest.mark.parametrize("sentence", [
    "新增工业产能项目释放产值超1500亿元。",  # 超 N: more than N
    "全年新增市场主体300余家。",  # N余: more than N
    "接待入境游客逾20万人次。",
    "培训基层干部3000多人。",
    "约七成企业研发费用同比增长幅度超过20%。",  # a bound is no rate row
])
def test_a_bound_is_not_a_figure(sentence):
    assert rows(sentence) == []


def test_a_bound_keeps_the_change_said_after_it():
    # the 5% is the change of the 20亿元 bound, not of 营业收入
    assert rows("营业收入120亿元，利润超20亿元，同比增长5%。") == [
        ("营业收入", "120", "亿元", None)]


def test_a_bound_change_is_written_as_said():
    assert rows("营业收入120亿元，同比增长超过20%。") == [
        ("营业收入", "120", "亿元", "同比增长超过20%")]


@pytest.mark.parametrize("sentence", [
    "芯业时代8英寸半导体、弗迪12吉瓦时动力电池扩产等项目投产。",
    "年产50万吨焦化项目开工建设。",
])
def test_a_size_in_a_name_is_not_a_figure(sentence):
    assert rows(sentence) == []


def test_a_size_counted_by_a_verb_is_a_figure():
    # (高标准 of 高标准农田 quotes no standard)
    assert rows("全年建成8.9万亩高标准农田。") == [("高标准农田", "8.9", "万亩", None)]
    assert rows("新型储能装机12吉瓦时，同比增长30%。") == [
        ("新型储能装机", "12", "吉瓦时", "同比增长30%")]


# ---------------------------------------------------------------- casualties


def test_the_casualties_of_events_are_labelled_with_the_events():
    assert rows("较大事故发生32起、死亡113人，同比分别下降17.9%和26.1%。") == [
        ("较大事故", "32", "起", "同比下降17.9%"), ("较大事故死亡", "113", "人", "同比下降26.1%")]


def test_a_list_shares_its_head_noun():
    assert rows("限额以上通讯器材、家用电器零售额分别增长40.9%、27.1%。") == [
        ("限额以上通讯器材零售额增长", "40.9", "%", None), ("家用电器零售额增长", "27.1", "%", None)]


def test_a_growth_whose_subject_is_left_unsaid_is_no_row():
    # 出口 is the kiwis' exports: 「出口增长」 alone would read as the province's
    assert rows("猕猴桃综合产值增长8.5%、出口增长53.6%。") == [
        ("猕猴桃综合产值增长", "8.5", "%", None)]
    # a clause of its own names its own subject
    assert rows("生产总值增长5.1%，其中出口增长10.8%。")[1] == ("出口增长", "10.8", "%", None)


def test_a_change_goes_to_a_row_in_its_own_measure():
    # 「增加12天」 is a change of days, not of the percentage said just before it
    assert rows("优良天数为265天，优良天数比例为79.6%，同比增加12天。") == [
        ("优良天数", "265", "天", "同比增加12天"), ("优良天数比例", "79.6", "%", None)]
    # 个百分点 changes a percentage only
    assert rows("优良天数为265天，同比提高3.2个百分点。") == [("优良天数", "265", "天", None)]
    # 分别 with changes that do not fit their rows: none is given — and the levels, which
    # the text gives with a change the rules could not place, are left out (seventh round)
    assert rows("查处案件286起、罚款2315万元，同比分别增加12天和8.9%。") == []


def test_a_change_from_the_end_of_last_year():
    assert rows("年末常住人口4689万人，比上年末减少23万人。") == [
        ("常住人口", "4689", "万人", "比上年末减少23万人")]


@pytest.mark.parametrize("sentence", [
    "乘坐时速350公里的复兴号只需4个多小时。",  # 个多小时: a duration
    "报告预计，2025年全球人工智能市场规模将达到1900亿美元，年均增长率约为20%。",  # a forecast
    "全球网络安全总投资规模有望达到2875.7亿美元，复合增长率为11.3%。",
    "发展目标是，数字经济核心产业增加值占比达到10%，新建5G基站2万个。",
    "会议指出，要计划新增充电桩5000个，投资10亿元。",
])
def test_plans_forecasts_and_durations_are_not_figures(sentence):
    assert rows(sentence) == []


def test_an_achieved_target_is_no_plan():
    # 「完成…的目标」 reports a result; the target's own number is no figure
    assert rows("单位GDP能耗比2015年下降18.8%，超额完成下降15%的目标。") == [
        ("单位GDP能耗比2015年下降", "18.8", "%", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("累计意向成交784.1亿美元，比上届增长3.9%。",
     ("累计意向成交", "784.1", "亿美元", "比上届增长3.9%")),
    ("注册用户就达到120万人。", ("注册用户", "120", "万人", None)),
    # a size before 的 describes the thing, and is no part of the label
    ("投资1.2亿元的污水处理厂日处理能力达到5万吨。", ("污水处理厂日处理能力", "5", "万吨", None)),
    ("近3年来，该县累计投入资金5.6亿元。", ("累计投入资金", "5.6", "亿元", None)),
])
def test_labels_and_comparisons_of_news_writing(sentence, expected):
    assert rows(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "与上月相比，优良断面比例上升2.1个百分点。",  # 个百分点 is only ever a change
    "居民人均可支配收入分别为42500元、18600元。",  # two values, one name
    # (城乡 names two: tests/importer/test_figure_rules_8.py)
    "新开工、竣工项目分别完成投资3200亿元、1800亿元、900亿元。",
    "车桩比为2.1：1，三次产业结构为7.4：39.5：53.1。",  # ratios
    "其中，占比33.5%。",  # a share of nothing named
])
def test_values_no_label_can_name_are_not_figures(sentence):
    assert rows(sentence) == []


def test_several_values_keep_their_places_for_the_changes_after_them():
    # the two unnamed values take the two changes; 利润 keeps none of them
    assert rows("利润总额120亿元；居民收入分别为4.2万元、1.8万元，分别增长4.8%、7.2%。") == [
        ("利润总额", "120", "亿元", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全年新签约亿元以上项目312个，总投资2860亿元。",
     [("新签约亿元以上项目", "312", "个", None), ("新签约亿元以上项目总投资", "2860", "亿元", None)]),
    ("基础设施投资5120亿元，占比33.5%。",
     [("基础设施投资", "5120", "亿元", None), ("基础设施投资占比", "33.5", "%", None)]),
    ("全省共有重点排污单位1862家。", [("重点排污单位", "1862", "家", None)]),
])
def test_a_total_or_share_is_of_the_thing_said_before(sentence, expected):
    assert rows(sentence) == expected


def test_casualties_in_clauses_of_their_own():
    assert rows("全国共发生火灾82.5万起，死亡2053人，受伤2122人。") == [
        ("发生火灾", "82.5", "万起", None), ("发生火灾死亡", "2053", "人", None),
        ("发生火灾受伤", "2122", "人", None)]


def test_a_change_from_the_start_of_the_period():
    assert rows("公司总资产为235.6亿元，较期初增长8.9%。") == [
        ("公司总资产", "235.6", "亿元", "较期初增长8.9%")]


def test_a_proposal_is_no_result():
    assert rows("公司拟向全体股东每10股派发现金红利3.5元。") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("合作社年分红人均1.2万元。", [("合作社年分红人均", "1.2", "万元", None)]),  # 人均 is a word
    ("城镇调查失业率平均为4.2%。", [("城镇调查失业率", "4.2", "%", None)]),
    ("该镇已经发放补贴资金860万元。", [("发放补贴资金", "860", "万元", None)]),
    # a measure with no owner, unless 其中 makes it a part of the total before
    ("他种下了茶叶，去年收入80万元。", []),
    ("其中，出口3610亿元，增长1.8%。", [("出口", "3610", "亿元", "增长1.8%")]),
    # what a project will do once built is no result
    ("项目建成后每年可减少二氧化碳排放10万吨。", []),
])
def test_story_and_project_writing(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "changes"), [
    # several values after one verb are 分别 even when it is not said
    ("全年发生事故120起、死亡130人，同比下降5.5%和6.1%。", ["同比下降5.5%", "同比下降6.1%"]),
    ("营业收入120亿元、利润20亿元，增幅分别为8.5%、12.1%。", ["增幅8.5%", "增幅12.1%"]),
    ("优良天数比例为81.2%，同比提升3.5个百分点。", ["同比提升3.5个百分点"]),
])
def test_more_ways_to_say_a_change(sentence, changes):
    assert [r[3] for r in rows(sentence)] == changes


def test_a_shared_head_noun_is_taken_whole():
    assert [r[0] for r in rows("PM10、PM2.5平均浓度分别为65微克/立方米、38微克/立方米。")] == [
        "PM10平均浓度", "PM2.5平均浓度"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("数字经济规模5.2万亿元，占GDP比重为41.5%。",
     [("数字经济规模", "5.2", "万亿元", None), ("数字经济规模占GDP比重", "41.5", "%", None)]),
    ("新兴产业产值增长6.5%，占工业总产值比重达到45%。",
     [("新兴产业产值增长", "6.5", "%", None), ("新兴产业产值占工业总产值比重", "45", "%", None)]),
    ("会议强调，占GDP比重为41.5%。", []),  # a share of nothing named
])
def test_a_share_is_of_the_thing_before(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a count whose label is two characters: what was counted is not said
    ("党组中心组先后集中学习42次，研讨18次。", [("党组中心组集中学习", "42", "次", None)]),
    ("制定规章制度352个、废除48个。", [("制定规章制度", "352", "个", None)]),
    # 罚款 is an amount of money, not a count
    ("全年罚款16398.12万元。", [("罚款", "16398.12", "万元", None)]),
    # 各类 says every kind and names none; a place counted by 个 is a noun
    ("整改各类生态环境问题304个。", [("整改生态环境问题", "304", "个", None)]),
    ("对中阳、临县等4个县进行了集中约谈。", [("集中约谈县", "4", "个", None)]),
])
def test_a_count_names_what_it_counts(sentence, expected):
    assert rows(sentence) == expected


def test_a_change_naming_an_earlier_level_is_that_levels():
    assert rows("优良天数为25天，优良率80.6%，与去年同期相比，优良天数增加3天，"
                "优良率上升9.7个百分点。") == [
        ("优良天数", "25", "天", "增加3天"), ("优良率", "80.6", "%", "上升9.7个百分点")]
    # 平均 and scope words aside, PM2.5浓度 names PM2.5平均浓度
    assert rows("PM2.5平均浓度为38微克/立方米，PM10平均浓度为65微克/立方米，与上年相比，"
                "PM2.5浓度下降5.0%，PM10浓度下降3.0%。") == [
        ("PM2.5平均浓度", "38", "微克/立方米", "下降5.0%"),
        ("PM10平均浓度", "65", "微克/立方米", "下降3.0%")]


# ---------------------------------------------------------------- round 3: what generalises


def test_nearly_n_is_n_and_no_part_of_the_label():
    # 接近 N, like 近 N, says about N: the figure is N, the label stops before it
    assert rows("全省数字经济规模已接近3000亿元。") == [("数字经济规模", "3000", "亿元", None)]


def test_a_bound_after_a_change_verb_stays_a_bound():
    # 「减少1200多万」: more than N, not N — neither a rate row nor a change
    assert rows("失业人口减少1200多万。") == []


def test_the_source_of_a_number_is_no_figure():
    # 「据30家医院数据统计」 names where the figure comes from
    assert rows("据全省30家重点医院数据统计，门诊量约120万人次。") == [
        ("门诊量", "120", "万人次", None)]


@pytest.mark.parametrize("sentence", [
    "当日计划加开客车120列。",  # 计划 with a verb: a plan
    "约3万件展品被修复。",  # a passive clause is no name of a thing
    "现将已经审结的5起案件通报如下。",  # 现将…通报如下
    "我上次回村时，全村人均收入约2万元。",  # a narrator's anecdote
])
def test_clauses_that_name_no_measured_thing(sentence):
    assert rows(sentence) == []


@pytest.mark.parametrize(("label", "ok"), [
    ("其他被移交司法机关的责任人", True),  # 被 inside a name before 的; 其他 is no pronoun
    ("作品被翻译传播", False),
    ("突破3月8日", False),  # a date: an event, not a thing
    ("某省连续", False),  # an adverb ends no name
])
def test_passives_dates_and_adverbs_in_labels(label, ok):
    assert is_label(label) is ok


def test_a_verb_that_is_also_a_link_still_counts_the_noun_after_it():
    # 发生 is a link word (「事故发生32起」) and a counting verb (「发生4起事故」)
    assert rows("该省连续发生4起较大交通事故。") == [("较大交通事故", "4", "起", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a span of time (五年, 十年) grew: of what, the clause does not say
    ("地区生产总值达到5000亿元，五年年均增长6.1%。", [("地区生产总值", "5000", "亿元", None)]),
    ("十年增加近30万亿元。", []),
    # a daily average growth is no change of the total before it
    ("快递业务量8亿件，较去年同期日均增长12%。", [("快递业务量", "8", "亿件", None)]),
    # an average growth of a named thing keeps 年均 in its label
    ("居民收入年均增长5.5%。", [("居民收入年均增长", "5.5", "%", None)]),
    ("入境游客规模较去年假期增长9.5%。", [("入境游客规模增长", "9.5", "%", None)]),
])
def test_average_growth_and_growth_of_a_time_span(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the clause goes on past the number to what it counts: the words before name nothing
    ("假期里，海关共计验放320万人次出入境旅客。", []),
    # 、 or 折合 after the number is no such object
    ("实际利用外资达到12.5亿美元、折合89亿元人民币。", [("实际利用外资", "12.5", "亿美元", None)]),
    # an adverb after the counted noun makes it a predicate (「全部摘帽」), not a name
    ("全省56个贫困村全部出列。", []),
    # several actions after 进行: whose number is whose is not said
    ("对120辆货车进行检测、维修。", []),
    # a unit that goes on in brackets is not known whole
    ("查验交通运输工具3.5万架（艘、列）次。", []),
    # a train's number is a name
    ("旅客乘坐2356次绿皮火车返乡。", []),
])
def test_a_number_inside_a_clause_about_something_else(sentence, expected):
    assert rows(sentence) == expected


def test_an_empty_label_is_no_subject_of_a_later_growth():
    # a size in a name leaves no row, and takes no growth said of another subject
    assert rows("某公司10吉瓦时储能电池项目投产，装备制造业增加值增长12.5%。") == [
        ("装备制造业增加值增长", "12.5", "%", None)]


def labels_of(*texts: str) -> list[str]:
    return [row.label for group in extract_figures([Passage(t) for t in texts])
            for row in group.rows]


def test_figures_of_several_places_name_their_place():
    # the nation, then a city and a region: each later clause is the place's too
    assert labels_of("全国地级及以上城市优良天数比例为85.1%，PM2.5平均浓度为35微克/立方米。",
                     "杭州市优良天数比例为88.2%，PM2.5浓度为30微克/立方米。",
                     "珠三角地区PM2.5浓度为22微克/立方米，臭氧平均浓度为150微克/立方米。") == [
        "地级及以上城市优良天数比例", "PM2.5平均浓度", "杭州市优良天数比例", "杭州市PM2.5浓度",
        "珠三角地区PM2.5浓度", "珠三角地区臭氧平均浓度"]


def test_the_texts_own_place_is_left_off():
    # one city, said with and without its province, and 全市: the text's own place
    assert labels_of("2023年，湖北省宜昌市区优良天数为300天，PM2.5平均浓度为33微克/立方米。",
                     "宜昌市生态环境局全年立案查处环境违法案件120件，罚款860万元。",
                     "全市完成营造林12.5万亩，新增绿地面积320公顷。") == [
        "优良天数", "PM2.5平均浓度", "立案查处环境违法案件", "罚款", "完成营造林", "新增绿地面积"]


def test_a_list_of_growths_says_its_measure_once():
    assert rows("分类型看，国有企业增加值同比增长2.5%，民营企业增长6.1%，外资企业增长1.8%。") == [
        ("国有企业增加值增长", "2.5", "%", None), ("民营企业增加值增长", "6.1", "%", None),
        ("外资企业增加值增长", "1.8", "%", None)]


def test_how_a_statistic_was_computed_is_no_part_of_its_label():
    assert rows("全省规模以上工业增加值按可比价格计算同比增长5.9%。") == [
        ("规模以上工业增加值增长", "5.9", "%", None)]


def test_a_two_character_name_does_not_take_the_next_figures_name():
    # 「氨氮15mg/L、总磷0.3mg/L」: two figures, not 「氨氮总磷」
    assert rows("出水化学需氧量28mg/L、氨氮1.5mg/L、总磷0.3mg/L。") == [
        ("出水化学需氧量", "28", "mg/L", None), ("氨氮", "1.5", "mg/L", None),
        ("总磷", "0.3", "mg/L", None)]


def test_a_persons_story_gives_no_figures():
    # 他/她 and a person's age mark a story: its numbers are the story's, not a table's
    assert labels_of("老李今年62岁，他家的果园去年收入12万元，比前年多了3万元。",
                     "她把攒下的8万元投进了合作社，合作社入股农户达到120户。") == []
    # the same numbers in a report are figures
    assert labels_of("全镇合作社入股农户达到120户，分红资金80万元。") == ["合作社入股农户",
                                                                        "分红资金"]


def test_a_series_of_years_in_one_sentence_gives_no_row():
    # which year the label would mean is not said by the label
    assert rows("2019年全省有8.2万家家庭农场，2023年增加到15.6万家。") == []
    # one year, and a comparison with another, is one figure
    assert rows("2023年全省有15.6万家家庭农场，比2019年增加7.4万家。") == [
        ("家庭农场", "15.6", "万家", "比2019年增加7.4万家")]


def test_the_rank_of_another_subject_is_no_rank_of_the_row():
    [row] = rows_in_sentence("地区生产总值增长6.2%，工业投资增幅全省第2。")
    assert row.rank is None
    [row] = rows_in_sentence("地区生产总值增长6.2%，在全省排名第2。")
    assert row.rank == "在全省排名第2"


def test_a_label_opening_with_plus_or_including_is_no_name():
    assert is_label("加上驻村队员") is False and is_label("包括村干部") is False


@pytest.mark.parametrize(("sentence", "expected"), [
    # 「N个X的Y」: the number counts X, not the Y a label would name
    ("项目共联通2100个自然村的供水管网。", []),
    # a number inside a chain of modifiers (「12个乡镇的560个村」) names no thing
    ("共覆盖12个乡镇（街道）的560个村。", []),
    # 「各类市场」 is no city; 市场主体 is the thing counted
    ("全县共有各类市场主体4.1万户。", [("市场主体", "4.1", "万户", None)]),
    # 比…年末净增 is a change
    ("宽带用户达到3.6亿户，比2022年末净增0.4亿户。",
     [("宽带用户", "3.6", "亿户", "比2022年末净增0.4亿户")]),
])
def test_modifier_chains_markets_and_net_growth(sentence, expected):
    assert rows(sentence) == expected


def test_the_numbers_of_a_list_share_the_unit_said_last():
    assert rows("全市二氧化硫、二氧化氮平均浓度分别为9、27微克/立方米。") == [
        ("二氧化硫平均浓度", "9", "微克/立方米", None),
        ("二氧化氮平均浓度", "27", "微克/立方米", None)]
    # the list's bound or range holds for all of it
    assert rows("两项指标分别为9、27微克/立方米以上。") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # 「其中3A级12个」: a class of the thing before names no thing
    ("全县有A级旅游景区30个，其中3A级12个。", [("A级旅游景区", "30", "个", None)]),
    # 有 opens no label (有效, 有色 are words)
    ("全省有色金属产量120万吨。", [("有色金属产量", "120", "万吨", None)]),
])
def test_classes_and_existence(sentence, expected):
    assert rows(sentence) == expected


def test_words_that_open_with_a_preposition_character():
    # 从业人员 is a noun; 从企业 is a preposition's phrase
    assert is_label("从业人员") is True and is_label("从企业") is False
    assert rows("全县从业人员近8万人。") == [("从业人员", "8", "万人", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a bound with the currency between it and the number
    ("同期行业收入超过人民币1200亿元，从业人数约80万人。", [("从业人数", "80", "万人", None)]),
    # codes that share a head we do not know: no row of a bare code
    ("A100、A200、A300型号的良品率分别为97.1%、96.5%、95.2%。", []),
    # 算下来 is how the writer counts, not part of the name
    ("算下来单日使用时长接近4.2小时。", [("单日使用时长", "4.2", "小时", None)]),
])
def test_currency_bounds_codes_and_asides(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "会议要求，全年完成人工造林任务20万亩。",  # a requirement
    "全县要确保粮食产量稳定在60万吨左右。",
    "务必完成农村户厕改造1.2万户。",
    "培训时间为5天，工期为18个月。",  # how long: durations
])
def test_requirements_and_durations_are_no_results(sentence):
    assert rows(sentence) == []


def test_a_base_named_in_a_clause_of_its_own_goes_with_the_change():
    assert rows("全区常住人口为85.6万人，与2010年第六次人口普查相比，增加6.2万人。") == [
        ("常住人口", "85.6", "万人", "与2010年第六次人口普查相比，增加6.2万人")]
    # the usual base (去年同期) is what 同比 says: the change is written as it is
    assert rows("优良天数为290天，与去年同期相比，增加12天。") == [
        ("优良天数", "290", "天", "增加12天")]


def test_this_round_is_no_part_of_the_label():
    assert rows("本次共抽检样品860批次。") == [("抽检样品", "860", "批次", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a standard's requirements (应, 不得, 宜) are no measurements
    ("每亩基肥施用量应控制在40千克以内。", []),
    ("产品水分含量不得超过14.5%。", []),
    ("移栽宜在叶龄4.5叶时进行，每亩栽插1.8万穴。", []),
    # 应用, 应急 are words, not 应
    ("全省人工智能应用场景达到860个。", [("人工智能应用场景", "860", "个", None)]),
    # a clause number opens no label
    ("5.2 施肥 每亩施纯氮12千克。", []),
    # temperatures and lengths of rain are measures
    ("全市年平均气温15.2℃，年降水量980毫米。",
     [("年平均气温", "15.2", "℃", None), ("年降水量", "980", "毫米", None)]),
])
def test_standards_and_measures_of_climate(sentence, expected):
    assert rows(sentence) == expected


def test_an_ordinal_alone_names_no_thing():
    assert rows("第一批示范单位共18家，第二批扩大到40家。") == [("第一批示范单位", "18", "家", None)]


def test_an_institution_speaking_of_itself_is_no_narrator():
    # 我行, 我公司: the reporting body, as 我市 is; 我 alone tells a story
    assert rows("全年我行累计发放普惠小微贷款86.5亿元。") == [
        ("累计发放普惠小微贷款", "86.5", "亿元", None)]
    assert rows("那年我家种了12亩西瓜。") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # above or below the last period is a change, not a rank
    ("非制造业商务活动指数为50.2%，低于上月0.6个百分点。",
     [("非制造业商务活动指数", "50.2", "%", "低于上月0.6个百分点")]),
    # a connective before the change
    ("小型企业PMI为49.6%，虽比上月回落0.4个百分点，但仍高于上年同期。",
     [("小型企业PMI", "49.6", "%", "比上月回落0.4个百分点")]),
    # 价格 alone: whose price, the clause does not say
    ("其中，蔬菜供应增加，价格下降4.5%。", []),
])
def test_more_changes_of_monthly_statistics(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # what the spending drove or reached is counted with its verb, not as a thing made
    ("项目带动3600名群众就近就业。", [("带动群众就近就业", "3600", "名", None)]),
    ("补贴资金惠及1500家小微企业。", [("惠及小微企业", "1500", "家", None)]),
    # a verb that makes the thing stays out: 「建成12个示范村」 counts 示范村
    ("全县建成12个美丽乡村示范村。", [("美丽乡村示范村", "12", "个", None)]),
])
def test_a_driving_verb_stays_in_the_label(sentence, expected):
    assert rows(sentence) == expected


def test_a_change_from_a_month_of_another_year():
    assert rows("网民规模达9.6亿人，较2022年12月增长2480万人。") == [
        ("网民规模", "9.6", "亿人", "较2022年12月增长2480万人")]


def test_a_label_starts_after_a_connective():
    assert rows("3天数据缺失不参与评价因此参与评价的天数为28天。") == [
        ("参与评价的天数", "28", "天", None)]


def test_a_list_of_places_closed_by_a_count_shares_what_follows():
    assert rows("甲市、乙市、丙县三地优良天数比例分别为72.1%、80.4%、83.3%，"
                "分别同比上升3.2、1.5和2.0个百分点。") == [
        ("甲市优良天数比例", "72.1", "%", "同比上升3.2个百分点"),
        ("乙市优良天数比例", "80.4", "%", "同比上升1.5个百分点"),
        ("丙县优良天数比例", "83.3", "%", "同比上升2.0个百分点")]


def test_a_head_only_the_last_name_has_is_not_guessed():
    # which part of 「朔州优良天数比例」 is the place? no row rather than a row labelled 太原
    assert rows("太原、大同、朔州优良天数比例分别为72.1%、80.4%、83.3%。") == []


def test_a_national_name_keeps_its_national():
    # 全国重点实验室 is a name; 全国 before the subject is a scope
    assert rows("新增全国重点实验室5家。") == [("新增全国重点实验室", "5", "家", None)]
    assert rows("全国规模以上工业增加值增长5.6%。") == [("规模以上工业增加值增长", "5.6", "%", None)]


def test_a_number_of_an_unknown_unit_keeps_its_change():
    # the change is the ozone's, whose unit is not known: it goes to no row before it
    assert rows("PM2.5平均浓度为30微克/立方米，臭氧浓度为62ppb，同比上升4.1%。") == [
        ("PM2.5平均浓度", "30", "微克/立方米", None)]
    # 微克每立方米 is 微克/立方米 said in words
    assert rows("细颗粒物年平均浓度为43微克每立方米，同比下降6.5%。") == [
        ("细颗粒物年平均浓度", "43", "微克每立方米", "同比下降6.5%")]


def test_shares_of_a_list_and_rates_it_shares():
    assert rows("全市昼间、夜间达标率分别为95.2%、80.1%。") == [
        ("昼间达标率", "95.2", "%", None), ("夜间达标率", "80.1", "%", None)]
    # 「分别占」: each value is a share
    assert rows("网民中，男性、女性分别占51.2%、48.8%。") == [
        ("男性占比", "51.2", "%", None), ("女性占比", "48.8", "%", None)]


def test_what_was_done_to_the_things_counted_names_them():
    # 「对N家企业开展X」: the firms X was done to
    assert rows("对86家企业开展清洁生产审核。") == [("清洁生产审核企业", "86", "家", None)]


def test_counts_in_a_row_each_name_their_own_noun():
    # 「10个乡镇28个行政村」: 乡镇 is the first count's noun, not part of the second's label
    assert rows("全县辖10个乡镇28个行政村。") == [("行政村", "28", "个", None)]
    # 「辖7镇6乡1场」: a chain of counts names none of them
    assert rows("全区辖5镇3乡1场。") == []


def test_words_ending_in_a_place_character_are_no_places():
    from briefing.importer.figures.rows import leading_place
    assert leading_place("通过节省开支5000万元") is None
    assert leading_place("山西省优良天数比例") == "山西省"
    assert leading_place("各类市场主体") is None


# ---------------------------------------------------------------- fourth round


@pytest.mark.parametrize(("sentence", "expected"), [
    # a price per share is 元/股, not 元
    ("该公司发行价格为18.50元/股。", [("发行价格", "18.50", "元/股", None)]),
    ("景区人均消费达到320元/人次。", [("景区人均消费", "320", "元/人次", None)]),
    # a 「/」 we do not know: the unit would be cut short (kW of kW/kg) — no row, and the
    # change after it goes to no row before it
    ("新型电机功率密度达到6.2kW/kg。", []),
    ("门票收入8000万元，单价120元/张，同比增长5%。", [("门票收入", "8000", "万元", None)]),
])
def test_a_unit_is_whole_up_to_its_per_or_no_row(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # worked out from an assumption: the clauses before it stand, the rest is no result
    ("某科技收报12.40元/股，以此计算，股东本次减持金额约为3.2亿元。",
     [("某科技收报", "12.40", "元/股", None)]),
    ("按此测算，全年可节约用电量1200万千瓦时。", []),
    # a condition: what follows from it has not happened
    ("如果年产值达到50亿元，可带动就业1.2万人。", []),
    ("若项目全部投产，税收收入将增加8亿元。", []),
    # 若干 is no condition, nor the 若 of 若尔盖
    ("出台若干措施，全年新增就业岗位3.5万个。", [("新增就业岗位", "3.5", "万个", None)]),
    ("若尔盖县湿地面积达到21.6万公顷。", [("若尔盖县湿地面积", "21.6", "万公顷", None)]),
])
def test_a_condition_or_a_computation_from_an_assumption_is_no_result(sentence, expected):
    assert rows(sentence) == expected


def test_a_list_of_counts_names_none_of_them():
    # 「N个方面、M项成果取得进展」: the words after the first count run into the next one
    assert rows("全面部署推进改革，8个领域、21项重点任务取得明显成效。") == []
    assert is_label("领域、21项重点任务取得明显成效") is False


@pytest.mark.parametrize(("sentence", "expected"), [
    # 「N次+verb」: how often someone acted, not a count of things
    ("五年来，部长4次深入基层调研、2次作出批示。", []),
    ("近年来，3次获评全国文明城市。", []),
    ("该县先后5次承办全国性赛事。", []),
    # a counting verb before it counts the noun after the number
    ("全年举办12次专题培训。", [("专题培训", "12", "次", None)]),
])
def test_times_said_before_the_verb_are_no_count(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # of what is 25% the share? the label does not say
    ("岗位底薪28万美元，差旅30%。", [("岗位底薪", "28", "万美元", None)]),
    ("项目组中，外包20%。", []),
    # a rate names itself
    ("一年期贷款利率3.45%。", [("一年期贷款利率", "3.45", "%", None)]),
    ("目前利率3.45%，低于上月。", [("利率", "3.45", "%", None)]),
])
def test_a_percentage_says_of_what(sentence, expected):
    assert rows(sentence) == expected


def test_a_latin_name_alone_says_whose_not_what():
    # a firm's name is no measured thing; a capital acronym may be one
    assert rows("巨头纷纷下注：Microsoft 30亿美元、Google 20亿美元。") == []
    assert is_label("OpenAI") is False
    assert is_label("GDP") is True


@pytest.mark.parametrize(("sentence", "expected"), [
    # 每X before the number: an amount per X, whose unit the row would cut short
    ("对困难老人每人每月发放护理补贴300元。", []),
    ("新建光伏电站每年可发电2.4亿千瓦时。", []),
    ("享受补贴的农户每亩补贴150元。", []),
    # the per said after the number is the unit's
    ("农户种粮补贴150元/亩。", [("农户种粮补贴", "150", "元/亩", None)]),
])
def test_an_amount_per_something_said_before_it_is_no_total(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a difference from normal or from another place is no level of its own (from normal,
    # it is the change of the level before: seventh round)
    ("全年平均气温16.2℃，较常年偏高0.7℃；降水量905毫米，较常年偏少9%。",
     [("平均气温", "16.2", "℃", "较常年偏高0.7℃"), ("降水量", "905", "毫米", "较常年偏少9%")]),
    ("与全省平均水平相比，我县人均存款高出0.8万元。", []),
    ("全县人均存款高于全省0.8万元。", []),
    # a base of any kind opening the label: 较上一代, 比对照组 — the change of the level
    # before (ninth round: printed without it, the level would lack the comparison)
    ("新款手机起售价为4999元，较上一代下降了600元。",
     [("新款手机起售价", "4999", "元", "较上一代下降了600元")]),
])
def test_a_difference_from_a_base_is_no_level(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # 本市, 本企业, 全市 inside a word are no scope words
    ("全年资本市场融资额达到120亿元。", [("资本市场融资额", "120", "亿元", None)]),
    ("样本企业平均营收为3.2亿元。", [("样本企业平均营收", "3.2", "亿元", None)]),
    ("本市工业增加值1200亿元。", [("工业增加值", "1200", "亿元", None)]),
    # 全市 after a verb is a scope word: 完成全市, 本周全市
    ("完成全市86个地块土壤污染状况调查。", [("地块土壤污染状况调查", "86", "个", None)]),
    ("本周全市共发生火情12起。", [("发生火情", "12", "起", None)]),
])
def test_scope_words_inside_a_word_stay(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the future, tasks and what is still to be done are no results
    "明年，全县地区生产总值增长8%左右，一般公共预算收入增长6%。",
    "争取全年完成植树造林5万亩。",
    "努力实现农村居民人均可支配收入增长9%。",
    "各乡镇年内须完成改厕1200户。",
    "下半年，全县还需完成投资52亿元。",
    "今年，我们要新建学校5所，改扩建幼儿园12所。",
])
def test_tasks_and_the_future_are_no_results(sentence):
    assert rows(sentence) == []


def test_funds_obtained_are_a_result():
    # 争取 of funds: what was obtained
    assert rows("争取中央预算内投资增长64.8%。") == [("争取中央预算内投资增长", "64.8", "%", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a notice's terms: what each recipient gets, what one could apply for
    ("对新认定的专精特新企业，给予一次性奖励20万元。", []),
    ("奖励资金总额为800万元，其中一等奖5名，各奖励10万元。",
     [("奖励资金总额", "800", "万元", None), ("一等奖", "5", "名", None)]),
    ("凡在本市连续缴纳社保满6个月的，可申请租房补贴3万元。", []),
    ("项目投运后每年可节约标准煤1.5万吨。", []),
])
def test_terms_of_a_notice_and_what_could_be_are_no_results(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a count of whom the clause is about runs into the next number's words
    ("全年共为650家企业兑现奖补资金9800万元。", []),
    ("向1200户困难家庭发放救助金360万元。", []),
    # a list of counts, each with its noun, stays
    ("全省现有12个国家级园区、40个省级园区。",
     [("国家级园区", "12", "个", None), ("省级园区", "40", "个", None)]),
    ("全县现辖158个行政村23个社区。", [("行政村", "158", "个", None)]),
])
def test_a_count_of_whom_a_clause_is_about_names_no_thing(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "label"), [
    # a link word is left off only as a word, not as the first character of one
    ("全县共产党员人数达到2.3万名。", "共产党员人数"),
    ("有害气体排放量为120吨。", "有害气体排放量"),
    ("还款金额为5000万元。", "还款金额"),
    ("已婚人口比例为62%。", "已婚人口比例"),
    ("各地区生产总值合计5.2万亿元。", "生产总值"),
    # and as a word it is
    ("还有危险废物处置量1.2万吨。", "危险废物处置量"),
])
def test_link_words_are_left_off_only_as_words(sentence, label):
    assert [row[0] for row in rows(sentence)] == [label]


@pytest.mark.parametrize(("sentence", "label"), [
    # 地级市, 县级市, 设区市, 直辖市 are kinds of city, not a place to leave off
    ("直辖市人均GDP为12万元。", "直辖市人均GDP"),
    ("设区市空气质量优良天数比例为85.2%。", "设区市空气质量优良天数比例"),
    ("县级市财政收入合计360亿元。", "县级市财政收入"),
])
def test_a_kind_of_city_is_no_place(sentence, label):
    assert [row[0] for row in rows(sentence)] == [label]


@pytest.mark.parametrize(("sentence", "expected"), [
    # names that have their own measure keep it
    ("规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、10%和7%。",
     [("规上工业增加值增长", "8", "%", None), ("固定资产投资增长", "10", "%", None),
      ("社会消费品零售总额增长", "7", "%", None)]),
    # 「一、二、三产业」 shortens names the label cannot write out
    ("一、二、三产业增加值分别增长3.1%、5.6%和6.2%。", []),
])
def test_a_list_of_names_shares_only_a_head_it_lacks(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the level said after the growth is the subject's, the growth its change
    ("全县财政总收入增长12.3%，达到35.6亿元。",
     [("财政总收入", "35.6", "亿元", "增长12.3%")]),
    ("全市进出口总额同比增长8.1%，达420亿元。",
     [("进出口总额", "420", "亿元", "增长8.1%")]),
    # a bound after the growth is no level: the rate row stays
    ("外贸进出口总额增长23.1%，突破500亿元。", [("外贸进出口总额增长", "23.1", "%", None)]),
])
def test_a_level_said_after_its_growth(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the total is the project's, not its length's
    ("沿江快速路改扩建工程全长36公里，总投资18亿元。",
     [("沿江快速路改扩建工程全长", "36", "公里", None),
      ("沿江快速路改扩建工程总投资", "18", "亿元", None)]),
    # a share is of the measure itself
    ("基础设施投资5120亿元，占比33.5%。",
     [("基础设施投资", "5120", "亿元", None), ("基础设施投资占比", "33.5", "%", None)]),
])
def test_a_total_is_of_the_thing_not_of_its_measure(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize(("sentence", "label"), [
    # the source of a figure is no part of its name
    ("某平台的数据显示新能源岗位招聘量同比增长56%。", "新能源岗位招聘量增长"),
    ("监测结果表明全市PM2.5平均浓度为31微克/立方米。", "PM2.5平均浓度"),
    # 显示 inside a name stays
    ("全年显示面板出货量为1.2亿台。", "显示面板出货量"),
])
def test_the_source_is_no_part_of_the_label(sentence, label):
    assert [row[0] for row in rows(sentence)] == [label]


def test_an_amount_converted_into_another_unit_is_no_figure():
    # the same amount again, at an exchange rate
    assert rows("人均地区生产总值达到8.9万元，按年平均汇率折算为1.26万美元。") == [
        ("人均地区生产总值", "8.9", "万元", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # short ways to say a change, straight after the base: the level's change, not a row
    ("全年粮食总产量52.3万吨，比上年增产0.8%。", [("粮食总产量", "52.3", "万吨", "比上年增产0.8%")]),
    ("营业收入120亿元，同比增5.2%。", [("营业收入", "120", "亿元", "同比增5.2%")]),
    ("营业收入120亿元，同比降5.2%。", [("营业收入", "120", "亿元", "同比降5.2%")]),
    ("存款余额860亿元，比年初多增52亿元。", [("存款余额", "860", "亿元", "比年初多增52亿元")]),
    ("营业收入120亿元，比上年少12亿元。", [("营业收入", "120", "亿元", "比上年少12亿元")]),
    ("营业收入120亿元，增长率为5.2%。", [("营业收入", "120", "亿元", "增长率为5.2%")]),
    # the 增 of 新增 is no change
    ("全年新增企业5家。", [("新增企业", "5", "家", None)]),
])
def test_short_changes_after_a_base(sentence, expected):
    assert rows(sentence) == expected


def test_a_change_in_brackets_is_the_levels():
    assert rows("全市完成工业增加值120亿元（增长8.2%）。") == [
        ("完成工业增加值", "120", "亿元", "增长8.2%")]
    assert rows("营业收入120亿元（同比增长5.2%），同比多增3亿元。") == [
        ("营业收入", "120", "亿元", "同比增长5.2%")]


def test_a_list_shares_the_statistics_long_name():
    # 「城镇和农村居民人均可支配收入」: 城镇 shares 居民人均可支配收入, not 收入 alone
    assert rows("全市城镇和农村居民人均可支配收入分别达到4.8万元和2.3万元。") == [
        ("城镇居民人均可支配收入", "4.8", "万元", None),
        ("农村居民人均可支配收入", "2.3", "万元", None)]


def test_a_label_with_also_is_a_clause():
    # 「X也在往这个方向投入N」: 也 (also) is a word of a clause, not of a name
    assert rows("某公司也在往这个方向砸了20亿美元。") == []
    assert is_label("也门原油产量") is True


@pytest.mark.parametrize(("sentence", "change"), [
    # more bases and real growth: the level's change, not a row of its own
    ("营业收入120亿元，较同期增长5%。", "较同期增长5%"),
    ("营业收入120亿元，比上半年增长5%。", "比上半年增长5%"),
    ("营业收入120亿元，较一季度增长5%。", "较一季度增长5%"),
    ("营业收入120亿元，同比实际增长5%。", "同比实际增长5%"),
])
def test_more_bases_and_real_growth(sentence, change):
    assert rows(sentence) == [("营业收入", "120", "亿元", change)]


# ---------------------------------------------------------------- fifth round


def test_a_label_runs_across_no_heading_and_no_month():
    # a heading left inline (「二、…（一）…」) and the month of the next clause are no part
    # of the name of what is counted
    assert rows("二、86 个县区空气质量 （一）总体状况 2023 年 5 月 86 个县区（名单见附件，"
                "以下简称 86 县区）平均优良天数比例为 81.2%。") == []
    assert rows("三、12 个断面水环境质量 （二）基本情况 2023 年 5 月 12 个断面中，"
                "达标断面 10 个。") == [("达标断面", "10", "个", None)]
    assert is_label("城市空气质量（一）总体状况2023年5月") is False
    assert rows("一、大气环境质量 全市优良天数比例为88.5%。") == []
    assert rows("三、经济运行 1.工业 规模以上工业增加值为120亿元，同比增长5%。") == []
    assert rows("经济运行 1.工业 规模以上工业增加值为120亿元。") == []
    # a year said after the name: the time of a clause, not part of the name
    assert rows("女性求职者占比2020年为19.4%。") == []
    assert rows("2020年女性求职者占比为19.4%。") == [("女性求职者占比", "19.4", "%", None)]
    assert rows("全市优良天数比例为88.5%。") == [("优良天数比例", "88.5", "%", None)]
    assert is_label("地表水断面达标率") is True


def test_examples_closed_by_a_count_name_no_thing():
    # 「甲、乙、丙等N个城市的X为V」: V is each of the N cities' value, not a figure
    assert rows("其中，甲县、乙县、丙县等12个县的森林覆盖率为60%。") == []
    assert rows("全省森林覆盖率为60%。") == [("森林覆盖率", "60", "%", None)]


def test_a_comparison_is_no_part_of_a_label():
    # 「2022占比与去年保持一致为2.1%」: a clause saying how a share changed names no thing
    assert rows("2022占比与去年保持一致为2.1%。") == []
    assert rows("女性从业者占比与上年持平为31.5%。") == []


def test_a_total_share_alone_is_the_share_of_the_thing_before():
    # 「90后最多，总占比为53.7%」: 总占比 names the share of a thing said before, which
    # gave no row — no row
    assert rows("从年龄来看，70后最多，总占比为41.2%。") == []
    assert rows("今年以来累计占比达到45%。") == []
    assert rows("新签约项目40个，总占比为35%。") == [
        ("新签约项目", "40", "个", None), ("新签约项目总占比", "35", "%", None)]


def figure_rows(text: str) -> list[tuple]:
    return [(r.label, r.value, r.unit, r.change)
            for group in extract_figures([Passage(text)]) for r in group.rows]


def test_a_sentence_opening_with_the_base_gives_the_changes_of_the_sentence_before():
    # 「与去年同期相比，X上升a个百分点，Y持平。」: a bulletin states the levels, then their
    # changes in the next sentence, naming each thing again
    text = ("全市优良天数比例为88.5%，轻度污染天数比例为9.1%，重度污染天数比例为0.4%。"
            "与去年同期相比，优良天数比例上升3.1个百分点，重度污染天数比例持平。")
    assert figure_rows(text) == [
        ("优良天数比例", "88.5", "%", "上升3.1个百分点"),
        ("轻度污染天数比例", "9.1", "%", None),
        ("重度污染天数比例", "0.4", "%", "持平")]
    # a row whose change the next sentence gives cites both sentences (the change must be
    # in what it cites: briefing check); the others cite their own
    first, second = text.split("。", 1)
    sources = [r.source for group in extract_figures([Passage(text)]) for r in group.rows]
    assert sources == [first + "。" + second, first + "。", first + "。" + second]
    # 同比 alone opens such a sentence too
    assert figure_rows("全县粮食总产量为52.3万吨，蔬菜产量为18.6万吨。同比，粮食总产量增长2.5%。") == [
        ("粮食总产量", "52.3", "万吨", "增长2.5%"), ("蔬菜产量", "18.6", "万吨", None)]


def test_a_thing_that_held_level_keeps_its_level_and_says_so():
    assert rows("优良天数比例为88.5%，重度污染天数比例为0.4%，重度污染天数比例同比持平。") == [
        ("优良天数比例", "88.5", "%", None), ("重度污染天数比例", "0.4", "%", "同比持平")]


def test_a_grade_with_zhong_is_a_word():
    # 轻度, 中度, 重度: grades of pollution; the 中 of 中度 is no preposition (「…中」)
    assert rows("轻度污染天数比例为6.9%，中度污染天数比例为0.6%。") == [
        ("轻度污染天数比例", "6.9", "%", None), ("中度污染天数比例", "0.6", "%", None)]
    assert is_label("中度污染天数比例") is True


@pytest.mark.parametrize("sentence", [
    # a count of things, then 的: the value is each counted thing's
    "全省18个市中，7个市的PM2.5平均浓度为35微克/立方米。",
    "有12个县的优良天数比例为100%。",
    # 均 after the things: each of them has the value
    "甲市、乙市和丙市的优良天数比例均为100%。",
    "三个园区的入驻率都为95%。",
])
def test_a_value_each_member_has_is_no_figure(sentence):
    assert rows(sentence) == []


def test_an_average_and_a_named_set_stay():
    assert rows("全市CO日均值第95百分位浓度平均为1.2毫克/立方米。") == [
        ("CO日均值第95百分位浓度", "1.2", "毫克/立方米", None)]
    assert rows("全国168个城市平均优良天数比例为87.9%。") == [
        ("城市平均优良天数比例", "87.9", "%", None)]


def test_the_sentence_after_reaches_back_only_by_name():
    # a change without a subject, or a share, in the sentence after: whose, it does not say
    assert figure_rows("全市优良天数比例为88.5%，重度污染天数比例为0.4%。"
                       "与去年同期相比，下降2.1个百分点。") == [
        ("优良天数比例", "88.5", "%", None), ("重度污染天数比例", "0.4", "%", None)]
    assert figure_rows("全市营业收入为120亿元，利润总额为12亿元。"
                       "与上年同期相比，营业收入增长5%，占比为30%。") == [
        ("营业收入", "120", "亿元", "增长5%"), ("利润总额", "12", "亿元", None)]


@pytest.mark.parametrize("text", [
    "全市优良天数为280天，优良天数比例为88.5%，与去年同期相比，优良天数增加12天。",
    "全市优良天数为280天，优良天数比例为88.5%。与去年同期相比，优良天数增加12天。",
])
def test_a_named_change_goes_to_the_row_whose_unit_it_fits(text):
    # 优良天数 names both rows' things; 12天 can only be the change of the count of days
    assert figure_rows(text) == [
        ("优良天数", "280", "天", "增加12天"), ("优良天数比例", "88.5", "%", None)]


# ---------------------------------------------------------------- sixth round (widening texts)


@pytest.mark.parametrize(("sentence", "expected"), [
    # 同口径 / 可比口径: a comparison on a like-for-like basis, as 同比
    ("全县一般公共预算收入8.6亿元，同口径增长5.3%。",
     [("一般公共预算收入", "8.6", "亿元", "同口径增长5.3%")]),
    ("税收收入5.2亿元，按可比口径下降2.1%。", [("税收收入", "5.2", "亿元", "按可比口径下降2.1%")]),
])
def test_a_like_for_like_comparison_is_a_change(sentence, expected):
    assert rows(sentence) == expected


def test_thousandth_points_are_the_change_of_a_rate_in_permille():
    # 个千分点 is to ‰ what 个百分点 is to %: the change of the rate, never a level
    assert rows("全市人口出生率为9.8‰，比上年下降0.6个千分点。") == [
        ("人口出生率", "9.8", "‰", "比上年下降0.6个千分点")]
    assert rows("人口自然增长率上升1.2个千分点。") == []


def test_a_count_said_with_its_magnitude_alone_takes_the_change_naming_what_it_counts():
    assert rows("年末常住人口52.6万，比上年增加1.1万人。") == [
        ("常住人口", "52.6", "万", "比上年增加1.1万人")]
    # an amount of another measure is still no change of it
    assert rows("年末常住人口52.6万，比上年增加1.1亿元。") == [("常住人口", "52.6", "万", None)]


def test_a_time_after_jiezhi_is_left_off_the_label():
    assert rows("截止年末全市户籍人口120.5万人。") == [("户籍人口", "120.5", "万人", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the figure before in another unit, in brackets: no row, no place — the change after
    # it is the figure's
    ("全年蔬菜种植面积3.2万公顷（48万亩），增长4.5%。",
     [("蔬菜种植面积", "3.2", "万公顷", "增长4.5%")]),
    ("全年粮食产量52万吨(10.4亿斤)，比上年下降2.5%。",
     [("粮食产量", "52", "万吨", "比上年下降2.5%")]),
])
def test_a_figure_in_another_unit_in_brackets_is_the_same_figure(sentence, expected):
    assert rows(sentence) == expected


def test_parallel_names_share_all_the_words_the_last_runs_on_into():
    # 「第一产业、第二产业、第三产业增加值占…的比重」: every 第N产业 has the whole name, and
    # 「第三产业比重」 in the sentence after names the third
    text = ("第一产业、第二产业、第三产业增加值占全县生产总值的比重分别为12.5%、40.1%和47.4%。"
            "与上年相比，第三产业比重提高0.9个百分点。")
    assert figure_rows(text) == [
        ("第一产业增加值占生产总值的比重", "12.5", "%", None),
        ("第二产业增加值占生产总值的比重", "40.1", "%", None),
        ("第三产业增加值占生产总值的比重", "47.4", "%", "提高0.9个百分点")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # 共/累计 + verb after a count: the count is who did it; the figure is the next number
    ("全市15个检查组共检查企业320家。", [("检查企业", "320", "家", None)]),
    ("全区8个街道累计排查隐患1250处。", [("排查隐患", "1250", "处", None)]),
])
def test_a_count_before_a_total_and_its_verb_is_who_did_it(sentence, expected):
    assert rows(sentence) == expected


def test_a_note_on_what_was_counted_is_no_part_of_the_label():
    assert rows("本月共监测12个（以监测样品计）乡镇饮用水水源地。") == [
        ("监测乡镇饮用水水源地", "12", "个", None)]


def test_a_clause_naming_the_comparison_goes_into_the_rows_after_it():
    # 「从环比看，…增长2.3%」 is a quarter-on-quarter growth: said as 「增长2.3%」 it would
    # read as the year's
    assert rows("从环比看，三季度全市规模以上工业增加值增长2.3%。") == [
        ("规模以上工业增加值环比增长", "2.3", "%", None)]
    assert rows("全市地区生产总值120亿元，从环比看，增长1.8%。") == [
        ("地区生产总值", "120", "亿元", "环比增长1.8%")]


def test_a_copy_in_traditional_characters_is_read_like_simplified():
    # 增長, 億元, 預期目標: the rules read the Simplified form; the rows keep the text's
    # characters
    assert figure_rows("全縣財政總收入25.6億元，比上年增長8.2%；城鎮居民人均可支配收入"
                       "41250元，增長6.1%。") == [
        ("財政總收入", "25.6", "億元", "比上年增長8.2%"),
        ("城鎮居民人均可支配收入", "41250", "元", "增長6.1%")]
    assert figure_rows("明年主要預期目標：地區生產總值增長7%，財政收入增長6%。") == []


def test_an_item_of_a_list_that_lost_its_magnitude_is_no_figure():
    # among parts in 亿元, 「12.3元」 is a misprint no editor could print as it stands
    assert figure_rows("全年工业总产值86.5亿元。其中，食品工业产值12.3元，增长5.1%；"
                       "纺织工业产值20.6亿元，增长3.2%。") == [
        ("工业总产值", "86.5", "亿元", None), ("纺织工业产值", "20.6", "亿元", "增长3.2%")]
    # amounts each one has stay beside the totals
    assert rows("全县生产总值120亿元，人均生产总值45325元。") == [
        ("生产总值", "120", "亿元", None), ("人均生产总值", "45325", "元", None)]


def test_a_link_verb_between_a_thing_and_its_measure_is_left_off_the_label():
    assert rows("其中，第二产业完成增加值56.3亿元，同比增长7.1%。") == [
        ("第二产业增加值", "56.3", "亿元", "同比增长7.1%")]
    assert rows("规模以上工业企业实现利润12.5亿元。") == [("规模以上工业企业利润", "12.5", "亿元", None)]


def test_a_value_added_in_yuan_has_lost_its_magnitude():
    # a place's value added or output is counted in 万元 or 亿元: 「…增加值307998元」 is a
    # misprint; per head, 元 is right
    assert rows("全年民营经济增加值268450元，比上年增长7%。") == []
    assert rows("全县人均地区生产总值38620元。") == [("人均地区生产总值", "38620", "元", None)]


@pytest.mark.parametrize("sentence", [
    # how the growth was computed, and a note naming an abbreviation, stand between the
    # level and its change
    "全县地区生产总值完成86.2亿元，按2020年不变价格计算比上年（以下简称同比）增长7.5%。",
    "全县地区生产总值完成86.2亿元，按不变价格计算比上年增长7.5%。",
    "全县地区生产总值完成86.2亿元，比上年（以下简称同比）增长7.5%。",
])
def test_a_method_and_an_abbreviation_note_do_not_part_a_level_from_its_change(sentence):
    [(label, value, unit, change)] = rows(sentence)
    assert (label, value, unit) == ("地区生产总值", "86.2", "亿元")
    assert change is not None and change.endswith("增长7.5%")


def test_an_amount_is_never_a_percentage():
    # 「农林水支出20.7%」 among growths: the verb is missing — no row
    assert rows("其中，教育支出增长8.2%，卫生健康支出12.4%。") == [("教育支出增长", "8.2", "%", None)]
    # shares and rates of amounts stay
    assert rows("教育支出占比为18.2%。") == [("教育支出占比", "18.2", "%", None)]


def test_a_comparable_basis_and_a_note_on_the_base_are_comparisons():
    # 可比增长 as 同口径; 「同比（下同）」「比上年（以下简称同比）」 with a note before the verb
    assert rows("财政收入完成8600万元，可比增长12%。") == [
        ("财政收入", "8600", "万元", "可比增长12%")]
    assert rows("全县地区生产总值120亿元，同比（下同）增长8.4%。") == [
        ("地区生产总值", "120", "亿元", "同比（下同）增长8.4%")]


def test_the_base_level_said_before_the_verb_is_no_change():
    # 「较去年同期的88.1%提升4.2个百分点」: 88.1% is last year's level; the change is 4.2
    assert rows("全县优良率为92.3%，较去年同期的88.1%提升4.2个百分点。") == [
        ("优良率", "92.3", "%", "较去年同期的88.1%提升4.2个百分点")]


def test_fenbie_with_one_value_names_nothing():
    # the rest of the list cut off (a line break in the copy): whose value, 分别 does not say
    assert rows("城乡居民人均可支配收入分别增长8.2%、") == []


def test_figures_of_two_periods_name_their_period():
    text = ("3月，全市PM2.5浓度为41微克/立方米，同比下降4.7%；PM10浓度为74微克/立方米。"
            "1-3月，全市PM2.5浓度为54微克/立方米，同比上升1.9%。")
    assert figure_rows(text) == [
        ("3月PM2.5浓度", "41", "微克/立方米", "同比下降4.7%"),
        ("PM10浓度", "74", "微克/立方米", None),
        ("1-3月PM2.5浓度", "54", "微克/立方米", "同比上升1.9%")]


def test_a_paragraph_goes_on_about_its_place_and_period():
    # the second sentence names neither: the place is the paragraph's, and its period is
    # another than the first's — the same value is no repeat of the first
    text = ("全国3月PM2.5浓度为41微克/立方米，PM10浓度为74微克/立方米。"
            "北京市3月PM2.5浓度为52微克/立方米，同比下降38.8%。"
            "1-3月，PM2.5浓度为52微克/立方米，同比下降7.1%。")
    assert figure_rows(text) == [
        ("PM2.5浓度", "41", "微克/立方米", None), ("PM10浓度", "74", "微克/立方米", None),
        ("北京市3月PM2.5浓度", "52", "微克/立方米", "同比下降38.8%"),
        ("1-3月北京市PM2.5浓度", "52", "微克/立方米", "同比下降7.1%")]


def test_a_count_of_things_judged_is_no_figure():
    # 「…等20个城市空气质量相对较差」: the label is a judgement of the things counted
    assert rows("3月，168个重点城市中甲、乙市等20个城市空气质量相对较差。") == []
    assert rows("全省21个城市中，12个城市空气质量相对较好。") == []


# ---------------------------------------------------------------- seventh round


@pytest.mark.parametrize("sentence", [
    "一氧化碳浓度较高的是甲区（1.2mg/m3）、乙区（1.0mg/m3）、丙区（0.9mg/m3）。",
    "浓度较高的点位为东关（56微克/立方米）、西关（51微克/立方米）。",
])
def test_words_between_two_values_in_brackets_name_neither(sentence):
    # 「）、乙区（」: a bracket closed before it opens — no name of a measured thing
    assert not any(label.startswith(("）", ")")) for label, *_ in rows(sentence))
    assert not is_label("）、乙区（")


@pytest.mark.parametrize("sentence", [
    "说明部分字数要在500字以内，外文字数以400个左右实词为宜，关键词一般5个左右。",
    "每个小组的成员以12人为宜。",
    "图表一般为10个，参考文献一般不少于15篇。",
])
def test_a_guides_recommendations_are_no_results(sentence):
    # 以N为宜, 一般 N, 要在: what a guide or a standard recommends, not what was counted
    assert rows(sentence) == []


def test_yiban_of_a_budget_stays():
    assert rows("全县一般公共预算收入12.5亿元，同比增长6.1%。") == [
        ("一般公共预算收入", "12.5", "亿元", "同比增长6.1%")]


def test_radical_glyphs_of_a_pdf_are_read_as_the_characters_they_look_like():
    # pdftotext of a report set with a font's radical glyphs: ⽣ (U+2F63), ⻓ (U+2ED3) stand
    # for 生, 长; the rows keep the text's code points
    text = "全市地区⽣产总值120亿元，同⽐增⻓5.1%。明年⽬标是增⻓6%。"
    assert figure_rows(text + "城镇居民人均可支配收入41250元，同比增长6.1%。") == [
        ("地区⽣产总值", "120", "亿元", "同⽐增⻓5.1%"),
        ("城镇居民人均可支配收入", "41250", "元", "同比增长6.1%")]


@pytest.mark.parametrize("base", ["相比2022年", "相较2022年", "相较于 2022 年", "比2022年"])
def test_xiangbi_with_a_year_is_a_comparison(base):
    # 「相比 2022 年增长了约 10.32%」: the change of the level before, not a row of its own
    assert rows(f"2023年平台日志数据达到了14亿条，{base}增长了约10.32%。") == [
        ("平台日志数据", "14", "亿条", f"{despace(base)}增长了约10.32%")]


@pytest.mark.parametrize("sentence", [
    "例如某县去年引进项目30个，投资50亿元。",
    "比如，某企业去年实现营业收入5亿元，同比增长12%。",
    "以某镇为例，该镇去年新增就业岗位300个。",
    "如北京市优良天数比例为75%，上海市为87%。",
])
def test_an_example_is_no_figure_of_the_subject(sentence):
    # 例如, 比如, 以…为例, 如 + a place: a case illustrating what was said, to the sentence's end
    assert rows(sentence) == []


def test_the_clauses_before_an_example_stay():
    assert rows("全市新增市场主体1.2万户，例如某镇新增300户。") == [
        ("新增市场主体", "1.2", "万户", None)]
    # 为例外 is no example; 如今 and 如期 are no 如
    assert rows("坚持以公开为常态、不公开为例外，全年主动公开信息1200条。") == [
        ("主动公开信息", "1200", "条", None)]
    assert rows("如今，全市市场主体总数达到12.5万户。") == [
        ("市场主体总数", "12.5", "万户", None)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("去年同期，全市优良天数为200天。", []),
    ("上年同期优良天数比例为80.5%。", []),
    ("全市优良天数为230天，去年同期为200天。", [("优良天数", "230", "天", None)]),
    ("全市优良天数比例为88.5%，上年同期为80.5%，同比上升8.0个百分点。",
     [("优良天数比例", "88.5", "%", "同比上升8.0个百分点")]),
])
def test_the_level_of_the_base_period_is_no_figure(sentence, expected):
    # 去年同期 / 上年同期 as the time of a clause: last year's level, quoted as the base
    assert rows(sentence) == expected


def test_a_procurement_notice_gives_terms_not_figures():
    # budget, ceiling price, quantity, term: the terms of a purchase
    notice = ("某市某局办公设备采购项目已具备采购条件，现进行公开招标。项目预算金额150万元，"
              "最高限价148万元，采购数量50台，服务期12个月。投标人须提交投标保证金2万元。"
              "全市办公设备保有量达到1.2万台，同比增长3.5%。")
    assert figure_rows(notice) == []
    # a clause naming a price set or bid, in any text
    assert rows("中标金额为1180万元，投标保证金2万元。") == []
    # a statistic of public procurement stays
    assert rows("全市政府采购规模12.5亿元，同比增长8.1%；节约资金1.3亿元。") == [
        ("政府采购规模", "12.5", "亿元", "同比增长8.1%"), ("节约资金", "1.3", "亿元", None)]


def test_a_figure_of_an_earlier_year_is_quoted_history():
    text = ("2015年，该县旅游收入仅为20亿元，接待游客200万人次。"
            "2023年，全县旅游收入达到86亿元，同比增长12.5%；接待游客1200万人次，同比增长9.8%。")
    assert figure_rows(text) == [
        ("旅游收入", "86", "亿元", "同比增长12.5%"), ("接待游客", "1200", "万人次", "同比增长9.8%")]
    # a span (2017年到2021年, 2019年以来) reaches the latest year, and stays
    span = ("2017年到2021年，全国数据产量全球占比9.9%。2019年以来，清理违法信息204.93亿条。"
            "2021年，全国数字经济规模达到45.5万亿元，同比增长16.2%；5G基站142.5万个。")
    assert [label for label, *_ in figure_rows(span)] == [
        "数据产量全球占比", "清理违法信息", "数字经济规模", "5G基站"]


@pytest.mark.parametrize("sentence", [
    # three changes for two levels: whose is whose, the rules cannot tell
    "全市接待游客1200万人次，旅游总收入120亿元，同比分别增长15.2%、18.6%、20.1%。",
    # 分别 with one value: no change of either
    "全县粮食产量12.5万吨，油料产量3.2万吨，分别增长5.1%。",
])
def test_a_level_whose_change_found_no_place_is_left_out(sentence):
    # printed without the change the text gives, the level would be a wrong row
    assert rows(sentence) == []


def test_a_change_that_is_not_the_levels_leaves_it():
    # 12 days are the change of 优良天数 (unsaid), not of the percentage
    assert rows("全市优良天数比例为88.5%，同比增加12天。") == [
        ("优良天数比例", "88.5", "%", None)]
    # the change of a part that is no row (出口 after a total) leaves the total alone
    assert rows("全县外贸进出口总额12亿美元，出口8亿美元，同比增长12%。") == [
        ("外贸进出口总额", "12", "亿美元", None)]


@pytest.mark.parametrize("sentence", [
    "全省16个市中，有12个市PM2.5浓度同比下降。",
    "全省有12个县同比下降，8个县比上年上升。",
])
def test_a_count_of_things_that_changed_is_no_figure(sentence):
    # 「12个市PM2.5浓度同比下降」: a label holding a comparison (同比, 比上年) is a clause
    # saying how the things counted changed, not a name
    assert rows(sentence) == []
    assert not is_label("市PM2.5浓度同比下降")


@pytest.mark.parametrize("basis", ["按新口径", "自然口径", "扣除留抵退税因素后", "剔除一次性因素"])
def test_how_a_comparison_was_made_is_no_thing_that_changed(basis):
    # the change is the level's before, said with its basis — not a rate row of 「按新口径」
    assert rows(f"全区一般公共预算收入70.11亿元，{basis}下降19.4%。") == [
        ("一般公共预算收入", "70.11", "亿元", f"{basis}下降19.4%")]


def test_a_growth_after_a_level_names_a_measure_or_neither_stands():
    # 「受减税影响下降5.4%」: a qualifier the rules do not know — by convention the level's
    # change; neither a rate row of 「受减税影响」 nor the level without its change
    assert rows("全区一般公共预算收入70.11亿元，受减税影响下降5.4%。") == []
    # another measure, named: both stand
    assert rows("外送电量1116亿千瓦时，能源工业增加值增长8.1%。") == [
        ("外送电量", "1116", "亿千瓦时", None), ("能源工业增加值增长", "8.1", "%", None)]


def test_a_departure_from_normal_is_the_change_of_the_level_before():
    # 较常年偏高 / 比常年同期偏少: a climate bulletin's comparison with the normal
    assert rows("全市平均气温15.2℃，较常年偏高0.8℃，降水量520毫米，较常年偏少20%。") == [
        ("平均气温", "15.2", "℃", "较常年偏高0.8℃"), ("降水量", "520", "毫米", "较常年偏少20%")]
    # alone it is still no level
    assert rows("较常年偏高0.9℃。") == []


def test_a_quorum_is_no_count():
    # 应到 / 应出席: how many should attend; 实到 with a bare 到 before it names nothing either
    assert rows("本次会议应到委员35人，实到32人，符合法定人数。") == []
    assert not is_label("会议应出席代表")


def test_a_size_with_no_owner_is_no_figure():
    # 「全长6300公里」: whose length, the clause does not say (the owner is named before)
    assert rows("长江干流全长6300公里。") == [
        ("长江干流全长", "6300", "公里", None)]
    assert rows("该河发源于北部山区，全长126公里。") == []


# ---------------------------------------------------------------- seen on fresh public texts


def test_an_output_with_no_owner_is_no_figure():
    # 「产量达到8163吨」 after a row of another thing: whose output, the clause does not say.
    # (Since the thirty-sixth round, an output right after its owner's other measure in the
    # clause chain — 「蔬菜种植面积7984亩，产量达到8163吨」 — is that owner's: 蔬菜产量, as an
    # editor reads it; tests/importer/test_round_36.py.)
    assert rows("全县蔬菜种植面积7984亩，产量达到8163吨，增长5.3%。") == [
        ("蔬菜种植面积", "7984", "亩", None), ("蔬菜产量", "8163", "吨", "增长5.3%")]
    assert rows("全县新建温室大棚120个，产量达到8163吨，增长5.3%。") == [
        ("新建温室大棚", "120", "个", None)]


@pytest.mark.parametrize("sentence", [
    "二季度全县地区生产总值为1437936万元，比上年同期增长-8.7%。",
    "原煤产量1657.8万吨，同比下降14..3%。",
])
def test_a_level_whose_change_cannot_be_read_is_left_out(sentence):
    # a negative growth (增长-8.7%) or a misprinted one: the level would go without it
    assert rows(sentence) == []


def test_a_label_that_lost_a_value_in_brackets_is_no_name():
    assert not is_label("()大幅增长")
    assert rows("农林牧渔业增加值18100万元，增长11.6%，较上年同期(3.2%)大幅增长。") == [
        ("农林牧渔业增加值", "18100", "万元", "增长11.6%")]


def test_a_list_of_growths_shares_a_measure_only_with_a_subject_naming_none():
    assert rows("细颗粒物平均浓度同比下降14.9%，重污染天数同比下降39%。") == [
        ("细颗粒物平均浓度下降", "14.9", "%", None), ("重污染天数下降", "39", "%", None)]


def test_the_numbers_of_a_target_completed_are_the_targets():
    # 「超额完成…同比下降4%的改善目标」: 4% is the target, 13.6% the result
    assert rows("PM2.5平均浓度为70微克/立方米，同比下降13.6%，超额完成PM2.5平均浓度"
                "同比下降4%的改善目标。") == [
        ("PM2.5平均浓度", "70", "微克/立方米", "同比下降13.6%")]
    assert rows("长三角地区PM2.5平均浓度为46微克/立方米；超额完成PM2.5平均浓度同比下降2%、"
                "重污染天数同比减少2%的改善目标。") == [
        ("长三角地区PM2.5平均浓度", "46", "微克/立方米", None)]


def test_an_amount_labelled_by_firms_says_whose_not_what():
    assert rows("原煤产量1657.8万吨，同比下降14.3%；其中，县属企业完成1094.2万吨，"
                "同比下降17.1%。") == [("原煤产量", "1657.8", "万吨", "同比下降14.3%")]
    # a count of firms is a figure
    assert rows("全县规模以上工业企业达到126家，同比增加8家。") == [
        ("规模以上工业企业", "126", "家", "同比增加8家")]


def test_a_growth_in_percent_after_a_share_is_the_things():
    # a share changes in points; 5.4% is the output's, said before the share
    assert rows("全县实现规上工业总产值1564.97亿元，占全市规上工业总产值的比重为69.3%，"
                "同比增长5.4%。")[0][3] == "同比增长5.4%"
    # with no level said, the share keeps no change
    assert rows("采矿业增加值占比达96.05%，同比下降15.6%。") == [
        ("采矿业增加值占比", "96.05", "%", None)]


def test_the_total_after_a_count_of_new_ones_is_of_all():
    assert rows("全市新增规上工业企业189家，总数达1053家。") == [
        ("新增规上工业企业", "189", "家", None), ("规上工业企业总数", "1053", "家", None)]


@pytest.mark.parametrize("verb", ["跨越", "跨过", "迈过", "站上"])
def test_a_threshold_crossed_is_a_bound(verb):
    # 「总量跨越5000亿元」: more than 5000 — no value an editor could print
    assert rows(f"全市地区生产总值{verb}5000亿元，增长6.2%。") == []


def test_a_profile_of_an_organisation_gives_particulars_not_figures():
    assert rows("该合作社成立于2008年8月，注册资金2600万元，占地面积20亩，社员365户。") == []
    assert rows("该公司注册资本1.2亿元，现有员工320人。") == []


def test_a_yearly_growth_rate_is_the_change_of_the_level_before():
    # 「年增长率为83.7%」: no level of its own (a 「年增长率」 row would leave the level
    # without the change the text gives)
    assert rows("我国网上外卖用户规模达到2.09亿，年增长率为83.7%。") == [
        ("我国网上外卖用户规模", "2.09", "亿", "年增长率为83.7%")]


@pytest.mark.parametrize("number", ["1. ", "1.", "2、", "三、", "（三）"])
def test_the_number_opening_a_list_item_is_no_word_of_a_label(number):
    assert figure_rows(f"{number}全市生产总值1200亿元，同比增长5.5%；财政收入85亿元，增长3.1%。") == [
        ("生产总值", "1200", "亿元", "同比增长5.5%"), ("财政收入", "85", "亿元", "增长3.1%")]

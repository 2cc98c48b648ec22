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
    # 分别 with changes that do not fit their rows: none is given
    assert rows("查处案件286起、罚款2315万元，同比分别增加12天和8.9%。") == [
        ("查处案件", "286", "起", None), ("罚款", "2315", "万元", None)]


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
    "城乡居民人均可支配收入分别为42500元、18600元。",  # two values, one name
    "新开工、竣工项目分别完成投资3200亿元、1800亿元、900亿元。",
    "车桩比为2.1：1，三次产业结构为7.4：39.5：53.1。",  # ratios
    "其中，占比33.5%。",  # a share of nothing named
])
def test_values_no_label_can_name_are_not_figures(sentence):
    assert rows(sentence) == []


def test_several_values_keep_their_places_for_the_changes_after_them():
    # the two unnamed values take the two changes; 利润 keeps none of them
    assert rows("利润总额120亿元；城乡居民收入分别为4.2万元、1.8万元，分别增长4.8%、7.2%。") == [
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

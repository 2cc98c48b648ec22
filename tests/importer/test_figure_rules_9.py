"""What a number is, ninth round (issue 12): one test per convention found in the wrong
rows of the sixth held-back set (now tuning), each with made-up sentences of the shape the
rule is about — the general reason a row is unsure, not one text's wording."""

from __future__ import annotations

import pytest

from briefing.importer.figures import Passage, extract_figures, rows_in_sentence


def rows(sentence: str) -> list[tuple]:
    return [(r.label, r.value, r.unit, r.change) for r in rows_in_sentence(sentence)]


# ---------------------------------------------------------------- cells of a table row


@pytest.mark.parametrize("sentence", [
    # bars: a pipe-table row the importer left as a paragraph
    "城关区 | 青龙水库 | Ⅱ | - | Ⅱ | √ | 91.7%",
    "东城区｜监测站｜PM2.5｜35微克/立方米｜同比下降4.2%",
    # tabs and runs of spaces: columns set apart like a yearbook's
    "城镇居民\t76554871万元\t76337194万元\t-0.5%",
    "规模以上工业增加值  128.6亿元  增长6.2%  全省第三",
    "农村居民　　收入2.1万元　　增长8.0%",
])
def test_the_cells_of_a_table_row_are_no_sentence(sentence):
    # what each cell measures is its column's header, which the row does not hold
    assert rows(sentence) == []


def test_single_spaces_or_one_run_part_no_cells():
    # the single spaces publishing tools put around numbers, or one run of spaces left by
    # a line break, part no cells
    assert rows("全市优良天数 281 天，同比增加 12 天。") == [
        ("优良天数", "281", "天", "同比增加 12 天")]
    assert rows("全市优良天数281天，  同比增加12天。") == [
        ("优良天数", "281", "天", "同比增加12天")]


# ---------------------------------------------------------------- a pronoun for a name


@pytest.mark.parametrize("sentence", [
    "制造业贡献突出，其增加值同比增长14.5%。",
    "新能源汽车产业发展迅速，其产值达到320亿元。",
    "上述基站覆盖率为98.5%，同比提高2.1个百分点。",
    "甲乙两县均完成任务，两者合计投资12亿元。",
    "该县加快发展旅游业，它的综合收入为45.6亿元。",
])
def test_a_label_opening_with_a_pronoun_names_nothing(sentence):
    # 其/上述/两者/它 stand for a thing named in another clause: the row would carry the
    # pronoun for a name, or guess what it stands for
    assert rows(sentence) == []


def test_qizhong_and_qita_are_no_pronouns():
    # 其中 (of which) names a part of the total before; 其他 (other) is a word of a name
    assert rows("全市固定资产投资5000亿元，其中工业投资1200亿元。")[-1] == (
        "工业投资", "1200", "亿元", None)
    assert rows("其他收入12.5亿元，同比增长3.1%。") == [("其他收入", "12.5", "亿元", "同比增长3.1%")]


# ---------------------------------------------------------------- one point of a series


@pytest.mark.parametrize("sentence", [
    # a trend adverb: the value is where a series stands at some point
    "近三年，全市空气优良率逐年提高到92.5%。",
    "全县粮食产量逐年增加至35.2万吨。",
    "网络零售额占比日益提升至28.4%。",
])
def test_one_point_of_a_series_is_no_row(sentence):
    # the row would print the level without the time it holds for, as if the text's own
    assert rows(sentence) == []


def figures(*paragraphs: str) -> list[tuple]:
    return [(r.label, r.value) for group in extract_figures(Passage(p) for p in paragraphs)
            for r in group.rows]


@pytest.mark.parametrize("span", ["2018年-2020年", "2018—2020年", "2018年到2020年", "2018至2020年"])
def test_a_level_at_the_end_of_an_earlier_span_is_that_years(span):
    # 从a到b over a span of years: b is the span's last year's level — in a text reporting
    # 2022 a figure of 2020, quoted for history (like a sentence opening with 2020年)
    found = figures("2022年，全市地区生产总值850亿元，同比增长5.1%。",
                    "2022年，全市一般公共预算收入62亿元，同比增长3.2%。",
                    f"{span}，全市森林覆盖率从52.1%提高到58.3%。")
    assert ("森林覆盖率", "58.3") not in found
    assert ("地区生产总值", "850") in found


def test_a_span_ending_in_the_texts_year_stays():
    # 「2017年到2021年，…从a增至b」 in a text reporting 2021: b is the text's own figure
    assert ("网民规模", "10.32") in figures(
        "2021年，全国数字经济规模45.5万亿元，同比增长16.2%。",
        "2021年，全国数字产业化规模8.4万亿元，同比增长11.9%。",
        "2017年到2021年，全国网民规模从7.72亿增长到10.32亿。")


# ---------------------------------------------------------------- a change from another base


@pytest.mark.parametrize(("sentence", "expected"), [
    # a base the rules do not know by name: still the change of the figure before
    ("全市森林覆盖率达到45.6%，比改革前提高8.2个百分点。",
     ("森林覆盖率", "45.6", "%", "比改革前提高8.2个百分点")),
    ("全市GDP为850亿元，较疫情前增长12%。", ("GDP", "850", "亿元", "较疫情前增长12%")),
    ("全市优良天数比例为88.5%，较“十三五”末提高3.5个百分点。",
     ("优良天数比例", "88.5", "%", "较“十三五”末提高3.5个百分点")),
    # a difference from another place or a target: said with the figure
    ("全市优良率92.5%，高于全省平均水平3.2个百分点。",
     ("优良率", "92.5", "%", "高于全省平均水平3.2个百分点")),
    ("全市PM2.5浓度为28微克/立方米，比全省平均低5微克/立方米。",
     ("PM2.5浓度", "28", "微克/立方米", "比全省平均低5微克/立方米")),
    ("全县粮食产量35.2万吨，比改革前多出1.2万吨。",
     ("粮食产量", "35.2", "万吨", "比改革前多出1.2万吨")),
    # a growth rate compared with another place's: 个百分点 of the rate
    ("全市GDP增长6.5%，高于全国0.8个百分点。", ("GDP增长", "6.5", "%", "高于全国0.8个百分点")),
])
def test_a_change_from_another_base_is_the_figures(sentence, expected):
    # printed without it, the figure would lack the comparison the text gives
    assert rows(sentence) == [expected]


def test_a_change_from_the_last_period_said_next_wins():
    # the difference from a place is said beside the figure; the year-on-year change is
    # its change
    assert rows("全市优良天数比例为98.9%，低于全省平均水平0.2个百分点，同比上升5.4个百分点。") == [
        ("优良天数比例", "98.9", "%", "同比上升5.4个百分点")]


@pytest.mark.parametrize("sentence", [
    "全市优良天数比例为88.5%，较国家考核目标多出12天。",
    "全市GDP为850亿元，比改革前提高3.2个百分点。",
])
def test_a_figure_whose_change_cannot_be_placed_is_left_out(sentence):
    # a change of another measure (days after a %; points after an amount): whose it is the
    # rules cannot tell, and the figure without it would be printed without the comparison
    assert rows(sentence) == []


# ---------------------------------------------------------------- a place, a level, a time


@pytest.mark.parametrize("sentence", [
    # a region says whose the amount is, not what it measures
    "分区域看，东部地区为125.3亿元，西部地区为86.4亿元。",
    "从城乡看，农村为1.8万元，城镇为4.2万元。",
    # a word for any level
    "同期，全国平均水平为85.3%。",
    "截至目前，各项指标为96.5%。",
    # a time: when, not what
    "其中最高的一天达到了3.2万人次。",
    "国庆期间，客流最多的当天为5.6万人次。",
])
def test_a_label_naming_no_measured_thing_gives_no_row(sentence):
    assert rows(sentence) == []


def test_a_place_that_qualifies_a_measure_or_is_counted_stays():
    assert rows("全市城区优良天数比例为90.2%。") == [("城区优良天数比例", "90.2", "%", None)]
    assert rows("全省建成乡村振兴示范村15个。") == [("建成乡村振兴示范村", "15", "个", None)]
    assert rows("全市最大单日降水量为125毫米。") == [("最大单日降水量", "125", "毫米", None)]


def test_a_place_alone_in_a_parallel_clause_names_no_measure():
    # 「天津市为68%」: the measure is the clause before's — the place alone is whose
    assert rows("北京市优良天数比例为75%，天津市为68%，河北省为65%。") == [
        ("优良天数比例", "75", "%", None)]
    assert rows("甲县地区生产总值为120亿元，乙县为98亿元。") == [
        ("甲县地区生产总值", "120", "亿元", None)]


@pytest.mark.parametrize("sentence", [
    "村里的合作社去年分红120万元。",
    "这家企业今年营收达到6.8亿元。",
    "全县茶园目前面积为12万亩。",
])
def test_a_time_inside_a_label_makes_it_a_clause(sentence):
    # subject, when, what it did: no name an editor would print
    assert rows(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("过去五年，全市地区生产总值年均增长7.5%，达到1200亿元。",
     [("地区生产总值", "1200", "亿元", None)]),
    ("十三五期间，全县财政收入年均增长9.1%，达到35.6亿元。", [("财政收入", "35.6", "亿元", None)]),
])
def test_an_average_growth_before_a_level_is_no_change_of_it(sentence, expected):
    # a growth averaged over a span is no change of the level said after it
    assert rows(sentence) == expected


def test_a_growth_before_a_level_is_still_its_change():
    assert rows("全市财政总收入增长12.3%，达到35.6亿元。") == [
        ("财政总收入", "35.6", "亿元", "增长12.3%")]


@pytest.mark.parametrize("sentence", [
    "凡购房面积在90平方米以下的，补贴2万元。",
    "凡是年营业收入达到2000万元的企业，奖励50万元。",
])
def test_whoever_meets_a_condition_gets_terms_not_figures(sentence):
    # 凡 (whoever) opens a condition: what follows are a notice's terms
    assert rows(sentence) == []


def test_extraordinary_is_no_condition():
    assert rows("极不平凡的一年，全市地区生产总值达到1200亿元。") == [
        ("地区生产总值", "1200", "亿元", None)]


@pytest.mark.parametrize("sentence", [
    "本周全市平均气温较上周下降3.5℃。",
    "今日客流量比昨日增加1.2万人次。",
])
def test_a_label_holding_a_comparison_with_the_last_week_or_day_is_a_clause(sentence):
    # a change with no level: the row would print the change as the thing's level
    assert rows(sentence) == []


@pytest.mark.parametrize("sentence", [
    "民营经济增加值占GDP比重达到55.3%，对经济增长贡献率为62.1%。",
    "全县消费品零售总额增长8.1%，对经济增长的贡献为35.2%。",
])
def test_a_contribution_to_something_is_the_share_of_the_thing_before(sentence):
    # 「对经济增长贡献率」 alone would name another measure (the growth's contribution rate)
    assert not any(label.startswith(("经济增长", "对")) for label, *_ in rows(sentence))


def test_a_list_of_growths_shares_its_measure_only_with_a_subject_naming_none():
    # 能耗 is a measure of its own (consumption per unit): no 消费量 added to it
    assert rows("综合能源消费量下降2.1%，单位工业增加值能耗下降8.5%。") == [
        ("综合能源消费量下降", "2.1", "%", None), ("单位工业增加值能耗下降", "8.5", "%", None)]
    # a subject naming no measure still shares it
    assert rows("国有企业增加值增长2.5%，民营企业增长6.1%。")[-1][0] == "民营企业增加值增长"


@pytest.mark.parametrize("sentence", [
    "受访企业中，有45%表示订单有所增加。",
    "参与调查的市民中，62.3%认为服务质量有所提升。",
    "约38%选择线上办理。",
])
def test_what_a_share_of_them_said_or_chose_is_no_name(sentence):
    # a verb of saying or choosing after the number opens a clause, not a measured thing
    assert rows(sentence) == []


@pytest.mark.parametrize("sentence", [
    "本月监测无效天数为0天，重度污染0天。",
    "全年未发生较大以上生产安全事故，死亡0人。",
    "劣Ⅴ类水质断面比例为0%，同比持平。",
])
def test_a_zero_is_no_proposal(sentence):
    # nothing of the kind happened: whether an editor prints that is a judgement
    assert rows(sentence) == []


def test_a_zero_keeps_its_place_and_a_nonzero_neighbour_stays():
    assert rows("有效监测天数30天，超标天数为0天，同比减少2天。") == [
        ("有效监测天数", "30", "天", None)]


# ---------------------------------------------------------------- captions, sources, bylines


def group_rows(text: str) -> list[tuple]:
    return [(r.label, r.value) for g in extract_figures([Passage(text)]) for r in g.rows]


@pytest.mark.parametrize("text", [
    "▲全市建成5G基站1.2万个，新增光纤用户3.2万户。",
    "资料图：2022年，全市接待游客1.2万人次，旅游收入12.3亿元。",
    "图为全市建成的5G基站1.2万个、光纤用户3.2万户的展示屏。",
    "全市建成5G基站1.2万个，新增光纤用户3.2万户。（记者 张三 摄）",
    "来源：市统计局 2023年全市GDP为850亿元，增长5%，财政收入62亿元。",
])
def test_a_caption_or_a_source_line_left_as_a_paragraph_gives_no_rows(text):
    # a photo's caption says what the photo shows; a 来源 line is a note
    assert group_rows(text) == []


def test_the_same_words_as_body_text_give_rows():
    assert group_rows("全市建成5G基站1.2万个，新增光纤用户3.2万户。") == [
        ("建成5G基站", "1.2"), ("新增光纤用户", "3.2")]


def test_a_label_opening_with_a_bracket_is_a_note_or_a_byline():
    assert rows("（本报记者 李四）全市今年已完成投资320亿元。") == []


# ---------------------------------------------------------------- each change with its verb


@pytest.mark.parametrize(("sentence", "changes"), [
    ("全市优良天数、重污染天数分别为320天、3天，同比分别增加12天、减少2天。",
     ["同比增加12天", "同比减少2天"]),
    ("甲县、乙县粮食产量分别为12万吨、8万吨，比上年分别增长5.5%、下降6.1%。",
     ["比上年增长5.5%", "比上年下降6.1%"]),
    # one verb for the list: each value takes it
    ("COD、氨氮排放量分别为1.2万吨、0.3万吨，同比分别下降5.5%和6.1%。",
     ["同比下降5.5%", "同比下降6.1%"]),
])
def test_a_value_with_a_verb_of_its_own_is_said_with_it(sentence, changes):
    # the first verb given to every value of the list turned a fall into a rise
    assert [change for *_, change in rows(sentence)] == changes


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全市GDP达到850亿元，人均GDP增长6.1%。",
     [("GDP", "850", "亿元", None), ("人均GDP增长", "6.1", "%", None)]),
    ("全县农业总产值达到120亿元，亩均产值增长5.2%。",
     [("农业总产值", "120", "亿元", None), ("亩均产值增长", "5.2", "%", None)]),
])
def test_a_growth_per_head_is_no_change_of_the_total(sentence, expected):
    # 人均/亩均/单位 X is another measure than X: its growth is no change of X's level
    assert rows(sentence) == expected


def test_dangzhong_opens_a_part_like_qizhong():
    # 当中 (among them) is 其中: no word of the label; a bare verb left after it names nothing
    assert rows("截至6月底，已有1.2万名市民申请，当中约8000人获批。") == [
        ("市民申请", "1.2", "万名", None)]
    assert rows("报名人数达到3200人，当中女性报名人数为1800人。")[-1] == (
        "女性报名人数", "1800", "人", None)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("全港零售业总销货价值为320亿元，按年上升12.5%。",
     [("全港零售业总销货价值", "320", "亿元", "按年上升12.5%")]),
    ("本地生产总值按年实质增长1.5%。", [("本地生产总值增长", "1.5", "%", None)]),
])
def test_hong_kongs_annian_is_a_comparison_like_tongbi(sentence, expected):
    # 按年 (year on year), 按季, 按月: the base of the change, no word of the label
    assert rows(sentence) == expected

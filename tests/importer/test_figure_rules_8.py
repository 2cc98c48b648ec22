"""What a number is, eighth round (issue 12): one test per convention found in the wrong
and missing rows of the fifth held-back set (now tuning), each with made-up sentences of
the shape the rule is about."""

from __future__ import annotations

import pytest

from briefing.importer.figures import rows_in_sentence


def rows(sentence: str) -> list[tuple]:
    return [(r.label, r.value, r.unit, r.change) for r in rows_in_sentence(sentence)]


# ---------------------------------------------------------------- a set named with 中


@pytest.mark.parametrize("sentence", [
    "全省29个地级以上城市集中式饮用水水源地中，监测结果为全部达标。",
    "全县12家重点排污单位当中，监测结果均达到排放标准。",
    "在全市15个国考断面之中，劣V类水质断面全面消除。",
])
def test_a_set_the_sentence_goes_on_about_is_a_scope(sentence):
    # 「N个X中，…」 with no part of X counted after it: the set the sentence is about, not a
    # figure an editor would print
    assert rows(sentence) == []


def test_a_set_whose_part_is_counted_is_a_total():
    # the same shape with a part counted in the same measure: the total beside its part
    assert rows("全市30个国考断面中，优良水质断面28个。") == [
        ("国考断面", "30", "个", None), ("优良水质断面", "28", "个", None)]
    assert rows("全县12家重点排污单位当中，完成提标改造的企业9家。")[0] == (
        "重点排污单位", "12", "家", None)


def test_a_rate_of_the_set_is_no_part_counted():
    # a rate after the set is the rate's row; the set stays a scope
    assert rows("全省29个城市集中式饮用水水源地中，监测结果为全部达标，水质达标率100%。") == [
        ("水质达标率", "100", "%", None)]


# ---------------------------------------------------------------- a gloss in brackets


@pytest.mark.parametrize(("sentence", "expected"), [
    # an index with its abbreviation: a figure without a unit
    ("本月空气质量综合指数（AQI）2.09，同比下降5.2%。",
     [("空气质量综合指数（AQI）", "2.09", "", "同比下降5.2%")]),
    ("全市环境空气质量综合指数(AQI)为3.41。", [("环境空气质量综合指数(AQI)", "3.41", "", None)]),
    # a count of days with what the days were: a figure in 天
    ("本月有效监测天数30天，达标天数（优、良）为28天。",
     [("有效监测天数", "30", "天", None), ("达标天数（优、良）", "28", "天", None)]),
])
def test_a_gloss_in_brackets_does_not_hide_what_a_label_measures(sentence, expected):
    assert rows(sentence) == expected


def test_a_gloss_makes_no_duration_a_figure():
    # 「培训时间（集中）为3天」: how long, with or without a gloss
    assert rows("培训时间（集中）为3天。") == []


# ---------------------------------------------------------------- the noun of a change


@pytest.mark.parametrize(("sentence", "change"), [
    ("10个断面未达到考核目标，同比增加1个断面。", "同比增加1个断面"),
    ("全市新增市场主体1200户，比上年增加150户企业。", "比上年增加150户企业"),
    ("全年发生火灾82起，同比减少12起。", "同比减少12起"),  # no noun: as before
])
def test_a_change_in_a_count_keeps_the_noun_the_text_gives(sentence, change):
    # the change as the text states it: 「增加1个断面」, not 「增加1个」
    assert rows(sentence)[0][3] == change


def test_the_noun_of_a_change_goes_only_to_the_clause_end():
    # the words after a change's count that go on past the clause are no part of it
    [row] = rows("全市检查企业300家，同比增加20家，增长7.1%。")
    assert row[3] == "同比增加20家，增长7.1%"  # (the rate after it: one change, both)


# ---------------------------------------------------------------- 、占 after a count


def test_a_bare_share_after_a_count_is_the_counted_things_share():
    # 「X N个、占P%，同比…个百分点」: the share of the things just counted, with its change
    assert rows("省控断面中，Ⅰ~Ⅲ类水质断面322个、占93.3%，同比减少1.2个百分点；"
                "Ⅳ类水质断面20个、占5.8%，同比增加0.9个百分点。") == [
        ("Ⅰ~Ⅲ类水质断面", "322", "个", None),
        ("Ⅰ~Ⅲ类水质断面占比", "93.3", "%", "同比减少1.2个百分点"),
        ("Ⅳ类水质断面", "20", "个", None),
        ("Ⅳ类水质断面占比", "5.8", "%", "同比增加0.9个百分点"),
    ]


def test_a_bare_share_after_a_clause_break_names_nothing():
    # 「，占93.3%」 after a full clause: of what, the share does not say
    assert rows("监测断面30个，占93.3%。") == [("监测断面", "30", "个", None)]


# ---------------------------------------------------------------- 城乡 with 分别


@pytest.mark.parametrize(("sentence", "expected"), [
    # growths alone: one rate row each, urban first
    ("城乡居民人均可支配收入分别同比增长3%和7.5%。",
     [("城镇居民人均可支配收入增长", "3", "%", None),
      ("农村居民人均可支配收入增长", "7.5", "%", None)]),
    # levels, then their growths
    ("全年城乡居民人均可支配收入分别为42500元、18600元，分别增长6.1%、8.2%。",
     [("城镇居民人均可支配收入", "42500", "元", "增长6.1%"),
      ("农村居民人均可支配收入", "18600", "元", "增长8.2%")]),
])
def test_town_and_country_with_two_values_is_urban_then_rural(sentence, expected):
    # 「城乡居民…分别 a、b」: the statistics' pair, 城镇 then 农村
    assert rows(sentence) == expected


def test_town_and_country_with_one_value_stays_one_row():
    assert rows("城乡居民人均可支配收入增长6.5%。") == [
        ("城乡居民人均可支配收入增长", "6.5", "%", None)]


# ---------------------------------------------------------------- 从a提高到b


@pytest.mark.parametrize(("sentence", "expected"), [
    ("产业投资占全部投资比重从26.7%提高到52.1%。",
     [("产业投资占全部投资比重", "52.1", "%", None)]),
    ("全市网民规模从7.72亿增长到10.32亿，互联网普及率从55.8%提升至73%。",
     [("网民规模", "10.32", "亿", None), ("互联网普及率", "73", "%", None)]),
    # the base says its magnitude, the level its whole unit
    ("规模以上软件业营收由5.5万亿增长至9.5万亿元。",
     [("规模以上软件业营收", "9.5", "万亿元", None)]),
    # A, the old level, is no row (no label ends in 由)
    ("出口占比由21.5%提高到24.0%。", [("出口占比", "24.0", "%", None)]),
    # a change stated after it is the level's
    ("全市优良天数由250天增加到281天，增加31天。", [("优良天数", "281", "天", "增加31天")]),
])
def test_from_a_base_to_a_level_is_the_level(sentence, expected):
    # 「X从a提高到b」: b is X's level now, a its base (no figure)
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a subject that names nothing: neither number is a figure
    "占比从26.7%提高到52.1%。",
    # in two measures (个 and 万个): which is the level's unit the rule does not guess
    "开放的有效数据集由8398个增至25万个。",
    # a range is no level
    "投资3亿至5亿元。",
    # what is to be done to X (把, 使, 要, 将): a task, no level
    "要把单位GDP能耗从0.5吨标准煤降低到0.45吨标准煤。",
    "争取用三年时间，使优良天数比例从80%提高到85%。",
])
def test_from_a_base_to_a_level_names_nothing_else(sentence):
    assert rows(sentence) == []


# ---------------------------------------------------------------- 其中，X占P%


def test_after_qizhong_a_share_said_with_zhan_is_the_parts_share():
    # 「…比例为92.4%，其中，优占61.7%，良占30.7%」: each part's share of the whole given
    assert rows("全省达标天数比例平均为92.4%，其中，优占61.7%，良占30.7%；超标天数比例为7.6%，"
                "其中轻度污染占6.3%。") == [
        ("达标天数比例", "92.4", "%", None), ("优占比", "61.7", "%", None),
        ("良占比", "30.7", "%", None), ("超标天数比例", "7.6", "%", None),
        ("轻度污染占比", "6.3", "%", None)]


@pytest.mark.parametrize("sentence", [
    "轻度污染占6.3%。",  # no whole given: a share of what?
    "其中，占6.3%。",  # no part named
])
def test_a_share_said_with_zhan_needs_its_whole_and_its_part(sentence):
    assert rows(sentence) == []


# ---------------------------------------------------------------- 与上年同比


@pytest.mark.parametrize(("sentence", "change"), [
    ("全区平均优良天数比例为98.9%，与上年同比上升5.4个百分点。", "与上年同比上升5.4个百分点"),
    ("全市PM10平均浓度为56微克/立方米，与去年同期同比下降3.4%。", "与去年同期同比下降3.4%"),
])
def test_a_base_said_twice_is_still_a_base(sentence, change):
    # 「与上年同比」: the base and 同比 together — the level's change, not a clause the rules
    # cannot place (which would leave the level out)
    [row] = rows(sentence)
    assert row[3] == change


# ---------------------------------------------------------------- a stray ? before a label


@pytest.mark.parametrize("mark", ["?", "？", "??"])
def test_a_question_mark_never_opens_a_label(mark):
    # a copying site writes a character it cannot encode as ?; the words after it are the
    # label (the sentence the row cites keeps it, as the text does)
    [row] = rows_in_sentence(f"{mark}6月空气质量综合指数（AQI）2.09，综合指数排名为59名。")
    assert (row.label, row.value, row.unit) == ("空气质量综合指数（AQI）", "2.09", "")
    assert row.source.startswith(mark)

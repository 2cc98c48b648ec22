"""Key figures, fifteenth round (issue 11): made-up sentences of the shapes whose proposals
were wrong on the tuning texts — amounts written in magnitudes and digits at once, how often
something is done, a change from a base that holds a number, the field of a rank."""

from __future__ import annotations

from briefing.importer.figures import Passage, extract_figures, rows_in_sentence


def rows(sentence: str) -> list[tuple]:
    return [(r.label, str(r.value), r.unit, r.change) for r in rows_in_sentence(sentence)]


def test_an_amount_in_magnitudes_and_digits_at_once_gives_no_row():
    # 2万400元 is 20400元: the 400 after the magnitude is the amount's tail, never 400元
    assert rows("生育给付由2万400元提高为6万1千200元，丧葬津贴由15万3千元增加为30万6千元。") == []
    assert rows("全县共有1万5千人参保，同比增长3%。") == []


def test_the_tail_of_such_an_amount_keeps_its_place():
    # the change after it is the amount's, not the figure's before it
    found = rows("参保人数为93.8万人，月投保金额为2万400元，同比增长5%。")
    assert ("参保人数", "93.8", "万人", None) in found
    assert all(value != "400" for _, value, _, _ in found)


def test_a_whole_amount_in_a_magnitude_is_still_a_figure():
    assert rows("参保人数为93.8万人，同比增长5%。") == [("参保人数", "93.8", "万人", "同比增长5%")]


def test_how_often_something_is_done_is_no_figure():
    assert rows("国控、省控断面监测1次/月，市、县控断面1次/2月，逢单月监测。") == []
    assert rows("全年开展专项检查2次/年。") == []


def test_a_unit_cut_short_at_a_per_with_a_count_is_no_figure():
    # 「元/100克」 would print 50 元
    assert rows("零售价格为50元/100克。") == []
    assert rows("发行价格为21.71元/股。") == [("发行价格", "21.71", "元/股", None)]


def test_a_change_from_a_base_holding_a_number_is_the_figures_change():
    # 「较38线」: another product, named with a number; the rounded difference is the change
    assert rows("目前36线单GW切割线耗约50万公里，较38线提升约30%。") == [
        ("36线单GW切割线耗", "50", "万公里", "较38线提升约30%")]
    assert rows("营业收入约100亿元，较A产品提升约5%。") == [
        ("营业收入", "100", "亿元", "较A产品提升约5%")]


def test_a_count_before_a_rank_is_the_field_ranked():
    # 「全市20个区县排名第4」 is 「在全市20个区县中排名第4」: the change after it is the index's
    found = rows("综合指数为4.18，全市20个区县排名第4（全省排名并列第62），同比下降3.46%。")
    assert found == [("综合指数", "4.18", "", "同比下降3.46%")]
    assert rows_in_sentence("优良天数281天，全省11个设区市中位列第3，同比增加3天。")[0].rank == \
        "全省11个设区市中位列第3"


def test_a_label_naming_no_owner_gives_no_row():
    # what the concentration is of, which project: the text said it elsewhere (or not)
    assert rows("浓度为75μg/m3，同比上升1.35%。") == []
    assert rows("建湖一期建成10GW项目。") == []
    assert rows("PM10浓度为75μg/m3，同比上升1.35%。") == [
        ("PM10浓度", "75", "μg/m³", "同比上升1.35%")]


def test_a_tally_in_passing_and_people_under_a_place_give_no_rows():
    assert rows("算一笔账，欧盟区5亿人，印度13亿人，加起来20亿人。") == []
    # people under the name of what they are stay a figure
    assert rows("全县户籍人口52万人，同比增长1.2%。") == [("户籍人口", "52", "万人", "同比增长1.2%")]


def test_a_volume_per_period_in_a_magnitude_is_still_a_figure():
    # a schedule counts a few times; a volume (calls, visits) comes in magnitudes
    assert rows("平台调用量达到2万亿次/月，同比增长30%。") == [
        ("平台调用量", "2", "万亿次/月", "同比增长30%")]


def test_a_rank_field_without_its_whole_is_a_field_too():
    found = rows("PM2.5浓度为23μg/m³，市20个区县并列排名第12位，同比下降5%。")
    assert found == [("PM2.5浓度", "23", "μg/m³", "同比下降5%")]


def test_percentage_points_said_once_after_a_list_of_counts_of_ge():
    # 「0.4个、1.1个、0.4个百分点」: each is in 个百分点 — a change, no count of 0.4 个
    assert rows("林业、牧业、农林牧渔服务业产值比重同比分别提高0.4个、1.1个、0.4个百分点。") == []
    found = rows("城镇化率为55.2%，比上年提高1.2个和0.5个百分点。")
    assert all(unit != "个" for _, _, unit, _ in found)
    # a list of counts stays one
    assert rows("全县新建学校3个、幼儿园5个。") == [
        ("新建学校", "3", "个", None), ("幼儿园", "5", "个", None)]


def test_the_items_under_a_heading_of_targets_are_no_results():
    # 「1、国内生产总值增长6.5%左右。」 under 「主要预期目标」 says no target word of its own
    targets = "国内生产总值增长6.5%左右，居民消费价格涨幅3%左右，城镇新增就业1100万人以上。"
    assert extract_figures([Passage(targets, "三、2018年主要预期目标", "三、2018年主要预期目标"),
                            Passage(targets, "今年工作安排 （一）经济", "（一）经济")]) == []
    # how the plan went is a result; 计划生育 is no plan
    done = "全县地区生产总值增长8%，一般公共预算收入增长6%，城镇新增就业1.2万人。"
    found = [r for g in extract_figures([
        Passage(done, "一、2024年主要目标完成情况", "一、2024年主要目标完成情况"),
        Passage("全县出生人口1.2万人，人口出生率为9.8‰，同比下降0.3个千分点。", "人口与计划生育",
                "人口与计划生育")]) for r in g.rows]
    assert {r.label for r in found} >= {"城镇新增就业", "人口出生率"}


def test_a_rate_against_the_month_before_says_so_in_its_label():
    # 「CPI环比上涨0.4%」 labelled 「CPI上涨」 would read as the year's rise
    assert rows("CPI环比上涨0.4%，同比上涨1.8%；PPI环比上涨0.9%，同比上涨6.3%。") == [
        ("CPI环比上涨", "0.4", "%", None), ("CPI上涨", "1.8", "%", None),
        ("PPI环比上涨", "0.9", "%", None), ("PPI上涨", "6.3", "%", None)]
    assert rows("8月份，居民消费价格同比上涨0.6%，环比上涨0.4%。") == [
        ("居民消费价格上涨", "0.6", "%", None), ("居民消费价格环比上涨", "0.4", "%", None)]
    # a base the label cannot hold as a name (比上月): no rate row; a level's change it stays
    assert rows("社会消费品零售总额比上月增长2.1%。") == []
    assert rows("全市地区生产总值120亿元，比上月增长1.8%。") == [
        ("地区生产总值", "120", "亿元", "比上月增长1.8%")]


def test_taiwans_words_for_growth_and_its_base():
    # 成长 is 增长, 较上年同月 a base like 较上年同期, 增加率 the rate of the change before
    assert rows("2021年8月贸易总额达756.3亿美元，较上年同月成长35.4%。") == [
        ("贸易总额", "756.3", "亿美元", "较上年同月成长35.4%")]
    assert rows("2021年8月外销订单535.0亿美元，比上年同月增加80.2亿美元，增加率17.6%。") == [
        ("外销订单", "535.0", "亿美元", "比上年同月增加80.2亿美元，增加率17.6%")]
    assert rows("进口年增24.91%，实质成长25.27%。") == [("进口年增", "24.91", "%", None)]


def test_a_rate_above_another_rate_in_percent_is_the_others_level():
    # the difference between two rates is in 个百分点: 6.20% is the forecast itself
    assert rows("今年首季经济成长率概估8.16%，优于原预测6.20%。") == [
        ("首季经济成长率概估", "8.16", "%", None)]
    assert rows("优良率92.5%，高于全省平均水平3.2个百分点。") == [
        ("优良率", "92.5", "%", "高于全省平均水平3.2个百分点")]


def test_a_bound_said_with_le_is_a_bound():
    # 「超过了4400万个」 says more than N, as 「超过4400万个」 does
    assert rows("新创建的代码仓库数超过了4400万个。") == []
    assert rows("高铁营业里程超过了4.8万公里，同比增长5%。") == []


def test_a_label_holding_a_comparison_with_former_years_is_a_clause():
    assert rows("中国开发者复刻的项目比往年增加了48%。") == []


def test_a_control_value_is_a_limit():
    # what the rest of the year may average to meet the target, not a concentration measured
    assert rows("PM2.5年均浓度为58μg/m3，同比下降15.94%；年剩余日控制值为56μg/m3。") == [
        ("PM2.5年均浓度", "58", "μg/m³", "同比下降15.94%")]


def _found(*passages: Passage) -> list[tuple]:
    return [(r.label, str(r.value), r.unit, r.change, r.source)
            for g in extract_figures(list(passages)) for r in g.rows]


def test_a_traditional_copy_names_its_places_once_in_its_own_characters():
    text = ("8月，京津冀及周邊地區PM2.5平均濃度為23微克/立方米，同比下降14.8%；長三角地區PM2.5平均濃度"
            "為46微克/立方米，同比下降16.4%。")
    assert [row[0] for row in _found(Passage(text))] == [
        "京津冀及周邊地區PM2.5平均濃度", "長三角地區PM2.5平均濃度"]


def test_a_traditional_paragraph_opening_with_its_base_gives_the_changes_before():
    levels = "全市PM2.5平均濃度為16微克/立方米，優良天數比例為92.4%。"
    changes = "與去年同期相比，PM2.5平均濃度下降15.8%，優良天數比例上升2.0個百分點。"
    assert _found(Passage(levels), Passage(changes)) == [
        ("PM2.5平均濃度", "16", "微克/立方米", "下降15.8%", levels + changes),
        ("優良天數比例", "92.4", "%", "上升2.0個百分點", levels + changes)]


def test_a_simplified_paragraphs_rows_stay_simplified_before_a_traditional_one():
    found = _found(Passage("全市PM2.5平均浓度为16微克/立方米，同比下降15.8%，优良天数比例为92.4%。"),
                   Passage("其中，臭氧平均濃度為70微克/立方米，同比下降13.6%。"))
    assert [row[0] for row in found] == ["PM2.5平均浓度", "优良天数比例", "臭氧平均濃度"]


def test_taiwans_year_and_month_growth():
    # 「，年增4.9%」: the year before is the base, as in 同比增长4.9%
    assert rows("6月零售业营业额3454亿元，年增4.9%。") == [
        ("零售业营业额", "3454", "亿元", "年增4.9%")]
    # the month's and the year's rate: the figure keeps the year's
    assert rows("1月零售业营业额3681亿元，月增率2.4%，年增率17.2%。") == [
        ("零售业营业额", "3681", "亿元", "年增率17.2%")]
    # 今年 is a time, no base
    assert rows("全县今年新增就业1200人，同比增长5%。") == [("新增就业", "1200", "人", "同比增长5%")]


def test_taiwans_zhao_and_an_estimates_status():
    # 1兆315億元 is 1 trillion 315 hundred million: its tail is no figure
    assert rows("批发业营业额1兆315亿元，创历史单月新高。") == []
    # 「…的临时估计为324亿元」: the estimate's status is no part of the name
    assert rows("零售业总销货价值的临时估计为324亿元，较去年同月上升13.7%。") == [
        ("零售业总销货价值", "324", "亿元", "较去年同月上升13.7%")]


def test_a_paragraph_opening_with_the_months_view_goes_on_in_it():
    found = [r[:4] for r in _found(Passage(
        "从环比看，CPI涨幅比上月扩大0.3个百分点。食品价格上涨1.2%，影响CPI上涨约0.24个百分点。"
        "鸡肉和猪肉价格分别上涨3.0%和1.3%。非食品价格同比上涨2.3%。"))]
    assert found == [("食品价格环比上涨", "1.2", "%", None), ("鸡肉价格环比上涨", "3.0", "%", None),
                     ("猪肉价格环比上涨", "1.3", "%", None), ("非食品价格上涨", "2.3", "%", None)]

"""Key figures, nineteenth round (issue 11): made-up sentences of the shapes whose proposals
were wrong on the nineteenth held-back set — an index's level in brackets before its change,
a label left holding 分别, a fall said as 负增长, and a count of new ones."""

from __future__ import annotations

from conftest import import_text

from briefing.importer.figures import rows_in_sentence
from briefing.yamlfile import yaml_load


def rows(sentence: str) -> list[tuple]:
    return [(r.label, str(r.value), r.unit, r.change) for r in rows_in_sentence(sentence)]


def test_an_index_level_in_brackets_is_the_rows_value_and_the_rate_its_change():
    assert rows("2023年1月综合消费物价指数(104.10)按年上升0.77%，升幅主要由外出用膳收费带动。") == [
        ("综合消费物价指数", "104.10", "", "按年上升0.77%")]
    assert rows("甲类(103.67)及乙类(104.68)消费物价指数分别上升0.49%及1.13%。") == [
        ("甲类消费物价指数", "103.67", "", "上升0.49%"),
        ("乙类消费物价指数", "104.68", "", "上升1.13%")]
    # not a year, a note's number or a code in brackets: only an index's decimal level
    assert all(value != "2023" for _, value, _, _ in rows(
        "综合消费物价指数(2023)按年上升0.77%。"))


def test_a_traditional_release_gets_the_same_rows(tmp_path):
    # (the rules read a Traditional text's words as their Simplified forms)
    result, _ = import_text(tmp_path, (
        "2023年1月消費物價指數\n\n"
        "統計暨普查局資料顯示，2023年1月綜合消費物價指數(104.10)按年上升0.77%，"
        "升幅主要由外出用膳收費和學費調升帶動。甲類(103.67)及乙類(104.68)消費物價指數"
        "分別上升0.49%及1.13%。甲類及乙類消費物價指數分別涵蓋約50%和30%的住戶。\n"), "a.txt")
    proposed = yaml_load((result.folder / "figures.yaml").read_text("utf-8"))
    found = [(r["label"], str(r["value"]), r["change"]) for g in proposed["groups"]
             for r in g["rows"]]
    assert ("綜合消費物價指數", "104.10", "按年上升0.77%") in found
    assert ("甲類消費物價指數", "103.67", "上升0.49%") in found
    assert not any("分別" in label for label, _, _ in found)


def test_a_label_ending_in_respectively_and_its_verb_names_no_one_thing():
    # 「甲類及乙類…分別涵蓋約50%和30%」: 50% is 甲類's, but the label names both
    assert rows("甲類及乙類消費物價指數分別涵蓋約50%和30%的住戶。") == []
    # the thing named after the verb is one thing: a row
    assert ("月均浓度值分别为二氧化硫", "2", "微克/立方米", None) in rows(
        "本月月均浓度值分别为二氧化硫2微克/立方米、二氧化氮4微克/立方米。")


def test_negative_growth_is_the_change_as_the_text_says_it():
    assert rows("今年6月全县实现规上工业产值20.67亿元，同比负增长3.4%。") == [
        ("实现规上工业产值", "20.67", "亿元", "同比负增长3.4%")]


def test_a_count_of_new_ones_keeps_its_verb():
    # 「确诊感染新型肺炎 349人」 would read as all the cases, not the day's new ones
    assert rows("湖北卫健委公布，昨日新增349人确诊感染新型肺炎。") == [
        ("新增确诊感染新型肺炎", "349", "人", None)]


# ---------------------------------------------------------------- the twentieth set's


def test_a_difference_from_the_base_said_with_its_verb_is_the_change():
    assert rows("风电新增装机2631万千瓦、比上年同期多投产1138万千瓦。") == [
        ("风电新增装机", "2631", "万千瓦", "比上年同期多投产1138万千瓦")]


def test_a_change_after_a_semicolon_is_not_the_item_befores():
    # 汽机车零售业 fell 9.0%; the e-shopping trade before the 分号 grew 12.8%
    found = rows("电子购物及邮购业年增12.8%，主因业者造节行销；汽机车零售业则因进口车销量减少，"
                 "年减9.0%。")
    assert all(value != "9.0" for _, value, _, _ in found)


def test_a_comparison_with_another_things_rate_is_no_row():
    found = rows("零售业网络销售额达1097亿元，年增16.5%，明显优于全体零售业（年增3.9%）。")
    assert all(value != "3.9" for _, value, _, _ in found)


def test_what_a_cause_drove_up_names_no_ones_rate():
    found = rows("其中餐馆业因业者持续拓点，加上促销活动，推升营业额年增6.5%。")
    assert all(value != "6.5" for _, value, _, _ in found)


def test_town_and_country_written_out_split_with_their_head():
    assert rows("城镇和农村常住居民人均可支配收入分别增长3.9%和5.7%。") == [
        ("城镇常住居民人均可支配收入增长", "3.9", "%", None),
        ("农村常住居民人均可支配收入增长", "5.7", "%", None)]


def test_a_base_said_as_a_clause_of_its_own_gives_no_rate_row_without_it():
    # the month before: 「综合消费物价指数上升 0.24%」 would read as the year's growth
    assert rows("与2022年12月比较，1月综合消费物价指数上升0.24%。") == []
    # after a second base clause for the year before, rate rows are the year's again
    found = rows("与上月相比，可吸入颗粒物月均浓度上升12.5%；与去年同期相比，二氧化硫月均浓度下降20%。")
    assert [(label, value) for label, value, _, _ in found] == [("二氧化硫月均浓度下降", "20")]


def test_a_list_of_rates_under_such_a_base_gives_no_rows_and_no_error():
    # 分别 after a base clause of the month before: no rate row for either (this raised
    # AttributeError until this stop's last fix)
    assert rows("与上月相比，城乡居民人均可支配收入分别增长3%和7.5%。") == []


def test_a_month_on_month_rate_keeps_its_base():
    assert rows("甲类消费物价指数按月上升0.22%。") == [("甲类消费物价指数按月上升", "0.22", "%", None)]


def test_two_rows_a_reader_cannot_tell_apart_are_asked_about(tmp_path):
    # the scope (主要江河) said once, before the first figure of its sentence: the second
    # sentence's 劣Ⅴ类 row has the first's label and another value
    result, _ = import_text(tmp_path, (
        "1月全国地表水环境质量状况\n\n"
        "2021年1月，3641个国家地表水考核断面中，水质优良断面比例为82.7%，同比上升4.8个百分点；"
        "劣Ⅴ类断面比例为2.3%，同比下降2.0个百分点。\n\n"
        "主要江河水质优良断面比例为84.5%，同比上升5.0个百分点；劣Ⅴ类断面比例为2.4%，"
        "同比下降2.1个百分点。\n"), "a.txt")
    [doubt] = [d for d in result.doubts if d.kind == "figure-same-label"]
    assert "劣Ⅴ类断面比例" in doubt.before and "2.3%" in doubt.before and "2.4%" in doubt.before
    assert doubt.line == 5  # the second sentence's line

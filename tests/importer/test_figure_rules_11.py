"""What a change belongs to, eleventh round (issue 11): made-up bulletins of the shapes
whose key-figure proposals were wrong — changes said in the paragraph after their levels,
and a sentence comparing with two periods (the month before and the year before)."""

from __future__ import annotations

from briefing.importer.figures import Passage, contradiction_doubts, extract_figures
from briefing.importer.figures.numbers import same_thing

LEVELS = ("2024年3月，全县空气质量优良天数为28天，优良率为90.3%。细颗粒物（PM2.5）和臭氧的"
          "月日均浓度分别为0.031毫克/立方米和0.102毫克/立方米。")


def proposed(*paragraphs: str) -> list[tuple]:
    groups = extract_figures(Passage(text) for text in paragraphs)
    return [(r.label, str(r.value), r.unit, r.change) for g in groups for r in g.rows]


def by_value(found: list[tuple]) -> dict[str, tuple]:
    return {value: (label, change) for label, value, _, change in found}


def test_a_paragraph_opening_with_its_base_gives_the_changes_of_the_one_before():
    found = proposed(LEVELS, "与去年同期相比，优良天数增加3天，细颗粒物和臭氧月日均浓度分别"
                             "下降12.4%、5.1%。")
    values = by_value(found)
    assert values["28"][1] == "增加3天"
    assert values["0.031"][1] == "下降12.4%"
    assert values["0.102"][1] == "下降5.1%"
    # the rates are changes of those levels, no rows of their own
    assert not {"3", "12.4", "5.1"} & set(values)


def test_a_paragraph_without_a_base_keeps_its_own_rows():
    # a new paragraph that does not open with a base of comparison is about other things
    found = proposed(LEVELS, "全县建成区绿化覆盖率为41.2%，人均公园绿地面积增加0.8平方米。")
    assert by_value(found)["28"][1] is None


def test_a_figure_compared_with_the_month_and_the_year_before_keeps_the_years_change():
    found = proposed(LEVELS, "与上月相比，细颗粒物月日均浓度上升8.6%，臭氧月日均浓度持平；与去年"
                             "同期相比，优良天数增加3天，细颗粒物和臭氧月日均浓度分别下降12.4%、"
                             "5.1%。")
    values = by_value(found)
    # never the month's rise printed as the change a reader takes for the year's
    assert values["0.031"][1] == "下降12.4%"
    assert values["0.102"][1] == "下降5.1%"
    assert values["28"][1] == "增加3天"
    assert "8.6" not in values


def test_the_years_change_said_right_after_the_months_is_the_figures():
    for sentence, change in (
            ("本月细颗粒物浓度为35微克/立方米，环比上升5.0%，同比下降8.0%。", "同比下降8.0%"),
            ("本月细颗粒物浓度为35微克/立方米，比上月上升5.0%，比去年同期下降8.0%。",
             "比去年同期下降8.0%")):
        assert [(v, c) for _, v, _, c in proposed(sentence + "优良天数为28天。")][0] == (
            "35", change)
    # the month's change alone stays, said with its base
    assert proposed("本月细颗粒物浓度为35微克/立方米，环比上升5.0%。优良天数为28天。")[0][3] == \
        "环比上升5.0%"


def test_a_months_change_in_a_sentence_with_two_bases_is_said_with_its_base():
    found = proposed(LEVELS, "与上月相比，细颗粒物月日均浓度上升8.6%；与去年同期相比，优良天数"
                             "增加3天。")
    values = by_value(found)
    assert values["0.031"][1] == "与上月相比，上升8.6%"
    assert values["28"][1] == "增加3天"


def test_a_latin_name_in_brackets_and_的_name_the_same_thing():
    assert same_thing("二氧化氮月日均浓度", "二氧化氮（NO2）的月日均浓度")
    assert same_thing("可吸入颗粒物月日均浓度", "环境空气中可吸入颗粒物浓度")
    assert not same_thing("二氧化硫月日均浓度", "二氧化氮（NO2）的月日均浓度")


# ---------------------------------------------------------------- a figure said twice

AGAIN = ("截至3月31日，有效监测天数为31天，其中优良天数为28天，超标天数3天。与去年同期相比，"
         "优良天数增加{}天。")


def test_a_figure_given_twice_with_different_changes_is_a_doubt():
    paragraphs = [LEVELS, "与去年同期相比，优良天数增加3天。", AGAIN.format(4)]
    text = "\n".join(["某县空气质量月报", *paragraphs])
    doubts = contradiction_doubts(extract_figures(Passage(p) for p in paragraphs), text)
    assert [(d.kind, d.line, d.after) for d in doubts] == [
        ("figure-contradiction", 4, "增加3天 / 增加4天")]
    # both rows stay proposed: which change is right only the source can say
    changes = {change for label, value, _, change in proposed(*paragraphs) if value == "28"}
    assert changes == {"增加3天", "增加4天"}


def test_a_figure_given_twice_with_the_same_change_is_no_doubt():
    paragraphs = [LEVELS, "与去年同期相比，优良天数增加3天。", AGAIN.format(3)]
    assert contradiction_doubts(extract_figures(Passage(p) for p in paragraphs), "") == []


# ---------------------------------------------------------------- progress against the plan


def test_a_share_of_the_years_plan_reports_progress_not_a_plan():
    found = proposed("1-9月，全县完成固定资产投资18.6亿元，同比增长9.2%，占年计划的76.4%；"
                     "实现社会消费品零售总额12.1亿元，同比增长6.5%，完成年度目标任务的74%。")
    # the results are rows; the shares of the plan (76.4%, 74%) are none
    assert [(value, unit, change) for _, value, unit, change in found] == [
        ("18.6", "亿元", "同比增长9.2%"), ("12.1", "亿元", "同比增长6.5%")]
    assert "固定资产投资" in found[0][0] and "社会消费品零售总额" in found[1][0]


def test_a_plan_is_still_no_result():
    # the progress phrase is read as a result only where it says how far a result has come
    assert proposed("明年计划完成固定资产投资25亿元，同比增长10%；社会消费品零售总额计划达到"
                    "15亿元，同比增长8%。") == []

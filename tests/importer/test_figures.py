"""Key-figure extraction: rows, changes, ranks, what is not a figure, grouping, YAML."""

from __future__ import annotations

import yaml

from briefing.importer.figures import (
    Passage,
    Row,
    extract_figures,
    figures_yaml,
    rows_in_sentence,
)
from briefing.importer.figures.numbers import (
    clean_prefix,
    make_label,
    quantities,
    quoted_mask,
    sentences,
    topic_of,
)

AIR = ("2021年，山西省吕梁市区大气环境质量综合指数为4.44，名列全省第四；优良天数281天，"
       "优良天数比例为77%，在全省设区市排名第四；PM2.5平均浓度为27μg/m3，同比下降18.2%，"
       "在全省11个地级市和汾渭平原11个城市中排名第一。")


def table(rows: list[Row]) -> list[tuple]:
    return [(r.label, r.value, r.unit, r.change, r.rank) for r in rows]


def test_air_sentence():
    assert table(rows_in_sentence(AIR)) == [
        ("大气环境质量综合指数", "4.44", "", None, "名列全省第四"),
        ("优良天数", "281", "天", None, None),
        ("优良天数比例", "77", "%", None, "在全省设区市排名第四"),
        ("PM2.5平均浓度", "27", "μg/m³", "同比下降18.2%",
         "在全省11个地级市和汾渭平原11个城市中排名第一"),
    ]
    assert all(row.source == AIR and row.topic == "air" for row in rows_in_sentence(AIR))


def test_changes_each_go_to_their_row():
    sentence = ("与2020年同期相比6个断面水质好转，主要污染物COD平均浓度为15mg/L，"
                "氨氮平均浓度为0.665mg/L，分别下降11.6%、11.2%，水环境质量持续改善。")
    rows = table(rows_in_sentence(sentence))
    assert rows[1:] == [("主要污染物COD平均浓度", "15", "mg/L", "下降11.6%", None),
                        ("氨氮平均浓度", "0.665", "mg/L", "下降11.2%", None)]
    assert rows[0][1:3] == ("6", "个")


def test_enforcement_sentence():
    sentence = ("2021年，全市行政处罚违法企业共589家，罚款16398.12万元，实施停产限产企业14家，"
                "实施查封扣押45家，涉嫌环境违法犯罪移送公安案件20件，公安机关对28人进行了行政拘留，"
                "对3人采取了刑事强制措施，有力地打击了环境违法犯罪行为。")
    assert [(r.label, r.value, r.unit) for r in rows_in_sentence(sentence)] == [
        ("行政处罚违法企业", "589", "家"), ("罚款", "16398.12", "万元"),
        ("实施停产限产企业", "14", "家"), ("实施查封扣押", "45", "家"),
        ("涉嫌环境违法犯罪移送公安案件", "20", "件"), ("行政拘留", "28", "人"),
        ("刑事强制措施", "3", "人")]
    assert {r.topic for r in rows_in_sentence(sentence)} == {"enforcement"}


def test_unit_with_parenthesis_and_counted_noun_after():
    sentence = "2021年全市双随机检查企业1973家（次），其中重点排污单位420家（次）。"
    assert [(r.label, r.value, r.unit) for r in rows_in_sentence(sentence)] == [
        ("双随机检查企业", "1973", "家（次）"), ("重点排污单位", "420", "家（次）")]
    # 「N个X中」 counts X when the sentence counts a part of it (a scope alone is no
    # figure: tests/importer/test_figure_rules_8.py)
    row = rows_in_sentence("全市地表水15个国考断面中，优良水质断面8个。")[0]
    assert (row.label, row.value, row.unit) == ("地表水国考断面", "15", "个")


def test_not_figures():
    # years and dates, ordinals, names in quotes and book titles, 2×2.5, unknown measure
    # words, thresholds, model numbers, plans (a number with thousands separators, 1,234, is
    # one number since the thirty-fourth set: test_round_33)
    for sentence in [
        "2021年3月19日，组织党员干部集中收听收看了电视电话会议。",
        "按“13710”电子督办系统进行督办落实，印发“1+4”工作方案。",
        "组织编制《吕梁市“十四五”生态环境保护规划》。",
        "关闭火电机组2×2.5万千瓦。",
        "13县（市、区）同步成立组织领导机构，保证人手1套。",
        "全面完成国考断面优良水体比例达到53.3%以上的目标任务。",
        "对照GB3095-2012标准，第3季度完成。",
        "2022年主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长6%。",
        "在吕梁市孝义金晖煤焦有限公司年产105万吨焦化生产厂区，企业加大环保投入。",
    ]:
        assert rows_in_sentence(sentence) == [], sentence


def test_quantities_skip_latin_and_masked_numbers():
    sentence = "PM2.5平均浓度为27μg/m3，“十四五”期间12项。"
    found = quantities(sentence, 0, len(sentence), quoted_mask(sentence))
    assert [(q.value, q.unit) for q in found] == [("27", "μg/m³")]
    assert rows_in_sentence(sentence)[0].label == "PM2.5平均浓度"


def test_more_than_n_is_a_bound_not_a_figure():
    # 「980余篇」 is more than 980: no value an editor could print (issue 12, figures.py)
    assert rows_in_sentence("撰写心得体会980余篇。") == []
    assert rows_in_sentence("强化督查等10余项专项行动。") == []
    assert [(r.value, r.unit) for r in rows_in_sentence("撰写心得体会980篇。")] == [
        ("980", "篇")]


def test_labels():
    assert clean_prefix("2021年，吕梁市生态环境局党组中心组先后集中学习") == "党组中心组集中学习"
    assert clean_prefix("山西省吕梁市区大气环境质量综合指数为") == "大气环境质量综合指数"
    assert clean_prefix("处罚违法行为") == "处罚违法行为"  # 为 of 行为 is no link word
    assert make_label("公安机关对", "进行了行政拘留") == ("行政拘留", True)
    assert make_label("对全市", "涉重金属企业进行了核查") == ("核查涉重金属企业", True)
    assert make_label("全系统", "党员干部参与警示教育") == ("党员干部参与警示教育", True)
    assert make_label("追究", "相关人员责任") == ("追究相关人员责任", True)
    assert make_label("罚款", "") == ("罚款", False)
    assert make_label("对外贸易进出口总额", "") == ("对外贸易进出口总额", False)


def test_topics():
    assert topic_of("优良天数") == "air"
    assert topic_of("重点排污单位", "积极开展整治，加大对企业违法行为的查处力度") == "enforcement"
    assert topic_of("地区生产总值") == "economy"
    assert topic_of("新建学校") is None


def test_sentences_keep_closing_quotes():
    text = "“人说山西好风光，地肥水美五谷香。”革命老区吕梁是生态脆弱区。没有句号的结尾"
    assert sentences(text) == ["“人说山西好风光，地肥水美五谷香。”", "革命老区吕梁是生态脆弱区。",
                               "没有句号的结尾"]


def test_groups_follow_sections_in_order_and_small_groups_are_dropped():
    # Issue 12: groups are the sections the sentences stand in, not keyword topics.
    enforcement = "（三）创新执法，突出生态环境执法重点"
    passages = [
        Passage(AIR),  # the lead: no heading above it
        Passage("2021年，全市行政处罚违法企业共589家，罚款16398.12万元。", enforcement,
                enforcement),
        Passage("全市完成营造林28.6万亩。", "二、生态", "二、生态"),  # a lone row: no table
        Passage("全市地表水15个国考断面中，优良水质断面8个。", enforcement, enforcement),
    ]
    groups = extract_figures(passages)
    assert [(g.id, g.title, len(g.rows)) for g in groups] == [
        ("lead", "主要数据", 4), ("enforcement", "创新执法，突出生态环境执法重点", 4)]


def test_figures_yaml_values_as_written():
    groups = extract_figures([Passage(AIR), Passage("罚款16398.12万元，检查企业0.665家。",
                                                    "执法检查", "执法检查")])
    text = figures_yaml(groups)
    assert "value: 4.44\n" in text and "value: 16398.12\n" in text and "value: 0.665\n" in text
    assert "unit: μg/m³" in text
    data = yaml.safe_load(text)
    air, enforcement = data["groups"]
    assert enforcement["id"] == "enforcement"
    assert air["id"] == "lead" and air["title"] == "主要数据"  # no heading above it
    assert air["rows"][3] == {
        "label": "PM2.5平均浓度", "value": 27, "unit": "μg/m³", "change": "同比下降18.2%",
        "rank": "在全省11个地级市和汾渭平原11个城市中排名第一", "source": AIR}
    assert text.startswith("# Key figures") and "\n  - id: lead\n    status: proposed\n" in text

"""The importer's subscript repair for chemical formulas (repairs.unit_markup): SO2 →
SO<sub>2</sub> by a convention that no name, size or code matches."""

from __future__ import annotations

import pytest

from briefing.importer.repairs import unit_markup


@pytest.mark.parametrize(("text", "marked"), [
    ("SO2平均浓度为7μg/m3", "SO<sub>2</sub>平均浓度为7μg/m<sup>3</sup>"),
    ("以O3为首要污染物，其次是NO2。", "以O<sub>3</sub>为首要污染物，其次是NO<sub>2</sub>。"),
    ("CO2、NH3、CH4、N2O、H2S、NOx", "CO<sub>2</sub>、NH<sub>3</sub>、CH<sub>4</sub>、"
     "N<sub>2</sub>O、H<sub>2</sub>S、NO<sub>x</sub>"),
    ("O3_8h月平均值", "O<sub>3</sub>_8h月平均值"),  # a bulletin's column name
    ("（SO2）", "（SO<sub>2</sub>）"),
    ("PM2.5和O3", "PM<sub>2.5</sub>和O<sub>3</sub>"),
])
def test_formulas_are_subscripted(text, marked):
    assert unit_markup(text)[0] == marked


@pytest.mark.parametrize("text", [
    "5G网络", "A4纸", "G20峰会", "CO 2020年", "CO2020", "H5页面", "B2B平台", "O2O模式",
    "F1赛车", "N95口罩", "C919大飞机", "K12教育", "H7N9流感", "H1N1", "GB3095-2012",
    "S2赛季", "http://example.cn/SO2", "NO<sub>2</sub>", "CO浓度", "VOCs",
    # names that read as element symbols with counts: a console, an interface, a tag
    "PS4玩得比较多", "S2C接口", "H2标题", "CH3", "NO2O",
])
def test_names_and_codes_are_not_formulas(text):
    assert unit_markup(text)[0] == text

"""A table a copy flattened into one stream of 「|」-separated cells, its rows run together
on a line (celltables.barstreams, nineteenth round): rebuilt and held. Made-up texts
of the shape, each failing without the rule."""

from __future__ import annotations

from conftest import import_text

from briefing.importer.celltables.barstreams import bar_stream_tables
from briefing.importer.parse import SourceLine

STREAM = (
    "某县5月工业经济运行情况\n\n"
    "据我局统计，5月全县实现规上工业产值18.2亿元，同比增长2.1%。\n"
    "附：主要指标一览表。\n"
    "主要工业指标 | 全县 | 2011.5 |\n"
    "| 单位：个、万元 | 指标名称 | 本月 | 同比% | 累计 | 同比% | 企业单位数\n"
    "| 312 | 4.2 | 312 | 4.2 | 其中：规模以上 | 98 | 6.5 | 98 | 6.5 | 工业总产值 | 182000 | 2.1 "
    "| 905000 | 11.3 | 销售产值 | 176000 | 1.8 | 880000 | 10.9 |\n"
    "|\n|\n| 其中：园区 |\n|\n"
    "| 工业总产值 | 64000 | -3.2 | 320000 | 6.6 | 销售产值 | 61000 | -2.9 | 305000 | 5.1 |\n"
    "|\n")


def test_a_stream_of_cells_is_a_held_table_of_a_label_and_its_values_a_row(tmp_path):
    result, body = import_text(tmp_path, STREAM, "a.txt")
    assert "主要工业指标 全县 2011.5 单位：个、万元" in body
    table = body[body.index("| 指标名称"):].split("\n\n")[0].splitlines()
    assert table[0] == "| 指标名称 | 本月 | 同比% | 累计 | 同比% |"
    assert table[2:] == [
        "| 企业单位数 | 312 | 4.2 | 312 | 4.2 |",
        "| 其中：规模以上 | 98 | 6.5 | 98 | 6.5 |",
        "| 工业总产值 | 182000 | 2.1 | 905000 | 11.3 |",
        "| 销售产值 | 176000 | 1.8 | 880000 | 10.9 |",
        "| 其中：园区 |  |  |  |  |",
        "| 工业总产值 | 64000 | -3.2 | 320000 | 6.6 |",
        "| 销售产值 | 61000 | -2.9 | 305000 | 5.1 |"]
    held = body[:body.index("| 指标名称")].splitlines()[-1]
    assert held.startswith("<!-- held table") and "ran its rows together" in held
    assert any(r.kind == "table-from-bar-stream" and r.review for r in result.repairs)


def lines(text: str) -> list[SourceLine]:
    return [SourceLine(number, line) for number, line in enumerate(text.split("\n"), 1)]


def test_rows_a_line_and_a_stream_too_uneven_are_left_alone():
    # each line a row: bar_row_tables's business
    rows = "| 城市 | 优良天数 | 比例 |\n| 甲市 | 281 | 77.0 |\n| 乙市 | 265 | 72.6 |\n" * 3
    assert bar_stream_tables(lines(rows))[1] == []
    # a label with more values than the rows have: no width fits, nothing rebuilt
    ragged = ("| 指标 | 本月 | 累计 | 甲 | 1 | 2 | 乙 | 3 | 4 | 丙 | 5 | 6 | 丁 | 7 | 8 | 9 | 10 "
              "| 戊 | 11 | 12 |")
    assert bar_stream_tables(lines(ragged))[1] == []

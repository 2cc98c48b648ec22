"""Tables copied with '|' between cells whose merged cells the copy shows only by count
(celltables.barrows: _closing_bars, _group_rows; celltables.pipegrids: merged_headers): a
row's closing bar on a line of its own, groups whose name and totals span their rows, a
two-row header whose group heading is named again under it. Made-up texts of the shapes; every such table is held."""

from __future__ import annotations

from pathlib import Path

from briefing.importer import import_article
from briefing.loader import HELD_MARKER

HEAD = "某市水质月报\n\n本月监测断面12个，详见下表。\n\n表1 某市河流水质状况统计表\n"
# Two groups (a county and its rivers): the group's first row whole, its rate closing
# it with a line break in the cell (the bar on the next line); the other rows short by the
# name and the rate, their places given as bare bars.
GROUPS = """县区 | 断面 | 水质类别 | 上月 | 达标率 | |
水质类别 | 主要污染物 | ||||
甲县 | 一号桥 | Ⅱ | - | Ⅱ | 75.0%
|
二号桥 | Ⅲ | - | Ⅲ | ||
三号桥 | Ⅳ | 总磷 | Ⅲ | ||
乙县 | 四号桥 | Ⅲ | - | Ⅱ | 100%
|
五号桥 | Ⅱ | - | Ⅱ | ||
六号桥 | Ⅱ | - | Ⅱ |
"""


def imported(tmp_path: Path, body: str):
    source = tmp_path / "bulletin.txt"
    source.write_text(HEAD + body + "\n备注：★为省控断面。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    return result, (result.folder / "article.md").read_text("utf-8")


def rows(article: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip()[1:-1].split("|")]
            for line in article.split("\n") if line.startswith("|")]


def markers(article: str) -> list[str]:
    return [m["reason"] for line in article.split("\n") if (m := HELD_MARKER.match(line))]


def test_groups_with_a_closing_bar_on_its_own_line_make_one_table_with_spans(tmp_path):
    result, article = imported(tmp_path, GROUPS)
    table = rows(article)
    assert len(table) == 3 + 6  # two header rows, the delimiter, six rows
    # The header: 「水质类别」 is named again under it, so it spans the second row's cells.
    assert table[0] == ["县区", "断面", "水质类别", "<", "上月", "达标率"]
    assert table[1] == ["^", "^", "水质类别", "主要污染物", "^", "^"]
    assert table[3] == ["甲县", "一号桥", "Ⅱ", "-", "Ⅱ", "75.0%"]
    assert table[4] == ["^", "二号桥", "Ⅲ", "-", "Ⅲ", "^"]
    assert table[5] == ["^", "三号桥", "Ⅳ", "总磷", "Ⅲ", "^"]
    assert table[6] == ["乙县", "四号桥", "Ⅲ", "-", "Ⅱ", "100%"]
    assert table[8] == ["^", "六号桥", "Ⅱ", "-", "Ⅱ", "^"]  # its bars lost at the end
    assert "\n|\n" not in article and "75.0%\n" not in article
    [reason] = markers(article)
    assert "a group's rows" in reason and "2 cell(s) spanning rows" in reason
    assert "placed by counting empty places" in reason
    assert result.held_tables == 1


def test_a_short_row_without_bare_bars_is_no_group(tmp_path):
    # A short last row (an index and its one value) under whole rows, no bare bars:
    # nothing spans; the row keeps its cells where the copy has them.
    body = ("城市 | 二氧化硫 | 一氧化碳 | 细颗粒物 |\n甲县 | 2 | 0.8 | 18 |\n"
            "日均值限值 | 150 | 4 | 75 |\n年均值限值 | 60 | — | 35 |\n综合指数 | 1.83 |\n")
    _, article = imported(tmp_path, body)
    table = rows(article)
    assert "^" not in {cell for row in table for cell in row}
    assert table[-1] == ["综合指数", "1.83", "", ""]


def test_the_last_header_cell_spans_when_none_is_named_again(tmp_path):
    # The existing reading (merged_headers): the header's last cell over the next row's.
    body = ("站点 | 天数 | 优良率 | ||\n本月 | 上月 | 同期 | |\n"
            "甲站 | 30 | 96.7 | 95.0 | 90.1 |\n乙站 | 31 | 93.5 | 92.0 | 88.0 |\n")
    _, article = imported(tmp_path, body)
    table = rows(article)
    assert table[0] == ["站点", "天数", "优良率", "<", "<"]
    assert table[1] == ["^", "^", "本月", "上月", "同期"]


def test_a_row_shorter_still_has_the_cell_no_other_row_has_there_span_two(tmp_path):
    # 「断流」 stands where the other rows give a class and a pollutant: it spans both (<),
    # the cells after it move one column on.
    body = GROUPS.replace("三号桥 | Ⅳ | 总磷 | Ⅲ | ||", "三号桥 | 断流 | Ⅲ | |||")
    _, article = imported(tmp_path, body)
    table = rows(article)
    assert table[5] == ["^", "三号桥", "断流", "<", "Ⅲ", "^"]
    assert table[4] == ["^", "二号桥", "Ⅲ", "-", "Ⅲ", "^"]
    [reason] = markers(article)
    assert "a cell spanning two columns (<) in source line" in reason and "「三号桥」" in reason

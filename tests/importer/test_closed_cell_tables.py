"""A yearbook's table copied a cell a line, each cell closed by its bar (a lone bar an
empty cell, a cell broken over lines closed on its last line): rebuilt on a guess and held
(flattables.closed_cell_tables). Made-up texts of the shape."""

from __future__ import annotations

from briefing.importer import import_article
from briefing.importer.flattables import closed_cell_tables
from briefing.loader import HELD_MARKER

EMPTY = "|\n" * 5
YEARBOOK = (
    "表3-1\n主要年份农业生产条件 |\nConditions of Agricultural |\nProduction |\n" + EMPTY
    + "项 目 |\nItem |\n2015 |\n2018 |\n2020 |\n" + EMPTY
    + "农业机械 |\nAgricultural Machinery |\n|\n|\n|\n"
    + "农机总动力\n(万千瓦) |\nTotal Power\nof Machinery |\n412.5 |\n436.1 |\n455.8 |\n"
    + "拖拉机数量\n(台) |\nNumber of |\n1203 |\n1311 |\n1402 |\n"
    + "|\nTractors (unit) |\n|\n|\n|\n"
    + "化肥施用量 |\nConsumption of Fertilizer |\n8.3 |\n7.9 |\n7.6 |\n")


def rows(article: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in article.split("\n") if line.startswith("| ")]


def test_cells_closed_by_their_bars_are_rebuilt_in_the_columns_the_numbers_give(tmp_path):
    source = tmp_path / "yearbook.txt"
    source.write_text(YEARBOOK, "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="y")
    article = (result.folder / "article.md").read_text("utf-8")
    assert rows(article) == [
        ["项 目", "Item", "2015", "2018", "2020"],
        ["农业机械", "Agricultural Machinery", "", "", ""],
        ["农机总动力（万千瓦）", "Total Power of Machinery", "412.5", "436.1", "455.8"],
        # the row of labels alone under it is the rest of its labels
        ["拖拉机数量（台）", "Number of Tractors (unit)", "1203", "1311", "1402"],
        ["化肥施用量", "Consumption of Fertilizer", "8.3", "7.9", "7.6"],
    ]
    # a guess: held under its marker, and no bar or spacing row left as text
    lines = article.split("\n")
    marker = next(i for i, line in enumerate(lines) if HELD_MARKER.match(line))
    assert lines[marker + 1].startswith("| 项 目 |")
    assert not any(line.strip() == "|" or line.endswith(" |") and not line.startswith("| ")
                   for line in lines)
    assert "主要年份农业生产条件" in article and "Conditions of Agricultural" in article


def test_a_lone_bar_opening_each_row_is_not_this_copy():
    # 「|」 opening each row, cells closed by bars: no two lone bars in a row — the other
    # copy's form, read by cell_line_tables
    lines = list(enumerate(["|", "城市 |", "优良天数 |", "优良率(%) |", "|", "甲县 |", "28 |",
                            "90.3 |", "|", "乙县 |", "27 |", "87.1 |", "|", "丙县 |", "30 |",
                            "96.8 |"], start=1))
    kept, repairs, _ = closed_cell_tables(lines)
    assert kept == lines and repairs == []


def test_words_in_a_column_of_numbers_make_no_grid():
    # cells closed by bars whose columns hold words and numbers mixed: no number of columns
    # reads them, so the lines stay as they were
    cells = ["项目 |", "说明 |", "|", "|", "甲 |", "已完成 |", "乙 |", "3 |", "丙 |", "进行中 |",
             "丁 |", "5 |", "戊 |", "未开始 |", "己 |", "7 |"]
    lines = list(enumerate(cells, start=1))
    kept, repairs, _ = closed_cell_tables(lines)
    assert kept == lines and repairs == []


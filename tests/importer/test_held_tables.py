"""Which tables the importer made on a guess (briefing/importer/heldtables.py): those are
written under a marker line and held; tables as the source has them are not. Made-up
texts, one per convention."""

from __future__ import annotations

import re
from pathlib import Path

from pdfread import page_texts

from briefing.build import build
from briefing.importer import import_article
from briefing.loader import HELD_MARKER, load_briefing

HEAD = "某县环境质量月报\n\n一、环境空气质量状况\n\n本月优良天数27天，详见下表。\n\n"


def imported(tmp_path: Path, body: str, suffix: str = ".txt"):
    source = tmp_path / f"bulletin{suffix}"
    source.write_text(HEAD + body + "\n\n二、其他情况\n\n本月无其他情况。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    return result, (result.folder / "article.md").read_text("utf-8")


def markers(article: str) -> list[str]:
    return [m["reason"] for line in article.split("\n") if (m := HELD_MARKER.match(line))]


def source_line(tmp_path: Path, text: str) -> int:
    lines = (tmp_path / "bulletin.txt").read_text("utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if line.startswith(text))


def test_a_bar_table_whose_rows_all_fill_the_header_is_as_the_source_has_it(tmp_path):
    result, article = imported(tmp_path, "站点 | SO2 | NO2 |\n甲站 | 9 | 8 |\n乙站 | 7 | 6 |")
    assert "| 甲站 | 9 | 8 |" in article and markers(article) == []
    assert result.held_tables == 0
    assert load_briefing(result.folder).held_tables == []


def test_a_merged_cell_flattened_into_a_short_row_holds_the_table(tmp_path):
    # The shape of a monthly air report: a cell spanning six columns and values spanning
    # two rows, flattened by the copy into a row closed by bare bars and a short row.
    body = ("站点 | SO2 | NO2 | PM10 | 天数 | 优良率 |\n"
            "综合值 | 浓度值（微克/立方米） | 28 | 96.4 | ||\n"
            "9 | 8 | 45 |")
    result, article = imported(tmp_path, body)
    [reason] = markers(article)
    assert f"source line {source_line(tmp_path, '综合值')}, the row 「综合值」: a run of 2 bare bars" \
        in reason
    assert f"source line {source_line(tmp_path, '9 | 8')}, the row 「9」: 3 empty cell(s) added" \
        in reason
    assert "check each value's column" in reason
    assert result.held_tables == 1
    # The marker stands right above the table; the import report has a spot for it.
    lines = article.split("\n")
    at = next(i for i, line in enumerate(lines) if HELD_MARKER.match(line))
    assert lines[at + 1].startswith("| 站点 |")
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert re.search(r"^- \[ \] line \d+ · table-held: ", report, re.M)
    [held] = load_briefing(result.folder).held_tables
    assert held.rows[0][0].plain == "综合值"


def test_a_row_one_cell_short_under_an_empty_last_column_is_certain(tmp_path):
    # The copy drops the bar closing an empty last cell (备注): the other rows show it.
    body = ("序号 | 水源地 | 频次 | 备注 |\n1 | 甲水库 | 1次/月 | |\n2 | 乙水库 | 1次/季度 |")
    _, article = imported(tmp_path, body)
    assert "| 2 | 乙水库 | 1次/季度 |  |" in article and markers(article) == []
    # …but not when another row fills that column: the missing cell could be any.
    body = ("序号 | 水源地 | 频次 | 备注 |\n1 | 甲水库 | 1次/月 | 新建 |\n2 | 乙水库 | 1次/季度 |")
    (tmp_path / "2").mkdir()
    _, article = imported(tmp_path / "2", body)
    assert len(markers(article)) == 1


def test_tab_split_rows_are_as_the_source_has_them(tmp_path):
    _, article = imported(tmp_path, "站点\tSO2\tNO2\n甲站\t9\t8\n乙站\t7\t6")
    assert "| 甲站 | 9 | 8 |" in article and markers(article) == []


def test_cells_a_paragraph_under_a_caption_are_a_guess(tmp_path):
    cells = ["县区", "优良天数", "优良率", "甲县", "27", "96.4", "乙县", "25", "89.3"]
    body = "某县2021年2月空气质量统计表\n\n" + "\n\n".join(cells)
    _, article = imported(tmp_path, body)
    [reason] = markers(article)
    assert "a cell a paragraph" in reason and "number of columns was inferred" in reason
    assert "| 甲县 | 27 | 96.4 |" in article


def test_markdown_and_html_tables_are_as_the_source_has_them(tmp_path):
    body = ("| 站点 | SO2 |\n|---|---|\n| 甲站 | 9 |\n\n"
            "<table><tr><th rowspan=\"2\">站点</th><th colspan=\"2\">浓度</th></tr>"
            "<tr><th>SO2</th><th>NO2</th></tr><tr><td>乙站</td><td>7</td><td>6</td></tr>"
            "</table>")
    _, article = imported(tmp_path, body, suffix=".md")
    assert "| 甲站 | 9 |" in article and "乙站" in article
    assert markers(article) == []


def test_a_fresh_import_prints_no_guessed_table_until_accepted(tmp_path):
    from briefing.review import review_tables

    body = ("站点 | SO2 | NO2 | PM10 | 天数 | 优良率 |\n"
            "综合值 | 浓度值（微克/立方米） | 28 | 96.4 | ||\n"
            "9 | 8 | 45 |\n\n"
            "二、水质\n\n序号 | 河流 | 类别 |\n1 | 洪渡河 | Ⅲ |\n2 | 六池河 | Ⅱ |")
    result, _ = imported(tmp_path, body)
    pdf = tmp_path / "b.pdf"
    warnings = build(result.folder, pdf).warnings
    text = re.sub(r"\s+", "", "".join(page_texts(pdf)))
    assert "综合值" not in text and "浓度值" not in text and "96.4" not in text
    assert "洪渡河" in text and "六池河" in text
    assert any(w.startswith("1 table held for review") for w in warnings)
    review_tables(result.folder, "accept", [])
    build(result.folder, pdf)
    assert "综合值" in re.sub(r"\s+", "", "".join(page_texts(pdf)))


def test_cells_a_line_with_no_row_marks_rebuilt_by_the_kinds_of_their_cells(tmp_path):
    from briefing.importer.flattables import _kind_columns

    # A ranking table: labels, then lists of places; only 2 columns give each column one
    # kind (4 would put a list in the header).
    ranking = ["污染因子", "排名后3位区县", "综合指数", "甲区（4.33）、乙区（4.20）",
               "SO2", "丙县（16）、甲区（15）", "NO2", "乙区（34）、丁县（31）"]
    assert _kind_columns(ranking) == [2]
    # Labels and numbers: as a flattened table's columns are read.
    assert _kind_columns(["城市", "优良率", "PM2.5", "太原", "80.6", "35", "大同", "90.1", "28"]) \
        == [3]
    # A column of words among the values: no reading, the cells stay together.
    assert _kind_columns(["断面", "水质", "达标", "甲桥", "Ⅱ", "达标", "乙闸", "Ⅲ", "达标"]) == []
    assert _kind_columns(ranking[:-1]) == []
    body = "".join(f"{cell} |\n" for cell in ranking)
    _, article = imported(tmp_path, body.rstrip("\n"))
    [reason] = markers(article)
    assert "inferred from the kinds of its cells" in reason
    assert "| 综合指数 | 甲区（4.33）、乙区（4.20） |" in article


def test_the_import_command_says_how_many_tables_it_holds(tmp_path):
    from typer.testing import CliRunner

    from briefing.cli import app

    source = tmp_path / "bulletin.txt"
    source.write_text(HEAD + "站点 | SO2 | NO2 | PM10 |\n综合值 | 浓度值 | 28 | |\n9 | 8 |\n", "utf-8")
    result = CliRunner().invoke(app, ["import", str(source), "--data-dir", str(tmp_path / "d"),
                                      "--slug", "b"])
    assert result.exit_code == 0, result.output
    assert "1 table(s) rebuilt on a guess, held for review and printed nowhere until " \
           "accepted: `briefing tables" in result.output.replace("\n", " ")


def test_a_pipe_table_with_rows_of_another_width_is_filled_held_and_loads(tmp_path):
    # Markdown reads a short row as filled with empty cells and drops a long row's extra
    # cells; the importer fills both to the widest row (no cell lost) and holds the table.
    body = "| 甲 | 乙 | 丙 |\n|---|:---:|---|\n| 1 | 2 |\n| 3 | 4 | 5 | 6 \\| 7 |\n| 8 | 9 | 10 |"
    result, article = imported(tmp_path, body, suffix=".md")
    [reason] = markers(article)
    assert "header: 3 cells" in reason and "2 cells" in reason and "4 cells" in reason
    assert "| 甲 | 乙 | 丙 |  |\n|---|:---:|---|---|\n| 1 | 2 |  |  |\n" \
           "| 3 | 4 | 5 | 6 \\| 7 |\n| 8 | 9 | 10 |  |" in article
    [held] = load_briefing(result.folder).held_tables  # the article loads
    assert held.rows[1][3].plain == "6 | 7"
    # Rows all as wide as the header: as the source has it.
    (tmp_path / "2").mkdir()
    _, article = imported(tmp_path / "2", "| 甲 | 乙 |\n|---|---|\n| 1 | 2 |", suffix=".md")
    assert markers(article) == []


def test_a_pipe_table_whose_cells_lose_link_addresses_or_code_marks_is_held(tmp_path):
    """article.md prints no links or code: the importer takes the address and the marks
    out of the cell, which then says less than the source's — held, naming what changed."""
    body = ("| 书名 | 参数 |\n|---|---|\n| [棋王](https://example.org/qiwang) | `date_format` |\n"
            "| [挪威的森林](https://example.org/senlin) | `comments` |\n\n本月无更多说明。\n\n"
            "| 站点 | SO2 |\n|---|---|\n| 甲站 | 9 |")
    result, article = imported(tmp_path, body, suffix=".md")
    assert result.held_tables == 1
    [reason] = markers(article)
    assert reason == ("the importer changed its cells' text (a link's address was dropped in "
                      "2 cells, code marks were removed in 2 cells): check each such cell "
                      "against the source")
    assert "| 甲站 | 9 |" in article  # the table without markup is printed
    assert [t.rows[0][0].text.plain for t in load_briefing(result.folder).held_tables] == ["棋王"]


def test_a_guessed_table_that_also_lost_code_marks_says_both():
    from briefing.importer.draft import Node
    from briefing.importer.heldtables import held_reason
    from briefing.importer.records import Repair

    node = Node("table", "| a | b |", ((0, 2), (10, 3)))
    source = ["标题", "甲站 | `x` |", "乙站 | 7 |"]
    repairs = [Repair("table-short-rows", 2, "", "row 1", "")]
    reason = held_reason(node, repairs, [], source)
    assert reason.startswith("rows copied with '|' show merged cells (row 1)")
    assert reason.endswith("; the importer changed its cells' text (code marks were removed "
                           "in 1 cell): check each such cell against the source")
    assert held_reason(node, [], [], ["标题", "甲站 | x |", "乙站 | 7 |"]) == ""

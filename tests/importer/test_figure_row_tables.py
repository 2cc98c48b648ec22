"""Rows of figures set apart by spaces (celltables.figurerows): a label, then the
figures closing its line. Such rows become a held table — their figures stay with their
labels — and never paragraphs of loose numbers. Made-up texts of the shapes."""

from __future__ import annotations

import re
from pathlib import Path

from pdfread import page_texts

from briefing.build import build
from briefing.importer import import_article
from briefing.loader import HELD_MARKER, load_briefing

# A yearbook's table page copied as text: bilingual labels, single spaces and runs of them,
# a header broken over lines (a long last head centred on the others), a unit line, a note.
YEARBOOK = """3-7 某市财政收支情况
Revenue and Expenditure of Local Finance
单位:亿元 (100 million yuan)
        比上年
        增长(%)
指   标 Indicator 2022 2023 Growth
        over Last Year
        (%)

一般公共预算收入 General Public Budget Revenue 512.36 538.91 5.2
 税收收入  Tax Revenue 388.10 401.75 3.5
 非税收入  Non-tax Revenue 124.26 137.16 10.4
一般公共预算支出 General Public Budget Expenditure 730.44 752.08 3.0
 教育支出  Education 121.93 126.40 3.7

注:本表数据为快报数。
"""


def imported(tmp_path: Path, text: str):
    source = tmp_path / "table.txt"
    source.write_text(text, "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="t")
    return result, (result.folder / "article.md").read_text("utf-8")


def markers(article: str) -> list[str]:
    return [m["reason"] for line in article.split("\n") if (m := HELD_MARKER.match(line))]


def rows(article: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.strip()[1:-1].split("|")]
            for line in article.split("\n") if line.startswith("|")]


def test_rows_of_figures_under_a_broken_header_are_a_held_table(tmp_path):
    result, article = imported(tmp_path, YEARBOOK)
    [reason] = markers(article)
    assert "a label and its figures" in reason and "6 rows × 4 columns" in reason
    assert "header's lines are kept together" in reason
    table = rows(article)
    # Each figure stands in its row, beside its label; none is left in a paragraph.
    assert table[2] == ["一般公共预算收入 General Public Budget Revenue", "512.36", "538.91",
                        "5.2"]
    assert table[3][1:] == ["388.10", "401.75", "3.5"] and table[3][0].startswith("税收收入")
    assert table[-1][1:] == ["121.93", "126.40", "3.7"]
    paragraphs = [line for line in article.split("\n")
                  if line and not line.startswith(("|", "<!--", "---", ":::"))]
    assert not any(re.search(r"\d+\.\d+", line) for line in paragraphs
                   if not line.startswith(("单位", "注", "title", "subtitle")))
    # The header's lines are kept, in the copy's order, in the first header cell.
    assert table[0][0].startswith("比上年 增长（%） 指   标 Indicator 2022 2023 Growth")
    assert table[0][1:] == ["", "", ""]
    # The unit line and the note keep their places and roles.
    assert "单位：亿元 (100 million yuan)" in article
    assert "::: note\n注：本表数据为快报数。\n:::" in article
    assert result.held_tables == 1
    [held] = load_briefing(result.folder).held_tables
    assert held.rows[-1][0].plain.startswith("教育支出")


def test_a_header_line_of_one_word_a_column_is_the_header_row(tmp_path):
    # Labels of two words (so no word table): the header line splits into the columns.
    text = ("某区主要经济指标\n\n指标 2022年 2023年 增长率\n地区生产总值 GDP 301.5 322.8 7.1\n"
            "第二产业 Secondary 120.4 131.0 8.8\n第三产业 Tertiary 160.2 170.9 6.7\n")
    _, article = imported(tmp_path, text)
    table = rows(article)
    assert table[0] == ["指标", "2022年", "2023年", "增长率"]
    assert table[2] == ["地区生产总值 GDP", "301.5", "322.8", "7.1"]
    [reason] = markers(article)
    assert "header's lines" not in reason


def test_a_row_with_fewer_figures_has_them_in_the_last_columns_and_says_so(tmp_path):
    text = ("某县农业生产情况\n\n产品 产量 增长\n粮食 1,234 2.1\n油料 56 -3.0\n"
            "水果 789 5.5 0.4\n")
    _, article = imported(tmp_path, text)
    table = rows(article)
    assert table[2] == ["粮食", "", "1,234", "2.1"]
    assert table[4] == ["水果", "789", "5.5", "0.4"]
    [reason] = markers(article)
    assert "the row 「粮食」: 1 figure(s) fewer" in reason


def test_lines_that_are_no_rows_of_figures_stay_text(tmp_path):
    # Contents lines close with one page number; two lines of two figures are too few to
    # tell a table.
    text = ("某报告\n\n第一章 总则 1\n第二章 目标 5\n第三章 措施 9\n\n"
            "全年完成投资，同比增长 5 6\n其中：新开工项目 7 8\n\n正文一段。\n\n"
            # Contacts close with codes and telephone numbers, not figures.
            "联系人 张三 0571 87654321\n联系人 李四 0571 87654322\n"
            "联系人 王五 13912345678 0571\n")
    _, article = imported(tmp_path, text)
    assert markers(article) == [] and not rows(article)


def test_a_fresh_import_prints_none_of_the_figures_until_accepted(tmp_path):
    from briefing.review import review_tables

    result, _ = imported(tmp_path, YEARBOOK)
    pdf = tmp_path / "t.pdf"
    build(result.folder, pdf)
    text = re.sub(r"\s+", "", "".join(page_texts(pdf)))
    assert "512.36" not in text and "税收收入" not in text
    review_tables(result.folder, "accept", [])
    build(result.folder, pdf)
    text = re.sub(r"\s+", "", "".join(page_texts(pdf)))
    assert "512.36" in text and "税收收入" in text


def test_rows_of_one_word_a_cell_under_as_many_header_words_are_printed(tmp_path):
    # Single spaces, every row the header's number of words, a word then figures: the
    # source's grid (a missing or split cell would break the count) — printed, not held.
    text = ("某县农产品产量\n\n表3 主要农产品产量\n产品 产量 比上年增长%\n稻谷 1917 1.0\n"
            "油料 49 8.9\n水果 1376 5\n")
    result, article = imported(tmp_path, text)
    assert markers(article) == [] and result.held_tables == 0
    assert rows(article)[0] == ["产品", "产量", "比上年增长%"]
    assert rows(article)[3] == ["油料", "49", "8.9"]
    # A label of two words makes rows of figures instead: where it ends is a guess, held.
    text = text.replace("油料 49", "其中 油料 49")
    (tmp_path / "2").mkdir()
    result, article = imported(tmp_path / "2", text)
    [reason] = markers(article)
    assert "a label and its figures" in reason
    assert ["其中 油料", "49", "8.9"] in rows(article)


def test_cells_a_paragraph_no_count_reads_are_kept_together_and_held(tmp_path):
    # Under its caption, a table copied a cell a paragraph whose rows no number of columns
    # reads (a value merged away): one held block, a cell a row — not loose paragraphs.
    cells = ["站点", "浓度", "优良率", "甲站", "30", "55", "96.7", "乙站", "28", "93.5"]
    text = ("某县空气质量月报\n\n本月情况见下表。\n\n表1 各站点空气质量统计表\n\n"
            + "\n\n".join(cells) + "\n\n二、其他\n\n本月无其他情况。\n")
    result, article = imported(tmp_path, text)
    [reason] = markers(article)
    assert "kept one a row" in reason and "rebuild its rows and columns by hand" in reason
    assert [row for row in rows(article) if row != ["---"]] == [[cell] for cell in cells]
    assert "\n30\n" not in article and "\n96.7\n" not in article
    assert result.held_tables == 1


def test_rows_in_spaced_columns_of_differing_widths_are_one_held_table(tmp_path):
    # Columns set with runs of spaces, a grade closing each row (so no figures close the
    # line), one row missing a cell: one table, the short row filled at its end, held.
    text = ("某县空气质量月报\n\n各站点情况如下：\n\n"
            "站点    二氧化硫    二氧化氮    级别\n甲站    30    55    良\n乙站    28    优\n"
            "丙站    35    61    良\n\n二、其他\n\n本月无其他情况。\n")
    _, article = imported(tmp_path, text)
    table = rows(article)
    assert table[0] == ["站点", "二氧化硫", "二氧化氮", "级别"]
    assert table[3] == ["乙站", "28", "优", ""]
    assert table[4] == ["丙站", "35", "61", "良"]
    [reason] = markers(article)
    assert "different numbers of cells" in reason and "the row 「乙站」: 1 empty cell(s)" in reason


def test_a_run_of_rows_never_reaches_across_another_block():
    # Rows of figures with a block of another kind between them and no blank line (a row
    # the reader took for a heading): each side is a run of its own, and the rows around
    # that block are never one table. It raised KeyError on an unseen yearbook copy.
    from briefing.importer.celltables.figurerows import figure_row_tables
    from briefing.importer.parse import RawBlock, SourceLine

    rows = ["地区生产总值 1201 1350 1498", "第一产业 210 220 231", "第二产业 640 720 815",
            "第三产业 351 410 452"]
    blocks = [RawBlock("text", [SourceLine(1, "指标 2006 2007 2008")]
                       + [SourceLine(2 + i, row) for i, row in enumerate(rows)], blank_after=0),
              RawBlock("heading", [SourceLine(6, "## 财政")], marker=2),
              RawBlock("text", [SourceLine(7 + i, row.replace("产", "税"))
                                for i, row in enumerate(rows)], blank_before=0)]
    result, repairs, _ = figure_row_tables(blocks)
    assert [block.kind for block in result] == ["table", "heading", "table"]
    first, _, second = result
    assert "| 第三产业 | 351 | 410 | 452 |" in [line.text for line in first.lines]
    assert not any("税" in line.text for line in first.lines)
    assert all("产" not in line.text for line in second.lines[2:])
    assert len(repairs) == 2


# A yearbook's table copied as text, its rows in sections: the header gives the years
# alone (its corner above the labels empty), lines naming a group of rows have no figures,
# '#' marks a row that is part of the row above (「其中」), lines of spaces stand between.
SECTIONED = "\n".join([
    "某县历年主要指标", "    2015 2018 2021", " ", "人口    ",
    "    户籍人口(万人)   52.10 53.44 54.02", "       #城镇人口   20.31 23.85 27.16", "      ",
    "经济    ", "财政    ", "    一般预算收入(亿元)   6.20 8.71 11.05",
    "       #税收收入     7.02 8.93", "农业    ", "    粮食产量(万吨)   31.4 30.9 32.2", ""])


def test_section_rows_and_a_header_of_years_make_one_held_table(tmp_path):
    result, article = imported(tmp_path, SECTIONED)
    [reason] = markers(article)
    assert "section row(s) with no figures" in reason and "「#税收收入」: 1 figure(s) fewer" \
        in reason
    assert rows(article) == [
        ["", "2015", "2018", "2021"], ["---", "---", "---", "---"],
        ["人口", "", "", ""],
        ["户籍人口（万人）", "52.10", "53.44", "54.02"],
        ["#城镇人口", "20.31", "23.85", "27.16"],
        ["经济", "", "", ""], ["财政", "", "", ""],
        ["一般预算收入（亿元）", "6.20", "8.71", "11.05"],
        ["#税收收入", "", "7.02", "8.93"],
        ["农业", "", "", ""],
        ["粮食产量（万吨）", "31.4", "30.9", "32.2"]]
    # One table: no row became a heading, a paragraph or the title.
    assert "## " not in article and "城镇人口" not in article.split("---")[1]
    assert result.held_tables == 1


def test_a_hash_line_closing_with_figures_is_a_row_not_a_heading():
    from briefing.importer.parse import SourceLine, parse_lines

    texts = ["#城镇人口   20.31 23.85 27.16", "#       5.4 6.1", "# 第二章 财政 1", "#标题"]
    blocks = parse_lines([SourceLine(n, t) for n, t in enumerate(texts, 1)], None)
    assert [(b.kind, [line.text for line in b.lines]) for b in blocks] == [
        ("text", ["#城镇人口   20.31 23.85 27.16", "#       5.4 6.1"]),
        ("heading", ["第二章 财政 1"]), ("heading", ["标题"])]


def test_a_line_naming_a_table_between_rows_of_figures_ends_the_table(tmp_path):
    # Two tables of rows of figures: the name of the second (「…情况」) is no section row.
    text = ("甲乙两项\n\n指标 2022 2023\n收入 10.2 11.4\n支出 9.1 9.8\n结余 1.1 1.6\n"
            "人员构成情况\n职工 120 131\n临时 40 38\n退休 55 60\n")
    _, article = imported(tmp_path, text)
    assert len(markers(article)) == 2
    first, second = article.split("<!-- held table")[1:]
    assert "结余" in first and "人员构成情况" not in first and "职工" not in first
    assert "人员构成情况" in second and "| 退休 | 55 | 60 |" in second


def test_a_numbered_heading_between_rows_of_figures_is_no_section_row(tmp_path):
    text = ("某县经济运行\n\n指标 2022 2023\n粮食 10.2 11.4\n油料 9.1 9.8\n蔬菜 1.1 1.6\n"
            "3.工业\n产值 120 131\n利润 40 38\n税金 55 60\n")
    _, article = imported(tmp_path, text)
    assert len(markers(article)) == 2
    first = article.split("<!-- held table")[1]
    assert "| 蔬菜 | 1.1 | 1.6 |" in first and "工业" not in first and "产值" not in first


def test_a_header_printed_as_a_row_of_years_is_the_header(tmp_path):
    # 「指 标 2021 2022 2023」 closes with figures like a row, but they are the years, one
    # after another: the header (its letterspaced head whole), not the table's first row.
    text = ("某县主要经济指标\n\n指 标 2021 2022 2023\n地区生产总值 101.2 108.5 115.0\n"
            "财政收入 8.1 8.6 9.3\n粮食产量 2050 2010 2100\n")
    _, article = imported(tmp_path, text)
    table = rows(article)
    assert table[0] == ["指 标", "2021", "2022", "2023"]
    assert table[2] == ["地区生产总值", "101.2", "108.5", "115.0"]
    assert table[-1] == ["粮食产量", "2050", "2010", "2100"]  # not years: in order they fall
    assert len(markers(article)) == 1


def test_a_letterspaced_head_is_one_header_cell(tmp_path):
    text = ("某区主要经济指标\n\n项　目 2022年 2023年 增长率\n地区生产总值 GDP 301.5 322.8 7.1\n"
            "第二产业 Secondary 120.4 131.0 8.8\n第三产业 Tertiary 160.2 170.9 6.7\n")
    _, article = imported(tmp_path, text)
    assert rows(article)[0] == ["项　目", "2022年", "2023年", "增长率"]
    [reason] = markers(article)
    assert "header's lines" not in reason


# A yearbook table set in columns with runs of spaces, its short labels letterspaced to
# the others' width (「全  市」), its groups named by letterspaced lines (「市  辖  区」).
LETTERSPACED = "\n".join([
    "3-5  各县（市、区）生产总值", "单位：亿元", "                 2021   2022   2023",
    "全  市    1201.5   1298.4   1350.2", "县  级", "  甲县     301.2    320.5    333.1",
    "  乙县     280.4    295.0    310.8", "市  辖  区", "  东区     400.1    430.2    450.0",
    "  西区     219.8    252.7    256.3", "注：本表按当年价格计算。", ""])


def test_letterspaced_labels_are_one_cell_and_the_rows_one_table(tmp_path):
    from briefing.importer.celltables.spaces import spaced_cells

    assert spaced_cells("全  市    1201.5   1298.4   1350.2") == [
        "全  市", "1201.5", "1298.4", "1350.2"]
    assert spaced_cells("优    良    轻度污染    中度污染") == ["优", "良", "轻度污染", "中度污染"]
    result, article = imported(tmp_path, LETTERSPACED)
    assert rows(article) == [
        ["", "2021", "2022", "2023"], ["---", "---", "---", "---"],
        ["全  市", "1201.5", "1298.4", "1350.2"], ["县  级", "", "", ""],
        ["甲县", "301.2", "320.5", "333.1"], ["乙县", "280.4", "295.0", "310.8"],
        ["市  辖  区", "", "", ""],
        ["东区", "400.1", "430.2", "450.0"], ["西区", "219.8", "252.7", "256.3"]]
    assert result.held_tables == 1
    # The page is the one table: its caption, taken for the title, is a doubt.
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "title-table-caption" in report

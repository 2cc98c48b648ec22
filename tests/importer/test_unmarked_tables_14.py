"""Tables whose source is not a Markdown or HTML table (fourteenth round): cells a line
whose figures carry their units, and columns set with runs of spaces that have no header.
Each rebuilt grid is a guess, held for the editor (heldtables.py). Made-up texts."""

from __future__ import annotations

from pathlib import Path

from briefing.importer import import_article
from briefing.importer.flattables import QUANTITY_CELL, _kind_columns
from briefing.loader import HELD_MARKER, load_briefing

HEAD = "某县国民经济统计公报\n\n一、农业\n\n全县农业生产平稳，主要产品产量如下。\n\n"


def imported(tmp_path: Path, body: str, suffix: str = ".txt"):
    source = tmp_path / f"bulletin{suffix}"
    source.write_text(HEAD + body + "\n\n二、工业\n\n全县工业生产平稳增长。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    return result, (result.folder / "article.md").read_text("utf-8")


def markers(article: str) -> list[str]:
    return [m["reason"] for line in article.split("\n") if (m := HELD_MARKER.match(line))]


def test_a_figure_with_its_unit_is_a_value_and_a_year_heads_its_column():
    for cell in ("3.62万吨", "415吨", "96公斤", "1207头", "8.1万只", "2.3亿元", "12万",
                 "0.4个百分点", "-3.5万亩", "27天", "2.5倍"):
        assert QUANTITY_CELL.match(cell), cell
    for cell in ("2019年", "5月", "5号", "万吨", "吨", "二号井"):
        assert not QUANTITY_CELL.match(cell), cell
    cells = ["产品", "2019年", "增长(%)", "稻谷", "3.62万吨", "2.1", "生猪出栏", "1207头",
             "-4.5", "家禽出栏", "8.1万只", "6"]
    # Figures with units read as values: only 3 columns make each column one kind.
    assert _kind_columns(cells) == [3]


def test_cells_a_line_whose_figures_carry_units_are_rebuilt_and_held(tmp_path):
    cells = ["产品", "2019年", "增长(%)", "稻谷", "3.62万吨", "2.1", "玉米", "415吨", "-0.8",
             "生猪出栏", "1207头", "-4.5", "家禽出栏", "8.1万只", "6"]
    result, article = imported(tmp_path, "\n".join(f"{cell} |" for cell in cells))
    [reason] = markers(article)
    assert "inferred from the kinds of its cells" in reason
    assert "| 产品 | 2019年 | 增长（%） |" in article
    assert "| 生猪出栏 | 1207头 | -4.5 |" in article
    assert "| 家禽出栏 | 8.1万只 | 6 |" in article
    assert any(d.kind == "table-held" for d in result.doubts)
    assert len(load_briefing(result.folder).held_tables) == 1


def test_an_extractions_cells_a_paragraph_read_figures_with_units_as_values():
    from briefing.importer.flattables import flattened_tables

    # A raw extraction's table under its caption, a cell a paragraph: the same reading of
    # a figure with its unit as for a copy a cell a line.
    cells = ["表1 主要农产品产量", "产品", "产量", "增长（%）", "稻谷", "3.62万吨", "2.1",
             "生猪出栏", "1207头", "-4.5", "家禽出栏", "8.1万只", "6"]
    lines: list = []
    for number, cell in enumerate(cells, start=10):
        lines += [(None, "")] if lines else []
        lines.append((number, cell))
    result, repairs, doubts = flattened_tables(lines)
    assert [t for _, t in result if t.startswith("|")] == [
        "| 产品 | 产量 | 增长（%） |", "|---|---|---|", "| 稻谷 | 3.62万吨 | 2.1 |",
        "| 生猪出栏 | 1207头 | -4.5 |", "| 家禽出栏 | 8.1万只 | 6 |"]
    assert [r.kind for r in repairs] == ["table-rebuilt"] and doubts == []


# A raw `pdftotext -layout` page of a paper: a glossary set as two columns of terms under
# a heading, its lines parted by blank lines, no header; then a justified paragraph.
WRAPPED = [
    "本文回顾了数值方法在流体模拟中的几种应用，并比较它们在计算时间、存储空间和",
    "精度方面的优势与不足。这些方法包括有限差分法、有限元法、谱方法以及格子玻尔",
    "兹曼方法，文中对每一种方法给出了典型算例和实现时需要注意的问题，供读者参考。",
]
TERMS = [("有限差分 finite difference", "边界条件 boundary condition"), ("网格 mesh", "稳定性 stability"),
         ("谱方法 spectral method", "收敛 convergence"), ("湍流 turbulence", "粘性 viscosity")]
# pdftotext -layout sets a character a column, whatever its width: the right column's
# terms start at one character column.
GLOSSARY = [left.ljust(36) + right for left, right in TERMS]


def paper(glossary: list[str]) -> str:
    lines = ["某某大学学报", "", "数值方法在流体模拟中的应用", "", *WRAPPED, "", "",
             "1 名 词 表", ""]
    for line in glossary:
        lines += [line, ""]
    lines += ["", "2 引 言", "", *WRAPPED, *WRAPPED, "\f" + WRAPPED[0], *WRAPPED[1:]]
    return "\n".join(lines) + "\n"


def test_lines_set_in_columns_with_no_header_are_a_held_table_with_an_empty_header(tmp_path):
    source = tmp_path / "paper.txt"
    source.write_text(paper(GLOSSARY), "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="p")
    article = (result.folder / "article.md").read_text("utf-8")
    [reason] = markers(article)
    assert "with no header" in reason
    assert "|  |  |\n|---|---|\n| 有限差分 finite difference | 边界条件 boundary condition |" \
        in article
    assert "| 湍流 turbulence | 粘性 viscosity |" in article
    assert len(load_briefing(result.folder).held_tables) == 1


def test_lines_whose_pieces_do_not_start_at_the_same_columns_stay_text(tmp_path):
    from briefing.importer.flattables import layout_tables

    lines = list(enumerate([GLOSSARY[0], "", GLOSSARY[1], "", "湍流 turbulence      粘性 viscosity"],
                           start=1))
    assert layout_tables(lines)[2] == []  # the third line's column starts elsewhere
    # Two lines are too few; a piece with a clause's comma is prose's.
    assert layout_tables(list(enumerate(GLOSSARY[:2], start=1)))[2] == []
    comma = [GLOSSARY[0], GLOSSARY[1].replace("网格 mesh", "网格，mesh"), GLOSSARY[2]]
    assert layout_tables(list(enumerate(comma, start=1)))[2] == []
    # A list's numbers or bullets before a gap are labels, not a column of cells.
    for label in ("1", "◼", "[2]"):
        listed = [label.ljust(4) + right for _, right in TERMS]
        assert layout_tables(list(enumerate(listed, start=1)))[2] == []
    found = layout_tables(list(enumerate(GLOSSARY, start=1)))
    assert [r.kind for r in found[2]] == ["table-headerless-columns"]
    assert found[1][1][0] == "|  |  |"


def test_cells_a_paragraph_under_a_caption_read_figures_with_units_as_values(tmp_path):
    # A web copy's table a cell a paragraph under its caption: values with their units.
    cells = ["表1 主要农产品产量", "产品", "2019年", "增长（%）", "稻谷", "3.62万吨", "2.1",
             "生猪出栏", "1207头", "-4.5", "家禽出栏", "8.1万只", "6"]
    result, article = imported(tmp_path, "\n\n".join(cells))
    [reason] = markers(article)
    assert "a cell a paragraph" in reason
    assert "| 产品 | 2019年 | 增长（%） |\n|---|---|---|\n| 稻谷 | 3.62万吨 | 2.1 |" in article
    assert "| 家禽出栏 | 8.1万只 | 6 |" in article


def test_a_section_heading_under_a_flattened_table_ends_it_and_stays_a_heading(tmp_path):
    from briefing.importer.flattables import flattened_tables

    cells = ["表1 各区空气质量", "城区", "优良率", "PM2.5", "东区", "80.6", "35", "西区", "90.1",
             "28", "南区", "85.2", "31"]
    for heading in ("二、水环境", "（二）地表水", "第二章 水环境"):
        lines: list = []
        for number, cell in enumerate([*cells, heading], start=10):
            lines += [(None, "")] if lines else []
            lines.append((number, cell))
        result, repairs, _ = flattened_tables(lines)
        assert [t for _, t in result if t.startswith("|")][-1] == "| 南区 | 85.2 | 31 |"
        assert result[-1][1] == heading and [r.kind for r in repairs] == ["table-rebuilt"]
    # A text a paragraph a line: the heading after the table's last cell is the next
    # section's, not the table's last cell (which would leave no column count and the
    # heading inside a one-column table).
    head = "某区环境质量公报\n一、空气\n本月空气质量如下。\n"
    source = tmp_path / "bulletin.txt"
    source.write_text(head + "\n".join(cells) + "\n二、水环境\n本月水质稳定。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    article = (result.folder / "article.md").read_text("utf-8")
    assert "| 城区 | 优良率 | PM<sub>2.5</sub> |" in article
    assert "\n## 二、水环境\n" in article and "| 二、水环境 |" not in article


def test_rows_set_with_single_spaces_take_figures_with_units_and_print_as_the_source_has_them(
        tmp_path):
    rows = ["产品 2019年 增长（%）", "稻谷 3.62万吨 2.1", "生猪出栏 1207头 -4.5", "家禽出栏 8.1万只 6"]
    result, article = imported(tmp_path, "\n".join(rows))
    assert "| 产品 | 2019年 | 增长（%） |\n|---|---|---|\n| 稻谷 | 3.62万吨 | 2.1 |" in article
    assert markers(article) == []  # each cell a word of its own: the source's grid
    # A figure and its unit set apart (「3.62 万吨」) break the count: no table.
    (tmp_path / "b").mkdir()
    _, article = imported(tmp_path / "b", "\n".join([rows[0], "稻谷 3.62 万吨 2.1", *rows[2:]]))
    assert "|---|" not in article


MORE_TERMS = [("压力 pressure", "密度 density"), ("涡量 vorticity", "雷诺数 Reynolds number"),
              ("通量 flux", "步长 step size")]


def broken_paper(foot: list[str], right_at: int = 30) -> str:
    """The glossary broken by the page's end: the foot of the page (a footnote) after its
    first lines, then the next page's lines, their right column elsewhere."""
    lines = ["某某大学学报", "", "数值方法在流体模拟中的应用", "", *WRAPPED, "", "",
             "1 名 词 表", ""]
    for line in GLOSSARY:
        lines += [line, ""]
    lines += ["", *foot]
    for index, (left, right) in enumerate(MORE_TERMS):
        lines += [("\f" if index == 0 else "") + left.ljust(right_at) + right, ""]
    lines += ["", "2 引 言", "", *WRAPPED, *WRAPPED]
    return "\n".join(lines) + "\n"


def test_a_table_the_pages_end_broke_goes_on_and_its_foot_follows_it(tmp_path):
    source = tmp_path / "paper.txt"
    source.write_text(broken_paper(["  † 通信作者. E-mail: someone@example.edu"]), "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="p")
    article = (result.folder / "article.md").read_text("utf-8")
    [reason] = markers(article)  # one table, held
    assert "its rows on the next page were joined to the table above (no header)" in reason
    table = article[article.index("|  |  |"):]
    rows = [line for line in table.split("\n\n")[0].split("\n") if line.startswith("| ")]
    assert len(rows) == len(TERMS) + len(MORE_TERMS) + 1
    assert rows[-1] == "| 通量 flux | 步长 step size |"
    # The page's foot stands after the whole table.
    assert article.index("† 通信作者") > article.index("| 通量 flux |")
    assert len(load_briefing(result.folder).held_tables) == 1


def test_tables_apart_with_no_page_break_or_other_columns_are_not_joined(tmp_path):
    # No page break between the two: two tables.
    source = tmp_path / "paper.txt"
    source.write_text(broken_paper(["  † 通信作者. E-mail: someone@example.edu"])
                      .replace("\f", ""), "utf-8")
    article = (import_article(source, data_dir=tmp_path / "a", slug="p").folder
               / "article.md").read_text("utf-8")
    assert len(markers(article)) == 2
    assert not any("next page" in reason for reason in markers(article))
    # A paragraph of the text between them (not a page's short foot): two tables.
    long_foot = [*WRAPPED, *WRAPPED]
    source.write_text(broken_paper(long_foot), "utf-8")
    article = (import_article(source, data_dir=tmp_path / "b", slug="p").folder
               / "article.md").read_text("utf-8")
    assert not any("next page" in reason for reason in markers(article))


def test_a_table_whose_header_the_next_page_prints_again_goes_on():
    from briefing.importer.celltables.continued import page_continued_tables
    from briefing.importer.draft import Node

    def table(text: str, line: int) -> Node:
        return Node("table", text, ((0, line),))

    head = "| 城市 | 优良率 |\n|---|---|\n"
    source = "\n".join(["x"] * 12 + ["\f太原  80.6"] + ["x"] * 5)
    upper = table(head + "| 甲市 | 80.6 |\n| 乙市 | 90.1 |", 10)
    foot = Node("paragraph", "注：数据为初步统计。", ((0, 12),))
    lower = table(head + "| 丙市 | 85.2 |", 13)
    nodes, repairs = page_continued_tables([upper, foot, lower], source)
    assert [n.kind for n in nodes] == ["table", "paragraph"]
    assert nodes[0].text.endswith("| 乙市 | 90.1 |\n| 丙市 | 85.2 |")
    assert [r.kind for r in repairs] == ["table-page-continued"]
    assert "its header printed again" in repairs[0].after
    # Another header, another table; a caption opens a table of its own.
    other = table("| 城市 | 达标率 |\n|---|---|\n| 丙市 | 85.2 |", 13)
    assert page_continued_tables([upper, foot, other], source)[1] == []
    captioned = Node("table", lower.text, ((0, 13),), caption="表2 各市水质")
    assert page_continued_tables([upper, foot, captioned], source)[1] == []


def test_cells_a_line_no_count_reads_are_said_to_be_kept_one_a_row(tmp_path):
    # A word among the figures (「持平」): no number of columns reads the cells; the held
    # table says they are kept one a row — not that a line of bars told its rows.
    cells = ["产品", "2019年", "增长(%)", "稻谷", "3.62万吨", "持平", "玉米", "415吨", "-0.8"]
    _, article = imported(tmp_path, "\n".join(f"{cell} |" for cell in cells))
    [reason] = markers(article)
    assert reason.startswith("its cells are kept one a row: its columns could not be read")
    assert "told by a line of bars" not in reason


# A thesis's captionless table that pdftotext -layout set in centred columns (a LaTeX
# tabular's 「c」 columns): no row opens at the margin, a column's cells start at different
# places, the columns stand clear of each other.
CENTRED = ["          操作系统           LATEX 编译系统               LATEX 文本编辑器",
           "          Linux            TEXLive Full           Texmaker 或 Vim",
           "          MacOS            MacTEX Full          Texmaker 或 Texshop",
           "          Windows    TEXLive Full 或 MiKTEX            Texmaker"]


def test_a_table_set_in_centred_columns_is_one_held_table_never_a_paragraph(tmp_path):
    source = tmp_path / "thesis.txt"
    wrapped = "本模板可以在目前主流的 LATEX 编译系统中使用，推荐的编译系统和文本编辑器如下表所示，请从各软\n件官网下载安装程序。"
    source.write_text("\f".join([
        "1.2 系统要求\n\n" + wrapped + "\n\n" + "\n".join(CENTRED) + "\n\n" + wrapped + "\n\n1\n",
        "1.3 问题反馈\n\n" + wrapped + "\n\n2\n"]), "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="t")
    article = (result.folder / "article.md").read_text("utf-8")
    [reason] = markers(article)
    assert "centred in its column" in reason
    assert ("| 操作系统 | LATEX 编译系统 | LATEX 文本编辑器 |\n|---|---|---|\n"
            "| Linux | TEXLive Full | Texmaker 或 Vim |") in article, article
    assert "| Windows | TEXLive Full 或 MiKTEX | Texmaker |" in article
    assert len(load_briefing(result.folder).held_tables) == 1


def test_lines_whose_centred_columns_overlap_or_hold_figure_runs_stay_text():
    from briefing.importer.flattables import layout_tables

    lines = list(enumerate(CENTRED, start=1))
    assert [r.kind for r in layout_tables(lines)[2]] == ["table-centred-columns"]
    # A cell reaching into the next column's place: the columns are not clear.
    overlap = [*CENTRED[:3], "          Windows    TEXLive Full 或 MiKTEX 或 TEXLive Full  Texmaker"]
    assert layout_tables(list(enumerate(overlap, start=1)))[2] == []
    # Two lines are too few; a line holding a figure is no header (it stays text).
    assert layout_tables(lines[:2])[2] == []
    numbered = [CENTRED[0].replace("操作系统", "2019    "), *CENTRED[1:]]
    assert layout_tables(list(enumerate(numbered, start=1)))[0][0] == (1, numbered[0])
    # A yearbook's label and its figures set with single spaces: figure_row_tables' rows.
    rows = ["    指标            2019 2020 2021", "    年末总人口        324.85 333.65 341.48",
            "    非农业人口        81.40 120.48 147.81"]
    assert layout_tables(list(enumerate(rows, start=1)))[2] == []


# A broker's note's sidebar table that plain pdftotext read a column at a time: the
# labels (the corner's first), the header cells, then each row's figures on a line.
COLUMN_READ = ["", "沪深 300 对比", "绝对涨幅(%)", "相对涨幅(%)", "", "1M", "2M", "3M",
               "7.18 32.88 80.86", "8.10 25.93 78.39", ""]


def test_a_table_read_a_column_at_a_time_is_rebuilt_when_its_counts_agree_and_held():
    from briefing.importer.flattables import layout_tables

    rest, tables, repairs = layout_tables(list(enumerate(COLUMN_READ, start=1)))
    assert [r.kind for r in repairs] == ["table-read-by-columns"]
    assert tables[2] == ["| 沪深 300 对比 | 1M | 2M | 3M |", "|---|---|---|---|",
                         "| 绝对涨幅(%) | 7.18 | 32.88 | 80.86 |",
                         "| 相对涨幅(%) | 8.10 | 25.93 | 78.39 |"]
    # One label more or fewer than the rows and the corner: the counts disagree, text.
    for lines in (COLUMN_READ[:3] + COLUMN_READ[4:], COLUMN_READ[:4] + ["同类均值(%)"]
                  + COLUMN_READ[4:]):
        assert layout_tables(list(enumerate(lines, start=1)))[2] == []
    # A line of prose among them, or a line right after the rows: no such table.
    prose = COLUMN_READ[:2] + ["市场表现平稳，"] + COLUMN_READ[3:]
    assert layout_tables(list(enumerate(prose, start=1)))[2] == []
    assert layout_tables(list(enumerate(COLUMN_READ[:-1] + ["资料来源：某某"], start=1)))[2] == []


def test_a_table_read_a_column_at_a_time_is_held_in_the_article(tmp_path):
    source = tmp_path / "note.txt"
    para = "公司发布公告，拟投资建设金刚线扩产项目，进一步强化切割业务布局，维持增持评级。"
    source.write_text("\f" + "\n".join([para, *COLUMN_READ, "资料来源：某某研究所", "",
                                        para]) + "\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="n")
    article = (result.folder / "article.md").read_text("utf-8")
    [reason] = markers(article)
    assert "a column at a time" in reason
    assert "| 绝对涨幅（%） | 7.18 | 32.88 | 80.86 |" in article, article

"""Table captions of statistical and environmental bulletins (twelfth round): a numbered
caption heads the table below it — 「表1 …」「附表2 …」, a yearbook's 「章-序」 number
(「3-12  …」), a bare number whose 表 the copy lost before a name ending in 表 — and a
header cell that merely ends in 表 (「代表」 of 「代表河长」 broken over lines) is no
caption. Made-up texts of the shapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.importer import import_article, roles
from briefing.loader import HELD_MARKER


def imported(tmp_path: Path, text: str) -> str:
    source = tmp_path / "bulletin.txt"
    source.write_text(text, "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    return (result.folder / "article.md").read_text("utf-8")


def body(article: str) -> list[str]:
    return article.split("\n---\n", 1)[1].strip().split("\n")


@pytest.mark.parametrize("line", [
    "表1 各县区空气质量状况", "附表2 各乡镇水质监测结果", "续表1", "附表一",
    "3-12  某县主要农产品产量", "12-3 全市财政收支平衡表", "2-4主要年份国民经济比例指标",
    "2   各监测点位达标情况统计表", "某河流域水功能区达标情况统计表"])
def test_numbered_and_named_table_captions(line):
    assert roles.is_table_caption(line)


@pytest.mark.parametrize("line", [
    "代表", "发表", "人大代表", "图表", "列表",  # words that end in 表
    "3-5 个工作日", "1-2 月份", "3-5个工作日内办结", "1-3季度全市经济运行情况",
    "2-3家企业参加评比",  # a range and its unit
    "1、统计表", "（一）汇总表", "2 范围"])  # a numbered heading; a clause
def test_lines_that_are_no_table_captions(line):
    assert not roles.is_table_caption(line)


# A yearbook table under the book's title: its 「章-序」 caption right above the header of
# the years, then rows of figures.
YEARBOOK = """# 某县统计年鉴摘录

3-12  某县主要农产品产量
    2019 2020 2021
    粮食(万吨)   31.4 30.9 32.2
    油料(万吨)   2.10 2.35 2.41
    蔬菜(万吨)   80.5 83.0 86.7
"""


def test_a_yearbook_number_caption_heads_its_table(tmp_path):
    lines = body(imported(tmp_path, YEARBOOK))
    caption = lines.index("Table: 3-12  某县主要农产品产量")
    assert HELD_MARKER.match(lines[caption - 1])
    assert lines[caption + 1] == "|  | 2019 | 2020 | 2021 |"
    assert not any(line.startswith("#") for line in lines)


# A monthly bulletin's table copied a cell a paragraph: 「表2」 lost its 表, the header's
# cells broken over lines (「代表」 ⏎ 「河长(km)」), merged cells no count reads.
BULLETIN = """# 某河流域2019年3月水资源质量公报

一、水功能区达标情况

本月共评价64个水功能区，达标51个，见表2。

2   3月份水功能区达标情况统计表

分区

类型

按个数统计

按河长统计

评价个数

达标个数

代表

河长(km)

达标率(%)

甲河

保护区

12

10

310.5

83.3

保留区

9

7

220.0

77.8

合计

21

17

530.5

81.0
"""


def test_a_bare_number_before_a_name_ending_in_biao_is_the_tables_caption(tmp_path):
    article = imported(tmp_path, BULLETIN)
    lines = body(article)
    caption = lines.index("Table: 2   3月份水功能区达标情况统计表")
    assert HELD_MARKER.match(lines[caption - 1])
    # The whole table, header cells and all, under its caption in the source's order:
    # none of its cells is a paragraph, a heading or a caption of its own.
    table = [line for line in lines[caption + 1:] if line.startswith("|")]
    assert len(table) == len(lines) - caption - 1
    cells = [cell.strip() for line in table for cell in line.strip("|").split("|")]
    assert cells[0] == "分区" and "代表" in cells and "81.0" in cells
    assert "Table: 代表" not in article and "## 2   3月份" not in article
    assert not any(line in ("分区", "代表", "12") for line in lines)


# A monthly air bulletin's tables copied a cell a line, each cell closed by its bar, under
# the line naming what the table lists (no blank line between), one name broken over two
# lines; a statistics bulletin's table copied a cell a paragraph under its name and units.
BAR_CELLS = """# 某市2024年3月环境空气质量通报

（一）各县区排名情况
各县区3月份综合指数排名情况
县区 |
综合指数 |
排名 |
甲县 |
3.12 |
1 |
乙县 |
3.56 |
2 |
丙县 |
4.01 |
3 |
二、各县区在全省排名
2024年3月份及1—3月份各县区综合指数在全省
108个县（市、区）排名
县区 |
3月份排名 |
1—3月份排名 |
甲县 |
12 |
15 |
乙县 |
30 |
28 |
"""


def test_a_name_right_above_a_table_of_cells_a_line_is_its_caption(tmp_path):
    lines = body(imported(tmp_path, BAR_CELLS))
    assert "Table: 各县区3月份综合指数排名情况" in lines
    assert "各县区3月份综合指数排名情况" not in lines
    # The name broken over two lines of the copy is one caption.
    assert "Table: 2024年3月份及1—3月份各县区综合指数在全省108个县（市、区）排名" in lines
    assert "108个县（市、区）排名" not in lines
    assert "2024年3月份及1—3月份各县区综合指数在全省" not in lines


STATISTICS = """# 某县2023年国民经济和社会发展统计公报

全年全县实现地区生产总值120.5亿元，比上年增长5.1%。

2023年全县生产总值及增长速度

单位：亿元

绝对数

比上年增长（%）

生产总值

120.5

5.1

第一产业

20.3

3.9

第二产业

45.2

6.0
"""


def test_a_name_and_a_units_line_above_a_rebuilt_table_are_its_caption(tmp_path):
    lines = body(imported(tmp_path, STATISTICS))
    assert "Table: 2023年全县生产总值及增长速度 单位：亿元" in lines
    assert "单位：亿元" not in lines and "2023年全县生产总值及增长速度" not in lines
    # A name with no 「表1」 is a guess: a spot to review in the report.
    report = (tmp_path / "data" / "b" / "import-report.md").read_text("utf-8")
    assert any(line.startswith("- [ ]") and "table-caption" in line
               and "2023年全县生产总值及增长速度" in line for line in report.split("\n"))


def test_a_name_set_apart_above_cells_a_paragraph_stays_text(tmp_path):
    # No units line, a blank line under the name: it may be a row of the table's header
    # (README: the rebuild's doubt), so it is not made the caption on a guess.
    text = STATISTICS.replace("单位：亿元\n\n", "")
    lines = body(imported(tmp_path, text))
    assert not any(line.startswith("Table:") for line in lines)


def test_a_short_line_above_a_tables_name_is_not_joined_to_it(tmp_path):
    # 「空气质量」 right above the name: shorter than it, a heading of its own, not the
    # name's first line.
    text = BAR_CELLS.replace("（一）各县区排名情况\n", "（一）各县区排名情况\n\n空气质量\n")
    lines = body(imported(tmp_path, text))
    assert "Table: 各县区3月份综合指数排名情况" in lines
    assert not any(line.startswith("Table: 空气质量") for line in lines)


def test_a_tables_caption_taken_for_the_pages_title_is_a_doubt(tmp_path):
    # A yearbook page that is one table: its caption opens the text and reads as the
    # title too; the import keeps it as the title and asks.
    text = YEARBOOK.replace("# 某县统计年鉴摘录\n\n", "")
    article = imported(tmp_path, text)
    assert "title: 3-12  某县主要农产品产量" in article
    report = (tmp_path / "data" / "b" / "import-report.md").read_text("utf-8")
    [spot] = [line for line in report.split("\n") if "title-table-caption" in line]
    assert spot.startswith("- [ ] line 1") and "3-12  某县主要农产品产量" in spot
    # A title naming no table, over the same table, is no such doubt.
    (tmp_path / "2").mkdir()
    article = imported(tmp_path / "2", "# 某县统计年鉴摘录\n\n全县粮食生产稳定。\n\n"
                       + YEARBOOK.split("\n\n", 1)[1])
    report = (tmp_path / "2" / "data" / "b" / "import-report.md").read_text("utf-8")
    assert "title-table-caption" not in report


# A statistics bulletin copied a line a paragraph: a table of a word a cell, then a
# yearbook table under its 章-序 caption.
TWO_TABLES = """# 某县2023年统计公报

全年粮食生产稳定。

表2 主要农产品产量
单位：万吨
产品 产量 比上年增长%
粮食 31.4 2.1
油料 2.35 -1.0
蔬菜 86.7 4.4

4-8  主要年份指标
    2019 2020 2021
地区生产总值(亿元)   94.87 369.70 600.66
 第一产业   17.68 39.82 45.14
#工业   12.1 13.2 14.3
"""


def test_the_next_tables_numbered_caption_ends_the_table_above(tmp_path):
    lines = body(imported(tmp_path, TWO_TABLES))
    first = lines.index("Table: 表2 主要农产品产量 单位：万吨")
    second = lines.index("Table: 4-8  主要年份指标")
    assert first < second and HELD_MARKER.match(lines[second - 1])
    assert not any("4-8" in line or "2019" in line for line in lines[first:second - 1])
    assert lines[second + 1] == "|  | 2019 | 2020 | 2021 |"
    assert "| #工业 | 12.1 | 13.2 | 14.3 |" in lines


def test_a_numbered_caption_is_never_the_bulletins_title(tmp_path):
    # The bulletin's title (issuer, period, 月报) opens the text; 「表1 …」 under a section
    # head is its table's caption, not a title however title-like its line.
    text = ("某县2023年12月环境质量月报\n\n一、空气质量\n\n表1  各乡镇空气质量（单位：μg/m³）\n"
            "| 乡镇 | PM10 | PM2.5 |\n|---|---|---|\n| 城关镇 | 61 | 33 |\n| 河口镇 | 58 | 30 |\n\n"
            "二、水环境\n\n全县水质稳定。\n")
    article = imported(tmp_path, text)
    assert "title: 某县2023年12月环境质量月报" in article
    lines = body(article)
    assert lines.index("## 一、空气质量") < lines.index("Table: 表1  各乡镇空气质量（单位：μg/m³）")


CONTINUED = """# 某市2023年统计公报

全年经济平稳。

表2 各县区主要指标
地区 2022 2023
甲县 12.1 13.4
乙县 10.2 11.0
戊县 7.2 7.9
续表2
地区 2022 2023
丙县 9.1 9.9
丁县 8.4 8.8
己县 6.4 6.8

三、人口

年末常住人口120万人。
"""


def test_a_continued_table_joins_the_table_above(tmp_path):
    from briefing.loader import load_briefing

    article = imported(tmp_path, CONTINUED)
    lines = body(article)
    assert "Table: 续表2" not in article and article.count("| 地区 | 2022 | 2023 |") == 1
    start = lines.index("Table: 表2 各县区主要指标")
    assert lines[start + 3:start + 9] == [
        "| 甲县 | 12.1 | 13.4 |", "| 乙县 | 10.2 | 11.0 |", "| 戊县 | 7.2 | 7.9 |",
        "| 丙县 | 9.1 | 9.9 |", "| 丁县 | 8.4 | 8.8 |", "| 己县 | 6.4 | 6.8 |"]
    report = (tmp_path / "data" / "b" / "import-report.md").read_text("utf-8")
    assert "table-continued" in report
    [held] = load_briefing(tmp_path / "data" / "b").held_tables
    assert len(held.rows) == 6


def test_a_continuation_under_another_header_stays_its_own_table(tmp_path):
    text = CONTINUED.replace("续表2\n地区 2022 2023", "续表2\n地区 2021 2023")
    article = imported(tmp_path, text)
    assert "Table: 续表2" in article and "table-continued" not in (
        tmp_path / "data" / "b" / "import-report.md").read_text("utf-8")


def test_a_tables_number_alone_and_its_name_under_it_are_its_caption(tmp_path):
    text = ("# 某县2023年经济运行情况\n\n全年经济平稳。\n\n附表1\n\n2023年各县区主要经济指标\n\n"
            "| 县区 | 生产总值 | 增长（%） |\n|---|---|---|\n| 甲县 | 101.2 | 5.1 |\n"
            "| 乙县 | 88.4 | 4.7 |\n")
    lines = body(imported(tmp_path, text))
    assert "Table: 附表1 2023年各县区主要经济指标" in lines
    assert "附表1" not in lines and "2023年各县区主要经济指标" not in lines

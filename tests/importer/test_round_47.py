"""The forty-seventh round (issue 11): made-up texts of the shapes that went wrong on the
fifty-eighth held-back set, scored once in the thirty-eighth stop.

A key figure's change said as an amount and then a rate (「比2017年减少164千公顷，下降0.6%」)
is the change as the text states it, both. A table copied a cell a line whose copy's cells
go on past an empty row may be a piece of a larger grid: held, never printed on a guess. A
blockquote holding nothing but a pipe table is that table; a table of labelled facts (a
post's card: 「分类：」「发布日期：」) is held: its facts may belong in the front matter.
"""

from __future__ import annotations

from conftest import front_matter, import_text

from briefing.importer.flattables import cell_line_tables
from briefing.importer.heldtables import _fact_card

HARVEST = """# 国家统计局关于2018年夏粮产量数据的公告

根据对全国27个夏粮生产省（区、市）的抽样调查和农业生产经营单位的全面统计，2018年全国夏粮总产量13872万吨，比2017年减少306万吨，下降2.2%。

全国夏粮播种面积26703千公顷，比2017年减少164千公顷，下降0.6%。
"""


def test_an_amount_and_a_rate_said_together_are_one_change(tmp_path):
    result, _ = import_text(tmp_path, HARVEST, "xialiang.md")
    changes = {row.label: row.change for group in result.figures for row in group.rows}
    assert any(change == "比2017年减少306万吨，下降2.2%" for change in changes.values()), changes
    assert any(change == "比2017年减少164千公顷，下降0.6%" for change in changes.values()), changes


def test_a_rate_against_another_base_stays_apart(tmp_path):
    text = ("# 某市空气质量\n\n2023年全市PM2.5平均浓度30微克/立方米，比2022年下降6.3%，"
            "比2015年下降40.0%。\n")
    result, _ = import_text(tmp_path, text, "air.md")
    changes = [row.change for group in result.figures for row in group.rows]
    assert not any(change and "，比2015年" in change for change in changes), changes


def test_a_cell_a_line_table_whose_cells_go_on_is_held():
    lines = list(enumerate(["|", "年 份 |", "机 构 数 |", "|", "人员总数 |", "#卫生技术 |", "|",
                            "|", "床位数 |", "|", "(个) |"], 1))
    _, repairs, doubts = cell_line_tables(lines)
    assert repairs[0].kind == "table-from-cell-lines" and repairs[0].line == 1
    assert [(d.kind, d.line) for d in doubts][:1] == [("table-cells-go-on", 1)]


def test_a_whole_cell_a_line_table_is_not_doubted():
    lines = list(enumerate(["|", "城市 |", "优良率 |", "|", "太原 |", "80.6 |", "|", "大同 |",
                            "85.2 |", "", "以上为本月数据。"], 1))
    _, repairs, doubts = cell_line_tables(lines)
    assert [r.kind for r in repairs] == ["table-from-cell-lines"] and doubts == []


CARD = """# Stack Overflow 2015年程序员调查报告

>|  属性  |  值  |
>| ----- | ----- |
>| 分类： | [资讯](http://example.com/category/information/) |
>| 链接： | http://example.com/information/dev_survey.html |
>| 发布日期： | 2015-04-09 |

受访者以美印国家居多，中国受访者只有252人，开发者年龄以25-29岁为主，占比28.5%。
"""


def test_a_quoted_card_of_facts_is_a_held_table(tmp_path):
    _, body = import_text(tmp_path, CARD, "survey.md")
    assert "\n> |" not in body and "\n>|" not in body
    assert "<!-- held table" in body and "labelled facts" in body
    assert "| 发布日期： | 2015-04-09 |" in body


def test_a_table_of_figures_is_no_card_of_facts():
    assert _fact_card("| 属性 | 值 |\n|---|---|\n| 分类： | 资讯 |\n| 发布日期： | 2015-04-09 |")
    assert not _fact_card("| 城市 | 优良率 |\n|---|---|\n| 太原 | 80.6 |\n| 大同 | 85.2 |")
    assert not _fact_card("| 指标 | 数值 | 增长 |\n|---|---|---|\n| 产量： | 13872 | 2.2 |\n"
                          "| 面积： | 26703 | 0.6 |")


def test_a_fact_line_opening_with_the_pages_editor_is_read(tmp_path):
    text = ("逾七成澳门居民满意回归15年来社会发展\n编辑: 左妍冰 | 时间: 2014-12-11 10:44:39 | 来源: 中新社 |\n"
            "10日公布的一份民意调查显示,大部分的受访澳门居民正面肯定回归15年来的社会经济发展。\n"
            "调查共打出7800多个电话,获得有效问卷817份。\n")
    result, body = import_text(tmp_path, text, "poll.txt")
    meta = front_matter(result)
    assert str(meta["date"]) == "2014-12-11" and meta["source"] == "中新社"
    assert "左妍冰" not in body and "编辑" not in body and "左妍冰" not in str(meta["authors"])


def test_a_mark_after_bold_words_is_made_full_width():
    from briefing.importer.repairs import fullwidth_punctuation

    assert fullwidth_punctuation("**擅长做什么**, 不要去管")[0] == "**擅长做什么**， 不要去管"
    assert fullwidth_punctuation("**注意**:这是")[0] == "**注意**：这是"
    assert fullwidth_punctuation("**Note**: ok")[0] == "**Note**: ok"
    assert fullwidth_punctuation("2 * 3, 4")[0] == "2 * 3, 4"


FOOTED_TABLE = """# 回台灣的機票

<table>
  <thead><tr><th>出發地</th><th>目的地</th><th>原始價格</th><th>換算台幣</th></tr></thead>
  <tbody>
    <tr><td>PIT</td><td>YYZ</td><td rowspan="2">US$530</td><td rowspan="2">$16,340</td></tr>
    <tr><td>YYZ</td><td>HND</td></tr>
  </tbody>
  <tfoot>
    <td></td><td></td><td></td><td><b>$16,340</b></td>
  </tfoot>
</table>

看機票變成我過去幾個月最大的休閒娛樂。
"""


def test_cells_with_no_row_around_them_are_a_row_of_their_own(tmp_path):
    _, body = import_text(tmp_path, FOOTED_TABLE, "tickets.md")
    rows = [line for line in body.split("\n") if line.startswith("|")]
    assert rows[-1].count("|") == 5  # four cells, as every row of the table
    assert rows[-1].strip().endswith("$16,340 |") and rows[-1].startswith("|  |")
    assert "| YYZ | HND | ^ | ^ |" in body

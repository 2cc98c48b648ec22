"""What a number is, ninth round (issue 12): one test per convention found in the wrong
rows of the sixth held-back set (now tuning), each with made-up sentences of the shape the
rule is about — the general reason a row is unsure, not one text's wording."""

from __future__ import annotations

import pytest

from briefing.importer.figures import rows_in_sentence


def rows(sentence: str) -> list[tuple]:
    return [(r.label, r.value, r.unit, r.change) for r in rows_in_sentence(sentence)]


# ---------------------------------------------------------------- cells of a table row


@pytest.mark.parametrize("sentence", [
    # bars: a pipe-table row the importer left as a paragraph
    "城关区 | 青龙水库 | Ⅱ | - | Ⅱ | √ | 91.7%",
    "东城区｜监测站｜PM2.5｜35微克/立方米｜同比下降4.2%",
    # tabs and runs of spaces: columns set apart like a yearbook's
    "城镇居民\t76554871万元\t76337194万元\t-0.5%",
    "规模以上工业增加值  128.6亿元  增长6.2%  全省第三",
    "农村居民　　收入2.1万元　　增长8.0%",
])
def test_the_cells_of_a_table_row_are_no_sentence(sentence):
    # what each cell measures is its column's header, which the row does not hold
    assert rows(sentence) == []


def test_single_spaces_or_one_run_part_no_cells():
    # the single spaces publishing tools put around numbers, or one run of spaces left by
    # a line break, part no cells
    assert rows("全市优良天数 281 天，同比增加 12 天。") == [
        ("优良天数", "281", "天", "同比增加 12 天")]
    assert rows("全市优良天数281天，  同比增加12天。") == [
        ("优良天数", "281", "天", "同比增加12天")]


# ---------------------------------------------------------------- a pronoun for a name


@pytest.mark.parametrize("sentence", [
    "制造业贡献突出，其增加值同比增长14.5%。",
    "新能源汽车产业发展迅速，其产值达到320亿元。",
    "上述基站覆盖率为98.5%，同比提高2.1个百分点。",
    "甲乙两县均完成任务，两者合计投资12亿元。",
    "该县加快发展旅游业，它的综合收入为45.6亿元。",
])
def test_a_label_opening_with_a_pronoun_names_nothing(sentence):
    # 其/上述/两者/它 stand for a thing named in another clause: the row would carry the
    # pronoun for a name, or guess what it stands for
    assert rows(sentence) == []


def test_qizhong_and_qita_are_no_pronouns():
    # 其中 (of which) names a part of the total before; 其他 (other) is a word of a name
    assert rows("全市固定资产投资5000亿元，其中工业投资1200亿元。")[-1] == (
        "工业投资", "1200", "亿元", None)
    assert rows("其他收入12.5亿元，同比增长3.1%。") == [("其他收入", "12.5", "亿元", "同比增长3.1%")]

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

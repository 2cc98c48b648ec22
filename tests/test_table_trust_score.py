"""The corpus scorer's trust count (bench/import_score.py): tables printed, held, and
printed with any cell wrong, on made-up gold/output pairs."""

from __future__ import annotations

from pathlib import Path

from bench.import_score import compare, json_data, overall, read_blocks, table_text
from briefing.importer.render import held_marker

FRONT = "---\ntitle: 标题\n---\n\n"
TABLE = "Table: 表1 各县空气质量\n| 县 | 优良率 |\n|---|---|\n| 甲县 | 81.7 |\n| 乙县 | 79.2 |\n"
# The same table with the two values under the wrong county.
SHIFTED = TABLE.replace("81.7", "X").replace("79.2", "81.7").replace("X", "79.2")
GOLD = FRONT + "前言段落。\n\n" + TABLE + "\n结尾段落。\n"


def held(table: str) -> str:
    return held_marker("rebuilt from cells a line each") + "\n" + table


def scored(output_body: str, gold: str = GOLD):
    return compare(read_blocks(gold, Path("gold.md")),
                   read_blocks(FRONT + output_body, Path("article.md")), "made-up", "tuning")


def counts(score) -> tuple[int, int, int, int]:
    return (score.tables_printed, score.tables_held, score.tables_wrong,
            score.tables_held_right)


def test_a_printed_right_table_counts_printed_not_wrong():
    score = scored("前言段落。\n\n" + TABLE + "\n结尾段落。\n")
    assert counts(score) == (1, 0, 0, 0)
    assert score.table_errors == []


def test_a_printed_wrong_table_counts_one():
    score = scored("前言段落。\n\n" + SHIFTED + "\n结尾段落。\n")
    assert counts(score) == (1, 0, 1, 0)
    assert score.table_errors == ["printed with row 2 column 2 「79.2」 for 「81.7」: 县优良率甲县79.2乙县81.7"]


def test_a_held_wrong_table_counts_nothing_wrong():
    score = scored("前言段落。\n\n" + held(SHIFTED) + "\n结尾段落。\n")
    assert counts(score) == (0, 1, 0, 0)


def test_a_held_right_table_is_held_for_nothing():
    score = scored("前言段落。\n\n" + held(TABLE) + "\n结尾段落。\n")
    assert counts(score) == (0, 1, 0, 1)


def test_a_marker_right_above_a_table_with_no_caption_holds_it():
    bare = TABLE.split("\n", 1)[1]
    score = scored("前言段落。\n\n" + held(SHIFTED.split("\n", 1)[1]) + "\n结尾段落。\n",
                   GOLD.replace(TABLE, bare))
    assert counts(score) == (0, 1, 0, 0)


def test_a_marker_holds_only_the_table_under_it():
    other = "| 项目 | 数值 |\n|---|---|\n| 甲 | 1 |\n"
    gold = GOLD + "\n" + other
    score = scored("前言段落。\n\n" + held(SHIFTED) + "\n结尾段落。\n\n"
                   + other.replace("| 1 |", "| 2 |"), gold)
    assert counts(score) == (1, 1, 1, 0)


def test_a_column_more_than_the_gold_is_wrong():
    wide = ("Table: 表1 各县空气质量\n| 县 | 优良率 | |\n|---|---|---|\n| 甲县 | 81.7 | |\n"
            "| 乙县 | 79.2 | |\n")
    score = scored("前言段落。\n\n" + wide + "\n结尾段落。\n")
    assert counts(score) == (1, 0, 1, 0)


def test_a_table_the_gold_does_not_have_is_wrong():
    gold = FRONT + "前言段落。\n\n县优良率甲县81.7乙县79.2\n\n结尾段落。\n"
    score = scored("前言段落。\n\n" + TABLE.split("\n", 1)[1] + "\n结尾段落。\n", gold)
    assert counts(score) == (1, 0, 1, 0)
    assert score.table_errors[0].startswith("printed, not a table in the gold")


def test_a_gold_table_printed_as_text_is_wrong():
    score = scored("前言段落。\n\nTable: 表1 各县空气质量\n\n县 优良率 甲县 81.7 乙县 79.2\n\n结尾段落。\n")
    assert counts(score) == (0, 0, 1, 0)
    assert score.table_errors == ["gold table made no table (→paragraph): 县优良率甲县81.7乙县79.2"]


def test_overall_pools_the_counts_and_the_outputs_show_them():
    texts = [scored("前言段落。\n\n" + SHIFTED + "\n结尾段落。\n"),
             scored("前言段落。\n\n" + held(SHIFTED) + "\n结尾段落。\n"),
             scored("前言段落。\n\n" + TABLE + "\n结尾段落。\n")]
    total = overall(texts, "tuning")
    assert counts(total) == (2, 1, 1, 0)
    results = {"tuning": {"texts": texts, "overall": total}}
    data = json_data(results)["tuning"]["overall"]
    assert (data["tables_printed"], data["tables_held"], data["tables_wrong"]) == (2, 1, 1)
    lines = table_text(results, details=True).splitlines()
    head = lines[1].split()
    # the existing columns keep their order; lost runs told, then the table counts follow
    assert head[:12] == ["text", "bP", "bR", "role", "hP", "hR", "cell", "lost", "inv",
                         "told", "flag", "lTold"]
    assert head[12:] == ["tPrint", "tHeld", "tWrong", "tHdOk"]
    total_line = next(line for line in lines if line.startswith("overall"))
    assert total_line.split()[-4:] == ["2", "1", "1", "0"]
    assert any("table printed with row 2 column 2" in line for line in lines)

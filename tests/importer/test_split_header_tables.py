"""A table copied with '|' whose header stands on two short rows closed by bare bars
(「项 目 | 合计 | ||」⏎「男 | 女 | ||」) over whole body rows: the upper row's cells head the
first columns and span both rows (^), the lower row's head the last columns
(celltables.barrows._split_header); a head spaced out a character at a time is one word.
Held."""

from __future__ import annotations

from briefing.importer import import_article
from briefing.importer.celltables.barrows import bar_row_tables
from briefing.importer.parse import SourceLine
from briefing.loader import HELD_MARKER

ROWS = ["项 目 | 合计 | ||", "男 | 女 | ||", "小学 | 120 | 61 | 59 |", "初中 | 98 | 50 | 48 |",
        "高中 | 77 | 35 | 42 |"]


def lines_of(texts: list[str]) -> list[SourceLine]:
    return [SourceLine(number, text) for number, text in enumerate(texts, start=4)]


def test_a_header_on_two_short_rows_is_placed_and_spans_written():
    result, repairs = bar_row_tables(lines_of(ROWS))
    rows = [line.text for line in result if line.text]
    assert rows[:4] == ["| 项目 | 合计 |  |  |", "| ^ | ^ | 男 | 女 |", "| --- | --- | --- | --- |",
                        "| 小学 | 120 | 61 | 59 |"]
    assert "table-split-header" in [r.kind for r in repairs]
    assert "table-short-rows" not in [r.kind for r in repairs]


def test_other_short_rows_are_left_in_their_places():
    for texts in (
            [ROWS[0], "男 | 女 | 2 ||", *ROWS[2:]],  # a figure in the lower row
            [ROWS[0], "男 | ||", *ROWS[2:]],  # the two rows do not fill the width
            [ROWS[0], ROWS[1], "小学 | 120 | 61 ||", *ROWS[3:]]):  # a body row short too
        result, repairs = bar_row_tables(lines_of(texts))
        assert "table-split-header" not in [r.kind for r in repairs]
        assert "table-short-rows" in [r.kind for r in repairs]
        rows = [line.text for line in result if line.text]
        assert rows[1] == "| --- | --- | --- | --- |"


def test_an_imported_bulletin_holds_such_a_table(tmp_path):
    source = tmp_path / "bulletin.txt"
    source.write_text("某县2020年教育统计公报\n\n全县在校学生295人。\n\n" + "\n".join(ROWS)
                      + "\n\n以上数据为年末数。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="bulletin")
    lines = (result.folder / "article.md").read_text("utf-8").split("\n")
    at = lines.index("| 项目 | 合计 |  |  |")
    assert HELD_MARKER.match(lines[at - 1]) and "two rows" in lines[at - 1]
    assert lines[at + 1] == "| ^ | ^ | 男 | 女 |" and result.held_tables == 1

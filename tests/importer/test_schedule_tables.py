"""A schedule copied as text (a notice's 议程/流程): a line of two header words, then rows
each a clock time (or a span of two) and its item set apart by a space — a table of two
columns (celltables.words): printed when every row is exactly two words (each
cell's column is the source's), held when an item holds a space (its end is read from the
line's end: heldtables.py, ``table-from-schedule``); never paragraphs of loose times."""

from __future__ import annotations

from briefing.importer import import_article
from briefing.importer.celltables.words import _schedule_row, schedule_tables
from briefing.importer.parse import RawBlock, SourceLine
from briefing.loader import HELD_MARKER


def block(first: int, *texts: str) -> RawBlock:
    return RawBlock("text", [SourceLine(first + n, t) for n, t in enumerate(texts)],
                    blank_before=1, blank_after=1)


def test_timed_rows_under_two_header_words_make_a_table():
    blocks = [block(5, "议程安排如下：", "时间 事项", "9:00－9:30 签到入场", "9:30 领导 致辞",
                    "10:00～11:30 分组讨论"), block(11, "联系人：王某")]
    result, repairs = schedule_tables(blocks)
    assert [b.kind for b in result] == ["text", "table", "text"]
    assert [line.text for line in result[1].lines] == [
        "| 时间 | 事项 |", "|---|---|", "| 9:00－9:30 | 签到入场 |", "| 9:30 | 领导 致辞 |",
        "| 10:00～11:30 | 分组讨论 |"]
    assert result[0].text == "议程安排如下：" and [r.kind for r in repairs] == ["table-from-schedule"]
    exact = schedule_tables([block(1, "时间 事项", "9:00 签到", "9:30 致辞")])[1]
    assert [r.kind for r in exact] == ["table-from-schedule-words"]


def test_what_is_not_a_schedule_stays_text():
    for texts in (("时间 事项", "9:00 签到"),  # one row
                  ("时间 地点 事项", "9:00 礼堂 签到", "9:30 礼堂 致辞"),  # three header words
                  ("会议定于 9月1日", "9:00 签到", "9:30 致辞"),  # a figure in the header
                  ("时间 事项", "上午签到", "9:30 致辞")):  # a row with no time first
        blocks = [block(1, *texts)]
        assert schedule_tables(blocks) == (blocks, [])
    assert _schedule_row("2023 年全市") is None and _schedule_row("14:00") is None


def test_an_imported_notice_holds_its_schedule(tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text("关于召开年度总结会的通知\n\n一、时间：2024年1月5日\n\n二、议程：\n\n"
                      "时间 内容\n8:30-9:00 报到\n9:00-10:00 总结 发言\n10:00-11:00 交流\n\n"
                      "特此通知。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="notice")
    lines = (result.folder / "article.md").read_text("utf-8").split("\n")
    at = lines.index("| 时间 | 内容 |")
    assert HELD_MARKER.match(lines[at - 1]) and "a schedule's rows" in lines[at - 1]
    assert lines[at + 2:at + 5] == ["| 8:30-9:00 | 报到 |", "| 9:00-10:00 | 总结 发言 |",
                                    "| 10:00-11:00 | 交流 |"]
    assert result.held_tables == 1


def test_a_schedule_of_two_words_a_row_is_printed(tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text("关于召开年度总结会的通知\n\n二、议程：\n\n"
                      "时间 内容\n8:30-9:00 报到\n9:00-10:00 总结发言\n\n特此通知。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="notice")
    lines = (result.folder / "article.md").read_text("utf-8").split("\n")
    at = lines.index("| 时间 | 内容 |")
    assert not HELD_MARKER.match(lines[at - 1]) and result.held_tables == 0
    assert lines[at + 2:at + 4] == ["| 8:30-9:00 | 报到 |", "| 9:00-10:00 | 总结发言 |"]

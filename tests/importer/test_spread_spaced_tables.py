"""A double-spaced extraction (`pdftotext -layout`) parts a table's rows by blank lines: a
header line of cells set apart by runs of spaces (no digit), then rows of as many cells,
each a line of its own — one table (celltables.spaces), held (``table-from-spaces``),
never a heading and paragraphs of loose figures."""

from __future__ import annotations

from briefing.importer import import_article
from briefing.importer.celltables.spaces import spaced_tables
from briefing.importer.parse import RawBlock, SourceLine
from briefing.loader import HELD_MARKER


def line(number: int, text: str) -> RawBlock:
    return RawBlock("text", [SourceLine(number, text)], blank_before=2, blank_after=2)


HEADER = "     修订号            负责部门            发布日期          说明"


def test_rows_parted_by_blank_lines_under_a_header_make_one_table():
    blocks = [line(3, "前言的最后一句话。"), line(6, HEADER),
              line(9, "      2.0        质量 管理部        2021.06.30     首次发布。"),
              line(12, "      2.1        质量 管理部        2023.01.15     增补第 4 章。"),
              line(16, "一、总则")]
    result, repairs = spaced_tables(blocks)
    assert [b.kind for b in result] == ["text", "table", "text"]
    assert [x.text for x in result[1].lines] == [
        "| 修订号 | 负责部门 | 发布日期 | 说明 |", "|---|---|---|---|",
        "| 2.0 | 质量 管理部 | 2021.06.30 | 首次发布。 |",
        "| 2.1 | 质量 管理部 | 2023.01.15 | 增补第 4 章。 |"]
    assert [r.kind for r in repairs] == ["table-from-spaces"]


def test_other_lines_parted_by_blank_lines_stay_text():
    for texts in (
            # a row of another number of cells
            (HEADER, "      2.0        质量管理部        2021.06.30"),
            # a header with a figure: no header
            ("     2020 年       2021 年       2022 年", "      12        15        18"),
            # no figure in the row under it
            (HEADER, "      甲        乙        丙     丁"),
            # a sentence closed before the last cell
            (HEADER, "      2.0        质量管理部。        2021.06.30     首次发布。")):
        blocks = [line(5 + 3 * n, t) for n, t in enumerate(texts)]
        assert spaced_tables(blocks) == (blocks, [])


def test_an_imported_layout_extraction_holds_such_a_table(tmp_path):
    source = tmp_path / "standard.txt"
    source.write_text("企业内部质量规范\n\n本规范是公司多年实践的总结，自发布之日起施行。\n\n\n\n"
                      + HEADER + "\n\n\n"
                      "      2.0        质量管理部        2021.06.30     首次发布。\n\n\n\n"
                      "一、总则\n\n本规范适用于公司全部产品。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="standard")
    lines = (result.folder / "article.md").read_text("utf-8").split("\n")
    at = lines.index("| 修订号 | 负责部门 | 发布日期 | 说明 |")
    assert HELD_MARKER.match(lines[at - 1]) and "runs of spaces" in lines[at - 1]
    assert lines[at + 2] == "| 2.0 | 质量管理部 | 2021.06.30 | 首次发布。 |"
    assert not any(x.startswith("#") and "修订号" in x for x in lines)

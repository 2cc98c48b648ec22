"""A table copied a cell a paragraph with no caption, its units on a line of their own
over its header (「单位：万元」): the units are no cell of it — not its corner cell — but
text above it like its title; the header's corner is left empty (celltables.
paragraphs). Held, as any table rebuilt from cells a paragraph."""

from __future__ import annotations

from briefing.importer import import_article
from briefing.importer.celltables.paragraphs import cell_paragraph_tables
from briefing.importer.parse import RawBlock, SourceLine
from briefing.loader import HELD_MARKER

CELLS = ["单位：万元", "金额", "增长（%）", "税收收入", "820", "4.5", "非税收入", "133", "-2.1",
         "基金收入", "57", "12.0"]


def paragraphs(texts: list[str], first: int = 10) -> list[RawBlock]:
    return [RawBlock("text", [SourceLine(first + 2 * n, t)], blank_before=1, blank_after=1)
            for n, t in enumerate(texts)]


def test_a_units_line_over_the_header_is_text_and_the_corner_empty():
    result, repairs, doubts = cell_paragraph_tables(
        paragraphs(["全年一般公共预算收入完成情况", *CELLS]), captionless=True)
    assert [b.text for b in result if b.kind == "text"] == ["全年一般公共预算收入完成情况",
                                                           "单位：万元"]
    table = next(b for b in result if b.kind == "table")
    assert [line.text for line in table.lines][:3] == [
        "|  | 金额 | 增长（%） |", "|---|---|---|", "| 税收收入 | 820 | 4.5 |"]
    assert "table-corner-cell" in [d.kind for d in doubts]


def test_a_word_in_the_corner_is_still_a_header_cell():
    cells = ["项目", *CELLS[1:]]
    result, _, _ = cell_paragraph_tables(paragraphs(cells), captionless=True)
    table = next(b for b in result if b.kind == "table")
    assert table.lines[0].text == "| 项目 | 金额 | 增长（%） |"


def test_an_imported_bulletin_holds_the_table_with_its_units_above(tmp_path):
    source = tmp_path / "bulletin.txt"
    source.write_text("某县2023年财政收支情况\n\n全年财政收入保持增长。\n\n"
                      + "\n\n".join(CELLS) + "\n\n以上为快报数。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="bulletin")
    lines = (result.folder / "article.md").read_text("utf-8").split("\n")
    at = lines.index("|  | 金额 | 增长（%） |")
    assert HELD_MARKER.match(lines[at - 1]) and "单位：万元" in lines[:at - 1]
    assert not any("单位" in line for line in lines if line.startswith("|"))

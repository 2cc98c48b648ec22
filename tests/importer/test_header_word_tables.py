"""A raw extraction's table with no caption line, its cells a line each, is known by its
header: two paragraphs in a row that are header words (「代码」「类别名称」: flattables.
HEADER_WORD). Its columns read when one count fits, else kept together a cell a row; held
either way (heldtables.py)."""

from __future__ import annotations

from briefing.importer import import_article
from briefing.importer.flattables import HEADER_WORD, flattened_tables
from briefing.loader import HELD_MARKER


def numbered(cells: list[str], first: int = 10) -> list:
    lines: list = []
    for number, cell in enumerate(cells, start=first):
        lines += [(None, "")] if lines else []
        lines.append((number, cell))
    return lines


def test_header_words():
    for word in ("序号", "代码", "类别名称", "门类 大类", "说明", "备注", "计量单位", "行业代码"):
        assert HEADER_WORD.match(word), word
    for text in ("农业", "说明如下", "本门类包括01～05大类", "项目建设", "01"):
        assert not HEADER_WORD.match(text), text


def test_cells_under_two_header_words_are_kept_together_when_no_count_fits():
    # Codes and words, no numbers to tell the rows by; the copy scrambled a cell (「A」).
    cells = ["代码", "类别名称", "说明", "农、林、牧、渔业", "本门类包括01～05大类", "01", "农业",
             "指对各种农作物的种植", "02", "林业", "A"]
    result, repairs, doubts = flattened_tables(numbered(["7. 分类结构与代码", *cells], 9))
    rows = [t for _, t in result if t.startswith("|")]
    assert rows[:3] == ["| 代码 |", "|---|", "| 类别名称 |"] and len(rows) == len(cells) + 1
    assert [t for _, t in result if t and not t.startswith("|")] == ["7. 分类结构与代码"]
    assert [d.kind for d in doubts] == ["table-flattened"] and doubts[0].line == 10


def test_cells_under_header_words_are_rebuilt_when_one_count_fits():
    cells = ["地区", "数量", "金额", "甲县", "12", "3.5", "乙县", "9", "2.1"]
    result, repairs, doubts = flattened_tables(numbered(cells))
    assert [t for _, t in result if t.startswith("|")] == [
        "| 地区 | 数量 | 金额 |", "|---|---|---|", "| 甲县 | 12 | 3.5 |", "| 乙县 | 9 | 2.1 |"]
    assert [r.kind for r in repairs] == ["table-rebuilt"] and doubts == []


def test_one_header_word_or_too_few_cells_stay_text():
    for cells in (["说明", "本办法自发布之日起施行，由市生态环境局负责解释。", "附件", "某某", "甲", "乙", "丙"],
                  ["序号", "名称", "甲", "乙"]):
        lines = numbered(cells)
        assert flattened_tables(lines) == (lines, [], [])


def test_an_imported_extraction_holds_such_a_table(tmp_path):
    cells = ["代码", "类别名称", "说明", "A", "农、林、牧、渔业", "本门类包括01～05大类", "01", "农业",
             "指对各种农作物的种植"]
    source = tmp_path / "guide.txt"
    source.write_text("上市公司行业分类指引\n本指引适用于上市公司的行业分类工作，自发布之日起施行。\n"
                      "7. 分类结构与代码\n" + "\n".join(cells) + "\n8. 附则\n本指引由协会负责解释。\n",
                      "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="guide")
    assert result.held_tables == 1
    lines = (result.folder / "article.md").read_text("utf-8").split("\n")
    at = lines.index("| 代码 |")
    assert HELD_MARKER.match(lines[at - 1])
    assert "its columns could not be read" in lines[at - 1]

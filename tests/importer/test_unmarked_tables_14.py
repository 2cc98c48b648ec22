"""Tables whose source is not a Markdown or HTML table (fourteenth round): cells a line
whose figures carry their units, and columns set with runs of spaces that have no header.
Each rebuilt grid is a guess, held for the editor (heldtables.py). Made-up texts."""

from __future__ import annotations

from pathlib import Path

from briefing.importer import import_article
from briefing.importer.flattables import QUANTITY_CELL, _kind_columns
from briefing.loader import HELD_MARKER, load_briefing

HEAD = "某县国民经济统计公报\n\n一、农业\n\n全县农业生产平稳，主要产品产量如下。\n\n"


def imported(tmp_path: Path, body: str, suffix: str = ".txt"):
    source = tmp_path / f"bulletin{suffix}"
    source.write_text(HEAD + body + "\n\n二、工业\n\n全县工业生产平稳增长。\n", "utf-8")
    result = import_article(source, data_dir=tmp_path / "data", slug="b")
    return result, (result.folder / "article.md").read_text("utf-8")


def markers(article: str) -> list[str]:
    return [m["reason"] for line in article.split("\n") if (m := HELD_MARKER.match(line))]


def test_a_figure_with_its_unit_is_a_value_and_a_year_heads_its_column():
    for cell in ("3.62万吨", "415吨", "96公斤", "1207头", "8.1万只", "2.3亿元", "12万",
                 "0.4个百分点", "-3.5万亩"):
        assert QUANTITY_CELL.match(cell), cell
    for cell in ("2019年", "5月", "5号", "万吨", "吨", "二号井"):
        assert not QUANTITY_CELL.match(cell), cell
    cells = ["产品", "2019年", "增长(%)", "稻谷", "3.62万吨", "2.1", "生猪出栏", "1207头",
             "-4.5", "家禽出栏", "8.1万只", "6"]
    # Figures with units read as values: only 3 columns make each column one kind.
    assert _kind_columns(cells) == [3]


def test_cells_a_line_whose_figures_carry_units_are_rebuilt_and_held(tmp_path):
    cells = ["产品", "2019年", "增长(%)", "稻谷", "3.62万吨", "2.1", "玉米", "415吨", "-0.8",
             "生猪出栏", "1207头", "-4.5", "家禽出栏", "8.1万只", "6"]
    result, article = imported(tmp_path, "\n".join(f"{cell} |" for cell in cells))
    [reason] = markers(article)
    assert "inferred from the kinds of its cells" in reason
    assert "| 产品 | 2019年 | 增长（%） |" in article
    assert "| 生猪出栏 | 1207头 | -4.5 |" in article
    assert "| 家禽出栏 | 8.1万只 | 6 |" in article
    assert any(d.kind == "table-held" for d in result.doubts)
    assert len(load_briefing(result.folder).held_tables) == 1


def test_an_extractions_cells_a_paragraph_read_figures_with_units_as_values():
    from briefing.importer.flattables import flattened_tables

    # A raw extraction's table under its caption, a cell a paragraph: the same reading of
    # a figure with its unit as for a copy a cell a line.
    cells = ["表1 主要农产品产量", "产品", "产量", "增长（%）", "稻谷", "3.62万吨", "2.1",
             "生猪出栏", "1207头", "-4.5", "家禽出栏", "8.1万只", "6"]
    lines: list = []
    for number, cell in enumerate(cells, start=10):
        lines += [(None, "")] if lines else []
        lines.append((number, cell))
    result, repairs, doubts = flattened_tables(lines)
    assert [t for _, t in result if t.startswith("|")] == [
        "| 产品 | 产量 | 增长（%） |", "|---|---|---|", "| 稻谷 | 3.62万吨 | 2.1 |",
        "| 生猪出栏 | 1207头 | -4.5 |", "| 家禽出栏 | 8.1万只 | 6 |"]
    assert [r.kind for r in repairs] == ["table-rebuilt"] and doubts == []


"""A PDF's tables: boxed cells are as the source has them; a table ruled with horizontal
lines only is a guess (its columns read from where the rules break or from gaps in the
text), which the reader names by page and line and the import holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.importer import import_article
from briefing.importer.readers import read_source
from briefing.importer.readers.pdf import RULE_BREAKS, TEXT_GAPS
from briefing.loader import HELD_MARKER, load_briefing

STYLE = """
@page { size: A4; margin: 20mm; }
body { font-family: 'Noto Serif CJK SC'; font-size: 12pt; }
p { text-indent: 2em; margin: 0; line-height: 1.6; }
h1 { font-size: 20pt; text-align: center; }
table { border-collapse: collapse; margin: 4mm 0; }
td, th { padding: 2pt 6pt; }
"""
LEAD = ("<h1>2021年吕梁市空气质量通报</h1>"
        "<p>2021年，山西省吕梁市区大气环境质量综合指数为4.44，名列全省第四。</p>")
TAIL = "<p>全市地表水15个国考断面中，优良水质断面8个，劣V类水质断面全面消除。</p>"
ROWS = [("县区", "优良天数", "同比"), ("离石区", "281", "增加14天"), ("孝义市", "265", "增加9天")]
TABLE = "<table>" + "".join(
    "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in ROWS) + "</table>"
PIPE = "| 县区 | 优良天数 | 同比 |\n|---|---|---|\n| 离石区 | 281 | 增加14天 |\n| 孝义市 | 265 | 增加9天 |"
# Rows as blocks, each with one rule under it across the whole width (a thin filled box,
# as many PDF makers draw a rule), cells set apart by their widths: nothing drawn between
# the columns.
RULE = "<div style='height: 0.6pt; background: #000; width: 120mm'></div>"
DIV_ROWS = RULE + "".join(
    "<div style='width: 120mm; padding: 2pt 0'>"
    + "".join(f"<span style='display: inline-block; width: 40mm'>{cell}</span>"
              for cell in row) + "</div>" + RULE for row in ROWS)


def pdf(tmp_path: Path, body: str, css: str = "") -> Path:
    import weasyprint

    path = tmp_path / "notice.pdf"
    html = f"<html><head><style>{STYLE}{css}</style></head><body>{LEAD}{body}{TAIL}</body></html>"
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def test_a_table_ruled_on_every_side_is_as_the_source_has_it(tmp_path):
    path = pdf(tmp_path, TABLE, "td { border: 0.6pt solid #000; }")
    article = read_source(path)
    assert PIPE in article.text
    assert article.guessed_tables == []
    result = import_article(path, data_dir=tmp_path / "data", slug="boxed")
    assert result.held_tables == 0
    text = (result.folder / "article.md").read_text("utf-8")
    assert not any(HELD_MARKER.match(line) for line in text.splitlines())


@pytest.mark.parametrize(("body", "css", "how"), [
    (TABLE, "td { border-bottom: 0.6pt solid #000; } table { border-top: 0.6pt solid #000; }",
     RULE_BREAKS),
    (DIV_ROWS, "", TEXT_GAPS),
], ids=["rules-break-at-cells", "columns-from-gaps"])
def test_a_table_ruled_with_horizontal_lines_only_is_held(tmp_path, body, css, how):
    path = pdf(tmp_path, body, css)
    article = read_source(path)
    assert PIPE in article.text
    [(line, why)] = article.guessed_tables
    assert why == f"page 1, {how}"
    assert article.text.splitlines()[line - 1] == PIPE.split("\n")[0]  # its first row

    result = import_article(path, data_dir=tmp_path / "data", slug="ruled")
    assert result.held_tables == 1
    lines = (result.folder / "article.md").read_text("utf-8").splitlines()
    row = lines.index(PIPE.split("\n")[0])
    marker = HELD_MARKER.match(lines[row - 1])
    assert marker and f"read from a PDF, page 1, {how}" in marker["reason"]
    [held] = load_briefing(result.folder).held_tables
    assert [cell.text.plain for cell in held.rows[-1]] == ["孝义市", "265", "增加9天"]
    report = (result.folder / "import-report.md").read_text("utf-8")
    assert "- [ ]" in report and "page 1" in report

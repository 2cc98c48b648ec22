"""The twenty-eighth set's round (issue 11): made-up texts of the shapes that went wrong on
the twenty-eighth set once it joined tuning.

Markdown: a pipe table whose delimiter row aligns its columns with one hyphen a cell
(「|:-:|:-:|」).
"""

from __future__ import annotations

from conftest import import_text

TABLE = """# 四种标签

标签分为以下几种。

|项目|Type 1|Type 2|Type 3|
|:-:|:-|-:|:-:|
|对应规范   |ISO 14443 Type A|JIS X 6319-4|ISO/IEC 15693|
|存储容量|最大1KB|最大2KB|高达 8 KB|

以上是各类标签的比较。
"""


def test_a_delimiter_row_of_one_hyphen_cells_makes_a_table(tmp_path):
    _, body = import_text(tmp_path, TABLE, "tags.md")
    assert "|:-:|:-|-:|:-:|" in body
    from briefing.loader import load_briefing

    briefing = load_briefing(tmp_path / "data" / "tags")
    [table] = [b for b in briefing.lead if b.kind == "table"]
    assert [c.text.plain for c in table.rows[-1]] == ["存储容量", "最大1KB", "最大2KB", "高达 8 KB"]
    assert table.align == ["center", "left", "right", "center"]

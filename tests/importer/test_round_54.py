"""The fifty-fourth round (issue 11): made-up texts of the shapes that went wrong on the
sixty-seventh held-back set, scored once in the fortieth stop.

A forum post kept as its page's HTML inside a blog's Markdown: the whole post stands in a
one-cell `<table>` (the forum's frame), its paragraphs set apart by `<br>`, pictures and
grey captions between them. The table reader took it for a table of one column and ran
the cell's words into one paragraph; and when the copy was cut off before `</table>`,
every line went into a table never read — the import refused the text ("no text besides
its title").
"""

from __future__ import annotations

from conftest import import_text

POST = """# 某游戏团队的年度分享

<div>
<table cellspacing="0" cellpadding="0"><tbody><tr><td class="t_f" id="postmessage_1">
在今年的开发者大会上，某工作室的负责人分享了他们的实践经验。<br>
<br>
这次分享的内容来自三年的积累，涵盖玩法设计与运营两部分。<br>
<br>
<div align="center">
<img src="https://example.org/a.jpg" width="600">
</div><div align="center"><font color="#808080">大会现场</font></div><br>
记者：请您先简单介绍一下这次分享的内容？<br>
<br>
嘉宾：我们从2019年开始做这件事，现在已经有十多个团队在用。<br>
"""


def test_a_post_framed_in_a_table_keeps_its_paragraphs(tmp_path):
    _, body = import_text(tmp_path, POST + "</td></tr></tbody></table></div>\n", "post.md")
    paragraphs = [p.strip() for p in body.split("\n\n")]
    assert "在今年的开发者大会上，某工作室的负责人分享了他们的实践经验。" in paragraphs
    assert "这次分享的内容来自三年的积累，涵盖玩法设计与运营两部分。" in paragraphs
    assert "记者：请您先简单介绍一下这次分享的内容？" in paragraphs
    assert "|" not in body  # never a table of one column
    assert "::: figure\n大会现场\n:::" in body  # the grey line under the picture


def test_a_table_the_copy_never_closes_is_read_and_told(tmp_path):
    result, body = import_text(tmp_path, POST, "post.md")
    assert "嘉宾：我们从2019年开始做这件事，现在已经有十多个团队在用。" in body
    assert "记者：请您先简单介绍一下这次分享的内容？" in body
    assert any(d.kind == "html-table-unclosed" for d in result.doubts)


def test_a_table_of_values_cut_off_is_still_a_table_and_told(tmp_path):
    result, body = import_text(tmp_path, (
        "# 某市一季度主要指标\n\n<table><tr><td>指标</td><td>数值</td></tr>\n"
        "<tr><td>地区生产总值（亿元）</td><td>512.3</td></tr>\n"
        "<tr><td>社会消费品零售总额（亿元）</td><td>208.7</td></tr>\n"), "table.md")
    assert "| 地区生产总值（亿元） | 512.3 |" in body
    assert "| 社会消费品零售总额（亿元） | 208.7 |" in body
    assert any(d.kind == "html-table-unclosed" for d in result.doubts)


def test_a_one_column_table_of_lines_stays_lines(tmp_path):
    """An issuing office's names set one over the other in a cell each (no block inside a
    cell): each cell a line, as before."""
    _, body = import_text(tmp_path, (
        "# 关于某事项的通知\n\n各单位：\n\n现将有关事项通知如下。\n\n"
        "<table><tr><td>某某县人民政府办公室</td></tr><tr><td>2024年3月5日</td></tr></table>\n"),
        "notice.md")
    assert "某某县人民政府办公室" in body and "2024年3月5日" in body
    assert "|" not in body

"""Markdown read as its writer meant it (nineteenth round, markup/): made-up texts of the
shape, each failing without its rule."""

from __future__ import annotations

from conftest import import_text

from briefing.loader import load_briefing

SPACED = (
    "# 2019年度总结\n\n"
    '<span class="under0"> ** 最近，我意识到，很多事情是自己强加给自己的。** </span>\n\n'
    "分享书中一句喜欢的话： ** 商人早早起床吃了第一餐，赶火车进城。 **\n\n"
    "他算了一下，2 ** 10 ** 3 这个式子的结果很大。\n\n"
    "编制日期：**日\n")


def _paragraphs(folder) -> list:
    briefing = load_briefing(folder)
    found = []

    def walk(blocks):
        for block in blocks:
            if getattr(block, "kind", "") == "paragraph":
                found.append(block)
            walk(getattr(block, "blocks", None) or [])

    walk(briefing.lead)
    for section in briefing.sections:
        walk(section.blocks)
    return found


def test_bold_marks_set_apart_by_spaces_are_bold_not_printed(tmp_path):
    result, body = import_text(tmp_path, SPACED, "a.md")
    assert "**最近，我意识到，很多事情是自己强加给自己的。**" in body
    assert "**商人早早起床吃了第一餐，赶火车进城。**" in body
    paragraphs = {p.text.plain: p for p in _paragraphs(result.folder)}
    first = paragraphs["最近，我意识到，很多事情是自己强加给自己的。"]
    assert [s.marks for s in first.text.spans] == [("strong",)]
    quoted = next(p for text, p in paragraphs.items() if text.startswith("分享"))
    assert "*" not in quoted.text.plain
    assert [s.text for s in quoted.text.spans if "strong" in s.marks] == [
        "商人早早起床吃了第一餐，赶火车进城。"]
    # arithmetic and a date's masked digits keep their stars, as written
    assert "2 ** 10 ** 3" in body and "编制日期：**日" in body


def test_a_footnotes_link_back_to_its_mark_is_not_printed(tmp_path):
    # Hugo's and Pandoc's 「[↩︎](#fnref:1)」 at a note's end: the page's navigation (and an
    # arrow no print font of the role has: the build refused the text)
    result, body = import_text(tmp_path, (
        "# 2024 年终总结\n\n今年读了许多书，也去了一些地方。\n\n"
        "1.  拉丁语，意为：勿忘人终有一死。 [↩︎](#fnref:1)\n"), "a.md")
    assert "↩" not in body and "勿忘人终有一死。" in body
    assert any(r.kind == "footnote-back-link" for r in result.repairs)
    # a link to a footnote's mark whose text is words is a link like any other
    (tmp_path / "two").mkdir()
    _, body = import_text(tmp_path / "two", "# 标题\n\n正文写在这里。[返回正文](#fnref:1)\n", "a.md")
    assert "返回正文" in body

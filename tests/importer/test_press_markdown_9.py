"""Press, Markdown and PDF shapes (issue 11, ninth round): conventions of the family the
sixth held-back set showed, each with a made-up text of its shape that fails without
the rule."""

from __future__ import annotations

from conftest import import_text


def paragraphs(body: str) -> list[str]:
    return [part for part in body.strip().split("\n\n") if part]


def test_a_link_whose_words_end_in_a_line_break_keeps_its_words_not_its_address(tmp_path):
    # A WeChat → Markdown converter breaks a link's text before its `](address)`, in a
    # quotation too: the address must not reach the page, the words must.
    result, body = import_text(tmp_path, (
        "# 标题\n\n"
        "> 前文说过：[ 县城的老街如何留住年轻人？\n"
        "> ](https://mp.example.com/s?__biz=MzA5NDY==&mid=1&sn=ab==#rd)\n\n"
        "上周的文章 [ 三个村子的共同富裕账本\n"
        "](http://mp.example.com/s?__biz=MzA5NDY==&mid=2)\n\n"
        "今天接着讲。\n"), "a.md")
    assert "http" not in body and "](" not in body and "[" not in body
    assert "> 前文说过： 县城的老街如何留住年轻人？" in body
    assert "三个村子的共同富裕账本" in body
    assert any(r.kind == "link-wrap" for r in result.repairs)


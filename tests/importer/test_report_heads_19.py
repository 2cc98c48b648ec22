"""Heads of reports and books (nineteenth round): made-up texts of the shape, each failing
without its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.importer.repairs import heading_numbering
from briefing.importer.structure import build_draft

FILE = Path("article.txt")


@pytest.mark.parametrize(("text", "rank", "number"), [
    ("一 调研背景", 1, "一 "),
    ("三\u3000结论与建议", 1, "三\u3000"),
    ("十二 附录", 1, "十二 "),
    ("一 2021年工作回顾", 0, ""),  # a year after the space: no title in Han, no heading
    ("一调研背景", 0, ""),  # no space, no 、: a word, not a number
])
def test_a_han_numeral_set_apart_by_a_space_numbers_a_chapter(text, rank, number):
    found = heading_numbering(text)
    assert (found.rank, found.number) == (rank, number)


def test_chapters_numbered_with_a_space_stand_over_their_sections():
    # The 皮书 shape: 「一 调研背景」 over 「（一）调研目的」 over 「1.调研时间」.
    text = ("乡镇调研报告\n一 调研背景\n（一）调研目的\n“十三五”时期是关键时期，我们开展了调研。\n"
            "1.调研时间\n调研时间为2015年11月。\n二 整体概况\n（一）基本情况\n乌当区有8个乡镇。\n")
    nodes = build_draft(text, FILE).nodes
    assert [(n.depth, n.text) for n in nodes if n.kind == "heading"] == [
        (1, "一 调研背景"), (2, "（一）调研目的"), (3, "1.调研时间"),
        (1, "二 整体概况"), (2, "（一）基本情况")]

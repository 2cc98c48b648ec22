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


def test_a_report_summarys_parts_marked_with_section_signs_stand_over_its_clauses():
    # A listed company's 年度报告摘要: 「§1 重要提示」 over its 「1.1 …」 clauses.
    assert heading_numbering("§1 重要提示")[:2] == (9, "§1 ")
    assert heading_numbering("§12董事会报告")[:2] == (9, "§12")
    assert heading_numbering("§1.2 条款").rank == 0  # a clause cited by its section sign
    text = ("某某农业股份有限公司2011年年度报告摘要\n§1 重要提示\n"
            "本公司董事会保证本报告所载资料不存在任何虚假记载。\n"
            "§2 公司基本情况\n2.1 基本情况简介\n股票简称为某某农业，股票代码600598。\n"
            "2.2 联系人和联系方式\n董事会秘书为张某。\n"
            "§3 会计数据和财务指标摘要\n3.1 主要会计数据\n报告期内，公司实现营业收入35亿元。\n"
            "3.2 主要财务指标\n基本每股收益为0.48元。\n")
    nodes = build_draft(text, FILE).nodes
    assert [(n.depth, n.text) for n in nodes if n.kind == "heading"] == [
        (1, "§1 重要提示"), (1, "§2 公司基本情况"), (2, "2.1 基本情况简介"),
        (2, "2.2 联系人和联系方式"), (1, "§3 会计数据和财务指标摘要"), (2, "3.1 主要会计数据"),
        (2, "3.2 主要财务指标")]


def test_a_pdf_symbol_fonts_bullets_are_dropped(tmp_path):
    # pdftotext writes a Wingdings bullet as U+F06C: no print font has it (the build refused
    # the text); the mark and the spaces after it go, the item's words stay
    from conftest import import_text

    result, body = import_text(tmp_path, (
        "数据安全报告\n\n一、欧盟立法\n\n\uf06c   1999 年，欧洲理事会通过了数据保护公约。\n\n"
        "\uf0d8 各成员国陆续修订本国法律。\n"), "a.txt")
    assert "\uf06c" not in body and "\uf0d8" not in body
    assert "1999 年，欧洲理事会通过了数据保护公约。" in body and "各成员国陆续修订本国法律。" in body
    assert any(r.kind == "symbol-font-glyph" for r in result.repairs)

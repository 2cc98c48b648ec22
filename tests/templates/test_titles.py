"""Titles and headings that need two lines break between phrases or words, into lines of
even length (the layer's text-wrap: balance, `--briefing-wrap`), measured in the PDF."""

from __future__ import annotations

import pytest
from pdfread import page_glyphs

from briefing.build import build

FRONT = """\
---
title: {title}
date: 2021-05-08
template: reprint
jianbao: {{name: 生态环境工作简报, issue: 1, unit: 某某市生态环境局办公室, date: 2022-01-20}}
---
"""
# A bulletin's title that plain line breaking cut as 「……环境空气质量监 / 测报告」; the
# breaks between its words (and its phrase 「通榆县城区2021年4月份」), written out by hand.
TONGYU = "通榆县城区2021年4月份环境空气质量监测报告"
TONGYU_WORDS = ("通榆县", "城区", "2021年", "4月份", "环境", "空气质量", "监测", "报告")
# Longer, for the handout's wider band: a title with a comma between two phrases.
LONG = "坚持生态优先推动绿色低碳高质量发展，全面提升生态环境治理体系和治理能力"
LONG_PHRASES = ("坚持生态优先推动绿色低碳高质量发展，", "全面提升生态环境治理体系和治理能力")
HEADING = "全面加强大气污染防治工作推动重点行业企业超低排放改造和清洁能源替代取得实效"
BODY = "正文第一段，说明有关情况。\n\n## {heading}\n\n正文第二段，说明有关情况。\n"


def _lines(pdf, text: str) -> list[tuple[str, float, float]]:
    """The lines (text, x0, x1) of page 1 that together spell `text`, in order."""
    rows: dict[tuple[float, float], list[dict]] = {}
    for char in page_glyphs(pdf)[0]:
        rows.setdefault((round(char["bottom"]), round(char["size"], 1)), []).append(char)
    lines = [sorted(row, key=lambda c: c["x0"]) for _, row in sorted(rows.items())]
    texts = ["".join(c["text"] for c in line) for line in lines]
    for start in range(len(lines)):
        joined, end = "", start
        while end < len(lines) and len(joined) < len(text):
            joined += texts[end]
            end += 1
        if joined == text:
            return [(texts[i], lines[i][0]["x0"], lines[i][-1]["x1"])
                    for i in range(start, end)]
    raise AssertionError(f"「{text}」 not found on page 1: {texts}")


def _boundaries(parts) -> set[int]:
    ends, position = set(), 0
    for part in parts:
        position += len(part)
        ends.add(position)
    return ends


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import write_briefing

    root = tmp_path_factory.mktemp("titles")
    made = {}
    for name, title in (("tongyu", TONGYU), ("long", LONG)):
        folder = write_briefing(root / name, BODY.format(heading=HEADING),
                                front=FRONT.format(title=title))
        for template in ("reprint", "jianbao", "handout"):
            if (name, template) == ("tongyu", "handout"):
                continue  # one line on the handout's band
            made[name, template] = build(folder, root / f"{name}-{template}.pdf",
                                         template=template).output
    return made


@pytest.mark.parametrize(("name", "template", "title", "parts"), [
    ("tongyu", "reprint", TONGYU, TONGYU_WORDS),
    ("tongyu", "jianbao", TONGYU, TONGYU_WORDS),
    ("long", "reprint", LONG, LONG_PHRASES),
    ("long", "jianbao", LONG, LONG_PHRASES),
    ("long", "handout", LONG, LONG_PHRASES),
])
def test_a_title_breaks_between_words_into_even_lines(built, name, template, title, parts):
    lines = _lines(built[name, template], title)
    assert len(lines) == 2, lines
    (first, x0, x1), (second, y0, y1) = lines
    assert first + second == title  # the characters as written
    assert len(first) in _boundaries(parts), f"「{first} / {second}」"
    size = (x1 - x0) / max(len(first) - 2, 1)  # about an em (the title's size)
    assert abs((x1 - x0) - (y1 - y0)) < 2.5 * size, lines  # balanced
    # centred in the same block: the two lines share their middle
    assert abs((x0 + x1) / 2 - (y0 + y1) / 2) < 1.0


def test_a_comma_is_the_break_when_it_balances(built):
    (first, _, _), _ = _lines(built["long", "jianbao"], LONG)
    assert first.endswith("，")


def test_a_heading_breaks_between_words(built):
    # jianbao's 一、 heading: 16 pt 黑体 on the 28-character line, two lines
    lines = _lines(built["long", "jianbao"], "一、" + HEADING)
    assert len(lines) == 2, lines
    words = ("一、", "全面", "加强", "大气", "污染", "防治", "工作", "推动", "重点", "行业", "企业",
             "超低", "排放", "改造", "和", "清洁", "能源", "替代", "取得", "实效")
    assert len(lines[0][0]) in _boundaries(words), lines
    assert abs((lines[0][2] - lines[0][1]) - (lines[1][2] - lines[1][1])) < 4 * 16, lines

"""The line rules' plan of a text (layout_patches._plan) and the word bans under it
(rules._word_bans, rules.soft_bans), computed the quick way, against the plain
composition they replaced: the same plan for every text and flag, so the PDF keeps its
bytes. The texts are the kinds that reach Pango — a paragraph, the cuts WeasyPrint
breaks a line on (split_first_line: any start, any end, a number or a unit cut in two),
a drawn line, ASCII alone — and every punctuation style."""

from __future__ import annotations

import itertools
import random
from dataclasses import astuple
from pathlib import Path

import pytest

from briefing.typeset import rules
from briefing.weasy import layout_patches

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "tuning"

TEXTS = [
    "",
    "好",
    "中文",
    "ASCII only, 2021-2025: 12.5% of PM2.5 (GB 3095-2012).",
    "cli_demo_vision.py and SwissArmyTransformer/HTMLParser",
    "按照《环境空气质量标准》（GB 3095-2012）评价，2021 年 7 月，全国 339 个地级及以上城市"
    "平均空气质量优良天数比例为 92.4%，与去年同期相比上升 2.0 个百分点。",
    "PM2.5平均浓度为27μg/m3，同比下降10.0%；优良天数比例为93.5%。",
    "1—12月，全市规上工业增加值同比增长3.2亿千瓦时，第4季度增长0.1个百分点。",
    "59.1微克/立方米，3.5万千瓦时，−1.2个百分点，80%~100%，Ⅰ～Ⅲ类水质断面占比。",
    "他说：“这是‘第一’次。”（见《报告》）——完……",
    "增长16398.12万元。",
    "结束。”）",
    "系统（Information technology Systems）",
    "万吨/年的产能，上升2.3个百分点。",
    "Ⅰ～Ⅲ类水质",
    "这是第一次会议",
]


def _word_bans(text: str) -> set[int]:
    """rules._word_bans as it was: every pattern over the whole text."""
    bans = {match.start() - 1 for match in rules._NUMBER_UNIT.finditer(text)}
    for pattern in (rules._UNIT_WORD, rules._NUMBER_WITH_UNIT):
        for match in pattern.finditer(text):
            bans.update(range(match.start(), match.end() - 1))
    for match in rules._RANGE_MARK.finditer(text):
        bans.update((match.start() - 1, match.start()))
    return bans


def _soft_bans(text: str) -> set[int]:
    soft = {match.end() - 1 for match in rules._SOFT_BREAK.finditer(text)}
    soft |= {match.start() for match in rules._SOFT_SLASH.finditer(text)}
    return soft & _word_bans(text)


def _plan(text, punctuation, quarter, base, lead, trail, whole, relaxed):
    """layout_patches._plan as it was (breaks=None): the rules' public functions
    composed, every position's byte offset encoded."""
    forbidden = rules.no_break_pairs(text, relaxed)
    if whole:
        forbidden = sorted(set(forbidden) | rules.orphan_bans(text))
    no_break = list(rules.keep_together_ranges(forbidden))
    halt = list(rules.runs(rules.halved_marks(text, punctuation)))
    gaps = {index: quarter for index in rules.autospace_gaps(text)}
    spacing = dict(gaps)
    if len(text) >= 2:
        if trail:
            spacing[len(text) - 1] = 2 * quarter
        if lead:
            spacing[0] = spacing.get(0, 0.0) + 2 * quarter
    offsets = {i: len(text[:i].encode()) for i in range(len(text) + 1)}
    return (tuple((offsets[a], offsets[b]) for a, b in no_break),
            tuple((offsets[a], offsets[b]) for a, b in halt),
            tuple((offsets[i], offsets[i + 1], base + width)
                  for i, width in sorted(spacing.items())),
            tuple(sorted(gaps.items())))


def _texts() -> list[str]:
    """TEXTS, a few corpus articles' paragraphs and cuts of them at random places."""
    found = list(TEXTS)
    chosen = random.Random(17)
    paragraphs = [paragraph.strip()
                  for path in sorted(CORPUS.glob("*.gold.md"))[:12]
                  for paragraph in path.read_text("utf-8").split("\n\n") if paragraph.strip()]
    found += paragraphs
    for text in paragraphs + TEXTS:
        for _ in range(4):
            start = chosen.randrange(len(text) + 1)
            found.append(text[start:chosen.randrange(start, len(text) + 1)])
    return list(dict.fromkeys(found))


def test_the_texts_hold_what_the_quick_ways_skip():
    texts = _texts()
    assert len(texts) > 300
    assert any(text.isascii() and text for text in texts)
    assert any(rules._NUMERIC.search(text) is None and _word_bans(text) for text in texts)
    assert any(_soft_bans(text) for text in texts)
    assert any(rules.orphan_bans(text) for text in texts)


def test_word_and_soft_bans_as_before():
    for text in _texts():
        assert rules._word_bans(text) == _word_bans(text), text
        assert rules.soft_bans(text) == _soft_bans(text), text


@pytest.mark.parametrize("punctuation", list(rules.PunctuationStyle))
def test_plan_as_before(punctuation):
    plan = layout_patches._plan.__wrapped__
    for text in _texts():
        for lead, trail, whole, relaxed in itertools.product((False, True), repeat=4):
            expected = _plan(text, punctuation, 2.75, 0.5, lead, trail, whole, relaxed)
            found = astuple(plan(text, punctuation, 2.75, 0.5, lead, trail, None, whole,
                                 relaxed))
            assert found == expected, (text, lead, trail, whole, relaxed)


def test_balanced_plan_adds_the_phrase_bans():
    plan = layout_patches._plan.__wrapped__
    text = TEXTS[5]
    plain = plan(text, rules.PunctuationStyle.KAIMING, 2.75, 0.0, False, False, None, True)
    phrase = plan(text, rules.PunctuationStyle.KAIMING, 2.75, 0.0, False, False, "phrase",
                  True)
    def covered(plan):
        return {byte for start, end in plan.no_break for byte in range(start, end)}

    assert covered(phrase) > covered(plain)  # between phrases only: more kept together
    assert phrase.halt == plain.halt and phrase.spacing == plain.spacing

"""The typesetting rules as pure functions (briefing/typeset/rules.py)."""

from __future__ import annotations

import pytest

from briefing.typeset import rules
from briefing.typeset.rules import Gap, PunctuationStyle


@pytest.mark.parametrize(
    ("text", "style", "halved"),
    [
        ("好。”他", PunctuationStyle.QUANJIAO, {1}),  # 。” : the stop loses its blank
        ("说，“好", PunctuationStyle.QUANJIAO, {1}),  # ，“ : two blanks side by side
        ("书》《书", PunctuationStyle.QUANJIAO, {1}),
        ("（甲）、乙", PunctuationStyle.QUANJIAO, {2}),  # ）、
        ("“《书", PunctuationStyle.QUANJIAO, {1}),  # two openings: the second's blank
        ("甲，乙。丙", PunctuationStyle.QUANJIAO, set()),  # single marks stay full
        ("甲，乙、丙。丁", PunctuationStyle.KAIMING, {1, 3}),  # pauses half, stops full
        ("甲，乙。丁（戊）", PunctuationStyle.BANJIAO, {1, 3, 5, 7}),
        ("。”）", PunctuationStyle.QUANJIAO, {0, 1}),  # a run: all but the last
    ],
)
def test_halved_marks(text, style, halved):
    assert rules.halved_marks(text, style) == halved


def test_autospace_between_han_and_latin_only():
    text = "2021年PM2.5平均浓度为27μg/m3，COD。"
    gaps = {text[i] + text[i + 1] for i in rules.autospace_gaps(text)}
    assert gaps == {"1年", "年P", "5平", "为2"}
    assert rules.autospace_gaps("中文，English") == []  # never beside punctuation
    assert rules.autospace_gaps("比例为77%在") == [2, 5]


@pytest.mark.parametrize(
    ("text", "banned"),
    [
        ("甲，乙", {0}),  # no line starts with ，
        ("甲“乙", {1}),  # no line ends with “
        ("27μg/m3", {0, 1, 2, 3, 4, 5}),  # a number and its unit are one word
        ("甲/乙", {0, 1}),  # no line ends with / (strict level); / starts no line either
        ("甲——乙", {0, 1}),  # —— never split, never starts a line
        ("甲……乙", {0, 1}),
        ("甲·乙", {0}),
        ("甲乙", set()),
        ("共281天", {3}),  # a number and its unit stay together
        ("3万人", {0, 1}),  # 「N / 万人」 and 「N万 / 人」 both split the unit
        ("下降18.2%", {2, 3, 4, 5}),
        ("第4名", {0, 1}),  # 第 and its number, and the number and its measure word
        ("第十二期", {0}),
        ("2021年3月", {3, 5}),
        # compound units are words, with their number and sign (「个百 / 分点」 never)
        ("升2.0个百分点", {1, 2, 3, 4, 5, 6}),
        ("升2.0 个百分点", {1, 2, 3, 4, 5, 6, 7}),  # a source's space between them
        ("降-1.2%", {0, 1, 2, 3, 4}),
        ("3.2亿千瓦时", {0, 1, 2, 3, 4, 5}),
        ("50万吨/年", {0, 1, 2, 3, 4}),
        ("59.1微克/立方米", set(range(9))),
        ("单位：亿元", {1, 3}),
        # a range's dash is tight on both sides: 「1— / 12月」 never
        ("1—12月", {0, 1, 3}),
        ("2021—2025年", {3, 4, 8}),
        ("80%~100%", set(range(7))),
        ("1－5月", {0, 1, 2}),
        ("甲—乙", {0}),  # a dash between words is no range
        ("Ⅰ～Ⅲ类", {0, 1}),  # water-quality classes
    ],
)
def test_no_break_pairs(text, banned):
    assert set(rules.no_break_pairs(text)) == banned


def test_a_range_dash_takes_no_justification_space():
    assert rules.gap_kinds("1—12月")[:2] == (Gap.NONE, Gap.NONE)
    assert rules.gap_kinds("80%～100%")[2:4] == (Gap.NONE, Gap.NONE)
    assert rules.gap_kinds("甲—乙") == (Gap.PRIORITY, Gap.PRIORITY)


@pytest.mark.parametrize(("before", "after", "split"), [
    ("上升2.0个百", "分点", True), ("共281", "天", True), ("1—", "12月", True),
    ("1", "—12月", True), ("增长3.2亿千", "瓦时", True), ("优良天数", "比例", False),
    ("2021年", "3月", False)])
def test_preflight_sees_a_split_word(before, after, split):
    assert rules.splits_number_unit(before, after) is split


def test_keep_together_ranges_merge_neighbours():
    assert list(rules.keep_together_ranges([0, 1, 4])) == [(0, 3), (4, 6)]


def test_orphan_guard_keeps_two_han_with_trailing_marks():
    text = "这是一段话。”"
    assert text[rules.orphan_guard_start(text):] == "段话。”"
    assert rules.orphan_guard_start("A") is None


def test_a_paragraph_ending_in_latin_words_has_no_orphan_guard():
    # Its last line holds Latin words, not a lone Han character; guarding 「系统」 with
    # every word after it made them one run that ran off the page.
    assert rules.orphan_guard_start("第1部分：系统（Information technology - Part 1：Systems）") \
        is None
    text = "见附录A）。"
    assert text[rules.orphan_guard_start(text):] == "附录A）。"


@pytest.mark.parametrize(
    ("pair", "kind"),
    [("中文", Gap.HAN), ("中A", Gap.PRIORITY), ("A中", Gap.PRIORITY), ("AB", Gap.NONE),
     ("12", Gap.NONE), ("，中", Gap.PRIORITY), ("——", Gap.NONE), ("……", Gap.NONE),
     (" A", Gap.PRIORITY), ("A ", Gap.NONE), ("。”", Gap.NONE), ("，“", Gap.NONE),
     # Never between a mark and its character: before ，。” or after “（.
     ("中，", Gap.NONE), ("5。", Gap.NONE), ("中”", Gap.NONE), ("“中", Gap.NONE),
     ("（1", Gap.NONE), ("中“", Gap.PRIORITY), ("”中", Gap.PRIORITY), ("）中", Gap.PRIORITY)],
)
def test_gap_kinds(pair, kind):
    assert rules.gap_kind(pair[0], pair[1]) is kind


def test_distribute_priority_first_then_evenly():
    kinds = [Gap.HAN, Gap.PRIORITY, Gap.HAN, Gap.NONE]
    small = rules.distribute(2.0, kinds, priority_cap=3.0)
    assert small == [0.0, 2.0, 0.0, 0.0]
    large = rules.distribute(9.0, kinds, priority_cap=3.0)
    assert large == [2.0, 5.0, 2.0, 0.0]
    assert sum(large) == pytest.approx(9.0)
    assert rules.distribute(5.0, [Gap.NONE], 1.0) == [0.0]


def test_distribute_tight_gives_back_compressed_halves_first():
    from briefing.typeset.rules import Gap, distribute_tight

    kinds = [Gap.HAN, Gap.PRIORITY, Gap.PRIORITY, Gap.HAN]
    # gap 1 follows a ，set at half width (6 pt free); gap 2 holds a Han/Latin quarter em
    added, leftover = distribute_tight(5.0, kinds, cap=3.0, used=[0, 0, 3.0, 0],
                                       free=[0, 6.0, 0, 0])
    assert added == [0, 5.0, 0, 0] and leftover == 0
    added, leftover = distribute_tight(12.0, kinds, cap=3.0, used=[0, 0, 3.0, 0],
                                       free=[0, 6.0, 0, 0])
    # 6 back to the mark, its quarter em (3) more, then 1.5 to each Han gap; the
    # Han/Latin gap takes nothing
    assert added == [1.5, 9.0, 0, 1.5] and leftover == 0


def test_distribute_tight_stretches_only_what_cannot_be_tight():
    from briefing.typeset.rules import Gap, distribute_tight

    kinds = [Gap.HAN, Gap.NONE, Gap.HAN]
    added, leftover = distribute_tight(10.0, kinds, cap=3.0, used=[0, 0, 0], free=[0, 0, 0])
    assert leftover == 4.0
    assert added == [5.0, 0, 5.0]  # evenly over the gaps that may widen, never inside Latin


def test_widest_piece_is_what_no_line_breaks_inside():
    from briefing.typeset.rules import widest_piece

    assert widest_piece("（天）") == 3.0  # brackets keep their character (禁则)
    assert widest_piece("去年同期") == 2.0  # breaks between characters, last two together
    assert widest_piece("PM2.5") == pytest.approx(3.0)  # a Latin run is whole
    assert widest_piece("50.71微克/立方米") >= 8  # a number with its unit is whole
    assert widest_piece("") == 0.0


def test_the_patterns_are_compiled_when_first_used():
    # A build's own process imports the rules but matches none of their patterns (the
    # export's process does): importing compiles none, and each works when used.
    import os
    import re
    import subprocess
    import sys

    from briefing.typeset import rules
    from tests.conftest import PROJECT

    probe = ("from briefing.typeset import rules as r; print('COMPILED', [n for n, v in "
             "vars(r).items() if isinstance(v, r._Compiled) and v.compiled()])")
    done = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(PROJECT)}, timeout=60)
    assert "COMPILED []" in done.stdout, done.stderr[-2000:]
    lazy = [value for value in vars(rules).values() if isinstance(value, rules._Compiled)]
    assert len(lazy) >= 16
    assert not [name for name, value in vars(rules).items()
                if isinstance(value, re.Pattern) and rules.HAN_CLASS in value.pattern]
    assert rules._LAST_TWO_HAN.search("数据显示，一二三。").start() == 6
    assert rules._LAST_TWO_HAN.compiled()
    assert rules._LAST_TWO_HAN.pattern == f"[{rules.HAN_CLASS}](?=[^{rules.HAN_CLASS}]*" \
        f"[{rules.HAN_CLASS}][^{rules.HAN_CLASS}]*\\Z)"
    assert rules.autospace_gaps("共281天") == [0, 3]
    rules.compile_patterns()
    assert all(value.compiled() for value in lazy)

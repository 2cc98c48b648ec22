"""bench/learned_structure.py: the labels a made-up text gets from its gold, and the blocks
built back from per-line decisions (the issue 11 experiment's two ends)."""

from pathlib import Path

from bench.import_score import compare, read_blocks
from bench.learned_structure import DROP, assemble, features, label

SOURCE = """\
关于开展春季植树活动的通知
来源：某县林业局　　发布时间：2024-03-01
各乡镇：
为做好今年春季植树工作，
现将有关事项通知如下。

一、活动时间
3月12日至3月31日。

▲ 群众在山坡上植树。张三摄
分享到：微信 微博
某县林业局
2024年3月1日
"""

GOLD = """\
---
title: 关于开展春季植树活动的通知
subtitle: null
authors: []
source: 某县林业局
url: null
date: 2024-03-01
language: zh-CN
template: reprint
---

::: salutation
各乡镇：
:::

为做好今年春季植树工作，现将有关事项通知如下。

## 一、活动时间

3月12日至3月31日。

::: figure
▲ 群众在山坡上植树。张三摄
:::

::: signature
某县林业局

2024年3月1日
:::
"""


def _units():
    return label(SOURCE, read_blocks(GOLD, Path("gold.md")))


def test_each_line_gets_the_role_of_the_gold_block_holding_it():
    roles = {unit.raw.strip(): unit.role for unit in _units()}
    assert roles["关于开展春季植树活动的通知"] == "title"
    assert roles["各乡镇："] == "salutation"
    assert roles["为做好今年春季植树工作，"] == "paragraph"
    assert roles["一、活动时间"] == "h1"
    assert roles["▲ 群众在山坡上植树。张三摄"] == "caption"
    assert roles["某县林业局"] == "signature"
    # furniture the gold leaves out
    assert roles["分享到：微信 微博"] == DROP


def test_a_hard_line_break_inside_a_gold_paragraph_is_no_boundary():
    after = {unit.raw.strip(): unit.boundary_after for unit in _units()}
    assert after["为做好今年春季植树工作，"] is False
    assert after["现将有关事项通知如下。"] is True
    assert after["各乡镇："] is True
    assert after["某县林业局"] is True  # two paragraphs of the signature


def test_blank_lines_around_a_line_are_counted():
    units = {unit.raw.strip(): unit for unit in _units()}
    assert units["一、活动时间"].blank_before == 1
    assert units["3月12日至3月31日。"].blank_after == 1


def test_the_gold_decisions_assembled_back_score_every_boundary_and_role():
    units = _units()
    gold = read_blocks(GOLD, Path("gold.md"))
    blocks = assemble(units, [u.role for u in units], [u.boundary_after for u in units])
    score = compare(gold, blocks)
    assert score.boundary_precision == 1.0
    # the one edge a line-level decision cannot make: 来源 and 发布时间 share a line
    assert (score.boundaries_gold, score.boundaries_right) == (9, 8)
    assert score.role_errors == ["source→date: 某县林业局"]
    # joining every line into paragraphs loses the boundaries and the roles
    flat = assemble(units, ["paragraph"] * len(units), [False] * len(units))
    assert compare(gold, flat).boundary_recall < 0.2


def test_features_read_the_typesetters_cues():
    units = _units()
    rows, gaps = features(units, ".txt", rules=False)
    by_line = {u.raw.strip(): row for u, row in zip(units, rows, strict=True)}
    assert by_line["一、活动时间"]["m:cn-num"] is True
    assert by_line["各乡镇："]["end"] == "colon"
    assert by_line["▲ 群众在山坡上植树。张三摄"]["m:triangle"] is True
    assert by_line["▲ 群众在山坡上植树。张三摄"]["ends-photo"] is True
    assert by_line["2024年3月1日"]["date-only"] is True
    assert len(gaps) == len(units)
    assert "rule-role" not in rows[0]

"""Key-figure precision on the held-back part of the import corpus (issue 12: at least 0.9
of proposed rows right in label, value, unit and change). bench/figure_score.py scores;
this test runs it. The importer's rules are tuned on tests/corpus/tuning only."""

from __future__ import annotations

import pytest

from bench import figure_score

TARGET = 0.9


def test_matching_rule():
    class Row:
        def __init__(self, label, value, unit, change=None):
            self.label, self.value, self.unit, self.change = label, value, unit, change

    gold = {"label": "PM2.5平均浓度", "aliases": ["PM2.5浓度"], "value": "27",
            "unit": "μg/m³", "change": "同比下降18.2%"}
    assert figure_score.row_matches(Row("全市PM2.5平均浓度", "27", "μg/m3", "下降18.2%"), gold)
    assert figure_score.row_matches(Row("PM2.5浓度", "27.0", "μg/m³", "同比下降18.2%"), gold)
    assert not figure_score.row_matches(Row("PM2.5平均浓度", "27", "μg/m³", None), gold)
    assert not figure_score.row_matches(Row("PM2.5平均浓度", "27", "μg/m³", "上升18.2%"), gold)
    assert not figure_score.row_matches(Row("PM2.5平均浓度", "27", "%", "下降18.2%"), gold)
    assert not figure_score.row_matches(Row("平均浓度", "27", "μg/m³", "下降18.2%"), gold)


@pytest.mark.xfail(strict=True, reason=(
    "fresh held-back set (15 texts, gathered 2026-11-30): precision 0.816 (40 of 49 proposed "
    "rows; 0.683 before this round's rules); tuning 1.000 (147 of 147, 29 texts): the rules "
    "do not yet generalise to the held-back texts"))
def test_heldout_precision():
    result = figure_score.run(figure_score.CORPUS, splits=("heldout",))["heldout"]
    if not result["texts"]:
        pytest.skip("no gold figures in tests/corpus/heldout")
    precision = result["overall"]["precision"]
    assert precision is not None and precision >= TARGET, (
        f"heldout precision {precision:.3f} < {TARGET}: "
        + ", ".join(f"{s.name} {s.precision}" for s in result["texts"]))

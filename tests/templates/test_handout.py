"""The handout's key-figure cards: chosen by importance, not position (issue 12), and a
value never parted from its unit."""

from __future__ import annotations

import re

from conftest import SAMPLE
from pdfread import pages as read_pages

from briefing.formatting import format_number, format_unit
from briefing.loader import load_briefing

CARDS, ROWS = 6, 3  # briefing/templates/handout/document.html.j2


def shown(briefing):
    groups = sorted(briefing.figures, key=lambda g: -g.importance)[:CARDS]
    return [(group, group.cards(ROWS)) for group in groups]


def test_cards_put_what_the_article_leads_with_and_changes_first():
    briefing = load_briefing(SAMPLE)
    air = next(g for g in briefing.figures if g.id == "air")
    # PM2.5 (in the lead, with a change and a rank) first; then the lead's ranked figures.
    assert [row.label for row in air.cards(3)] == [
        "PM2.5平均浓度", "大气环境质量综合指数", "优良天数比例"]
    assert [g.id for g, _ in shown(briefing)][:2] == ["air", "water"]
    assert "party" not in [g.id for g, _ in shown(briefing)]  # no figure it leads with


def page_one_chars(pdf):
    return [c for c in read_pages(pdf)[0].chars if c["text"].strip()]  # (the run's parse)


def test_sample_handout_shows_the_headline_figure(sample_template_pdf):
    pdf = sample_template_pdf("handout")
    text = re.sub(r"\s+", "", "".join(c["text"] for c in page_one_chars(pdf)))
    cards = text[text.index("关键数据"):text.index("要点")]
    assert "PM2.5平均浓度27μg/m³" in cards
    assert "研讨" not in cards  # 「研讨 18 次」: the position-chosen card of before


def test_a_value_and_its_unit_share_a_line(sample_template_pdf):
    chars = page_one_chars(sample_template_pdf("handout"))
    text = "".join(c["text"] for c in chars)
    briefing = load_briefing(SAMPLE)
    checked = 0
    for _, rows in shown(briefing):
        for row in rows:
            figure = format_number(row.value, "zh_Hans_CN", "official") + format_unit(row.unit)
            at = text.find(row.label)
            at = text.find(figure, at)
            assert at >= 0, figure
            first, *rest = chars[at:at + len(figure)]
            # value (11 pt) and unit (9 pt) overlap vertically: the same line
            assert all(c["top"] < first["bottom"] and c["bottom"] > first["top"]
                       for c in rest), f"{row.label}: {figure} breaks across lines"
            checked += 1
    assert checked >= 12


def test_cards_stand_in_three_columns_filled_down_in_order(sample_template_pdf):
    """The cards are a grid of three stacks (not CSS columns, whose balancing WeasyPrint
    lays out once per trial height): the first third of the groups by importance down
    the first column, and so on; the columns equally wide, 5 mm apart, tops level."""
    pdf = sample_template_pdf("handout")
    chars = page_one_chars(pdf)
    text = "".join(c["text"] for c in chars)
    start = text.index("关键数据")
    groups = [group for group, _ in shown(load_briefing(SAMPLE))]
    assert len(groups) == CARDS
    at = {}
    for group in groups:
        i = text.index(group.title, start)
        at[group.id] = chars[i]
    stacks = [groups[0:2], groups[2:4], groups[4:6]]  # Jinja's slice(3) of six
    lefts = []
    for stack in stacks:
        xs = {round(at[g.id]["x0"], 1) for g in stack}
        assert len(xs) == 1, f"a column's cards start at one x: {xs}"
        tops = [at[g.id]["top"] for g in stack]
        assert tops == sorted(tops) and tops[0] < tops[1] - 20, "cards go down a column"
        lefts.append(xs.pop())
    assert lefts[0] < lefts[1] < lefts[2]
    step = lefts[1] - lefts[0]
    assert abs((lefts[2] - lefts[1]) - step) < 0.5, "three equal columns"
    heading = chars[start]
    # the text block: from the headings' left to the justified body lines' right edge
    block = max(c["x1"] for c in chars) - heading["x0"]
    gap = 5 * 72 / 25.4
    assert abs(step - (block + gap) / 3) < 1.5, (step, block)
    assert 0 < lefts[0] - heading["x0"] < 9  # the card's 2 pt rule and 2 mm padding
    firsts = [at[stack[0].id]["top"] for stack in stacks]
    assert max(firsts) - min(firsts) < 0.5, "the three columns' first cards level"


def test_the_cards_are_laid_out_once_not_balanced_in_columns(tmp_path, monkeypatch):
    """WeasyPrint 70 balances CSS columns by laying their content out once per trial
    height (layout/column.py: 10 of 14 s of a one-page handout with two cards); the cards
    are a grid, laid out once. The grid must be what lays them out (so this build did lay
    out), and no multi-column box anywhere in the handout."""
    import weasyprint.layout.block as block

    from briefing.build import build

    calls = {"grid": 0, "columns": 0}
    grid, columns = block.grid_layout, block.columns_layout

    def counting_grid(*args, **kwargs):
        calls["grid"] += 1
        return grid(*args, **kwargs)

    def counting_columns(*args, **kwargs):
        calls["columns"] += 1
        return columns(*args, **kwargs)

    monkeypatch.setattr(block, "grid_layout", counting_grid)
    monkeypatch.setattr(block, "columns_layout", counting_columns)
    build(SAMPLE, tmp_path / "handout.pdf", template="handout", force=True)
    assert calls["grid"] >= 1
    assert calls["columns"] == 0

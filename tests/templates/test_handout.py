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

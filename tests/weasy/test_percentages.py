"""A box's used lengths are worked out once per computed style and containing block
(briefing/weasy/percentages.py, the resolved-once patch): the same attributes and
values as WeasyPrint's resolve_percentages sets, WeasyPrint's own run once for a style
met again on the same containing block, and the same PDF bytes with the patch and
without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import weasy
from briefing.export import write_pdf
from briefing.weasy import percentages, seam
from briefing.weasy.table import PATCHES

pytestmark = pytest.mark.pdf

PATCH = next(patch for patch in PATCHES if patch.name == percentages.NAME)
# Percentages, calc(), box-sizing, min/max and a table with collapsed borders: every
# branch of WeasyPrint's resolve_percentages, on text that spans lines and pages.
TEXT = "全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，PM2.5浓度下降。"
HTML = ('<html lang="zh-CN"><head><style>@page { size: A6; margin: 10mm 8% } '
        "body { font-size: 10pt; line-height: 1.6 } "
        "p { margin: 2% 3% 1em calc(5% + 2pt); padding: 1% 2pt; text-align: justify } "
        "span.b { padding: 0 2%; margin: 0 1%; border: 1pt solid } "
        "div.box { box-sizing: border-box; width: 80%; min-height: 10%; max-width: 90%; "
        "padding: 3%; border: 2pt solid } "
        "table { border-collapse: collapse; width: 70% } td { border: 1pt solid; "
        "padding: 2% } </style></head><body>"
        + f"<p>{TEXT * 4}<span class=b>{TEXT * 2}</span>{TEXT * 4}</p>" * 4
        + f'<div class="box">{TEXT * 2}</div>'
        + "<table>" + f"<tr><td>{TEXT}</td><td>12.5</td></tr>" * 4 + "</table>"
        + "</body></html>")


@pytest.fixture(autouse=True)
def loaded():
    weasy.load()


def render(target: Path) -> bytes:
    write_pdf(HTML, target, base_url=target.parent, allowed_roots=[target.parent],
              place_figures=False)
    return target.read_bytes()


@pytest.fixture
def weasyprints_runs(monkeypatch) -> list[int]:
    """How many times WeasyPrint's own resolve_percentages ran (a one-item list)."""
    runs = [0]
    real = seam.original(percentages.NAME)

    def counted(box, containing_block):
        runs[0] += 1
        real(box, containing_block)

    monkeypatch.setitem(seam._originals, percentages.NAME, counted)
    return runs


def a_text_box(html: str):
    import weasyprint
    from weasyprint.formatting_structure import boxes

    document = weasyprint.HTML(string=html).render()
    return next(box for box in document.pages[0]._page_box.descendants()
                if isinstance(box, boxes.TextBox))


def test_it_sets_every_attribute_weasyprints_sets_to_the_same_values(weasyprints_runs):
    box = a_text_box('<p style="margin: 5%; padding: 2% 1pt; width: 50%; '
                     'box-sizing: border-box">文字</p>')
    real = PATCH.weasyprints()
    fresh = box.copy()
    for name in percentages.USED:
        vars(fresh).pop(name, None)
    before = set(vars(fresh))
    real(fresh, (300.0, 400.0))
    assert set(vars(fresh)) - before == set(percentages.USED)
    mine = box.copy()
    for containing_block in ((300.0, 400.0), (300.0, 400.0), (120.0, "auto")):
        percentages.resolve_percentages(mine, containing_block)
        real(fresh, containing_block)
        assert {name: getattr(mine, name) for name in percentages.USED} == \
            {name: getattr(fresh, name) for name in percentages.USED}


def test_weasyprints_runs_once_per_style_and_containing_block(weasyprints_runs):
    box = a_text_box('<p style="margin: 5%; padding: 2%">文字</p>')
    style = box.style
    weasyprints_runs[0] = 0  # those of laying the page out
    for _ in range(3):
        percentages.resolve_percentages(box.copy(), (300.0, 400.0))
    assert weasyprints_runs[0] == 1
    percentages.resolve_percentages(box.copy(), (200.0, 400.0))  # another block
    assert weasyprints_runs[0] == 2
    copied = box.copy()
    copied.style = style.copy()  # a copy to be changed starts with nothing kept
    percentages.resolve_percentages(copied, (300.0, 400.0))
    assert weasyprints_runs[0] == 3


def test_a_layout_resolves_most_boxes_from_what_it_kept(tmp_path, weasyprints_runs):
    calls = [0]
    mine = percentages.resolve_percentages

    def counting(box, containing_block):
        calls[0] += 1
        mine(box, containing_block)

    places = [seam.resolve(place) for place in (PATCH.target, *PATCH.also)]
    held = [getattr(owner, name) for owner, name in places]
    try:
        for owner, name in places:
            setattr(owner, name, counting)
        render(tmp_path / "counted.pdf")
    finally:
        for (owner, name), value in zip(places, held, strict=True):
            setattr(owner, name, value)
    # The lines and pages of a paragraph meet its boxes again.
    assert calls[0] > 2 * weasyprints_runs[0]


def test_the_pdf_is_the_same_bytes_without_the_patch(tmp_path):
    assert PATCH.installed
    with_patch = render(tmp_path / "on.pdf")
    seam.uninstall([PATCH])
    try:
        without = render(tmp_path / "off.pdf")
    finally:
        seam.install([PATCH])
    assert with_patch == without

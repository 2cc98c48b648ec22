"""SVG images drawn once per content and replayed (briefing/weasy/drawings.py): the
PDF is the same bytes as WeasyPrint's own drawing, the first time and when replayed."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import weasy
from briefing.export import write_pdf
from briefing.weasy import drawings

# A chart as briefing/charts.py makes them: a clip path, shapes, a polygon, text in the
# caption font (CJK, so that glyph widths and texts reach the document's fonts).
CHART = """<svg width="300pt" height="90pt" viewBox="0 0 300 90"
 xmlns="http://www.w3.org/2000/svg">
 <clipPath id="clip"><rect x="0" y="0" width="300" height="90"/></clipPath>
 <g transform="scale(1,-1) translate(0,-90)" style="clip-path: url(#clip)">
  <rect x="40" y="10" width="{width}" height="20" style="fill: #7a1a1a"/>
  <path d="M 40,5 L 40,85 Z" style="stroke: rgb(30%,30%,30%); stroke-width: 0.4;"/>
  <polygon points="200 40, 210 50, 220 45, 230 60, 240 40" style="fill: #d99a8f"/>
  <g transform="translate(5,15) scale(1,-1)">
   <text x="0" y="0" style="font-family: 'Noto Sans CJK SC'; font-size: 9px">{label}</text>
  </g>
 </g>
</svg>"""

PAGE = """<html lang="zh-CN"><head><style>
@page {{ size: A5; margin: 15mm }} body {{ font: 11pt 'Noto Serif CJK SC' }}
</style></head><body><p>{text}</p>{charts}<p>图表之后的段落。</p></body></html>"""

GRADIENT = """<svg width="100pt" height="40pt" xmlns="http://www.w3.org/2000/svg">
 <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/>
 <stop offset="1" stop-color="#000"/></linearGradient></defs>
 <rect width="100" height="40" fill="url(#g)"/></svg>"""


def document(text: str = "正文一段。", charts: tuple[str, ...] = ()) -> str:
    return PAGE.format(text=text, charts="".join(charts))


def chart(label: str = "行政处罚违法企业", width: int = 120) -> str:
    return CHART.format(label=label, width=width)


def render(tmp_path: Path, html: str, name: str, font_key: str = "drawings-test") -> bytes:
    target = tmp_path / f"{name}.pdf"
    write_pdf(html, target, base_url=tmp_path, allowed_roots=[tmp_path],
              pdf_identifier=b"0123456789abcdef", created="2021-01-01T00:00:00Z",
              font_key=font_key, place_figures=False)
    return target.read_bytes()


@pytest.fixture
def svg_draws(monkeypatch):
    """How many times WeasyPrint itself walked an SVG tree to draw it."""
    weasy.load()
    from weasyprint import svg

    real = svg.SVG.draw
    count = {"draws": 0}

    def counted(self, stream, concrete_width, concrete_height, base_url, context):
        count["draws"] += 1
        return real(self, stream, concrete_width, concrete_height, base_url, context)

    monkeypatch.setattr(svg.SVG, "draw", counted)
    drawings.forget()
    return count


def weasyprints_own(tmp_path: Path, html: str, name: str) -> bytes:
    weasy.uninstall("drawings")
    try:
        return render(tmp_path, html, name)
    finally:
        weasy.install("drawings")


def test_a_chart_is_the_same_bytes_drawn_replayed_and_by_weasyprint(tmp_path, svg_draws):
    html = document(charts=(chart(), chart("查封扣押", 60)))
    own = weasyprints_own(tmp_path, html, "own")
    svg_draws["draws"] = 0
    first = render(tmp_path, html, "first")
    assert svg_draws["draws"] == 2  # each drawn once, into the scratch stream
    assert len(drawings._replays) == 2
    second = render(tmp_path, html, "second")
    assert svg_draws["draws"] == 2  # both replayed: WeasyPrint drew nothing
    assert first == own
    assert second == own


def test_a_moved_chart_is_drawn_again_where_it_now_stands(tmp_path, svg_draws):
    # The same chart lower on the page (a longer paragraph above it): its operators
    # depend on where it stands, so it is drawn again — the bytes are WeasyPrint's.
    render(tmp_path, document(charts=(chart(),)), "before")
    svg_draws["draws"] = 0
    moved = document("正文一段，" * 60, charts=(chart(),))
    replayed = render(tmp_path, moved, "moved")
    assert svg_draws["draws"] == 1
    assert replayed == weasyprints_own(tmp_path, moved, "moved-own")


def test_the_same_chart_twice_in_a_document_and_an_edited_chart(tmp_path, svg_draws):
    html = document(charts=(chart(), chart(), chart("处罚企业", 200)))
    assert render(tmp_path, html, "three") == weasyprints_own(tmp_path, html, "three-own")


def test_a_drawing_that_adds_page_resources_is_drawn_by_weasyprint(tmp_path, svg_draws):
    # A gradient is a pattern/shading resource of the page: not replayed, not kept.
    html = document(charts=(GRADIENT, chart()))
    own = weasyprints_own(tmp_path, html, "gradient-own")
    assert render(tmp_path, html, "gradient") == own
    assert len(drawings._replays) == 1  # the chart only
    assert render(tmp_path, html, "gradient-again") == own


def test_another_font_configuration_draws_again(tmp_path, svg_draws):
    html = document(charts=(chart(),))
    render(tmp_path, html, "one", font_key="drawings-a")
    svg_draws["draws"] = 0
    render(tmp_path, html, "two", font_key="drawings-b")
    assert svg_draws["draws"] == 1


def test_kept_pages_are_recorded_with_the_drawings_concern_off(tmp_path):
    # The kept drawing of a page (pagedraw.py) references each font's Pango font itself:
    # it must not lean on this concern's add_font patch, which weasyprints_own takes off
    # (a process keeping pages then failed: 'Font' object has no attribute …).
    from briefing.weasy import incremental, pagedraw

    html = document(charts=(chart(),))
    weasy.load()  # (every concern installed, so that taking this one off is real)
    incremental.keep_pages()
    weasy.uninstall("drawings")
    try:
        first = render(tmp_path, html, "first")
        assert "recorded" in pagedraw.last, pagedraw.last
        assert render(tmp_path, html, "again") == first
    finally:
        weasy.install("drawings")
        incremental.keep_pages(False)

"""The placement pass's layouts start from the layout before them
(briefing/weasy/incremental.py, `one_build`): a moved key-figure group or a marked
blank page lays out again only the pages it touches, and the PDF is byte-identical to
laying the whole document out again (BRIEFING_INCREMENTAL=0). Each test builds both
ways, compares the bytes and counts the pages WeasyPrint laid out."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import weasy
from briefing.build import build
from briefing.export import write_pdf
from briefing.weasy import incremental, placement
from tests.conftest import write_briefing

TEXT = "文字" * 60
ROWS = "".join(f"<tr><td>{n}</td></tr>" for n in range(14))


def document(before: int, after: int, later: int = 0, page_css: str = "") -> str:
    """A6 pages: `before` paragraphs, the citing one, a 14-row table that does not fit
    below it (the page is left short: the pass moves it past the text after it),
    `after` paragraphs; then, when `later`, a section of `later` paragraphs that starts
    on a new page."""
    body = "".join(f'<p id="a{n}">{TEXT}</p>' for n in range(before))
    body += (f'<p id="cite">{TEXT}</p><!--placement:g--><table id="figures-g">{ROWS}'
             "</table><!--/placement-->")
    body += "".join(f'<p id="b{n}">{TEXT}</p>' for n in range(after))
    more = "".join(f'<p id="c{n}">{TEXT}</p>' for n in range(later))
    section = f'<section style="break-before: page">{more}</section>' if later else ""
    return ("<html><head><style>@page { size: A6; margin: 10mm } body { font-size: 10pt; "
            "line-height: 14pt } table { break-inside: avoid } td { height: 12pt }"
            f"{page_css}</style></head><body><section>{body}</section>{section}</body></html>")


@pytest.fixture
def laid_out(monkeypatch):
    """The index of every page WeasyPrint lays out, in order (all layouts of a build)."""
    weasy.load()
    from weasyprint.layout import page

    indices: list[int] = []
    original = page.remake_page

    def remake_page(index, *args, **kwargs):
        indices.append(index)
        return original(index, *args, **kwargs)

    monkeypatch.setattr(page, "remake_page", remake_page)
    return indices


def both_ways(monkeypatch, laid_out, make) -> dict[str, tuple[bytes, int, object]]:
    """make(path) built without reuse ("0") and with it ("1"): (PDF bytes, pages laid
    out, make's result) each."""
    results = {}
    for switch in ("0", "1"):
        monkeypatch.setenv("BRIEFING_INCREMENTAL", switch)
        laid_out.clear()
        path, result = make(switch)
        results[switch] = (path.read_bytes(), len(laid_out), result)
    return results


def exported(tmp_path: Path, html: str):
    moved = []
    real_plan = placement.plan

    def make(switch: str):
        out = tmp_path / f"{switch}.pdf"
        return out, write_pdf(html, out, base_url=tmp_path, allowed_roots=[tmp_path])

    def plan(*args):
        result = real_plan(*args)
        moved.append(result is not None)
        return result

    return make, plan, moved


def test_a_group_moved_near_the_end_keeps_the_pages_before_it(tmp_path, monkeypatch,
                                                               laid_out):
    make, plan, moved = exported(tmp_path, document(12, 4))
    monkeypatch.setattr(placement, "plan", plan)
    results = both_ways(monkeypatch, laid_out, make)
    assert moved[0]  # the group moved: a second layout
    assert results["1"][0] == results["0"][0]
    pages = results["1"][2].pages
    # Without reuse: every page twice. With it: the first layout, then the page before
    # the short one onwards — the pages before it were handed on.
    assert results["0"][1] == 2 * pages
    assert incremental.last_first_page >= pages // 2
    assert incremental.last_kept == incremental.last_first_page
    assert results["1"][1] == 2 * pages - incremental.last_first_page


def test_pages_after_a_forced_break_are_handed_on_where_they_now_fall(tmp_path, monkeypatch,
                                                                     laid_out):
    # The move fills the short page: the first section ends a page earlier, and the
    # second section's pages, which start on a page of their own, are handed on one
    # page earlier (renumbered) instead of laid out again.
    make, plan, moved = exported(tmp_path, document(11, 3, later=30))
    monkeypatch.setattr(placement, "plan", plan)
    results = both_ways(monkeypatch, laid_out, make)
    assert moved[0]
    assert results["1"][0] == results["0"][0]
    assert incremental.last_shift == -1
    pages = results["1"][2].pages
    assert results["0"][1] == 2 * pages + 1  # the first layout had one page more
    assert results["1"][1] < pages + 6


def test_a_page_styled_by_its_side_is_laid_out_again_on_the_other_side(tmp_path,
                                                                       monkeypatch, laid_out):
    # Left pages have another margin: a page cannot change sides as it is.
    make, plan, moved = exported(
        tmp_path, document(11, 3, later=30, page_css="@page :left { margin-left: 14mm }"))
    monkeypatch.setattr(placement, "plan", plan)
    results = both_ways(monkeypatch, laid_out, make)
    assert moved[0]
    assert results["1"][0] == results["0"][0]
    assert incremental.last_shift == 0
    assert incremental.last_kept > 0  # (the pages before the move still are)


def test_the_blank_page_mark_keeps_the_pages_before_it(tmp_path, monkeypatch, laid_out):
    # jianbao: the text fills page 4, the 版记's spacer alone on page 5 — marked, and the
    # document laid out again (GB/T 9704 7.5: no page numbers from the blank page on).
    paragraph = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，"
                 "推动生态环境质量持续改善，为高质量发展提供有力支撑。")
    front = ("---\ntitle: 测试简报标题\ndate: 2021-03-19\ntemplate: jianbao\njianbao:\n"
             "  name: 生态环境工作简报\n  issue: 12\n  unit: 某某市生态环境局\n"
             "  distribution:\n    报: [省生态环境厅]\n    发: [各区分局]\n  copies: 80\n---\n")
    folder = write_briefing(tmp_path / "brief", "\n\n".join([paragraph] * 25) + "\n",
                            front=front)
    marked = []
    real_mark = placement.mark_blank_page

    def mark(*args):
        result = real_mark(*args)
        marked.append(result is not None)
        return result

    monkeypatch.setattr(placement, "mark_blank_page", mark)

    def make(switch: str):
        out = tmp_path / f"{switch}.pdf"
        return out, build(folder, out, force=True)

    results = both_ways(monkeypatch, laid_out, make)
    assert marked == [True, True]
    assert results["1"][0] == results["0"][0]
    assert results["1"][2].pages == 6
    # The spacer is on page 5: the second layout hands pages 1–3 on and lays out the
    # rest (pages 5 and 6 more than once: WeasyPrint's passes for page-based values).
    assert incremental.last_kept == 3
    assert results["1"][1] == results["0"][1] - 3

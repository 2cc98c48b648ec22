"""The placement pass's layout after a move starts from the layout before it
(briefing/weasy/incremental.py, `one_build`), and the PDF is the same bytes as laying
the whole document out again (BRIEFING_INCREMENTAL=0): a group moved near the start,
one moved in the middle of a long document, and a group that does not move (one layout,
nothing to reuse). test_placement_reuse.py has a move near the end, renumbered pages
after a forced break and the jianbao's blank-page mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import weasy
from briefing.export import write_pdf
from briefing.weasy import incremental, placement

TEXT = "文字" * 60
ROWS = "".join(f"<tr><td>{n}</td></tr>" for n in range(14))


def document(before: int, after: int) -> str:
    """A6 pages: `before` paragraphs of about six lines, the citing paragraph, a 14-row
    table kept whole, `after` paragraphs."""
    body = "".join(f'<p id="a{n}">{TEXT}</p>' for n in range(before))
    body += (f'<p id="cite">{TEXT}</p><!--placement:g--><table id="figures-g">{ROWS}'
             "</table><!--/placement-->")
    body += "".join(f'<p id="b{n}">{TEXT}</p>' for n in range(after))
    return ("<html><head><style>@page { size: A6; margin: 10mm } body { font-size: 10pt; "
            "line-height: 14pt } table { break-inside: avoid } td { height: 12pt }"
            f"</style></head><body><section>{body}</section></body></html>")


@pytest.fixture
def laid_out(monkeypatch):
    """The index of every page WeasyPrint lays out, in order (all layouts of a build)."""
    weasy.load()
    from weasyprint.layout import page

    indices: list[int] = []
    real = page.remake_page

    def remake_page(index, *args, **kwargs):
        indices.append(index)
        return real(index, *args, **kwargs)

    monkeypatch.setattr(page, "remake_page", remake_page)
    return indices


def built_both_ways(tmp_path: Path, monkeypatch, laid_out, html: str) -> dict:
    """The document exported without reuse ("0") and with it ("1"): each one's PDF
    bytes, the pages WeasyPrint laid out, the page count, whether the pass moved the
    group, and the page the last layout started from."""
    moved: list[bool] = []
    real_plan = placement.plan

    def plan(*args):
        result = real_plan(*args)
        moved.append(result is not None)
        return result

    monkeypatch.setattr(placement, "plan", plan)
    results = {}
    for switch in ("0", "1"):
        monkeypatch.setenv("BRIEFING_INCREMENTAL", switch)
        laid_out.clear()
        moved.clear()
        out = tmp_path / f"{switch}.pdf"
        result = write_pdf(html, out, base_url=tmp_path, allowed_roots=[tmp_path])
        results[switch] = {"pdf": out.read_bytes(), "laid_out": list(laid_out),
                           "pages": result.pages, "moved": list(moved),
                           "first": incremental.last_first_page}
    return results


def second_layout(laid_out: list[int]) -> list[int]:
    """The pages the second layout laid out (each layout lays its pages out in order)."""
    restart = next(number for number in range(1, len(laid_out))
                   if laid_out[number] <= laid_out[number - 1])
    return laid_out[restart:]


def groups_page(pdf: bytes, tmp_path: Path) -> tuple[int, int]:
    """The page (from 0) holding the table's first cell (「0」 alone on a line), and the
    number of pages."""
    import pdfplumber

    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    with pdfplumber.open(path) as opened:
        for number, page in enumerate(opened.pages):
            if any(line["text"].strip() == "0" for line in page.extract_text_lines()):
                return number, len(opened.pages)
    raise AssertionError("the table's first row is nowhere")


def test_a_group_moved_near_the_start(tmp_path, monkeypatch, laid_out):
    # The citing paragraph on page 2, left short (39 % filled): the table moves to page 3.
    results = built_both_ways(tmp_path, monkeypatch, laid_out, document(4, 20))
    again, reused = results["0"], results["1"]
    assert again["moved"][0] and reused["moved"][0]
    assert reused["pdf"] == again["pdf"]
    # The table moved past the text that filled page 2.
    page, pages = groups_page(reused["pdf"], tmp_path)
    assert page == 2 and pages == reused["pages"]
    # Without reuse each layout lays every page out; with it, the second layout hands
    # the first page on (the moved boxes begin on page 2) and starts at page 2.
    assert second_layout(again["laid_out"]) == list(range(pages))
    assert reused["first"] == 1
    assert second_layout(reused["laid_out"]) == list(range(1, pages))


def test_a_group_moved_in_the_middle(tmp_path, monkeypatch, laid_out):
    results = built_both_ways(tmp_path, monkeypatch, laid_out, document(22, 24))
    again, reused = results["0"], results["1"]
    assert again["moved"][0] and reused["moved"][0]
    assert reused["pdf"] == again["pdf"]
    pages = reused["pages"]
    page, _ = groups_page(reused["pdf"], tmp_path)
    assert pages // 3 < page < 2 * pages // 3
    # Without reuse each layout lays every page out; with it, the second layout starts at
    # the page before the short one, the pages before it handed on.
    assert second_layout(again["laid_out"]) == list(range(pages))
    assert reused["first"] >= page - 2
    assert second_layout(reused["laid_out"]) == list(range(reused["first"], pages))


def test_a_group_that_does_not_move_is_laid_out_once(tmp_path, monkeypatch, laid_out):
    # The citing paragraph first: the table fits below it, no page is short.
    results = built_both_ways(tmp_path, monkeypatch, laid_out, document(0, 20))
    again, reused = results["0"], results["1"]
    assert again["moved"] == reused["moved"] == [False]
    assert reused["pdf"] == again["pdf"]
    assert reused["laid_out"] == again["laid_out"] == list(range(reused["pages"]))

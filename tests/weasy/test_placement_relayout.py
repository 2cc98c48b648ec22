"""Key-figure groups are placed as the pages are laid out (briefing/weasy/placement.py,
`Placer`): a move takes WeasyPrint's page loop up again from the short page, in the one
layout of the document — and the PDF is the same bytes as laying out, without placement,
the HTML with the moves made in it (`apply_moves`): a group moved near the start, one in
the middle of a long document, one before its citing paragraph, and a group that does
not move. test_placement_reuse.py has rebuilds after a move and the blank-page mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import weasy
from briefing.export import write_pdf
from briefing.weasy import placement

TEXT = "文字" * 60
# (the body in a face named, not the system's default serif — fonts-noto-core makes it
# Noto Serif — so the pages break where these tests expect, whatever is installed)
STYLE = ("@page { size: A6; margin: 10mm } body { font-size: 10pt; line-height: 14pt; "
         "font-family: 'DejaVu Serif' } "
         "table { break-inside: avoid } td { height: 12pt } h2 { margin: 0; height: 28pt }")


def document(before: int, after: int, heading: bool = False, rows: int = 14) -> str:
    """A6 pages: `before` paragraphs of about six lines, the citing paragraph, a table of
    `rows` rows kept whole, then (`heading`) a new section, and `after` paragraphs."""
    cells = "".join(f"<tr><td>{n}</td></tr>" for n in range(rows))
    body = "".join(f'<p id="a{n}">{TEXT}</p>' for n in range(before))
    body += (f'<p id="cite">{TEXT}</p><!--placement:g--><table id="figures-g">{cells}'
             "</table><!--/placement-->")
    if heading:
        body += "</section><section><h2>下一节</h2>"
    body += "".join(f'<p id="b{n}">{TEXT}</p>' for n in range(after))
    return (f"<html><head><style>{STYLE}</style></head><body><section>{body}</section>"
            "</body></html>")


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


def placed_and_plain(tmp_path: Path, monkeypatch, laid_out, html: str) -> dict:
    """The document exported with its groups placed, and the HTML with the moves made in
    it exported without placement: each one's PDF bytes and the pages laid out; the
    moves."""
    found: list = []
    real_place = placement.place

    def place(*args):
        document, moved = real_place(*args)
        found.append((list(args[3]), moved))
        return document, moved

    monkeypatch.setattr(placement, "place", place)
    laid_out.clear()
    result = write_pdf(html, tmp_path / "placed.pdf", base_url=tmp_path,
                       allowed_roots=[tmp_path])
    placed = list(laid_out)
    (moves, moved), = found
    laid_out.clear()
    write_pdf(moved, tmp_path / "plain.pdf", base_url=tmp_path, allowed_roots=[tmp_path],
              place_figures=False)
    return {"placed": (tmp_path / "placed.pdf").read_bytes(), "laid_out": placed,
            "plain": (tmp_path / "plain.pdf").read_bytes(), "plain_laid_out": list(laid_out),
            "moves": moves, "moved": moved, "pages": result.pages}


def groups_page(pdf: bytes, tmp_path: Path) -> int:
    """The page (from 0) holding the table's first cell (「0」 alone on a line)."""
    import pdfplumber

    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    with pdfplumber.open(path) as opened:
        for number, page in enumerate(opened.pages):
            if any(line["text"].strip() == "0" for line in page.extract_text_lines()):
                return number
    raise AssertionError("the table's first row is nowhere")


def test_a_group_moved_near_the_start(tmp_path, monkeypatch, laid_out):
    # The citing paragraph on page 2, left short: the table moves past the text after it.
    result = placed_and_plain(tmp_path, monkeypatch, laid_out, document(4, 20))
    move, = result["moves"]
    assert (move.page, move.ids, move.where) == (1, ("figures-g",), "after")
    assert result["placed"] == result["plain"]
    assert groups_page(result["placed"], tmp_path) == 2
    moved = result["moved"]
    assert moved.index('id="cite"') < moved.index(f'id="{move.anchor}"') < \
        moved.index("figures-g")
    # One layout: pages 1–3 laid out (page 2 short before the table, 3 and 4 read), then
    # the loop taken up again from page 2; the plain layout lays each page out once.
    pages = result["pages"]
    assert result["plain_laid_out"] == list(range(pages))
    assert result["laid_out"] == [0, 1, 2, 3, *range(1, pages)]


def test_a_group_moved_in_the_middle(tmp_path, monkeypatch, laid_out):
    result = placed_and_plain(tmp_path, monkeypatch, laid_out, document(22, 24))
    move, = result["moves"]
    assert result["placed"] == result["plain"]
    pages = result["pages"]
    assert pages // 3 < move.page < 2 * pages // 3
    assert result["laid_out"] == [*range(move.page + 3), *range(move.page, pages)]


def test_a_group_ending_its_section_moves_before_its_paragraph(tmp_path, monkeypatch,
                                                               laid_out):
    # A heading follows the table: no text to move it past; it goes before its citing
    # paragraph, on the short page (page 1: 58 % filled), the paragraph below it.
    html = document(1, 10, heading=True, rows=11)
    result = placed_and_plain(tmp_path, monkeypatch, laid_out, html)
    move, = result["moves"]
    assert (move.anchor, move.where) == ("cite", "before")
    assert result["placed"] == result["plain"]
    moved = result["moved"]
    assert moved.index('id="a0"') < moved.index("figures-g") < moved.index('id="cite"')
    assert move.page == groups_page(result["placed"], tmp_path) == 0


def test_a_group_that_does_not_move_is_laid_out_once(tmp_path, monkeypatch, laid_out):
    # The citing paragraph first: the table fits below it, no page is short.
    result = placed_and_plain(tmp_path, monkeypatch, laid_out, document(0, 20))
    assert result["moves"] == []
    assert result["placed"] == result["plain"]
    assert result["laid_out"] == result["plain_laid_out"] == list(range(result["pages"]))

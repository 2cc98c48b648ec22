"""Layouts after a layout of the same document start from its pages
(briefing/weasy/incremental.py) when key-figure groups are placed as the pages are laid
out (briefing/weasy/placement.py): a rebuild in a process that keeps pages, after an
edit before or after a moved group, writes the same bytes as a cold build and keeps the
pages before the edit (and, after a move, none from the move's page on: its boxes were
reordered); pages after a forced break are handed on renumbered when an edit shortens
the text before them, unless the page is styled by its side; the jianbao's blank-page
mark lays out again only from the page before the spacer — or, when a group moved, from
the page before the move's. Each test builds both ways,
compares the bytes and counts the pages WeasyPrint laid out."""

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


def document(before: int, after: int, later: int = 0, page_css: str = "",
             group: bool = True, short: tuple[str, ...] = (),
             edited: tuple[str, ...] = ()) -> str:
    """A6 pages: `before` paragraphs, the citing one and (`group`) a 14-row table that
    does not fit below it (the page is left short: the table moves past the text after
    it), `after` paragraphs; then, when `later`, a section of `later` paragraphs that
    starts on a new page. The paragraphs named in `short` hold a line instead, those in
    `edited` a character changed."""
    def paragraph(name: str) -> str:
        text = "文字" if name in short else "文学" + TEXT[2:] if name in edited else TEXT
        return f'<p id="{name}">{text}</p>'

    body = "".join(paragraph(f"a{n}") for n in range(before)) + paragraph("cite")
    if group:
        body += f'<!--placement:g--><table id="figures-g">{ROWS}</table><!--/placement-->'
    body += "".join(paragraph(f"b{n}") for n in range(after))
    more = "".join(paragraph(f"c{n}") for n in range(later))
    section = f'<section style="break-before: page">{more}</section>' if later else ""
    # (set in a face named, not the system's default serif: the pages' breaks and the
    # group's move below are those of DejaVu Serif's widths, whatever else is installed —
    # fonts-noto-core makes Noto Serif fontconfig's default serif)
    return ("<html><head><style>@page { size: A6; margin: 10mm } body { font-size: 10pt; "
            "line-height: 14pt; font-family: 'DejaVu Serif' } table { break-inside: avoid } "
            "td { height: 12pt }"
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


def rebuilt(tmp_path: Path, monkeypatch, laid_out, first: str, edited: str) -> dict:
    """`first` exported in a process that keeps pages, then `edited` (the rebuild), then
    `edited` cold (BRIEFING_INCREMENTAL=0); the moves of each export."""
    moves: list[list] = []
    real_place = placement.place

    def place(*args):
        document, moved = real_place(*args)
        moves.append(list(args[3]))
        return document, moved

    monkeypatch.setattr(placement, "place", place)
    found = {}
    for name, html, switch in (("first", first, "1"), ("warm", edited, "1"),
                               ("cold", edited, "0")):
        monkeypatch.setenv("BRIEFING_INCREMENTAL", switch)
        laid_out.clear()
        out = tmp_path / f"{name}.pdf"
        result = write_pdf(html, out, base_url=tmp_path, allowed_roots=[tmp_path],
                           font_key="placement-reuse")
        found[name] = {"pdf": out.read_bytes(), "laid_out": list(laid_out),
                       "pages": result.pages, "moves": moves[-1],
                       "first": incremental.last_first_page, "kept": incremental.last_kept,
                       "shift": incremental.last_shift}
    return found


def test_a_rebuild_after_an_edit_before_a_moved_group(tmp_path, monkeypatch, laid_out,
                                                      keeping):
    # The table moves from page 7 (of 15); a character changes in a paragraph on page 3.
    found = rebuilt(tmp_path, monkeypatch, laid_out, document(22, 24),
                    document(22, 24, edited=("a12",)))
    first, warm, cold = found["first"], found["warm"], found["cold"]
    assert first["moves"] and warm["moves"] == cold["moves"] == first["moves"]
    assert warm["pdf"] == cold["pdf"]
    assert 0 < warm["first"] <= 2  # the pages before the edit's were kept
    assert len(warm["laid_out"]) < len(cold["laid_out"])
    # A paragraph before the move gets a line shorter: the table no longer has to move.
    found = rebuilt(tmp_path, monkeypatch, laid_out, document(22, 24),
                    document(22, 24, short=("a12",)))
    assert found["warm"]["moves"] == found["cold"]["moves"] == []
    assert found["warm"]["pdf"] == found["cold"]["pdf"]


def test_a_rebuild_after_an_edit_after_a_moved_group(tmp_path, monkeypatch, laid_out,
                                                     keeping):
    # The table moves from page 2; the edit is near the end: the pages before the move
    # are kept, those from the move's page on laid out again (its boxes were reordered:
    # their starts name other boxes now).
    found = rebuilt(tmp_path, monkeypatch, laid_out, document(4, 20),
                    document(4, 20, short=("b18",)))
    first, warm, cold = found["first"], found["warm"], found["cold"]
    move, = first["moves"]
    assert warm["moves"] == cold["moves"] == first["moves"]
    assert warm["pdf"] == cold["pdf"]
    assert warm["first"] == move.page - 1  # (the page before it: where it ends)
    assert warm["laid_out"][:1] == [move.page - 1]


def test_pages_after_a_forced_break_are_handed_on_where_they_now_fall(tmp_path, monkeypatch,
                                                                     laid_out, keeping):
    # An edit shortens the first section by a page: the second section's pages, which
    # start on a page of their own, are handed on one page earlier (renumbered) instead
    # of laid out again.
    shorter = tuple(f"b{n}" for n in range(5))
    found = rebuilt(tmp_path, monkeypatch, laid_out, document(11, 5, later=30, group=False),
                    document(11, 5, later=30, group=False, short=shorter))
    warm, cold = found["warm"], found["cold"]
    assert warm["pdf"] == cold["pdf"]
    assert found["first"]["pages"] == warm["pages"] + 1
    assert warm["shift"] == -1
    assert len(warm["laid_out"]) < 8


def test_a_page_styled_by_its_side_is_laid_out_again_on_the_other_side(tmp_path,
                                                                       monkeypatch, laid_out,
                                                                       keeping):
    # Left pages have another margin: a page cannot change sides as it is.
    css = "@page :left { margin-left: 14mm }"
    shorter = tuple(f"b{n}" for n in range(5))
    found = rebuilt(tmp_path, monkeypatch, laid_out,
                    document(11, 5, later=30, page_css=css, group=False),
                    document(11, 5, later=30, page_css=css, group=False, short=shorter))
    warm, cold = found["warm"], found["cold"]
    assert warm["pdf"] == cold["pdf"]
    assert warm["shift"] == 0
    assert warm["kept"] > 0  # (the pages before the edit still are)


def test_the_blank_page_mark_keeps_the_pages_before_it(tmp_path, monkeypatch, laid_out,
                                                      blank_marks):
    # jianbao: the text fills page 4, the 版记's spacer alone on page 5 — marked, and the
    # document laid out again (GB/T 9704 7.5: no page numbers from the blank page on).
    paragraph = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，"
                 "推动生态环境质量持续改善，为高质量发展提供有力支撑。")
    front = ("---\ntitle: 测试简报标题\ndate: 2021-03-19\ntemplate: jianbao\njianbao:\n"
             "  name: 生态环境工作简报\n  issue: 12\n  unit: 某某市生态环境局\n"
             "  distribution:\n    报: [省生态环境厅]\n    发: [各区分局]\n  copies: 80\n---\n")
    folder = write_briefing(tmp_path / "brief", "\n\n".join([paragraph] * 25) + "\n",
                            front=front)
    marked = blank_marks

    def make(switch: str):
        out = tmp_path / f"{switch}.pdf"
        return out, build(folder, out, force=True)

    results = both_ways(monkeypatch, laid_out, make)
    assert marked == [True, True]
    assert results["1"][0] == results["0"][0]
    assert results["1"][2].pages == 6
    # The spacer is on page 5: the second layout hands pages 1–3 on and lays out the
    # rest (pages 5 and 6 more than once: WeasyPrint's passes for page-based values —
    # fewer times than the first layout, its anchors starting from the first layout's
    # counters: incremental._prime_targets).
    assert incremental.last_kept == 3
    assert results["1"][1] <= results["0"][1] - 3


def test_the_blank_page_mark_after_a_move_lays_out_from_the_move(tmp_path, monkeypatch,
                                                                 laid_out):
    # A group moves on page 4; the closing block's spacer stands alone on the last page:
    # marked (the mark styles it, as the jianbao's), and the document laid out again —
    # from the page before the move's (its boxes were reordered in the first layout, and
    # where that page ends depends on the boxes after it), the move made again, the same
    # bytes as laying the second layout out in full.
    spacer = f'<div id="{placement.BLANK_SPACER}" style="break-before: page; height: 40pt"></div>'
    mark_css = f"#{placement.BLANK_SPACER}[{placement.BLANK_MARK}] {{ height: 30pt }}"
    html = document(12, 8, page_css=mark_css).replace("</body>", f"{spacer}</body>")
    marked, moves = [], []
    real_mark, real_place = placement.mark_blank_page, placement.place

    def mark(*args):
        result = real_mark(*args)
        marked.append(result is not None)
        return result

    def place(*args):
        found = real_place(*args)
        moves.append(list(args[3]))
        return found

    monkeypatch.setattr(placement, "mark_blank_page", mark)
    monkeypatch.setattr(placement, "place", place)

    def make(switch: str):
        out = tmp_path / f"{switch}.pdf"
        return out, write_pdf(html, out, base_url=tmp_path, allowed_roots=[tmp_path])

    results = both_ways(monkeypatch, laid_out, make)
    assert marked == [True, True]
    move, = moves[0]
    assert move.page == 3
    assert moves[1] == moves[0]  # (each build's last layout's: the same move)
    assert results["1"][0] == results["0"][0]
    assert incremental.last_first_page == move.page - 1
    assert incremental.last_kept == move.page - 1
    assert results["1"][1] == results["0"][1] - (move.page - 1)

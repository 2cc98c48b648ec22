"""Warm rebuilds of documents without a contents page (briefing/weasy/incremental.py,
`_take` and `_remember`): a build may lay one document out from two HTMLs under one
document key — a reprint of a few pages is laid out with its automatic contents, found
short, and laid out again without them (briefing/build.py, `short_document_first`); a
jianbao whose 版记's spacer stands alone on a page is laid out again with the spacer
marked (placement.py, `mark_blank_page`). The next build's first layout is compared
with the previous build's layout of the same HTML, not with the other one's (which
differs from the second box of the tree on: no page was ever handed on). Each rebuild
hands pages on where the edit leaves them (the counts incremental reports) and writes
the bytes of a cold build of the same text (BRIEFING_INCREMENTAL=0)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from briefing import build as build_module
from briefing import export, weasy
from briefing.build import SHORT_TEXT_CHARS, TOC_MIN_PAGES, build
from briefing.weasy import incremental, pagedraw
from tests.conftest import write_briefing

LAKE = "如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空，吕梁山下的村庄焕发出新的生机与活力。"
OFFICE = ("全市生态环境系统坚持以习近平生态文明思想为指导，深入打好污染防治攻坚战，"
          "推动生态环境质量持续改善，为高质量发展提供有力支撑。")
JIANBAO = ("---\ntitle: 测试简报标题\ndate: 2021-03-19\ntemplate: jianbao\njianbao:\n"
           "  name: 生态环境工作简报\n  issue: 12\n  unit: 某某市生态环境局\n"
           "  distribution:\n    报: [省生态环境厅]\n    发: [各区分局]\n  copies: 80\n---\n")


@pytest.fixture
def renders(monkeypatch):
    """For each layout (WeasyPrint render) since cleared: what incremental reported of
    it — (first page laid out again, pages flagged to lay out again (None: no earlier
    layout to start from), pages handed on)."""
    weasy.load()
    from weasyprint import HTML

    found: list[tuple] = []
    real = HTML.render

    def render(self, *args, **kwargs):
        document = real(self, *args, **kwargs)
        found.append((incremental.last_first_page, incremental.last_flagged,
                      incremental.last_kept))
        return document

    monkeypatch.setattr(HTML, "render", render)
    return found


def rebuilds(tmp_path: Path, monkeypatch, renders, folder: Path, texts: list[str]) -> list:
    """The briefing in `folder` built warm (in a process that keeps pages) from its
    article, then from each of `texts` in turn, each warm build compared with a cold
    build of the same text (BRIEFING_INCREMENTAL=0: every page laid out, nothing kept);
    for each warm build: (its pages, its layouts as `renders` reports them, how each
    page was drawn)."""
    article = folder / "article.md"
    found = []
    for number, text in enumerate([article.read_text("utf-8"), *texts]):
        article.write_text(text, "utf-8")
        renders.clear()
        warm = build(folder, tmp_path / "warm.pdf", force=True)
        found.append((warm.pages, list(renders), list(pagedraw.last)))
        with monkeypatch.context() as cold:
            cold.setenv("BRIEFING_INCREMENTAL", "0")
            made = build(folder, tmp_path / "cold.pdf", force=True)
        assert made.pages == warm.pages
        assert (tmp_path / "warm.pdf").read_bytes() == (tmp_path / "cold.pdf").read_bytes(), \
            (number, found[-1])
    return found


def edited(paragraphs: list[str]) -> list[str]:
    """Edits at the start, middle and end, one that adds a page, then the page removed
    again (each on the text before it, as a writer's saves are), as whole bodies."""
    middle = len(paragraphs) // 2
    bodies, current = [], list(paragraphs)
    for index, change in ((0, "又"), (middle, "又"), (-1, "又"), (middle, LAKE * 30)):
        current = list(current)
        current[index] += change
        bodies.append(current)
    bodies.append(bodies[2])
    return ["\n\n".join(body) + "\n" for body in bodies]


def handed_on(found: list, layouts: int | list[int]) -> None:
    """Every rebuild's layouts (`layouts` of them, or a count for each rebuild) — its
    first and its last — started from a previous layout and handed pages on: the start's all pages after the first, the middle's the page
    before the edit's and pages after it, the end's the pages before the edit's, the
    edits that add and remove a page the first page; the pages handed on before the
    first page laid out again are replayed, not drawn (pagedraw.py)."""
    first, start, middle, end, adds, removes = found
    assert first[1][0] == (0, None, 0), first  # (nothing to start from)
    counts = [layouts] * 5 if isinstance(layouts, int) else layouts
    for name, (pages, renders, drawn), count in zip(
            ["start", "middle", "end", "adds a page", "removes a page"],
            [start, middle, end, adds, removes], counts, strict=True):
        assert len(renders) == count, (name, renders)
        # (the first and the printed layouts; one with the contents between them may
        # find no earlier layout of its HTML that leaves a page to hand on)
        assert all(flagged is not None and kept > 0 for _, flagged, kept
                   in {renders[0], renders[-1]}), (name, renders)
        first_page, flagged, kept = renders[0]
        assert drawn[:first_page] == ["replayed"] * first_page, (name, drawn)
        if name == "start":
            assert first_page == 0 and kept == pages - 1, (name, renders)
        elif name == "middle":
            assert first_page > 0 and kept > first_page, (name, renders)
        elif name == "end":
            assert first_page >= pages - 2 and kept == first_page, (name, renders)
        else:
            assert first_page >= 1, (name, renders)


def reprint(tmp_path: Path, paragraphs: list[str]) -> tuple[Path, str]:
    """A reprint of `paragraphs` whose article is longer than a short document's (laid
    out with its contents first when built cold), and its front matter."""
    folder = write_briefing(tmp_path / "reprint", "\n\n".join(paragraphs) + "\n")
    assert len((folder / "article.md").read_text("utf-8")) > SHORT_TEXT_CHARS
    front = (folder / "article.md").read_text("utf-8").split("---", 2)
    return folder, f"---{front[1]}---\n"


def test_a_reprint_without_contents_hands_pages_on(tmp_path, monkeypatch, keeping, renders):
    # A reprint of five pages whose article is longer than a short document's: its first
    # build lays it out with its contents (too few pages to keep them), then without;
    # each rebuild after it lays it out without them first (the build before found it
    # surely short: export.write_pdf), starting from the previous build's layout of the
    # same HTML, and keeps that one layout while the contents could not take it to
    # TOC_MIN_PAGES (build.contents_pages: two pages here). At six pages they could: laid
    # out with them (short after all), then without them again, as a cold build does;
    # the build after that one, not found surely short, lays it out as a cold build.
    paragraphs = [f"第{number}段：{LAKE * 6}" for number in range(20)]
    folder, front = reprint(tmp_path, paragraphs)
    texts = [front + body for body in edited(paragraphs)]
    found = rebuilds(tmp_path, monkeypatch, renders, folder, texts)
    pages = [entry[0] for entry in found]
    assert pages == [5, 5, 5, 5, 6, 5], pages
    assert max(pages) + 1 < TOC_MIN_PAGES  # (no build keeps its contents)
    assert len(found[0][1]) == 2, found[0]  # with contents, then without
    handed_on(found, layouts=[1, 1, 1, 3, 2])


def test_contents_that_come_back_and_go(tmp_path, monkeypatch, keeping, renders):
    # The same reprint rebuilt in a process that keeps pages: a long paragraph added in
    # the middle makes it long — laid out without its contents first (found surely short
    # last time), then with them, kept (TOC_MIN_PAGES pages or more): the contents are
    # back. The paragraph as it was: short again, laid out as a cold build does (with,
    # then without: the long one was not found short); an edit after that, one layout.
    paragraphs = [f"第{number}段：{LAKE * 6}" for number in range(20)]
    folder, front = reprint(tmp_path, paragraphs)
    middle = len(paragraphs) // 2
    long = list(paragraphs)
    long[middle] += LAKE * 90
    again = list(paragraphs)
    again[0] += "又"
    texts = [front + "\n\n".join(body) + "\n" for body in (paragraphs, long, paragraphs, again)]
    seen: list[bool] = []
    real = export.write_pdf

    def write_pdf(*args, **kwargs):
        made = real(*args, **kwargs)
        with pdfplumber.open(made.path) as pdf:  # (the title spaced out: 目 录)
            seen.append("目录" in "".join((pdf.pages[0].extract_text() or "").split()))
        return made

    monkeypatch.setattr(build_module, "write_pdf", write_pdf)
    found = rebuilds(tmp_path, monkeypatch, renders, folder, texts)
    pages = [entry[0] for entry in found]
    assert pages[1] == pages[3] == 5 and pages[4] == 5 and pages[2] >= TOC_MIN_PAGES, pages
    assert seen[::2] == [False, False, True, False, False], seen  # (warm builds: contents)
    assert [len(entry[1]) for entry in found] == [2, 1, 2, 2, 1], found
    # Each rebuild's first layout starts from an earlier layout of the same HTML.
    assert all(entry[1][0][1] is not None for entry in found[1:]), found


def test_a_jianbao_hands_pages_on(tmp_path, monkeypatch, keeping, renders):
    # A jianbao (contents only on request) of four pages, no blank page: one layout. The
    # edit that adds a page adds two (the 版记 stands on an even page): the pages after
    # it are handed on renumbered (incremental.realign), past the pages the previous
    # render had.
    paragraphs = [f"{number}．{OFFICE}" for number in range(23)]
    folder = write_briefing(tmp_path / "jianbao", "\n\n".join(paragraphs) + "\n",
                            front=JIANBAO)
    texts = [JIANBAO + "\n" + body for body in edited(paragraphs)]
    found = rebuilds(tmp_path, monkeypatch, renders, folder, texts)
    pages = [entry[0] for entry in found]
    assert pages == [4, 4, 4, 4, 6, 4], pages
    handed_on(found, layouts=1)


def test_a_blank_page_mark_that_comes_and_goes(tmp_path, monkeypatch, keeping, renders,
                                         blank_marks):
    # The jianbao's text fills page 4 and its 版记's spacer stands alone on page 5:
    # marked, and the document laid out again. A longer last paragraph fills page 5
    # (no mark, one layout); the paragraph as it was brings the mark back; then an edit
    # at the start of the marked document.
    paragraphs = [f"{number}．{OFFICE}" for number in range(25)]
    folder = write_briefing(tmp_path / "jianbao", "\n\n".join(paragraphs) + "\n",
                            front=JIANBAO)
    marked = blank_marks
    longer = paragraphs[:-1] + [paragraphs[-1] + OFFICE * 3]
    start = [paragraphs[0] + "又"] + paragraphs[1:]
    texts = [JIANBAO + "\n" + "\n\n".join(body) + "\n" for body in (longer, paragraphs, start)]
    found = rebuilds(tmp_path, monkeypatch, renders, folder, texts)
    # (each warm build, then its cold build: mark_blank_page asked once each)
    assert marked[::2] == [True, False, True, True], marked
    assert [len(entry[1]) for entry in found] == [2, 1, 2, 2], found
    assert [entry[0] for entry in found] == [6, 6, 6, 6], found
    # Every layout but the very first starts from an earlier one and hands pages on;
    # the marked layout from the same build's unmarked one: the pages before the
    # spacer's page and the one before it (the spacer's declarations differ).
    layouts = [layout for _, renders_, _ in found for layout in renders_]
    assert layouts[0] == (0, None, 0), layouts
    assert all(flagged is not None and kept >= 2 for _, flagged, kept in layouts[1:]), layouts
    assert all(renders_[-1][0] == 3 for _, renders_, _ in found if len(renders_) == 2), found
    # The start edit: the pages after the edit handed on.
    assert found[3][1][0][0] == 0, found[3]

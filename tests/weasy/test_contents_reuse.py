"""The contents page in a rebuild (briefing/weasy/incremental.py, `_prime_targets`):
a render starts its anchors from the page counters they had in the previous render and
fills the contents' page numbers with them, so the page showing them is laid out again
only when a number changed — not on every rebuild because a fresh target collector
knows no page yet. The bytes stay those of a cold build, and an edit that moves a
section to another page lays the contents out again with its new number."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.build import build
from briefing.weasy import incremental
from tests.conftest import SAMPLE
from tests.weasy.test_incremental import paragraphs, pdfread_words, short_sample


@pytest.fixture
def keeping():
    incremental.keep_pages()
    yield
    incremental.keep_pages(False)


@pytest.fixture
def laid_out(monkeypatch) -> list[int]:
    """The index of every page WeasyPrint lays out (its remake_page), in order."""
    import weasyprint.layout.page as page_module

    made: list[int] = []
    remake = page_module.remake_page

    def counting(index, *args, **kwargs):
        made.append(index)
        return remake(index, *args, **kwargs)

    monkeypatch.setattr(page_module, "remake_page", counting)
    return made


def cold_bytes(folder: Path, out: Path, monkeypatch) -> bytes:
    with monkeypatch.context() as cold:
        cold.setenv("BRIEFING_INCREMENTAL", "0")
        build(folder, out, toc=True, force=True)
    return out.read_bytes()


def test_the_contents_page_is_laid_out_again_only_when_a_number_changes(
        tmp_path, keeping, laid_out, monkeypatch):
    folder = short_sample(tmp_path / SAMPLE.name)
    article = folder / "article.md"
    original = article.read_text("utf-8")
    lines = paragraphs(original)
    middle = lines[len(lines) // 2]
    pages = build(folder, tmp_path / "first.pdf", toc=True, force=True).pages
    contents = pdfread_words(tmp_path / "first.pdf", 0)
    assert "目 录" in contents
    holder = next(index for index in range(pages)
                  if middle[:16] in pdfread_words(tmp_path / "first.pdf", index)
                  .replace("\n", ""))
    assert holder >= 2  # the edit is pages after the contents

    # An edit in the middle: no section moves, the contents page is handed on and not
    # laid out again (before: laid out again at the end of every rebuild's first pass).
    article.write_text(original.replace(middle, middle + "又", 1), "utf-8")
    del laid_out[:]
    build(folder, tmp_path / "warm.pdf", toc=True, force=True)
    assert incremental.last_first_page > 0
    assert 0 not in laid_out, laid_out
    assert pdfread_words(tmp_path / "warm.pdf", 0) == contents
    assert (tmp_path / "warm.pdf").read_bytes() == cold_bytes(folder, tmp_path / "cold.pdf",
                                                             monkeypatch)

    # More than a page added in the middle: the sections after it move to later pages,
    # the contents page is laid out again with their new numbers (a contents page kept
    # from the last build would show the old ones).
    article.write_text(original.replace(middle, middle + "这一段为测试新增的文字，" * 120, 1),
                       "utf-8")
    del laid_out[:]
    longer = build(folder, tmp_path / "warm.pdf", toc=True, force=True).pages
    assert longer > pages
    assert pdfread_words(tmp_path / "warm.pdf", 0) != contents
    assert (tmp_path / "warm.pdf").read_bytes() == cold_bytes(folder, tmp_path / "cold.pdf",
                                                             monkeypatch)
    assert 0 in laid_out, laid_out

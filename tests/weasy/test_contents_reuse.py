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
    start, middle = lines[0], lines[len(lines) // 2]
    addition = "这一段为测试新增的文字，" * 120  # more than a page
    pages = build(folder, tmp_path / "first.pdf", toc=True, force=True).pages
    contents = pdfread_words(tmp_path / "first.pdf", 0)
    assert "目 录" in contents
    holder = next(index for index in range(pages)
                  if middle[:16] in pdfread_words(tmp_path / "first.pdf", index)
                  .replace("\n", ""))
    assert holder >= 2  # the edit is pages after the contents
    assert start[:16] in pdfread_words(tmp_path / "first.pdf", 0).replace("\n", "")

    def rebuild(text: str) -> tuple[list[int], int]:
        """Build `text` warm: the pages laid out, and the page count; its bytes are a
        cold build's."""
        article.write_text(text, "utf-8")
        del laid_out[:]
        made = build(folder, tmp_path / "warm.pdf", toc=True, force=True).pages
        pages_laid_out = list(laid_out)
        assert (tmp_path / "warm.pdf").read_bytes() == cold_bytes(
            folder, tmp_path / "cold.pdf", monkeypatch)
        return pages_laid_out, made

    def numbers() -> list[str]:
        """The contents' lines (with their page numbers) of the warm build."""
        return [line for line in pdfread_words(tmp_path / "warm.pdf", 0).splitlines()
                if "..." in line]

    first_numbers = [line for line in contents.splitlines() if "..." in line]
    assert first_numbers

    # An edit in the middle: no section moves, the contents page is handed on and not
    # laid out again (before: laid out again at the end of every rebuild's first pass).
    made, _ = rebuild(original.replace(middle, middle + "又", 1))
    assert incremental.last_first_page > 0
    assert 0 not in made, made
    assert numbers() == first_numbers

    # An edit on the contents' own page (the lead): laid out once, with the numbers
    # already in it (before: with placeholders, then again with the numbers).
    made, _ = rebuild(original.replace(start, start + "又", 1))
    assert made.count(0) == 1, made
    assert numbers() == first_numbers

    # More than a page added in the middle: the sections after it move to later pages,
    # the contents page is laid out again with their new numbers (a contents page kept
    # from the last build would show the old ones).
    made, longer = rebuild(original.replace(middle, middle + addition, 1))
    assert longer > pages
    assert numbers() != first_numbers
    assert 0 in made, made

    # More than a page added on the contents' page: every section moves a page on (from
    # where the last build had them, too), the contents laid out again.
    middle_numbers = numbers()
    made, _ = rebuild(original.replace(start, start + addition, 1))
    assert numbers() not in (first_numbers, middle_numbers)
    assert made.count(0) >= 2, made

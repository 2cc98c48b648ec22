"""Fixtures of the engine-seam tests."""

from __future__ import annotations

import pytest

from briefing.weasy import incremental, placement


@pytest.fixture
def keeping():
    """This test's process keeps pages across builds (as `watch` and `serve` do), and no
    longer after it."""
    incremental.keep_pages()
    try:
        yield
    finally:
        incremental.keep_pages(False)


@pytest.fixture
def blank_marks(monkeypatch) -> list[bool]:
    """Whether each layout's check marked a blank page (GB/T 9704 7.5: the document is
    then laid out again), in order."""
    marked: list[bool] = []
    real_mark = placement.mark_blank_page

    def mark(*args):
        result = real_mark(*args)
        marked.append(result is not None)
        return result

    monkeypatch.setattr(placement, "mark_blank_page", mark)
    return marked

"""Fixtures of the engine-seam tests."""

from __future__ import annotations

import pytest

from briefing.weasy import incremental


@pytest.fixture
def keeping():
    """This test's process keeps pages across builds (as `watch` and `serve` do), and no
    longer after it."""
    incremental.keep_pages()
    try:
        yield
    finally:
        incremental.keep_pages(False)

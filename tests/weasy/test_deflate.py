"""A stream compressed once per content in a process that renders documents again
(briefing/weasy/deflate.py): written as pydyf writes it, whatever content comes again or
changes, and a rebuild's PDF is a cold build's bytes while the font subsets' streams are
taken from the last build's."""

from __future__ import annotations

import pydyf
import pytest

from briefing import weasy
from briefing.build import build
from briefing.weasy import deflate, incremental
from briefing.weasy.seam import original
from tests.conftest import SAMPLE
from tests.weasy.test_incremental import paragraphs, short_sample


@pytest.fixture
def keeping():
    weasy.load()
    incremental.keep_pages()
    yield
    incremental.keep_pages(False)


def pydyfs(stream: pydyf.Stream) -> bytes:
    return original(deflate.NAME).fget(stream)


def test_streams_are_written_as_pydyf_writes_them(keeping):
    contents = [b"0 0 m 10 10 l S\n" * 400, b"0 0 m 10 10 l s\n" * 400,  # same length
                b"0 0 m 10 10 l S\n" * 400, b"BT /F1 12 Tf ET"]
    before = dict(deflate.counts)
    for index, content in enumerate(contents):
        stream = pydyf.Stream([content], extra={"Type": "/XObject"}, compress=True)
        assert stream.data == pydyfs(stream), index
    assert deflate.counts["kept"] - before["kept"] >= 1  # the third: the first's again
    plain = pydyf.Stream([contents[0]], compress=False)
    assert plain.data == pydyfs(plain)


def test_outside_a_process_that_renders_again_pydyf_compresses(keeping):
    incremental.keep_pages(False)
    before = dict(deflate.counts)
    content = b"q 1 0 0 1 0 0 cm Q\n" * 100
    for _ in range(2):
        stream = pydyf.Stream([content], compress=True)
        assert stream.data == pydyfs(stream)
    assert deflate.counts == before


def test_a_rebuild_writes_the_font_subsets_compressed_once(tmp_path, keeping, monkeypatch):
    folder = short_sample(tmp_path / SAMPLE.name)
    article = folder / "article.md"
    original_text = article.read_text("utf-8")
    lines = paragraphs(original_text)
    middle = lines[len(lines) // 2]
    build(folder, tmp_path / "first.pdf", toc=True, force=True)
    article.write_text(original_text.replace(middle, middle + "又", 1), "utf-8")
    before = dict(deflate.counts)
    build(folder, tmp_path / "warm.pdf", toc=True, force=True)
    kept = deflate.counts["kept"] - before["kept"]
    compressed = deflate.counts["compressed"] - before["compressed"]
    # (the fonts, the pages handed on, the charts' drawings; the edited page and the
    # PDF's object streams are compressed again)
    assert kept >= 4 and compressed >= 1, (kept, compressed)
    with monkeypatch.context() as cold:
        cold.setenv("BRIEFING_INCREMENTAL", "0")
        build(folder, tmp_path / "cold.pdf", toc=True, force=True)
    assert deflate.counts["kept"] - before["kept"] == kept  # a cold build takes none
    assert (tmp_path / "warm.pdf").read_bytes() == (tmp_path / "cold.pdf").read_bytes()

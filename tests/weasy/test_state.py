"""What the patches note about a build (parsed.last, cascade.counts, incremental.last_*,
pagedraw.last) is context-local (weasy/state.py): a build in another thread — the serve
worker's, a CLI build — neither sees nor changes what this thread's last build did."""

from __future__ import annotations

import threading

import pytest
from conftest import no_pages_kept_after, write_briefing

from briefing.build import build
from briefing.weasy import cascade, incremental, pagedraw, parsed
from tests.weasy.test_incremental import paragraphs, short_sample

PARAGRAPH = "如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空，吕梁山下的村庄焕发出新的生机与活力。"


def seen() -> dict:
    return {"parse": parsed.last, "drawn": pagedraw.last,
            "flagged": incremental.last_flagged, "kept": incremental.last_kept,
            "cascade": dict(cascade.counts)}


def test_two_builds_in_two_threads_each_see_their_own_diagnostics(tmp_path, keeping):
    # Thread "long" builds five pages of the sample, then again after an edit on its
    # last page (the HTML parsed again in one paragraph, pages kept and replayed); thread
    # "short" builds a one-page article between that rebuild and the moment "long" reads
    # what its build did. Each reads its own build's, whatever ran in the other thread.
    long = short_sample(tmp_path / "long")
    short = write_briefing(tmp_path / "short", PARAGRAPH + "\n")
    before = seen()  # (this thread's: what an earlier test's build left here)
    long_built, short_built = threading.Event(), threading.Event()
    results: dict[str, tuple] = {}

    def run(name, work):
        try:
            results[name] = ("ok", work())
        except BaseException as error:  # noqa: BLE001 - reported by the test below
            results[name] = ("failed", repr(error))
        finally:
            (long_built if name == "long" else short_built).set()

    def build_long():
        build(long, tmp_path / "long.pdf", toc=True, force=True)
        article = long / "article.md"
        text = article.read_text("utf-8")
        end = paragraphs(text)[-1]
        article.write_text(text.replace(end, end + "又", 1), "utf-8")
        made = build(long, tmp_path / "long.pdf", toc=True, force=True)
        long_built.set()  # (the short build runs now)
        assert short_built.wait(120), "the other thread's build did not end"
        return made.pages, seen()

    def build_short():
        assert long_built.wait(300), "the other thread's builds did not end"
        made = build(short, tmp_path / "short.pdf", force=True)
        return made.pages, seen()

    threads = [threading.Thread(target=run, args=("long", build_long)),
               threading.Thread(target=run, args=("short", build_short))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(400)
    assert results["long"][0] == results["short"][0] == "ok", results
    long_pages, long_seen = results["long"][1]
    short_pages, short_seen = results["short"][1]
    assert long_pages >= 3 and short_pages == 1, (long_pages, short_pages)
    # the rebuild: parsed again in one paragraph, its first pages handed on and replayed
    assert long_seen["parse"] == "fragment", long_seen
    assert len(long_seen["drawn"]) == long_pages and "replayed" in long_seen["drawn"], long_seen
    assert long_seen["flagged"] is not None and long_seen["kept"] > 0, long_seen
    # its cascade: every declaration kept, nothing matched or declared again
    counts = long_seen["cascade"]
    assert counts["matched"] == counts["declared"] == 0 < counts["kept"], counts
    # the first build of another document: parsed in full, nothing to start from
    counts = short_seen.pop("cascade")
    assert counts["matched"] > 0 and counts["declared"] > 0, counts
    assert short_seen == {"parse": "full", "drawn": ["recorded"], "flagged": None,
                          "kept": 0}, short_seen
    # and this thread, which built nothing meanwhile, saw neither
    assert seen() == before


def test_the_guard_fails_a_test_that_leaves_keep_pages_on():
    # tests/conftest.py runs every test inside no_pages_kept_after
    with pytest.raises(pytest.fail.Exception, match="left .*keep_pages on"), \
            no_pages_kept_after():
        incremental.keep_pages()
    assert not incremental.keeping()  # (and turned off for the tests after it)
    with no_pages_kept_after():  # on and off again inside: nothing to say
        incremental.keep_pages()
        incremental.keep_pages(False)

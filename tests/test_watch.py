"""`briefing watch`: debounced rebuilds in a warm process, errors that keep the last
good PDF, recovery, a clean stop; and the fast WeasyPrint start-up it relies on."""

from __future__ import annotations

import ctypes.util
import io
import os
import threading
import time

import pytest
from conftest import write_briefing
from rich.console import Console

from briefing.build import BuildOptions
from briefing.watch import watch
from briefing.weasy import loader

BODY = "如意湖畔，碧波荡漾，清澈的湖水倒映着湛蓝的天空。\n\n## 一、党建引领\n\n革命老区吕梁。\n"


class Watcher:
    def __init__(self, folder, output, options=None):
        self.reports = []
        self.stream = io.StringIO()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=watch, args=(folder, output, options), kwargs={
            "console": Console(file=self.stream, width=200), "stop_event": self.stop,
            "on_rebuild": self.reports.append}, daemon=True)

    def __enter__(self):
        self.thread.start()
        self.wait_for(1)
        time.sleep(0.3)  # the watcher is set up right after the first build
        return self

    def wait_for(self, count: int, timeout: float = 60.0):
        deadline = time.monotonic() + timeout
        while len(self.reports) < count:
            assert time.monotonic() < deadline, f"no rebuild #{count}: {self.stream.getvalue()}"
            time.sleep(0.05)
        return self.reports[count - 1]

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()


def save_by_rename(path, text):
    """What editors do: write a temporary file beside it, rename it over."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, "utf-8")
    os.replace(temporary, path)


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def cache(cache_dir, monkeypatch):
    # A cache of the module's own, shared by its tests (a cold one per test cost each first
    # build ~0.7 s): what it keeps is keyed by content, and each test's output path —
    # the key of its build record — is its own.
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_dir))


def test_watch_rebuilds_once_per_save_keeps_the_last_good_pdf_and_recovers(tmp_path, cache):
    folder = write_briefing(tmp_path / "brief", BODY)
    article = folder / "article.md"
    output = tmp_path / "out.pdf"
    with Watcher(folder, output) as watcher:
        first = watcher.reports[0]
        assert first.ok and not first.changed and output.exists()

        save_by_rename(article, article.read_text("utf-8").replace("碧波荡漾", "碧波粼粼"))
        second = watcher.wait_for(2)
        assert second.ok and not second.skipped
        assert second.changed == ["brief/article.md"]
        good = output.read_bytes()

        # A broken save: the error names the file and line; the PDF stays as it was.
        article.write_text(article.read_text("utf-8").replace("title: 测试", "title: [测试"),
                           "utf-8")
        third = watcher.wait_for(3)
        assert not third.ok
        assert any("article.md:" in problem and "YAML" in problem for problem in third.problems)
        assert output.read_bytes() == good

        # The next good save recovers (and the first save's text is still the content).
        article.write_text(article.read_text("utf-8").replace("title: [测试", "title: 测试新"),
                           "utf-8")
        fourth = watcher.wait_for(4)
        assert fourth.ok and not fourth.skipped and output.read_bytes() != good
        time.sleep(0.5)
        assert len(watcher.reports) == 4  # each save once, no echo from writing the PDF
    text = watcher.stream.getvalue()
    assert "rebuilt" in text and "failed" in text and "Stopped watching." in text


def test_watch_keeps_pages_while_watching_and_no_longer_after(tmp_path, cache):
    # `watch` run in a process that goes on (a test's) leaves it keeping no pages: a
    # later build in that process must not meet the pages of the watch's last build
    # (it left keep_pages on, and tests/weasy/test_drawings.py met a process keeping pages).
    from briefing.weasy import incremental

    assert not incremental.keeping()
    folder = write_briefing(tmp_path / "brief", BODY)
    with Watcher(folder, tmp_path / "out.pdf") as watcher:
        assert watcher.reports[0].ok
        assert incremental.keeping()  # (rebuilds lay out again from the page edited)
    assert not incremental.keeping()


def test_watch_follows_templates(tmp_path, cache):
    folder = write_briefing(tmp_path / "brief", BODY)
    templates = tmp_path / "mine" / "reprint"
    templates.mkdir(parents=True)
    from briefing.render import TEMPLATES_DIR

    css = templates / "style.css"
    css.write_text((TEMPLATES_DIR / "reprint" / "style.css").read_text("utf-8"), "utf-8")
    # (An output inside a watched folder is refused: build.check_target.)
    output = tmp_path / "brief.pdf"
    with Watcher(folder, output, BuildOptions(template_dirs=[templates.parent])) as watcher:
        css.write_text(css.read_text("utf-8") + "\nh1.title { color: #036; }\n", "utf-8")
        report = watcher.wait_for(2)
        assert report.ok and report.changed == ["mine/reprint/style.css"]
        time.sleep(1.0)
        assert len(watcher.reports) == 2


def test_watch_follows_the_folder_after_import_force_replaces_it(tmp_path, cache):
    from briefing.importer.writer import write_folder

    folder = write_briefing(tmp_path / "brief", BODY)
    output = tmp_path / "out.pdf"
    with Watcher(folder, output) as watcher:
        # import --force: a new folder renamed into place, the old one deleted.
        article = (folder / "article.md").read_text("utf-8")
        write_folder(folder, {"article.md": article.replace("碧波荡漾", "碧波粼粼")},
                     overwrite=True)
        second = watcher.wait_for(2)
        assert second.ok and not second.skipped and second.changed == ["brief/"]
        # The new folder is the one watched: an edit in it rebuilds.
        save_by_rename(folder / "article.md", (folder / "article.md").read_text("utf-8")
                       .replace("湛蓝", "蔚蓝"))
        third = watcher.wait_for(3)
        assert third.ok and not third.skipped and third.changed == ["brief/article.md"]
    lines = watcher.stream.getvalue().splitlines()
    assert [line for line in lines if "was replaced" in line] == [
        f"{folder.resolve()} was replaced; watching the new one"]


SPAWNS = """
import subprocess, sys
count = [0]
real = subprocess.Popen.__init__
def counting(self, *args, **kwargs):
    count[0] += 1
    real(self, *args, **kwargs)
subprocess.Popen.__init__ = counting
import ctypes.util
original = ctypes.util.find_library
from briefing.weasy import loader
loader.load()
assert ctypes.util.find_library is original
print(loader.load_mode, count[0])
"""


def test_weasyprint_loads_without_spawning_library_lookups():
    import subprocess
    import sys

    if os.uname().sysname != "Linux" or not loader._ldconfig_sonames():
        pytest.skip("the fast path reads the Linux dynamic linker's cache")
    out = subprocess.run([sys.executable, "-c", SPAWNS], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["fast", "1"]  # one `ldconfig -p`, instead of ~20 ldconfig/gcc runs
    sonames = loader._ldconfig_sonames()
    assert sonames["pango-1.0"] == ctypes.util.find_library("pango-1.0")
    assert sonames["harfbuzz-subset"] == ctypes.util.find_library("harfbuzz-subset")


GC_POLICY = """
import gc
before = gc.get_threshold()
from briefing.weasy import loader
loader.load()
print(before[0], gc.get_threshold()[0], gc.get_freeze_count() > 10_000)
"""


def test_loading_the_engine_makes_garbage_collection_rarer():
    # Layout allocates millions of short-lived objects: the loaded modules' objects are
    # frozen out of the collector's sight and young collections are rarer (weasy/loader.py).
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", GC_POLICY], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["700", str(loader.GC_YOUNG_THRESHOLD), "True"]


def test_a_save_during_the_first_build_is_not_lost(tmp_path, cache):
    """A save that lands before the file watcher runs (here: while the first build reports)
    is found by comparing the folder with what the build started from."""
    folder = write_briefing(tmp_path / "brief", BODY)
    output = tmp_path / "out.pdf"
    reports = []

    def edit_once(report):
        reports.append(report)
        if len(reports) == 1:  # before watch() has started watching
            save_by_rename(folder / "article.md", (folder / "article.md").read_text("utf-8")
                           .replace("湛蓝", "蔚蓝"))

    stop = threading.Event()
    thread = threading.Thread(target=watch, args=(folder, output), kwargs={
        "console": Console(file=io.StringIO(), width=200), "stop_event": stop,
        "on_rebuild": edit_once}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while len(reports) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    stop.set()
    thread.join(timeout=30)
    assert len(reports) >= 2, "the save made during the first build was lost"
    assert reports[1].ok and reports[1].changed == ["brief/article.md"]

"""Shared fixtures: small briefing folders written on the fly, and the sample built once."""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from filelock import FileLock

# Compiled modules are kept (in __pycache__, which git ignores) even when
# PYTHONDONTWRITEBYTECODE is set: otherwise every process of a run — each xdist worker, and
# the command lines and export workers the tests start — compiles the package and the
# tests from source again, and pytest rewrites every test module's asserts again (about
# 8 s of CPU per worker). The processes the tests start read what this one wrote. (So
# this module imports the package only inside its functions: after this line.)
sys.dont_write_bytecode = False

# tests/ is on sys.path (pyproject: pythonpath), so a test module in any folder imports
# these names with `from conftest import …`, and the other helpers (pdfread, …) by name.
TESTS = Path(__file__).resolve().parent
PROJECT = TESTS.parent
SAMPLE = PROJECT / "data" / "lvliang-2021"
ARTICLES = TESTS / "articles"  # raw articles, as `briefing import` takes them
CORPUS = TESTS / "corpus"
GOLDEN = TESTS / "golden"
# The sample article (a copy of ../shared/seed/000_33ebe9c872eba8ff.txt, so tests need
# nothing outside the repository).
SEED = ARTICLES / "lvliang-2021.txt"

FRONT = """\
---
title: 测试简报标题
subtitle: 副标题在这里
authors: [张三, 李四]
date: 2021-03-19
language: zh-CN
template: reprint
---
"""

# One key-figure group citing the sentence 「{sentence}」.
FIGURES = """\
groups:
  - id: air
    title: 大气环境质量
    rows:
      - label: 优良天数
        value: 281
        unit: 天
        source: {sentence}
"""


def write_briefing(folder: Path, body: str, *, front: str = FRONT,
                   figures: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(front + "\n" + textwrap.dedent(body), "utf-8")
    if figures is not None:
        (folder / "figures.yaml").write_text(textwrap.dedent(figures), "utf-8")
    return folder


@pytest.fixture
def make_briefing(tmp_path):
    def make(body: str, **kwargs) -> Path:
        return write_briefing(tmp_path / "brief", body, **kwargs)

    return make


# ------------------------------------------------------------------ no leaked keep_pages
# A process keeping pages (briefing.weasy.incremental.keep_pages) hands a build the pages
# and drawings of the build before: a test that turns it on and leaves it on (no
# `finally`, a function such as `watch` that never turns it off) changes what every later
# test in its xdist worker builds (test_drawings met such a process). The test that
# leaves it on fails here, and it is turned off for the tests after it.


def _keeping_pages() -> bool:
    # (only when a test has imported it: this module imports no part of the package)
    incremental = sys.modules.get("briefing.weasy.incremental")
    return incremental is not None and incremental.keeping()


@contextmanager
def no_pages_kept_after() -> Iterator[None]:
    """Fails (on leaving) when what ran inside turned keep_pages on and left it on."""
    before = _keeping_pages()
    yield
    if _keeping_pages() and not before:
        sys.modules["briefing.weasy.incremental"].keep_pages(False)
        pytest.fail("the test left briefing.weasy.incremental.keep_pages on: turn it "
                    "off in a `finally` (or a fixture's teardown)", pytrace=False)


@pytest.fixture(autouse=True)
def _no_pages_kept_after():
    with no_pages_kept_after():
        yield


def _shared_root(tmp_path_factory) -> Path:
    """The run's folder every pytest-xdist worker shares (never another run's)."""
    base = tmp_path_factory.getbasetemp()
    # A worker's base is RUN/popen-gwN: the run's folder is shared, never another run's.
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "shared"
    root.mkdir(exist_ok=True)
    return root


@pytest.fixture(scope="session", autouse=True)
def _parse_once(tmp_path_factory):
    """The parse of a PDF (pdfplumber's characters and shapes of each page, most of what
    reading a PDF costs: pdfread.parse) made once per file per test run and shared by
    every module and worker: kept on disk under the run's shared folder, keyed by the
    file's path, size and modification time (a PDF written again is parsed again). Each
    call gets its own copy (unpickled), as from a fresh parse. Preflight's parse
    (preflight._parse_pages, under preflight's own memo of the last parse) and pdfread's
    readers (`pages`, `page_glyphs`, `body_chars`, `page_texts`, `pages_read`) are made
    from it; measure's own logic runs as before on it."""
    import pdfread

    from briefing import preflight

    folder = _shared_root(tmp_path_factory) / "parsed"
    folder.mkdir(exist_ok=True)
    parse = pdfread.parse
    parsed: dict[str, bytes] = {}

    def read(pdf_path: Path):
        status = Path(pdf_path).stat()
        key = hashlib.sha1(f"{Path(pdf_path).resolve()}|{status.st_size}|"
                           f"{status.st_mtime_ns}".encode()).hexdigest()
        if key not in parsed:
            stored = folder / f"{key}.pickle"
            with FileLock(folder / f"{key}.lock"):  # (one parses, the other waits)
                if stored.exists():
                    parsed[key] = stored.read_bytes()
                else:
                    pages = parse(pdf_path)
                    try:
                        parsed[key] = pickle.dumps(pages)
                    except (TypeError, AttributeError, pickle.PicklingError):
                        return pages  # (an object pdfminer keeps open: parsed each time)
                    making = folder / f"{key}.making"
                    making.write_bytes(parsed[key])
                    making.replace(stored)
        return pickle.loads(parsed[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdfread, "read", read)
        patch.setattr(preflight, "_parse_pages", pdfread.preflight_parse)
        yield


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory) -> Callable[[str, Callable[[Path], object]], Path]:
    """once(name, make): the file or folder `name`, made by make(path) once per test run
    and shared by every pytest-xdist worker (under a file lock: the first to ask makes it,
    the others wait and read it). Tests only read it; one that writes makes its own.
    make(path) writes at `path`; it is moved to its shared place when whole."""
    root = _shared_root(tmp_path_factory)

    def once(name: str, make: Callable[[Path], object]) -> Path:
        out = root / name
        with FileLock(root / f"{name}.lock"):
            if not out.exists():
                making = root / "making" / name
                making.parent.mkdir(parents=True, exist_ok=True)
                make(making)
                making.rename(out)
        return out

    return once


@pytest.fixture(scope="session")
def sample_pdf(shared_build) -> Path:
    from briefing.build import build

    return shared_build("lvliang-2021.pdf", lambda out: build(SAMPLE, out))


@pytest.fixture(scope="session")
def sample_template_pdf(shared_build):
    """The sample built with a template, once per test run: sample_template_pdf("jianbao")
    (sample_template_pdf("reprint") is `sample_pdf`, the sample's own template)."""
    from briefing.build import build

    def get(template: str) -> Path:
        if template == "reprint":
            return shared_build("lvliang-2021.pdf", lambda out: build(SAMPLE, out))
        return shared_build(f"lvliang-2021-{template}.pdf",
                            lambda out: build(SAMPLE, out, template=template))

    return get


# Tests that build a PDF, or read one built for the run, are marked `pdf` (pyproject:
# markers): their module builds with briefing.build.build, or they use a fixture above.
# A module that builds only through the command line says so: pytestmark = pytest.mark.pdf.
PDF_FIXTURES = {"sample_pdf", "sample_template_pdf", "shared_build"}


# `make test` hands each module whole to one xdist worker (--dist loadfile: a module's
# own fixtures are built once) in the order collected (--no-loadscope-reorder); the
# longest modules (CPU seconds each takes in a whole run, shared builds counted where
# they are made) go first, so that neither worker is left running one alone at the end;
# ordered by the CPU each took (its process's and its children's: chromium, command
# lines) in a whole run on a clean cache, measured 2026-12-01 (twelfth round): every
# module of a second or more (bench/cpu_by_file.py measures them). (test_contents_decision.py,
# 32 s, the longest, stood in the middle of the list before; the contents-reuse modules,
# 27 s, were not in it and ran last.)
LONGEST_FIRST = ("test_contents_decision.py", "weasy/test_textlayer.py",
                 "weasy/test_no_contents_reuse.py", "weasy/test_placement.py",
                 "importer/readers/test_pdf.py", "weasy/test_incremental.py",
                 "serve/test_browser.py", "scores/test_import_score.py",
                 "test_printing.py", "e2e/test_packaging.py", "templates/test_gbt9704.py",
                 "typeset/test_pdf.py", "weasy/test_contents_reuse.py",
                 "e2e/test_cold_imports.py", "weasy/test_tables.py",
                 "weasy/test_placement_reuse.py", "templates/test_crowded_tables.py",
                 "weasy/test_stream.py", "weasy/test_margins.py", "cli/test_cli.py",
                 "e2e/test_scale.py", "test_build.py", "e2e/test_end_to_end.py",
                 "importer/readers/test_readers.py", "test_determinism.py",
                 "cli/test_hardening.py", "test_review.py", "weasy/test_parsed.py",
                 "test_export_worker.py", "e2e/test_fuzz.py", "test_i18n.py",
                 "templates/test_signature_page.py", "weasy/test_subset.py",
                 "test_watch.py", "fonts/test_fonts.py", "weasy/test_deflate.py",
                 "typeset/test_preflight_tables.py", "cli/test_logging.py",
                 "weasy/test_placement_relayout.py", "templates/test_untitled.py",
                 "test_charts.py", "serve/test_app.py", "typeset/test_number_orphans.py",
                 "serve/test_provisional.py", "cli/test_batch.py",
                 "templates/test_roles.py", "test_held_tables.py", "cli/test_console.py",
                 "weasy/test_sheets.py", "importer/test_roles.py",
                 "typeset/test_overflow.py", "weasy/test_state.py",
                 "importer/test_titleblock.py", "importer/readers/test_html.py",
                 "templates/test_titles.py", "templates/test_visual.py",
                 "typeset/test_preflight_short.py", "weasy/test_drawings.py",
                 "templates/test_handout.py", "importer/test_raw_pdf.py")


def pytest_collection_modifyitems(items):
    from briefing.build import build

    for item in items:
        module = getattr(item, "module", None)
        if PDF_FIXTURES & set(item.fixturenames) or getattr(module, "build", None) is build:
            item.add_marker(pytest.mark.pdf)

    # (each module's place looked up, not searched for: paths made once, not per test)
    places = {(TESTS / name).as_posix(): index for index, name in enumerate(LONGEST_FIRST)}

    # A module not in the list (under a second, or added since it was measured) goes
    # before the listed ones: a new module of unknown length started last could leave one
    # worker running it alone (a 30 s one: 30 s more wall time, first: about 15).
    def rank(item) -> int:
        return places.get(item.path.as_posix(), -1)

    items.sort(key=rank)  # stable: the rest keep their order


def import_text(tmp_path: Path, text: str, name: str):
    """Import `text` saved as tmp_path/NAME; the result and article.md's body. Every import
    must load: the loader knows every role the importer writes."""
    from briefing.importer import import_article
    from briefing.loader import load_briefing

    source = tmp_path / name
    source.write_text(text, "utf-8")
    result = import_article(source, tmp_path / "data")
    body = (result.folder / "article.md").read_text("utf-8").split("---\n", 2)[2]
    load_briefing(result.folder)
    return result, body


def figure_rows(*paragraphs: str, section: str = "一、经济运行") -> list[tuple]:
    """The key-figure rows the importer finds in paragraphs under one section:
    (label, value, unit, change) each."""
    from briefing.importer.figures.groups import extract_figures
    from briefing.importer.figures.numbers import Passage

    return [(r.label, str(r.value), r.unit, r.change)
            for g in extract_figures([Passage(p, section, section) for p in paragraphs])
            for r in g.rows]


def front_matter(result) -> dict:
    """The front matter of an import's article.md, as data."""
    import yaml

    return yaml.safe_load((result.folder / "article.md").read_text("utf-8").split("---\n")[1])


@pytest.fixture
def yaml_calls(monkeypatch):
    """How many times PyYAML composes and loads a document during the test."""
    import yaml

    calls = {"compose": 0, "load": 0}
    for name in calls:
        real = getattr(yaml, name)

        def counting(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(yaml, name, counting)
    return calls


# WeasyPrint loaded the package's way (briefing.weasy.load: its C declarations' parses
# from the disk cache, one `ldconfig -p` instead of ctypes' ~20 ldconfig/gcc runs, the
# fallback subsetter and the variable-font instancer deferred) before a test module that
# imports weasyprint at its top (test_contents_decision.py, typeset/test_overflow.py) is
# imported: it would otherwise be imported the ordinary way in every process that
# collects such a module — each xdist worker collects every module — at ~1.3 s of CPU
# each. (A run of modules that do not import it does not load it.)
_IMPORTS_WEASYPRINT = re.compile(r"^(?:import|from) weasyprint\b", re.M)
_weasyprint_loaded = False


def pytest_collectstart(collector):
    global _weasyprint_loaded
    if _weasyprint_loaded or not isinstance(collector, pytest.Module):
        return  # (a module's collection starts just before it is imported)
    try:
        source = collector.path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return
    if _IMPORTS_WEASYPRINT.search(source):
        _weasyprint_loaded = True
        import contextlib

        from briefing import weasy

        # (no system libraries, or a WeasyPrint the patches do not fit: the tests that
        # load it say so, each; collecting the others goes on)
        with contextlib.suppress(Exception):
            weasy.load()

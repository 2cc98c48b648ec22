"""Where a test run's CPU goes, per test file: a pytest plugin (opt-in, `-p bench.cpu_by_file`)
and the table made from what it wrote.

    XDG_CACHE_HOME=$(mktemp -d) TEST_CPU=/tmp/cpu .venv/bin/python -m pytest -q \\
        -p no:cacheprovider -p bench.cpu_by_file -n 2 --dist loadfile --no-loadscope-reorder tests
    .venv/bin/python -m bench.cpu_by_file /tmp/cpu

Per file: its tests' CPU in the worker (`self`), in the processes they started and
waited for (`child`: command lines, export and build workers, pip; getrusage counts a
process only once it and every parent between it and the worker were waited for), and
in every process below the worker, sampled from /proc twice a second (`tree`: chromium's
renderers and GPU process, which its driver kills without waiting for them, are only
seen here — the run's `time` never counts them; a process that lives less than the
interval is missed, so `child` stays the figure for short command lines; `CPU` is self
and child, `tree` overlaps child); within `self`, the CPU inside briefing.build.build, inside
export.write_pdf (the render seam), inside an import (briefing.importer.import_article)
and inside a PDF parse (tests/pdfread.parse, once per file per run). Each write_pdf and
import is keyed by its input (the HTML and options with the run's temporary folders
named alike, the files of the briefing folder; the source text): `same input elsewhere`
is the CPU of the calls whose input another test file also built or imported, `again`
that of calls repeating an input earlier in the same file (the warm/cold pairs of the
render-seam tests are such, on purpose). The last lines: each worker's start-up and
collection. Nothing here changes what a test does: the wrappers call through.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import resource
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

_current = {"file": "<collect>"}
_stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
_calls: list[tuple[str, str, str, float]] = []  # (file, what, input key, CPU seconds)
_depth: dict[str, int] = defaultdict(int)
_TMP = re.compile(r"/tmp/pytest-of-[^/]+/pytest-\d+/[^/\s\"')]+")


def _descendants(root: int) -> dict[int, int]:
    """Every process below `root`: pid → user and system clock ticks so far."""
    parents: dict[int, list[int]] = defaultdict(list)
    ticks: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        parents[int(fields[1])].append(pid)
        ticks[pid] = int(fields[11]) + int(fields[12])
    found, stack = {}, list(parents.get(root, []))
    while stack:
        pid = stack.pop()
        found[pid] = ticks.get(pid, 0)
        stack += parents.get(pid, [])
    return found


def _sample_tree(interval: float = 0.5) -> None:
    """Add what each process below this one used since the last look to the test file
    running now (`tree`)."""
    last: dict[int, int] = {}
    hertz = os.sysconf("SC_CLK_TCK")
    while True:
        now = _descendants(os.getpid())
        spent = sum(ticks - last.get(pid, 0) for pid, ticks in now.items()
                    if ticks >= last.get(pid, 0))
        if spent:
            _stats[_current["file"]]["tree"] += spent / hertz
        last = now
        time.sleep(interval)


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _plain(text: str) -> str:
    return _TMP.sub("<TMP>", text)


def _tree(folder) -> str:
    """The files of a folder (names and bytes; PDFs, the outputs, left out)."""
    sha = hashlib.sha256()
    folder = Path(folder)
    if folder.is_file():
        folder = folder.parent
    try:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() != ".pdf" \
                    and "__pycache__" not in path.parts:
                sha.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    except OSError:
        pass
    return sha.hexdigest()[:16]


def _write_key(html, target, **options) -> str:
    sha = hashlib.sha256(_plain(html).encode())
    for name in sorted(options):
        value = options[name]
        if name in ("base_url", "allowed_roots"):
            continue
        if name == "relayout" and value is not None:
            value = _plain(value.source())
        elif name == "finisher":
            value = type(value).__name__
        elif name == "glyph_check":
            value = value is not None
        sha.update(f"{name}={_plain(repr(value))}".encode())
    sha.update(_tree(options["base_url"]).encode() if options.get("base_url") else b"-")
    return sha.hexdigest()[:16]


def _build_key(folder, output=None, options=None, exporter=None, **overrides) -> str:
    return f"{_tree(folder)}|{_plain(repr(options))}|{_plain(repr(sorted(overrides.items())))}"


def _import_key(source, *args, **kwargs) -> str:
    try:
        text = Path(source).read_bytes()
    except OSError:
        text = b"?"
    return hashlib.sha256(text + _plain(repr(sorted(kwargs.items()))).encode()
                          ).hexdigest()[:16]


def _timed(what: str, key=None):
    def wrap(function):
        @functools.wraps(function)
        def timed(*args, **kwargs):
            _depth[what] += 1
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                _depth[what] -= 1
                if _depth[what] == 0:  # (the outermost call of a recursion)
                    spent = time.process_time() - start
                    _stats[_current["file"]][what] += spent
                    _stats[_current["file"]][what + " n"] += 1
                    if key is not None:
                        try:
                            found = key(*args, **kwargs)
                        except Exception as error:  # noqa: BLE001 - a key is a guess
                            found = f"? {error}"
                        _calls.append((_current["file"], what, found, spent))
        return timed
    return wrap


def pytest_configure(config):
    """Wrap the stages before any test module imports them by name."""
    import pdfread

    import briefing.build
    import briefing.export
    import briefing.importer
    import briefing.importer.pipeline

    briefing.build.build = _timed("build", _build_key)(briefing.build.build)
    write_pdf = _timed("write_pdf", _write_key)(briefing.export.write_pdf)
    briefing.export.write_pdf = briefing.build.write_pdf = write_pdf
    import_article = _timed("import", _import_key)(briefing.importer.pipeline.import_article)
    briefing.importer.pipeline.import_article = import_article
    briefing.importer.import_article = import_article
    for name in ("bench.import_score", "bench.figure_score"):
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        module.import_article = import_article
    pdfread.parse = _timed("parse")(pdfread.parse)
    _stats["<worker>"]["start-up"] = time.process_time()
    # (in the process that runs the tests: an xdist worker, or pytest without -n — not
    # the xdist controller, whose processes below it are the workers)
    running_tests = os.environ.get("PYTEST_XDIST_WORKER") or not getattr(
        config.option, "numprocesses", None)
    if running_tests and os.path.isdir("/proc"):
        threading.Thread(target=_sample_tree, daemon=True, name="cpu-by-file").start()


@pytest.hookimpl(hookwrapper=True)
def pytest_collection(session):
    start = time.process_time()
    yield
    _stats["<worker>"]["collection"] += time.process_time() - start


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    tests = Path(item.config.rootpath) / "tests"
    _current["file"] = (item.path.relative_to(tests).as_posix()
                        if item.path.is_relative_to(tests) else item.path.name)
    cpu, children = time.process_time(), _children()
    yield
    found = _stats[_current["file"]]
    found["self"] += time.process_time() - cpu
    found["child"] += _children() - children
    found["tests"] += 1


def pytest_sessionfinish(session):
    folder = os.environ.get("TEST_CPU")
    if not folder:
        return
    _stats["<worker>"]["total"] = time.process_time()
    _stats["<worker>"]["children"] = _children()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    Path(folder).mkdir(parents=True, exist_ok=True)
    (Path(folder) / f"{worker}.json").write_text(
        json.dumps({"stats": _stats, "calls": _calls}), "utf-8")


def table(folder: Path) -> str:
    stats: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    workers: dict[str, dict] = {}
    calls: list = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        for file, found in data["stats"].items():
            if file.startswith("<"):
                workers[path.stem] = found
                continue
            for name, value in found.items():
                stats[file][name] += value
        calls += data["calls"]
    by_input = defaultdict(list)
    for call in calls:
        by_input[call[1], call[2]].append(call)
    elsewhere: dict[tuple, float] = defaultdict(float)
    again: dict[tuple, float] = defaultdict(float)
    for (what, _), same in by_input.items():
        files = {call[0] for call in same}
        seen = set()
        for file, _, _, spent in same:
            if len(files) > 1:
                elsewhere[file, what] += spent
            if file in seen:
                again[file, what] += spent
            seen.add(file)
    head = (f"{'file':44} {'tests':>5} {'CPU':>6} {'self':>6} {'child':>6} {'tree':>6} "
            f"{'build':>10} "
            f"{'write_pdf':>10} {'elsewhere':>9} {'again':>6} {'import':>10} {'parse':>9}")
    lines = [head]
    total: dict[str, float] = defaultdict(float)
    for file, found in sorted(stats.items(), key=lambda kv: -(kv[1]["self"] + kv[1]["child"])):
        cpu = found["self"] + found["child"]
        lines.append(
            f"{file:44} {int(found['tests']):5d} {cpu:6.1f} {found['self']:6.1f} "
            f"{found['child']:6.1f} {found['tree']:6.1f} "
            f"{found['build']:6.1f}({int(found['build n']):2d}) "
            f"{found['write_pdf']:6.1f}({int(found['write_pdf n']):2d}) "
            f"{elsewhere[file, 'write_pdf']:9.1f} {again[file, 'write_pdf']:6.1f} "
            f"{found['import']:5.1f}({int(found['import n']):3d}) "
            f"{found['parse']:5.1f}({int(found['parse n']):2d})")
        for name in ("self", "child", "tree", "build", "write_pdf", "import", "parse"):
            total[name] += found[name]
        total["elsewhere"] += elsewhere[file, "write_pdf"]
        total["again"] += again[file, "write_pdf"]
        total["import elsewhere"] += elsewhere[file, "import"]
    lines.append("total " + ", ".join(f"{name} {value:.1f}" for name, value in total.items()))
    for worker, found in workers.items():
        lines.append(f"{worker}: " + ", ".join(f"{name} {value:.1f}"
                                               for name, value in found.items()))
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(Path(sys.argv[1])))

"""`briefing watch data/NAME`: rebuild the PDF on every save.

The briefing folder, every folder of the template search path and the fonts folder
are watched (watchfiles: inotify on Linux). Changes are debounced — an editor's
save-by-rename (write a temporary file, rename it over the original) and a burst of
saves count once — and editors' own files (swap files, backups, `4913`) and the
output itself never trigger a build.

Rebuilds run in this process, which stays warm: nothing is imported again, the font
configuration, the font coverage and the typesetting layer's per-text plans are kept
(each keyed by what it depends on, so none can go stale), and `briefing build`'s
fingerprint skips a save that changed nothing that matters. Each rebuild prints a
status line: the time, what changed, the PDF and how long it took. A build that fails
prints its errors with file and line, and the last good PDF stays in place (builds
write atomically, and write nothing when they fail); the next good save recovers.
A watched folder replaced as a whole (`import --force` renames a new folder into place)
is followed: inotify watches the old folder, so the watch is set up again on the new
one, with one line saying so, and the briefing rebuilt. Ctrl-C stops watching cleanly.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from briefing.console import message_console, page_count
from briefing.errors import BriefingError

# Editors' temporary and backup files (on top of watchfiles' defaults: *.swp, *~, .#*).
EDITOR_FILES = (r"^4913$", r"\.tmp$", r"\.bak$", r"^#.*#$", r"\.kate-swp$",
                r"^\.goutputstream-")
DEBOUNCE_MS = 1600  # longest wait while changes keep coming
STEP_MS = 80  # quiet time that ends a burst of changes
CHECK_MS = 500  # how often the watched folders are checked for being replaced


@dataclass
class Rebuild:
    """One rebuild: what triggered it and how it went."""

    changed: list[str]
    ok: bool
    seconds: float
    pages: int = 0
    skipped: bool = False
    problems: list[str] = field(default_factory=list)


def watched_paths(folder: Path, options) -> list[Path]:
    from briefing.render import template_search_path

    paths = [Path(folder).resolve(), *template_search_path(options.template_dirs),
             Path(options.fonts_dir).resolve()]
    unique: list[Path] = []
    for path in paths:
        if path.exists() and not any(path == p or path.is_relative_to(p) for p in unique):
            unique = [p for p in unique if not p.is_relative_to(path)] + [path]
    return unique


def identity(path: Path) -> tuple[int, int] | None:
    """What tells a folder from another one at the same path (None: not there)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


def replaced(identities: dict[Path, tuple[int, int] | None]) -> list[Path]:
    """The watched folders that are no longer the folders being watched."""
    return [path for path, known in identities.items() if identity(path) != known]


def wait_until_present(paths: list[Path], stop_event: threading.Event | None,
                       console: Console) -> bool:
    """Wait for replaced folders to stand again (a replacement renames the old one aside
    before the new one in; a folder still missing after a second is said to be gone);
    False when asked to stop meanwhile."""
    waited = 0
    while not all(path.exists() for path in paths):
        if stop_event is not None and stop_event.is_set():
            return False
        if waited == 2:
            missing = ", ".join(escape(str(path)) for path in paths if not path.exists())
            console.print(f"{missing} is gone; waiting for it to come back", highlight=False)
        waited += 1
        time.sleep(CHECK_MS / 1000)
    return True


def make_filter(outputs: Iterable[Path]):
    import watchfiles

    outputs = [Path(o).resolve() for o in outputs]

    class BriefingFilter(watchfiles.DefaultFilter):
        ignore_entity_patterns = (*watchfiles.DefaultFilter.ignore_entity_patterns,
                                  *EDITOR_FILES)

        def __call__(self, change, path: str) -> bool:
            resolved = Path(path).resolve()
            for output in outputs:
                if resolved == output or (resolved.parent == output.parent
                                          and resolved.name.startswith(f".{output.name}.")):
                    return False
            return super().__call__(change, path)

    return BriefingFilter()


def describe(changes: Iterable[tuple[object, str]], roots: list[Path]) -> list[str]:
    names = set()
    for _, path in changes:
        path = Path(path)
        root = next((r for r in roots if path.is_relative_to(r)), None)
        names.add(str(path.relative_to(root.parent)) if root else str(path))
    return sorted(names)


def rebuild(folder: Path, output: Path | None, options, changed: list[str]) -> Rebuild:
    from briefing.build import build

    started = time.perf_counter()
    try:
        result = build(folder, output, options)
    except BriefingError as error:
        return Rebuild(changed, False, time.perf_counter() - started,
                       problems=[str(problem) for problem in error.problems])
    return Rebuild(changed, True, time.perf_counter() - started, pages=result.pages,
                   skipped=result.skipped, problems=list(result.warnings))


def show(console: Console, report: Rebuild, output: Path) -> None:
    clock = time.strftime("%H:%M:%S")
    what = ", ".join(report.changed) if report.changed else "start"
    if report.ok:
        verb = "unchanged" if report.skipped else "rebuilt"
        console.print(f"[dim]{clock}[/] [green]{verb}[/] {escape(str(output))} "
                      f"({page_count(report.pages)}) in {report.seconds:.2f} s — {escape(what)}",
                      highlight=False)
        for warning in report.problems:
            console.print(f"  [yellow]warning:[/] {escape(warning)}", highlight=False)
    else:
        console.print(f"[dim]{clock}[/] [red]failed[/] after {escape(what)}; the last good "
                      f"PDF stays at {escape(str(output))}", highlight=False)
        for problem in report.problems:
            console.print(f"  [red]error:[/] {escape(problem)}", highlight=False)


def snapshot(roots: list[Path]) -> dict[Path, tuple[int, int]]:
    """Every file under the watched folders with its modification time and size."""
    found = {}
    for root in roots:
        for path in root.rglob("*"):
            with contextlib.suppress(OSError):
                if path.is_file():
                    stat = path.stat()
                    found[path] = (stat.st_mtime_ns, stat.st_size)
    return found


def watch(folder: Path, output: Path | None = None, options=None, *,
          console: Console | None = None, stop_event: threading.Event | None = None,
          on_rebuild: Callable[[Rebuild], None] | None = None) -> int:
    """Build once, then rebuild on every change until Ctrl-C (or `stop_event`)."""
    import watchfiles

    from briefing import weasy
    from briefing.build import BuildOptions, default_output

    console = console or message_console()
    options = replace(options or BuildOptions(), force=False)
    folder = Path(folder)
    target = Path(output) if output else default_output(folder)
    roots = watched_paths(folder, options)
    with contextlib.suppress(OSError):  # the build reports it
        weasy.load()
    from briefing.weasy import incremental

    # A rebuild lays out again from the page an edit touches: pages kept while watching
    # — and no longer after, in a process that did not keep them before and goes on (a
    # test's: a later build there would meet a process keeping pages).
    was_keeping = incremental.keeping()
    incremental.keep_pages()
    console.print(f"Watching {', '.join(escape(str(r)) for r in roots)} — Ctrl-C to stop",
                  highlight=False)

    def run(changed: list[str]) -> None:
        report = rebuild(folder, output, options, changed)
        show(console, report, target)
        if on_rebuild is not None:
            on_rebuild(report)

    try:
        identities = {root: identity(root) for root in roots}
        # What the folders held when the last build started: a save made before the
        # (new) watcher is running is seen by comparing, not lost.
        before = snapshot(roots)
        run([])
        while True:
            gone: list[Path] = []
            for changes in watchfiles.watch(
                    *roots, watch_filter=make_filter([target]), debounce=DEBOUNCE_MS,
                    step=STEP_MS, stop_event=stop_event, rust_timeout=CHECK_MS,
                    yield_on_timeout=True):
                gone = replaced(identities)
                if gone:
                    break
                if before is not None:
                    now = snapshot(roots)
                    missed = [(None, str(path)) for path in now.keys() | before.keys()
                              if now.get(path) != before.get(path)]
                    before = None
                    if missed and not changes:
                        run(describe(missed, roots))
                        continue
                if changes:
                    run(describe(changes, roots))
            if not gone or not wait_until_present(gone, stop_event, console):
                break  # stopped
            identities = {root: identity(root) for root in roots}
            names = ", ".join(escape(str(path)) for path in gone)
            console.print(f"{names} was replaced; watching the new one", highlight=False)
            before = snapshot(roots)
            run([path.name + "/" for path in gone])
    except KeyboardInterrupt:
        pass
    finally:
        if not was_keeping:
            incremental.keep_pages(False)
    console.print("Stopped watching.")
    return 0


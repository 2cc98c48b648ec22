"""Build many briefings at once: `briefing build data/*`.

A process pool sized to the machine (one worker per CPU, at most one per briefing)
builds each folder into its default output (output/NAME.pdf), with a progress bar.
A briefing that fails — bad input, a missing font, even an unexpected crash — is
reported and the others go on; a summary table closes the run, and the exit code is
non-zero (the highest of the failures' codes) when any failed.

WeasyPrint is loaded once in the parent before the workers are forked, so each
worker starts warm instead of importing it again.
"""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from briefing.console import message_console, page_count
from briefing.errors import EXIT_BAD_INPUT, EXIT_OK, BriefingError, InputError
from briefing.log import LOGGER


@dataclass
class Outcome:
    folder: str
    ok: bool
    exit_code: int = EXIT_OK
    output: str = ""
    pages: int = 0
    seconds: float = 0.0
    skipped: bool = False
    untitled: bool = False  # the briefing has no title (built without one)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def build_one(folder: str, settings: dict) -> Outcome:
    """Build one folder (in a worker); never raises."""
    from briefing.build import build

    started = time.perf_counter()
    try:
        result = build(Path(folder), None, **settings)
    except BriefingError as error:
        return Outcome(folder, False, error.exit_code,
                       problems=[str(problem) for problem in error.problems],
                       seconds=time.perf_counter() - started)
    except Exception as error:  # a crash in one briefing must not stop the others
        last = traceback.format_exception_only(type(error), error)[-1].strip()
        return Outcome(folder, False, EXIT_BAD_INPUT, problems=[f"unexpected error: {last}"],
                       seconds=time.perf_counter() - started)
    return Outcome(folder, True, output=str(result.output), pages=result.pages,
                   seconds=result.seconds, skipped=result.skipped, untitled=result.untitled,
                   warnings=result.warnings)


def workers_for(count: int, jobs: int | None = None) -> int:
    available = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)
    return max(1, min(jobs or available, count))


def _check_outputs(folders: Sequence[Path]) -> None:
    from briefing.build import default_output

    seen: dict[Path, Path] = {}
    for folder in folders:
        target = default_output(folder).resolve()
        if target in seen:
            raise InputError(f"{seen[target]} and {folder} would both be written to {target}",
                             fix="give the folders different names, or build them one by one "
                                 "with -o")
        seen[target] = folder


def build_all(folders: Sequence[Path], settings: dict, *, jobs: int | None = None,
              console: Console | None = None) -> int:
    """Build every folder in parallel; print progress and a summary; return the exit code."""
    console = console or message_console()
    for path in [Path(f) for f in folders if not Path(f).is_dir()]:
        console.print(f"[dim]skipping {escape(str(path))}: not a folder[/]", highlight=False)
    folders = [Path(f) for f in folders if Path(f).is_dir()]
    if not folders:
        raise InputError("none of the paths given is a briefing folder",
                         fix="give folders holding article.md, e.g. data/*")
    _check_outputs(folders)
    workers = workers_for(len(folders), jobs)
    try:  # forked workers inherit a loaded WeasyPrint
        from briefing import weasy

        weasy.load()
    except OSError:
        pass  # each build reports the missing library itself
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(build_one, str(folder), settings): folder for folder in folders}
        columns = (TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TextColumn("{task.description}"))
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("", total=len(futures))
            for future in as_completed(futures):
                folder = futures[future]
                try:
                    outcome = future.result()
                except Exception as error:  # the worker process itself died
                    outcome = Outcome(str(folder), False, EXIT_BAD_INPUT,
                                      problems=[f"the build process failed: {error!r}"])
                outcomes.append(outcome)
                _report(progress.console, outcome)
                progress.update(task, advance=1, description=Path(outcome.folder).name)
    _summary(console, outcomes, workers, time.perf_counter() - started)
    failures = [o.exit_code for o in outcomes if not o.ok]
    return max(failures) if failures else EXIT_OK


def _report(console: Console, outcome: Outcome) -> None:
    if outcome.ok:
        verb = "[green]Up to date[/]" if outcome.skipped else "[green]Built[/]"
        untitled = "no title, " if outcome.untitled else ""
        console.print(f"{verb} {outcome.output} ({page_count(outcome.pages)}, {untitled}"
                      f"{outcome.seconds:.2f} s)", highlight=False)
        for warning in outcome.warnings:  # shown, counted (--fatal-warnings), or not (-q)
            LOGGER.warning("%s", warning)
    else:
        console.print(f"[red]Failed[/] {escape(outcome.folder)}", highlight=False)
        for problem in outcome.problems:
            if console.quiet:  # -q prints errors only: through the logger, on stderr
                LOGGER.error("%s", problem)
            else:
                console.print(f"  [red]error:[/] {escape(problem)}", highlight=False)


def _summary(console: Console, outcomes: list[Outcome], workers: int, seconds: float) -> None:
    table = Table("briefing", "result", "pages", "seconds", "output / first problem")
    for outcome in sorted(outcomes, key=lambda o: o.folder):
        if outcome.ok:
            status = "up to date" if outcome.skipped else "built"
            table.add_row(escape(outcome.folder), f"[green]{status}[/]", str(outcome.pages),
                          f"{outcome.seconds:.2f}", outcome.output)
        else:
            first = outcome.problems[0].splitlines()[0] if outcome.problems else ""
            table.add_row(escape(outcome.folder), "[red]failed[/]", "", f"{outcome.seconds:.2f}",
                          escape(first))
    console.print(table)
    failed = sum(not o.ok for o in outcomes)
    style = "red" if failed else "green"
    console.print(f"[{style}]{len(outcomes) - failed} of {len(outcomes)} built[/], "
                  f"{failed} failed ({workers} workers, {seconds:.1f} s)")

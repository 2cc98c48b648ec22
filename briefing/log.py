"""The `briefing` logger: what the CLI says beyond its results, at the level asked for.

Like WeasyPrint (its `weasyprint` and `weasyprint.progress` loggers), the library only
logs; the CLI decides what is shown (`configure`): warnings by default, stage timings
with -v, everything (WeasyPrint's steps too) with -vv, errors only with -q. Every warning
is counted, so that `--fatal-warnings` can turn a build with warnings into exit 1.

WeasyPrint's warnings reach us through the export (briefing/export.py collects them, in
the export process too) and are logged here with the build's others; its info and debug
records are passed on to ours as they come.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape

LOGGER = logging.getLogger("briefing")
WEASYPRINT = logging.getLogger("weasyprint")

# -q, default, -v, -vv
LEVELS = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO, 2: logging.DEBUG}
LABELS = {logging.WARNING: "[yellow]warning:[/]", logging.ERROR: "[red]error:[/]"}


class ConsoleHandler(logging.Handler):
    """One whole line per record on the message console: "warning: …", timings dimmed."""

    def __init__(self, console: Console, level: int) -> None:
        super().__init__(level)
        self.console = console

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = escape(record.getMessage())
            label = LABELS.get(record.levelno)
            if label is None and record.levelno > logging.WARNING:
                label = LABELS[logging.ERROR]
            text = f"{label} {message}" if label else f"[dim]{message}[/]"
            self.console.print(text, highlight=False, soft_wrap=True)
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


class WarningCounter(logging.Handler):
    """Counts the warnings (and worse) logged, shown or not."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


class _ToBriefing(logging.Handler):
    """Passes WeasyPrint's info and debug records on to our logger (its warnings come
    with the export's result: briefing/export.py)."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.WARNING and LOGGER.isEnabledFor(record.levelno):
            LOGGER.log(record.levelno, "weasyprint: %s", record.getMessage())


_installed: list[tuple[logging.Logger, logging.Handler]] = []


def configure(verbosity: int, console: Console) -> WarningCounter:
    """Show the `briefing` logger's records on `console` from the level `verbosity` asks
    for (-1: quiet, 0: warnings, 1: timings, 2: debug); returns the warning counter."""
    for logger, handler in _installed:
        logger.removeHandler(handler)
    _installed.clear()
    level = LEVELS[max(-1, min(2, verbosity))]
    counter = WarningCounter()
    shown = ConsoleHandler(console, level)
    LOGGER.setLevel(logging.DEBUG)  # each handler shows what it is for (progress: stages)
    LOGGER.propagate = False
    forward = _ToBriefing(logging.DEBUG if verbosity >= 2 else logging.CRITICAL + 1)
    for logger, handler in ((LOGGER, shown), (LOGGER, counter), (WEASYPRINT, forward)):
        logger.addHandler(handler)
        _installed.append((logger, handler))
    if verbosity >= 2:
        WEASYPRINT.setLevel(logging.DEBUG)
    return counter


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Log the stage's start (debug, read by `progress`) and how long it took (info:
    shown with -v)."""
    started = time.perf_counter()
    LOGGER.debug("%s …", name, extra={"stage": name})
    try:
        yield
    finally:
        LOGGER.info("%s: %.2f s", name, time.perf_counter() - started)


class _StageStatus(logging.Handler):
    def __init__(self, status, what: str) -> None:
        super().__init__(logging.DEBUG)
        self.status, self.what = status, what

    def emit(self, record: logging.LogRecord) -> None:
        if (name := getattr(record, "stage", None)) is not None:
            self.status.update(f"{self.what}: {escape(name)} …")


@contextmanager
def progress(console: Console, what: str) -> Iterator[None]:
    """A spinner naming the stage under way, on a terminal only (nothing when the output
    is piped, captured or quiet)."""
    if not console.is_terminal or console.quiet:
        yield
        return
    with console.status(f"{what} …") as status:
        handler, level = _StageStatus(status, what), LOGGER.level
        LOGGER.addHandler(handler)
        LOGGER.setLevel(logging.DEBUG)
        try:
            yield
        finally:
            LOGGER.removeHandler(handler)
            LOGGER.setLevel(level)

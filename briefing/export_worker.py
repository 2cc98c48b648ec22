"""The export in a second process that loads WeasyPrint while the pipeline runs.

Before a cold `briefing build` can lay anything out, two single-threaded jobs must
be done: importing WeasyPrint (~0.5 s) and our own work — importing the pipeline,
reading the article, checking glyphs, rendering the HTML (~0.6 s). Neither needs
the other, so on a machine with two cores they need not wait for each other:
`ExportWorker.start()` forks a process that loads WeasyPrint (briefing/weasy/:
our layout layer, compact font subsets) and waits; the build hands it the finished
HTML through `write_pdf` (export.write_pdf's signature) and gets the ExportResult —
or the exception, with its problems — back. It is the same code on the same data,
so the PDF is the same bytes as an in-process export (tests/test_export_worker.py).

One job per worker. A build that needs no export (up to date, or bad input) closes
the worker unused. `python -m briefing build FOLDER` (briefing/__main__.py) forks it at
the program's start (`start_early`), before the command line is parsed — before typer,
rich and the CLI's commands are imported (≈ 0.06 s of the worker's path to being
ready); the build takes it (`take_early`), or closes it when it builds several
folders. Where there is no fork, or the process is lost, the export runs in this
process; BRIEFING_EXPORT_WORKER=0 asks for that too.
"""

from __future__ import annotations

import importlib
import os
import pickle
import signal
import sys
import traceback
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

# Modules the build's process and the worker both import (ExportWorker.start).
SHARED_MODULES = ("briefing.fonts", "briefing.export", "briefing.typeset.rules")
# The options `briefing` takes before its command that take no value (cli.options).
GLOBAL_FLAGS = frozenset({"--verbose", "--quiet", "-q", "--fatal-warnings"})

_early: ExportWorker | None = None  # forked by start_early, not yet taken


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt  # unwinds the export: its temporary file is removed


def _serve(jobs: BinaryIO, results: BinaryIO) -> None:
    """The worker: load WeasyPrint, then run the one export it is sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _stop)  # … which ends an export with SIGTERM
    from briefing import weasy
    from briefing.export import write_pdf

    with suppress(OSError):  # write_pdf reports it, with the fix, if an export is asked for
        weasy.load()
    # While the build still renders its HTML, what its job needs before layout starts:
    # the job's glyph check is a class of briefing.fonts, which unpickling it would
    # import (≈ 0.03 s, with its configuration's pydantic models), a font configuration,
    # and the line rules' patterns (compiled when first used: ≈ 0.02 s).
    import briefing.fonts  # noqa: F401
    from briefing.typeset import rules
    from briefing.weasy.loader import prepare_font_configuration

    with suppress(OSError):
        prepare_font_configuration()
    rules.compile_patterns()
    try:
        html, target, options = pickle.load(jobs)
    except EOFError:
        return  # closed unused
    if isinstance(options.get("relayout"), _Deferred):
        options["relayout"] = options["relayout"].asking(jobs, results)
    try:
        answer = ("ok", write_pdf(html, Path(target), **options))
    except BaseException as error:  # noqa: BLE001 - every failure goes back to the build
        error.add_note("".join(traceback.format_exception(error)))
        answer = ("error", error)
    try:
        data = pickle.dumps(answer)
    except Exception:  # noqa: BLE001 - an exception that does not pickle
        data = pickle.dumps(("error", RuntimeError(
            "the export failed:\n" + "".join(traceback.format_exception(answer[1])))))
    results.write(data)
    results.flush()


class _Deferred:
    """Stands for a Relayout whose other HTML is made only when needed (a long article's,
    without contents: build.short_document_first): the export asks the build's process
    for it, and for the pages the contents can add, when its first layout is short of
    `below` pages — most documents never are, and their build renders it no more."""

    def __init__(self, below: int) -> None:
        self.below = below

    def asking(self, jobs: BinaryIO, results: BinaryIO):
        """The Relayout, in the worker: its HTML asked for through the pipes."""
        from functools import cache

        from briefing.export import Relayout

        @cache
        def answer() -> tuple[str, int]:
            pickle.dump(("relayout", None), results)
            results.flush()
            return pickle.load(jobs)

        return Relayout(self.below, lambda: answer()[0],
                        contents_pages=lambda html: answer()[1])


def _font_folders() -> set:
    """The font folders the parent's configurations have (none unless it loaded
    WeasyPrint): the worker leaves them to it."""
    loader = sys.modules.get("briefing.weasy.loader")
    return loader.font_folders() if loader is not None else set()


class ExportWorker:
    """A process with WeasyPrint loaded, waiting for one export."""

    def __init__(self, pid: int, jobs: BinaryIO, results: BinaryIO) -> None:
        self.pid = pid
        self._jobs: BinaryIO | None = jobs
        self._results: BinaryIO | None = results
        self._sent = False
        self._answered = False

    @classmethod
    def start(cls) -> ExportWorker | None:
        """Fork the worker; None where that is not possible or not wanted."""
        if not hasattr(os, "fork") or os.environ.get("BRIEFING_EXPORT_WORKER") == "0":
            return None
        # What both processes import is imported once, here, and shared by the fork:
        # the build's font checks and the export's glyph check and font configuration
        # (briefing.fonts, with its configuration's pydantic models and YAML), the export
        # module the build calls and the worker runs, the line rules (≈ 0.06 s of CPU).
        for name in SHARED_MODULES:
            importlib.import_module(name)
        job_read, job_write = os.pipe()
        result_read, result_write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the caller's code
            code = 1
            inherited = _font_folders()
            try:
                os.close(job_write)
                os.close(result_read)
                with os.fdopen(job_read, "rb") as jobs, os.fdopen(result_write, "wb") as results:
                    _serve(jobs, results)
                code = 0
            finally:
                # os._exit runs no __del__: WeasyPrint's font folders (weasy/loader.py)
                # would be left in the temporary folder, one per build.
                with suppress(BaseException):
                    if "briefing.weasy.loader" in sys.modules:
                        sys.modules["briefing.weasy.loader"].remove_font_folders(inherited)
                os._exit(code)
        os.close(job_read)
        os.close(result_write)
        return cls(pid, os.fdopen(job_write, "wb"), os.fdopen(result_read, "rb"))

    def write_pdf(self, html: str, target: Path, **options):
        """export.write_pdf, run in the worker."""
        from briefing.export import write_pdf

        relayout = options.get("relayout")
        sent = dict(options)
        if relayout is not None:
            # Its other HTML is sent now when the first layout needs it, else made only
            # if the worker asks for it (_Deferred).
            sent["relayout"] = (relayout.resolved() if relayout.first or isinstance(
                relayout.html, str) else _Deferred(relayout.below))
        try:
            self.send(html, target, sent)
            status, value = self.receive()
            while status == "relayout":
                made = relayout.resolved()
                self.reply(made.html, made.contents_pages)
                status, value = self.receive()
        except (OSError, EOFError, pickle.PickleError):
            self.close()  # the worker is gone: export here
            return write_pdf(html, target, **options)
        finally:
            self.close()
        if status == "error":
            raise value
        return value

    def send(self, html: str, target: Path, options: dict) -> None:
        if self._jobs is None:
            raise EOFError("the export process has ended")
        pickle.dump((html, str(target), options), self._jobs)
        self._jobs.flush()  # (kept open: the worker may ask for a relayout's HTML)
        self._sent = True

    def reply(self, html: str, added: int) -> None:
        """A deferred relayout's HTML and the pages its contents can add (_Deferred)."""
        if self._jobs is None:
            raise EOFError("the export process has ended")
        pickle.dump((html, added), self._jobs)
        self._jobs.flush()

    def receive(self) -> tuple[str, object]:
        if self._results is None:
            raise EOFError("the export process has ended")
        answer = pickle.load(self._results)
        self._answered = answer[0] != "relayout"  # (a question, not the answer)
        return answer

    def close(self) -> None:
        """End the worker and reap it: at once if it never got its job; an export still
        running (Ctrl-C in the build) is stopped and removes its temporary file."""
        for stream in (self._jobs, self._results):
            if stream is not None:
                stream.close()
        self._jobs = self._results = None
        if self.pid is None:
            return
        if not self._answered:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGTERM if self._sent else signal.SIGKILL)
        with suppress(ChildProcessError):
            os.waitpid(self.pid, 0)
        self.pid = None

    def __enter__(self) -> ExportWorker:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _builds(arguments: list[str]) -> bool:
    """Whether a command line (without the program) runs `build`: the command first, or
    after global flags only (-v, -vv, --quiet …); anything else is left to the parser."""
    for argument in arguments:
        if argument == "build":
            return True
        if argument not in GLOBAL_FLAGS and not (
                argument.startswith("-v") and set(argument[1:]) == {"v"}):
            return False
    return False


def start_early(arguments: list[str]) -> None:
    """Fork the worker now when the command line runs `build` (the build takes it with
    `take_early`); it is closed at exit if nothing took it (`--help`, an error in the
    command line)."""
    global _early
    if _early is not None or not _builds(arguments):
        return
    _early = ExportWorker.start()
    if _early is not None:
        import atexit

        atexit.register(_close_early)


def take_early() -> ExportWorker | None:
    """The worker start_early forked, once; None if there is none."""
    global _early
    worker, _early = _early, None
    return worker


def _close_early() -> None:
    if (worker := take_early()) is not None:
        worker.close()

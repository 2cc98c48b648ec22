"""Builds in long-lived processes with WeasyPrint loaded; a new save supersedes a build.

A build process is forked from a fork server that imported WeasyPrint, our layout layer
and the pipeline once (briefing/serve/warm.py), and then runs `briefing.build.build`
for one job after another, keeping its warm caches (font configuration, glyph coverage,
the typesetting layer's plans). A process is never shared by two jobs at once.

A job may name the text around the editor's caret (`focus`): the page holding it is
then drawn as soon as the layout reaches it (briefing/weasy/stream.py), as a one-page
PDF, and reported before the build ends — `{"provisional": {"page", "pdf", "cpu"}}`,
or `{"withdrawn": true}` when a later layout of the same build discards it — to the
`on_message` given to `run`, which makes its picture in the server's process while
this one lays out the rest (the machine's other core).

`Builder.run(key, job)` blocks its (worker) thread until the build is done. When a job
for the same key arrives while one runs — the editor saved again — the running process
is stopped (SIGTERM: the export unwinds and removes its temporary file, so the last
good PDF stays) and its caller gets `None`; the new job starts at once on the spare
process that is kept ready, so nothing queues behind an outdated build.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
import traceback
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path

from briefing.errors import EXIT_BAD_INPUT, BriefingError, Problem


def _stop(signum, frame) -> None:
    raise KeyboardInterrupt


def _work(conn: Connection) -> None:
    """A build process: run build jobs until the connection closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's
    signal.signal(signal.SIGTERM, _stop)  # superseded: unwind, removing temporary files
    from briefing.build import BuildOptions, build

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        started = time.process_time()
        try:
            with _watching(conn, job, started):
                result = build(Path(job["folder"]), Path(job["output"]),
                               BuildOptions(**job.get("options", {})))
            answer = {"ok": True, "pages": result.pages, "seconds": result.seconds,
                      "cpu": time.process_time() - started,
                      "template": result.template, "warnings": list(result.warnings),
                      "skipped": result.skipped, "output": str(result.output)}
        except KeyboardInterrupt:
            return
        except BriefingError as error:
            answer = {"ok": False, "exit_code": error.exit_code,
                      "problems": [asdict(p) | {"file": str(p.file) if p.file else None}
                                   for p in error.problems]}
        except Exception as error:  # noqa: BLE001 - reported to the page, the server goes on
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            answer = {"ok": False, "exit_code": EXIT_BAD_INPUT,
                      "problems": [asdict(Problem(f"the build failed: {last}"))]}
        try:
            conn.send(answer)
        except (OSError, KeyboardInterrupt):
            return


def _watching(conn: Connection, job: dict, started: float):
    """While the build runs: the page holding `job["focus"]`, drawn alone as soon as it
    is laid out, sent as a one-page PDF (or nothing, without a focus)."""
    from briefing.weasy import stream

    if not job.get("focus"):
        return stream.watching("", _nothing, _nothing)

    def on_page(number: int, pdf: bytes) -> None:
        conn.send({"provisional": {"page": number, "pdf": pdf,
                                   "cpu": time.process_time() - started}})

    return stream.watching(job["focus"], on_page,
                           lambda: conn.send({"withdrawn": True}))


def _nothing(*args) -> None:
    return None


class _Process:
    def __init__(self, context) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child,), daemon=True,
                                       name="briefing-build")
        self.process.start()
        child.close()
        self.killed = False
        self.jobs = 0  # jobs done: a process that built before has warm caches
        self._closing = threading.Lock()

    def call(self, job: dict, on_message=None) -> dict | None:
        try:
            self.conn.send(job)
            while True:
                answer = self.conn.recv()
                if "ok" in answer:
                    break
                if on_message is not None:  # a provisional page, or its withdrawal
                    on_message(answer)
            self.jobs += 1
            return answer
        except (EOFError, OSError):
            return None  # stopped (superseded) or died
        except TypeError:
            # The pipe closed under a thread still reading it (the server's shutdown, a
            # superseding build): multiprocessing reads a handle that is gone. Stopped.
            if self.conn.closed:
                return None
            raise

    def kill(self) -> None:
        self.killed = True
        if self.process.is_alive():
            self.process.terminate()

    def close(self) -> None:
        # Closed once: the thread whose build was superseded and the server's shutdown
        # can both close a running process at the same moment (two closes of one pipe
        # raced to EBADF).
        with self._closing:
            if self.conn.closed:
                return
            self.kill()
            self.conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)

    def alive(self) -> bool:
        return not self.killed and self.process.is_alive()


class Builder:
    """Build jobs by key; a new job for a key supersedes the running one."""

    def __init__(self, spares: int = 1) -> None:
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["briefing.serve.warm"])
        self._lock = threading.Lock()
        self._idle: list[_Process] = []
        self._running: dict[str, _Process] = {}
        self._spares = spares
        self._closed = False

    def start(self) -> None:
        """Start the fork server and a spare process now, not at the first save."""
        threading.Thread(target=self._top_up, daemon=True, name="briefing-spare").start()

    def _top_up(self) -> None:
        with self._lock:
            wanted = self._spares - len(self._idle)
        fresh = [_Process(self._context) for _ in range(max(wanted, 0))]
        with self._lock:
            if self._closed:
                for process in fresh:
                    process.close()
                return
            self._idle += fresh

    def _take(self) -> _Process:
        with self._lock:
            self._idle.sort(key=lambda p: p.jobs)  # the warmest last
            while self._idle:
                process = self._idle.pop()
                if process.alive():
                    return process
                process.close()
        return _Process(self._context)

    def run(self, key: str, job: dict, on_message=None) -> dict | None:
        """Run `job` (folder, output, options: BuildOptions' fields; focus and pictures
        for a provisional page); its answer, or None when a newer job for `key`
        superseded it (or the server is closing). `on_message(message)` gets what the
        build reports before its answer (see above), in this thread."""
        with self._lock:
            previous = self._running.pop(key, None)
        if previous is not None:
            previous.kill()
        process = self._take()
        with self._lock:
            if self._closed:
                process.close()
                return None
            self._running[key] = process
        threading.Thread(target=self._top_up, daemon=True, name="briefing-spare").start()
        answer = process.call(job, on_message)
        with self._lock:
            if self._running.get(key) is process:
                del self._running[key]
            keep = answer is not None and process.alive() and not self._closed
            if keep:
                # The warm process stays; beyond the spares wanted, fresh ones go first.
                self._idle.append(process)
                self._idle.sort(key=lambda p: p.jobs, reverse=True)
                extra = self._idle[self._spares + 1:]
                del self._idle[self._spares + 1:]
            else:
                extra = []
        for spare in extra:
            spare.close()
        if not keep:
            process.close()
        return answer

    def busy(self, key: str) -> bool:
        with self._lock:
            return key in self._running

    def close(self) -> None:
        with self._lock:
            self._closed = True
            processes = self._idle + list(self._running.values())
            self._idle, self._running = [], {}
        for process in processes:
            process.close()

"""The build process's pipe is closed once, whoever closes it: a superseded build's thread
and the server's shutdown can close the same process at the same moment."""

from __future__ import annotations

import multiprocessing
import threading
import time

from briefing.serve import builder


class StoppedProcess:
    def is_alive(self) -> bool:
        return False

    def join(self, timeout=None) -> None:
        return None


def test_two_threads_closing_one_process_close_its_pipe_once():
    ours, theirs = multiprocessing.Pipe()
    theirs.close()
    real_close = ours._close

    def slow_close(*args):  # both closers inside the close at once, as under load
        time.sleep(0.2)
        real_close(*args)

    ours._close = slow_close
    process = object.__new__(builder._Process)
    process.conn, process.process, process.killed = ours, StoppedProcess(), False
    process._closing = threading.Lock()
    errors: list[BaseException] = []

    def close() -> None:
        try:
            process.close()
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=close) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and ours.closed
    process.close()  # and once more: nothing to do


def test_a_thread_reading_the_pipe_when_it_is_closed_is_told_the_build_stopped():
    # The server's shutdown closes the pipe while a build's thread waits on it: the read
    # fails inside multiprocessing (a handle that is gone, TypeError) — the build stopped,
    # no exception in the thread.
    ours, theirs = multiprocessing.Pipe()
    process = object.__new__(builder._Process)
    process.conn, process.process, process.killed = ours, StoppedProcess(), False
    process._closing = threading.Lock()
    process.jobs = 0
    answers: list[object] = []
    errors: list[BaseException] = []

    def call() -> None:
        try:
            answers.append(process.call({"job": 1}))
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    thread = threading.Thread(target=call)
    thread.start()
    time.sleep(0.2)  # the thread is in recv
    process.close()
    thread.join(timeout=5)
    theirs.close()
    assert errors == [] and answers == [None]

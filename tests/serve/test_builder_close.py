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


class ClosedUnderRead:
    """A pipe end the server's shutdown closed while a thread was reading it:
    multiprocessing's read then meets the gone handle (None) and raises TypeError."""

    def __init__(self, closed: bool) -> None:
        self.closed = closed

    def send(self, job) -> None:
        return None

    def recv(self):
        raise TypeError("'NoneType' object cannot be interpreted as an integer")


def test_a_thread_reading_the_pipe_when_it_is_closed_is_told_the_build_stopped():
    process = object.__new__(builder._Process)
    process.process, process.killed, process.jobs = StoppedProcess(), False, 0
    process.conn = ClosedUnderRead(closed=True)
    assert process.call({"job": 1}) is None  # stopped: no exception in the build's thread
    process.conn = ClosedUnderRead(closed=False)  # an open pipe failing so is a real error
    try:
        process.call({"job": 1})
    except TypeError:
        pass
    else:
        raise AssertionError("a TypeError on an open pipe was swallowed")

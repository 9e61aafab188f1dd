"""Cut short a piece of work that runs past its time limit, in whichever thread it runs."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class ExtractionTimeout(BaseException):
    """Raised in a worker when one document's extraction runs past its time limit.

    A BaseException, like KeyboardInterrupt, so that no `except Exception` inside extraction swallows it.
    """


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    # Without an exception the call withdraws one set before and not raised yet.
    raised = ctypes.py_object(exception) if exception is not None else ctypes.py_object()
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), raised)


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ExtractionTimeout in this thread if the block is still running after `seconds`.

    A timer, not an alarm signal: signals reach the main thread only, and a Dask worker runs its
    tasks in a thread pool. The exception comes at the thread's next Python instruction; the
    caller catches it around the `with`. Once the limit is reached the block ends in ExtractionTimeout
    whatever it did: a library that swallows the exception (a bare `except`) cannot turn a timeout into
    a success, and one not raised yet when the block ended is withdrawn and raised here.
    """
    if not seconds:
        yield
        return
    thread_id, lock, fired, armed = threading.get_ident(), threading.Lock(), threading.Event(), [True]

    def fire() -> None:
        with lock:
            if armed[0]:
                fired.set()
                _raise_in(thread_id, ExtractionTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            armed[0] = False
        timer.cancel()
        if fired.is_set():
            _raise_in(thread_id, None)
            raise ExtractionTimeout

"""The tests' one way to wait by running Qt's events outside pytest-qt: until a
condition holds, for a while, or once.

It pumps with `QEventLoop.processEvents(flags)`, the overload that returns a
bool.  On PySide6 6.12.0 with Python 3.10/3.11 every *void* method call loses a
reference to `None` (`QCoreApplication.processEvents`, `QTest.qWait`,
`QEventLoop.exec`), and the interpreter aborts when the count reaches zero: a
long wait built on those would end a small process.  This one loses nothing
there; tests/endurance/test_waiting.py measures `sys.getrefcount(True)` and
`(None)` across a long wait on that very binding.

Only PySide6 is imported: the endurance tests' child processes use it too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop

_ALL_EVENTS = QEventLoop.ProcessEventsFlag.AllEvents
PAUSE_S = 0.005  # between two passes: the GUI thread is not kept spinning


def process_pending(loop: QEventLoop | None = None) -> None:
    """One pass over the events waiting now."""
    (loop or QEventLoop()).processEvents(_ALL_EVENTS)


def wait_until(predicate: Callable[[], bool], timeout_ms: int) -> None:
    """Process events until `predicate()` holds; `TimeoutError` after `timeout_ms`."""
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_ms / 1000
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"not reached within {timeout_ms} ms")
        process_pending(loop)
        time.sleep(PAUSE_S)


def pump_for(ms: int) -> None:
    """Process events for `ms` milliseconds (let a window lay out and paint)."""
    loop = QEventLoop()
    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        process_pending(loop)
        time.sleep(PAUSE_S)
    process_pending(loop)

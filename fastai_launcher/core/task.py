"""What a long-running domain function gets from its caller: a way to report
progress, to notice cancellation, and a clock.

`aws` and `ssh` functions that wait take a `TaskContext`; the UI's task runner
makes one per task, scripts and tests use `TaskContext()` as it is.  Waiting
goes through `ctx.sleep`, so a cancel interrupts it and a test can hand in a
fake clock.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .errors import Cancelled
from .text import Text

ProgressFn = Callable[[Text, int, int], None]

_running = threading.local()


def _no_progress(step: Text, done: int, total: int) -> None:
    del step, done, total


class CancelToken:
    """Set once by whoever wants the task to stop; checked by the task."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.cancelled_at: float | None = None  # time.monotonic() of the first cancel

    def cancel(self) -> None:
        if self.cancelled_at is None:
            self.cancelled_at = time.monotonic()
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True when cancelled meanwhile."""
        return self._event.wait(max(0.0, seconds))


class GraceToken(CancelToken):
    """Cancelled `grace` seconds after `outer` was: a step that must not be cut short
    (the idle alarm of an instance that already exists) gets that long."""

    def __init__(self, outer: CancelToken, grace: float) -> None:
        super().__init__()
        self._outer = outer
        self._grace = grace

    @property
    def cancelled(self) -> bool:
        since = self._outer.cancelled_at
        if since is not None and time.monotonic() - since >= self._grace:
            self.cancel()
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        end = time.monotonic() + max(0.0, seconds)
        while not self.cancelled:
            left = end - time.monotonic()
            if left <= 0:
                return False
            self._event.wait(min(left, 0.2))  # notices the outer cancel and the grace
        return True


@dataclass
class TaskContext:
    """Progress, cancellation and time for one task."""

    on_progress: ProgressFn = _no_progress
    token: CancelToken = field(default_factory=CancelToken)
    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time

    def progress(self, step: Text, done: int = 0, total: int = 0) -> None:
        self.token.raise_if_cancelled()
        self.on_progress(step, done, total)

    def check(self) -> None:
        self.token.raise_if_cancelled()

    def sleep(self, seconds: float) -> None:
        """Wait, but stop at once with `Cancelled` when the task is cancelled."""
        if self.token.wait(seconds):
            raise Cancelled()

    @contextlib.contextmanager
    def running(self) -> Iterator[TaskContext]:
        """Make this the context of the task on this thread (`current_context()`)
        inside the block; the task runner does this around every task."""
        previous = current_context()
        _running.context = self
        try:
            yield self
        finally:
            _running.context = previous


def current_context() -> TaskContext | None:
    """The context of the task running on this thread, for code a task reaches
    without a `ctx` argument (a botocore event handler); None outside a task."""
    context = getattr(_running, "context", None)
    return context if isinstance(context, TaskContext) else None

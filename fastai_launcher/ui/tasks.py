"""The task runner: the one place where threads meet widgets.

A page hands a plain callable `fn(ctx: TaskContext) -> T` to
`TaskRunner.run()`.  The callable runs on a `QThreadPool` thread, never on the
GUI thread; its progress, its result or its typed error come back as signals
delivered on the GUI thread, where the page's callbacks run:

    handle = runner.run(
        lambda ctx: stop_instance(ec2, instance_id, ctx),
        on_result=self._stopped, on_error=self._failed, on_progress=self._step,
        timeout=300, owner=self,
    )
    handle.cancel()

Every outcome is exactly one of: `on_result(value)` or `on_error(error)`, then
`on_finished()`.  Errors are always `core.errors.LauncherError`s: `Cancelled`
after `cancel()`, `TimedOut` when the timeout passes (reported at once, the
late result is dropped), `UnexpectedError` for anything else, whose `details`
hold the redacted traceback.  Without `on_error`, a failure other than
`Cancelled` is shown in the error dialog.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import Cancelled, LauncherError, TimedOut
from ..core.logs import format_exception
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text, text

log = logging.getLogger("fastai_launcher.tasks")

T = TypeVar("T")


class UnexpectedError(LauncherError):
    """A failure no one foresaw (a bug or an unknown library error), made showable."""

    def __init__(self, kind: str, details: str) -> None:
        super().__init__(
            text(
                "Tasks",
                QT_TRANSLATE_NOOP("Tasks", "Something unexpected went wrong ({kind})."),
                kind=kind,
            ),
            text(
                "Tasks",
                QT_TRANSLATE_NOOP(
                    "Tasks",
                    "Try again. If it happens again, copy the details and report the problem.",
                ),
            ),
        )
        self.details = details


class TaskHandle(QObject, Generic[T]):
    """One running task: cancel it, or listen to its signals (GUI thread)."""

    progressed = Signal(object, int, int)  # step: Text, done, total
    succeeded = Signal(object)
    failed = Signal(object, str)  # error: LauncherError, redacted details
    finished = Signal()
    #: Reported and the worker has returned: nothing more will happen.
    settled = Signal()

    # Emitted from the worker thread; queued to this object's (the GUI) thread.
    _worker_progress = Signal(object, int, int)
    _worker_done = Signal(object, object, str)  # result, error or None, details

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.context = TaskContext(on_progress=self._worker_progress.emit)
        self.error: LauncherError | None = None
        self.details = ""
        #: The result of a task that finished after it was cancelled: reported as
        #: `Cancelled`, kept here for a caller that must know what was done (a launch).
        self.late_result: T | None = None
        self._done = False
        self._worker_ended = False
        self._detached = False
        self._timed_out: float | None = None
        self._timer: QTimer | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._worker_progress.connect(self._on_worker_progress, queued)
        self._worker_done.connect(self._on_worker_done, queued)

    @property
    def done(self) -> bool:
        """True once the outcome was reported (the worker may still be winding down)."""
        return self._done

    def cancel(self) -> None:
        """Ask the task to stop; it ends with `Cancelled` when the callable notices."""
        self.context.token.cancel()

    def detach(self) -> None:
        """Cancel, and call none of the callbacks given to `TaskRunner.run` any more."""
        self._detached = True
        self.cancel()

    def deliver(self, callback: Callable[..., None]) -> Callable[..., None]:
        """`callback`, silenced once the handle is detached."""

        def call(*args: Any) -> None:
            if not self._detached:
                callback(*args)

        return call

    def start_timeout(self, seconds: float) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._time_out(seconds))
        self._timer.start(max(0, round(seconds * 1000)))

    def _time_out(self, seconds: float) -> None:
        if self._done:
            return
        self._timed_out = seconds
        self.cancel()
        what = text("Tasks", QT_TRANSLATE_NOOP("Tasks", "the step “{name}”"), name=self.name)
        log.warning("task %s timed out after %s s", self.name, seconds)
        self._report(None, TimedOut(what, seconds), "")

    @Slot(object, int, int)
    def _on_worker_progress(self, step: Text, done: int, total: int) -> None:
        if not self._done:
            self.progressed.emit(step, done, total)

    @Slot(object, object, str)
    def _on_worker_done(self, result: object, error: LauncherError | None, details: str) -> None:
        self._worker_ended = True
        if self._done:
            log.debug("task %s ended after it was reported; outcome dropped", self.name)
            self.settled.emit()
            return
        if error is None and self.context.token.cancelled:
            self.late_result = cast("T", result)
            error = Cancelled()  # the user gave up on it: the late result is not used
        self._report(result, error, details)

    def _report(self, result: object, error: LauncherError | None, details: str) -> None:
        self._done = True
        if self._timer is not None:
            self._timer.stop()
        if error is None:
            self.succeeded.emit(result)
        else:
            self.error, self.details = error, details
            self.failed.emit(error, details)
        self.finished.emit()
        if self._worker_ended:
            self.settled.emit()


class _Job:
    """One task's run on a pool thread.  Started as a plain callable: a QRunnable
    subclass would be kept by the pool's wrapper (about 7 % of them, each holding its
    finished handle) for the life of the app."""

    def __init__(self, fn: Callable[[TaskContext], Any], handle: TaskHandle[Any]) -> None:
        self._fn = fn
        self._handle = handle
        self._context = handle.context
        self._done_signal = handle._worker_done

    def run(self) -> None:
        result: object = None
        error: LauncherError | None = None
        details = ""
        try:
            self._context.check()
            with self._context.running():
                result = self._fn(self._context)
        except LauncherError as exc:
            error = exc
            if not isinstance(exc, Cancelled):
                details = format_exception((type(exc), exc, exc.__traceback__))
                log.info("task %s failed: %s", self._handle.name, exc)
        except BaseException as exc:
            details = format_exception(sys.exc_info())
            error = UnexpectedError(type(exc).__name__, details)
            log.error("task %s failed unexpectedly\n%s", self._handle.name, details)
        finally:
            del self._fn
        if error is not None:
            error.__traceback__ = None  # frames (and their locals) die with the thread
        self._done_signal.emit(result, error, details)


class TaskRunner(QObject):
    """Runs callables on its own thread pool and reports back on the GUI thread."""

    def __init__(
        self,
        parent: QObject | None = None,
        max_threads: int = 4,
        dialog_parent: Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._active: set[TaskHandle[Any]] = set()
        self._dialog_parent = dialog_parent or QApplication.activeWindow

    def run(
        self,
        fn: Callable[[TaskContext], T],
        *,
        on_result: Callable[[T], None] | None = None,
        on_error: Callable[[LauncherError], None] | None = None,
        on_progress: Callable[[Text, int, int], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        timeout: float | None = None,
        owner: QObject | None = None,
        name: str = "",
    ) -> TaskHandle[T]:
        """Start `fn(ctx)` on a pool thread; callbacks run on the GUI thread.

        `owner`: when this widget is destroyed the task is cancelled and no
        callback runs any more.
        """
        handle: TaskHandle[T] = TaskHandle(name or getattr(fn, "__name__", "task"), self)
        deliver = handle.deliver
        if on_progress is not None:
            handle.progressed.connect(deliver(on_progress))
        if on_result is not None:
            handle.succeeded.connect(deliver(on_result))
        if on_error is not None:
            handle.failed.connect(deliver(lambda error, _details: on_error(error)))
        else:
            handle.failed.connect(deliver(self._show_error))
        if on_finished is not None:
            handle.finished.connect(deliver(on_finished))
        handle.settled.connect(lambda: self._forget(handle))
        if owner is not None:
            owner.destroyed.connect(handle.detach)
        self._active.add(handle)
        if timeout is not None:
            handle.start_timeout(timeout)
        self.pool.start(_Job(fn, handle).run)
        return handle

    def _show_error(self, error: LauncherError, details: str) -> None:
        if isinstance(error, Cancelled):
            return
        from .widgets.error_dialog import show_error  # the dialog module is only needed on failure

        show_error(self._dialog_parent(), error, details)

    def _forget(self, handle: TaskHandle[Any]) -> None:
        self._active.discard(handle)
        handle.deleteLater()

    @property
    def active(self) -> int:
        """Tasks whose worker has not returned or whose outcome is not yet reported."""
        return len(self._active)

    def shutdown(self, seconds: float = 10.0) -> bool:
        """Cancel everything, silence all callbacks and wait for the pool's threads.

        True when no thread is left.
        """
        for handle in list(self._active):
            handle.detach()
        finished = self.pool.waitForDone(max(0, round(seconds * 1000)))
        if not finished:
            log.warning(
                "%d task thread(s) still running at shutdown", self.pool.activeThreadCount()
            )
        return finished

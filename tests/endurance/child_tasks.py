"""Child: 1,000 tasks through the app's `TaskRunner`, a quarter each succeeding,
failing (a typed error, or an unexpected exception), cancelled and timing out,
a few at a time as pages start them; then the thread pool and the live QObjects
are compared with what they were after a first round of each kind."""

from __future__ import annotations

import collections
import gc
import sys
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from fastai_launcher.core.errors import Cancelled, InputError, LauncherError, TimedOut
from fastai_launcher.core.task import TaskContext
from fastai_launcher.core.text import text
from fastai_launcher.ui.tasks import TaskRunner, UnexpectedError
from tests.endurance.harness import counts, report, start

KINDS = ("success", "failure", "cancel", "timeout")
IN_FLIGHT = 8  # more than the pool's threads: some wait in its queue


def succeed(ctx: TaskContext) -> str:
    ctx.check()
    return "done"


def fail_typed(ctx: TaskContext) -> None:
    raise InputError(text("Endurance", "a typed failure"))


def fail_unexpectedly(ctx: TaskContext) -> None:
    raise RuntimeError("an unexpected failure")


def wait_long(ctx: TaskContext) -> None:
    ctx.sleep(60)  # ends early only by a cancel, or the runner's timeout


def live_qobjects(app: QObject) -> dict[str, int]:
    """QObjects under the application (C++ side), live QObjects Python holds, and
    Python wrappers left of QObjects Qt has deleted (reported, not compared: see
    the endurance test)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    wrappers = [item for item in gc.get_objects() if isinstance(item, QObject)]
    live = sum(1 for item in wrappers if shiboken6.isValid(item))
    return {
        "under_app": len(app.findChildren(QObject)),
        "python_live": live,
        "python_dead_wrappers": len(wrappers) - live,
    }


class Driver:
    def __init__(self, app: Any, runner: TaskRunner, total: int) -> None:
        self.app = app
        self.runner = runner
        self.total = total
        self.started = 0
        self.ended = 0
        self.outcomes: collections.Counter[str] = collections.Counter()

    def run(self) -> None:
        for _ in range(min(IN_FLIGHT, self.total)):
            self.start_next()
        self.app.exec()

    def start_next(self) -> None:
        number, self.started = self.started, self.started + 1
        kind = KINDS[number % len(KINDS)]
        options: dict[str, Any] = {
            "on_result": lambda value: self.outcomes.update([f"result {value}"]),
            "on_error": self.failed,
            "on_finished": self.finished,
            "name": f"{kind} {number}",
        }
        if kind == "success":
            self.runner.run(succeed, **options)
        elif kind == "failure":
            self.runner.run(fail_typed if number % 8 < 4 else fail_unexpectedly, **options)
        elif kind == "cancel":
            self.runner.run(wait_long, **options).cancel()
        else:
            self.runner.run(wait_long, timeout=0.01, **options)

    def failed(self, error: LauncherError) -> None:
        for kind in (TimedOut, Cancelled, UnexpectedError, InputError):
            if isinstance(error, kind):
                self.outcomes.update([kind.__name__])
                return
        self.outcomes.update([type(error).__name__])

    def finished(self) -> None:
        self.ended += 1
        if self.started < self.total:
            self.start_next()
        elif self.ended == self.total:
            self.wait_until_settled()

    def wait_until_settled(self) -> None:
        if self.runner.active:  # a worker still winding down after its timeout
            QTimer.singleShot(10, self.wait_until_settled)
        else:
            self.app.quit()


def main(total: int) -> None:
    app, logs = start()
    logs.allow(r"^task timeout \d+ timed out after")
    logs.allow(r"^task failure \d+ failed unexpectedly")
    runner = TaskRunner(app, max_threads=4)
    Driver(app, runner, len(KINDS) * 2).run()  # a first round: what stays, stays
    runner.pool.waitForDone()
    live_qobjects(app)  # its findChildren makes wrappers for the app's children once
    before = {"pool_active": runner.pool.activeThreadCount(), **live_qobjects(app), **counts()}
    driver = Driver(app, runner, total)
    driver.run()
    runner.pool.waitForDone()
    after = {"pool_active": runner.pool.activeThreadCount(), **live_qobjects(app), **counts()}
    report(
        outcomes=dict(driver.outcomes),
        ended=driver.ended,
        active=runner.active,
        before=before,
        after=after,
        logged=logs.counted,
        shut_down=runner.shutdown(10),
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))

"""Drives a child's scenario inside the app's real event loop: the scenario is a
generator that yields a condition to wait for (None: just let events run once);
the loop ends when the scenario does (or when the app quits by itself)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.endurance.harness import ExpectedLogs

Scenario = Iterator[Callable[[], bool] | None]
STEP_MS = 1


def run(app: QApplication, scenario: Scenario, logs: ExpectedLogs, wait_s: float = 60.0) -> int:
    """`app.exec()` while `scenario` advances; each condition gets `wait_s` seconds,
    after which the child says what it waited for (and the app's last log records)
    and quits with 1."""
    waiting: list[Callable[[], bool] | None] = [None]
    since = [time.monotonic()]
    failed: list[str] = []

    def step() -> None:
        condition = waiting[0]
        if condition is not None and not condition():
            if time.monotonic() - since[0] > wait_s:
                failed.append(getattr(condition, "__doc__", None) or repr(condition))
                timer.stop()
                app.quit()
            return
        try:
            waiting[0] = next(scenario)
            since[0] = time.monotonic()
        except StopIteration:
            timer.stop()
            app.quit()

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(STEP_MS)
    code = app.exec()
    if failed:
        sys.stderr.write(f"gave up waiting for: {failed[0]}\n")
        sys.stderr.write("".join(f"  {line}\n" for line in logs.recent))
        return 1
    return code


def open_box(name: str) -> QMessageBox | None:
    """The visible message box called `name` (the app opens them without blocking)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def press(box: QMessageBox, button: str) -> None:
    found = box.findChild(QPushButton, button)
    if found is None:
        raise LookupError(f"no button {button!r} in {box.objectName()}")
    found.click()

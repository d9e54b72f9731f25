"""A row under a page while a task runs: the current step, a bar, the time so far, Cancel."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ...core.text import Text
from ..i18n import RetranslateMixin
from ..tasks import TaskHandle
from .progress_words import progress_words


def elapsed_text(seconds: float) -> str:
    """`0:07`, `12:30`, `1:02:03`."""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class TaskProgress(RetranslateMixin, QWidget):
    """Hidden while idle; `track(handle)` shows it until the task is over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_progress")
        self.step = QLabel(self)
        self.step.setObjectName("task_step")
        self.step.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("task_elapsed")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("task_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.step, 3)
        row.addWidget(self.bar, 1)
        row.addWidget(self.elapsed)
        row.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._handle: TaskHandle[Any] | None = None
        self._started = 0.0
        self._text: Text | None = None
        self.hide()
        self.retranslate()

    def track(self, handle: TaskHandle[Any], cancellable: bool = True) -> None:
        self._handle = handle
        self._started = time.monotonic()
        self._text = None
        self.bar.setRange(0, 0)  # busy until a step says how far it is
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        handle.progressed.connect(self._progressed)
        handle.finished.connect(self._finished)
        self._tick()
        self.retranslate()
        self._timer.start()
        self.show()

    @property
    def running(self) -> bool:
        return self._handle is not None

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)

    def _progressed(self, step: Text, done: int, total: int) -> None:
        self._text = step
        self.step.setText(progress_words(step))
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.bar.setRange(0, 0)

    def _finished(self) -> None:
        self._handle = None
        self._timer.stop()
        self.hide()

    def _tick(self) -> None:
        self.elapsed.setText(elapsed_text(time.monotonic() - self._started))

    def retranslate(self) -> None:
        self.cancel_button.setText(QCoreApplication.translate("TaskProgress", "Cancel"))
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("TaskProgress", "Cancel the running step")
        )
        self.elapsed.setToolTip(QCoreApplication.translate("TaskProgress", "Time so far"))
        if self._text is not None:
            self.step.setText(progress_words(self._text))
        elif self._handle is not None:
            self.step.setText(QCoreApplication.translate("TaskProgress", "Working…"))

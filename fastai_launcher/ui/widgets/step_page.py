"""The base of the wizard's step pages: a scrolling body, a task progress row, and
`run_step`, which runs a flow function on the page's `Workspace` through the runner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...core.errors import Cancelled, LauncherError
from ...core.task import TaskContext
from ...flow import Workspace
from ...flow.signin import on_workspace
from ..context import AppContext
from ..i18n import RetranslateMixin
from ..tasks import TaskHandle
from .task_progress import TaskProgress

T = TypeVar("T")


def label(parent: QWidget, name: str, rich: bool = False) -> QLabel:
    """A word-wrapped label (Korean wraps: never a fixed width)."""
    widget = QLabel(parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        widget.setOpenExternalLinks(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class StepPage(RetranslateMixin, QWizardPage):
    """Subclasses add widgets to `self.column` and set their strings in `retranslate()`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ws = context.flow
        self.body = QWidget(self)
        self.column = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress_row = TaskProgress(self)
        #: Below the scrolling body, always in sight: what a page must not hide below
        #: the fold (the launch page's price and Launch).
        self.footer = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.footer)
        layout.addWidget(self.progress_row)
        self.tasks: list[TaskHandle[Any]] = []
        self._shown: list[TaskHandle[Any]] = []  # the tasks the progress row follows

    @property
    def busy(self) -> bool:
        """A task that shows progress is running: Next waits for it."""
        return any(not handle.done for handle in self.tasks if handle in self._shown)

    def run_step(
        self,
        fn: Callable[[Workspace, TaskContext], T],
        on_result: Callable[[T], None],
        *,
        on_error: Callable[[LauncherError], None] | None = None,
        signed_in: bool = True,
        progress: bool = True,
        timeout: float | None = None,
        name: str = "",
    ) -> TaskHandle[T]:
        """Run `fn(workspace, ctx)` off the GUI thread (signed in first, unless told not to).

        Errors go to `on_error` when given, else to the one error dialog
        (a cancel is never shown).  With `progress`, the progress row follows it.
        """
        handle = self.context.runner.run(
            on_workspace(self.ws, fn, signed_in=signed_in),
            on_result=on_result,
            on_error=on_error or self.show_error,
            on_finished=self._task_over,
            timeout=timeout,
            owner=self,
            name=name or getattr(fn, "__name__", "step"),
        )
        if progress:
            self.progress_row.track(handle)
            self._shown.append(handle)
        self.tasks.append(handle)
        handle.settled.connect(lambda: self._forget(handle))
        self.completeChanged.emit()
        return handle

    def _forget(self, handle: TaskHandle[Any]) -> None:
        for tasks in (self.tasks, self._shown):
            if handle in tasks:
                tasks.remove(handle)

    def _task_over(self) -> None:
        self.after_task()
        self.completeChanged.emit()

    def after_task(self) -> None:
        """Called when a task of the page is over (its result or error handled)."""

    def show_error(self, error: LauncherError) -> None:
        if isinstance(error, Cancelled):
            return
        from .error_dialog import show_error  # only once something went wrong

        handle = next((h for h in self.tasks if h.error is error), None)
        show_error(self.window(), error, handle.details if handle is not None else "")

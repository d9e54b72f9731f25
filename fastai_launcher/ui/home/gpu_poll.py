"""GPU at a glance: while the home view is visible and the app's instance is
connected, nvidia-smi is read over the session every 30 seconds; never while the
window is hidden."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...flow.gpu import gpu_usage
from ...flow.workspace import Workspace
from ..tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from ...ssh.gpu import GpuReading

POLL_MS = 30_000


def gpu_words(readings: list[GpuReading]) -> str:
    """`GPU 0: 37 % busy, 3.1 of 15.0 GB memory` for each GPU."""
    parts = []
    for gpu in readings:
        busy = (
            f"{gpu.utilization_percent:.0f} %"
            if gpu.utilization_percent is not None
            else QCoreApplication.translate("GpuPoll", "unknown")
        )
        if gpu.memory_used_mib is not None and gpu.memory_total_mib:
            memory = QCoreApplication.translate("GpuPoll", "{used} of {total} GB memory").format(
                used=f"{gpu.memory_used_mib / 1024:.1f}", total=f"{gpu.memory_total_mib / 1024:.1f}"
            )
        else:
            memory = QCoreApplication.translate("GpuPoll", "memory unknown")
        line = QCoreApplication.translate("GpuPoll", "{busy} busy, {memory}").format(
            busy=busy, memory=memory
        )
        parts.append(f"GPU {gpu.index}: {line}" if len(readings) > 1 else line)
    return "; ".join(parts)


class GpuPoll(QObject):
    """`read(instance_id, words)` every `POLL_MS` while started."""

    read = Signal(str, str)

    def __init__(
        self, runner: TaskRunner, workspace: Workspace, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workspace = workspace
        self._task: TaskHandle[list[GpuReading] | None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
            self.poll()

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.detach()
            self._task = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def poll(self) -> None:
        connection = self.workspace.connection
        if self._task is not None or connection is None:
            return
        instance_id = connection.instance_id
        self._task = self.runner.run(
            partial(gpu_usage, self.workspace),
            on_result=lambda readings: self.read.emit(instance_id, gpu_words(readings or [])),
            on_error=lambda _error: None,  # nothing to show: the line stays as it was
            on_finished=self._ended,
            timeout=30,
            owner=self,
            name="gpu",
        )

    def _ended(self) -> None:
        self._task = None

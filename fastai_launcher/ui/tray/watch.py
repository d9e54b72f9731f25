"""The app's instance as AWS sees it, polled through the task runner
(`flow.status.read_status`, one poll).

Polls come every `PollTiming.first` seconds after a change or an action and
slow down (x`factor`, up to `longest`) while nothing changes; while the
instance starts or stops they come every `busy` seconds.

Stopping goes through `flow.lifecycle.stop` (never terminate).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal

from ...core.errors import LauncherError
from ...core.text import Text
from ...flow import lifecycle
from ...flow.instances import PriceFn
from ...flow.status import InstanceStatus, identity, read_status
from ...flow.steps import StopRequested
from ...flow.workspace import Workspace
from ..tasks import TaskHandle, TaskRunner

if TYPE_CHECKING:
    from ...aws.lifecycle import InstanceInfo

log = logging.getLogger("fastai_launcher.ui.watch")

WallClock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class PollTiming:
    first: float = 30.0  # seconds after a change or an action
    longest: float = 300.0  # while nothing changes
    factor: float = 2.0
    busy: float = 5.0  # while the instance starts or stops


class InstanceWatch(QObject):
    """Polls the instance; stops it on request.  Signals come on the GUI thread."""

    changed = Signal(object)  # InstanceStatus
    stop_sent = Signal()  # AWS has the StopInstances request (or nothing was running)
    stop_finished = Signal(object)  # InstanceInfo, stopped
    stop_failed = Signal(object, str)  # LauncherError, details
    #: The flow saved a new instance id or described the instance (any thread).
    _flow_changed = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        workspace: Workspace,
        price: PriceFn | None = None,
        timing: PollTiming = PollTiming(),
        clock: WallClock = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workspace = workspace
        self.price = price
        self.timing = timing
        self.clock = clock
        self.status = InstanceStatus()
        self._delay = timing.first
        self._poll: TaskHandle[InstanceStatus] | None = None
        self._stop: TaskHandle[Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)
        self._flow_changed.connect(self._follow_flow, Qt.ConnectionType.QueuedConnection)
        self._unwatch: Callable[[], None] | None = None

    def start(self) -> None:
        if self._unwatch is None:
            self._unwatch = self.workspace.watch_instance(self._flow_changed.emit)
        self.poll()

    def _follow_flow(self) -> None:
        """A page, the express run or the home view launched, started or stopped the
        instance: poll now if that is not what is shown, rather than minutes later
        (closing the app must ask while a launch waits for its instance)."""
        if self._unwatch is None:
            return  # closed
        seen = self.status.own  # the app's own instance as the last poll saw it
        described = self.workspace.instance
        saved_id = self.workspace.progress.instance_id
        if saved_id != (seen.instance_id if seen else None) or (
            described is not None and identity(described) != identity(seen)
        ):
            self.poke()

    def poke(self) -> None:
        """Poll now and fast again (after an action)."""
        self._delay = self.timing.first
        self.poll()

    def poll(self) -> None:
        if self._poll is not None:
            return  # one at a time; its end schedules the next
        self._timer.stop()
        previous, now = self.status, self.clock()
        self._poll = self.runner.run(
            partial(read_status, self.workspace, previous=previous, price=self.price, now=now),
            on_result=self._polled,
            on_error=self._poll_failed,
            on_finished=self._poll_ended,
            timeout=120,
            owner=self,
            name="check the instance",
        )

    @property
    def stopping(self) -> bool:
        return self._stop is not None

    def stop_instance(self) -> bool:
        """Stop the instance through the task runner; False when a stop already runs."""
        if self._stop is not None:
            return False
        self._set(replace(self.status, stopping=True))
        shown = self.status.instance
        target = shown.instance_id if shown is not None else None
        self._stop = self.runner.run(
            partial(lifecycle.stop, self.workspace, instance_id=target),
            on_result=self._stopped,
            on_error=self._stop_error,
            on_progress=self._stop_progress,
            timeout=self.workspace.timing.instance_timeout + 60,
            owner=self,
            name="stop the instance",
        )
        return True

    def stop_and_wait_until_sent(self, seconds: float) -> bool:
        """Start a stop and keep the event loop running until AWS has the request, at
        most `seconds` (for logging out: the session may end right after).  True when
        the request was sent or the instance is already stopped."""
        outcome: list[bool] = []
        loop = QEventLoop()

        def sent() -> None:
            outcome.append(True)
            loop.quit()

        def failed(error: LauncherError, details: str) -> None:
            del error, details
            outcome.append(False)
            loop.quit()

        self.stop_sent.connect(sent)
        self.stop_failed.connect(failed)
        try:
            if self._stop is None:
                self.stop_instance()
            if not outcome:
                QTimer.singleShot(max(0, round(seconds * 1000)), loop, loop.quit)
                loop.exec()
        finally:
            self.stop_sent.disconnect(sent)
            self.stop_failed.disconnect(failed)
        if not outcome:
            log.warning("the stop request was not confirmed within %s s", seconds)
        return bool(outcome and outcome[0])

    def close(self) -> None:
        """Before quitting: no more polls (a stop under way is left to the runner)."""
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        self._timer.stop()
        if self._poll is not None:
            self._poll.detach()
            self._poll = None

    def _set(self, status: InstanceStatus) -> None:
        self.status = status
        self.changed.emit(status)

    def _polled(self, status: InstanceStatus) -> None:
        if identity(status.instance) == identity(self.status.instance):
            self._delay = min(self._delay * self.timing.factor, self.timing.longest)
        else:
            self._delay = self.timing.first
        self._set(replace(status, stopping=self._stop is not None))

    def _poll_failed(self, error: LauncherError) -> None:
        log.info("checking the instance failed: %s", error)
        self._delay = min(self._delay * self.timing.factor, self.timing.longest)

    def _poll_ended(self) -> None:
        self._poll = None
        busy = self.status.busy or self._stop is not None
        delay = min(self._delay, self.timing.busy) if busy else self._delay
        self._timer.start(max(0, round(delay * 1000)))

    def _stop_progress(self, step: Text, done: int, total: int) -> None:
        del done, total
        if isinstance(step, StopRequested):
            self.stop_sent.emit()

    def _stopped(self, info: InstanceInfo) -> None:
        self._stop = None
        self.stop_sent.emit()
        own = info if self.status.own is self.status.instance else self.status.own
        self._set(
            InstanceStatus(info, self.status.price, self.status.idle_stop, self.clock(), own=own)
        )
        self.stop_finished.emit(info)
        self.poke()

    def _stop_error(self, error: LauncherError) -> None:
        handle, self._stop = self._stop, None
        self._set(replace(self.status, stopping=False))
        self.stop_failed.emit(error, handle.details if handle else "")
        self.poke()

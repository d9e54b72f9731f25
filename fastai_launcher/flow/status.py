"""The instance that costs, as one poll of the tray's watch sees it.

AWS is the truth: an instance stopped in the console, by the idle alarm or by
another copy of the app shows as stopped after the next poll.  The price is
looked up again only when the instance type changes, the idle alarm when the
state changes or every `ALARM_REREAD`, so a steady poll is one
DescribeInstances call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..core.money import PriceQuote, cost_of_running
from ..core.task import TaskContext
from .instances import PriceFn, app_instances, quote_or_none
from .signin import resume_sign_in
from .spending import month_seen
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.autostop import IdleStopAlarm
    from ..aws.lifecycle import InstanceInfo
    from ..core.ledger import MonthSpending

log = logging.getLogger("fastai_launcher.flow")

#: The idle alarm can change without a state change (the launch page, another copy).
ALARM_REREAD = timedelta(minutes=10)


@dataclass(frozen=True)
class InstanceStatus:
    """What the tray and the banner show, as of the last poll."""

    instance: InstanceInfo | None = None  # None: the app has no instance (or cannot tell)
    price: PriceQuote | None = None  # None: unknown
    idle_stop: IdleStopAlarm | None = None  # None: auto-stop is off
    checked_at: datetime | None = None
    idle_stop_read_at: datetime | None = None
    stopping: bool = False  # this app is stopping it right now
    #: The app's own (saved) instance as the poll saw it: `instance` unless another
    #: app instance runs while this one does not (`costing_instance`).
    own: InstanceInfo | None = None
    #: This month's spending, the ledger brought up to date from the poll's answer.
    month: MonthSpending | None = None

    @property
    def state(self) -> str:
        """The instance's state ("stopping" while this app stops it), "" without one."""
        if self.instance is None:
            return ""
        if self.stopping and self.instance.state in ("pending", "running"):
            return "stopping"
        return self.instance.state

    @property
    def hourly_usd(self) -> float | None:
        """Everything a running hour costs: instance, public address, disk."""
        return self.price.running_hourly_usd if self.price else None

    @property
    def running(self) -> bool:
        return self.state in ("pending", "running")

    @property
    def busy(self) -> bool:
        return self.state in ("pending", "stopping", "shutting-down")

    def running_for(self, now: datetime) -> timedelta:
        info = self.instance
        if info is None or not self.running or info.launch_time is None:
            return timedelta()
        return max(timedelta(), now - info.launch_time)

    def cost_so_far(self, now: datetime) -> float | None:
        if self.hourly_usd is None:
            return None
        return cost_of_running(self.hourly_usd, self.running_for(now).total_seconds())


def identity(info: InstanceInfo | None) -> tuple[str, str] | None:
    """What a poll compares: the instance and its state."""
    return (info.instance_id, info.state) if info else None


def read_status(
    ws: Workspace,
    ctx: TaskContext,
    previous: InstanceStatus,
    price: PriceFn | None,
    now: datetime,
) -> InstanceStatus:
    """One poll: the instance, and its alarm and price when new.  Not signed in (and
    no saved way to sign in): an empty status, not an error."""
    if not ws.progress.region:
        return InstanceStatus(checked_at=now)
    if not ws.signed_in and resume_sign_in(ws, ctx) is None:
        return InstanceStatus(checked_at=now)
    answers: list[Mapping[str, Any]] = []
    own, info = costing_instance(ws, ctx, answers.append)
    month = month_seen(ws, answers, price, now.timestamp())
    if info is None:
        return InstanceStatus(checked_at=now, own=own, month=month)
    old = previous.instance
    alarm, alarm_read = previous.idle_stop, previous.idle_stop_read_at
    if identity(old) != identity(info) or alarm_read is None or now - alarm_read > ALARM_REREAD:
        alarm, alarm_read = _idle_stop(ws, info.instance_id), now
    quote = previous.price
    if old is None or old.instance_type != info.instance_type or quote is None:
        quote = quote_or_none(price, info.region, info.instance_type, ws.progress.volume_gb)
    return InstanceStatus(info, quote, alarm, now, alarm_read, own=own, month=month)


def costing_instance(
    ws: Workspace, ctx: TaskContext, on_answer: Callable[[Mapping[str, Any]], None] | None = None
) -> tuple[InstanceInfo | None, InstanceInfo | None]:
    """The app's instance and the one that costs: the same, except when the app's
    own is not running and another app instance is (launched from another
    computer).  That one is the one the reminders are about and that the tray's
    Stop stops (by its id); the saved instance stays what it is, so the wizard and
    the home view keep working on it."""
    own, found = app_instances(ws, ctx, on_answer)
    running = [i for i in found if i.running]
    if (own is not None and own.running) or not running:
        return own, own
    other = running[-1]
    log.info("instance %s runs while the app's own does not: watching it", other.instance_id)
    return own, other


def _idle_stop(ws: Workspace, instance_id: str) -> IdleStopAlarm | None:
    from ..aws.autostop import read_idle_stop

    return read_idle_stop(ws.client("cloudwatch"), instance_id)

"""The instance's state, running time, cost and auto-stop in words, for the tray
and the banner (both say the same, so they share these)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from ...core.money import usd
from ...core.reminders import Reminder
from ...flow.status import InstanceStatus


def duration(span: timedelta) -> str:
    """`2 hours 5 minutes`, `45 minutes`."""
    minutes = int(span.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours == 0:
        return QCoreApplication.translate("InstanceWords", "%n minute(s)", "", minutes)
    hours_text = QCoreApplication.translate("InstanceWords", "%n hour(s)", "", hours)
    if minutes == 0:
        return hours_text
    minutes_text = QCoreApplication.translate("InstanceWords", "%n minute(s)", "", minutes)
    return QCoreApplication.translate("InstanceWords", "{hours} {minutes}").format(
        hours=hours_text, minutes=minutes_text
    )


def state_name(status: InstanceStatus) -> str:
    names = {
        "pending": QCoreApplication.translate("InstanceWords", "starting"),
        "running": QCoreApplication.translate("InstanceWords", "running"),
        "stopping": QCoreApplication.translate("InstanceWords", "stopping"),
        "stopped": QCoreApplication.translate("InstanceWords", "stopped"),
        "shutting-down": QCoreApplication.translate("InstanceWords", "being deleted"),
        "terminated": QCoreApplication.translate("InstanceWords", "deleted"),
    }
    return names.get(status.state, status.state)


def headline(status: InstanceStatus) -> str:
    """`Instance i-0abc (g4dn.xlarge): running`, or that there is none."""
    info = status.instance
    if info is None:
        return QCoreApplication.translate("InstanceWords", "No GPU instance")
    return QCoreApplication.translate("InstanceWords", "Instance {id} ({type}): {state}").format(
        id=info.instance_id, type=info.instance_type, state=state_name(status)
    )


def running_line(status: InstanceStatus, now: datetime) -> str:
    """`Running for 1 hour 5 minutes, $0.57 so far`; empty when it does not run."""
    if not status.running:
        return ""
    span = duration(status.running_for(now))
    cost = status.cost_so_far(now)
    if cost is None:
        return QCoreApplication.translate("InstanceWords", "Running for {time}").format(time=span)
    return QCoreApplication.translate("InstanceWords", "Running for {time}, {cost} so far").format(
        time=span, cost=usd(cost)
    )


def idle_stop_line(status: InstanceStatus) -> str:
    if status.instance is None:
        return ""
    alarm = status.idle_stop
    if alarm is None or not alarm.actions_enabled:
        return QCoreApplication.translate(
            "InstanceWords", "Auto-stop: off. Only you (or the console) can stop it."
        )
    return QCoreApplication.translate(
        "InstanceWords", "Auto-stop: after {minutes} minutes below {percent}% CPU"
    ).format(minutes=alarm.minutes, percent=f"{alarm.cpu_percent:g}")


def tooltip(status: InstanceStatus, now: datetime, month: str = "") -> str:
    lines = [
        QCoreApplication.translate("InstanceWords", "fastai launcher"),
        headline(status),
        running_line(status, now),
        idle_stop_line(status) if status.running else "",
        month,
    ]
    return "\n".join(line for line in lines if line)


def reminder_title(reminder: Reminder) -> str:
    if reminder.loud:
        return QCoreApplication.translate(
            "InstanceWords", "Your GPU instance has run {time} today"
        ).format(time=duration(reminder.running_today))
    return QCoreApplication.translate("InstanceWords", "Your GPU instance is still running")


def reminder_body(reminder: Reminder, status: InstanceStatus, now: datetime) -> str:
    cost = status.cost_so_far(now)
    if cost is None:
        first = QCoreApplication.translate(
            "InstanceWords", "{id} has been running for {time}."
        ).format(id=reminder.instance_id, time=duration(reminder.running))
    else:
        first = QCoreApplication.translate(
            "InstanceWords", "{id} has been running for {time} and has cost {cost}."
        ).format(id=reminder.instance_id, time=duration(reminder.running), cost=usd(cost))
    second = QCoreApplication.translate(
        "InstanceWords", "Stop it when you are done: it costs money every minute it runs."
    )
    return f"{first} {second}"

"""Reminders on the GUI thread: feeds the watched instance to the pure
`core.reminders.ReminderSchedule`, asks it what is due, and announces it to
whoever shows it (the tray, or the banner where there is no tray).  Its owner
calls `check()` on a timer.

A reminder stays *pending* (its Snooze and Stop answers offered) until the user
answers it, the instance stops, or the next one replaces it.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QObject, Signal

from ...core.reminders import Reminder, ReminderSchedule
from ...core.state import Settings
from ...flow.status import InstanceStatus
from .watch import InstanceWatch, WallClock


class Reminders(QObject):
    reminded = Signal(object)  # Reminder
    pending_changed = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        watch: InstanceWatch,
        clock: WallClock,
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule = ReminderSchedule(settings, clock, tz)
        self.pending: Reminder | None = None
        watch.changed.connect(self.observe)

    def observe(self, status: InstanceStatus) -> None:
        info = status.instance
        if status.running and info is not None and info.launch_time is not None:
            self.schedule.observe(info.instance_id, info.launch_time)
        else:
            self.schedule.observe(None, None)
            self._set_pending(None)
        self.check()

    def check(self) -> Reminder | None:
        """Announce the reminder that is due, if one is; it is returned too."""
        reminder = self.schedule.pop_due()
        if reminder is not None:
            self._set_pending(reminder)
            self.reminded.emit(reminder)
        return reminder

    def snooze(self) -> datetime | None:
        """The user's "Snooze 30 minutes": the next reminder comes 30 minutes later."""
        self._set_pending(None)
        return self.schedule.snooze()

    def answered(self) -> None:
        """The user answered the pending reminder some other way (Stop, Open)."""
        self._set_pending(None)

    def _set_pending(self, reminder: Reminder | None) -> None:
        was = self.pending is not None
        self.pending = reminder
        if was != (reminder is not None):
            self.pending_changed.emit(reminder is not None)

"""When to remind the user that the instance is still running (and costing).

- A reminder comes every `Settings.remind_after_minutes` of running time,
  counted from the instance's last start: at 60, 120, 180, ... minutes by
  default.  0 turns these off.
- Snoozing shifts the next reminder by 30 minutes (120 becomes 150); the ones
  after it stay on the running-time grid (180, 240, ...).  Snoozing twice
  shifts it twice.
- Once the instance has run `Settings.daily_warning_hours` in total today
  (this computer's calendar day, every run the schedule saw), reminders are
  the louder kind.  The moment the threshold is crossed brings one of its
  own, once a day, even between two regular ones.
- A computer that slept through several reminders gets one, not a burst.

Pure: the caller hands in the settings, a clock (aware datetimes) and what it
saw of the instance; nothing here waits or talks to AWS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from .state import Settings

SNOOZE = timedelta(minutes=30)

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class Reminder:
    """One reminder to show now."""

    instance_id: str
    due: datetime  # when it was meant to come
    running: timedelta  # since the instance's last start
    running_today: timedelta  # every run today, this one included
    loud: bool  # past the daily threshold


@dataclass(frozen=True)
class _Run:
    instance_id: str
    start: datetime


class ReminderSchedule:
    """Tell it what runs (`observe`), ask what is due (`pop_due`), snooze."""

    def __init__(self, settings: Settings, clock: Clock, tz: tzinfo | None = None) -> None:
        self._settings = settings  # read on every question: changed settings apply at once
        self._clock = clock
        self._tz = tz  # None: the computer's local time zone
        self._run: _Run | None = None
        self._last_due = clock()  # set again by every `observe`
        self._snoozed_until: datetime | None = None
        self._loud_day: date | None = None  # the day whose threshold was announced
        self._earlier: list[tuple[datetime, datetime]] = []  # runs that ended

    @property
    def instance_id(self) -> str | None:
        return self._run.instance_id if self._run else None

    def observe(self, instance_id: str | None, running_since: datetime | None) -> None:
        """What AWS says now: the instance runs since `running_since`, or nothing runs
        (either None).  The same run again changes nothing; a new start begins a new
        schedule."""
        now = self._clock()
        run = _Run(instance_id, running_since) if instance_id and running_since else None
        if run == self._run:
            return
        if self._run is not None:
            self._earlier.append((self._run.start, now))
        self._run = run
        self._last_due = now  # nothing already past is announced, except the daily threshold
        self._snoozed_until = None
        self._forget_old_runs(now)

    def running_today(self, now: datetime | None = None) -> timedelta:
        """Running time today, over every run seen (the current one up to `now`)."""
        now = now or self._clock()
        day_start = self._day_start(now)
        runs = [*self._earlier, *([(self._run.start, now)] if self._run else [])]
        total = timedelta()
        for start, end in runs:
            overlap = min(end, now) - max(start, day_start)
            if overlap > timedelta():
                total += overlap
        return total

    def next_due(self) -> datetime | None:
        """When the next reminder comes; None while nothing runs (or all are off)."""
        if self._run is None:
            return None
        now = self._clock()
        candidates = []
        regular = self._next_regular()
        if regular is not None:
            candidates.append(regular)
        if self._loud_day != self._day(now):
            threshold = self._daily_threshold()
            if threshold > timedelta():
                candidates.append(now + max(timedelta(), threshold - self.running_today(now)))
        if not candidates:
            return None
        due = min(candidates)
        if self._snoozed_until is not None and due < self._snoozed_until:
            due = self._snoozed_until
        return due

    def pop_due(self) -> Reminder | None:
        """The reminder to show now, if one is due; asking again returns None until
        the next one."""
        due = self.next_due()
        now = self._clock()
        if self._run is None or due is None or now < due:
            return None
        today = self.running_today(now)
        threshold = self._daily_threshold()
        loud = threshold > timedelta() and today >= threshold
        if loud:
            self._loud_day = self._day(now)
        self._last_due = now
        self._snoozed_until = None
        return Reminder(self._run.instance_id, due, now - self._run.start, today, loud)

    def snooze(self, delay: timedelta = SNOOZE) -> datetime | None:
        """Shift the next reminder by `delay`; when it comes now (None: nothing runs)."""
        due = self.next_due()
        if due is None:
            return None
        self._snoozed_until = due + delay
        return self._snoozed_until

    def _next_regular(self) -> datetime | None:
        assert self._run is not None
        minutes = self._settings.remind_after_minutes
        if minutes <= 0:
            return None
        interval = timedelta(minutes=minutes)
        start = self._run.start
        passed = max(timedelta(), self._last_due - start)
        return start + interval * (passed // interval + 1)

    def _daily_threshold(self) -> timedelta:
        return timedelta(hours=max(0.0, self._settings.daily_warning_hours))

    def _day(self, moment: datetime) -> date:
        return moment.astimezone(self._tz).date()

    def _day_start(self, moment: datetime) -> datetime:
        local = moment.astimezone(self._tz)
        return local.replace(hour=0, minute=0, second=0, microsecond=0)

    def _forget_old_runs(self, now: datetime) -> None:
        horizon = self._day_start(now)
        self._earlier = [(start, end) for start, end in self._earlier if end > horizon]

"""When reminders come: an injected clock walks through hours of running time
in a few milliseconds; nothing waits."""

from datetime import datetime, timedelta, timezone

import pytest

from fastai_launcher.core.reminders import ReminderSchedule
from fastai_launcher.core.state import Settings

SEOUL = timezone(timedelta(hours=9))
MORNING = datetime(2026, 11, 2, 9, 0, tzinfo=SEOUL)
MINUTE = timedelta(minutes=1)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def walk(schedule, clock, until_minutes, start=MORNING):
    """Advance the clock minute by minute; the running minutes at which a reminder came."""
    fired = []
    while clock.now < start + until_minutes * MINUTE:
        clock.now += MINUTE
        reminder = schedule.pop_due()
        if reminder is not None:
            fired.append((reminder.running // MINUTE, reminder.loud))
    return fired


@pytest.fixture
def clock():
    return Clock(MORNING)


def started(settings, clock, start=MORNING):
    schedule = ReminderSchedule(settings, clock, SEOUL)
    schedule.observe("i-0abc", start)
    return schedule


def test_reminders_come_every_hour_of_running_time_and_the_fourth_hour_is_loud(clock):
    schedule = started(Settings(), clock)

    assert schedule.next_due() == MORNING + 60 * MINUTE
    fired = walk(schedule, clock, 330)

    assert fired == [(60, False), (120, False), (180, False), (240, True), (300, True)]


def test_asking_twice_at_the_same_minute_gives_one_reminder(clock):
    schedule = started(Settings(), clock)
    clock.now = MORNING + 60 * MINUTE

    assert schedule.pop_due() is not None
    assert schedule.pop_due() is None
    assert schedule.next_due() == MORNING + 120 * MINUTE


def test_snooze_shifts_the_next_reminder_by_30_minutes_and_the_grid_goes_on(clock):
    schedule = started(Settings(daily_warning_hours=24), clock)
    walk(schedule, clock, 61)  # the first one came at 60 and is on screen

    assert schedule.snooze() == MORNING + 150 * MINUTE
    assert schedule.next_due() == MORNING + 150 * MINUTE
    fired = walk(schedule, clock, 250)

    assert fired == [(150, False), (180, False), (240, False)]


def test_snoozing_twice_shifts_twice(clock):
    schedule = started(Settings(daily_warning_hours=24), clock)
    schedule.snooze()
    schedule.snooze()

    assert walk(schedule, clock, 130) == [(120, False)]


def test_the_daily_threshold_gets_a_loud_reminder_of_its_own_between_regular_ones(clock):
    schedule = started(Settings(remind_after_minutes=90, daily_warning_hours=2), clock)

    fired = walk(schedule, clock, 300)

    assert fired == [(90, False), (120, True), (180, True), (270, True)]


def test_running_time_of_earlier_runs_today_counts_towards_the_threshold(clock):
    schedule = started(Settings(daily_warning_hours=3), clock)
    clock.now = MORNING + 150 * MINUTE
    schedule.pop_due()
    schedule.observe(None, None)  # stopped after 2.5 hours
    assert schedule.next_due() is None

    clock.now = MORNING + 5 * 60 * MINUTE
    restart = clock.now
    schedule.observe("i-0abc", restart)
    assert schedule.running_today() == 150 * MINUTE

    fired = walk(schedule, clock, 70, start=restart)

    # 30 more minutes make 3 hours today: loud, before the new run's first hour.
    assert fired == [(30, True), (60, True)]


def test_a_new_day_starts_counting_from_zero(clock):
    late = datetime(2026, 11, 2, 22, 0, tzinfo=SEOUL)
    clock.now = late
    schedule = started(Settings(daily_warning_hours=3), clock, start=late)

    fired = walk(schedule, clock, 5 * 60, start=late)

    # Five hours in a row, but 2 before midnight and 3 after: loud only at 03:00.
    assert fired == [(60, False), (120, False), (180, False), (240, False), (300, True)]


def test_a_computer_that_slept_gets_one_reminder_not_a_burst(clock):
    schedule = started(Settings(daily_warning_hours=24), clock)
    clock.now = MORNING + (3 * 60 + 20) * MINUTE  # woke up after 3 h 20 min

    reminder = schedule.pop_due()
    assert reminder is not None and reminder.running == 200 * MINUTE
    assert schedule.pop_due() is None
    assert schedule.next_due() == MORNING + 240 * MINUTE


def test_an_instance_found_running_long_ago_is_reminded_at_its_next_hour(clock):
    clock.now = MORNING + 130 * MINUTE  # the app starts; the instance runs since 9:00
    schedule = started(Settings(daily_warning_hours=24), clock)

    assert schedule.pop_due() is None
    assert schedule.next_due() == MORNING + 180 * MINUTE


def test_found_running_past_the_threshold_it_says_so_at_once(clock):
    clock.now = MORNING + 5 * 60 * MINUTE
    schedule = started(Settings(), clock)

    reminder = schedule.pop_due()

    assert reminder is not None and reminder.loud and reminder.running == 300 * MINUTE


def test_a_new_start_begins_a_new_schedule(clock):
    schedule = started(Settings(daily_warning_hours=24), clock)
    clock.now = MORNING + 45 * MINUTE
    schedule.observe("i-0abc", MORNING + 40 * MINUTE)  # stopped and started again meanwhile

    assert schedule.next_due() == MORNING + 100 * MINUTE


def test_a_changed_setting_applies_at_once(clock):
    settings = Settings(daily_warning_hours=24)
    schedule = started(settings, clock)
    settings.remind_after_minutes = 20

    assert walk(schedule, clock, 61) == [(20, False), (40, False), (60, False)]


def test_zero_minutes_turns_regular_reminders_off_but_not_the_daily_one(clock):
    schedule = started(Settings(remind_after_minutes=0, daily_warning_hours=1), clock)

    assert walk(schedule, clock, 180) == [(60, True)]


def test_nothing_is_due_while_nothing_runs(clock):
    schedule = ReminderSchedule(Settings(), clock, SEOUL)
    clock.now += 10 * 60 * MINUTE

    assert schedule.next_due() is None
    assert schedule.pop_due() is None
    assert schedule.snooze() is None

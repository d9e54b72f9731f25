"""The month's spending from the app's own ledger: a month walked with an injected
clock, the app closed for most of it (stops made by the idle alarm and runs
started in the console while it was closed), restarts (the ledger is read
back from its file each time) and a corrupt file (its `.bak` takes over)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from fastai_launcher.core.ledger import (
    Ledger,
    Sighting,
    ledger_path,
    load_ledger,
    reason_time,
    save_ledger,
)
from fastai_launcher.core.money import HOURS_PER_MONTH, PriceQuote

HOURLY, IPV4, EBS, GB = 0.526, 0.005, 0.08, 75
DISK_HOURLY = EBS * GB / HOURS_PER_MONTH
ID = "i-0ledger000000000"


def at(text: str) -> float:
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc).timestamp()


def price(region: str, instance_type: str, volume_gb: int) -> PriceQuote | None:
    if instance_type != "g4dn.xlarge":
        return None
    return PriceQuote(
        region, instance_type, HOURLY, EBS, IPV4, volume_gb, "bundled", date(2026, 11, 1)
    )


def seen(state: str, launched: str, reason: str = "", instance_id: str = ID) -> Sighting:
    return Sighting(instance_id, "us-east-1", "g4dn.xlarge", state, at(launched), reason)


def stopped_by_alarm(when: str) -> str:
    return f"User initiated ({when}:00 GMT)"


class App:
    """One start of the app each time it looks: the ledger read from its file, updated, saved."""

    def __init__(self, config) -> None:
        self.path = ledger_path(config)

    def sees(self, now: str, *sightings: Sighting) -> Ledger:
        ledger = load_ledger(self.path)
        for sighting in sightings:
            ledger.observe(sighting, at(now), GB)
        save_ledger(ledger, self.path)
        return ledger

    def month(self, now: str):
        return load_ledger(self.path).month(at(now), price)


def test_the_time_in_a_state_transition_reason_is_read():
    assert reason_time("User initiated (2026-12-01 10:00:00 GMT)") == at("2026-12-01 10:00")
    assert reason_time("Server.ScheduledStop (2026-12-03 04:05:06 GMT)") is not None
    assert reason_time("User initiated (2026-12-01 10:00:00 UTC)") == at("2026-12-01 10:00")
    assert reason_time("") is None and reason_time(None) is None


def test_a_month_walked_with_the_app_closed_most_of_the_time(tmp_path):
    app = App(tmp_path)
    # November: launched and stopped by the app (not this month's running, but the disk is).
    app.sees("2026-11-28 10:05", seen("running", "2026-11-28 10:00"))
    app.sees(
        "2026-11-28 12:00",
        seen("stopped", "2026-11-28 10:00", stopped_by_alarm("2026-11-28 12:00")),
    )

    # Dec 1: started by the app at 10:00; the app quits at 11:00 with it running; the alarm
    # stops it at 12:30 while the app is closed.
    app.sees("2026-12-01 10:01", seen("running", "2026-12-01 10:00"))
    app.sees("2026-12-01 11:00", seen("running", "2026-12-01 10:00"))
    app.sees(
        "2026-12-02 09:00",
        seen("stopped", "2026-12-01 10:00", stopped_by_alarm("2026-12-01 12:30")),
    )
    # Dec 5: started in the console at 09:00, stopped by the alarm at 10:00, app closed all along.
    app.sees(
        "2026-12-06 08:00",
        seen("stopped", "2026-12-05 09:00", stopped_by_alarm("2026-12-05 10:00")),
    )
    # Seen again: nothing counted twice.
    app.sees(
        "2026-12-07 08:00",
        seen("stopped", "2026-12-05 09:00", stopped_by_alarm("2026-12-05 10:00")),
    )
    # Dec 10: the app starts it at 14:00 and stops it at 16:00.
    app.sees("2026-12-10 14:01", seen("running", "2026-12-10 14:00"))
    app.sees(
        "2026-12-10 16:01",
        seen("stopped", "2026-12-10 14:00", stopped_by_alarm("2026-12-10 16:00")),
    )

    december = app.month("2026-12-20 00:00")
    hours = 2.5 + 1 + 2
    assert december.month == "2026-12" and december.priced
    assert december.running_hours == pytest.approx(hours)
    assert december.running_usd == pytest.approx(hours * (HOURLY + IPV4))
    assert december.ipv4_usd == pytest.approx(hours * IPV4)
    assert december.disk_usd == pytest.approx(19 * 24 * DISK_HOURLY)  # Dec 1 to Dec 20
    assert december.total_usd == pytest.approx(december.running_usd + december.disk_usd)
    assert december.summary().render() == (
        f"This month: about ${december.total_usd:.2f} "
        f"(GPU ${december.running_usd:.2f}, disk ${december.disk_usd:.2f})"
    )

    # Running now, since 22:00 on Dec 31, into January: each month gets its own hours.
    app.sees("2026-12-31 22:05", seen("running", "2026-12-31 22:00"))
    december_end = app.month("2026-12-31 23:59")
    assert december_end.running_hours == pytest.approx(hours + 1 + 59 / 60)
    january = app.month("2027-01-01 03:00")
    assert january.month == "2027-01"
    assert january.running_hours == pytest.approx(3.0)  # still running, counted up to now
    assert january.disk_usd == pytest.approx(3 * DISK_HOURLY)


def test_a_run_started_and_stopped_again_while_the_app_was_closed_is_not_lost(tmp_path):
    app = App(tmp_path)
    app.sees("2026-12-01 10:01", seen("running", "2026-12-01 10:00"))
    # The app closes at 10:30; stopped at 11:00 (not seen), started at 13:00 in the console.
    app.sees("2026-12-01 10:30", seen("running", "2026-12-01 10:00"))
    app.sees("2026-12-01 14:00", seen("running", "2026-12-01 13:00"))
    month = app.month("2026-12-01 15:00")
    # The first run's end is unknown: counted up to when the app last saw it (an underestimate).
    assert month.running_hours == pytest.approx(0.5 + 2.0)


def test_a_deleted_instance_s_disk_is_no_longer_counted_and_an_unpriced_one_is_said(tmp_path):
    app = App(tmp_path)
    app.sees(
        "2026-12-01 00:00",
        seen("stopped", "2026-11-30 10:00", stopped_by_alarm("2026-11-30 11:00")),
    )
    app.sees(
        "2026-12-03 00:00",
        seen("terminated", "2026-11-30 10:00", stopped_by_alarm("2026-12-02 00:00")),
    )
    month = app.month("2026-12-10 00:00")
    assert month.running_hours == 0 and month.disk_usd == pytest.approx(24 * DISK_HOURLY)

    other = Sighting("i-0other", "us-east-1", "x9.huge", "running", at("2026-12-10 00:00"))
    app.sees("2026-12-10 01:00", other)
    assert not app.month("2026-12-10 02:00").priced  # its price is unknown: left out, and said so


def test_the_ledger_survives_a_restart_and_a_corrupt_file(tmp_path):
    app = App(tmp_path)
    app.sees("2026-12-01 10:01", seen("running", "2026-12-01 10:00"))
    app.sees(
        "2026-12-01 12:00",
        seen("stopped", "2026-12-01 10:00", stopped_by_alarm("2026-12-01 12:00")),
    )
    path = ledger_path(tmp_path)
    assert path.with_suffix(".json.bak").exists()
    before = app.month("2026-12-02 00:00")
    assert before.running_hours == pytest.approx(2.0)

    path.write_text('{"version": 1, "instances": [{"instance_id": ')  # a crash mid-write elsewhere
    after = app.month("2026-12-02 00:00")
    # The backup holds the last save (the run closed at the alarm's time): the next look at
    # AWS, seeing the same stop, leaves the month as it was.
    assert after.running_hours > 0
    app.sees(
        "2026-12-02 00:00",
        seen("stopped", "2026-12-01 10:00", stopped_by_alarm("2026-12-01 12:00")),
    )
    assert app.month("2026-12-02 00:00") == before
    assert path.with_suffix(".json.corrupt").exists()

    path.write_text("not json")
    path.with_suffix(".json.bak").write_text("nor this")
    assert load_ledger(path).instances == {}  # both unreadable: a fresh start, not a crash


def test_a_ledger_that_cannot_be_read_or_copied_gives_way_to_its_backup(tmp_path):
    app = App(tmp_path)
    app.sees("2026-12-01 10:01", seen("running", "2026-12-01 10:00"))
    app.sees("2026-12-01 11:00", seen("running", "2026-12-01 10:00"))
    path = ledger_path(tmp_path)
    path.unlink()
    path.mkdir()  # not a file: it can be neither read nor copied aside
    assert load_ledger(path).instances.keys() == {ID}

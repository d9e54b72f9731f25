"""The month's spending without a paid API: a ledger of each instance's running periods.

AWS's Cost Explorer costs money per call, so the app keeps its own record.
Each time it sees its instances (`observe`), it learns when the current run
started (`LaunchTime`, the most recent start) and, for a stopped instance,
when it stopped: `StateTransitionReason` holds the time of the stop, whoever
made it — the app, the console, or the idle alarm while the app was closed
(`User initiated (2026-12-01 10:00:00 GMT)`).  A run that started and
stopped entirely while the app was closed is found the same way: a
`LaunchTime` newer than every recorded start.

Priced with the app's price figures: the instance's hourly price and its
public IPv4 address while running, the disk's monthly cost prorated over the
time the disk existed.  Months are UTC months, as AWS bills them.

Saved atomically as JSON in the config folder, then again as `.bak` (as
`core/state.py` saves), which a corrupt file falls back to.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from . import atomic
from .money import PriceQuote, usd
from .state import backup_path, keep_aside
from .text import QT_TRANSLATE_NOOP, Text, text

log = logging.getLogger("fastai_launcher.core.ledger")

LEDGER_FILE = "ledger.json"
KEEP_SECONDS = 400 * 86400  # periods older than this are dropped: past any month shown
RUNNING_STATES = ("pending", "running")
GONE_STATES = ("shutting-down", "terminated")
_REASON_TIME = re.compile(r"\((\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?:GMT|UTC)\)")  # moto: UTC
_SAME_START = 2.0  # seconds: the same LaunchTime seen twice

PriceFn = Callable[[str, str, int], PriceQuote | None]


def ledger_path(config: Path) -> Path:
    return config / LEDGER_FILE


def reason_time(reason: str | None) -> float | None:
    """The time in a `StateTransitionReason` (`User initiated (2026-12-01 10:00:00 GMT)`)."""
    found = _REASON_TIME.search(reason or "")
    if not found:
        return None
    moment = datetime.strptime(found[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    return moment.timestamp()


@dataclass
class Period:
    """One run, in seconds since the epoch; `end` None: running when last seen."""

    start: float
    end: float | None = None


@dataclass
class InstanceRecord:
    instance_id: str
    region: str
    instance_type: str
    volume_gb: int
    disk_since: float  # the first start seen: the disk is billed from then
    last_seen: float
    gone: float | None = None  # deleted: its disk is billed no more
    periods: list[Period] = field(default_factory=list)

    @property
    def open_period(self) -> Period | None:
        if self.periods and self.periods[-1].end is None:
            return self.periods[-1]
        return None


@dataclass(frozen=True)
class Sighting:
    """What one DescribeInstances says about one instance."""

    instance_id: str
    region: str
    instance_type: str
    state: str
    launch_time: float | None  # seconds since the epoch
    transition_reason: str | None = None


@dataclass(frozen=True)
class MonthSpending:
    """The month's estimate, in US dollars."""

    month: str  # YYYY-MM, UTC
    running_usd: float  # the instances' hours and their public IPv4 addresses while running
    ipv4_usd: float  # of `running_usd`, the addresses
    disk_usd: float
    running_hours: float
    priced: bool  # False: some instance had no price figure and is left out

    @property
    def total_usd(self) -> float:
        return self.running_usd + self.disk_usd

    def summary(self) -> Text:
        """`This month: about $X (GPU $a, disk $b)`."""
        return text(
            "Ledger",
            QT_TRANSLATE_NOOP("Ledger", "This month: about {total} (GPU {gpu}, disk {disk})"),
            total=usd(self.total_usd),
            gpu=usd(self.running_usd),
            disk=usd(self.disk_usd),
        )


@dataclass
class Ledger:
    instances: dict[str, InstanceRecord] = field(default_factory=dict)

    def observe(self, seen: Sighting, now: float, volume_gb: int) -> None:
        """Bring one instance's record up to date with what AWS says now."""
        record = self.instances.get(seen.instance_id)
        start = seen.launch_time
        if record is None:
            since = start if start is not None else now
            record = InstanceRecord(
                seen.instance_id, seen.region, seen.instance_type, volume_gb, since, now
            )
            self.instances[seen.instance_id] = record
        record.instance_type = seen.instance_type or record.instance_type
        record.volume_gb = volume_gb
        stopped_at = reason_time(seen.transition_reason)
        known = [p.start for p in record.periods]
        newer = start is not None and all(start - s > _SAME_START for s in known)
        if start is not None:
            record.disk_since = min(record.disk_since, start)
        if seen.state in RUNNING_STATES:
            if newer and start is not None:
                self._close(record, record.last_seen)  # stopped and started again unseen
                record.periods.append(Period(start))
            elif record.open_period is None and start is None:
                record.periods.append(Period(now))
        else:
            end = stopped_at if stopped_at is not None else min(now, record.last_seen)
            if newer and start is not None:
                # A whole run while the app was closed: from its start to the stop's time.
                self._close(record, record.last_seen)
                record.periods.append(Period(float(start), max(float(start), end)))
            self._close(record, end)
            if seen.state in GONE_STATES and record.gone is None:
                record.gone = stopped_at if stopped_at is not None else now
        record.last_seen = max(record.last_seen, now)
        self.prune(now)

    @staticmethod
    def _close(record: InstanceRecord, end: float) -> None:
        period = record.open_period
        if period is not None:
            period.end = max(period.start, end)

    def prune(self, now: float) -> None:
        horizon = now - KEEP_SECONDS
        for instance_id, record in list(self.instances.items()):
            record.periods = [p for p in record.periods if (p.end or now) >= horizon]
            if record.gone is not None and record.gone < horizon:
                del self.instances[instance_id]

    def month(self, now: float, price: PriceFn) -> MonthSpending:
        """This UTC month's estimate up to `now`."""
        moment = datetime.fromtimestamp(now, tz=timezone.utc)
        first = datetime(moment.year, moment.month, 1, tzinfo=timezone.utc).timestamp()
        running = ipv4 = disk = hours = 0.0
        priced = True
        for record in self.instances.values():
            quote = price(record.region, record.instance_type, record.volume_gb)
            ran = sum(_overlap(p.start, p.end or now, first, now) for p in record.periods) / 3600
            hours += ran
            disk_hours = _overlap(record.disk_since, record.gone or now, first, now) / 3600
            if quote is None:
                priced = priced and ran == 0 and disk_hours == 0
                continue
            running += ran * (quote.hourly_usd + quote.ipv4_hourly_usd)
            ipv4 += ran * quote.ipv4_hourly_usd
            disk += disk_hours * quote.stopped_hourly_usd
        label = f"{moment.year:04d}-{moment.month:02d}"
        return MonthSpending(label, running, ipv4, disk, hours, priced)


def _overlap(start: float, end: float, low: float, high: float) -> float:
    return max(0.0, min(end, high) - max(start, low))


# Saving and loading.


def _to_json(ledger: Ledger) -> dict[str, Any]:
    return {"version": 1, "instances": [asdict(r) for r in ledger.instances.values()]}


def _from_json(raw: Any) -> Ledger | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("instances"), list):
        return None
    ledger = Ledger()
    try:
        for item in raw["instances"]:
            periods = [Period(float(p["start"]), _float(p.get("end"))) for p in item["periods"]]
            record = InstanceRecord(
                instance_id=str(item["instance_id"]),
                region=str(item["region"]),
                instance_type=str(item["instance_type"]),
                volume_gb=int(item["volume_gb"]),
                disk_since=float(item["disk_since"]),
                last_seen=float(item["last_seen"]),
                gone=_float(item.get("gone")),
                periods=periods,
            )
            ledger.instances[record.instance_id] = record
    except (KeyError, TypeError, ValueError):
        return None
    return ledger


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def load_ledger(path: Path) -> Ledger:
    """The saved ledger; a corrupt file gives way to its `.bak` (and is kept aside,
    when it can be)."""
    if not path.exists():
        return _from_json(atomic.read_json(backup_path(path))) or Ledger()
    ledger = _from_json(atomic.read_json(path))
    if ledger is not None:
        return ledger
    aside = keep_aside(path)
    backup = _from_json(atomic.read_json(backup_path(path)))
    log.warning("%s could not be read (kept at %s); %s", path, aside,
                "used the backup" if backup else "started afresh")  # fmt: skip
    return backup or Ledger()


def save_ledger(ledger: Ledger, path: Path) -> None:
    """Write atomically, then the same data as the `.bak`, also atomically."""
    data = _to_json(ledger)
    atomic.write_json(path, data)
    atomic.write_json(backup_path(path), data)

"""The month's spending for the home card and the tray's tooltip (`core.ledger`).

`update_spending` takes a DescribeInstances answer the caller already has
(the home view's refresh, the tray's poll), brings the ledger in the config
folder up to date with it and returns this month's figures; `month_seen` does
so for the answers of one look, where a disk that cannot keep the ledger only
costs the figures.  Both take the price figures as a function `(region,
instance type, volume GB) -> PriceQuote | None`, the app's `price_provider()`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from ..aws.tags import APP_TAG_KEY, APP_TAG_VALUE
from ..core.ledger import MonthSpending, PriceFn, Sighting, ledger_path, load_ledger, save_ledger
from .workspace import Workspace

log = logging.getLogger("fastai_launcher.flow")

_APP_TAG = (APP_TAG_KEY, APP_TAG_VALUE)
_lock = threading.Lock()  # the tray's poll and a page may update the file at once

#: The AWS Billing console, where AWS's exact bill is (the figures here are the app's estimate).
BILLING_CONSOLE_URL = "https://console.aws.amazon.com/billing/home#/bills"


def sightings_from(answer: Mapping[str, Any], region: str) -> list[Sighting]:
    """The app's instances in a DescribeInstances answer (tagged `app=fastai-launcher`)."""
    found = []
    for reservation in answer.get("Reservations") or []:
        for instance in reservation.get("Instances") or []:
            tags = {(t.get("Key"), t.get("Value")) for t in instance.get("Tags") or []}
            if _APP_TAG not in tags:
                continue
            found.append(
                Sighting(
                    instance_id=str(instance["InstanceId"]),
                    region=region,
                    instance_type=str(instance.get("InstanceType", "")),
                    state=str((instance.get("State") or {}).get("Name", "unknown")),
                    launch_time=_seconds(instance.get("LaunchTime")),
                    transition_reason=instance.get("StateTransitionReason"),
                )
            )
    return sorted(found, key=lambda s: s.instance_id)


def _seconds(value: object) -> float | None:
    if isinstance(value, datetime):
        return value.timestamp()  # boto3 answers in UTC, with the zone
    if isinstance(value, str) and value:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    return None


def update_spending(
    ws: Workspace,
    answer: Mapping[str, Any],
    price: PriceFn,
    now: float | None = None,
    region: str | None = None,
) -> MonthSpending:
    """Record what `answer` says about the app's instances; this month's figures.

    `now`: seconds since the epoch (default: the clock); `region`: the answer's
    (default: the chosen one).
    """
    moment = time.time() if now is None else now
    seen = sightings_from(answer, region or ws.region)
    path = ledger_path(ws.paths.config)
    with _lock:
        ledger = load_ledger(path)
        for sighting in seen:
            ledger.observe(sighting, moment, ws.progress.volume_gb)
        if seen:
            save_ledger(ledger, path)
        return ledger.month(moment, price)


def month_seen(
    ws: Workspace, answers: Sequence[Mapping[str, Any]], price: PriceFn | None, now: float
) -> MonthSpending | None:
    """This month's figures with the ledger brought up to date from `answers` (the
    DescribeInstances answers of one look); None without prices, or when the
    ledger cannot be kept (a full or read-only disk: the look matters more)."""
    if price is None:
        return None
    reservations = [r for answer in answers for r in answer.get("Reservations") or []]
    try:
        return update_spending(ws, {"Reservations": reservations}, price, now, ws.region)
    except OSError as exc:
        log.warning("the month's spending was not updated: %s", exc)
        return None

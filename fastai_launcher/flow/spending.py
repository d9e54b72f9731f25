"""The month's spending for the home card and the tray's tooltip (`core.ledger`).

`update_spending` takes a DescribeInstances answer the caller already has
(the tray's poll), brings the ledger in the config folder up to date with it
and returns this month's figures; `refresh_spending` asks AWS itself.  Both
take the price figures as a function `(region, instance type, volume GB) ->
PriceQuote | None`, the app's `price_provider()`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ..aws.tags import APP_TAG_KEY, APP_TAG_VALUE
from ..core.ledger import MonthSpending, PriceFn, Sighting, ledger_path, load_ledger, save_ledger
from ..core.task import TaskContext
from .workspace import Workspace

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


def refresh_spending(ws: Workspace, ctx: TaskContext, price: PriceFn) -> MonthSpending:
    """Ask AWS for the app's instances, then as `update_spending`."""
    from ..aws.typed_errors import typed_aws_errors

    ctx.check()
    ec2 = ws.client("ec2")
    answer = typed_aws_errors(ec2.describe_instances)(
        Filters=[{"Name": f"tag:{_APP_TAG[0]}", "Values": [_APP_TAG[1]]}]
    )
    return update_spending(ws, answer, price, ctx.wall_clock(), ec2.meta.region_name)


def month_spending(ws: Workspace, price: PriceFn, now: float) -> MonthSpending:
    """This month's figures from the ledger as saved, without asking AWS."""
    with _lock:
        return load_ledger(ledger_path(ws.paths.config)).month(now, price)

"""The app's instances: find them again, start, stop, and what running costs.

Instances are found by the tag `app=fastai-launcher`, in any state but
terminated, so the app recovers them after a restart or on another computer.
This module only starts and stops: the app never deletes an instance or its
disk (the user does that in the EC2 console, knowingly).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, cast

from botocore.exceptions import ClientError

from ..core.errors import AwsError, TimedOut
from ..core.money import cost_of_running
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .tags import APP_TAG_KEY, APP_TAG_VALUE, tag_value
from .typed_errors import error_code, typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client
    from mypy_boto3_ec2.type_defs import InstanceTypeDef

#: Every state an instance passes through before it is gone for good.
LIVE_STATES = ("pending", "running", "stopping", "stopped", "shutting-down")
#: States of an instance that is deleted or being deleted: it never runs again.
GONE_STATES = ("shutting-down", "terminated")
DEFAULT_POLL_SECONDS = 5.0
DEFAULT_TIMEOUT_SECONDS = 600.0


@dataclass(frozen=True)
class InstanceInfo:
    """What the app shows and needs about one of its instances."""

    instance_id: str
    state: str  # pending, running, stopping, stopped, shutting-down, terminated
    instance_type: str
    region: str
    public_ip: str | None  # none while stopped; a new one after each start
    launch_time: datetime | None  # the most recent start, in UTC
    name: str
    availability_zone: str
    spot: bool
    key_name: str | None = None
    image_id: str | None = None

    @property
    def running(self) -> bool:
        return self.state in ("pending", "running")


_STATE_NAMES = {
    "pending": QT_TRANSLATE_NOOP("InstanceState", "starting up"),
    "running": QT_TRANSLATE_NOOP("InstanceState", "running"),
    "stopping": QT_TRANSLATE_NOOP("InstanceState", "stopping"),
    "stopped": QT_TRANSLATE_NOOP("InstanceState", "stopped"),
    "shutting-down": QT_TRANSLATE_NOOP("InstanceState", "being deleted"),
    "terminated": QT_TRANSLATE_NOOP("InstanceState", "deleted"),
}


def state_text(state: str) -> Text:
    """An EC2 instance state as the user reads it."""
    return text("InstanceState", _STATE_NAMES.get(state, state))


def _info(instance: InstanceTypeDef, region: str) -> InstanceInfo:
    launched = instance.get("LaunchTime")
    if launched is not None and launched.tzinfo is None:
        launched = launched.replace(tzinfo=timezone.utc)
    return InstanceInfo(
        instance_id=instance["InstanceId"],
        state=instance.get("State", {}).get("Name", "unknown"),
        instance_type=instance.get("InstanceType", ""),
        region=region,
        public_ip=instance.get("PublicIpAddress") or None,
        launch_time=launched.astimezone(timezone.utc) if launched else None,
        name=tag_value(instance, "Name") or "",
        availability_zone=instance.get("Placement", {}).get("AvailabilityZone", ""),
        spot=instance.get("InstanceLifecycle") == "spot",
        key_name=instance.get("KeyName"),
        image_id=instance.get("ImageId"),
    )


@typed_aws_errors
def find_instances(
    ec2: EC2Client, on_answer: Callable[[Mapping[str, Any]], None] | None = None
) -> list[InstanceInfo]:
    """The app's instances in the client's region, oldest launch first.  `on_answer`
    sees each page of AWS's answer as it came (the spending ledger reads it)."""
    found: list[InstanceInfo] = []
    for page in ec2.get_paginator("describe_instances").paginate(
        Filters=[
            {"Name": f"tag:{APP_TAG_KEY}", "Values": [APP_TAG_VALUE]},
            {"Name": "instance-state-name", "Values": list(LIVE_STATES)},
        ]
    ):
        if on_answer is not None:
            on_answer(cast("Mapping[str, Any]", page))
        for reservation in page.get("Reservations", []):
            found.extend(
                _info(instance, ec2.meta.region_name)
                for instance in reservation.get("Instances", [])
            )
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    return sorted(found, key=lambda info: (info.launch_time or epoch, info.instance_id))


@typed_aws_errors
def describe_instance(ec2: EC2Client, instance_id: str) -> InstanceInfo:
    reservations = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"]
    return _info(reservations[0]["Instances"][0], ec2.meta.region_name)


@typed_aws_errors
def find_instance(ec2: EC2Client, instance_id: str) -> InstanceInfo | None:
    """The instance; None when AWS does not list it: deleted long ago, or launched a
    moment ago (AWS's API is eventually consistent)."""
    try:
        reservations = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"]
    except ClientError as exc:
        if error_code(exc) == "InvalidInstanceID.NotFound":
            return None
        raise
    found = [i for r in reservations for i in r.get("Instances", [])]
    return _info(found[0], ec2.meta.region_name) if found else None


def _state_reason(ec2: EC2Client, instance_id: str) -> str:
    reservations = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"]
    return reservations[0]["Instances"][0].get("StateReason", {}).get("Message", "")


# How long a wait accepts "not found" for an instance AWS does not list yet.
NOT_LISTED_S = 60.0


@typed_aws_errors
def wait_for_state(
    ec2: EC2Client,
    instance_id: str,
    wanted: str,
    ctx: TaskContext,
    *,
    step: Text,
    failed_states: Collection[str] = (),
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    poll_seconds: float = DEFAULT_POLL_SECONDS,
) -> InstanceInfo:
    """Poll until the instance is in state `wanted`, reporting `step` with the current state.

    Raises `AwsError` when it reaches one of `failed_states`, `TimedOut` after
    `timeout` seconds, `Cancelled` when the task is cancelled.
    """
    start = ctx.clock()
    deadline = start + timeout
    while True:
        found = find_instance(ec2, instance_id)
        if found is None and ctx.clock() - start <= NOT_LISTED_S:
            ctx.sleep(poll_seconds)  # just launched, not listed yet: wait a while for it
            continue
        # Gone for good: AWS's own "not found".
        info = found or describe_instance(ec2, instance_id)
        ctx.progress(
            text(
                "Lifecycle",
                QT_TRANSLATE_NOOP("Lifecycle", "{step}: {state}"),
                step=step,
                state=state_text(info.state),
            )
        )
        if info.state == wanted:
            return info
        if info.state in failed_states:
            raise AwsError(
                text(
                    "Lifecycle",
                    QT_TRANSLATE_NOOP(
                        "Lifecycle",
                        "The instance {instance} is {state} instead of {wanted}: {reason}",
                    ),
                    instance=instance_id,
                    state=state_text(info.state),
                    wanted=state_text(wanted),
                    reason=_state_reason(ec2, instance_id) or "-",
                ),
                text(
                    "Lifecycle",
                    QT_TRANSLATE_NOOP(
                        "Lifecycle", "Look at the instance in the EC2 console, then try again."
                    ),
                ),
            )
        if ctx.clock() >= deadline:
            raise TimedOut(step, timeout)
        ctx.sleep(poll_seconds)


@typed_aws_errors
def start_instance(
    ec2: EC2Client,
    instance_id: str,
    ctx: TaskContext,
    *,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    poll_seconds: float = DEFAULT_POLL_SECONDS,
    on_requested: Callable[[], None] | None = None,
) -> InstanceInfo:
    """Start a stopped instance and wait until it runs; the result holds its new public IP.

    `on_requested` is called once AWS has the StartInstances request (from then on
    the instance costs money, whatever happens to this wait).
    """
    step = text("Lifecycle", QT_TRANSLATE_NOOP("Lifecycle", "Starting the instance"))
    ctx.progress(step)
    ec2.start_instances(InstanceIds=[instance_id])
    if on_requested is not None:
        on_requested()
    return wait_for_state(
        ec2,
        instance_id,
        "running",
        ctx,
        step=step,
        failed_states=("stopped", "terminated", "shutting-down"),
        timeout=timeout,
        poll_seconds=poll_seconds,
    )


@typed_aws_errors
def stop_instance(
    ec2: EC2Client,
    instance_id: str,
    ctx: TaskContext,
    *,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    poll_seconds: float = DEFAULT_POLL_SECONDS,
    on_requested: Callable[[], None] | None = None,
) -> InstanceInfo:
    """Stop the instance and wait until it is `stopped` (billing for it ends there).

    `on_requested` is called once AWS has the StopInstances request: from then on
    AWS stops the instance whatever happens to this wait (a cancel only stops the
    waiting).
    """
    step = text("Lifecycle", QT_TRANSLATE_NOOP("Lifecycle", "Stopping the instance"))
    ctx.progress(step)
    ec2.stop_instances(InstanceIds=[instance_id])
    if on_requested is not None:
        on_requested()
    return wait_for_state(
        ec2,
        instance_id,
        "stopped",
        ctx,
        step=step,
        failed_states=("terminated",),
        timeout=timeout,
        poll_seconds=poll_seconds,
    )


def running_seconds(info: InstanceInfo, now: datetime) -> float:
    """Seconds since the instance was last started, 0 when it is not running."""
    if not info.running or info.launch_time is None:
        return 0.0
    return max(0.0, (now - info.launch_time).total_seconds())


def cost_so_far(info: InstanceInfo, hourly_usd: float, now: datetime) -> float:
    """US dollars this run has cost so far at `hourly_usd` (per-second billing)."""
    return cost_of_running(hourly_usd, running_seconds(info, now))

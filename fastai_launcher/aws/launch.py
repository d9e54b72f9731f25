"""Launch the Deep Learning AMI instance (guide step 4) and wait until it is usable.

A launch must never happen twice, even when the app crashes in the middle of
`RunInstances`.  So the caller makes a client token with `new_client_token()`
and SAVES it (in `SavedProgress.client_token`) BEFORE calling
`launch_instance`; after a restart it calls `launch_instance` again with the
saved token.  The token is sent as `ClientToken` (AWS's idempotency) and
stored in a tag; an instance carrying the tag is returned instead of launching
a new one.

`launch_instance` returns the instance id as soon as AWS has accepted the
launch; the caller saves it, then calls `wait_until_running`.  A cancel
during that wait raises `InstanceLeftRunning` carrying the instance id, so the UI
can offer to stop the instance that is already starting.

A saved token can go stale: the instance it launched was deleted since (in the
console).  AWS then answers the token with that deleted instance, or with
`IdempotentParameterMismatch` when the request differs; `launch_instance`
raises `StaleClientToken` and the caller launches once more with a new token.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from botocore.exceptions import ClientError

from ..core.errors import AwsError, Cancelled, InstanceLeftRunning, TimedOut
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .lifecycle import (
    DEFAULT_POLL_SECONDS,
    GONE_STATES,
    InstanceInfo,
    describe_instance,
    find_instance,
    wait_for_state,
)
from .tags import CLIENT_TOKEN_TAG_KEY, tag_specification
from .typed_errors import error_code, typed_aws_errors

log = logging.getLogger("fastai_launcher.aws")

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client
    from mypy_boto3_ec2.literals import InstanceTypeType
    from mypy_boto3_ec2.type_defs import RunInstancesRequestTypeDef

#: Errors after which another availability zone may have what this one lacks.
RETRY_IN_OTHER_ZONE = ("InsufficientInstanceCapacity", "Unsupported")
_MAX_TOKEN = 64  # AWS's limit on ClientToken
IMDS_HOP_LIMIT = 2


class StaleClientToken(AwsError):
    """The client token launched an instance that was deleted since: make a new token."""

    def __init__(self) -> None:
        super().__init__(
            text(
                "Launch",
                QT_TRANSLATE_NOOP(
                    "Launch", "The instance an earlier launch made was deleted in the meantime."
                ),
            ),
            text("Launch", QT_TRANSLATE_NOOP("Launch", "Launch again: the app starts afresh.")),
        )


@dataclass(frozen=True)
class LaunchRequest:
    """Everything the launch needs, chosen in the earlier steps."""

    image_id: str
    root_device_name: str  # from the AMI, e.g. "/dev/sda1": the volume size applies there
    instance_type: str
    key_name: str
    security_group_id: str
    volume_gb: int = 75
    name: str = "fastai-launcher"
    spot: bool = False


def new_client_token() -> str:
    """A fresh token for one launch: save it before calling `launch_instance`."""
    return uuid.uuid4().hex


def _token_instances(ec2: EC2Client, client_token: str) -> dict[str, str]:
    """Instance id -> state of every instance AWS still lists with this token's tag;
    `_alive` picks the one that is not gone."""
    reservations = ec2.describe_instances(
        Filters=[{"Name": f"tag:{CLIENT_TOKEN_TAG_KEY}", "Values": [client_token]}]
    )["Reservations"]
    return {
        instance["InstanceId"]: instance.get("State", {}).get("Name", "")
        for reservation in reservations
        for instance in reservation.get("Instances", [])
    }


@typed_aws_errors
def find_launched(ec2: EC2Client, client_token: str) -> str | None:
    """The instance an earlier launch with this token made (and not yet deleted), if any."""
    return _alive(_token_instances(ec2, client_token))


def _run_parameters(
    request: LaunchRequest, client_token: str, subnet_id: str | None
) -> RunInstancesRequestTypeDef:
    tags = {"Name": request.name, CLIENT_TOKEN_TAG_KEY: client_token}
    parameters: RunInstancesRequestTypeDef = {
        "ImageId": request.image_id,
        "InstanceType": cast("InstanceTypeType", request.instance_type),
        "KeyName": request.key_name,
        "SecurityGroupIds": [request.security_group_id],
        "MinCount": 1,
        "MaxCount": 1,
        "ClientToken": client_token,
        "DisableApiTermination": True,
        "InstanceInitiatedShutdownBehavior": "stop",
        # IMDSv2 only; a hop limit of 2 lets containers on the instance reach it.
        "MetadataOptions": {
            "HttpTokens": "required",
            "HttpPutResponseHopLimit": IMDS_HOP_LIMIT,
            "HttpEndpoint": "enabled",
        },
        "BlockDeviceMappings": [
            {
                "DeviceName": request.root_device_name,
                "Ebs": {
                    "VolumeSize": request.volume_gb,
                    "VolumeType": "gp3",
                    "DeleteOnTermination": True,
                },
            }
        ],
        "TagSpecifications": [
            tag_specification("instance", tags),
            tag_specification("volume", {"Name": request.name}),
        ],
    }
    if request.spot:
        # AWS cannot protect a spot instance from deletion: it refuses the flag.
        del parameters["DisableApiTermination"]
        parameters["InstanceMarketOptions"] = {
            "MarketType": "spot",
            "SpotOptions": {
                "SpotInstanceType": "persistent",
                "InstanceInterruptionBehavior": "stop",
            },
        }
        parameters["TagSpecifications"] = [
            *parameters["TagSpecifications"],
            tag_specification("spot-instances-request", {"Name": request.name}),
        ]
    if subnet_id is not None:
        parameters["SubnetId"] = subnet_id
    return parameters


@typed_aws_errors
def zone_subnets(ec2: EC2Client, instance_type: str) -> dict[str, str]:
    """Availability zone -> its default subnet, for the zones that offer `instance_type`."""
    offerings = ec2.describe_instance_type_offerings(
        LocationType="availability-zone",
        Filters=[{"Name": "instance-type", "Values": [instance_type]}],
    )["InstanceTypeOfferings"]
    zones = sorted({o["Location"] for o in offerings if "Location" in o})
    if not zones:
        return {}
    subnets = ec2.describe_subnets(
        Filters=[
            {"Name": "default-for-az", "Values": ["true"]},
            {"Name": "availability-zone", "Values": zones},
        ]
    )["Subnets"]
    by_zone = {s["AvailabilityZone"]: s["SubnetId"] for s in subnets}
    return {zone: by_zone[zone] for zone in zones if zone in by_zone}


@typed_aws_errors
def launch_instance(
    ec2: EC2Client,
    request: LaunchRequest,
    client_token: str,
    ctx: TaskContext,
    *,
    reused_token: bool = False,
    recheck_seconds: float = 10.0,
) -> str:
    """Launch one instance (or find the one this token already launched); its id.

    Raises `StaleClientToken` when the token's instance was deleted since.
    `reused_token`: the token was saved by an earlier try; AWS's answer may
    then be a deleted instance even when it says `pending`, so its state is
    looked up once more.  AWS lists a new instance only after a moment: before
    a token is called stale on an answer that is no proof (the instance not
    listed, `IdempotentParameterMismatch`): an instance not listed yet that was
    launched within the hour is taken as the token's own, and after a mismatch
    the token's instances are looked up again after `recheck_seconds`, so a live
    instance is never launched twice.

    The first try lets AWS choose the zone; on `InsufficientInstanceCapacity`
    or `Unsupported` each other zone offering the type is tried in turn, with
    its default subnet.  When all fail, the last error is raised.
    """
    if not 0 < len(client_token) <= 40 or not client_token.isascii():
        raise ValueError("the client token must be 1-40 ASCII characters")
    launching = text("Launch", QT_TRANSLATE_NOOP("Launch", "Asking AWS for the instance"))
    ctx.progress(launching, 0, 3)
    made = _token_instances(ec2, client_token)
    existing = _alive(made)
    if existing is not None:
        return existing
    if made:
        raise StaleClientToken()

    attempts: list[tuple[str | None, str | None]] = [(None, None)]
    tried_zones = False
    while attempts:
        zone, subnet_id = attempts.pop(0)
        if zone is not None:
            ctx.progress(
                text(
                    "Launch",
                    QT_TRANSLATE_NOOP("Launch", "Trying availability zone {zone}"),
                    zone=zone,
                ),
                0,
                3,
            )
        # A token per zone: AWS keeps a token's answer, and the zone is part of the request.
        token = client_token if zone is None else f"{client_token}-{zone}"[:_MAX_TOKEN]
        parameters = _run_parameters(request, client_token, subnet_id)
        parameters["ClientToken"] = token
        try:
            reservation = ec2.run_instances(**parameters)
        except ClientError as exc:
            if error_code(exc) == "IdempotentParameterMismatch":
                # The token went with another request: its instance, if AWS lists it by now.
                ctx.sleep(recheck_seconds)
                alive = _alive(_token_instances(ec2, client_token))
                if alive is not None:
                    return alive
                log.warning("client token answered with a mismatch and no live instance: a new one")
                raise StaleClientToken() from exc
            if error_code(exc) not in RETRY_IN_OTHER_ZONE:
                raise
            if not tried_zones:
                tried_zones = True
                attempts.extend(zone_subnets(ec2, request.instance_type).items())
            if not attempts:
                raise
            ctx.check()
            continue
        instance = reservation["Instances"][0]
        state: str | None = instance.get("State", {}).get("Name")
        if reused_token and state not in GONE_STATES:
            listed = find_instance(ec2, instance["InstanceId"])
            state = listed.state if listed is not None else None
            if state is None and not _launched_long_ago(instance, ctx):
                return instance["InstanceId"]  # new, just not listed yet: ours
            state = state or "terminated"  # AWS forgot it: deleted long ago
        if state in GONE_STATES:
            raise StaleClientToken()  # AWS answered the token with its deleted instance
        return instance["InstanceId"]
    raise AssertionError("unreachable: the loop returns or raises")


# AWS lists a terminated instance for about an hour: one it no longer lists and
# that was launched longer ago than this was deleted long ago.
FORGOTTEN_AFTER_S = 3600.0


def _alive(instances: dict[str, str]) -> str | None:
    return next((i for i, state in instances.items() if state not in GONE_STATES), None)


def _launched_long_ago(instance: Any, ctx: TaskContext) -> bool:
    launched = instance.get("LaunchTime")
    if launched is None:
        return False
    return ctx.wall_clock() - launched.timestamp() > FORGOTTEN_AFTER_S


@typed_aws_errors
def wait_until_running(
    ec2: EC2Client,
    instance_id: str,
    ctx: TaskContext,
    *,
    status_checks: bool = True,
    timeout: float = 900.0,
    poll_seconds: float = DEFAULT_POLL_SECONDS,
) -> InstanceInfo:
    """Wait for pending → running → (status checks ok); the running instance's details.

    Raises `InstanceLeftRunning(instance_id)` on cancel, `TimedOut` after
    `timeout` seconds, `AwsError` if the instance stops or is deleted meanwhile
    (e.g. a spot request AWS could not fill).
    """
    deadline = ctx.clock() + timeout
    try:
        info = wait_for_state(
            ec2,
            instance_id,
            "running",
            ctx,
            step=text("Launch", QT_TRANSLATE_NOOP("Launch", "Starting the instance")),
            failed_states=("stopping", "stopped", "shutting-down", "terminated"),
            timeout=timeout,
            poll_seconds=poll_seconds,
        )
        ctx.progress(text("Launch", QT_TRANSLATE_NOOP("Launch", "The instance is running")), 2, 3)
        if status_checks:
            _wait_for_status_checks(ec2, instance_id, ctx, deadline, timeout, poll_seconds)
            info = describe_instance(ec2, instance_id)
        ctx.progress(text("Launch", QT_TRANSLATE_NOOP("Launch", "The instance is ready")), 3, 3)
    except Cancelled as exc:
        raise InstanceLeftRunning(instance_id) from exc
    return info


def _wait_for_status_checks(
    ec2: EC2Client,
    instance_id: str,
    ctx: TaskContext,
    deadline: float,
    timeout: float,
    poll_seconds: float,
) -> None:
    step = text("Launch", QT_TRANSLATE_NOOP("Launch", "Waiting for AWS's status checks"))
    while True:
        ctx.progress(step, 2, 3)
        statuses = ec2.describe_instance_status(
            InstanceIds=[instance_id], IncludeAllInstances=True
        )["InstanceStatuses"]
        if statuses:
            status = statuses[0]
            system = status.get("SystemStatus", {}).get("Status")
            instance = status.get("InstanceStatus", {}).get("Status")
            if system == "ok" and instance == "ok":
                return
        if ctx.clock() >= deadline:
            raise TimedOut(step, timeout)
        ctx.sleep(poll_seconds)

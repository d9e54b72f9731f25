"""`Step.LAUNCH`: launch the Deep Learning AMI instance — or reuse the app's one.

The client token is saved BEFORE `RunInstances`, so a crash in the middle and
a restart find the instance that launch made instead of launching another.
When the app already has an instance (saved, or found by its tag), it is
reused: started if stopped, waited for if starting.  The idle auto-stop alarm
follows `Settings` and is written only when it differs.

A new instance gets its alarm as soon as `RunInstances` returns, before the
wait for `running` (the alarm names the instance id; a pending instance has
one), and a cancel gives the alarm step `ALARM_GRACE_S` to finish: an instance
the user keeps after a cancel still stops by itself when idle.  Every cancel
once the instance exists ends in `InstanceLeftRunning` with its id (and whether
the alarm is set).
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.errors import (
    AtRisk,
    Cancelled,
    InputError,
    InstanceLeftRunning,
    LauncherError,
    ProgressNotSaved,
)
from ..core.task import GraceToken, TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .key import ensure_key_pair
from .lifecycle import refresh_instance, start
from .steps import Step
from .workspace import Workspace, not_signed_in

log = logging.getLogger("fastai_launcher.flow")

# How long the idle alarm may still take after the user cancels (a dead network:
# botocore's retries would otherwise keep the Cancel button waiting for minutes).
ALARM_GRACE_S = 30.0

if TYPE_CHECKING:
    from ..aws.autostop import IdleStopAlarm
    from ..aws.dlami import Dlami
    from ..aws.launch import LaunchRequest
    from ..aws.lifecycle import InstanceInfo


def require_launch_allowed(ws: Workspace) -> None:
    """Signed in, and not with the root user's access keys.  Root signed in by the
    browser may launch: the guide itself works as root in the console, and that
    sign-in is short-lived (the sign-in page advises an IAM user all the same)."""
    from ..aws.credentials import require_launch_allowed as refuse_root
    from .browser_signin import is_browser_sign_in

    if ws.identity is None:
        raise not_signed_in()
    if not is_browser_sign_in(ws):
        refuse_root(ws.identity)


def launch(ws: Workspace, ctx: TaskContext) -> InstanceInfo:
    """The app's instance, running: reused when it exists, else launched; then auto-stop.

    A cancel after `RunInstances` (or after a stopped instance was started)
    raises `InstanceLeftRunning` with the instance id (the instance exists and
    costs: the UI offers to stop it).
    """
    require_launch_allowed(ws)
    info = refresh_instance(ws, ctx)
    if info is not None and info.state == "running":
        with _cancel_hands_back(info.instance_id) as alarm:
            alarm.set = _auto_stop_despite_cancel(ws, ctx, info.instance_id)
            ctx.check()
    elif info is not None:
        instance_id = info.instance_id
        sent: list[bool] = []  # AWS has the StartInstances request
        try:
            info = start(ws, ctx, on_requested=lambda: sent.append(True))
        except Cancelled as exc:
            if not sent:
                raise  # nothing was started: a plain cancel
            alarm_set = _auto_stop_despite_cancel(ws, ctx, instance_id)
            raise InstanceLeftRunning(instance_id, alarm_set=alarm_set) from exc
        with _cancel_hands_back(instance_id) as alarm:
            alarm.set = _auto_stop_despite_cancel(ws, ctx, instance_id)
            ctx.check()
    else:
        info = _launch_new(ws, ctx)
    ws.instance = info
    ws.done(Step.LAUNCH)
    return info


@dataclass
class _Alarm:
    set: bool = True  # False: it could not be set after a cancel


@contextlib.contextmanager
def _cancel_hands_back(instance_id: str) -> Iterator[_Alarm]:
    """Turn a cancel inside the block into `InstanceLeftRunning(instance_id)`, saying
    whether the idle alarm is set (the block records it in the yielded `_Alarm`)."""
    alarm = _Alarm()
    try:
        yield alarm
    except Cancelled as exc:
        if isinstance(exc, InstanceLeftRunning) and alarm.set:
            raise
        raise InstanceLeftRunning(instance_id, alarm_set=alarm.set) from exc


def _auto_stop_despite_cancel(ws: Workspace, ctx: TaskContext, instance_id: str) -> bool:
    """`apply_auto_stop`, given `ALARM_GRACE_S` from the user's cancel to finish (two
    or three CloudWatch calls; a call under way when the grace ends still ends by its
    own timeout): the instance must not run without its alarm.  Failing after a
    cancel, it is logged, False is returned and the cancel goes on."""
    token = GraceToken(ctx.token, ALARM_GRACE_S)
    shielded = TaskContext(ctx.on_progress, token, ctx.clock, ctx.wall_clock)
    try:
        with shielded.running():  # AWS retries report to (and check) this context
            apply_auto_stop(ws, shielded, instance_id)
    except LauncherError as exc:
        if not ctx.token.cancelled:
            raise
        log.warning("idle auto-stop for %s not set after a cancel: %s", instance_id, exc)
        return False
    return True


def _launch_new(ws: Workspace, ctx: TaskContext) -> InstanceInfo:
    from ..aws.dlami import latest_dlami
    from ..aws.launch import StaleClientToken, launch_instance, wait_until_running
    from ..aws.network import ensure_security_group

    ec2 = ws.client("ec2")
    require_offered(ws)
    if not ws.progress.key_name:
        ensure_key_pair(ws, ctx)
    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Finding the newest Deep Learning AMI")))
    image = latest_dlami(ec2, ws.client("ssm"))
    group_id = ensure_security_group(ec2)
    request = _request(ws, image, group_id)
    reused = bool(ws.progress.client_token)
    try:
        instance_id = launch_instance(
            ec2,
            request,
            _saved_token(ws),
            ctx,
            reused_token=reused,
            recheck_seconds=ws.timing.not_found_recheck,
        )
    except StaleClientToken:
        # The saved token's instance was deleted since: AWS would keep answering with it.
        instance_id = launch_instance(ec2, request, _saved_token(ws, fresh=True), ctx)
    # The instance exists and costs: the watchers hear of it and its alarm is set
    # before anything can fail on this computer (a full disk), then it is saved.
    ws.remember(instance_id=instance_id, client_token=None, setup_done=False)
    with _cancel_hands_back(instance_id) as alarm:
        alarm.set = _auto_stop_despite_cancel(ws, ctx, instance_id)
        _save_naming(ws, instance_id, alarm.set)
        info = wait_until_running(
            ec2,
            instance_id,
            ctx,
            status_checks=ws.timing.status_checks,
            timeout=ws.timing.instance_timeout,
            poll_seconds=ws.timing.instance_poll,
        )
        ctx.check()  # a cancel now would reach the UI without the id
    return info


def _save_naming(ws: Workspace, instance_id: str, alarm_set: bool) -> None:
    """Save progress; a failure names the new instance (and whether its alarm is set)."""
    try:
        ws.save_progress()
    except ProgressNotSaved as failed:
        failed.at_risk = AtRisk(instance_id, alarm_set)
        raise


def _request(ws: Workspace, image: Dlami, group_id: str) -> LaunchRequest:
    from ..aws.launch import LaunchRequest

    return LaunchRequest(
        image_id=image.image_id,
        root_device_name=image.root_device_name,
        instance_type=ws.progress.instance_type,
        key_name=str(ws.progress.key_name),
        security_group_id=group_id,
        volume_gb=ws.progress.volume_gb,
        spot=ws.progress.spot,
    )


def _saved_token(ws: Workspace, *, fresh: bool = False) -> str:
    """The launch's client token, saved before `RunInstances`: never two launches."""
    from ..aws.launch import new_client_token

    token = None if fresh else ws.progress.client_token
    if not token:
        token = new_client_token()
        ws.update(client_token=token)
    return token


def require_offered(ws: Workspace) -> None:
    """Refuse, before anything is created, a type the region does not offer at all
    (AWS would name an availability zone the user never chose)."""
    from ..aws.instance_types import offered_types
    from ..aws.regions import region_name

    ec2 = ws.client("ec2")
    instance_type = ws.progress.instance_type
    if instance_type not in offered_types(ec2, (instance_type,)):
        region = ec2.meta.region_name
        raise InputError(
            text(
                "Flow",
                QT_TRANSLATE_NOOP("Flow", "{instance_type} is not offered in {region}."),
                instance_type=instance_type,
                region=region_name(region),
            ),
            text(
                "Flow",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Choose another GPU type on the launch page, or another region "
                    "on the sign-in page. Nothing was launched.",
                ),
            ),
        )


def _alarm_minutes(minutes: int) -> int:
    from ..aws.autostop import PERIOD_SECONDS

    period = PERIOD_SECONDS // 60
    return math.ceil(minutes / period) * period


def apply_auto_stop(ws: Workspace, ctx: TaskContext, instance_id: str) -> IdleStopAlarm | None:
    """Make the instance's idle auto-stop alarm match the settings; the alarm (None: off).

    Reads first: nothing is written when the alarm already matches.
    """
    from ..aws.autostop import IdleStop, read_idle_stop, remove_idle_stop, set_idle_stop

    ctx.check()
    cloudwatch = ws.client("cloudwatch")
    current = read_idle_stop(cloudwatch, instance_id)
    settings = ws.settings
    if not settings.autostop_enabled:
        if current is not None:
            remove_idle_stop(cloudwatch, instance_id)
        return None
    wanted = IdleStop(settings.autostop_cpu_percent, settings.autostop_minutes)
    if (
        current is not None
        and current.actions_enabled
        and math.isclose(current.cpu_percent, wanted.cpu_percent)
        and current.minutes == _alarm_minutes(wanted.minutes)
    ):
        return current
    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Setting the idle auto-stop alarm")))
    return set_idle_stop(cloudwatch, instance_id, wanted)

"""The app's instance after the launch: find it again, start it, stop it.

Stopping is the guide's last and most important step; the app never
terminates (there is no such call anywhere).  The tunnel and the SSH session
are closed before the instance stops, so nothing waits on a dying link.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypedDict

from ..core.errors import AwsError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .steps import StopRequested
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.lifecycle import InstanceInfo


def refresh_instance(
    ws: Workspace, ctx: TaskContext, listed: Sequence[InstanceInfo] | None = None
) -> InstanceInfo | None:
    """The app's instance as AWS sees it now: the saved one, else one found by the
    app's tag (another computer, lost progress).  None when there is none; a saved
    instance deleted meanwhile (in the console) is forgotten.

    `listed`: the app's instances just described (`aws.lifecycle.find_instances`);
    they are taken from there rather than asked for again.
    """
    from ..aws.launch import find_launched
    from ..aws.lifecycle import GONE_STATES, describe_instance, find_instances

    ctx.check()
    ec2 = ws.client("ec2")
    info = None
    if ws.progress.instance_id:
        info = next((i for i in listed or () if i.instance_id == ws.progress.instance_id), None)
        info = info or _describe_saved(ws, ctx, ec2)
        if info is None or info.state in GONE_STATES:
            ws.update(instance_id=None, setup_done=False)
            info = None
    if info is None and ws.progress.client_token:
        # A launch that crashed before its instance id was saved.
        found = find_launched(ec2, ws.progress.client_token)
        info = describe_instance(ec2, found) if found else None
    if info is None:
        live = [
            i
            for i in (find_instances(ec2) if listed is None else listed)
            if i.state not in GONE_STATES
        ]
        info = live[-1] if live else None  # the newest launch
    if info is not None and ws.progress.instance_id != info.instance_id:
        ws.update(instance_id=info.instance_id, client_token=None)
    ws.instance = info
    return info


def _describe_saved(ws: Workspace, ctx: TaskContext, ec2: Any) -> InstanceInfo | None:
    """The saved instance, None once AWS no longer knows it (deleted long ago).

    Just after `RunInstances` AWS may not list the new instance yet (its API is
    eventually consistent): it is asked again once before the id is forgotten.
    """
    from ..aws.lifecycle import find_instance

    instance_id = str(ws.progress.instance_id)
    info = find_instance(ec2, instance_id)
    if info is None:
        ctx.sleep(ws.timing.not_found_recheck)
        info = find_instance(ec2, instance_id)
    return info


def require_instance(ws: Workspace, ctx: TaskContext) -> InstanceInfo:
    """The app's instance as AWS sees it now, or an error saying to launch one."""
    info = refresh_instance(ws, ctx)
    if info is None:
        raise AwsError(
            text(
                "Flow",
                QT_TRANSLATE_NOOP("Flow", "The app has no instance in {region}."),
                region=ws.region,
            ),
            text("Flow", QT_TRANSLATE_NOOP("Flow", "Launch one on the launch page.")),
        )
    return info


class _Waits(TypedDict):
    timeout: float
    poll_seconds: float


def _waits(ws: Workspace) -> _Waits:
    return {"timeout": ws.timing.instance_timeout, "poll_seconds": ws.timing.instance_poll}


def start(
    ws: Workspace, ctx: TaskContext, on_requested: Callable[[], None] | None = None
) -> InstanceInfo:
    """Start the stopped instance and wait until it runs (running: nothing to do).

    The instance gets a new public IP; the result holds it.
    """
    from ..aws.lifecycle import start_instance, wait_for_state

    info = require_instance(ws, ctx)
    ec2 = ws.client("ec2")
    timing = _waits(ws)
    if info.state == "stopping":
        step = text(
            "Flow", QT_TRANSLATE_NOOP("Flow", "Waiting for the instance to finish stopping")
        )
        info = wait_for_state(ec2, info.instance_id, "stopped", ctx, step=step, **timing)
    if info.state == "stopped":
        stopped = info

        def requested() -> None:  # the tray shows it starting, and Quit asks, from now
            ws.instance = dataclasses.replace(stopped, state="pending")
            if on_requested is not None:
                on_requested()

        info = start_instance(ec2, info.instance_id, ctx, on_requested=requested, **timing)
    elif info.state == "pending":
        step = text("Flow", QT_TRANSLATE_NOOP("Flow", "Starting the instance"))
        info = wait_for_state(ec2, info.instance_id, "running", ctx, step=step, **timing)
    ws.instance = info
    return info


def stop(ws: Workspace, ctx: TaskContext, instance_id: str | None = None) -> InstanceInfo:
    """Close the tunnel and session, stop the instance, wait for `stopped`.

    `instance_id`: another app instance than the saved one (the tray's, when that
    one runs and the saved one does not).  Already stopped: nothing is sent.
    Storage is kept (and still billed).
    """
    from ..aws.lifecycle import describe_instance, stop_instance, wait_for_state

    ec2 = ws.client("ec2")
    own = instance_id in (None, ws.progress.instance_id)
    if own:
        ws.disconnect()
        info = require_instance(ws, ctx)
    else:
        info = describe_instance(ec2, str(instance_id))
    timing = _waits(ws)
    target = info.instance_id

    def requested() -> None:
        ctx.progress(
            StopRequested(
                "Flow",
                QT_TRANSLATE_NOOP("Flow", "AWS is stopping the instance {instance}."),
                MappingProxyType({"instance": target}),
                instance_id=target,
            )
        )

    if info.state in ("pending", "running"):
        info = stop_instance(ec2, target, ctx, on_requested=requested, **timing)
    elif info.state == "stopping":
        requested()  # sent before (by this app, the idle alarm or the console)
        step = text("Flow", QT_TRANSLATE_NOOP("Flow", "Stopping the instance"))
        info = wait_for_state(ec2, target, "stopped", ctx, step=step, **timing)
    if own:
        ws.instance = info
    return info

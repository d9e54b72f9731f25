"""The app's instances as a returning student sees them: found by the app's tag,
the saved one refreshed among them, priced; and what one click does to one of them.

The home view shows an `InstanceView` per instance and runs an `InstanceAction`
on it; the tray's watch (`flow.status`) reads the same list.  One
DescribeInstances answers both the list and the saved instance.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.errors import LauncherError
from ..core.ledger import PriceFn
from ..core.money import PriceQuote
from ..core.task import TaskContext
from ..core.text import Text
from .signin import ensure_signed_in
from .steps import log_line
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.lifecycle import InstanceInfo
    from ..core.ledger import MonthSpending
    from .course_update import CourseUpdatePlan

log = logging.getLogger("fastai_launcher.flow")

#: (region, instance_type, volume_gb) -> what it costs, None when unknown; may raise
#: `LauncherError`, and may be slow (files, network): call it on a task thread.


class InstanceAction(str, enum.Enum):
    """What a returning student does with an instance, one click each."""

    START = "start"
    CONNECT = "connect"
    JUPYTER = "jupyter"
    UPDATE = "update"
    DOWNLOAD = "download"
    STOP = "stop"


#: Which actions an instance state allows (the flow starts a stopped instance first
#: for Open Jupyter and Update course, and waits for one still stopping).
ALLOWED: dict[str, frozenset[InstanceAction]] = {
    "pending": frozenset({InstanceAction.JUPYTER, InstanceAction.STOP}),
    "running": frozenset(
        {
            InstanceAction.CONNECT,
            InstanceAction.JUPYTER,
            InstanceAction.UPDATE,
            InstanceAction.DOWNLOAD,
            InstanceAction.STOP,
        }
    ),
    "stopping": frozenset({InstanceAction.JUPYTER}),
    "stopped": frozenset({InstanceAction.START, InstanceAction.JUPYTER, InstanceAction.UPDATE}),
}


@dataclass(frozen=True)
class InstanceView:
    """One instance as the home view shows it: as AWS sees it, its region's name, its price."""

    info: InstanceInfo
    state_name: Text  # `aws.lifecycle.state_text`
    region_name: Text  # `aws.regions`' name, translated when shown
    quote: PriceQuote | None  # None: the price is unknown here


def quote_or_none(
    price: PriceFn | None, region: str, instance_type: str, volume_gb: int
) -> PriceQuote | None:
    """The price of a running instance, None when unknown (logged, never raised)."""
    if price is None:
        return None
    try:
        return price(region, instance_type, volume_gb)
    except LauncherError as exc:
        log.info("no price for %s in %s: %s", instance_type, region, exc)
        return None


@dataclass(frozen=True)
class RegionPrice:
    """The price where the user will launch: the region the sign-in will suggest."""

    region: str
    region_name: Text
    quote: PriceQuote | None


def suggested_price(ws: Workspace, ctx: TaskContext, price: PriceFn, language: str) -> RegionPrice:
    """The saved type's price in the region the user will get (saved, the profile's,
    else Seoul for Korean and Oregon otherwise), with that region's name."""
    from ..aws.regions import region_name
    from .signin import suggested_region

    ctx.check()
    region = suggested_region(ws, language)
    quote = price(region, ws.progress.instance_type, ws.progress.volume_gb)
    return RegionPrice(region, region_name(region), quote)


def app_instances(
    ws: Workspace, ctx: TaskContext, on_answer: Callable[[Mapping[str, Any]], None] | None = None
) -> tuple[InstanceInfo | None, list[InstanceInfo]]:
    """The app's instances in the chosen region, and the saved one among them,
    refreshed (forgotten when it is gone): one DescribeInstances call, whose answer
    `on_answer` also sees."""
    from ..aws.lifecycle import find_instances
    from .lifecycle import refresh_instance

    found = find_instances(ws.client("ec2"), on_answer)
    own = refresh_instance(ws, ctx, found)
    return own, found


@dataclass(frozen=True)
class HomeLook:
    """What the home view shows after one look at AWS."""

    views: list[InstanceView]
    month: MonthSpending | None  # this month's spending; None without a price


def find_app_instances(ws: Workspace, ctx: TaskContext, price: PriceFn | None) -> HomeLook:
    """The app's instances with their price, and this month's spending (the ledger
    brought up to date from the same answer), for the home view.  No region chosen
    yet: none."""
    from ..aws.lifecycle import state_text
    from ..aws.regions import region_name
    from .spending import month_seen

    if not ws.progress.region:
        return HomeLook([], None)
    ensure_signed_in(ws, ctx)
    answers: list[Mapping[str, Any]] = []
    _own, found = app_instances(ws, ctx, answers.append)
    views = []
    for info in found:
        ctx.check()
        quote = quote_or_none(price, info.region, info.instance_type, ws.progress.volume_gb)
        views.append(InstanceView(info, state_text(info.state), region_name(info.region), quote))
    return HomeLook(views, month_seen(ws, answers, price, ctx.wall_clock()))


def priced_instance(
    ws: Workspace, ctx: TaskContext, price: PriceFn | None
) -> tuple[InstanceInfo | None, PriceQuote | None]:
    """The app's instance as AWS sees it now, and its price (None when unknown)."""
    from .lifecycle import refresh_instance

    info = refresh_instance(ws, ctx)
    if info is None:
        return None, None
    return info, quote_or_none(price, ws.region, info.instance_type, ws.progress.volume_gb)


def select_instance(ws: Workspace, ctx: TaskContext, instance_id: str) -> None:
    """Make `instance_id` the workspace's instance: the flow works on that one."""
    ensure_signed_in(ws, ctx)
    if ws.progress.instance_id != instance_id:
        ws.disconnect()
        ws.update(instance_id=instance_id, client_token=None)


def run_instance_action(
    ws: Workspace, ctx: TaskContext, action: InstanceAction, instance_id: str
) -> Any:
    """One click on `instance_id`.  Update course (asked first, with its
    `course_update.plan_course_update`) reports its log as `LogLine`s."""
    from . import connect, course_update, lifecycle, notebooks, runs

    select_instance(ws, ctx, instance_id)
    if action is InstanceAction.START:
        return lifecycle.start(ws, ctx)
    if action is InstanceAction.STOP:
        return lifecycle.stop(ws, ctx)
    if action is InstanceAction.CONNECT:
        return connect.connect(ws, ctx)
    if action is InstanceAction.JUPYTER:
        return runs.open_jupyter(ws, ctx)
    if action is InstanceAction.DOWNLOAD:
        return notebooks.download_notebooks(ws, ctx)
    return course_update.update_course(ws, ctx, lambda line: ctx.progress(log_line(line)))


def plan_update(ws: Workspace, ctx: TaskContext, instance_id: str) -> CourseUpdatePlan:
    """What Update course would do to `instance_id` (nothing is changed yet)."""
    from .course_update import plan_course_update

    select_instance(ws, ctx, instance_id)
    return plan_course_update(ws, ctx)


def changed_work(ws: Workspace, ctx: TaskContext, instance_id: str) -> int:
    """How many of the student's files changed since the last download (0 when the
    instance is not connected: the app does not connect just to count)."""
    from .connect import connected
    from .notebooks import changed_notebook_count

    if ws.progress.instance_id != instance_id or not connected(ws):
        return 0
    return changed_notebook_count(ws, ctx)


def work_folder(ws: Workspace) -> str:
    """Where the student's notebooks are on the instance, as `~/…`."""
    return f"~/{ws.recipe().notebooks}"


def vscode_url(ws: Workspace) -> str | None:
    """VS Code's Remote-SSH address of the course folder through the app's pinned
    `Host fastai` entry; None until the user added that entry."""
    from ..ssh.sshconfig import app_config_path, config_path

    config = app_config_path(config_path(ws.home))
    if not config.is_file() or "Host fastai" not in config.read_text(encoding="utf-8"):
        return None
    return f"vscode://vscode-remote/ssh-remote+fastai/home/{ws.ssh_user}/{ws.recipe().notebooks}"

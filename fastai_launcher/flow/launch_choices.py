"""The launch step as the page shows it: the GPU types with their price, the
newest Deep Learning AMI, the instance the app already has, and the quota; the
user's choices saved (the quota depends on the type's family and on spot)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.task import TaskContext
from .launch import launch
from .lifecycle import refresh_instance
from .offers import instance_offers
from .quota import Checked, check_quota_and_request
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.dlami import Dlami
    from ..aws.lifecycle import InstanceInfo
    from .offers import Offer


@dataclass(frozen=True)
class LaunchOptions:
    offers: list[Offer]
    image: Dlami
    instance: InstanceInfo | None  # the app's instance, when it has one
    quota: Checked


def launch_options(ws: Workspace, ctx: TaskContext) -> LaunchOptions:
    from ..aws.dlami import latest_dlami

    offers = instance_offers(ws, ctx)
    image = latest_dlami(ws.client("ec2"), ws.client("ssm"))
    return LaunchOptions(offers, image, refresh_instance(ws, ctx), check_quota_and_request(ws, ctx))


def save_launch_choice(ws: Workspace, ctx: TaskContext, changes: Mapping[str, object]) -> Checked:
    """Save a choice of type or spot, and check the quota it needs."""
    ctx.check()
    ws.update(**changes)
    return check_quota_and_request(ws, ctx)


def launch_as_chosen(
    ws: Workspace, ctx: TaskContext, changes: Mapping[str, object]
) -> InstanceInfo:
    """Save the page's choices (and the auto-stop settings), then `flow.launch.launch`."""
    ws.save_settings()
    ws.update(**changes)
    return launch(ws, ctx)

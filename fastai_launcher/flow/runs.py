"""Composite runs: several steps in one task.

- `open_jupyter`: the home view's one click from a stopped instance — start,
  wait, refresh the security group, verify the (pinned) host key, tunnel,
  Jupyter, URL.
- `express`: issue 9's "Set up and open Jupyter" — every remaining step with
  the given choices, filing the quota request once and waiting for approval
  when short.  Every step checks first, so pressing it again with everything
  up only reads.

Each announces the step it begins with a `StepText` progress message (see
`flow/steps.py`).  Cancelled while an instance is starting or running, they
raise `InstanceLeftRunning` with its id, so the UI can offer to stop it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from ..core.errors import Cancelled, InstanceLeftRunning
from ..core.task import TaskContext
from .connect import connect
from .install import LineFn, default_recipe, install, offered_recipes
from .jupyter import ensure_jupyter
from .key import ensure_key_pair
from .launch import launch, require_launch_allowed, require_offered
from .lifecycle import refresh_instance, start
from .offers import choose_instance_type, default_offer, instance_offers
from .quota import QuotaFn, check_gpu_quota, request_gpu_quota, wait_for_quota
from .signin import choose_region, ensure_signed_in, regions, suggested_region
from .steps import Step, announce
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.quotas import QuotaRequest
    from ..aws.regions import Region
    from .offers import Offer

T = TypeVar("T")


@dataclass(frozen=True)
class ExpressChoices:
    """The choices shown beside the express button; None keeps the saved one."""

    region: str | None = None
    instance_type: str | None = None
    recipe: str | None = None
    autostop: bool | None = None
    volume_gb: int | None = None
    spot: bool | None = None


def _instance_at_risk(ws: Workspace) -> str | None:
    info = ws.instance
    if info is not None and info.state in ("pending", "running"):
        return info.instance_id
    return None


def _cancellable(ws: Workspace, run: Callable[[], T]) -> T:
    try:
        return run()
    except InstanceLeftRunning:
        raise
    except Cancelled as exc:
        instance_id = _instance_at_risk(ws)
        if instance_id:
            raise InstanceLeftRunning(instance_id) from exc
        raise


def apply_choices(ws: Workspace, ctx: TaskContext, choices: ExpressChoices) -> None:
    """Save the express choices as the wizard would."""
    if choices.region:
        choose_region(ws, ctx, choices.region)
    if choices.instance_type or choices.volume_gb:
        choose_instance_type(
            ws, ctx, choices.instance_type or ws.progress.instance_type, choices.volume_gb
        )
    changes: dict[str, object] = {}
    if choices.recipe and choices.recipe != ws.progress.recipe:
        changes.update(recipe=choices.recipe, setup_done=False)
    if choices.spot is not None and choices.spot != ws.progress.spot:
        changes["spot"] = choices.spot
    if changes:
        ws.update(**changes)
    if choices.autostop is not None and choices.autostop != ws.settings.autostop_enabled:
        ws.settings.autostop_enabled = choices.autostop
        ws.save_settings()


def express(
    ws: Workspace,
    ctx: TaskContext,
    choices: ExpressChoices = ExpressChoices(),
    *,
    on_line: LineFn | None = None,
    on_quota: QuotaFn | None = None,
) -> str:
    """Every remaining step, in order, to the Jupyter URL (token included).

    `on_line` gets the installation's log lines and `on_quota` each new status of
    the quota request, both from the task's thread.  Short of quota, the request
    is filed once (or the open one followed), the SSH key is prepared meanwhile,
    and the run waits for approval before it launches.
    """

    def run() -> str:
        ws.update(express_pending=True)  # a restart carries on with a quota wait
        announce(ctx, Step.SIGN_IN)
        ensure_signed_in(ws, ctx)
        require_launch_allowed(ws)
        apply_choices(ws, ctx, choices)
        info = refresh_instance(ws, ctx)
        waiting: QuotaRequest | None = None
        if info is None:  # the type and the quota matter only for a new launch
            require_offered(ws)  # before a quota request or a key pair is made for it
            announce(ctx, Step.QUOTA)
            if not check_gpu_quota(ws, ctx).enough:
                waiting = request_gpu_quota(ws, ctx)
        announce(ctx, Step.KEY)
        ensure_key_pair(ws, ctx)
        if waiting is not None:
            announce(ctx, Step.QUOTA)
            wait_for_quota(ws, ctx, on_quota)
        # Past the quota wait: a later start must not resume the run by itself,
        # which would start a stopped instance without a click.
        ws.update(express_pending=False)
        announce(ctx, Step.LAUNCH)
        launch(ws, ctx)
        return _connect_to_jupyter(ws, ctx, on_line)

    return _cancellable(ws, run)


@dataclass(frozen=True)
class ExpressOptions:
    """What the express panels offer: the account's regions and the chosen region's
    GPU types (launchable, not retired), the courses; and what is chosen."""

    regions: list[Region]
    region: str
    offers: list[Offer]
    instance_type: str
    recipes: list[str] = field(default_factory=list)
    recipe: str = ""


def express_options(
    ws: Workspace, ctx: TaskContext, region: str | None, language: str
) -> ExpressOptions:
    """Find the options, choosing `region` (else the saved or suggested one)."""
    ensure_signed_in(ws, ctx)
    wanted = region or ws.progress.region or suggested_region(ws, language)
    if wanted != ws.progress.region:
        choose_region(ws, ctx, wanted)
    found = regions(ws, ctx)
    offers = [o for o in instance_offers(ws, ctx) if o.gpu.launchable and not o.gpu.retired]
    saved = ws.progress.instance_type
    if any(offer.name == saved for offer in offers):
        chosen = saved
    else:
        fallback = default_offer(offers)
        chosen = fallback.name if fallback else saved
    return ExpressOptions(found, ws.region, offers, chosen, offered_recipes(ws), default_recipe(ws))


def open_jupyter(ws: Workspace, ctx: TaskContext) -> str:
    """From a stopped (or running) instance to the Jupyter URL, in one run."""

    def run() -> str:
        ensure_signed_in(ws, ctx)
        announce(ctx, Step.LAUNCH)
        start(ws, ctx)
        return _connect_to_jupyter(ws, ctx, None)

    return _cancellable(ws, run)


def _connect_to_jupyter(ws: Workspace, ctx: TaskContext, on_line: LineFn | None) -> str:
    announce(ctx, Step.CONNECT)
    connect(ws, ctx)
    announce(ctx, Step.INSTALL)
    install(ws, ctx, on_line)
    announce(ctx, Step.JUPYTER)
    url = ensure_jupyter(ws, ctx)
    announce(ctx, Step.DONE)
    return url

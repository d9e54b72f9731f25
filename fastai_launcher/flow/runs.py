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
raise `RunCancelled` with its id, so the UI can offer to stop it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from ..core.errors import Cancelled
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .connect import connect
from .install import LineFn, install
from .jupyter import ensure_jupyter
from .key import ensure_key_pair
from .launch import launch, require_launch_allowed, require_offered
from .lifecycle import refresh_instance, start
from .offers import choose_instance_type
from .quota import QuotaFn, check_gpu_quota, request_gpu_quota, wait_for_quota
from .signin import choose_region, resume_sign_in
from .steps import Step, announce
from .workspace import Workspace, not_signed_in

if TYPE_CHECKING:
    from ..aws.quotas import QuotaRequest

T = TypeVar("T")


class RunCancelled(Cancelled):
    """Cancelled while the instance `instance_id` exists and may be running: it costs."""

    def __init__(self, instance_id: str) -> None:
        super().__init__()
        self.instance_id = instance_id
        self.message = text(
            "Flow",
            QT_TRANSLATE_NOOP("Flow", "Stopped. The instance {instance} may still be running."),
            instance=instance_id,
        )
        self.next_action = text(
            "Flow",
            QT_TRANSLATE_NOOP(
                "Flow", "Stop it now if you do not want to use it: it costs money while it runs."
            ),
        )


@dataclass(frozen=True)
class ExpressChoices:
    """The choices shown beside the express button; None keeps the saved one."""

    region: str | None = None
    instance_type: str | None = None
    recipe: str | None = None
    autostop: bool | None = None
    volume_gb: int | None = None
    spot: bool | None = None


def _signed_in(ws: Workspace, ctx: TaskContext) -> None:
    if not ws.signed_in and resume_sign_in(ws, ctx) is None:
        raise not_signed_in()


def _instance_at_risk(ws: Workspace) -> str | None:
    info = ws.instance
    if info is not None and info.state in ("pending", "running"):
        return info.instance_id
    return None


def _cancellable(ws: Workspace, run: Callable[[], T]) -> T:
    try:
        return run()
    except RunCancelled:
        raise
    except Cancelled as exc:
        instance_id = getattr(exc, "instance_id", None) or _instance_at_risk(ws)
        if instance_id:
            raise RunCancelled(instance_id) from exc
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
        announce(ctx, Step.SIGN_IN)
        _signed_in(ws, ctx)
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
        announce(ctx, Step.LAUNCH)
        launch(ws, ctx)
        return _connect_to_jupyter(ws, ctx, on_line)

    return _cancellable(ws, run)


def open_jupyter(ws: Workspace, ctx: TaskContext) -> str:
    """From a stopped (or running) instance to the Jupyter URL, in one run."""

    def run() -> str:
        _signed_in(ws, ctx)
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

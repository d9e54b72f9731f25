"""`Step.QUOTA`: the GPU quota — check it, ask once for more, wait for AWS's answer.

The request id is saved as soon as AWS accepts the request, so a restart
follows the same request and never files a second one; AWS's own history is
asked too, for a request made in the console or on another computer.  An
approved request shows in the quota's value only a while later (AWS applies it
with a delay), so the value is read again for a bounded time before another
request is ever filed.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..core.errors import CapacityError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .steps import QuotaWaiting, Step
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.quotas import QuotaRequest, QuotaStatus

QuotaFn = Callable[["QuotaRequest"], None]
#: The quota for the chosen type, and the increase request followed (None: none).
Checked = tuple["QuotaStatus", "QuotaRequest | None"]

#: How often a page showing a short quota asks again: AWS answers in minutes to days.
QUOTA_RECHECK_S = 180

#: Reads of the quota value, at the wait's back-off, after an approval before
#: asking again: about half an hour at the app's timing (1 min, then x1.5).
APPLY_POLLS = 7


def _vcpus(ws: Workspace) -> int:
    from ..aws.instance_types import gpu_types

    name = ws.progress.instance_type
    for gpu in gpu_types(ws.client("ec2"), (name,)):
        if gpu.name == name:
            return gpu.vcpus
    return 4  # every xlarge GPU type has 4; a type the region lacks fails at launch


def check_gpu_quota(ws: Workspace, ctx: TaskContext) -> QuotaStatus:
    """The quota for the chosen type vs the vCPUs it needs, and any open request.

    An open request AWS reports is remembered, so waiting can follow it.
    """
    from ..aws.quotas import check_quota

    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Checking the GPU quota")))
    status = check_quota(
        ws.client("service-quotas"), ws.progress.instance_type, _vcpus(ws), ws.progress.spot
    )
    if status.open_request is not None and ws.progress.quota_request_id != status.open_request.id:
        ws.update(quota_request_id=status.open_request.id)
    if status.enough:
        ws.done(Step.QUOTA)
    return status


def request_gpu_quota(
    ws: Workspace, ctx: TaskContext, *, follow_approved: bool = True
) -> QuotaRequest | None:
    """Ask AWS for the vCPUs the chosen type needs — once.  None when the quota is enough.

    A request still PENDING or CASE_OPENED (saved, or in AWS's history) is
    returned instead of filing another, and so is a saved APPROVED one that
    covers the need while AWS has not applied it yet, unless `follow_approved`
    is False (`wait_for_quota` gave up waiting for it).
    """
    from ..aws.quotas import request_quota_increase

    saved = quota_request(ws, ctx)
    if saved is not None and saved.is_open:
        return saved
    status = check_gpu_quota(ws, ctx)
    if status.enough:
        return None
    if status.open_request is not None:
        return status.open_request
    if follow_approved and saved is not None and _covers(saved, status):
        return saved
    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Asking AWS for a higher GPU quota")))
    request = request_quota_increase(ws.client("service-quotas"), status)
    ws.update(quota_request_id=request.id)
    return request


def quota_request(ws: Workspace, ctx: TaskContext) -> QuotaRequest | None:
    """Where the saved request stands now; None when none was filed."""
    from ..aws.quotas import request_status

    if not ws.progress.quota_request_id:
        return None
    ctx.check()
    return request_status(ws.client("service-quotas"), ws.progress.quota_request_id)


def check_quota_and_request(ws: Workspace, ctx: TaskContext) -> Checked:
    """The quota page's view: the quota, and the saved request or one AWS reports."""
    status = check_gpu_quota(ws, ctx)
    return status, quota_request(ws, ctx) or status.open_request


def ask_for_quota(ws: Workspace, ctx: TaskContext) -> Checked:
    """Ask for more (once: an open request is followed instead), then look again."""
    request_gpu_quota(ws, ctx)
    return check_quota_and_request(ws, ctx)


def wait_for_quota(
    ws: Workspace, ctx: TaskContext, on_change: QuotaFn | None = None
) -> QuotaStatus:
    """Wait until the quota is enough: follow the saved request (filing one when
    there is none) with back-off polls, minutes apart per `ws.timing`.
    `on_change(request)` is called, from the task's thread, with the request's
    first status and each change (the tray tells the user).

    Raises `CapacityError` when AWS refuses the request, saying what to do.
    """
    request = quota_request(ws, ctx)
    if request is None or request.refused:
        request = request_gpu_quota(ws, ctx)
    delays = ws.timing.quota_delays()
    seen = ""
    while request is not None:
        if request.status != seen:
            seen = request.status
            if on_change is not None:
                on_change(request)
        if request.approved:
            status = _applied(ws, ctx, request)
            if status.enough:
                return status
            # Approved for less than needed, another type chosen since, or never
            # applied: ask again.
            request, seen = request_gpu_quota(ws, ctx, follow_approved=False), ""
            continue
        if request.refused:
            ws.update(quota_request_id=None)  # a new request may be filed after this
            raise _refused(request)
        delay = next(delays)
        minutes = max(1, round(delay / 60))
        ctx.progress(
            QuotaWaiting(
                "Flow",
                QT_TRANSLATE_NOOP(
                    "Flow", "{status} The app checks again in {minutes} min; you may leave it."
                ),
                MappingProxyType({"status": request.describe(), "minutes": minutes}),
                minutes=minutes,
                requested=request.created,
            )
        )
        ctx.sleep(delay)
        request = quota_request(ws, ctx)
    return check_gpu_quota(ws, ctx)


def _covers(request: QuotaRequest, status: QuotaStatus) -> bool:
    """An approved request for this quota and enough vCPUs: AWS will apply it."""
    return request.approved and request.code == status.code and request.desired >= status.needed


def _applied(ws: Workspace, ctx: TaskContext, request: QuotaRequest) -> QuotaStatus:
    """The quota once AWS shows the approved value, read again with back-off
    for up to `APPLY_POLLS` reads; sooner when the request cannot cover the need."""
    status = check_gpu_quota(ws, ctx)
    delays = ws.timing.quota_delays()
    for _read in range(APPLY_POLLS):
        if status.enough or not _covers(request, status):
            break
        delay = next(delays)
        ctx.progress(
            text(
                "Flow",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "AWS approved the request; the new quota shows after a few minutes. The app checks again in {minutes} min.",
                ),
                minutes=max(1, round(delay / 60)),
            )
        )
        ctx.sleep(delay)
        status = check_gpu_quota(ws, ctx)
    return status


def _refused(request: QuotaRequest) -> CapacityError:
    return CapacityError(
        request.describe(),
        text(
            "Flow",
            QT_TRANSLATE_NOOP(
                "Flow",
                "Open the support case in the AWS console and answer it (say it is for the fast.ai course), or choose another instance type or region and request again.",
            ),
        ),
    )

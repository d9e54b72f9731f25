"""The home view's "Update course": first what it will do, then the update.

`plan_course_update` changes nothing: it says whether the instance must be
started for it (the UI adds the hourly price) and, when it runs, which of the
student's changed and new notebooks the update will keep.  `update_course`
starts the instance when needed, runs the recipe's update (`flow.install`),
and names the folder on the instance where the student's files were copied
(`~/my-work/<date>-before-update/`, which Jupyter shows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from ..core.task import TaskContext
from .connect import ensure_session
from .install import install
from .lifecycle import require_instance, start
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.lifecycle import InstanceInfo
    from ..ssh.recipes import RecipeStatus

LineFn = Callable[[str], None]


@dataclass(frozen=True)
class CourseUpdatePlan:
    """What "Update course" will do, for the UI to show before it asks."""

    instance: InstanceInfo
    must_start: bool  # the instance is stopped: the update starts it, and it is billed from then
    installed: bool | None  # the course is on the instance; None: unknown while it is stopped
    #: Changed and new files (relative to the course's folder) that are copied to
    #: `backup_folder` first; None: not known until the instance runs.
    kept: tuple[str, ...] | None
    deleted: tuple[
        str, ...
    ]  # course files the student deleted (come back only if the course changes them)
    backup_folder: str  # relative to the home folder on the instance, as it will be named today


@dataclass(frozen=True)
class CourseUpdateResult:
    status: RecipeStatus
    kept_folder: str | None  # on the instance, relative to its home folder; None: nothing to keep
    kept: tuple[str, ...]  # copied there, relative to the course's folder and to `kept_folder`
    replaced: tuple[str, ...]  # of `kept`, the files the course's new version replaced in place


def backup_folder_name(now: float) -> str:
    """`my-work/<date>-before-update` for a wall-clock time (the instance counts in UTC)."""
    from ..ssh.recipes import MY_WORK

    day = datetime.fromtimestamp(now, tz=timezone.utc).strftime("%Y-%m-%d")
    return f"{MY_WORK}/{day}-before-update"


def plan_course_update(ws: Workspace, ctx: TaskContext) -> CourseUpdatePlan:
    """What the update will do; nothing on the instance is changed."""
    from ..ssh.recipes import course_changes

    info = require_instance(ws, ctx)
    folder = backup_folder_name(ctx.wall_clock())
    if info.state != "running":
        return CourseUpdatePlan(info, True, None, None, (), folder)
    changes = course_changes(ensure_session(ws, ctx), ws.recipe(), ctx)
    if changes is None:
        return CourseUpdatePlan(info, False, False, (), (), folder)
    return CourseUpdatePlan(info, False, True, changes.kept, changes.deleted, folder)


def update_course(
    ws: Workspace, ctx: TaskContext, on_line: LineFn | None = None
) -> CourseUpdateResult:
    """Start the instance if it is stopped, update the course, name what was kept."""
    from ..ssh.recipes import kept_work

    info = require_instance(ws, ctx)
    if info.state != "running":
        start(ws, ctx)
    status = install(ws, ctx, on_line, update=True)
    kept = kept_work(ensure_session(ws, ctx), ws.recipe(), ctx)
    return CourseUpdateResult(status, kept.folder, kept.kept, kept.replaced)

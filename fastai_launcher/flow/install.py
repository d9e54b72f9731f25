"""`Step.INSTALL`: install the course on the instance with the chosen recipe.

The recipe runs on the instance in the background (`ssh/recipes.py`): the app
starts it, or re-attaches to a run already going, and streams its log lines
to `on_line` (called from the task's thread).  A finished installation is not
run again unless `update=True` (the home view's "Update course").  A dropped
connection is healed by reconnecting and following the same run on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core.endpoint import SSH_ENDPOINT_ENV
from ..core.errors import SshError
from ..core.state import SavedProgress
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .connect import ensure_session
from .steps import Step
from .workspace import Workspace

if TYPE_CHECKING:
    from ..ssh.recipes import RecipeStatus

LineFn = Callable[[str], None]

#: The courses the app installs (`resources/recipes/`).
RECIPES = ("course-v3", "fastbook")
#: The test world's recipe: offered only where a local sshd plays the instance.
SANDBOX = "sandbox"


def offered_recipes(ws: Workspace) -> list[str]:
    """The courses to offer; the sandbox only where a local sshd plays the instance
    (the developer option `FASTAI_LAUNCHER_SSH_ENDPOINT`) or was chosen before."""
    ids = list(RECIPES)
    if SSH_ENDPOINT_ENV in ws.env or ws.progress.recipe == SANDBOX:
        ids.append(SANDBOX)
    return ids


def default_recipe(ws: Workspace) -> str:
    """The saved course.  Where a local sshd plays the instance nothing can be
    downloaded, so the sandbox is preselected there unless a course was chosen."""
    saved = ws.progress.recipe
    untouched = saved == SavedProgress().recipe and not ws.progress.setup_done
    if untouched and SANDBOX in offered_recipes(ws) and saved != SANDBOX:
        return SANDBOX
    return saved


def _discard(line: str) -> None:
    del line


def install(
    ws: Workspace, ctx: TaskContext, on_line: LineFn | None = None, *, update: bool = False
) -> RecipeStatus:
    """The recipe run to its end on the instance (done already: nothing is run)."""
    from ..ssh.recipes import RecipeRun, RecipeState, follow_recipe, recipe_status, start_recipe

    session = ensure_session(ws, ctx)
    recipe = ws.recipe()
    status = recipe_status(session, recipe.id, ctx)
    if status.state is RecipeState.SUCCEEDED and not update:
        _finished(ws)
        return status
    if status.state is RecipeState.RUNNING:
        run = RecipeRun(recipe.id, status.run_id)  # its whole log so far, then the rest
    else:
        run = start_recipe(session, recipe, ctx)
    reconnects = 0
    while True:
        try:
            status = follow_recipe(
                session, run, on_line or _discard, ctx, interval=ws.timing.recipe_poll
            )
            break
        except SshError as exc:
            if not exc.retryable or reconnects >= ws.timing.reconnects:
                raise
            reconnects += 1
            session = ensure_session(ws, ctx)
    if status.state is not RecipeState.SUCCEEDED:
        if ws.progress.setup_done:
            ws.update(setup_done=False)
        raise _failed(recipe.id, status.exit_code)
    _finished(ws)
    return status


def install_recipe(ws: Workspace, ctx: TaskContext, recipe_id: str, on_line: LineFn) -> None:
    """Install `recipe_id` (chosen on the page; another one than before starts over),
    or re-attach to the run already going on the instance."""
    if recipe_id != ws.progress.recipe:
        ws.update(recipe=recipe_id, setup_done=False)
    install(ws, ctx, on_line)


def _finished(ws: Workspace) -> None:
    if not ws.progress.setup_done:
        ws.update(setup_done=True)
    ws.done(Step.INSTALL)


def _failed(recipe_id: str, exit_code: int | None) -> SshError:
    if exit_code is None:
        message = text(
            "Flow",
            QT_TRANSLATE_NOOP(
                "Flow",
                "The installation ({recipe}) was interrupted, probably because the instance stopped.",
            ),
            recipe=recipe_id,
        )
    else:
        message = text(
            "Flow",
            QT_TRANSLATE_NOOP("Flow", "The installation ({recipe}) failed with exit code {code}."),
            recipe=recipe_id,
            code=exit_code,
        )
    return SshError(
        message,
        text(
            "Flow",
            QT_TRANSLATE_NOOP(
                "Flow",
                "Read the last lines of the log for the reason, then run the installation again: finished parts are skipped.",
            ),
        ),
    )

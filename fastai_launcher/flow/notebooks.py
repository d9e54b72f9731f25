""" "Download my notebooks" from the home card, the tray and the Stop page (`ssh.notebooks`).

`changed_notebook_count` is the Stop page's "Download 3 changed notebooks
first"; `download_notebooks` copies them to `~/fastai-notebooks/<instance
name>/` (or the folder given).  A dropped connection is healed as the install
heals it: reconnect and call again; partial files are continued, not restarted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import SshError
from ..core.task import TaskContext
from .connect import ensure_session
from .workspace import Workspace

if TYPE_CHECKING:
    from ..ssh.notebooks import DownloadResult, RemoteFile


def notebooks_folder(ws: Workspace) -> Path:
    """Where the notebooks go by default: `~/fastai-notebooks/<instance name>/`."""
    from ..ssh.notebooks import default_folder

    info = ws.instance
    name = (info.name or info.instance_id) if info is not None else ""
    return default_folder(ws.home, name or str(ws.progress.instance_id or ""))


def changed_notebooks(
    ws: Workspace, ctx: TaskContext, folder: Path | None = None
) -> list[RemoteFile]:
    """The student's files on the instance that changed since the last download."""
    from ..ssh.notebooks import changed_files, student_files

    session = ensure_session(ws, ctx)
    files = student_files(session, ws.recipe(), ctx)
    return changed_files(files, folder or notebooks_folder(ws))


def changed_notebook_count(ws: Workspace, ctx: TaskContext, folder: Path | None = None) -> int:
    """How many files "Download … changed notebooks first" would copy."""
    return len(changed_notebooks(ws, ctx, folder))


def download_notebooks(
    ws: Workspace, ctx: TaskContext, folder: Path | None = None
) -> DownloadResult:
    """Copy the student's changed files to `folder` (default: `notebooks_folder`).

    Progress comes as `ctx.progress(step, KiB done, KiB in all)`, the step
    text saying the bytes; a cancel keeps partial files for the next time.
    """
    from ..ssh.notebooks import DownloadLog, download_files, student_files

    target = folder or notebooks_folder(ws)
    log = DownloadLog()  # carried over a reconnect: the result counts every attempt
    reconnects = 0
    while True:
        session = ensure_session(ws, ctx)
        try:
            files = student_files(session, ws.recipe(), ctx)
            return download_files(session, files, target, ctx, log)
        except SshError as exc:
            if not exc.retryable or reconnects >= ws.timing.reconnects:
                raise
            reconnects += 1

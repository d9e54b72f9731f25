"""Guide step 6, the end: Jupyter running on the instance, reached through the tunnel."""

from __future__ import annotations

from ..core.task import TaskContext
from .connect import ensure_session
from .steps import Step
from .workspace import Workspace


def ensure_jupyter(ws: Workspace, ctx: TaskContext) -> str:
    """Jupyter on the instance (the running one, or started) and its local URL with
    the token — in memory only, never saved."""
    from ..ssh.jupyter import start_jupyter

    session = ensure_session(ws, ctx)
    ws.jupyter = start_jupyter(
        session,
        ws.recipe(),
        ctx,
        port=ws.jupyter_port,
        timeout=ws.timing.jupyter_timeout,
        interval=ws.timing.jupyter_poll,
    )
    url = ws.jupyter_url
    assert url is not None  # connected above: the tunnel has its port
    ws.done(Step.JUPYTER)
    return url

"""`Step.JUPYTER`: Jupyter running on the instance, reached through the tunnel."""

from __future__ import annotations

import html
from pathlib import Path

from ..core import atomic
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


#: Opened in the browser instead of the URL itself (as Jupyter does): the token stays
#: out of the browser's command line, where other users of the computer can read it.
OPENING_PAGE = "open-jupyter.html"


def opening_page(ws: Workspace, url: str) -> Path:
    """A local page, readable only by the user, that sends the browser on to `url`
    (token included); open this file instead of the URL."""
    target = html.escape(url, quote=True)
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n'
        f'<meta http-equiv="refresh" content="0;url={target}">\n'
        "<title>Jupyter</title></head>\n"
        f'<body><p><a href="{target}">Jupyter</a></p></body></html>\n'
    )
    path = ws.paths.data / OPENING_PAGE
    atomic.write_text(path, page, mode=0o600)
    return path

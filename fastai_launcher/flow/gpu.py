"""The home card's GPU figures, read over the session the app already has.

`gpu_usage` never opens a connection (the home card asks every 30 s while its
window is visible; connecting is the connect step's business): without a live
session, or when the link drops during the reading, it answers None, as for an
instance without nvidia-smi.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.errors import SshError
from ..core.task import TaskContext
from .workspace import Workspace

if TYPE_CHECKING:
    from ..ssh.gpu import GpuReading


def gpu_usage(ws: Workspace, ctx: TaskContext) -> list[GpuReading] | None:
    """Each GPU's utilisation and memory now; None when there is nothing to show."""
    from ..ssh.gpu import read_gpus

    session = ws.ssh
    if session is None or not session.alive:
        return None
    try:
        return read_gpus(session, ctx)
    except SshError as exc:
        if not exc.retryable:
            raise
        return None  # the link dropped: the tunnel heals it, the next reading shows it

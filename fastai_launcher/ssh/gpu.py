"""GPU at a glance: `nvidia-smi`'s utilisation and memory, over the SSH session.

It shows whether training really uses the GPU.  One short command per reading;
an instance without nvidia-smi (or whose driver does not answer) gives None.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..core.task import TaskContext
from .session import Session

log = logging.getLogger("fastai_launcher.ssh.gpu")

QUERY = "--query-gpu=utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits"
_MISSING = 127  # the shell's "command not found"


@dataclass(frozen=True)
class GpuReading:
    """One GPU; a figure nvidia-smi does not know ("N/A") is None."""

    index: int
    utilization_percent: float | None
    memory_used_mib: float | None
    memory_total_mib: float | None

    @property
    def memory_percent(self) -> float | None:
        if self.memory_used_mib is None or not self.memory_total_mib:
            return None
        return 100.0 * self.memory_used_mib / self.memory_total_mib


def _number(field: str) -> float | None:
    try:
        return float(field.strip().strip("[]").split()[0])
    except (ValueError, IndexError):
        return None  # "N/A", "[N/A]", "[Not Supported]"


def parse_gpu_readings(output: str) -> list[GpuReading]:
    """`nvidia-smi --query-gpu=… --format=csv,noheader,nounits`, one GPU a line."""
    readings: list[GpuReading] = []
    for line in output.splitlines():
        fields = line.split(",")
        if len(fields) != 3:
            continue
        utilization, used, total = (_number(field) for field in fields)
        readings.append(GpuReading(len(readings), utilization, used, total))
    return readings


def read_gpus(
    session: Session, ctx: TaskContext | None = None, timeout: float = 20.0
) -> list[GpuReading] | None:
    """The instance's GPUs now; None when it has no nvidia-smi or its driver does not answer."""
    command = f"command -v nvidia-smi > /dev/null 2>&1 || exit {_MISSING}; nvidia-smi {QUERY}"
    status, output = session.capture(command, ctx, timeout)
    if status != 0:
        log.debug("nvidia-smi answered %s: %s", status, output[:200])
        return None
    readings = parse_gpu_readings(output)
    return readings or None

"""Jupyter in the test world: the "instance" has a real jupyter-server.

The SSH layer starts it through the sshd, as it would on EC2; this plugin only
says where the instance's environment is and cleans up servers left running.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.world.sshd import Sshd, ensure_instance_env


@pytest.fixture(scope="session")
def instance_env() -> Path:
    """The bin folder of the "instance's" Python environment (jupyter inside)."""
    return ensure_instance_env()


def stop_servers_started_through(sshd: Sshd) -> None:
    """Stop the Jupyter servers started through this sshd (not another test run's)."""
    found = subprocess.run(
        ["pgrep", "-u", sshd.user, "-f", "jupyter"], capture_output=True, text=True
    )
    for pid in found.stdout.split():
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        except OSError:
            continue
        connection = next((v for v in environ if v.startswith(b"SSH_CONNECTION=")), b"")
        if connection.split()[-1:] == [str(sshd.port).encode()]:
            with contextlib.suppress(OSError):
                os.kill(int(pid), signal.SIGTERM)


@pytest.fixture
def jupyter_world(sshd: Sshd, instance_env: Path) -> Iterator[Path]:
    """The instance environment; any Jupyter server the test started is stopped after."""
    yield instance_env
    stop_servers_started_through(sshd)

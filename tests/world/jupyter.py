"""Jupyter in the test world: the "instance" has a real jupyter-server.

The SSH layer starts it through the sshd, as it would on EC2; this plugin only
says where the instance's environment is and cleans up servers left running.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.world.sshd import Sshd, ensure_instance_env


@pytest.fixture(scope="session")
def instance_env() -> Path:
    """The bin folder of the "instance's" Python environment (jupyter inside)."""
    return ensure_instance_env()


@pytest.fixture
def jupyter_world(sshd: Sshd, instance_env: Path) -> Iterator[Path]:
    """The instance environment; any Jupyter server the test started is stopped after."""
    yield instance_env
    subprocess.run(["pkill", "-u", sshd.user, "-f", "jupyter"], capture_output=True)

"""The "instance" in the test world, as the flow tests, the UI tests and the benchmarks set it up.

Instances launched in moto boot as the world's real sshd (`tests/world/sshd.py`)
and the app's SSH goes there through its developer options; the shipped
`sandbox` recipe installs the course from the world's local repository under
names of its own; the flow's waits are shortened.  Only the caller's public
address is made up (checkip.amazonaws.com cannot be reached from here).

A plugin for the `course` fixture (see `tests/conftest.py`); the rest is plain
code that `benchmarks/world.py` uses outside pytest as well.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import signal
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.flow import Timing
from fastai_launcher.flow.workspace import SSH_USER_ENV
from fastai_launcher.ssh.recipes import STATE_ROOT, Recipe, load_recipe
from fastai_launcher.ssh.session import Backoff
from fastai_launcher.ssh.tunnel import TunnelTiming
from tests.world.aws import AwsWorld
from tests.world.sshd import Sshd, ensure_world_course, free_port

G_QUOTA = "L-DB2E81BA"  # Running On-Demand G and VT instances, in vCPUs
CALLER_IP = "203.0.113.7"  # what checkip.amazonaws.com would answer (documentation range)

#: The flow's polls shortened; the tunnel checks its link as the app ships it.
FAST_POLLS = Timing(
    instance_poll=0.02,
    not_found_recheck=0.05,
    console_poll=0.05,
    console_timeout=5,
    quota_first_poll=0.05,
    quota_max_poll=0.2,
    jupyter_poll=0.2,
    jupyter_timeout=60,
    recipe_poll=0.1,
    ssh_backoff=Backoff(first_delay=0.05, max_delay=0.5, total=20),
)
#: The polls and the tunnel's link checks shortened: a dropped link is noticed in seconds.
FAST = dataclasses.replace(
    FAST_POLLS,
    tunnel=TunnelTiming(probe_interval=1.0, probe_timeout=2.0, check_interval=0.2),
)

World = TypeVar("World", bound=AwsWorld)


def ssh_env(sshd: Sshd) -> dict[str, str]:
    """The developer options that send the app's SSH to the sshd, as its user."""
    return {SSH_ENDPOINT_ENV: f"127.0.0.1:{sshd.port}", SSH_USER_ENV: sshd.user}


def boot_on_sshd(aws: World, sshd: Sshd, monkeypatch: pytest.MonkeyPatch) -> World:
    """Instances launched in `aws` boot as the sshd and SSH goes there; 8 vCPUs of G quota."""
    for name, value in ssh_env(sshd).items():
        monkeypatch.setenv(name, value)
    aws.boot_on(sshd)
    aws.set_quota(G_QUOTA, 8)
    return aws


def workspace_options(home: Path, timing: Timing = FAST) -> dict[str, Any]:
    """The `Workspace` arguments of the world: its home, host name, waits and caller's address."""
    return {
        "home": home,
        "host_name": "laptop",
        "timing": timing,
        "fetch_ip": lambda: CALLER_IP + "\n",
    }


def instance_options(course: Recipe, jupyter_port: int) -> dict[str, Any]:
    """The `Workspace` arguments for the instance: `course` is the `sandbox` recipe,
    Jupyter listens on `jupyter_port` there, the tunnel on a free port here."""

    def recipes(name: str) -> Recipe:
        return course if name == "sandbox" else load_recipe(name)

    return {"recipes": recipes, "jupyter_port": jupyter_port, "local_port": free_port()}


def sandbox_course(instance_env: Path) -> Recipe:
    """The shipped sandbox recipe under a name of its own, so no other test shares its files."""
    repository = ensure_world_course()
    shipped = load_recipe("sandbox")
    unique = uuid.uuid4().hex[:8]
    changes: dict[str, Any] = {
        "id": f"sandbox-{unique}",
        "folder": f"sandbox-course-{unique}",
        "notebooks": f"sandbox-course-{unique}",
    }
    if Path(shipped.repository) != repository:  # not root: the world lives elsewhere
        changes |= {"repository": str(repository), "prelude": (f"source {instance_env}/activate",)}
    return dataclasses.replace(shipped, **changes)


def remove_course(sshd: Sshd, recipe: Recipe) -> None:
    """What installing `recipe` left in the instance's home."""
    shutil.rmtree(sshd.home / recipe.folder, ignore_errors=True)
    shutil.rmtree(sshd.home / recipe.state_dir, ignore_errors=True)


def stop_jupyter(sshd: Sshd, jupyter_port: int) -> None:
    """The Jupyter server the flow started on `jupyter_port`, only that one: other
    tests may run theirs meanwhile."""
    pid_file = sshd.home / STATE_ROOT / f"jupyter-{jupyter_port}.pid"
    with contextlib.suppress(OSError, ValueError):
        os.kill(int(pid_file.read_text()), signal.SIGTERM)


@pytest.fixture
def course(sshd: Sshd, instance_env: Path) -> Iterator[Recipe]:
    """`sandbox_course`, its files removed from the instance after the test."""
    recipe = sandbox_course(instance_env)
    yield recipe
    remove_course(sshd, recipe)

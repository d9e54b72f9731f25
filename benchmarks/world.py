"""The test world outside pytest, for the benchmarks: moto's server in a process of
its own (`aws_process.py`: the world's quota, console, SSM and pricing additions,
and a count of every request by operation), a real sshd playing the instance,
a real Jupyter server on it, the shipped `sandbox` recipe installing from the
world's local course repository.

This process's environment is pointed at the world (boto3 honours
`AWS_ENDPOINT_URL`, SSH goes to the sshd through `FASTAI_LAUNCHER_SSH_ENDPOINT`),
as the sandbox does: the app runs with no test-only code path.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests

from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.paths import AppPaths, under
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.flow.workspace import SSH_USER_ENV
from fastai_launcher.ssh.recipes import STATE_ROOT, Recipe, load_recipe
from fastai_launcher.ssh.session import Backoff
from tests.world import aws as world_aws
from tests.world.sshd import Sshd, _ensure_world_user, ensure_instance_env, ensure_world_course
from tests.world.sshd import free_port as free_port

from .aws_process import CALLS_PATH

CALLER_IP = "203.0.113.7"
#: The waits of the test world, as the flow tests shorten them.
FAST = Timing(
    instance_poll=0.02,
    console_poll=0.05,
    console_timeout=5,
    quota_first_poll=0.05,
    quota_max_poll=0.2,
    jupyter_poll=0.2,
    jupyter_timeout=60,
    recipe_poll=0.1,
    ssh_backoff=Backoff(first_delay=0.05, max_delay=0.5, total=20),
)


class RemoteCounter:
    """The AWS process's count of requests, read over HTTP."""

    def __init__(self, endpoint: str) -> None:
        self.url = endpoint + CALLS_PATH

    def _events(self) -> list[tuple[float, str]]:
        answer = requests.get(self.url, timeout=10)
        answer.raise_for_status()
        return [(float(when), str(operation)) for when, operation in answer.json()]

    def mark(self) -> int:
        """Where the count is now; `since(mark)` gives what came after."""
        return len(self._events())

    def since(self, mark: int) -> list[tuple[float, str]]:
        return self._events()[mark:]

    @staticmethod
    def by_operation(events: list[tuple[float, str]]) -> dict[str, int]:
        return dict(sorted(collections.Counter(operation for _, operation in events).items()))


@dataclasses.dataclass
class FlowWorld:
    folder: Path
    aws: world_aws.AwsWorld
    counter: RemoteCounter
    sshd: Sshd
    recipe: Recipe
    jupyter_port: int

    @property
    def home(self) -> Path:
        return self.folder / "home"

    def paths(self, name: str = "app") -> AppPaths:
        return under(self.folder / name).ensure()

    def workspace(self, paths: AppPaths | None = None, **options: Any) -> Workspace:
        """A Workspace from the saved files under `paths`, with the world's waits."""
        recipe = self.recipe
        settings: dict[str, Any] = {
            "home": self.home,
            "host_name": "laptop",
            "timing": FAST,
            "fetch_ip": lambda: CALLER_IP + "\n",
            "recipes": lambda name: recipe if name == "sandbox" else load_recipe(name),
            "jupyter_port": self.jupyter_port,
            "local_port": free_port(),
        }
        return Workspace.load(paths or self.paths(), **(settings | options))


def _course(sshd: Sshd, instance_env: Path) -> Recipe:
    repository = ensure_world_course()
    shipped = load_recipe("sandbox")
    unique = uuid.uuid4().hex[:8]
    changes: dict[str, Any] = {
        "id": f"sandbox-{unique}",
        "folder": f"sandbox-course-{unique}",
        "notebooks": f"sandbox-course-{unique}",
    }
    if Path(shipped.repository) != repository:
        changes |= {"repository": str(repository), "prelude": (f"source {instance_env}/activate",)}
    return dataclasses.replace(shipped, **changes)


@contextlib.contextmanager
def flow_world() -> Iterator[FlowWorld]:
    """The world, running; this process's environment points at it until the end."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per request otherwise
    folder = Path(tempfile.mkdtemp(prefix="bench-world-"))
    folder.chmod(0o755)
    (folder / "home").mkdir()
    sshd = Sshd(folder=folder / "sshd", user=_ensure_world_user())
    sshd.folder.mkdir()
    sshd.prepare()  # host keys first: the AWS process puts them on the console
    server = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.aws_process", str(sshd.folder), sshd.user],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdin is not None
    aws = world_aws.AwsWorld(server.stdout.readline().strip())
    saved = dict(os.environ)
    jupyter_port = free_port()
    recipe: Recipe | None = None
    try:
        os.environ.update(aws.env)
        os.environ.update(
            {
                "HOME": str(folder / "home"),
                "AWS_CONFIG_FILE": str(folder / "home" / ".aws" / "config"),
                "AWS_SHARED_CREDENTIALS_FILE": str(folder / "home" / ".aws" / "credentials"),
                "FASTAI_LAUNCHER_HOME": str(folder / "app"),
            }
        )
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
            os.environ.pop(name, None)
        sshd.start()
        os.environ[SSH_ENDPOINT_ENV] = f"127.0.0.1:{sshd.port}"
        os.environ[SSH_USER_ENV] = sshd.user
        recipe = _course(sshd, ensure_instance_env())
        yield FlowWorld(folder, aws, RemoteCounter(aws.endpoint), sshd, recipe, jupyter_port)
    finally:
        pid_file = sshd.home / STATE_ROOT / f"jupyter-{jupyter_port}.pid"
        with contextlib.suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text()), signal.SIGTERM)
        if recipe is not None:
            shutil.rmtree(sshd.home / recipe.folder, ignore_errors=True)
            shutil.rmtree(sshd.home / recipe.state_dir, ignore_errors=True)
        sshd.stop()
        server.stdin.close()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        server.stdout.close()
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(folder, ignore_errors=True)

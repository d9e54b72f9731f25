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
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import requests

from fastai_launcher.core.paths import AppPaths, under
from fastai_launcher.flow import Workspace
from fastai_launcher.ssh.recipes import Recipe
from tests.world import aws as world_aws
from tests.world.aws_remote import stop_child
from tests.world.instance import (
    FAST_POLLS,
    instance_options,
    remove_course,
    sandbox_course,
    ssh_env,
    stop_jupyter,
    workspace_options,
)
from tests.world.sshd import Sshd, _ensure_world_user, ensure_instance_env, free_port

from .aws_process import CALLS_PATH


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
        settings = workspace_options(self.home, FAST_POLLS) | instance_options(
            self.recipe, self.jupyter_port
        )
        return Workspace.load(paths or self.paths(), **(settings | options))


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
        os.environ.update(ssh_env(sshd))
        recipe = sandbox_course(ensure_instance_env())
        yield FlowWorld(folder, aws, RemoteCounter(aws.endpoint), sshd, recipe, jupyter_port)
    finally:
        stop_jupyter(sshd, jupyter_port)
        if recipe is not None:
            remove_course(sshd, recipe)
        sshd.stop()
        stop_child(server)
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(folder, ignore_errors=True)

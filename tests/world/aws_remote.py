"""The world's AWS run by a child process (`tests/world/aws_process.py`), driven
from the tests through the same interface as the in-process `AwsWorld`.

For tests that time the GUI thread: moto's work then competes with nothing in
the test process.  boto3 clients are still made here, so the operation
recorder (`aws_record.py`) sees every call the app makes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.world.aws import AwsWorld
from tests.world.aws_process import CALL_PATH

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class RemoteAwsWorld(AwsWorld):
    """`AwsWorld` whose arranging calls run in the world's process."""

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        answer = requests.post(
            self.endpoint + CALL_PATH,
            json={"method": method, "args": list(args), "kwargs": kwargs},
            timeout=30,
        )
        if answer.status_code != 200:
            raise RuntimeError(f"world call {method} failed: {answer.text}")
        return answer.json()["result"]

    def reset(self) -> None:
        self._call("reset")

    def set_quota(self, code: str, value: float, region: str | None = None) -> None:
        self._call("set_quota", code, value, region or self.region)

    def set_request_status(self, request_id: str, status: str, region: str | None = None) -> None:
        self._call("set_request_status", request_id, status, region or self.region)

    def quota_requests(self, region: str | None = None) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call("quota_requests", region or self.region)
        return result

    def set_console_output(self, instance_id: str, text: str) -> None:
        self._call("set_console_output", instance_id, text)

    def boot_on(self, sshd: Any) -> None:
        """As `AwsWorld.boot_on`; the child rebuilds the sshd from its folder and user."""
        self._call("boot_on", folder=str(sshd.folder), user=sshd.user)

    def set_price(
        self, instance_type: str, hourly_usd: float | None, region: str | None = None
    ) -> None:
        self._call("set_price", instance_type, hourly_usd, region or self.region)

    @property
    def pricing_calls(self) -> list[tuple[str, str, dict[str, Any]]]:
        return [(region, op, request) for region, op, request in self._call("pricing_calls")]


@pytest.fixture(scope="session")
def aws_process() -> Iterator[str]:
    """The endpoint of the world's AWS in a child process, for the session."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.world.aws_process"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    endpoint = child.stdout.readline().strip()
    try:
        assert endpoint.startswith("http://"), "the world's AWS process did not start"
        yield endpoint
    finally:
        stop_child(child)


def stop_child(child: subprocess.Popen[str]) -> None:
    """End an AWS world's child process: its stdin closing tells it to stop."""
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    try:
        child.wait(30)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
    child.stdout.close()


@pytest.fixture
def remote_aws_world(aws_process: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AwsWorld]:
    """As `aws_world`, with moto in the child process: fresh state, env pointed there."""
    world = RemoteAwsWorld(aws_process)
    world.reset()
    for name, value in world.env.items():
        monkeypatch.setenv(name, value)
    yield world
    world.reset()

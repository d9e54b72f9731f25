"""The test world outside pytest: for `python -m tests.world.sandbox`, screenshots and demos.

`start_world()` starts what the pytest fixtures start — moto's server with the
world's additions, a real sshd playing every launched instance (its host keys
on the console, the launch's key pair authorized), the instance's Jupyter
environment and the `sandbox` recipe's course repository — points this
process's environment at it, and undoes all of it on exit.  A GPU quota
increase request is approved by the "world" a little while after it is filed.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring

from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.paths import HOME_ENV
from fastai_launcher.flow.workspace import CHECKIP_ENV, JUPYTER_PORT_ENV, SSH_USER_ENV
from tests.world import aws_quotas
from tests.world.aws import (
    DEFAULT_REGION,
    TEST_ACCESS_KEY_ID,
    TEST_SECRET_ACCESS_KEY,
    AwsWorld,
    start_moto,
    write_profile,
)
from tests.world.jupyter import stop_servers_started_through
from tests.world.keyring import MemoryKeyring
from tests.world.sshd import (
    Sshd,
    _ensure_world_user,
    ensure_instance_env,
    ensure_world_course,
    free_port,
)

GPU_QUOTA = "L-DB2E81BA"  # on-demand G and VT instances
PROFILE = "sandbox"
PUBLIC_IP = "203.0.113.7"  # what the world's checkip answers (documentation range)


class _CheckIp(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"{PUBLIC_IP}\n".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@contextlib.contextmanager
def _checkip() -> Iterator[str]:
    """A local checkip.amazonaws.com: there is no internet in the world."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CheckIp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@dataclass
class RunningWorld:
    aws: AwsWorld
    sshd: Sshd
    home: Path  # HOME for the app: ~/.ssh, ~/.aws and the app's folders live here
    env: dict[str, str]  # what was set in os.environ
    access_key_id: str = TEST_ACCESS_KEY_ID
    secret_access_key: str = TEST_SECRET_ACCESS_KEY
    profile: str = PROFILE

    def describe(self) -> str:
        lines = [
            f"AWS (moto)         {self.aws.endpoint}  region {self.aws.region}",
            f"instance (sshd)    127.0.0.1:{self.sshd.port}  user {self.sshd.user}",
            f"home               {self.home}",
            f"access key id      {self.access_key_id}",
            f"secret access key  {self.secret_access_key}  (the world's fixed test key)",
            f"or the AWS profile {self.profile}",
            "recipe             sandbox",
        ]
        lines += [f"{name}={value}" for name, value in sorted(self.env.items())]
        return "\n".join(lines)


def _approve_later(region: str, after: float, stop: threading.Event) -> None:
    while not stop.wait(0.5):
        now = time.time()
        for request in aws_quotas.requests(region):
            if request["Status"] == "PENDING" and now - request["Created"] >= after:
                aws_quotas.set_request_status(region, request["Id"], "APPROVED")


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextlib.contextmanager
def start_world(
    *,
    quota: float = 0.0,
    approve_quota_after: float | None = 20.0,
    region: str = DEFAULT_REGION,
    instance: Sshd | None = None,
    home: Path | None = None,
) -> Iterator[RunningWorld]:
    """Start the world; inside the block, this process's boto3, SSH and app folders use it.

    `quota`: the account's on-demand G/VT quota in vCPUs (0: a new account, the
    request path).  `approve_quota_after`: seconds after which the world
    approves a pending increase request (None: never).

    `instance` and `home`: an sshd that the app reaches as it reaches a real
    instance (its public IP, port 22, user ubuntu, Jupyter on 8888) and the
    user's home, both prepared by the caller (`tests.world.showroom`).  Then the
    app is told nothing about the world but where AWS is, and no AWS profile is
    written.  Without them: a local sshd on a free port and a temporary home.
    """
    server, endpoint = start_moto()
    aws = AwsWorld(endpoint, region)
    local = instance is None
    sshd = instance or Sshd(
        folder=Path(tempfile.mkdtemp(prefix="world-sshd-")), user=_ensure_world_user()
    )
    home = home or Path(tempfile.mkdtemp(prefix="sandbox-home-"))
    stop = threading.Event()
    approver = None
    previous_keyring = keyring.get_keyring()
    try:
        sshd.start()
        aws.boot_on(sshd)
        aws.set_quota(GPU_QUOTA, quota)
        env = {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_CONFIG_FILE": str(home / ".aws" / "config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(home / ".aws" / "credentials"),
            "HOME": str(home),
        }
        if local:
            ensure_instance_env()
            ensure_world_course()
            write_profile(home, PROFILE, region)
            env |= {
                HOME_ENV: str(home / "app"),
                SSH_ENDPOINT_ENV: f"127.0.0.1:{sshd.port}",
                SSH_USER_ENV: sshd.user,
                # The "instance" is this machine: its Jupyter must not want the tunnel's port.
                JUPYTER_PORT_ENV: str(free_port()),
            }
        if approve_quota_after is not None:
            approver = threading.Thread(
                target=_approve_later, args=(region, approve_quota_after, stop), daemon=True
            )
            approver.start()
        keyring.set_keyring(MemoryKeyring())  # a typed key never reaches a real keyring
        with _checkip() as checkip_url:
            env[CHECKIP_ENV] = checkip_url
            with _environment(env):
                yield RunningWorld(aws, sshd, home, env)
    finally:
        stop.set()
        if approver is not None:
            approver.join(5)
        keyring.set_keyring(previous_keyring)
        stop_servers_started_through(sshd)
        sshd.stop()
        server.stop()
        if local:  # else the caller's
            shutil.rmtree(sshd.folder, ignore_errors=True)
            shutil.rmtree(home, ignore_errors=True)

"""Drill: after a full run with logging at DEBUG, no secret is on disk anywhere in
the user's home (`~/.ssh`, `~/.aws`, the app's folders and everything else): not
the typed AWS secret access key, not an STS session token or its secret, not a
token of the browser sign-in (`aws login`) cache, not the Jupyter token, not a
line of the SSH private key — except in the files that hold them on purpose and
that the app left as they were (the user's `~/.aws` files, the sign-in cache) and
the private key file itself (0600).

The run is the whole flow in the test world through the UI's task runner
(typed key kept in the keyring, prices, quota, key pair, launch, connect,
install, Jupyter, the browser's request with the token, stop, and one click
back to Jupyter), then a sign-in with a profile holding a real session token
(STS GetSessionToken in the world) and one with a browser sign-in profile whose
token cache holds AssumeRole credentials, a refresh token, an id token and a
DPoP key, each followed by AWS calls; with the app's logging set up as `app.py`
does but at DEBUG, and boto3, botocore, urllib3 and paramiko at DEBUG too.
"""

from __future__ import annotations

import base64
import json
import logging
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
from botocore.utils import generate_login_cache_key
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from fastai_launcher.core.logs import close_logging, setup_logging
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.offers import instance_offers
from fastai_launcher.flow.runs import ExpressChoices, express, open_jupyter
from fastai_launcher.flow.signin import regions, sign_in_with_key, sign_in_with_profile
from fastai_launcher.ssh.recipes import load_recipe
from fastai_launcher.ui.tasks import TaskRunner
from tests.world.app_world import CALLER_IP, FAST
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.sshd import free_port

LIBRARIES = ("boto3", "botocore", "urllib3", "paramiko", "sshtunnel")


@pytest.fixture
def debug_logging(app_paths) -> Iterator[None]:
    handlers = setup_logging(app_paths, level=logging.DEBUG, stderr=False)
    levels = {name: logging.getLogger(name).level for name in LIBRARIES}
    for name in LIBRARIES:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    close_logging(handlers)


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10)


def run(qtbot, runner: TaskRunner, fn):
    outcome: dict[str, object] = {}
    handle = runner.run(
        fn,
        on_result=lambda value: outcome.setdefault("result", value),
        on_error=lambda error: outcome.setdefault("error", error),
    )
    with qtbot.waitSignal(handle.finished, timeout=120_000):
        pass
    assert "error" not in outcome, outcome.get("error")
    return outcome["result"]


def secret_pieces(key_path: Path) -> list[str]:
    """The private key's body lines (what a leak of the key would show) and its markers."""
    lines = key_path.read_text().splitlines()
    body = [line for line in lines if line and not line.startswith("-----")]
    assert body, "the key has a body"
    return [*body, "PRIVATE KEY-----"]


LOGIN_SESSION = "arn:aws:sts::123456789012:assumed-role/Student/web"


def session_token_profile(world, home: Path) -> dict[str, str]:
    """A profile with a real STS session token, as `aws configure set` writes one."""
    credentials = world.client("sts").get_session_token(DurationSeconds=3600)["Credentials"]
    aws = home / ".aws"
    aws.mkdir(parents=True, exist_ok=True)
    with (aws / "config").open("a") as config:
        config.write(f"[profile session]\nregion = {world.region}\n")
    with (aws / "credentials").open("a") as file:
        file.write(
            f"[session]\naws_access_key_id = {credentials['AccessKeyId']}\n"
            f"aws_secret_access_key = {credentials['SecretAccessKey']}\n"
            f"aws_session_token = {credentials['SessionToken']}\n"
        )
    return credentials


def browser_sign_in_profile(world, home: Path) -> dict[str, Any]:
    """A profile and its token cache as `aws login` leaves them (AWS CLI 2.32+)."""
    credentials = world.client("sts").assume_role(
        RoleArn="arn:aws:iam::123456789012:role/Student", RoleSessionName="web"
    )["Credentials"]
    dpop_key = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    expires = (datetime.now(timezone.utc) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    claims = base64.urlsafe_b64encode(json.dumps({"sub": LOGIN_SESSION}).encode()).decode()
    token = {
        "accessToken": {
            "accessKeyId": credentials["AccessKeyId"],
            "secretAccessKey": credentials["SecretAccessKey"],
            "sessionToken": credentials["SessionToken"],
            "accountId": "123456789012",
            "expiresAt": expires,
        },
        "tokenType": "aws_sigv4",
        "clientId": "arn:aws:signin:::devtools/same-device",
        "refreshToken": "aorAAAAAGdrillRefreshTokenThatMustNeverBeLogged0123456789",
        "idToken": f"eyJhbGciOiJFUzI1NiJ9.{claims.rstrip('=')}.ZHJpbGwtc2lnbmF0dXJl",
        "dpopKey": dpop_key.decode(),
    }
    with (home / ".aws" / "config").open("a") as config:
        config.write(f"[profile web]\nregion = {world.region}\nlogin_session = {LOGIN_SESSION}\n")
    cache = home / ".aws" / "login" / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    (cache / f"{generate_login_cache_key(LOGIN_SESSION)}.json").write_text(json.dumps(token))
    return token


def files_under(home: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in home.rglob("*") if path.is_file()}


def test_drill_after_a_full_run_at_debug_no_secret_is_anywhere_in_the_home(
    qtbot, runner, world, app_paths, isolated_home, course, debug_logging, memory_keyring
):
    session = session_token_profile(world, isolated_home)
    web = browser_sign_in_profile(world, isolated_home)
    # What is in the home before the app runs holds its secrets on purpose (the
    # user's ~/.aws, the world's files): it counts only if the app changes it.
    before = files_under(isolated_home)
    ws = Workspace.load(
        app_paths,
        home=isolated_home,
        host_name="laptop",
        timing=FAST,
        fetch_ip=lambda: CALLER_IP + "\n",
        recipes=lambda name: course if name == "sandbox" else load_recipe(name),
        jupyter_port=free_port(),
        local_port=free_port(),
    )
    try:
        run(qtbot, runner, lambda ctx: sign_in_with_key(
            ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY))  # fmt: skip
        choices = ExpressChoices(region=world.region, recipe="sandbox")
        url = run(qtbot, runner, lambda ctx: express(ws, ctx, choices))
        run(qtbot, runner, lambda ctx: instance_offers(ws, ctx))
        assert requests.get(url, timeout=10).status_code == 200
        token = ws.jupyter.token
        run(qtbot, runner, lambda ctx: stop(ws, ctx))
        url = run(qtbot, runner, lambda ctx: open_jupyter(ws, ctx))
        assert requests.get(url, timeout=10).status_code == 200
        run(qtbot, runner, lambda ctx: stop(ws, ctx))
        for profile, key_id in (
            ("session", session["AccessKeyId"]),
            ("web", web["accessToken"]["accessKeyId"]),
        ):
            run(qtbot, runner, lambda ctx, p=profile: sign_in_with_profile(ws, ctx, p))
            frozen = ws.session().get_credentials().get_frozen_credentials()
            assert frozen.access_key == key_id  # the profile's own credentials were used
            run(qtbot, runner, lambda ctx: regions(ws, ctx))
            run(qtbot, runner, lambda ctx: instance_offers(ws, ctx))
    finally:
        ws.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert memory_keyring.secrets  # the secret went where it belongs
    assert token and len(token) >= 16 and ws.progress.key_path
    key_file = Path(ws.progress.key_path)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    secrets = {
        "the typed AWS secret access key": [TEST_SECRET_ACCESS_KEY],
        "the session token or its secret": [session["SessionToken"], session["SecretAccessKey"]],
        "a browser sign-in token or key": [
            web["accessToken"]["sessionToken"],
            web["accessToken"]["secretAccessKey"],
            web["refreshToken"],
            web["idToken"],
            *[line for line in web["dpopKey"].splitlines() if "-----" not in line],
        ],
        "the Jupyter token": [token],
        "the SSH private key": secret_pieces(key_file),
    }
    after = files_under(isolated_home)
    written = {path: data for path, data in after.items() if before.get(path) != data}
    assert app_paths.log_file in written and app_paths.state_file in written
    assert any(path.is_relative_to(isolated_home / ".ssh") for path in written)
    log = app_paths.log_file.read_text(encoding="utf-8")
    assert " DEBUG " in log and "botocore" in log  # the run really logged at DEBUG
    assert "X-Amz-Security-Token" in log  # requests signed with a session token were logged
    leaks = [
        f"{what} in {path.relative_to(isolated_home)}"
        for path, data in written.items()
        if path != key_file
        for what, pieces in secrets.items()
        if any(piece.encode() in data for piece in pieces)
    ]
    assert leaks == []

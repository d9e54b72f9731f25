"""Drill: after a full run with logging at DEBUG, no secret is on disk in the app's
folders: not the AWS secret access key, not the Jupyter token, not a line of the
SSH private key — in any file under the config, data, cache or log directories.

The run is the whole flow in the test world through the UI's task runner
(typed key kept in the keyring, prices, quota, key pair, launch, connect,
install, Jupyter, the browser's request with the token, stop, and one click
back to Jupyter), with the app's logging set up as `app.py` does but at DEBUG,
and boto3, botocore, urllib3 and paramiko at DEBUG too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from fastai_launcher.core.logs import close_logging, setup_logging
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.offers import instance_offers
from fastai_launcher.flow.runs import ExpressChoices, express, open_jupyter
from fastai_launcher.flow.signin import sign_in_with_key
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


def test_drill_after_a_full_run_at_debug_no_secret_is_in_the_app_folders(
    qtbot, runner, world, app_paths, isolated_home, course, debug_logging, memory_keyring
):
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
    finally:
        ws.close()
    for handler in logging.getLogger().handlers:
        handler.flush()

    assert memory_keyring.secrets  # the secret went where it belongs
    assert token and len(token) >= 16 and ws.progress.key_path
    secrets = {
        "the AWS secret access key": [TEST_SECRET_ACCESS_KEY],
        "the Jupyter token": [token],
        "the SSH private key": secret_pieces(Path(ws.progress.key_path)),
    }
    files = [path for folder in app_paths.all() for path in folder.rglob("*") if path.is_file()]
    assert app_paths.log_file in files and app_paths.state_file in files
    log = app_paths.log_file.read_text(encoding="utf-8")
    assert " DEBUG " in log and "botocore" in log  # the run really logged at DEBUG
    leaks = [
        f"{what} in {path.relative_to(app_paths.config.parent)}"
        for path in files
        for what, pieces in secrets.items()
        if any(piece in path.read_text(encoding="utf-8", errors="replace") for piece in pieces)
    ]
    assert leaks == []

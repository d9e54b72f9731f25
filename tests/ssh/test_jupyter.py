"""Jupyter started by the SSH layer through the real sshd, from the recipe's
environment: it answers /api/status with the token it reported through
`jupyter server list --json`, a second start reuses it, it outlives the
connection, and it stops on request. The instance is this machine, so the test
reaches the server directly on 127.0.0.1 at the port it was started on."""

import dataclasses
import json
import urllib.error
import urllib.request
import uuid

import pytest

from fastai_launcher.core.logs import redact
from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.jupyter import (
    JupyterServer,
    local_url,
    start_jupyter,
    stop_jupyter,
)
from fastai_launcher.ssh.recipes import load_recipe
from tests.world.sshd import free_port


@pytest.fixture
def recipe(jupyter_world, open_session):
    folder = f"world-notebooks-{uuid.uuid4().hex[:8]}"
    session = open_session()
    session.run(f"mkdir -p {folder}")
    yield dataclasses.replace(
        load_recipe("sandbox"), notebooks=folder, prelude=(f"source {jupyter_world}/activate",)
    )
    session.run(f"rm -rf {folder}")


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as error:
        return error.code, None


def test_jupyter_starts_answers_with_its_token_is_reused_and_stops(open_session, recipe):
    session = open_session()
    port = free_port()
    ctx = TaskContext()
    server = start_jupyter(session, recipe, ctx, port=port, interval=0.2)
    assert server.port == port and server.token
    assert server.root_dir.endswith(recipe.notebooks)

    status_url = local_url(server, port, "api/status")
    assert status_url == f"http://127.0.0.1:{port}/api/status?token={server.token}"
    code, body = _get(status_url)
    assert code == 200 and "started" in body
    assert _get(f"http://127.0.0.1:{port}/api/status")[0] == 403  # the token is what lets you in
    assert local_url(server, 8890) == f"http://127.0.0.1:8890/?token={server.token}"

    # The token never reaches a log line or a repr.
    assert server.token not in repr(server)
    assert server.token not in redact(f"opening {status_url}")

    # A second start, even from a new connection after the first one dropped, reuses it.
    session.transport.close()
    again = open_session()
    reused = start_jupyter(again, recipe, ctx, port=port, interval=0.2)
    assert reused == server and reused.pid == server.pid

    stop_jupyter(again, recipe, reused, ctx)
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=5)


def test_a_port_already_taken_on_the_instance_is_a_clear_error(open_session, recipe):
    import socket

    from fastai_launcher.core.errors import SshError

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        with pytest.raises(SshError) as failed:
            start_jupyter(open_session(), recipe, TaskContext(), port=port, interval=0.2)
    assert f"port {port}" in str(failed.value)


def test_a_server_with_no_token_gets_a_plain_url():
    server = JupyterServer(
        port=8888, base_url="/lab-prefix", root_dir="/home/ubuntu", pid=1, token=""
    )
    assert local_url(server, 8889, "tree") == "http://127.0.0.1:8889/lab-prefix/tree"

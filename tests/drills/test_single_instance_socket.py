"""Drill: another local user takes the app's old single-instance socket name first.

The app used to listen on `/tmp/fastai-launcher-<crc32>`, a name anyone could
predict and bind before it: the app then "found itself running", handed its
start to the stranger's socket and exited without a window.  Here a socket sits
at that old name (made by this test, owned by `nobody` when the test runs as
root), and the real app still starts, shows its window, and a second start
still brings the first one forward.
"""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from fastai_launcher.core.paths import default_paths
from fastai_launcher.ui.app.single_instance import SingleInstance, instance_name
from tests.world.children import app_log_text, wait_for

SCRIPT = Path(sys.executable).parent / "fastai-launcher"
NOBODY = 65534


def old_name(config: Path) -> str:
    """The name the app used before: in the shared temporary folder."""
    digest = zlib.crc32(f"{getpass.getuser()}\0{config}".encode())
    return os.path.join(tempfile.gettempdir(), f"fastai-launcher-{digest:08x}")


@pytest.fixture
def squatter(isolated_home: Path) -> Iterator[socket.socket]:
    """A socket listening at the old name, as another user would leave it (never accepts)."""
    path = old_name(default_paths().config)
    if os.path.exists(path):
        os.unlink(path)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(8)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    yield server
    server.close()
    os.unlink(path)


@pytest.fixture(params=["config-folder", "xdg-runtime-dir"])
def app_env(request, isolated_home: Path, tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_RUNTIME_DIR", None)
    if request.param == "xdg-runtime-dir":
        runtime = tmp_path / "run"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def test_drill_a_socket_taken_at_the_old_name_no_longer_stops_the_app(
    squatter, app_env, isolated_home
):
    first = subprocess.Popen(
        [str(SCRIPT), "--lang", "en"],
        env=app_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: "main window shown" in app_log_text(isolated_home), what="the window")
        assert first.poll() is None
        second = subprocess.run([str(SCRIPT)], env=app_env, capture_output=True, timeout=60)
        assert second.returncode == 0
        wait_for(
            lambda: "another start asked for this window" in app_log_text(isolated_home),
            what="the first app to hear from the second",
        )
        assert app_log_text(isolated_home).count("starting") == 1
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(10)
        assert first.stderr is not None
        first.stderr.close()


def test_the_socket_is_in_a_private_runtime_folder_or_the_apps_config_folder(app_paths, tmp_path):
    config = app_paths.config
    assert instance_name(config, env={}) == str(config / ".single-instance")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    inside = instance_name(config, env={"XDG_RUNTIME_DIR": str(runtime)})
    assert Path(inside).parent == runtime
    runtime.chmod(0o755)  # a runtime folder others may enter is not used
    assert Path(instance_name(config, env={"XDG_RUNTIME_DIR": str(runtime)})).parent == config
    assert instance_name(config, env={"XDG_RUNTIME_DIR": "relative"}).startswith(str(config))
    pipe = instance_name(config, user="me", platform="win32")
    assert pipe.startswith("fastai-launcher-") and os.sep not in pipe


def test_two_guards_on_the_same_folder_still_talk(qtbot, qapp, app_paths):
    name = instance_name(app_paths.config, env={})
    # Parented as in the app, and deleted by Qt: the server's sockets go with it.
    first = SingleInstance(name, qapp)
    second = SingleInstance(name, qapp)
    try:
        assert first.claim()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not second.claim()
    finally:
        for guard in (first, second):
            guard.close()
            guard.deleteLater()

"""Drill: the network between the app and the instance drops for 30 s.

A small TCP proxy stands between the app and the instance's sshd
(`FASTAI_LAUNCHER_SSH_ENDPOINT` points at it).  With Jupyter open through the
tunnel, the proxy cuts every connection and resets every new one for 30 s of
real time, then lets them through again: the tunnel comes back by itself, on
the same local port, and Jupyter answers at the same URL.
"""

from __future__ import annotations

import contextlib
import dataclasses
import socket
import struct
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.runs import ExpressChoices, express
from fastai_launcher.flow.signin import sign_in_with_key
from fastai_launcher.ssh.recipes import load_recipe
from fastai_launcher.ssh.tunnel import TunnelState, TunnelTiming
from tests.world.app_world import CALLER_IP, FAST
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.sshd import free_port

DROP_SECONDS = 30.0
# The tunnel's own defaults notice a silent link within ~30 s and back off up to 60 s;
# shortened here so the drill measures the 30 s drop, not the back-off.
TUNNEL = TunnelTiming(
    keepalive=1,
    probe_interval=1.0,
    probe_timeout=2.0,
    check_interval=0.2,
    connect_timeout=5.0,
    backoff_initial=0.2,
    backoff_max=2.0,
)


class CuttableProxy:
    """127.0.0.1:<port> → the target; `cut()` drops every link and resets new ones."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self.refused = 0
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, name="drill-proxy", daemon=True)
        self._accepting.start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            if not self.open.is_set():
                self.refused += 1
                _reset(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _reset(client)
                continue
            upstream.settimeout(None)
            with self._lock:
                self._sockets |= {client, upstream}
            for source, sink in ((client, upstream), (upstream, client)):
                pump = threading.Thread(target=self._pump, args=(source, sink), daemon=True)
                self._threads.append(pump)
                pump.start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        for sock in (source, sink):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        self.open.clear()
        with self._lock:
            cut, self._sockets = self._sockets, set()
        for sock in cut:
            _reset(sock)

    def restore(self) -> None:
        self.open.set()

    def close(self) -> None:
        self.cut()
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self.listener.close()
        self._accepting.join(5)
        for pump in self._threads:
            pump.join(5)


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a dropped route or a refusing firewall shows it."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes a pump blocked in recv() on it
    sock.close()


@pytest.fixture
def proxy(world, sshd, monkeypatch) -> Iterator[CuttableProxy]:
    proxy = CuttableProxy(sshd.port)
    monkeypatch.setenv(SSH_ENDPOINT_ENV, f"127.0.0.1:{proxy.port}")
    yield proxy
    proxy.close()


def answers(url: str) -> int | None:
    try:
        return requests.get(url, timeout=10).status_code
    except requests.RequestException:
        return None


def test_drill_network_dropped_for_30_s_the_tunnel_comes_back_and_jupyter_answers(
    world, proxy, app_paths, isolated_home, course
):
    states: list[TunnelState] = []
    ws = Workspace.load(
        app_paths,
        home=isolated_home,
        host_name="laptop",
        timing=dataclasses.replace(FAST, tunnel=TUNNEL),
        fetch_ip=lambda: CALLER_IP + "\n",
        recipes=lambda name: course if name == "sandbox" else load_recipe(name),
        jupyter_port=free_port(),
        local_port=free_port(),
        on_tunnel_state=lambda state, error: states.append(state),
    )
    ctx = TaskContext()
    try:
        sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        url = express(ws, ctx, ExpressChoices(region=world.region, recipe="sandbox"))
        assert answers(url) == 200
        tunnel, port = ws.tunnel, ws.tunnel.local_port

        proxy.cut()
        cut_at = time.monotonic()
        while time.monotonic() - cut_at < DROP_SECONDS:
            assert answers(url) != 200
            time.sleep(1.0)
        assert TunnelState.RECONNECTING in states
        assert proxy.refused > 0  # the tunnel kept trying while the network was gone
        proxy.restore()

        deadline = time.monotonic() + 30
        while answers(url) != 200:
            assert time.monotonic() < deadline, f"the tunnel did not come back: {states}"
            time.sleep(0.5)
        assert ws.tunnel is tunnel and tunnel.local_port == port  # by itself, same URL
        assert states[-1] is TunnelState.UP
        assert states.index(TunnelState.RECONNECTING) < len(states) - 1
        stop(ws, ctx)
    finally:
        ws.close()

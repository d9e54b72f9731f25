"""The tunnel against the world's real OpenSSH server: an HTTP server on the
"instance" (this machine) is reached through it; it moves to the next free
local port, heals after the SSH connection dies or goes silent, refuses
untrusted host keys, and stops without leaving a thread behind."""

from __future__ import annotations

import base64
import contextlib
import http.server
import io
import os
import select
import signal
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import paramiko
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fastai_launcher.core.errors import HostKeyError, NetworkError, SshError
from fastai_launcher.ssh.hostkeys import HostPublicKey, InstanceHostKeyPolicy, KnownHosts
from fastai_launcher.ssh.tunnel import Tunnel, TunnelState, TunnelTiming
from tests.world.sshd import free_port

FAST = TunnelTiming(
    keepalive=1,
    probe_interval=0.3,
    probe_timeout=1.0,
    check_interval=0.1,
    connect_timeout=5.0,
    backoff_initial=0.05,
    backoff_max=0.5,
)
COMES_BACK_WITHIN = 30.0  # generous: the bound is for a loaded machine, not a timing goal


def _ed25519() -> tuple[paramiko.PKey, str]:
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    public = private.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    pkey = paramiko.Ed25519Key.from_private_key(io.StringIO(pem.decode()))
    return pkey, public.decode()


@pytest.fixture
def client_key(sshd) -> paramiko.PKey:
    pkey, public = _ed25519()
    sshd.authorize(public)
    return pkey


@pytest.fixture
def host_keys(sshd) -> list[paramiko.PKey]:
    keys = []
    for line in sshd.host_public_keys:
        kind, data = line.split()[:2]
        keys.append(paramiko.PKey.from_type_string(kind, base64.b64decode(data)))
    return keys


class _Origin(http.server.BaseHTTPRequestHandler):
    """The instance's web server (Jupyter's place): says which path it was asked."""

    def do_GET(self) -> None:
        body = f"instance says: {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:
        pass


@pytest.fixture
def origin() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    thread = threading.Thread(target=server.serve_forever, name="test-origin", daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join(5)


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


class _States:
    """What `on_state` reported, in order."""

    def __init__(self) -> None:
        self.seen: list[tuple[TunnelState, object]] = []

    def __call__(self, state: TunnelState, error: object) -> None:
        self.seen.append((state, error))

    @property
    def states(self) -> list[TunnelState]:
        return [state for state, _ in self.seen]

    def wait_for(self, *expected: TunnelState) -> None:
        deadline = time.monotonic() + COMES_BACK_WITHIN
        while self.states[: len(expected)] != list(expected):
            assert time.monotonic() < deadline, f"states so far: {self.states}"
            time.sleep(0.05)


class _Path:
    """A TCP relay between the tunnel and sshd: the network, which a test can
    silence (a sleeping laptop, a dropped route) or cut (the address is gone)."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.silent = threading.Event()
        self.closed = threading.Event()
        self.sockets: list[socket.socket] = []
        self.threads = [threading.Thread(target=self._accept, name="test-path", daemon=True)]
        self.threads[0].start()

    def _accept(self) -> None:
        with contextlib.suppress(OSError):  # the listener closes under us
            while not self.closed.is_set():
                if not select.select([self.listener], [], [], 0.1)[0]:
                    continue
                near, _ = self.listener.accept()
                far = socket.create_connection(("127.0.0.1", self.target_port))
                self.sockets += [near, far]
                for a, b in ((near, far), (far, near)):
                    pump = threading.Thread(
                        target=self._pump, args=(a, b), name="test-path", daemon=True
                    )
                    self.threads.append(pump)
                    pump.start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while not self.closed.is_set():
                if self.silent.is_set() or not select.select([source], [], [], 0.1)[0]:
                    time.sleep(0.05)
                    continue
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self.closed.set()
        for sock in [self.listener, *self.sockets]:
            sock.close()
        for thread in self.threads:
            thread.join(5)


def _kill_sessions(sshd) -> int:
    """End the sessions of *our* sshd (its child processes), not the listener."""
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError, ValueError):
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines())
            children.setdefault(int(fields["PPid"]), []).append(int(status.parent.name))
    doomed, todo = [], list(children.get(sshd.process.pid, []))
    while todo:
        pid = todo.pop()
        doomed.append(pid)
        todo += children.get(pid, [])
    for pid in doomed:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    return len(doomed)


def _tunnel_threads(before: set[threading.Thread]) -> list[threading.Thread]:
    """Threads started since `before`, apart from the test's own HTTP server and relay."""
    return [
        thread
        for thread in threading.enumerate()
        if thread not in before
        and thread.name != "test-path"
        and "process_request_thread" not in thread.name
    ]


def _tunnel(
    sshd, client_key, host_keys, origin, resolve: Callable[[], tuple[str, int]] | None = None, **kw
) -> Tunnel:
    kw.setdefault("preferred_local_port", free_port())
    kw.setdefault("timing", FAST)
    return Tunnel(
        resolve or (lambda: ("127.0.0.1", sshd.port)),
        sshd.user,
        client_key,
        paramiko.RejectPolicy(),
        trusted_host_keys=host_keys,
        remote_port=origin,
        **kw,
    )


def test_a_request_reaches_the_instance_through_the_tunnel(sshd, client_key, host_keys, origin):
    before = set(threading.enumerate())
    states = _States()
    preferred = free_port()
    tunnel = _tunnel(
        sshd, client_key, host_keys, origin, preferred_local_port=preferred, on_state=states
    )
    tunnel.start()
    try:
        assert tunnel.state is TunnelState.UP
        assert tunnel.local_port == preferred
        assert tunnel.url("api/status?x=1") == f"http://127.0.0.1:{preferred}/api/status?x=1"
        assert _get(tunnel.url("api/status")) == "instance says: /api/status"
        assert _get(tunnel.url("second")) == "instance says: /second"
    finally:
        tunnel.stop()
    assert states.states[:2] == [TunnelState.CONNECTING, TunnelState.UP]
    assert states.seen[-1] == (TunnelState.DOWN, None)
    assert _tunnel_threads(before) == []
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", preferred), timeout=2).close()


def test_a_taken_local_port_moves_the_tunnel_to_the_next_free_one(
    sshd, client_key, host_keys, origin
):
    occupant = socket.create_server(("127.0.0.1", 0))
    taken = occupant.getsockname()[1]
    tunnel = _tunnel(sshd, client_key, host_keys, origin, preferred_local_port=taken)
    tunnel.start()
    try:
        assert tunnel.local_port is not None
        assert taken < tunnel.local_port < taken + 20
        assert _get(tunnel.url("moved")) == "instance says: /moved"
        # The other program keeps its port.
        with socket.create_connection(("127.0.0.1", taken), timeout=2):
            accepted, _ = occupant.accept()
            accepted.close()
    finally:
        tunnel.stop()
        occupant.close()


def test_a_host_key_we_do_not_trust_is_refused_as_a_possible_interception(sshd, client_key, origin):
    before = set(threading.enumerate())
    states = _States()
    stranger, _ = _ed25519()  # "trusted", but not the server's key
    tunnel = _tunnel(sshd, client_key, [stranger], origin, on_state=states)
    with pytest.raises(HostKeyError) as refused:
        tunnel.start()
    assert "intercepting" in refused.value.message.render()
    assert states.states == [TunnelState.CONNECTING, TunnelState.DOWN]
    assert tunnel.local_port is None
    assert _tunnel_threads(before) == []


def test_an_unknown_host_key_goes_to_the_policy_which_decides(
    sshd, client_key, host_keys, origin, tmp_path
):
    # No key pinned: RejectPolicy refuses, as the app's policy refuses an unverified key.
    with pytest.raises(HostKeyError):
        _tunnel(sshd, client_key, [], origin).start()

    # The app's policy, with the keys the instance's console listed.
    listed = [HostPublicKey.of(key) for key in host_keys]
    policy = InstanceHostKeyPolicy("i-0tunnel000000000", KnownHosts(tmp_path / "known"), listed)
    tunnel = Tunnel(
        lambda: ("127.0.0.1", sshd.port),
        sshd.user,
        client_key,
        policy,
        remote_port=origin,
        preferred_local_port=free_port(),
        timing=FAST,
    )
    tunnel.start()
    try:
        assert _get(tunnel.url("policy")) == "instance says: /policy"
    finally:
        tunnel.stop()
    assert policy.known_hosts.pinned("i-0tunnel000000000")  # pinned for the next start


def test_only_policies_that_check_the_key_are_accepted(sshd, client_key, origin):
    class Lenient(paramiko.MissingHostKeyPolicy):
        """A caller's own policy that lets every key through."""

        def missing_host_key(self, client, hostname, key):
            return None

    class LenientReject(paramiko.RejectPolicy):
        """An allowed policy's subclass that no longer refuses."""

        def missing_host_key(self, client, hostname, key):
            return None

    for blind in (paramiko.AutoAddPolicy(), paramiko.WarningPolicy(), Lenient(), LenientReject()):
        with pytest.raises(ValueError):
            Tunnel(lambda: ("127.0.0.1", sshd.port), sshd.user, client_key, blind)


def test_a_key_the_instance_does_not_know_is_an_ssh_error(sshd, host_keys, origin):
    unknown, _ = _ed25519()  # never authorized
    states = _States()
    tunnel = _tunnel(sshd, unknown, host_keys, origin, on_state=states)
    with pytest.raises(SshError) as refused:
        tunnel.start()
    assert not isinstance(refused.value, HostKeyError)
    assert "refused our SSH key" in refused.value.message.render()
    assert states.states == [TunnelState.CONNECTING, TunnelState.DOWN]


def test_the_tunnel_comes_back_after_the_ssh_connection_is_killed(
    sshd, client_key, host_keys, origin
):
    before = set(threading.enumerate())
    states = _States()
    resolved = []

    def resolve():
        resolved.append(sshd.port)
        return "127.0.0.1", sshd.port

    tunnel = _tunnel(sshd, client_key, host_keys, origin, resolve, on_state=states)
    tunnel.start()
    try:
        url = tunnel.url("again")
        assert _get(url) == "instance says: /again"
        assert _kill_sessions(sshd) > 0
        states.wait_for(
            TunnelState.CONNECTING, TunnelState.UP, TunnelState.RECONNECTING, TunnelState.UP
        )
        assert isinstance(states.seen[2][1], NetworkError)
        assert len(resolved) >= 2  # the address was asked for again
        assert _get(url) == "instance says: /again"
    finally:
        tunnel.stop()
    assert _tunnel_threads(before) == []


def test_a_silent_link_is_noticed_and_the_new_address_is_used(sshd, client_key, host_keys, origin):
    path = _Path(sshd.port)
    address = {"port": path.port}  # first through the path, later straight to sshd
    states = _States()
    tunnel = _tunnel(
        sshd, client_key, host_keys, origin, lambda: ("127.0.0.1", address["port"]), on_state=states
    )
    tunnel.start()
    try:
        url = tunnel.url("moved")
        assert _get(url) == "instance says: /moved"
        address["port"] = sshd.port  # the instance restarted with a new address...
        path.silent.set()  # ...and the old one answers nothing, not even a reset
        states.wait_for(
            TunnelState.CONNECTING, TunnelState.UP, TunnelState.RECONNECTING, TunnelState.UP
        )
        assert "lost" in states.seen[2][1].message.render()
        assert _get(url) == "instance says: /moved"
    finally:
        tunnel.stop()
        path.close()


def test_stop_returns_and_leaves_no_thread_while_the_server_is_gone(
    sshd, client_key, host_keys, origin
):
    before = set(threading.enumerate())
    path = _Path(sshd.port)
    address = {"port": path.port}
    states = _States()
    tunnel = _tunnel(
        sshd, client_key, host_keys, origin, lambda: ("127.0.0.1", address["port"]), on_state=states
    )
    tunnel.start()
    assert tunnel.local_port is not None
    idle = socket.create_connection(("127.0.0.1", tunnel.local_port))  # a relay is busy
    try:
        address["port"] = free_port()  # nothing listens there: reconnecting fails, again and again
        path.close()
        states.wait_for(TunnelState.CONNECTING, TunnelState.UP, TunnelState.RECONNECTING)
        stopper = threading.Thread(target=tunnel.stop, name="test-stop")
        stopper.start()
        stopper.join(20)  # generous; stop's own joins are bounded by a few seconds
        assert not stopper.is_alive()
    finally:
        idle.close()
    assert tunnel.state is TunnelState.DOWN
    assert states.seen[-1] == (TunnelState.DOWN, None)
    assert _tunnel_threads(before) == []


def test_stop_before_start_and_twice_is_harmless(sshd, client_key, host_keys, origin):
    tunnel = _tunnel(sshd, client_key, host_keys, origin)
    tunnel.stop()
    tunnel.stop()
    assert tunnel.state is TunnelState.DOWN
    with pytest.raises(RuntimeError):
        tunnel.url()

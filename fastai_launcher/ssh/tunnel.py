"""The SSH tunnel to the instance's Jupyter port (`Step.CONNECT`, `ssh -L 8888:localhost:8888`).

An sshtunnel `SSHTunnelForwarder` listens on 127.0.0.1 and forwards every
connection over one SSH connection to the instance's 127.0.0.1:8888, made so:

- fast (figures in benchmarks/tunnel.py): TCP_NODELAY on the SSH socket and on
  each local connection, quick ACKs (without both a new connection often waits
  40-45 ms), AES-GCM, a window sized for a long route, reused relay threads and
  a relay with large reads and half-close (`link.py`, `forwarding.py`);
- self-healing: a watchdog thread notices a dead connection (the transport
  stops, or a probe gets no answer: within about 32 s with the default
  `TunnelTiming`) and reconnects with backoff (1 s doubling to 60 s), resolving the
  address again each time (a restarted instance has a new IP).  The local port
  stays open meanwhile, so the URL the browser has keeps working;
- stoppable: `stop()` ends every thread the tunnel started, each join bounded.

The host key is checked like `paramiko.SSHClient` does: keys in
`trusted_host_keys` are accepted whatever the address; any other key goes to
`host_key_policy`: `hostkeys.InstanceHostKeyPolicy`, or `RejectPolicy` (the default);
any other policy is refused with `ValueError`; a refused key is a `HostKeyError`.

Public API (the UI calls it through its task runner)::

    tunnel = Tunnel(resolve, "ubuntu", pkey, policy, trusted_host_keys=keys,
                    remote_port=8888, preferred_local_port=8888, on_state=show)
    tunnel.start()               # blocks until up; raises HostKeyError / SshError / NetworkError
    tunnel.local_port            # 8888, or the next free port if 8888 is taken
    tunnel.url("lab?token=...")  # "http://127.0.0.1:8888/lab?token=..."
    tunnel.state                 # TunnelState.CONNECTING / UP / RECONNECTING / DOWN
    tunnel.stop()                # idempotent, returns within seconds; state DOWN

`resolve() -> (host, port)` is called before every connection attempt.
`on_state(state, error)` is called from the tunnel's threads on every change of
state; `error` tells why for RECONNECTING and for DOWN after a failure.  After
DOWN through a failure (a refused host key or SSH key), call `stop()` to free
the local port.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import paramiko
import sshtunnel

from ..core.errors import Cancelled, LauncherError, NetworkError, SshError
from ..core.text import QT_TRANSLATE_NOOP, text
from .forwarding import CHANNEL_OPEN_SECONDS, LOCAL_HOST, PORT_SEARCH, Forwarder
from .link import JOIN_SECONDS, HostKeyPolicy, LinkDialer, close_transport, unreachable

log = logging.getLogger(__name__)

REMOTE_HOST = "127.0.0.1"
RELAY_WAIT_SECONDS = 5.0  # a new local connection waits this long for a reconnection

Resolver = Callable[[], "tuple[str, int]"]


class TunnelState(str, enum.Enum):
    CONNECTING = "connecting"
    UP = "up"
    RECONNECTING = "reconnecting"
    DOWN = "down"


StateFn = Callable[[TunnelState, "LauncherError | None"], None]


@dataclass(frozen=True)
class TunnelTiming:
    """How often to check the link and how long to wait; tests shorten these.

    A dead link is noticed within probe_interval + probe_timeout + check_interval.
    """

    keepalive: int = 15  # seconds between SSH keepalive packets when idle
    probe_interval: float = 15.0
    probe_timeout: float = 15.0
    check_interval: float = 1.0
    connect_timeout: float = 20.0
    backoff_initial: float = 1.0
    backoff_max: float = 60.0

    def delays(self) -> Iterator[float]:
        """Waits before each reconnection attempt: doubling up to the maximum."""
        delay = self.backoff_initial
        while True:
            yield delay
            delay = min(delay * 2, self.backoff_max)


def _lost(reason: str) -> NetworkError:
    return NetworkError(
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP("Tunnel", "The connection to the instance was lost ({reason})."),
            reason=reason,
        ),
        text("Tunnel", QT_TRANSLATE_NOOP("Tunnel", "Reconnecting by itself; nothing to do.")),
    )


def _no_local_port(first: int) -> SshError:
    return SshError(
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP(
                "Tunnel", "No free local port from {first} to {last} for the tunnel."
            ),
            first=first,
            last=first + PORT_SEARCH - 1,
        ),
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP(
                "Tunnel", "Close the program using these ports (another Jupyter?) and try again."
            ),
        ),
    )


class Tunnel:
    """A local port forwarded to the instance's `remote_port`; see the module docstring."""

    def __init__(
        self,
        resolve: Resolver,
        username: str,
        pkey: paramiko.PKey,
        host_key_policy: HostKeyPolicy | None = None,
        *,
        trusted_host_keys: Iterable[paramiko.PKey] = (),
        remote_port: int = 8888,
        preferred_local_port: int = 8888,
        on_state: StateFn | None = None,
        timing: TunnelTiming = TunnelTiming(),  # frozen: safe to share
    ) -> None:
        self._resolve = resolve
        self._dialer = LinkDialer(
            username,
            pkey,
            host_key_policy,
            trusted_host_keys,
            timing.connect_timeout,
            timing.keepalive,
        )
        self._remote = (REMOTE_HOST, remote_port)
        self._preferred_local_port = preferred_local_port
        self._on_state = on_state
        self._timing = timing
        self._lock = threading.RLock()
        self.stopping = threading.Event()
        self._wake = threading.Event()  # a relay saw a dead transport, or stop()
        self._started = False
        self._state = TunnelState.DOWN
        self._transport: paramiko.Transport | None = None
        self._forwarder: Forwarder | None = None
        self._watchdog: threading.Thread | None = None
        self._local_port: int | None = None

    @property
    def state(self) -> TunnelState:
        return self._state

    @property
    def local_port(self) -> int | None:
        """The local port the tunnel listens on (None until started)."""
        return self._local_port

    def url(self, path: str = "") -> str:
        """`http://127.0.0.1:<local port>/<path>`: an IP, so no other server on ::1 answers."""
        if self._local_port is None:
            raise RuntimeError("the tunnel is not started")
        return f"http://{LOCAL_HOST}:{self._local_port}/{path.lstrip('/')}"

    def start(self) -> None:
        """Connect and listen; returns when the tunnel is up, raises a `LauncherError` if not."""
        with self._lock:
            if self._started:
                raise RuntimeError("a tunnel starts once; make a new one")
            self._started = True
        self._set_state(TunnelState.CONNECTING, None)
        try:
            address = self._resolve_address()
            transport = self._dialer.open(address)
            forwarder = Forwarder(
                self,
                transport,
                self._dialer.username,
                self._dialer.pkey,
                self._preferred_local_port,
                self._remote,
            )
            with self._lock:
                self._transport, self._forwarder = transport, forwarder
            try:
                forwarder.start()
            except (
                sshtunnel.BaseSSHTunnelForwarderError,
                sshtunnel.HandlerSSHTunnelForwarderError,
            ):
                raise _no_local_port(self._preferred_local_port) from None
            self._local_port = int(forwarder.local_bind_port)
            self._watchdog = threading.Thread(
                target=self._watch, name="tunnel-watchdog", daemon=True
            )
            self._watchdog.start()
        except LauncherError as exc:
            self._teardown()
            self._set_state(TunnelState.DOWN, exc)
            raise
        log.info("Tunnel up: local port %s to %s:%s", self._local_port, *address)
        self._set_state(TunnelState.UP, None)

    def stop(self) -> None:
        """Close everything; every thread the tunnel started has ended when this returns."""
        self._teardown()
        self._set_state(TunnelState.DOWN, None)

    def channel_for(self, source: tuple[str, int]) -> paramiko.Channel | None:
        """A channel to the remote port for a new local connection (the relay calls it)."""
        transport = self._transport_for_relay()
        if transport is None:
            return None
        try:
            return transport.open_channel(
                "direct-tcpip", self._remote, source, timeout=CHANNEL_OPEN_SECONDS
            )
        except (paramiko.SSHException, OSError, EOFError) as exc:
            log.info("Tunnel: no channel to %s:%s: %s", *self._remote, exc)
            return None

    def _teardown(self) -> None:
        self.stopping.set()
        self._wake.set()
        self._dialer.abort()  # ends a connection attempt in progress
        with self._lock:
            transport = self._transport
        close_transport(transport)  # ends relays and a probe in progress
        if self._watchdog is not None and self._watchdog is not threading.current_thread():
            self._watchdog.join(JOIN_SECONDS)
        with self._lock:
            transport, forwarder = self._transport, self._forwarder
        close_transport(transport)  # the watchdog may have installed one meanwhile
        if forwarder is not None and forwarder.serve_threads:
            forwarder.stop(force=True)  # shuts the listener down, joins its relays
            for thread in forwarder.serve_threads:
                thread.join(JOIN_SECONDS)

    def _set_state(self, state: TunnelState, error: LauncherError | None) -> None:
        with self._lock:
            if state is self._state:
                return
            self._state = state
        if self._on_state is not None:
            try:
                self._on_state(state, error)
            except Exception:
                log.exception("Tunnel: the state callback failed")

    def _resolve_address(self) -> tuple[str, int]:
        try:
            host, port = self._resolve()
        except LauncherError:
            raise
        except Exception as exc:
            raise unreachable(("?", 0), exc) from exc
        return host, int(port)

    def _transport_for_relay(self) -> paramiko.Transport | None:
        """The live transport; while reconnecting, wait a little for the next one."""
        deadline = time.monotonic() + RELAY_WAIT_SECONDS
        while self._state is not TunnelState.DOWN and time.monotonic() < deadline:
            transport = self._transport
            if transport is not None and transport.is_active():
                return transport
            self._wake.set()  # the watchdog looks now, not at its next check
            if self.stopping.wait(0.05):
                break
        return None

    def _watch(self) -> None:
        """The watchdog: wait for trouble, then reconnect; until stopped or refused."""
        while True:
            trouble = self._wait_for_trouble()
            if trouble is None:
                return
            log.info("Tunnel: %s", trouble.message.render())
            self._set_state(TunnelState.RECONNECTING, trouble)
            with self._lock:
                dead = self._transport
            close_transport(dead)
            if not self._reconnect():
                return

    def _wait_for_trouble(self) -> LauncherError | None:
        last_probe = time.monotonic()
        while True:
            self._wake.wait(self._timing.check_interval)
            self._wake.clear()
            if self.stopping.is_set():
                return None
            transport = self._transport
            if transport is None or not transport.is_active():
                return _lost("the SSH connection closed")
            if time.monotonic() - last_probe >= self._timing.probe_interval:
                if not self._probe(transport):
                    return _lost("no answer to a keepalive")
                last_probe = time.monotonic()

    def _probe(self, transport: paramiko.Transport) -> bool:
        """Whether the server answers a channel request within the probe timeout.

        paramiko's own keepalive expects no answer, so it cannot tell a silent
        peer (a sleeping laptop, a vanished IP) from a live one; this can.
        It runs in a thread of its own: sending may block when the peer is silent.
        """
        answered: list[bool] = []

        def ask() -> None:
            try:
                transport.open_session(timeout=self._timing.probe_timeout).close()
                answered.append(True)
            except paramiko.ChannelException:
                answered.append(True)  # refused, but it answered
            except (paramiko.SSHException, OSError, EOFError):
                answered.append(False)

        probe = threading.Thread(target=ask, name="tunnel-probe", daemon=True)
        probe.start()
        deadline = time.monotonic() + self._timing.probe_timeout + 1.0
        while probe.is_alive() and time.monotonic() < deadline and not self.stopping.is_set():
            probe.join(0.1)
        if probe.is_alive():
            close_transport(transport)  # unblocks the probe
            probe.join(JOIN_SECONDS)
        return answered == [True]

    def _reconnect(self) -> bool:
        """Connect again with backoff; True once up, False when stopped or refused."""
        for delay in self._timing.delays():
            if self.stopping.wait(delay):
                return False
            try:
                address = self._resolve_address()
                transport = self._dialer.open(address)
            except Cancelled:
                return False
            except LauncherError as exc:
                if exc.retryable:
                    log.info("Tunnel: reconnecting failed: %s", exc.message.render())
                    continue
                self._set_state(TunnelState.DOWN, exc)
                return False
            with self._lock:
                installed = not self.stopping.is_set() and self._forwarder is not None
                if installed and self._forwarder is not None:
                    self._transport = transport
                    self._forwarder.swap_transport(transport)
            if not installed:
                close_transport(transport)
                return False
            log.info("Tunnel: reconnected to %s:%s", *address)
            self._set_state(TunnelState.UP, None)
            return True
        return False  # delays() never ends; this satisfies the type checker

"""The local half of the tunnel: sshtunnel's forwarder with our listener and relay.

sshtunnel's `SSHTunnelForwarder` brings the listening server and its thread;
we give it a transport we connected ourselves (and may swap after a
reconnection), a listener that walks to the next free port and joins its
threads, and a relay with TCP_NODELAY, large reads and half-close.  sshtunnel
is unmaintained since 0.4/0.5, so the private classes we build on stay put.
"""

from __future__ import annotations

import errno
import logging
import queue
import select
import socket
import socketserver
import sys
import threading
import time
from typing import Any, Protocol

import paramiko
import sshtunnel

log = logging.getLogger(__name__)
# sshtunnel logs through this logger; given one with a handler it leaves the
# root logger, paramiko's logger and `warnings` alone.  Our errors are typed;
# its chatter (e.g. "not started" when stopping a dead link) is not wanted.
_LIBRARY_LOG = logging.getLogger(__name__ + ".sshtunnel")
_LIBRARY_LOG.addHandler(logging.NullHandler())
_LIBRARY_LOG.setLevel(logging.ERROR)


class _ReconnectingIsNotAnError(logging.Filter):
    """sshtunnel logs as errors what the tunnel already reports: a local
    connection it cannot forward while a dropped link is re-established (the
    RECONNECTING state), a port it cannot listen on (a typed `SshError`).  Its
    records are kept as warnings."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


_LIBRARY_LOG.addFilter(_ReconnectingIsNotAnError())

LOCAL_HOST = "127.0.0.1"
PORT_SEARCH = 20  # the preferred local port and the 19 after it
RELAY_CHUNK = 256 * 1024  # measured: half the CPU per MB of sshtunnel's 16 KiB reads
CHANNEL_OPEN_SECONDS = 10
JOIN_SECONDS = 3.0
_IN_USE = {errno.EADDRINUSE, errno.EACCES, getattr(errno, "WSAEADDRINUSE", -1)}
_IN_USE.add(getattr(errno, "WSAEACCES", -1))  # Windows: a port in a reserved range


class ChannelSource(Protocol):
    """Where a relay gets its channel: the tunnel, from its current transport."""

    stopping: threading.Event

    def channel_for(self, source: tuple[str, int]) -> paramiko.Channel | None: ...


def relay(local: socket.socket, chan: paramiko.Channel, stopping: threading.Event) -> None:
    """Copy both ways until both sides are done; an EOF is passed on as a half-close."""
    local_open = chan_open = True
    while (local_open or chan_open) and not chan.closed and not stopping.is_set():
        watched: list[Any] = [s for s, on in ((local, local_open), (chan, chan_open)) if on]
        readable, _, _ = select.select(watched, [], [], 0.5)
        if local in readable:
            data = local.recv(RELAY_CHUNK)
            if data:
                chan.sendall(data)
            else:
                local_open = False
                chan.shutdown_write()
        if chan in readable:
            data = chan.recv(RELAY_CHUNK)
            if data:
                local.sendall(data)
            else:
                chan_open = False
                local.shutdown(socket.SHUT_WR)


class _RelayHandler(socketserver.BaseRequestHandler):
    """One local connection, relayed over a channel from `source`."""

    source: ChannelSource
    remote_address: tuple[str, int]  # sshtunnel's server reads it from the handler class

    def handle(self) -> None:
        local: socket.socket = self.request
        local.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        chan = self.source.channel_for(local.getpeername()[:2])
        if chan is None:
            return
        try:
            relay(local, chan, self.source.stopping)
        except (paramiko.SSHException, OSError, EOFError) as exc:
            log.debug("Tunnel: relay ended: %s", exc)
        finally:
            chan.close()


class _LocalServer(sshtunnel._ForwardServer):
    """The listener: the next free port if the preferred one is taken, connections
    served by reusable threads, those threads joined (bounded) when closed.

    Reused threads, because starting one per connection as socketserver's
    ThreadingMixIn does waits for the new thread to run: measurable per request.
    """

    allow_reuse_address = sys.platform != "win32"
    request_queue_size = 64
    server_address: tuple[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._jobs: queue.SimpleQueue[tuple[socket.socket, Any] | None] = queue.SimpleQueue()
        self._workers: list[threading.Thread] = []
        self._idle = 0
        self._workers_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def server_bind(self) -> None:
        host, first = self.server_address
        if self.allow_reuse_address:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        else:  # on Windows SO_REUSEADDR would share a port another program holds
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
        candidates = [0] if first == 0 else range(first, min(first + PORT_SEARCH, 65536))
        for port in candidates:
            try:
                self.socket.bind((host, port))
                break
            except OSError as exc:
                if exc.errno not in _IN_USE or port == candidates[-1]:
                    raise
        self.server_address = self.socket.getsockname()

    def process_request(self, request: socket.socket, client_address: Any) -> None:
        with self._workers_lock:
            if self._idle:
                self._idle -= 1
            else:
                worker = threading.Thread(
                    target=self._work, name=f"tunnel-relay-{self.server_address[1]}", daemon=True
                )
                self._workers.append(worker)
                worker.start()
        self._jobs.put((request, client_address))

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            request, client_address = job
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
                with self._workers_lock:
                    self._idle += 1

    def server_close(self) -> None:
        super().server_close()
        with self._workers_lock:
            workers = list(self._workers)
        for _ in workers:
            self._jobs.put(None)
        deadline = time.monotonic() + JOIN_SECONDS
        for worker in workers:
            worker.join(max(0.0, deadline - time.monotonic()))


class Forwarder(sshtunnel.SSHTunnelForwarder):
    """sshtunnel's forwarder on a transport connected (and swapped) by the tunnel."""

    def __init__(
        self,
        source: ChannelSource,
        transport: paramiko.Transport,
        username: str,
        pkey: paramiko.PKey,
        local_port: int,
        remote: tuple[str, int],
    ) -> None:
        super().__init__(
            ssh_address_or_host=transport.getpeername()[:2],
            ssh_config_file=None,
            ssh_username=username,
            ssh_pkey=pkey,
            allow_agent=False,
            host_pkey_directories=[],
            local_bind_address=(LOCAL_HOST, local_port),
            remote_bind_address=remote,
            logger=_LIBRARY_LOG,
        )
        self._source = source
        self._transport = transport
        self.serve_threads: list[threading.Thread] = []

    def swap_transport(self, transport: paramiko.Transport) -> None:
        self._transport = transport

    def _connect_to_gateway(self) -> None:
        raise RuntimeError("the tunnel connects, never sshtunnel")

    def _make_ssh_forward_handler_class(self, remote_address_: tuple[str, int]) -> type:
        attributes = {"source": self._source, "remote_address": remote_address_}
        return type("Relay", (_RelayHandler,), attributes)

    def _make_ssh_forward_server_class(self, remote_address_: tuple[str, int]) -> type:
        return _LocalServer

    def _serve_forever_wrapper(self, _srv: _LocalServer, poll_interval: float = 0.1) -> None:
        self.serve_threads.append(threading.current_thread())
        super()._serve_forever_wrapper(_srv, poll_interval)

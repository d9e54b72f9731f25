"""The SSH connection under the tunnel: a fast socket, a checked host key, typed errors.

`LinkDialer.open(address)` returns an authenticated paramiko `Transport` or
raises `HostKeyError`, `SshError` (key refused) or `NetworkError`; another
thread may `abort()` it, which makes the attempt raise `Cancelled` at once.
"""

from __future__ import annotations

import errno
import logging
import os
import select
import socket
import threading
import time
from collections.abc import Iterable
from typing import Any

import paramiko

from ..core.errors import Cancelled, HostKeyError, LauncherError, NetworkError, SshError
from ..core.text import QT_TRANSLATE_NOOP, text
from .hostkeys import InstanceHostKeyPolicy

# The window caps what is in flight per channel: 2 MiB (paramiko's default) over
# the ~180 ms from Korea to us-east-1 is at most ~11 MB/s; 8 MiB allows ~45.
# (On loopback neither the window nor a bigger packet size changes anything.)
WINDOW_SIZE = 8 * 1024 * 1024
# Measured: AES-GCM costs a third of the CPU of AES-CTR with HMAC per megabyte
# and per new connection (one pass for encryption and integrity).
PREFERRED_CIPHERS = ("aes128-gcm@openssh.com", "aes256-gcm@openssh.com")
JOIN_SECONDS = 3.0
TRANSPORT_LOGGER = "fastai_launcher.ssh.tunnel.transport"
_TCP_QUICKACK: int = getattr(socket, "TCP_QUICKACK", 0)  # Linux only
_CONNECTING = {errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EALREADY}
_CONNECTING.add(getattr(errno, "WSAEWOULDBLOCK", -1))


class _LinkEvents(logging.Filter):
    """paramiko logs a dropped connection as an error with a traceback.  For the
    tunnel that is an event it handles (it reconnects and reports its state), so
    those records are kept at info level."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.INFO:
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


logging.getLogger(TRANSPORT_LOGGER).addFilter(_LinkEvents())


def unreachable(address: tuple[str, int], exc: BaseException) -> NetworkError:
    return NetworkError(
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP("Tunnel", "Cannot reach the instance at {address}: {reason}"),
            address=f"{address[0]}:{address[1]}",
            reason=str(exc) or type(exc).__name__,
        ),
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP(
                "Tunnel", "Check that the instance is running and that your network is up."
            ),
        ),
    )


def _untrusted(key: paramiko.PKey) -> HostKeyError:
    return HostKeyError(
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP(
                "Tunnel",
                "The instance answered with a host key we do not trust ({fingerprint}). "
                "Someone may be intercepting the connection.",
            ),
            fingerprint=key.fingerprint,
        ),
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP(
                "Tunnel",
                "Do not continue. Check the instance in the AWS console and verify its host key again.",
            ),
        ),
    )


def _key_refused(username: str) -> SshError:
    return SshError(
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP("Tunnel", "The instance refused our SSH key for the user {user}."),
            user=username,
        ),
        text(
            "Tunnel",
            QT_TRANSLATE_NOOP(
                "Tunnel", "Check that the instance was launched with this app's key pair."
            ),
        ),
    )


class _QuickAckSocket(socket.socket):
    """A TCP socket that acknowledges what it receives at once (Linux).

    sshd sets no TCP_NODELAY on a connection without a terminal, so a small
    packet it sends (a channel confirmation, an EOF) waits until the previous
    one is acknowledged, and a delayed ACK holds that up to 40 ms.  The kernel
    drops TCP_QUICKACK after a while, so it is set again after every read.
    """

    def recv(self, bufsize: int, flags: int = 0, /) -> bytes:
        data = super().recv(bufsize, flags)
        self.setsockopt(socket.IPPROTO_TCP, _TCP_QUICKACK, 1)
        return data


class _CheckedPolicy(paramiko.MissingHostKeyPolicy):
    """The caller's policy, with any refusal turned into a `HostKeyError`."""

    def __init__(self, inner: paramiko.MissingHostKeyPolicy) -> None:
        self._inner = inner

    def missing_host_key(
        self, client: paramiko.SSHClient, hostname: str, key: paramiko.PKey
    ) -> None:
        try:
            self._inner.missing_host_key(client, hostname, key)
        except LauncherError:
            raise
        except Exception as exc:
            raise _untrusted(key) from exc


def close_transport(transport: paramiko.Transport | None) -> None:
    """Close `transport` and wait (bounded) for its thread to end."""
    if transport is None:
        return
    transport.close()
    transport.sock.close()  # close() skips this when the transport died by itself
    if transport.is_alive() and transport is not threading.current_thread():
        transport.join(JOIN_SECONDS)


HostKeyPolicy = InstanceHostKeyPolicy | paramiko.RejectPolicy
CHECKING_POLICIES = (InstanceHostKeyPolicy, paramiko.RejectPolicy)


class LinkDialer:
    """Opens authenticated SSH transports to the instance, one attempt at a time."""

    def __init__(
        self,
        username: str,
        pkey: paramiko.PKey,
        host_key_policy: HostKeyPolicy | None,
        trusted_host_keys: Iterable[paramiko.PKey],
        connect_timeout: float,
        keepalive: int,
    ) -> None:
        # An allow-list: only policies that check the key against what the instance
        # proved (pinned, listed on its console, confirmed by the user) or refuse it;
        # the exact types, as a subclass may override the check.
        if host_key_policy is not None and type(host_key_policy) not in CHECKING_POLICIES:
            raise ValueError("a tunnel checks host keys with InstanceHostKeyPolicy only")
        self.username = username
        self.pkey = pkey
        self._policy = _CheckedPolicy(host_key_policy or paramiko.RejectPolicy())
        self._trusted = list(trusted_host_keys)
        self._connect_timeout = connect_timeout
        self._keepalive = keepalive
        self._lock = threading.Lock()
        self._aborted = threading.Event()
        self._pending: paramiko.Transport | None = None

    def abort(self) -> None:
        """End the attempt in progress, and refuse any later one."""
        self._aborted.set()
        with self._lock:
            pending = self._pending
        close_transport(pending)

    def open(self, address: tuple[str, int]) -> paramiko.Transport:
        """An authenticated transport to `address`, its host key checked."""
        host, port = address
        deadline = time.monotonic() + self._connect_timeout
        client = paramiko.SSHClient()
        known_as = host if port == 22 else f"[{host}]:{port}"
        for key in self._trusted:
            client.get_host_keys().add(known_as, key.get_name(), key)
        client.set_missing_host_key_policy(self._policy)
        sock: socket.socket | None = None
        try:
            sock = self._connect_socket(address, deadline)
            remaining = max(1.0, deadline - time.monotonic())
            client.connect(
                host,
                port,
                username=self.username,
                pkey=self.pkey,
                sock=sock,
                timeout=remaining,
                banner_timeout=remaining,
                auth_timeout=remaining,
                allow_agent=False,
                look_for_keys=False,
                transport_factory=self._new_transport,
            )
            transport = client.get_transport()
            if transport is None or not transport.is_active():
                raise EOFError("closed during login")
            transport.set_keepalive(self._keepalive)
            return transport
        except BaseException as exc:
            with self._lock:
                pending, self._pending = self._pending, None
            close_transport(pending)
            if sock is not None:
                sock.close()
            if self._aborted.is_set():
                raise Cancelled() from None
            if isinstance(exc, paramiko.BadHostKeyException):
                raise _untrusted(exc.key) from None
            if isinstance(exc, paramiko.AuthenticationException):
                raise _key_refused(self.username) from None
            if isinstance(exc, (OSError, EOFError, paramiko.SSHException)):
                raise unreachable(address, exc) from exc
            raise
        finally:
            with self._lock:
                self._pending = None

    def _connect_socket(self, address: tuple[str, int], deadline: float) -> socket.socket:
        """A TCP connection with TCP_NODELAY, given up as soon as `abort()` is called."""
        last = OSError("no address")
        for family, kind, proto, _, sockaddr in socket.getaddrinfo(
            *address, type=socket.SOCK_STREAM
        ):
            sock = (_QuickAckSocket if _TCP_QUICKACK else socket.socket)(family, kind, proto)
            try:
                sock.setblocking(False)
                code = sock.connect_ex(sockaddr)
                while code in _CONNECTING:
                    if self._aborted.is_set():
                        raise Cancelled()
                    if time.monotonic() > deadline:
                        raise TimeoutError("timed out")
                    _, done, failed = select.select([], [sock], [sock], 0.2)
                    if done or failed:
                        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                if code:
                    raise OSError(code, os.strerror(code))
                sock.setblocking(True)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
                return sock
            except OSError as exc:
                sock.close()
                last = exc
            except BaseException:
                sock.close()
                raise
        raise last

    def _new_transport(self, sock: Any, /, **options: Any) -> paramiko.Transport:
        transport = paramiko.Transport(
            sock,
            default_window_size=WINDOW_SIZE,
            disabled_algorithms=options.get("disabled_algorithms"),
        )
        transport.daemon = True
        transport.set_log_channel(TRANSPORT_LOGGER)
        security = transport.get_security_options()
        offered = list(security.ciphers)
        preferred = [name for name in PREFERRED_CIPHERS if name in offered]
        security.ciphers = preferred + [name for name in offered if name not in preferred]
        with self._lock:
            if self._aborted.is_set():
                raise Cancelled()
            self._pending = transport
        return transport

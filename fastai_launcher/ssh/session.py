"""One SSH login to the instance: connect (patiently while it boots), run
commands with their output streamed line by line, close.

The transport, the key and the host-key policy stay reachable (`Session.transport`,
`Session.pkey`, `Session.policy`) so the tunnel logs in the same way.
"""

from __future__ import annotations

import logging
import shlex
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType

import paramiko

from ..core.errors import Cancelled, NetworkError, SshError, TimedOut
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .hostkeys import InstanceHostKeyPolicy

log = logging.getLogger("fastai_launcher.ssh.session")

DEFAULT_USER = "ubuntu"
HANDSHAKE_LOGGER = "fastai_launcher.ssh.handshake"
KEEPALIVE_SECONDS = 15
_READ_SLICE = 0.2  # how often a streaming read looks at the cancel token

LineFn = Callable[[str], None]


class _ExpectedTransportErrors(logging.Filter):
    """paramiko logs a failed handshake or a dropped link as errors with a traceback.

    Both are expected here (a booting instance, a closed laptop) and come back
    to the caller as typed errors, so their records are kept at debug level.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.DEBUG:
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


logging.getLogger(HANDSHAKE_LOGGER).addFilter(_ExpectedTransportErrors())


@dataclass(frozen=True)
class Backoff:
    """How long to keep trying while the instance's sshd is not up yet."""

    first_delay: float = 1.0
    max_delay: float = 10.0
    total: float = 180.0  # give up after this many seconds of trying
    auth_attempts: int = 3  # cloud-init may install the key a moment after sshd starts
    connect_timeout: float = 10.0


def open_socket(host: str, port: int, timeout: float) -> socket.socket:
    """A TCP connection with Nagle off: interactive SSH traffic is small packets."""
    sock = socket.create_connection((host, port), timeout=timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def connect(
    host: str,
    port: int,
    pkey: paramiko.PKey,
    policy: InstanceHostKeyPolicy,
    ctx: TaskContext,
    username: str = DEFAULT_USER,
    backoff: Backoff = Backoff(),
) -> Session:
    """Log in to `username@host:port` with `pkey`, the host key checked by `policy`.

    Retries what a booting instance does (refused, timeouts, banner errors) with
    growing waits up to `backoff.total` seconds; a refused key a few times.
    """
    ctx.progress(text("Session", QT_TRANSLATE_NOOP("Session", "Connecting to {host}"), host=host))
    deadline = ctx.clock() + backoff.total
    delay = backoff.first_delay
    auth_failures = 0
    while True:
        ctx.check()
        try:
            transport = _log_in(host, port, pkey, policy, username, backoff.connect_timeout)
        except paramiko.AuthenticationException:
            auth_failures += 1
            if auth_failures >= backoff.auth_attempts:
                raise _key_refused(username, pkey) from None
        except (OSError, EOFError, paramiko.SSHException) as exc:
            if isinstance(exc, paramiko.BadHostKeyException):
                raise
            log.debug("connecting to %s:%s failed: %s", host, port, exc)
        else:
            return Session(transport, host, port, username, pkey, policy)
        if ctx.clock() + delay > deadline:
            raise _unreachable(host, port)
        ctx.sleep(delay)
        delay = min(delay * 2, backoff.max_delay)


def _log_in(
    host: str,
    port: int,
    pkey: paramiko.PKey,
    policy: InstanceHostKeyPolicy,
    username: str,
    timeout: float,
) -> paramiko.Transport:
    sock = open_socket(host, port, timeout)
    try:
        transport = paramiko.Transport(sock, disabled_algorithms=policy.disabled_algorithms())
    except BaseException:
        sock.close()
        raise
    # Handshake failures while sshd boots are expected and retried: log them quietly.
    transport.set_log_channel(HANDSHAKE_LOGGER)
    transport.banner_timeout = timeout
    transport.auth_timeout = timeout
    try:
        transport.start_client(timeout=timeout)
        policy.check(transport.get_remote_server_key())
        transport.auth_publickey(username, pkey)
        transport.set_keepalive(KEEPALIVE_SECONDS)
    except BaseException:
        transport.close()
        raise
    return transport


class Session:
    """A logged-in SSH connection to the instance."""

    def __init__(
        self,
        transport: paramiko.Transport,
        host: str,
        port: int,
        username: str,
        pkey: paramiko.PKey,
        policy: InstanceHostKeyPolicy,
    ) -> None:
        self.transport = transport
        self.host = host
        self.port = port
        self.username = username
        self.pkey = pkey
        self.policy = policy

    @property
    def alive(self) -> bool:
        return self.transport.is_active()

    def run(
        self,
        command: str,
        on_line: LineFn | None = None,
        ctx: TaskContext | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run `command` (stderr merged into stdout), each output line to `on_line`; its exit status.

        Cancelling `ctx` closes the channel and raises `Cancelled`; a dropped
        connection raises `SshError` (retryable).
        """
        sink = on_line or _discard
        pending = b""

        def split(chunk: bytes) -> None:
            nonlocal pending
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                sink(_decode(line))

        status = self.stream(command, split, ctx, timeout)
        if pending:
            sink(_decode(pending))
        return status

    def stream(
        self,
        command: str,
        on_data: Callable[[bytes], None],
        ctx: TaskContext | None = None,
        timeout: float | None = None,
    ) -> int:
        """Run `command`, its raw output (stderr merged) to `on_data` as it comes; its exit status."""
        ctx = ctx or TaskContext()
        channel = self._open_channel()
        channel.set_combine_stderr(True)
        channel.settimeout(_READ_SLICE)
        started = ctx.clock()
        try:
            channel.exec_command(command)
            while True:
                if ctx.token.cancelled:
                    raise Cancelled()
                if timeout is not None and ctx.clock() - started > timeout:
                    raise TimedOut(
                        text("Session", QT_TRANSLATE_NOOP("Session", "a command on the instance")),
                        timeout,
                    )
                try:
                    chunk = channel.recv(32768)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                on_data(chunk)
            return self._exit_status(channel, ctx)
        except (paramiko.SSHException, OSError, EOFError) as exc:
            raise connection_lost(self.host) from exc
        finally:
            channel.close()

    def capture(
        self, command: str, ctx: TaskContext | None = None, timeout: float | None = 60.0
    ) -> tuple[int, str]:
        """Run a short command; its exit status and whole output."""
        lines: list[str] = []
        status = self.run(command, lines.append, ctx, timeout)
        return status, "\n".join(lines)

    def write_file(self, path: str, data: bytes, mode: int = 0o644) -> None:
        """Write a file on the instance (`path` relative to the login's home).

        Through `cat` rather than SFTP: not every sshd offers the SFTP subsystem.
        """
        target = shlex.quote(path)
        command = f'cd "$HOME" && cat > {target}.part && chmod {mode:o} {target}.part && mv -f {target}.part {target}'
        channel = self._open_channel()
        try:
            channel.exec_command(command)
            channel.sendall(data)
            channel.shutdown_write()
            status = self._exit_status(channel, TaskContext())
        except (paramiko.SSHException, OSError, EOFError) as exc:
            raise connection_lost(self.host) from exc
        finally:
            channel.close()
        if status != 0:
            raise SshError(
                text(
                    "Session",
                    QT_TRANSLATE_NOOP(
                        "Session", "The file {path} could not be written on the instance."
                    ),
                    path=path,
                ),
                text(
                    "Session",
                    QT_TRANSLATE_NOOP("Session", "Check that the instance's disk is not full."),
                ),
            )

    def _open_channel(self) -> paramiko.Channel:
        try:
            return self.transport.open_session(timeout=30)
        except (paramiko.SSHException, OSError, EOFError) as exc:
            raise connection_lost(self.host) from exc

    def _exit_status(self, channel: paramiko.Channel, ctx: TaskContext) -> int:
        # The status arrives with or just after end-of-output; a channel closed without one
        # means the connection dropped under the command.
        deadline = time.monotonic() + 10
        while not channel.exit_status_ready():
            if not self.transport.is_active() or time.monotonic() > deadline:
                raise connection_lost(self.host)
            ctx.sleep(0.01)
        status = channel.recv_exit_status()
        if status == -1 and not self.transport.is_active():
            raise connection_lost(self.host)
        return status  # -1 with the link up: the command was killed by a signal

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _discard(line: str) -> None:
    del line


def _decode(raw: bytes) -> str:
    return raw.rstrip(b"\r").decode("utf-8", errors="replace")


def connection_lost(host: str) -> SshError:
    error = SshError(
        text(
            "Session", QT_TRANSLATE_NOOP("Session", "The connection to {host} was lost."), host=host
        ),
        text(
            "Session",
            QT_TRANSLATE_NOOP(
                "Session", "Reconnect; work running on the instance goes on meanwhile."
            ),
        ),
    )
    error.retryable = True
    return error


def _key_refused(username: str, pkey: paramiko.PKey) -> SshError:
    return SshError(
        text(
            "Session",
            QT_TRANSLATE_NOOP(
                "Session", "The instance refused the key {fingerprint} for the user {user}."
            ),
            fingerprint=pkey.fingerprint,
            user=username,
        ),
        text(
            "Session",
            QT_TRANSLATE_NOOP(
                "Session",
                "Check that the instance was launched with the key pair made from this key.",
            ),
        ),
    )


def _unreachable(host: str, port: int) -> NetworkError:
    return NetworkError(
        text(
            "Session",
            QT_TRANSLATE_NOOP(
                "Session", "The instance at {host}:{port} did not accept an SSH connection."
            ),
            host=host,
            port=port,
        ),
        text(
            "Session",
            QT_TRANSLATE_NOOP(
                "Session",
                "Check that the instance is running and that the security group lets your address in, then try again.",
            ),
        ),
    )

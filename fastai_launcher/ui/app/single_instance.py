"""One running app per user: a second start brings the first window forward and exits.

The first instance listens on a local socket (a Unix socket or a Windows named
pipe) named after the user and the app's config folder; a second start
connects to it, says "activate" and quits.  Both happen before the window shows.

On Unix the socket is Python's own, watched by a `QSocketNotifier`: loading
QtNetwork would add about 5 ms to every start.  Windows has no Unix sockets in
Python: there `single_instance_pipe.PipeLink` speaks through `QLocalServer`.

On Unix the socket lives where only this user can create files: the private
`$XDG_RUNTIME_DIR`, else the app's 0700 config folder.  A name in the shared
/tmp could be taken first by another local user, and the app would then hand
its start to them and exit.
"""

from __future__ import annotations

import getpass
import logging
import os
import socket
import stat
import sys
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger("fastai_launcher.ui")

ACTIVATE = b"activate\n"


SOCKET_FILE = ".single-instance"
_MAX_SOCKET_PATH = 100  # sun_path holds 104 bytes on macOS, 108 on Linux


def instance_name(
    config_dir: Path,
    user: str | None = None,
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
) -> str:
    """Where the socket is: per user, and per config folder (tests and sandboxes get their own).

    On Unix an absolute path in a folder only this user can write; on Windows a
    pipe name.
    """
    try:
        user = user or getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        user = "user"
    # crc32, not hashlib: loading OpenSSL would cost start-up time for a name.
    digest = zlib.crc32(f"{user}\0{config_dir}".encode())
    name = f"fastai-launcher-{digest:08x}"
    if platform.startswith("win"):
        return name
    env = os.environ if env is None else env
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and _private_folder(Path(runtime)):
        path = Path(runtime) / name
        if len(str(path)) <= _MAX_SOCKET_PATH:
            return str(path)
    path = config_dir / SOCKET_FILE
    if len(str(path)) > _MAX_SOCKET_PATH:
        log.warning("the config folder's path is too long for the single-instance socket")
    return str(path)


def _private_folder(folder: Path) -> bool:
    """An absolute folder owned by this user that nobody else may enter."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        folder.is_absolute()
        and stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & 0o077
    )


class Link(Protocol):
    """One platform's way to reach the running app, or to be reached by a later start."""

    def ask(self, message: bytes, wait_ms: int) -> bool:
        """Send `message` to the instance listening; False when none answers."""

    def listen(self) -> bool: ...

    def remove_stale(self) -> None:
        """Remove what an instance that crashed left at the name."""

    def error(self) -> str: ...

    def close(self) -> None: ...


class SocketLink(QObject):
    """A Unix socket at the path `name`; `heard` gets what each later start said."""

    def __init__(self, name: str, heard: Callable[[bytes], None], parent: QObject) -> None:
        super().__init__(parent)
        self.name = name
        self._heard = heard
        self._server: socket.socket | None = None
        self._waiting: QSocketNotifier | None = None  # for the server's next connection
        self._error = ""
        self._clients: dict[QSocketNotifier, tuple[socket.socket, bytearray]] = {}

    def ask(self, message: bytes, wait_ms: int) -> bool:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(wait_ms / 1000)
            try:
                client.connect(self.name)
                client.sendall(message)
            except OSError:  # nobody listens (or a file left by a crash)
                return False
        return True

    def listen(self) -> bool:
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            server.bind(self.name)
            os.chmod(self.name, 0o600)  # as QLocalServer's UserAccessOption
            server.listen(8)
        except OSError as failed:
            self._error = str(failed)
            server.close()
            return False
        server.setblocking(False)
        self._server = server
        self._waiting = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._waiting.activated.connect(self._accept)
        return True

    def remove_stale(self) -> None:
        try:
            os.unlink(self.name)
        except FileNotFoundError:
            pass
        except OSError as failed:  # a read-only home: `listen()` fails and says so
            self._error = str(failed)

    def error(self) -> str:
        return self._error

    def _accept(self) -> None:
        while self._server is not None:
            try:
                client, _ = self._server.accept()
            except OSError:  # none waiting (BlockingIOError), or the server closed
                return
            client.setblocking(False)
            notifier = QSocketNotifier(client.fileno(), QSocketNotifier.Type.Read, self)
            self._clients[notifier] = (client, bytearray())
            notifier.activated.connect(lambda *_args, n=notifier: self._read(n))

    def _read(self, notifier: QSocketNotifier) -> None:
        client, said = self._clients[notifier]
        try:
            data = client.recv(256)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        said += data
        if data and b"\n" not in said and len(said) < 256:
            return  # the rest of the line is on its way
        self._drop(notifier)
        self._heard(bytes(said))

    def _drop(self, notifier: QSocketNotifier) -> None:
        client, _ = self._clients.pop(notifier)
        notifier.setEnabled(False)
        notifier.deleteLater()
        client.close()

    def close(self) -> None:
        for notifier in list(self._clients):
            self._drop(notifier)
        if self._waiting is not None:  # before its socket closes, or Qt warns
            self._waiting.setEnabled(False)
            self._waiting.deleteLater()
            self._waiting = None
        if self._server is not None:
            self._server.close()
            self._server = None
            self.remove_stale()  # as QLocalServer.close() does


class SingleInstance(QObject):
    """`claim()` once at start; `activated` fires when a later start asks for the window."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.link: Link
        if sys.platform.startswith("win"):
            from .single_instance_pipe import PipeLink

            self.link = PipeLink(name, self._on_message, self)
        else:
            self.link = SocketLink(name, self._on_message, self)

    def claim(self, wait_ms: int = 1000) -> bool:
        """True: this is the first instance.  False: the running one was told to show itself."""
        if self.link.ask(ACTIVATE, wait_ms):
            return False
        if self.link.listen():
            return True
        if self.link.ask(ACTIVATE, wait_ms):  # it started a moment ago
            return False
        self.link.remove_stale()  # left behind by an instance that crashed
        if not self.link.listen():
            log.warning("single-instance guard unavailable: %s", self.link.error())
        return True

    def _on_message(self, message: bytes) -> None:
        if message.startswith(ACTIVATE.strip()):
            log.info("another start asked for this window")
            self.activated.emit()

    def close(self) -> None:
        self.link.close()

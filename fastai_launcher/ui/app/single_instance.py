"""One running app per user: a second start brings the first window forward and exits.

The first instance listens on a local socket (a Unix socket or a Windows named
pipe) named after the user and the app's config folder; a second start
connects to it, says "activate" and quits.

On Unix the socket lives where only this user can create files: the private
`$XDG_RUNTIME_DIR`, else the app's 0700 config folder.  A name in the shared
/tmp could be taken first by another local user, and the app would then hand
its start to them and exit.
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
import sys
import zlib
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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


class SingleInstance(QObject):
    """`claim()` once at start; `activated` fires when a later start asks for the window."""

    activated = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def claim(self, wait_ms: int = 1000) -> bool:
        """True: this is the first instance.  False: the running one was told to show itself."""
        if self._ask_running_to_activate(wait_ms):
            return False
        if self.server.listen(self.name):
            return True
        if self._ask_running_to_activate(wait_ms):  # it started a moment ago
            return False
        QLocalServer.removeServer(self.name)  # left behind by an instance that crashed
        if not self.server.listen(self.name):
            log.warning("single-instance guard unavailable: %s", self.server.errorString())
        return True

    def _ask_running_to_activate(self, wait_ms: int) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(wait_ms):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(wait_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(wait_ms)
        return True

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._on_message(s))

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("another start asked for this window")
            self.activated.emit()

    def close(self) -> None:
        self.server.close()

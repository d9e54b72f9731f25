"""One running app per user: a second start brings the first window forward and exits.

The first instance listens on a local socket (a Unix socket or a Windows named
pipe) named after the user and the app's config folder; a second start
connects to it, says "activate" and quits.
"""

from __future__ import annotations

import getpass
import logging
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("fastai_launcher.ui")

ACTIVATE = b"activate\n"


def instance_name(config_dir: Path, user: str | None = None) -> str:
    """The socket name: per user, and per config folder (tests and sandboxes get their own)."""
    try:
        user = user or getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        user = "user"
    # crc32, not hashlib: loading OpenSSL would cost start-up time for a name.
    digest = zlib.crc32(f"{user}\0{config_dir}".encode())
    return f"fastai-launcher-{digest:08x}"


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

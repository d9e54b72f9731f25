"""The single-instance link through `QLocalServer`: a named pipe on Windows, where
Python has no Unix sockets (`single_instance.SocketLink` serves the others)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket


class PipeLink(QObject):
    """A local server named `name`; `heard` gets what each later start said."""

    def __init__(self, name: str, heard: Callable[[bytes], None], parent: QObject) -> None:
        super().__init__(parent)
        self.name = name
        self._heard = heard
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def ask(self, message: bytes, wait_ms: int) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(wait_ms):
            return False
        socket.write(message)
        socket.waitForBytesWritten(wait_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(wait_ms)
        return True

    def listen(self) -> bool:
        return self.server.listen(self.name)

    def remove_stale(self) -> None:
        QLocalServer.removeServer(self.name)

    def error(self) -> str:
        return self.server.errorString()

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._heard(bytes(s.readAll().data())))

    def close(self) -> None:
        self.server.close()

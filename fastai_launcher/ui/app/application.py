"""The QApplication: names, icon, and a clean quit on Ctrl+C or SIGTERM."""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Sequence

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ...core.resources import resource

ORGANIZATION = "fastai-launcher"
APPLICATION = "fastai-launcher"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"fastai-launcher-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def create_application(argv: Sequence[str]) -> QApplication:
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setDesktopFileName(APPLICATION)
    app = QApplication(list(argv))
    app.setWindowIcon(app_icon())
    return app


class SignalQuitter(QObject):
    """Quits the event loop on SIGINT/SIGTERM.

    Python runs signal handlers only between bytecodes, never while Qt's C++
    event loop waits; the wakeup socket makes the loop run a little Python.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        # Queued, not called: a signal that lands before `exec()` starts (while the
        # window is being shown) would otherwise be lost, and the app would not quit.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda _signum, _frame: QTimer.singleShot(0, app.quit))

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def close(self) -> None:
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

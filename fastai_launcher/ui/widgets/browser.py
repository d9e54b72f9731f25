"""Jupyter opened in the user's browser through a local opening page
(`flow.jupyter.opening_page`), never with the token on the browser's command line."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices

from ...flow.jupyter import opening_page
from ...flow.workspace import Workspace

log = logging.getLogger("fastai_launcher.ui")


def open_jupyter_in_browser(
    ws: Workspace, url: str, open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
) -> bool:
    """Open Jupyter at `url` (token included); False when no browser could be opened."""
    page = opening_page(ws, url)
    opened = bool(open_url(QUrl.fromLocalFile(str(page))))
    if not opened:
        log.warning("the browser could not be opened for Jupyter")
    return opened


class UrlOpener(QObject):
    """`open_url(url) -> bool` for a flow function on a task thread (the browser
    sign-in): the browser is opened on the GUI thread, and the answer waited for."""

    _asked = Signal(str)

    def __init__(
        self,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self._opened = False
        self._asked.connect(self._open, Qt.ConnectionType.BlockingQueuedConnection)

    def __call__(self, url: str) -> bool:
        if QThread.currentThread() is self.thread():
            self._open(url)
        else:
            self._asked.emit(url)  # returns once the GUI thread has opened it
        return self._opened

    @Slot(str)
    def _open(self, url: str) -> None:
        self._opened = bool(self._open_url(QUrl(url)))
        if not self._opened:
            log.warning("the browser could not be opened for the sign-in")

"""Jupyter opened in the user's browser through a local opening page
(`flow.jupyter.opening_page`), never with the token on the browser's command line."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QUrl
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

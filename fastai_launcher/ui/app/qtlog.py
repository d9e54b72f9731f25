"""Qt's own messages (warnings from widgets, plugins, QPA) go into our logging."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("fastai_launcher.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

#: Messages Qt prints in normal operation of some platforms; kept out of the warnings.
HARMLESS = (
    "This plugin does not support propagateSizeHints()",  # the offscreen and minimal platforms
)

MessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _LEVELS.get(kind, logging.WARNING)
    if message in HARMLESS:
        level = logging.DEBUG
    category = context.category or "qt"
    where = f" ({context.file}:{context.line})" if context.file else ""
    log.log(level, "%s: %s%s", category, message, where)


def install_qt_message_handler() -> MessageHandler | None:
    """Route Qt messages into logging; returns the handler it replaced."""
    return qInstallMessageHandler(qt_message_handler)

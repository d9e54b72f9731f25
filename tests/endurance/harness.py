"""What every endurance child shares: a fresh offscreen QApplication, the app's
log records kept off stderr unless unexpected, reference counts, one JSON report.

A child must exit 0 with nothing on stderr: an unexpected warning or error of
the app's loggers, a Qt warning (routed into logging as the app does), a traceback or the interpreter's
`bool_dealloc` / `none_dealloc` abort all land there and fail the parent test.
Only PySide6 and the app are imported here (the child's venv has nothing else).
"""

from __future__ import annotations

import collections
import json
import logging
import os
import re
import sys
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from fastai_launcher.ui.app.qtlog import install_qt_message_handler


class ExpectedLogs(logging.Handler):
    """Warnings and errors matching `allowed` are counted; any other goes to stderr.
    The last records below warning are kept, to tell what happened when a step fails."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.allowed: list[re.Pattern[str]] = []
        self.counted: dict[str, int] = {}
        self.recent: collections.deque[str] = collections.deque(maxlen=100)

    def allow(self, pattern: str) -> None:
        self.allowed.append(re.compile(pattern))

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.levelno < logging.WARNING:
            self.recent.append(f"{record.levelname} {record.name}: {message}")
            return
        for pattern in self.allowed:
            if pattern.search(message):
                self.counted[pattern.pattern] = self.counted.get(pattern.pattern, 0) + 1
                return
        sys.stderr.write(f"unexpected log record: {record.levelname} {record.name}: {message}\n")


def counts() -> dict[str, int]:
    return {"true": sys.getrefcount(True), "none": sys.getrefcount(None)}


def start(argv: list[str] | None = None) -> tuple[QApplication, ExpectedLogs]:
    """The child's QApplication and log handler (on the root logger); Qt's messages
    go into logging as the app routes them (a harmless one of the platform's is debug)."""
    install_qt_message_handler()
    logs = ExpectedLogs()
    logging.getLogger().addHandler(logs)
    logging.getLogger().setLevel(logging.INFO)
    app = QApplication(argv or ["endurance"])
    return app, logs


def report(**facts: Any) -> None:
    """The child's result: one JSON line on stdout, read by the parent."""
    print(json.dumps(facts, default=str), flush=True)

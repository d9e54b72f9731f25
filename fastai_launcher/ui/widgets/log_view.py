"""A live log: lines arrive from a task's thread and are shown on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MAX_LINES = 5000


class LineRelay(QObject):
    """`relay.send(line)` may be called from any thread; `line` fires on the GUI thread."""

    line = Signal(str)
    _incoming = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incoming.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def send(self, line: str) -> None:
        self._incoming.emit(line)

    @Slot(str)
    def _deliver(self, line: str) -> None:
        self.line.emit(line)


class LogView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("log_view")
        self.setReadOnly(True)
        self.setMaximumBlockCount(MAX_LINES)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setMinimumHeight(160)

    @Slot(str)
    def append_line(self, line: str) -> None:
        self.appendPlainText(line.rstrip("\n"))

    def lines(self) -> list[str]:
        return self.toPlainText().splitlines()

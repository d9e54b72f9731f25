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
        # Follow the end while the reader is there.  QPlainTextEdit follows only
        # if the view is at its end when a line arrives; a long line that brings
        # the horizontal scroll bar shortens the view by one line after a burst,
        # and the log then stayed where it was (the top, in the install page).
        self.following = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._note_position)
        bar.rangeChanged.connect(self._keep_end)

    @Slot(str)
    def append_line(self, line: str) -> None:
        self.appendPlainText(line.rstrip("\n"))

    @Slot(int)
    def _note_position(self, value: int) -> None:
        self.following = value >= self.verticalScrollBar().maximum()

    @Slot(int, int)
    def _keep_end(self, _minimum: int, maximum: int) -> None:
        if self.following:
            self.verticalScrollBar().setValue(maximum)

    def lines(self) -> list[str]:
        return self.toPlainText().splitlines()

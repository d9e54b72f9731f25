"""Technical details a user can read and copy into a bug report (already redacted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..i18n import RetranslateMixin


class DetailsPanel(RetranslateMixin, QWidget):
    """A read-only text box with "Show details" and "Copy details" buttons."""

    def __init__(self, details: str, expanded: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.toggle = QPushButton(self)
        self.toggle.setCheckable(True)
        self.copy = QPushButton(self)
        self.text = QPlainTextEdit(details, self)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMinimumHeight(160)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle)
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.text, 1)
        self.toggle.toggled.connect(self.text.setVisible)
        self.copy.clicked.connect(self.copy_details)
        self.toggle.setChecked(expanded)
        self.text.setVisible(expanded)
        self.retranslate()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy.setText(QCoreApplication.translate("Details", "Copied"))

    def retranslate(self) -> None:
        self.toggle.setText(QCoreApplication.translate("Details", "Show details"))
        self.copy.setText(QCoreApplication.translate("Details", "Copy details"))

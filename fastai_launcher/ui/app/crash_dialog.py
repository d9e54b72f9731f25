"""The dialog an uncaught exception shows (`crash.CrashReporter`): what happened in
plain words, that the AWS machine is unaffected, and the redacted details to copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..i18n import RetranslateMixin
from ..widgets.details import DetailsPanel


class CrashDialog(RetranslateMixin, QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setMinimumWidth(520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.details = DetailsPanel(details, expanded=True, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", "fastai-launcher hit a bug"))
        self.intro.setText(
            QCoreApplication.translate(
                "CrashDialog",
                "Something went wrong inside the app. You can keep using it, but if something "
                "looks wrong, restart it. This does not stop your AWS machine: if it was "
                "running, it is still running and still costs money.\n\n"
                "To help us fix this, copy the details below (they contain no keys or "
                "passwords) and send them with a short note of what you were doing.",
            )
        )

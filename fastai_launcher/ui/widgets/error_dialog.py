"""The one dialog that shows a `LauncherError`: what happened, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import Cancelled, LauncherError
from ...core.logs import redact
from ..i18n import RetranslateMixin, translate
from .details import DetailsPanel

_open: set[ErrorDialog] = set()


def said(error: LauncherError) -> str:
    """What went wrong and what to do, on two lines."""
    return error.message.render(translate) + "\n" + error.next_action.render(translate)


class ErrorDialog(RetranslateMixin, QDialog):
    def __init__(
        self, error: LauncherError, details: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.setObjectName("error_dialog")
        self.setMinimumWidth(420)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.next_action = QLabel(self)
        self.next_action.setObjectName("next_action")
        for label in (self.message, self.next_action):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.details = DetailsPanel(
            details or redact(f"{type(error).__name__}: {error}"), parent=self
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        texts = QVBoxLayout()
        texts.addWidget(self.message)
        texts.addWidget(self.next_action)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(texts, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
        self.message.setText(self.error.message.render(translate))
        self.next_action.setText(self.error.next_action.render(translate))


def show_error(
    parent: QWidget | None, error: LauncherError, details: str = ""
) -> ErrorDialog | None:
    """Show `error` without blocking; `Cancelled` is the user's own wish and not shown."""
    if isinstance(error, Cancelled):
        return None
    dialog = ErrorDialog(error, details, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Without a parent only Python holds the dialog: keep it until it is closed.
    _open.add(dialog)
    dialog.finished.connect(lambda _result: _open.discard(dialog))
    dialog.open()
    return dialog

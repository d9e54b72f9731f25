"""The reminder banner at the top of the main window, where there is no tray.

It says what the tray would (instance, running time, cost so far, auto-stop,
the pending reminder) and offers its actions: Stop, Open Jupyter, Snooze.  The
first time it appears it also says how to get tray icons (GNOME: the
"AppIndicator and KStatusNotifierItem Support" extension).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.reminders import Reminder
from ...flow.status import InstanceStatus
from ..i18n import RetranslateMixin
from ..widgets.instance_words import (
    headline,
    idle_stop_line,
    reminder_body,
    reminder_title,
    running_line,
)
from ..widgets.style import Tone, banner_style


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ReminderBanner(RetranslateMixin, QFrame):
    stop_clicked = Signal()
    open_jupyter_clicked = Signal()
    snooze_clicked = Signal()
    hint_dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.headline = _label(self, "headline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.details = _label(self, "details")
        self.reminder = _label(self, "reminder")
        self.hint = _label(self, "tray_hint")
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint_ok = QPushButton(self)
        self.hint_ok.setObjectName("hint_ok")
        self.hint_ok.clicked.connect(self._dismiss_hint)
        self.stop = QPushButton(self)
        self.stop.setObjectName("stop")
        self.stop.clicked.connect(self.stop_clicked)
        self.open_jupyter = QPushButton(self)
        self.open_jupyter.setObjectName("open_jupyter")
        self.open_jupyter.clicked.connect(self.open_jupyter_clicked)
        self.snooze = QPushButton(self)
        self.snooze.setObjectName("snooze")
        self.snooze.clicked.connect(self.snooze_clicked)
        self.snooze.setVisible(False)

        texts = QVBoxLayout()
        for label in (self.headline, self.details, self.reminder):
            texts.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop)
        buttons.addWidget(self.open_jupyter)
        buttons.addWidget(self.snooze)
        buttons.addStretch(1)
        texts.addLayout(buttons)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.hint_ok, 0, Qt.AlignmentFlag.AlignTop)
        texts.addLayout(hint_row)
        QVBoxLayout(self).addLayout(texts)

        self.status = InstanceStatus()
        self.now = datetime.min
        self.pending: Reminder | None = None
        self.show_hint(False)
        self._set_loud(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.stop.setText(QCoreApplication.translate("Banner", "Stop instance"))
        self.open_jupyter.setText(QCoreApplication.translate("Banner", "Open Jupyter"))
        self.snooze.setText(QCoreApplication.translate("Banner", "Snooze 30 minutes"))
        self.hint_ok.setText(QCoreApplication.translate("Banner", "Got it"))
        self.hint.setText(
            QCoreApplication.translate(
                "Banner",
                "This desktop shows no tray icons, so the app stays open here to keep "
                "reminding you. On GNOME, install the <b>AppIndicator and "
                "KStatusNotifierItem Support</b> extension (Extensions app) to get the "
                "tray icon.",
            )
        )
        self.show_status(self.status, self.now)

    def show_status(self, status: InstanceStatus, now: datetime) -> None:
        self.status, self.now = status, now
        self.headline.setText(headline(status))
        lines = [running_line(status, now), idle_stop_line(status) if status.running else ""]
        self.details.setText("\n".join(line for line in lines if line))
        self.details.setVisible(any(lines))
        self.stop.setEnabled(status.running)
        self.open_jupyter.setEnabled(status.instance is not None and not status.busy)
        if self.pending is not None:
            self._show_reminder_text(self.pending)

    def show_reminder(self, reminder: Reminder | None) -> None:
        """The pending reminder (None: answered or gone)."""
        self.pending = reminder
        self.snooze.setVisible(reminder is not None)
        self.reminder.setVisible(reminder is not None)
        self._set_loud(reminder is not None and reminder.loud)
        if reminder is not None:
            self._show_reminder_text(reminder)

    def show_report(self, report: str) -> None:
        """What just happened (e.g. the instance stopped), in place of a reminder."""
        self.show_reminder(None)
        self.reminder.setText(report)
        self.reminder.setVisible(True)

    def show_hint(self, visible: bool) -> None:
        self.hint.setVisible(visible)
        self.hint_ok.setVisible(visible)

    def _show_reminder_text(self, reminder: Reminder) -> None:
        self.reminder.setText(
            f"{reminder_title(reminder)}\n{reminder_body(reminder, self.status, self.now)}"
        )

    def _set_loud(self, loud: bool) -> None:
        tone = Tone.DANGER if loud else Tone.CAUTION
        self.setStyleSheet(banner_style("reminder_banner", tone, self.palette(), 2 if loud else 1))

    def _dismiss_hint(self) -> None:
        self.show_hint(False)
        self.hint_dismissed.emit()

"""The tray icon: the instance's state at a glance, its menu, its reminders.

A view: it shows what `InstanceGuard` hands it and reports the user's choices
as signals.  The icon is shown only where the platform has a tray
(`QSystemTrayIcon.isSystemTrayAvailable()`) and while the app has an
instance; the menu's actions exist either way (tests trigger them offscreen).

Tray messages cannot carry buttons on any platform Qt supports, so a pending
reminder's answers go into the menu ("Snooze 30 minutes", "Stop instance") and
clicking the message opens the window on the Stop step.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ...core.reminders import Reminder
from ...flow.status import InstanceStatus
from ..i18n import Translators
from ..widgets.instance_words import reminder_body, reminder_title, tooltip
from .icons import TrayState, tray_icon, tray_state

REMINDER_MS = 20_000
LOUD_REMINDER_MS = 60_000


class LauncherTray(QObject):
    open_jupyter_clicked = Signal()
    stop_clicked = Signal()
    show_window_clicked = Signal()
    snooze_clicked = Signal()
    quit_clicked = Signal()
    message_clicked = Signal()
    settings_clicked = Signal()
    download_clicked = Signal()

    def __init__(
        self, translators: Translators, available: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.available = available
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("tray_icon")
        self.icon.setIcon(tray_icon(TrayState.STOPPED))
        self.menu = QMenu()
        self.menu.setObjectName("tray_menu")
        self.open_jupyter = self._action("open_jupyter", self.open_jupyter_clicked)
        self.stop = self._action("stop", self.stop_clicked)
        self.download = self._action("download", self.download_clicked)
        self.snooze = self._action("snooze", self.snooze_clicked)
        self.snooze.setVisible(False)
        self.menu.addSeparator()
        self.show_window = self._action("show_window", self.show_window_clicked)
        self.settings = self._action("settings", self.settings_clicked)
        self.quit = self._action("quit", self.quit_clicked)
        self.icon.setContextMenu(self.menu)
        self.icon.messageClicked.connect(self.message_clicked)
        self.icon.activated.connect(self._activated)
        self.status = InstanceStatus()
        self.now = datetime.min
        #: "This month: about $X (GPU $a, disk $b)", from the app's ledger; "" unknown.
        self.month = ""
        #: The last message shown: (title, body, loud).
        self.last_message: tuple[str, str, bool] | None = None
        translators.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def _action(self, name: str, signal: SignalInstance) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: signal.emit())
        self.menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.open_jupyter.setText(QCoreApplication.translate("Tray", "Open Jupyter"))
        self.stop.setText(QCoreApplication.translate("Tray", "Stop instance"))
        self.download.setText(QCoreApplication.translate("Tray", "Download my notebooks"))
        self.snooze.setText(QCoreApplication.translate("Tray", "Snooze 30 minutes"))
        self.show_window.setText(QCoreApplication.translate("Tray", "Show window"))
        self.settings.setText(QCoreApplication.translate("Tray", "Reminders…"))
        self.quit.setText(QCoreApplication.translate("Tray", "Quit"))
        self.show_status(self.status, self.now)

    def show_status(self, status: InstanceStatus, now: datetime) -> None:
        self.status, self.now = status, now
        self.icon.setIcon(tray_icon(tray_state(status.state)))
        self.icon.setToolTip(tooltip(status, now, self.month))
        self.open_jupyter.setEnabled(status.instance is not None and not status.busy)
        self.stop.setEnabled(status.running)
        self.download.setEnabled(status.running and status.state == "running")
        if self.available:
            self.icon.setVisible(status.instance is not None)

    def set_pending(self, pending: bool) -> None:
        self.snooze.setVisible(pending)

    def show_reminder(self, reminder: Reminder, status: InstanceStatus, now: datetime) -> None:
        kind = (
            QSystemTrayIcon.MessageIcon.Critical
            if reminder.loud
            else QSystemTrayIcon.MessageIcon.Information
        )
        title, body = reminder_title(reminder), reminder_body(reminder, status, now)
        self.last_message = (title, body, reminder.loud)
        self.icon.showMessage(
            title,
            body,
            kind,
            LOUD_REMINDER_MS if reminder.loud else REMINDER_MS,
        )

    def notify(self, title: str, body: str) -> None:
        self.last_message = (title, body, False)
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, REMINDER_MS)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window_clicked.emit()

    def close(self) -> None:
        self.icon.hide()

"""The reminder and logout settings: how often the app reminds, when the louder
reminder comes, and whether logging off stops the instance without asking.

OK writes them into the app's one `Settings` object and saves it; the
reminders (`core.reminders.ReminderSchedule`) and the logout handler
(`InstanceGuard.commit_data`) read that object on every question, so a change
applies at once.  Cancel changes nothing.  The idle auto-stop setting lives on
the launch page, where the alarm is made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..i18n import RetranslateMixin
from .budget_box import BudgetBox

REMIND_MINUTES = (15, 480)
DAILY_HOURS = (1, 24)

_open: list[SettingsDialog] = []


class SettingsDialog(RetranslateMixin, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.context = context
        settings = context.settings
        self.remind_label = QLabel(self)
        # 0 (no regular reminder, set by hand in settings.json) is shown as "never";
        # the dialog itself offers no way to turn reminders off.
        low = 0 if settings.remind_after_minutes <= 0 else REMIND_MINUTES[0]
        self.remind = self._spin_box("remind_minutes", (low, REMIND_MINUTES[1]), 15)
        self.remind.setValue(max(0, round(settings.remind_after_minutes)))
        self.remind_help = QLabel(self)
        self.daily_label = QLabel(self)
        self.daily = self._spin_box("daily_hours", DAILY_HOURS, 1)
        self.daily.setValue(round(settings.daily_warning_hours))
        self.daily_help = QLabel(self)
        self.stop_on_logout = QCheckBox(self)
        self.stop_on_logout.setObjectName("stop_on_logout")
        self.stop_on_logout.setChecked(settings.stop_on_logout)
        self.logout_help = QLabel(self)
        # A value the spin boxes cannot show (a hand-edited 0 or 2.5) stays saved as it
        # is unless the user changes that box.
        self._shown = (self.remind.value(), self.daily.value())
        self.remind_label.setBuddy(self.remind)
        self.daily_label.setBuddy(self.daily)
        for label in (self.remind_label, self.daily_label):
            label.setWordWrap(True)
        for label in (self.remind_help, self.daily_help, self.logout_help):
            label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Wide enough for each explanation to wrap into two or three lines, in any font.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout = QVBoxLayout(self)
        for label, box, help_label in (
            (self.remind_label, self.remind, self.remind_help),
            (self.daily_label, self.daily, self.daily_help),
        ):
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(box)
            layout.addLayout(row)
            layout.addWidget(help_label)
            layout.addSpacing(8)
        layout.addWidget(self.stop_on_logout)
        layout.addWidget(self.logout_help)
        layout.addSpacing(8)
        self.budget = BudgetBox(context, self)
        layout.addWidget(self.budget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _spin_box(self, name: str, bounds: tuple[int, int], step: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(*bounds)
        box.setSingleStep(step)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reminders and logging off"))
        self.remind_label.setText(self.tr("&Remind me every (minutes):"))
        self.remind.setSpecialValueText(self.tr("never"))
        self.remind_help.setText(
            self.tr(
                "While your GPU instance runs, the app tells you this often that it is "
                "still running and what it has cost so far."
            )
        )
        self.daily_label.setText(self.tr("&Louder reminder after (hours a day):"))
        self.daily_help.setText(
            self.tr(
                "Once it has run this many hours in one day, the reminder becomes a louder warning."
            )
        )
        self.stop_on_logout.setText(self.tr("&Stop my instance when I log off or shut down"))
        self.logout_help.setText(
            self.tr(
                "The app stops a running instance without asking first, so it does not "
                "run (and cost money) while you are away. Your files stay on its disk."
            )
        )

    def accept(self) -> None:
        settings = self.context.settings
        if self.remind.value() != self._shown[0]:
            settings.remind_after_minutes = self.remind.value()
        if self.daily.value() != self._shown[1]:
            settings.daily_warning_hours = float(self.daily.value())
        settings.stop_on_logout = self.stop_on_logout.isChecked()
        self.context.save_settings()
        super().accept()


def open_settings(context: AppContext, parent: QWidget | None = None) -> SettingsDialog:
    """Show the settings dialog without blocking; one at a time (an open one is raised)."""
    for dialog in _open:
        if dialog.context is context:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = SettingsDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.append(dialog)
    dialog.finished.connect(lambda _result: _open.remove(dialog))
    dialog.open()
    return dialog

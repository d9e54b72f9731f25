"""One card of the home view: an app instance, what it costs so far, and its buttons."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.money import cost_of_running, usd
from ...core.text import Text
from ...flow.instances import ALLOWED, InstanceAction, InstanceView
from ..i18n import RetranslateMixin, translate

if TYPE_CHECKING:
    pass

LOG_LINES = 500  # the update log keeps this many lines


class InstanceCard(RetranslateMixin, QFrame):
    """Shows one instance; its buttons emit `action(action, instance_id)`."""

    action = Signal(str, str)
    cancel_requested = Signal(str)

    def __init__(self, view: InstanceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName(f"card_{view.info.instance_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.busy = False
        self.note_source: Text | None = None
        self.title = self._label("title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for name in ("state", "type", "region", "address", "running", "cost"):
            caption = self._label(f"{name}_caption")
            caption.setWordWrap(False)
            self.captions[name] = caption
            self.values[name] = self._label(name)
            self.form.addRow(caption, self.values[name])
        self.buttons: dict[InstanceAction, QPushButton] = {}
        row = QHBoxLayout()
        for card_action in InstanceAction:
            button = QPushButton(self)
            button.setObjectName(f"{card_action.value}_button")
            button.clicked.connect(
                lambda _checked=False, a=card_action: self.action.emit(
                    a.value, self.view.info.instance_id
                )
            )
            self.buttons[card_action] = button
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[InstanceAction.JUPYTER].setDefault(True)
        self.progress_text = self._label("progress_text")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(
            lambda: self.cancel_requested.emit(self.view.info.instance_id)
        )
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        self.note = self._label("note")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log = QPlainTextEdit(self)
        self.log.setObjectName("log")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(LOG_LINES)
        self.log.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.progress_text)
        layout.addLayout(progress_row)
        layout.addWidget(self.note)
        layout.addWidget(self.log)
        self.set_busy(False)
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_view(self, view: InstanceView) -> None:
        self.view = view
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """While a task runs for this card: progress and Cancel instead of the buttons."""
        self.busy = busy
        for widget in (self.progress_text, self.progress_bar, self.cancel_button):
            widget.setVisible(busy)
        if busy:
            self.progress_text.clear()
            self.progress_bar.setRange(0, 0)
        self._enable_buttons()

    def show_progress(self, step: Text, done: int, total: int) -> None:
        self.progress_text.setText(step.render(translate))
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    def show_note(self, note: Text | None) -> None:
        """A line under the buttons (the last result); kept across language changes."""
        self.note_source = note
        self.note.setText(note.render(translate) if note is not None else "")
        self.note.setVisible(note is not None)

    def append_log(self, line: str) -> None:
        self.log.setVisible(True)
        self.log.appendPlainText(line)

    def _enable_buttons(self) -> None:
        allowed = ALLOWED.get(self.view.info.state, frozenset())
        for card_action, button in self.buttons.items():
            button.setEnabled(not self.busy and card_action in allowed)

    def retranslate(self) -> None:
        info = self.view.info
        title = info.name or info.instance_id
        self.title.setText(f"{title} ({info.instance_id})" if info.name else title)
        captions = {
            "state": self.tr("State:"),
            "type": self.tr("Instance type:"),
            "region": self.tr("Region:"),
            "address": self.tr("Public IP address:"),
            "running": self.tr("Running for:"),
            "cost": self.tr("Cost:"),
        }
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        self.values["state"].setText(self.view.state_name.render(translate))
        self.values["type"].setText(info.instance_type)
        self.values["region"].setText(f"{self.view.region_name.render(translate)} ({info.region})")
        self.values["address"].setText(
            info.public_ip or self.tr("none while stopped (a new one at each start)")
        )
        labels = {
            InstanceAction.START: self.tr("Start"),
            InstanceAction.CONNECT: self.tr("Connect"),
            InstanceAction.JUPYTER: self.tr("Open Jupyter"),
            InstanceAction.UPDATE: self.tr("Update course"),
            InstanceAction.STOP: self.tr("Stop"),
        }
        for card_action, label in labels.items():
            self.buttons[card_action].setText(label)
        self.buttons[InstanceAction.JUPYTER].setToolTip(
            self.tr("Starts the instance if needed, connects securely and opens Jupyter.")
        )
        self.buttons[InstanceAction.STOP].setToolTip(
            self.tr("Stops the instance (never deletes it): only its disk is billed then.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.show_note(self.note_source)
        self._enable_buttons()
        self.tick()

    def tick(self, now: datetime | None = None) -> None:
        """Update the running time and the cost so far."""
        info = self.view.info
        now = now or datetime.now(timezone.utc)
        seconds = 0.0
        if info.running and info.launch_time is not None:
            seconds = max(0.0, (now - info.launch_time).total_seconds())
        self.values["running"].setText(
            self.duration(seconds) if info.running else self.tr("not running")
        )
        self.values["cost"].setText(self._cost(seconds))

    def duration(self, seconds: float) -> str:
        minutes = int(seconds // 60)
        hours, minutes = divmod(minutes, 60)
        if hours == 0:
            return self.tr("%n minute(s)", "", minutes)
        return self.tr("%n hour(s)", "", hours) + " " + self.tr("%n minute(s)", "", minutes)

    def _cost(self, seconds: float) -> str:
        quote = self.view.quote
        if quote is None:
            return self.tr("unknown here: see the AWS billing console")
        if self.view.info.running:
            return self.tr("{cost} so far, at about {hourly} an hour").format(
                cost=usd(cost_of_running(quote.running_hourly_usd, seconds)),
                hourly=usd(quote.running_hourly_usd),
            )
        return self.tr("stopped: only its disk is billed, about {monthly} a month").format(
            monthly=usd(quote.stopped_monthly_usd)
        )

"""One card of the home view: an app instance, what it costs so far, and its buttons."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
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
    """Shows one instance; its buttons emit `action(action, instance_id)`.

    One large button follows the state: Stop while the instance runs, Open Jupyter
    otherwise (Open Jupyter stays beside Stop).  Start, Connect, Update course,
    Download my notebooks and Open in VS Code are in the More menu.
    """

    action = Signal(str, str)
    cancel_requested = Signal(str)
    vscode_requested = Signal(str)

    #: Under More: what a returning student does less often.
    MENU = (
        InstanceAction.START,
        InstanceAction.CONNECT,
        InstanceAction.UPDATE,
        InstanceAction.DOWNLOAD,
    )

    def __init__(self, view: InstanceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName(f"card_{view.info.instance_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.busy = False
        self.note_source: Text | None = None
        #: "Stops by itself after … idle minutes" (from the settings), "" when off.
        self.autostop_rule = ""
        self.work_sentence = ""
        self.gpu_text = ""
        self.title = self._label("title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.state = self._label("state")
        state_font = self.state.font()
        state_font.setBold(True)
        self.state.setFont(state_font)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: dict[str, QLabel] = {"state": self.state}
        self.captions: dict[str, QLabel] = {}
        for name in ("running", "cost", "autostop", "gpu", "region", "address", "type", "id"):
            caption = self._label(f"{name}_caption")
            caption.setWordWrap(False)
            self.captions[name] = caption
            self.values[name] = self._label(name)
            self.form.addRow(caption, self.values[name])
        self.work = self._label("work")
        self.buttons: dict[InstanceAction, QPushButton] = {}
        for card_action in (InstanceAction.STOP, InstanceAction.JUPYTER):
            button = QPushButton(self)
            button.setObjectName(f"{card_action.value}_button")
            button.clicked.connect(
                lambda _checked=False, a=card_action: self.action.emit(
                    a.value, self.view.info.instance_id
                )
            )
            self.buttons[card_action] = button
        self.more = QToolButton(self)
        self.more.setObjectName("more_button")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more)
        self.more.setMenu(self.menu)
        self.menu_actions: dict[InstanceAction, QAction] = {}
        for card_action in self.MENU:
            item = self.menu.addAction("")
            item.setObjectName(f"{card_action.value}_action")
            item.triggered.connect(
                lambda _checked=False, a=card_action: self.action.emit(
                    a.value, self.view.info.instance_id
                )
            )
            self.menu_actions[card_action] = item
        self.vscode_action = self.menu.addAction("")
        self.vscode_action.setObjectName("vscode_action")
        self.vscode_action.triggered.connect(
            lambda: self.vscode_requested.emit(self.view.info.instance_id)
        )
        self.vscode_action.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.buttons[InstanceAction.STOP])
        row.addWidget(self.buttons[InstanceAction.JUPYTER])
        row.addWidget(self.more)
        row.addStretch(1)
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
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addLayout(self.form)
        layout.addWidget(self.work)
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

    def set_context_lines(self, autostop_rule: str, work_sentence: str, vscode: bool) -> None:
        """What the card says beside AWS's view: the auto-stop rule, where the work
        is, and whether VS Code can open it."""
        self.autostop_rule, self.work_sentence = autostop_rule, work_sentence
        self.vscode_action.setVisible(vscode)
        self.retranslate()

    def _set_value(self, name: str, words: str) -> None:
        """A value, read aloud with its caption ("Running for: 0 minutes"), not bare."""
        self.values[name].setText(words)
        self.values[name].setAccessibleName(f"{self.captions[name].text()} {words}")

    def show_gpu(self, words: str) -> None:
        self.gpu_text = words
        self._set_value("gpu", words)
        for widget in (self.values["gpu"], self.captions["gpu"]):
            widget.setVisible(bool(words))

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

    def enabled_actions(self) -> set[InstanceAction]:
        """What the user can do now, on the buttons or in the More menu."""
        shown = {a for a, b in self.buttons.items() if b.isEnabled() and b.isVisible()}
        return shown | {a for a, item in self.menu_actions.items() if item.isEnabled()}

    def _enable_buttons(self) -> None:
        allowed = ALLOWED.get(self.view.info.state, frozenset())
        running = self.view.info.running
        for card_action, button in self.buttons.items():
            button.setEnabled(not self.busy and card_action in allowed)
        # The one large button follows the state: Stop while it runs and costs.
        primary = self.buttons[InstanceAction.STOP if running else InstanceAction.JUPYTER]
        other = self.buttons[InstanceAction.JUPYTER if running else InstanceAction.STOP]
        self.buttons[InstanceAction.STOP].setVisible(running)
        for button, main in ((primary, True), (other, False)):
            font = button.font()
            font.setBold(main)
            font.setPointSizeF(self.font().pointSizeF() * (1.2 if main else 1.0))
            button.setFont(font)
            button.setDefault(main)
        for card_action, item in self.menu_actions.items():
            item.setEnabled(not self.busy and card_action in allowed)
        self.more.setEnabled(not self.busy)

    def retranslate(self) -> None:
        info = self.view.info
        self.title.setText(f"{info.name or 'fastai-launcher'} · {info.instance_type}")
        captions = {
            "running": self.tr("Running for:"),
            "cost": self.tr("Cost:"),
            "autostop": self.tr("Idle auto-stop:"),
            "gpu": self.tr("GPU:"),
            "region": self.tr("Region:"),
            "address": self.tr("Public IP address:"),
            "type": self.tr("Instance type:"),
            "id": self.tr("Instance ID:"),
        }
        for name, caption in captions.items():
            self.captions[name].setText(caption)
        running = info.running
        self.state.setText(
            self.tr("{state}: it costs money every hour").format(
                state=self.view.state_name.render(translate)
            )
            if running
            else self.view.state_name.render(translate)
        )
        self._set_value("type", info.instance_type)
        self._set_value("id", info.instance_id)
        self._set_value("region", f"{self.view.region_name.render(translate)} ({info.region})")
        self._set_value(
            "address", info.public_ip or self.tr("none while stopped (a new one at each start)")
        )
        self._set_value("autostop", self.autostop_rule or self.tr("off"))
        self.show_gpu(self.gpu_text if running else "")
        self.work.setText(self.work_sentence)
        self.work.setVisible(bool(self.work_sentence))
        self.buttons[InstanceAction.STOP].setText(self.tr("&Stop"))
        self.buttons[InstanceAction.JUPYTER].setText(self.tr("Open &Jupyter"))
        self.more.setText(self.tr("M&ore"))
        self.more.setAccessibleName(self.tr("More actions"))
        labels = {
            InstanceAction.START: self.tr("Start"),
            InstanceAction.CONNECT: self.tr("Connect"),
            InstanceAction.UPDATE: self.tr("Update course…"),
            InstanceAction.DOWNLOAD: self.tr("Download my notebooks"),
        }
        for card_action, label in labels.items():
            self.menu_actions[card_action].setText(label)
        self.vscode_action.setText(self.tr("Open in VS Code"))
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
        self._set_value(
            "running", self.duration(seconds) if info.running else self.tr("not running")
        )
        self._set_value("cost", self._cost(seconds))

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

"""The home view: shown instead of the wizard once the setup is done (the guide's
"update" page).  A card per app instance, found by the app's tag, with what it
costs, and one click for each thing a returning student does: Start, Connect,
Open Jupyter (from a stopped instance too), Update course, Stop.

Every AWS and SSH call runs through the task runner, on the flow's
`Workspace` the wizard shares; the flow imports boto3 and paramiko there, on
the task's thread.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import Cancelled, LauncherError
from ...core.text import QT_TRANSLATE_NOOP, Text, text
from ...flow.browser_signin import sign_in_ended
from ...flow.instances import InstanceAction, InstanceView, find_app_instances, run_instance_action
from ...flow.steps import LogLine
from ..context import AppContext
from ..i18n import RetranslateMixin, translate
from ..tasks import TaskHandle
from ..widgets.browser import open_jupyter_in_browser
from ..widgets.sign_in_again import offer_sign_in_and_stop
from ..widgets.stop_dialog import confirm_stop, disk_costs
from .card import InstanceCard

log = logging.getLogger("fastai_launcher.ui")

TICK_MS = 10_000  # running time and cost so far, refreshed on screen
#: Long enough for a start, a boot, a connect and Jupyter; each wait inside has its own.
ACTION_TIMEOUT_S = 3600.0
REFRESH_TIMEOUT_S = 120.0


class HomeView(RetranslateMixin, QWidget):
    """The app's instances and what a returning student does with them."""

    #: "Set up again / change settings": the main window shows the wizard.
    setup_requested = Signal()
    #: The Jupyter URL (token included) just handed to the browser.
    jupyter_opened = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_view")
        self.context = context
        self.workspace = context.flow
        self.cards: dict[str, InstanceCard] = {}
        self.tasks: dict[str, TaskHandle[Any]] = {}
        self.refresh_task: TaskHandle[list[InstanceView]] | None = None
        self.status_source: Text | LauncherError | None = None
        #: The last Jupyter URL opened (in memory only, like the token in it).
        self.last_url: str | None = None
        self.stop_confirmation: QMessageBox | None = None
        self.title = QLabel(self)
        self.title.setObjectName("home_title")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setObjectName("home_intro")
        self.status = QLabel(self)
        self.status.setObjectName("home_status")
        for label in (self.title, self.intro, self.status):
            label.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refresh_button")
        self.refresh_button.clicked.connect(self.refresh)
        self.setup_button = QPushButton(self)
        self.setup_button.setObjectName("setup_button")
        self.setup_button.clicked.connect(self.setup_requested)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("settings_button")
        self.settings_button.clicked.connect(self.open_settings)
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.settings_button)
        top.addWidget(self.setup_button)
        body = QWidget(self)
        self.card_list = QVBoxLayout(body)
        self.card_list.setContentsMargins(0, 0, 0, 0)
        self.card_list.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.retranslate()

    # Finding the instances.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def refresh(self) -> None:
        """Ask AWS for the app's instances (no-op while a refresh is running)."""
        if self.refresh_task is not None and not self.refresh_task.done:
            return
        ws, price = self.workspace, self.context.price_quote
        self._set_status(
            text("HomeView", QT_TRANSLATE_NOOP("HomeView", "Looking for your instances…"))
        )
        self.refresh_button.setEnabled(False)
        self.refresh_task = self.context.runner.run(
            partial(find_app_instances, ws, price=price),
            on_result=self._show_instances,
            on_error=self._set_status,
            on_finished=lambda: self.refresh_button.setEnabled(True),
            timeout=REFRESH_TIMEOUT_S,
            owner=self,
            name="home refresh",
        )

    def _show_instances(self, views: list[InstanceView]) -> None:
        seen = set()
        for view in views:
            instance_id = view.info.instance_id
            seen.add(instance_id)
            card = self.cards.get(instance_id)
            if card is None:
                card = InstanceCard(view, self)
                card.action.connect(self._on_action)
                card.cancel_requested.connect(self.cancel)
                self.cards[instance_id] = card
                self.card_list.insertWidget(self.card_list.count() - 1, card)
                if self.isVisible():  # now: the layout would only queue the show
                    card.show()
            else:
                card.set_view(view)
        for instance_id in list(self.cards):
            if instance_id not in seen and instance_id not in self.tasks:
                self.cards.pop(instance_id).deleteLater()
        self._set_status(None)

    def _set_status(self, status: Text | LauncherError | None) -> None:
        self.status_source = status
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        status = self.status_source
        if isinstance(status, LauncherError):
            return "\n".join(
                (status.message.render(translate), status.next_action.render(translate))
            )
        if status is not None:
            return status.render(translate)
        if self.cards:
            return ""
        if not self.workspace.progress.region:
            return self.tr("No region is chosen yet: set up the app first.")
        return self.tr("The app has no instance in this region. Use “Set up again” to launch one.")

    # The cards' buttons.

    def _on_action(self, action: str, instance_id: str) -> None:
        card_action = InstanceAction(action)
        if card_action is InstanceAction.STOP:
            self.confirm_stop(instance_id)
        else:
            self.run_action(card_action, instance_id)

    def confirm_stop(self, instance_id: str) -> None:
        """Ask first, saying what stopping keeps and what it still costs."""
        card = self.cards[instance_id]

        def answered() -> None:
            self.stop_confirmation = None

        def stop() -> None:
            answered()
            self.run_action(InstanceAction.STOP, instance_id)

        self.stop_confirmation = confirm_stop(
            self, instance_id, stop, costs=disk_costs(card.view.quote), on_no=answered
        )

    def run_action(self, action: InstanceAction, instance_id: str) -> TaskHandle[Any] | None:
        """Run a card's action through the task runner, with progress and Cancel."""
        card = self.cards.get(instance_id)
        if card is None or instance_id in self.tasks:
            return None
        card.set_busy(True)
        card.show_note(None)
        if action is InstanceAction.UPDATE:
            card.log.clear()
        ws = self.workspace

        def progressed(step: Text, done: int, total: int) -> None:
            if isinstance(step, LogLine):
                card.append_log(step.source)
            else:
                card.show_progress(step, done, total)

        handle = self.context.runner.run(
            partial(run_instance_action, ws, action=action, instance_id=instance_id),
            on_result=lambda result: self._done(action, instance_id, result),
            on_error=lambda error: self._failed(action, instance_id, error),
            on_progress=progressed,
            on_finished=lambda: self._finished(instance_id),
            timeout=ACTION_TIMEOUT_S,
            owner=self,
            name=f"home {action.value}",
        )
        self.tasks[instance_id] = handle
        return handle

    def cancel(self, instance_id: str) -> None:
        handle = self.tasks.get(instance_id)
        if handle is not None:
            handle.cancel()

    def _done(self, action: InstanceAction, instance_id: str, result: Any) -> None:
        card = self.cards.get(instance_id)
        if action is InstanceAction.JUPYTER:
            self.open_in_browser(str(result))
        if card is None:
            return
        card.show_note(self._note(action, result))

    def _note(self, action: InstanceAction, result: Any) -> Text | None:
        tunnel = self.workspace.tunnel
        port = tunnel.local_port if tunnel is not None else "-"
        notes = {
            InstanceAction.JUPYTER: QT_TRANSLATE_NOOP(
                "HomeView",
                "Jupyter is open in your browser (port {port} on this computer). "
                "Stop the instance when you are done.",
            ),
            InstanceAction.CONNECT: QT_TRANSLATE_NOOP(
                "HomeView",
                "Connected securely: Jupyter's port is reachable at localhost:{port}.",
            ),
            InstanceAction.UPDATE: QT_TRANSLATE_NOOP("HomeView", "The course is up to date."),
            InstanceAction.STOP: QT_TRANSLATE_NOOP(
                "HomeView", "Stopped. Only its disk is billed now."
            ),
        }
        source = notes.get(action)
        return text("HomeView", source, port=port) if source else None

    def _failed(self, action: InstanceAction, instance_id: str, error: LauncherError) -> None:
        card = self.cards.get(instance_id)
        if action is InstanceAction.STOP and sign_in_ended(error):
            # The browser sign-in ended: one click signs in again and stops.
            self.stop_confirmation = offer_sign_in_and_stop(
                self,
                self.context,
                instance_id,
                lambda _info: self.refresh(),
                self._show_failure,
            )
            return
        if isinstance(error, Cancelled):
            if card is not None:
                # After a start, what it still costs and what to do.
                at_risk = error.at_risk is not None
                card.show_note(_joined(error) if at_risk else error.message)
            return
        self._show_failure(error)

    def _show_failure(self, error: LauncherError) -> None:
        from ..widgets.error_dialog import show_error

        show_error(self.window(), error, getattr(error, "details", ""))

    def _finished(self, instance_id: str) -> None:
        self.tasks.pop(instance_id, None)
        card = self.cards.get(instance_id)
        if card is not None:
            card.set_busy(False)
        self.refresh()

    def open_in_browser(self, url: str) -> None:
        self.last_url = url
        open_jupyter_in_browser(self.workspace, url)
        self.jupyter_opened.emit(url)

    def open_settings(self) -> None:
        """The reminder and logout settings, in a dialog over the window."""
        from ..tray.settings_dialog import open_settings

        open_settings(self.context, self.window())

    def _tick(self) -> None:
        for card in self.cards.values():
            card.tick()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your GPU machine"))
        self.intro.setText(
            self.tr(
                "The setup is done. Open Jupyter starts the machine when it is stopped, "
                "connects securely and opens the course in your browser. Stop it when "
                "you are done: a running machine costs money every hour."
            )
        )
        self.refresh_button.setText(self.tr("Refresh"))
        self.settings_button.setText(self.tr("Reminders…"))
        self.setup_button.setText(self.tr("Set up again / change settings"))
        self.status.setText(self._status_text())


def _joined(error: LauncherError) -> Text:
    return Text("", "{message} {next}", {"message": error.message, "next": error.next_action})

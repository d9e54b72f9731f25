"""The home view: shown instead of the wizard once the setup is done (the guide's
"update" page).  A card per app instance, found by the app's tag, with what it
costs, and one click for each thing a returning student does: Start, Connect,
Open Jupyter (from a stopped instance too), Update course, Stop.

Every AWS and SSH call runs through the task runner, on the flow's
`Workspace` the wizard shares; the flow imports boto3 and paramiko there, on
the task's thread.
"""

from __future__ import annotations

import html
import logging
import shutil
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
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
from ...flow.instances import (
    HomeLook,
    InstanceAction,
    changed_work,
    find_app_instances,
    plan_update,
    run_instance_action,
    vscode_url,
    work_folder,
)
from ...flow.spending import BILLING_CONSOLE_URL
from ...flow.steps import LogLine
from ..context import AppContext
from ..i18n import RetranslateMixin, translate
from ..tasks import TaskHandle
from ..widgets.browser import open_jupyter_in_browser
from ..widgets.error_dialog import said
from ..widgets.sign_in_again import offer_sign_in_and_stop
from ..widgets.stop_dialog import confirm_stop, disk_costs
from .card import InstanceCard
from .gpu_poll import GpuPoll
from .update_dialog import confirm_update

if TYPE_CHECKING:
    from ...core.ledger import MonthSpending
    from ...flow.course_update import CourseUpdatePlan

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
        self.refresh_task: TaskHandle[HomeLook] | None = None
        self.status_source: Text | LauncherError | None = None
        #: The last Jupyter URL opened (in memory only, like the token in it).
        self.last_url: str | None = None
        self.stop_confirmation: QMessageBox | None = None
        self.update_confirmation: QMessageBox | None = None
        #: Instances whose download, asked for at Stop, is followed by the stop.
        self._then_stop: set[str] = set()
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
        self.month = QLabel(self)
        self.month.setObjectName("month_spending")
        self.month.setTextFormat(Qt.TextFormat.RichText)
        self.month.setOpenExternalLinks(True)
        self.month.hide()
        self.month_source: MonthSpending | None = None
        for label in (self.title, self.intro, self.status, self.month):
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
        layout.addWidget(self.month)
        layout.addWidget(scroll, 1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.gpu = GpuPoll(context.runner, self.workspace, self)
        self.gpu.read.connect(self._gpu_read)
        self.retranslate()

    # Finding the instances.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.gpu.start()  # only while the window is visible
        if not event.spontaneous():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.gpu.stop()

    def _gpu_read(self, instance_id: str, words: str) -> None:
        card = self.cards.get(instance_id)
        if card is not None:
            card.show_gpu(words)

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

    def _show_instances(self, look: HomeLook) -> None:
        self.month_source = look.month
        self._describe_month()
        seen = set()
        lines = self._context_lines()
        for view in look.views:
            instance_id = view.info.instance_id
            seen.add(instance_id)
            card = self.cards.get(instance_id)
            if card is None:
                card = InstanceCard(view, self)
                card.action.connect(self._on_action)
                card.cancel_requested.connect(self.cancel)
                card.vscode_requested.connect(self.open_vscode)
                self.cards[instance_id] = card
                self.card_list.insertWidget(self.card_list.count() - 1, card)
                if self.isVisible():  # now: the layout would only queue the show
                    card.show()
            else:
                card.set_view(view)
            card.set_context_lines(*lines)
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
            return said(status)
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
            self._count_then_confirm_stop(instance_id)
        elif card_action is InstanceAction.UPDATE:
            self._plan_update(instance_id)
        else:
            self.run_action(card_action, instance_id)

    def _count_then_confirm_stop(self, instance_id: str) -> None:
        """How many notebooks changed (over the session, when connected), then ask."""
        if instance_id in self.tasks:
            return
        self.context.runner.run(
            partial(changed_work, self.workspace, instance_id=instance_id),
            on_result=lambda count: self.confirm_stop(instance_id, int(count)),
            on_error=lambda _error: self.confirm_stop(instance_id),
            timeout=60,
            owner=self,
            name="count changed notebooks",
        )

    def confirm_stop(self, instance_id: str, changed_notebooks: int = 0) -> None:
        """Ask first, saying what stopping keeps and what it still costs; with changed
        notebooks, offer (ticked) to download them first."""
        card = self.cards.get(instance_id)
        if card is None:
            return

        def answered() -> None:
            self.stop_confirmation = None

        def stop() -> None:
            answered()
            self.run_action(InstanceAction.STOP, instance_id)

        def download_then_stop() -> None:
            answered()
            self._then_stop.add(instance_id)
            self.run_action(InstanceAction.DOWNLOAD, instance_id)

        self.stop_confirmation = confirm_stop(
            self,
            instance_id,
            stop,
            costs=disk_costs(card.view.quote),
            on_no=answered,
            changed_notebooks=changed_notebooks,
            on_download_first=download_then_stop,
        )

    def _plan_update(self, instance_id: str) -> None:
        """Show what Update course will do before it changes anything."""
        card = self.cards.get(instance_id)
        if card is None or instance_id in self.tasks:
            return

        def ask(plan: CourseUpdatePlan) -> None:
            def answered() -> None:
                self.update_confirmation = None

            def update() -> None:
                answered()
                self.run_action(InstanceAction.UPDATE, instance_id)

            self.update_confirmation = confirm_update(
                self, plan, card.view.quote, update, on_no=answered
            )

        self.context.runner.run(
            partial(plan_update, self.workspace, instance_id=instance_id),
            on_result=ask,
            on_error=self._show_failure,
            timeout=120,
            owner=self,
            name="plan the update",
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
        if action is InstanceAction.UPDATE and getattr(result, "kept_folder", None):
            return text(
                "HomeView",
                QT_TRANSLATE_NOOP(
                    "HomeView",
                    "The course is up to date. Your changed notebooks were copied first to "
                    "~/{folder}: Jupyter shows them in my-work.",
                ),
                folder=result.kept_folder,
            )
        if action is InstanceAction.DOWNLOAD and result is not None:
            return text(
                "HomeView",
                QT_TRANSLATE_NOOP(
                    "HomeView",
                    "Your notebooks are in {folder} on this computer (new or changed: {count}).",
                ),
                folder=str(result.folder),
                count=result.copied,
            )
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
        handle = self.tasks.pop(instance_id, None)
        card = self.cards.get(instance_id)
        if card is not None:
            card.set_busy(False)
        if instance_id in self._then_stop:  # the download asked for at Stop is over
            self._then_stop.discard(instance_id)
            if handle is not None and handle.error is None:
                self.run_action(InstanceAction.STOP, instance_id)
                return
        self.refresh()

    def open_in_browser(self, url: str) -> None:
        self.last_url = url
        open_jupyter_in_browser(self.workspace, url)
        self.jupyter_opened.emit(url)

    def open_settings(self) -> None:
        """The reminder and logout settings, in a dialog over the window."""
        from ..tray.settings_dialog import open_settings

        open_settings(self.context, self.window())

    def open_vscode(self, instance_id: str) -> None:
        url = vscode_url(self.workspace)
        if url is not None and not QDesktopServices.openUrl(QUrl(url)):
            log.warning("VS Code could not be opened for %s", instance_id)

    def _context_lines(self) -> tuple[str, str, bool]:
        """What every card shows alike, worked out once (it reads the recipe and the PATH)."""
        return self._autostop_rule(), self._work_sentence(), self._vscode()

    def _vscode(self) -> bool:
        return shutil.which("code") is not None and vscode_url(self.workspace) is not None

    def _autostop_rule(self) -> str:
        settings = self.context.settings
        if not settings.autostop_enabled:
            return ""
        return self.tr(
            "stops by itself after {minutes} minutes under {cpu} % CPU (an alarm on AWS)"
        ).format(minutes=settings.autostop_minutes, cpu=f"{settings.autostop_cpu_percent:g}")

    def _work_sentence(self) -> str:
        return self.tr(
            "Your notebooks are on the instance's disk, in {folder} (and ~/my-work): they "
            "stay there while it is stopped, but a running kernel's variables are lost "
            "when it stops."
        ).format(folder=work_folder(self.workspace))

    def _describe_month(self) -> None:
        month = self.month_source
        self.month.setVisible(month is not None)
        if month is None:
            return
        self.month.setText(
            self.tr(
                "{summary}. The app's estimate from what it saw; AWS's exact bill is in the "
                '<a href="{url}">Billing console</a>.'
            ).format(
                summary=html.escape(month.summary().render(translate)), url=BILLING_CONSOLE_URL
            )
        )

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
        self.refresh_button.setText(self.tr("&Refresh"))
        self.settings_button.setText(self.tr("Re&minders…"))
        self.setup_button.setText(self.tr("Set &up again / change settings"))
        self.status.setText(self._status_text())
        self._describe_month()
        lines = self._context_lines()
        for card in self.cards.values():
            card.set_context_lines(*lines)


def _joined(error: LauncherError) -> Text:
    return Text("", "{message} {next}", {"message": error.message, "next": error.next_action})

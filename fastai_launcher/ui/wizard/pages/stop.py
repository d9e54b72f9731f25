"""Guide step 7: stop the instance — never terminate — after a confirmation that says
what stopping keeps and what it still costs; and how to come back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from ....core.money import PriceQuote, usd
from ....core.task import TaskContext
from ....flow import Workspace
from ...context import AppContext
from ...widgets.step_page import StepPage, label

if TYPE_CHECKING:
    from ....aws.lifecycle import InstanceInfo

Looked = tuple["InstanceInfo | None", PriceQuote | None]


class StopPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("stop_page")
        self.intro = label(self.body, "intro")
        self.state = label(self.body, "instance_state")
        self.stop_button = QPushButton(self.body)
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self.confirm_stop)
        row = QHBoxLayout()
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.come_back = label(self.body, "come_back")
        self.column.addWidget(self.intro)
        self.column.addWidget(self.state)
        self.column.addLayout(row)
        self.column.addWidget(self.come_back)
        self.column.addStretch(1)
        self.instance: InstanceInfo | None = None
        self.quote: PriceQuote | None = None
        self.confirmation: QMessageBox | None = None
        self.retranslate()

    def initializePage(self) -> None:
        provider = self.context.price_quote

        def look(ws: Workspace, ctx: TaskContext) -> Looked:
            from ....flow.lifecycle import refresh_instance

            info = refresh_instance(ws, ctx)
            quote = None
            if provider is not None and info is not None:
                quote = provider(ws.region, info.instance_type, ws.progress.volume_gb)
            return info, quote

        self.run_step(look, self._looked, name="instance")

    def _looked(self, looked: Looked) -> None:
        self.instance, self.quote = looked

    def confirm_stop(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Stop the instance?"), "", parent=self)
        box.setObjectName("confirm_stop")
        box.setText(self.tr("Stop your instance now?"))
        box.setInformativeText(self._keeps_and_costs())
        stop = box.addButton(self.tr("Stop"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.stop() if box.clickedButton() is stop else None)
        self.confirmation = box
        box.open()

    def stop(self) -> None:
        def run(ws: Workspace, ctx: TaskContext) -> InstanceInfo:
            from ....flow.lifecycle import stop

            return stop(ws, ctx)  # stops; there is no terminate anywhere in the app

        self.stop_button.setEnabled(False)
        self.run_step(run, self._stopped, name="stop")

    def _stopped(self, info: InstanceInfo) -> None:
        self.instance = info

    def after_task(self) -> None:
        self._describe()

    def isComplete(self) -> bool:
        return not self.busy and self.instance is not None and self.instance.state == "stopped"

    def _keeps_and_costs(self) -> str:
        keeps = self.tr(
            "Stopping keeps the disk with everything on it: fastai, the course and your "
            "notebooks. The machine itself is no longer billed."
        )
        if self.quote is not None:
            costs = self.tr(
                "The disk ({size} GB) is still billed while stopped: about {monthly} a month."
            ).format(size=self.quote.volume_gb, monthly=usd(self.quote.stopped_monthly_usd))
        else:
            costs = self.tr("The disk is still billed while stopped, a few dollars a month.")
        never = self.tr("The app never terminates (deletes) the instance.")
        return f"{keeps}\n\n{costs}\n\n{never}"

    def _describe(self) -> None:
        info = self.instance
        states = {
            "pending": self.tr("starting up"),
            "running": self.tr("running"),
            "stopping": self.tr("stopping"),
            "stopped": self.tr("stopped"),
        }
        if info is None:
            self.state.setText(self.tr("The app has no instance in this region."))
        else:
            self.state.setText(
                self.tr("Your instance {instance} ({type}) is {state}.").format(
                    instance=info.instance_id,
                    type=info.instance_type,
                    state=states.get(info.state, info.state),
                )
            )
        running = info is not None and info.state in ("pending", "running")
        self.stop_button.setEnabled(running and not self.busy)
        self.come_back.setVisible(info is not None and info.state == "stopped")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Stop when you are done"))
        self.setSubTitle(self.tr("Step 7 of the guide: stop, never terminate."))
        self.intro.setText(
            self.tr(
                "AWS bills the instance for every second it runs, used or not. Always stop it "
                "when you finish working. Stopping is like shutting down a computer: "
                "everything stays on its disk. Terminating would delete it all, so the app "
                "never does that."
            )
        )
        self.stop_button.setText(self.tr("Stop the instance"))
        self.come_back.setText(
            self.tr(
                "Stopped. To work again, start this app: its home screen has Open Jupyter, "
                "one click that starts the instance, connects and opens Jupyter (about two "
                "minutes). Your notebooks are where you left them."
            )
        )
        self._describe()

"""`Step.STOP`: stop the instance — never terminate — after a confirmation that says
what stopping keeps and what it still costs; and how to come back."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from ....core.money import PriceQuote
from ....flow.instances import changed_work, priced_instance, work_folder
from ....flow.lifecycle import stop
from ....flow.notebooks import download_notebooks
from ...context import AppContext
from ...widgets.step_page import StepPage, label
from ...widgets.stop_dialog import confirm_stop, disk_costs

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
        self.work = label(self.body, "work")
        self.column.addWidget(self.intro)
        self.column.addWidget(self.work)
        self.column.addWidget(self.state)
        self.column.addLayout(row)
        self.column.addWidget(self.come_back)
        self.column.addStretch(1)
        self.instance: InstanceInfo | None = None
        self.quote: PriceQuote | None = None
        self.confirmation: QMessageBox | None = None
        self.retranslate()

    def initializePage(self) -> None:
        self.run_step(
            partial(priced_instance, price=self.context.price_quote), self._looked, name="instance"
        )

    def _looked(self, looked: Looked) -> None:
        self.instance, self.quote = looked

    def confirm_stop(self) -> None:
        """How many notebooks changed (when connected), then ask, offering to download
        them first."""
        instance_id = self.instance.instance_id if self.instance is not None else ""
        self.run_step(
            partial(changed_work, instance_id=instance_id),
            self._ask,
            on_error=lambda _error: self._ask(0),
            progress=False,
            name="count changed notebooks",
        )

    def _ask(self, changed: int) -> None:
        line = self.instance.instance_id if self.instance is not None else self.tr("your instance")
        self.confirmation = confirm_stop(
            self,
            line,
            self.stop,
            costs=disk_costs(self.quote),
            changed_notebooks=changed,
            on_download_first=self.download_then_stop,
        )

    def download_then_stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.run_step(download_notebooks, lambda _result: self.stop(), name="download")

    def stop(self) -> None:
        self.stop_button.setEnabled(False)
        self.run_step(stop, self._stopped, name="stop")  # there is no terminate in the app

    def _stopped(self, info: InstanceInfo) -> None:
        self.instance = info

    def after_task(self) -> None:
        self._describe()

    def isComplete(self) -> bool:
        return not self.busy and self.instance is not None and self.instance.state == "stopped"

    def _describe(self) -> None:
        self.work.setText(  # the course chosen may have changed since the page was built
            self.tr(
                "Your notebooks are on the instance's disk, in {folder} (and ~/my-work): "
                "they stay there while it is stopped, but a running kernel's variables are "
                "lost when it stops."
            ).format(folder=work_folder(self.ws))
        )
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
        self.stop_button.setText(self.tr("&Stop the instance"))
        self.come_back.setText(
            self.tr(
                "Stopped. To work again, start this app: its home screen has Open Jupyter, "
                "one click that starts the instance, connects and opens Jupyter (about two "
                "minutes). Your notebooks are where you left them."
            )
        )
        self._describe()

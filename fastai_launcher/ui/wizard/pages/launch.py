"""`Step.LAUNCH`: launch the Deep Learning AMI instance — type, disk, spot, idle
auto-stop, cost — and follow it to running; the launch waits for the GPU quota."""

from __future__ import annotations

import dataclasses
import html
import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import Cancelled, LauncherError
from ....core.money import usd
from ....flow.launch_choices import (
    LaunchOptions,
    launch_as_chosen,
    launch_options,
    save_launch_choice,
)
from ....flow.lifecycle import refresh_instance, stop
from ....flow.quota import QUOTA_RECHECK_S, Checked, check_quota_and_request
from ...context import AppContext
from ...i18n import translate
from ...tasks import TaskHandle
from ...widgets.error_dialog import said
from ...widgets.offer_table import OfferTable
from ...widgets.step_page import StepPage, label
from ...widgets.stop_dialog import offer_stop
from ...widgets.style import Tone, colour_text

log = logging.getLogger("fastai_launcher.ui")

if TYPE_CHECKING:
    from ....aws.lifecycle import InstanceInfo

MIN_DISK_GB, MAX_DISK_GB = 75, 1000


class LaunchPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("launch_page")
        settings = context.settings
        self.intro = label(self.body, "intro")
        self.image = label(self.body, "image")
        self.types_box = QGroupBox(self.body)
        self.types = OfferTable(self.types_box)
        self.types.itemSelectionChanged.connect(self._type_chosen)
        self.type_note = label(self.types_box, "type_note")
        types = QVBoxLayout(self.types_box)
        types.addWidget(self.types)
        types.addWidget(self.type_note)

        self.options_box = QGroupBox(self.body)
        self.disk = QSpinBox(self.options_box)
        self.disk.setObjectName("disk_gb")
        self.disk.setRange(MIN_DISK_GB, MAX_DISK_GB)
        self.disk.setValue(max(MIN_DISK_GB, context.progress.volume_gb))
        self.disk.setSuffix(" GB")
        self.disk.valueChanged.connect(self._describe_cost)
        self.spot = QCheckBox(self.options_box)
        self.spot.setObjectName("spot")
        self.spot.setChecked(context.progress.spot)
        self.spot.toggled.connect(self._spot_changed)
        self.autostop = QCheckBox(self.options_box)
        self.autostop.setObjectName("autostop")
        self.autostop.setChecked(settings.autostop_enabled)
        self.autostop_cpu = QDoubleSpinBox(self.options_box)
        self.autostop_cpu.setObjectName("autostop_cpu")
        self.autostop_cpu.setRange(1, 50)
        self.autostop_cpu.setDecimals(0)
        self.autostop_cpu.setSuffix(" %")
        self.autostop_cpu.setValue(settings.autostop_cpu_percent)
        self.autostop_minutes = QSpinBox(self.options_box)
        self.autostop_minutes.setObjectName("autostop_minutes")
        self.autostop_minutes.setRange(10, 24 * 60)
        self.autostop_minutes.setSingleStep(10)
        self.autostop_minutes.setValue(settings.autostop_minutes)
        self.autostop.toggled.connect(self.autostop_cpu.setEnabled)
        self.autostop.toggled.connect(self.autostop_minutes.setEnabled)
        self.autostop_help = label(self.options_box, "autostop_help")
        self.disk_label = label(self.options_box, "disk_label")
        self.disk_label.setBuddy(self.disk)
        self.cpu_label = label(self.options_box, "cpu_label")
        self.cpu_label.setBuddy(self.autostop_cpu)
        self.minutes_label = label(self.options_box, "minutes_label")
        self.minutes_label.setBuddy(self.autostop_minutes)
        options = QFormLayout(self.options_box)
        options.addRow(self.disk_label, self.disk)
        options.addRow(self.spot)
        options.addRow(self.autostop)
        options.addRow(self.cpu_label, self.autostop_cpu)
        options.addRow(self.minutes_label, self.autostop_minutes)
        options.addRow(self.autostop_help)

        self.cost = label(self.body, "cost", rich=True)
        self.quota = label(self.body, "quota_wait")
        colour_text(self.quota, Tone.CAUTION)
        self.check_quota = QPushButton(self.body)
        self.check_quota.setObjectName("check_quota")
        self.check_quota.clicked.connect(self._recheck_quota)
        self.launch_button = QPushButton(self.body)
        self.launch_button.setObjectName("launch")
        self.launch_button.clicked.connect(self.confirm_launch)
        self.state = label(self.body, "instance_state")
        buttons = QHBoxLayout()
        buttons.addWidget(self.launch_button)
        buttons.addWidget(self.check_quota)
        buttons.addStretch(1)
        # Disk, spot and the idle auto-stop are folded under More options.
        self.more_options = QToolButton(self.body)
        self.more_options.setObjectName("more_options")
        self.more_options.setCheckable(True)
        self.more_options.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_options.setArrowType(Qt.ArrowType.RightArrow)
        self.more_options.toggled.connect(self._fold_options)
        self.options_box.hide()
        for widget in (self.intro, self.image, self.types_box, self.more_options, self.options_box):
            self.column.addWidget(widget)
        self.column.addWidget(self.state)
        self.column.addStretch(1)
        # The price and Launch stay in sight at the bottom, at any window size.
        for widget in (self.cost, self.quota):
            self.footer.addWidget(widget)
        self.footer.addLayout(buttons)
        self.quota_timer = QTimer(self)
        self.quota_timer.setInterval(QUOTA_RECHECK_S * 1000)
        self.quota_timer.timeout.connect(self._recheck_quota)
        self.found: LaunchOptions | None = None
        self.checked: Checked | None = None
        self.instance: InstanceInfo | None = None
        self.confirmation: QMessageBox | None = None
        self.launch_task: TaskHandle[InstanceInfo] | None = None
        self.retranslate()

    def _fold_options(self, open_: bool) -> None:
        self.options_box.setVisible(open_)
        self.more_options.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    # Looking around and choosing.

    def initializePage(self) -> None:
        self.run_step(launch_options, self._found, name="launch choices")

    def _found(self, found: LaunchOptions) -> None:
        self.found = found
        self.instance = found.instance
        self.types.show_offers(found.offers, self.ws.progress.instance_type)
        if self.types.chosen() is None:
            from_default = next((o for o in found.offers if o.gpu.launchable), None)
            if from_default is not None:
                self.types.select(from_default.name)
        self._quota_checked(found.quota)
        self._describe()

    def _type_chosen(self) -> None:
        offer = self.types.chosen()
        self._describe()
        if offer is None or self.found is None:
            return
        if offer.name != self.ws.progress.instance_type:
            self._save_and_check(instance_type=offer.name)

    def _spot_changed(self) -> None:
        self._save_and_check(spot=self.spot.isChecked())

    def _save_and_check(self, **changes: object) -> None:
        self.run_step(
            partial(save_launch_choice, changes=changes),
            self._quota_checked,
            progress=False,
            name="launch choice",
        )

    def _recheck_quota(self) -> None:
        if not self.tasks:
            self.run_step(
                check_quota_and_request, self._quota_checked, progress=False, name="quota refresh"
            )

    def _quota_checked(self, checked: Checked) -> None:
        self.checked = checked
        if self.quota_short:
            self.quota_timer.start()
        else:
            self.quota_timer.stop()
        self._describe()

    @property
    def quota_short(self) -> bool:
        """A new launch needs the quota; an instance the app already has does not."""
        return self.instance is None and self.checked is not None and not self.checked[0].enough

    # Launching.

    def confirm_launch(self) -> None:
        offer = self.types.chosen()
        if offer is not None and offer.gpu.needs_confirmation and self.instance is None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("The guide's type"), "", parent=self
            )
            box.setObjectName("confirm_type")
            note = offer.gpu.note
            box.setText(note.render(translate) if note else "")
            box.setInformativeText(self.tr("Launch {type} anyway?").format(type=offer.name))
            yes = box.addButton(self.tr("Launch it anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(lambda _r: self.launch() if box.clickedButton() is yes else None)
            self.confirmation = box
            box.open()
            return
        self.launch()

    def launch(self) -> None:
        offer = self.types.chosen()
        settings = self.context.settings
        settings.autostop_enabled = self.autostop.isChecked()
        settings.autostop_cpu_percent = float(self.autostop_cpu.value())
        settings.autostop_minutes = int(self.autostop_minutes.value())
        changes: dict[str, object] = {"volume_gb": self.disk.value(), "spot": self.spot.isChecked()}
        if offer is not None:
            changes["instance_type"] = offer.name

        self.launch_button.setEnabled(False)
        self.launch_task = self.run_step(
            partial(launch_as_chosen, changes=changes),
            self._launched,
            on_error=self._launch_failed,
            name="launch",
        )

    def _launched(self, info: InstanceInfo) -> None:
        self.instance = info
        self.quota_timer.stop()
        self._describe()

    def _launch_failed(self, error: LauncherError) -> None:
        late = self.launch_task.late_result if self.launch_task is not None else None
        if error.at_risk is not None:
            self._describe()
            why = "" if isinstance(error, Cancelled) else said(error)
            self._offer_to_stop(
                error.at_risk.instance_id, alarm_set=error.at_risk.alarm_set, why=why
            )
            return
        if isinstance(error, Cancelled) and late is not None:
            self.instance = late  # cancelled just as the launch was over
            self._describe()
            self._offer_to_stop(self.instance.instance_id)
            return
        self._describe()
        self.show_error(error)
        if self.ws.progress.instance_id:
            # Launched (or started) before it failed: show what runs now; Launch again
            # waits for it.  Quietly: the error shown is the one that matters.
            self.run_step(
                refresh_instance,
                self._relooked,
                on_error=lambda again: log.info("instance not read again: %s", again),
                name="instance",
            )

    def _relooked(self, info: InstanceInfo | None) -> None:
        self.instance = info
        self._describe()

    def _offer_to_stop(self, instance_id: str, *, alarm_set: bool = True, why: str = "") -> None:
        self.confirmation = offer_stop(
            self,
            instance_id,
            self._stop,
            why=why or self.tr("The launch was cancelled after the instance was created."),
            alarm_set=alarm_set,
        )

    def _stop(self) -> None:
        self.run_step(stop, self._launched, name="stop")

    # What the page shows.

    def after_task(self) -> None:
        self._describe()

    def isComplete(self) -> bool:
        return not self.busy and self.instance is not None and self.instance.state == "running"

    def _describe(self) -> None:
        found, info = self.found, self.instance
        if found is not None:
            self.image.setText(
                self.tr("Deep Learning AMI: {name} ({image})").format(
                    name=found.image.name, image=found.image.image_id
                )
            )
        offer = self.types.chosen()
        # The guide's p2.xlarge stays listed with why it is not the default, chosen or not.
        noted = [o for o in self.types.offers if o.gpu.note is not None]
        self.type_note.setText(
            "\n".join(f"{o.name}: {o.gpu.note.render(translate)}" for o in noted if o.gpu.note)
        )
        self.type_note.setVisible(bool(noted))
        self._describe_cost()
        short = self.quota_short
        self.quota.setVisible(short)
        self.check_quota.setVisible(short)
        if short and self.checked is not None:
            status, request = self.checked
            waiting = request.describe().render(translate) if request else ""
            self.quota.setText(
                self.tr(
                    "The launch waits for AWS to raise your GPU quota ({value} of {needed} "
                    "vCPUs). {request} Launch is enabled once it is approved; the app checks "
                    "every few minutes."
                ).format(value=int(status.value), needed=status.needed, request=waiting)
            )
        if info is None:
            self.launch_button.setText(self.tr("&Launch"))
            self.state.setText("")
        else:
            from_state = {
                "stopped": self.tr("&Start your instance"),
                "stopping": self.tr("&Start your instance"),
                "pending": self.tr("&Wait for your instance"),
            }
            self.launch_button.setText(from_state.get(info.state, self.tr("&Launch")))
            self.state.setText(self._state_text(info))
        can_launch = found is not None and offer is not None and not short
        running = info is not None and info.state == "running"
        self.launch_button.setEnabled(can_launch and not running and not self.busy)
        for widget in (self.types, self.disk, self.spot):
            widget.setEnabled(info is None)

    def _state_text(self, info: InstanceInfo) -> str:
        from_state = {
            "pending": self.tr("starting up"),
            "running": self.tr("running"),
            "stopping": self.tr("stopping"),
            "stopped": self.tr("stopped"),
        }
        state = from_state.get(info.state, info.state)
        text = self.tr("Your instance {instance} ({type}) is {state}.").format(
            instance=info.instance_id, type=info.instance_type, state=state
        )
        if info.state == "running":
            text += " " + self.tr("Ready for the next step: connecting with SSH.")
        return text

    def _describe_cost(self) -> None:
        offer = self.types.chosen()
        if offer is None or offer.price is None:
            self.cost.setText(
                html.escape(self.tr("The price of this type could not be looked up."))
                if offer is not None
                else ""
            )
            return
        quote = dataclasses.replace(offer.price, volume_gb=self.disk.value())
        lines = [
            self.tr("Running: about <b>{hourly} an hour</b> (machine, address and disk).").format(
                hourly=usd(quote.running_hourly_usd)
            ),
            self.tr("Stopped: about <b>{monthly} a month</b> for the disk alone.").format(
                monthly=usd(quote.stopped_monthly_usd)
            ),
        ]
        if self.spot.isChecked():
            lines.append(
                html.escape(self.tr("Spot machines usually cost much less; the price varies."))
            )
        source = offer.price_source.render(translate) if offer.price_source else ""
        lines.append(f"<small>{html.escape(source)}</small>")
        self.cost.setText("<br>".join(lines))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Launch the GPU machine"))
        self.setSubTitle(
            self.tr("Step 4 of the guide: start an instance with Amazon's deep learning software.")
        )
        self.intro.setText(
            self.tr(
                "The app launches an instance from the newest Deep Learning AMI (PyTorch on "
                "Ubuntu, GPU drivers included), with your key and a firewall that lets only "
                "this computer in."
            )
        )
        self.types_box.setTitle(self.tr("Instance type"))
        self.types.retranslate()
        self.options_box.setTitle(self.tr("Options"))
        self.more_options.setText(self.tr("&More options: disk size, spot, idle auto-stop"))
        self.disk_label.setText(self.tr("&Disk size"))
        self.spot.setText(self.tr("Spot instance: cheaper, but AWS may stop it at any time"))
        self.autostop.setText(self.tr("Stop by itself when idle (recommended)"))
        self.cpu_label.setText(self.tr("Idle means CPU below"))
        self.minutes_label.setText(self.tr("for (minutes)"))
        self.autostop_help.setText(
            self.tr(
                "An AWS alarm stops the instance when it has been idle that long, in case "
                "you forget. Stopping keeps your work."
            )
        )
        self.check_quota.setText(self.tr("Check the quota again"))
        self._describe()

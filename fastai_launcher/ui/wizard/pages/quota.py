"""`Step.QUOTA`: the GPU quota — how much the account has, one click to ask for more,
and the request's status, refreshed while the page is shown."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ....core.errors import LauncherError
from ....flow.quota import QUOTA_RECHECK_S, Checked, ask_for_quota, check_quota_and_request
from ...context import AppContext
from ...i18n import translate
from ...widgets.step_page import StepPage, label

if TYPE_CHECKING:
    from ....aws.quotas import QuotaRequest, QuotaStatus

log = logging.getLogger("fastai_launcher.ui")

REFRESH_MS = QUOTA_RECHECK_S * 1000


class QuotaPage(StepPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("quota_page")
        self.intro = label(self.body, "intro")
        self.quota_box = QGroupBox(self.body)
        self.quota = label(self.quota_box, "quota")
        self.verdict = label(self.quota_box, "verdict")
        font = self.verdict.font()
        font.setBold(True)
        self.verdict.setFont(font)
        self.request_button = QPushButton(self.quota_box)
        self.request_button.setObjectName("request_quota")
        self.request_button.clicked.connect(self.request_increase)
        self.request_button.hide()
        self.request_status = label(self.quota_box, "request_status")
        self.checked_at = label(self.quota_box, "checked_at")
        self.refresh_button = QPushButton(self.quota_box)
        self.refresh_button.setObjectName("refresh_quota")
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.request_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.quota_box)
        for widget in (self.quota, self.verdict, self.request_status, self.checked_at):
            box.addWidget(widget)
        box.addLayout(buttons)
        self.meanwhile = label(self.body, "meanwhile")
        self.column.addWidget(self.intro)
        self.column.addWidget(self.quota_box)
        self.column.addWidget(self.meanwhile)
        self.column.addStretch(1)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_quietly)
        self.status: QuotaStatus | None = None
        self.request: QuotaRequest | None = None
        self.last_check: datetime | None = None
        self.quiet_error: LauncherError | None = None
        self.retranslate()

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.refresh_button.setEnabled(False)
        self.run_step(check_quota_and_request, self._checked, name="quota check")

    def _refresh_quietly(self) -> None:
        if self.tasks:
            return

        def failed(error: LauncherError) -> None:
            log.info("quota refresh failed: %s", error)
            self.quiet_error = error
            self._describe()

        self.run_step(
            check_quota_and_request,
            self._checked,
            on_error=failed,
            progress=False,
            name="quota refresh",
        )

    def request_increase(self) -> None:
        self.request_button.setEnabled(False)
        self.run_step(ask_for_quota, self._checked, name="quota request")

    def _checked(self, checked: Checked) -> None:
        self.status, self.request = checked
        self.last_check = datetime.now()
        self.quiet_error = None
        self._follow()
        self._describe()
        self.completeChanged.emit()

    def _follow(self) -> None:
        """Refresh every few minutes while a request is open and the page is shown."""
        waiting = self.request is not None and self.request.is_open
        if waiting and self.isVisible() and not self.refresh_timer.isActive():
            self.refresh_timer.start()
        elif not waiting:
            self.refresh_timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow()

    def hideEvent(self, event: QHideEvent) -> None:
        self.refresh_timer.stop()
        super().hideEvent(event)

    @property
    def short(self) -> bool:
        return self.status is not None and not self.status.enough

    def isComplete(self) -> bool:
        if self.busy or self.status is None:
            return False
        if self.status.enough:
            return True
        # As the guide says: go on to the key while AWS decides; launching waits.
        return self.request is not None and (self.request.is_open or self.request.approved)

    def _describe(self) -> None:
        self.refresh_button.setEnabled(True)
        status, request = self.status, self.request
        self.request_button.setVisible(
            self.short and (request is None or not (request.is_open or request.approved))
        )
        self.request_button.setEnabled(True)
        if status is None:
            self.quota.setText(self.tr("Checking your GPU quota…"))
            self.verdict.clear()
        else:
            self.quota.setText(
                self.tr(
                    "In {region}, your account may run {value} vCPUs of “{name}”. "
                    "A {type} needs {needed}."
                ).format(
                    region=self.ws.progress.region or "-",
                    value=int(status.value),
                    name=status.name,
                    type=self.ws.progress.instance_type,
                    needed=status.needed,
                )
            )
            self.verdict.setText(
                self.tr("Enough: nothing to request.")
                if status.enough
                else self.tr("Not enough yet: AWS must raise it before the launch.")
            )
            self.request_button.setText(
                self.tr("Ask AWS for %n vCPU(s)", "", max(status.needed, int(status.value) + 1))
            )
        if request is None:
            self.request_status.setText("")
        else:
            self.request_status.setText(
                self.tr("Your request: {status}").format(
                    status=request.describe().render(translate)
                )
            )
        parts = []
        if self.last_check is not None:
            parts.append(
                self.tr("Checked at {time}.").format(time=self.last_check.strftime("%H:%M"))
            )
        if self.refresh_timer.isActive():
            minutes = REFRESH_MS // 60000
            parts.append(self.tr("The app checks again every %n minute(s).", "", minutes))
        if self.quiet_error is not None:
            parts.append(self.quiet_error.message.render(translate))
        self.checked_at.setText(" ".join(parts))
        pending = self.short and request is not None and request.is_open
        self.meanwhile.setVisible(pending)

    def retranslate(self) -> None:
        self.setTitle(self.tr("GPU quota"))
        self.setSubTitle(self.tr("Step 2 of the guide: permission to run a GPU machine."))
        self.intro.setText(
            self.tr(
                "AWS limits how many GPU machines an account may run, counted in vCPUs per "
                "region; new accounts start at 0. When yours is too low, the app asks AWS "
                "for more with one click, as the guide's “[FastAI] Limit Increase Request” "
                "does. AWS usually answers within a few hours, sometimes a day or two. If AWS "
                "opens a support case, say it is for the fast.ai course."
            )
        )
        self.quota_box.setTitle(self.tr("Your GPU quota"))
        self.refresh_button.setText(self.tr("Check &again"))
        self.meanwhile.setText(
            self.tr(
                "While AWS decides, go on to the SSH key (Next), as the guide says. "
                "The launch waits for the approval."
            )
        )
        self._describe()

"""A warning that does not need the app running: an AWS Budgets monthly cost
budget that e-mails the student when the month's bill passes an amount.

Opt-in: nothing is made until the button is pressed.  The box reads whether the
alert exists when it is shown, and says what AWS keeps after it is made.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import LauncherError
from ...core.task import TaskContext
from ...flow import Workspace
from ...flow.budget import DEFAULT_AMOUNT_USD, create_budget_alert, read_budget_alert
from ...flow.signin import on_workspace
from ..context import AppContext
from ..i18n import RetranslateMixin
from ..tasks import TaskHandle
from ..widgets.error_dialog import said

if TYPE_CHECKING:
    from ...aws.budgets import BudgetAlert


class BudgetBox(RetranslateMixin, QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_box")
        self.context = context
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.amount = QDoubleSpinBox(self)
        self.amount.setObjectName("budget_amount")
        self.amount.setRange(1, 10_000)
        self.amount.setDecimals(2)
        self.amount.setPrefix("$")
        self.amount.setValue(float(DEFAULT_AMOUNT_USD))
        self.email = QLineEdit(self)
        self.email.setObjectName("budget_email")
        self.amount_label = QLabel(self)
        self.amount_label.setBuddy(self.amount)
        self.email_label = QLabel(self)
        self.email_label.setBuddy(self.email)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("create_budget")
        self.create_button.clicked.connect(self.make_alert)
        self.state = QLabel(self)
        self.state.setObjectName("budget_state")
        self.state.setWordWrap(True)
        self.alert: BudgetAlert | None = None
        self.error: LauncherError | None = None
        self.task: TaskHandle[BudgetAlert | None] | None = None
        form = QFormLayout()
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.email_label, self.email)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.create_button)
        column.addWidget(self.state)
        self.retranslate()
        self.read_alert()

    def read_alert(self) -> None:
        if not self.context.progress.region:
            return
        self._run(read_budget_alert)

    def make_alert(self) -> None:
        job = partial(
            create_budget_alert,
            amount=Decimal(str(round(self.amount.value(), 2))),
            email=self.email.text(),
        )
        self._run(job)

    def _run(self, fn: Callable[[Workspace, TaskContext], BudgetAlert | None]) -> None:
        if self.task is not None and not self.task.done:
            return
        self.error = None
        self.create_button.setEnabled(False)
        self.task = self.context.runner.run(
            on_workspace(self.context.flow, fn),
            on_result=self._read,
            on_error=self._failed,
            on_finished=lambda: self.create_button.setEnabled(True),
            timeout=120,
            owner=self,
            name="budget alert",
        )
        self._describe()

    def _read(self, alert: BudgetAlert | None) -> None:
        self.alert = alert
        if alert is not None and alert.email and not self.email.text():
            self.email.setText(alert.email)
        self._describe()

    def _failed(self, error: LauncherError) -> None:
        self.error = error
        self._describe()

    def _describe(self) -> None:
        if self.error is not None:
            self.state.setText(said(self.error))
        elif self.task is not None and not self.task.done:
            self.state.setText(self.tr("Asking AWS Budgets…"))
        elif self.alert is None:
            self.state.setText(self.tr("No e-mail alert yet."))
        else:
            self.state.setText(
                self.tr(
                    "The alert exists: AWS e-mails {email} when this month passes ${amount}."
                ).format(email=self.alert.email or "-", amount=f"{self.alert.amount:.2f}")
            )

    def retranslate(self) -> None:
        self.setTitle(self.tr("An e-mail from AWS when the month costs too much"))
        self.intro.setText(
            self.tr(
                "Works even when this app is not running: AWS Budgets e-mails you when this "
                "month's AWS bill passes the amount. It is optional and free for up to two "
                "budgets."
            )
        )
        self.amount_label.setText(self.tr("&Amount a month:"))
        self.email_label.setText(self.tr("&E-mail address:"))
        self.email.setPlaceholderText("name@example.com")
        self.create_button.setText(self.tr("&Create the e-mail alert"))
        self._describe()

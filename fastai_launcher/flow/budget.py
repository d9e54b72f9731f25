"""A warning that does not need the app running: the opt-in monthly AWS Budgets
cost alert (see `aws/budgets.py`).  The UI asks for an amount (default $30)
and an email address, and shows whether the budget exists."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ..core.errors import InputError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .workspace import Workspace, not_signed_in

if TYPE_CHECKING:
    from ..aws.budgets import BudgetAlert

CTX = "Budget"
DEFAULT_AMOUNT_USD = Decimal(30)
MIN_AMOUNT_USD = Decimal(1)
MAX_AMOUNT_USD = Decimal(10_000)
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_MAX_EMAIL = 254  # the longest address SMTP carries


def valid_amount(amount: Decimal | int | str) -> Decimal:
    """The amount in USD (whole cents, 1 to 10,000), or `InputError`."""
    try:
        value = Decimal(str(amount).strip().lstrip("$").strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if (
        not value.is_finite()
        or not MIN_AMOUNT_USD <= value <= MAX_AMOUNT_USD
        or value != value.quantize(Decimal("0.01"))
    ):
        raise InputError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Budget", "The monthly amount must be a number of dollars from 1 to 10,000."
                ),
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP("Budget", "Type an amount such as 30 or 12.50, then try again."),
            ),
        )
    return value.quantize(Decimal("0.01"))


def valid_email(email: str) -> str:
    """The address without surrounding spaces, or `InputError`."""
    address = email.strip()
    if len(address) > _MAX_EMAIL or not _EMAIL.fullmatch(address):
        raise InputError(
            text(
                CTX,
                QT_TRANSLATE_NOOP("Budget", "This does not look like an email address."),
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Budget",
                    "Type the address AWS should send the alert to, such as name@example.com.",
                ),
            ),
        )
    return address


def _account(ws: Workspace) -> str:
    """The signed-in account's id, as sign-in learnt it."""
    if ws.identity is None:
        raise not_signed_in()
    return ws.identity.account


def create_budget_alert(
    ws: Workspace, ctx: TaskContext, amount: Decimal | int | str, email: str
) -> BudgetAlert:
    """Make (or replace) the monthly cost budget; what AWS keeps, read back."""
    from ..aws.budgets import BUDGETS_REGION, create_budget

    value, address = valid_amount(amount), valid_email(email)
    ctx.progress(
        text(CTX, QT_TRANSLATE_NOOP("Budget", "Creating the monthly budget alert in AWS Budgets"))
    )
    return create_budget(ws.client("budgets", BUDGETS_REGION), _account(ws), value, address)


def read_budget_alert(ws: Workspace, ctx: TaskContext) -> BudgetAlert | None:
    """The monthly cost budget the app made, or None when there is none."""
    from ..aws.budgets import BUDGETS_REGION, read_budget

    ctx.progress(text(CTX, QT_TRANSLATE_NOOP("Budget", "Reading the monthly budget alert")))
    return read_budget(ws.client("budgets", BUDGETS_REGION), _account(ws))

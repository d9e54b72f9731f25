"""A monthly AWS Budgets cost alert: AWS emails the student when the month's
bill passes an amount, whether or not the app is running.

Opt-in.  One budget, `fastai-launcher-monthly`: a COST budget per calendar
month with the amount as its limit and one notification, ACTUAL spend above
100 % of it, to one email address.  Creating it again (a new amount or
address) replaces the app's budget; no other budget is touched, and the IAM
policy allows only this one (`budgets:ModifyBudget` / `ViewBudget` on its ARN).
After creating, the budget is read back and compared with what was asked.

Budgets is a global service: its client lives in us-east-1.  The caller hands
in the account id (sign-in already learnt it from STS).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from ..core.errors import AwsError
from ..core.text import QT_TRANSLATE_NOOP, text
from .typed_errors import error_code, typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_budgets import BudgetsClient
    from mypy_boto3_budgets.type_defs import CreateBudgetRequestTypeDef, NotificationTypeDef

BUDGET_NAME = "fastai-launcher-monthly"
BUDGETS_REGION = "us-east-1"
CURRENCY = "USD"

_ALERT: NotificationTypeDef = {
    "NotificationType": "ACTUAL",
    "ComparisonOperator": "GREATER_THAN",
    "Threshold": 100.0,
    "ThresholdType": "PERCENTAGE",
}


@dataclass(frozen=True)
class BudgetAlert:
    """The app's budget as AWS keeps it."""

    amount: Decimal  # USD per month
    email: str | None  # where the alert goes; None: the budget has no email alert


def _amount_text(amount: Decimal) -> str:
    return format(amount.quantize(Decimal("0.01")), "f")


def _read(budgets: BudgetsClient, account: str) -> BudgetAlert | None:
    try:
        budget = budgets.describe_budget(AccountId=account, BudgetName=BUDGET_NAME)["Budget"]
    except ClientError as exc:
        if error_code(exc) == "NotFoundException":
            return None
        raise
    amount = Decimal(budget.get("BudgetLimit", {}).get("Amount", "0"))
    notifications = budgets.describe_notifications_for_budget(
        AccountId=account, BudgetName=BUDGET_NAME
    ).get("Notifications", [])
    email = None
    for notification in notifications:
        subscribers = budgets.describe_subscribers_for_notification(
            AccountId=account, BudgetName=BUDGET_NAME, Notification=notification
        ).get("Subscribers", [])
        email = next((s["Address"] for s in subscribers if s["SubscriptionType"] == "EMAIL"), None)
        if email is not None:
            break
    return BudgetAlert(amount, email)


@typed_aws_errors
def read_budget(budgets: BudgetsClient, account: str) -> BudgetAlert | None:
    """The app's monthly budget in `account` (amount and alert address), or None if
    there is none."""
    return _read(budgets, account)


@typed_aws_errors
def create_budget(budgets: BudgetsClient, account: str, amount: Decimal, email: str) -> BudgetAlert:
    """Make (or replace) the app's monthly cost budget in `account` with an email
    alert; what AWS kept.

    Raises `AwsError` when AWS's budget, read back, differs from the request.
    """
    request: CreateBudgetRequestTypeDef = {
        "AccountId": account,
        "Budget": {
            "BudgetName": BUDGET_NAME,
            "BudgetType": "COST",
            "TimeUnit": "MONTHLY",
            "BudgetLimit": {"Amount": _amount_text(amount), "Unit": CURRENCY},
        },
        "NotificationsWithSubscribers": [
            {
                "Notification": _ALERT,
                "Subscribers": [{"SubscriptionType": "EMAIL", "Address": email}],
            }
        ],
    }
    try:
        budgets.create_budget(**request)
    except ClientError as exc:
        if error_code(exc) != "DuplicateRecordException":
            raise
        # An earlier alert (another amount or address): this one replaces it.
        budgets.delete_budget(AccountId=account, BudgetName=BUDGET_NAME)
        budgets.create_budget(**request)
    kept = _read(budgets, account)
    if kept is None or kept.amount != amount.quantize(Decimal("0.01")) or kept.email != email:
        raise AwsError(
            text(
                "Budgets",
                QT_TRANSLATE_NOOP(
                    "Budgets",
                    "AWS answered, but the budget it keeps is not the one the app asked for.",
                ),
            ),
            text(
                "Budgets",
                QT_TRANSLATE_NOOP(
                    "Budgets",
                    "Try again, or check the budget in the AWS Billing console (Budgets).",
                ),
            ),
        )
    return kept

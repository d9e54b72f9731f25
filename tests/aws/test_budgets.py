"""The monthly cost alert through moto's Budgets (tests/world/aws_budgets.py adds
the one read moto lacks, DescribeSubscribersForNotification)."""

from decimal import Decimal

import tests.world.aws_budgets  # noqa: F401 - moto's missing Budgets read
from fastai_launcher.aws.budgets import BUDGET_NAME, BUDGETS_REGION, create_budget, read_budget
from tests.world.app_clients import app_client


def clients(aws_world):
    account = aws_world.client("sts").get_caller_identity()["Account"]
    return app_client("budgets", BUDGETS_REGION), account


def test_no_budget_reads_as_none(aws_world):
    assert read_budget(*clients(aws_world)) is None


def test_the_budget_is_a_monthly_cost_budget_with_an_email_alert_at_the_amount(aws_world):
    budgets, account = clients(aws_world)
    kept = create_budget(budgets, account, Decimal(30), "student@example.com")

    assert kept.amount == Decimal(30)
    assert kept.email == "student@example.com"
    assert read_budget(budgets, account) == kept

    world = aws_world.client("budgets", BUDGETS_REGION)
    budget = world.describe_budget(AccountId=account, BudgetName=BUDGET_NAME)["Budget"]
    assert budget["BudgetType"] == "COST"
    assert budget["TimeUnit"] == "MONTHLY"
    assert budget["BudgetLimit"] == {"Amount": "30.00", "Unit": "USD"}
    (alert,) = world.describe_notifications_for_budget(AccountId=account, BudgetName=BUDGET_NAME)[
        "Notifications"
    ]
    assert alert["NotificationType"] == "ACTUAL"
    assert alert["ComparisonOperator"] == "GREATER_THAN"
    assert (alert["Threshold"], alert["ThresholdType"]) == (100.0, "PERCENTAGE")


def test_creating_again_replaces_the_apps_budget_and_leaves_others_alone(aws_world):
    budgets, account = clients(aws_world)
    world = aws_world.client("budgets", BUDGETS_REGION)
    world.create_budget(
        AccountId=account,
        Budget={
            "BudgetName": "team",
            "BudgetType": "COST",
            "TimeUnit": "MONTHLY",
            "BudgetLimit": {"Amount": "500", "Unit": "USD"},
        },
    )
    create_budget(budgets, account, Decimal(30), "old@example.com")

    kept = create_budget(budgets, account, Decimal("12.5"), "new@example.com")

    assert (kept.amount, kept.email) == (Decimal("12.50"), "new@example.com")
    names = sorted(b["BudgetName"] for b in world.describe_budgets(AccountId=account)["Budgets"])
    assert names == [BUDGET_NAME, "team"]

"""The opt-in monthly budget alert through the flow, on the world's moto Budgets
(tests/world/aws_budgets.py adds the subscriber read moto lacks)."""

from __future__ import annotations

from decimal import Decimal

import pytest

import tests.world.aws_budgets  # noqa: F401 - moto's missing Budgets read
from fastai_launcher.core.errors import InputError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.budget import create_budget_alert, read_budget_alert
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.instance import FAST_POLLS, workspace_options


@pytest.fixture
def ws(aws_world, app_paths, isolated_home):
    ws = Workspace.load(app_paths, **workspace_options(isolated_home, FAST_POLLS))
    sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, TaskContext(), aws_world.region)
    yield ws
    ws.close()


def test_the_alert_is_created_and_read_back(ws):
    assert read_budget_alert(ws, TaskContext()) is None

    made = create_budget_alert(ws, TaskContext(), "30", " student@example.com ")

    assert (made.amount, made.email) == (Decimal("30.00"), "student@example.com")
    assert read_budget_alert(ws, TaskContext()) == made


@pytest.mark.parametrize("amount", ["0", "-5", "10001", "abc", "", "12.345", "nan", "inf"])
def test_an_amount_outside_1_to_10000_dollars_is_refused_before_aws_is_asked(ws, amount):
    with pytest.raises(InputError) as raised:
        create_budget_alert(ws, TaskContext(), amount, "student@example.com")
    assert "from 1 to 10,000" in str(raised.value)
    assert read_budget_alert(ws, TaskContext()) is None


@pytest.mark.parametrize(
    "email", ["", "student", "student@", "@example.com", "a b@example.com", "a@b"]
)
def test_an_address_that_is_not_an_email_is_refused_before_aws_is_asked(ws, email):
    with pytest.raises(InputError) as raised:
        create_budget_alert(ws, TaskContext(), 30, email)
    assert "email address" in str(raised.value)
    assert raised.value.next_action.render()
    assert read_budget_alert(ws, TaskContext()) is None


def test_dollar_sign_and_cents_are_accepted(ws):
    made = create_budget_alert(ws, TaskContext(), "$12.50", "student@example.com")
    assert made.amount == Decimal("12.50")

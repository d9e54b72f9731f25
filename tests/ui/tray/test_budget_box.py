"""The opt-in e-mail alert of AWS Budgets, in the Reminders dialog, against the
world's Budgets (moto's, with the call it lacks added in tests/world/aws_budgets.py)."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

from PySide6.QtCore import Qt

from fastai_launcher.ui.tray.budget_box import BudgetBox
from tests.world.aws_record import operations
from tests.world.page_world import aws_context, sign_in  # noqa: F401 - fixtures


def shown_box(qtbot, context) -> BudgetBox:
    box = BudgetBox(context)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: box.task is not None and box.task.done, timeout=20_000)
    return box


def test_nothing_is_made_until_asked_then_aws_keeps_the_alert_and_the_box_says_so(
    qtbot, aws_context, aws_world
):
    sign_in(aws_context.flow, aws_world.region)
    box = shown_box(qtbot, aws_context)
    assert box.state.text() == "No e-mail alert yet."  # opt-in: reading made nothing
    assert box.amount.value() == 30.0

    box.amount.setValue(25)
    qtbot.keyClicks(box.email, "student@example.com")
    with operations() as done:
        qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.task.done, timeout=20_000)
    assert "budgets:ModifyBudget" in done
    assert box.state.text() == (
        "The alert exists: AWS e-mails student@example.com when this month passes $25.00."
    )
    again = shown_box(qtbot, aws_context)  # read back from AWS, as on the next start
    assert "student@example.com" in again.state.text() and "$25.00" in again.state.text()


def test_an_address_that_is_not_one_is_refused_before_aws_is_asked(qtbot, aws_context, aws_world):
    sign_in(aws_context.flow, aws_world.region)
    box = shown_box(qtbot, aws_context)
    qtbot.keyClicks(box.email, "not an address")
    with operations() as done:
        qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: box.task.done, timeout=20_000)
    assert "budgets:ModifyBudget" not in done
    assert "does not look like an email address" in box.state.text()


def test_in_korean_the_box_speaks_korean_and_says_what_aws_keeps(qtbot, aws_context, aws_world):
    aws_context.translators.switch("ko")
    sign_in(aws_context.flow, aws_world.region)
    box = shown_box(qtbot, aws_context)
    assert box.title() == "한 달 요금이 너무 많이 나오면 AWS가 보내는 이메일"
    assert box.state.text() == "아직 이메일 알림이 없습니다."
    qtbot.keyClicks(box.email, "student@example.com")
    qtbot.mouseClick(box.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task.done, timeout=20_000)
    assert "알림이 있습니다" in box.state.text() and "student@example.com" in box.state.text()
    aws_context.translators.switch("en")

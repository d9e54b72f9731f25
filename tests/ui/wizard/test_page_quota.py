"""Wizard page 2: the GPU quota, one increase request, its status refreshed."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

from PySide6.QtCore import Qt

from fastai_launcher.ui.wizard.pages.quota import QuotaPage
from tests.world.page_world import G_QUOTA, aws_context, idle, show_page, sign_in  # noqa: F401 - fixtures


def quota_page(qtbot, context):
    page = show_page(qtbot, QuotaPage(context))
    qtbot.waitUntil(lambda: idle(page) and page.status is not None, timeout=15_000)
    return page


def test_short_quota_one_click_files_one_request_and_the_approval_shows(
    qtbot, aws_context, aws_world
):
    aws_world.set_quota(G_QUOTA, 0)
    sign_in(aws_context.flow, aws_world.region)
    page = quota_page(qtbot, aws_context)
    assert "may run 0 vCPUs" in page.quota.text() and "g4dn.xlarge needs 4" in page.quota.text()
    assert page.verdict.text().startswith("Not enough")
    assert page.request_button.isVisible() and page.request_button.text() == "Ask AWS for 4 vCPUs"
    assert not page.isComplete()

    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.request is not None, timeout=15_000)
    requests = aws_world.quota_requests()
    assert [(r["QuotaCode"], r["Status"]) for r in requests] == [(G_QUOTA, "PENDING")]
    assert "AWS has not decided yet" in page.request_status.text()
    assert not page.request_button.isVisible()  # one request, never a second
    assert page.isComplete()  # the key step may go on meanwhile
    assert page.meanwhile.isVisible() and "launch waits" in page.meanwhile.text()
    assert page.refresh_timer.isActive()
    assert "checks again every 3 minutes" in page.checked_at.text()
    assert aws_context.progress.quota_request_id == requests[0]["Id"]

    # AWS approves; the page's own timer notices (shortened here from minutes).
    aws_world.set_request_status(requests[0]["Id"], "APPROVED")
    page.refresh_timer.setInterval(50)
    qtbot.waitUntil(lambda: page.status.enough, timeout=15_000)
    qtbot.waitUntil(lambda: idle(page))
    assert page.request_status.text() == "Your request: Approved: you may now run 4 vCPUs."
    assert page.verdict.text() == "Enough: nothing to request."
    assert not page.refresh_timer.isActive()
    assert len(aws_world.quota_requests()) == 1


def test_the_check_again_button_shows_what_aws_decided(qtbot, aws_context, aws_world):
    aws_world.set_quota(G_QUOTA, 0)
    sign_in(aws_context.flow, aws_world.region)
    page = quota_page(qtbot, aws_context)
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.request is not None, timeout=15_000)
    aws_world.set_request_status(page.request.id, "CASE_OPENED")
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.request.status == "CASE_OPENED", timeout=15_000)
    assert "opened case" in page.request_status.text()
    assert page.isComplete()


def test_enough_quota_needs_no_request(qtbot, aws_context, aws_world):
    sign_in(aws_context.flow, aws_world.region)
    page = quota_page(qtbot, aws_context)
    assert "may run 8 vCPUs" in page.quota.text()
    assert page.verdict.text() == "Enough: nothing to request."
    assert not page.request_button.isVisible()
    assert page.isComplete()
    assert aws_world.quota_requests() == []
    assert aws_context.progress.last_step == "key"

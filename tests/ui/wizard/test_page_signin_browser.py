"""The sign-in page's primary way in: AWS's own sign-in page in the browser.

The browser is the test world's stand-in (`browser`): when the app opens the
world's AWS Sign-In page, it signs in there as `browser.signs_in_as` (following
the page with an HTTP client), and the app's loopback callback receives the code.
"""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from fastai_launcher.ui.widgets.error_dialog import ErrorDialog
from fastai_launcher.ui.wizard.pages.signin import SignInPage
from tests.world.page_world import aws_context, idle, show_page  # noqa: F401 - fixtures


def signin_page(qtbot, context, region):
    page = show_page(qtbot, SignInPage(context))
    qtbot.waitUntil(lambda: idle(page), timeout=10_000)
    page.region.setCurrentIndex(page.region.findData(region))
    return page


def open_errors(qapp) -> list[ErrorDialog]:
    return [w for w in qapp.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def test_root_of_a_new_account_signs_in_with_the_browser_and_may_go_on(
    qtbot, aws_context, aws_world, signin_world, browser
):
    page = signin_page(qtbot, aws_context, aws_world.region)
    assert page.browser_button.isVisible() and page.browser_button.isDefault()
    assert not page.key_id.isVisible()  # access keys are folded under "Other ways"
    browser.signs_in_as = "root"
    qtbot.mouseClick(page.browser_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.isComplete(), timeout=30_000)
    [authorize] = browser.urls
    assert "code_challenge=" in authorize and "127.0.0.1" in authorize
    assert page.outcome.identity.is_root and page.outcome.root_refusal is None
    assert page.root_note.isVisible() and "safer" in page.root_note.text()
    assert aws_context.progress.profile == "fastai-launcher"
    assert aws_context.progress.access_key_id is None  # no access key anywhere


def test_an_iam_user_without_the_sign_in_policy_is_told_exactly_what_to_attach(
    qtbot, qapp, aws_context, aws_world, signin_world, browser
):
    page = signin_page(qtbot, aws_context, aws_world.region)
    browser.signs_in_as = "student-without-sign-in"
    qtbot.mouseClick(page.browser_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(open_errors(qapp)), timeout=30_000)
    [dialog] = open_errors(qapp)
    assert "SignInLocalDevelopmentAccess" in dialog.next_action.text()
    assert page.permissions_box.isVisible() and not page.isComplete()
    assert "SignInLocalDevelopmentAccess" in page.permissions.text()
    qtbot.mouseClick(page.copy_policy, Qt.MouseButton.LeftButton)
    copied = json.loads(QGuiApplication.clipboard().text())
    assert copied["Version"] == "2012-10-17" and copied["Statement"]
    browser.urls.clear()
    qtbot.mouseClick(page.open_iam, Qt.MouseButton.LeftButton)
    assert browser.urls == ["https://console.aws.amazon.com/iam/home#/users"]
    dialog.close()


def test_when_the_browser_cannot_come_back_a_pasted_code_signs_in(
    qtbot, aws_context, aws_world, signin_world, browser
):
    page = signin_page(qtbot, aws_context, aws_world.region)
    browser.signs_in_as = "student"  # on another device: the page shows a code
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.code_box.isVisible() and bool(browser.codes), timeout=30_000)
    assert "cross-device" in page.code_url.text().replace("%3A", ":").replace("%2F", "/")
    qtbot.keyClicks(page.code, browser.codes[0])
    qtbot.mouseClick(page.finish_code, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.isComplete(), timeout=30_000)
    assert not page.outcome.identity.is_root and not page.root_note.isVisible()
    assert not page.code_box.isVisible()

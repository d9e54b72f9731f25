"""Issue 14's measure: from the first start to Jupyter on a brand-new AWS account
(only the root sign-in, a GPU quota of 0) with no access key, no IAM page and no
terminal: at most three in-app actions plus AWS's own sign-in page.

The world: moto in a child process with AWS Sign-In's double, a real sshd as the
instance, a real Jupyter through the real tunnel.  The browser is the world's
stand-in: it signs in on the sign-in page as the account's root user and follows
the app's local page to Jupyter.  AWS approves the quota request when it is filed
(the world plays AWS's support).
"""

from __future__ import annotations

import requests
from PySide6.QtWidgets import QWizard

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.ui.wizard.pages.ids import PageId
from tests.world.app_world import G_QUOTA
from tests.world.aws import instances
from tests.world.wizard_driver import User, open_window

IN_APP_ACTIONS_ALLOWED = 3


def test_a_new_account_reaches_jupyter_in_three_in_app_actions_with_the_browser_sign_in(
    qtbot, start_app, world, browser
):
    world.set_quota(G_QUOTA, 0)  # a new account
    browser.signs_in_as = "root"  # a new account has only its root sign-in
    app = start_app("en")
    window = open_window(qtbot, app)
    wizard = window.wizard
    user = User(qtbot)

    user.click(wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    assert wizard.currentId() == int(PageId.SIGN_IN)
    qtbot.waitUntil(lambda: not page.busy and page.browser_button.isEnabled(), timeout=30_000)
    user.click(page.browser_button)
    panel = page.express
    qtbot.waitUntil(lambda: panel.isVisible() and panel.start_button.isEnabled(), timeout=60_000)
    assert page.outcome.identity.is_root and page.root_note.isVisible()
    user.click(panel.start_button)

    def approve_and_open() -> bool:
        for request in world.quota_requests():
            if request["Status"] == "PENDING":
                world.set_request_status(request["Id"], "APPROVED")  # AWS decides
        return any("token=" in url for url in browser.urls)

    qtbot.waitUntil(approve_and_open, timeout=240_000)
    jupyter = next(url for url in browser.urls if "token=" in url)
    assert requests.get(jupyter, timeout=10).status_code == 200
    print(f"\nin-app actions with browser sign-in: {user.actions}")
    assert user.actions <= IN_APP_ACTIONS_ALLOWED
    assert app.context.progress.access_key_id is None  # no access key was ever made
    [instance] = instances(world)
    assert instance["MetadataOptions"]["HttpTokens"] == "required"
    qtbot.waitUntil(lambda: not wizard.express.running, timeout=10_000)
    stop(app.workspace, TaskContext())

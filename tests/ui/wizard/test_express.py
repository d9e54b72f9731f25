"""Issue 9's acceptance: "Set up and open Jupyter" in the test world.

The whole app as `tests/world/app_world.py` builds it: moto for AWS (quota, console,
SSM and pricing additions), a real sshd playing the instance, a real Jupyter
server reached through the real tunnel, the shipped `sandbox` recipe, real
widgets offscreen.  Only the browser is a stand-in (`browser`: what the app
hands to `QDesktopServices.openUrl`), the caller's public address is made up,
and the waits are shortened through the flow's `Timing` (quota polls every
0.05–0.2 s instead of minutes).

Offscreen there is no system tray: the tray message goes through the hook
`app.py` sets, `AppContext.notify` (`InstanceGuard.notify`: the tray, or a
notice box without one); the tests put a recorder there.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import requests
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton, QWizard

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.runs import ExpressChoices, express
from fastai_launcher.flow.signin import sign_in_with_key
from fastai_launcher.flow.steps import QuotaWaiting
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.widgets.error_dialog import ErrorDialog
from fastai_launcher.ui.wizard.pages.ids import PageId
from tests.world.app_world import G_QUOTA
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, instances
from tests.world.aws_record import operations, writes
from tests.world.wizard_driver import User, open_window

#: With an access key: "Other ways to sign in", the two typed fields and at most three
#: clicks (the browser sign-in takes three: tests/e2e/test_browser_sign_in.py).
ACTIONS_ALLOWED = 6


def idle(page) -> bool:
    return not page.busy and not page.tasks


def pages_visited(wizard) -> list[int]:
    seen: list[int] = []
    wizard.currentIdChanged.connect(seen.append)
    return seen


def sign_in_as_new_user(qtbot, window: MainWindow, user: User):
    """From the first start: Next, the key typed, Sign in: the sign-in page with the panel."""
    wizard = window.wizard
    assert wizard.currentId() == int(PageId.WELCOME)
    assert not wizard.currentPage().express.isVisible()  # nobody to welcome back yet
    user.click(wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    assert wizard.currentId() == int(PageId.SIGN_IN)
    qtbot.waitUntil(lambda: idle(page), timeout=30_000)
    assert not page.express.isVisible()  # not before the credentials are valid
    user.click(page.other_ways)
    user.type_into(page.key_id, TEST_ACCESS_KEY_ID)
    user.type_into(page.secret, TEST_SECRET_ACCESS_KEY)
    user.click(page.validate)
    panel = page.express
    qtbot.waitUntil(lambda: panel.isVisible() and panel.start_button.isEnabled(), timeout=30_000)
    return panel


def test_a_new_user_types_the_key_and_clicks_three_times_to_jupyter(
    qtbot, start_app, world, browser
):
    app = start_app("en")
    window = open_window(qtbot, app)
    user = User(qtbot)
    panel = sign_in_as_new_user(qtbot, window, user)
    visited = pages_visited(window.wizard)

    user.click(panel.start_button)
    assert panel.cancel_button.isVisible() and not panel.start_button.isEnabled()
    qtbot.waitUntil(lambda: bool(browser.urls), timeout=180_000)
    [url] = browser.urls
    assert "token=" in url and panel.jupyter_url == url
    assert requests.get(url, timeout=10).status_code == 200
    # The browser was handed a local page readable only by the user, not the token.
    [page] = browser.files
    assert "token" not in page
    assert oct(Path(QUrl(page).toLocalFile()).stat().st_mode & 0o777) == "0o600"
    print(f"\nuser actions from the first start to Jupyter: {user.actions}")
    assert user.actions <= ACTIONS_ALLOWED

    # The wizard went through the guide's pages as the run did its steps.
    steps = [PageId.QUOTA, PageId.KEY, PageId.LAUNCH, PageId.CONNECT, PageId.INSTALL]
    assert [PageId(i) for i in visited if i in steps] == steps
    qtbot.waitUntil(lambda: not window.wizard.express.running, timeout=10_000)
    install = window.wizard.currentPage()
    assert window.wizard.currentId() == int(PageId.INSTALL)
    qtbot.waitUntil(install.isComplete, timeout=10_000)  # the page caught up: installed
    [instance] = instances(world)
    assert instance["State"]["Name"] == "running"
    assert app.context.settings.autostop_enabled  # the default, shown ticked beside the button
    assert not app.context.progress.express_pending
    stop(app.workspace, TaskContext())


def test_short_of_quota_it_files_one_request_waits_across_a_restart_and_carries_on(
    qtbot, start_app, world, browser
):
    world.set_quota(G_QUOTA, 0)  # a new account
    first = start_app("en")
    window = open_window(qtbot, first)
    panel = sign_in_as_new_user(qtbot, window, User(qtbot))
    wizard = window.wizard
    panel.start_button.click()
    qtbot.waitUntil(lambda: isinstance(wizard.express.status, QuotaWaiting), timeout=60_000)
    [request] = world.quota_requests()
    assert request["Status"] == "PENDING"
    assert first.context.progress.quota_request_id == request["Id"]
    assert first.context.progress.key_name  # the key was made and imported meanwhile
    assert wizard.currentId() == int(PageId.QUOTA)
    row = wizard.currentPage().progress_row
    # The page checks the quota on arrival; then its progress row follows the run again.
    qtbot.waitUntil(lambda: row.isVisible() and "Waiting for AWS" in row.step.text())
    shown = row.step.text()
    assert shown.startswith("Waiting for AWS to approve your GPU quota (requested at ")
    assert "checking every 1 minute" in shown
    assert "Waiting for AWS to approve your GPU quota" in panel.status.text()
    quota_page = wizard.currentPage()
    qtbot.waitUntil(lambda: "has not decided yet" in quota_page.request_status.text())
    assert not quota_page.body.isEnabled()  # the run files and follows the request itself
    assert instances(world) == []  # nothing launched before the approval

    # The user quits while AWS has not decided; the next start carries on waiting.
    assert first.context.progress.express_pending
    window.close()
    first.close()
    notices: list[tuple[str, str]] = []
    second = start_app("en")
    second.context.notify = lambda title, body: notices.append((title, body))
    window = open_window(qtbot, second)
    wizard = window.wizard
    qtbot.waitUntil(lambda: isinstance(wizard.express.status, QuotaWaiting), timeout=30_000)
    assert wizard.currentId() == int(PageId.QUOTA)
    assert notices == []
    # What a quit would leave behind once the run is past the quota wait.
    pending_at: dict[int, bool] = {}
    wizard.express.page_reached.connect(
        lambda page: pending_at.setdefault(page, second.context.progress.express_pending)
    )
    world.set_request_status(request["Id"], "APPROVED")  # AWS decides, later

    qtbot.waitUntil(lambda: bool(browser.urls), timeout=180_000)
    [url] = browser.urls
    assert requests.get(url, timeout=10).status_code == 200
    assert [r["Id"] for r in world.quota_requests()] == [request["Id"]]  # filed once
    assert notices and notices[0][0] == "GPU quota approved"  # the tray's message
    assert len(instances(world)) == 1
    qtbot.waitUntil(lambda: not wizard.express.running, timeout=10_000)
    assert not second.context.progress.express_pending
    assert pending_at[int(PageId.INSTALL)] is False  # a quit while installing resumes nothing
    stop(second.workspace, TaskContext())

    # Stopped as the guide says: the next start leaves it stopped until the user clicks.
    window.close()
    second.close()
    third = start_app("en")
    wizard = open_window(qtbot, third).wizard
    qtbot.wait(1_000)
    assert not wizard.express.running
    assert [i["State"]["Name"] for i in instances(world)] == ["stopped"]


def test_pressed_again_with_everything_up_it_only_reads_and_opens_the_browser_at_once(
    qtbot, start_app, world, browser
):
    # Arranged through the flow: an earlier express run that got as far as Jupyter.
    first = start_app("en")
    ws = first.workspace
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    express(ws, ctx, ExpressChoices(region=world.region, recipe="sandbox"))
    first.close()  # the app quit; the instance, the course and Jupyter stay up

    # Back: the home view; "Set up again" leads to the welcome page with the button.
    app = start_app("en")
    window = open_window(qtbot, app)
    home = window.home
    assert home is not None and home.isVisible()
    qtbot.waitUntil(
        lambda: home.refresh_task is not None and home.refresh_task.done, timeout=30_000
    )
    user = User(qtbot)
    user.click(home.setup_button)
    wizard = window.wizard
    assert wizard.currentId() == int(PageId.WELCOME)
    panel = wizard.currentPage().express
    qtbot.waitUntil(lambda: panel.run.options is not None, timeout=30_000)
    assert panel.start_button.isEnabled()
    assert panel.instance_type.currentData() == "g4dn.xlarge"
    assert "$" in panel.instance_type.currentText()  # the price per hour beside the type
    assert panel.recipe.currentData() == "sandbox"

    with operations() as done:
        started = time.monotonic()
        user.click(panel.start_button)
        qtbot.waitUntil(lambda: bool(browser.urls), timeout=5_000)
        took = time.monotonic() - started
        qtbot.waitUntil(lambda: not wizard.express.running, timeout=10_000)
    print(f"\nsecond press to the browser: {took:.2f} s; AWS calls: {sorted(set(done))}")
    assert requests.get(browser.urls[0], timeout=10).status_code == 200
    assert done and writes(done) == []  # only reads: nothing new in AWS
    assert len(instances(world)) == 1 and world.quota_requests() == []
    assert len(world.client("ec2").describe_key_pairs()["KeyPairs"]) == 1
    stop(app.workspace, TaskContext())


def test_a_refused_quota_request_says_what_to_do_and_launches_nothing(
    qtbot, start_app, world, browser
):
    world.set_quota(G_QUOTA, 0)
    app = start_app("en")
    notices: list[tuple[str, str]] = []
    app.context.notify = lambda title, body: notices.append((title, body))
    window = open_window(qtbot, app)
    panel = sign_in_as_new_user(qtbot, window, User(qtbot))
    run = window.wizard.express
    panel.start_button.click()
    qtbot.waitUntil(lambda: isinstance(run.status, QuotaWaiting), timeout=60_000)
    [request] = world.quota_requests()
    world.set_request_status(request["Id"], "DENIED")

    qtbot.waitUntil(lambda: not run.running, timeout=30_000)
    [(title, body)] = notices
    assert title == "GPU quota not approved"
    assert "support case" in body and "another instance type or region" in body
    dialog = window.wizard.findChild(ErrorDialog)
    assert dialog is not None and dialog.isVisible()
    assert "support case" in dialog.next_action.text()
    dialog.close()
    assert "did not approve" in panel.status.text()  # and the panel says why it stopped
    assert instances(world) == [] and browser.urls == []
    assert not app.context.progress.express_pending
    assert app.context.progress.quota_request_id is None  # a new request may be filed


def test_cancel_on_the_page_after_the_launch_offers_to_stop_the_instance(
    qtbot, start_app, world, browser
):
    app = start_app("en")
    window = open_window(qtbot, app)
    panel = sign_in_as_new_user(qtbot, window, User(qtbot))
    wizard = window.wizard
    panel.start_button.click()
    qtbot.waitUntil(lambda: wizard.currentId() == int(PageId.CONNECT), timeout=60_000)
    row = wizard.currentPage().progress_row
    assert row.isVisible()
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)  # the page's own Cancel

    qtbot.waitUntil(lambda: wizard.express.confirmation is not None, timeout=30_000)
    box = wizard.express.confirmation
    [instance] = instances(world)
    assert instance["InstanceId"] in box.text()
    stop_it = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
    qtbot.mouseClick(stop_it, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.express.running, timeout=60_000)
    assert instances(world)[0]["State"]["Name"] == "stopped"
    assert wizard.currentId() == int(PageId.STOP)
    stop_page = wizard.currentPage()
    qtbot.waitUntil(stop_page.isComplete, timeout=30_000)  # it shows the stopped instance
    assert browser.urls == [] and panel.jupyter_url is None


def test_without_host_keys_on_the_console_the_run_asks_once_and_carries_on(
    qtbot, start_app, world, browser
):
    app = start_app("en")
    ws = app.workspace
    ws.timing = dataclasses.replace(ws.timing, console_timeout=0.3)
    window = open_window(qtbot, app)
    panel = sign_in_as_new_user(qtbot, window, User(qtbot))

    def boots_without_keys_on_its_console(**call):
        for instance in call["parsed"].get("Instances", []):
            world.set_console_output(instance["InstanceId"], "cloud-init is still running\n")

    ws.client("ec2").meta.events.register(
        "after-call.ec2.RunInstances", boots_without_keys_on_its_console
    )
    panel.start_button.click()
    run = window.wizard.express
    qtbot.waitUntil(lambda: run.confirmation is not None, timeout=180_000)
    box = run.confirmation
    assert box.objectName() == "confirm_host_key" and "SHA256:" in box.text()
    assert box.defaultButton().objectName() == "cancel"
    with operations() as done:
        box.findChild(QPushButton, "trust").click()
        qtbot.waitUntil(lambda: bool(browser.urls), timeout=180_000)
    assert "ec2:GetConsoleOutput" not in done  # carried on without waiting again
    assert "ec2:RunInstances" not in done  # the same instance
    assert ws.host_key_check == "confirmed"
    assert requests.get(browser.urls[0], timeout=10).status_code == 200
    qtbot.waitUntil(lambda: not run.running, timeout=10_000)
    stop(ws, TaskContext())

"""Progress survives restarts: closing the app on any page and starting it again
resumes there, with the region, key, instance and pinned host key remembered,
and no secret in the saved files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fastai_launcher.core import state
from fastai_launcher.core.state import SavedProgress
from fastai_launcher.flow import Step
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.wizard.pages.ids import PageId
from fastai_launcher.ui.wizard.wizard import LauncherWizard
from tests.world.app_world import G_QUOTA
from tests.world.aws import TEST_SECRET_ACCESS_KEY
from tests.world.wizard_driver import WizardDriver


def open_window(qtbot, app):
    window = MainWindow(app.context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(window, app):
    """The user closes the window and the app quits (tasks and connections end)."""
    window.close()
    app.close()


def instances(world):
    reservations = world.client("ec2").describe_instances()["Reservations"]
    return [i for r in reservations for i in r["Instances"]]


def test_closed_after_the_launch_a_new_start_resumes_at_connect_with_the_same_instance(
    qtbot, start_app, world, browser
):
    first = start_app()
    window = open_window(qtbot, first)
    run = WizardDriver(window, world, wait=lambda p, t: qtbot.waitUntil(p, timeout=t))
    run.welcome()
    run.sign_in()
    run.quota()
    run.key()
    run.launch()
    [launched] = instances(world)
    close(window, first)

    saved = first.context.paths.state_file.read_text()
    assert TEST_SECRET_ACCESS_KEY not in saved
    progress = state.load(SavedProgress, first.context.paths.state_file)
    assert progress.instance_id == launched["InstanceId"]
    assert progress.region == world.region and progress.key_name and progress.key_path

    again = start_app()  # a new context and workspace from the same files
    window = open_window(qtbot, again)
    wizard = window.wizard
    assert wizard.currentId() == int(PageId.CONNECT)
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=60_000)  # signed in again from the keyring
    assert page.connection.instance_id == launched["InstanceId"]
    assert page.connection.verified_by == "console"
    assert [i["InstanceId"] for i in instances(world)] == [launched["InstanceId"]]
    assert len(world.client("ec2").describe_key_pairs()["KeyPairs"]) == 1
    close(window, again)

    # The host key is pinned now: the next start goes on from the install page
    # and connects without looking at the console again.
    third = start_app()
    window = open_window(qtbot, third)
    assert window.wizard.currentId() == int(PageId.INSTALL)
    assert launched["InstanceId"] in third.context.paths.known_hosts.read_text()
    run = WizardDriver(window, world, wait=lambda p, t: qtbot.waitUntil(p, timeout=t))
    assert run.install() == browser.urls[-1]
    assert third.workspace.host_key_check == "pinned"
    assert len(instances(world)) == 1


def test_closed_on_the_quota_page_before_anything_was_asked_it_resumes_there(
    qtbot, start_app, world
):
    world.set_quota(G_QUOTA, 0)
    first = start_app("ko")
    window = open_window(qtbot, first)
    run = WizardDriver(window, world, wait=lambda p, t: qtbot.waitUntil(p, timeout=t))
    run.welcome()
    run.sign_in()
    run.next(PageId.QUOTA)
    run.settle(window.wizard.currentPage())
    close(window, first)
    assert world.quota_requests() == []

    again = start_app("ko")
    window = open_window(qtbot, again)
    assert window.wizard.currentId() == int(PageId.QUOTA)
    page = window.wizard.currentPage()
    qtbot.waitUntil(lambda: page.status is not None, timeout=30_000)
    assert page.short and page.request_button.isVisible()


@pytest.mark.parametrize(
    ("saved", "page"),
    [
        (Step.WELCOME, PageId.WELCOME),
        (Step.SIGN_IN, PageId.SIGN_IN),
        (Step.QUOTA, PageId.QUOTA),
        (Step.KEY, PageId.KEY),
        (Step.LAUNCH, PageId.LAUNCH),
        (Step.CONNECT, PageId.CONNECT),
        (Step.INSTALL, PageId.INSTALL),
        (Step.JUPYTER, PageId.INSTALL),  # Jupyter opens on the install page
        (Step.STOP, PageId.STOP),
        (Step.DONE, PageId.STOP),
    ],
)
def test_the_wizard_starts_on_the_page_of_the_saved_step(qtbot, launcher_context, saved, page):
    launcher_context.progress.last_step = saved.value
    wizard = LauncherWizard(launcher_context)
    qtbot.addWidget(wizard)
    assert wizard.startId() == int(page)


def test_an_unknown_saved_step_starts_at_the_welcome_page(qtbot, launcher_context):
    launcher_context.progress.last_step = "from-a-newer-version"
    wizard = LauncherWizard(launcher_context)
    qtbot.addWidget(wizard)
    assert wizard.startId() == int(PageId.WELCOME)


def test_a_finished_setup_opens_on_the_home_view_and_set_up_again_shows_the_wizard(
    qtbot, launcher_context
):
    launcher_context.progress.setup_done = True
    launcher_context.progress.last_step = Step.DONE.value
    window = MainWindow(launcher_context)
    qtbot.addWidget(window)
    window.show()
    home = window.home
    assert home is not None and home.isVisible() and not window.wizard.isVisible()
    qtbot.waitUntil(lambda: home.refresh_task is not None and home.refresh_task.done)
    assert "set up the app first" in home.status.text()  # no region saved in this one
    qtbot.mouseClick(home.setup_button, Qt.MouseButton.LeftButton)
    assert window.wizard.isVisible() and not home.isVisible()
    assert window.wizard.currentId() == int(PageId.WELCOME)
    assert launcher_context.progress.last_step == Step.DONE.value  # still set up

"""The home view in the test world: a card per app instance with what it costs,
one click from a stopped instance to Jupyter answering through the tunnel, and
Stop only after the user confirms."""

from __future__ import annotations

from datetime import timedelta

import requests
from PySide6.QtCore import Qt, QUrl

from fastai_launcher.core.money import cost_of_running, usd
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.browser_signin import sign_in_with_browser
from fastai_launcher.flow.instances import InstanceAction
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ui.home.view import HomeView
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.aws_record import operations
from tests.world.aws_signin import SigninWorld


def launch_in_world(app, region, *, stopped):
    """What the wizard leaves behind: signed in (key in the keyring), an instance."""
    ws, ctx = app.workspace, TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, region)
    ws.update(recipe="sandbox")
    info = launch(ws, ctx)
    if stopped:
        stop(ws, ctx)
    return info.instance_id


def state_of(world, instance_id):
    found = world.client("ec2").describe_instances(InstanceIds=[instance_id])
    return found["Reservations"][0]["Instances"][0]["State"]["Name"]


def show_home(qtbot, app):
    home = HomeView(app.context)
    qtbot.addWidget(home)
    home.resize(860, 660)
    home.show()  # showing it looks for the instances
    # Whoever waits for the refresh (the user, a test) finds every card on screen
    # at the moment it reports its result, not one queued event later.
    hidden_at_result: list[str] = []
    home.refresh_task.succeeded.connect(
        lambda _views: hidden_at_result.extend(
            instance_id for instance_id, card in home.cards.items() if not card.isVisible()
        )
    )
    qtbot.waitUntil(
        lambda: home.refresh_task is not None and home.refresh_task.done, timeout=20_000
    )
    assert hidden_at_result == []
    return home


def wait_idle(qtbot, home, instance_id, timeout=60_000):
    qtbot.waitUntil(lambda: instance_id not in home.tasks, timeout=timeout)
    qtbot.waitUntil(lambda: home.refresh_task.done, timeout=20_000)


def test_one_click_takes_a_stopped_instance_to_jupyter_and_stop_asks_first(
    qtbot, start_app, world, browser
):
    instance_id = launch_in_world(start_app(), world.region, stopped=True)
    app = start_app()  # the app starts again: signed out, only the saved files
    home = show_home(qtbot, app)

    card = home.cards[instance_id]
    assert card.values["state"].text() == "stopped"
    assert card.values["type"].text() == "g4dn.xlarge"
    assert card.values["region"].text() == "US West (Oregon) (us-west-2)"
    assert "none while stopped" in card.values["address"].text()
    quote = card.view.quote
    assert quote is not None  # the price table shipped with the app
    assert card.values["cost"].text() == (
        f"stopped: only its disk is billed, about {usd(quote.stopped_monthly_usd)} a month"
    )
    enabled = {a for a, button in card.buttons.items() if button.isEnabled()}
    assert enabled == {InstanceAction.START, InstanceAction.JUPYTER, InstanceAction.UPDATE}

    qtbot.mouseClick(card.buttons[InstanceAction.JUPYTER], Qt.MouseButton.LeftButton)
    assert card.cancel_button.isVisible() and not card.buttons[InstanceAction.JUPYTER].isEnabled()
    qtbot.waitUntil(lambda: bool(browser.urls), timeout=90_000)
    wait_idle(qtbot, home, instance_id)
    assert browser.urls == [home.last_url]
    assert requests.get(home.last_url, timeout=10).status_code == 200
    assert state_of(world, instance_id) == "running"
    assert card.values["state"].text() == "running"
    assert card.values["address"].text() == app.workspace.instance.public_ip
    assert "Jupyter is open in your browser" in card.note.text()
    assert app.workspace.host_key_check == "console"
    token = home.last_url.partition("token=")[2]
    assert token and token not in app.context.paths.state_file.read_text()

    qtbot.mouseClick(card.buttons[InstanceAction.STOP], Qt.MouseButton.LeftButton)
    box = home.stop_confirmation
    assert box is not None and "still billed while stopped: about $" in box.informativeText()
    assert "never terminates (deletes)" in box.informativeText()
    qtbot.mouseClick(_confirm(box), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, home, instance_id)
    assert state_of(world, instance_id) == "stopped"
    assert card.values["state"].text() == "stopped"
    assert app.workspace.tunnel is None


def test_a_refresh_asks_aws_once_for_the_instances(qtbot, start_app, world):
    instance_id = launch_in_world(start_app(), world.region, stopped=True)
    app = start_app()
    home = show_home(qtbot, app)  # signs in again from the keyring
    with operations() as done:
        home.refresh()
        qtbot.waitUntil(lambda: home.refresh_task.done, timeout=20_000)
    assert done == ["ec2:DescribeInstances"]  # the saved instance is among those listed
    assert list(home.cards) == [instance_id] and app.workspace.instance.instance_id == instance_id


def _confirm(box):
    return next(b for b in box.buttons() if b.objectName() == "stop")


def test_stop_cancelled_in_the_confirmation_keeps_it_running_and_cost_grows(
    qtbot, start_app, world
):
    app = start_app()
    instance_id = launch_in_world(app, world.region, stopped=False)
    home = show_home(qtbot, app)
    card = home.cards[instance_id]
    enabled = {a for a, button in card.buttons.items() if button.isEnabled()}
    assert enabled == {
        InstanceAction.CONNECT,
        InstanceAction.JUPYTER,
        InstanceAction.UPDATE,
        InstanceAction.STOP,
    }

    launched = card.view.info.launch_time
    card.tick(launched + timedelta(minutes=65))
    hourly = card.view.quote.running_hourly_usd
    assert card.values["cost"].text() == (
        f"{usd(cost_of_running(hourly, 65 * 60))} so far, at about {usd(hourly)} an hour"
    )
    assert "1 " in card.values["running"].text() and "5 " in card.values["running"].text()

    qtbot.mouseClick(card.buttons[InstanceAction.STOP], Qt.MouseButton.LeftButton)
    box = home.stop_confirmation
    cancel = next(b for b in box.buttons() if b.objectName() == "cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.stop_confirmation is None)
    assert home.tasks == {}
    assert state_of(world, instance_id) == "running"
    stop(app.workspace, TaskContext())


def test_without_an_instance_it_says_how_to_get_one_and_leads_back_to_the_wizard(
    qtbot, start_app, world
):
    app = start_app()
    sign_in_with_key(app.workspace, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(app.workspace, TaskContext(), world.region)
    home = show_home(qtbot, app)
    assert home.cards == {}
    assert "no instance in this region" in home.status.text()
    with qtbot.waitSignal(home.setup_requested, timeout=1000):
        qtbot.mouseClick(home.setup_button, Qt.MouseButton.LeftButton)


def test_a_stop_after_the_browser_sign_in_ended_asks_for_it_in_one_click_then_stops(
    qtbot, start_app, world, browser
):
    """Expiry never costs money: the sign-in of 12 hours is over, the student presses
    Stop; one more click signs in again in the browser and the instance stops."""
    signin_world = SigninWorld(world.endpoint)  # the app's world runs in a child process
    app = start_app()
    ws, ctx = app.workspace, TaskContext()
    ws.update(region=world.region)
    browser.signs_in_as = "student"
    signin_world.set_expires_in(60)  # botocore refreshes the keys before every use
    sign_in_with_browser(ws, ctx, lambda url: browser.open(QUrl(url)) or True)
    ws.update(recipe="sandbox")
    instance_id = launch(ws, ctx).instance_id
    home = show_home(qtbot, app)
    signin_world.end_sessions("TOKEN_EXPIRED")  # 12 hours later

    qtbot.mouseClick(
        home.cards[instance_id].buttons[InstanceAction.STOP], Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(_confirm(home.stop_confirmation), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            home.stop_confirmation is not None
            and home.stop_confirmation.objectName() == "sign_in_again"
        ),
        timeout=30_000,
    )
    box = home.stop_confirmation
    assert instance_id in box.text() and "idle alarm" in box.informativeText()
    assert state_of(world, instance_id) == "running"
    browser.urls.clear()
    with operations() as done:
        qtbot.mouseClick(
            next(b for b in box.buttons() if b.objectName() == "sign_in_and_stop"),
            Qt.MouseButton.LeftButton,
        )
        qtbot.waitUntil(lambda: state_of(world, instance_id) == "stopped", timeout=60_000)
    assert "ec2:StopInstances" in done
    assert any("code_challenge=" in url for url in browser.urls)  # the browser sign-in

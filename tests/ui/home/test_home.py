"""The home view in the test world: a card per app instance with what it costs,
one click from a stopped instance to Jupyter answering through the tunnel, and
Stop only after the user confirms."""

from __future__ import annotations

import os
import shutil
from datetime import timedelta

import requests
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from fastai_launcher.core.money import cost_of_running, usd
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.browser_signin import sign_in_with_browser
from fastai_launcher.flow.connect import add_ssh_config, connect
from fastai_launcher.flow.install import install
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
    enabled = card.enabled_actions()
    assert enabled == {InstanceAction.START, InstanceAction.JUPYTER, InstanceAction.UPDATE}

    qtbot.mouseClick(card.buttons[InstanceAction.JUPYTER], Qt.MouseButton.LeftButton)
    assert card.cancel_button.isVisible() and not card.buttons[InstanceAction.JUPYTER].isEnabled()
    qtbot.waitUntil(lambda: bool(browser.urls), timeout=90_000)
    wait_idle(qtbot, home, instance_id)
    assert browser.urls == [home.last_url]
    assert requests.get(home.last_url, timeout=10).status_code == 200
    assert state_of(world, instance_id) == "running"
    assert card.values["state"].text() == "running: it costs money every hour"
    assert card.values["address"].text() == app.workspace.instance.public_ip
    assert "Jupyter is open in your browser" in card.note.text()
    assert app.workspace.host_key_check == "console"
    token = home.last_url.partition("token=")[2]
    assert token and token not in app.context.paths.state_file.read_text()

    qtbot.mouseClick(card.buttons[InstanceAction.STOP], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.stop_confirmation is not None, timeout=20_000)
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
    enabled = card.enabled_actions()
    assert enabled == {InstanceAction.DOWNLOAD} | {
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
    qtbot.waitUntil(lambda: home.stop_confirmation is not None, timeout=20_000)
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
    qtbot.waitUntil(lambda: home.stop_confirmation is not None, timeout=20_000)
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


def connected_with_course(app, world):
    """A running instance, connected, with the course installed (what Jupyter leaves)."""
    instance_id = launch_in_world(app, world.region, stopped=False)
    ws, ctx = app.workspace, TaskContext()
    connect(ws, ctx)
    install(ws, ctx)
    return instance_id


def test_update_course_says_first_what_it_keeps_then_names_the_folder(
    qtbot, start_app, world, sshd, course
):
    app = start_app()
    instance_id = connected_with_course(app, world)
    lesson = sshd.home / course.folder / "nbs" / "lesson1.ipynb"
    lesson.write_text('{"cells": ["my edit"]}\n')
    home = show_home(qtbot, app)
    card = home.cards[instance_id]

    card.menu_actions[InstanceAction.UPDATE].trigger()
    qtbot.waitUntil(lambda: home.update_confirmation is not None, timeout=30_000)
    box = home.update_confirmation
    assert "nbs/lesson1.ipynb" in box.informativeText()
    assert "~/my-work/" in box.informativeText() and "starts it first" not in box.informativeText()
    next(b for b in box.buttons() if b.objectName() == "update").click()
    wait_idle(qtbot, home, instance_id, timeout=120_000)
    note = card.note.text()
    assert "copied first to ~/my-work/" in note, note
    folder = note.split("~/", 1)[1].split(":", 1)[0]
    try:
        assert (
            sshd.home / folder / "nbs" / "lesson1.ipynb"
        ).read_text() == '{"cells": ["my edit"]}\n'
        assert lesson.read_text() == '{"cells": ["my edit"]}\n'  # never stashed away
    finally:
        shutil.rmtree(sshd.home / "my-work", ignore_errors=True)
    stop(app.workspace, TaskContext())


def test_stop_offers_to_download_the_changed_notebooks_first(
    qtbot, start_app, world, sshd, course, isolated_home
):
    app = start_app()
    instance_id = connected_with_course(app, world)
    (sshd.home / course.folder / "nbs" / "mine.ipynb").write_text('{"cells": ["mine"]}\n')
    home = show_home(qtbot, app)
    card = home.cards[instance_id]
    assert "stay there while it is stopped" in card.work.text()
    assert "kernel's variables are lost" in card.work.text()

    qtbot.mouseClick(card.buttons[InstanceAction.STOP], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.stop_confirmation is not None, timeout=30_000)
    box = home.stop_confirmation
    first = box.checkBox()
    assert first is not None and first.isChecked()
    assert first.text().replace("&", "") == "Download 1 changed notebook to this computer first"
    qtbot.mouseClick(_confirm(box), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of(world, instance_id) == "stopped", timeout=120_000)
    [copied] = (isolated_home / "fastai-notebooks").rglob("mine.ipynb")
    assert copied.read_text() == '{"cells": ["mine"]}\n'


def test_the_month_s_spending_and_the_gpu_are_shown_while_it_runs(
    qtbot, start_app, world, sshd, course
):
    app = start_app()
    instance_id = connected_with_course(app, world)
    sshd.play_nvidia_smi("37, 3174, 15360\n")
    home = show_home(qtbot, app)
    assert home.month.isVisible()
    month = home.month.text()
    assert "This month: about $" in month and "(GPU $" in month and "disk $" in month
    assert "console.aws.amazon.com/billing" in month  # where AWS's exact bill is
    assert home.gpu.active  # polled while the window shows
    home.gpu.poll()
    card = home.cards[instance_id]
    qtbot.waitUntil(lambda: "37 % busy" in card.values["gpu"].text(), timeout=30_000)
    assert "3.1 of 15.0 GB memory" in card.values["gpu"].text()
    home.hide()
    assert not home.gpu.active  # never while hidden
    stop(app.workspace, TaskContext())


def test_open_in_vs_code_shows_only_where_vs_code_is_and_uses_the_pinned_host(
    qtbot, start_app, world, sshd, course, tmp_path, monkeypatch, browser
):
    app = start_app()
    instance_id = connected_with_course(app, world)
    home = show_home(qtbot, app)
    card = home.cards[instance_id]
    assert not card.vscode_action.isVisible()  # no VS Code here
    add_ssh_config(app.workspace, TaskContext())  # the pinned `Host fastai` entry
    # VS Code cannot run here: a stand-in `code` on the PATH says it is installed.
    (tmp_path / "code").write_text("#!/bin/sh\nexit 0\n")
    (tmp_path / "code").chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:{os.environ['PATH']}")
    home.refresh()
    qtbot.waitUntil(lambda: home.refresh_task.done, timeout=20_000)
    assert card.vscode_action.isVisible()
    opened: list[str] = []
    catcher = UrlRecorder(opened)
    QDesktopServices.setUrlHandler("vscode", catcher, "open")
    try:
        card.vscode_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("vscode")
    assert opened == [
        f"vscode://vscode-remote/ssh-remote+fastai/home/{sshd.user}/{course.notebooks}"
    ]
    stop(app.workspace, TaskContext())


class UrlRecorder(QObject):
    def __init__(self, opened: list[str]) -> None:
        super().__init__()
        self.opened = opened

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_in_korean_the_card_says_where_the_work_is_the_month_and_the_gpu(
    qtbot, start_app, world, sshd, course
):
    app = start_app("ko")
    instance_id = connected_with_course(app, world)
    sshd.play_nvidia_smi("37, 3174, 15360\n")
    home = show_home(qtbot, app)
    card = home.cards[instance_id]
    assert "이번 달: 약 $" in home.month.text() and "결제 및 비용 관리 콘솔" in home.month.text()
    assert "중지해도 그대로 남지만" in card.work.text()
    home.gpu.poll()
    qtbot.waitUntil(lambda: "사용률 37 %" in card.values["gpu"].text(), timeout=30_000)
    assert card.menu_actions[InstanceAction.DOWNLOAD].text() == "내 노트북 다운로드"

    card.menu_actions[InstanceAction.UPDATE].trigger()
    qtbot.waitUntil(lambda: home.update_confirmation is not None, timeout=30_000)
    box = home.update_confirmation
    assert "강의를 업데이트할까요?" in box.text()
    assert "바꾼 것이 없습니다" in box.informativeText()  # nothing edited: nothing to keep
    next(b for b in box.buttons() if b.objectName() == "cancel").click()
    qtbot.mouseClick(card.buttons[InstanceAction.STOP], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.stop_confirmation is not None, timeout=30_000)
    assert "중지할까요?" in home.stop_confirmation.text()
    qtbot.mouseClick(_confirm(home.stop_confirmation), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state_of(world, instance_id) == "stopped", timeout=60_000)

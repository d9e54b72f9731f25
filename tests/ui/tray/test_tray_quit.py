"""Closing, quitting and logging out while the instance runs: each answer leaves
the instance in the expected state in the AWS test world (moto).

The quit itself is handed to the guard as `quit_app` (the test session's one
QApplication must not quit); the test checks it was asked for.
"""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from fastai_launcher.core import state
from fastai_launcher.core.state import Settings
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.ui.tray.watch import PollTiming
from tests.world.qt import HARMLESS_QT_MESSAGES
from tests.world.tray_world import (  # noqa: F401
    dialog,
    launch_in_world,
    make_setup_fixture,
    press,
    state_in_world,
)

OFFSCREEN_TRAY = (r"systemTrayWindowChanged", *HARMLESS_QT_MESSAGES)


@pytest.mark.parametrize(
    ("answer", "instance", "quits"),
    [
        ("cancel", "running", []),
        ("keep_running", "running", ["quit"]),
        ("stop", "stopped", ["quit"]),
    ],
)
def test_quit_from_the_tray_asks_stop_keep_running_or_cancel(
    make_setup, qtbot, answer, instance, quits
):
    setup = make_setup()

    setup.guard.tray.quit.trigger()
    box = dialog(qtbot, "quit_dialog")
    assert "still running" in box.text() and setup.instance_id in box.informativeText()
    press(qtbot, box, answer)

    if answer == "stop":
        qtbot.waitUntil(lambda: setup.quits == ["quit"], timeout=10_000)
    else:
        qtbot.wait(200)
    assert setup.quits == quits
    qtbot.waitUntil(lambda: setup.state() == instance, timeout=10_000)


def test_quit_with_the_instance_stopped_asks_nothing(make_setup, qtbot):
    setup = make_setup()
    setup.world.client("ec2").stop_instances(InstanceIds=[setup.instance_id])
    setup.guard.watch.poke()
    qtbot.waitUntil(lambda: setup.guard.status.state == "stopped", timeout=5000)

    setup.guard.tray.quit.trigger()

    assert setup.quits == ["quit"]


def test_what_the_app_itself_launches_starts_or_stops_reaches_the_guard_at_once(
    make_setup, aws_world, qtbot
):
    setup = make_setup(timing=PollTiming(first=600, longest=600, busy=600))  # no poll for 10 min
    guard, ws, ctx = setup.guard, setup.context.flow, TaskContext()

    stop(ws, ctx)  # the wizard's Stop step, or the home card's
    qtbot.waitUntil(lambda: guard.status.state == "stopped", timeout=5000)
    assert not guard.status.running  # what Quit and Close go by: nothing to ask

    # A launch saves its instance id as soon as RunInstances answers, long before
    # the instance runs; from then on, quitting asks.
    launched, _ = launch_in_world(aws_world)
    ws.update(instance_id=launched)
    qtbot.waitUntil(
        lambda: guard.status.instance is not None and guard.status.instance.instance_id == launched,
        timeout=5000,
    )
    assert guard.status.running
    setup.guard.tray.quit.trigger()
    press(qtbot, dialog(qtbot, "quit_dialog"), "cancel")
    assert setup.quits == []
    stop(ws, ctx)


def test_another_app_instance_running_while_the_saved_one_is_stopped_is_the_one_watched(
    make_setup, aws_world, qtbot
):
    setup = make_setup()
    ec2 = aws_world.client("ec2")
    ec2.stop_instances(InstanceIds=[setup.instance_id])
    other, _ = launch_in_world(aws_world)  # launched from another computer
    setup.guard.watch.poke()

    def watched() -> str | None:
        shown = setup.guard.status.instance
        return shown.instance_id if shown is not None and setup.guard.status.running else None

    qtbot.waitUntil(lambda: watched() == other, timeout=10_000)
    assert setup.context.progress.instance_id == setup.instance_id  # the app's own stays
    setup.guard.tray.quit.trigger()
    press(qtbot, dialog(qtbot, "quit_dialog"), "stop")
    qtbot.waitUntil(lambda: setup.quits == ["quit"], timeout=10_000)
    qtbot.waitUntil(lambda: state_in_world(aws_world, other) == "stopped", timeout=10_000)
    assert state_in_world(aws_world, setup.instance_id) == "stopped"


def test_without_a_tray_closing_the_window_never_hides_the_app(make_setup, qtbot, app_paths):
    setup = make_setup()  # offscreen: no system tray
    window, banner = setup.window, setup.guard.banner
    assert banner.isVisible()
    assert banner.hint.isVisible() and "AppIndicator" in banner.hint.text()
    assert state.load(Settings, app_paths.settings_file).tray_hint_shown  # said once

    window.close()

    assert window.isVisible()
    press(qtbot, dialog(qtbot, "quit_dialog"), "cancel")
    assert window.isVisible() and setup.quits == []
    assert QApplication.quitOnLastWindowClosed()

    # The banner's Stop works as the tray's does.
    qtbot.mouseClick(banner.stop, Qt.MouseButton.LeftButton)
    press(qtbot, dialog(qtbot, "stop_dialog"), "stop")
    qtbot.waitUntil(lambda: setup.state() == "stopped", timeout=10_000)
    qtbot.waitUntil(lambda: "stopped" in banner.headline.text(), timeout=5000)
    assert not banner.stop.isEnabled()

    window.close()  # nothing runs now: it closes
    assert not window.isVisible()


def test_the_tray_hint_is_not_said_again(make_setup, qtbot):
    setup = make_setup(settings=Settings(tray_hint_shown=True))
    assert setup.guard.banner.isVisible()
    assert not setup.guard.banner.hint.isVisible()


@pytest.mark.qt_log_ignore(*OFFSCREEN_TRAY)
def test_with_a_tray_closing_the_window_keeps_the_app_in_the_tray_and_says_so_once(
    make_setup, qtbot, app_paths
):
    setup = make_setup(tray=True)
    guard, window = setup.guard, setup.window
    assert not QApplication.quitOnLastWindowClosed()
    assert not guard.banner.isVisible()

    window.close()

    assert not window.isVisible() and setup.quits == []
    _title, body, _loud = guard.tray.last_message
    assert "tray" in body
    assert state.load(Settings, app_paths.settings_file).close_hint_shown
    guard.tray.last_message = None
    window.show()
    window.close()
    assert not window.isVisible() and guard.tray.last_message is None  # told once
    assert setup.state() == "running"


class SessionManager:
    """Stands for `QSessionManager`, which Python cannot construct (its constructor is
    private to Qt); the handler uses only these two methods."""

    def __init__(self, interaction: bool) -> None:
        self.interaction = interaction
        self.released = 0

    def allowsInteraction(self) -> bool:
        return self.interaction

    def release(self) -> None:
        self.released += 1


def answer_modal(name: str, button: str) -> QTimer:
    """Presses `button` of the modal dialog `name` once it blocks the handler."""
    timer = QTimer()

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.objectName() == name:
            timer.stop()
            modal.findChild(QPushButton, button).click()

    timer.timeout.connect(look)
    timer.start(20)
    return timer


@pytest.mark.parametrize(("button", "instance"), [("stop", "stopped"), ("keep_running", "running")])
def test_logging_out_asks_where_the_session_allows_it(make_setup, qtbot, button, instance):
    setup = make_setup()
    manager = SessionManager(interaction=True)
    timer = answer_modal("logout_dialog", button)

    setup.guard.commit_data(manager)

    timer.stop()
    assert manager.released == 1
    if instance == "stopped":
        # The handler returned once AWS had the request: it is stopping or stopped.
        assert setup.state() in ("stopping", "stopped")
    qtbot.waitUntil(lambda: setup.state() == instance, timeout=10_000)


def test_logging_out_without_interaction_leaves_it_running_unless_the_setting_says_stop(
    make_setup, qtbot
):
    setup = make_setup()
    manager = SessionManager(interaction=False)

    setup.guard.commit_data(manager)

    assert manager.released == 0
    assert setup.state() == "running"


@pytest.mark.parametrize("interaction", [False, True])
def test_stop_on_logout_stops_without_asking(make_setup, qtbot, interaction):
    setup = make_setup(settings=Settings(stop_on_logout=True))
    manager = SessionManager(interaction=interaction)

    setup.guard.commit_data(manager)

    assert QApplication.activeModalWidget() is None
    assert setup.state() in ("stopping", "stopped")
    qtbot.waitUntil(lambda: setup.state() == "stopped", timeout=10_000)


def test_ctrl_q_quits_as_the_tray_does_and_f5_looks_again(make_setup, qtbot):
    setup = make_setup()
    window = setup.window
    window.show()
    qtbot.waitUntil(lambda: "quit" in window.shortcuts, timeout=5_000)
    quit_key = window.shortcuts["quit"].shortcut().toString()
    assert quit_key == "Ctrl+Q"
    window.shortcuts["quit"].trigger()  # what the key does
    box = dialog(qtbot, "quit_dialog")  # it asks first: the instance runs
    press(qtbot, box, "cancel")
    assert setup.quits == []
    assert window.shortcuts["refresh"].shortcut().toString() == "F5"

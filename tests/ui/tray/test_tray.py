"""The tray and its reminders, stopping from the tray, and the truth from AWS —
against moto's server (the test world), with the real main window offscreen.

See `tests/world/tray_world.py`: offscreen has no system tray, so the tray's menu is
driven by triggering its QActions, as DESIGN.md says.
"""

import re

import pytest

from fastai_launcher.core.state import Settings
from fastai_launcher.ui.tray.icons import TrayState, tray_pixmap, tray_state
from tests.world.qt import HARMLESS_QT_MESSAGES
from tests.world.tray_world import MINUTE, dialog, make_setup_fixture, press  # noqa: F401

# On the offscreen platform a shown tray icon warns that it has no tray window,
# and raising a window warns that it cannot: the test that plays a desktop with
# a tray accepts these two messages (and the harmless ones of every test).
OFFSCREEN_TRAY = (r"systemTrayWindowChanged", r"does not support raise\(\)", *HARMLESS_QT_MESSAGES)


def test_the_tooltip_says_which_instance_how_long_and_what_it_cost(make_setup, qtbot):
    setup = make_setup()
    setup.clock.now = setup.launched + 65 * MINUTE
    setup.guard.tick()

    tip = setup.guard.tray.icon.toolTip()
    assert setup.instance_id in tip and "g4dn.xlarge" in tip and "running" in tip
    assert re.search(r"Running for 1 hour\S* 5 minute", tip)
    assert "$0.58 so far" in tip  # 65 min at $0.526 + $0.005 IP + 75 GB disk ($0.008) an hour
    assert "Auto-stop: off" in tip  # the world's instance has no idle alarm
    assert setup.guard.tray.stop.isEnabled() and setup.guard.tray.open_jupyter.isEnabled()


def test_the_idle_auto_stop_alarm_is_shown(make_setup, aws_world, qtbot):
    from fastai_launcher.aws.autostop import IdleStop, set_idle_stop

    setup = make_setup()
    assert "Auto-stop: off" in setup.guard.tray.icon.toolTip()
    # Set meanwhile (by the launch page, or another copy of the app); read again
    # when the state changes or after 10 minutes.
    set_idle_stop(aws_world.client("cloudwatch"), setup.instance_id, IdleStop(5.0, 30))
    setup.clock.now += 11 * MINUTE
    setup.guard.watch.poke()
    qtbot.waitUntil(
        lambda: "after 30 minutes below 5% CPU" in setup.guard.tray.icon.toolTip(), timeout=5000
    )


def test_stop_from_the_tray_asks_once_then_stops_the_instance_and_reports(make_setup, qtbot):
    setup = make_setup()
    tray = setup.guard.tray

    tray.stop.trigger()
    box = dialog(qtbot, "stop_dialog")
    assert setup.instance_id in box.text()
    press(qtbot, box, "stop")

    qtbot.waitUntil(lambda: setup.guard.status.state == "stopped", timeout=10_000)
    assert setup.state() == "stopped"
    assert "stopped" in tray.icon.toolTip()
    assert not tray.stop.isEnabled()
    # No tray offscreen: the report is in the window's banner.
    assert "Instance stopped" in setup.guard.banner.reminder.text()


def test_cancelling_the_tray_stop_keeps_the_instance_running(make_setup, qtbot):
    setup = make_setup()
    setup.guard.tray.stop.trigger()
    press(qtbot, dialog(qtbot, "stop_dialog"), "cancel")

    setup.guard.watch.poke()
    qtbot.wait(300)
    assert setup.state() == "running"
    assert setup.guard.status.state == "running"


def test_an_instance_stopped_elsewhere_shows_as_stopped_within_one_poll(make_setup, qtbot):
    setup = make_setup()
    qtbot.wait(1200)  # steady: the polls have slowed down to their longest (0.5 s here)
    assert "running" in setup.guard.tray.icon.toolTip()

    setup.world.client("ec2").stop_instances(InstanceIds=[setup.instance_id])  # the console

    qtbot.waitUntil(lambda: "stopped" in setup.guard.tray.icon.toolTip(), timeout=1000)
    assert tray_state(setup.guard.status.state) is TrayState.STOPPED


def test_polls_slow_down_while_nothing_changes_and_speed_up_after_an_action(make_setup, qtbot):
    setup = make_setup()
    watch = setup.guard.watch
    qtbot.wait(1200)
    assert watch._delay == pytest.approx(0.5)  # the longest
    watch.poke()
    assert watch._delay == pytest.approx(0.2)  # the first


def test_reminders_come_every_hour_with_the_running_time_and_cost(make_setup, qtbot):
    setup = make_setup()
    guard = setup.guard

    setup.clock.now = setup.launched + 59 * MINUTE
    guard.tick()
    assert guard.reminders.pending is None
    setup.clock.now = setup.launched + 60 * MINUTE
    guard.tick()

    reminder = guard.reminders.pending
    assert reminder is not None and not reminder.loud
    banner = guard.banner
    assert banner.isVisible() and banner.snooze.isVisible()
    assert "and has cost $0.54" in banner.reminder.text()
    assert guard.tray.snooze.isVisible()  # the tray menu offers Snooze while it is pending

    setup.clock.now = setup.launched + 120 * MINUTE
    guard.tick()
    assert "running for 2 hour" in banner.reminder.text()


def test_snooze_from_the_tray_menu_shifts_the_next_reminder_by_30_minutes(make_setup, qtbot):
    setup = make_setup()
    guard = setup.guard
    setup.clock.now = setup.launched + 60 * MINUTE
    guard.tick()

    guard.tray.snooze.trigger()

    assert not guard.tray.snooze.isVisible() and not guard.banner.snooze.isVisible()
    assert guard.reminders.schedule.next_due() == setup.launched + 150 * MINUTE
    setup.clock.now = setup.launched + 149 * MINUTE
    guard.tick()
    assert guard.reminders.pending is None
    setup.clock.now = setup.launched + 150 * MINUTE
    guard.tick()
    assert guard.reminders.pending is not None


def test_past_the_daily_threshold_the_reminder_is_the_louder_one(make_setup, qtbot):
    setup = make_setup(settings=Settings(daily_warning_hours=2))
    guard = setup.guard
    setup.clock.now = setup.launched + 60 * MINUTE
    guard.tick()
    quiet_style = guard.banner.styleSheet()
    setup.clock.now = setup.launched + 120 * MINUTE
    guard.tick()

    reminder = guard.reminders.pending
    assert reminder is not None and reminder.loud
    assert "Your GPU instance has run 2 hour" in guard.banner.reminder.text()
    assert guard.banner.styleSheet() != quiet_style  # red, not yellow


@pytest.mark.qt_log_ignore(*OFFSCREEN_TRAY)
def test_with_a_tray_reminders_are_tray_messages_and_clicking_one_opens_the_window(
    make_setup, qtbot
):
    setup = make_setup(tray=True)
    guard = setup.guard
    setup.window.hide()
    setup.clock.now = setup.launched + 60 * MINUTE
    guard.tick()

    title, body, loud = guard.tray.last_message
    assert title == "Your GPU instance is still running"
    assert "1 hour" in body and "$0.54" in body and not loud
    assert not guard.banner.isVisible()

    guard.tray.icon.messageClicked.emit()
    assert setup.window.isVisible()
    assert guard.reminders.pending is None


def test_state_icons_differ(qapp):
    images = {state: tray_pixmap(state, 32).toImage() for state in TrayState}
    assert images[TrayState.RUNNING] != images[TrayState.BUSY] != images[TrayState.STOPPED]
    assert tray_state("pending") is TrayState.BUSY and tray_state("stopping") is TrayState.BUSY


def test_without_a_tray_notices_come_as_a_message_box(make_setup, qtbot):
    setup = make_setup()

    notify = setup.context.notify  # what the express run calls (`InstanceGuard.install`)
    assert notify is not None
    notify("Quota approved", "You can launch your GPU instance now.")

    box = dialog(qtbot, "notice")
    assert box.windowTitle() == "Quota approved"
    assert box.text() == "You can launch your GPU instance now."
    box.close()


def test_the_tooltip_adds_the_month_s_spending_and_the_menu_offers_the_download(
    make_setup, aws_world, qtbot
):
    setup = make_setup()
    tray = setup.guard.tray
    assert tray.download.isEnabled()  # while the instance runs
    # The tray's own poll brings the app's ledger up to date from its one answer.
    setup.clock.now = setup.launched + 120 * MINUTE
    polled_at = setup.clock.now
    setup.guard.watch.poke()
    qtbot.waitUntil(lambda: setup.guard.status.checked_at == polled_at, timeout=10_000)
    setup.clock.now = setup.launched + 125 * MINUTE
    setup.guard.tick()
    assert re.search(
        r"This month: about \$\d+\.\d\d \(GPU \$\d+\.\d\d, disk \$", tray.icon.toolTip()
    )

    tray.stop.trigger()
    press(qtbot, dialog(qtbot, "stop_dialog"), "stop")
    qtbot.waitUntil(lambda: setup.guard.status.state == "stopped", timeout=10_000)
    assert not tray.download.isEnabled()


def test_the_tray_icon_is_drawn_for_high_density_screens_not_scaled_up():
    from PySide6.QtCore import QSize

    from fastai_launcher.ui.tray.icons import tray_icon

    for state in TrayState:
        sharp = tray_icon(state).pixmap(QSize(22, 22), 2.0)
        assert sharp.devicePixelRatio() == 2.0
        assert (sharp.width(), sharp.height()) == (44, 44)  # 44 physical pixels, drawn so
        plain = tray_pixmap(state, 22)
        assert plain.devicePixelRatio() == 1.0 and plain.width() == 22

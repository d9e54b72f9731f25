"""The settings dialog: reminder interval, louder-reminder threshold and "stop my
instance when I log off", opened from the home view and the tray menu; OK saves
them and the reminders and the logout handler use them at once, Cancel changes
nothing."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fastai_launcher.core import state
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner
from fastai_launcher.ui.tray.settings_dialog import SettingsDialog
from tests.ui.tray.test_tray_quit import SessionManager
from tests.world.qt import HARMLESS_QT_MESSAGES
from tests.world.tray_world import MINUTE, make_setup_fixture, press  # noqa: F401

# Raising the dialog already open warns offscreen that the platform cannot raise windows.
OFFSCREEN_RAISE = (r"does not support raise\(\)", *HARMLESS_QT_MESSAGES)


def settings_dialog(qtbot) -> SettingsDialog:
    found: list[SettingsDialog] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SettingsDialog) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=5000)
    assert len(found) == 1
    return found[0]


def type_into(qtbot, box, value: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box.lineEdit(), value)
    box.interpretText()


def open_from_tray(qtbot, setup) -> SettingsDialog:
    setup.guard.tray.settings.trigger()  # wired by `InstanceGuard.install`, as in the app
    return settings_dialog(qtbot)


def test_it_shows_the_saved_values(make_setup, qtbot):
    setup = make_setup(
        settings=Settings(remind_after_minutes=90, daily_warning_hours=6.0, stop_on_logout=True)
    )

    dialog = open_from_tray(qtbot, setup)

    assert dialog.windowTitle() == "Reminders and logging off"
    assert dialog.remind.value() == 90 and dialog.daily.value() == 6
    assert dialog.stop_on_logout.isChecked()
    assert "log off" in dialog.stop_on_logout.text()
    assert (dialog.remind.minimum(), dialog.remind.maximum()) == (15, 480)  # never off
    assert (dialog.daily.minimum(), dialog.daily.maximum()) == (1, 24)
    press(qtbot, dialog, "cancel")


def test_ok_saves_and_the_reminders_and_logout_use_the_new_values_at_once(
    make_setup, qtbot, app_paths
):
    setup = make_setup()
    guard = setup.guard
    dialog = open_from_tray(qtbot, setup)

    type_into(qtbot, dialog.remind, "30")
    type_into(qtbot, dialog.daily, "2")
    qtbot.mouseClick(dialog.stop_on_logout, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, "ok")

    assert not dialog.isVisible()
    saved = json.loads(app_paths.settings_file.read_text())
    assert saved["remind_after_minutes"] == 30
    assert saved["daily_warning_hours"] == 2.0
    assert saved["stop_on_logout"] is True
    assert state.load(Settings, app_paths.settings_file).remind_after_minutes == 30

    # Every 30 minutes now, not 60; louder from 2 hours a day.
    setup.clock.now = setup.launched + 29 * MINUTE
    guard.tick()
    assert guard.reminders.pending is None
    setup.clock.now = setup.launched + 30 * MINUTE
    guard.tick()
    assert guard.reminders.pending is not None and not guard.reminders.pending.loud
    setup.clock.now = setup.launched + 120 * MINUTE
    guard.tick()
    assert guard.reminders.pending is not None and guard.reminders.pending.loud

    # Logging out now stops it without asking, even where the session allows a question.
    manager = SessionManager(interaction=True)
    guard.commit_data(manager)
    assert QApplication.activeModalWidget() is None and manager.released == 0
    assert setup.state() in ("stopping", "stopped")


def test_cancel_changes_and_writes_nothing(make_setup, qtbot, app_paths):
    setup = make_setup()
    guard = setup.guard
    before = app_paths.settings_file.read_bytes() if app_paths.settings_file.exists() else None
    dialog = open_from_tray(qtbot, setup)

    type_into(qtbot, dialog.remind, "15")
    qtbot.mouseClick(dialog.stop_on_logout, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, "cancel")

    after = app_paths.settings_file.read_bytes() if app_paths.settings_file.exists() else None
    assert after == before
    settings = setup.context.settings
    assert settings.remind_after_minutes == 60 and not settings.stop_on_logout
    setup.clock.now = setup.launched + 15 * MINUTE
    guard.tick()
    assert guard.reminders.pending is None  # still hourly


def test_a_value_the_boxes_cannot_show_is_kept_unless_changed(make_setup, qtbot, app_paths):
    # A hand-edited settings file: reminders off (0), 2.5 hours.
    setup = make_setup(settings=Settings(remind_after_minutes=0, daily_warning_hours=2.5))
    dialog = open_from_tray(qtbot, setup)
    assert dialog.remind.text() == "never"  # shown as it is: no regular reminder

    qtbot.mouseClick(dialog.stop_on_logout, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, "ok")

    saved = json.loads(app_paths.settings_file.read_text())
    assert saved["remind_after_minutes"] == 0 and saved["daily_warning_hours"] == 2.5
    assert saved["stop_on_logout"] is True


@pytest.mark.qt_log_ignore(*OFFSCREEN_RAISE)
def test_the_tray_item_comes_before_quit_and_opens_one_dialog(make_setup, qtbot):
    setup = make_setup()
    names = [a.objectName() for a in setup.guard.tray.menu.actions() if a.objectName()]
    assert names.index("settings") == names.index("quit") - 1
    assert setup.guard.tray.settings.text() == "Reminders…"

    first = open_from_tray(qtbot, setup)
    setup.guard.tray.settings.trigger()  # again, while it is open

    assert settings_dialog(qtbot) is first
    press(qtbot, first, "cancel")


def test_the_home_views_settings_button_opens_it(qtbot, app_paths):
    settings = Settings(remind_after_minutes=45)
    progress = SavedProgress(setup_done=True)  # no region: the home view asks AWS nothing
    translators = Translators()
    translators.switch("en")
    context = AppContext(app_paths, settings, progress, TaskRunner(), translators)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    home = window.home
    assert home is not None and home.isVisible()
    qtbot.waitUntil(lambda: home.refresh_task is not None and home.refresh_task.done)

    assert home.settings_button.text().replace("&", "") == "Reminders…"
    qtbot.mouseClick(home.settings_button, Qt.MouseButton.LeftButton)

    dialog = settings_dialog(qtbot)
    assert dialog.parent() is window and dialog.remind.value() == 45
    press(qtbot, dialog, "cancel")
    assert context.runner.shutdown(5)
    context.flow.close()
    translators.remove()

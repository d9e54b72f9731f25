"""The tray's tests share this: an app instance in the AWS test world, the app's
context signed in with an AWS profile (as a returning user's saved progress
says), the real main window, and an `InstanceGuard` on a clock the test moves.

Offscreen there is no system tray (`QSystemTrayIcon.isSystemTrayAvailable()` is
false), so the tray's logic is driven through its menu's QActions; showing the
icon itself is left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from fastai_launcher.app import price_provider
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner
from fastai_launcher.ui.tray.guard import InstanceGuard
from fastai_launcher.ui.tray.watch import PollTiming
from tests.world.aws import DLAMI_IMAGES, write_profile

FAST_POLL = PollTiming(first=0.2, longest=0.5, factor=2.0, busy=0.1)
FAST_FLOW = Timing(instance_poll=0.02, instance_timeout=30, not_found_recheck=0.05)
MINUTE = timedelta(minutes=1)


class Clock:
    """The app's wall clock, moved by the test (reminders come after hours)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def launch_in_world(world) -> tuple[str, datetime]:
    """An app instance made by the world, standing for one the app launched earlier."""
    run = world.client("ec2").run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"],
        InstanceType="g4dn.xlarge",
        MinCount=1,
        MaxCount=1,
        TagSpecifications=[
            {
                "ResourceType": "instance",
                "Tags": [
                    {"Key": "app", "Value": "fastai-launcher"},
                    {"Key": "Name", "Value": "fastai course"},
                ],
            }
        ],
    )
    instance = run["Instances"][0]
    return instance["InstanceId"], instance["LaunchTime"]


def state_in_world(world, instance_id: str) -> str:
    found = world.client("ec2").describe_instances(InstanceIds=[instance_id])
    return found["Reservations"][0]["Instances"][0]["State"]["Name"]


def nine_in_the_morning(moment: datetime) -> timezone:
    """A time zone where `moment` is 9:00, so a test's day never ends at midnight."""
    since_midnight = moment - moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return timezone(timedelta(hours=9) - since_midnight)


@dataclass
class Setup:
    world: object
    instance_id: str
    launched: datetime
    clock: Clock
    context: AppContext
    window: MainWindow
    guard: InstanceGuard
    quits: list[str]

    def state(self) -> str:
        return state_in_world(self.world, self.instance_id)


@pytest.fixture(name="make_setup")
def make_setup_fixture(qtbot, aws_world, app_paths, isolated_home):
    """Builds the app around a running instance; `tray=True` plays a desktop with a tray."""
    write_profile(isolated_home)
    made: list[Setup] = []
    translators = Translators()

    def make(
        tray: bool = False,
        settings: Settings | None = None,
        language: str = "en",
        timing: PollTiming = FAST_POLL,
    ) -> Setup:
        translators.switch(language)
        instance_id, launched = launch_in_world(aws_world)
        settings = settings or Settings()
        progress = SavedProgress(
            profile="default", region=aws_world.region, instance_id=instance_id
        )
        workspace = Workspace(app_paths, progress, settings, home=isolated_home, timing=FAST_FLOW)
        context = AppContext(
            app_paths, settings, progress, TaskRunner(), translators, price_provider(), workspace
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        clock = Clock(launched + MINUTE)
        quits: list[str] = []
        guard = InstanceGuard(
            context,
            window,
            tray_available=tray,
            timing=timing,
            clock=clock,
            tz=nine_in_the_morning(launched),
            quit_app=lambda: quits.append("quit"),
            tick_ms=100,
        )
        guard.install(QApplication.instance())  # as app.py does
        setup = Setup(aws_world, instance_id, launched, clock, context, window, guard, quits)
        made.append(setup)
        window.show()
        guard.start()
        qtbot.waitUntil(lambda: guard.status.state == "running", timeout=10_000)
        return setup

    yield make
    for setup in made:
        setup.guard.close()
        assert setup.context.runner.shutdown(5)
        setup.context.flow.close()
    translators.remove()
    QApplication.setQuitOnLastWindowClosed(True)


def dialog(qtbot, name: str) -> QMessageBox:
    """The open message box called `name` (the app opens them without blocking)."""
    found: list[QMessageBox] = []

    def opened() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=5000)
    return found[0]


def press(qtbot, box: QWidget, button: str) -> None:
    from PySide6.QtCore import Qt

    widget = box.findChild(QPushButton, button)
    assert widget is not None, f"no button {button!r}"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

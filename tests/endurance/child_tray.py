"""Child: 24 hours of the tray and the home view on a clock moved a minute at a time.

The parent has launched an app instance in the AWS test world (moto, reached
through `AWS_ENDPOINT_URL`) and written an AWS profile into `HOME`.  Here the
app's real main window (the home view: the setup is done), `InstanceGuard`, its
`InstanceWatch` polling AWS and its reminders run for a simulated day: hourly
reminders while it runs, a snooze, tooltips, a stop from the tray (asked first),
a start from elsewhere (another computer: the AWS console here), polls and home
refreshes throughout, then Quit from the tray (keep running).  Offscreen there
is no system tray: reminders go to the window's banner, the tray's menu actions
and tooltip are used as they are.

    python -m tests.endurance.child_tray INSTANCE_ID LAUNCH_TIME_ISO REGION
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import boto3

from fastai_launcher.app import price_provider
from fastai_launcher.core.paths import under
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner
from fastai_launcher.ui.tray.guard import InstanceGuard
from fastai_launcher.ui.tray.watch import PollTiming
from tests.endurance import scripted
from tests.endurance.harness import counts, report, start

MINUTE = timedelta(minutes=1)
HOURS = 24
STOP_AT = 8 * 60  # minutes into the day
START_AT = 16 * 60
SNOOZE_AT = 2 * 60
REFRESH_EVERY = 4 * 60
POLL = PollTiming(first=0.2, longest=0.5, factor=2.0, busy=0.1)
FLOW = Timing(instance_poll=0.02, instance_timeout=30, not_found_recheck=0.05)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def nine_in_the_morning(moment: datetime) -> timezone:
    since_midnight = moment - moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return timezone(timedelta(hours=9) - since_midnight)


def main(instance_id: str, launched: datetime, region: str) -> None:
    app, logs = start()
    translators = Translators()
    translators.switch("en")
    paths = under(Path(os.environ["FASTAI_LAUNCHER_HOME"])).ensure()
    settings = Settings()
    progress = SavedProgress(
        profile="default", region=region, instance_id=instance_id, setup_done=True
    )
    workspace = Workspace(paths, progress, settings, home=Path.home(), timing=FLOW)
    runner = TaskRunner(app)
    context = AppContext(
        paths, settings, progress, runner, translators, price_provider(), workspace
    )
    window = MainWindow(context)
    clock = Clock(launched + MINUTE)
    guard = InstanceGuard(
        context,
        window,
        tray_available=False,
        timing=POLL,
        clock=clock,
        tz=nine_in_the_morning(launched),
        quit_app=app.quit,
        tick_ms=100,
    )
    guard.install(app)
    seen: dict[str, list[object]] = {"states": [], "reminders": [], "tooltips": []}
    guard.watch.changed.connect(
        lambda status: (
            seen["states"].append(status.state)
            if not seen["states"] or seen["states"][-1] != status.state
            else None
        )
    )
    guard.reminders.reminded.connect(lambda reminder: seen["reminders"].append(reminder.loud))
    ec2 = boto3.client("ec2", region_name=region)
    home = window.home
    assert home is not None, "the home view shows once the setup is done"
    snoozed: list[datetime] = []
    refreshes = [0]
    before: list[dict[str, int]] = []

    def state_is(state: str) -> Callable[[], bool]:
        def reached() -> bool:
            return guard.status.state == state

        reached.__doc__ = f"the guard to see the instance {state}"
        return reached

    def scenario() -> scripted.Scenario:
        yield state_is("running")
        before.append(counts())
        for minute in range(2, HOURS * 60 + 1):
            clock.now = launched + minute * MINUTE
            guard.tick()
            if minute % 60 == 0:
                seen["tooltips"].append(guard.tray.icon.toolTip())
            if minute == SNOOZE_AT + 1 and guard.reminders.pending is not None:
                guard.tray.snooze.trigger()
                snoozed.append(clock.now)
            if minute % REFRESH_EVERY == 0:
                home.refresh()
                refreshes[0] += 1
                yield lambda: home.refresh_task is not None and home.refresh_task.done
            if minute == STOP_AT:
                guard.tray.stop.trigger()
                yield lambda: scripted.open_box("stop_dialog") is not None
                scripted.press(scripted.open_box("stop_dialog"), "stop")
                yield state_is("stopped")
            if minute == START_AT:
                ec2.start_instances(InstanceIds=[instance_id])  # from another computer
                yield state_is("running")
            yield None
        guard.tray.quit.trigger()
        yield lambda: scripted.open_box("quit_dialog") is not None
        scripted.press(scripted.open_box("quit_dialog"), "keep_running")

    window.show()
    guard.start()
    code = scripted.run(app, scenario(), logs)
    guard.close()
    shut = runner.shutdown(10)
    workspace.close()
    after = counts()
    report(
        code=code,
        shut_down=shut,
        states=seen["states"],
        reminders=len(seen["reminders"]),
        loud_reminders=sum(1 for loud in seen["reminders"] if loud),
        snoozed=[moment.isoformat() for moment in snoozed],
        tooltips=seen["tooltips"],
        refreshes=refreshes[0],
        cards=sorted(home.cards),
        final_state=ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0][
            "Instances"
        ][0]["State"]["Name"],
        before=before[0] if before else None,
        after=after,
    )
    translators.remove()


if __name__ == "__main__":
    main(sys.argv[1], datetime.fromisoformat(sys.argv[2]), sys.argv[3])

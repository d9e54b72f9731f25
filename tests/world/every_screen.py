"""Every screen a student meets, for checks that look at each of them.

`findings_on_every_screen` starts the app in the test world (a new account),
walks the whole guide as `WizardDriver` does, and calls `look(window)` on each
page once it shows its result, on the launch page again with its instance
running, and on the home view stopped and running; the instance is stopped
after.  It returns what `look` found, by screen ("home" or the page's class).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.ui.app.main_window import MainWindow
from tests.world.app_world import G_QUOTA
from tests.world.wizard_driver import HOME, WizardDriver

LookFn = Callable[[MainWindow], list[str]]
SCREENS_SEEN = 11  # 8 pages (launch twice), the home view twice


def findings_on_every_screen(
    qtbot: Any, start_app: Any, world: Any, language: str, look: LookFn
) -> dict[str, list[str]]:
    world.set_quota(G_QUOTA, 0)
    app = start_app(language)
    window = MainWindow(app.context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}
    screens: list[int] = []

    def check(page_id: int) -> None:
        screens.append(page_id)
        where = "home" if page_id == HOME else type(window.wizard.currentPage()).__name__
        for finding in look(window):
            if finding not in found.setdefault(where, []):
                found[where].append(finding)

    run = WizardDriver(
        window, world, wait=lambda p, t: qtbot.waitUntil(p, timeout=t), on_page=check
    )
    run.welcome()
    run.sign_in()
    run.quota()
    run.key()
    run.launch()
    check(run.wizard.currentId())  # the launch page again, with its instance running
    run.connect()
    run.install()
    run.stop()
    home = run.finish()
    run.open_from_home(next(iter(home.cards)))
    check(HOME)
    stop(app.workspace, TaskContext())
    assert len(screens) == SCREENS_SEEN, screens
    return {where: lines for where, lines in found.items() if lines}


def report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}:\n  " + "\n  ".join(lines) for where, lines in found.items())

"""Child: the install page receiving a 20,000-line remote log, then Jupyter.

The parent runs the test world (moto with its additions, a real sshd playing
every launched instance, its Jupyter environment) and hands over a recipe, the
shipped sandbox course with a step that prints that many lines.  Here the flow
signs in, launches and connects (as the earlier pages would), then the real
`InstallPage` installs through the real SSH session, its live log fed from the
task's thread line by line; then Open Jupyter, answered through the tunnel.

    python -m tests.endurance.child_install RECIPE_JSON JUPYTER_PORT REGION LINES
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
import urllib.request
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from fastai_launcher.core.paths import under
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.flow.connect import connect
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ssh.recipes import Recipe, load_recipe, recipe_from_dict
from fastai_launcher.ssh.session import Backoff
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner
from fastai_launcher.ui.wizard.pages.install import InstallPage
from tests.endurance import scripted
from tests.endurance.harness import counts, report, start

CALLER_IP = "203.0.113.7"  # what checkip.amazonaws.com would answer (documentation range)
FAST = Timing(
    instance_poll=0.02,
    not_found_recheck=0.05,
    console_poll=0.05,
    console_timeout=5,
    jupyter_poll=0.2,
    jupyter_timeout=60,
    recipe_poll=0.1,
    ssh_backoff=Backoff(first_delay=0.05, max_delay=0.5, total=20),
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Browser(QObject):
    """The desktop's browser, which a test cannot open: what the app asked it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def main(recipe_file: str, jupyter_port: int, region: str, lines: int) -> None:
    app, logs = start()
    course = recipe_from_dict(json.loads(Path(recipe_file).read_text()))
    browser = Browser()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    translators = Translators()
    translators.switch("en")
    paths = under(Path(os.environ["FASTAI_LAUNCHER_HOME"])).ensure()
    settings, progress = Settings(), SavedProgress()

    def recipes(name: str) -> Recipe:
        return course if name == "sandbox" else load_recipe(name)

    workspace = Workspace(
        paths,
        progress,
        settings,
        home=Path.home(),
        host_name="laptop",
        timing=FAST,
        fetch_ip=lambda: CALLER_IP + "\n",
        recipes=recipes,
        jupyter_port=jupyter_port,
        local_port=free_port(),
    )
    runner = TaskRunner(app)
    context = AppContext(paths, settings, progress, runner, translators, None, workspace)
    marks = {"start": time.monotonic()}
    ctx = TaskContext()  # the earlier pages' steps, done already
    sign_in_with_key(workspace, ctx, os.environ["AWS_ACCESS_KEY_ID"],
                     os.environ["AWS_SECRET_ACCESS_KEY"], remember=False)  # fmt: skip
    choose_region(workspace, ctx, region)
    launch(workspace, ctx)
    connect(workspace, ctx)
    marks["connected"] = time.monotonic()

    page = InstallPage(context)
    page.resize(860, 660)
    page.show()
    page.initializePage()
    received: list[str] = []
    page.relay.line.connect(received.append)
    answers: list[int] = []
    before: list[dict[str, int]] = []

    def idle() -> bool:
        return not page.busy and not page.tasks

    def scenario() -> scripted.Scenario:
        before.append(counts())
        page.recipe.setCurrentIndex(page.recipe.findData("sandbox"))
        page.install_button.click()
        yield lambda: idle() and progress.setup_done
        marks["installed"] = time.monotonic()
        page.open_button.click()
        yield lambda: idle() and page.jupyter_url is not None
        with urllib.request.urlopen(str(page.jupyter_url), timeout=10) as answer:
            answers.append(answer.status)
        marks["jupyter"] = time.monotonic()

    code = scripted.run(app, scenario(), logs, wait_s=180)
    shown = page.log.lines()
    printed = [line for line in received if line.startswith("endurance log line ")]
    runner.shutdown(10)
    workspace.close()  # the tunnel and the SSH session end with the app
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)
    report(
        code=code,
        printed=len(printed),
        in_order=printed == [f"endurance log line {n}" for n in range(1, lines + 1)],
        received=len(received),
        shown=len(shown),
        last_shown=shown[-3:],
        status=page.status.text(),
        setup_done=progress.setup_done,
        opened=[url.split("?")[0] for url in browser.urls],
        jupyter_answer=answers,
        seconds={name: round(at - marks["start"], 1) for name, at in marks.items()},
        before=before[0] if before else None,
        after=counts(),
    )
    translators.remove()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))

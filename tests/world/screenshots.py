"""`python -m tests.world.sandbox --screenshots DIR`: a PNG of every wizard page and of the
home view, in English and Korean, taken from the real app in the test world.

Each language gets a fresh world (`tests.world.start_world`) and a fresh app
built as `app.py` builds it (shorter waits); `tests.world.wizard_driver` then goes
through the guide as a user would, and each page is photographed once it shows
its result.  Without a `DISPLAY`, an Xvfb server is started for the run (and
stopped after), so real fonts and the platform style are used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

SIZE = "1280x860x24"
NAMES = {
    0: "1-welcome",
    10: "2-sign-in",
    20: "3-quota",
    30: "4-key",
    40: "5-launch",
    50: "6-connect",
    60: "7-install",
    70: "8-stop",
    -1: "9-home",
}


@contextlib.contextmanager
def display() -> Iterator[None]:
    """An X display: the current one, or an Xvfb server started on a free number."""
    if os.environ.get("DISPLAY"):
        yield
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb is needed for screenshots: apt-get install xvfb")
    number = next(
        n
        for n in range(90, 400)
        if not Path(f"/tmp/.X{n}-lock").exists() and not Path(f"/tmp/.X11-unix/X{n}").exists()
    )
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", SIZE, "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"Xvfb :{number} did not start")
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{number}"
        yield
    finally:
        os.environ.pop("DISPLAY", None)
        server.terminate()
        server.wait(10)


def shoot_language(out: Path, language: str) -> list[Path]:
    """Go through the guide in `language` in a fresh world; the PNGs written."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QScrollArea

    from fastai_launcher.app import price_provider
    from fastai_launcher.core import state
    from fastai_launcher.core.paths import default_paths
    from fastai_launcher.core.state import SavedProgress, Settings
    from fastai_launcher.flow import Workspace
    from fastai_launcher.ssh.recipes import load_recipe
    from fastai_launcher.ui.app.main_window import MainWindow
    from fastai_launcher.ui.context import AppContext
    from fastai_launcher.ui.i18n import Translators
    from fastai_launcher.ui.tasks import TaskRunner
    from tests.world import start_world
    from tests.world.app_world import FAST, UrlCatcher
    from tests.world.standalone import GPU_QUOTA
    from tests.world.waiting import process_pending, pump_for, wait_until
    from tests.world.wizard_driver import HOME, WizardDriver

    written: list[Path] = []
    with start_world(quota=0, approve_quota_after=None) as world:
        # moto's state lives in this process: a previous language's instance is gone now.
        world.aws.reset()
        world.aws.boot_on(world.sshd)
        world.aws.set_quota(GPU_QUOTA, 0)
        paths = default_paths().ensure()  # inside the world's temporary home
        progress = state.load(SavedProgress, paths.state_file)
        settings = state.load(Settings, paths.settings_file)
        settings.language = language
        translators = Translators()
        translators.switch(language)
        runner = TaskRunner()
        # The shipped sandbox recipe under fresh folders: the world's "instance" home
        # outlives the run, and a finished install would show no log.
        unique = uuid.uuid4().hex[:8]
        course = dataclasses.replace(
            load_recipe("sandbox"),
            id=f"sandbox-{unique}",
            folder=f"sandbox-course-{unique}",
            notebooks=f"sandbox-course-{unique}",
        )
        workspace = Workspace(
            paths,
            progress,
            settings,
            timing=FAST,
            recipes=lambda name: course if name == "sandbox" else load_recipe(name),
        )
        context = AppContext(
            paths, settings, progress, runner, translators, price_provider(), workspace
        )
        browser = UrlCatcher()  # the sandbox opens no real browser
        for scheme in ("http", "https"):
            QDesktopServices.setUrlHandler(scheme, browser, "open")
        window = MainWindow(context)
        window.show()

        def shoot(page_id: int, suffix: str = "") -> None:
            # Each page from its top (typing scrolled the sign-in page down); let it
            # lay out and paint its last result first.
            for area in window.findChildren(QScrollArea):
                area.verticalScrollBar().setValue(0)
            pump_for(300)
            path = out / f"{language}-{NAMES[page_id]}{suffix}.png"
            if not window.grab().save(str(path)):
                raise SystemExit(f"could not write {path}")
            written.append(path)
            print("wrote", path, flush=True)

        run = WizardDriver(window, world.aws, on_page=shoot)
        try:
            run.welcome()
            run.sign_in()
            run.quota()
            run.key()
            run.launch()
            run.connect()
            run.install()
            run.stop()
            run.finish()
            assert workspace.progress.instance_id is not None
            world.sshd.play_nvidia_smi("37, 3174, 15360\n")  # a T4 while training
            run.open_from_home(workspace.progress.instance_id)
            home = window.home
            assert home is not None
            home.gpu.poll()  # at once, not 30 s later
            card = home.cards[workspace.progress.instance_id]
            wait_until(lambda: bool(card.values["gpu"].text()), 30_000)
            shoot(HOME, "-running")
        finally:
            window.close()
            runner.shutdown(30)
            workspace.close()
            translators.remove()
            for scheme in ("http", "https"):
                QDesktopServices.unsetUrlHandler(scheme)
            window.deleteLater()
            process_pending()
            for folder in (course.folder, course.state_dir):
                shutil.rmtree(world.sshd.home / folder, ignore_errors=True)
    return written


def take_screenshots(out: Path, languages: Sequence[str] = ("en", "ko")) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    with display():
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["fastai-launcher-screenshots"])
        app.setQuitOnLastWindowClosed(False)
        written = []
        for language in languages:
            written += shoot_language(out, language)
        return written

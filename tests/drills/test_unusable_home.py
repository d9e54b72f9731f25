"""Drill: the app starts on a home it cannot write, or with a damaged state.json.

Each case starts the real app (`fastai_launcher.__main__.main`, offscreen) in a
child process and reads what it shows once its window is up: the main window,
the saved instance id it knows, and any dialog on top.

- A read-only home (a read-only bind mount in a mount namespace when the test
  runs as root, whom file modes do not stop; file modes otherwise), with the
  app's files from an earlier run: the window, the instance id, and a dialog
  saying the app cannot save.
- A read-only home the app never ran in: the window and the dialog.
- A corrupt state.json: the window, and the instance id from the last good copy.
- A state.json that is a folder: the same, and the dialog.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fastai_launcher.core import state
from fastai_launcher.core.paths import AppPaths
from fastai_launcher.core.state import SavedProgress

INSTANCE = "i-0123456789abcdef0"

# Run in the child: report what the app shows a moment after its window is up.
PROBE = """
import json, logging, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel

def report():
    from fastai_launcher.ui.app.main_window import MainWindow
    widgets = QApplication.topLevelWidgets()
    windows = [w for w in widgets if isinstance(w, MainWindow) and w.isVisible()]
    dialogs = [w for w in widgets if isinstance(w, QDialog) and w.isVisible()]
    print("REPORT " + json.dumps({
        "window": len(windows),
        "instance_id": windows[0].context.progress.instance_id if windows else None,
        "dialogs": [" ".join(l.text() for l in d.findChildren(QLabel)) for d in dialogs],
    }), flush=True)
    os._exit(0)

class Shown(logging.Handler):
    def emit(self, record):
        if record.getMessage().startswith("main window shown"):
            QTimer.singleShot(500, report)

logging.getLogger("fastai_launcher.ui").addHandler(Shown())
from fastai_launcher.__main__ import main
sys.exit(main(["--lang", "en"]))
"""


def read_only(home: Path, argv: list[str]) -> list[str]:
    """`argv` run with `home` read-only."""
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode & ~0o222)
        return argv
    mount = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    return ["unshare", "--mount", "sh", "-c", mount, str(home), *argv]


def start_app(isolated_home: Path, wrap=lambda argv: argv) -> dict:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    env.pop("XDG_RUNTIME_DIR", None)
    done = subprocess.run(
        wrap([sys.executable, "-c", PROBE]),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    reports = [line for line in done.stdout.splitlines() if line.startswith("REPORT ")]
    assert reports, f"no window; exit {done.returncode}\n{done.stderr[-3000:]}"
    return json.loads(reports[0].removeprefix("REPORT "))


@pytest.fixture
def earlier_run(app_paths: AppPaths) -> AppPaths:
    """What an earlier run left: progress with a running instance, and its last good copy."""
    progress = SavedProgress(last_step="jupyter", region="ap-northeast-2", instance_id=INSTANCE)
    state.save(progress, app_paths.state_file)
    return app_paths


def cannot_save(report: dict) -> bool:
    crashed = [text for text in report["dialogs"] if "unexpected" in text.lower()]
    assert crashed == []  # a full or read-only disk is said once, never a crash
    return any("could not save" in text for text in report["dialogs"])


@pytest.fixture
def writable_again(isolated_home: Path):
    yield
    if os.geteuid() != 0:  # pytest must be able to remove the home
        for path in [isolated_home, *isolated_home.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)


def test_drill_a_read_only_home_still_shows_the_window_and_the_instance(
    earlier_run, isolated_home, writable_again
):
    report = start_app(isolated_home, lambda argv: read_only(isolated_home, argv))
    assert report["window"] == 1
    assert report["instance_id"] == INSTANCE
    assert cannot_save(report), report["dialogs"]


def test_drill_a_read_only_home_on_the_first_start_shows_the_window_and_says_why(
    isolated_home, writable_again
):
    report = start_app(isolated_home, lambda argv: read_only(isolated_home, argv))
    assert report["window"] == 1 and report["instance_id"] is None
    assert cannot_save(report), report["dialogs"]


def test_drill_a_corrupt_state_file_is_recovered_from_its_last_good_copy(
    earlier_run, isolated_home
):
    earlier_run.state_file.write_text('{"instance_id": "i-0123')  # cut short
    report = start_app(isolated_home)
    assert report["window"] == 1
    assert report["instance_id"] == INSTANCE
    assert not cannot_save(report)
    assert any("recovered from its last good copy" in text for text in report["dialogs"])
    assert earlier_run.state_file.with_name("state.json.corrupt").exists()


def test_drill_a_state_file_that_is_a_folder_is_recovered_and_said(earlier_run, isolated_home):
    earlier_run.state_file.unlink()
    earlier_run.state_file.mkdir()
    report = start_app(isolated_home)
    assert report["window"] == 1
    assert report["instance_id"] == INSTANCE
    assert cannot_save(report), report["dialogs"]

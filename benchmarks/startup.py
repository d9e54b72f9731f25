"""Start-up: process start to the main window shown (offscreen), the app against a
bare PySide6 window started the same way, interleaved, median of N each.

Both are `python -c <script>` children; the time runs in this process from just
before the child is spawned to the moment the child writes "shown" on stdout.
The app's child adds only a logging handler that writes "shown" when the app
logs "main window shown" (its `MainWindow.showEvent`), then calls the real
entry point; it is stopped with SIGTERM afterwards (not timed).

The children may write bytecode (`PYTHONDONTWRITEBYTECODE` is dropped): an installed
app starts from the `.pyc` files pip compiled, as PySide6 does here; without them
every start of the app compiles its own modules again (about 70 ms on this machine),
which no user pays.  The untimed first start writes them.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .figures import Figure, figure

RUNS = 7
GOAL_RATIO = 1.5

BARE = """
import time
start = time.perf_counter()
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
marks = {"import_qt": time.perf_counter() - start}

class Window(QMainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        marks["build_and_show"] = time.perf_counter() - start - marks["import_qt"]
        print("shown", json.dumps(marks), flush=True)
        QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
window = Window()
window.resize(860, 660)
window.show()
app.exec()
"""

APP = """
import time
start = time.perf_counter()
import json, logging, sys

class Shown(logging.Handler):
    def emit(self, record):
        if record.getMessage().startswith("main window shown"):
            marks["build_and_show"] = time.perf_counter() - start - sum(marks.values())
            print("shown", json.dumps(marks), flush=True)

logging.getLogger("fastai_launcher.ui").addHandler(Shown())
import PySide6.QtWidgets
marks = {"import_qt": time.perf_counter() - start}
import fastai_launcher.app
marks["import_app"] = time.perf_counter() - start - marks["import_qt"]
from fastai_launcher.__main__ import main
sys.exit(main(["--lang", "en"]))
"""


def _child_env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def time_to_shown(script: str, home: Path, timeout: float = 60.0) -> tuple[float, dict[str, float]]:
    """Seconds from spawning `python -c script` to its "shown" line, and the phases
    the child timed itself (the rest is the interpreter's own start)."""
    env = {
        **_child_env(),
        "QT_QPA_PLATFORM": "offscreen",
        "FASTAI_LAUNCHER_HOME": str(home),
        "HOME": str(home),
    }
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        word, _, marks = line.partition(" ")
        if word != "shown":
            raise RuntimeError(f"the child never showed its window (exit {child.wait(timeout)})")
        phases = json.loads(marks)
        phases["python_start"] = elapsed - sum(phases.values())
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)
        child.wait(timeout)
        return elapsed, phases
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


def _group(module: str) -> str:
    if module.startswith("fastai_launcher.ui.pages"):
        return "fastai_launcher.ui.pages"
    for prefix in ("fastai_launcher.ui", "fastai_launcher.flow", "fastai_launcher.core"):
        if module.startswith(prefix):
            return prefix
    if module.startswith(("PySide6", "shiboken6", "shibokensupport")):
        return "PySide6"
    return "fastai_launcher" if module.startswith("fastai_launcher") else "other"


def import_breakdown(home: Path, top: int = 12) -> tuple[dict[str, int], dict[str, int]]:
    """Milliseconds of import (self time, `python -X importtime`) by group, and of the
    `top` slowest modules, in one start of the app: what start-up spends on what."""
    env = {**_child_env(), "QT_QPA_PLATFORM": "offscreen", "FASTAI_LAUNCHER_HOME": str(home)}
    probe = "import PySide6.QtWidgets, fastai_launcher.app"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", probe],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    groups: dict[str, int] = {}
    modules: dict[str, int] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        self_us, _, module = (part.strip() for part in line[12:].split("|"))
        if self_us.isdigit():
            group = _group(module)
            groups[group] = groups.get(group, 0) + int(self_us)
            modules[module] = int(self_us)
    slowest = sorted(modules.items(), key=lambda m: -m[1])[:top]
    by_group = sorted(groups.items(), key=lambda g: -g[1])
    return (
        {name: round(us / 1000) for name, us in by_group},
        {name: round(us / 1000) for name, us in slowest},
    )


def _median_phases(runs: list[dict[str, float]]) -> dict[str, int]:
    return {name: round(statistics.median(r[name] for r in runs) * 1000) for name in runs[0]}


def measure(runs: int = RUNS) -> list[Figure]:
    bare: list[float] = []
    app: list[float] = []
    bare_phases: list[dict[str, float]] = []
    app_phases: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        time_to_shown(APP, Path(tmp) / "warm")  # warms the disk cache for both, not counted
        for number in range(runs):
            seconds, phases = time_to_shown(BARE, Path(tmp) / f"bare-{number}")
            bare.append(seconds)
            bare_phases.append(phases)
            seconds, phases = time_to_shown(APP, Path(tmp) / f"app-{number}")
            app.append(seconds)
            app_phases.append(phases)
        by_group, slowest = import_breakdown(Path(tmp) / "imports")
    return [
        figure(
            "startup_main_window_shown",
            statistics.median(app) * 1000,
            "ms",
            f"<= {GOAL_RATIO}x the bare PySide6 window",
            statistics.median(bare) * 1000,
            runs=runs,
            samples_ms=[round(s * 1000) for s in app],
            anchor_samples_ms=[round(s * 1000) for s in bare],
            phases_ms=_median_phases(app_phases),
            anchor_phases_ms=_median_phases(bare_phases),
            import_self_ms_by_group=by_group,
            import_self_ms_slowest_modules=slowest,
        )
    ]

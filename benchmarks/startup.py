"""Start-up: process start to the main window shown (offscreen), the app against a
bare PySide6 window started the same way, interleaved, median of N each.

Each is a `python -c <script>` child; the time runs in this process from just
before the child is spawned to the moment the child writes "shown" on stdout.
The app's child starts through the real entry point (`fastai_launcher.__main__`)
with only a logging handler added, which writes "shown" when the app logs
"main window shown" (its `MainWindow.showEvent`); it is stopped with SIGTERM
afterwards (not timed).

The app shows its window's frame and builds its first screen (the wizard's page, or
the home view) in the event loop's next turn (`MainWindow.fill`).  The phase
`first_screen_built` is when the app logs "first screen built", from process start:
it is reported beside the figure, which stops at "main window shown".

A second anchor, the "PySide6 floor", is a window that does only what any
PySide6 app's first window does: it shows a line of text (the font database),
uses one `Qt.` enum and one `QLocale` (PySide6 builds all of a class's Python
enums on first use: about 120 for the `Qt` namespace, 25 for `QLocale`).  The
app's ratio to the floor is what the app itself adds.

The app's phases include `binding_check`, the start-up guard against a PySide6
that loses references (`ui/app/binding_check.py`), as the app logs it.  The
figure `startup_binding_check` adds the median of that check to the median of the
guard module's own import (`-X importtime`): its goal is under 2 ms.

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
import threading
import time
from pathlib import Path

from .figures import Figure, figure

BINDING_CHECK_GOAL_MS = 2.0
RUNS = 11  # the machine's speed varies from run to run: medians of 11, interleaved
GOAL_RATIO = 1.5

#: A plain PySide6 window; {imports} and {content} make the anchors differ.
WINDOW = """
import time
start = time.perf_counter()
import json, sys
from PySide6.QtCore import QTimer{imports}
from PySide6.QtWidgets import QApplication, QMainWindow
marks = {{"import_qt": time.perf_counter() - start}}

class Window(QMainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        marks["build_and_show"] = time.perf_counter() - start - marks["import_qt"]
        print("shown", json.dumps(marks), flush=True)
        QTimer.singleShot(0, QApplication.quit)

app = QApplication(sys.argv)
window = Window()
{content}
window.resize(860, 660)
window.show()
app.exec()
"""

BARE = WINDOW.format(imports="", content="")

FLOOR = WINDOW.format(
    imports=", QLocale, Qt\nfrom PySide6.QtWidgets import QLabel",
    content="""
label = QLabel(f"A GPU for the fast.ai course ({QLocale.system().name()})", window)
label.setTextFormat(Qt.TextFormat.PlainText)
label.setWordWrap(True)
window.setCentralWidget(label)
""",
)

APP = """
import time
start = time.perf_counter()
import json, logging, sys
marks = {}

class Marks(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        if message.startswith("fastai-launcher") and message.endswith("starting"):
            marks["imports_and_qapplication"] = time.perf_counter() - start
        elif "keeps its references (checked in" in message:
            marks["binding_check"] = record.args[-1] / 1000
        elif message.startswith("main window shown"):
            marks["build_and_show"] = time.perf_counter() - start - sum(marks.values())
            print("shown", json.dumps(marks), flush=True)
        elif message.startswith("first screen built"):
            print("built", json.dumps(time.perf_counter() - start), flush=True)

for name in ("fastai_launcher.app", "fastai_launcher.ui"):
    logging.getLogger(name).addHandler(Marks())
from fastai_launcher.__main__ import main
sys.exit(main(["--lang", "en"]))
"""


def _child_env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def time_to_shown(script: str, home: Path, timeout: float = 60.0) -> tuple[float, dict[str, float]]:
    """Seconds from spawning `python -c script` to its "shown" line, and the phases
    the child timed itself (the rest is the interpreter's own start).  A "built" line
    after it (the app's first screen) adds `first_screen_built`, from the child's start:
    not a phase of the time to "shown"."""
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
        # A child that never says "built" (a crash dialog instead) is ended by the timer.
        stopper = threading.Timer(timeout, child.kill)
        stopper.start()
        try:
            word, _, built = child.stdout.readline().partition(" ")
        finally:
            stopper.cancel()
        if word == "built":
            phases["first_screen_built"] = json.loads(built)
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
    if module.startswith("fastai_launcher.ui.wizard.pages"):
        return "fastai_launcher.ui.wizard.pages"
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
    probe = (  # in the entry point's order
        "import fastai_launcher.__main__ as entry; entry.import_qt_free_layers_first(); "
        "import fastai_launcher.app"
    )
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


GUARD_MODULE = "fastai_launcher.ui.app.binding_check"


def guard_import_ms(home: Path, runs: int) -> list[float]:
    """Milliseconds of the guard module's own import (`-X importtime` self time), one
    per start: part of what the guard costs, beside the check it logs."""
    env = {**_child_env(), "QT_QPA_PLATFORM": "offscreen", "FASTAI_LAUNCHER_HOME": str(home)}
    probe = (
        "import fastai_launcher.__main__ as entry; entry.import_qt_free_layers_first(); "
        "import fastai_launcher.app"
    )
    found = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", probe],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        for line in done.stderr.splitlines():
            parts = line[12:].split("|")
            if line.startswith("import time:") and parts[-1].strip() == GUARD_MODULE:
                found.append(int(parts[0]) / 1000)
    return found


def _median_phases(runs: list[dict[str, float]]) -> dict[str, int]:
    return {name: round(statistics.median(r[name] for r in runs) * 1000) for name in runs[0]}


def measure(runs: int = RUNS) -> list[Figure]:
    scripts = {"bare": BARE, "floor": FLOOR, "app": APP}
    seconds: dict[str, list[float]] = {name: [] for name in scripts}
    phases: dict[str, list[dict[str, float]]] = {name: [] for name in scripts}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        time_to_shown(APP, Path(tmp) / "warm")  # warms the disk cache for all, not counted
        for number in range(runs):
            for name, script in scripts.items():
                elapsed, marks = time_to_shown(script, Path(tmp) / f"{name}-{number}")
                seconds[name].append(elapsed)
                phases[name].append(marks)
        by_group, slowest = import_breakdown(Path(tmp) / "imports")
        import_ms = guard_import_ms(Path(tmp) / "guard", runs)
    median_ms = {name: statistics.median(values) * 1000 for name, values in seconds.items()}
    check_ms = [marks["binding_check"] * 1000 for marks in phases["app"]]
    samples = {name: [round(s * 1000) for s in values] for name, values in seconds.items()}
    return [
        figure(
            "startup_main_window_shown",
            median_ms["app"],
            "ms",
            f"<= {GOAL_RATIO}x the bare PySide6 window",
            median_ms["bare"],
            runs=runs,
            samples_ms=samples["app"],
            anchor_samples_ms=samples["bare"],
            phases_ms=_median_phases(phases["app"]),
            anchor_phases_ms=_median_phases(phases["bare"]),
            import_self_ms_by_group=by_group,
            import_self_ms_slowest_modules=slowest,
        ),
        figure(
            "startup_over_pyside6_floor",
            median_ms["app"],
            "ms",
            "none (what the app adds to a PySide6 window with text, one Qt enum, one QLocale)",
            median_ms["floor"],
            runs=runs,
            anchor_samples_ms=samples["floor"],
            anchor_phases_ms=_median_phases(phases["floor"]),
            floor_over_bare_ratio=round(median_ms["floor"] / median_ms["bare"], 3),
        ),
        figure(
            "startup_binding_check",
            statistics.median(check_ms) + statistics.median(import_ms),
            "ms",
            f"< {BINDING_CHECK_GOAL_MS:g} ms (an absolute goal: part of every start)",
            runs=runs,
            check_samples_ms=[round(ms, 3) for ms in check_ms],
            module_import_samples_ms=[round(ms, 3) for ms in import_ms],
        ),
    ]

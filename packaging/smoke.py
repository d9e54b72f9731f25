"""Smoke-start an installed fastai-launcher: `--version`, then an offscreen start.

Used on the built bundle (`build.py`, the CI workflow) and on the wheel
installed in a fresh venv (`tests/release/test_wheel.py`):

    python packaging/smoke.py PATH/TO/fastai-launcher [--lang ko]

The offscreen start runs the real app with all its files in a temporary
`FASTAI_LAUNCHER_HOME`, waits for the main window to show (the app logs
`main window shown`), asks it to quit the way a desktop session would
(SIGTERM; on Windows, a hard stop), and reads the app's log.  The app's
start-up guard must have passed its Qt binding (`keeps its references` in the
log); a refusal (exit 3: a PySide6 that loses references) fails loudly.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SHOWN = "main window shown"
START_TIMEOUT_S = 90.0
#: The start-up guard (`fastai_launcher/ui/app/binding_check.py`): its exit status when
#: it refuses the Qt binding, and what it logs when the binding passes.
GUARD_EXIT = 3
GUARD_REFUSED = "loses references"
GUARD_PASSED = "keeps its references"


@dataclass(frozen=True)
class Start:
    """What one offscreen start showed."""

    seconds_to_window: float
    exit_code: int
    log: str
    output: str


def check_version(executable: Path, expected: str | None = None) -> tuple[str, float]:
    """Run `--version`; return the printed line and how long it took."""
    began = time.perf_counter()
    done = subprocess.run(
        [str(executable), "--version"], capture_output=True, text=True, timeout=60
    )
    seconds = time.perf_counter() - began
    line = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or not re.fullmatch(r"fastai-launcher \S+", line):
        raise SystemExit(f"--version failed ({done.returncode}): {line!r}")
    if expected is not None and line != f"fastai-launcher {expected}":
        raise SystemExit(f"--version printed {line!r}, expected {expected!r}")
    return line, seconds


def start_offscreen(executable: Path, language: str, home: Path) -> Start:
    """Start the app offscreen in `language`, wait for its window, make it quit."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FASTAI_LAUNCHER_HOME": str(home),
    }
    log_file = home / "logs" / "fastai-launcher.log"
    began = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), "--lang", language],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    shown_after: float | None = None
    while time.perf_counter() - began < START_TIMEOUT_S and process.poll() is None:
        if log_file.exists() and SHOWN in log_file.read_text(encoding="utf-8", errors="replace"):
            shown_after = time.perf_counter() - began
            break
        time.sleep(0.02)
    if process.poll() is None:
        process.terminate()  # SIGTERM: the app quits cleanly; Windows: a hard stop
    try:
        output, _ = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.exists() else ""
    if process.returncode == GUARD_EXIT or GUARD_REFUSED in log:
        raise SystemExit(
            "SMOKE FAILED: the start-up guard refused this build's Qt binding (PySide6 "
            "6.12.0 on Python 3.10/3.11 loses references and aborts the app): rebuild "
            "with Python 3.12+ or PySide6-Essentials<6.12"
            f"\n--- output\n{output}\n--- log\n{log}"
        )
    if shown_after is None:
        raise SystemExit(
            f"the main window did not show within {START_TIMEOUT_S:.0f} s "
            f"(exit code {process.returncode})\n--- output\n{output}\n--- log\n{log}"
        )
    return Start(shown_after, process.returncode, log, output)


def check_start(start: Start, language: str) -> list[str]:
    """What went wrong in an offscreen start, read from the app's log ([] when fine).

    The app logs `no translation <name> in <folder>` when a `.qm` file is
    missing; for Korean that is both the app's and Qt's own (`qtbase_ko`, the
    wizard's Back/Next/Cancel buttons).
    """
    problems = []
    if GUARD_PASSED not in start.log:
        problems.append("the start-up guard did not report the Qt binding as sound")
    if f"language: {language}" not in start.log:
        problems.append(f"the app did not switch to {language}")
    if "no translation" in start.log:
        problems.append("a translation file is missing")
    if any(f" {level} " in start.log for level in ("ERROR", "CRITICAL")):
        problems.append("the app logged an error")
    if sys.platform != "win32" and start.exit_code != 0:
        problems.append(f"the app did not quit cleanly (exit code {start.exit_code})")
    if problems:
        problems.append(f"--- output\n{start.output}\n--- log\n{start.log}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path)
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    parser.add_argument("--expect-version")
    args = parser.parse_args(argv)
    line, version_s = check_version(args.executable, args.expect_version)
    print(f"smoke: {line!r} in {version_s:.2f} s")
    with tempfile.TemporaryDirectory(
        prefix="fastai-launcher-smoke-", ignore_cleanup_errors=True
    ) as home:
        start = start_offscreen(args.executable, args.lang, Path(home))
    print(f"smoke: main window shown {start.seconds_to_window:.2f} s after start")
    problems = check_start(start, args.lang)
    if problems:
        raise SystemExit("\n".join(problems))
    print("smoke: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())

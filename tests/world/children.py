"""Child interpreters for the endurance tests and the start-up guard's test.

`run_child` runs `python -m <module>` from the checkout (see `venvs.child_env`)
and insists on exit 0 with nothing on stderr; the child's last stdout line is
its JSON report.  `endurance_python` is a fixture parametrized over every
supported Python on this machine, the lowest (3.10) always included: when it is
missing the test fails and says how to get it.  `wait_for` and `app_log_text` follow
an app started as a child process through its log.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.world import venvs

AFFECTED_BINDING = "PySide6-Essentials==6.12.0"  # loses references on Python 3.10/3.11


def ran(python: Path, module: str, *args: str, env: dict[str, str] | None = None,
        timeout: float = 600) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """`python -m module args` in the checkout; the finished process, whatever its end."""
    return subprocess.run(
        [str(python), "-X", "faulthandler", "-m", module, *args],
        cwd=venvs.ROOT,
        env=env or venvs.child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_child(python: Path, module: str, *args: str, env: dict[str, str] | None = None,
              timeout: float = 600) -> dict[str, Any]:  # fmt: skip
    """`ran`, which must exit 0 with an empty stderr; the child's report (last stdout line)."""
    start = time.monotonic()
    done = ran(python, module, *args, env=env, timeout=timeout)
    seconds = round(time.monotonic() - start, 1)
    where = f"{module} {' '.join(args)} on {python} ({seconds} s)"
    assert done.returncode == 0, (
        f"{where} exited {done.returncode}\nstderr:\n{done.stderr[-4000:]}\n"
        f"stdout:\n{done.stdout[-2000:]}"
    )
    assert done.stderr == "", f"{where} wrote on stderr:\n{done.stderr[-4000:]}"
    lines = done.stdout.strip().splitlines()
    assert lines, f"{where} reported nothing"
    report = json.loads(lines[-1])
    report["wall_s"] = seconds
    return report


def wait_for(predicate: Callable[[], bool], seconds: float = 60.0, what: str = "") -> None:
    """Polls `predicate` (a child app's log, say) until it holds; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def app_log_text(home: Path) -> str:
    """The log of the app run with `home` as its home; empty before it writes one."""
    path = home / "app" / "logs" / "fastai-launcher.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def endurance_minors() -> list[str]:
    """The supported Pythons this machine has, and the lowest one whether or not."""
    return sorted(
        {venvs.LOWEST, *venvs.interpreters()}, key=lambda v: tuple(map(int, v.split(".")))
    )


@pytest.fixture(scope="session", params=endurance_minors(), ids=lambda minor: f"py{minor}")
def endurance_python(request: pytest.FixtureRequest) -> Path:
    """A cached venv with the project's dependencies, for each supported Python here."""
    minor = request.param
    python = venvs.interpreter(minor)
    if python is None:
        pytest.fail(
            f"Python {minor}, the lowest the project supports, is not on this machine: the "
            f"endurance tests must run on it. Install it (e.g. `pyenv install {minor}`) or "
            f"put python{minor} on PATH.",
            pytrace=False,
        )
    return venvs.project_venv(python)


@pytest.fixture(scope="session")
def affected_python() -> Path:
    """A venv of Python 3.11 (else 3.10) with PySide6 6.12.0: a binding that loses references."""
    python = venvs.interpreter("3.11") or venvs.interpreter("3.10")
    if python is None:
        pytest.fail(
            "Neither Python 3.11 nor 3.10 is on this machine: the affected binding cannot be "
            "built (install one, e.g. `pyenv install 3.10`).",
            pytrace=False,
        )
    return venvs.binding_venv(python, AFFECTED_BINDING)


@contextlib.contextmanager
def reaped(child: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    """`child` for the block; then killed if it still runs, and its pipes closed."""
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()

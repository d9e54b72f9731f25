"""The Qt test world is strict: these inner test runs must fail where it says they fail."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

INNER_TESTS = """
import logging, threading
import pytest
from PySide6.QtCore import QThreadPool, qWarning


def test_a_qt_warning(qapp):
    qWarning("something is off")


def test_a_harmless_qt_message(qapp):
    qWarning("This plugin does not support propagateSizeHints()")


def test_an_error_log():
    logging.getLogger("fastai_launcher.aws").error("boom")


@pytest.mark.expect_error_log("boom")
def test_an_expected_error_log():
    logging.getLogger("fastai_launcher.aws").error("boom")


@pytest.mark.expect_error_log("boom")
def test_an_expected_error_log_that_never_comes():
    pass


STOP = threading.Event()


def test_a_thread_left_running():
    threading.Thread(target=STOP.wait, args=(30,), daemon=True).start()


def test_pool_work_left_running(qapp):
    pool = QThreadPool.globalInstance()
    pool.start(lambda: STOP.wait(30))


def test_a_thread_that_ends(qapp):
    thread = threading.Thread(target=lambda: None)
    thread.start()
    thread.join()


def teardown_module():
    STOP.set()
"""

EXPECTED = {
    "test_a_qt_warning": "failed",
    "test_a_harmless_qt_message": "passed",
    "test_an_error_log": "failed",
    "test_an_expected_error_log": "passed",
    "test_an_expected_error_log_that_never_comes": "failed",
    "test_a_thread_left_running": "failed",
    "test_pool_work_left_running": "failed",
    "test_a_thread_that_ends": "passed",
}


def outcomes(junit: Path) -> dict[str, str]:
    """Each test's outcome; a failure in its teardown counts as failed."""
    found: dict[str, str] = {}
    for case in ET.parse(junit).getroot().iter("testcase"):
        failed = case.find("failure") is not None or case.find("error") is not None
        name = case.get("name", "")
        if failed or name not in found:
            found[name] = "failed" if failed else "passed"
    return found


def test_warnings_error_logs_and_left_over_threads_fail_a_test(tmp_path):
    (tmp_path / "conftest.py").write_text(
        'pytest_plugins = ["tests.world.home", "tests.world.qt"]\n'
    )
    (tmp_path / "test_inner.py").write_text(INNER_TESTS)
    (tmp_path / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n")
    junit = tmp_path / "junit.xml"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert junit.exists(), run.stdout + run.stderr
    assert outcomes(junit) == EXPECTED, run.stdout

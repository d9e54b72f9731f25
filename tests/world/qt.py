"""Qt in the test world: offscreen, strict, and no thread left behind.

- Qt runs on the offscreen platform unless `QT_QPA_PLATFORM` says otherwise
  (set here, before any QApplication exists); pytest-qt's `qapp` is the one
  QApplication of the session.
- A Qt warning fails the test (pytest-qt's `qt_log_level_fail`, set to
  WARNING on every test that does not choose its own level).
- An error-level log record fails the test, unless the test expects it:
  `@pytest.mark.expect_error_log(r"regex")` allows matching records, and
  fails the test if none came.
- A test that leaves a thread running fails: Python threads it started,
  QThreads it started, thread pools it started work on.
- The cyclic garbage collector runs only on the main thread, between tests,
  as the app runs it only on the GUI thread (`ui/app/collector.py`): a worker
  thread must never free a Qt object.
- `launcher_context` builds the `AppContext` that windows and pages take.
"""

from __future__ import annotations

import gc
import logging
import os
import re
import threading
import time
import traceback
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import shiboken6
from PySide6.QtCore import QThread, QThreadPool

from fastai_launcher.core.paths import AppPaths
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner

#: Qt messages that some platforms print in normal operation.
HARMLESS_QT_MESSAGES = [r"^This plugin does not support propagateSizeHints\(\)$"]
THREAD_GRACE_S = 2.0


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers",
        "expect_error_log(pattern): the test logs an error on purpose; records whose "
        "message matches the regex are allowed, and at least one must come",
    )


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if item.get_closest_marker("qt_log_level_fail") is None:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
        if item.get_closest_marker("qt_log_ignore") is None:
            item.add_marker(pytest.mark.qt_log_ignore(*HARMLESS_QT_MESSAGES))


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:
        return str(record.msg)


@pytest.fixture(autouse=True)
def fail_on_error_log(request) -> Iterator[None]:
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    marker = request.node.get_closest_marker("expect_error_log")
    expected = re.compile(marker.args[0], re.DOTALL) if marker else None
    unexpected = [r for r in handler.records if not (expected and expected.search(_message(r)))]
    if unexpected:
        lines = [f"{r.levelname} {r.name}: {_message(r)}" for r in unexpected]
        pytest.fail("unexpected error log:\n" + "\n".join(lines), pytrace=False)
    if expected is not None and len(unexpected) == len(handler.records):
        pytest.fail(f"expected an error log matching {expected.pattern!r}; none came")


def _python_threads() -> set[threading.Thread]:
    # Qt's own threads show up as _DummyThread once they run Python code; they
    # never "end" for the threading module, so the Qt checks below cover them.
    return {t for t in threading.enumerate() if type(t).__name__ != "_DummyThread"}


@pytest.fixture(scope="session", autouse=True)
def no_automatic_garbage_collection() -> Iterator[None]:
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def no_thread_left_behind(monkeypatch) -> Iterator[None]:
    before = _python_threads()
    global_pool = QThreadPool.globalInstance()
    global_pool_idle = global_pool.activeThreadCount() == 0
    qthreads: dict[QThread, str] = {}
    pools: dict[QThreadPool, str] = {}
    qthread_start, pool_start = QThread.start, QThreadPool.start

    def start_qthread(self, *args):
        qthreads[self] = "".join(traceback.format_stack(limit=8))
        return qthread_start(self, *args)

    def start_in_pool(self, *args):
        pools[self] = "".join(traceback.format_stack(limit=8))
        return pool_start(self, *args)

    monkeypatch.setattr(QThread, "start", start_qthread)
    monkeypatch.setattr(QThreadPool, "start", start_in_pool)
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    left: list[str] = []
    for thread in _python_threads() - before:
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(f"Python thread {thread.name!r} ({thread.daemon=})")
    for qthread, where in qthreads.items():
        if shiboken6.isValid(qthread) and not qthread.wait(_ms_left(deadline)):
            left.append(f"QThread started at\n{where}")
    if global_pool_idle:  # work queued from C++ is not seen by the patch above
        pools.setdefault(global_pool, "the global pool")
    for pool, where in pools.items():
        if shiboken6.isValid(pool) and not pool.waitForDone(_ms_left(deadline)):
            left.append(f"{pool.activeThreadCount()} pool thread(s); work started at\n{where}")
    if left:
        pytest.fail("the test left threads running:\n" + "\n".join(left), pytrace=False)


def _ms_left(deadline: float) -> int:
    return max(0, round((deadline - time.monotonic()) * 1000))


@pytest.fixture
def launcher_context(qapp, app_paths: AppPaths) -> Iterator[AppContext]:
    """The app's state and services over the test's home, English, no price provider."""
    translators = Translators()
    translators.switch("en")
    runner = TaskRunner()
    context = AppContext(app_paths, Settings(), SavedProgress(), runner, translators)
    yield context
    assert runner.shutdown(5), "tasks still running at the end of the test"
    translators.remove()

"""The task runner: the callable runs off the GUI thread; its outcome comes back on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from fastai_launcher.core.errors import Cancelled, CapacityError, TimedOut
from fastai_launcher.core.text import QT_TRANSLATE_NOOP, text
from fastai_launcher.ui.tasks import TaskRunner, UnexpectedError
from fastai_launcher.ui.widgets.error_dialog import ErrorDialog

SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


class Outcome:
    """Records every callback, and on which thread it ran."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[object] = []
        self.progress: list[tuple[str, int, int]] = []
        self.threads: set[int] = set()

    def result(self, value: object) -> None:
        self.threads.add(threading.get_ident())
        self.results.append(value)

    def error(self, error: object) -> None:
        self.threads.add(threading.get_ident())
        self.errors.append(error)

    def step(self, step, done: int, total: int) -> None:
        self.threads.add(threading.get_ident())
        self.progress.append((step.render(), done, total))


@pytest.fixture
def runner(qapp):
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(5)


@pytest.fixture
def outcome() -> Outcome:
    return Outcome()


def start(runner: TaskRunner, outcome: Outcome, fn, **kwargs):
    return runner.run(
        fn, on_result=outcome.result, on_error=outcome.error, on_progress=outcome.step, **kwargs
    )


def test_result_arrives_on_the_gui_thread_and_the_callable_runs_elsewhere(qtbot, runner, outcome):
    gui = threading.get_ident()
    callable_threads: list[int] = []

    def work(ctx):
        callable_threads.append(threading.get_ident())
        return {"instance": "i-0123"}

    handle = start(runner, outcome, work)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert outcome.results == [{"instance": "i-0123"}]
    assert outcome.errors == []
    assert callable_threads and callable_threads[0] != gui
    assert outcome.threads == {gui}


def test_progress_is_reported_in_order(qtbot, runner, outcome):
    def work(ctx):
        for done in (1, 2, 3):
            ctx.progress(text("Test", QT_TRANSLATE_NOOP("Test", "Step {n}"), n=done), done, 3)
        return "ok"

    handle = start(runner, outcome, work)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert outcome.progress == [("Step 1", 1, 3), ("Step 2", 2, 3), ("Step 3", 3, 3)]
    assert outcome.results == ["ok"]
    assert outcome.threads == {threading.get_ident()}


def test_a_typed_error_comes_back_as_itself(qtbot, runner, outcome):
    def work(ctx):
        raise CapacityError(
            text("Test", QT_TRANSLATE_NOOP("Test", "No GPU machines left in {zone}."), zone="a")
        )

    handle = start(runner, outcome, work)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert outcome.results == []
    [error] = outcome.errors
    assert isinstance(error, CapacityError)
    assert str(error) == "No GPU machines left in a."
    assert "CapacityError" in handle.details and "in work" in handle.details
    assert outcome.threads == {threading.get_ident()}


@pytest.mark.expect_error_log("failed unexpectedly")
def test_an_unexpected_exception_is_wrapped_and_its_details_redacted(qtbot, runner, outcome):
    def work(ctx):
        raise RuntimeError(f"boto said aws_secret_access_key={SECRET} token=abc123def")

    handle = start(runner, outcome, work)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    [error] = outcome.errors
    assert isinstance(error, UnexpectedError)
    assert "RuntimeError" in str(error)
    assert "boto said" in error.details and "in work" in error.details
    for shown in (error.details, handle.details, str(error), error.next_action.render()):
        assert SECRET not in shown and "abc123def" not in shown
    assert error.__traceback__ is None and error.__cause__ is None


def test_cancel_ends_the_task_with_cancelled(qtbot, runner, outcome):
    started = threading.Event()

    def work(ctx):
        started.set()
        while True:
            ctx.sleep(0.02)

    handle = start(runner, outcome, work)
    assert started.wait(5)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.cancel()
    assert outcome.results == []
    [error] = outcome.errors
    assert isinstance(error, Cancelled)


def test_a_result_that_arrives_after_cancel_is_not_used(qtbot, runner, outcome):
    release = threading.Event()

    def work(ctx):
        release.wait(5)  # does not look at the cancel token
        return "too late"

    handle = start(runner, outcome, work)
    handle.cancel()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        release.set()
    assert outcome.results == []
    assert [type(e) for e in outcome.errors] == [Cancelled]


def test_timeout_cancels_and_reports_timed_out(qtbot, runner, outcome):
    cancelled_seen = threading.Event()

    def work(ctx):
        try:
            while True:
                ctx.sleep(0.02)
        except Cancelled:
            cancelled_seen.set()
            raise

    handle = start(runner, outcome, work, timeout=0.2, name="waiting for the instance")
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    [error] = outcome.errors
    assert isinstance(error, TimedOut)
    assert "waiting for the instance" in str(error)
    assert cancelled_seen.wait(5)
    assert outcome.results == []


def test_timeout_is_reported_even_while_the_callable_still_blocks(qtbot, runner, outcome):
    release = threading.Event()

    def work(ctx):
        release.wait(10)  # a library call that cannot be interrupted
        return "late"

    handle = start(runner, outcome, work, timeout=0.1)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert [type(e) for e in outcome.errors] == [TimedOut]
    assert runner.active == 1  # the worker has not returned yet
    with qtbot.waitSignal(handle.settled, timeout=5000):
        release.set()
    assert outcome.results == []
    assert [type(e) for e in outcome.errors] == [TimedOut]
    qtbot.waitUntil(lambda: runner.active == 0, timeout=5000)


def test_without_on_error_the_error_dialog_shows_the_message_and_next_action(qtbot, runner):
    def work(ctx):
        raise CapacityError(text("Test", QT_TRANSLATE_NOOP("Test", "No capacity.")))

    handle = runner.run(work)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].message.text() == "No capacity."
    assert "Try again" in dialogs[0].next_action.text()
    dialogs[0].close()


def test_without_on_error_a_cancel_shows_nothing(qtbot, runner):
    handle = runner.run(lambda ctx: ctx.sleep(10))
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.cancel()
    assert isinstance(handle.error, Cancelled)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]


def test_when_the_owner_is_destroyed_the_task_is_cancelled_and_callbacks_stay_silent(
    qtbot, runner, outcome
):
    owner = QWidget()
    started = threading.Event()
    seen: list[object] = []

    def work(ctx):
        started.set()
        while True:
            ctx.sleep(0.02)

    handle = start(runner, outcome, work, owner=owner, on_finished=lambda: seen.append(1))
    assert started.wait(5)
    with qtbot.waitSignal(handle.failed, timeout=5000):
        owner.deleteLater()
    assert isinstance(handle.error, Cancelled)
    assert outcome.errors == [] and outcome.results == [] and seen == []


def test_shutdown_waits_for_every_thread(qtbot, runner, outcome):
    started = threading.Barrier(4)
    ended: list[int] = []

    def work(ctx):
        started.wait(5)
        try:
            while True:
                ctx.sleep(0.02)
        finally:
            ended.append(1)

    for _ in range(3):
        start(runner, outcome, work)
    started.wait(5)
    assert runner.shutdown(5)
    assert runner.pool.activeThreadCount() == 0
    assert len(ended) == 3

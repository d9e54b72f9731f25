"""The full flow in the test world, through the app's real task runner, as the wizard
runs it: sign in, region, prices, quota, key, then "Launch" → launch, connect,
install, Jupyter, the browser's first request, and stop.

Three figures from one run:

- GUI stalls: the worst gap between two beats of a 10 ms `QTimer` on the GUI
  thread, from signing in to stopped (every step runs on the runner's pool and
  reports back through its signals, as the pages do).
- Time to Jupyter: wall time from "Launch" to a 200 from Jupyter through the
  tunnel; and the same minus the world's own waits — the flow's poll sleeps
  (`ctx.sleep`), timed by wrapping `CancelToken.wait` in this process.
- AWS calls of one launch-to-stop cycle, by operation, as the world's AWS
  endpoint received them (every HTTP request: a retry counts).
"""

from __future__ import annotations

import contextlib
import gc
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import requests
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from fastai_launcher.core import task as core_task
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.connect import connect
from fastai_launcher.flow.install import install
from fastai_launcher.flow.jupyter import ensure_jupyter
from fastai_launcher.flow.key import ensure_key_pair
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.offers import instance_offers
from fastai_launcher.flow.quota import check_gpu_quota
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ui.tasks import TaskRunner
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY

from .figures import Figure, figure
from .world import FlowWorld

T = TypeVar("T")
HEARTBEAT_MS = 10
STALL_GOAL_MS = 50


class Heartbeat(QObject):
    """A timer on the GUI thread; `worst_ms` is the longest gap between two beats."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        super().__init__()
        self.last: float | None = None
        self.worst_ms = 0.0
        self.beats = 0
        self.step = ""  # what the flow was doing, to say where a stall happened
        #: (step, gap in ms) of every gap over the goal.
        self.stalls: list[tuple[str, int]] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            gap = (now - self.last) * 1000
            self.worst_ms = max(self.worst_ms, gap)
            if gap > STALL_GOAL_MS:
                self.stalls.append((self.step, round(gap)))
        self.last = now
        self.beats += 1

    def stop(self) -> None:
        self.timer.stop()


class SleepMeter:
    """Time spent in the flow's poll sleeps (`ctx.sleep` → `CancelToken.wait`), any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.seconds = 0.0

    @contextlib.contextmanager
    def installed(self) -> Iterator[SleepMeter]:
        original = core_task.CancelToken.wait

        def timed_wait(token: core_task.CancelToken, seconds: float) -> bool:
            start = time.perf_counter()
            try:
                return original(token, seconds)
            finally:
                with self._lock:
                    self.seconds += time.perf_counter() - start

        core_task.CancelToken.wait = timed_wait  # type: ignore[method-assign,assignment]
        try:
            yield self
        finally:
            core_task.CancelToken.wait = original  # type: ignore[method-assign]


def run_on_runner(runner: TaskRunner, fn: Callable[[TaskContext], T], timeout: float = 120) -> T:
    """Run `fn` through the task runner and wait for it in a GUI event loop (the
    GUI thread keeps serving events, as while a page waits for its task)."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    handle = runner.run(
        fn,
        on_result=lambda value: outcome.setdefault("result", value),
        on_error=lambda error: outcome.setdefault("error", error),
        timeout=timeout,
    )
    handle.finished.connect(loop.quit)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def _get(url: str) -> int:
    return requests.get(url, timeout=30).status_code


def measure(world: FlowWorld) -> list[Figure]:
    QApplication.instance() or QApplication(["benchmarks"])
    runner = TaskRunner()
    ws = world.workspace(world.paths("flow"))
    heartbeat = Heartbeat()
    steps: dict[str, float] = {}
    region = world.aws.region

    def timed(name: str, fn: Callable[[TaskContext], T]) -> T:
        heartbeat.step = name
        start = time.perf_counter()
        result = run_on_runner(runner, fn)
        steps[name] = round((time.perf_counter() - start) * 1000)
        return result

    # As `app.py` does once its window shows: what exists now lives as long as the
    # process, out of the cyclic GC's full passes (here that is mostly moto, imported
    # for the world's helpers, which the app never has).
    gc.freeze()
    heartbeat.start()
    try:
        with SleepMeter().installed() as sleeps:
            timed(
                "sign_in",
                lambda ctx: sign_in_with_key(
                    ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, remember=False
                ),
            )
            timed("region", lambda ctx: choose_region(ws, ctx, region))
            ws.update(recipe="sandbox")
            timed("prices", lambda ctx: instance_offers(ws, ctx))
            timed("quota", lambda ctx: check_gpu_quota(ws, ctx))
            timed("key", lambda ctx: ensure_key_pair(ws, ctx))
            slept_before = sleeps.seconds
            launched = time.perf_counter()
            mark = world.counter.mark()
            timed("launch", lambda ctx: launch(ws, ctx))
            timed("connect", lambda ctx: connect(ws, ctx))
            timed("install", lambda ctx: install(ws, ctx))
            url = timed("jupyter", lambda ctx: ensure_jupyter(ws, ctx))
            status = timed("first_request", lambda ctx: _get(url))
            to_jupyter = time.perf_counter() - launched
            world_waits = sleeps.seconds - slept_before
            timed("stop", lambda ctx: stop(ws, ctx))
            calls = world.counter.since(mark)
    finally:
        heartbeat.stop()
        ws.close()
        runner.shutdown(10)
    if status != 200:
        raise RuntimeError(f"Jupyter answered {status} through the tunnel")
    return [
        figure(
            "gui_worst_heartbeat_gap_full_flow",
            heartbeat.worst_ms,
            "ms",
            f"<= {STALL_GOAL_MS} ms",
            heartbeat_interval_ms=HEARTBEAT_MS,
            beats=heartbeat.beats,
            stalls_over_goal=heartbeat.stalls,
        ),
        figure(
            "time_to_jupyter_from_launch",
            to_jupyter,
            "s",
            "as short as the world allows; reported with and without the world's waits",
            without_world_waits_s=round(to_jupyter - world_waits, 3),
            world_waits_s=round(world_waits, 3),
            steps_ms=steps,
        ),
        figure(
            "aws_calls_launch_to_stop",
            len(calls),
            "calls",
            "few; no call repeated without need",
            by_operation=world.counter.by_operation(calls),
        ),
    ]

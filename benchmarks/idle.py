"""The app idling (offscreen) with one running instance, polled: its resident memory
and the AWS calls the polling makes.

The app is started as a user starts it (`python -m fastai_launcher`), returning
after the setup: saved progress names an AWS profile (in the world's home), the
region and the running instance.  The world's AWS endpoint counts every request
by operation, so the calls are what the app really sent.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from fastai_launcher.aws.tags import app_tags
from fastai_launcher.core import state
from fastai_launcher.core.state import SavedProgress
from tests.world.aws import DLAMI_IMAGES, write_profile

from .figures import Figure, figure
from .world import FlowWorld

IDLE_SECONDS = 65.0  # the first poll at start, the next 30 s later (PollTiming.first)
MEMORY_GOAL_MB = 150


def _running_instance(world: FlowWorld) -> str:
    ec2 = world.aws.client("ec2")
    made = ec2.run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"],
        InstanceType="g4dn.xlarge",
        MinCount=1,
        MaxCount=1,
        TagSpecifications=[{"ResourceType": "instance", "Tags": app_tags()}],
    )
    return str(made["Instances"][0]["InstanceId"])


def _rss_mb(pid: int) -> tuple[float, float]:
    """(resident now, resident at its highest) in MB, from /proc."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _wait_for_log(log: Path, words: str, child: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise RuntimeError(f"the app exited with {child.returncode}")
        if log.exists() and words in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.05)
    raise RuntimeError(f"the app never logged {words!r}")


def _polls(events: list[tuple[float, str]], gap: float = 5.0) -> list[list[tuple[float, str]]]:
    """The calls grouped into polls: a new poll after `gap` seconds without a call."""
    polls: list[list[tuple[float, str]]] = []
    for event in events:
        if not polls or event[0] - polls[-1][-1][0] > gap:
            polls.append([])
        polls[-1].append(event)
    return polls


def measure(world: FlowWorld, seconds: float = IDLE_SECONDS) -> list[Figure]:
    instance_id = _running_instance(world)
    write_profile(world.home, "default", world.aws.region)
    paths = world.paths("idle-app")
    progress = SavedProgress(
        last_step="done",
        profile="default",
        region=world.aws.region,
        instance_id=instance_id,
        recipe="sandbox",
        setup_done=True,
    )
    state.save(progress, paths.state_file)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FASTAI_LAUNCHER_HOME": str(paths.config.parent),
    }
    mark = world.counter.mark()
    child = subprocess.Popen(
        [sys.executable, "-m", "fastai_launcher", "--lang", "en"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_log(paths.log_file, "main window shown", child, 60)
        shown = time.monotonic()
        time.sleep(max(0.0, seconds - (time.monotonic() - shown)))
        rss, peak = _rss_mb(child.pid)
        idle = time.monotonic() - shown
        calls = world.counter.since(mark)
    finally:
        child.send_signal(signal.SIGTERM)
        try:
            child.wait(30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
    per_minute = len(calls) / (idle / 60)
    return [
        figure(
            "idle_memory_rss_one_running_instance",
            rss,
            "MB",
            f"<= {MEMORY_GOAL_MB} MB",
            peak_rss_mb=round(peak, 1),
            idle_seconds=round(idle, 1),
        ),
        figure(
            "idle_aws_calls_per_minute",
            per_minute,
            "calls/min",
            "cheap polling: a steady poll is one DescribeInstances call",
            idle_seconds=round(idle, 1),
            by_operation=world.counter.by_operation(calls),
            polls=[world.counter.by_operation(poll) for poll in _polls(calls)],
        ),
    ]

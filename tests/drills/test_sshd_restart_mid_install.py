"""Drill: the instance's sshd restarts in the middle of the course install.

The install runs on the "instance" (the world's sshd) under `nohup setsid`; the
sshd is restarted — every SSH connection drops — while the recipe prints its
lines.  The flow's install reconnects, re-attaches to the same run and follows
its log from where it stopped: the user's log is the run's log, every line
once, in order, and the install finishes.
"""

from __future__ import annotations

import dataclasses
import threading

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.connect import connect
from fastai_launcher.flow.install import install
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ssh.recipes import MARK, RecipeState, RecipeStep, load_recipe
from tests.world.app_world import CALLER_IP, FAST
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.sshd import free_port

LINES = 40
RESTART_AT = "line 5"


def test_drill_sshd_restarted_mid_install_finishes_with_one_continuous_log(
    world, sshd, app_paths, isolated_home, course
):
    slow = dataclasses.replace(
        course,
        steps=(
            RecipeStep(
                "Count slowly", f'for i in $(seq 1 {LINES}); do echo "line $i"; sleep 0.1; done'
            ),
        ),
    )
    ws = Workspace.load(
        app_paths,
        home=isolated_home,
        host_name="laptop",
        timing=FAST,
        fetch_ip=lambda: CALLER_IP + "\n",
        recipes=lambda name: slow if name == "sandbox" else load_recipe(name),
        jupyter_port=free_port(),
        local_port=free_port(),
    )
    ctx = TaskContext()
    try:
        sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        choose_region(ws, ctx, world.region)
        ws.update(recipe="sandbox")
        launch(ws, ctx)
        connect(ws, ctx)
        first_session = ws.ssh
        old_sshd = sshd.process.pid

        lines: list[str] = []
        restarted = threading.Event()
        restarter = threading.Thread(target=lambda: (sshd.restart(), restarted.set()))

        def on_line(line: str) -> None:
            lines.append(line)
            if line == RESTART_AT:
                restarter.start()

        status = install(ws, ctx, on_line)
        restarter.join(30)

        assert restarted.is_set() and sshd.process.pid != old_sshd
        assert status.state is RecipeState.SUCCEEDED and ws.progress.setup_done
        assert ws.ssh is not first_session  # the dropped session was replaced
        counted = [line for line in lines if line.startswith("line ")]
        assert counted == [f"line {i}" for i in range(1, LINES + 1)]
        # What the user saw is exactly the run's own log on the instance: one run, no gap.
        remote_log = (sshd.home / slow.state_dir / "log").read_text()
        assert lines == remote_log.splitlines()
        assert [line for line in lines if line.startswith(MARK)] == [
            f"{MARK} step 1/2: Get the course",
            f"{MARK} step 2/2: Count slowly",
            f"{MARK} finished: exit code 0",
        ]
        stop(ws, ctx)
    finally:
        ws.close()

"""Drill: the app is killed (SIGKILL) between `RunInstances` and `running`.

A child process runs the flow's launch against the world's moto server, as the
app's task would; as soon as AWS has answered `RunInstances` (a botocore
`after-call` hook in the child says so on stdout and holds the child there) it
is killed.  A new Workspace from the saved files — the next start of the app —
finds the instance by the launch's client token, launches nothing new and
carries on to Jupyter.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import requests

from fastai_launcher.core import state
from fastai_launcher.core.state import SavedProgress
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.runs import express
from fastai_launcher.flow.signin import sign_in_with_key
from fastai_launcher.ssh.recipes import load_recipe
from tests.world.app_world import CALLER_IP, FAST
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, instances
from tests.world.aws_record import operations, writes
from tests.world.children import reaped
from tests.world.sshd import free_port

CHILD = """
import sys, time
from pathlib import Path
from fastai_launcher.core.paths import under
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.signin import choose_region, sign_in_with_key

root, home, region, key_id, secret = sys.argv[1:]
ws = Workspace.load(under(Path(root)), home=Path(home), host_name="laptop")
ctx = TaskContext()
sign_in_with_key(ws, ctx, key_id, secret, remember=False)
choose_region(ws, ctx, region)
ws.update(recipe="sandbox")

def answered(**kwargs):
    print("RunInstances answered", flush=True)
    time.sleep(300)  # killed here, before the instance id is saved or waited for

ws.client("ec2").meta.events.register("after-call.ec2.RunInstances", answered)
launch(ws, ctx)
print("launch finished: the drill missed its moment", flush=True)
"""


def test_drill_app_killed_between_run_instances_and_running_resumes_with_the_same_instance(
    world, app_paths, isolated_home, course
):
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(app_paths.config.parent), str(isolated_home),
         world.region, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip
    with reaped(child):
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "RunInstances answered", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL

    saved = state.load(SavedProgress, app_paths.state_file)
    assert saved.client_token and saved.instance_id is None  # killed before the id was saved
    (launched,) = instances(world)

    ws = Workspace.load(
        app_paths,
        home=isolated_home,
        host_name="laptop",
        timing=FAST,
        fetch_ip=lambda: CALLER_IP + "\n",
        recipes=lambda name: course if name == "sandbox" else load_recipe(name),
        jupyter_port=free_port(),
        local_port=free_port(),
    )
    try:
        ctx = TaskContext()
        sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        with operations() as done:
            url = express(ws, ctx)
        assert requests.get(url, timeout=10).status_code == 200
        assert "ec2:RunInstances" not in writes(done)
        assert [i["InstanceId"] for i in instances(world)] == [launched["InstanceId"]]
        assert ws.progress.instance_id == launched["InstanceId"]
        assert ws.progress.client_token is None
        assert len(world.client("ec2").describe_key_pairs()["KeyPairs"]) == 1
        stop(ws, ctx)
    finally:
        ws.close()

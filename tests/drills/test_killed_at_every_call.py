"""Drill: the app is killed (SIGKILL) at every AWS-call boundary of a launch.

`test_app_killed_mid_launch.py` kills the app at one point (as `RunInstances`
answers) and carries on to Jupyter.  Here the launch is killed once per AWS call
it makes, each time as AWS has just answered that call and before the app
could use the answer: a child process runs the flow's `launch` against the
world's moto server, a botocore `after-call` hook on its clients prints every
answered call and, at the chosen one, holds the child, which is killed.

The calls are `LAUNCH_CALLS` (`tests/world/drill_disk.py`), the launch's calls
in the order the flow makes them today; the child reports the calls it saw, so
a change to the flow fails here and asks for that list to be updated.

A new Workspace from the saved files (the next start of the app) then runs the
launch to the end.  Whatever the moment: exactly one instance exists in AWS
(none made twice, none launched before the kill forgotten), it has its idle
alarm, and no alarm watches another one; one key pair and one security group.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from fastai_launcher.aws.autostop import alarm_name
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.signin import sign_in_with_key
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, AwsWorld
from tests.world.children import reaped
from tests.world.drill_disk import LAUNCH_CALLS
from tests.world.instance import workspace_options

CHILD = """
import sys, time
from pathlib import Path
from fastai_launcher.core.paths import under
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.signin import choose_region, sign_in_with_key

root, home, region, key_id, secret, hold_at = sys.argv[1:]
ws = Workspace.load(under(Path(root)), home=Path(home), host_name="laptop")
ctx = TaskContext()
sign_in_with_key(ws, ctx, key_id, secret, remember=False)
choose_region(ws, ctx, region)
answered = []

def after_call(event_name, **kwargs):
    _, service, operation = event_name.split(".", 2)
    answered.append(f"{service}.{operation}")
    print("CALL", answered[-1], flush=True)
    if len(answered) == int(hold_at):
        print("HOLD", flush=True)
        time.sleep(300)  # killed here: AWS has answered, the app has not seen it

for service in ("ec2", "ssm", "cloudwatch"):
    ws.client(service).meta.events.register("after-call", after_call)
launch(ws, ctx)
print("DONE", flush=True)
"""

CASES = [
    pytest.param(n, id=f"killed-after-{n:02d}-{call}")
    for n, call in enumerate(LAUNCH_CALLS, start=1)
]
RUN_INSTANCES = LAUNCH_CALLS.index("ec2.RunInstances") + 1


def every_instance(world: AwsWorld) -> list[str]:
    """Every instance ever launched in the world (nothing here terminates one)."""
    reservations = world.client("ec2").describe_instances()["Reservations"]
    return [i["InstanceId"] for r in reservations for i in r["Instances"]]


def alarm_names(world: AwsWorld) -> list[str]:
    return [a["AlarmName"] for a in world.client("cloudwatch").describe_alarms()["MetricAlarms"]]


def killed_launch(world: AwsWorld, app_root: Path, home: Path, hold_at: int) -> list[str]:
    """Run the launch in a child, SIGKILL it once the `hold_at`-th AWS call has
    answered; the calls it reported, in order."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(app_root), str(home), world.region,
         TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, str(hold_at)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip
    calls: list[str] = []
    with reaped(child):
        assert child.stdout is not None
        for line in child.stdout:
            word, _, call = line.strip().partition(" ")
            if word == "CALL":
                calls.append(call)
            if word in ("HOLD", "DONE"):
                break
        else:
            stderr = child.stderr.read() if child.stderr else ""
            raise AssertionError(f"the child ended before its moment: {stderr}")
        assert word == "HOLD", f"the launch finished after {len(calls)} calls: {calls}"
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    return calls


@pytest.mark.parametrize("hold_at", CASES)
def test_drill_killed_at_any_call_of_the_launch_a_restart_makes_one_instance_with_its_alarm(
    aws_world, app_paths, isolated_home, hold_at
):
    calls = killed_launch(aws_world, app_paths.config.parent, isolated_home, hold_at)
    before = every_instance(aws_world)

    ws = Workspace.load(app_paths, **workspace_options(isolated_home))  # the restart
    try:
        ctx = TaskContext()
        sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        info = launch(ws, ctx)

        assert every_instance(aws_world) == [info.instance_id], "an instance was made twice"
        assert before in ([], [info.instance_id])  # the one launched before the kill, kept
        assert info.state == "running"
        assert alarm_names(aws_world) == [alarm_name(info.instance_id)]
        assert ws.progress.instance_id == info.instance_id and ws.progress.client_token is None
        assert len(aws_world.client("ec2").describe_key_pairs()["KeyPairs"]) == 1
        groups = aws_world.client("ec2").describe_security_groups(
            Filters=[{"Name": "group-name", "Values": ["fastai-launcher"]}]
        )["SecurityGroups"]
        assert len(groups) == 1
        stop(ws, ctx)
    finally:
        ws.close()
    # The moment was the one named (checked last: a changed flow still gets its verdict).
    assert calls == LAUNCH_CALLS[:hold_at], "the launch's AWS calls changed: update the list"
    assert len(before) == (1 if hold_at >= RUN_INSTANCES else 0)

"""Finding the app's instances again, starting, stopping, and the cost of a run."""

from datetime import timedelta

import pytest

from fastai_launcher.aws.lifecycle import (
    cost_so_far,
    describe_instance,
    find_instances,
    running_seconds,
    start_instance,
    stop_instance,
    wait_for_state,
)
from fastai_launcher.core.errors import AwsError, Cancelled, TimedOut
from fastai_launcher.core.task import TaskContext
from fastai_launcher.core.text import text
from tests.world.app_clients import app_client
from tests.world.aws import DLAMI_IMAGES

FAST = {"poll_seconds": 0.01}


@pytest.fixture
def ec2(aws_world):
    """The app's EC2 client: boto3 finds the world through the environment."""
    return app_client("ec2", aws_world.region)


def launch(aws_world, tags, spot=False):
    """An instance made by the world (not by the app's launch code)."""
    world = aws_world.client("ec2")
    extra = {"InstanceMarketOptions": {"MarketType": "spot"}} if spot else {}
    run = world.run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"],
        InstanceType="g4dn.xlarge",
        MinCount=1,
        MaxCount=1,
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}
        ],
        **extra,
    )
    return run["Instances"][0]["InstanceId"]


APP = {"app": "fastai-launcher", "Name": "fastai course"}


def test_only_the_apps_instances_that_still_exist_are_found(aws_world, ec2):
    running = launch(aws_world, APP)
    stopped = launch(aws_world, APP, spot=True)
    launch(aws_world, {"Name": "someone else's"})
    gone = launch(aws_world, APP)
    world = aws_world.client("ec2")
    world.stop_instances(InstanceIds=[stopped])
    world.terminate_instances(InstanceIds=[gone])  # the user deleted it in the console

    found = {info.instance_id: info for info in find_instances(ec2)}

    assert set(found) == {running, stopped}
    info = found[running]
    assert info.state == "running"
    assert info.instance_type == "g4dn.xlarge"
    assert info.region == aws_world.region
    assert info.name == "fastai course"
    assert info.public_ip
    assert info.availability_zone.startswith(aws_world.region)
    assert info.launch_time is not None and info.launch_time.utcoffset() == timedelta(0)
    assert info.spot is False
    assert found[stopped].state == "stopped"
    assert found[stopped].public_ip is None
    assert found[stopped].spot is True


def test_start_reports_the_new_address_and_stop_waits_for_stopped(aws_world, ec2):
    instance_id = launch(aws_world, APP)
    steps = []
    ctx = TaskContext(on_progress=lambda step, done, total: steps.append(step.render()))

    stopped = stop_instance(ec2, instance_id, ctx, **FAST)
    assert stopped.state == "stopped"
    assert stopped.public_ip is None  # AWS releases the public IPv4 on stop
    assert "Stopping the instance: stopped" in steps

    started = start_instance(ec2, instance_id, ctx, **FAST)
    assert started.state == "running"
    assert started.public_ip is not None
    assert "Starting the instance: running" in steps
    assert describe_instance(ec2, instance_id).public_ip == started.public_ip


def test_running_time_and_cost_so_far(aws_world, ec2):
    instance_id = launch(aws_world, APP)
    info = describe_instance(ec2, instance_id)
    later = info.launch_time + timedelta(minutes=90)

    assert running_seconds(info, later) == 5400
    assert cost_so_far(info, 0.526, later) == pytest.approx(0.789)

    stopped = stop_instance(ec2, instance_id, TaskContext(), **FAST)
    assert running_seconds(stopped, later) == 0
    assert cost_so_far(stopped, 0.526, later) == 0


def test_a_wait_that_takes_too_long_times_out(aws_world, ec2):
    instance_id = launch(aws_world, APP)
    times = iter(range(0, 10_000, 100))
    ctx = TaskContext(clock=lambda: float(next(times)))
    with pytest.raises(TimedOut) as raised:
        wait_for_state(
            ec2, instance_id, "stopped", ctx, step=text("T", "Stopping"), timeout=250, **FAST
        )
    assert "250 s" in str(raised.value)


def test_a_cancel_ends_the_wait(aws_world, ec2):
    instance_id = launch(aws_world, APP)
    ctx = TaskContext()
    ctx.on_progress = lambda step, done, total: ctx.token.cancel()
    with pytest.raises(Cancelled):
        wait_for_state(ec2, instance_id, "stopped", ctx, step=text("T", "Stopping"), **FAST)


def test_an_instance_that_ends_up_in_the_wrong_state_says_why(aws_world, ec2):
    instance_id = launch(aws_world, APP)
    aws_world.client("ec2").stop_instances(InstanceIds=[instance_id])
    with pytest.raises(AwsError) as raised:
        wait_for_state(
            ec2,
            instance_id,
            "running",
            TaskContext(),
            step=text("T", "Starting"),
            failed_states=("stopped",),
            **FAST,
        )
    message = str(raised.value)
    assert instance_id in message
    assert "stopped instead of running" in message
    assert "User initiated shutdown" in message

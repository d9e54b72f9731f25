"""Launching on the moto server: the request, the wait, the crash-safe retry, other zones."""

import dataclasses

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import EC2Backend

from fastai_launcher.aws.catalogue import aws_code
from fastai_launcher.aws.dlami import latest_dlami
from fastai_launcher.aws.keypairs import import_key_pair
from fastai_launcher.aws.launch import (
    LaunchRequest,
    launch_instance,
    new_client_token,
    wait_until_running,
)
from fastai_launcher.aws.lifecycle import find_instances, start_instance, stop_instance
from fastai_launcher.aws.network import open_ssh_for_this_computer
from fastai_launcher.core import state
from fastai_launcher.core.errors import Cancelled, CapacityError, InstanceLeftRunning
from fastai_launcher.core.task import TaskContext
from tests.world.app_clients import app_client

FAST = {"poll_seconds": 0.01}


@pytest.fixture
def ec2(aws_world):
    """The app's EC2 client: boto3 finds the world through the environment."""
    return app_client("ec2", aws_world.region)


@pytest.fixture
def request_(aws_world, ec2):
    public_key = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
        .decode()
    )
    key = import_key_pair(ec2, public_key, host="laptop")
    group_id, _ = open_ssh_for_this_computer(ec2, lambda: "203.0.113.7")
    image = latest_dlami(ec2, app_client("ssm", aws_world.region))
    return LaunchRequest(
        image_id=image.image_id,
        root_device_name=image.root_device_name,
        instance_type="g4dn.xlarge",
        key_name=key.name,
        security_group_id=group_id,
        volume_gb=75,
        name="fastai course",
    )


def sent_run_instances(client):
    """The parameters of every RunInstances the client sends (moto drops some of them)."""
    sent = []
    client.meta.events.register(
        "provide-client-params.ec2.RunInstances", lambda params, **_: sent.append(dict(params))
    )
    return sent


def instance_of(aws_world, instance_id):
    world = aws_world.client("ec2")
    return world.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]


def test_the_launch_asks_for_everything_the_guide_and_safety_need(aws_world, ec2, request_):
    sent = sent_run_instances(ec2)
    token = new_client_token()
    instance_id = launch_instance(ec2, request_, token, TaskContext())

    instance = instance_of(aws_world, instance_id)
    tags = {t["Key"]: t["Value"] for t in instance["Tags"]}
    assert tags["app"] == "fastai-launcher"
    assert tags["Name"] == "fastai course"
    assert instance["ImageId"] == request_.image_id
    assert instance["InstanceType"] == "g4dn.xlarge"
    assert instance["KeyName"] == request_.key_name
    assert [g["GroupId"] for g in instance["SecurityGroups"]] == [request_.security_group_id]

    world = aws_world.client("ec2")
    behaviour = world.describe_instance_attribute(
        InstanceId=instance_id, Attribute="instanceInitiatedShutdownBehavior"
    )
    assert behaviour["InstanceInitiatedShutdownBehavior"]["Value"] == "stop"
    root = next(
        m for m in instance["BlockDeviceMappings"] if m["DeviceName"] == request_.root_device_name
    )
    assert root["Ebs"]["DeleteOnTermination"] is True
    volume = world.describe_volumes(VolumeIds=[root["Ebs"]["VolumeId"]])["Volumes"][0]
    assert volume["Size"] == 75
    assert volume["VolumeType"] == "gp3"

    # moto ignores termination protection at launch, so the request itself is checked.
    assert len(sent) == 1
    assert sent[0]["DisableApiTermination"] is True
    assert sent[0]["ClientToken"] == token
    assert "InstanceMarketOptions" not in sent[0]


def test_the_instance_answers_only_imdsv2_with_a_hop_limit_docker_can_use(aws_world, ec2, request_):
    # moto stores the request's MetadataOptions and DescribeInstances shows them.
    for spot in (False, True):
        launch = dataclasses.replace(request_, spot=spot)
        instance_id = launch_instance(ec2, launch, new_client_token(), TaskContext())

        options = instance_of(aws_world, instance_id)["MetadataOptions"]
        assert options["HttpTokens"] == "required"
        assert options["HttpPutResponseHopLimit"] == 2
        assert options["HttpEndpoint"] == "enabled"


def test_launch_stop_start_stop_cycle(aws_world, ec2, request_):
    steps = []
    ctx = TaskContext(on_progress=lambda step, done, total: steps.append(step.render()))
    instance_id = launch_instance(ec2, request_, new_client_token(), ctx)

    running = wait_until_running(ec2, instance_id, ctx, **FAST)
    assert running.state == "running"
    assert running.public_ip
    assert steps[-1] == "The instance is ready"
    assert "Waiting for AWS's status checks" in steps
    assert any(s.startswith("Starting the instance: running") for s in steps)

    assert stop_instance(ec2, instance_id, ctx, **FAST).state == "stopped"
    started = start_instance(ec2, instance_id, ctx, **FAST)
    assert started.state == "running"
    assert started.public_ip
    assert stop_instance(ec2, instance_id, ctx, **FAST).state == "stopped"

    [info] = find_instances(ec2)
    assert (info.instance_id, info.state) == (instance_id, "stopped")


class SimulatedCrash(BaseException):
    """The app dies: not an error any code of ours would catch."""


def test_a_crash_after_run_instances_reached_aws_never_launches_twice(
    aws_world, ec2, request_, app_paths
):
    progress_file = app_paths.state_file
    progress = state.SavedProgress(client_token=new_client_token())
    state.save(progress, progress_file)  # saved BEFORE the call, as the UI must

    def crash_before_the_answer_arrives(**_):
        raise SimulatedCrash()

    ec2.meta.events.register("after-call.ec2.RunInstances", crash_before_the_answer_arrives)
    with pytest.raises(SimulatedCrash):
        launch_instance(ec2, request_, progress.client_token, TaskContext())
    [launched] = find_instances(ec2)  # AWS did launch it; the app never heard the id

    # The app starts again: a new client, the token read back from disk.
    restarted = app_client("ec2", aws_world.region)
    token = state.load(state.SavedProgress, progress_file).client_token
    again = launch_instance(restarted, request_, token, TaskContext())

    assert again == launched.instance_id
    assert [i.instance_id for i in find_instances(restarted)] == [launched.instance_id]


def test_a_crash_before_run_instances_was_sent_launches_once_on_retry(aws_world, ec2, request_):
    token = new_client_token()

    def crash_before_sending(**_):
        raise SimulatedCrash()

    ec2.meta.events.register("before-call.ec2.RunInstances", crash_before_sending)
    with pytest.raises(SimulatedCrash):
        launch_instance(ec2, request_, token, TaskContext())
    assert find_instances(ec2) == []

    restarted = app_client("ec2", aws_world.region)
    first = launch_instance(restarted, request_, token, TaskContext())
    second = launch_instance(restarted, request_, token, TaskContext())
    assert first == second
    assert len(find_instances(restarted)) == 1


@pytest.fixture
def zones_without_capacity(monkeypatch):
    """A moto patch: RunInstances in the listed zones fails as AWS does when a zone is full.

    A request without a subnet lands in the region's first zone (moto's choice).
    """
    full: dict[str, str] = {}
    original = EC2Backend.run_instances

    def run_instances(self, image_id, count, user_data, security_group_names, **kwargs):
        subnet_id = kwargs.get("subnet_id")
        zone = (
            self.get_subnet(subnet_id).availability_zone
            if subnet_id
            else kwargs.get("placement") or self.region_name + "a"
        )
        if zone in full:
            code = full[zone]
            raise EC2ClientError(code, f"We currently do not have sufficient capacity in {zone}.")
        return original(self, image_id, count, user_data, security_group_names, **kwargs)

    monkeypatch.setattr(EC2Backend, "run_instances", run_instances)
    return full


def test_a_full_zone_is_skipped_for_another_that_offers_the_type(
    aws_world, ec2, request_, zones_without_capacity
):
    zones_without_capacity["us-west-2a"] = "InsufficientInstanceCapacity"
    zones_without_capacity["us-west-2b"] = "Unsupported"
    steps = []
    ctx = TaskContext(on_progress=lambda step, done, total: steps.append(step.render()))

    instance_id = launch_instance(ec2, request_, new_client_token(), ctx)

    assert instance_of(aws_world, instance_id)["Placement"]["AvailabilityZone"] == "us-west-2c"
    assert "Trying availability zone us-west-2c" in steps
    # us-west-2d does not offer g4dn.xlarge in moto's offerings data: never tried.
    assert not any("us-west-2d" in s for s in steps)


def test_when_every_zone_is_full_the_capacity_error_reaches_the_user(
    aws_world, ec2, request_, zones_without_capacity
):
    for zone in ("us-west-2a", "us-west-2b", "us-west-2c"):
        zones_without_capacity[zone] = "InsufficientInstanceCapacity"
    with pytest.raises(CapacityError) as raised:
        launch_instance(ec2, request_, new_client_token(), TaskContext())
    assert "no free capacity" in str(raised.value)
    assert aws_code(raised.value) == "InsufficientInstanceCapacity"
    assert find_instances(ec2) == []


def test_a_spot_launch_asks_for_a_persistent_request_that_stops(aws_world, ec2, request_):
    sent = sent_run_instances(ec2)
    spot = dataclasses.replace(request_, spot=True)
    instance_id = launch_instance(ec2, spot, new_client_token(), TaskContext())

    assert sent[0]["InstanceMarketOptions"] == {
        "MarketType": "spot",
        "SpotOptions": {"SpotInstanceType": "persistent", "InstanceInterruptionBehavior": "stop"},
    }
    # AWS refuses termination protection on spot instances; the request leaves it out.
    assert "DisableApiTermination" not in sent[0]
    assert sent[0]["InstanceInitiatedShutdownBehavior"] == "stop"
    assert instance_of(aws_world, instance_id).get("InstanceLifecycle") == "spot"
    [info] = find_instances(ec2)
    assert info.spot is True


def test_cancelling_the_wait_hands_back_the_launched_instance(aws_world, ec2, request_):
    ctx = TaskContext()
    instance_id = launch_instance(ec2, request_, new_client_token(), ctx)

    def cancel_at_status_checks(step, done, total):
        if step.render() == "Waiting for AWS's status checks":
            ctx.token.cancel()

    ctx.on_progress = cancel_at_status_checks
    with pytest.raises(InstanceLeftRunning) as raised:
        wait_until_running(ec2, instance_id, ctx, **FAST)
    assert isinstance(raised.value, Cancelled)
    assert raised.value.at_risk.instance_id == instance_id
    assert instance_id in str(raised.value)
    assert "Stop it now" in raised.value.next_action.render()

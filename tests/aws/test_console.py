"""The console text the SSH layer reads host keys from, on the moto server."""

import pytest
from botocore.stub import Stubber

from fastai_launcher.aws.console import get_console_output
from fastai_launcher.core.errors import AwsError
from tests.world.app_clients import app_client
from tests.world.aws import DLAMI_IMAGES, cloud_init_console_text

HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"


@pytest.fixture
def ec2(aws_world):
    """The app's EC2 client: boto3 finds the world through the environment."""
    return app_client("ec2", aws_world.region)


@pytest.fixture
def instance_id(aws_world):
    run = aws_world.client("ec2").run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"], InstanceType="g4dn.xlarge", MinCount=1, MaxCount=1
    )
    return run["Instances"][0]["InstanceId"]


def test_the_host_key_block_cloud_init_printed_is_returned_as_text(aws_world, ec2, instance_id):
    aws_world.set_console_output(instance_id, cloud_init_console_text([HOST_KEY]))

    output = get_console_output(ec2, instance_id)

    assert "-----BEGIN SSH HOST KEY KEYS-----" in output
    assert HOST_KEY.split()[1] in output
    assert "-----END SSH HOST KEY KEYS-----" in output


def test_right_after_boot_there_is_no_host_key_block_yet(ec2, instance_id):
    output = get_console_output(ec2, instance_id)  # moto's fixed kernel log
    assert output.startswith("Linux version")
    assert "SSH HOST KEY" not in output


def test_no_output_at_all_is_an_empty_text(ec2, instance_id):
    # AWS leaves "Output" out until the instance has printed anything (Stubber: moto always has text).
    with Stubber(ec2) as stub:
        stub.add_response(
            "get_console_output",
            {"InstanceId": instance_id},
            {"InstanceId": instance_id, "Latest": True},
        )
        assert get_console_output(ec2, instance_id) == ""


def test_an_instance_type_without_latest_output_gets_the_buffered_one(ec2, instance_id):
    # Xen instances (p2) refuse Latest=True (Stubber: moto accepts it everywhere).
    with Stubber(ec2) as stub:
        stub.add_client_error(
            "get_console_output",
            service_error_code="UnsupportedOperation",
            expected_params={"InstanceId": instance_id, "Latest": True},
        )
        stub.add_response(
            "get_console_output",
            {"InstanceId": instance_id, "Output": "buffered boot log"},
            {"InstanceId": instance_id},
        )
        assert get_console_output(ec2, instance_id) == "buffered boot log"


def test_an_unknown_instance_is_a_typed_error(ec2):
    with pytest.raises(AwsError) as raised:
        get_console_output(ec2, "i-0000000000000dead")
    assert "InvalidInstanceID.NotFound" in str(raised.value)

"""The AWS part of the test world is real: boto3 launches and stops on moto's server."""

from tests.world.aws import DLAMI_IMAGES


def test_boto3_launches_and_stops_an_instance_on_the_moto_server(aws_world):
    ec2 = aws_world.client("ec2")
    image = DLAMI_IMAGES[1]["ami_id"]
    run = ec2.run_instances(ImageId=image, InstanceType="g4dn.xlarge", MinCount=1, MaxCount=1)
    instance_id = run["Instances"][0]["InstanceId"]
    ec2.stop_instances(InstanceIds=[instance_id])
    state = ec2.describe_instances(InstanceIds=[instance_id])["Reservations"][0]["Instances"][0]
    assert state["State"]["Name"] == "stopped"


def test_instance_type_validation_is_on(aws_world):
    import botocore.exceptions
    import pytest

    ec2 = aws_world.client("ec2")
    with pytest.raises(botocore.exceptions.ClientError):
        ec2.run_instances(
            ImageId=DLAMI_IMAGES[1]["ami_id"], InstanceType="x9.nonsense", MinCount=1, MaxCount=1
        )


def test_state_is_reset_between_tests(aws_world):
    ec2 = aws_world.client("ec2")
    assert ec2.describe_instances()["Reservations"] == []

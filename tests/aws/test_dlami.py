"""The newest GPU PyTorch Ubuntu DLAMI, from SSM or, failing that, from DescribeImages.

The images are moto's (loaded from `DLAMI_IMAGES`); the world's SSM store
serves the DLAMI public parameters.  Stubber stands in only where AWS must
refuse or return nothing, which moto cannot be made to do here.
"""

import pytest
from botocore.stub import Stubber

from fastai_launcher.aws.dlami import DLAMI_PARAMETER_PATH, ForeignImageError, latest_dlami
from fastai_launcher.core.errors import AwsError
from tests.world import aws_ssm
from tests.world.app_clients import app_client
from tests.world.aws import DLAMI_IMAGES

NEWEST_PYTORCH = DLAMI_IMAGES[1]


def test_the_newest_pytorch_ubuntu_image_comes_from_the_ssm_parameters(aws_world):
    ssm = app_client("ssm", aws_world.region)
    names = [
        p["Name"]
        for p in ssm.get_parameters_by_path(Path=DLAMI_PARAMETER_PATH, Recursive=True)["Parameters"]
    ]
    assert any("pytorch-2.6" in name for name in names)  # the world has an older one too

    dlami = latest_dlami(app_client("ec2", aws_world.region), ssm)

    assert dlami.source == "ssm"
    assert dlami.image_id == NEWEST_PYTORCH["ami_id"]
    assert dlami.name == NEWEST_PYTORCH["name"]
    assert dlami.root_device_name == "/dev/sda1"


def test_without_ssm_access_the_newest_image_by_creation_date_is_used(aws_world):
    # A policy without ssm:GetParametersByPath: AWS answers AccessDenied (Stubber).
    ssm = app_client("ssm", aws_world.region)
    with Stubber(ssm) as stub:
        stub.add_client_error(
            "get_parameters_by_path",
            service_error_code="AccessDeniedException",
            http_status_code=400,
            expected_params={"Path": DLAMI_PARAMETER_PATH, "Recursive": True},
        )
        dlami = latest_dlami(app_client("ec2", aws_world.region), ssm)

    # The base image is newer but has no PyTorch; the older PyTorch image loses on date.
    assert dlami.source == "describe-images"
    assert dlami.image_id == NEWEST_PYTORCH["ami_id"]
    assert dlami.name == NEWEST_PYTORCH["name"]


def test_a_region_without_any_dlami_says_so(aws_world):
    ssm = app_client("ssm", aws_world.region)
    ec2 = app_client("ec2", aws_world.region)
    with Stubber(ssm) as ssm_stub, Stubber(ec2) as ec2_stub:
        ssm_stub.add_response("get_parameters_by_path", {"Parameters": []})
        ec2_stub.add_response("describe_images", {"Images": []})
        with pytest.raises(AwsError) as raised:
            latest_dlami(ec2, ssm)
    assert "No Deep Learning AMI" in str(raised.value)
    assert "region" in raised.value.next_action.render()


def _foreign_image(aws_world):
    """An image another account registered, named like a Deep Learning AMI."""
    world = aws_world.client("ec2")
    return world.register_image(
        Name="Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.9 (Ubuntu 24.04) 20251201",
        RootDeviceName="/dev/sda1",
        Architecture="x86_64",
    )["ImageId"]


def test_an_ssm_answer_naming_an_image_amazon_does_not_own_is_refused(aws_world, monkeypatch):
    foreign = _foreign_image(aws_world)
    # The world's SSM store serves its DLAMI parameters from aws_ssm._images: the
    # newest PyTorch parameter now names the foreign image.
    images = [*aws_ssm._images]
    images[1] = {**NEWEST_PYTORCH, "ami_id": foreign}
    monkeypatch.setattr(aws_ssm, "_images", images)

    with pytest.raises(ForeignImageError) as raised:
        latest_dlami(app_client("ec2", aws_world.region), app_client("ssm", aws_world.region))

    assert foreign in str(raised.value)
    assert "not owned by Amazon" in str(raised.value)
    assert "123456789012" in str(raised.value)
    assert raised.value.next_action.render()


def test_the_fallback_search_ignores_an_image_amazon_does_not_own(aws_world):
    # AWS filters by Owners=amazon; an answer that still carries another owner is dropped.
    foreign = {
        "ImageId": "ami-0f0reign0000001",
        "OwnerId": "123456789012",
        "Name": "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.9 (Ubuntu 24.04) 20251201",
        "CreationDate": "2025-12-01T10:00:00.000Z",
        "RootDeviceName": "/dev/sda1",
    }
    amazon = {
        "ImageId": NEWEST_PYTORCH["ami_id"],
        "OwnerId": "898082745236",
        "ImageOwnerAlias": "amazon",
        "Name": NEWEST_PYTORCH["name"],
        "CreationDate": NEWEST_PYTORCH["creation_date"],
        "RootDeviceName": "/dev/sda1",
    }
    ssm = app_client("ssm", aws_world.region)
    ec2 = app_client("ec2", aws_world.region)
    with Stubber(ssm) as ssm_stub, Stubber(ec2) as ec2_stub:
        ssm_stub.add_response("get_parameters_by_path", {"Parameters": []})
        ec2_stub.add_response("describe_images", {"Images": [foreign, amazon]})
        dlami = latest_dlami(ec2, ssm)
    assert dlami.image_id == NEWEST_PYTORCH["ami_id"]

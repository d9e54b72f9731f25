"""The newest GPU PyTorch Ubuntu DLAMI, from SSM or, failing that, from DescribeImages.

The images are moto's (loaded from `DLAMI_IMAGES`); the world's SSM store
serves the DLAMI public parameters.  Stubber stands in only where AWS must
refuse or return nothing, which moto cannot be made to do here.
"""

import pytest
from botocore.stub import Stubber

from fastai_launcher.aws.dlami import DLAMI_PARAMETER_PATH, latest_dlami
from fastai_launcher.core.errors import AwsError
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

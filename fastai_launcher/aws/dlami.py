"""The newest GPU PyTorch Ubuntu Deep Learning AMI (guide step 4).

AWS publishes the current DLAMI ids as public SSM parameters named
`/aws/service/deeplearning/ami/x86_64/<ami type>/latest/ami-id`, where the
type is the AMI's name without "deep learning ami", e.g.
`oss-nvidia-driver-gpu-pytorch-2.8-ubuntu-24.04`.  The type names change with
each PyTorch release, so they are listed by path and the newest is picked.
Where SSM cannot be read, the AMIs Amazon owns are searched by name instead.
Either way the image must be Amazon's (`ImageOwnerAlias` "amazon"): an id
from SSM naming anyone else's image is refused, not launched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from ..core.errors import AwsError
from ..core.text import QT_TRANSLATE_NOOP, text
from .typed_errors import error_code, typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client
    from mypy_boto3_ec2.type_defs import ImageTypeDef
    from mypy_boto3_ssm import SSMClient

DLAMI_PARAMETER_PATH = "/aws/service/deeplearning/ami/x86_64/"
DLAMI_NAME_PATTERN = "Deep Learning*PyTorch*Ubuntu*"

_TYPE = re.compile(r"pytorch-(\d+(?:\.\d+)*)-ubuntu-(\d+(?:\.\d+)*)", re.IGNORECASE)
_NAME = re.compile(r"PyTorch (\d+(?:\.\d+)*) \(Ubuntu (\d+(?:\.\d+)*)\)", re.IGNORECASE)
_NOT_WANTED = ("arm64", "neuron")
AMAZON_OWNER_ALIAS = "amazon"


class ForeignImageError(AwsError):
    """The image AWS's DLAMI parameter names is not owned by Amazon: never launched."""

    def __init__(self, image_id: str, owner: str) -> None:
        super().__init__(
            text(
                "Dlami",
                QT_TRANSLATE_NOOP(
                    "Dlami",
                    "The image {image} that AWS's list of Deep Learning AMIs names is not owned by Amazon (owner: {owner}). The app does not launch it.",
                ),
                image=image_id,
                owner=owner,
            ),
            text(
                "Dlami",
                QT_TRANSLATE_NOOP(
                    "Dlami",
                    "Try again later or in another region. If it keeps happening, check that nothing (a proxy, AWS_ENDPOINT_URL) redirects the app's AWS requests.",
                ),
            ),
        )
        self.image_id = image_id
        self.owner = owner


def _owned_by_amazon(image: ImageTypeDef) -> bool:
    return image.get("ImageOwnerAlias") == AMAZON_OWNER_ALIAS


@dataclass(frozen=True)
class Dlami:
    """One Deep Learning AMI in one region."""

    image_id: str
    name: str  # e.g. "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.8 (Ubuntu 24.04) 20251101"
    root_device_name: str  # where the launch puts the root volume, e.g. "/dev/sda1"
    source: str  # "ssm" or "describe-images"


def _version(value: str) -> tuple[int, ...]:
    return tuple(int(part) for part in value.split("."))


def _wanted(label: str) -> bool:
    lowered = label.lower()
    return "gpu" in lowered and not any(word in lowered for word in _NOT_WANTED)


def _rank_by(pattern: re.Pattern[str], label: str) -> tuple[tuple[int, ...], tuple[int, ...], bool]:
    """(PyTorch version, Ubuntu version, open-source driver), larger is preferred."""
    found = pattern.search(label)
    assert found is not None
    return _version(found.group(1)), _version(found.group(2)), "oss" in label.lower()


def _newest_from_ssm(ssm: SSMClient) -> str | None:
    """The AMI id the newest wanted DLAMI parameter names, or None if there is none."""
    candidates: list[tuple[tuple[tuple[int, ...], tuple[int, ...], bool], str]] = []
    for page in ssm.get_paginator("get_parameters_by_path").paginate(
        Path=DLAMI_PARAMETER_PATH, Recursive=True
    ):
        for parameter in page.get("Parameters", []):
            name = parameter.get("Name", "")
            ami_type = name.removeprefix(DLAMI_PARAMETER_PATH).split("/")[0]
            if not name.endswith("/latest/ami-id") or not _TYPE.search(ami_type):
                continue
            if _wanted(ami_type) and parameter.get("Value", "").startswith("ami-"):
                candidates.append((_rank_by(_TYPE, ami_type), parameter["Value"]))
    return max(candidates)[1] if candidates else None


def _as_dlami(image: ImageTypeDef, source: str) -> Dlami:
    return Dlami(
        image_id=image["ImageId"],
        name=image.get("Name", image["ImageId"]),
        root_device_name=image.get("RootDeviceName", "/dev/sda1"),
        source=source,
    )


def _newest_from_images(ec2: EC2Client) -> ImageTypeDef | None:
    images = ec2.describe_images(
        Owners=["amazon"],
        Filters=[
            {"Name": "name", "Values": [DLAMI_NAME_PATTERN]},
            {"Name": "architecture", "Values": ["x86_64"]},
            {"Name": "state", "Values": ["available"]},
        ],
    )["Images"]
    wanted = [
        image
        for image in images
        if _owned_by_amazon(image)
        and _wanted(image.get("Name", ""))
        and _NAME.search(image.get("Name", ""))
    ]
    if not wanted:
        return None
    return max(wanted, key=lambda image: (image.get("CreationDate", ""), image["ImageId"]))


@typed_aws_errors
def latest_dlami(ec2: EC2Client, ssm: SSMClient) -> Dlami:
    """The newest GPU PyTorch Ubuntu DLAMI in the clients' region.

    SSM first; when it has no such parameter or may not be read (a policy
    without `ssm:GetParametersByPath`), the newest by `CreationDate` among
    Amazon's AMIs named `Deep Learning*PyTorch*Ubuntu*`.  Raises
    `ForeignImageError` when SSM names an image Amazon does not own.
    """
    try:
        image_id = _newest_from_ssm(ssm)
    except ClientError:
        image_id = None
    if image_id is not None:
        try:
            images = ec2.describe_images(ImageIds=[image_id])["Images"]
        except ClientError as exc:
            if not error_code(exc).startswith("InvalidAMIID"):
                raise
            images = []  # the parameter named an image this region no longer has
        if images:
            if not _owned_by_amazon(images[0]):
                raise ForeignImageError(image_id, images[0].get("OwnerId", "?"))
            return _as_dlami(images[0], "ssm")
    image = _newest_from_images(ec2)
    if image is None:
        raise AwsError(
            text(
                "Dlami",
                QT_TRANSLATE_NOOP(
                    "Dlami", "No Deep Learning AMI with PyTorch on Ubuntu was found in this region."
                ),
            ),
            text(
                "Dlami",
                QT_TRANSLATE_NOOP(
                    "Dlami", "Choose another region, such as us-west-2 (Oregon), and try again."
                ),
            ),
        )
    return _as_dlami(image, "describe-images")

"""The Deep Learning AMI public SSM parameters, which moto lacks.

moto loads its own public parameters (`/aws/service/ami-amazon-linux-latest`,
...) into a region's parameter store the first time a path below them is
asked for; the DLAMI ones are added the same way, so moto's reset clears them
and `get_parameters_by_path(Path=..., Recursive=True)` pages through them as
it would on AWS.  Names follow AWS's scheme
`/aws/service/deeplearning/ami/x86_64/<ami type>/latest/ami-id`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from moto.ssm.models import Parameter, ParameterDict

DLAMI_PREFIX = "/aws/service/deeplearning/ami/x86_64/"

# ami type -> index into DLAMI_IMAGES (tests.world.aws); filled by `install`.
DLAMI_PARAMETER_TYPES: dict[str, int] = {
    "oss-nvidia-driver-gpu-pytorch-2.6-ubuntu-22.04": 0,
    "oss-nvidia-driver-gpu-pytorch-2.8-ubuntu-24.04": 1,
    "base-oss-nvidia-driver-gpu-ubuntu-24.04": 2,
}

_images: list[dict[str, Any]] = []


def dlami_parameter_names() -> dict[str, str]:
    """Parameter name -> AMI id, as the world serves them."""
    return {
        f"{DLAMI_PREFIX}{ami_type}/latest/ami-id": _images[index]["ami_id"]
        for ami_type, index in DLAMI_PARAMETER_TYPES.items()
    }


def _load_dlami_parameters(store: ParameterDict) -> None:
    for ami_type, index in DLAMI_PARAMETER_TYPES.items():
        image = _images[index]
        name = f"{DLAMI_PREFIX}{ami_type}/latest/ami-id"
        modified = datetime.strptime(image["creation_date"], "%Y-%m-%dT%H:%M:%S.%fZ")
        super(ParameterDict, store).__getitem__(name).append(
            Parameter(
                account_id=store.account_id,
                name=name,
                value=image["ami_id"],
                parameter_type="String",
                description=None,
                allowed_pattern=None,
                keyid=None,
                last_modified_date=modified,
                version=1,
                data_type="aws:ec2:image",
            )
        )


def install(images: list[dict[str, Any]]) -> None:
    _images[:] = images
    original = ParameterDict._check_loading_status

    def check_loading_status(self: ParameterDict, key: str) -> None:
        original(self, key)
        if str(key or "").startswith("/aws/service/deeplearning") and not getattr(
            self, "dlami_loaded", False
        ):
            self.dlami_loaded = True
            _load_dlami_parameters(self)

    ParameterDict._check_loading_status = check_loading_status  # type: ignore[method-assign]

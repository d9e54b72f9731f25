"""The GPU instance types a student can choose from in a region.

What the region offers comes from `DescribeInstanceTypeOfferings`, the GPU,
its memory, vCPUs and RAM from `DescribeInstanceTypes`.  `p2.xlarge`, the
guide's type, is always listed: its K80 GPU is retired and current Deep
Learning AMIs no longer support it, so it is never the default and can be
launched only where the region still offers it, after the user confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import BotoCoreError, ClientError

from ..core.state import OFFERED_INSTANCE_TYPES
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .catalogue import translate_aws_error

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client
    from mypy_boto3_ec2.type_defs import InstanceTypeInfoTypeDef

CTX = "InstanceTypes"
DEFAULT_TYPE = "g4dn.xlarge"
GUIDE_TYPE = "p2.xlarge"
#: Single-GPU types that suit the course, cheapest first (the guide's p2.xlarge last);
#: the saved progress accepts exactly these.
STUDENT_TYPES = OFFERED_INSTANCE_TYPES


@dataclass(frozen=True)
class GpuType:
    name: str
    gpu_model: str
    gpu_count: int
    gpu_memory_gib: float
    vcpus: int
    memory_gib: float
    offered: bool  # the region offers it now

    @property
    def family(self) -> str:
        return self.name.split(".")[0]

    @property
    def retired(self) -> bool:
        return self.name == GUIDE_TYPE

    @property
    def needs_confirmation(self) -> bool:
        """Launching it needs the user's explicit "yes, I understand"."""
        return self.retired

    @property
    def launchable(self) -> bool:
        return self.offered

    @property
    def note(self) -> Text | None:
        if self.retired:
            return retired_note()
        return None


def retired_note() -> Text:
    return text(
        CTX,
        QT_TRANSLATE_NOOP(
            "InstanceTypes",
            "The guide's type. Its NVIDIA K80 GPU is retired: current Deep Learning AMIs do not support it, and AWS is phasing it out. Choose it only if you know why.",
        ),
    )


# What AWS describes for p2.xlarge, for regions that no longer list it.
_P2_XLARGE = GpuType(GUIDE_TYPE, "K80", 1, 12.0, 4, 61.0, offered=False)


def offered_types(ec2: EC2Client, candidates: tuple[str, ...] = STUDENT_TYPES) -> set[str]:
    """Which of `candidates` the client's region offers."""
    try:
        pages = ec2.get_paginator("describe_instance_type_offerings").paginate(
            LocationType="region",
            Filters=[{"Name": "instance-type", "Values": list(candidates)}],
        )
        return {o["InstanceType"] for page in pages for o in page["InstanceTypeOfferings"]}
    except (ClientError, BotoCoreError) as error:
        raise translate_aws_error(error, ec2.meta.region_name) from None


def _gpu_type(info: InstanceTypeInfoTypeDef) -> GpuType:
    gpus = info.get("GpuInfo", {}).get("Gpus") or [{}]
    gpu = gpus[0]
    count = sum(g.get("Count", 0) for g in gpus)
    total_mib = info.get("GpuInfo", {}).get("TotalGpuMemoryInMiB", 0)
    return GpuType(
        name=info["InstanceType"],
        gpu_model=gpu.get("Name", "?"),
        gpu_count=count,
        gpu_memory_gib=round(total_mib / 1024, 1),
        vcpus=info["VCpuInfo"]["DefaultVCpus"],
        memory_gib=round(info["MemoryInfo"]["SizeInMiB"] / 1024, 1),
        offered=True,
    )


def gpu_types(ec2: EC2Client, candidates: tuple[str, ...] = STUDENT_TYPES) -> list[GpuType]:
    """The candidate types the region offers, described, in `candidates` order;
    the guide's p2.xlarge is always included (not launchable where not offered)."""
    offered = offered_types(ec2, candidates)
    described: dict[str, GpuType] = {}
    if offered:
        try:
            pages = ec2.get_paginator("describe_instance_types").paginate(
                InstanceTypes=sorted(offered)  # type: ignore[arg-type]
            )
            for page in pages:
                for info in page["InstanceTypes"]:
                    described[info["InstanceType"]] = _gpu_type(info)
        except (ClientError, BotoCoreError) as error:
            raise translate_aws_error(error, ec2.meta.region_name) from None
    if GUIDE_TYPE in candidates and GUIDE_TYPE not in described:
        described[GUIDE_TYPE] = _P2_XLARGE
    return [described[name] for name in candidates if name in described]


def default_type(types: list[GpuType]) -> GpuType | None:
    """g4dn.xlarge where offered, else the first offered type that is not retired."""
    usable = [t for t in types if t.launchable and not t.retired]
    for gpu_type in usable:
        if gpu_type.name == DEFAULT_TYPE:
            return gpu_type
    return usable[0] if usable else None

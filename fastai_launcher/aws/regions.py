"""AWS regions: their names in the user's language, the default, the console link.

Names are English sources in the `Regions` context; the UI shows them in
Korean or English.  The default is the profile's region, else Seoul for a
Korean locale, else Oregon (the guide's example).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import BotoCoreError, ClientError

from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .catalogue import translate_aws_error

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client

CTX = "Regions"
SEOUL = "ap-northeast-2"
OREGON = "us-west-2"

REGION_NAMES: dict[str, str] = {
    "us-east-1": QT_TRANSLATE_NOOP("Regions", "US East (N. Virginia)"),
    "us-east-2": QT_TRANSLATE_NOOP("Regions", "US East (Ohio)"),
    "us-west-1": QT_TRANSLATE_NOOP("Regions", "US West (N. California)"),
    "us-west-2": QT_TRANSLATE_NOOP("Regions", "US West (Oregon)"),
    "af-south-1": QT_TRANSLATE_NOOP("Regions", "Africa (Cape Town)"),
    "ap-east-1": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Hong Kong)"),
    "ap-south-1": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Mumbai)"),
    "ap-south-2": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Hyderabad)"),
    "ap-southeast-1": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Singapore)"),
    "ap-southeast-2": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Sydney)"),
    "ap-southeast-3": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Jakarta)"),
    "ap-southeast-4": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Melbourne)"),
    "ap-southeast-5": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Malaysia)"),
    "ap-southeast-7": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Thailand)"),
    "ap-northeast-1": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Tokyo)"),
    "ap-northeast-2": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Seoul)"),
    "ap-northeast-3": QT_TRANSLATE_NOOP("Regions", "Asia Pacific (Osaka)"),
    "ca-central-1": QT_TRANSLATE_NOOP("Regions", "Canada (Central)"),
    "ca-west-1": QT_TRANSLATE_NOOP("Regions", "Canada West (Calgary)"),
    "eu-central-1": QT_TRANSLATE_NOOP("Regions", "Europe (Frankfurt)"),
    "eu-central-2": QT_TRANSLATE_NOOP("Regions", "Europe (Zurich)"),
    "eu-west-1": QT_TRANSLATE_NOOP("Regions", "Europe (Ireland)"),
    "eu-west-2": QT_TRANSLATE_NOOP("Regions", "Europe (London)"),
    "eu-west-3": QT_TRANSLATE_NOOP("Regions", "Europe (Paris)"),
    "eu-south-1": QT_TRANSLATE_NOOP("Regions", "Europe (Milan)"),
    "eu-south-2": QT_TRANSLATE_NOOP("Regions", "Europe (Spain)"),
    "eu-north-1": QT_TRANSLATE_NOOP("Regions", "Europe (Stockholm)"),
    "il-central-1": QT_TRANSLATE_NOOP("Regions", "Israel (Tel Aviv)"),
    "me-south-1": QT_TRANSLATE_NOOP("Regions", "Middle East (Bahrain)"),
    "me-central-1": QT_TRANSLATE_NOOP("Regions", "Middle East (UAE)"),
    "mx-central-1": QT_TRANSLATE_NOOP("Regions", "Mexico (Central)"),
    "sa-east-1": QT_TRANSLATE_NOOP("Regions", "South America (São Paulo)"),
}


@dataclass(frozen=True)
class Region:
    code: str
    name: Text


def region_name(code: str) -> Text:
    """The region's human name, translatable; the code itself when unknown."""
    source = REGION_NAMES.get(code)
    return text(CTX, source) if source else text(CTX, "{code}", code=code)


def list_regions(ec2: EC2Client) -> list[Region]:
    """The regions enabled for the account (DescribeRegions), Seoul and Oregon first."""
    try:
        answer = ec2.describe_regions()
    except (ClientError, BotoCoreError) as error:
        raise translate_aws_error(error) from None
    codes = sorted(r["RegionName"] for r in answer["Regions"] if r.get("RegionName"))
    codes.sort(key=lambda code: (code not in (SEOUL, OREGON), code != SEOUL))
    return [Region(code, region_name(code)) for code in codes]


def default_region(profile_region: str | None, locale_name: str) -> str:
    """The profile's region, else Seoul for a Korean locale (`ko`, `ko_KR.UTF-8`), else Oregon."""
    if profile_region:
        return profile_region
    return SEOUL if locale_name.lower().startswith("ko") else OREGON

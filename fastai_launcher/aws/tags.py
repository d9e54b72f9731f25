"""The tag that marks everything this app makes in the user's AWS account.

The IAM policy limits start/stop to instances carrying it, and start-up finds
the user's instances by it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mypy_boto3_ec2.literals import ResourceTypeType
    from mypy_boto3_ec2.type_defs import TagSpecificationTypeDef, TagTypeDef

APP_TAG_KEY = "app"
APP_TAG_VALUE = "fastai-launcher"
#: Holds the RunInstances client token, so a launch can be found again after a crash.
CLIENT_TOKEN_TAG_KEY = "fastai-launcher:client-token"


def app_tags(extra: Mapping[str, str] | None = None) -> list[TagTypeDef]:
    """`[{"Key": "app", "Value": "fastai-launcher"}, ...]` plus `extra` as more tags."""
    tags: list[TagTypeDef] = [{"Key": APP_TAG_KEY, "Value": APP_TAG_VALUE}]
    tags.extend({"Key": key, "Value": value} for key, value in (extra or {}).items())
    return tags


def tag_specification(
    resource_type: ResourceTypeType, extra: Mapping[str, str] | None = None
) -> TagSpecificationTypeDef:
    """A `TagSpecifications` item: the app tag (and `extra`) on a resource made by the call."""
    return {"ResourceType": resource_type, "Tags": app_tags(extra)}


def tag_value(resource: Mapping[str, Any], key: str) -> str | None:
    """The value of tag `key` on a described resource, or None."""
    for tag in resource.get("Tags") or []:
        if tag.get("Key") == key:
            return str(tag.get("Value"))
    return None

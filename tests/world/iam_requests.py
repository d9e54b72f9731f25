"""What IAM authorizes for one API request the app sends: the IAM requests
(action, resource ARN, context keys) that `tests/world/iam_evaluator.py` decides.

One API call can need several authorizations: `RunInstances` is authorized
once per resource it uses or makes (instance, volume, image, key pair,
security group, subnet, network interface, spot request), each with the
condition keys AWS gives that resource, and once more as `ec2:CreateTags` per
tagged resource type (`ec2:CreateAction`).  The keys come from the request's
parameters and, for keys about a resource that already exists (its tags, an
image's owner), from `Facts`, which asks the world.

Operations not listed in `RESOURCES` are authorized on `*`, as IAM does for
actions without resource-level permissions.  An operation whose IAM action is
not `service:Operation` is listed in `IAM_ACTIONS`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlsplit

from tests.world.iam_evaluator import ContextValue, Request

# API operation -> the IAM action AWS checks, where they differ.
IAM_ACTIONS = {
    "budgets:CreateBudget": "budgets:ModifyBudget",
    "budgets:UpdateBudget": "budgets:ModifyBudget",
    "budgets:DeleteBudget": "budgets:ModifyBudget",
    "budgets:CreateNotification": "budgets:ModifyBudget",
    "budgets:CreateSubscriber": "budgets:ModifyBudget",
    "budgets:DescribeBudget": "budgets:ViewBudget",
    "budgets:DescribeBudgets": "budgets:ViewBudget",
    "budgets:DescribeNotificationsForBudget": "budgets:ViewBudget",
    "budgets:DescribeSubscribersForNotification": "budgets:ViewBudget",
}

# What AWS assumes when RunInstances leaves the metadata options out
# (an AMI without ImdsSupport v2.0, no account default).
_DEFAULT_HTTP_TOKENS = "optional"
_DEFAULT_HOP_LIMIT = "1"


class FactsUnavailable(LookupError):
    """The world cannot say what IAM would know about a resource (a stubbed or unreachable endpoint)."""


class Facts(Protocol):
    """What IAM knows about existing resources, which a request does not carry."""

    def account(self) -> str: ...
    def image_owner(self, image_id: str) -> str: ...
    def security_group_tags(self, group_id: str) -> dict[str, str]: ...
    def instance_tags(self, instance_id: str) -> dict[str, str]: ...


@dataclass(frozen=True)
class ApiCall:
    """One API request as the app sent it."""

    operation: str  # "ec2:RunInstances": the signing name's IAM prefix and the API name
    params: Mapping[str, Any]
    region: str

    @property
    def action(self) -> str:
        return IAM_ACTIONS.get(self.operation, self.operation)


def _tags(specs: Any, resource_type: str) -> dict[str, str]:
    return {
        tag["Key"]: tag["Value"]
        for spec in specs or []
        if spec.get("ResourceType") == resource_type
        for tag in spec.get("Tags", [])
    }


def _request_tag_keys(tags: Mapping[str, str]) -> dict[str, ContextValue]:
    context: dict[str, ContextValue] = {f"aws:RequestTag/{k}": v for k, v in tags.items()}
    if tags:
        context["aws:TagKeys"] = list(tags)
    return context


def _resource_tag_keys(tags: Mapping[str, str]) -> dict[str, ContextValue]:
    context: dict[str, ContextValue] = {}
    for key, value in tags.items():
        context[f"aws:ResourceTag/{key}"] = value
        context[f"ec2:ResourceTag/{key}"] = value
    return context


class _Builder:
    def __init__(self, call: ApiCall, facts: Facts) -> None:
        self.call = call
        self.facts = facts
        self.base: dict[str, ContextValue] = {"aws:RequestedRegion": call.region}

    def ec2(self, resource: str, *, account: bool = True) -> str:
        owner = self.facts.account() if account else ""
        return f"arn:aws:ec2:{self.call.region}:{owner}:{resource}"

    def request(self, resource: str, context: Mapping[str, ContextValue] | None = None) -> Request:
        return Request(self.call.action, resource, {**self.base, **(context or {})})

    def create_tags(self, specs: Any, arn_of: Callable[[str], str]) -> Iterator[Request]:
        """Tag-on-create: `ec2:CreateTags` once per tagged resource type."""
        for resource_type in dict.fromkeys(s.get("ResourceType", "") for s in specs or []):
            context = {
                **self.base,
                "ec2:CreateAction": self.call.operation.partition(":")[2],
                **_request_tag_keys(_tags(specs, resource_type)),
            }
            yield Request("ec2:CreateTags", arn_of(resource_type), context)


def _run_instances(b: _Builder) -> Iterator[Request]:
    p = b.call.params
    specs = p.get("TagSpecifications")
    metadata = p.get("MetadataOptions", {})
    market = p.get("InstanceMarketOptions", {}).get("MarketType", "on-demand")
    yield b.request(
        b.ec2("instance/*"),
        {
            "ec2:InstanceType": p.get("InstanceType", "m1.small"),
            "ec2:InstanceMarketType": market,
            "ec2:MetadataHttpTokens": metadata.get("HttpTokens", _DEFAULT_HTTP_TOKENS),
            "ec2:MetadataHttpPutResponseHopLimit": str(
                metadata.get("HttpPutResponseHopLimit", _DEFAULT_HOP_LIMIT)
            ),
            **_request_tag_keys(_tags(specs, "instance")),
        },
    )
    for mapping in p.get("BlockDeviceMappings", []):
        ebs = mapping.get("Ebs")
        if ebs is None:
            continue
        volume: dict[str, ContextValue] = {"ec2:VolumeType": ebs.get("VolumeType", "gp2")}
        if "VolumeSize" in ebs:
            volume["ec2:VolumeSize"] = str(ebs["VolumeSize"])
        yield b.request(b.ec2("volume/*"), {**volume, **_request_tag_keys(_tags(specs, "volume"))})
    yield b.request(
        b.ec2(f"image/{p['ImageId']}", account=False),
        {"ec2:Owner": b.facts.image_owner(p["ImageId"])},
    )
    if "KeyName" in p:
        yield b.request(b.ec2(f"key-pair/{p['KeyName']}"))
    for group_id in p.get("SecurityGroupIds", []):
        yield b.request(b.ec2(f"security-group/{group_id}"))
    yield b.request(b.ec2(f"subnet/{p.get('SubnetId', 'default')}"))
    yield b.request(b.ec2("network-interface/*"))
    if market == "spot":
        yield b.request(
            b.ec2("spot-instances-request/*"),
            _request_tag_keys(_tags(specs, "spot-instances-request")),
        )
    yield from b.create_tags(specs, lambda kind: b.ec2(f"{kind}/*"))


def _create_security_group(b: _Builder) -> Iterator[Request]:
    specs = b.call.params.get("TagSpecifications")
    yield b.request(b.ec2("security-group/*"), _request_tag_keys(_tags(specs, "security-group")))
    yield b.request(b.ec2(f"vpc/{b.call.params.get('VpcId', 'default')}"))
    yield from b.create_tags(specs, lambda kind: b.ec2(f"{kind}/*"))


def _import_key_pair(b: _Builder) -> Iterator[Request]:
    specs = b.call.params.get("TagSpecifications")
    yield b.request(
        b.ec2(f"key-pair/{b.call.params['KeyName']}"), _request_tag_keys(_tags(specs, "key-pair"))
    )
    yield from b.create_tags(specs, lambda kind: b.ec2(f"{kind}/{b.call.params['KeyName']}"))


def _security_group_rules(b: _Builder) -> Iterator[Request]:
    group_id = b.call.params["GroupId"]
    tags = b.facts.security_group_tags(group_id)
    yield b.request(b.ec2(f"security-group/{group_id}"), _resource_tag_keys(tags))


def _instances(b: _Builder) -> Iterator[Request]:
    for instance_id in b.call.params.get("InstanceIds", []):
        tags = b.facts.instance_tags(instance_id)
        yield b.request(b.ec2(f"instance/{instance_id}"), _resource_tag_keys(tags))


def _ssm_parameter(b: _Builder, name: str) -> Request:
    # AWS's public parameters have no account in their ARN.
    account = "" if name.startswith("/aws/service/") else b.facts.account()
    path = name if name.startswith("/") else f"/{name}"
    return b.request(f"arn:aws:ssm:{b.call.region}:{account}:parameter{path}")


def _ssm_by_path(b: _Builder) -> Iterator[Request]:
    yield _ssm_parameter(b, b.call.params["Path"])


def _ssm_by_name(b: _Builder) -> Iterator[Request]:
    for name in b.call.params.get("Names", [b.call.params.get("Name", "")]):
        yield _ssm_parameter(b, name)


def _quota(b: _Builder) -> Iterator[Request]:
    service, code = b.call.params["ServiceCode"], b.call.params["QuotaCode"]
    yield b.request(
        f"arn:aws:servicequotas:{b.call.region}:{b.facts.account()}:{service}/{code}",
        {"servicequotas:service": service},
    )


def _alarms(b: _Builder) -> Iterator[Request]:
    names = b.call.params.get("AlarmNames") or [b.call.params["AlarmName"]]
    for name in names:
        yield b.request(f"arn:aws:cloudwatch:{b.call.region}:{b.facts.account()}:alarm:{name}")


def _budget(b: _Builder) -> Iterator[Request]:
    account = b.call.params["AccountId"]
    name = b.call.params.get("BudgetName") or b.call.params["Budget"]["BudgetName"]
    yield b.request(f"arn:aws:budgets::{account}:budget/{name}")


RESOURCES: dict[str, Callable[[_Builder], Iterator[Request]]] = {
    "ec2:RunInstances": _run_instances,
    "ec2:CreateSecurityGroup": _create_security_group,
    "ec2:ImportKeyPair": _import_key_pair,
    "ec2:AuthorizeSecurityGroupIngress": _security_group_rules,
    "ec2:RevokeSecurityGroupIngress": _security_group_rules,
    "ec2:StartInstances": _instances,
    "ec2:StopInstances": _instances,
    "ec2:TerminateInstances": _instances,
    "ssm:GetParametersByPath": _ssm_by_path,
    "ssm:GetParameter": _ssm_by_name,
    "ssm:GetParameters": _ssm_by_name,
    "servicequotas:RequestServiceQuotaIncrease": _quota,
    "cloudwatch:PutMetricAlarm": _alarms,
    "cloudwatch:DeleteAlarms": _alarms,
    "budgets:CreateBudget": _budget,
    "budgets:DescribeBudget": _budget,
    "budgets:CreateNotification": _budget,
    "budgets:CreateSubscriber": _budget,
    "budgets:DescribeNotificationsForBudget": _budget,
    "budgets:DescribeSubscribersForNotification": _budget,
    "budgets:UpdateBudget": _budget,
    "budgets:DeleteBudget": _budget,
}


def authorizations(call: ApiCall, facts: Facts) -> list[Request]:
    """Every IAM request AWS evaluates for `call`; raises `FactsUnavailable`."""
    builder = _Builder(call, facts)
    build = RESOURCES.get(call.operation)
    if build is None:
        return [builder.request("*")]
    return list(build(builder))


_lookup_lock = threading.Lock()
_lookup_clients: dict[tuple[str, str, str], Any] = {}
_accounts: dict[str, str] = {}


class WorldFacts:
    """`Facts` read from the world's moto server (only a loopback endpoint is asked).

    Its clients are not recorded: they are the check's, not the app's.
    """

    def __init__(self, endpoint: str, region: str) -> None:
        self.endpoint = endpoint
        self.region = region

    def _client(self, service: str) -> Any:
        host = urlsplit(self.endpoint).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise FactsUnavailable(f"not the world's endpoint: {self.endpoint}")
        key = (self.endpoint, self.region, service)
        with _lookup_lock:
            if key not in _lookup_clients:
                import boto3
                from botocore.config import Config

                from tests.world.aws_record import unrecorded

                make: Any = boto3.client  # the service name is a plain string here
                _lookup_clients[key] = unrecorded(
                    make(
                        service,
                        region_name=self.region,
                        endpoint_url=self.endpoint,
                        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                        aws_secret_access_key="facts-lookup-only",
                        config=Config(
                            retries={"max_attempts": 1}, connect_timeout=2, read_timeout=5
                        ),
                    )
                )
            return _lookup_clients[key]

    def _ask(self, service: str, call: Callable[[Any], Any]) -> Any:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return call(self._client(service))
        except (BotoCoreError, ClientError) as exc:
            raise FactsUnavailable(str(exc)) from exc

    def account(self) -> str:
        if self.endpoint not in _accounts:
            identity = self._ask("sts", lambda sts: sts.get_caller_identity())
            _accounts[self.endpoint] = identity["Account"]
        return _accounts[self.endpoint]

    def image_owner(self, image_id: str) -> str:
        images = self._ask("ec2", lambda ec2: ec2.describe_images(ImageIds=[image_id]))["Images"]
        if not images:
            raise FactsUnavailable(f"no image {image_id}")
        return str(images[0].get("ImageOwnerAlias") or images[0]["OwnerId"])

    def security_group_tags(self, group_id: str) -> dict[str, str]:
        groups = self._ask("ec2", lambda ec2: ec2.describe_security_groups(GroupIds=[group_id]))[
            "SecurityGroups"
        ]
        return {t["Key"]: t["Value"] for t in groups[0].get("Tags", [])} if groups else {}

    def instance_tags(self, instance_id: str) -> dict[str, str]:
        reservations = self._ask(
            "ec2", lambda ec2: ec2.describe_instances(InstanceIds=[instance_id])
        )["Reservations"]
        instances = [i for r in reservations for i in r["Instances"]]
        return {t["Key"]: t["Value"] for t in instances[0].get("Tags", [])} if instances else {}

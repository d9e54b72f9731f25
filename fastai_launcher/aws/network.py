"""The security group: SSH from this computer only, nothing else.

The group `fastai-launcher` lives in the region's default VPC.  Its only
inbound rule is tcp/22 from the user's current public address (`/32`, or
`/128` for IPv6); Jupyter is never opened, it is reached through the SSH
tunnel.  A laptop's address changes (home, school, café), so the rule is
refreshed before each connect and the stale ones are revoked.
"""

from __future__ import annotations

import ipaddress
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from ..core.errors import AwsError, NetworkError
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .tags import tag_specification
from .typed_errors import error_code, typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client
    from mypy_boto3_ec2.type_defs import IpPermissionOutputTypeDef, IpPermissionTypeDef

log = logging.getLogger("fastai_launcher.aws")

GROUP_NAME = "fastai-launcher"
CHECKIP_URL = "https://checkip.amazonaws.com"
SSH_PORT = 22
RULE_DESCRIPTION = "SSH from the fastai-launcher user's computer"

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
#: Returns the body of CHECKIP_URL: the caller's public address and a newline.
IpFetcher = Callable[[], str]


def _ask(url: str, timeout: float, proxies: dict[str, str] | None) -> str:
    """checkip's answer; `proxies` None: as the system says (HTTPS_PROXY...), {}: direct."""
    handlers = [] if proxies is None else [urllib.request.ProxyHandler(proxies)]
    opener = urllib.request.build_opener(*handlers)
    with opener.open(url, timeout=timeout) as response:
        body: bytes = response.read(100)
    return body.decode("ascii", "replace").strip()


def _proxy_for(url: str) -> str | None:
    """The web proxy the system would send `url` through, None when none (or bypassed)."""
    parts = urllib.parse.urlsplit(url)
    proxy = urllib.request.getproxies().get(parts.scheme)
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy


def _unreachable() -> NetworkError:
    return NetworkError(
        text(
            "Network",
            QT_TRANSLATE_NOOP(
                "Network", "Could not find out this computer's public internet address."
            ),
        ),
        text(
            "Network",
            QT_TRANSLATE_NOOP("Network", "Check your internet connection, then try again."),
        ),
    )


def fetch_checkip(
    url: str = CHECKIP_URL,
    timeout: float = 10.0,
    on_notice: Callable[[Text], None] | None = None,
) -> str:
    """Ask `checkip.amazonaws.com` which address this computer's traffic comes from,
    DIRECTLY: SSH to the instance never goes through a web proxy, so the address a
    proxy shows would be the wrong one to allow.  With a proxy configured it is asked
    too; when it shows another address, `on_notice` is told which one is used."""
    proxy = _proxy_for(url)
    try:
        direct = _ask(url, timeout, {})
    except (urllib.error.URLError, OSError) as exc:
        if proxy is None:
            raise _unreachable() from exc
        try:
            _ask(url, timeout, None)
        except (urllib.error.URLError, OSError):
            raise _unreachable() from exc
        raise _proxy_only(proxy) from exc
    if proxy is not None and on_notice is not None:
        try:
            proxied = _ask(url, timeout, None)
        except (urllib.error.URLError, OSError):
            proxied = direct
        if proxied != direct:
            log.warning("the web proxy shows %s, a direct connection %s", proxied, direct)
            on_notice(
                text(
                    "Network",
                    QT_TRANSLATE_NOOP(
                        "Network",
                        "Your web proxy shows the address {proxied}, but SSH to the instance "
                        "goes directly from {direct}: the app allows SSH from {direct} only.",
                    ),
                    proxied=proxied,
                    direct=direct,
                )
            )
    return direct


def _proxy_only(proxy: str) -> NetworkError:
    where = urllib.parse.urlsplit(proxy).hostname or proxy
    return NetworkError(
        text(
            "Network",
            QT_TRANSLATE_NOOP(
                "Network",
                "This network reaches the internet only through a web proxy ({proxy}), but "
                "SSH to the instance needs a direct connection.",
            ),
            proxy=where,
        ),
        text(
            "Network",
            QT_TRANSLATE_NOOP(
                "Network",
                "Use another network (a phone's hotspot works), or ask the network's "
                "administrator to allow outgoing SSH (port 22).",
            ),
        ),
    )


def public_ip(fetch: IpFetcher = fetch_checkip) -> IpAddress:
    """This computer's public address, validated: an answer that is not an address is refused."""
    answer = fetch().strip()
    try:
        return ipaddress.ip_address(answer)
    except ValueError as exc:
        raise NetworkError(
            text(
                "Network",
                QT_TRANSLATE_NOOP(
                    "Network", "The address service gave an answer that is not an IP address."
                ),
            ),
            text(
                "Network",
                QT_TRANSLATE_NOOP(
                    "Network",
                    "A captive portal (hotel or café Wi-Fi sign-in) may be in the way: sign in there, then try again.",
                ),
            ),
        ) from exc


def _cidr(ip: IpAddress) -> str:
    return f"{ip}/{ip.max_prefixlen}"


def _default_vpc(ec2: EC2Client) -> str:
    vpcs = ec2.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])["Vpcs"]
    if not vpcs:
        raise AwsError(
            text(
                "Network",
                QT_TRANSLATE_NOOP("Network", "This region has no default VPC to launch into."),
            ),
            text(
                "Network",
                QT_TRANSLATE_NOOP(
                    "Network",
                    "In the VPC console choose Actions → Create default VPC, or choose another region.",
                ),
            ),
        )
    return vpcs[0]["VpcId"]


def _find_group(ec2: EC2Client, vpc_id: str) -> str | None:
    groups = ec2.describe_security_groups(
        Filters=[
            {"Name": "group-name", "Values": [GROUP_NAME]},
            {"Name": "vpc-id", "Values": [vpc_id]},
        ]
    )["SecurityGroups"]
    return groups[0]["GroupId"] if groups else None


@typed_aws_errors
def ensure_security_group(ec2: EC2Client) -> str:
    """The id of the `fastai-launcher` group in the default VPC, made if missing.

    A new group has no inbound rule; call `refresh_ssh_ingress` to add SSH.
    """
    vpc_id = _default_vpc(ec2)
    group_id = _find_group(ec2, vpc_id)
    if group_id is not None:
        return group_id
    try:
        return ec2.create_security_group(
            GroupName=GROUP_NAME,
            Description="fastai-launcher: SSH from the user's computer only",
            VpcId=vpc_id,
            TagSpecifications=[tag_specification("security-group")],
        )["GroupId"]
    except ClientError as exc:
        if error_code(exc) != "InvalidGroup.Duplicate":
            raise
    found = _find_group(ec2, vpc_id)  # made meanwhile, e.g. by a second window
    assert found is not None
    return found


def _is_wanted(permission: IpPermissionOutputTypeDef, cidr: str) -> bool:
    ranges = [r.get("CidrIp") for r in permission.get("IpRanges", [])] + [
        r.get("CidrIpv6") for r in permission.get("Ipv6Ranges", [])
    ]
    return (
        permission.get("IpProtocol") == "tcp"
        and permission.get("FromPort") == SSH_PORT
        and permission.get("ToPort") == SSH_PORT
        and ranges == [cidr]
        and not permission.get("UserIdGroupPairs")
        and not permission.get("PrefixListIds")
    )


def _as_request(permission: IpPermissionOutputTypeDef) -> IpPermissionTypeDef:
    """A described rule in the shape Revoke wants (the same keys, minus output-only ones)."""
    request: IpPermissionTypeDef = {"IpProtocol": permission["IpProtocol"]}
    for key in ("FromPort", "ToPort", "IpRanges", "Ipv6Ranges", "PrefixListIds"):
        if permission.get(key):
            request[key] = permission[key]
    if permission.get("UserIdGroupPairs"):
        request["UserIdGroupPairs"] = [
            {"GroupId": pair["GroupId"]} for pair in permission["UserIdGroupPairs"]
        ]
    return request


@typed_aws_errors
def refresh_ssh_ingress(ec2: EC2Client, group_id: str, ip: IpAddress) -> str:
    """Make tcp/22 from `ip` the group's one inbound rule; returns the CIDR allowed.

    Every other inbound rule (an old address, a port someone opened by hand)
    is revoked: the group belongs to the app.
    """
    cidr = _cidr(ip)
    group = ec2.describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    permissions = group.get("IpPermissions", [])
    stale = [_as_request(p) for p in permissions if not _is_wanted(p, cidr)]
    if stale:
        ec2.revoke_security_group_ingress(GroupId=group_id, IpPermissions=stale)
    if len(stale) < len(permissions):
        return cidr
    rule: IpPermissionTypeDef = {"IpProtocol": "tcp", "FromPort": SSH_PORT, "ToPort": SSH_PORT}
    if ip.version == 4:
        rule["IpRanges"] = [{"CidrIp": cidr, "Description": RULE_DESCRIPTION}]
    else:
        rule["Ipv6Ranges"] = [{"CidrIpv6": cidr, "Description": RULE_DESCRIPTION}]
    ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=[rule])
    return cidr


@typed_aws_errors
def open_ssh_for_this_computer(ec2: EC2Client, fetch: IpFetcher = fetch_checkip) -> tuple[str, str]:
    """Before each connect: the group (made if missing) allows SSH from here only.

    Returns (group id, allowed CIDR).
    """
    ip = public_ip(fetch)
    group_id = ensure_security_group(ec2)
    return group_id, refresh_ssh_ingress(ec2, group_id, ip)

"""The GPU quota (`Step.QUOTA`): how many vCPUs of a GPU family the account may
run in a region, and asking AWS for more.

Quotas count vCPUs per family and per region: G and VT on-demand
`L-DB2E81BA`, P on-demand `L-417A185B`, and the spot ones `L-3819A6DF` and
`L-7212CCBC`.  New accounts often have 0.  An increase is requested only when
no request for that quota is still open (PENDING or CASE_OPENED).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from botocore.exceptions import BotoCoreError, ClientError

from ..core.errors import InputError
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .catalogue import translate_aws_error
from .typed_errors import error_code

if TYPE_CHECKING:
    from mypy_boto3_service_quotas import ServiceQuotasClient
    from mypy_boto3_service_quotas.type_defs import RequestedServiceQuotaChangeTypeDef

CTX = "Quotas"
ON_DEMAND_CODES = {"G": "L-DB2E81BA", "VT": "L-DB2E81BA", "P": "L-417A185B"}
SPOT_CODES = {"G": "L-3819A6DF", "VT": "L-3819A6DF", "P": "L-7212CCBC"}
OPEN_STATUSES = ("PENDING", "CASE_OPENED")
REFUSED_STATUSES = ("DENIED", "NOT_APPROVED", "CASE_CLOSED", "INVALID_REQUEST")


def quota_class(instance_type: str) -> str:
    """ "G", "VT" or "P": the quota family of a GPU instance type."""
    family = instance_type.split(".")[0].lower()
    letters = re.match(r"[a-z]+", family)
    prefix = letters.group(0) if letters else ""
    if prefix.startswith("vt"):
        return "VT"
    if prefix.startswith("g") and family != "g":
        return "G"
    if prefix.startswith("p"):
        return "P"
    raise InputError(
        text(
            CTX,
            QT_TRANSLATE_NOOP("Quotas", "{instance_type} is not a GPU instance type."),
            instance_type=instance_type,
        )
    )


def quota_code(instance_type: str, spot: bool = False) -> str:
    return (SPOT_CODES if spot else ON_DEMAND_CODES)[quota_class(instance_type)]


@dataclass(frozen=True)
class QuotaRequest:
    id: str
    code: str
    desired: float
    status: str
    case_id: str
    created: datetime | None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def approved(self) -> bool:
        return self.status == "APPROVED"

    @property
    def refused(self) -> bool:
        return self.status in REFUSED_STATUSES

    def describe(self) -> Text:
        """What the status means for the user."""
        if self.status == "PENDING":
            source = QT_TRANSLATE_NOOP(
                "Quotas", "Requested {desired} vCPUs; AWS has not decided yet."
            )
        elif self.status == "CASE_OPENED":
            source = QT_TRANSLATE_NOOP(
                "Quotas",
                "Requested {desired} vCPUs; AWS Support opened case {case_id} and will answer by e-mail.",
            )
        elif self.approved:
            source = QT_TRANSLATE_NOOP("Quotas", "Approved: you may now run {desired} vCPUs.")
        else:
            source = QT_TRANSLATE_NOOP(
                "Quotas",
                "AWS did not approve the request ({status}). Read the support case in the AWS console; you can ask again with a short reason (the fast.ai course).",
            )
        return text(
            CTX, source, desired=int(self.desired), case_id=self.case_id, status=self.status
        )


@dataclass(frozen=True)
class QuotaStatus:
    code: str
    name: str
    value: float  # vCPUs allowed now
    needed: int  # vCPUs the chosen type needs
    open_request: QuotaRequest | None

    @property
    def enough(self) -> bool:
        return self.value >= self.needed


def _request(item: RequestedServiceQuotaChangeTypeDef) -> QuotaRequest:
    return QuotaRequest(
        id=item.get("Id", ""),
        code=item.get("QuotaCode", ""),
        desired=float(item.get("DesiredValue", 0)),
        status=item.get("Status", ""),
        case_id=item.get("CaseId", ""),
        created=item.get("Created"),
    )


def _value(client: ServiceQuotasClient, code: str) -> tuple[float, str]:
    quota = client.get_service_quota(ServiceCode="ec2", QuotaCode=code)["Quota"]
    return float(quota.get("Value", 0)), quota.get("QuotaName", code)


def _requests(client: ServiceQuotasClient, code: str) -> list[QuotaRequest]:
    pages = client.get_paginator("list_requested_service_quota_change_history_by_quota").paginate(
        ServiceCode="ec2", QuotaCode=code
    )
    return [_request(item) for page in pages for item in page["RequestedQuotas"]]


def check_quota(
    client: ServiceQuotasClient, instance_type: str, vcpus: int, spot: bool = False
) -> QuotaStatus:
    """The quota for this type in the client's region, and any open increase request."""
    code = quota_code(instance_type, spot)
    try:
        value, name = _value(client, code)
        open_requests = [r for r in _requests(client, code) if r.is_open]
    except (ClientError, BotoCoreError) as error:
        raise translate_aws_error(error, client.meta.region_name) from None
    return QuotaStatus(code, name, value, vcpus, open_requests[0] if open_requests else None)


def request_quota_increase(client: ServiceQuotasClient, status: QuotaStatus) -> QuotaRequest:
    """Ask for at least the needed vCPUs; an open request is returned instead of a new one."""
    try:
        for existing in _requests(client, status.code):
            if existing.is_open:
                return existing
        answer = client.request_service_quota_increase(
            ServiceCode="ec2",
            QuotaCode=status.code,
            DesiredValue=float(max(status.needed, status.value + 1)),
        )
    except ClientError as error:
        if error_code(error) == "ResourceAlreadyExistsException":
            # Someone asked in the meantime (the console, another computer): follow theirs.
            open_now = [r for r in _requests(client, status.code) if r.is_open]
            if open_now:
                return open_now[0]
        raise translate_aws_error(error, client.meta.region_name) from None
    except BotoCoreError as error:
        raise translate_aws_error(error, client.meta.region_name) from None
    return _request(answer["RequestedQuota"])


def request_status(client: ServiceQuotasClient, request_id: str) -> QuotaRequest:
    """Where a request stands now (GetRequestedServiceQuotaChange)."""
    try:
        answer = client.get_requested_service_quota_change(RequestId=request_id)
    except (ClientError, BotoCoreError) as error:
        raise translate_aws_error(error, client.meta.region_name) from None
    return _request(answer["RequestedQuota"])

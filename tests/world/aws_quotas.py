"""Service Quotas for EC2's GPU quotas, which moto lacks (it knows only `vpc`).

moto's server runs in this process, so its Service Quotas handler class gets
the missing operations here and its backend keeps their state per account and
region, so moto's reset clears it.  Shapes, status values and error codes
follow botocore's `service-quotas` model.
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from moto.core import DEFAULT_ACCOUNT_ID
from moto.core.exceptions import JsonRESTError
from moto.servicequotas.models import ServiceQuotasBackend, servicequotas_backends
from moto.servicequotas.responses import ServiceQuotasResponse

from tests.world.moto_internals import require_tested_moto

require_tested_moto(__name__)

EC2_SERVICE_NAME = "Amazon Elastic Compute Cloud (Amazon EC2)"


@dataclass(frozen=True)
class GpuQuota:
    code: str
    name: str
    usage_class: str


GPU_QUOTAS = {
    quota.code: quota
    for quota in (
        GpuQuota("L-DB2E81BA", "Running On-Demand G and VT instances", "G/OnDemand"),
        GpuQuota("L-417A185B", "Running On-Demand P instances", "P/OnDemand"),
        GpuQuota("L-3819A6DF", "All G and VT Spot Instance Requests", "G/Spot"),
        GpuQuota("L-7212CCBC", "All P Spot Instance Requests", "P/Spot"),
    )
}
OPEN_STATUSES = ("PENDING", "CASE_OPENED")
ALL_STATUSES = ("PENDING", "CASE_OPENED", "APPROVED", "DENIED", "CASE_CLOSED", "NOT_APPROVED")
DEFAULT_VALUE = 0.0  # what a new account has


class _Error(JsonRESTError):
    pass


def _no_such_resource() -> _Error:
    return _Error(
        "NoSuchResourceException",
        "The request failed because the specified service does not exist.",
    )


@dataclass
class _State:
    values: dict[str, float]
    requests: dict[str, dict[str, Any]]


_lock = threading.Lock()


def _state(backend: ServiceQuotasBackend) -> _State:
    # An attribute on the backend instance: moto's reset replaces its __dict__.
    with _lock:
        state = backend.__dict__.get("_gpu_state")
        if state is None:
            state = _State({code: DEFAULT_VALUE for code in GPU_QUOTAS}, {})
            backend.__dict__["_gpu_state"] = state
        return state


def _quota_arn(backend: ServiceQuotasBackend, code: str) -> str:
    return f"arn:aws:servicequotas:{backend.region_name}:{backend.account_id}:ec2/{code}"


def _quota(backend: ServiceQuotasBackend, code: str) -> dict[str, Any]:
    quota = GPU_QUOTAS[code]
    return {
        "ServiceCode": "ec2",
        "ServiceName": EC2_SERVICE_NAME,
        "QuotaArn": _quota_arn(backend, code),
        "QuotaCode": code,
        "QuotaName": quota.name,
        "Value": _state(backend).values[code],
        "Unit": "None",
        "Adjustable": True,
        "GlobalQuota": False,
        "UsageMetric": {
            "MetricNamespace": "AWS/Usage",
            "MetricName": "ResourceCount",
            "MetricDimensions": {
                "Class": quota.usage_class,
                "Resource": "vCPU",
                "Service": "EC2",
                "Type": "Resource",
            },
            "MetricStatisticRecommendation": "Maximum",
        },
        "QuotaAppliedAtLevel": "ACCOUNT",
    }


def _now() -> float:
    return datetime.now(timezone.utc).timestamp()


class _Handlers:
    """Operations added to moto's ServiceQuotasResponse (methods use its `self`)."""

    original_get_service_quota = ServiceQuotasResponse.get_service_quota

    @staticmethod
    def get_service_quota(self: ServiceQuotasResponse) -> str:
        params = json.loads(self.body)
        if params.get("ServiceCode") != "ec2":
            return _Handlers.original_get_service_quota(self)
        code = params.get("QuotaCode")
        if code not in GPU_QUOTAS:
            raise _no_such_resource()
        return json.dumps({"Quota": _quota(self.backend, code)})

    @staticmethod
    def request_service_quota_increase(self: ServiceQuotasResponse) -> str:
        params = json.loads(self.body)
        code = params.get("QuotaCode")
        if params.get("ServiceCode") != "ec2" or code not in GPU_QUOTAS:
            raise _no_such_resource()
        backend = self.backend
        state = _state(backend)
        desired = float(params["DesiredValue"])
        with _lock:
            if any(
                r["QuotaCode"] == code and r["Status"] in OPEN_STATUSES
                for r in state.requests.values()
            ):
                raise _Error(
                    "ResourceAlreadyExistsException",
                    "Only one open service quota increase request is allowed per quota.",
                )
            if desired <= state.values[code]:
                raise _Error(
                    "IllegalArgumentException",
                    "The requested value must be greater than the current quota value.",
                )
            now = _now()
            request = {
                "Id": uuid.uuid4().hex,
                "RequestType": "AutomaticManagement",
                "CaseId": "",
                "ServiceCode": "ec2",
                "ServiceName": EC2_SERVICE_NAME,
                "QuotaCode": code,
                "QuotaName": GPU_QUOTAS[code].name,
                "DesiredValue": desired,
                "Status": "PENDING",
                "Created": now,
                "LastUpdated": now,
                "Requester": json.dumps(
                    {
                        "accountId": backend.account_id,
                        "callerArn": f"arn:aws:iam::{backend.account_id}:user/moto",
                    }
                ),
                "QuotaArn": _quota_arn(backend, code),
                "GlobalQuota": False,
                "Unit": "None",
                "QuotaRequestedAtLevel": "ACCOUNT",
            }
            state.requests[request["Id"]] = request
        return json.dumps({"RequestedQuota": request})

    @staticmethod
    def get_requested_service_quota_change(self: ServiceQuotasResponse) -> str:
        request_id = json.loads(self.body).get("RequestId")
        request = _state(self.backend).requests.get(request_id)
        if request is None:
            raise _Error("NoSuchResourceException", f"The request ID {request_id} does not exist.")
        return json.dumps({"RequestedQuota": request})

    @staticmethod
    def list_requested_service_quota_change_history(self: ServiceQuotasResponse) -> str:
        return _history(self, by_quota=False)

    @staticmethod
    def list_requested_service_quota_change_history_by_quota(self: ServiceQuotasResponse) -> str:
        return _history(self, by_quota=True)


def _history(response: ServiceQuotasResponse, by_quota: bool) -> str:
    params = json.loads(response.body)
    status = params.get("Status")
    if status is not None and status not in (*ALL_STATUSES, "INVALID_REQUEST"):
        raise _Error("IllegalArgumentException", f"Invalid status: {status}")
    if by_quota and params.get("QuotaCode") not in GPU_QUOTAS:
        raise _no_such_resource()
    requests = [
        r
        for r in _state(response.backend).requests.values()
        if r["ServiceCode"] == params.get("ServiceCode", r["ServiceCode"])
        and (not by_quota or r["QuotaCode"] == params["QuotaCode"])
        and (status is None or r["Status"] == status)
    ]
    requests.sort(key=lambda r: r["Created"], reverse=True)
    start = int(params.get("NextToken") or 0)
    size = int(params.get("MaxResults") or 100)
    page = requests[start : start + size]
    body: dict[str, Any] = {"RequestedQuotas": page}
    if start + size < len(requests):
        body["NextToken"] = str(start + size)
    return json.dumps(body)


def install() -> None:
    for name in (
        "get_service_quota",
        "request_service_quota_increase",
        "get_requested_service_quota_change",
        "list_requested_service_quota_change_history",
        "list_requested_service_quota_change_history_by_quota",
    ):
        setattr(ServiceQuotasResponse, name, getattr(_Handlers, name))


def backend(region: str, account_id: str = DEFAULT_ACCOUNT_ID) -> ServiceQuotasBackend:
    return servicequotas_backends[account_id][region]


def set_quota(region: str, code: str, value: float) -> None:
    if code not in GPU_QUOTAS:
        raise KeyError(f"the world knows only the GPU quotas {sorted(GPU_QUOTAS)}")
    _state(backend(region)).values[code] = float(value)


def set_request_status(region: str, request_id: str, status: str, applied: bool = True) -> None:
    """Move a request on; APPROVED also raises the quota, as AWS does.

    `applied=False` approves without raising it yet: AWS shows an approved
    value in GetServiceQuota only a while later (`set_quota` applies it then).
    """
    if status not in ALL_STATUSES:
        raise ValueError(f"unknown status {status}")
    state = _state(backend(region))
    with _lock:
        request = state.requests[request_id]
        request["Status"] = status
        request["LastUpdated"] = _now()
        if status == "CASE_OPENED" and not request["CaseId"]:
            request["CaseId"] = str(170000000000 + len(state.requests))
        if status == "APPROVED" and applied:
            code = request["QuotaCode"]
            state.values[code] = max(state.values[code], request["DesiredValue"])


def requests(region: str) -> list[dict[str, Any]]:
    return list(_state(backend(region)).requests.values())

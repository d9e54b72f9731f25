"""A TEST DOUBLE of the AWS Price List API (`pricing`, `GetProducts`).

moto has no Pricing service and the real one cannot be reached from the test
machine, so this is the one AWS answer the world makes up.  It sits in front
of moto's WSGI app and answers the requests signed for `pricing`: JSON 1.1
protocol, `PriceList` as a list of JSON *strings* in AWS's product/terms
layout, TERM_MATCH filters on the product attributes, MaxResults/NextToken
paging, and AWS's error codes.  The catalogue holds several variants of each
instance type (Windows, dedicated tenancy, capacity reservations) so a client
that forgets a filter gets more than one product, as it would on AWS.
Prices default to the bundled table `resources/prices.json` (real public
prices); tests change them with `set_price`.
"""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Callable, Iterable
from typing import Any

from fastai_launcher.core.resources import resource

LOCATIONS = {
    "us-east-1": "US East (N. Virginia)",
    "us-east-2": "US East (Ohio)",
    "us-west-2": "US West (Oregon)",
    "eu-west-1": "EU (Ireland)",
    "eu-central-1": "EU (Frankfurt)",
    "ap-northeast-1": "Asia Pacific (Tokyo)",
    "ap-northeast-2": "Asia Pacific (Seoul)",
    "ap-southeast-1": "Asia Pacific (Singapore)",
}
# vCPU, memory GiB, GPUs, GPU memory GiB
SPECS = {
    "g4dn.xlarge": (4, 16, 1, 16),
    "g4dn.2xlarge": (8, 32, 1, 16),
    "g5.xlarge": (4, 16, 1, 24),
    "g5.2xlarge": (8, 32, 1, 24),
    "g6.xlarge": (4, 16, 1, 24),
    "g6.2xlarge": (8, 32, 1, 24),
    "p2.xlarge": (4, 61, 1, 12),
    "p3.2xlarge": (8, 61, 1, 16),
}
PUBLICATION = "2026-11-01T00:00:00Z"
ON_DEMAND_TERM = "JRTCKXETXF"
RATE_CODE = "6YS6EN2CT7"
JSON = "application/x-amz-json-1.1"

_lock = threading.Lock()
_overrides: dict[tuple[str, str], float | None] = {}
#: (region the request was signed for, operation, request body) of every call.
calls: list[tuple[str, str, dict[str, Any]]] = []


def set_price(region: str, instance_type: str, hourly_usd: float | None) -> None:
    """Change a price the double serves; None removes the product."""
    with _lock:
        _overrides[(region, instance_type)] = hourly_usd


def clear() -> None:
    with _lock:
        _overrides.clear()
        calls.clear()


def _prices() -> dict[tuple[str, str], float]:
    table = json.loads(resource("prices.json").read_text(encoding="utf-8"))
    prices = {
        (region, itype): float(usd)
        for region, types in table["instances_hourly_usd"].items()
        for itype, usd in types.items()
    }
    with _lock:
        for key, usd in _overrides.items():
            if usd is None:
                prices.pop(key, None)
            else:
                prices[key] = usd
    return prices


def _product(region: str, itype: str, usd: float, variant: dict[str, str]) -> dict[str, Any]:
    vcpu, memory, gpus, gpu_memory = SPECS.get(itype, (4, 16, 1, 16))
    sku = f"{zlib.crc32(repr((region, itype, sorted(variant.items()))).encode()):08X}SKU"
    attributes = {
        "servicecode": "AmazonEC2",
        "servicename": "Amazon Elastic Compute Cloud",
        "instanceType": itype,
        "instanceFamily": "GPU instance",
        "regionCode": region,
        "location": LOCATIONS.get(region, region),
        "locationType": "AWS Region",
        "vcpu": str(vcpu),
        "memory": f"{memory} GiB",
        "gpu": str(gpus),
        "gpuMemory": f"{gpu_memory} GB",
        "operatingSystem": "Linux",
        "tenancy": "Shared",
        "preInstalledSw": "NA",
        "capacitystatus": "Used",
        "marketoption": "OnDemand",
        "licenseModel": "No License required",
        "usagetype": f"BoxUsage:{itype}",
        "operation": "RunInstances",
        **variant,
    }
    factor = 1.35 if variant.get("operatingSystem") == "Windows" else 1.0
    factor *= 1.1 if variant.get("tenancy") == "Dedicated" else 1.0
    price = round(usd * factor, 4)
    return {
        "product": {"productFamily": "Compute Instance", "attributes": attributes, "sku": sku},
        "serviceCode": "AmazonEC2",
        "terms": {
            "OnDemand": {
                f"{sku}.{ON_DEMAND_TERM}": {
                    "priceDimensions": {
                        f"{sku}.{ON_DEMAND_TERM}.{RATE_CODE}": {
                            "unit": "Hrs",
                            "endRange": "Inf",
                            "description": (
                                f"${price} per On Demand {attributes['operatingSystem']}"
                                f" {itype} Instance Hour"
                            ),
                            "appliesTo": [],
                            "rateCode": f"{sku}.{ON_DEMAND_TERM}.{RATE_CODE}",
                            "beginRange": "0",
                            "pricePerUnit": {"USD": f"{price:.10f}"},
                        }
                    },
                    "sku": sku,
                    "effectiveDate": PUBLICATION,
                    "offerTermCode": ON_DEMAND_TERM,
                    "termAttributes": {},
                }
            }
        },
        "version": "20261101000000",
        "publicationDate": PUBLICATION,
    }


VARIANTS: tuple[dict[str, str], ...] = (
    {},
    {"operatingSystem": "Windows", "usagetype": "BoxUsage", "operation": "RunInstances:0002"},
    {"tenancy": "Dedicated"},
    {"capacitystatus": "UnusedCapacityReservation"},
)


def _catalogue() -> Iterable[dict[str, Any]]:
    for (region, itype), usd in sorted(_prices().items()):
        for variant in VARIANTS:
            yield _product(region, itype, usd, variant)


def _matches(product: dict[str, Any], filters: list[dict[str, str]]) -> bool:
    attributes = product["product"]["attributes"]
    return all(attributes.get(f["Field"]) == f["Value"] for f in filters)


class _Invalid(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def get_products(body: dict[str, Any]) -> dict[str, Any]:
    if not body.get("ServiceCode"):
        raise _Invalid("InvalidParameterException", "ServiceCode is required.")
    filters = body.get("Filters") or []
    for f in filters:
        if f.get("Type") not in ("TERM_MATCH", "EQUALS", "CONTAINS", "ANY_OF", "NONE_OF"):
            raise _Invalid("InvalidParameterException", f"Invalid filter type: {f.get('Type')}")
    if body["ServiceCode"] != "AmazonEC2":
        return {"FormatVersion": "aws_v1", "PriceList": []}
    max_results = int(body.get("MaxResults") or 100)
    if not 1 <= max_results <= 100:
        raise _Invalid("InvalidParameterException", "MaxResults must be between 1 and 100.")
    matching = [p for p in _catalogue() if _matches(p, filters)]
    start = int(body.get("NextToken") or 0)
    page = matching[start : start + max_results]
    answer: dict[str, Any] = {
        "FormatVersion": "aws_v1",
        "PriceList": [json.dumps(p) for p in page],
    }
    if start + max_results < len(matching):
        answer["NextToken"] = str(start + max_results)
    return answer


def _signed_for(environ: dict[str, Any]) -> tuple[str, str] | None:
    """(service, region) from the SigV4 credential scope, if any."""
    auth = environ.get("HTTP_AUTHORIZATION", "")
    try:
        scope = auth.split(",")[0].split()[1]
        _, _, region, service, _ = scope.split("/")
    except (IndexError, ValueError):
        return None
    return service, region


StartResponse = Callable[..., Any]
WsgiApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def with_pricing(app: WsgiApp) -> WsgiApp:
    """Wrap moto's WSGI app: Pricing requests are answered here, the rest by moto."""

    def dispatch(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        signed = _signed_for(environ)
        if signed is None or signed[0] != "pricing":
            return app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = json.loads(environ["wsgi.input"].read(length) or b"{}")
        operation = environ.get("HTTP_X_AMZ_TARGET", "").rpartition(".")[2]
        with _lock:
            calls.append((signed[1], operation, body))
        try:
            if operation != "GetProducts":
                raise _Invalid("UnknownOperationException", f"Unknown operation {operation}")
            status, payload = "200 OK", get_products(body)
        except _Invalid as error:
            status, payload = "400 Bad Request", {"__type": error.code, "Message": str(error)}
        data = json.dumps(payload).encode()
        start_response(
            status,
            [
                ("Content-Type", JSON),
                ("Content-Length", str(len(data))),
                ("x-amzn-RequestId", "0b1c2d3e-pricing-double"),
            ],
        )
        return [data]

    return dispatch

"""What an instance costs: the Pricing API, else the last answer saved on disk,
else the table shipped with the app (`resources/prices.json`) — each quote
says which one it is and from when.

The Price List API answers only from a few regions; the client is made in
us-east-1 whatever region the instance is in.  The disk (gp3 GB-month) and the
public IPv4 hour come from the bundled table: they change rarely and are the
same across the main regions.
"""

from __future__ import annotations

import json
import logging
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import atomic
from ..core.money import PriceQuote
from ..core.resources import resource
from ..core.text import QT_TRANSLATE_NOOP, Text, text

if TYPE_CHECKING:
    import boto3
    from mypy_boto3_pricing import PricingClient
    from mypy_boto3_pricing.type_defs import FilterTypeDef

log = logging.getLogger("fastai_launcher.aws.pricing")
CTX = "Pricing"
CACHE_NAME = "prices.json"
FRESH_FOR = timedelta(days=7)
LINUX_ON_DEMAND = {
    "operatingSystem": "Linux",
    "tenancy": "Shared",
    "preInstalledSw": "NA",
    "capacitystatus": "Used",
    "marketoption": "OnDemand",
}


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    table: dict[str, Any] = json.loads(resource("prices.json").read_text(encoding="utf-8"))
    return table


def bundled_as_of() -> date:
    return date.fromisoformat(_table()["as_of"])


def _ebs_gb_month(region: str) -> float:
    prices = _table()["ebs_gp3_gb_month_usd"]
    # A region missing from the table gets the dearest known figure: never an underestimate.
    return float(prices.get(region, max(prices.values())))


def _quote(region: str, itype: str, hourly: float, gb: int, source: str, as_of: date) -> PriceQuote:
    return PriceQuote(
        region=region,
        instance_type=itype,
        hourly_usd=hourly,
        ebs_gb_month_usd=_ebs_gb_month(region),
        ipv4_hourly_usd=float(_table()["ipv4_hourly_usd"]),
        volume_gb=gb,
        source=source,
        as_of=as_of,
    )


def bundled_quote(region: str, instance_type: str, volume_gb: int) -> PriceQuote | None:
    """The shipped table's price (labelled `bundled`), or None if it has none."""
    hourly = _table()["instances_hourly_usd"].get(region, {}).get(instance_type)
    if hourly is None:
        return None
    return _quote(region, instance_type, float(hourly), volume_gb, "bundled", bundled_as_of())


def pricing_client(session: boto3.Session) -> PricingClient:
    from .clients import PRICING_REGION, client_config

    return session.client("pricing", region_name=PRICING_REGION, config=client_config())


def api_hourly_usd(pricing: PricingClient, region: str, instance_type: str) -> float | None:
    """The on-demand Linux $/hour from the Price List API; None if AWS lists no such product."""
    filters: list[FilterTypeDef] = [
        {"Type": "TERM_MATCH", "Field": field, "Value": value}
        for field, value in {
            "instanceType": instance_type,
            "regionCode": region,
            **LINUX_ON_DEMAND,
        }.items()
    ]
    answer = pricing.get_products(ServiceCode="AmazonEC2", Filters=filters, MaxResults=10)
    for item in answer["PriceList"]:
        product = json.loads(item)
        for term in product.get("terms", {}).get("OnDemand", {}).values():
            for dimension in term.get("priceDimensions", {}).values():
                usd = float(dimension.get("pricePerUnit", {}).get("USD", 0))
                if usd > 0 and dimension.get("unit") == "Hrs":
                    return usd
    return None


def _read_cache(cache_dir: Path) -> dict[str, Any]:
    cached = atomic.read_json(cache_dir / CACHE_NAME)
    return cached if isinstance(cached, dict) else {}


def _cached(cache_dir: Path, key: str) -> tuple[float, date] | None:
    entry = _read_cache(cache_dir).get(key)
    if not isinstance(entry, dict):
        return None
    try:
        return float(entry["usd"]), date.fromisoformat(entry["date"])
    except (TypeError, KeyError, ValueError):
        return None


def _save(cache_dir: Path, key: str, usd: float, today: date) -> None:
    cache = _read_cache(cache_dir)
    cache[key] = {"usd": usd, "date": today.isoformat()}
    atomic.write_json(cache_dir / CACHE_NAME, cache)


def quote(
    pricing: PricingClient,
    region: str,
    instance_type: str,
    volume_gb: int,
    cache_dir: Path,
    today: date | None = None,
) -> PriceQuote | None:
    """The best price we can get: a fresh saved answer, the Pricing API, an old saved
    answer, the bundled table — in that order.  None when nobody knows the type."""
    # Here, not at the top: the bundled table is read on the GUI thread, without boto3.
    from botocore.exceptions import BotoCoreError, ClientError

    today = today or date.today()
    key = f"{region}/{instance_type}"
    cached = _cached(cache_dir, key)
    if cached and today - cached[1] < FRESH_FOR:
        return _quote(region, instance_type, cached[0], volume_gb, "cache", cached[1])
    try:
        hourly = api_hourly_usd(pricing, region, instance_type)
    except (ClientError, BotoCoreError) as error:
        # No network or no pricing:GetProducts permission: an older figure will do.
        log.info(
            "Pricing API unavailable (%s); using a saved or bundled price", type(error).__name__
        )
        hourly = None
    if hourly is not None:
        _save(cache_dir, key, hourly, today)
        return _quote(region, instance_type, hourly, volume_gb, "aws", today)
    if cached:
        return _quote(region, instance_type, cached[0], volume_gb, "cache", cached[1])
    return bundled_quote(region, instance_type, volume_gb)


def source_label(price: PriceQuote) -> Text:
    """Where a price came from, for showing next to it."""
    if price.source == "aws":
        return text(
            CTX,
            QT_TRANSLATE_NOOP("Pricing", "AWS price list, {date}"),
            date=price.as_of.isoformat(),
        )
    if price.source == "cache":
        return text(
            CTX,
            QT_TRANSLATE_NOOP("Pricing", "AWS price list as saved on {date}"),
            date=price.as_of.isoformat(),
        )
    return text(
        CTX,
        QT_TRANSLATE_NOOP(
            "Pricing", "Price table shipped with the app, as of {date}: may be out of date"
        ),
        date=price.as_of.isoformat(),
    )

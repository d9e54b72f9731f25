"""The guide's price step: the GPU types of the chosen region with what they cost."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.money import PriceQuote
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.instance_types import GpuType


@dataclass(frozen=True)
class Offer:
    """One instance type the user may choose, with its price (None: nobody knows it)."""

    gpu: GpuType
    price: PriceQuote | None
    price_source: Text | None  # where the price comes from, to show beside it

    @property
    def name(self) -> str:
        return self.gpu.name


def instance_offers(ws: Workspace, ctx: TaskContext) -> list[Offer]:
    """The region's GPU types (the guide's p2.xlarge always listed), each with its price."""
    from ..aws.instance_types import gpu_types
    from ..aws.pricing import pricing_client, quote, source_label

    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Looking up instance types and prices")))
    types = gpu_types(ws.client("ec2"))
    pricing = pricing_client(ws.session())
    offers = []
    for number, gpu in enumerate(types, start=1):
        price = quote(pricing, ws.region, gpu.name, ws.progress.volume_gb, ws.paths.cache)
        offers.append(Offer(gpu, price, source_label(price) if price else None))
        ctx.progress(
            text("Flow", QT_TRANSLATE_NOOP("Flow", "Price of {type}"), type=gpu.name),
            number,
            len(types),
        )
    return offers


def default_offer(offers: list[Offer]) -> Offer | None:
    """g4dn.xlarge where offered, else the first launchable type that is not retired."""
    from ..aws.instance_types import default_type

    chosen = default_type([offer.gpu for offer in offers])
    return next((offer for offer in offers if chosen and offer.name == chosen.name), None)


def choose_instance_type(
    ws: Workspace, ctx: TaskContext, instance_type: str, volume_gb: int | None = None
) -> None:
    """Remember the type (and disk size) for the quota check and the launch."""
    ctx.check()
    changes: dict[str, object] = {"instance_type": instance_type}
    if volume_gb is not None:
        changes["volume_gb"] = volume_gb
    ws.update(**changes)

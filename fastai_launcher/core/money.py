"""Prices and costs, in US dollars, as the user should see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

HOURS_PER_MONTH = 730  # AWS's own convention for monthly estimates


@dataclass(frozen=True)
class PriceQuote:
    """What one instance type costs in one region, and where the figure came from."""

    region: str
    instance_type: str
    hourly_usd: float  # on-demand, Linux, while running
    ebs_gb_month_usd: float  # gp3 root volume, charged running or stopped
    ipv4_hourly_usd: float  # the public IPv4 address, charged while running
    volume_gb: int
    source: str  # "aws" (Pricing API now), "cache" (Pricing API earlier), "bundled" (shipped table)
    as_of: date

    @property
    def running_hourly_usd(self) -> float:
        """Everything a running hour costs: the instance, its address, its disk."""
        return self.hourly_usd + self.ipv4_hourly_usd + self.stopped_hourly_usd

    @property
    def stopped_monthly_usd(self) -> float:
        """A stopped instance keeps its disk, and the disk is billed."""
        return self.ebs_gb_month_usd * self.volume_gb

    @property
    def stopped_hourly_usd(self) -> float:
        return self.stopped_monthly_usd / HOURS_PER_MONTH


def cost_of_running(hourly_usd: float, seconds: float) -> float:
    """Cost of `seconds` of running at `hourly_usd` (per-second billing)."""
    return max(0.0, seconds) / 3600.0 * hourly_usd


def usd(amount: float) -> str:
    """`$0.53`, or `$0.004` for amounts under a cent, so small sums never read `$0.00`."""
    if 0 < abs(amount) < 0.01:
        return f"${amount:.3f}"
    return f"${amount:,.2f}"

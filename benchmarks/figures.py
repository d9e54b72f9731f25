"""One measured figure, printed as one JSON object per line.

Every figure has `name`, `value`, `unit`, `anchor` (the value it is compared
with, measured in the same run; None when the goal is absolute), `ratio`
(value / anchor, or None) and `goal` (what it should be, in words).
"""

from __future__ import annotations

import json
from typing import IO, Any

Figure = dict[str, Any]


def figure(
    name: str,
    value: float | None,
    unit: str,
    goal: str,
    anchor: float | None = None,
    **extra: Any,
) -> Figure:
    """A figure; `extra` adds fields (a breakdown, how it was measured)."""
    ratio = round(value / anchor, 3) if value is not None and anchor else None
    return {
        "name": name,
        "value": _round(value),
        "unit": unit,
        "anchor": _round(anchor),
        "ratio": ratio,
        "goal": goal,
        **extra,
    }


def _round(number: float | None) -> float | None:
    if number is None or isinstance(number, int):
        return number
    return round(number, 3)


def print_figure(item: Figure, stream: IO[str] | None = None) -> None:
    """One JSON object on one line (flushed: a long run shows its figures as they come)."""
    print(json.dumps(item, ensure_ascii=False), file=stream, flush=True)

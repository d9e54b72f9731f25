"""`python -m benchmarks`: every benchmark, one JSON object per figure per line.

    python -m benchmarks                   # all (a few minutes)
    python -m benchmarks startup tunnel    # some: actions startup tunnel flow idle

Each figure has `name`, `value`, `unit`, `anchor` (measured in the same run, or
null where the goal is absolute), `ratio` and `goal`.  A benchmark that fails
prints its error on stderr and the run goes on; the exit status is then 1.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from .figures import Figure, figure, print_figure

TUNNEL_GOALS = {
    "tunnel_added_latency_new_connection": "<= 2x ssh -N -L",
    "tunnel_throughput_200MB_download": ">= 0.5x ssh -N -L",
}


def actions() -> list[Figure]:
    from . import actions as counted

    return counted.measure()


def startup() -> list[Figure]:
    from . import startup as measured

    return measured.measure()


def tunnel() -> list[Figure]:
    from . import tunnel as measured

    with contextlib.redirect_stdout(io.StringIO()):  # it prints its own lines; ours have goals
        found = measured.main([])
    return [
        figure(
            str(item["name"]),
            float(item["value"]),  # type: ignore[arg-type]
            str(item["unit"]),
            TUNNEL_GOALS.get(str(item["name"]), "see benchmarks/tunnel.py"),
            float(item["anchor"]),  # type: ignore[arg-type]
        )
        for item in found
    ]


def in_world(*measures: Callable[..., list[Figure]]) -> Callable[[], list[Figure]]:
    """Run `measures` one after the other in one test world (started once)."""

    def run() -> list[Figure]:
        from .world import flow_world

        figures: list[Figure] = []
        with flow_world() as world:
            for measure in measures:
                figures.extend(measure(world))
        return figures

    return run


def flow_and_idle() -> list[Figure]:
    from . import flow, idle

    return in_world(flow.measure, idle.measure)()


BENCHMARKS: dict[str, Callable[[], list[Figure]]] = {
    "actions": actions,
    "startup": startup,
    "tunnel": tunnel,
    "world": flow_and_idle,  # GUI stalls, time to Jupyter, AWS calls, idle memory
    "download": lambda: __import__("benchmarks.download", fromlist=["measure"]).measure(),
}


def main(argv: Sequence[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv) or list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failed = False
    for name in names:
        try:
            for item in BENCHMARKS[name]():
                print_figure(item)
        except Exception:
            failed = True
            print(f"benchmark {name} failed:\n{traceback.format_exc()}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

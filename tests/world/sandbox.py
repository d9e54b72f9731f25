"""`python -m tests.world.sandbox`: the app, wired to the test world, for people to click through.

No AWS account and no money: AWS is moto's server with the world's additions,
the "instance" is a local OpenSSH server (`FASTAI_LAUNCHER_SSH_ENDPOINT`, user
from `FASTAI_LAUNCHER_SSH_USER`), and the course is the `sandbox` recipe (a
local repository, harmless install steps).  A new account's GPU quota is 0:
the increase request is approved by the world after `--approve-after` seconds.
Everything lives in a temporary home that is removed on exit.  Run as root
(like CI) so the "instance" has its own user and /opt environment.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def parse_args(argv: Sequence[str] | None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="python -m tests.world.sandbox", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--lang", choices=("ko", "en"), help="the app's language")
    parser.add_argument(
        "--quota",
        type=float,
        default=0.0,
        help="the account's G/VT on-demand quota in vCPUs (default 0: a new account)",
    )
    parser.add_argument(
        "--approve-after",
        type=float,
        default=20.0,
        help="seconds until the world approves a quota request (default 20)",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="write a PNG and a .txt of every wizard page and the home view, in English "
        "and Korean, into DIR/<set> (each under Xvfb, as root: see tests/world/screenshots.py), "
        "then exit",
    )
    parser.add_argument(
        "--sets",
        default="light-1x,dark-1x,light-2x,dark-2x",
        help="with --screenshots: which sets (default: all four)",
    )
    parser.add_argument(
        "--world-only",
        action="store_true",
        help="start the world and wait (Ctrl-C to stop) instead of the app",
    )
    return parser.parse_known_args(argv)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    if args.screenshots:
        from pathlib import Path

        from tests.world.screenshots import take_screenshots

        languages = (args.lang,) if args.lang else ("en", "ko")
        take_screenshots(Path(args.screenshots), languages, args.sets.split(","))
        return 0
    from tests.world import start_world

    with start_world(quota=args.quota, approve_quota_after=args.approve_after) as world:
        print("The test world is running:", flush=True)
        print(world.describe(), flush=True)
        if args.world_only:
            import threading

            try:
                threading.Event().wait()
            except KeyboardInterrupt:
                return 0
        from fastai_launcher.app import run_app

        return run_app(args.lang, [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())

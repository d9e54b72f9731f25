"""`fastai-launcher` / `python -m fastai_launcher`: parse the command line, start the app.

Only argparse runs before `--version` and `--help` answer; Qt is imported
when the window is really wanted, boto3 and paramiko not until a task needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="fastai-launcher",
        description="From an AWS account to Jupyter on a GPU machine for the fast.ai course, "
        "and back to stopped.",
    )
    parser.add_argument("--version", action="version", version=f"fastai-launcher {__version__}")
    parser.add_argument(
        "--lang",
        choices=("ko", "en"),
        help="the language of the app (default: your saved choice, else the system's)",
    )
    # Qt's own options (-platform, -style, ...) pass through to QApplication.
    return parser.parse_known_args(argv)


def import_qt_free_layers_first() -> None:
    """Once PySide6 is imported, its import hook reads the source of every module
    imported after it (looking for `from __feature__ import`): a few ms of start-up
    for these, which never use Qt.  Only what runs before the window shows: the flow
    comes with the first screen, once the window is up (`app.py`)."""
    from .core import logs, paths, state  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(argv)
    import_qt_free_layers_first()
    from .app import run_app

    return run_app(args.lang, [sys.argv[0], *qt_args])


if __name__ == "__main__":
    sys.exit(main())

"""The test world is a set of plugins; every later test reuses them.

With FASTAI_LAUNCHER_TESTS_WITHOUT_QT=1 (tests/test_layers.py runs tests/flow so,
in a child) PySide6 cannot be imported at all, and the Qt plugins stay out: the
flow is tested as a script or a REPL would use it.
"""

from __future__ import annotations

import os
import sys
from importlib.machinery import ModuleSpec
from types import ModuleType

WITHOUT_QT = os.environ.get("FASTAI_LAUNCHER_TESTS_WITHOUT_QT") == "1"


class RefuseQt:
    """A meta-path finder under which PySide6 and shiboken6 cannot be imported."""

    def find_spec(
        self, name: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"{name} is refused: these tests run without Qt")
        return None


if WITHOUT_QT:
    sys.meta_path.insert(0, RefuseQt())

pytest_plugins = [
    "tests.world.home",
    "tests.world.keyring",
    "tests.world.aws_record",
    "tests.world.aws",
    "tests.world.aws_signin",
    "tests.world.sshd",
    "tests.world.aws_remote",
    "tests.world.jupyter",
    "tests.world.instance",
    *([] if WITHOUT_QT else ["tests.world.qt", "tests.world.app_world"]),
]

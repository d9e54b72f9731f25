"""The test world: real servers (moto, OpenSSH, Jupyter) and offscreen Qt.

Each module is a pytest plugin (see `tests/conftest.py`) and also importable
by `tests.world.sandbox`, which starts the same world for people to click through:
`with tests.world.start_world() as world: ...` (see `tests/world/standalone.py`).
"""

from __future__ import annotations

from typing import Any


def start_world(**options: Any) -> Any:
    """`tests.world.standalone.start_world`, imported only when called (it starts moto)."""
    from tests.world.standalone import start_world as start

    return start(**options)

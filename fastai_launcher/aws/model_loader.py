"""botocore's service models, parsed once per process and without freezing the window.

Every new boto3 session gets its own botocore loader, which parses the JSON
service models again (EC2's alone is ~50 ms of `json.loads`).  Worse, that
parse is one long C call holding the GIL: the GUI thread cannot run meanwhile,
and the window stalls for as long (measured: 300–800 ms on a busy 2-core
machine).  Here all sessions share one loader, and its JSON objects are
built by a Python-level hook, where the interpreter hands the GIL over every
few milliseconds — same speed, no stall.  The hook makes plain dicts (ordered
like botocore's OrderedDicts): the cyclic GC stops tracking those, so its full
passes — which also hold the GIL — get shorter (EC2's model: 8.5k tracked
objects instead of 22.7k).
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from typing import IO, Any

from botocore.loaders import JSONFileLoader, Loader

_lock = threading.Lock()
_shared: Loader | None = None


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A Python function on purpose: the C json scanner calls it for every object,
    # and each call lets the GIL go to a waiting thread (the GUI).
    return dict(pairs)


class YieldingJSONFileLoader(JSONFileLoader):
    """botocore's JSON file loader, but the GIL is released while it parses."""

    def _load_file(self, full_path: str, open_method: Callable[..., IO[bytes]]) -> Any:
        if not os.path.isfile(full_path):
            return None
        with open_method(full_path, "rb") as handle:
            payload = handle.read().decode("utf-8")
        return json.loads(payload, object_pairs_hook=_object)


class _SearchPaths(list[str]):
    """boto3 appends its data folder to the loader of every session it makes:
    with one loader for all sessions, once is enough."""

    def append(self, path: str) -> None:
        if path not in self:
            super().append(path)


class SharedLoader(Loader):
    def __init__(self, extra_search_paths: list[str]) -> None:
        paths = _SearchPaths(extra_search_paths)
        super().__init__(paths, file_loader=YieldingJSONFileLoader())  # extended in place


def shared_loader() -> Loader:
    """The process's one loader (its cache keeps every model parsed once)."""
    global _shared
    with _lock:
        if _shared is None:
            data_path = os.environ.get("AWS_DATA_PATH", "")
            _shared = SharedLoader([p for p in data_path.split(os.pathsep) if p])
        return _shared

"""The world's AWS in a process of its own, for the UI's acceptance tests.

moto answering in the test process holds its GIL and grows its heap (long GC
passes), which shows up as the app's GUI stalls; real AWS is far away.  This
child runs the world's moto server with all its additions (quotas, console,
SSM, pricing, SSO, boot), and `POST /_world/call` with JSON
`{"method": ..., "args": [...], "kwargs": {...}}` calls the child's `AwsWorld`
method and answers `{"result": ...}` (`tests/world/aws_remote.py` is the client).

    python -m tests.world.aws_process   # prints its endpoint; stdin EOF stops it
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.world import aws as world_aws
from tests.world.sshd import Sshd

CALL_PATH = "/_world/call"
METHODS = frozenset(
    {"reset", "set_quota", "set_request_status", "quota_requests", "set_console_output",
     "set_price"}
)  # fmt: skip

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Any]


def call(world: world_aws.AwsWorld, method: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """One `AwsWorld` call, its arguments and result as JSON carries them."""
    if method == "boot_on":  # the sshd travels as its folder and user
        world.boot_on(Sshd(folder=Path(kwargs["folder"]), user=kwargs["user"]))
        return None
    if method == "pricing_calls":
        return world.pricing_calls
    if method not in METHODS:
        raise ValueError(f"not a world method: {method}")
    return getattr(world, method)(*args, **kwargs)


def with_control(app: WsgiApp) -> WsgiApp:
    """`app` with `POST /_world/call` answered by this process's world."""

    def controlled(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if environ.get("PATH_INFO") != CALL_PATH or environ.get("REQUEST_METHOD") != "POST":
            return app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        request = json.loads(environ["wsgi.input"].read(length))
        # AwsWorld keeps no state of its own: one per call, at the address asked.
        world = world_aws.AwsWorld(f"http://{environ['HTTP_HOST']}")
        try:
            result = call(world, request["method"], request["args"], request["kwargs"])
        except Exception as error:  # the test process raises it again
            start_response("500 Internal Server Error", [("Content-Type", "text/plain")])
            return [f"{type(error).__name__}: {error}".encode()]
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps({"result": result}).encode()]

    return controlled


class ControlledMotoServer(world_aws.WorldMotoServer):
    """The world's moto server, controlled over HTTP."""

    def app(self) -> Any:
        return with_control(super().app())


def serve() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per request otherwise
    server = ControlledMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    print(f"http://{host}:{port}", flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or dies)
    server.stop()


if __name__ == "__main__":
    serve()

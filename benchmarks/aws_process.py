"""The world's AWS in a process of its own: moto's server with the world's quota,
console, SSM and pricing additions, every request counted by operation.

Run apart from the benchmark, so that moto's own Python work (it answers in the
benchmark's process otherwise) does not hold the benchmark's GIL and show up as
the app's GUI stalls — as AWS is far away from a real app.  The parent reads
the count at `GET /bench-calls` (JSON: [[time.monotonic(), "ec2:RunInstances"], ...];
the monotonic clock is the machine's, shared by both processes).

    python -m benchmarks.aws_process SSHD_FOLDER SSHD_USER   # prints its endpoint; stdin EOF stops it
"""

from __future__ import annotations

import io
import json
import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.world import aws as world_aws
from tests.world.sshd import Sshd

G_QUOTA = "L-DB2E81BA"  # Running On-Demand G and VT instances, in vCPUs
CALLS_PATH = "/bench-calls"

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Any]


def operation_of(environ: dict[str, Any], body: bytes) -> str:
    """`service:Operation` of one AWS request (query, JSON or REST protocol)."""
    scope = environ.get("HTTP_AUTHORIZATION", "").split("Credential=")[-1].split(",")[0]
    parts = scope.split("/")
    service = parts[3] if len(parts) > 3 else "?"
    target = environ.get("HTTP_X_AMZ_TARGET", "")
    if target:
        return f"{service}:{target.rpartition('.')[2]}"
    for pair in body.decode("utf-8", "replace").split("&"):
        name, _, value = pair.partition("=")
        if name == "Action":
            return f"{service}:{value}"
    return f"{service}:{environ.get('REQUEST_METHOD', '?')} {environ.get('PATH_INFO', '')}"


class RequestCounter:
    """Counts every request the world's AWS answers, by operation (any process)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.events: list[tuple[float, str]] = []  # (time.monotonic(), operation)

    def wrap(self, app: WsgiApp) -> WsgiApp:
        def counted(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
            length = int(environ.get("CONTENT_LENGTH") or 0)
            body = environ["wsgi.input"].read(length) if length else b""
            environ["wsgi.input"] = io.BytesIO(body)
            if environ.get("PATH_INFO") == CALLS_PATH:
                with self._lock:
                    answer = json.dumps(self.events).encode()
                start_response("200 OK", [("Content-Type", "application/json")])
                return [answer]
            if not environ.get("PATH_INFO", "").startswith("/moto-api"):
                with self._lock:
                    self.events.append((time.monotonic(), operation_of(environ, body)))
            return app(environ, start_response)

        return counted


class CountingMotoServer(world_aws.WorldMotoServer):
    """The world's moto server, every request counted."""

    def __init__(self, counter: RequestCounter) -> None:
        super().__init__(ip_address="127.0.0.1", port=0, verbose=False)
        self.counter = counter

    def app(self) -> Any:
        return self.counter.wrap(super().app())


def serve(sshd_folder: Path, sshd_user: str) -> None:
    """Start the server, make instances "boot" as the sshd, print the endpoint, wait."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = CountingMotoServer(RequestCounter())
    server.start()
    host, port = server.get_host_and_port()
    world = world_aws.AwsWorld(f"http://{host}:{port}")
    world.reset()
    world.boot_on(Sshd(folder=sshd_folder, user=sshd_user))
    world.set_quota(G_QUOTA, 8)
    print(world.endpoint, flush=True)
    sys.stdin.read()  # until the parent closes our stdin (or dies)
    server.stop()


if __name__ == "__main__":
    serve(Path(sys.argv[1]), sys.argv[2])

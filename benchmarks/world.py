"""The test world outside pytest, for the benchmarks: moto's server (with the world's
quota, console, SSM and pricing additions, and a count of every request by
operation), a real sshd playing the instance, a real Jupyter server on it, the
shipped `sandbox` recipe installing from the world's local course repository.

This process's environment is pointed at the world (boto3 honours
`AWS_ENDPOINT_URL`, SSH goes to the sshd through `FASTAI_LAUNCHER_SSH_ENDPOINT`),
as the sandbox does: the app runs with no test-only code path.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import io
import logging
import os
import shutil
import signal
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.paths import AppPaths, under
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.flow.workspace import SSH_USER_ENV
from fastai_launcher.ssh.recipes import STATE_ROOT, Recipe, load_recipe
from fastai_launcher.ssh.session import Backoff
from tests.world import aws as world_aws
from tests.world.sshd import Sshd, _ensure_world_user, ensure_instance_env, ensure_world_course
from tests.world.sshd import free_port as free_port

G_QUOTA = "L-DB2E81BA"  # Running On-Demand G and VT instances, in vCPUs
CALLER_IP = "203.0.113.7"
#: The waits of the test world, as the flow tests shorten them.
FAST = Timing(
    instance_poll=0.02,
    console_poll=0.05,
    console_timeout=5,
    quota_first_poll=0.05,
    quota_max_poll=0.2,
    jupyter_poll=0.2,
    jupyter_timeout=60,
    recipe_poll=0.1,
    ssh_backoff=Backoff(first_delay=0.05, max_delay=0.5, total=20),
)

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
            if not environ.get("PATH_INFO", "").startswith("/moto-api"):
                with self._lock:
                    self.events.append((time.monotonic(), operation_of(environ, body)))
            return app(environ, start_response)

        return counted

    def mark(self) -> int:
        """Where the count is now; `since(mark)` gives what came after."""
        with self._lock:
            return len(self.events)

    def since(self, mark: int) -> list[tuple[float, str]]:
        with self._lock:
            return list(self.events[mark:])

    @staticmethod
    def by_operation(events: list[tuple[float, str]]) -> dict[str, int]:
        return dict(sorted(collections.Counter(operation for _, operation in events).items()))


class CountingMotoServer(world_aws.WorldMotoServer):
    """The world's moto server, every request counted."""

    def __init__(self, counter: RequestCounter) -> None:
        super().__init__(ip_address="127.0.0.1", port=0, verbose=False)
        self.counter = counter

    def _server_entry(self) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        from tests.world import aws_pricing, aws_sso

        moto = DomainDispatcherApplication(create_backend_app)
        app = self.counter.wrap(aws_sso.with_sso(aws_pricing.with_pricing(moto)))
        self._server = make_server(
            self._ip_address, self._port, app, True, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()


@dataclasses.dataclass
class FlowWorld:
    folder: Path
    aws: world_aws.AwsWorld
    counter: RequestCounter
    sshd: Sshd
    recipe: Recipe
    jupyter_port: int

    @property
    def home(self) -> Path:
        return self.folder / "home"

    def paths(self, name: str = "app") -> AppPaths:
        return under(self.folder / name).ensure()

    def workspace(self, paths: AppPaths | None = None, **options: Any) -> Workspace:
        """A Workspace from the saved files under `paths`, with the world's waits."""
        recipe = self.recipe
        settings: dict[str, Any] = {
            "home": self.home,
            "host_name": "laptop",
            "timing": FAST,
            "fetch_ip": lambda: CALLER_IP + "\n",
            "recipes": lambda name: recipe if name == "sandbox" else load_recipe(name),
            "jupyter_port": self.jupyter_port,
            "local_port": free_port(),
        }
        return Workspace.load(paths or self.paths(), **(settings | options))


def _course(sshd: Sshd, instance_env: Path) -> Recipe:
    repository = ensure_world_course()
    shipped = load_recipe("sandbox")
    unique = uuid.uuid4().hex[:8]
    changes: dict[str, Any] = {
        "id": f"sandbox-{unique}",
        "folder": f"sandbox-course-{unique}",
        "notebooks": f"sandbox-course-{unique}",
    }
    if Path(shipped.repository) != repository:
        changes |= {"repository": str(repository), "prelude": (f"source {instance_env}/activate",)}
    return dataclasses.replace(shipped, **changes)


@contextlib.contextmanager
def flow_world() -> Iterator[FlowWorld]:
    """The world, running; this process's environment points at it until the end."""
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # a line per request otherwise
    folder = Path(tempfile.mkdtemp(prefix="bench-world-"))
    folder.chmod(0o755)
    (folder / "home").mkdir()
    counter = RequestCounter()
    server = CountingMotoServer(counter)
    server.start()
    host, port = server.get_host_and_port()
    aws = world_aws.AwsWorld(f"http://{host}:{port}")
    sshd = Sshd(folder=folder / "sshd", user=_ensure_world_user())
    sshd.folder.mkdir()
    saved = dict(os.environ)
    jupyter_port = free_port()
    recipe: Recipe | None = None
    try:
        os.environ.update(aws.env)
        os.environ.update(
            {
                "HOME": str(folder / "home"),
                "AWS_CONFIG_FILE": str(folder / "home" / ".aws" / "config"),
                "AWS_SHARED_CREDENTIALS_FILE": str(folder / "home" / ".aws" / "credentials"),
                "FASTAI_LAUNCHER_HOME": str(folder / "app"),
            }
        )
        for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE"):
            os.environ.pop(name, None)
        sshd.start()
        os.environ[SSH_ENDPOINT_ENV] = f"127.0.0.1:{sshd.port}"
        os.environ[SSH_USER_ENV] = sshd.user
        aws.reset()
        aws.boot_on(sshd)
        aws.set_quota(G_QUOTA, 8)
        recipe = _course(sshd, ensure_instance_env())
        yield FlowWorld(folder, aws, counter, sshd, recipe, jupyter_port)
    finally:
        pid_file = sshd.home / STATE_ROOT / f"jupyter-{jupyter_port}.pid"
        with contextlib.suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text()), signal.SIGTERM)
        if recipe is not None:
            shutil.rmtree(sshd.home / recipe.folder, ignore_errors=True)
            shutil.rmtree(sshd.home / recipe.state_dir, ignore_errors=True)
        sshd.stop()
        world_aws.aws_boot.clear()
        server.stop()
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(folder, ignore_errors=True)

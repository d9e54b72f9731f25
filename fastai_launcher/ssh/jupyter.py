"""Jupyter on the instance (`Step.JUPYTER`: the guide's `jupyter notebook`), kept running in the background.

The server is started with `nohup setsid`, bound to 127.0.0.1 (reached only
through the tunnel), with no browser; it keeps running when the connection
drops.  Its URL and token come from the recipe's `list --json` command, never
from its banner.  The token stays in memory and is registered with the log
redaction, so it never reaches a log file.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass, field
from urllib.parse import quote

from ..core.errors import SshError, TimedOut
from ..core.logs import register_secret
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .recipes import STATE_ROOT, Recipe
from .session import Session

DEFAULT_PORT = 8888


@dataclass(frozen=True)
class JupyterServer:
    """A Jupyter server running on the instance."""

    port: int
    base_url: str  # the path prefix, usually "/"
    root_dir: str
    pid: int
    token: str = field(repr=False)


def local_url(server: JupyterServer, local_port: int, path: str = "") -> str:
    """`http://127.0.0.1:<local_port>/<path>?token=…`: the server through the tunnel
    (the tunnel listens on IPv4 loopback; `localhost` may resolve to ::1 first)."""
    base = server.base_url if server.base_url.endswith("/") else server.base_url + "/"
    url = f"http://127.0.0.1:{local_port}{base}{path.lstrip('/')}"
    return f"{url}?token={quote(server.token, safe='')}" if server.token else url


def _in_environment(recipe: Recipe, command: str) -> str:
    script = "\n".join([*recipe.prelude, command])
    return f'cd "$HOME" && bash -c {shlex.quote(script)}'


def running_servers(
    session: Session, recipe: Recipe, ctx: TaskContext | None = None
) -> list[JupyterServer]:
    """The Jupyter servers the instance's user runs, as `list --json` reports them."""
    lines: list[str] = []
    session.run(_in_environment(recipe, recipe.jupyter_list), lines.append, ctx, timeout=60)
    servers = []
    for line in lines:
        if not line.startswith("{"):
            continue
        try:
            info = json.loads(line)
            server = JupyterServer(
                port=int(info["port"]),
                base_url=str(info.get("base_url") or "/"),
                root_dir=str(info.get("root_dir") or info.get("notebook_dir") or ""),
                pid=int(info.get("pid") or 0),
                token=str(info.get("token") or ""),
            )
        except (ValueError, KeyError, TypeError):
            continue
        register_secret(server.token)
        servers.append(server)
    return servers


def find_server(
    session: Session, recipe: Recipe, port: int = DEFAULT_PORT, ctx: TaskContext | None = None
) -> JupyterServer | None:
    for server in running_servers(session, recipe, ctx):
        if server.port == port:
            return server
    return None


def _pid_file(port: int) -> str:
    return f"{STATE_ROOT}/jupyter-{port}.pid"


def _log_file(port: int) -> str:
    return f"{STATE_ROOT}/jupyter-{port}.log"


def start_jupyter(
    session: Session,
    recipe: Recipe,
    ctx: TaskContext,
    port: int = DEFAULT_PORT,
    timeout: float = 120.0,
    interval: float = 1.0,
) -> JupyterServer:
    """The recipe's Jupyter on the instance's 127.0.0.1:`port`: the running one, or a new one."""
    # `list --json` costs a Python start-up on the instance: ask it only when a port answers.
    if _port_open(session, port, ctx):
        running = find_server(session, recipe, port, ctx)
        if running is not None:
            return running
        raise _not_started(port)  # something else holds the port
    ctx.progress(text("Jupyter", QT_TRANSLATE_NOOP("Jupyter", "Starting Jupyter on the instance")))
    start = recipe.jupyter_start.replace("{port}", str(port)).replace(
        "{notebooks}", shlex.quote(recipe.notebooks)
    )
    launcher = "\n".join([*recipe.prelude, f"exec {start}"])
    pid_file, log_file = shlex.quote(_pid_file(port)), shlex.quote(_log_file(port))
    command = (
        f'cd "$HOME" && mkdir -p {shlex.quote(STATE_ROOT)} && '
        f"{{ nohup setsid bash -c {shlex.quote(launcher)} > {log_file} 2>&1 < /dev/null & "
        f"echo $! > {pid_file}; }}"
    )
    if session.run(command, ctx=ctx, timeout=60) != 0:
        raise _not_started(port)
    deadline = ctx.clock() + timeout
    while True:
        waited = session.run(_wait_command(port, min(timeout, 30.0)), ctx=ctx, timeout=timeout + 30)
        if waited == 3:  # the server process is gone: it could not start
            raise _not_started(port)
        if waited == 0:
            server = find_server(session, recipe, port, ctx)
            if server is not None:
                return server
        if ctx.clock() > deadline:
            raise TimedOut(
                text("Jupyter", QT_TRANSLATE_NOOP("Jupyter", "Jupyter to start")), timeout
            )
        ctx.sleep(interval)


def _port_open(session: Session, port: int, ctx: TaskContext) -> bool:
    probe = f"(exec 3<> /dev/tcp/127.0.0.1/{port}) 2> /dev/null"
    return session.run(f"bash -c {shlex.quote(probe)}", ctx=ctx, timeout=30) == 0


def _wait_command(port: int, seconds: float) -> str:
    """Exit 0 once the port answers, 3 when the server process died, 4 after `seconds`."""
    pid_file = shlex.quote(_pid_file(port))
    loop = (
        f'cd "$HOME"; pid=$(cat {pid_file}); end=$((SECONDS + {int(seconds)})); '
        'while [ "$SECONDS" -lt "$end" ]; do '
        'kill -0 "$pid" 2> /dev/null || exit 3; '
        f"(exec 3<> /dev/tcp/127.0.0.1/{port}) 2> /dev/null && exit 0; "
        "sleep 0.2; done; exit 4"
    )
    return f"bash -c {shlex.quote(loop)}"


def stop_jupyter(
    session: Session, recipe: Recipe, server: JupyterServer, ctx: TaskContext, timeout: float = 30.0
) -> None:
    """Stop `server`: SIGTERM, on which Jupyter shuts its kernels down and exits cleanly."""
    del recipe  # the pid is enough; kept for symmetry with start_jupyter
    ctx.progress(text("Jupyter", QT_TRANSLATE_NOOP("Jupyter", "Stopping Jupyter on the instance")))
    wait = (
        f"kill {server.pid} 2> /dev/null; end=$((SECONDS + {int(timeout)})); "
        f'while kill -0 {server.pid} 2> /dev/null; do [ "$SECONDS" -ge "$end" ] && exit 4; sleep 0.2; done'
    )
    if (
        server.pid
        and session.run(f"bash -c {shlex.quote(wait)}", ctx=ctx, timeout=timeout + 30) != 0
    ):
        raise TimedOut(text("Jupyter", QT_TRANSLATE_NOOP("Jupyter", "Jupyter to stop")), timeout)


def _not_started(port: int) -> SshError:
    return SshError(
        text(
            "Jupyter",
            QT_TRANSLATE_NOOP("Jupyter", "Jupyter did not start on the instance (port {port})."),
            port=port,
        ),
        text(
            "Jupyter",
            QT_TRANSLATE_NOOP(
                "Jupyter",
                "Run the course installation again; its log on the instance is in ~/.fastai-launcher/.",
            ),
        ),
    )

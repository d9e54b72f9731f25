"""The tunnel against OpenSSH's `ssh -N -L`, on loopback, against one private sshd.

Measures the latency a new HTTP request (a new TCP connection each) gains
through the tunnel over the direct request to the same server (the median of
200 rounds; each round asks directly, through the tunnel and through OpenSSH,
one after the other, so all three meet the same machine load) and the
throughput of a 200 MB download (median of 3).  The HTTP server and the client
each run in a process of their own, as the instance's Jupyter and a browser
would; the tunnel runs in this process, as in the app.  Prints one JSON object per figure:
`name`, `value`, `unit`, `anchor` (OpenSSH's figure), `ratio` (value / anchor).
Goals: latency <= 2x OpenSSH's, throughput >= 0.5x OpenSSH's.

    python -m benchmarks.tunnel
"""

from __future__ import annotations

import base64
import contextlib
import functools
import http.server
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import paramiko
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fastai_launcher.ssh.tunnel import Tunnel
from tests.world.sshd import Sshd, _ensure_world_user, free_port

REQUESTS = 200
DOWNLOAD_BYTES = 200 * 1000 * 1000
DOWNLOADS = 3  # the median of these
SMALL = "small.txt"
BIG = "big.bin"


# --- the client and the server, each run as `python -m benchmarks.tunnel --...` --


def _get(port: int, path: str, buffer: bytearray) -> int:
    """One request on a new connection, done when Content-Length bytes arrived (as
    a browser is; it does not wait for the connection to close).  Body size."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.sendall(f"GET /{path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        view, got = memoryview(buffer), 0
        while (end := bytes(view[:got]).find(b"\r\n\r\n")) < 0:
            if not (n := sock.recv_into(view[got:])):
                return 0
            got += n
        head = bytes(view[:end]).decode("latin-1").lower()
        length = int(head.split("content-length:")[1].split()[0])
        body = got - end - 4
        while body < length and (n := sock.recv_into(view)):
            body += n
        return body


def _client(kind: str, ports: list[int]) -> None:
    """Requests to each port in turn, so that every path sees the same machine load."""
    buffer = bytearray(1 << 20)
    rounds, path = (REQUESTS, SMALL) if kind == "latency" else (DOWNLOADS, BIG)
    results: list[list[float]] = [[] for _ in ports]
    for _ in range(rounds):
        for port, result in zip(ports, results, strict=True):
            start = time.perf_counter()
            size = _get(port, path, buffer)
            elapsed = time.perf_counter() - start
            if kind != "latency" and size < DOWNLOAD_BYTES:
                raise SystemExit(f"short download from port {port}: {size} bytes")
            result.append(elapsed if kind == "latency" else size / elapsed)
    print(json.dumps(results))


def _serve(directory: str, port: int) -> None:
    """The instance's web server; replies without Nagle's delay, like Jupyter's Tornado."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def setup(self) -> None:
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: object) -> None:
            pass

    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


def _measure(kind: str, *ports: int) -> list[list[float]]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.tunnel", "--client", kind, *map(str, ports)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode:
        raise RuntimeError(f"the {kind} client failed: {result.stderr.strip()[-2000:]}")
    return [[float(x) for x in row] for row in json.loads(result.stdout)]


# --- the world: sshd, HTTP server, key ----------------------------------------


def _wait_for_port(port: int, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.args!r} exited with {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}")


@contextlib.contextmanager
def _process(args: list[str], port: int) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(port, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _stop_sshd(server: Sshd) -> None:
    """Stop our own sshd and its sessions only (Sshd.stop kills by user name)."""
    if server.process is None:
        return
    pid = server.process.pid
    for status in Path("/proc").glob("[0-9]*/status"):
        with contextlib.suppress(OSError):
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines())
            if int(fields.get("PPid", "0")) == pid:
                os.kill(int(status.parent.name), 15)
    server.process.terminate()
    server.process.wait(10)
    server.process = None


def _client_key(folder: Path) -> tuple[Path, paramiko.PKey, str]:
    private = Ed25519PrivateKey.generate()
    path = folder / "client_ed25519"
    path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)
    public = private.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    return path, paramiko.Ed25519Key.from_private_key_file(str(path)), public.decode()


def _host_keys(server: Sshd) -> list[paramiko.PKey]:
    keys = []
    for line in server.host_public_keys:
        kind, data = line.split()[:2]
        keys.append(paramiko.PKey.from_type_string(kind, base64.b64decode(data)))
    return keys


def _added(through: list[float], direct: list[float]) -> float:
    """The median of the per-round differences: each round's requests met the same load."""
    return statistics.median(t - d for t, d in zip(through, direct, strict=True))


def _figure(name: str, value: float, unit: str, anchor: float) -> dict[str, object]:
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "anchor": round(anchor, 3),
        "ratio": round(value / anchor, 3) if anchor else None,
    }


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="bench-tunnel-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # the login user reads authorized_keys below it
        www = folder / "www"
        www.mkdir()
        (www / SMALL).write_text("hello from the instance\n")
        with (www / BIG).open("wb") as big:
            big.truncate(DOWNLOAD_BYTES)
        (folder / "sshd").mkdir()
        # As root, log in as root: test runs elsewhere on this machine end every
        # session of the world's user (`pkill -f "sshd: fastai-world"`).
        user = "root" if os.geteuid() == 0 else _ensure_world_user()
        server = Sshd(folder=folder / "sshd", user=user)
        key_path, pkey, public_line = _client_key(folder)
        server.start()
        try:
            server.authorize(public_line)
            http_port = free_port()
            http = [sys.executable, "-m", "benchmarks.tunnel", "--server", str(www), str(http_port)]
            ssh_port = free_port()
            command = server.ssh_command(key_path)
            forward = ["-N", "-o", "ExitOnForwardFailure=yes"]
            forward += ["-L", f"127.0.0.1:{ssh_port}:127.0.0.1:{http_port}"]
            tunnel = Tunnel(
                lambda: ("127.0.0.1", server.port),
                server.user,
                pkey,
                trusted_host_keys=_host_keys(server),
                remote_port=http_port,
                preferred_local_port=free_port(),
            )
            with (
                _process(http, http_port),
                _process([*command[:-1], *forward, command[-1]], ssh_port),
            ):
                tunnel.start()
                try:
                    assert tunnel.local_port is not None
                    ports = (http_port, tunnel.local_port, ssh_port)
                    direct, ours_latency, ssh_latency = _measure("latency", *ports)
                    ours_rates, ssh_rates = _measure("throughput", *ports[1:])
                finally:
                    tunnel.stop()
        finally:
            _stop_sshd(server)

    return [
        _figure(
            "tunnel_added_latency_new_connection",
            _added(ours_latency, direct) * 1000,
            "ms",
            _added(ssh_latency, direct) * 1000,
        ),
        _figure(
            "tunnel_throughput_200MB_download",
            statistics.median(ours_rates) / 1e6,
            "MB/s",
            statistics.median(ssh_rates) / 1e6,
        ),
    ]


def main(argv: list[str] | None = None) -> list[dict[str, object]]:
    """Run the benchmark, print one JSON line per figure, return the figures."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--server"]:
        _serve(args[1], int(args[2]))
        return []
    if args[:1] == ["--client"]:
        _client(args[1], [int(port) for port in args[2:]])
        return []
    figures = run()
    for figure in figures:
        print(json.dumps(figure), flush=True)
    return figures


if __name__ == "__main__":
    main()

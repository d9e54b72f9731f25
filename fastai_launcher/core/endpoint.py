"""Where to reach an instance's SSH server.

Normally that is the instance's public IP on port 22.  The developer option
`FASTAI_LAUNCHER_SSH_ENDPOINT=host:port` sends every SSH connection to one
fixed endpoint instead: the sandbox (`python -m tests.world.sandbox`) uses it to make
a local OpenSSH server play the instance.  It is read here and nowhere else.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

SSH_ENDPOINT_ENV = "FASTAI_LAUNCHER_SSH_ENDPOINT"


def ssh_endpoint(public_ip: str, env: Mapping[str, str] | None = None) -> tuple[str, int]:
    """The (host, port) to connect to for an instance with `public_ip`."""
    env = os.environ if env is None else env
    override = env.get(SSH_ENDPOINT_ENV, "").strip()
    if not override:
        return public_ip, 22
    host, _, port = override.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"{SSH_ENDPOINT_ENV} must look like host:port, not {override!r}")
    return host.strip("[]"), int(port)

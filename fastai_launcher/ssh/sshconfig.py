"""`ssh fastai` for terminal and VS Code users (optional, the user approves it).

A `Host fastai` block in `~/.ssh/config`, between marker comments, rewritten
when the instance's address changes.  Everything outside the markers is left
byte for byte as it was; the file keeps its mode (and stays the file a
symlink points to).  With the instance's verified host keys, the block also
points OpenSSH at a known-hosts file of the app's, so `ssh fastai` does not ask
"are you sure" either.
"""

from __future__ import annotations

import stat
from collections.abc import Sequence
from pathlib import Path

from ..core import atomic
from ..core.errors import InputError
from ..core.text import QT_TRANSLATE_NOOP, text
from .hostkeys import HostPublicKey

BEGIN = "# >>> fastai-launcher: written by the app, changes between these lines are replaced >>>"
END = "# <<< fastai-launcher <<<"
ALIAS = "fastai"
HOST_KEY_ALIAS = "fastai-launcher-instance"


def _quoted(path: Path) -> str:
    return f'"{path}"'


def ssh_config_block(
    host_name: str,
    identity_file: Path,
    user: str = "ubuntu",
    port: int = 22,
    alias: str = ALIAS,
    local_port: int = 8888,
    remote_port: int = 8888,
    known_hosts_file: Path | None = None,
) -> list[str]:
    """The lines of the managed block, markers included."""
    lines = [
        BEGIN,
        f"Host {alias}",
        f"    HostName {host_name}",
        f"    User {user}",
    ]
    if port != 22:
        lines.append(f"    Port {port}")
    lines += [
        f"    IdentityFile {_quoted(identity_file)}",
        "    IdentitiesOnly yes",
        # Bound to loopback even if the user's `Host *` says `GatewayPorts yes`.
        f"    LocalForward localhost:{local_port} localhost:{remote_port}",
        "    ServerAliveInterval 15",
    ]
    if known_hosts_file is not None:
        # The address changes on every start; the alias names the instance's keys instead.
        lines += [
            f"    HostKeyAlias {HOST_KEY_ALIAS}",
            f"    UserKnownHostsFile {_quoted(known_hosts_file)}",
            "    StrictHostKeyChecking yes",
        ]
    lines.append(END)
    return lines


def write_openssh_known_hosts(path: Path, keys: Sequence[HostPublicKey]) -> None:
    """The instance's verified host keys in OpenSSH's known_hosts format, under the alias."""
    atomic.write_text(
        path, "".join(f"{HOST_KEY_ALIAS} {key.kind} {key.blob}\n" for key in keys), 0o600
    )


def write_ssh_config(config: Path, block: list[str]) -> Path:
    """Put `block` into the OpenSSH config file `config` (usually `~/.ssh/config`)."""
    target = config.resolve() if config.is_symlink() else config
    try:
        existing = target.read_text(encoding="utf-8")
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        existing, mode = "", 0o600
    newline = "\r\n" if "\r\n" in existing else "\n"
    before, after = _split(existing, target)
    managed = newline.join(block) + newline
    if before and not before.endswith(newline * 2):
        before += newline if before.endswith(newline) else newline * 2
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic.write_text(target, before + managed + after, mode)
    return target


def remove_ssh_config(config: Path) -> bool:
    """Take the managed block out again; False when there was none."""
    target = config.resolve() if config.is_symlink() else config
    try:
        existing = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        return False
    if BEGIN not in existing:
        return False
    before, after = _split(existing, target)
    newline = "\r\n" if "\r\n" in existing else "\n"
    if not after and before.endswith(newline * 2):
        before = before[: -len(newline)]  # the blank line write_ssh_config put before the block
    atomic.write_text(target, before + after, stat.S_IMODE(target.stat().st_mode))
    return True


def _split(existing: str, path: Path) -> tuple[str, str]:
    """The text before and after the managed block (the block itself dropped)."""
    start = existing.find(BEGIN)
    if start < 0:
        return existing, ""
    end = existing.find(END, start)
    if end < 0:
        raise InputError(
            text(
                "SshConfig",
                QT_TRANSLATE_NOOP(
                    "SshConfig", "The fastai-launcher section of {path} has lost its end line."
                ),
                path=str(path),
            ),
            text(
                "SshConfig",
                QT_TRANSLATE_NOOP(
                    "SshConfig", "Delete the section from that file by hand, then try again."
                ),
            ),
        )
    end += len(END)
    while end < len(existing) and existing[end] in "\r\n":
        end += 1
        if existing[end - 1] == "\n":
            break
    return existing[:start], existing[end:]


def config_path(home: Path) -> Path:
    return home / ".ssh" / "config"

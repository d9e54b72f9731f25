"""`ssh fastai` for terminal and VS Code users (optional, the user approves it).

The `Host fastai` block lives in a file of the app's own,
`~/.ssh/fastai-launcher.config` (mode 0600), which one `Include` line at the
very top of `~/.ssh/config` reads first.  OpenSSH keeps the first value it
finds for each option, so a `Host *` or `Match all` of the user's with
`StrictHostKeyChecking no` or `UserKnownHostsFile /dev/null` cannot unpin the
instance's host key.  Apart from that line (and the block older versions of
the app appended between marker comments, which is taken out), the user's file
is left byte for byte as it was, keeps its mode, stays the file a symlink
points to, and is copied to `config.fastai-launcher.bak` before it changes.

With the instance's verified host keys, the block points OpenSSH at a
known-hosts file of the app's under `HostKeyAlias`, so `ssh fastai` neither asks
"are you sure" nor accepts another key.  The address changes on every start;
the flow rewrites the app's file when it connects (`flow.connect`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path, PureWindowsPath

from ..core import atomic
from ..core.errors import InputError
from ..core.text import QT_TRANSLATE_NOOP, text
from .hostkeys import HostPublicKey

#: The markers of the block older versions appended to `~/.ssh/config` itself.
BEGIN = "# >>> fastai-launcher: written by the app, changes between these lines are replaced >>>"
END = "# <<< fastai-launcher <<<"
ALIAS = "fastai"
HOST_KEY_ALIAS = "fastai-launcher-instance"
APP_CONFIG = "fastai-launcher.config"
BACKUP_SUFFIX = ".fastai-launcher.bak"
INCLUDE_COMMENT = (
    "# fastai-launcher: its hosts (ssh fastai) are read first, before any Host * below"
)
HEADER = (
    "# Written by fastai-launcher and rewritten when the instance's address changes;"
    " edits here are replaced."
)


def config_path(home: Path) -> Path:
    return home / ".ssh" / "config"


def app_config_path(config: Path) -> Path:
    """The app's own file, beside `config` (not where a symlinked config points)."""
    return config.parent / APP_CONFIG


def unusable_path(path: Path | str) -> InputError:
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in str(path))
    return InputError(
        text(
            "SshConfig",
            QT_TRANSLATE_NOOP(
                "SshConfig",
                "The path {path} cannot be written into an SSH configuration: OpenSSH would "
                "misread its quotation mark, line break or dollar sign before a brace.",
            ),
            path=shown,
        ),
        text(
            "SshConfig",
            QT_TRANSLATE_NOOP(
                "SshConfig",
                "Move the file to a folder whose name has none of these characters, "
                "then choose it again.",
            ),
        ),
    )


def config_value(path: Path | str) -> str:
    """`path` as one quoted argument of an ssh_config line (or of `ssh -o`).

    A quotation mark or a line break would end the value and let the rest of the
    path become options of its own (a `ProxyCommand` runs a program), and OpenSSH
    expands `${VAR}` with no way to escape it: such paths are refused.  `%`
    (OpenSSH's tokens) and backslashes are escaped; Windows paths are written with
    forward slashes, which every OpenSSH for Windows reads.
    """
    value = path.as_posix() if isinstance(path, PureWindowsPath) else str(path)
    if '"' in value or "${" in value or any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise unusable_path(path)
    value = value.replace("\\", "\\\\").replace("%", "%%")
    return f'"{value}"'


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
    """The lines of the app's file: a header comment and the `Host` block."""
    lines = [
        HEADER,
        f"Host {alias}",
        f"    HostName {host_name}",
        f"    User {user}",
    ]
    if port != 22:
        lines.append(f"    Port {port}")
    lines += [
        f"    IdentityFile {config_value(identity_file)}",
        "    IdentitiesOnly yes",
        # Bound to loopback even if the user's `Host *` says `GatewayPorts yes`.
        f"    LocalForward localhost:{local_port} localhost:{remote_port}",
        "    ServerAliveInterval 15",
    ]
    if known_hosts_file is not None:
        known = config_value(known_hosts_file)
        # The address changes on every start; the alias names the instance's keys instead.
        lines += [
            f"    HostKeyAlias {HOST_KEY_ALIAS}",
            f"    UserKnownHostsFile {known}",
            f"    GlobalKnownHostsFile {known}",
            "    StrictHostKeyChecking yes",
            "    UpdateHostKeys no",
            "    CheckHostIP no",
        ]
    return lines


def write_openssh_known_hosts(path: Path, keys: Sequence[HostPublicKey]) -> None:
    """The instance's verified host keys in OpenSSH's known_hosts format, under the alias."""
    atomic.write_text(
        path, "".join(f"{HOST_KEY_ALIAS} {key.kind} {key.blob}\n" for key in keys), 0o600
    )


def write_app_config(path: Path, block: list[str]) -> None:
    """(Re)write the app's own file, mode 0600."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic.write_text(path, "\n".join(block) + "\n", 0o600)


def write_ssh_config(config: Path, block: list[str]) -> Path:
    """Write `block` to the app's file and include that file from the top of `config`
    (usually `~/.ssh/config`); the app's file."""
    app_file = app_config_path(config)
    include = f"Include {config_value(app_file)}"  # refused paths fail before any write
    write_app_config(app_file, block)
    target = _target(config)
    original, mode = _read(target)
    newline = "\r\n" if "\r\n" in original else "\n"
    kept = _without_ours(original, target, include)
    _replace(target, INCLUDE_COMMENT + newline + include + newline + kept, original, mode)
    return app_file


def remove_ssh_config(config: Path) -> bool:
    """Take the app's lines out of `config` and delete the app's file; False when
    there was nothing of the app's."""
    app_file = app_config_path(config)
    target = _target(config)
    original, mode = _read(target)
    kept = _without_ours(original, target, f"Include {config_value(app_file)}")
    changed = kept != original
    if changed:
        _replace(target, kept, original, mode)
    try:
        app_file.unlink()
    except FileNotFoundError:
        return changed
    return True


def _target(config: Path) -> Path:
    return config.resolve() if config.is_symlink() else config


def _read(path: Path) -> tuple[str, int]:
    """The file's text (bytes that are not UTF-8 kept as they are) and mode."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "", 0o600
    return data.decode("utf-8", "surrogateescape"), stat.S_IMODE(path.stat().st_mode)


def _replace(path: Path, content: str, original: str, mode: int) -> None:
    if content == original:
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.path.lexists(path):
        backup = path.with_name(path.name + BACKUP_SUFFIX)
        atomic.write_bytes(backup, original.encode("utf-8", "surrogateescape"), mode)
    atomic.write_bytes(path, content.encode("utf-8", "surrogateescape"), mode)


def _without_ours(existing: str, path: Path, include: str) -> str:
    """`existing` without the app's include line (and its comment) and without the
    block older versions appended."""
    before, after = _split(existing, path)
    newline = "\r\n" if "\r\n" in existing else "\n"
    if BEGIN in existing and before.endswith(newline * 2):
        before = before[: -len(newline)]  # the blank line the old version put before it
    lines = (before + after).splitlines(keepends=True)
    return "".join(line for line in lines if line.rstrip("\r\n") not in (INCLUDE_COMMENT, include))


def _split(existing: str, path: Path) -> tuple[str, str]:
    """The text before and after the old managed block (the block itself dropped)."""
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

"""Knowing it is really the instance (`Step.CONNECT`, "answer yes" — done better).

The instance prints its SSH host public keys on its console at first boot
(cloud-init's `-----BEGIN SSH HOST KEY KEYS-----` block), and AWS hands the
console text to the instance's owner only.  A key listed there is the
instance's.  Once seen, keys are pinned by instance id in the app's own
known-hosts file, so a restart with a new IP connects without a question.  No
key is ever trusted blindly: without the console block the user must confirm
the fingerprint.
"""

from __future__ import annotations

import base64
import binascii
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import paramiko

from ..core import atomic
from ..core.errors import HostKeyError, NetworkError, SshError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text

BEGIN = "-----BEGIN SSH HOST KEY KEYS-----"
END = "-----END SSH HOST KEY KEYS-----"
_KEY_TYPES = (
    "ssh-ed25519",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "ssh-rsa",
)
# paramiko's host key algorithms, by the key type they verify
_ALGORITHMS = {
    "ssh-ed25519": ("ssh-ed25519",),
    "ecdsa-sha2-nistp256": ("ecdsa-sha2-nistp256",),
    "ecdsa-sha2-nistp384": ("ecdsa-sha2-nistp384",),
    "ecdsa-sha2-nistp521": ("ecdsa-sha2-nistp521",),
    "ssh-rsa": ("rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"),
}


@dataclass(frozen=True)
class HostPublicKey:
    """One host public key: its type (`ssh-ed25519`) and base64 blob."""

    kind: str
    blob: str

    @property
    def fingerprint(self) -> str:
        return paramiko.PKey.from_type_string(self.kind, base64.b64decode(self.blob)).fingerprint

    @classmethod
    def of(cls, key: paramiko.PKey) -> HostPublicKey:
        return cls(key.get_name(), key.get_base64())


class HostKeyUnverified(SshError):
    """No trusted key to compare with: the UI shows `fingerprint` and asks the user."""

    def __init__(self, fingerprint: str, kind: str) -> None:
        super().__init__(
            text(
                "HostKeys",
                QT_TRANSLATE_NOOP(
                    "HostKeys",
                    "The instance's identity could not be checked automatically. Its key fingerprint is {fingerprint}.",
                ),
                fingerprint=fingerprint,
            ),
            text(
                "HostKeys",
                QT_TRANSLATE_NOOP(
                    "HostKeys",
                    "Its console did not list its keys, so the app cannot compare them for you. Connect only if you launched this instance yourself a few minutes ago and your network is one you trust (not a public Wi-Fi).",
                ),
            ),
        )
        self.fingerprint = fingerprint
        self.kind = kind


def interception_error(fingerprint: str) -> HostKeyError:
    return HostKeyError(
        text(
            "HostKeys",
            QT_TRANSLATE_NOOP(
                "HostKeys",
                "The server answering at the instance's address is not the instance: its key ({fingerprint}) is not the one the instance reported. Someone may be intercepting the connection.",
            ),
            fingerprint=fingerprint,
        ),
        text(
            "HostKeys",
            QT_TRANSLATE_NOOP(
                "HostKeys",
                "Do not connect. Stop the instance now (the app offers it) and try again later from another network.",
            ),
        ),
    )


def parse_console_host_keys(console_text: str) -> list[HostPublicKey]:
    """The host keys in cloud-init's block of the console text (the last complete one)."""
    blocks: list[list[HostPublicKey]] = []
    current: list[HostPublicKey] | None = None
    for line in console_text.splitlines():
        if BEGIN in line:
            current = []
        elif END in line:
            if current is not None:
                blocks.append(current)
            current = None
        elif current is not None:
            key = _key_in(line)
            if key is not None:
                current.append(key)
    return blocks[-1] if blocks else []


def _key_in(line: str) -> HostPublicKey | None:
    words = line.split()
    for index, word in enumerate(words[:-1]):
        if word in _KEY_TYPES:
            try:
                base64.b64decode(words[index + 1], validate=True)
            except (binascii.Error, ValueError):
                return None
            return HostPublicKey(word, words[index + 1])
    return None


def poll_console(
    fetch_text: Callable[[], str],
    ctx: TaskContext,
    timeout: float = 600.0,
    interval: float = 10.0,
) -> list[HostPublicKey]:
    """Fetch the console text until it holds the host keys; [] when `timeout` passes first."""
    deadline = ctx.clock() + timeout
    step = text(
        "HostKeys",
        QT_TRANSLATE_NOOP(
            "HostKeys",
            "Reading the instance's identity from its console (at most {minutes} min; "
            "then you are asked to confirm it)",
        ),
        minutes=max(1, round(timeout / 60)),
    )
    while True:
        ctx.progress(step)
        keys = parse_console_host_keys(fetch_text() or "")
        if keys:
            return keys
        left = deadline - ctx.clock()
        if left <= 0:
            return []
        ctx.sleep(min(interval, left))


class KnownHosts:
    """Host keys pinned by instance id, in the app's own JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, list[dict[str, str]]]:
        raw = atomic.read_json(self.path)
        if not isinstance(raw, dict) or not isinstance(raw.get("instances"), dict):
            return {}
        return {str(k): v for k, v in raw["instances"].items() if isinstance(v, list)}

    def pinned(self, instance_id: str) -> list[HostPublicKey]:
        return [
            HostPublicKey(entry["type"], entry["key"])
            for entry in self._read().get(instance_id, [])
            if isinstance(entry, dict) and "type" in entry and "key" in entry
        ]

    def pin(self, instance_id: str, keys: Iterable[HostPublicKey]) -> None:
        instances = self._read()
        merged = list(dict.fromkeys([*self.pinned(instance_id), *keys]))
        instances[instance_id] = [{"type": key.kind, "key": key.blob} for key in merged]
        atomic.write_json(self.path, {"instances": instances})

    def forget(self, instance_id: str) -> None:
        instances = self._read()
        if instances.pop(instance_id, None) is not None:
            atomic.write_json(self.path, {"instances": instances})


class InstanceHostKeyPolicy(paramiko.MissingHostKeyPolicy):
    """Accept only the instance's key: pinned, listed on its console, or confirmed by the user.

    paramiko calls `missing_host_key` for every connection (the client's own
    host-key table stays empty); raising refuses the connection.
    """

    def __init__(
        self,
        instance_id: str,
        known_hosts: KnownHosts,
        listed: Sequence[HostPublicKey] = (),
        confirmed_fingerprint: str | None = None,
        confirm: Callable[[str], bool] | None = None,
    ) -> None:
        self.instance_id = instance_id
        self.known_hosts = known_hosts
        self.listed = tuple(listed)
        self.confirmed_fingerprint = confirmed_fingerprint
        self.confirm = confirm

    def trusted(self) -> list[HostPublicKey]:
        return list(dict.fromkeys([*self.known_hosts.pinned(self.instance_id), *self.listed]))

    def disabled_algorithms(self) -> dict[str, list[str]]:
        """Host key algorithms to leave out, so the server shows a key type we can check."""
        kinds = {key.kind for key in self.trusted()}
        if not kinds:
            return {}
        return {
            "keys": [alg for kind, algs in _ALGORITHMS.items() if kind not in kinds for alg in algs]
        }

    def check(self, key: paramiko.PKey) -> HostPublicKey:
        """Accept `key` (and pin it) or raise `HostKeyError` / `HostKeyUnverified`."""
        offered = HostPublicKey.of(key)
        trusted = self.trusted()
        if trusted:
            if offered not in trusted:
                raise interception_error(key.fingerprint)
            self.known_hosts.pin(self.instance_id, [*self.listed, offered])
            return offered
        if self.confirmed_fingerprint is not None:
            if self.confirmed_fingerprint != key.fingerprint:
                raise interception_error(key.fingerprint)
        elif self.confirm is None or not self.confirm(key.fingerprint):
            raise HostKeyUnverified(key.fingerprint, offered.kind)
        self.known_hosts.pin(self.instance_id, [offered])
        return offered

    def missing_host_key(
        self, client: paramiko.SSHClient, hostname: str, key: paramiko.PKey
    ) -> None:
        del client, hostname  # the instance id, not the changing address, names the host
        self.check(key)


def verify_host_key(
    host: str, port: int, policy: InstanceHostKeyPolicy, timeout: float = 15.0
) -> HostPublicKey:
    """Shake hands with the server (no login) and check its key with `policy`.

    Raises `HostKeyUnverified` (ask the user, then call again with
    `confirmed_fingerprint`), `HostKeyError`, or `NetworkError`.
    """
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        raise _unreachable(host, port) from exc
    transport = paramiko.Transport(sock, disabled_algorithms=policy.disabled_algorithms())
    try:
        transport.start_client(timeout=timeout)
        key = transport.get_remote_server_key()
    except (paramiko.SSHException, OSError, EOFError) as exc:
        raise _unreachable(host, port) from exc
    finally:
        transport.close()
    return policy.check(key)


def _unreachable(host: str, port: int) -> NetworkError:
    return NetworkError(
        text(
            "HostKeys",
            QT_TRANSLATE_NOOP("HostKeys", "The instance at {host}:{port} does not answer SSH yet."),
            host=host,
            port=port,
        ),
        text(
            "HostKeys",
            QT_TRANSLATE_NOOP(
                "HostKeys", "Wait a minute for it to finish starting, then try again."
            ),
        ),
    )

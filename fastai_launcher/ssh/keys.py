"""The user's SSH key (`Step.KEY`, local side): make one or reuse one.

A new key is written once and never overwritten: the private half with mode
0600 (on Windows an ACL for the current user only), the public half beside it
as `<name>.pub`.  A passphrase the user types for an existing key is used to
decrypt it in memory and is not kept anywhere.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import enum
import io
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import paramiko
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from ..core.errors import InputError, LauncherError
from ..core.publickeys import aws_fingerprint
from ..core.text import QT_TRANSLATE_NOOP, text

KEY_BASENAME = "fastai-launcher"
RSA_BITS = 4096

#: Runs a command and returns what it printed; raises when the command fails.
Runner = Callable[[Sequence[str]], str]
_SID = re.compile(r"S-1-\d+(-\d+)+")


class KeyKind(enum.Enum):
    ED25519 = "ed25519"
    RSA = "rsa"


@dataclass(frozen=True)
class SshKey:
    """A usable private key and what AWS and the user are shown of it."""

    path: Path
    public_line: str  # `ssh-ed25519 AAAA... comment`, what AWS imports
    aws_fingerprint: str  # as the EC2 console and DescribeKeyPairs show it
    sha256_fingerprint: str  # `SHA256:...`, as `ssh-keygen -l` shows it
    pkey: paramiko.PKey = field(repr=False, compare=False)

    @property
    def kind(self) -> str:
        return self.pkey.get_name()


@dataclass(frozen=True)
class ExistingKey:
    """A key found in `~/.ssh`, not loaded yet (it may need a passphrase)."""

    path: Path
    public_line: str | None  # from the `.pub` beside it, when there is one


class KeyPassphraseNeeded(InputError):
    """The key is encrypted: ask the user for its passphrase and load it again."""

    def __init__(self, path: Path, wrong: bool) -> None:
        if wrong:
            message = text(
                "Keys",
                QT_TRANSLATE_NOOP("Keys", "The passphrase for the key {path} is not right."),
                path=str(path),
            )
        else:
            message = text(
                "Keys",
                QT_TRANSLATE_NOOP("Keys", "The key {path} is protected by a passphrase."),
                path=str(path),
            )
        super().__init__(
            message,
            text(
                "Keys",
                QT_TRANSLATE_NOOP("Keys", "Type the passphrase you chose when you made this key."),
            ),
        )
        self.path = path
        self.wrong = wrong


def key_path(ssh_dir: Path, kind: KeyKind = KeyKind.ED25519) -> Path:
    """Where this app keeps its own key of `kind`: `~/.ssh/fastai-launcher_ed25519`."""
    return ssh_dir / f"{KEY_BASENAME}_{kind.value}"


def ensure_key(
    home: Path,
    kind: KeyKind = KeyKind.ED25519,
    comment: str = KEY_BASENAME,
    platform: str = sys.platform,
    run: Runner | None = None,
) -> SshKey:
    """The app's own key in `home/.ssh`: loaded when it is there, made when it is not."""
    path = key_path(home / ".ssh", kind)
    if path.exists():
        return load_key(path)
    return generate_key(home / ".ssh", kind, comment, platform, run)


def generate_key(
    ssh_dir: Path,
    kind: KeyKind = KeyKind.ED25519,
    comment: str = KEY_BASENAME,
    platform: str = sys.platform,
    run: Runner | None = None,
) -> SshKey:
    """Make a new key at `key_path(ssh_dir, kind)`; an existing file there is an error."""
    path = key_path(ssh_dir, kind)
    private: ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey
    if kind is KeyKind.ED25519:
        private = ed25519.Ed25519PrivateKey.generate()
    else:
        private = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    )
    public = private.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    public_line = f"{public.decode('ascii')} {comment}".strip()
    ssh_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        _write_new(path, pem, 0o600, platform, run)
    except FileExistsError:
        raise InputError(
            text(
                "Keys",
                QT_TRANSLATE_NOOP("Keys", "A key already exists at {path}; it was left as it is."),
                path=str(path),
            ),
            text("Keys", QT_TRANSLATE_NOOP("Keys", "Use that key, or choose another one.")),
        ) from None
    pub_path = path.with_name(path.name + ".pub")
    with contextlib.suppress(FileExistsError):  # a stray .pub is the user's: keep it
        _write_new(pub_path, (public_line + "\n").encode("ascii"), 0o644, "posix", None)
    return _describe(path, private, public_line)


def load_key(path: Path, passphrase: str | None = None) -> SshKey:
    """Load the private key at `path`, decrypting it with `passphrase` when it needs one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(path) from exc
    private = _decrypt(path, data, passphrase)
    public = private.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    public_line = public.decode("ascii")
    pub_path = path.with_name(path.name + ".pub")
    with contextlib.suppress(OSError, UnicodeDecodeError, IndexError):
        written = pub_path.read_text(encoding="utf-8").strip()
        if written.split()[:2] == public_line.split():
            public_line = written  # keep the comment the user sees in the AWS console
    return _describe(path, private, public_line)


def existing_keys(home: Path) -> list[ExistingKey]:
    """The user's own keys, `~/.ssh/id_*`, that look like private keys."""
    found = []
    for path in sorted((home / ".ssh").glob("id_*")):
        if path.suffix == ".pub" or path.name.endswith("-cert.pub") or not path.is_file():
            continue
        pub = path.with_name(path.name + ".pub")
        public_line = None
        with contextlib.suppress(OSError, UnicodeDecodeError):
            public_line = pub.read_text(encoding="utf-8").strip() or None
        if public_line is None and not _looks_like_private_key(path):
            continue
        found.append(ExistingKey(path, public_line))
    return found


def openssh_fingerprint(public_line: str) -> str:
    """`SHA256:...` of a public key line, as `ssh-keygen -l` prints it."""
    kind, blob = public_line.split()[:2]
    return paramiko.PKey.from_type_string(kind, base64.b64decode(blob)).fingerprint


def _looks_like_private_key(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    return head.startswith(b"-----BEGIN") and b"PRIVATE KEY" in head


PrivateKey = ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def _decrypt(path: Path, data: bytes, passphrase: str | None) -> PrivateKey:
    try:
        loaded = _load(data, None)
    except TypeError:  # encrypted
        if passphrase is None:
            raise KeyPassphraseNeeded(path, wrong=False) from None
        try:
            loaded = _load(data, passphrase.encode("utf-8"))
        except (ValueError, TypeError):
            raise KeyPassphraseNeeded(path, wrong=True) from None
    except (ValueError, UnicodeError, UnsupportedAlgorithm) as exc:
        raise _unreadable(path) from exc
    if not isinstance(
        loaded, (ed25519.Ed25519PrivateKey, rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)
    ):
        raise _unreadable(path)
    return loaded


def _load(data: bytes, password: bytes | None) -> object:
    try:
        return serialization.load_ssh_private_key(data, password)
    except ValueError:
        if b"BEGIN OPENSSH PRIVATE KEY" in data:
            raise
        return serialization.load_pem_private_key(data, password)


def _describe(path: Path, private: PrivateKey, public_line: str) -> SshKey:
    # paramiko reads the key from an in-memory unencrypted copy; it never touches disk.
    unencrypted = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption(),
    ).decode("ascii")
    key_class: type[paramiko.PKey]
    if isinstance(private, rsa.RSAPrivateKey):
        key_class = paramiko.RSAKey
    elif isinstance(private, ed25519.Ed25519PrivateKey):
        key_class = paramiko.Ed25519Key
    else:
        key_class = paramiko.ECDSAKey
    pkey = key_class.from_private_key(io.StringIO(unencrypted))
    try:
        aws = aws_fingerprint(public_line)
    except InputError:
        aws = ""  # a key kind AWS does not import (ECDSA): the UI says so
    return SshKey(path, public_line, aws, pkey.fingerprint, pkey)


def _unreadable(path: Path) -> InputError:
    return InputError(
        text(
            "Keys",
            QT_TRANSLATE_NOOP(
                "Keys", "The file {path} is not an SSH private key this app can read."
            ),
            path=str(path),
        ),
        text(
            "Keys",
            QT_TRANSLATE_NOOP("Keys", "Choose another key, or let the app make a new key for you."),
        ),
    )


def _write_new(path: Path, data: bytes, mode: int, platform: str, run: Runner | None) -> None:
    """Write `path` all at once with `mode`; FileExistsError if anything is already there."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, mode)
            if platform.startswith("win"):
                try:
                    restrict_to_current_user(Path(tmp), run)
                except LauncherError as exc:  # named after the file the user will look for
                    raise _not_private(path) from exc.__cause__
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, path)  # unlike a rename, a link never replaces an existing file
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def restrict_to_current_user(path: Path, run: Runner | None = None) -> None:
    """Windows: only the current user may read `path` (what OpenSSH for Windows demands).

    The account is named by its SID, not by `USERNAME`: that variable is only what
    the environment says, and a name can mean a local account or a domain one.
    """
    runner: Runner = run or _run_checked
    try:
        sid = current_user_sid(runner)
        runner(["icacls", str(path), "/inheritance:r", "/grant:r", f"*{sid}:F"])
    except (OSError, subprocess.CalledProcessError) as exc:
        raise _not_private(path) from exc


def current_user_sid(run: Runner | None = None) -> str:
    """Windows: the current user's SID (`S-1-5-21-…`), as `whoami /user` prints it."""
    output = (run or _run_checked)(["whoami", "/user", "/fo", "csv", "/nh"])
    for row in csv.reader(io.StringIO(output)):
        for value in reversed(row):
            if _SID.fullmatch(value.strip()):
                return value.strip()
    raise OSError("whoami printed no SID")


def _not_private(path: Path) -> LauncherError:
    return LauncherError(
        text(
            "Keys",
            QT_TRANSLATE_NOOP(
                "Keys",
                "The key file {path} could not be made readable by your Windows account only.",
            ),
            path=str(path),
        ),
        text(
            "Keys",
            QT_TRANSLATE_NOOP(
                "Keys",
                "Try again. If it happens again, check that your Windows account may change "
                "the permissions of files in that folder.",
            ),
        ),
    )


def _run_checked(command: Sequence[str]) -> str:
    # Only the SID is read, and it is ASCII in any console code page.
    done = subprocess.run(
        list(command), check=True, capture_output=True, text=True, errors="replace"
    )
    return done.stdout

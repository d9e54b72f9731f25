"""OpenSSH public keys as AWS sees them: parsing and fingerprints.

Shared by the SSH layer (which makes the key) and the AWS layer (which imports
it and compares what `DescribeKeyPairs` reports), so neither imports the other.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from .errors import InputError
from .text import QT_TRANSLATE_NOOP, text


def load_public_key(public_key_line: str) -> RSAPublicKey | Ed25519PublicKey:
    try:
        key = serialization.load_ssh_public_key(public_key_line.strip().encode("ascii"))
    except (ValueError, UnicodeEncodeError, UnsupportedAlgorithm) as exc:
        raise _bad_key() from exc
    if not isinstance(key, (RSAPublicKey, Ed25519PublicKey)):
        raise _bad_key()  # AWS imports only RSA and ED25519 keys
    return key


def _bad_key() -> InputError:
    return InputError(
        text(
            "KeyPairs",
            QT_TRANSLATE_NOOP(
                "KeyPairs", "This is not an OpenSSH public key of a kind AWS accepts."
            ),
        ),
        text(
            "KeyPairs",
            QT_TRANSLATE_NOOP(
                "KeyPairs",
                "Use an ed25519 or RSA public key line, starting “ssh-ed25519” or “ssh-rsa”.",
            ),
        ),
    )


def aws_fingerprint(public_key_line: str) -> str:
    """The fingerprint AWS shows for this public key once imported.

    RSA: MD5 of the DER SubjectPublicKeyInfo, hex pairs joined by `:`.  ED25519:
    SHA-256 of the OpenSSH key blob in base64 with `=` padding (what
    `ssh-keygen -l` prints, which drops the padding).
    """
    key = load_public_key(public_key_line)
    if isinstance(key, RSAPublicKey):
        der = key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return ":".join(f"{byte:02x}" for byte in hashlib.md5(der, usedforsecurity=False).digest())
    blob = base64.b64decode(openssh_line(key).split()[1])
    return base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii")


def same_fingerprint(first: str, second: str) -> bool:
    """Whether two fingerprints are equal, ignoring base64 padding and a `SHA256:` prefix."""

    def normal(value: str) -> str:
        value = value.strip().removeprefix("SHA256:").rstrip("=")
        return value.lower() if ":" in value else value

    return normal(first) == normal(second)


def openssh_line(key: RSAPublicKey | Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).decode("ascii")

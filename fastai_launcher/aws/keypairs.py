"""The user's SSH public key as an EC2 key pair (guide step 3, AWS side).

The key pair is named `fastai-launcher-<host>` after the computer it was made
on.  A key pair of that name holding a *different* key is never overwritten
(another computer of the same name may use it): the next free name
(`-2`, `-3`, …) is taken instead.  The same key under that name is reused.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from ..core.errors import InputError
from ..core.text import QT_TRANSLATE_NOOP, text
from .tags import tag_specification
from .typed_errors import typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client
    from mypy_boto3_ec2.type_defs import KeyPairInfoTypeDef

KEY_NAME_PREFIX = "fastai-launcher-"
_MAX_HOST_CHARS = 60  # AWS allows 255; a short name stays readable in the console
_MAX_SUFFIX = 50


@dataclass(frozen=True)
class KeyPair:
    """An EC2 key pair holding the user's public key."""

    name: str
    fingerprint: str  # as AWS reports it
    key_pair_id: str
    reused: bool  # True: it was already there with this very key


def key_pair_name(host: str) -> str:
    """`fastai-launcher-<host>`, with the host name reduced to letters, digits, `-` and `_`.

    Accented letters lose their accents; a host name with no Latin letter or
    digit at all (e.g. all Hangul) cannot name a key and is an `InputError`.
    """
    ascii_host = unicodedata.normalize("NFKD", host).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9_-]+", "-", ascii_host.split(".")[0]).strip("-_")
    cleaned = cleaned[:_MAX_HOST_CHARS].strip("-_")
    if not cleaned:
        raise InputError(
            text(
                "KeyPairs",
                QT_TRANSLATE_NOOP(
                    "KeyPairs",
                    "The computer name “{host}” has no Latin letters or digits, so it cannot name the AWS key pair.",
                ),
                host=host,
            ),
            text(
                "KeyPairs",
                QT_TRANSLATE_NOOP(
                    "KeyPairs",
                    "Type a name for this computer using English letters, digits, - or _.",
                ),
            ),
        )
    return KEY_NAME_PREFIX + cleaned


def _load_public_key(public_key_line: str) -> RSAPublicKey | Ed25519PublicKey:
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
    key = _load_public_key(public_key_line)
    if isinstance(key, RSAPublicKey):
        der = key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return ":".join(f"{byte:02x}" for byte in hashlib.md5(der, usedforsecurity=False).digest())
    blob = base64.b64decode(_openssh_line(key).split()[1])
    return base64.b64encode(hashlib.sha256(blob).digest()).decode("ascii")


def same_fingerprint(first: str, second: str) -> bool:
    """Whether two fingerprints are equal, ignoring base64 padding and a `SHA256:` prefix."""

    def normal(value: str) -> str:
        value = value.strip().removeprefix("SHA256:").rstrip("=")
        return value.lower() if ":" in value else value

    return normal(first) == normal(second)


def _openssh_line(key: RSAPublicKey | Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).decode("ascii")


def _holds_key(existing: KeyPairInfoTypeDef, public_key_line: str) -> bool:
    """Whether an existing key pair holds our key: by its key material when AWS returns it."""
    material = existing.get("PublicKey")
    if material:
        try:
            return _openssh_line(_load_public_key(material)) == _openssh_line(
                _load_public_key(public_key_line)
            )
        except InputError:
            return False
    return same_fingerprint(existing.get("KeyFingerprint", ""), aws_fingerprint(public_key_line))


def _describe(ec2: EC2Client, name: str) -> KeyPairInfoTypeDef | None:
    found = ec2.describe_key_pairs(
        Filters=[{"Name": "key-name", "Values": [name]}], IncludePublicKey=True
    )["KeyPairs"]
    return found[0] if found else None


def _reuse_or_import(ec2: EC2Client, name: str, public_key_line: str) -> KeyPair | None:
    """The key pair `name` holding our key (found or made), or None if it holds another key."""
    existing = _describe(ec2, name)
    if existing is None:
        try:
            made = ec2.import_key_pair(
                KeyName=name,
                PublicKeyMaterial=public_key_line.strip().encode("ascii"),
                TagSpecifications=[tag_specification("key-pair")],
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") != "InvalidKeyPair.Duplicate":
                raise
            existing = _describe(ec2, name)  # made meanwhile: look at what it holds
            if existing is None:
                return None
        else:
            return KeyPair(name, made["KeyFingerprint"], made.get("KeyPairId", ""), False)
    if _holds_key(existing, public_key_line):
        return KeyPair(name, existing["KeyFingerprint"], existing.get("KeyPairId", ""), True)
    return None


@typed_aws_errors
def import_key_pair(ec2: EC2Client, public_key_line: str, host: str) -> KeyPair:
    """Import `public_key_line` as `fastai-launcher-<host>` (or the next free name).

    `ec2` is a boto3 EC2 client for the region the instance will run in:
    key pairs are regional.
    """
    _load_public_key(public_key_line)  # a malformed key fails here, before any call
    base = key_pair_name(host)
    for number in range(1, _MAX_SUFFIX + 1):
        name = base if number == 1 else f"{base}-{number}"
        found = _reuse_or_import(ec2, name, public_key_line)
        if found is not None:
            return found
    raise InputError(
        text(
            "KeyPairs",
            QT_TRANSLATE_NOOP(
                "KeyPairs", "There are already {count} key pairs named after this computer."
            ),
            count=_MAX_SUFFIX,
        ),
        text(
            "KeyPairs",
            QT_TRANSLATE_NOOP(
                "KeyPairs",
                "Delete the key pairs you no longer use in the EC2 console, then try again.",
            ),
        ),
    )

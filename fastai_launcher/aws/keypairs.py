"""The user's SSH public key as an EC2 key pair (`Step.KEY`, AWS side).

The key pair is named `fastai-launcher-<host>` after the computer it was made
on.  A key pair of that name holding a *different* key is never overwritten
(another computer of the same name may use it): the next free name
(`-2`, `-3`, …) is taken instead.  The same key under that name is reused.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from ..core.errors import InputError
from ..core.publickeys import aws_fingerprint, load_public_key, openssh_line, same_fingerprint
from ..core.text import QT_TRANSLATE_NOOP, text
from .tags import tag_specification
from .typed_errors import error_code, typed_aws_errors

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


def _holds_key(existing: KeyPairInfoTypeDef, public_key_line: str) -> bool:
    """Whether an existing key pair holds our key: by its key material when AWS returns it."""
    material = existing.get("PublicKey")
    if material:
        try:
            return openssh_line(load_public_key(material)) == openssh_line(
                load_public_key(public_key_line)
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
            if error_code(exc) != "InvalidKeyPair.Duplicate":
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
    load_public_key(public_key_line)  # a malformed key fails here, before any call
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

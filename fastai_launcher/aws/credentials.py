"""Signing in to AWS (`Step.SIGN_IN`): an AWS CLI profile or an access key.

An access key typed into the app is checked for its shape before anything is
sent, then kept only in the OS keyring (service `fastai-launcher`, user name =
the key id) or, when there is no keyring, in memory for this session.  There
is no file fallback.  `identify` asks STS who the credentials belong to; root
credentials are refused for launching.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import boto3
import keyring
import keyring.errors
from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    PartialCredentialsError,
    ProfileNotFound,
    SSOError,
    TokenRetrievalError,
)
from botocore.session import Session as BotocoreSession
from keyring.backends.chainer import ChainerBackend

from ..core.errors import CredentialsError, InputError
from ..core.logs import register_secret
from ..core.text import QT_TRANSLATE_NOOP, text
from .catalogue import IAM_USERS_URL, translate_aws_error
from .clients import AccessKey, client_config, session_from_key, session_from_profile

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

CTX = "Credentials"
KEYRING_SERVICE = "fastai-launcher"
_INDEX_USER = "stored-access-key-ids"  # the key ids stored, so the app can find them again
KEY_ID_PATTERN = re.compile(r"^(AKIA|ASIA)[A-Z0-9]{16}$")
SECRET_PATTERN = re.compile(r"^[A-Za-z0-9/+]{40}$")


@dataclass(frozen=True)
class Profile:
    name: str
    region: str | None
    kind: str  # "sso", "keys", "role" or "other"


@dataclass(frozen=True)
class Identity:
    account: str
    arn: str
    user_name: str

    @property
    def is_root(self) -> bool:
        return self.arn.endswith(":root")


class KeyringUnavailable(CredentialsError):
    """No safe keyring: the key can only be kept in memory for this session."""


class SsoSignInNeeded(CredentialsError):
    """An IAM Identity Center profile botocore could not use: no token, or one expired
    that could not be refreshed (registration over, refresh token revoked).  The answer
    is the Identity Center sign-in in the browser (`identity_center.sign_in`)."""


def list_profiles() -> list[Profile]:
    """The profiles in `~/.aws/config` and `~/.aws/credentials` (honouring AWS_CONFIG_FILE...)."""
    session = BotocoreSession()
    config = session.full_config.get("profiles", {})
    profiles = []
    for name in sorted(session.available_profiles):
        settings = config.get(name, {})
        if "sso_session" in settings or "sso_start_url" in settings:
            kind = "sso"
        elif "role_arn" in settings:
            kind = "role"
        elif "aws_access_key_id" in settings:
            kind = "keys"
        else:
            kind = "other"
        profiles.append(Profile(name, settings.get("region"), kind))
    return profiles


def parse_access_key(key_id: str, secret: str) -> AccessKey:
    """An `AccessKey` from what the user typed, or an `InputError` saying what is wrong."""
    key_id = key_id.strip()
    secret = secret.strip()
    # Whatever was typed in the secret field is never logged, valid or not.
    register_secret(secret)
    if len(key_id) > 100 or len(secret) > 100:
        raise InputError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "That is much longer than an access key: the key ID has 20 characters and the secret 40.",
                ),
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Paste only the key ID into the first field and only the secret into the second.",
                ),
            ),
        )
    if not KEY_ID_PATTERN.match(key_id):
        raise InputError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "An access key ID has 20 capital letters and digits and starts with AKIA (or ASIA).",
                ),
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Copy the key ID again from the IAM console or the downloaded .csv file.",
                ),
            ),
        )
    if not SECRET_PATTERN.match(secret):
        raise InputError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "A secret access key has exactly 40 characters: letters, digits, / and +.",
                ),
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Copy the secret again; it is shown only once, when the key is created. If it is lost, create a new access key.",
                ),
            ),
        )
    return AccessKey(key_id, secret)


# No store at all (fail), one that "stores" and forgets (null), or a plain file
# (keyrings.alt, and any backend that calls itself plaintext): as bad as having none.
_UNSAFE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _is_safe(backend: KeyringBackend) -> bool:
    kind = type(backend)
    return not kind.__module__.startswith(_UNSAFE_MODULES) and "plaintext" not in (
        kind.__name__.lower()
    )


def _safe_keyring() -> KeyringBackend:
    """The keyring to keep the secret in; `KeyringUnavailable` when none is safe.

    A chain of backends (keyring's default when several are installed) writes to
    the first that accepts and reads from any: the app uses its best safe member
    alone, so the secret never lands in, or comes from, an unsafe one.
    """
    backend = keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        safe = [member for member in backend.backends if _is_safe(member)]
        if not safe:
            raise _no_keyring()
        return safe[0]  # the chain lists its members by priority, highest first
    if not _is_safe(backend):
        raise _no_keyring()
    return backend


def _no_keyring() -> KeyringUnavailable:
    return KeyringUnavailable(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Credentials",
                "This computer has no secure password store (keyring), so the secret key cannot be saved safely.",
            ),
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Credentials",
                "Use the key for this session only (you will enter it again next time), or sign in with an AWS CLI profile.",
            ),
        ),
    )


def _index(backend: KeyringBackend) -> list[str]:
    stored = backend.get_password(KEYRING_SERVICE, _INDEX_USER) or ""
    return [key_id for key_id in stored.split(",") if key_id]


def store_key(key: AccessKey) -> None:
    """Keep the key in the OS keyring; `KeyringUnavailable` when there is none."""
    try:
        backend = _safe_keyring()
        backend.set_password(KEYRING_SERVICE, key.key_id, key.secret)
        ids = _index(backend)
        if key.key_id not in ids:
            backend.set_password(KEYRING_SERVICE, _INDEX_USER, ",".join([*ids, key.key_id]))
    except keyring.errors.KeyringError:
        raise _no_keyring() from None


def stored_key_ids() -> list[str]:
    try:
        return _index(_safe_keyring())
    except (KeyringUnavailable, keyring.errors.KeyringError):
        return []


def load_key(key_id: str) -> AccessKey | None:
    """The stored key with this id, or None."""
    try:
        secret = _safe_keyring().get_password(KEYRING_SERVICE, key_id)
    except keyring.errors.KeyringError:
        raise _no_keyring() from None
    if not secret:
        return None
    register_secret(secret)
    return AccessKey(key_id, secret)


def forget_key(key_id: str) -> None:
    backend = _safe_keyring()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(KEYRING_SERVICE, key_id)
    ids = [i for i in _index(backend) if i != key_id]
    backend.set_password(KEYRING_SERVICE, _INDEX_USER, ",".join(ids))


def _sign_in_again(profile: str) -> SsoSignInNeeded:
    return SsoSignInNeeded(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Credentials", "The SSO sign-in of profile {profile} has expired or is missing."
            ),
            profile=profile,
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Credentials",
                "Sign in again on the sign-in page: choose this profile and press Sign in; the app opens your organisation's sign-in page in the browser.",
            ),
        ),
    )


def profile_session(profile: str, region: str | None = None) -> boto3.Session:
    try:
        return session_from_profile(profile, region)
    except ProfileNotFound:
        raise CredentialsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP("Credentials", "There is no AWS profile named {profile}."),
                profile=profile,
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials",
                    "Choose one of the listed profiles, or sign in with your browser.",
                ),
            ),
        ) from None


def key_session(key: AccessKey, region: str | None = None) -> boto3.Session:
    return session_from_key(key, region)


def identify(session: boto3.Session, profile: str | None = None) -> Identity:
    """Who these credentials are (STS GetCallerIdentity), or a typed error."""
    try:
        sts = session.client("sts", config=client_config())
        answer = sts.get_caller_identity()
    except (SSOError, TokenRetrievalError):
        raise _sign_in_again(profile or "default") from None
    except PartialCredentialsError:
        raise CredentialsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Credentials", "The AWS profile has an access key ID without its secret."
                ),
            )
        ) from None
    except (ClientError, BotoCoreError) as error:
        raise translate_aws_error(error, session.region_name or "") from None
    _never_log(session)
    arn = answer["Arn"]
    return Identity(answer["Account"], arn, _user_name(arn))


def _never_log(session: boto3.Session) -> None:
    """Register the secret key and session token a profile resolved to (SSO, role, login)."""
    credentials = session.get_credentials()
    if credentials is None:
        return
    frozen = credentials.get_frozen_credentials()
    for secret in (frozen.secret_key, frozen.token):
        if secret:
            register_secret(secret)


def _user_name(arn: str) -> str:
    if arn.endswith(":root"):
        return "root"
    resource = arn.split(":", 5)[-1]  # user/alice, assumed-role/Role/session
    return resource.split("/")[-1]


def require_launch_allowed(identity: Identity) -> None:
    """Refuse root credentials for launching, saying why and what to do instead."""
    if not identity.is_root:
        return
    raise CredentialsError(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Credentials",
                "These are the account's root user credentials. The app does not launch with them: root can do anything in the account, and a leaked root key cannot be limited.",
            ),
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Credentials",
                "Create an IAM user with the fastai-launcher policy in the IAM console ({url}), make an access key for it, and sign in with that key.",
            ),
            url=IAM_USERS_URL,
        ),
    )

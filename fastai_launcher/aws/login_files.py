"""The files a browser sign-in leaves, the same ones the AWS CLI's `aws login` writes.

The token goes to `<login cache>/<sha256 of the session>.json` (the folder is
botocore's: `~/.aws/login/cache`, or `AWS_LOGIN_CACHE_DIRECTORY`), mode 0600,
with the fields botocore's `LoginProvider` reads.  The profile gets
`login_session = <session>` in `~/.aws/config` (or `AWS_CONFIG_FILE`).  From
then on botocore itself refreshes the credentials; the AWS CLI and the app
share one sign-in.  A profile that already holds other credentials is never
changed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from botocore.exceptions import ProfileNotFound
from botocore.session import Session as BotocoreSession
from botocore.utils import generate_login_cache_key, get_login_token_cache_directory

from ..core import atomic
from ..core.errors import CredentialsError
from ..core.text import QT_TRANSLATE_NOOP, text

CTX = "BrowserSignIn"
APP_PROFILE = "fastai-launcher"
# Settings that give a profile credentials of another kind (they win over login_session).
OTHER_CREDENTIALS = (
    "aws_access_key_id",
    "role_arn",
    "credential_process",
    "web_identity_token_file",
    "sso_session",
    "sso_start_url",
    "sso_account_id",
    "sso_role_name",
)


def login_cache_file(session: str) -> Path:
    """Where botocore looks for the token of `session` (a principal ARN)."""
    return Path(get_login_token_cache_directory()) / f"{generate_login_cache_key(session)}.json"


def write_login_token(session: str, token: Mapping[str, Any]) -> Path:
    """Save the token for botocore, readable by this user only."""
    path = login_cache_file(session)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic.write_json(path, dict(token), mode=0o600)
    return path


def config_file() -> Path:
    """The AWS config file botocore reads (`AWS_CONFIG_FILE` or `~/.aws/config`)."""
    path = BotocoreSession().get_config_variable("config_file")
    return Path(os.path.expanduser(str(path)))


def profile_settings(profile: str) -> dict[str, Any]:
    """The profile's settings from the config and credentials files, as botocore merges them."""
    try:
        profiles = BotocoreSession().full_config.get("profiles", {})
    except ProfileNotFound:
        return {}
    settings = profiles.get(profile, {})
    return dict(settings) if isinstance(settings, dict) else {}


def login_session_of(profile: str) -> str | None:
    """The `login_session` of a profile, or None when it has none."""
    value = profile_settings(profile).get("login_session")
    return str(value) if value else None


def ensure_profile_free(profile: str) -> None:
    """Refuse a profile that holds credentials of another kind: it is left alone."""
    held = [key for key in OTHER_CREDENTIALS if key in profile_settings(profile)]
    if held:
        raise CredentialsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BrowserSignIn",
                    "The AWS profile {profile} already holds other credentials, so the browser sign-in does not change it.",
                ),
                profile=profile,
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BrowserSignIn",
                    "Use that profile under Other ways to sign in, or rename it in the AWS config file and sign in with the browser again.",
                ),
            ),
        )


def set_login_session(profile: str, session: str, region: str | None = None) -> Path:
    """Point `profile` at `session` in the AWS config file; `region` only if it has none.

    Other sections, comments and settings of the file stay as they are.
    """
    ensure_profile_free(profile)
    values = {"login_session": session}
    if region and not profile_settings(profile).get("region"):
        values["region"] = region
    path = config_file()
    try:
        old = path.read_text(encoding="utf-8")
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        old, mode = "", 0o600
    atomic.write_text(path, set_profile_values(old, profile, values), mode=mode)
    return path


def set_profile_values(config: str, profile: str, values: Mapping[str, str]) -> str:
    """`config` (the text of an AWS config file) with `values` set in `profile`'s section."""
    header = "default" if profile == "default" else f"profile {profile}"
    lines = config.splitlines()
    start = next((i for i, line in enumerate(lines) if _section(line) == header), None)
    if start is None:
        block = [f"[{header}]", *(f"{key} = {value}" for key, value in values.items())]
        while lines and not lines[-1].strip():
            lines.pop()
        return "\n".join([*lines, *([""] if lines else []), *block]) + "\n"
    end = next((i for i in range(start + 1, len(lines)) if _section(lines[i])), len(lines))
    missing = dict(values)
    for i in range(start + 1, end):
        key = _key(lines[i])
        if key in missing:
            lines[i] = f"{key} = {missing.pop(key)}"
    last = end
    while last - 1 > start and not lines[last - 1].strip():
        last -= 1
    added = [f"{key} = {value}" for key, value in missing.items()]
    return "\n".join(lines[:last] + added + lines[last:]) + "\n"


_SECTION = re.compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*$")
_KEY = re.compile(r"^([A-Za-z0-9_\-.]+)\s*=")


def _section(line: str) -> str | None:
    match = _SECTION.match(line)
    return " ".join(match.group(1).split()) if match else None


def _key(line: str) -> str | None:
    match = _KEY.match(line)
    return match.group(1) if match else None

"""Signing an IAM Identity Center profile in from the app, against the world's
sso-oidc and portal doubles (`tests.world.aws_sso`); botocore reads the result."""

from __future__ import annotations

import hashlib
import json
import stat
import threading
from datetime import datetime, timedelta, timezone

import botocore.credentials
import botocore.tokens
import pytest

from fastai_launcher.aws import identity_center
from fastai_launcher.aws.credentials import SsoSignInNeeded, identify, profile_session
from fastai_launcher.core.errors import CredentialsError
from fastai_launcher.core.task import TaskContext
from tests.world.aws import write_profile
from tests.world.aws_sso import (
    START_URL,
    browse_sso,
    oidc_calls,
    write_sso_profile,
    write_sso_session_profile,
)

# What botocore's SSOTokenProvider reads and refreshes with.
SESSION_TOKEN_FIELDS = {
    "startUrl",
    "region",
    "accessToken",
    "expiresAt",
    "clientId",
    "clientSecret",
    "registrationExpiresAt",
    "refreshToken",
}


@pytest.fixture(autouse=True)
def sso_cache_in_test_home(isolated_home, monkeypatch):
    # botocore fixes the SSO token cache folder from $HOME when it is imported.
    folder = str(isolated_home / ".aws" / "sso" / "cache")
    monkeypatch.setattr(botocore.credentials.SSOProvider, "_SSO_TOKEN_CACHE_DIR", folder)
    monkeypatch.setattr(botocore.tokens.SSOTokenProvider, "_SSO_TOKEN_CACHE_DIR", folder)


class Browser:
    def __init__(self, answer: str = "allow") -> None:
        self.answer = answer
        self.urls: list[str] = []

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        threading.Thread(target=browse_sso, args=(url, self.answer), daemon=True).start()
        return True


def test_an_sso_session_profile_without_a_token_is_signed_in_from_the_app(aws_world, isolated_home):
    write_sso_session_profile(isolated_home, "course-sso", session="course")
    with pytest.raises(SsoSignInNeeded):
        identify(profile_session("course-sso"), "course-sso")

    browser = Browser()
    path = identity_center.sign_in("course-sso", TaskContext(), browser, timeout=30)

    assert browser.urls[0].startswith(f"{aws_world.endpoint}/authorize?")
    assert "code_challenge_method=S256" in browser.urls[0]
    expected = hashlib.sha1(b"course").hexdigest() + ".json"
    assert path == isolated_home / ".aws" / "sso" / "cache" / expected
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert set(json.loads(path.read_text())) == SESSION_TOKEN_FIELDS
    assert oidc_calls() == ["authorization_code"]
    assert identify(profile_session("course-sso"), "course-sso").account == "123456789012"


def test_botocore_refreshes_the_app_s_sso_token_by_itself(aws_world, isolated_home):
    write_sso_session_profile(isolated_home, "course-sso", session="course")
    path = identity_center.sign_in("course-sso", TaskContext(), Browser(), timeout=30)
    token = json.loads(path.read_text())
    soon = datetime.now(timezone.utc) + timedelta(minutes=5)  # inside botocore's window
    token["expiresAt"] = soon.strftime("%Y-%m-%dT%H:%M:%SZ")
    path.write_text(json.dumps(token))

    identify(profile_session("course-sso"), "course-sso")

    assert oidc_calls() == ["authorization_code", "refresh_token"]
    refreshed = json.loads(path.read_text())
    assert refreshed["accessToken"] != token["accessToken"]


def test_a_legacy_sso_profile_signs_in_with_a_device_code(aws_world, isolated_home):
    write_sso_profile(isolated_home, "old-sso", datetime.now(timezone.utc))
    (
        isolated_home
        / ".aws"
        / "sso"
        / "cache"
        / (hashlib.sha1(START_URL.encode()).hexdigest() + ".json")
    ).unlink()
    with pytest.raises(SsoSignInNeeded):
        identify(profile_session("old-sso"), "old-sso")
    shown = []
    ctx = TaskContext(on_progress=lambda step, done, total: shown.append(step.render()))

    path = identity_center.sign_in("old-sso", ctx, Browser(), timeout=30)

    assert path.name == hashlib.sha1(START_URL.encode()).hexdigest() + ".json"
    assert any("shows this code" in line for line in shown)
    assert oidc_calls()[-1] == identity_center.DEVICE_GRANT
    assert identify(profile_session("old-sso"), "old-sso").account == "123456789012"


def test_an_expired_legacy_token_needs_a_sign_in(isolated_home):
    write_sso_profile(isolated_home, "old-sso", datetime.now(timezone.utc) - timedelta(minutes=1))
    with pytest.raises(SsoSignInNeeded):
        identify(profile_session("old-sso"), "old-sso")


def test_a_refresh_token_identity_center_refuses_needs_a_sign_in(aws_world, isolated_home):
    """The token file looks fine (a refresh token, a live registration) but botocore's
    refresh is refused: the same `SsoSignInNeeded`, which the flow answers with the
    browser sign-in."""
    write_sso_session_profile(isolated_home, "course-sso", session="course")
    path = identity_center.sign_in("course-sso", TaskContext(), Browser(), timeout=30)
    token = json.loads(path.read_text())
    token["expiresAt"] = "2020-01-01T00:00:00Z"
    token["refreshToken"] = "revoked"
    path.write_text(json.dumps(token))

    with pytest.raises(SsoSignInNeeded):
        identify(profile_session("course-sso"), "course-sso")
    assert oidc_calls() == ["authorization_code", "refresh_token"]


@pytest.mark.parametrize("profile_kind", ["session", "legacy"])
def test_denying_on_the_identity_center_page_is_a_clear_error(
    aws_world, isolated_home, profile_kind
):
    if profile_kind == "session":
        write_sso_session_profile(isolated_home, "course-sso")
    else:
        write_sso_profile(isolated_home, "course-sso", datetime.now(timezone.utc))
    with pytest.raises(CredentialsError, match="cancelled or refused"):
        identity_center.sign_in("course-sso", TaskContext(), Browser("deny"), timeout=30)


def test_a_profile_that_is_not_identity_center_is_refused(isolated_home):
    write_profile(isolated_home, "keys")
    with pytest.raises(CredentialsError, match="not an IAM Identity Center profile"):
        identity_center.sign_in("keys", TaskContext(), Browser())

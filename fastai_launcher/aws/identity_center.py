"""Signing an IAM Identity Center (SSO) profile in from the app, as `aws sso login` does.

A profile with an `sso_session` gets the authorization code flow with PKCE
(sso-oidc `RegisterClient`, the browser on `<oidc endpoint>/authorize`, the
code back on the app's loopback callback, `CreateToken`).  A legacy profile
(`sso_start_url` in the profile itself) gets the device code flow
(`StartDeviceAuthorization`, the browser confirms the code, `CreateToken`
polled).  The token is written where botocore's SSO providers read it
(`~/.aws/sso/cache/<sha1 of the session name or start URL>.json`), with the
registration, so botocore refreshes it by itself as it does after the CLI.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import botocore
import botocore.credentials
import botocore.tokens
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from botocore.session import Session as BotocoreSession

from ..core import atomic
from ..core.errors import CredentialsError, LauncherError
from ..core.logs import register_secret
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .browser_signin import endpoint_base
from .catalogue import translate_aws_error
from .clients import client_config, session_from_profile
from .oauth_callback import (
    WAIT_TIMEOUT_S,
    CallbackServer,
    LandingPage,
    Pkce,
    check_redirect,
    new_state,
    refused,
)
from .typed_errors import error_code

log = logging.getLogger("fastai_launcher.aws.signin")

CTX = "BrowserSignIn"
DEFAULT_SCOPES = ("sso:account:access",)
CLIENT_NAME = "fastai-launcher"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"

OpenUrl = Callable[[str], bool]


@dataclass(frozen=True)
class SsoProfile:
    profile: str
    start_url: str
    sso_region: str
    session_name: str | None  # None: a legacy profile (device code)
    scopes: tuple[str, ...] = DEFAULT_SCOPES


def sso_profile(profile: str) -> SsoProfile | None:
    """The Identity Center settings of `profile`, or None when it is not an SSO profile."""
    config = BotocoreSession().full_config
    settings = config.get("profiles", {}).get(profile, {})
    name = settings.get("sso_session")
    if name:
        session = config.get("sso_sessions", {}).get(name, {})
        if "sso_start_url" not in session or "sso_region" not in session:
            return None
        raw = str(session.get("sso_registration_scopes", ""))
        scopes = tuple(s.strip() for s in raw.split(",") if s.strip()) or DEFAULT_SCOPES
        return SsoProfile(profile, session["sso_start_url"], session["sso_region"], name, scopes)
    if "sso_start_url" in settings and "sso_region" in settings:
        return SsoProfile(profile, settings["sso_start_url"], settings["sso_region"], None)
    return None


def token_cache_file(sso: SsoProfile) -> Path:
    """Where botocore reads this profile's token (its folder is fixed when botocore loads)."""
    provider = (
        botocore.tokens.SSOTokenProvider if sso.session_name else botocore.credentials.SSOProvider
    )
    folder = getattr(provider, "_SSO_TOKEN_CACHE_DIR", os.path.join("~", ".aws", "sso", "cache"))
    key = sso.session_name or sso.start_url
    return Path(os.path.expanduser(folder)) / f"{hashlib.sha1(key.encode()).hexdigest()}.json"


def sign_in(
    profile: str,
    ctx: TaskContext,
    open_url: OpenUrl,
    *,
    page: LandingPage | None = None,
    timeout: float = WAIT_TIMEOUT_S,
) -> Path:
    """Sign the SSO profile in with the browser; the token file written."""
    sso = sso_profile(profile)
    if sso is None:
        raise CredentialsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BrowserSignIn",
                    "The AWS profile {profile} is not an IAM Identity Center profile.",
                ),
                profile=profile,
            )
        )
    oidc = _oidc_client(sso.sso_region)
    try:
        if sso.session_name:
            token = _authorization_code(sso, oidc, ctx, open_url, page, timeout)
        else:
            token = _device_code(sso, oidc, ctx, open_url, timeout)
    except (ClientError, BotoCoreError) as error:
        raise _oidc_error(error, sso.sso_region) from None
    path = token_cache_file(sso)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic.write_json(path, token, mode=0o600)
    log.info("Identity Center sign-in finished for profile %s", profile)
    return path


def _oidc_client(region: str) -> Any:
    session = session_from_profile(None, region)
    config = client_config().merge(Config(signature_version=botocore.UNSIGNED))
    return session.client("sso-oidc", region_name=region, config=config)


def _register(oidc: Any, sso: SsoProfile, **extra: Any) -> dict[str, Any]:
    answer: dict[str, Any] = oidc.register_client(
        clientName=CLIENT_NAME, clientType="public", scopes=list(sso.scopes), **extra
    )
    return answer


def _authorization_code(
    sso: SsoProfile,
    oidc: Any,
    ctx: TaskContext,
    open_url: OpenUrl,
    page: LandingPage | None,
    timeout: float,
) -> dict[str, Any]:
    registration = _register(
        oidc,
        sso,
        grantTypes=["authorization_code", "refresh_token"],
        redirectUris=["http://127.0.0.1/oauth/callback"],
        issuerUrl=sso.start_url,
    )
    pkce, state = Pkce.new(), new_state()
    with CallbackServer(page) as server:
        query = "&".join(
            f"{name}={quote(value, safe='')}"
            for name, value in (
                ("response_type", "code"),
                ("client_id", registration["clientId"]),
                ("redirect_uri", server.redirect_uri),
                ("state", state),
                ("code_challenge_method", "S256"),
                ("scopes", " ".join(sso.scopes)),
                ("code_challenge", pkce.challenge),
            )
        )
        _open(ctx, open_url, f"{endpoint_base(oidc, 'CreateToken')}/authorize?{query}")
        redirect = server.wait(ctx, timeout)
        redirect_uri = server.redirect_uri
    code = check_redirect(redirect, state)
    register_secret(code)
    register_secret(pkce.verifier)
    answer = oidc.create_token(
        grantType="authorization_code",
        clientId=registration["clientId"],
        clientSecret=registration["clientSecret"],
        code=code,
        codeVerifier=pkce.verifier,
        redirectUri=redirect_uri,
    )
    return _token(sso, registration, answer)


def _device_code(
    sso: SsoProfile, oidc: Any, ctx: TaskContext, open_url: OpenUrl, timeout: float
) -> dict[str, Any]:
    registration = _register(oidc, sso)
    device = oidc.start_device_authorization(
        clientId=registration["clientId"],
        clientSecret=registration["clientSecret"],
        startUrl=sso.start_url,
    )
    register_secret(device["deviceCode"])
    ctx.progress(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn", "Check that the AWS page in your browser shows this code: {code}"
            ),
            code=device["userCode"],
        )
    )
    _open(ctx, open_url, device["verificationUriComplete"])
    interval = float(device.get("interval") or 5)
    deadline = ctx.clock() + min(timeout, float(device.get("expiresIn") or timeout))
    while True:
        ctx.sleep(interval)
        try:
            answer = oidc.create_token(
                grantType=DEVICE_GRANT,
                clientId=registration["clientId"],
                clientSecret=registration["clientSecret"],
                deviceCode=device["deviceCode"],
            )
            return _token(sso, registration, answer)
        except oidc.exceptions.AuthorizationPendingException:
            pass
        except oidc.exceptions.SlowDownException:
            interval += 5
        if ctx.clock() >= deadline:
            raise _code_expired()


def _token(sso: SsoProfile, registration: dict[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    now = datetime.datetime.now(datetime.timezone.utc)
    expires = now + datetime.timedelta(seconds=int(answer["expiresIn"]))
    token: dict[str, Any] = {
        "startUrl": sso.start_url,
        "region": sso.sso_region,
        "accessToken": answer["accessToken"],
        "expiresAt": _format(expires),
        "clientId": registration["clientId"],
        "clientSecret": registration["clientSecret"],
        "registrationExpiresAt": _format(
            datetime.datetime.fromtimestamp(
                int(registration["clientSecretExpiresAt"]), datetime.timezone.utc
            )
        ),
    }
    if answer.get("refreshToken"):
        token["refreshToken"] = answer["refreshToken"]
    return token


def _open(ctx: TaskContext, open_url: OpenUrl, url: str) -> None:
    ctx.progress(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn", "Opening the IAM Identity Center page in your browser"
            ),
        )
    )
    if not open_url(url):
        raise CredentialsError(
            text(
                CTX, QT_TRANSLATE_NOOP("BrowserSignIn", "The app could not open your web browser.")
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BrowserSignIn",
                    "Open this address in a browser yourself, then try again: {url}",
                ),
                url=url,
            ),
        )


def _oidc_error(error: BaseException, region: str) -> LauncherError:
    if isinstance(error, ClientError):
        code = error_code(error)
        if code == "AccessDeniedException":
            return refused("access_denied")
        if code == "ExpiredTokenException":
            return _code_expired()
    return translate_aws_error(error, region)


def _code_expired() -> CredentialsError:
    return CredentialsError(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn",
                "The IAM Identity Center code expired before the sign-in was confirmed.",
            ),
        ),
        text(CTX, QT_TRANSLATE_NOOP("BrowserSignIn", "Sign in with your browser again.")),
    )


def _format(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

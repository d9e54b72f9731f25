"""TEST DOUBLES of IAM Identity Center: the SSO portal's `GetRoleCredentials` and
the OIDC service (`sso-oidc`) that `aws sso login` signs in with.

moto has neither.  botocore turns an SSO profile's cached token (under
`~/.aws/sso/cache/`) into role credentials by calling the portal; this answers
that call with the world's keys, so "a cached SSO token works" is tested end to
end.  Whether the cached token has expired is decided by botocore itself,
before any call, as with real AWS.

The OIDC double answers `RegisterClient`, `StartDeviceAuthorization` and
`CreateToken` (authorization code with PKCE S256 for sso-session profiles,
device code for legacy ones, refresh token), and serves the pages a browser
sees: `GET /authorize` (allow or deny, then a redirect to the loopback
callback with `code` and `state`, or `error`) and `GET /device` (confirm the
user code).  It checks client id and secret, the redirect URI, the verifier,
and that a code is used once; tests play the browser with `browse_sso`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import secrets
import threading
import time
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin

from tests.world.aws_pricing import StartResponse, WsgiApp

START_URL = "https://fastai-course.awsapps.com/start"
ACCOUNT_ID = "123456789012"
ROLE_NAME = "Student"
_ROLE_KEY_ID = "ASIAIOSFODNN7SSOROLE"
_ROLE_SECRET = "sSoRoLeSeCrEtKeYfOrThEtEsTwOrLd000000000"


def with_sso(app: WsgiApp) -> WsgiApp:
    """`app` with the world's sign-in doubles in front: the SSO portal, and AWS Sign-In."""
    # Imported here, once pytest has loaded it as a plugin (its asserts are rewritten).
    from tests.world import aws_signin

    def dispatch(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") in _OIDC_ROUTES:
            method, route = _OIDC_ROUTES[environ["PATH_INFO"]]
            if environ.get("REQUEST_METHOD") == method:
                return route(environ, start_response)
        if (
            environ.get("REQUEST_METHOD") == "POST"
            and environ.get("PATH_INFO") == "/moto-api/reset"
        ):
            clear()
        if environ.get("PATH_INFO") != "/federation/credentials":
            return app(environ, start_response)
        # The token travels in `x-amz-sso_bearer_token`, a header werkzeug's server
        # drops (underscore), so the double checks the role and account asked for.
        query = parse_qs(environ.get("QUERY_STRING", ""))
        if query.get("role_name") == [ROLE_NAME] and query.get("account_id") == [ACCOUNT_ID]:
            status = "200 OK"
            payload: dict[str, Any] = {
                "roleCredentials": {
                    "accessKeyId": _ROLE_KEY_ID,
                    "secretAccessKey": _ROLE_SECRET,
                    "sessionToken": "FwoGZXIvYXdzEXAMPLESSOSESSIONTOKEN",
                    "expiration": int((time.time() + 3600) * 1000),
                }
            }
        else:
            status = "403 Forbidden"
            payload = {"message": "No access"}
        data = json.dumps(payload).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
        if status != "200 OK":
            headers.append(("x-amzn-ErrorType", "ForbiddenException"))
        start_response(status, headers)
        return [data]

    return aws_signin.with_signin(dispatch)


def write_sso_profile(
    home: Path, name: str, expires_at: datetime, region: str = "ap-northeast-2"
) -> None:
    """An SSO profile as `aws configure sso` writes it, and the token `aws sso login` caches."""
    aws = home / ".aws"
    (aws / "sso" / "cache").mkdir(parents=True, exist_ok=True)
    with (aws / "config").open("a") as config:
        config.write(
            f"[profile {name}]\nsso_start_url = {START_URL}\nsso_region = us-east-1\n"
            f"sso_account_id = {ACCOUNT_ID}\nsso_role_name = {ROLE_NAME}\nregion = {region}\n"
        )
    cache = aws / "sso" / "cache" / (hashlib.sha1(START_URL.encode()).hexdigest() + ".json")
    cache.write_text(
        json.dumps(
            {
                "startUrl": START_URL,
                "region": "us-east-1",
                "accessToken": "aoaAAAAAGTESTSSOACCESSTOKEN",
                "expiresAt": expires_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    )


def write_sso_session_profile(
    home: Path, name: str, session: str = "course", region: str = "ap-northeast-2"
) -> None:
    """An SSO profile with an `sso-session` section, as `aws configure sso` writes it now
    (no token yet: `aws sso login` or the app signs it in)."""
    aws = home / ".aws"
    aws.mkdir(parents=True, exist_ok=True)
    with (aws / "config").open("a") as config:
        config.write(
            f"[profile {name}]\nsso_session = {session}\nsso_account_id = {ACCOUNT_ID}\n"
            f"sso_role_name = {ROLE_NAME}\nregion = {region}\n\n"
            f"[sso-session {session}]\nsso_start_url = {START_URL}\nsso_region = us-east-1\n"
            "sso_registration_scopes = sso:account:access\n"
        )


# --- the OIDC double ------------------------------------------------------------------

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
TOKEN_LIFETIME_S = 8 * 3600


@dataclass
class _Client:
    secret: str
    grant_types: list[str]
    redirect_uris: list[str]


@dataclass
class _Oidc:
    clients: dict[str, _Client] = field(default_factory=dict)
    requests: dict[str, dict[str, str]] = field(default_factory=dict)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)  # device code -> state
    refresh: dict[str, str] = field(default_factory=dict)  # refresh token -> client id
    calls: list[str] = field(default_factory=list)


_lock = threading.Lock()
_oidc = _Oidc()


def clear() -> None:
    global _oidc
    with _lock:
        _oidc = _Oidc()


def oidc_calls() -> list[str]:
    """The grant types of every CreateToken so far (in this process's world)."""
    with _lock:
        return list(_oidc.calls)


def _send(start_response: StartResponse, status: str, payload: Any, error: str = "") -> list[bytes]:
    data = json.dumps(payload).encode()
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(data)))]
    if error:
        headers.append(("x-amzn-ErrorType", error))
    start_response(status, headers)
    return [data]


def _page(start_response: StartResponse, status: str, body: str) -> list[bytes]:
    data = f"<!DOCTYPE html><html><body>{body}</body></html>".encode()
    start_response(
        status, [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]


def _body(environ: dict[str, Any]) -> dict[str, Any]:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    return json.loads(environ["wsgi.input"].read(length) or b"{}")


def _query(environ: dict[str, Any]) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}


class _OidcError(Exception):
    def __init__(self, exception: str, error: str, status: str = "400 Bad Request") -> None:
        super().__init__(error)
        self.exception, self.error, self.status = exception, error, status


def _client(body: dict[str, Any], with_secret: bool = True) -> tuple[str, _Client]:
    client_id = str(body.get("clientId", ""))
    with _lock:
        client = _oidc.clients.get(client_id)
    if client is None or (with_secret and body.get("clientSecret") != client.secret):
        raise _OidcError("InvalidClientException", "invalid_client", "401 Unauthorized")
    return client_id, client


def _register(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    body = _body(environ)
    if body.get("clientType") != "public" or not body.get("clientName"):
        return _send(
            start_response,
            "400 Bad Request",
            {"error": "invalid_request"},
            "InvalidRequestException",
        )
    grants = list(body.get("grantTypes") or [DEVICE_GRANT, "refresh_token"])
    client_id, secret = secrets.token_urlsafe(16), secrets.token_urlsafe(32)
    with _lock:
        _oidc.clients[client_id] = _Client(secret, grants, list(body.get("redirectUris") or []))
    now = int(time.time())
    answer = {
        "clientId": client_id,
        "clientSecret": secret,
        "clientIdIssuedAt": now,
        "clientSecretExpiresAt": now + 90 * 86400,
    }
    return _send(start_response, "200 OK", answer)


def _authorize(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    query = _query(environ)
    with _lock:
        client = _oidc.clients.get(query.get("client_id", ""))
    redirect = query.get("redirect_uri", "")
    loopback = re.fullmatch(r"http://127\.0\.0\.1(:\d+)?/oauth/callback", redirect)
    if (
        client is None
        or "authorization_code" not in client.grant_types
        or not loopback
        or query.get("response_type") != "code"
        or query.get("code_challenge_method") != "S256"
        or not query.get("code_challenge")
        or not query.get("state")
    ):
        return _page(start_response, "400 Bad Request", "Invalid authorization request")
    request_id = secrets.token_urlsafe(12)
    with _lock:
        _oidc.requests[request_id] = {**query}
    choose = f"/authorize/choose?request={request_id}"
    return _page(
        start_response,
        "200 OK",
        f'<a id="allow" href="{choose}&amp;answer=allow">Allow</a> '
        f'<a id="deny" href="{choose}&amp;answer=deny">Deny</a>',
    )


def _choose(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    query = _query(environ)
    with _lock:
        request = _oidc.requests.pop(query.get("request", ""), None)
    if request is None:
        return _page(start_response, "400 Bad Request", "Unknown request")
    if query.get("answer") == "allow":
        code = secrets.token_urlsafe(24)
        with _lock:
            _oidc.codes[code] = {**request, "used": False}
        answer = {"code": code, "state": request["state"]}
    else:
        answer = {"error": "access_denied", "state": request["state"]}
    start_response("302 Found", [("Location", f"{request['redirect_uri']}?{urlencode(answer)}")])
    return [b""]


def _start_device(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    try:
        client_id, _ = _client(_body(environ))
    except _OidcError as error:
        return _send(start_response, error.status, {"error": error.error}, error.exception)
    device, user_code = secrets.token_urlsafe(24), secrets.token_hex(4).upper()
    with _lock:
        _oidc.devices[device] = {"client": client_id, "user_code": user_code, "state": "pending"}
    base = f"http://{environ['HTTP_HOST']}"
    answer = {
        "deviceCode": device,
        "userCode": user_code,
        "verificationUri": f"{base}/device",
        "verificationUriComplete": f"{base}/device?user_code={user_code}",
        "expiresIn": 600,
        "interval": 1,
    }
    return _send(start_response, "200 OK", answer)


def _device_page(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    query = _query(environ)
    user_code = query.get("user_code", "")
    if "answer" in query:
        with _lock:
            for device in _oidc.devices.values():
                if device["user_code"] == user_code and device["state"] == "pending":
                    device["state"] = "approved" if query["answer"] == "allow" else "denied"
        return _page(start_response, "200 OK", "You can close this window.")
    code = html.escape(user_code)
    return _page(
        start_response,
        "200 OK",
        f'<p id="user-code">{code}</p>'
        f'<a id="allow" href="/device?user_code={code}&amp;answer=allow">Allow</a> '
        f'<a id="deny" href="/device?user_code={code}&amp;answer=deny">Deny</a>',
    )


def _issue(client_id: str, with_refresh: bool) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "accessToken": "aoa" + secrets.token_urlsafe(32),
        "tokenType": "Bearer",
        "expiresIn": TOKEN_LIFETIME_S,
    }
    if with_refresh:
        refresh = "aor" + secrets.token_urlsafe(32)
        with _lock:
            _oidc.refresh[refresh] = client_id
        answer["refreshToken"] = refresh
    return answer


def _create_token(body: dict[str, Any]) -> dict[str, Any]:
    client_id, client = _client(body)
    grant = body.get("grantType")
    with _lock:
        _oidc.calls.append(str(grant))
    if grant not in client.grant_types:
        raise _OidcError("UnauthorizedClientException", "unauthorized_client")
    if grant == "authorization_code":
        with _lock:
            request = _oidc.codes.get(str(body.get("code")))
            if request is None or request["used"] or request["client_id"] != client_id:
                raise _OidcError("InvalidGrantException", "invalid_grant")
            request["used"] = True
        if body.get("redirectUri") != request["redirect_uri"]:
            raise _OidcError("InvalidGrantException", "invalid_grant")
        digest = hashlib.sha256(str(body.get("codeVerifier", "")).encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != request["code_challenge"]:
            raise _OidcError("InvalidGrantException", "invalid_grant")
        return _issue(client_id, with_refresh=True)
    if grant == DEVICE_GRANT:
        with _lock:
            device = _oidc.devices.get(str(body.get("deviceCode")))
            if device is None or device["client"] != client_id:
                raise _OidcError("InvalidGrantException", "invalid_grant")
            state = device["state"]
            if state == "approved":
                device["state"] = "used"
        if state == "pending":
            raise _OidcError("AuthorizationPendingException", "authorization_pending")
        if state == "denied":
            raise _OidcError("AccessDeniedException", "access_denied")
        if state != "approved":
            raise _OidcError("InvalidGrantException", "invalid_grant")
        return _issue(client_id, with_refresh=False)
    if grant == "refresh_token":
        with _lock:
            owner = _oidc.refresh.pop(str(body.get("refreshToken")), None)
        if owner != client_id:
            raise _OidcError("InvalidGrantException", "invalid_grant")
        return _issue(client_id, with_refresh=True)
    raise _OidcError("UnsupportedGrantTypeException", "unsupported_grant_type")


def _token(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    try:
        return _send(start_response, "200 OK", _create_token(_body(environ)))
    except _OidcError as error:
        return _send(start_response, error.status, {"error": error.error}, error.exception)


_OIDC_ROUTES: dict[str, tuple[str, Any]] = {
    "/client/register": ("POST", _register),
    "/device_authorization": ("POST", _start_device),
    "/token": ("POST", _token),
    "/authorize": ("GET", _authorize),
    "/authorize/choose": ("GET", _choose),
    "/device": ("GET", _device_page),
}


def browse_sso(url: str, answer: str = "allow") -> str:
    """Play the browser on an Identity Center page: choose `answer` ("allow" or
    "deny") and follow the redirect; the text of the page it lands on."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        page = response.read().decode()
    match = re.search(rf'<a id="{answer}" href="([^"]+)"', page)
    assert match, page
    with opener.open(urljoin(url, html.unescape(match.group(1))), timeout=10) as response:
        return str(response.read().decode())

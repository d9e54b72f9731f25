"""A TEST DOUBLE of AWS Sign-In for local tools (what `aws login` talks to).

moto has no `signin` service and the real one needs a person at a browser, so
the world plays it, in front of moto's WSGI app (wired in by
`aws_sso.with_sso`, so the in-process server and `aws_process`'s child both
have it):

- `GET /v1/authorize` stands for the console sign-in page.  It checks the
  request (client id, redirect URI, state, S256 challenge) and offers the
  people who can sign in: the account's root user, an IAM user with both
  policies, one without `SignInLocalDevelopmentAccess`, and one without the
  app's policy.  Choosing one redirects to `redirect_uri` with `code` and
  `state`; "cancel" redirects with `error=access_denied`.  A cross-device
  sign-in lands on `/v1/sessions/confirmation`, which shows the code to paste.
- `POST /v1/token` is `CreateOAuth2Token`.  It checks the DPoP proof (ES256
  signature, `htm`, `htu`, `iat`, unused `jti`), then for `authorization_code`
  the code (known, unused, not expired), client id, redirect URI and PKCE
  verifier; for `refresh_token` the refresh token and that the proof's key is
  the one the sign-in was bound to.  It answers `tokenOutput` with temporary
  keys, a rotated `refreshToken`, `expiresIn` and (for a code) an `idToken`
  whose `sub` is the principal's ARN.
- moto's STS answers `GetCallerIdentity` for the keys issued here with the
  principal who signed in (root included, which moto alone cannot).  The IAM
  user without the app's policy gets every other call denied, as IAM would.

Tests steer it through `SigninWorld` (HTTP, so a child-process world works the
same) and play the browser with `browse`.
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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin

import pytest
import requests
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from moto.sts.models import STSBackend

from tests.world.aws_pricing import StartResponse, WsgiApp

ACCOUNT_ID = "123456789012"
SAME_DEVICE = "arn:aws:signin:::devtools/same-device"
CROSS_DEVICE = "arn:aws:signin:::devtools/cross-device"
CONTROL_PATH = "/_world/signin"
SESSION_LIMIT_S = 12 * 3600
PROOF_AGE_S = 300


@dataclass(frozen=True)
class Principal:
    arn: str
    label: str
    sign_in_policy: bool  # SignInLocalDevelopmentAccess (root needs none)
    app_policy: bool

    @property
    def user_id(self) -> str:
        if self.arn.endswith(":root"):
            return ACCOUNT_ID
        return "AIDA" + hashlib.sha256(self.arn.encode()).hexdigest()[:17].upper()


PRINCIPALS = {
    "root": Principal(f"arn:aws:iam::{ACCOUNT_ID}:root", "Root user", True, True),
    "student": Principal(
        f"arn:aws:iam::{ACCOUNT_ID}:user/student", "IAM user with both policies", True, True
    ),
    "student-without-sign-in": Principal(
        f"arn:aws:iam::{ACCOUNT_ID}:user/student-no-signin",
        "IAM user without SignInLocalDevelopmentAccess",
        False,
        True,
    ),
    "student-without-app-policy": Principal(
        f"arn:aws:iam::{ACCOUNT_ID}:user/student-no-app-policy",
        "IAM user without the fastai-launcher policy",
        True,
        False,
    ),
}


@dataclass
class _Grant:
    principal: Principal
    client_id: str
    redirect_uri: str
    challenge: str
    issued: float
    used: bool = False


@dataclass
class _Session:
    principal: Principal
    client_id: str
    key_thumbprint: str
    started: float
    ended: str | None = None  # the AccessDenied error its refreshes get from now on


@dataclass
class _State:
    requests: dict[str, dict[str, str]] = field(default_factory=dict)
    codes: dict[str, _Grant] = field(default_factory=dict)
    refresh: dict[str, _Session] = field(default_factory=dict)
    jtis: set[str] = field(default_factory=set)
    keys: dict[str, Principal] = field(default_factory=dict)
    expires_in: int = 900
    code_ttl: float = 300.0
    calls: list[dict[str, Any]] = field(default_factory=list)


_lock = threading.Lock()
_state = _State()
_id_token_key = ec.generate_private_key(ec.SECP256R1())


def clear() -> None:
    global _state
    with _lock:
        _state = _State()


# --- moto's STS knows who signed in --------------------------------------------------


def _install_sts() -> None:
    original = STSBackend.get_caller_identity
    if getattr(original, "knows_sign_in", False):
        return

    def get_caller_identity(self: STSBackend, access_key_id: str, region: str) -> Any:
        with _lock:
            principal = _state.keys.get(access_key_id)
        if principal is not None:
            return principal.user_id, principal.arn, ACCOUNT_ID
        return original(self, access_key_id, region)

    get_caller_identity.knows_sign_in = True  # type: ignore[attr-defined]
    STSBackend.get_caller_identity = get_caller_identity  # type: ignore[method-assign]


_install_sts()


# --- the WSGI double -------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64url(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _respond(
    start_response: StartResponse,
    status: str,
    body: bytes,
    content_type: str,
    extra: Iterable[tuple[str, str]] = (),
) -> list[bytes]:
    headers = [("Content-Type", content_type), ("Content-Length", str(len(body))), *extra]
    start_response(status, headers)
    return [body]


def _json(start_response: StartResponse, status: str, payload: Any, error: str = "") -> list[bytes]:
    extra = [("x-amzn-ErrorType", error)] if error else []
    return _respond(start_response, status, json.dumps(payload).encode(), "application/json", extra)


def _page(start_response: StartResponse, status: str, body: str) -> list[bytes]:
    document = f"<!DOCTYPE html><html><body>{body}</body></html>"
    return _respond(start_response, status, document.encode(), "text/html; charset=utf-8")


def _base(environ: dict[str, Any]) -> str:
    return f"{environ.get('wsgi.url_scheme', 'http')}://{environ['HTTP_HOST']}"


def _query(environ: dict[str, Any]) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}


def _authorize(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    query = _query(environ)
    client_id = query.get("client_id", "")
    redirect_uri = query.get("redirect_uri", "")
    problems = []
    if query.get("response_type") != "code":
        problems.append("response_type must be code")
    if client_id == SAME_DEVICE:
        if not re.fullmatch(r"http://127\.0\.0\.1:\d+/oauth/callback", redirect_uri):
            problems.append("redirect_uri must be the loopback callback")
    elif client_id == CROSS_DEVICE:
        if redirect_uri != f"{_base(environ)}/v1/sessions/confirmation":
            problems.append("redirect_uri must be the confirmation page")
    else:
        problems.append("unknown client_id")
    if query.get("code_challenge_method") != "SHA-256":
        problems.append("code_challenge_method must be SHA-256")
    if not re.fullmatch(r"[A-Za-z0-9_-]{43}", query.get("code_challenge", "")):
        problems.append("code_challenge must be an unpadded base64url SHA-256")
    if not query.get("state"):
        problems.append("state is missing")
    if problems:
        return _page(start_response, "400 Bad Request", html.escape("; ".join(problems)))
    request_id = secrets.token_urlsafe(12)
    with _lock:
        _state.requests[request_id] = {
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": query["state"],
            "challenge": query["code_challenge"],
        }
    links = "".join(
        f'<li><a id="{who}" href="/v1/authorize/choose?request={request_id}&amp;who={who}">'
        f"{html.escape(p.label)}</a></li>"
        for who, p in PRINCIPALS.items()
    )
    cancel = (
        f'<a id="cancel" href="/v1/authorize/choose?request={request_id}&amp;who=cancel">Cancel</a>'
    )
    return _page(start_response, "200 OK", f"<h1>Sign in to AWS</h1><ul>{links}</ul>{cancel}")


def _choose(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    query = _query(environ)
    with _lock:
        request = _state.requests.pop(query.get("request", ""), None)
    if request is None:
        return _page(start_response, "400 Bad Request", "This sign-in request is unknown or used.")
    who = query.get("who", "")
    if who == "cancel" or who not in PRINCIPALS:
        answer = {"error": "access_denied", "state": request["state"]}
    else:
        code = secrets.token_urlsafe(24)
        with _lock:
            _state.codes[code] = _Grant(
                PRINCIPALS[who],
                request["client_id"],
                request["redirect_uri"],
                request["challenge"],
                time.time(),
            )
        answer = {"code": code, "state": request["state"]}
    separator = "&" if "?" in request["redirect_uri"] else "?"
    location = f"{request['redirect_uri']}{separator}{urlencode(answer)}"
    start_response("302 Found", [("Location", location), ("Content-Length", "0")])
    return [b""]


def _confirmation(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    query = _query(environ)
    if "code" not in query:
        return _page(start_response, "200 OK", "<p>The sign-in was not completed.</p>")
    shown = base64.b64encode(
        urlencode({"state": query.get("state", ""), "code": query["code"]}).encode()
    ).decode()
    return _page(
        start_response,
        "200 OK",
        f'<p>Paste this code into the app:</p><code id="verification-code">{shown}</code>',
    )


class _Refused(Exception):
    def __init__(self, status: str, exception: str, error: str, message: str) -> None:
        super().__init__(message)
        self.status, self.exception, self.error = status, exception, error


def _invalid(error: str, message: str) -> _Refused:
    return _Refused("400 Bad Request", "ValidationException", error, message)


def _denied(error: str, message: str) -> _Refused:
    return _Refused("403 Forbidden", "AccessDeniedException", error, message)


def _check_proof(proof: str, url: str) -> str:
    """The thumbprint of the proof's key, after checking the proof for this request."""
    try:
        header_b64, payload_b64, signature_b64 = proof.split(".")
        header = json.loads(_unb64url(header_b64))
        payload = json.loads(_unb64url(payload_b64))
        jwk = header["jwk"]
        if header.get("typ") != "dpop+jwt" or header.get("alg") != "ES256":
            raise ValueError("typ/alg")
        if jwk.get("kty") != "EC" or jwk.get("crv") != "P-256":
            raise ValueError("jwk")
        public = ec.EllipticCurvePublicNumbers(
            int.from_bytes(_unb64url(jwk["x"]), "big"),
            int.from_bytes(_unb64url(jwk["y"]), "big"),
            ec.SECP256R1(),
        ).public_key()
        raw = _unb64url(signature_b64)
        if len(raw) != 64:
            raise ValueError("signature length")
        signature = encode_dss_signature(
            int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big")
        )
        public.verify(signature, f"{header_b64}.{payload_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    except (ValueError, KeyError, TypeError, InvalidSignature) as error:
        raise _invalid("invalid_request", f"DPoP proof is invalid ({error})") from None
    if payload.get("htm") != "POST" or payload.get("htu") != url:
        raise _invalid("invalid_request", "DPoP proof is for another request (htm/htu)")
    if abs(time.time() - float(payload.get("iat", 0))) > PROOF_AGE_S:
        raise _invalid("invalid_request", "DPoP proof is too old or from the future (iat)")
    jti = str(payload.get("jti", ""))
    with _lock:
        if not jti or jti in _state.jtis:
            raise _invalid("invalid_request", "DPoP proof was used before (jti)")
        _state.jtis.add(jti)
    thumbprint_input = json.dumps(
        {"crv": "P-256", "kty": "EC", "x": jwk["x"], "y": jwk["y"]}, separators=(",", ":")
    )
    return _b64url(hashlib.sha256(thumbprint_input.encode()).digest())


def _id_token(principal: Principal, client_id: str) -> str:
    now = int(time.time())
    header = _b64url(json.dumps({"alg": "ES256", "typ": "JWT"}).encode())
    claims = {
        "iss": "https://signin.aws.amazon.com",
        "sub": principal.arn,
        "aud": client_id,
        "iat": now,
        "exp": now + 900,
    }
    payload = _b64url(json.dumps(claims).encode())
    der = _id_token_key.sign(f"{header}.{payload}".encode(), ec.ECDSA(hashes.SHA256()))
    return f"{header}.{payload}.{_b64url(der)}"


def _issue(session: _Session, with_id_token: bool) -> dict[str, Any]:
    key_id = "ASIA" + secrets.token_hex(8).upper()
    refresh = secrets.token_urlsafe(32)
    with _lock:
        _state.keys[key_id] = session.principal
        _state.refresh[refresh] = session
        expires_in = _state.expires_in
    output: dict[str, Any] = {
        "accessToken": {
            "accessKeyId": key_id,
            "secretAccessKey": secrets.token_urlsafe(30)[:40],
            "sessionToken": "IQoJb3JpZ2luX2VjE" + secrets.token_urlsafe(48),
        },
        "tokenType": "aws_sigv4",
        "expiresIn": expires_in,
        "refreshToken": refresh,
    }
    if with_id_token:
        output["idToken"] = _id_token(session.principal, session.client_id)
    return output


def _token(body: dict[str, Any], thumbprint: str) -> dict[str, Any]:
    grant_type = body.get("grantType")
    client_id = body.get("clientId")
    if client_id not in (SAME_DEVICE, CROSS_DEVICE):
        raise _invalid("invalid_client", "unknown clientId")
    if grant_type == "authorization_code":
        with _lock:
            grant = _state.codes.get(str(body.get("code")))
            if grant is None or grant.used:
                raise _invalid("invalid_grant", "the authorization code is unknown or used")
            grant.used = True
            expired = time.time() - grant.issued > _state.code_ttl
        if expired:
            raise _denied("AUTHCODE_EXPIRED", "The authorization code has expired")
        if client_id != grant.client_id or body.get("redirectUri") != grant.redirect_uri:
            raise _invalid("invalid_grant", "clientId or redirectUri differs from the request")
        verifier = str(body.get("codeVerifier", ""))
        if _b64url(hashlib.sha256(verifier.encode()).digest()) != grant.challenge:
            raise _invalid("invalid_grant", "codeVerifier does not match code_challenge")
        if not grant.principal.sign_in_policy:
            raise _denied(
                "INSUFFICIENT_PERMISSIONS",
                "User is not authorized to perform signin:AuthorizeOAuth2Access",
            )
        session = _Session(grant.principal, client_id, thumbprint, time.time())
        return _issue(session, with_id_token=True)
    if grant_type == "refresh_token":
        with _lock:
            session = _state.refresh.get(str(body.get("refreshToken")))
            if session is None or session.client_id != client_id:
                raise _invalid("invalid_grant", "the refresh token is unknown or used")
            if session.key_thumbprint != thumbprint:
                raise _invalid(
                    "invalid_request", "DPoP key differs from the one the token is bound to"
                )
            if session.ended or time.time() - session.started > SESSION_LIMIT_S:
                raise _denied(session.ended or "TOKEN_EXPIRED", "The session has expired")
            del _state.refresh[str(body.get("refreshToken"))]  # rotated: good once
        return _issue(session, with_id_token=False)
    raise _invalid("unsupported_grant_type", f"grantType {grant_type!r} is not supported")


def _token_endpoint(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = json.loads(environ["wsgi.input"].read(length) or b"{}")
    call = {"grantType": body.get("grantType"), "clientId": body.get("clientId")}
    try:
        thumbprint = _check_proof(environ.get("HTTP_DPOP", ""), f"{_base(environ)}/v1/token")
        output = _token(body, thumbprint)
    except _Refused as refused:
        call["error"] = refused.error
        with _lock:
            _state.calls.append(call)
        payload = {"error": refused.error, "message": str(refused)}
        return _json(start_response, refused.status, payload, refused.exception)
    with _lock:
        _state.calls.append(call)
    return _json(start_response, "200 OK", output)


def _control(environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    request = json.loads(environ["wsgi.input"].read(length))
    method, value = request["method"], request.get("value")
    with _lock:
        if method == "expire_codes":
            for grant in _state.codes.values():
                grant.issued -= _state.code_ttl + 1
        elif method == "end_sessions":
            for session in _state.refresh.values():
                session.ended = value
        elif method == "set_expires_in":
            _state.expires_in = int(value)
        elif method == "age_sessions":
            for session in _state.refresh.values():
                session.started -= float(value)
        result: Any = [dict(call) for call in _state.calls] if method == "calls" else None
    return _json(start_response, "200 OK", {"result": result})


_CREDENTIAL = re.compile(r"Credential=([A-Z0-9]+)/[^/]+/[^/]+/([^/]+)/")


def _refused_for_policy(
    environ: dict[str, Any], start_response: StartResponse
) -> list[bytes] | None:
    """IAM's answer to a principal without the app's policy: every call but STS is denied."""
    match = _CREDENTIAL.search(environ.get("HTTP_AUTHORIZATION", ""))
    if match is None:
        return None
    with _lock:
        principal = _state.keys.get(match.group(1))
    service = match.group(2)
    if principal is None or principal.app_policy or service == "sts":
        return None
    message = f"User: {principal.arn} is not authorized to perform this operation"
    if service == "ec2":
        body = (
            "<Response><Errors><Error><Code>UnauthorizedOperation</Code>"
            f"<Message>{message}</Message></Error></Errors><RequestID>1</RequestID></Response>"
        )
        return _respond(start_response, "403 Forbidden", body.encode(), "text/xml")
    if "json" in environ.get("CONTENT_TYPE", "") or "cbor" in environ.get("CONTENT_TYPE", ""):
        payload = {"__type": "AccessDeniedException", "message": message}
        return _json(start_response, "400 Bad Request", payload, "AccessDeniedException")
    body = (
        "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>"
        f"<Message>{message}</Message></Error><RequestId>1</RequestId></ErrorResponse>"
    )
    return _respond(start_response, "403 Forbidden", body.encode(), "text/xml")


def with_signin(app: WsgiApp) -> WsgiApp:
    """`app` with AWS Sign-In's pages and token endpoint in front of it."""

    def dispatch(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        denied = _refused_for_policy(environ, start_response)
        if denied is not None:
            return denied
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "GET" and path == "/v1/authorize":
            return _authorize(environ, start_response)
        if method == "GET" and path == "/v1/authorize/choose":
            return _choose(environ, start_response)
        if method == "GET" and path == "/v1/sessions/confirmation":
            return _confirmation(environ, start_response)
        if method == "POST" and path == "/v1/token":
            return _token_endpoint(environ, start_response)
        if method == "POST" and path == CONTROL_PATH:
            return _control(environ, start_response)
        if method == "POST" and path == "/moto-api/reset":
            clear()
        return app(environ, start_response)

    return dispatch


# --- what tests use -------------------------------------------------------------------


class SigninWorld:
    """Steers the Sign-In double of the world at `endpoint` (in this process or a child)."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint

    def _call(self, method: str, value: Any = None) -> Any:
        answer = requests.post(
            f"{self.endpoint}{CONTROL_PATH}", json={"method": method, "value": value}, timeout=10
        )
        answer.raise_for_status()
        return answer.json()["result"]

    def expire_codes(self) -> None:
        """Every authorization code issued so far is past its lifetime."""
        self._call("expire_codes")

    def end_sessions(self, error: str = "TOKEN_EXPIRED") -> None:
        """Every session signed in so far ends: its refreshes answer AccessDenied with
        `error` (TOKEN_EXPIRED, or USER_CREDENTIALS_CHANGED after a password change).
        A new sign-in works as before."""
        self._call("end_sessions", error)

    def set_expires_in(self, seconds: int) -> None:
        """The lifetime of the temporary keys issued from now on."""
        self._call("set_expires_in", seconds)

    def age_sessions(self, seconds: float) -> None:
        """Every signed-in session started `seconds` earlier (12 h ends it)."""
        self._call("age_sessions", seconds)

    def calls(self) -> list[dict[str, Any]]:
        """grantType, clientId and any error of every CreateOAuth2Token so far."""
        return list(self._call("calls"))


@dataclass(frozen=True)
class Visit:
    url: str
    status: int
    body: str

    @property
    def pasted_code(self) -> str:
        """The code a cross-device sign-in page shows for pasting."""
        match = re.search(r'<code id="verification-code">([^<]+)</code>', self.body)
        assert match, self.body
        return match.group(1)


def browse(url: str, who: str = "student") -> Visit:
    """Play the user's browser: open the sign-in page, choose `who` (a key of
    `PRINCIPALS`, or "cancel"), follow the redirect; the page it lands on."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=10) as response:
        page = response.read().decode()
    match = re.search(rf'<a id="{re.escape(who)}" href="([^"]+)"', page)
    assert match, f"the sign-in page offers no {who!r}: {page}"
    with opener.open(urljoin(url, html.unescape(match.group(1))), timeout=10) as response:
        return Visit(response.geturl(), response.status, response.read().decode())


@pytest.fixture
def signin_world(aws_world: Any) -> Iterator[SigninWorld]:
    """The world's AWS Sign-In, fresh, with the login cache inside the test's home."""
    yield SigninWorld(aws_world.endpoint)

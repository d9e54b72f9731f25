"""Signing in with the browser: AWS Sign-In for local tools, as `aws login` does it.

An OAuth 2.0 authorization code flow with PKCE (S256) and DPoP (RFC 9449):

1. `begin_sign_in` makes a fresh P-256 key, a PKCE pair and a state, and the
   URL of AWS's sign-in page (`<signin endpoint>/v1/authorize`).  Same device:
   the redirect comes back to `http://127.0.0.1:<port>/oauth/callback`, served
   by the app only during this sign-in.  Cross device (the callback cannot be
   reached): AWS's page shows a code that the user pastes into the app.
2. `PendingSignIn.wait` (same device) or `.complete(pasted)` (cross device)
   checks the state and trades the code with botocore's `signin` client
   (`CreateOAuth2Token`), a DPoP proof signed by the key in its header.
3. `save_sign_in` writes the token and the profile exactly where botocore's
   `LoginProvider` reads them (`login_files`); botocore does every refresh.

The sign-in page's address follows botocore's endpoint configuration for the
`signin` service (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_SIGNIN`), like every
other call the app makes.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote

import botocore
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from ..core.errors import CredentialsError, LauncherError
from ..core.logs import register_secret
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from . import login_files
from .catalogue import ALIASES, CATALOGUE, IAM_USERS_URL, catalogue_error, translate_aws_error
from .clients import client_config, session_from_profile
from .oauth_callback import (
    WAIT_TIMEOUT_S,
    CallbackServer,
    LandingPage,
    Pkce,
    Redirect,
    check_redirect,
    new_state,
)
from .typed_errors import error_code

log = logging.getLogger("fastai_launcher.aws.signin")

CTX = "BrowserSignIn"
SAME_DEVICE_CLIENT = "arn:aws:signin:::devtools/same-device"
CROSS_DEVICE_CLIENT = "arn:aws:signin:::devtools/cross-device"
SIGNIN_REGION = "us-east-1"  # when the user has not chosen one yet, as `aws login` offers
_OPERATION = "CreateOAuth2Token"


@dataclass(frozen=True)
class LoginSession:
    """A finished browser sign-in: who it is and the token botocore will refresh."""

    session: str  # the principal's ARN: the profile's `login_session`
    account: str
    token: dict[str, Any] = field(repr=False)

    @property
    def is_root(self) -> bool:
        return self.session.endswith(":root")


def new_dpop_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def dpop_proof(
    key: ec.EllipticCurvePrivateKey, url: str, method: str = "POST", now: float | None = None
) -> str:
    """A DPoP proof JWT (ES256) for one request: `htm`, `htu`, `iat`, a fresh `jti`."""
    numbers = key.public_key().public_numbers()
    jwk = {
        "kty": "EC",
        "x": _b64url(numbers.x.to_bytes(32, "big")),
        "y": _b64url(numbers.y.to_bytes(32, "big")),
        "crv": "P-256",
    }
    header = {"typ": "dpop+jwt", "alg": "ES256", "jwk": jwk}
    payload = {
        "htm": method,
        "htu": url,
        "iat": int(time.time() if now is None else now),
        "jti": str(uuid.uuid4()),
    }
    signing_input = ".".join(
        _b64url(json.dumps(part, separators=(",", ":")).encode()) for part in (header, payload)
    )
    r, s = decode_dss_signature(key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
    return f"{signing_input}.{_b64url(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def dpop_key_pem(key: ec.EllipticCurvePrivateKey) -> str:
    """The key as botocore reads it back from the cache (`EC PRIVATE KEY`, SEC1)."""
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode("ascii")


def signin_client(region: str) -> Any:
    """botocore's `signin` client: unsigned, the app's retries and timeouts."""
    session = session_from_profile(None, region)
    config = client_config().merge(Config(signature_version=botocore.UNSIGNED))
    return session.client("signin", region_name=region, config=config)


def endpoint_base(client: Any, operation: str = _OPERATION) -> str:
    """The endpoint botocore resolves for `operation` of this client (its endpoint rules
    and the endpoint settings: `AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_<SERVICE>`)."""
    model = client.meta.service_model.operation_model(operation)
    resolver = getattr(client, "_ruleset_resolver", None)
    if resolver is not None:
        endpoint = resolver.construct_endpoint(
            operation_model=model, call_args={}, request_context={}
        )
        return str(endpoint.url).rstrip("/")
    return str(client.meta.endpoint_url).rstrip("/")


class PendingSignIn:
    """One sign-in between opening the browser and receiving the code.

    Same device: `url` to open, then `wait(ctx)`.  Cross device: `url` to open
    (anywhere), then `complete(code)` with what the AWS page shows.  `close()`
    frees the callback port; the object is a context manager.
    """

    def __init__(
        self,
        region: str = SIGNIN_REGION,
        *,
        cross_device: bool = False,
        page: LandingPage | None = None,
    ) -> None:
        self.region = region
        self.cross_device = cross_device
        self._client = signin_client(region)
        self._base = endpoint_base(self._client)
        self._key = new_dpop_key()
        self._pkce = Pkce.new()
        self._state = new_state()
        self._server: CallbackServer | None = None
        if cross_device:
            self.client_id = CROSS_DEVICE_CLIENT
            self.redirect_uri = f"{self._base}/v1/sessions/confirmation"
        else:
            self.client_id = SAME_DEVICE_CLIENT
            self._server = CallbackServer(page)
            self.redirect_uri = self._server.redirect_uri
        query = "&".join(
            f"{name}={quote(value, safe='')}"
            for name, value in (
                ("response_type", "code"),
                ("client_id", self.client_id),
                ("state", self._state),
                ("code_challenge_method", "SHA-256"),
                ("scope", "openid"),
                ("redirect_uri", self.redirect_uri),
                ("code_challenge", self._pkce.challenge),
            )
        )
        self.url = f"{self._base}/v1/authorize?{query}"

    def wait(self, ctx: TaskContext, timeout: float = WAIT_TIMEOUT_S) -> LoginSession:
        """Same device: wait for the browser's redirect, then trade its code."""
        if self._server is None:
            raise ValueError("a cross-device sign-in takes the pasted code: use complete()")
        try:
            redirect = self._server.wait(ctx, timeout)
        finally:
            self._server.close()
        code = check_redirect(redirect, self._state)
        ctx.check()
        return self._exchange(code)

    def complete(self, pasted: str) -> LoginSession:
        """Cross device: trade the code the AWS page showed (base64 of `code=…&state=…`)."""
        return self._exchange(check_redirect(parse_pasted_code(pasted), self._state))

    def close(self) -> None:
        if self._server is not None:
            self._server.close()

    def __enter__(self) -> PendingSignIn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _exchange(self, code: str) -> LoginSession:
        def add_dpop(params: dict[str, Any], **kwargs: Any) -> None:
            params["headers"]["DPoP"] = dpop_proof(self._key, params["url"])

        # Within its few minutes, a code with its verifier is as good as the session.
        register_secret(code)
        register_secret(self._pkce.verifier)
        self._client.meta.events.register(f"before-call.signin.{_OPERATION}", add_dpop)
        try:
            answer = self._client.create_o_auth2_token(
                tokenInput={
                    "clientId": self.client_id,
                    "grantType": "authorization_code",
                    "code": code,
                    "codeVerifier": self._pkce.verifier,
                    "redirectUri": self.redirect_uri,
                }
            )
        except (ClientError, BotoCoreError) as error:
            raise sign_in_error(error, self.region) from None
        output = answer.get("tokenOutput") or {}
        try:
            session = _subject(output["idToken"])
            account = session.split(":")[4]
            expires = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(
                seconds=int(output["expiresIn"])
            )
            keys = output["accessToken"]
            token = {
                "accessToken": {
                    "accessKeyId": keys["accessKeyId"],
                    "secretAccessKey": keys["secretAccessKey"],
                    "sessionToken": keys["sessionToken"],
                    "accountId": account,
                    "expiresAt": expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
                },
                "tokenType": output.get("tokenType", "aws_sigv4"),
                "clientId": self.client_id,
                "refreshToken": output["refreshToken"],
                "idToken": output["idToken"],
                "dpopKey": dpop_key_pem(self._key),
                "signInRegion": self.region,
            }
        except (KeyError, IndexError, TypeError, ValueError):
            raise _bad_answer() from None
        log.info("Browser sign-in finished for account %s", account)
        return LoginSession(session, account, token)


def begin_sign_in(
    region: str | None = None, *, cross_device: bool = False, page: LandingPage | None = None
) -> PendingSignIn:
    """Start a browser sign-in; open `.url` in the browser next."""
    return PendingSignIn(region or SIGNIN_REGION, cross_device=cross_device, page=page)


def parse_pasted_code(pasted: str) -> Redirect:
    """The code and state inside what the AWS page shows on another device."""
    try:
        decoded = base64.b64decode("".join(pasted.split()), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _bad_paste() from None
    values = dict(parse_qsl(decoded))
    if "code" not in values or "state" not in values:
        raise _bad_paste()
    return Redirect(code=values["code"], state=values["state"])


def save_sign_in(
    login: LoginSession, profile: str = login_files.APP_PROFILE, region: str | None = None
) -> None:
    """Write the token cache and `login_session` into `profile` (refused if it holds
    other credentials); `region` goes into the profile only when it has none."""
    login_files.ensure_profile_free(profile)
    login_files.write_login_token(login.session, login.token)
    login_files.set_login_session(profile, login.session, region)


def is_login_profile(profile: str) -> bool:
    """Whether the profile's credentials come from a browser sign-in (`login_session`)."""
    return login_files.login_session_of(profile) is not None


def sign_in_error(error: BaseException, region: str = "") -> LauncherError:
    """The typed error for a failed token exchange or refresh."""
    if isinstance(error, ClientError):
        code = str(error.response.get("error", ""))
        if code in CATALOGUE or code in ALIASES:
            return catalogue_error(code, url=IAM_USERS_URL)
        if error_code(error) == "ValidationException":
            return _bad_answer()
    return translate_aws_error(error, region)


def _subject(id_token: str) -> str:
    payload = id_token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    subject = claims["sub"]
    if not isinstance(subject, str) or not subject.startswith("arn:"):
        raise ValueError("the id token's subject is not an ARN")
    return subject


def _bad_answer() -> CredentialsError:
    return CredentialsError(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn", "AWS did not accept this sign-in's code, or answered unexpectedly."
            ),
        ),
        text(CTX, QT_TRANSLATE_NOOP("BrowserSignIn", "Sign in with your browser again.")),
    )


def _bad_paste() -> CredentialsError:
    return CredentialsError(
        text(
            CTX,
            QT_TRANSLATE_NOOP("BrowserSignIn", "That is not the code the AWS sign-in page shows."),
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn",
                "Copy the whole code from the AWS page (use its copy button) and paste it again.",
            ),
        ),
    )

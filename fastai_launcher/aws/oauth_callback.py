"""The pieces of an OAuth 2.0 authorization code sign-in that the app itself plays.

PKCE (RFC 7636, S256) and the loopback callback (RFC 8252): a small HTTP server
on `127.0.0.1` and a free port, serving `/oauth/callback` only while one sign-in
waits for it.  The page the browser lands on tells the user, in their language,
to go back to the app.  AWS Sign-In (`browser_signin`) and IAM Identity Center
(`identity_center`) both use it, as the AWS CLI's `aws login` and `aws sso
login` share theirs.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import secrets
import string
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..core.errors import CredentialsError, NetworkError, TimedOut
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text

log = logging.getLogger("fastai_launcher.aws.signin")

CTX = "BrowserSignIn"
CALLBACK_PATH = "/oauth/callback"
WAIT_TIMEOUT_S = 600.0  # as long as the AWS CLI waits for the browser
_POLL_S = 0.2

#: What the page in the browser says after the redirect; the UI renders both in
#: the user's language and hands them to `CallbackServer`.
PAGE_DONE = text(
    CTX,
    QT_TRANSLATE_NOOP(
        "BrowserSignIn",
        "You are signed in. Go back to fastai-launcher to continue; you can close this tab.",
    ),
)
PAGE_FAILED = text(
    CTX,
    QT_TRANSLATE_NOOP(
        "BrowserSignIn",
        "The sign-in did not finish. Go back to fastai-launcher: it says what happened and what to do.",
    ),
)


@dataclass(frozen=True)
class LandingPage:
    """The two texts of the page the browser lands on, already in the user's language."""

    done: str = field(default_factory=PAGE_DONE.render)
    failed: str = field(default_factory=PAGE_FAILED.render)
    language: str = "en"

    def body(self, succeeded: bool) -> bytes:
        message = html.escape(self.done if succeeded else self.failed)
        return (
            f'<!DOCTYPE html><html lang="{html.escape(self.language)}"><head>'
            '<meta charset="utf-8"><title>fastai-launcher</title></head>'
            '<body style="font-family: sans-serif; margin: 3em">'
            f'<p id="message" style="font-size: 1.3em">{message}</p></body></html>'
        ).encode()


@dataclass(frozen=True)
class Pkce:
    """A PKCE pair: the verifier stays in the app, the S256 challenge goes in the URL."""

    verifier: str = field(repr=False)

    @staticmethod
    def new() -> Pkce:
        alphabet = string.ascii_letters + string.digits + "-._~"
        return Pkce("".join(secrets.choice(alphabet) for _ in range(64)))

    @property
    def challenge(self) -> str:
        digest = hashlib.sha256(self.verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def new_state() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Redirect:
    """What the browser brought back: a code and the state, or an OAuth error."""

    code: str | None = field(default=None, repr=False)
    state: str | None = None
    error: str | None = None


class CallbackServer:
    """`http://127.0.0.1:<free port>/oauth/callback`, served until `close()`.

    `wait` returns the first redirect that carries a code or an error.  Use it
    as a context manager so the port is freed whatever happens.
    """

    def __init__(self, page: LandingPage | None = None) -> None:
        self._page = page or LandingPage()
        self._arrived = threading.Event()
        self._redirect: Redirect | None = None
        try:
            self._server = HTTPServer(("127.0.0.1", 0), self._handler_class())
        except OSError as error:
            log.warning("The sign-in callback server could not start: %s", error)
            raise _no_callback() from None
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": _POLL_S},
            name="oauth-callback",
            daemon=True,
        )
        self._thread.start()

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}{CALLBACK_PATH}"

    def wait(self, ctx: TaskContext, timeout: float = WAIT_TIMEOUT_S) -> Redirect:
        """The redirect, or `TimedOut` after `timeout` s, or `Cancelled` on a cancel."""
        deadline = ctx.clock() + timeout
        while not self._arrived.is_set():
            ctx.check()
            if ctx.clock() >= deadline:
                raise _timed_out(timeout)
            self._arrived.wait(_POLL_S)
        assert self._redirect is not None
        return self._redirect

    def close(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> CallbackServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _arrive(self, redirect: Redirect) -> None:
        if not self._arrived.is_set():
            self._redirect = redirect
            self._arrived.set()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "fastai-launcher"

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path != CALLBACK_PATH:
                    self.send_error(404)
                    return
                query = {key: values[0] for key, values in parse_qs(parts.query).items()}
                if "error" in query:
                    redirect = Redirect(state=query.get("state"), error=query["error"])
                elif "code" in query and "state" in query:
                    redirect = Redirect(code=query["code"], state=query["state"])
                else:
                    self.send_error(400)
                    return
                body = owner._page.body(redirect.error is None)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)
                owner._arrive(redirect)

            def log_message(self, format: str, *args: Any) -> None:
                # The request line holds the authorization code: never logged.
                del format, args

        return Handler


def check_redirect(redirect: Redirect, expected_state: str) -> str:
    """The code of a redirect whose state is ours; a typed error otherwise."""
    if redirect.error is not None:
        raise refused(redirect.error)
    if redirect.state != expected_state or not redirect.code:
        raise CredentialsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BrowserSignIn",
                    "The answer that reached the app does not belong to this sign-in, so the app did not use it.",
                ),
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "BrowserSignIn",
                    "Sign in with your browser again, using only the page the app opens.",
                ),
            ),
        )
    return redirect.code


def refused(error: str) -> CredentialsError:
    """The sign-in page answered with an OAuth `error` (the user cancelled, or AWS refused)."""
    return CredentialsError(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn", "The sign-in was cancelled or refused on the AWS page ({error})."
            ),
            error=error,
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn",
                "Sign in with your browser again and finish the AWS sign-in page.",
            ),
        ),
    )


def _timed_out(seconds: float) -> TimedOut:
    error = TimedOut()
    error.message = text(
        CTX,
        QT_TRANSLATE_NOOP(
            "BrowserSignIn",
            "The sign-in in the browser was not finished within {minutes} minutes.",
        ),
        minutes=max(1, round(seconds / 60)),
    )
    error.next_action = text(
        CTX,
        QT_TRANSLATE_NOOP(
            "BrowserSignIn",
            "Sign in with your browser again. If the page never came back to the app, use the sign-in with a code.",
        ),
    )
    return error


def _no_callback() -> NetworkError:
    return NetworkError(
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn",
                "The app cannot receive the browser's answer on this computer (no local port is free).",
            ),
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "BrowserSignIn",
                "Use the sign-in with a code instead: the AWS page shows a code that you paste into the app.",
            ),
        ),
    )

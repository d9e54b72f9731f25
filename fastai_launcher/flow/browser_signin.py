"""`Step.SIGN_IN` by browser: AWS Sign-In (as `aws login`) and IAM Identity Center.

The primary way in.  `sign_in_with_browser` opens AWS's own sign-in page
(root, IAM user or federated, MFA as usual), receives the code on a loopback
callback, and saves the session exactly as the AWS CLI does: the token under
`~/.aws/login/cache/`, `login_session` in the app's profile `fastai-launcher`.
Then it signs in with that profile (`flow.signin.sign_in_with_profile`), so
saved progress says `profile = fastai-launcher` and `resume_sign_in` works
after a restart; botocore refreshes the session for up to 12 hours.

An IAM Identity Center profile botocore can no longer use (no token, or one it
could not refresh) is signed in the same way (`sign_in_with_identity_center`,
which `flow.account.sign_in_by_profile` runs on `SsoSignInNeeded`).

When the browser cannot come back to this computer: `start_sign_in_with_code`
opens the page for the cross-device client and `finish_sign_in_with_code`
takes the code the AWS page shows.

`open_url(url) -> bool` opens the browser (the UI passes QDesktopServices);
False means it could not.  `page` holds the texts of the page the browser lands
on, in the user's language (`aws.oauth_callback.PAGE_DONE` / `PAGE_FAILED`
rendered by the UI).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core.errors import CredentialsError, LauncherError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.browser_signin import LoginSession, PendingSignIn
    from ..aws.credentials import Identity
    from ..aws.lifecycle import InstanceInfo
    from ..aws.oauth_callback import LandingPage

OpenUrl = Callable[[str], bool]
WAIT_TIMEOUT_S = 600.0


def sign_in_with_browser(
    ws: Workspace,
    ctx: TaskContext,
    open_url: OpenUrl,
    *,
    page: LandingPage | None = None,
    timeout: float = WAIT_TIMEOUT_S,
) -> Identity:
    """Sign in on AWS's page in the browser; the identity (`is_root` for the root user).

    Raises `CredentialsError` when the page was cancelled or refused, the answer
    was not this sign-in's, or the app's profile holds other credentials;
    `AccessDeniedError` (naming SignInLocalDevelopmentAccess and the app's
    policy) when an IAM user may not sign in this way; `TimedOut` after
    `timeout` s without an answer; `Cancelled` on a cancel.
    """
    from ..aws import login_files
    from ..aws.browser_signin import begin_sign_in

    login_files.ensure_profile_free(login_files.APP_PROFILE)
    with begin_sign_in(_region(ws), page=page) as pending:
        _open(ctx, open_url, pending.url)
        ctx.progress(_waiting())
        login = pending.wait(ctx, timeout)
    return _signed_in(ws, ctx, login)


def start_sign_in_with_code(ws: Workspace, ctx: TaskContext, open_url: OpenUrl) -> PendingSignIn:
    """Open AWS's page for a sign-in that ends with a code to paste; keep the result
    for `finish_sign_in_with_code` (its `url` can also be shown to copy)."""
    from ..aws import login_files
    from ..aws.browser_signin import begin_sign_in

    login_files.ensure_profile_free(login_files.APP_PROFILE)
    pending = begin_sign_in(_region(ws), cross_device=True)
    ctx.progress(_opening())
    open_url(pending.url)  # when it cannot, the UI shows `pending.url` to open elsewhere
    return pending


def finish_sign_in_with_code(
    ws: Workspace, ctx: TaskContext, pending: PendingSignIn, pasted: str
) -> Identity:
    """Trade the pasted code; the identity, as `sign_in_with_browser`."""
    ctx.progress(_checking())
    return _signed_in(ws, ctx, pending.complete(pasted))


def is_browser_sign_in(ws: Workspace) -> bool:
    """Whether the saved sign-in is a browser one (root is allowed to launch then)."""
    from ..aws.browser_signin import is_login_profile

    return bool(ws.progress.profile) and is_login_profile(str(ws.progress.profile))


def sign_in_with_identity_center(
    ws: Workspace,
    ctx: TaskContext,
    profile: str,
    open_url: OpenUrl,
    *,
    page: LandingPage | None = None,
    timeout: float = WAIT_TIMEOUT_S,
) -> Identity:
    """Sign an Identity Center profile in with the browser (authorization code for an
    sso-session profile, device code for a legacy one), then sign in with it."""
    from ..aws.identity_center import sign_in
    from .signin import sign_in_with_profile

    sign_in(profile, ctx, open_url, page=page, timeout=timeout)
    return sign_in_with_profile(ws, ctx, profile)


def _signed_in(ws: Workspace, ctx: TaskContext, login: LoginSession) -> Identity:
    from ..aws import login_files
    from ..aws.browser_signin import save_sign_in
    from .signin import sign_in_with_profile

    save_sign_in(login, login_files.APP_PROFILE, region=ws.progress.region)
    return sign_in_with_profile(ws, ctx, login_files.APP_PROFILE)


def _open(ctx: TaskContext, open_url: OpenUrl, url: str) -> None:
    ctx.progress(_opening())
    if not open_url(url):
        raise CredentialsError(
            text(
                "Flow",
                QT_TRANSLATE_NOOP("Flow", "The app could not open your web browser."),
            ),
            text(
                "Flow",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Use the sign-in with a code: open the address it shows in any browser and paste the code back.",
                ),
            ),
        )


def _region(ws: Workspace) -> str | None:
    return ws.progress.region


def _opening() -> Text:
    return text("Flow", QT_TRANSLATE_NOOP("Flow", "Opening the AWS sign-in page in your browser"))


def _waiting() -> Text:
    return text(
        "Flow", QT_TRANSLATE_NOOP("Flow", "Waiting for you to sign in to AWS in your browser")
    )


def _checking() -> Text:
    return text("Flow", QT_TRANSLATE_NOOP("Flow", "Checking the sign-in with AWS"))


def sign_in_ended(error: LauncherError) -> bool:
    """Whether `error` says the browser sign-in is over (12 hours, a new password):
    the answer is one click, `sign_in_again_and_stop` or the sign-in page."""
    from ..aws.catalogue import SignInEnded

    return isinstance(error, SignInEnded)


def sign_in_again_and_stop(
    ws: Workspace,
    ctx: TaskContext,
    open_url: OpenUrl,
    page: LandingPage | None = None,
    instance_id: str | None = None,
) -> InstanceInfo:
    """After the sign-in ended: the browser sign-in again, then the stop that needed it."""
    from .lifecycle import stop

    sign_in_with_browser(ws, ctx, open_url, page=page)
    return stop(ws, ctx, instance_id)


#: Where an IAM user's policies are attached.
IAM_USERS_URL = "https://console.aws.amazon.com/iam/home#/users"
#: AWS's managed policy an IAM user needs to sign in to local tools by browser.
SIGN_IN_POLICY = "SignInLocalDevelopmentAccess"


def permissions_missing(error: LauncherError) -> bool:
    """Whether `error` says the IAM user may not sign in by browser: it lacks AWS's
    `SignInLocalDevelopmentAccess` (and the app's own policy, named with it)."""
    from ..aws.catalogue import aws_code

    return aws_code(error) == "INSUFFICIENT_PERMISSIONS"


def app_policy_text() -> str:
    """The app's IAM policy (JSON), to paste in the IAM console."""
    from ..core.resources import resource

    return resource("iam-policy.json").read_text(encoding="utf-8")

"""The sign-in step as the page shows it: the account signed in (or why it may
not launch), the regions to choose from and the one to select.

Each function is one task of the page: look at the saved way in, sign in by
profile or by typed key, and answer with a `SignedIn`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.errors import CredentialsError, LauncherError
from ..core.task import TaskContext
from ..core.text import Translate
from .browser_signin import (
    OpenUrl,
    finish_sign_in_with_code,
    is_browser_sign_in,
    sign_in_with_browser,
    sign_in_with_identity_center,
)
from .signin import (
    available_profiles,
    choose_region,
    regions,
    resume_sign_in,
    sign_in_with_key,
    sign_in_with_profile,
    suggested_region,
)
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.browser_signin import PendingSignIn
    from ..aws.credentials import Identity, Profile
    from ..aws.oauth_callback import LandingPage
    from ..aws.regions import Region


@dataclass(frozen=True)
class SignedIn:
    identity: Identity | None
    root_refusal: CredentialsError | None
    regions: list[Region]
    region: str  # the one to select
    session_only: bool = False  # the secret is kept for this session only (no keyring)
    #: The saved way in is the browser sign-in (the app's `aws login` profile).
    by_browser: bool = False

    @property
    def root_by_browser(self) -> bool:
        """Signed in as the account's root user in the browser: allowed, with a word of advice."""
        return self.identity is not None and self.identity.is_root and self.by_browser


def _regions(ws: Workspace, ctx: TaskContext, signed_in: bool) -> list[Region]:
    from ..aws.regions import REGION_NAMES, Region, region_name

    if signed_in:
        return regions(ws, ctx)
    return [Region(code, region_name(code)) for code in REGION_NAMES]


def _root_refusal(ws: Workspace) -> CredentialsError | None:
    from .launch import require_launch_allowed

    try:
        require_launch_allowed(ws)
    except CredentialsError as refusal:
        return refusal
    return None


def signed_in_outcome(
    ws: Workspace, ctx: TaskContext, language: str, session_only: bool = False
) -> SignedIn:
    """What the page shows now: the identity, the regions, the region to select."""
    identity = ws.identity if ws.signed_in else None
    refusal = _root_refusal(ws) if identity is not None else None
    region = suggested_region(ws, language)
    return SignedIn(
        identity,
        refusal,
        _regions(ws, ctx, identity is not None),
        region,
        session_only,
        is_browser_sign_in(ws),
    )


def look_at_sign_in(
    ws: Workspace, ctx: TaskContext, language: str
) -> tuple[list[Profile], SignedIn]:
    """The AWS CLI profiles to offer, and the saved way in tried again (forgotten
    when it no longer works: the user signs in anew)."""
    profiles = available_profiles(ws, ctx)
    try:
        resume_sign_in(ws, ctx)
    except LauncherError:
        ws.sign_out()
    return profiles, signed_in_outcome(ws, ctx, language)


def landing_page(language: str, translate: Translate) -> LandingPage:
    """The page the browser shows once the sign-in is over, in the user's language."""
    from ..aws.oauth_callback import PAGE_DONE, PAGE_FAILED, LandingPage

    return LandingPage(PAGE_DONE.render(translate), PAGE_FAILED.render(translate), language)


def sign_in_by_browser(
    ws: Workspace,
    ctx: TaskContext,
    open_url: OpenUrl,
    page: LandingPage | None,
    region: str,
    language: str,
) -> SignedIn:
    """The primary way in: AWS's own sign-in page in the browser (as `aws login`)."""
    if region:
        ws.update(region=region)  # the session is made for the region the user sees
    sign_in_with_browser(ws, ctx, open_url, page=page)
    choose_region(ws, ctx, region or ws.progress.region or suggested_region(ws, language))
    return signed_in_outcome(ws, ctx, language)


def finish_sign_in_by_code(
    ws: Workspace, ctx: TaskContext, pending: PendingSignIn, pasted: str, region: str, language: str
) -> SignedIn:
    """The fallback: the code the AWS page showed, pasted into the app."""
    finish_sign_in_with_code(ws, ctx, pending, pasted.strip())
    choose_region(ws, ctx, region or ws.progress.region or suggested_region(ws, language))
    return signed_in_outcome(ws, ctx, language)


def sign_in_by_profile(
    ws: Workspace,
    ctx: TaskContext,
    profile: str,
    region: str,
    language: str,
    open_url: OpenUrl | None = None,
    page: LandingPage | None = None,
) -> SignedIn:
    """Sign in with an AWS CLI profile.  When botocore cannot use an IAM Identity
    Center profile (no token, or one it could not refresh), the profile is signed in
    with the browser and then used (no terminal); without a browser the error stands."""
    from ..aws.credentials import SsoSignInNeeded

    try:
        sign_in_with_profile(ws, ctx, profile)
    except SsoSignInNeeded:
        if open_url is None:
            raise
        sign_in_with_identity_center(ws, ctx, profile, open_url, page=page)
    choose_region(ws, ctx, region or ws.progress.region or "")
    return signed_in_outcome(ws, ctx, language)


def sign_in_by_key(
    ws: Workspace,
    ctx: TaskContext,
    key_id: str,
    secret: str,
    remember: bool,
    region: str,
    language: str,
) -> SignedIn:
    """Sign in with a typed access key, kept in the keyring when `remember` (or for
    this session only when the system has no keyring)."""
    from ..aws.credentials import KeyringUnavailable

    session_only = not remember
    try:
        sign_in_with_key(ws, ctx, key_id, secret, remember=remember)
    except KeyringUnavailable:
        sign_in_with_key(ws, ctx, key_id, secret, remember=False)
        session_only = True
    if region:
        choose_region(ws, ctx, region)
    return signed_in_outcome(ws, ctx, language, session_only)

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
    from ..aws.credentials import Identity, Profile
    from ..aws.regions import Region


@dataclass(frozen=True)
class SignedIn:
    identity: Identity | None
    root_refusal: CredentialsError | None
    regions: list[Region]
    region: str  # the one to select
    session_only: bool = False  # the secret is kept for this session only (no keyring)


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
        identity, refusal, _regions(ws, ctx, identity is not None), region, session_only
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


def sign_in_by_profile(
    ws: Workspace, ctx: TaskContext, profile: str, region: str, language: str
) -> SignedIn:
    sign_in_with_profile(ws, ctx, profile)
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

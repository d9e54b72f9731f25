"""`Step.SIGN_IN`: sign in to AWS and choose the region.

Two ways in: an AWS CLI profile, or an access key typed into the app (kept in
the OS keyring, or for this session only when `remember=False`).  Saved
progress remembers the profile name or the key *id* (never the secret), so
`resume_sign_in` signs in again after a restart without asking.  Root
credentials sign in (the user sees who they are) but `flow.launch` and
`flow.runs.express` refuse them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from ..core.errors import InputError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .steps import Step
from .workspace import Workspace, not_signed_in

T = TypeVar("T")

if TYPE_CHECKING:
    import boto3

    from ..aws.credentials import Identity, Profile
    from ..aws.regions import Region


def sign_in_with_key(
    ws: Workspace, ctx: TaskContext, key_id: str, secret: str, *, remember: bool = True
) -> Identity:
    """Check the typed key's shape, ask STS who it is, keep it; the identity.

    `remember=True` stores it in the OS keyring and raises `KeyringUnavailable`
    when there is none: the UI offers `remember=False` (this session only).
    """
    from ..aws.clients import session_from_key
    from ..aws.credentials import identify, parse_access_key, store_key

    ctx.progress(_checking())
    key = parse_access_key(key_id, secret)

    def make(region: str | None) -> boto3.Session:
        return session_from_key(key, region)

    identity = identify(make(ws.progress.region or _sts_region()))
    if remember:
        store_key(key)
    ws.set_credentials(make, identity)
    # The saved key id says where the secret is: kept when stored now, or stored before.
    stored = remember or key.key_id == ws.progress.access_key_id
    ws.update(profile=None, access_key_id=key.key_id if stored else None)
    if ws.progress.region:
        ws.done(Step.SIGN_IN)
    return identity


def sign_in_with_profile(ws: Workspace, ctx: TaskContext, profile: str) -> Identity:
    """Sign in with an AWS CLI profile (SSO included); the profile's region if none is chosen."""
    from ..aws.credentials import identify, profile_session

    ctx.progress(_checking())
    first = profile_session(profile, ws.progress.region)
    identity = identify(first, profile)

    def make(region: str | None) -> boto3.Session:
        return profile_session(profile, region)

    ws.set_credentials(make, identity)
    changes: dict[str, object] = {"profile": profile, "access_key_id": None}
    if not ws.progress.region and first.region_name:
        changes["region"] = first.region_name
    ws.update(**changes)
    if ws.progress.region:
        ws.done(Step.SIGN_IN)
    return identity


def resume_sign_in(ws: Workspace, ctx: TaskContext) -> Identity | None:
    """Sign in again as saved progress says (profile or keyring key); None when it cannot.

    Already signed in: the identity, with no call.  Tasks that start together (the
    tray's poll, the home view, a page) make one `GetCallerIdentity` between them.
    """
    while not ws.resuming.acquire(timeout=0.1):  # another task is signing in
        ctx.check()
    try:
        if ws.signed_in:
            return ws.identity
        if ws.progress.profile:
            return sign_in_with_profile(ws, ctx, ws.progress.profile)
        if ws.progress.access_key_id:
            from ..aws.credentials import KeyringUnavailable, load_key

            try:
                key = load_key(ws.progress.access_key_id)
            except KeyringUnavailable:
                return None
            if key is None:
                return None
            return sign_in_with_key(ws, ctx, key.key_id, key.secret, remember=False)
        return None
    finally:
        ws.resuming.release()


def ensure_signed_in(ws: Workspace, ctx: TaskContext) -> None:
    """Signed in, again as saved after a restart if need be; else `CredentialsError`
    saying how to sign in."""
    if not ws.signed_in and resume_sign_in(ws, ctx) is None:
        raise not_signed_in()


def on_workspace(
    ws: Workspace, fn: Callable[[Workspace, TaskContext], T], *, signed_in: bool = True
) -> Callable[[TaskContext], T]:
    """`fn(ws, ctx)` as a task for the runner: `task(ctx)`, signed in first unless
    `signed_in` is False."""

    def task(ctx: TaskContext) -> T:
        if signed_in:
            ensure_signed_in(ws, ctx)
        return fn(ws, ctx)

    task.__name__ = getattr(fn, "__name__", "step")
    return task


def available_profiles(ws: Workspace, ctx: TaskContext) -> list[Profile]:
    """The AWS CLI profiles on this computer."""
    del ws, ctx
    from ..aws.credentials import list_profiles

    return list_profiles()


def regions(ws: Workspace, ctx: TaskContext) -> list[Region]:
    """The regions the account may use, Seoul and Oregon first."""
    from ..aws.regions import list_regions

    ctx.check()
    return list_regions(ws.client("ec2", ws.progress.region or _sts_region()))


def suggested_region(ws: Workspace, locale_name: str) -> str:
    """The saved region, else the profile's, else Seoul for Korean, else Oregon."""
    from ..aws.regions import default_region

    if ws.progress.region:
        return ws.progress.region
    profile_region = None
    if ws.progress.profile:
        from ..aws.credentials import list_profiles

        profile_region = next(
            (p.region for p in list_profiles() if p.name == ws.progress.profile), None
        )
    return default_region(profile_region, locale_name)


def choose_region(ws: Workspace, ctx: TaskContext, region: str) -> None:
    """Use `region` from now on.  Key pairs and quota requests live in one region
    each, so a different region forgets them; while the app has an instance in the
    current region, the region cannot change (the app would lose sight of it)."""
    ctx.check()
    if region == ws.progress.region:
        if ws.signed_in:
            ws.done(Step.SIGN_IN)
        return
    if ws.progress.instance_id or ws.progress.client_token:
        raise InputError(
            text(
                "Flow",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Your instance {instance} is in the region {region}; the app works in that region while the instance exists.",
                ),
                instance=ws.progress.instance_id or "-",
                region=ws.progress.region or "-",
            ),
            text(
                "Flow",
                QT_TRANSLATE_NOOP(
                    "Flow",
                    "Keep the region, or delete the instance in the EC2 console first if you no longer need it.",
                ),
            ),
        )
    ws.update(region=region, key_name=None, key_fingerprint=None, quota_request_id=None)
    if ws.signed_in:
        ws.done(Step.SIGN_IN)


def _sts_region() -> str:
    return "us-east-1"


def _checking() -> Text:
    return text("Flow", QT_TRANSLATE_NOOP("Flow", "Checking the credentials with AWS"))

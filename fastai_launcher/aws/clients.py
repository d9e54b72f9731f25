"""Making boto3 sessions and the client settings every AWS call uses.

A session comes from an AWS CLI profile or from an access key held in memory.
boto3 itself honours `AWS_ENDPOINT_URL` (the test world and the sandbox use
it), so there is no other way in here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import boto3
import botocore.session
from botocore.config import Config
from botocore.exceptions import ProfileNotFound

from .model_loader import shared_loader

CONNECT_TIMEOUT_S = 10
READ_TIMEOUT_S = 30
MAX_ATTEMPTS = 5  # "standard" retry mode: backs off on throttling and transient errors
PRICING_REGION = "us-east-1"  # the Price List API answers from here


def client_config(
    max_attempts: int = MAX_ATTEMPTS,
    connect_timeout: float = CONNECT_TIMEOUT_S,
    read_timeout: float = READ_TIMEOUT_S,
) -> Config:
    """Retries in `standard` mode and bounded waits for every client the app makes."""
    return Config(
        retries={"mode": "standard", "max_attempts": max_attempts},
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        user_agent_extra="fastai-launcher",
    )


@dataclass(frozen=True)
class AccessKey:
    """An access key id and its secret, held in memory only.  `repr` hides the secret."""

    key_id: str
    secret: str = field(repr=False)
    session_token: str | None = field(default=None, repr=False)


def _botocore_session(profile: str | None = None) -> botocore.session.Session:
    """A botocore session on the process's one model loader (see `model_loader`).

    An unknown `profile` raises `ProfileNotFound` here, as boto3 does on its own.
    """
    session = botocore.session.get_session()
    if profile is not None and profile not in session.available_profiles:
        raise ProfileNotFound(profile=profile)
    session.register_component("data_loader", shared_loader())
    return session


def session_from_profile(profile: str | None, region: str | None = None) -> boto3.Session:
    """A session for an AWS CLI profile (`None`: the default chain)."""
    return boto3.Session(
        profile_name=profile, region_name=region, botocore_session=_botocore_session(profile)
    )


def session_from_key(key: AccessKey, region: str | None = None) -> boto3.Session:
    """A session on an access key that never touches a file."""
    return boto3.Session(
        aws_access_key_id=key.key_id,
        aws_secret_access_key=key.secret,
        aws_session_token=key.session_token,
        region_name=region,
        botocore_session=_botocore_session(),
    )

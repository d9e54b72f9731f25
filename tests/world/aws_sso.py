"""A TEST DOUBLE of the IAM Identity Center (SSO) portal's `GetRoleCredentials`.

moto has no SSO portal.  botocore turns an SSO profile's cached token (under
`~/.aws/sso/cache/`) into role credentials by calling the portal; this answers
that call with the world's keys, so "a cached SSO token works" is tested end to
end.  Whether the cached token has expired is decided by botocore itself,
before any call, as with real AWS.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

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

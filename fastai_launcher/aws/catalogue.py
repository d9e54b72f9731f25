"""One catalogue from AWS errors to the typed errors the user is shown.

Every `aws/` module lets botocore exceptions go through `translate_aws_error`,
which picks the error type, an English message (translated by the UI from the
`AwsErrors` context) and the next action.  AWS's own message text is not
repeated to the user except for codes the catalogue does not know.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from botocore.exceptions import (
    BotoCoreError,
    ClientError,
    ConnectionClosedError,
    ConnectTimeoutError,
    EndpointConnectionError,
    LoginError,
    LoginInsufficientPermissions,
    NoCredentialsError,
    ReadTimeoutError,
)

from ..core.errors import AwsError, CapacityError, CredentialsError, LauncherError, NetworkError
from ..core.text import QT_TRANSLATE_NOOP, Text, text

if TYPE_CHECKING:
    from mypy_boto3_sts import STSClient

CTX = "AwsErrors"
IAM_USERS_URL = "https://console.aws.amazon.com/iam/home#/users"


class QuotaError(AwsError):
    """The account's limit (vCPU quota, instance count) does not allow this."""


class AccessDeniedError(AwsError):
    """The IAM user or role is not allowed to do this."""


class SignInEnded(CredentialsError):
    """A browser sign-in (`login_session`) can no longer refresh: sign in with the browser again."""


class ThrottledError(AwsError):
    """AWS asked us to slow down; trying again shortly works."""

    retryable = True


@dataclass(frozen=True)
class Entry:
    kind: type[LauncherError]
    message: str
    next_action: str


# Messages may use {code}, {operation} and {region}; next actions also {url} (IAM users).
CATALOGUE: dict[str, Entry] = {
    "InsufficientInstanceCapacity": Entry(
        CapacityError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "AWS has no free capacity for this GPU type in this availability zone right now.",
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Try again in a few minutes, or choose another region or GPU type.",
        ),
    ),
    "VcpuLimitExceeded": Entry(
        QuotaError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Your account's vCPU quota for this instance type in {region} is too low to start it.",
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Request a quota increase in the GPU quota step, or stop your other running instances.",
        ),
    ),
    "InstanceLimitExceeded": Entry(
        QuotaError,
        QT_TRANSLATE_NOOP(
            "AwsErrors", "Your account may not run more instances of this type in {region}."
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Stop an instance you no longer use, or request a quota increase in the GPU quota step.",
        ),
    ),
    "UnauthorizedOperation": Entry(
        AccessDeniedError,
        QT_TRANSLATE_NOOP("AwsErrors", "Your AWS user is not allowed to do this ({operation})."),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Ask the account's administrator to attach the fastai-launcher IAM policy to your user.",
        ),
    ),
    "AuthFailure": Entry(
        CredentialsError,
        QT_TRANSLATE_NOOP("AwsErrors", "AWS did not accept these credentials."),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Check the access key ID and secret, or create a new access key in the IAM console.",
        ),
    ),
    "InvalidClientTokenId": Entry(
        CredentialsError,
        QT_TRANSLATE_NOOP("AwsErrors", "AWS does not know this access key ID."),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Check the access key ID for typos, or create a new access key in the IAM console.",
        ),
    ),
    "SignatureDoesNotMatch": Entry(
        CredentialsError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "AWS rejected the request's signature: the secret access key is wrong, or this computer's clock is off.",
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Check the secret access key. If it is right, let your computer set its clock automatically: AWS allows only a few minutes of difference.",
        ),
    ),
    "ExpiredToken": Entry(
        CredentialsError,
        QT_TRANSLATE_NOOP("AwsErrors", "Your temporary AWS credentials have expired."),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Sign in again on the sign-in page (with your browser, or your IAM Identity Center profile), then try again.",
        ),
    ),
    "OptInRequired": Entry(
        AwsError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "This AWS account cannot use EC2 in {region} yet: the sign-up is not finished or the region is not enabled.",
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Finish the account sign-up (payment method and phone check) or enable the region in the AWS console; new accounts can take a few minutes.",
        ),
    ),
    "InvalidKeyPair.Duplicate": Entry(
        AwsError,
        QT_TRANSLATE_NOOP("AwsErrors", "A key pair with this name already exists in {region}."),
        QT_TRANSLATE_NOOP(
            "AwsErrors", "Try again: the app then picks a new name and leaves the old key alone."
        ),
    ),
    "InvalidAMIID.NotFound": Entry(
        AwsError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "The Deep Learning AMI was not found in {region}; it may have been retired.",
        ),
        QT_TRANSLATE_NOOP("AwsErrors", "Try again: the app looks up the newest AMI again."),
    ),
    "RequestLimitExceeded": Entry(
        ThrottledError,
        QT_TRANSLATE_NOOP("AwsErrors", "AWS received too many requests and asked us to slow down."),
        QT_TRANSLATE_NOOP("AwsErrors", "Wait a minute, then try again."),
    ),
    "Unsupported": Entry(
        CapacityError,
        QT_TRANSLATE_NOOP(
            "AwsErrors", "This instance type is not offered in this availability zone."
        ),
        QT_TRANSLATE_NOOP("AwsErrors", "Choose another region or GPU type."),
    ),
    "IdempotentParameterMismatch": Entry(
        AwsError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "An earlier launch with the same request token used different settings.",
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Look for the earlier instance on the home page, or start a new launch with new settings.",
        ),
    ),
    # AWS Sign-In (browser sign-in): the `error` field of CreateOAuth2Token's AccessDeniedException.
    "AUTHCODE_EXPIRED": Entry(
        CredentialsError,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "The sign-in took too long: the code from the AWS sign-in page expired before the app could use it.",
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Sign in with your browser again, and come back to the app as soon as the page says so.",
        ),
    ),
    "INSUFFICIENT_PERMISSIONS": Entry(
        AccessDeniedError,
        QT_TRANSLATE_NOOP(
            "AwsErrors", "Your IAM user is not allowed to sign in to apps on this computer."
        ),
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "In the IAM console ({url}), attach the AWS managed policy SignInLocalDevelopmentAccess and the fastai-launcher policy to your IAM user (or ask your administrator to), then sign in again.",
        ),
    ),
    "TOKEN_EXPIRED": Entry(
        SignInEnded,
        QT_TRANSLATE_NOOP(
            "AwsErrors",
            "Your browser sign-in has ended: it lasts up to 12 hours, and ends sooner when the password changes.",
        ),
        QT_TRANSLATE_NOOP("AwsErrors", "Sign in with your browser again."),
    ),
}
# Other spellings AWS services use for the same situations.
ALIASES = {
    "UnrecognizedClientException": "InvalidClientTokenId",
    "InvalidAccessKeyId": "InvalidClientTokenId",
    "ExpiredTokenException": "ExpiredToken",
    "RequestExpired": "SignatureDoesNotMatch",
    "AccessDenied": "UnauthorizedOperation",
    "AccessDeniedException": "UnauthorizedOperation",
    "Throttling": "RequestLimitExceeded",
    "ThrottlingException": "RequestLimitExceeded",
    "TooManyRequestsException": "RequestLimitExceeded",
    "InvalidAMIID.Unavailable": "InvalidAMIID.NotFound",
    "USER_CREDENTIALS_CHANGED": "TOKEN_EXPIRED",
}

_ENCODED = re.compile(r"Encoded authorization failure message:\s*(\S+)")


def error_code(exc: ClientError) -> str:
    """AWS's error code (`InvalidKeyPair.Duplicate`, ...); empty when it gave none."""
    return str(exc.response.get("Error", {}).get("Code", ""))


def _network_error(exc: BotoCoreError) -> NetworkError:
    endpoint = str(getattr(exc, "kwargs", {}).get("endpoint_url", "AWS"))
    return NetworkError(
        text(
            CTX,
            QT_TRANSLATE_NOOP("AwsErrors", "AWS cannot be reached ({endpoint})."),
            endpoint=endpoint,
        ),
        text(
            CTX,
            QT_TRANSLATE_NOOP(
                "AwsErrors",
                "Check your internet connection (and proxy or firewall), then try again.",
            ),
        ),
    )


def _decoded_detail(message: str, decode: Callable[[str], str] | None) -> Text | None:
    """What IAM refused, from the encoded message, when the user may decode it."""
    match = _ENCODED.search(message)
    if decode is None or match is None:
        return None
    try:
        context = json.loads(decode(match.group(1))).get("context", {})
    except (ClientError, BotoCoreError, ValueError, AttributeError):
        return None  # decoding needs sts:DecodeAuthorizationMessage, which may be refused too
    action = context.get("action")
    if not action:
        return None
    return text(
        CTX,
        QT_TRANSLATE_NOOP("AwsErrors", "AWS refused the action {action} on {resource}."),
        action=action,
        resource=context.get("resource", "*"),
    )


def sts_decoder(sts: STSClient) -> Callable[[str], str]:
    """`decode` for `translate_aws_error`: turns an encoded authorization message into JSON."""

    def decode(encoded: str) -> str:
        return sts.decode_authorization_message(EncodedMessage=encoded)["DecodedMessage"]

    return decode


def translate_aws_error(
    exc: BaseException,
    region: str = "",
    decode: Callable[[str], str] | None = None,
) -> LauncherError:
    """The typed error for a botocore exception (a `LauncherError` passes through).

    `decode` (see `sts_decoder`) lets an `UnauthorizedOperation` say which
    action was refused.
    """
    if isinstance(exc, LauncherError):
        return exc
    if isinstance(
        exc,
        EndpointConnectionError | ConnectTimeoutError | ReadTimeoutError | ConnectionClosedError,
    ):
        return _network_error(exc)
    if isinstance(exc, NoCredentialsError):
        return CredentialsError(
            text(CTX, QT_TRANSLATE_NOOP("AwsErrors", "No AWS credentials were found.")),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "AwsErrors", "Sign in with an AWS profile or an access key first."
                ),
            ),
        )
    if isinstance(exc, LoginError):
        # botocore's LoginProvider failed to refresh a browser sign-in for any call.
        code = (
            "INSUFFICIENT_PERMISSIONS"
            if isinstance(exc, LoginInsufficientPermissions)
            else "TOKEN_EXPIRED"
        )
        return catalogue_error(code, url=IAM_USERS_URL)
    if isinstance(exc, ClientError) and exc.operation_name == "CreateOAuth2Token":
        # A refresh of a browser sign-in that AWS refuses (4xx): the session is over.
        status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        oauth_error = str(exc.response.get("error", ""))
        if 400 <= status < 500:
            known = oauth_error in ("INSUFFICIENT_PERMISSIONS", "AUTHCODE_EXPIRED")
            return catalogue_error(oauth_error if known else "TOKEN_EXPIRED", url=IAM_USERS_URL)
    if not isinstance(exc, ClientError):
        return AwsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP("AwsErrors", "The AWS request failed: {problem}"),
                problem=type(exc).__name__,
            )
        )
    code = error_code(exc)
    aws_message = str(exc.response.get("Error", {}).get("Message", ""))
    operation = exc.operation_name
    entry = CATALOGUE.get(ALIASES.get(code, code))
    if entry is None:
        unknown = AwsError(
            text(
                CTX,
                QT_TRANSLATE_NOOP("AwsErrors", "AWS refused {operation}: {code}: {aws_message}"),
                operation=operation,
                code=code,
                aws_message=aws_message,
            )
        )
        unknown.aws_code = code  # type: ignore[attr-defined]
        return unknown
    message = Text(CTX, entry.message, {"code": code, "operation": operation, "region": region})
    if entry.kind is AccessDeniedError:
        detail = _decoded_detail(aws_message, decode)
        if detail is not None:
            message = detail
    args = {"code": code, "operation": operation, "region": region, "url": IAM_USERS_URL}
    translated = entry.kind(message, Text(CTX, entry.next_action, args))
    translated.aws_code = code  # type: ignore[attr-defined]
    return translated


def catalogue_error(code: str, **args: object) -> LauncherError:
    """The typed error of a catalogue entry, its next action filled with `args`."""
    entry = CATALOGUE[ALIASES.get(code, code)]
    error = entry.kind(Text(CTX, entry.message, {}), Text(CTX, entry.next_action, args))
    error.aws_code = code  # type: ignore[attr-defined]
    return error


def aws_code(error: LauncherError) -> str | None:
    """The AWS error code a translated error came from, if any."""
    return getattr(error, "aws_code", None)

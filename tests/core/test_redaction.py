"""No secret reaches the log file: not in a message, its arguments, or a traceback."""

from __future__ import annotations

import logging

import pytest

from fastai_launcher.core.logs import (
    close_logging,
    forget_secret,
    logger,
    register_secret,
    setup_logging,
)

ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
SESSION_KEY_ID = "ASIAY34FZKBOKMUTVV7A"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
REGISTERED = "correct-horse-battery-staple"  # e.g. a secret the user typed
TOKEN = "4f1c0e8a9b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c"
PRIVATE_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBmYWtlZmFrZWZha2VmYWtlZmFrZWZha2VmYWtlZmFrZQAAAJj6c2VjcmV0
-----END OPENSSH PRIVATE KEY-----"""
RSA_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw
-----END RSA PRIVATE KEY-----"""
KEY_BODY = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"
RSA_BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw"

SECRETS = [ACCESS_KEY_ID, SESSION_KEY_ID, SECRET_KEY, REGISTERED, TOKEN, KEY_BODY, RSA_BODY]


@pytest.fixture(autouse=True)
def root_level():
    level = logging.getLogger().level
    yield
    logging.getLogger().setLevel(level)


@pytest.fixture
def log_file(app_paths):
    handlers = setup_logging(app_paths, stderr=False)
    register_secret(REGISTERED)
    yield app_paths.log_file
    forget_secret(REGISTERED)
    close_logging(handlers)


def read(log_file) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_file.read_text(encoding="utf-8")


@pytest.mark.expect_error_log("sign-in failed")
def test_no_secret_of_any_kind_reaches_the_log_file(log_file):
    aws, ssh, ui = logger("aws"), logger("ssh"), logger("ui")
    aws.info("using access key %s", ACCESS_KEY_ID)
    aws.info("temporary credentials %s", {"AccessKeyId": SESSION_KEY_ID, "SessionToken": "x"})
    aws.info("aws_secret_access_key = %s", SECRET_KEY)
    aws.info('config {"SecretAccessKey": "%s"}', SECRET_KEY)
    aws.info("the secret key %s was typed", SECRET_KEY)
    ui.info("the user typed %r", REGISTERED)
    ssh.info("jupyter at http://127.0.0.1:8888/lab?token=%s", TOKEN)
    ssh.info('server list {"url": "http://localhost:8888/", "token": "%s"}', TOKEN)
    ssh.info("Authorization: token %s", TOKEN)
    ssh.info("made key\n%s", PRIVATE_KEY)
    ssh.info("legacy key %s", RSA_KEY)

    def sign_in(secret: str) -> None:
        raise ValueError(
            f"bad credentials {ACCESS_KEY_ID}/{secret} for {REGISTERED} token={TOKEN}\n{PRIVATE_KEY}"
        )

    try:
        sign_in(SECRET_KEY)
    except ValueError:
        aws.exception("sign-in failed")

    content = read(log_file)
    for secret in SECRETS:
        assert secret not in content
    # What is left still tells what happened, and where.
    assert "using access key AKIA[REDACTED]" in content
    assert "?token=[REDACTED]" in content
    assert "-----BEGIN OPENSSH PRIVATE KEY----- [REDACTED]" in content
    assert "Traceback (most recent call last)" in content
    assert "in sign_in" in content and "ValueError: bad credentials AKIA[REDACTED]" in content
    assert "fastai_launcher.aws" in content and "fastai_launcher.ssh" in content


def test_ordinary_text_is_left_alone(log_file):
    commit = "0123456789abcdef0123456789abcdef01234567"  # 40 characters, but no secret
    logger("aws").info("instance i-0abc in us-east-1, AMI built from %s", commit)
    assert f"instance i-0abc in us-east-1, AMI built from {commit}" in read(log_file)


def test_the_log_rotates(app_paths):
    handlers = setup_logging(app_paths, max_bytes=2_000, backups=2, stderr=False)
    try:
        for n in range(200):
            logger("app").info("line %d of a long session", n)
    finally:
        close_logging(handlers)
    names = sorted(p.name for p in app_paths.logs.iterdir())
    assert names == ["fastai-launcher.log", "fastai-launcher.log.1", "fastai-launcher.log.2"]


SESSION_TOKEN = (
    "IQoJb3JpZ2luX2VjEHoaCXVzLWVhc3QtMSJHMEUCIQDexample+session/token5Lmh0dHA6Ly9leGFtcGxlLmNvbS8=="
)
ACCESS_TOKEN = "aoaAAAAAGVybWFpbC1zc28tYWNjZXNzLXRva2VuLWV4YW1wbGU"
REFRESH_TOKEN = "aorAAAAAGV4YW1wbGUtcmVmcmVzaC10b2tlbi1mb3ItdGVzdHM"
ID_TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhcm46YXdzOnN0czo6MTIzIn0.c2lnbmF0dXJl"
DPOP_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2In0.eyJodG0iOiJQT1NUIn0.cHJvb2Y"
CLIENT_SECRET = "eyJraWQiOiJrZXktMTIzIn0.Y2xpZW50LXNlY3JldA.c2lnbmVk"
TOKEN_FORMS = [
    f"aws_session_token = {SESSION_TOKEN}",
    f"aws_security_token={SESSION_TOKEN}",
    f'{{"SessionToken": "{SESSION_TOKEN}", "Expiration": "2026-12-06T12:00:00Z"}}',
    f"{{'SessionToken': '{SESSION_TOKEN}'}}",
    f"<Credentials><SessionToken>{SESSION_TOKEN}</SessionToken></Credentials>",
    f'{{"accessToken": {{"sessionToken": "{SESSION_TOKEN}"}}, "refreshToken": "{REFRESH_TOKEN}"}}',
    f'{{"accessToken": "{ACCESS_TOKEN}", "expiresAt": "2026-12-06T20:00:00Z"}}',
    f'{{"idToken": "{ID_TOKEN}", "clientSecret": "{CLIENT_SECRET}"}}',
    f"Authorization: Bearer {ACCESS_TOKEN}",
    f"headers={{'Authorization': b'Bearer {ACCESS_TOKEN}', 'DPoP': b'{DPOP_PROOF}'}}",
    f"DPoP: {DPOP_PROOF}",
    f"X-Amz-Security-Token: {SESSION_TOKEN}",
    f"headers={{'X-Amz-Security-Token': b'{SESSION_TOKEN}', 'X-Amz-Date': b'20261206T120000Z'}}",
    f"https://bucket.s3.amazonaws.com/k?X-Amz-Security-Token={SESSION_TOKEN}&X-Amz-Expires=60",
]
TOKENS = [SESSION_TOKEN, ACCESS_TOKEN, REFRESH_TOKEN, ID_TOKEN, DPOP_PROOF, CLIENT_SECRET]


@pytest.mark.parametrize("line", TOKEN_FORMS)
def test_session_sso_and_browser_sign_in_tokens_are_redacted_in_every_form(line):
    from fastai_launcher.core.logs import redact

    redacted = redact(line)
    assert not [token for token in TOKENS if token in redacted], redacted
    assert "[REDACTED]" in redacted


def test_the_names_around_a_redacted_token_stay_readable():
    from fastai_launcher.core.logs import redact

    assert redact(f"X-Amz-Security-Token: {SESSION_TOKEN}") == "X-Amz-Security-Token: [REDACTED]"
    assert redact(f"Authorization: Bearer {ACCESS_TOKEN}") == "Authorization: Bearer [REDACTED]"
    assert (
        redact(f'{{"accessToken": "{ACCESS_TOKEN}", "expiresAt": "2026-12-06T20:00:00Z"}}')
        == '{"accessToken": "[REDACTED]", "expiresAt": "2026-12-06T20:00:00Z"}'
    )
    assert redact("the session token expired at 12:00") == "the session token expired at 12:00"


def test_a_secret_typed_by_the_user_is_registered_when_it_is_read(log_file):
    from fastai_launcher.aws.credentials import parse_access_key

    typed = "tYpEdSeCrEtKeYtHaTnOpAtTeRnCaNsPoT/00000"  # 40 characters, as AWS makes them
    parse_access_key(ACCESS_KEY_ID, f"  {typed} ")
    logger("ui").info("the field held %s", typed)
    logger("ui").info("a 39-character slice: %s", typed[:39])
    content = read(log_file)
    assert typed not in content and typed[:39] in content  # the registered value, exactly
    forget_secret(typed)

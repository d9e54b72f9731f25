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

"""Signing in with the browser (AWS Sign-In, as `aws login`), against the world's double.

The user's browser is played by `tests.world.aws_signin.browse` (urllib following
the sign-in page's links and redirects); everything else is the app's real code,
botocore's real `LoginProvider` and moto's STS.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
import threading
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest

from fastai_launcher.aws import browser_signin, login_files
from fastai_launcher.aws.browser_signin import (
    CROSS_DEVICE_CLIENT,
    SAME_DEVICE_CLIENT,
    begin_sign_in,
    save_sign_in,
)
from fastai_launcher.aws.catalogue import AccessDeniedError, SignInEnded, translate_aws_error
from fastai_launcher.aws.clients import session_from_profile
from fastai_launcher.aws.credentials import identify
from fastai_launcher.aws.oauth_callback import LandingPage
from fastai_launcher.core.errors import CredentialsError, TimedOut
from fastai_launcher.core.logs import close_logging, setup_logging
from fastai_launcher.core.task import TaskContext
from tests.world.aws import write_profile
from tests.world.aws_signin import ACCOUNT_ID, PRINCIPALS, browse

# Exactly what botocore's LoginProvider / LoginCredentialFetcher read from the cache.
TOKEN_FIELDS = {
    "accessToken",
    "tokenType",
    "clientId",
    "refreshToken",
    "idToken",
    "dpopKey",
    "signInRegion",
}
ACCESS_FIELDS = {"accessKeyId", "secretAccessKey", "sessionToken", "accountId", "expiresAt"}


def sign_in(who: str = "student", page: LandingPage | None = None):
    """A same-device sign-in with the browser played on a thread; (session, landing page)."""
    visits = []
    with begin_sign_in("us-west-2", page=page) as pending:
        browser = threading.Thread(target=lambda: visits.append(browse(pending.url, who)))
        browser.start()
        try:
            login = pending.wait(TaskContext(), timeout=30)
        finally:
            browser.join(10)
    return login, visits[0]


def fresh_process_identity(profile: str) -> dict:
    """sts get-caller-identity from a new Python process with only AWS_PROFILE to go on."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
    }
    env["AWS_PROFILE"] = profile
    code = "import boto3, json; print(json.dumps(boto3.client('sts').get_caller_identity()))"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_authorize_url_is_aws_login_s_on_the_signin_endpoint_botocore_resolves(signin_world):
    with begin_sign_in("us-west-2") as pending:
        parts = urlsplit(pending.url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        assert f"{parts.scheme}://{parts.netloc}" == signin_world.endpoint
        assert parts.path == "/v1/authorize"
        assert query["client_id"] == SAME_DEVICE_CLIENT
        assert query["response_type"] == "code"
        assert query["code_challenge_method"] == "SHA-256"
        assert len(query["code_challenge"]) == 43
        assert query["redirect_uri"].startswith("http://127.0.0.1:")
        assert query["redirect_uri"].endswith("/oauth/callback")


def test_without_an_endpoint_setting_the_page_is_aws_s_own(monkeypatch):
    for name in ("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SIGNIN"):
        monkeypatch.delenv(name, raising=False)
    with begin_sign_in("eu-west-1", cross_device=True) as pending:
        assert pending.url.startswith("https://eu-west-1.signin.aws.amazon.com/v1/authorize?")
    monkeypatch.setenv("AWS_ENDPOINT_URL_SIGNIN", "http://127.0.0.1:9/signin")
    with begin_sign_in("eu-west-1", cross_device=True) as pending:
        assert pending.url.startswith("http://127.0.0.1:9/signin/v1/authorize?")


def test_an_iam_user_signs_in_and_a_fresh_boto3_process_is_the_same_person(
    signin_world, isolated_home
):
    login, landing = sign_in("student")
    assert login.session == PRINCIPALS["student"].arn
    assert (login.account, login.is_root) == (ACCOUNT_ID, False)
    assert "Go back to fastai-launcher" in landing.body

    save_sign_in(login, region="us-west-2")
    cache = login_files.login_cache_file(login.session)
    assert cache.parent == isolated_home / ".aws" / "login" / "cache"
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    token = json.loads(cache.read_text())
    assert set(token) == TOKEN_FIELDS
    assert set(token["accessToken"]) == ACCESS_FIELDS
    assert token["clientId"] == SAME_DEVICE_CLIENT
    assert token["dpopKey"].startswith("-----BEGIN EC PRIVATE KEY-----")
    config = (isolated_home / ".aws" / "config").read_text()
    assert (
        f"[profile fastai-launcher]\nlogin_session = {login.session}\nregion = us-west-2\n"
        in config
    )

    identity = fresh_process_identity("fastai-launcher")
    assert identity["Arn"] == PRINCIPALS["student"].arn
    assert identity["Account"] == ACCOUNT_ID


def test_root_signs_in_by_browser_and_is_reported_as_root(signin_world):
    login, _ = sign_in("root")
    assert login.is_root
    save_sign_in(login)
    assert fresh_process_identity("fastai-launcher")["Arn"] == f"arn:aws:iam::{ACCOUNT_ID}:root"


def test_the_landing_page_speaks_the_user_s_language(signin_world):
    page = LandingPage(done="로그인했습니다. 앱으로 돌아가십시오.", failed="실패", language="ko")
    _, landing = sign_in("student", page)
    assert "로그인했습니다. 앱으로 돌아가십시오." in landing.body
    assert 'lang="ko"' in landing.body


def test_botocore_refreshes_the_session_itself_with_the_saved_dpop_key(signin_world):
    signin_world.set_expires_in(60)  # inside botocore's 5-minute refresh window at once
    login, _ = sign_in("student")
    save_sign_in(login)
    before = json.loads(login_files.login_cache_file(login.session).read_text())

    assert fresh_process_identity("fastai-launcher")["Arn"] == login.session
    after = json.loads(login_files.login_cache_file(login.session).read_text())
    assert after["refreshToken"] != before["refreshToken"]
    assert after["accessToken"]["accessKeyId"] != before["accessToken"]["accessKeyId"]
    refreshes = [c for c in signin_world.calls() if c["grantType"] == "refresh_token"]
    assert refreshes and "error" not in refreshes[0]


def test_a_session_that_can_no_longer_refresh_is_a_clear_error(signin_world):
    signin_world.set_expires_in(60)
    login, _ = sign_in("student")
    save_sign_in(login)
    assert identify(session_from_profile("fastai-launcher"), "fastai-launcher")  # refreshes fine
    signin_world.end_sessions("TOKEN_EXPIRED")
    token = json.loads(login_files.login_cache_file(login.session).read_text())
    token["accessToken"]["expiresAt"] = "2020-01-01T00:00:00Z"
    login_files.write_login_token(login.session, token)
    with pytest.raises(SignInEnded) as caught:
        identify(session_from_profile("fastai-launcher"), "fastai-launcher")
    assert "browser sign-in has ended" in str(caught.value)
    assert "Sign in with your browser again" in caught.value.next_action.render()

    # Any other call the app makes with the profile fails with the same type.
    ec2 = session_from_profile("fastai-launcher", "us-west-2").client("ec2")
    with pytest.raises(Exception) as failed:
        ec2.describe_instances()
    assert isinstance(translate_aws_error(failed.value), SignInEnded)


def test_cancelling_on_the_aws_page_is_a_clear_error(signin_world):
    with pytest.raises(CredentialsError, match="cancelled or refused"):
        sign_in("cancel")


def test_an_answer_with_another_state_is_refused(signin_world):
    with begin_sign_in("us-west-2") as pending:
        forged = pending.redirect_uri + "?code=stolen&state=not-ours"
        threading.Thread(target=lambda: urllib.request.urlopen(forged, timeout=10).read()).start()
        with pytest.raises(CredentialsError, match="does not belong to this sign-in"):
            pending.wait(TaskContext(), timeout=30)
    assert signin_world.calls() == []  # the code was never sent to AWS


def test_nobody_coming_back_from_the_browser_times_out(signin_world):
    with begin_sign_in("us-west-2") as pending, pytest.raises(TimedOut) as caught:
        pending.wait(TaskContext(), timeout=0.5)
    assert "was not finished within" in str(caught.value)
    assert "sign-in with a code" in caught.value.next_action.render()


def test_the_callback_port_is_closed_after_the_sign_in(signin_world):
    with begin_sign_in("us-west-2") as pending:
        callback = pending.redirect_uri
    with pytest.raises(OSError):
        urllib.request.urlopen(callback + "?code=x&state=y", timeout=2)


def test_an_iam_user_without_the_sign_in_policy_is_told_exactly_what_to_attach(signin_world):
    with pytest.raises(AccessDeniedError) as caught:
        sign_in("student-without-sign-in")
    action = caught.value.next_action.render()
    assert "SignInLocalDevelopmentAccess" in action
    assert "fastai-launcher policy" in action
    assert "console.aws.amazon.com/iam" in action


def test_cross_device_sign_in_with_the_pasted_code(signin_world):
    with begin_sign_in("us-west-2", cross_device=True) as pending:
        query = parse_qs(urlsplit(pending.url).query)
        assert query["client_id"] == [CROSS_DEVICE_CLIENT]
        assert query["redirect_uri"] == [f"{signin_world.endpoint}/v1/sessions/confirmation"]
        visit = browse(pending.url, "student")
        login = pending.complete("  " + visit.pasted_code + "\n")
    assert login.session == PRINCIPALS["student"].arn
    assert login.token["clientId"] == CROSS_DEVICE_CLIENT


def test_a_code_pasted_too_late_is_authcode_expired(signin_world):
    with begin_sign_in("us-west-2", cross_device=True) as pending:
        visit = browse(pending.url, "student")
        signin_world.expire_codes()
        with pytest.raises(CredentialsError) as caught:
            pending.complete(visit.pasted_code)
    assert "code from the AWS sign-in page expired" in str(caught.value)


@pytest.mark.parametrize("pasted", ["", "not base64 !", "aGVsbG8="])
def test_a_pasted_text_that_is_not_the_code_is_refused_before_any_call(signin_world, pasted):
    with (
        begin_sign_in("us-west-2", cross_device=True) as pending,
        pytest.raises(CredentialsError, match="not the code"),
    ):
        pending.complete(pasted)
    assert signin_world.calls() == []


def test_a_profile_with_other_credentials_is_never_overwritten(signin_world, isolated_home):
    write_profile(isolated_home, "fastai-launcher")
    config = (isolated_home / ".aws" / "config").read_text()
    login, _ = sign_in("student")
    with pytest.raises(CredentialsError, match="already holds other credentials"):
        save_sign_in(login)
    assert (isolated_home / ".aws" / "config").read_text() == config
    assert not login_files.login_cache_file(login.session).exists()


def test_signing_in_again_replaces_the_app_s_own_session_and_keeps_the_rest(
    signin_world, isolated_home
):
    config = isolated_home / ".aws" / "config"
    config.parent.mkdir(parents=True)
    config.write_text("# mine\n[default]\nregion = eu-west-1\n\n[profile other]\noutput = json\n")
    first, _ = sign_in("student")
    save_sign_in(first, region="us-west-2")
    second, _ = sign_in("root")
    save_sign_in(second, region="ap-northeast-2")
    text = config.read_text()
    assert text.startswith(
        "# mine\n[default]\nregion = eu-west-1\n\n[profile other]\noutput = json\n"
    )
    assert text.count("login_session") == 1
    assert f"login_session = {second.session}\nregion = us-west-2\n" in text
    assert browser_signin.is_login_profile("fastai-launcher")
    assert not browser_signin.is_login_profile("other")


def test_the_profile_writer_edits_one_section_only():
    before = "[profile a]\nx = 1\n\n[ profile  b ]\nlogin_session = old\ny = 2\n"
    after = login_files.set_profile_values(before, "b", {"login_session": "new", "region": "r"})
    assert after == "[profile a]\nx = 1\n\n[ profile  b ]\nlogin_session = new\ny = 2\nregion = r\n"
    assert login_files.set_profile_values("", "c", {"k": "v"}) == "[profile c]\nk = v\n"
    assert (
        login_files.set_profile_values("[default]\n", "default", {"k": "v"}) == "[default]\nk = v\n"
    )


def test_nothing_secret_reaches_the_log_even_with_botocore_at_debug(signin_world, app_paths):
    handlers = setup_logging(app_paths, level=logging.DEBUG, stderr=False)
    logging.getLogger("botocore").setLevel(logging.DEBUG)
    try:
        with begin_sign_in("us-west-2") as pending:
            verifier = pending._pkce.verifier
            browser = threading.Thread(target=browse, args=(pending.url, "student"))
            browser.start()
            login = pending.wait(TaskContext(), timeout=30)
            browser.join(10)
    finally:
        close_logging(handlers)
        logging.getLogger("botocore").setLevel(logging.WARNING)
    logged = app_paths.log_file.read_text()
    assert "CreateOAuth2Token" in logged  # botocore did log the exchange
    assert verifier not in logged
    for secret in (
        login.token["refreshToken"],
        login.token["accessToken"]["secretAccessKey"],
        login.token["accessToken"]["sessionToken"],
    ):
        assert secret not in logged
    assert login.token["refreshToken"] not in repr(login)


def test_a_refresh_token_aws_no_longer_knows_ends_the_session(signin_world):
    signin_world.set_expires_in(60)
    login, _ = sign_in("student")
    save_sign_in(login)
    token = json.loads(login_files.login_cache_file(login.session).read_text())
    token["refreshToken"] = "revoked"
    login_files.write_login_token(login.session, token)
    with pytest.raises(SignInEnded):
        identify(session_from_profile("fastai-launcher"), "fastai-launcher")


def test_an_iam_user_without_the_app_s_policy_signs_in_but_is_refused_by_ec2(signin_world):
    login, _ = sign_in("student-without-app-policy")
    save_sign_in(login)
    session = session_from_profile("fastai-launcher", "us-west-2")
    assert session.client("sts").get_caller_identity()["Arn"] == login.session
    with pytest.raises(Exception) as failed:
        session.client("ec2").describe_instances()
    assert isinstance(translate_aws_error(failed.value), AccessDeniedError)

"""Guide step 1 by browser (`flow.browser_signin`) against the world's AWS Sign-In.

`open_url` is the UI's QDesktopServices in the app; here it plays the user's
browser on a thread (`tests.world.aws_signin.browse`).
"""

from __future__ import annotations

import json
import threading
import urllib.request
from urllib.parse import parse_qs, urlsplit

import botocore.credentials
import botocore.tokens
import pytest

from fastai_launcher.aws.catalogue import SignInEnded
from fastai_launcher.aws.credentials import SsoSignInNeeded
from fastai_launcher.aws.identity_center import sso_profile, token_cache_file
from fastai_launcher.aws.tags import tag_specification
from fastai_launcher.core.errors import Cancelled, CredentialsError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Step, Timing, Workspace
from fastai_launcher.flow.account import sign_in_by_profile
from fastai_launcher.flow.browser_signin import (
    finish_sign_in_with_code,
    is_browser_sign_in,
    sign_in_with_browser,
    sign_in_with_identity_center,
    start_sign_in_with_code,
)
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.signin import choose_region, resume_sign_in, sign_in_with_profile
from tests.world.aws import DLAMI_IMAGES
from tests.world.aws_signin import PRINCIPALS, browse
from tests.world.aws_sso import browse_sso, oidc_calls, write_sso_session_profile


class Browser:
    """`open_url` for the flow: opens the page as `who` on a thread, like a real browser."""

    def __init__(self, who: str = "student") -> None:
        self.who = who
        self.opened: list[str] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        thread = threading.Thread(target=browse, args=(url, self.who), daemon=True)
        thread.start()
        self.threads.append(thread)
        return True

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)


@pytest.fixture
def workspace(signin_world, app_paths):
    ws = Workspace(app_paths, timing=Timing(instance_poll=0.05, not_found_recheck=0.05))
    yield ws
    ws.close()


def test_signing_in_with_the_browser_signs_the_workspace_in_and_survives_a_restart(
    signin_world, workspace, app_paths
):
    ctx = TaskContext()
    choose_region(workspace, ctx, "us-west-2")
    browser = Browser("student")
    identity = sign_in_with_browser(workspace, ctx, browser)
    browser.join()
    assert identity.arn == PRINCIPALS["student"].arn and not identity.is_root
    assert workspace.signed_in and workspace.progress.profile == "fastai-launcher"
    assert workspace.progress.access_key_id is None
    assert workspace.progress.last_step != Step.SIGN_IN.value  # resumes after step 1
    assert is_browser_sign_in(workspace)

    again = Workspace.load(app_paths)
    try:
        resumed = resume_sign_in(again, TaskContext())
        assert resumed is not None and resumed.arn == identity.arn
    finally:
        again.close()


def test_root_by_browser_is_allowed_and_reported(signin_world, workspace):
    identity = sign_in_with_browser(workspace, TaskContext(), Browser("root"))
    assert identity.is_root
    assert identity.account == "123456789012"


def test_a_browser_that_does_not_open_says_to_use_the_code(signin_world, workspace):
    with pytest.raises(CredentialsError, match="could not open your web browser") as caught:
        sign_in_with_browser(workspace, TaskContext(), lambda url: False)
    assert "sign-in with a code" in caught.value.next_action.render()
    assert not workspace.signed_in


def test_sign_in_with_a_pasted_code(signin_world, workspace):
    ctx = TaskContext()
    opened: list[str] = []
    pending = start_sign_in_with_code(workspace, ctx, lambda url: opened.append(url) or False)
    assert opened == [pending.url]
    shown = browse(pending.url, "student").pasted_code  # on the user's phone
    identity = finish_sign_in_with_code(workspace, ctx, pending, shown)
    assert identity.arn == PRINCIPALS["student"].arn
    assert workspace.signed_in


def test_a_stop_after_the_session_ended_works_once_signed_in_again(
    signin_world, workspace, aws_world
):
    """Expiry never costs money: the stop fails with `SignInEnded` (the UI offers the
    browser sign-in in one click), and after it the same stop goes through."""
    ctx = TaskContext()
    choose_region(workspace, ctx, aws_world.region)
    signin_world.set_expires_in(60)  # botocore refreshes before every use
    sign_in_with_browser(workspace, ctx, Browser("student"))
    run = aws_world.client("ec2").run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"],
        InstanceType="g4dn.xlarge",
        MinCount=1,
        MaxCount=1,
        TagSpecifications=[tag_specification("instance")],  # the app's own instance
    )
    instance_id = run["Instances"][0]["InstanceId"]
    workspace.update(instance_id=instance_id, setup_done=True)

    signin_world.end_sessions("TOKEN_EXPIRED")
    with pytest.raises(SignInEnded):
        stop(workspace, ctx)
    state = aws_world.client("ec2").describe_instances(InstanceIds=[instance_id])
    assert state["Reservations"][0]["Instances"][0]["State"]["Name"] == "running"

    sign_in_with_browser(workspace, ctx, Browser("student"))
    assert stop(workspace, ctx).state == "stopped"


def test_a_password_change_ends_the_session_too(signin_world, workspace):
    ctx = TaskContext()
    signin_world.set_expires_in(60)
    sign_in_with_browser(workspace, ctx, Browser("student"))
    signin_world.end_sessions("USER_CREDENTIALS_CHANGED")
    with pytest.raises(SignInEnded):
        sign_in_with_profile(workspace, ctx, "fastai-launcher")


class SsoBrowser:
    """`open_url` for an Identity Center page: allows it on a thread, like a real browser."""

    def __init__(self) -> None:
        self.opened: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        threading.Thread(target=browse_sso, args=(url, "allow"), daemon=True).start()
        return True


@pytest.fixture
def sso_cache(isolated_home, monkeypatch):
    folder = str(isolated_home / ".aws" / "sso" / "cache")  # botocore fixed it at import
    monkeypatch.setattr(botocore.credentials.SSOProvider, "_SSO_TOKEN_CACHE_DIR", folder)
    monkeypatch.setattr(botocore.tokens.SSOTokenProvider, "_SSO_TOKEN_CACHE_DIR", folder)


def test_an_identity_center_profile_is_signed_in_from_the_app(
    signin_world, workspace, isolated_home, sso_cache
):
    write_sso_session_profile(isolated_home, "course-sso")
    ctx = TaskContext()
    with pytest.raises(SsoSignInNeeded):
        sign_in_with_profile(workspace, ctx, "course-sso")

    identity = sign_in_with_identity_center(workspace, ctx, "course-sso", SsoBrowser())
    assert identity.account == "123456789012"
    assert workspace.progress.profile == "course-sso" and workspace.signed_in
    assert sign_in_with_profile(workspace, ctx, "course-sso").account == "123456789012"


def test_signing_in_by_an_sso_profile_with_no_token_opens_its_sign_in_page(
    signin_world, workspace, isolated_home, sso_cache
):
    write_sso_session_profile(isolated_home, "course-sso")
    browser = SsoBrowser()
    outcome = sign_in_by_profile(workspace, TaskContext(), "course-sso", "", "en", browser)
    assert len(browser.opened) == 1
    assert outcome.identity is not None and outcome.identity.account == "123456789012"
    assert workspace.progress.profile == "course-sso" and workspace.signed_in
    assert oidc_calls() == ["authorization_code"]


def test_an_sso_token_that_looks_valid_but_is_refused_gets_the_browser_sign_in(
    signin_world, workspace, isolated_home, sso_cache
):
    """A token file with a refresh token and a live registration, expired: botocore
    tries the refresh, Identity Center refuses it (revoked), and the sign-in by profile
    goes to the browser instead of telling the user to press Sign in forever."""
    write_sso_session_profile(isolated_home, "course-sso")
    sign_in_by_profile(workspace, TaskContext(), "course-sso", "", "en", SsoBrowser())
    sso = sso_profile("course-sso")
    assert sso is not None
    path = token_cache_file(sso)
    token = json.loads(path.read_text())
    assert token["refreshToken"] and token["registrationExpiresAt"] > "2020"
    token["expiresAt"] = "2020-01-01T00:00:00Z"
    token["refreshToken"] = "revoked"
    path.write_text(json.dumps(token))
    workspace.sign_out()

    browser = SsoBrowser()
    outcome = sign_in_by_profile(workspace, TaskContext(), "course-sso", "", "en", browser)

    assert len(browser.opened) == 1
    assert oidc_calls() == ["authorization_code", "refresh_token", "authorization_code"]
    assert outcome.identity is not None and outcome.identity.account == "123456789012"
    assert workspace.signed_in
    assert json.loads(path.read_text())["accessToken"] != token["accessToken"]


def test_without_a_browser_an_sso_profile_that_needs_a_sign_in_is_an_error(
    signin_world, workspace, isolated_home, sso_cache
):
    write_sso_session_profile(isolated_home, "course-sso")
    with pytest.raises(SsoSignInNeeded):
        sign_in_by_profile(workspace, TaskContext(), "course-sso", "", "en")
    assert not workspace.signed_in
    assert oidc_calls() == []


def test_after_a_restart_an_ended_session_asks_for_the_browser_not_a_terminal(
    signin_world, workspace, app_paths
):
    signin_world.set_expires_in(60)
    sign_in_with_browser(workspace, TaskContext(), Browser("student"))
    signin_world.end_sessions("TOKEN_EXPIRED")
    again = Workspace.load(app_paths)
    try:
        with pytest.raises(SignInEnded) as caught:
            resume_sign_in(again, TaskContext())
        assert "browser" in caught.value.next_action.render()
        assert "terminal" not in caught.value.next_action.render()
    finally:
        again.close()


def test_cancelling_while_waiting_for_the_browser_stops_at_once(signin_world, workspace):
    ctx = TaskContext()
    opened: list[str] = []

    def open_url(url: str) -> bool:
        opened.append(url)
        threading.Timer(0.2, ctx.token.cancel).start()  # the user presses Cancel
        return True

    with pytest.raises(Cancelled):
        sign_in_with_browser(workspace, ctx, open_url, timeout=30)
    callback = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
    with pytest.raises(OSError):  # the callback is no longer served
        urllib.request.urlopen(callback + "?code=x&state=y", timeout=2)
    assert not workspace.signed_in

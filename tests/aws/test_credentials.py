"""Signing in: profiles (keys and SSO), access keys in the keyring, STS identity."""

import logging
from datetime import datetime, timedelta, timezone

import boto3
import botocore.credentials
import keyring
import keyring.backend
import pytest
from botocore.stub import Stubber
from keyring.backends import fail

from fastai_launcher.aws import credentials
from fastai_launcher.aws.credentials import (
    Identity,
    KeyringUnavailable,
    identify,
    key_session,
    list_profiles,
    load_key,
    parse_access_key,
    profile_session,
    require_launch_allowed,
    store_key,
    stored_key_ids,
)
from fastai_launcher.aws.pricing import pricing_client, quote
from fastai_launcher.core.errors import CredentialsError, InputError
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, write_profile
from tests.world.aws_sso import write_sso_profile

NOW = datetime.now(timezone.utc)


@pytest.fixture(autouse=True)
def sso_cache_in_test_home(isolated_home, monkeypatch):
    # botocore fixes the SSO token cache folder from $HOME when it is imported.
    monkeypatch.setattr(
        botocore.credentials.SSOProvider,
        "_SSO_TOKEN_CACHE_DIR",
        str(isolated_home / ".aws" / "sso" / "cache"),
    )


def test_profiles_from_config_and_credentials_files_including_sso(isolated_home):
    write_profile(isolated_home, "default", region="us-west-2")
    write_sso_profile(isolated_home, "course-sso", NOW + timedelta(hours=1))
    profiles = {p.name: p for p in list_profiles()}
    assert (profiles["default"].kind, profiles["default"].region) == ("keys", "us-west-2")
    assert (profiles["course-sso"].kind, profiles["course-sso"].region) == ("sso", "ap-northeast-2")


def test_a_profile_signs_in_and_says_whose_account_it_is(aws_world, isolated_home):
    write_profile(isolated_home, "student")
    identity = identify(profile_session("student"), "student")
    assert identity.account == "123456789012"
    assert identity.arn.startswith("arn:aws:")
    assert identity.user_name and not identity.is_root


def test_a_cached_sso_token_works(aws_world, isolated_home):
    write_sso_profile(isolated_home, "course-sso", NOW + timedelta(hours=1))
    identity = identify(profile_session("course-sso"), "course-sso")
    assert identity.account == "123456789012"


def test_an_expired_sso_token_asks_to_sign_in_again_from_the_app_not_a_terminal(
    aws_world, isolated_home
):
    write_sso_profile(isolated_home, "course-sso", NOW - timedelta(minutes=5))
    with pytest.raises(CredentialsError) as caught:
        identify(profile_session("course-sso"), "course-sso")
    assert "has expired" in str(caught.value)
    next_action = caught.value.next_action.render()
    assert "sign-in page" in next_action and "browser" in next_action
    assert "terminal" not in next_action and "aws sso login" not in next_action


def test_an_unknown_profile_is_a_credentials_error(isolated_home):
    with pytest.raises(CredentialsError, match="no AWS profile named nobody"):
        profile_session("nobody")


@pytest.mark.parametrize(
    ("key_id", "secret", "phrase"),
    [
        ("AKIA123", TEST_SECRET_ACCESS_KEY, "20 capital letters"),
        ("akiaiosfodnn7example", TEST_SECRET_ACCESS_KEY, "20 capital letters"),
        ("XKIAIOSFODNN7EXAMPLE", TEST_SECRET_ACCESS_KEY, "starts with AKIA"),
        (TEST_ACCESS_KEY_ID, "short", "exactly 40 characters"),
        (TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY[:-1] + "!", "exactly 40 characters"),
        ("x" * 10_000, TEST_SECRET_ACCESS_KEY, "much longer than an access key"),
        (TEST_ACCESS_KEY_ID, "y" * 10_000, "much longer than an access key"),
    ],
)
def test_a_malformed_key_is_refused_before_any_call_without_echoing_it(key_id, secret, phrase):
    with pytest.raises(InputError) as caught:
        parse_access_key(key_id, secret)
    assert phrase in str(caught.value)
    shown = str(caught.value) + caught.value.next_action.render() + repr(caught.value.args)
    assert secret not in shown


def test_a_pasted_key_with_spaces_around_is_accepted_and_its_repr_hides_the_secret():
    key = parse_access_key(f"  {TEST_ACCESS_KEY_ID}\n", f"\t{TEST_SECRET_ACCESS_KEY} ")
    assert (key.key_id, key.secret) == (TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    assert TEST_SECRET_ACCESS_KEY not in repr(key)


def test_a_key_is_stored_only_in_the_keyring_and_signs_in_from_there(aws_world, memory_keyring):
    store_key(parse_access_key(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY))
    assert memory_keyring.secrets[("fastai-launcher", TEST_ACCESS_KEY_ID)] == TEST_SECRET_ACCESS_KEY
    assert stored_key_ids() == [TEST_ACCESS_KEY_ID]
    key = load_key(TEST_ACCESS_KEY_ID)
    assert identify(key_session(key, "us-west-2")).account == "123456789012"
    credentials.forget_key(TEST_ACCESS_KEY_ID)
    assert load_key(TEST_ACCESS_KEY_ID) is None
    assert stored_key_ids() == []


def test_without_a_keyring_the_key_can_be_used_for_this_session_only(aws_world):
    keyring.set_keyring(fail.Keyring())
    key = parse_access_key(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    with pytest.raises(KeyringUnavailable) as caught:
        store_key(key)
    assert "no secure password store" in str(caught.value)
    assert "this session only" in caught.value.next_action.render()
    assert stored_key_ids() == []
    assert identify(key_session(key, "us-west-2")).account == "123456789012"


class PlaintextFileKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's plaintext file backend (not installed here)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.written = {}

    def get_password(self, service, username):
        return self.written.get((service, username))

    def set_password(self, service, username, password):
        self.written[(service, username)] = password

    def delete_password(self, service, username):
        self.written.pop((service, username), None)


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


def test_a_plaintext_keyring_is_treated_as_no_keyring():
    backend = PlaintextFileKeyring()
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailable):
        store_key(parse_access_key(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY))
    assert backend.written == {}


def test_root_credentials_are_refused_for_launching_with_where_to_make_an_iam_user(aws_world):
    # moto never answers with a root ARN: AWS's answer is injected with a Stubber.
    session = boto3.Session(region_name="us-west-2")
    sts = session.client("sts")
    root = {
        "UserId": "123456789012",
        "Account": "123456789012",
        "Arn": "arn:aws:iam::123456789012:root",
    }
    with Stubber(sts) as stub:
        stub.add_response("get_caller_identity", root)
        session.client = lambda *args, **kwargs: sts  # identify makes its client from the session
        identity = identify(session)
    assert identity.is_root and identity.user_name == "root"
    with pytest.raises(CredentialsError) as caught:
        require_launch_allowed(identity)
    assert "root user" in str(caught.value)
    assert "https://console.aws.amazon.com/iam/" in caught.value.next_action.render()
    require_launch_allowed(
        Identity("123456789012", "arn:aws:iam::123456789012:user/alice", "alice")
    )


def test_no_secret_reaches_the_apps_config_data_cache_or_log_files(
    aws_world, app_paths, memory_keyring
):
    handler = logging.FileHandler(app_paths.log_file)
    root_logger = logging.getLogger()
    previous = root_logger.level
    root_logger.addHandler(handler)
    root_logger.setLevel(logging.DEBUG)  # botocore logs requests at DEBUG
    try:
        key = parse_access_key(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        store_key(key)
        session = key_session(load_key(key.key_id), "us-west-2")
        identity = identify(session)
        logging.getLogger("fastai_launcher").info("signed in as %s", identity.arn)
        quote(pricing_client(session), "us-west-2", "g4dn.xlarge", 75, app_paths.cache)
        with pytest.raises(InputError) as caught:
            parse_access_key(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY + "x")
        logging.getLogger("fastai_launcher").warning("refused: %s", caught.value)
    finally:
        root_logger.removeHandler(handler)
        root_logger.setLevel(previous)
        handler.close()
    written = [p for folder in app_paths.all() for p in folder.rglob("*") if p.is_file()]
    assert app_paths.log_file in written and len(written) >= 2  # the log and the price cache
    for path in written:
        content = path.read_bytes()
        assert TEST_SECRET_ACCESS_KEY.encode() not in content, path

"""Wizard page 1: sign in with typed keys or a profile, pick the region; root is stopped."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

import dataclasses

import keyring
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

import fastai_launcher.aws.credentials as credentials
from fastai_launcher.ui.wizard.pages.signin import SIGN_UP_URL, SignInPage
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, write_profile
from tests.world.page_world import aws_context, idle, opened_urls, show_page  # noqa: F401 - fixtures


def signed_in_page(qtbot, context):
    page = show_page(qtbot, SignInPage(context))
    qtbot.waitUntil(lambda: idle(page), timeout=10_000)
    return page


def type_keys_and_sign_in(qtbot, page, region):
    page.region.setCurrentIndex(page.region.findData(region))
    if not page.other_ways.isChecked():
        qtbot.mouseClick(page.other_ways, Qt.MouseButton.LeftButton)  # access keys are folded
    qtbot.keyClicks(page.key_id, TEST_ACCESS_KEY_ID)
    qtbot.keyClicks(page.secret, TEST_SECRET_ACCESS_KEY)
    qtbot.mouseClick(page.validate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.outcome.identity is not None, timeout=20_000)


def test_typed_keys_show_the_account_and_user_and_are_kept_in_the_keyring(
    qtbot, aws_context, aws_world, memory_keyring
):
    page = signed_in_page(qtbot, aws_context)
    assert page.result.text() == "Not signed in yet."
    assert not page.isComplete()
    assert page.secret.echoMode() == QLineEdit.EchoMode.Password

    type_keys_and_sign_in(qtbot, page, aws_world.region)
    account = aws_world.client("sts").get_caller_identity()["Account"]
    assert page.result.text() == f"Signed in to the AWS account {account} as moto."
    assert page.isComplete()
    assert aws_context.progress.region == aws_world.region
    assert aws_context.progress.access_key_id == TEST_ACCESS_KEY_ID
    assert memory_keyring.secrets[("fastai-launcher", TEST_ACCESS_KEY_ID)] == TEST_SECRET_ACCESS_KEY
    assert page.secret.text() == ""  # out of the widget once it is stored
    assert TEST_SECRET_ACCESS_KEY not in aws_context.paths.state_file.read_text()
    assert aws_context.progress.last_step == "quota"  # a restart resumes at the next step
    assert "Oregon" in page.region.currentText()  # regions by name, the account's list


def test_root_credentials_are_stopped_here_with_the_explanation(
    qtbot, aws_context, aws_world, monkeypatch
):
    # moto never answers GetCallerIdentity with a root ARN: the real answer is
    # rewritten to the root user's, as AWS would give for root access keys.
    real_identify = credentials.identify

    def as_root(session, profile=None):
        identity = real_identify(session, profile)
        return dataclasses.replace(identity, arn=f"arn:aws:iam::{identity.account}:root")

    monkeypatch.setattr(credentials, "identify", as_root)
    page = signed_in_page(qtbot, aws_context)
    type_keys_and_sign_in(qtbot, page, aws_world.region)
    assert page.refusal.isVisible()
    assert "root user" in page.refusal.text() and "IAM user" in page.refusal.text()
    assert not page.isComplete()


def test_without_a_keyring_the_key_is_used_for_this_session_only(qtbot, aws_context, aws_world):
    keyring.set_keyring(fail.Keyring())  # a headless Linux has no keyring backend
    page = signed_in_page(qtbot, aws_context)
    type_keys_and_sign_in(qtbot, page, aws_world.region)
    assert page.isComplete()
    assert page.session_note.isVisible() and "until you quit" in page.session_note.text()
    assert aws_context.progress.access_key_id is None  # nothing to find again after a restart


def test_an_aws_profile_on_this_computer_signs_in_with_its_region(
    qtbot, aws_context, aws_world, isolated_home
):
    write_profile(isolated_home, "course", region="us-west-2")
    page = signed_in_page(qtbot, aws_context)
    assert page.use_profile.isEnabled()
    assert page.profiles.currentData() == "course"
    page.use_profile.click()
    assert not page.secret.isEnabled()
    qtbot.mouseClick(page.validate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.outcome.identity is not None, timeout=20_000)
    assert page.isComplete()
    assert aws_context.progress.profile == "course"
    assert aws_context.progress.region == "us-west-2"


def test_changing_the_region_after_signing_in_saves_it(qtbot, aws_context, aws_world):
    page = signed_in_page(qtbot, aws_context)
    type_keys_and_sign_in(qtbot, page, aws_world.region)
    index = page.region.findData("us-east-1")
    page.region.setCurrentIndex(index)
    page.region.activated.emit(index)
    qtbot.waitUntil(lambda: aws_context.progress.region == "us-east-1", timeout=10_000)
    qtbot.waitUntil(lambda: idle(page))
    assert page.isComplete()


def test_the_sign_up_button_opens_aws_in_the_browser_with_the_card_warning(
    qtbot, aws_context, opened_urls
):
    page = signed_in_page(qtbot, aws_context)
    qtbot.mouseClick(page.open_sign_up, Qt.MouseButton.LeftButton)
    assert opened_urls == [SIGN_UP_URL]
    assert "credit card" in page.sign_up_warning.text()
    assert "phone number" in page.sign_up_warning.text()


def test_the_express_button_waits_until_its_choices_are_known(
    qtbot, aws_context, aws_world, memory_keyring
):
    page = signed_in_page(qtbot, aws_context)
    type_keys_and_sign_in(qtbot, page, aws_world.region)
    panel = page.express
    # Signed in, the lists not looked up yet (the lookup's answer comes through the
    # event loop, which has not run since): nothing to press, no "-" for a region.
    panel.run.options = None
    panel.refresh()
    assert panel.run.looking_up and panel.instance_type.count() == 0
    assert not panel.start_button.isEnabled()
    assert not panel.region_name.text().startswith("-")
    qtbot.waitUntil(lambda: panel.start_button.isEnabled(), timeout=20_000)
    assert panel.instance_type.count() > 0 and panel.instance_type.currentData()
    assert panel.region_name.text().endswith(f"({aws_world.region}), as chosen above")

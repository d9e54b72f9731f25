"""Wizard page 3: the SSH key made or chosen, imported as a key pair, its fingerprint shown."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from fastai_launcher.ui.wizard.pages.key import KeyPage
from tests.world.page_world import aws_context, idle, show_page, sign_in  # noqa: F401 - fixtures


def key_page(qtbot, context):
    page = show_page(qtbot, KeyPage(context))
    qtbot.waitUntil(lambda: idle(page), timeout=10_000)
    return page


def world_key_pairs(world):
    return world.client("ec2").describe_key_pairs()["KeyPairs"]


def test_a_new_key_is_made_imported_and_its_fingerprint_is_the_key_pairs(
    qtbot, aws_context, aws_world, isolated_home
):
    sign_in(aws_context.flow, aws_world.region)
    page = key_page(qtbot, aws_context)
    assert page.generate.isChecked() and not page.use_existing.isEnabled()
    assert not page.isComplete()

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.imported is not None, timeout=15_000)
    [pair] = world_key_pairs(aws_world)
    assert pair["KeyName"] == "fastai-launcher-laptop"
    assert pair["KeyFingerprint"] in page.fingerprint.text()
    assert "SHA256:" in page.fingerprint.text()
    private = isolated_home / ".ssh" / "fastai-launcher_ed25519"
    assert page.private_path.text() == f"Your private key is the file {private}"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert "never send it to anyone" in page.private_warning.text()
    assert f"“{pair['KeyName']}”" in page.pair.text() and aws_world.region in page.pair.text()
    assert page.isComplete()
    assert aws_context.progress.key_fingerprint == pair["KeyFingerprint"]
    assert aws_context.progress.last_step == "launch"

    # Pressed again: the same key, the same key pair, nothing new in AWS.
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page), timeout=15_000)
    assert world_key_pairs(aws_world) == [pair]


def make_encrypted_key(home: Path, passphrase: str) -> Path:
    ssh = home / ".ssh"
    ssh.mkdir(mode=0o700, exist_ok=True)
    path = ssh / "id_ed25519"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-f", str(path), "-C", "me"],
        check=True,
    )
    return path


def answer_passphrase(qtbot, page, passphrase):
    qtbot.waitUntil(
        lambda: page.passphrase_dialog is not None and page.passphrase_dialog.isVisible()
    )
    dialog = page.passphrase_dialog
    page.passphrase_dialog = None
    dialog.setTextValue(passphrase)
    dialog.accept()
    return dialog


def test_an_encrypted_key_of_the_user_asks_for_its_passphrase_then_is_imported(
    qtbot, aws_context, aws_world, isolated_home
):
    path = make_encrypted_key(isolated_home, "correct horse")
    sign_in(aws_context.flow, aws_world.region)
    page = key_page(qtbot, aws_context)
    assert page.use_existing.isEnabled() and page.existing.currentData() == str(path)
    page.use_existing.click()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    dialog = answer_passphrase(qtbot, page, "wrong")
    assert "protected by a passphrase" in dialog.labelText()
    dialog = answer_passphrase(qtbot, page, "correct horse")
    assert "is not right" in dialog.labelText()
    qtbot.waitUntil(lambda: idle(page) and page.imported is not None, timeout=15_000)
    [pair] = world_key_pairs(aws_world)
    assert pair["KeyFingerprint"] in page.fingerprint.text()
    assert page.private_path.text() == f"Your private key is the file {path}"
    assert aws_context.progress.key_path == str(path)
    assert "correct horse" not in aws_context.paths.state_file.read_text()

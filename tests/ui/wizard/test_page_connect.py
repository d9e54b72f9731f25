"""Wizard page 5: verified host key, the tunnel up to the sshd, the ssh command, ~/.ssh/config."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

import dataclasses
import subprocess

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.launch import launch
from fastai_launcher.ui.wizard.pages.connect import ConnectPage
from tests.world.aws import state_of
from tests.world.aws_console import cloud_init_console_text
from tests.world.aws_record import operations
from tests.world.page_world import (  # noqa: F401 - fixtures
    course,
    idle,
    instance_context,
    show_page,
    sign_in,
    world,
)


def launched(context, world):
    ws = context.flow
    sign_in(ws, world.region)
    return launch(ws, TaskContext())


def connected_page(qtbot, context):
    page = show_page(qtbot, ConnectPage(context))
    qtbot.waitUntil(lambda: idle(page) and page.connection is not None, timeout=30_000)
    qtbot.waitUntil(page.isComplete, timeout=10_000)
    return page


def test_the_host_key_is_verified_from_the_console_and_the_tunnel_is_up(
    qtbot, instance_context, world, sshd
):
    info = launched(instance_context, world)
    page = connected_page(qtbot, instance_context)
    ws = instance_context.flow
    assert page.verified.text().startswith("Verified: the key matches the one the instance printed")
    assert ws.connection.host_key_fingerprint in page.fingerprint.text()
    assert page.tunnel.text().startswith("Tunnel: up.")
    assert f"is port {ws.tunnel.local_port} here" in page.tunnel.text()
    assert info.instance_id in page.address.text()
    assert ws.ssh.alive  # a real SSH session to the world's sshd
    assert instance_context.progress.last_step == "install"

    # The link drops (the instance's sshd restarts): the page follows the tunnel's state.
    seen = []
    page.events.changed.connect(lambda state, _error: seen.append(state))
    sshd.restart()
    qtbot.waitUntil(lambda: "up" in seen, timeout=30_000)
    assert seen[0] == "reconnecting" and page.tunnel.text().startswith("Tunnel: up.")
    assert page.isComplete()

    page.copy_button.click()
    command = QGuiApplication.clipboard().text()
    assert command == page.command.text()
    assert command.startswith("ssh -i ") and f"-p {sshd.port}" in command and "-L " in command

    page.config_button.click()
    qtbot.waitUntil(lambda: page.config_file is not None, timeout=10_000)
    config = page.config_file.read_text()
    assert "Host fastai" in config and f"Port {sshd.port}" in config
    assert "StrictHostKeyChecking yes" in config
    # OpenSSH itself accepts the entry and the verified host key it names.
    done = subprocess.run(
        ["ssh", "-F", str(page.config_file), "-o", "BatchMode=yes", "fastai", "echo", "hello"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.stdout.strip() == "hello", done.stderr


def test_without_keys_on_the_console_the_user_confirms_the_fingerprint_and_is_asked_at_once_again(
    qtbot, instance_context, world
):
    info = launched(instance_context, world)
    world.set_console_output(info.instance_id, "cloud-init is still running\n")
    ws = instance_context.flow
    ws.timing = dataclasses.replace(ws.timing, console_timeout=0.3)
    page = show_page(qtbot, ConnectPage(instance_context))
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=30_000)
    box = page.confirmation
    assert "could not be checked automatically" in box.text() and "SHA256:" in box.text()
    assert "launched this instance yourself" in box.informativeText()  # how to judge it
    assert box.defaultButton().objectName() == "cancel"
    box.findChild(QPushButton, "cancel").click()
    qtbot.waitUntil(lambda: idle(page) and page.connect_button.isEnabled(), timeout=10_000)

    # A second press asks at once: the console is not read (nor waited for) again.
    page.confirmation = None
    with operations() as done:
        page.connect_button.click()
        qtbot.waitUntil(lambda: page.confirmation is not None, timeout=30_000)
    assert "ec2:GetConsoleOutput" not in done
    box = page.confirmation
    shown = box.text()
    box.findChild(QPushButton, "trust").click()
    qtbot.waitUntil(lambda: idle(page) and page.connection is not None, timeout=30_000)
    assert page.connection.verified_by == "confirmed"
    assert page.verified.text() == "Verified by you: you confirmed the fingerprint."
    assert page.connection.host_key_fingerprint in shown


def test_a_refused_host_key_offers_to_stop_the_instance(qtbot, instance_context, world):
    info = launched(instance_context, world)
    # The console lists another key than the one the server at that address shows.
    someone_else = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    )
    world.set_console_output(info.instance_id, cloud_init_console_text([someone_else.decode()]))
    page = show_page(qtbot, ConnectPage(instance_context))
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=30_000)
    box = page.confirmation
    assert box.objectName() == "offer_stop" and info.instance_id in box.text()
    assert "Someone may be intercepting" in box.informativeText()
    assert "EC2 console" not in box.informativeText()
    with operations() as done:
        box.findChild(QPushButton, "stop").click()
        qtbot.waitUntil(lambda: idle(page) and state_of(world, info.instance_id) == "stopped")
    assert "ec2:StopInstances" in done and page.connection is None

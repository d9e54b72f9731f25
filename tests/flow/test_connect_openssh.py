"""OpenSSH beside the app's own connection: the copyable `ssh` command and the
`Host fastai` entry are pinned to the instance's verified host keys, and the
entry follows the instance to a new address.  The world is moto for AWS and a
real sshd playing the instance; the commands run the real OpenSSH client."""

import shlex
import subprocess

import pytest

from fastai_launcher.aws.lifecycle import InstanceInfo
from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.paths import under
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.connect import (
    add_ssh_config,
    connect,
    openssh_known_hosts,
    ssh_command,
)
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ssh.hostkeys import HostPublicKey
from fastai_launcher.ssh.sshconfig import (
    HOST_KEY_ALIAS,
    app_config_path,
    config_path,
    write_openssh_known_hosts,
)
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.instance import FAST_POLLS, boot_on_sshd, workspace_options
from tests.world.sshd import free_port

# What many ML users have in ~/.ssh/config; options on the command line come first.
CARELESS = "Host *\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n"


@pytest.fixture
def world(aws_world, sshd, monkeypatch):
    return boot_on_sshd(aws_world, sshd, monkeypatch)


@pytest.fixture
def ws(world, app_paths, isolated_home):
    """Signed in, launched and connected to the world's sshd."""
    made = Workspace.load(
        app_paths, **workspace_options(isolated_home, FAST_POLLS), local_port=free_port()
    )
    ctx = TaskContext()
    sign_in_with_key(made, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(made, ctx, world.region)
    launch(made, ctx)
    connect(made, ctx)
    yield made
    stop(made, TaskContext())
    made.close()


def _impostor_keys(folder):
    impostor = folder / "impostor"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(impostor)], check=True)
    kind, blob = impostor.with_suffix(".pub").read_text().split()[:2]
    return [HostPublicKey(kind, blob)]


def _run_copied(command, config, *remote):
    """The command as a user pastes it, with their config and no questions."""
    ssh, *rest = shlex.split(command)
    return subprocess.run(
        [ssh, "-F", str(config), "-o", "BatchMode=yes", "-o", "ExitOnForwardFailure=no",
         *rest, *remote],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip


def _openssh_view(config):
    out = subprocess.run(
        ["ssh", "-G", "-F", str(config), "fastai"], capture_output=True, text=True, check=True
    )
    return dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)


def test_the_copied_command_logs_in_with_the_pinned_key_and_refuses_another(ws, tmp_path):
    careless = tmp_path / "ssh_config"
    careless.write_text(CARELESS)
    command = ssh_command(ws)
    assert "StrictHostKeyChecking=yes" in command and "HostKeyAlias=" in command
    result = _run_copied(command, careless, "echo", "logged-in")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "logged-in"

    # Had the instance reported other keys, the server at the address would be refused,
    # although the user's config says to accept any key.
    write_openssh_known_hosts(openssh_known_hosts(ws), _impostor_keys(tmp_path))
    refused = _run_copied(ssh_command(ws), careless, "true")
    assert refused.returncode == 255
    assert "REMOTE HOST IDENTIFICATION HAS CHANGED" in refused.stderr


def test_the_ssh_fastai_entry_follows_the_instance_to_a_new_address(ws, sshd, isolated_home):
    config = config_path(isolated_home)
    assert not app_config_path(config).exists()  # connecting alone adds nothing
    written = add_ssh_config(ws, TaskContext())
    assert written == app_config_path(config)
    assert _openssh_view(config)["hostname"] == "127.0.0.1"

    # A stop and start gives the instance a new address; the next connect finds it there.
    ws.disconnect()
    ws.env = {**ws.env, SSH_ENDPOINT_ENV: f"localhost:{sshd.port}"}
    connect(ws, TaskContext())
    assert _openssh_view(config)["hostname"] == "localhost"
    login = subprocess.run(
        ["ssh", "-F", str(config), "-o", "BatchMode=yes", "-o", "ExitOnForwardFailure=no",
         "fastai", "echo", "logged-in"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert login.returncode == 0, login.stderr
    assert login.stdout.strip() == "logged-in"


@pytest.mark.parametrize("folder", ["plain", "Kim Lee's data 100%"])
def test_the_command_names_the_apps_known_hosts_file_as_openssh_reads_it(tmp_path, folder):
    ws = Workspace(under(tmp_path / folder), home=tmp_path, env={}, local_port=8888)
    ws.progress.key_path = str(tmp_path / "key")
    ws.instance = InstanceInfo(
        "i-0123456789abcdef0", "running", "g4dn.xlarge", "us-east-1", "54.12.34.56",
        None, "fastai-launcher", "us-east-1a", False,
    )  # fmt: skip
    ssh, *options = shlex.split(ssh_command(ws))
    seen = subprocess.run(
        [ssh, "-G", "-F", "/dev/null", *options], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert f"userknownhostsfile {openssh_known_hosts(ws)}" in seen
    assert "stricthostkeychecking true" in seen
    assert f"hostkeyalias {HOST_KEY_ALIAS}" in seen
    assert "hostname 54.12.34.56" in seen

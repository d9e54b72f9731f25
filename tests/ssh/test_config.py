"""`ssh fastai` for terminal users: a managed block in ~/.ssh/config that
OpenSSH itself reads and logs in with, rewritten when the address changes,
with the rest of the file left exactly as it was."""

import stat
import subprocess

import pytest

from fastai_launcher.core.errors import InputError
from fastai_launcher.ssh.hostkeys import HostPublicKey, parse_console_host_keys
from fastai_launcher.ssh.keys import ensure_key
from fastai_launcher.ssh.sshconfig import (
    BEGIN,
    END,
    config_path,
    remove_ssh_config,
    ssh_config_block,
    write_openssh_known_hosts,
    write_ssh_config,
)
from tests.world.aws_console import cloud_init_console_text
from tests.world.sshd import free_port

USERS_OWN = """\
# my settings
Host github.com
    User git
    IdentityFile ~/.ssh/id_github

Host *
    ServerAliveInterval 60
"""


def _openssh_view(config, alias="fastai"):
    out = subprocess.run(
        ["ssh", "-G", "-F", str(config), alias], capture_output=True, text=True, check=True
    )
    return {
        line.split(" ", 1)[0]: line.split(" ", 1)[1]
        for line in out.stdout.splitlines()
        if " " in line
    }


def test_a_fresh_config_gets_the_block_and_openssh_reads_it(isolated_home):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    seen = _openssh_view(config)
    assert seen["hostname"] == "54.12.34.56"
    assert seen["user"] == "ubuntu"
    assert seen["port"] == "22"
    assert seen["identityfile"] == str(key.path)
    assert seen["localforward"] == "[localhost]:8888 [localhost]:8888"  # as the guide's -L


def test_an_address_change_rewrites_only_the_block(isolated_home):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    config.write_text(USERS_OWN)
    config.chmod(0o644)
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    write_ssh_config(config, ssh_config_block("3.80.1.2", key.path))
    content = config.read_text()
    assert content.count(BEGIN) == 1 and content.count("Host fastai") == 1
    assert "54.12.34.56" not in content and _openssh_view(config)["hostname"] == "3.80.1.2"
    assert content.startswith(USERS_OWN)
    assert stat.S_IMODE(config.stat().st_mode) == 0o644
    assert _openssh_view(config, "github.com")["user"] == "git"

    assert remove_ssh_config(config)
    assert config.read_text() == USERS_OWN
    assert not remove_ssh_config(config)


def test_text_after_the_block_stays_after_it_unchanged(isolated_home):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    with config.open("a") as handle:
        handle.write("\nHost later\n    User someone\n")
    write_ssh_config(config, ssh_config_block("3.80.1.2", key.path))
    assert config.read_text().endswith(END + "\n\nHost later\n    User someone\n")


def test_a_symlinked_config_is_updated_where_it_lives(isolated_home):
    key = ensure_key(isolated_home)
    dotfiles = isolated_home / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "ssh_config"
    real.write_text(USERS_OWN)
    config = config_path(isolated_home)
    config.symlink_to(real)
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    assert config.is_symlink() and "Host fastai" in real.read_text()


def test_a_block_with_its_end_line_removed_is_not_guessed_at(isolated_home):
    config = config_path(isolated_home)
    config.parent.mkdir()
    config.write_text(USERS_OWN + BEGIN + "\nHost fastai\n    HostName 1.2.3.4\n")
    with pytest.raises(InputError):
        write_ssh_config(config, ssh_config_block("3.80.1.2", isolated_home / ".ssh" / "k"))
    assert config.read_text().endswith("HostName 1.2.3.4\n")


def test_ssh_fastai_logs_in_with_the_verified_host_key_and_no_question(
    sshd, isolated_home, app_paths, tmp_path
):
    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    verified = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    known = app_paths.data / "known_hosts_openssh"
    write_openssh_known_hosts(known, verified)
    config = config_path(isolated_home)
    block = ssh_config_block("127.0.0.1", key.path, user=sshd.user, port=sshd.port,
                             local_port=free_port(), known_hosts_file=known)  # fmt: skip
    write_ssh_config(config, block)
    result = subprocess.run(
        ["ssh", "-F", str(config), "-o", "BatchMode=yes", "fastai", "echo", "logged-in"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "logged-in"

    # Had the instance reported other keys, the server at the address would be refused.
    impostor = tmp_path / "impostor"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(impostor)], check=True)
    kind, blob = impostor.with_suffix(".pub").read_text().split()[:2]
    write_openssh_known_hosts(known, [HostPublicKey(kind, blob)])
    refused = subprocess.run(
        ["ssh", "-F", str(config), "-o", "BatchMode=yes", "fastai", "true"],
        capture_output=True,
        timeout=30,
    )
    assert refused.returncode == 255
    assert b"REMOTE HOST IDENTIFICATION HAS CHANGED" in refused.stderr

"""`ssh fastai` for terminal users: the app's own file of hosts, included from the
top of ~/.ssh/config so that no catch-all of the user's can unpin the host key;
OpenSSH itself reads and logs in with it, and the rest of the user's file is
left exactly as it was."""

import stat
import subprocess
from pathlib import Path, PureWindowsPath

import pytest

from fastai_launcher.core.errors import InputError
from fastai_launcher.ssh.hostkeys import HostPublicKey, parse_console_host_keys
from fastai_launcher.ssh.keys import ensure_key
from fastai_launcher.ssh.sshconfig import (
    BACKUP_SUFFIX,
    BEGIN,
    END,
    HOST_KEY_ALIAS,
    app_config_path,
    config_path,
    config_value,
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

# What many ML users have, in the forms OpenSSH offers: each would win over a
# block that comes after it (OpenSSH keeps the first value it finds).
CATCH_ALLS = {
    "host-star": "Host *\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n"
    "    GlobalKnownHostsFile /dev/null\n    HostKeyAlias elsewhere\n    HostName 10.0.0.1\n",
    "match-all": "Match all\n    StrictHostKeyChecking no\n    UserKnownHostsFile /dev/null\n",
    "top-level": "StrictHostKeyChecking no\nUserKnownHostsFile /dev/null\nCheckHostIP yes\n"
    "Host *\n    User root\n",
    "crlf": "Host *\r\n    StrictHostKeyChecking accept-new\r\n    UserKnownHostsFile /dev/null\r\n",
}


def _openssh_view(config, alias="fastai"):
    out = subprocess.run(
        ["ssh", "-G", "-F", str(config), alias], capture_output=True, text=True, check=True
    )
    return {
        line.split(" ", 1)[0]: line.split(" ", 1)[1]
        for line in out.stdout.splitlines()
        if " " in line
    }


def _login(config, *remote):
    return subprocess.run(
        ["ssh", "-F", str(config), "-o", "BatchMode=yes", "fastai", *remote],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip


def _impostor_keys(folder):
    impostor = folder / "impostor"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(impostor)], check=True)
    kind, blob = impostor.with_suffix(".pub").read_text().split()[:2]
    return [HostPublicKey(kind, blob)]


def test_a_fresh_config_gets_the_include_and_openssh_reads_the_block(isolated_home):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    written = write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    assert written == app_config_path(config) == isolated_home / ".ssh" / "fastai-launcher.config"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert not config.with_name("config" + BACKUP_SUFFIX).exists()  # nothing to back up
    seen = _openssh_view(config)
    assert seen["hostname"] == "54.12.34.56"
    assert seen["user"] == "ubuntu"
    assert seen["port"] == "22"
    assert seen["identityfile"] == str(key.path)
    assert seen["localforward"] == "[localhost]:8888 [localhost]:8888"  # as the guide's -L


@pytest.mark.parametrize("catch_all", sorted(CATCH_ALLS))
def test_the_users_catch_alls_cannot_unpin_the_host_key(isolated_home, app_paths, catch_all):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    config.write_bytes(CATCH_ALLS[catch_all].encode())
    known = app_paths.data / "openssh_known_hosts"
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path, known_hosts_file=known))
    seen = _openssh_view(config)
    assert seen["stricthostkeychecking"] == "true"
    assert seen["userknownhostsfile"] == str(known)
    assert seen["globalknownhostsfile"] == str(known)
    assert seen["hostkeyalias"] == HOST_KEY_ALIAS
    assert seen["hostname"] == "54.12.34.56"
    assert seen["checkhostip"] == "no" and seen["updatehostkeys"] == "false"
    # Every other host still sees the user's settings.
    assert _openssh_view(config, "example.org")["stricthostkeychecking"] in ("false", "accept-new")


def test_the_users_file_is_kept_byte_for_byte_with_a_backup_and_a_second_run_changes_nothing(
    isolated_home,
):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    own = USERS_OWN.encode() + b"# caf\xe9 in Latin-1, no newline at the end"
    config.write_bytes(own)
    config.chmod(0o644)
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    content = config.read_bytes()
    include, rest = content.split(b"\n", 2)[1], content.split(b"\n", 2)[2]
    assert include.startswith(b"Include ") and rest == own
    assert stat.S_IMODE(config.stat().st_mode) == 0o644
    backup = config.with_name("config" + BACKUP_SUFFIX)
    assert backup.read_bytes() == own and stat.S_IMODE(backup.stat().st_mode) == 0o644
    backup.unlink()

    before = config.stat()
    write_ssh_config(config, ssh_config_block("3.80.1.2", key.path))  # a new address
    after = config.stat()
    assert config.read_bytes() == content and (before.st_ino, before.st_mtime_ns) == (
        after.st_ino,
        after.st_mtime_ns,
    )
    assert not backup.exists()  # the user's file was not touched again
    assert _openssh_view(config)["hostname"] == "3.80.1.2"
    assert _openssh_view(config, "github.com")["user"] == "git"

    assert remove_ssh_config(config)
    assert config.read_bytes() == own and not app_config_path(config).exists()
    assert not remove_ssh_config(config)


def test_an_include_the_user_moved_below_a_catch_all_goes_back_to_the_top(isolated_home):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    include = config.read_text().splitlines()[1]
    config.write_text(CATCH_ALLS["host-star"] + include + "\n")
    write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    lines = config.read_text().splitlines()
    assert lines[1] == include and lines.count(include) == 1
    assert _openssh_view(config)["hostname"] == "54.12.34.56"


def test_the_block_older_versions_appended_is_moved_into_the_apps_file(isolated_home):
    key = ensure_key(isolated_home)
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    old = f"{BEGIN}\nHost fastai\n    HostName 1.2.3.4\n    StrictHostKeyChecking yes\n{END}\n"
    config.write_text(USERS_OWN + "\n" + old + "\nHost later\n    User someone\n")
    write_ssh_config(config, ssh_config_block("3.80.1.2", key.path))
    content = config.read_text()
    assert BEGIN not in content and "1.2.3.4" not in content
    assert content.split("\n", 2)[2] == USERS_OWN + "\nHost later\n    User someone\n"
    assert _openssh_view(config)["hostname"] == "3.80.1.2"

    config.write_text(USERS_OWN + "\n" + old)  # the old block last, as it always was
    assert remove_ssh_config(config)
    assert config.read_text() == USERS_OWN


def test_a_symlinked_config_is_updated_where_it_lives(isolated_home):
    key = ensure_key(isolated_home)
    dotfiles = isolated_home / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "ssh_config"
    real.write_text(USERS_OWN)
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    config.symlink_to(real)
    written = write_ssh_config(config, ssh_config_block("54.12.34.56", key.path))
    assert config.is_symlink() and real.read_text().endswith(USERS_OWN)
    assert written.parent == config.parent  # the app's file stays out of the dotfiles
    assert _openssh_view(config)["hostname"] == "54.12.34.56"


def test_a_block_with_its_end_line_removed_is_not_guessed_at(isolated_home):
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    config.write_text(USERS_OWN + BEGIN + "\nHost fastai\n    HostName 1.2.3.4\n")
    with pytest.raises(InputError):
        write_ssh_config(config, ssh_config_block("3.80.1.2", isolated_home / ".ssh" / "k"))
    assert config.read_text().endswith("HostName 1.2.3.4\n")


@pytest.mark.parametrize(
    "name",
    [
        "key\nProxyCommand touch /tmp/fastai-launcher-injected\n#",
        'key"\n    ProxyCommand touch /tmp/fastai-launcher-injected',
        "key\rProxyCommand touch /tmp/fastai-launcher-injected",
        'key" ProxyCommand="touch /tmp/fastai-launcher-injected',
        "${HOME}key",
    ],
)
def test_a_path_that_would_inject_options_is_refused_before_anything_is_written(
    isolated_home, name
):
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    config.write_text(USERS_OWN)
    with pytest.raises(InputError) as refused:
        write_ssh_config(config, ssh_config_block("54.12.34.56", config.parent / name))
    assert "\n" not in str(refused.value) and "\r" not in str(refused.value)
    assert config.read_text() == USERS_OWN and not app_config_path(config).exists()
    with pytest.raises(InputError):
        ssh_config_block("54.12.34.56", Path("/k"), known_hosts_file=config.parent / name)


def test_unusual_but_harmless_paths_reach_openssh_exactly(isolated_home, tmp_path):
    odd = tmp_path / "Kim's keys #1 (50% off) back\\slash $HOME"
    odd.mkdir()
    config = config_path(isolated_home)
    known = odd / "known %h hosts"
    write_ssh_config(config, ssh_config_block("1.2.3.4", odd / "key", known_hosts_file=known))
    seen = _openssh_view(config)
    assert "proxycommand" not in seen
    assert seen["userknownhostsfile"] == str(known)  # shown after OpenSSH's %-expansion
    assert seen["identityfile"] == str(odd / "key").replace("%", "%%")  # shown before it


def test_windows_paths_are_written_with_forward_slashes():
    path = PureWindowsPath(r"C:\Users\Kim Lee\.ssh\fastai-launcher_ed25519")
    assert config_value(path) == '"C:/Users/Kim Lee/.ssh/fastai-launcher_ed25519"'


def test_ssh_fastai_logs_in_with_the_verified_host_key_and_refuses_another_despite_a_catch_all(
    sshd, isolated_home, app_paths, tmp_path
):
    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    verified = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    known = app_paths.data / "known hosts 100%"
    write_openssh_known_hosts(known, verified)
    config = config_path(isolated_home)
    config.parent.mkdir(exist_ok=True)
    config.write_text(CATCH_ALLS["host-star"].replace("HostName 10.0.0.1", "User nobody"))
    block = ssh_config_block("127.0.0.1", key.path, user=sshd.user, port=sshd.port,
                             local_port=free_port(), known_hosts_file=known)  # fmt: skip
    write_ssh_config(config, block)
    result = _login(config, "echo", "logged-in")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "logged-in"

    # Had the instance reported other keys, the server at the address would be refused.
    write_openssh_known_hosts(known, _impostor_keys(tmp_path))
    refused = _login(config, "true")
    assert refused.returncode == 255
    assert "REMOTE HOST IDENTIFICATION HAS CHANGED" in refused.stderr

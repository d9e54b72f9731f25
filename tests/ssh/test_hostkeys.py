"""The instance's identity: a host key from its console is trusted, any other is
refused as a possible interception, none at all needs the user's confirmation,
and a pinned key keeps working when the address changes."""

import json
import subprocess

import pytest

from fastai_launcher.core.errors import HostKeyError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.hostkeys import (
    HostKeyUnverified,
    InstanceHostKeyPolicy,
    KnownHosts,
    parse_console_host_keys,
    poll_console,
    verify_host_key,
)
from fastai_launcher.ssh.keys import ensure_key
from fastai_launcher.ssh.session import Backoff, connect
from tests.world.aws_console import cloud_init_console_text

INSTANCE = "i-0123456789abcdef0"
QUICK = Backoff(first_delay=0.05, max_delay=0.2, total=5, auth_attempts=1)


@pytest.fixture
def login(sshd, isolated_home):
    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    return key


def _server_fingerprint(sshd, kind="ed25519"):
    out = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", str(sshd.host_key_path(kind)) + ".pub"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return out.split()[1]


def _other_host_keys(tmp_path):
    lines = []
    for kind in ("ed25519", "ecdsa"):
        path = tmp_path / f"impostor_{kind}"
        subprocess.run(["ssh-keygen", "-q", "-t", kind, "-N", "", "-f", str(path)], check=True)
        lines.append(" ".join(path.with_suffix(".pub").read_text().split()[:2]))
    return lines


def test_the_cloud_init_block_is_read_from_the_console_text(sshd):
    console = cloud_init_console_text(sshd.host_public_keys)
    keys = parse_console_host_keys(console)
    assert [f"{k.kind} {k.blob}" for k in keys] == sshd.host_public_keys
    assert parse_console_host_keys("[    0.000000] Linux version 6.8.0-1017-aws\n") == []
    half = console.split("-----END SSH HOST KEY KEYS-----")[0]  # console still being written
    assert parse_console_host_keys(half) == []


def test_a_host_key_listed_on_the_console_is_accepted_and_pinned(sshd, login, app_paths):
    known = KnownHosts(app_paths.known_hosts)
    listed = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    policy = InstanceHostKeyPolicy(INSTANCE, known, listed)
    with connect(
        "127.0.0.1", sshd.port, login.pkey, policy, TaskContext(), sshd.user, QUICK
    ) as session:
        assert session.capture("whoami")[1] == sshd.user
    pinned = json.loads(app_paths.known_hosts.read_text())["instances"][INSTANCE]
    assert {f"{p['type']} {p['key']}" for p in pinned} == set(sshd.host_public_keys)


def test_a_key_other_than_the_listed_one_is_refused_as_a_possible_interception(
    sshd, login, app_paths, tmp_path
):
    known = KnownHosts(app_paths.known_hosts)
    listed = parse_console_host_keys(cloud_init_console_text(_other_host_keys(tmp_path)))
    policy = InstanceHostKeyPolicy(INSTANCE, known, listed)
    with pytest.raises(HostKeyError) as refused:
        connect("127.0.0.1", sshd.port, login.pkey, policy, TaskContext(), sshd.user, QUICK)
    assert "intercepting" in str(refused.value)
    assert "Do not connect" in refused.value.next_action.render()
    with pytest.raises(HostKeyError):
        verify_host_key("127.0.0.1", sshd.port, policy)
    assert known.pinned(INSTANCE) == []


def test_without_a_console_block_the_user_must_confirm_the_fingerprint(sshd, login, app_paths):
    known = KnownHosts(app_paths.known_hosts)
    unlisted = InstanceHostKeyPolicy(INSTANCE, known, parse_console_host_keys("no keys yet"))
    with pytest.raises(HostKeyUnverified) as asked:
        verify_host_key("127.0.0.1", sshd.port, unlisted)
    fingerprint = asked.value.fingerprint
    assert fingerprint == _server_fingerprint(sshd, "ed25519")
    assert fingerprint in str(asked.value)
    with pytest.raises(HostKeyUnverified):
        connect("127.0.0.1", sshd.port, login.pkey, unlisted, TaskContext(), sshd.user, QUICK)
    declined = InstanceHostKeyPolicy(INSTANCE, known, confirm=lambda shown: False)
    with pytest.raises(HostKeyUnverified):
        verify_host_key("127.0.0.1", sshd.port, declined)
    assert known.pinned(INSTANCE) == []

    # The user's answer must be about this very key.
    stale = InstanceHostKeyPolicy(INSTANCE, known, confirmed_fingerprint="SHA256:" + "A" * 43)
    with pytest.raises(HostKeyError):
        verify_host_key("127.0.0.1", sshd.port, stale)

    confirmed = InstanceHostKeyPolicy(INSTANCE, known, confirmed_fingerprint=fingerprint)
    with connect(
        "127.0.0.1", sshd.port, login.pkey, confirmed, TaskContext(), sshd.user, QUICK
    ) as session:
        assert session.run("true") == 0
    assert [k.fingerprint for k in known.pinned(INSTANCE)] == [fingerprint]


def test_a_pinned_key_connects_without_a_question_after_the_address_changes(sshd, login, app_paths):
    known = KnownHosts(app_paths.known_hosts)
    listed = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    first = InstanceHostKeyPolicy(INSTANCE, known, listed)
    connect("127.0.0.1", sshd.port, login.pkey, first, TaskContext(), sshd.user, QUICK).close()

    # After a stop/start: a new address, no console block yet, nobody to ask.
    restarted = InstanceHostKeyPolicy(INSTANCE, KnownHosts(app_paths.known_hosts))
    with connect(
        "localhost", sshd.port, login.pkey, restarted, TaskContext(), sshd.user, QUICK
    ) as session:
        assert session.run("true") == 0
    # Another instance is another identity: its key is not trusted by this pin.
    other = InstanceHostKeyPolicy("i-0fedcba9876543210", KnownHosts(app_paths.known_hosts))
    with pytest.raises(HostKeyUnverified):
        verify_host_key("localhost", sshd.port, other)


def test_the_console_is_polled_until_the_block_appears_or_the_wait_ends(sshd):
    answers = iter(
        ["booting\n", "cloud-init running\n", cloud_init_console_text(sshd.host_public_keys)]
    )
    fetched = []

    def fetch():
        fetched.append(1)
        return next(answers)

    keys = poll_console(fetch, TaskContext(), timeout=30, interval=0.01)
    assert len(fetched) == 3 and len(keys) == 3
    assert poll_console(lambda: "still booting", TaskContext(), timeout=0.05, interval=0.01) == []

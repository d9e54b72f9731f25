"""Fixtures shared by the tests that talk to the world's real sshd."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.hostkeys import InstanceHostKeyPolicy, KnownHosts, parse_console_host_keys
from fastai_launcher.ssh.keys import ensure_key
from fastai_launcher.ssh.session import Backoff, Session, connect
from tests.world.aws_console import cloud_init_console_text


@pytest.fixture
def open_session(sshd, isolated_home, app_paths) -> Iterator[Callable[[], Session]]:
    """Opens sessions to the sshd the way the app does (its key authorised, the host key
    trusted from the console output); every one is closed after the test."""
    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    listed = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    policy = InstanceHostKeyPolicy("i-0sshtests00000000", KnownHosts(app_paths.known_hosts), listed)
    opened: list[Session] = []

    def open_one() -> Session:
        opened.append(connect("127.0.0.1", sshd.port, key.pkey, policy, TaskContext(), sshd.user,
                              Backoff(first_delay=0.05, total=20)))  # fmt: skip
        return opened[-1]

    yield open_one
    for session in opened:
        session.close()

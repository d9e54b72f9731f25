"""One running app per user: the Unix socket link, and the QLocalServer link Windows uses
(on Linux both are Unix sockets at the same path, so each can answer the other)."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from fastai_launcher.ui.app.single_instance import SingleInstance, SocketLink, instance_name
from fastai_launcher.ui.app.single_instance_pipe import PipeLink


def guard(name: str, parent, kind: str) -> SingleInstance:
    made = SingleInstance(name, parent)
    if kind == "pipe":
        made.link = PipeLink(name, made._on_message, made)
    assert isinstance(made.link, PipeLink if kind == "pipe" else SocketLink)
    return made


@pytest.fixture
def guards(qapp):
    made: list[SingleInstance] = []
    yield made
    for each in made:
        each.close()
        each.deleteLater()


@pytest.mark.parametrize(
    ("first_kind", "second_kind"),
    [("socket", "socket"), ("socket", "pipe"), ("pipe", "socket"), ("pipe", "pipe")],
)
def test_a_second_start_asks_the_first_to_show_itself(
    qtbot, qapp, app_paths, guards, first_kind, second_kind
):
    name = instance_name(app_paths.config, env={})
    first = guard(name, qapp, first_kind)
    second = guard(name, qapp, second_kind)
    guards += [first, second]
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()


def test_only_this_user_may_use_the_socket_and_closing_removes_it(qapp, app_paths, guards):
    name = instance_name(app_paths.config, env={})
    first = guard(name, qapp, "socket")
    guards.append(first)
    assert first.claim()
    assert stat.S_IMODE(os.stat(name).st_mode) == 0o600
    first.close()
    assert not os.path.exists(name)


def test_a_socket_left_by_a_crashed_instance_is_replaced(qtbot, qapp, app_paths, guards):
    name = instance_name(app_paths.config, env={})
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)  # bound, never listening, then gone: its file stays
    crashed.close()
    first = guard(name, qapp, "socket")
    second = guard(name, qapp, "socket")
    guards += [first, second]
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()


def test_a_message_that_comes_in_pieces_is_heard_once_whole(qtbot, qapp, app_paths, guards):
    name = instance_name(app_paths.config, env={})
    first = guard(name, qapp, "socket")
    guards.append(first)
    assert first.claim()
    heard: list[bool] = []
    first.activated.connect(lambda: heard.append(True))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(name)
        client.sendall(b"acti")
        qtbot.wait(50)
        assert heard == []
        client.sendall(b"vate\n")
        qtbot.waitUntil(lambda: heard == [True])
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.connect(name)
        client.sendall(b"something else\n")
    qtbot.wait(100)
    assert heard == [True]

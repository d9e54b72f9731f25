"""Logging in to the instance and running commands on it, against the real sshd:
both key kinds work, output streams line by line with the exit status, a booting
server is waited for, and a command can be cancelled or outlive a dropped link."""

import contextlib
import socket
import threading

import pytest

from fastai_launcher.core.errors import Cancelled, NetworkError, SshError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.hostkeys import InstanceHostKeyPolicy, KnownHosts, parse_console_host_keys
from fastai_launcher.ssh.keys import KeyKind, ensure_key
from fastai_launcher.ssh.session import Backoff, connect
from tests.world.aws_console import cloud_init_console_text
from tests.world.sshd import free_port

QUICK = Backoff(first_delay=0.05, max_delay=0.2, total=10, auth_attempts=1)


def _policy(sshd, app_paths):
    listed = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    return InstanceHostKeyPolicy("i-0123456789abcdef0", KnownHosts(app_paths.known_hosts), listed)


def _session(sshd, app_paths, isolated_home, kind=KeyKind.ED25519):
    key = ensure_key(isolated_home, kind)
    sshd.authorize(key.public_line)
    return connect(
        "127.0.0.1", sshd.port, key.pkey, _policy(sshd, app_paths), TaskContext(), sshd.user, QUICK
    )


@pytest.mark.parametrize("kind", [KeyKind.ED25519, KeyKind.RSA])
def test_key_auth_with_either_kind_and_output_streamed_line_by_line(
    sshd, app_paths, isolated_home, kind
):
    with _session(sshd, app_paths, isolated_home, kind) as session:
        lines = []
        status = session.run(
            "printf 'first\\nsécond\\n'; printf 'unterminated'; exit 3", lines.append
        )
        assert status == 3
        assert lines == ["first", "sécond", "unterminated"]
        errors = []
        assert session.run("echo 'to stderr' >&2", errors.append) == 0
        assert errors == ["to stderr"]  # stderr is shown too: that is where pip and git talk
        assert session.transport.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        assert session.username == sshd.user and session.pkey.get_name() == f"ssh-{kind.value}"


def test_a_key_the_instance_does_not_know_is_refused_with_its_fingerprint(
    sshd, app_paths, isolated_home
):
    key = ensure_key(isolated_home)  # never authorized
    with pytest.raises(SshError) as refused:
        connect(
            "127.0.0.1",
            sshd.port,
            key.pkey,
            _policy(sshd, app_paths),
            TaskContext(),
            sshd.user,
            QUICK,
        )
    assert key.sha256_fingerprint in str(refused.value)


class _BootingServer:
    """A port that, like a booting instance, first drops connections before any
    banner and then answers with the real sshd behind it."""

    def __init__(self, target_port, drops):
        self.target_port = target_port
        self.drops = drops
        self.seen = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)
        self.stopped = threading.Event()
        self.port = self.listener.getsockname()[1]
        self.threads = [threading.Thread(target=self._serve, daemon=True)]
        self.threads[0].start()

    def _serve(self):
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(None)
            self.seen += 1
            if self.seen <= self.drops:
                conn.close()
                continue
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            for a, b in ((conn, upstream), (upstream, conn)):
                pump = threading.Thread(target=self._pump, args=(a, b), daemon=True)
                pump.start()
                self.threads.append(pump)

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def close(self):
        self.stopped.set()
        self.threads[0].join(timeout=5)
        self.listener.close()
        for thread in self.threads:
            thread.join(timeout=5)


def test_connecting_waits_through_banner_errors_while_sshd_boots(sshd, app_paths, isolated_home):
    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    booting = _BootingServer(sshd.port, drops=3)
    try:
        slept = []
        ctx = TaskContext()
        real_sleep = ctx.sleep
        ctx.sleep = lambda seconds: (slept.append(seconds), real_sleep(seconds))[1]
        session = connect(
            "127.0.0.1", booting.port, key.pkey, _policy(sshd, app_paths), ctx, sshd.user, QUICK
        )
        with session:
            assert session.capture("echo up")[1] == "up"
        assert booting.seen == 4
        assert slept == [0.05, 0.1, 0.2]  # backoff doubles up to its bound
    finally:
        booting.close()


def test_a_server_that_never_answers_is_given_up_after_the_bound(app_paths, isolated_home, sshd):
    key = ensure_key(isolated_home)
    nobody = free_port()
    with pytest.raises(NetworkError) as gave_up:
        connect("127.0.0.1", nobody, key.pkey, _policy(sshd, app_paths), TaskContext(), "ubuntu",
                Backoff(first_delay=0.05, max_delay=0.1, total=0.4))  # fmt: skip
    assert f"127.0.0.1:{nobody}" in str(gave_up.value)


def test_a_running_command_can_be_cancelled_and_the_session_still_works(
    sshd, app_paths, isolated_home
):
    with _session(sshd, app_paths, isolated_home) as session:
        ctx = TaskContext()
        lines = []

        def on_line(line):
            lines.append(line)
            ctx.token.cancel()

        with pytest.raises(Cancelled):
            session.run("echo started; sleep 30; echo never", on_line, ctx)
        assert lines == ["started"]
        assert session.run("true") == 0


def test_a_dropped_connection_under_a_command_is_a_retryable_ssh_error(
    sshd, app_paths, isolated_home
):
    with _session(sshd, app_paths, isolated_home) as session:
        with pytest.raises(SshError) as dropped:
            session.run("echo started; sleep 30", lambda line: session.transport.close())
        assert dropped.value.retryable and "lost" in str(dropped.value)
        assert not session.alive

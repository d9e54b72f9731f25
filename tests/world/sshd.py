"""A real OpenSSH server on 127.0.0.1 playing the EC2 instance.

Run as root (CI), the server logs in a dedicated user whose home is the
"instance's" home, and that user gets a Python environment of its own under
/opt (like the Deep Learning AMI's /opt/pytorch) with jupyter-server in it.
Run as an ordinary user, the server can only log that user in, and the
"instance" environment is this very virtualenv.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SSHD = "/usr/sbin/sshd"
SFTP_SERVER = "/usr/lib/openssh/sftp-server"
WORLD_USER = "fastai-world"
INSTANCE_ENV = Path("/opt/fastai-launcher-world/pytorch")
#: The course repository the shipped `sandbox` recipe clones (no internet in the world).
WORLD_COURSE = Path("/opt/fastai-launcher-world/course.git")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


def _ensure_world_user() -> str:
    if os.geteuid() != 0:
        return pwd.getpwuid(os.getuid()).pw_name
    try:
        pwd.getpwnam(WORLD_USER)
    except KeyError:
        _run("useradd", "--create-home", "--shell", "/bin/bash", WORLD_USER)
    _run("usermod", "-p", "*", WORLD_USER)  # unlocked, yet no password login
    return WORLD_USER


def ensure_instance_env() -> Path:
    """The "instance's" Python environment with jupyter-server; its bin folder."""
    if os.geteuid() != 0:
        return Path(sys.prefix) / "bin"
    python = INSTANCE_ENV / "bin" / "python"
    ready = INSTANCE_ENV / ".ready"
    if not ready.exists():
        shutil.rmtree(INSTANCE_ENV, ignore_errors=True)
        _run("/usr/bin/python3", "-m", "venv", str(INSTANCE_ENV))
        _run(str(python), "-m", "pip", "install", "--quiet", "jupyter-server")
        ready.touch()
    return INSTANCE_ENV / "bin"


def _git(*args: str, cwd: Path | None = None) -> None:
    # A root-run git may touch a repository another user owns: say that is fine.
    trust = Path(tempfile.gettempdir()) / "world-git-trust-all"
    trust.write_text("[safe]\n\tdirectory = *\n")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(trust)}
    subprocess.run(["git", "-c", "user.name=world", "-c", "user.email=world@example.org", *args],
                   cwd=cwd, check=True, capture_output=True, env=env)  # fmt: skip


EMPTY_NOTEBOOK = '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'


def make_course_repository(
    bare: Path, owner: str | None = None, files: Mapping[str, str] | None = None
) -> Path:
    """A bare git repository standing in for the course's GitHub one: `files`
    (path -> text), by default one notebook."""
    work = Path(tempfile.mkdtemp(prefix="world-course-"))
    try:
        _git("init", "-q", "-b", "master", str(work))
        for name, content in (files or {"nbs/lesson1.ipynb": EMPTY_NOTEBOOK}).items():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            (work / name).write_text(content)
        _git("add", ".", cwd=work)
        _git("commit", "-q", "-m", "the course", cwd=work)
        staging = bare.with_name(f"{bare.name}.{os.getpid()}.tmp")
        _git("clone", "-q", "--bare", str(work), str(staging))
        if owner is not None:
            subprocess.run(["chown", "-R", owner, str(staging)], check=True)
        try:
            staging.rename(bare)
        except OSError:  # made meanwhile by another process
            shutil.rmtree(staging, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return bare


def ensure_world_course() -> Path:
    """The repository the `sandbox` recipe clones: WORLD_COURSE when run as root,
    else one in the temp folder (the recipe's repository must then be replaced)."""
    if os.geteuid() != 0:
        bare = Path(tempfile.gettempdir()) / f"world-course-{os.getuid()}.git"
        return bare if (bare / "HEAD").exists() else make_course_repository(bare)
    if not (WORLD_COURSE / "HEAD").exists():
        WORLD_COURSE.parent.mkdir(parents=True, exist_ok=True)
        make_course_repository(WORLD_COURSE, _ensure_world_user())
    return WORLD_COURSE


@dataclass
class Sshd:
    """One sshd process, its host key, its login user and who may log in."""

    folder: Path
    user: str
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    host_key_types: tuple[str, ...] = ("ed25519", "ecdsa", "rsa")
    log: list[str] = field(default_factory=list)
    #: Where clients reach it, and what it listens on (the screenshots' instance
    #: listens on every address of its own network namespace).
    address: str = "127.0.0.1"
    listen: str = "127.0.0.1"
    #: Put before the sshd command line (e.g. `nsenter --net=...`).
    launcher: tuple[str, ...] = ()

    @property
    def home(self) -> Path:
        return Path(pwd.getpwnam(self.user).pw_dir)

    @property
    def authorized_keys(self) -> Path:
        return self.folder / "authorized_keys"

    def host_key_path(self, kind: str) -> Path:
        return self.folder / f"ssh_host_{kind}_key"

    @property
    def host_public_keys(self) -> list[str]:
        """`<type> <base64>` lines, as cloud-init prints them on the console."""
        lines = []
        for kind in self.host_key_types:
            parts = self.host_key_path(kind).with_suffix(".pub").read_text().split()
            lines.append(f"{parts[0]} {parts[1]}")
        return lines

    def authorize(self, public_key_line: str) -> None:
        with self.authorized_keys.open("a") as keys:
            keys.write(public_key_line.strip() + "\n")

    def deauthorize_all(self) -> None:
        self.authorized_keys.write_text("")

    @property
    def bin_folder(self) -> Path:
        """First on the login's PATH: the world's stand-ins for the instance's tools."""
        return self.folder / "bin"

    def play_nvidia_smi(self, answer: str | None, exit_code: int = 0) -> None:
        """What `nvidia-smi` prints on the "instance" (its arguments go to
        `nvidia-smi.calls`); None: the instance has no nvidia-smi."""
        script = self.bin_folder / "nvidia-smi"
        calls = self.folder / "nvidia-smi.calls"
        calls.unlink(missing_ok=True)
        if answer is None:
            script.unlink(missing_ok=True)
            return
        self.bin_folder.mkdir(exist_ok=True)
        (self.folder / "nvidia-smi.answer").write_text(answer)
        script.write_text(
            "#!/bin/sh\n# The test world's nvidia-smi: the answer the test set.\n"
            f'echo "$*" >> {self.folder}/nvidia-smi.calls\n'
            f"cat {self.folder}/nvidia-smi.answer\nexit {exit_code}\n"
        )
        script.chmod(0o755)
        calls.touch()
        calls.chmod(0o666)  # the login user appends to it

    @property
    def nvidia_smi_calls(self) -> list[str]:
        calls = self.folder / "nvidia-smi.calls"
        return calls.read_text().splitlines() if calls.exists() else []

    def prepare(self) -> None:
        self.folder.chmod(0o755)
        for kind in self.host_key_types:
            path = self.host_key_path(kind)
            if not path.exists():
                _run("ssh-keygen", "-q", "-t", kind, "-N", "", "-C", "", "-f", str(path))
        self.authorized_keys.touch()
        self.authorized_keys.chmod(0o644)
        Path("/run/sshd").mkdir(exist_ok=True) if os.geteuid() == 0 else None
        config = [
            f"Port {self.port}",
            f"ListenAddress {self.listen}",
            *[f"HostKey {self.host_key_path(kind)}" for kind in self.host_key_types],
            f"PidFile {self.folder / 'sshd.pid'}",
            f"AuthorizedKeysFile {self.authorized_keys}",
            "StrictModes no",
            "UsePAM no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "AllowTcpForwarding yes",
            f"AllowUsers {self.user}",
            "PermitRootLogin prohibit-password",
            "MaxStartups 100:30:200",
            "MaxSessions 50",
            "LogLevel VERBOSE",
            f"SetEnv PATH={self.bin_folder}:/usr/local/bin:/usr/bin:/bin",
            f"Subsystem sftp {SFTP_SERVER}",  # as on the instance (Ubuntu's sshd offers it)
        ]
        (self.folder / "sshd_config").write_text("\n".join(config) + "\n")

    def start(self) -> None:
        if not self.port:
            self.port = free_port()
        self.prepare()
        self.process = subprocess.Popen(
            [*self.launcher, SSHD, "-D", "-e", "-f", str(self.folder / "sshd_config")],
            stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "sshd.log", "ab"),  # noqa: SIM115 - owned by the process
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("sshd exited: " + (self.folder / "sshd.log").read_text())
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.address, self.port), timeout=1) as probe,
            ):
                if probe.recv(64).startswith(b"SSH-2.0"):
                    return
            time.sleep(0.02)
        raise RuntimeError("sshd did not answer within 10 s")

    def stop(self) -> None:
        """Stop the server and every session it forked (the connections drop)."""
        if self.process is None:
            return
        # sshd's per-connection children outlive the listener: end this server's
        # own children first (not other servers' sessions of the same user).
        subprocess.run(["pkill", "-TERM", "-P", str(self.process.pid)], capture_output=True)
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def ssh_command(self, key_path: Path, *remote: str) -> list[str]:
        """An OpenSSH client command line that logs in with `key_path`."""
        known = self.folder / "client_known_hosts"
        known.write_text(
            "".join(f"[127.0.0.1]:{self.port} {line}\n" for line in self.host_public_keys)
        )
        return [
            "ssh", "-i", str(key_path), "-p", str(self.port),
            "-o", f"UserKnownHostsFile={known}", "-o", "StrictHostKeyChecking=yes",
            "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
            f"{self.user}@127.0.0.1", *remote,
        ]  # fmt: skip


@pytest.fixture(scope="session")
def sshd_server() -> Iterator[Sshd]:
    """The session's sshd; tests that need a clean slate use `sshd`."""
    folder = Path(tempfile.mkdtemp(prefix="world-sshd-"))
    server = Sshd(folder=folder, user=_ensure_world_user())
    server.start()
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def sshd(sshd_server: Sshd) -> Iterator[Sshd]:
    """The running sshd with nobody authorized yet; restarted if a test stopped it."""
    if sshd_server.process is None or sshd_server.process.poll() is not None:
        sshd_server.process = None
        sshd_server.start()
    sshd_server.deauthorize_all()
    sshd_server.play_nvidia_smi(None)
    yield sshd_server
    sshd_server.deauthorize_all()
    sshd_server.play_nvidia_smi(None)

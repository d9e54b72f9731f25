"""The screenshots' world: the test world arranged as a student's real setup.

The README's screenshots must show what a student sees, not the test world: a
home in /home/student, a browser sign-in as an IAM user, an instance that the
app reaches at its AWS address as `ubuntu` on port 22 with Jupyter on 8888,
and the fastbook course.  The app is told nothing but where AWS (moto) is; the
machine around it is arranged instead, in namespaces of the screenshot
process (root only, as CI runs):

- mounts: /home and /opt are fresh tmpfs; /etc/passwd, group and shadow are
  copies with an `ubuntu` user (the instance's login);
- the host name is `student-laptop` (it names the key pair);
- two network namespaces joined by a veth pair.  The app's holds moto, the
  checkip answer and the tunnel on its loopback; its address is 203.0.113.7,
  what checkip answers.  In the instance's, every address of 54.214.0.0/16 (the
  range moto draws public IPs from) is local: its sshd listens on port 22 and
  the Jupyter it starts on 8888.  No packet leaves the two namespaces;
- /opt/pytorch, the AMI's environment: a venv with the real `notebook`,
  installed from wheels that `prepare()` downloaded outside the namespaces.
  The recipe's `pip install -U fastai fastbook notebook` finds `fastai` and
  `fastbook` in /opt/wheels: small stand-ins made here (the real ones need
  CUDA PyTorch and the internet);
- the course: a local repository with fastbook's first notebooks, which the
  instance's git fetches for https://github.com/fastai/fastbook (`insteadOf`).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.world.sshd import EMPTY_NOTEBOOK, Sshd, ensure_instance_env, make_course_repository

INSIDE_ENV = "FASTAI_LAUNCHER_SHOWROOM"
WHEELS = Path("/opt/fastai-launcher-world/showroom-wheels")
HOST_NAME = "student-laptop"
STUDENT_HOME = Path("/home/student")
LOGIN = "ubuntu"
APP_ADDRESS = "203.0.113.7"  # what the world's checkip answers
INSTANCE_RANGE = "54.214.0.0/16"  # moto's public IPs (an AWS range of us-west-2)
INSTANCE_PROBE = "54.214.0.1"
COURSE_REPOSITORY = "https://github.com/fastai/fastbook"
COURSE_NOTEBOOKS = ("01_intro.ipynb", "02_production.ipynb", "04_mnist_basics.ipynb")
#: The stand-in wheels: name, version.
STAND_INS = (("fastai", "2.8.4"), ("fastbook", "0.0.29"))


def _run(*args: str) -> str:
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    return done.stdout


def inside() -> bool:
    return os.environ.get(INSIDE_ENV) == "1"


def prepare() -> None:
    """Outside the namespaces (the package index is reachable): the wheels of
    `notebook` for the instance's environment, downloaded once per machine."""
    if os.geteuid() != 0:
        raise SystemExit(
            "The screenshots arrange a student's machine in namespaces: run them as root."
        )
    ready = WHEELS / ".ready"
    if ready.exists():
        return
    python = ensure_instance_env() / "python"
    shutil.rmtree(WHEELS, ignore_errors=True)
    WHEELS.mkdir(parents=True)
    _run(str(python), "-m", "pip", "download", "--quiet", "-d", str(WHEELS), "notebook")
    ready.touch()


def run_inside(argv: Sequence[str], env: dict[str, str]) -> int:
    """Run `python argv...` with `env` added, in fresh mount, network and host-name
    namespaces."""
    prepare()
    command = ["unshare", "--mount", "--net", "--uts", "--fork", "--", sys.executable, *argv]
    return subprocess.run(command, env={**os.environ, **env, INSIDE_ENV: "1"}).returncode


def _mount(*args: str) -> None:
    _run("mount", *args)


def _ids(path: str) -> set[int]:
    return {int(line.split(":")[2]) for line in Path(path).read_text().splitlines() if line}


def _add_login(scratch: Path) -> int:
    """The `ubuntu` user (its group has the same number), in a copy of /etc bound
    over the real one: a file bound alone would come loose as soon as something
    outside rewrites it (the test world's `usermod` replaces /etc/passwd)."""
    taken = _ids("/etc/passwd") | _ids("/etc/group")
    uid = next(n for n in range(1000, 60000) if n not in taken)
    etc = scratch / "etc"
    _run("cp", "-a", "/etc", str(etc))
    lines = {
        "passwd": f"{LOGIN}:x:{uid}:{uid}:Ubuntu:/home/{LOGIN}:/bin/bash\n",
        "group": f"{LOGIN}:x:{uid}:\n",
        "shadow": f"{LOGIN}:*:19000:0:99999:7:::\n",  # no password, yet not locked
    }
    for name, line in lines.items():  # instead of a machine's own `ubuntu`, if it has one
        kept = [old for old in (etc / name).read_text().splitlines(keepends=True)
                if not old.startswith(f"{LOGIN}:")]  # fmt: skip
        text = "".join(kept)
        (etc / name).write_text(text + ("\n" if text and not text.endswith("\n") else "") + line)
    _mount("--bind", str(etc), "/etc")
    return uid


def _fresh_opt() -> None:
    """A tmpfs on /opt that still shows the world's cached folder."""
    kept = tempfile.mkdtemp(prefix="showroom-opt-")
    world = WHEELS.parent
    _mount("--bind", str(world), kept)
    _mount("-t", "tmpfs", "-o", "mode=755", "tmpfs", "/opt")
    world.mkdir()
    _mount("--move", kept, str(world))
    os.rmdir(kept)


def _wheel(folder: Path, name: str, version: str) -> None:
    """A pure-Python wheel whose module only says what it stands in for."""
    dist = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": (
            f'"""The screenshots\' stand-in for {name}."""\n__version__ = "{version}"\n'
        ),
        f"{dist}/METADATA": (
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
            f"Summary: the screenshots' stand-in for {name}\n"
        ),
        f"{dist}/WHEEL": "Wheel-Version: 1.0\nGenerator: showroom\nRoot-Is-Purelib: true\n"
        "Tag: py3-none-any\n",
    }
    record = []
    for path, text in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=")
        record.append(f"{path},sha256={digest.decode()},{len(text.encode())}")
    record.append(f"{dist}/RECORD,,")
    files[f"{dist}/RECORD"] = "\n".join(record) + "\n"
    with zipfile.ZipFile(folder / f"{name}-{version}-py3-none-any.whl", "w") as wheel:
        for path, text in files.items():
            wheel.writestr(path, text)


def _instance_software(uid: int) -> None:
    """/opt/pytorch with the real notebook; stand-in wheels; the course; the login's
    git and pip settings."""
    pytorch = Path("/opt/pytorch")
    _run("/usr/bin/python3", "-m", "venv", str(pytorch))
    _run(str(pytorch / "bin" / "python"), "-m", "pip", "install", "--quiet",
         "--no-index", "--find-links", str(WHEELS), "notebook")  # fmt: skip
    wheels = Path("/opt/wheels")
    wheels.mkdir()
    for name, version in STAND_INS:
        _wheel(wheels, name, version)
    bare = Path("/opt/github/fastai/fastbook.git")
    bare.parent.mkdir(parents=True)
    course = {"README.md": "# The fastai book\n"}
    course |= {notebook: EMPTY_NOTEBOOK for notebook in COURSE_NOTEBOOKS}
    make_course_repository(bare, str(uid), course)
    home = Path("/home") / LOGIN
    (home / ".config" / "pip").mkdir(parents=True)
    (home / ".config" / "pip" / "pip.conf").write_text(
        f"[global]\nno-index = true\nfind-links = {wheels}\ndisable-pip-version-check = true\n"
    )
    (home / ".gitconfig").write_text(f'[url "{bare}"]\n\tinsteadOf = {COURSE_REPOSITORY}\n')
    _run("chown", "-R", f"{uid}:{uid}", str(home), str(pytorch))


def _ip(*args: str, pid: int | None = None) -> None:
    prefix = ["nsenter", f"--net=/proc/{pid}/ns/net"] if pid else []
    _run(*prefix, "ip", *args)


def _network() -> subprocess.Popen[bytes]:
    """The instance's network namespace (held by a sleeping process) and the link to it."""
    holder = subprocess.Popen(["unshare", "--net", "--", "sleep", "infinity"])
    own = os.readlink("/proc/self/ns/net")
    deadline = time.monotonic() + 10
    while os.readlink(f"/proc/{holder.pid}/ns/net") == own:
        if time.monotonic() > deadline:
            raise RuntimeError("the instance's network namespace was not made")
        time.sleep(0.01)
    _ip("link", "set", "lo", "up")
    _ip("link", "add", "name", "app0", "type", "veth", "peer", "name", "inst0",
        "netns", str(holder.pid))  # fmt: skip
    _ip("addr", "add", f"{APP_ADDRESS}/32", "dev", "app0")
    _ip("link", "set", "app0", "up")
    _ip("route", "add", INSTANCE_RANGE, "dev", "app0", "src", APP_ADDRESS)
    _ip("link", "set", "lo", "up", pid=holder.pid)
    _ip("link", "set", "inst0", "up", pid=holder.pid)
    _ip("route", "add", "local", INSTANCE_RANGE, "dev", "lo", pid=holder.pid)
    _ip("route", "add", f"{APP_ADDRESS}/32", "dev", "inst0", pid=holder.pid)
    return holder


def _end_logins(uid: int, network: str) -> None:
    """Kill the login's processes on this instance only: those of `uid` in the
    instance's network namespace (another showroom on the machine has its own)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            if entry.stat().st_uid == uid and os.readlink(entry / "ns" / "net") == network:
                os.kill(int(entry.name), signal.SIGKILL)


@dataclass
class Showroom:
    instance: Sshd
    home: Path  # the student's
    login_uid: int
    network: str  # the instance's network namespace, as /proc/PID/ns/net reads

    def reset(self) -> None:
        """A new student and a new instance: empty homes, no fastai installed."""
        _end_logins(self.login_uid, self.network)
        kept = {".config", ".gitconfig"}  # the login's pip and git settings
        for folder, keep in ((self.home, set()), (self.instance.home, kept)):
            for path in folder.iterdir():
                if path.name in keep:
                    continue
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                else:
                    path.unlink()
        _run("/opt/pytorch/bin/python", "-m", "pip", "uninstall", "--quiet", "--yes",
             "fastai", "fastbook")  # fmt: skip


@contextlib.contextmanager
def showroom() -> Iterator[Showroom]:
    """Arrange this process's namespaces (see the module docstring); `run_inside` made them."""
    if not inside():
        raise RuntimeError("showroom() runs only inside run_inside()'s namespaces")
    _mount("--make-rprivate", "/")
    socket.sethostname(HOST_NAME)
    # A student's environment: nothing of the caller's (a test's app folder, AWS
    # settings or XDG folders would show on screen or change what the app does).
    callers = [name for name in os.environ if name != INSIDE_ENV and (
        name.startswith(("FASTAI_LAUNCHER_", "AWS_", "XDG_")) or name == "USERPROFILE")]  # fmt: skip
    for name in callers:
        del os.environ[name]
    scratch = Path(tempfile.mkdtemp(prefix="showroom-"))
    scratch.chmod(0o755)  # the login reads the sshd folder's stand-in nvidia-smi
    holder = None
    try:
        uid = _add_login(scratch)
        _mount("-t", "tmpfs", "-o", "mode=755", "tmpfs", "/home")
        STUDENT_HOME.mkdir(mode=0o755)
        (Path("/home") / LOGIN).mkdir(mode=0o755)
        _fresh_opt()
        _instance_software(uid)
        holder = _network()
        sshd_folder = scratch / "sshd"
        sshd_folder.mkdir()
        sshd = Sshd(
            folder=sshd_folder,
            user=LOGIN,
            port=22,
            address=INSTANCE_PROBE,
            listen="0.0.0.0",
            launcher=("nsenter", f"--net=/proc/{holder.pid}/ns/net"),
        )
        yield Showroom(sshd, STUDENT_HOME, uid, os.readlink(f"/proc/{holder.pid}/ns/net"))
    finally:
        if holder is not None:
            _end_logins(uid, os.readlink(f"/proc/{holder.pid}/ns/net"))
            holder.kill()
            holder.wait()
        shutil.rmtree(scratch, ignore_errors=True)

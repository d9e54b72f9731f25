"""The whole check, as a contributor and CI run it: `python -m tests`.

1. the system packages the test world needs (OpenSSH server, Xvfb and the
   xcb libraries, a Korean font), installed with apt-get when missing and
   allowed (root on Debian/Ubuntu), otherwise named with the command to run;
2. ruff (lint and format), mypy;
3. pytest: the whole suite, which includes the translations check.
Extra arguments go to pytest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (what must exist, the Debian package that brings it)
SYSTEM_NEEDS = [
    ("/usr/sbin/sshd", "openssh-server"),
    ("/usr/bin/ssh", "openssh-client"),
    ("/usr/bin/Xvfb", "xvfb"),
    ("/usr/share/fonts/truetype/nanum", "fonts-nanum"),
    ("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0", "libxcb-cursor0"),
    ("/usr/lib/x86_64-linux-gnu/libxcb-icccm.so.4", "libxcb-icccm4"),
    ("/usr/lib/x86_64-linux-gnu/libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("/usr/lib/x86_64-linux-gnu/libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("/usr/lib/x86_64-linux-gnu/libEGL.so.1", "libegl1"),
    ("/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "libfontconfig1"),
    ("/usr/lib/x86_64-linux-gnu/libdbus-1.so.3", "libdbus-1-3"),
    ("/usr/bin/git", "git"),
    ("/usr/bin/python3", "python3-venv"),
    ("/usr/bin/pkill", "procps"),
    # The screenshots' namespaces (tests/world/showroom.py).
    ("/usr/bin/unshare", "util-linux"),
    ("/usr/bin/nsenter", "util-linux"),
    ("/usr/bin/ip", "iproute2"),
]


def missing_packages() -> list[str]:
    packages = [package for path, package in SYSTEM_NEEDS if not Path(path).exists()]
    if Path("/usr/bin/python3").exists():
        probe = subprocess.run(["/usr/bin/python3", "-c", "import ensurepip"], capture_output=True)
        if probe.returncode != 0:
            packages.append("python3-venv")
    return sorted(set(packages))


def ensure_system_packages() -> None:
    packages = missing_packages()
    if not packages:
        return
    command = ["apt-get", "install", "-y", "--no-install-recommends", *packages]
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit("The test world needs these system packages: " + " ".join(packages) +
                 "\nInstall them, e.g.: sudo " + " ".join(command))  # fmt: skip
    print("installing system packages:", " ".join(packages), flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


def step(name: str, *command: str) -> None:
    print(f"== {name}: {' '.join(command)}", flush=True)
    if subprocess.run(command, cwd=ROOT).returncode != 0:
        sys.exit(f"{name} failed")


def main(pytest_args: list[str]) -> int:
    ensure_system_packages()
    python = sys.executable
    step("ruff check", python, "-m", "ruff", "check", ".")
    step("ruff format", python, "-m", "ruff", "format", "--check", ".")
    step("mypy", python, "-m", "mypy")
    print("== pytest", flush=True)
    return subprocess.run([python, "-m", "pytest", *pytest_args], cwd=ROOT).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

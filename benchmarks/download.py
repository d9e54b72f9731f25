""" "Download my notebooks" against OpenSSH's `scp`, on loopback, against one private sshd.

The same files both ways, in the same run: a 200 MB file and 40 notebooks of
256 KB, the student's own in a course clone on the "instance".  Ours lists
them (`ssh.notebooks.student_files`) and copies them over SFTP on an open
session (`download_files`), as the app does; `scp -r` copies the folder.
Each round does both one after the other, so both meet the same machine load;
the figure is the median of 3 rounds.  Goal: ours >= 0.5x scp's throughput.

    python -m benchmarks download
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.hostkeys import InstanceHostKeyPolicy, KnownHosts, parse_console_host_keys
from fastai_launcher.ssh.notebooks import download_files, student_files
from fastai_launcher.ssh.recipes import load_recipe
from fastai_launcher.ssh.session import Backoff, Session, connect
from tests.world.aws_console import cloud_init_console_text
from tests.world.sshd import Sshd, _ensure_world_user

from .figures import Figure, figure
from .tunnel import _client_key, _stop_sshd

BIG_BYTES = 200 * 1000 * 1000
NOTEBOOKS = 40
NOTEBOOK_BYTES = 256 * 1024
ROUNDS = 3


def _make_course(home: Path, owner: str) -> str:
    """A clone in `home` whose untracked files are the student's; its folder name."""
    name = f"bench-download-{uuid.uuid4().hex[:8]}"
    course = home / name
    (course / "nbs").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(course)], check=True)
    with (course / "big.bin").open("wb") as big:
        for _ in range(BIG_BYTES // 1_000_000):
            big.write(os.urandom(1_000_000))
    for number in range(NOTEBOOKS):
        (course / "nbs" / f"notebook {number:02d}.ipynb").write_bytes(os.urandom(NOTEBOOK_BYTES))
    subprocess.run(["chown", "-R", owner, str(course)], check=True)
    return name


def _scp(server: Sshd, key: Path, remote: str, local: Path) -> float:
    known = server.folder / "client_known_hosts"
    known.write_text("".join(f"[127.0.0.1]:{server.port} {k}\n" for k in server.host_public_keys))
    start = time.perf_counter()
    subprocess.run(
        ["scp", "-q", "-r", "-i", str(key), "-P", str(server.port),
         "-o", f"UserKnownHostsFile={known}", "-o", "StrictHostKeyChecking=yes",
         "-o", "BatchMode=yes", f"{server.user}@127.0.0.1:{remote}", str(local)],
        check=True, timeout=300,
    )  # fmt: skip
    return time.perf_counter() - start


def _ours(session: Session, folder: str, local: Path) -> tuple[float, int]:
    recipe = dataclasses.replace(load_recipe("sandbox"), folder=folder, notebooks=f"{folder}/nbs")
    start = time.perf_counter()
    files = [f for f in student_files(session, recipe) if f.path.startswith(folder + "/")]
    result = download_files(session, files, local, TaskContext())
    return time.perf_counter() - start, result.bytes


def measure() -> list[Figure]:
    total = BIG_BYTES + NOTEBOOKS * NOTEBOOK_BYTES
    with tempfile.TemporaryDirectory(prefix="bench-download-") as tmp:
        folder = Path(tmp)
        folder.chmod(0o755)  # the login user reads authorized_keys below it
        (folder / "sshd").mkdir()
        user = "root" if os.geteuid() == 0 else _ensure_world_user()
        server = Sshd(folder=folder / "sshd", user=user)
        key_path, pkey, public_line = _client_key(folder)
        server.start()
        course = _make_course(server.home, user)
        try:
            server.authorize(public_line)
            listed = parse_console_host_keys(cloud_init_console_text(server.host_public_keys))
            policy = InstanceHostKeyPolicy(
                "i-0benchdownload000", KnownHosts(folder / "known_hosts.json"), listed
            )
            session = connect("127.0.0.1", server.port, pkey, policy, TaskContext(), user,
                              Backoff(first_delay=0.05, total=10))  # fmt: skip
            ours_rates, scp_rates = [], []
            try:
                for round_number in range(ROUNDS):
                    local = folder / f"ours-{round_number}"
                    seconds, moved = _ours(session, course, local)
                    if moved != total:
                        raise RuntimeError(f"ours moved {moved} bytes, not {total}")
                    ours_rates.append(total / seconds)
                    shutil.rmtree(local)
                    copy = folder / f"scp-{round_number}"
                    scp_rates.append(total / _scp(server, key_path, course, copy))
                    shutil.rmtree(copy)
            finally:
                session.close()
        finally:
            shutil.rmtree(server.home / course, ignore_errors=True)
            _stop_sshd(server)
    return [
        figure(
            "download_notebooks_throughput",
            statistics.median(ours_rates) / 1e6,
            "MB/s",
            ">= 0.5x scp",
            statistics.median(scp_rates) / 1e6,
            files=NOTEBOOKS + 1,
            megabytes=round(total / 1e6, 1),
            rounds=ROUNDS,
        )
    ]

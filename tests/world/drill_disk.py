"""A really full disk for the drills, and the app's AWS calls counted as they answer.

`tmpfs_over(folder)` mounts a small tmpfs over one folder (the app's config
folder, where `state.json` lives) and unmounts it afterwards; `fill(folder)`
then writes a filler file until the kernel answers ENOSPC, so the app's next
write there fails as on a full disk, and `free(folder)` deletes the filler.
Mounting needs root (or CAP_SYS_ADMIN): without it the drill fails and says
so, it is never skipped.

`on_every_call(ws, services, hook)` calls `hook(name)` after each AWS call the
workspace's clients answer (`"ec2.RunInstances"`), in order: a botocore
`after-call` handler, the same boundary the kill drill uses.  `LAUNCH_CALLS`
lists the calls of a launch with nothing made yet, as the flow makes them
today: the disk-full and the kill drills step through them and check the order,
so a change to the flow fails there and asks for this list to be updated.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

FILLER = ".drill-filler"

#: `launch` with nothing made yet, every AWS call in order (the last save,
#: `done(Step.LAUNCH)`, comes after the last one).
LAUNCH_CALLS = [
    "ec2.DescribeInstances",  # the app's instance, by id or tag: none
    "ec2.DescribeInstanceTypeOfferings",  # the type is offered in the region
    "ec2.DescribeKeyPairs",
    "ec2.ImportKeyPair",  # then the key pair's name is saved
    "ssm.GetParametersByPath",  # the newest DLAMI
    "ec2.DescribeImages",
    "ec2.DescribeVpcs",
    "ec2.DescribeSecurityGroups",
    "ec2.CreateSecurityGroup",  # then the client token is saved
    "ec2.DescribeInstances",  # an instance made with that token already?
    "ec2.RunInstances",
    "cloudwatch.DescribeAlarms",
    "cloudwatch.PutMetricAlarm",  # the idle alarm
    "cloudwatch.DescribeAlarms",  # then the instance id is saved
    "ec2.DescribeInstances",  # waiting for running
    "ec2.DescribeInstanceStatus",  # and for the status checks
    "ec2.DescribeInstances",
]


@contextlib.contextmanager
def tmpfs_over(folder: Path, size_kib: int = 256) -> Iterator[Path]:
    """`folder` (which must exist) is a `size_kib` tmpfs, readable by its owner only, for
    the block; what it held before is hidden meanwhile and visible again afterwards."""
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.fail(
            f"cannot mount a tmpfs over {folder} to make a full disk "
            f"({mounted.stderr.strip() or mounted.returncode}): this drill needs root or "
            "CAP_SYS_ADMIN and the mount command; it is never skipped",
            pytrace=False,
        )
    try:
        yield folder
    finally:
        unmounted = subprocess.run(["umount", str(folder)], capture_output=True, check=False)
        if unmounted.returncode != 0:  # still open somewhere: detach it now, freed when closed
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=True)


def fill(folder: Path) -> None:
    """Write a filler file in `folder` until its file system has no byte left, then check
    that a new file there cannot get one."""
    fd = os.open(folder / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        chunk = 1 << 16
        while chunk:
            try:
                os.write(fd, b"\0" * chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                chunk //= 2
    finally:
        os.close(fd)
    probe = folder / ".drill-probe"
    try:
        with open(probe, "wb", buffering=0) as handle:
            handle.write(b"x")
    except OSError as exc:
        assert exc.errno == errno.ENOSPC, exc
    else:
        raise AssertionError(f"{folder} still takes a byte after the filler: not full")
    finally:
        probe.unlink(missing_ok=True)


def free(folder: Path) -> None:
    """Delete the filler: the folder's file system has room again."""
    (folder / FILLER).unlink(missing_ok=True)


def on_every_call(ws: Any, services: tuple[str, ...], hook: Callable[[str], None]) -> None:
    """`hook("ec2.RunInstances")` after every call the workspace's clients for `services`
    (in the chosen region) answer, errors included, before the app sees the answer."""

    def answered(event_name: str, **_kwargs: Any) -> None:
        _, service, operation = event_name.split(".", 2)
        hook(f"{service}.{operation}")

    for service in services:
        ws.client(service).meta.events.register("after-call", answered)

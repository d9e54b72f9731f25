""" "Download my notebooks": the student's own files, from the instance to this computer.

Only what the student created or changed is copied: in the course's clone what
git calls changed or untracked (not the course's untouched notebooks), the
notebook folder when it lies outside the clone, and `~/my-work` (where an
update keeps their work).  One shell command lists them with size and mtime;
the files come over SFTP on the existing SSH session, with large pipelined
reads (see `_READ_SIZE`), keeping their layout under the local folder.

A manifest in the local folder remembers each file's size and mtime at the
last download, so only what changed since is copied.  A file arrives in a
partial folder first and is moved into place when complete; after a dropped
connection the next call continues a partial file where it stopped (when the
instance's file is still the same).  A local file that is not the app's own
unchanged copy — the student edited it, or it is newer — is never
overwritten: the download is put beside it with a `.from-instance` suffix.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shlex
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import paramiko
from paramiko.sftp import CMD_DATA, CMD_READ, int64

from ..core import atomic
from ..core.errors import SshError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .recipes import MY_WORK, Recipe
from .session import Session, connection_lost

log = logging.getLogger("fastai_launcher.ssh.notebooks")

MANIFEST = ".fastai-launcher-downloads.json"
PARTIAL = ".fastai-launcher-partial"
BESIDE = ".from-instance"  # `lesson1.ipynb` kept, the download as `lesson1.from-instance.ipynb`
DEFAULT_ROOT = "fastai-notebooks"  # under the user's home: ~/fastai-notebooks/<instance name>/

# OpenSSH's sftp-server answers reads of up to 256 KiB minus its header; paramiko
# asks 32 KiB at a time, which leaves most of the link idle on a Python client.
_READ_SIZE = 255 * 1024
_IN_FLIGHT = 64  # read requests outstanding at once: 16 MB
_WINDOW = 1 << 24
_MAX_PACKET = 1 << 18
_CHANNEL_TIMEOUT = 30.0  # a silent link is given up after this long
# Progress is reported every 1 MiB, or every 1/200 of a larger download: a bounded
# number of signals to the window, at points that do not depend on the speed.
_PROGRESS_STEP = 1 << 20
_PROGRESS_REPORTS = 200


@dataclass(frozen=True)
class RemoteFile:
    """One of the student's files on the instance; `path` is relative to the home folder."""

    path: str
    size: int
    mtime: int  # seconds since the epoch


def default_folder(home: Path, instance_name: str) -> Path:
    """`~/fastai-notebooks/<instance name>/`, the name made safe for any file system."""
    safe = re.sub(r"[^\w.-]+", "-", instance_name).strip(".-") or "instance"
    return home / DEFAULT_ROOT / safe


def _listing_command(recipe: Recipe) -> str:
    q = shlex.quote
    folder = recipe.folder
    sources = [
        f"if [ -d {q(folder + '/.git')} ]; then "
        f"{{ git -C {q(folder)} ls-files -z -m -o --exclude-standard; "
        f"git -C {q(folder)} diff -z --name-only --cached; }} "
        f"| sort -zu | sed -z {q('s|^|' + folder.replace('|', '') + '/|')}; fi",
        f"if [ -d {MY_WORK} ]; then find {MY_WORK} -type f -print0; fi",
    ]
    inside = PurePosixPath(recipe.notebooks).is_relative_to(PurePosixPath(folder))
    if not inside:
        sources.append(
            f"if [ -d {q(recipe.notebooks)} ]; then find {q(recipe.notebooks)} -type f -print0; fi"
        )
    # Deleted files are listed by git too; stat leaves them out.  stat's %F is the file type.
    return (
        'cd "$HOME" || exit 1; { ' + "; ".join(sources) + "; } "
        "| grep -zv '/\\.ipynb_checkpoints/' "
        "| xargs -0 -r stat --printf '%s\\t%Y\\t%F\\t%n\\0' -- 2> /dev/null; exit 0"
    )


def student_files(
    session: Session, recipe: Recipe, ctx: TaskContext | None = None
) -> list[RemoteFile]:
    """The student's created and changed files on the instance, by path."""
    raw = bytearray()
    if session.stream(_listing_command(recipe), raw.extend, ctx, timeout=120) != 0:
        raise _listing_failed()
    found: dict[str, RemoteFile] = {}
    for record in bytes(raw).split(b"\0"):
        parts = record.split(b"\t", 3)
        # Only regular files: git lists a nested repository as its folder.
        if len(parts) != 4 or not parts[0].isdigit() or not parts[2].startswith(b"regular"):
            continue
        path = parts[3].decode("utf-8", "surrogateescape")
        if _safe_relative(path):
            found[path] = RemoteFile(path, int(parts[0]), int(parts[1].split(b".")[0]))
    return [found[p] for p in sorted(found)]


def _safe_relative(path: str) -> bool:
    pure = PurePosixPath(path)
    return not pure.is_absolute() and ".." not in pure.parts and bool(pure.parts)


# The manifest.


@dataclass
class Manifest:
    """What the last downloads brought, per remote path; saved in the local folder."""

    #: remote path -> {"size", "mtime"} of the instance's file, and "local" (the path
    #: written, relative to the folder) with its "local_size" and "local_mtime_ns".
    files: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: remote path -> {"size", "mtime"} of the version a partial file belongs to.
    partial: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        raw = atomic.read_json(folder / MANIFEST)
        if not isinstance(raw, dict):
            return cls()
        files, partial = raw.get("files"), raw.get("partial")
        return cls(
            files if isinstance(files, dict) else {}, partial if isinstance(partial, dict) else {}
        )

    def save(self, folder: Path) -> None:
        atomic.write_json(
            folder / MANIFEST, {"version": 1, "files": self.files, "partial": self.partial}, 0o644
        )

    def changed(self, remote: RemoteFile) -> bool:
        known = self.files.get(remote.path)
        return known is None or (known.get("size"), known.get("mtime")) != (
            remote.size,
            remote.mtime,
        )


def changed_files(files: list[RemoteFile], folder: Path) -> list[RemoteFile]:
    """Those of `files` that changed since the last download into `folder`."""
    manifest = Manifest.load(folder)
    return [f for f in files if manifest.changed(f)]


@dataclass
class DownloadLog:
    """What a download finished so far; hand the same one to the call after a
    dropped connection and the result counts both."""

    downloaded: list[str] = field(default_factory=list)
    kept_beside: list[tuple[str, str]] = field(default_factory=list)
    bytes: int = 0


@dataclass(frozen=True)
class DownloadResult:
    folder: Path
    downloaded: tuple[str, ...]  # local paths written, relative to `folder`
    kept_beside: tuple[tuple[str, str], ...]  # (local file kept, the download put beside it)
    unchanged: int  # files already downloaded, not copied again
    bytes: int  # copied over the link this time (a resumed file counts its rest only)

    @property
    def copied(self) -> int:
        """Files written this time, beside a newer local one or not."""
        return len(self.downloaded) + len(self.kept_beside)


def download_files(
    session: Session,
    files: list[RemoteFile],
    folder: Path,
    ctx: TaskContext,
    log: DownloadLog | None = None,
) -> DownloadResult:
    """Copy the changed ones of `files` into `folder`, resuming partial files.

    Progress: `ctx.progress(step, done, total)` with `done` and `total` in KiB
    (a Qt signal's int holds them), the step text giving the bytes as the user
    reads them.  Cancel: `Cancelled`, partial files kept for the next call; a
    dropped connection: a retryable `SshError`, the same.
    """
    folder.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.load(folder)
    todo = [f for f in files if manifest.changed(f)]
    total = sum(f.size for f in todo)
    progress = _Progress(ctx, total)
    partial_root = folder / PARTIAL
    for remote in todo:  # partial files already there count as done
        partial = partial_root / remote.path
        if _resumable(manifest, remote, partial):
            progress.done += partial.stat().st_size
    done = log if log is not None else DownloadLog()
    if todo:
        with _sftp(session) as sftp:
            for remote in todo:
                ctx.check()
                partial = partial_root / remote.path
                if not _resumable(manifest, remote, partial):
                    partial.parent.mkdir(parents=True, exist_ok=True)
                    partial.write_bytes(b"")
                    manifest.partial[remote.path] = {"size": remote.size, "mtime": remote.mtime}
                    manifest.save(folder)
                if not _fetch(sftp, session, remote, partial, progress, done):
                    partial.unlink(missing_ok=True)  # deleted on the instance since it was listed
                    manifest.partial.pop(remote.path, None)
                    continue
                os.utime(partial, (remote.mtime, remote.mtime))
                written = _place(partial, folder, remote.path, manifest.files.get(remote.path))
                stat = written.stat()
                manifest.partial.pop(remote.path, None)
                manifest.files[remote.path] = {
                    "size": remote.size,
                    "mtime": remote.mtime,
                    "local": written.relative_to(folder).as_posix(),
                    "local_size": stat.st_size,
                    "local_mtime_ns": stat.st_mtime_ns,
                }
                manifest.save(folder)
                local = written.relative_to(folder).as_posix()
                done.downloaded.append(local)
                if local != remote.path:
                    done.kept_beside.append((remote.path, local))
        progress.report(force=True)
    with contextlib.suppress(OSError):
        _remove_empty(partial_root)
    return DownloadResult(
        folder, tuple(done.downloaded), tuple(done.kept_beside), len(files) - len(todo), done.bytes
    )


def _resumable(manifest: Manifest, remote: RemoteFile, partial: Path) -> bool:
    known = manifest.partial.get(remote.path)
    return (
        known is not None
        and (known.get("size"), known.get("mtime")) == (remote.size, remote.mtime)
        and partial.is_file()
        and partial.stat().st_size <= remote.size
    )


def _place(partial: Path, folder: Path, path: str, known: dict[str, Any] | None) -> Path:
    """Move the finished download to `path`, or beside it when the local file there is
    not the app's unchanged copy from the last download."""
    target = folder / path
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not _own_copy(target, folder, known):
        target = target.with_name(f"{target.stem}{BESIDE}{target.suffix}")
    os.replace(partial, target)
    return target


def _own_copy(target: Path, folder: Path, known: dict[str, Any] | None) -> bool:
    if not known or known.get("local") != target.relative_to(folder).as_posix():
        return False
    stat = target.stat()
    return (stat.st_size, stat.st_mtime_ns) == (
        known.get("local_size"),
        known.get("local_mtime_ns"),
    )


def _remove_empty(root: Path) -> None:
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()
    root.rmdir()


class _Progress:
    def __init__(self, ctx: TaskContext, total: int) -> None:
        self.ctx, self.total, self.done = ctx, total, 0
        self._step = max(_PROGRESS_STEP, total // _PROGRESS_REPORTS)
        self._reported = -self._step

    def add(self, count: int) -> None:
        self.done += count
        self.report()

    def report(self, force: bool = False) -> None:
        if not force and self.done - self._reported < self._step:
            self.ctx.check()
            return
        self._reported = self.done
        step = text(
            "Notebooks",
            QT_TRANSLATE_NOOP("Notebooks", "Downloading your notebooks: {done} of {total}"),
            done=_megabytes(self.done),
            total=_megabytes(self.total),
        )
        self.ctx.progress(step, self.done // 1024, self.total // 1024)


def _megabytes(count: int) -> str:
    return f"{count / 1e6:.1f} MB"


@contextlib.contextmanager
def _sftp(session: Session) -> Iterator[paramiko.SFTPClient]:
    try:
        client = paramiko.SFTPClient.from_transport(
            session.transport, window_size=_WINDOW, max_packet_size=_MAX_PACKET
        )
    except (paramiko.SSHException, OSError, EOFError) as exc:
        if not session.alive:
            raise connection_lost(session.host) from exc
        raise _no_sftp() from exc
    if client is None:
        raise connection_lost(session.host)
    client.get_channel().settimeout(_CHANNEL_TIMEOUT)  # type: ignore[union-attr]
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            client.close()


def _fetch(
    sftp: paramiko.SFTPClient,
    session: Session,
    remote: RemoteFile,
    partial: Path,
    progress: _Progress,
    done: DownloadLog,
) -> bool:
    """Append the rest of `remote` to `partial` (its bytes counted in `done`); False
    when the file is gone from the instance."""
    offset = partial.stat().st_size
    try:
        with sftp.open(remote.path, "rb") as source, partial.open("ab") as sink:
            for block in _pipelined_reads(sftp, source.handle, offset, remote.size):
                sink.write(block)
                done.bytes += len(block)
                progress.add(len(block))  # raises Cancelled between blocks
    except FileNotFoundError:
        if not session.alive:
            raise connection_lost(session.host) from None
        return False
    except (TimeoutError, paramiko.SSHException, EOFError) as exc:
        raise connection_lost(session.host) from exc
    except OSError as exc:
        if session.alive and not sftp.get_channel().closed:  # type: ignore[union-attr]
            raise  # this computer's side (a full disk), not the link
        raise connection_lost(session.host) from exc
    return True


class _Answers:
    """Where paramiko's SFTP client puts the answers to this module's read requests."""

    def __init__(self, sftp: paramiko.SFTPClient) -> None:
        self.sftp: Any = sftp  # its request methods are not in paramiko's type stubs
        self.by_number: dict[int, bytes | OSError] = {}

    def _async_response(self, kind: int, msg: paramiko.Message, number: int) -> None:
        if kind == CMD_DATA:
            self.by_number[number] = msg.get_string()
            return
        try:
            self.sftp._convert_status(msg)
            self.by_number[number] = OSError("the instance answered a read with no data")
        except EOFError:
            self.by_number[number] = b""  # the file ended
        except OSError as exc:
            self.by_number[number] = exc


def _pipelined_reads(
    client: paramiko.SFTPClient, handle: object, offset: int, size: int
) -> Iterator[bytes]:
    """The file's bytes from `offset` to `size`, in order, `_IN_FLIGHT` reads asked ahead.

    paramiko's own prefetch asks from a thread of its own, which raises unhandled
    when the link drops; here asking and reading happen in the caller's thread
    (through the client's request methods that its SFTPFile uses).
    """
    answers = _Answers(client)
    sftp = answers.sftp
    pending: deque[tuple[int, int]] = deque()  # (request number, length)
    asked = offset
    while offset < size:
        while len(pending) < _IN_FLIGHT and asked < size:
            length = min(_READ_SIZE, size - asked)
            number = sftp._async_request(answers, CMD_READ, handle, int64(asked), length)
            pending.append((number, length))
            asked += length
        number, length = pending.popleft()
        while number not in answers.by_number:
            sftp._read_response()
        block = answers.by_number.pop(number)
        if isinstance(block, OSError):
            raise block
        if not block:
            raise EOFError("the file on the instance became shorter")
        yield block
        offset += len(block)
        if len(block) < length:  # a short read: ask again from here, once the rest is in
            for later, _ in pending:
                while later not in answers.by_number:
                    sftp._read_response()
                answers.by_number.pop(later)
            pending.clear()
            asked = offset


def _listing_failed() -> SshError:
    return SshError(
        text(
            "Notebooks",
            QT_TRANSLATE_NOOP("Notebooks", "The instance did not list your notebooks."),
        ),
        text(
            "Notebooks",
            QT_TRANSLATE_NOOP("Notebooks", "Check that the course is installed, then try again."),
        ),
    )


def _no_sftp() -> SshError:
    return SshError(
        text(
            "Notebooks",
            QT_TRANSLATE_NOOP("Notebooks", "The instance does not offer file transfer (SFTP)."),
        ),
        text(
            "Notebooks",
            QT_TRANSLATE_NOOP(
                "Notebooks",
                "Open the notebooks in Jupyter and use its Download command for each one.",
            ),
        ),
    )

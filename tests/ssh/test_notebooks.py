""" "Download my notebooks" against the world's real sshd (with the SFTP subsystem,
as on the instance): only the student's created and changed files, their layout
kept; only what changed since the last download; a newer local file never
overwritten; a cancel and a dropped connection (sshd restarted mid-file, every
connection cut) continued where they stopped, with a 200 MB file."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import uuid

import pytest

from fastai_launcher.core.errors import Cancelled, SshError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.notebooks import (
    BESIDE,
    MANIFEST,
    PARTIAL,
    changed_files,
    default_folder,
    download_files,
    student_files,
)
from fastai_launcher.ssh.recipes import load_recipe


@pytest.fixture
def course(open_session, sshd):
    """A clone of a small course in the instance's home (made by its user, as the recipe
    does), and a folder of the student's own under ~/my-work; removed afterwards."""
    unique = uuid.uuid4().hex[:8]
    recipe = dataclasses.replace(
        load_recipe("sandbox"), folder=f"dl-course-{unique}", notebooks=f"dl-course-{unique}/nbs"
    )
    session = open_session()
    made = session.run(
        f"set -e; mkdir -p {recipe.folder}/nbs && cd {recipe.folder} && git init -q -b main && "
        "echo lesson1 > nbs/lesson1.ipynb && echo lesson2 > nbs/lesson2.ipynb && "
        "echo old > nbs/old.ipynb && git add . && "
        "git -c user.name=w -c user.email=w@example.org commit -q -m course"
    )
    assert made == 0
    yield recipe, f"my-work/dl-{unique}"
    open_session().run(f"rm -rf {recipe.folder} my-work/dl-{unique}")  # the first may be cut


def sha256(path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def test_the_default_folder_is_under_fastai_notebooks_by_instance_name(tmp_path):
    assert (
        default_folder(tmp_path, "fastai-launcher") == tmp_path / "fastai-notebooks/fastai-launcher"
    )
    assert default_folder(tmp_path, "my gpu/../x") == tmp_path / "fastai-notebooks/my-gpu-..-x"
    assert default_folder(tmp_path, "") == tmp_path / "fastai-notebooks/instance"


def test_only_the_student_s_files_come_and_only_what_changed_since(
    open_session, course, sshd, tmp_path
):
    recipe, mine = course
    session = open_session()
    session.run(f"cd {recipe.folder}/nbs && echo 'my edit' >> lesson1.ipynb && rm old.ipynb && "
                "mkdir -p 'my stuff/.ipynb_checkpoints' && echo new > 'my stuff/try 1.ipynb' && "
                "echo cp > 'my stuff/.ipynb_checkpoints/try 1-checkpoint.ipynb' && "
                "mkdir nested && git -C nested init -q && echo n > nested/n.ipynb && "
                f"cd && mkdir -p {mine}/nbs && echo kept > {mine}/nbs/lesson9.ipynb")  # fmt: skip
    listed = [f for f in student_files(session, recipe) if f.path.startswith((recipe.folder, mine))]
    assert [f.path for f in listed] == [
        f"{recipe.folder}/nbs/lesson1.ipynb",
        f"{recipe.folder}/nbs/my stuff/try 1.ipynb",
        f"{mine}/nbs/lesson9.ipynb",
    ]
    assert listed[0].size == len("lesson1\nmy edit\n")
    folder = tmp_path / "notebooks"
    assert len(changed_files(listed, folder)) == 3  # "Download 3 changed notebooks first"

    steps = []
    ctx = TaskContext(
        on_progress=lambda step, done, total: steps.append((step.render(), done, total))
    )
    result = download_files(session, listed, folder, ctx)
    assert result.downloaded == tuple(f.path for f in listed) and result.unchanged == 0
    assert (folder / recipe.folder / "nbs/lesson1.ipynb").read_text() == "lesson1\nmy edit\n"
    assert (folder / recipe.folder / "nbs/my stuff/try 1.ipynb").read_text() == "new\n"
    assert (folder / mine / "nbs/lesson9.ipynb").read_text() == "kept\n"
    assert not (folder / recipe.folder / "nbs/lesson2.ipynb").exists()  # the course's own
    assert not (folder / PARTIAL).exists() and (folder / MANIFEST).exists()
    remote_mtime = listed[0].mtime
    assert int((folder / recipe.folder / "nbs/lesson1.ipynb").stat().st_mtime) == remote_mtime
    assert steps[-1][0].startswith("Downloading your notebooks:") and steps[-1][1] == steps[-1][2]

    again = download_files(session, listed, folder, TaskContext())
    assert again.downloaded == () and again.unchanged == 3 and again.bytes == 0
    assert changed_files(listed, folder) == []

    # On the instance lesson 1 changes again; here the student edited try 1 (newer than
    # the instance's) and lesson9 is untouched.
    os.utime(sshd.home / recipe.folder / "nbs/lesson1.ipynb", (remote_mtime + 5, remote_mtime + 5))
    session.run(
        f"cd {recipe.folder}/nbs && echo 'v3' >> lesson1.ipynb && echo more >> 'my stuff/try 1.ipynb'"
    )
    local_try = folder / recipe.folder / "nbs/my stuff/try 1.ipynb"
    local_try.write_text("edited here\n")
    os.utime(local_try, (remote_mtime + 3600, remote_mtime + 3600))
    listed = [f for f in student_files(session, recipe) if f.path.startswith((recipe.folder, mine))]
    assert [f.path for f in changed_files(listed, folder)] == [
        f"{recipe.folder}/nbs/lesson1.ipynb",
        f"{recipe.folder}/nbs/my stuff/try 1.ipynb",
    ]
    third = download_files(session, listed, folder, TaskContext())
    beside = f"{recipe.folder}/nbs/my stuff/try 1{BESIDE}.ipynb"
    assert third.downloaded == (f"{recipe.folder}/nbs/lesson1.ipynb", beside)
    assert third.kept_beside == ((f"{recipe.folder}/nbs/my stuff/try 1.ipynb", beside),)
    assert local_try.read_text() == "edited here\n"  # never overwritten
    assert (folder / beside).read_text() == "new\nmore\n"
    assert (folder / recipe.folder / "nbs/lesson1.ipynb").read_text() == "lesson1\nmy edit\nv3\n"


def test_a_cancel_keeps_the_partial_file_and_the_next_download_continues_it(
    open_session, course, tmp_path
):
    recipe, _mine = course
    session = open_session()
    assert session.run(f"head -c 30000000 /dev/urandom > {recipe.folder}/nbs/data.bin") == 0
    listed = [f for f in student_files(session, recipe) if f.path.startswith(recipe.folder)]
    folder = tmp_path / "notebooks"
    ctx = TaskContext()

    def cancel_after_5_mb(step, done, total):
        if done >= 5000:
            ctx.token.cancel()

    ctx.on_progress = cancel_after_5_mb
    with pytest.raises(Cancelled):
        download_files(session, listed, folder, ctx)
    partial = folder / PARTIAL / recipe.folder / "nbs/data.bin"
    kept = partial.stat().st_size
    assert 5_000_000 <= kept < 30_000_000

    result = download_files(session, listed, folder, TaskContext())
    assert result.bytes == 30_000_000 - kept  # continued, not restarted
    remote = session.capture(f"sha256sum {recipe.folder}/nbs/data.bin")[1].split()[0]
    assert sha256(folder / recipe.folder / "nbs/data.bin") == remote


def test_a_200_mb_file_survives_a_dropped_connection_in_the_middle(
    open_session, course, sshd, tmp_path
):
    recipe, _mine = course
    session = open_session()
    size = 200 * 1000 * 1000
    assert session.run(f"head -c {size} /dev/urandom > {recipe.folder}/big.bin", timeout=90) == 0
    remote_hash = session.capture(f"sha256sum {recipe.folder}/big.bin", timeout=90)[1].split()[0]
    listed = [f for f in student_files(session, recipe) if f.path.startswith(recipe.folder)]
    assert [f.size for f in listed] == [size]
    folder = tmp_path / "notebooks"
    dropped = []

    def drop_at_60_mb(step, done, total):
        if done >= 60_000 and not dropped:
            dropped.append(done)
            sshd.restart()  # every connection to the instance is cut

    with pytest.raises(SshError) as lost:
        download_files(session, listed, folder, TaskContext(on_progress=drop_at_60_mb))
    assert lost.value.retryable and dropped
    partial = folder / PARTIAL / recipe.folder / "big.bin"
    kept = partial.stat().st_size
    assert 60_000_000 <= kept < size

    again = open_session()
    result = download_files(again, listed, folder, TaskContext())
    assert result.bytes == size - kept
    assert result.downloaded == (f"{recipe.folder}/big.bin",)
    assert sha256(folder / recipe.folder / "big.bin") == remote_hash
    assert not partial.exists()

"""Installing the course on the instance, against the real sshd. The recipe is
the shipped `sandbox` one: its repository is replaced by a local bare git
repository and its network installs are harmless stand-ins (no internet here).
It finishes, a second run updates instead of cloning, and a run survives a
dropped connection: re-attaching shows the rest of the log, every line once."""

import dataclasses
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

from fastai_launcher.core.errors import SshError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.ssh.recipes import (
    DEFAULT_RECIPE,
    CourseChanges,
    KeptWork,
    RecipeState,
    RecipeStep,
    available_recipes,
    course_changes,
    follow_recipe,
    kept_work,
    load_recipe,
    parse_git_status,
    recipe_script,
    recipe_status,
    start_recipe,
)


def _git(*args, cwd=None):
    # The bare repository belongs to the instance's user; git wants that said for a push as root.
    trust = Path(tempfile.gettempdir()) / "world-git-trust-all"
    trust.write_text("[safe]\n\tdirectory = *\n")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(trust)}
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=cwd, check=True, capture_output=True, env=env)  # fmt: skip


@pytest.fixture
def origin(sshd):
    """A bare repository the instance user can clone, with one notebook in it."""
    root = Path(tempfile.mkdtemp(prefix="world-origin-"))
    root.chmod(0o755)
    work = root / "work"
    _git("init", "-q", "-b", "master", str(work))
    (work / "nbs").mkdir()
    (work / "nbs" / "lesson1.ipynb").write_text('{"cells": []}\n')
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "lesson 1", cwd=work)
    bare = root / "course.git"
    _git("clone", "-q", "--bare", str(work), str(bare))
    _git("remote", "add", "bare", str(bare), cwd=work)
    if os.geteuid() == 0:
        shutil.chown(root, sshd.user)
        subprocess.run(["chown", "-R", sshd.user, str(bare)], check=True)
    yield bare, work
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def session(open_session):
    opened = open_session()
    opened.reopen = open_session
    return opened


@pytest.fixture
def recipe(origin, instance_env, session):
    unique = uuid.uuid4().hex[:8]
    shipped = load_recipe("sandbox")
    made = dataclasses.replace(
        shipped,
        id=f"sandbox-{unique}",
        repository=str(origin[0]),
        folder=f"world-course-{unique}",
        notebooks=f"world-course-{unique}/nbs",
        prelude=(f"source {instance_env}/activate",),
    )
    yield made
    with session.reopen() as cleaner:
        cleaner.run(f"rm -rf {made.folder} .fastai-launcher/{made.id}")


def _run_to_the_end(session, recipe, ctx=None):
    ctx = ctx or TaskContext()
    run = start_recipe(session, recipe, ctx)
    lines = []
    status = follow_recipe(session, run, lines.append, ctx, interval=0.05)
    return status, lines


def test_the_shipped_recipes_are_there_and_course_v3_is_the_default():
    assert {"course-v3", "fastbook", "sandbox"} <= set(available_recipes())
    assert DEFAULT_RECIPE == "course-v3"
    course = load_recipe("course-v3")
    assert course.repository == "https://github.com/fastai/course-v3"
    assert course.notebooks == "course-v3/nbs/dl1"
    book = load_recipe("fastbook")
    assert book.repository == "https://github.com/fastai/fastbook" and book.notebooks == "fastbook"
    assert "source /opt/pytorch/bin/activate" in book.prelude
    assert any("pip install -U fastai" in step.run for step in book.steps)
    for name in available_recipes():
        script = recipe_script(load_recipe(name))
        assert subprocess.run(["bash", "-n"], input=script.encode()).returncode == 0, name


def test_a_recipe_run_finishes_and_a_second_run_updates_instead_of_cloning(session, recipe, origin):
    assert recipe_status(session, recipe.id).state is RecipeState.NOT_STARTED
    steps = []
    ctx = TaskContext(
        on_progress=lambda step, done, total: steps.append((step.render(), done, total))
    )
    status, lines = _run_to_the_end(session, recipe, ctx)
    assert status.state is RecipeState.SUCCEEDED and status.exit_code == 0, lines
    assert any(line.startswith("Cloning into") for line in lines)
    assert any(line.startswith("jupyter-server ") for line in lines)
    assert lines[-1] == "### fastai-launcher finished: exit code 0"
    assert ("Get the course", 1, 2) in steps and ("Install fastai and Jupyter", 2, 2) in steps

    # The course gets a new lesson upstream; a second run updates instead of cloning.
    work = origin[1]
    (work / "nbs" / "lesson2.ipynb").write_text('{"cells": []}\n')
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "lesson 2", cwd=work)
    _git("push", "-q", "bare", "master", cwd=work)

    status, lines = _run_to_the_end(session, recipe)
    assert status.state is RecipeState.SUCCEEDED, lines
    assert not any("Cloning into" in line for line in lines)
    assert "### fastai-launcher already done, skipped: Install fastai and Jupyter" in lines
    assert "### fastai-launcher step 3/3: Update fastai" in lines
    assert session.run(f"test -f {recipe.folder}/nbs/lesson2.ipynb") == 0
    assert kept_work(session, recipe) == KeptWork(None, (), ())  # nothing was changed


def test_a_failing_step_is_reported_with_its_exit_code(session, recipe):
    broken = dataclasses.replace(
        recipe, steps=(RecipeStep("Install fastai and Jupyter", "echo no space left; exit 7"),)
    )
    status, lines = _run_to_the_end(session, broken)
    assert status.state is RecipeState.FAILED and status.exit_code == 7
    assert "no space left" in lines
    assert recipe_status(session, broken.id).state is RecipeState.FAILED


def test_a_run_survives_a_dropped_connection_and_reattaching_continues_the_log(session, recipe):
    slow = dataclasses.replace(
        recipe,
        steps=(
            RecipeStep(
                "Install fastai and Jupyter",
                "for i in 1 2 3 4 5 6 7 8; do echo tick $i; sleep 0.25; done",
            ),
        ),
    )
    ctx = TaskContext()
    run = start_recipe(session, slow, ctx)
    before = []

    def drop_after_tick_2(line):
        before.append(line)
        if line == "tick 2":
            session.transport.close()  # the laptop lid closes

    with pytest.raises(SshError) as dropped:
        follow_recipe(session, run, drop_after_tick_2, ctx, interval=0.05)
    assert dropped.value.retryable
    seen_offset = run.offset

    again = session.reopen()
    try:
        assert recipe_status(again, slow.id).state is RecipeState.RUNNING
        assert start_recipe(again, slow, ctx).run_id == run.run_id  # attaches, never a second run
        after = []
        status = follow_recipe(again, run, after.append, ctx, interval=0.05)
        assert status.state is RecipeState.SUCCEEDED and status.exit_code == 0
        log = again.capture(f"cat .fastai-launcher/{slow.id}/log")[1].splitlines()
    finally:
        again.close()
    assert run.offset > seen_offset
    assert before + after == log  # continuous: nothing lost, nothing shown twice
    assert [line for line in log if line.startswith("tick")] == [f"tick {i}" for i in range(1, 9)]


def _commit(work, message, **files):
    """Change the course upstream: `files` maps a path under nbs/ to its text (None: delete)."""
    for name, content in files.items():
        path = work / "nbs" / name.replace("__", "/")
        if content is None:
            path.unlink()
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content)
    _git("add", "-A", ".", cwd=work)
    _git("commit", "-q", "-m", message, cwd=work)
    _git("push", "-q", "bare", "master", cwd=work)


def test_no_script_hides_work_with_stash_reset_or_checkout():
    for name in available_recipes():
        script = recipe_script(load_recipe(name))
        for hiding in ("stash", "reset --hard", "checkout --", "git checkout", "clean -"):
            assert hiding not in script, (name, hiding)


def test_git_status_is_read_as_changed_new_and_deleted_notebooks():
    raw = (
        b" M nbs/lesson1.ipynb\0?? nbs/my notes.ipynb\0 D nbs/old.ipynb\0"
        b"?? nbs/.ipynb_checkpoints/lesson1-checkpoint.ipynb\0R  nbs/renamed.ipynb\0nbs/was.ipynb\0"
        b"MM nbs/both.ipynb\0A  nbs/added.ipynb\0"
    )
    assert parse_git_status(raw) == CourseChanges(
        changed=("nbs/both.ipynb", "nbs/lesson1.ipynb"),
        new=("nbs/added.ipynb", "nbs/my notes.ipynb", "nbs/renamed.ipynb"),
        deleted=("nbs/old.ipynb",),
    )


def test_an_update_copies_edited_and_new_notebooks_to_my_work_and_replaces_only_what_the_course_changed(
    session, recipe, origin, sshd
):
    work = origin[1]
    _commit(work, "more lessons", **{"lesson2.ipynb": "lesson 2\n", "lesson3.ipynb": "lesson 3\n"})
    assert course_changes(session, recipe) is None  # not installed yet
    status, lines = _run_to_the_end(session, recipe)
    assert status.state is RecipeState.SUCCEEDED, lines
    course = sshd.home / recipe.folder
    # The student edits two lessons, writes two notebooks of their own, deletes one.
    session.run(f"cd {recipe.folder}/nbs && echo '# my notes' >> lesson1.ipynb && "
                "echo '# mine' >> lesson2.ipynb && mkdir -p 'my stuff' && "
                "echo mine > 'my stuff/experiment 1.ipynb' && echo also > lesson4.ipynb && "
                "rm lesson3.ipynb && mkdir -p .ipynb_checkpoints && "
                "echo x > .ipynb_checkpoints/lesson1-checkpoint.ipynb")  # fmt: skip
    mine = {
        path: (course / path).read_bytes()
        for path in ("nbs/lesson1.ipynb", "nbs/lesson2.ipynb", "nbs/my stuff/experiment 1.ipynb")
    }
    # Upstream the course changes lesson 1 and adds lesson 4 (a name the student used).
    _commit(work, "lesson 1 v2", **{"lesson1.ipynb": "lesson 1 v2\n", "lesson4.ipynb": "l4\n"})
    mine["nbs/lesson4.ipynb"] = (course / "nbs/lesson4.ipynb").read_bytes()

    planned = course_changes(session, recipe)
    assert planned == CourseChanges(
        changed=("nbs/lesson1.ipynb", "nbs/lesson2.ipynb"),
        new=("nbs/lesson4.ipynb", "nbs/my stuff/experiment 1.ipynb"),
        deleted=("nbs/lesson3.ipynb",),
    )

    status, lines = _run_to_the_end(session, recipe)
    assert status.state is RecipeState.SUCCEEDED, lines
    kept = kept_work(session, recipe)
    try:
        assert kept.folder is not None and kept.folder.startswith("my-work/")
        assert "-before-update" in kept.folder
        assert kept.kept == planned.kept
        assert kept.replaced == ("nbs/lesson1.ipynb", "nbs/lesson4.ipynb")
        assert f"### fastai-launcher kept your work in {sshd.home / kept.folder}" in lines
        folder = sshd.home / kept.folder
        for path, content in mine.items():  # every changed and new notebook, its layout kept
            assert (folder / path).read_bytes() == content, path
        assert not (folder / "nbs/.ipynb_checkpoints").exists()
        # The course's new versions where the course changed; the rest as the student left it.
        assert (course / "nbs/lesson1.ipynb").read_text() == "lesson 1 v2\n"
        assert (course / "nbs/lesson4.ipynb").read_text() == "l4\n"
        assert (course / "nbs/lesson2.ipynb").read_bytes() == mine["nbs/lesson2.ipynb"]
        assert (course / "nbs/my stuff/experiment 1.ipynb").read_bytes() == mine[
            "nbs/my stuff/experiment 1.ipynb"
        ]
        assert not (course / "nbs/lesson3.ipynb").exists()  # deleted stays deleted
        assert session.capture(f"cd {recipe.folder} && git stash list")[1] == ""
        # Jupyter serves the notebook folder: ~/my-work shows there, outside git's view.
        link = course / "nbs" / "my-work"
        assert link.is_symlink() and (link / kept.folder.removeprefix("my-work/")).is_dir()
        after = course_changes(session, recipe)
        assert after is not None and "nbs/my-work" not in after.new
    finally:
        if kept.folder:
            shutil.rmtree(sshd.home / kept.folder, ignore_errors=True)

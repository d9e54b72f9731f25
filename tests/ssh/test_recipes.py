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
from fastai_launcher.ssh.hostkeys import InstanceHostKeyPolicy, KnownHosts, parse_console_host_keys
from fastai_launcher.ssh.keys import ensure_key
from fastai_launcher.ssh.recipes import (
    DEFAULT_RECIPE,
    RecipeState,
    RecipeStep,
    available_recipes,
    follow_recipe,
    load_recipe,
    recipe_script,
    recipe_status,
    start_recipe,
)
from fastai_launcher.ssh.session import Backoff, connect
from tests.world.aws_console import cloud_init_console_text


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
def session(sshd, isolated_home, app_paths):
    key = ensure_key(isolated_home)
    sshd.authorize(key.public_line)
    listed = parse_console_host_keys(cloud_init_console_text(sshd.host_public_keys))
    policy = InstanceHostKeyPolicy("i-0recipe0000000000", KnownHosts(app_paths.known_hosts), listed)

    def open_session():
        return connect("127.0.0.1", sshd.port, key.pkey, policy, TaskContext(), sshd.user,
                       Backoff(first_delay=0.05, total=10))  # fmt: skip

    opened = [open_session()]
    opened[0].reopen = open_session
    yield opened[0]
    for s in opened:
        s.close()


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

    # The student edits a notebook on the instance; the course gets a new lesson upstream.
    session.run(f"echo '# my notes' >> {recipe.folder}/nbs/lesson1.ipynb")
    work = origin[1]
    (work / "nbs" / "lesson2.ipynb").write_text('{"cells": []}\n')
    _git("add", ".", cwd=work)
    _git("commit", "-q", "-m", "lesson 2", cwd=work)
    _git("push", "-q", "bare", "master", cwd=work)

    status, lines = _run_to_the_end(session, recipe)
    assert status.state is RecipeState.SUCCEEDED, lines
    assert not any("Cloning into" in line for line in lines)
    assert any("git stash" in line for line in lines)
    assert "### fastai-launcher already done, skipped: Install fastai and Jupyter" in lines
    assert "### fastai-launcher step 3/3: Update fastai" in lines
    assert session.run(f"test -f {recipe.folder}/nbs/lesson2.ipynb") == 0
    stashed = session.capture(f"cd {recipe.folder} && git stash list")[1]
    assert "fastai-launcher update" in stashed


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

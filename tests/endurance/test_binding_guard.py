# ruff: noqa: F811 - the fixtures are imported from tests.world.children by name
"""The start-up guard on the binding it is for: PySide6 6.12.0 on Python 3.11 (a
venv built for it), through the app's real entry point; and the same check on
the project's own binding, in fresh small processes."""

import sys

import pytest

from fastai_launcher.ui.app.binding_check import EXIT_LEAKING_BINDING
from tests.world import venvs
from tests.world.children import affected_python, endurance_python, ran, run_child  # noqa: F401

# The first test on a Python builds its venv (pip): minutes on a cold cache.
pytestmark = pytest.mark.timeout(900)

ABORTS = ("Fatal Python error", "bool_dealloc", "none_dealloc", "Traceback")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "install Python 3.12 or newer, or PySide6-Essentials below 6.12"),
        ("ko", "Python 3.12 이상이나 6.12 미만의 PySide6-Essentials를 설치하세요"),
    ],
)
def test_the_app_refuses_the_affected_binding_with_one_sentence_and_exit_3(
    affected_python, tmp_path, language, sentence
):
    env = venvs.child_env(HOME=str(tmp_path), FASTAI_LAUNCHER_HOME=str(tmp_path / "app"))
    done = ran(affected_python, "fastai_launcher", "--lang", language, env=env, timeout=120)

    assert done.returncode == EXIT_LEAKING_BINDING, done.stderr
    assert not any(word in done.stderr for word in ABORTS), done.stderr
    told = [line for line in done.stderr.splitlines() if sentence in line]
    assert len(told) == 1, done.stderr
    assert "PySide6 6.12.0" in told[0] and 'pip install "PySide6-Essentials<6.12"' in told[0]
    log = (tmp_path / "app").rglob("*.log")
    assert any("loses references" in path.read_text() for path in log)  # and it is logged


def test_the_check_passes_on_the_projects_binding(endurance_python):
    found = run_child(endurance_python, "tests.endurance.child_binding_check")
    assert found["keeps_references"] is True, found


def test_the_check_passes_on_this_test_venvs_binding():
    found = run_child(venvs.Path(sys.executable), "tests.endurance.child_binding_check")
    assert found["keeps_references"] is True, found

# ruff: noqa: F811 - the shared fixtures are imported by name
"""The install page in a fresh, small process: a 20,000-line remote log through
the real SSH session from the test sshd, then Jupyter through the tunnel."""

import dataclasses
import json

import pytest

from fastai_launcher.ssh.recipes import Recipe, RecipeStep
from fastai_launcher.ui.widgets.log_view import MAX_LINES
from tests.world.children import endurance_python, run_child  # noqa: F401
from tests.world.instance import stop_jupyter
from tests.world.page_world import course, world  # noqa: F401
from tests.world.sshd import free_port
from tests.world.venvs import child_env

# The first test on a Python builds its venv (pip): minutes on a cold cache.
pytestmark = pytest.mark.timeout(900)

LINES = 20_000


def as_json(recipe: Recipe) -> dict:
    """`recipe` as `ssh.recipes.recipe_from_dict` reads it (the shipped JSON's shape)."""

    def steps(items: tuple[RecipeStep, ...]) -> list[dict]:
        return [dataclasses.asdict(step) for step in items]

    raw = dataclasses.asdict(recipe)
    raw.update(
        steps=steps(recipe.steps),
        update=steps(recipe.update),
        jupyter={"start": recipe.jupyter_start, "list": recipe.jupyter_list},
    )
    return raw


def test_twenty_thousand_log_lines_reach_the_install_page_then_jupyter_opens(
    endurance_python, world, course, sshd, tmp_path
):
    long_log = RecipeStep("Print a long log", f"seq -f 'endurance log line %g' {LINES}")
    recipe = dataclasses.replace(course, steps=(long_log, *course.steps))
    recipe_file = tmp_path / "recipe.json"
    recipe_file.write_text(json.dumps(as_json(recipe)))
    jupyter_port = free_port()

    try:
        found = run_child(
            endurance_python,
            "tests.endurance.child_install",
            str(recipe_file),
            str(jupyter_port),
            world.region,
            str(LINES),
            env=child_env(),  # the world's AWS endpoint, SSH endpoint and user, HOME
        )
    finally:
        stop_jupyter(sshd, jupyter_port)

    assert found["code"] == 0 and found["setup_done"] is True
    assert found["printed"] == LINES and found["in_order"] is True, found
    assert any(line.startswith("jupyter-server") for line in found["last_shown"]), found
    assert found["shown"] == min(found["received"], MAX_LINES)  # the view keeps the last ones
    assert found["status"] == "Installed. Open Jupyter to start working."
    assert found["jupyter_answer"] == [200]
    assert len(found["opened"]) == 1  # the browser, once (a page that leads to Jupyter)

# ruff: noqa: F811 - the fixtures are imported from tests.world.children by name
"""24 hours of the tray and the home view in a fresh, small process, against the
AWS test world (the parent's moto server)."""

import pytest

from tests.world.aws import write_profile
from tests.world.children import endurance_python, run_child  # noqa: F401
from tests.world.tray_world import launch_in_world
from tests.world.venvs import child_env

# The first test on a Python builds its venv (pip): minutes on a cold cache.
pytestmark = pytest.mark.timeout(900)


def test_a_day_of_tray_and_home_with_reminders_a_stop_and_a_start(
    endurance_python, aws_world, isolated_home
):
    write_profile(isolated_home)
    instance_id, launched = launch_in_world(aws_world)

    found = run_child(
        endurance_python,
        "tests.endurance.child_tray",
        instance_id,
        launched.isoformat(),
        aws_world.region,
        env=child_env(),  # the world's AWS_ENDPOINT_URL, HOME and app folder included
    )

    assert found["code"] == 0 and found["shut_down"] is True
    assert found["states"][:3] == ["running", "stopping", "stopped"] or (
        found["states"][:2] == ["running", "stopped"]
    ), found["states"]
    assert found["states"][-1] == "running" and "stopped" in found["states"]
    assert found["final_state"] == "running"  # Quit kept it running, as answered
    assert found["reminders"] >= 10, found  # hourly while it ran (16 of the 24 hours)
    assert len(found["snoozed"]) == 1
    tips = found["tooltips"]
    assert len(tips) == 24 and all(instance_id in tip for tip in tips)
    assert "stopped" in tips[10] and "Running for" in tips[4] and "Running for" in tips[20]
    assert found["refreshes"] == 6 and found["cards"] == [instance_id]

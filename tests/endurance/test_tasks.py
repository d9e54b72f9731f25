# ruff: noqa: F811 - the fixtures are imported from tests.world.children by name
"""1,000 tasks started and finished in a fresh, small process: every outcome
reported once, and nothing left behind (pool threads, QObjects)."""

import pytest

from tests.world.children import endurance_python, run_child  # noqa: F401

# The first test on a Python builds its venv (pip): minutes on a cold cache.
pytestmark = pytest.mark.timeout(900)

TASKS = 1000


def test_a_thousand_tasks_leave_the_pool_and_the_live_qobjects_as_they_were(endurance_python):
    found = run_child(endurance_python, "tests.endurance.child_tasks", str(TASKS))
    quarter = TASKS // 4
    assert found["ended"] == TASKS and found["active"] == 0 and found["shut_down"] is True
    assert found["outcomes"] == {
        "result done": quarter,
        "InputError": quarter // 2,
        "UnexpectedError": quarter // 2,
        "Cancelled": quarter,
        "TimedOut": quarter,
    }, found
    before, after = found["before"], found["after"]
    assert after["pool_active"] == before["pool_active"] == 0
    assert after["under_app"] == before["under_app"], found
    assert after["python_live"] == before["python_live"], found
    # No Python wrapper of a deleted task handle stays behind either (a QRunnable
    # subclass kept about 7 % of them, for good, through the pool's wrapper).
    assert after["python_dead_wrappers"] == before["python_dead_wrappers"], found

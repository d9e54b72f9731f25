# ruff: noqa: F811 - the fixtures are imported from tests.world.children by name
"""The tests' waiting primitive (`tests/world/waiting.py`) loses no reference to True
or None across a long wait, on the binding that loses one per void call."""

import pytest

from tests.world.children import affected_python, endurance_python, run_child  # noqa: F401

# The first test on a Python builds its venv (pip): minutes on a cold cache.
pytestmark = pytest.mark.timeout(900)

PASSES = 1000
# Other code may drop a few references while the child runs (e.g. freed frames);
# a leak of the pumping itself is one per pass.
NOISE = PASSES // 10
CHILD = "tests.endurance.child_waiting"


def test_a_long_wait_loses_no_reference_on_the_affected_binding(affected_python):
    found = run_child(affected_python, CHILD, "wait_until", str(PASSES))
    assert found["true_lost"] < NOISE and found["none_lost"] < NOISE, found


def test_the_measure_sees_the_pumping_it_replaced_lose_one_none_per_pass(affected_python):
    found = run_child(affected_python, CHILD, "process_events", str(PASSES))
    assert found["none_lost"] >= PASSES, found


def test_a_long_wait_loses_nothing_on_the_projects_binding(endurance_python):
    found = run_child(endurance_python, CHILD, "wait_until", str(PASSES))
    assert found["true_lost"] < NOISE and found["none_lost"] < NOISE, found

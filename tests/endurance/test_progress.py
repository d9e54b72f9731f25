# ruff: noqa: F811 - the fixtures are imported from tests.world.children by name
"""20,000 progress reports through the app's task runner in a fresh, small process."""

import pytest

from tests.world.children import affected_python, endurance_python, ran, run_child  # noqa: F401

# The first test on a Python builds its venv (pip): minutes on a cold cache.
pytestmark = pytest.mark.timeout(900)

REPORTS = 20_000
CHILD = "tests.endurance.child_progress"


def test_twenty_thousand_progress_reports_then_a_clean_quit(endurance_python):
    found = run_child(endurance_python, CHILD, str(REPORTS))
    assert found["code"] == 0 and found["shut_down"] is True
    assert found["reports"] == REPORTS and found["in_order"] is True
    assert found["result"] == [REPORTS]


def test_the_same_child_dies_on_the_affected_binding(affected_python):
    """What this test guards against, shown: without the pin the child aborts."""
    done = ran(affected_python, CHILD, str(REPORTS), timeout=300)
    assert done.returncode != 0
    assert "bool_dealloc" in done.stderr or "none_dealloc" in done.stderr, done.stderr[-2000:]

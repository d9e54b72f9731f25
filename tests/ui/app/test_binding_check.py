"""The start-up guard's comparison, and the check itself on this test process's binding.

The guard on an affected binding (PySide6 6.12.0 on Python 3.11) runs in
tests/endurance/test_binding_guard.py, in a venv built for it.
"""

from __future__ import annotations

import PySide6

from fastai_launcher.ui.app.binding_check import (
    CALLS,
    binding_keeps_references,
    loses_references,
    refusal,
)

IMMORTAL = 4294967295  # what sys.getrefcount answers for True and None on 3.12+


def test_a_healthy_binding_leaves_both_counts_as_they_were():
    assert not loses_references((840, 3000), (840, 3000))


def test_a_few_references_taken_or_dropped_by_other_code_are_not_a_leak():
    assert not loses_references((840, 3000), (837, 3005))
    assert not loses_references((840, 3000), (850, 2997))


def test_one_true_lost_per_emit_is_a_leak():
    assert loses_references((840, 3000), (840 - CALLS, 3000))


def test_one_none_lost_per_void_call_is_a_leak():
    assert loses_references((840, 3000), (840, 3000 - CALLS))


def test_half_the_calls_losing_a_reference_is_already_a_leak():
    assert loses_references((840, 3000), (840 - CALLS // 2, 3000))
    assert not loses_references((840, 3000), (840 - CALLS // 2 + 1, 3000))


def test_immortal_objects_never_change_count_and_pass():
    assert not loses_references((IMMORTAL, IMMORTAL), (IMMORTAL, IMMORTAL))


def test_this_process_binding_passes_the_check():
    assert binding_keeps_references()


def test_the_refusal_names_the_binding_and_what_to_install(qapp):
    sentence = refusal()
    assert PySide6.__version__ in sentence
    assert "Python 3.12 or newer" in sentence and "PySide6-Essentials<6.12" in sentence

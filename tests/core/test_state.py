"""Saved progress and settings: hand-edited values are checked, a corrupt file is
recovered from the last good copy, and nothing here raises on a bad file."""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import stat
from pathlib import Path
from typing import Any

import pytest

from fastai_launcher.aws.instance_types import DEFAULT_TYPE, STUDENT_TYPES
from fastai_launcher.core import state
from fastai_launcher.core.state import SavedProgress, Settings

INSTANCE = "i-0123456789abcdef0"


def write(path: Path, raw: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(raw))


def load_one(cls: type, path: Path, name: str, value: Any) -> tuple[Any, state.Loaded[Any]]:
    write(path, {name: value})
    loaded = state.load_checked(cls, path)
    return getattr(loaded.value, name), loaded


# (field, values the UI can produce, hand-edited values it cannot)
PROGRESS_CASES = [
    ("last_step", ["welcome", "launch", "done"], ["", "x" * 200, 3, "launch\n"]),
    ("profile", [None, "default", "work-sso", "me@example.com"], ["", "a\nb", 7, "p" * 300]),
    ("access_key_id", [None, "AKIAIOSFODNN7EXAMPLE"], ["AKIA", "wJalrXUtnFEMI/K7MDENG", 5]),
    ("region", [None, "us-east-1", "ap-northeast-2", "us-gov-west-1"], ["Mars", "", "us east 1"]),
    ("instance_type", list(STUDENT_TYPES), ["p5.48xlarge", "t2.micro", "", 4]),
    ("volume_gb", [75, 200, 1000], [5000, 74, 0, -20, 75.5, True, "100"]),
    ("spot", [True, False], [1, "yes", None]),
    ("key_path", [None, "/home/me/.ssh/fastai-launcher"], ["relative/key", "/k\nProxyCommand x"]),
    ("key_name", [None, "fastai-launcher-laptop"], ["", "n\u0000", "k" * 256]),
    ("key_fingerprint", [None, "SHA256:abcdEFGH+/0123"], ["a\nb", 12]),
    ("quota_request_id", [None, "0f1e2d3c-4b5a"], ["id with spaces", "x" * 200]),
    ("client_token", [None, "fastai-launcher-1a2b3c"], ["t" * 65, "tab\there"]),
    ("instance_id", [None, INSTANCE, "i-12345678"], ["i-xyz", "sg-0123456789abcdef0", ""]),
    ("recipe", ["course-v3", "fastbook", "sandbox"], ["../../etc/passwd", "", "a b"]),
    ("setup_done", [True, False], [0, "true"]),
    ("express_pending", [True, False], ["no"]),
]
SETTINGS_CASES = [
    ("language", [None, "ko", "en"], ["fr", "", 1]),
    ("remind_after_minutes", [0, 15, 60, 480], [-5, 5, 481, 100000, 30.5, False]),
    ("daily_warning_hours", [1, 1.5, 4.0, 24], [0, -1, 25, math.inf, "4"]),
    ("stop_on_logout", [True, False], [1]),
    ("autostop_enabled", [True, False], ["off"]),
    ("autostop_cpu_percent", [1, 5.0, 50], [0, -3, 51, math.nan]),
    ("autostop_minutes", [10, 60, 1440], [-60, 0, 9, 1441, 60.0, True]),
    ("tray_hint_shown", [True, False], [None]),
    ("close_hint_shown", [True, False], [2]),
    ("extra", [{}, {"a": 1}], [[], "x"]),
]


def test_every_saved_field_has_its_cases():
    assert [case[0] for case in PROGRESS_CASES] == [
        f.name for f in dataclasses.fields(SavedProgress)
    ]
    assert [case[0] for case in SETTINGS_CASES] == [f.name for f in dataclasses.fields(Settings)]


def cases(cls: type, table: list[tuple[str, list[Any], list[Any]]]) -> list[Any]:
    return [
        pytest.param(cls, name, good, bad, id=f"{cls.__name__}.{name}") for name, good, bad in table
    ]


@pytest.mark.parametrize(
    ("cls", "name", "good", "bad"),
    cases(SavedProgress, PROGRESS_CASES) + cases(Settings, SETTINGS_CASES),
)
def test_each_field_keeps_what_the_ui_allows_and_drops_what_it_does_not(
    app_paths, caplog, cls, name, good, bad
):
    path = app_paths.config / "saved.json"
    default = getattr(cls(), name)
    for value in good:
        kept, loaded = load_one(cls, path, name, value)
        assert kept == value and loaded.invalid == (), (name, value)
    for value in bad:
        caplog.clear()
        with caplog.at_level(logging.WARNING, "fastai_launcher.core.state"):
            kept, loaded = load_one(cls, path, name, value)
        assert kept == default and loaded.invalid == (name,), (name, value)
        assert f"{name} " in caplog.text and "default" in caplog.text, (name, value)


def test_a_hand_edited_5000_gb_disk_and_negative_minutes_never_reach_a_launch(app_paths):
    write(app_paths.state_file, {"volume_gb": 5000, "instance_id": INSTANCE})
    write(app_paths.settings_file, {"autostop_minutes": -1, "autostop_cpu_percent": 5})
    progress = state.load(SavedProgress, app_paths.state_file)
    settings = state.load(Settings, app_paths.settings_file)
    assert (progress.volume_gb, progress.instance_id) == (75, INSTANCE)
    assert (settings.autostop_minutes, settings.autostop_cpu_percent) == (60, 5.0)


def test_the_default_type_is_one_the_app_offers():
    assert SavedProgress().instance_type == DEFAULT_TYPE
    assert DEFAULT_TYPE in STUDENT_TYPES


def test_a_value_too_long_to_log_is_shortened_in_the_warning(app_paths, caplog):
    with caplog.at_level(logging.WARNING, "fastai_launcher.core.state"):
        load_one(SavedProgress, app_paths.state_file, "profile", "p" * 5000)
    assert "p" * 100 not in caplog.text


# --- the last good copy ---------------------------------------------------------------


def saved_progress(app_paths) -> SavedProgress:
    progress = SavedProgress(region="ap-northeast-2", profile="work", instance_id=INSTANCE)
    state.save(progress, app_paths.state_file)
    return progress


def backup(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def test_each_save_keeps_a_private_last_good_copy(app_paths):
    progress = saved_progress(app_paths)
    bak = backup(app_paths.state_file)
    assert json.loads(bak.read_text()) == json.loads(app_paths.state_file.read_text())
    assert stat.S_IMODE(bak.stat().st_mode) == 0o600
    state.save(dataclasses.replace(progress, instance_id=None), app_paths.state_file)
    assert json.loads(bak.read_text())["instance_id"] is None


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_text('{"region": "ap-northeast-2", "inst'), id="cut-short"),
        pytest.param(lambda p: p.write_bytes(b"\x00" * 512), id="zeroes"),
        pytest.param(lambda p: p.write_text("[1, 2, 3]"), id="not-an-object"),
        pytest.param(lambda p: p.write_bytes(b"\xff\xfe{}"), id="not-utf8"),
    ],
)
def test_a_corrupt_state_file_is_recovered_from_the_last_good_copy(app_paths, caplog, damage):
    saved = saved_progress(app_paths)
    damage(app_paths.state_file)
    with caplog.at_level(logging.WARNING, "fastai_launcher.core.state"):
        loaded = state.load_checked(SavedProgress, app_paths.state_file)
    assert loaded.value == saved
    assert loaded.recovered_from == backup(app_paths.state_file)
    assert loaded.corrupt_copy is not None and loaded.corrupt_copy.exists()
    assert "recovered" in caplog.text and str(loaded.corrupt_copy) in caplog.text
    assert state.load(SavedProgress, app_paths.state_file) == saved  # load() recovers too


def test_a_state_path_that_is_a_directory_is_recovered_without_raising(app_paths):
    saved = saved_progress(app_paths)
    app_paths.state_file.unlink()
    app_paths.state_file.mkdir()
    loaded = state.load_checked(SavedProgress, app_paths.state_file)
    assert loaded.value == saved and loaded.recovered_from == backup(app_paths.state_file)


def test_with_no_good_copy_a_corrupt_file_starts_afresh_and_says_so(app_paths):
    app_paths.state_file.write_text("{not json")
    loaded = state.load_checked(SavedProgress, app_paths.state_file)
    assert loaded.value == SavedProgress() and loaded.recovered_from is None
    assert loaded.corrupt_copy is not None and loaded.lost


def test_a_corrupt_last_good_copy_too_starts_afresh(app_paths):
    saved_progress(app_paths)
    app_paths.state_file.write_text("{not json")
    backup(app_paths.state_file).write_text("[]")
    loaded = state.load_checked(SavedProgress, app_paths.state_file)
    assert loaded.value == SavedProgress() and loaded.lost


def test_a_missing_state_file_is_a_new_user_not_a_recovery(app_paths):
    saved_progress(app_paths)
    app_paths.state_file.unlink()  # the user removed it to start over
    loaded = state.load_checked(SavedProgress, app_paths.state_file)
    assert loaded.value == SavedProgress() and loaded.recovered_from is None and not loaded.lost


def test_a_good_file_is_no_recovery(app_paths):
    saved = saved_progress(app_paths)
    loaded = state.load_checked(SavedProgress, app_paths.state_file)
    assert loaded.value == saved
    assert (loaded.recovered_from, loaded.corrupt_copy, loaded.lost) == (None, None, False)

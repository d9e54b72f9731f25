"""The app's folders are 0700 and its log files 0600: other local users read nothing."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from fastai_launcher.core.logs import close_logging, logger, setup_logging
from fastai_launcher.core.paths import AppPaths, default_paths, under


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """A umask that lets everyone read new files, as on many desktops."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_the_apps_folders_are_made_private_even_with_an_open_umask(isolated_home, open_umask):
    paths = under(isolated_home / "app").ensure()
    for folder in (isolated_home / "app", *paths.all()):
        assert mode(folder) == 0o700, folder


def test_folders_left_open_by_an_older_version_are_made_private(isolated_home, open_umask):
    paths = under(isolated_home / "app")
    for folder in paths.all():
        folder.mkdir(parents=True, mode=0o755)
        folder.chmod(0o755)
    paths.ensure()
    assert [mode(folder) for folder in paths.all()] == [0o700] * 4


def test_on_linux_the_apps_own_parent_folders_are_private_and_the_users_are_left_alone(
    isolated_home, open_umask
):
    env = {"HOME": str(isolated_home)}
    (isolated_home / ".config").mkdir(mode=0o755)
    (isolated_home / ".config").chmod(0o755)
    paths = default_paths(env, platform="linux").ensure()
    assert mode(isolated_home / ".config") == 0o755  # the user's, not the app's
    assert mode(paths.config) == 0o700
    assert mode(paths.logs.parent) == 0o700  # ~/.local/state/fastai-launcher
    assert mode(paths.logs) == 0o700


def test_the_log_file_and_its_rotated_copies_are_0600(app_paths: AppPaths, open_umask):
    handlers = setup_logging(app_paths, max_bytes=500, backups=2, stderr=False)
    try:
        for n in range(50):
            logger("app").info("line %d of a long session", n)
    finally:
        close_logging(handlers)
    files = sorted(app_paths.logs.iterdir())
    assert [f.name for f in files] == [
        "fastai-launcher.log",
        "fastai-launcher.log.1",
        "fastai-launcher.log.2",
    ]
    assert [mode(f) for f in files] == [0o600] * 3


def test_a_log_file_left_0644_by_an_older_version_is_made_0600(app_paths: AppPaths):
    app_paths.log_file.write_text("an old line\n")
    app_paths.log_file.chmod(0o644)
    handlers = setup_logging(app_paths, stderr=False)
    try:
        logging.getLogger("fastai_launcher.app").info("a new line")
    finally:
        close_logging(handlers)
    assert mode(app_paths.log_file) == 0o600
    assert app_paths.log_file.read_text().startswith("an old line\n")

"""Every test runs with a fresh home: the user's real ~/.ssh, ~/.aws and app
directories are never read or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from fastai_launcher.core.paths import AppPaths, under


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    monkeypatch.setenv("FASTAI_LAUNCHER_HOME", str(home / "app"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home / ".aws" / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(home / ".aws" / "credentials"))
    for name in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "FASTAI_LAUNCHER_SSH_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def app_paths(isolated_home: Path) -> AppPaths:
    """The app's config/data/cache/log directories inside the test's home."""
    return under(isolated_home / "app").ensure()

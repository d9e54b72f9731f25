"""Where the app keeps its files, per platform, without Qt.

`FASTAI_LAUNCHER_HOME` (a developer and test option) puts every directory
under one folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "fastai-launcher"
HOME_ENV = "FASTAI_LAUNCHER_HOME"


@dataclass(frozen=True)
class AppPaths:
    config: Path
    data: Path
    cache: Path
    logs: Path

    @property
    def state_file(self) -> Path:
        return self.config / "state.json"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    @property
    def known_hosts(self) -> Path:
        return self.data / "known_hosts.json"

    @property
    def log_file(self) -> Path:
        return self.logs / "fastai-launcher.log"

    def all(self) -> tuple[Path, ...]:
        return (self.config, self.data, self.cache, self.logs)

    def ensure(self) -> AppPaths:
        """Make the folders, readable by this user only (0700); `OSError` when it cannot."""
        for folder in self.all():
            make_private_folder(folder)
        return self

    def storage_problem(self) -> OSError | None:
        """Why the app cannot keep its files here (read-only or full disk, a saved
        file that is a folder), or None: `ensure`, then a test write in the config
        folder.  It never raises: the app starts either way, and says so."""
        try:
            self.ensure()
            for saved in (self.state_file, self.settings_file):
                if saved.exists() and not saved.is_file():
                    return IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(saved))
        except OSError as error:
            return error
        try:
            fd, probe = tempfile.mkstemp(prefix=".write-check.", dir=self.config)
            os.close(fd)
            os.unlink(probe)
        except OSError as error:  # named after the folder, not the probe
            return OSError(error.errno, error.strerror, str(self.config))
        return None


PRIVATE_FOLDER = 0o700


def make_private_folder(folder: Path) -> None:
    """`folder` and the parents this makes are 0700; an existing `folder` is tightened.

    Parents that exist already (`~/.config`, `~/.local/state`) are the user's and
    keep their mode.
    """
    missing: list[Path] = []
    step = folder
    while not step.exists() and step != step.parent:
        missing.append(step)
        step = step.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)  # the umask may still open it
    if os.name != "posix":
        return
    for path in [*missing, folder]:
        if path.stat().st_mode & 0o077:
            if path in missing:
                path.chmod(PRIVATE_FOLDER)
            else:
                # A folder an older version left open; on a read-only disk it stays so.
                with contextlib.suppress(OSError):
                    path.chmod(PRIVATE_FOLDER)


def under(root: Path) -> AppPaths:
    """Every directory below one root (tests, sandbox, portable use)."""
    return AppPaths(root / "config", root / "data", root / "cache", root / "logs")


def default_paths(env: dict[str, str] | None = None, platform: str = sys.platform) -> AppPaths:
    """The platform's conventional directories for this app."""
    env = dict(os.environ) if env is None else env
    if env.get(HOME_ENV):
        return under(Path(env[HOME_ENV]))
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform.startswith("win"):
        roaming = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return AppPaths(
            roaming / APP_NAME,
            local / APP_NAME,
            local / APP_NAME / "cache",
            local / APP_NAME / "logs",
        )
    if platform == "darwin":
        support = home / "Library" / "Application Support" / APP_NAME
        return AppPaths(
            support,
            support,
            home / "Library" / "Caches" / APP_NAME,
            home / "Library" / "Logs" / APP_NAME,
        )
    config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
    data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    cache = Path(env.get("XDG_CACHE_HOME") or home / ".cache")
    state = Path(env.get("XDG_STATE_HOME") or home / ".local" / "state")
    return AppPaths(config / APP_NAME, data / APP_NAME, cache / APP_NAME, state / APP_NAME / "logs")

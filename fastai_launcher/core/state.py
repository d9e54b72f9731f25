"""Saved progress and settings: what survives closing the app.

Both are plain JSON files in the config directory, written atomically.  No
secret is ever a field here: AWS secret keys live in the OS keyring or the
user's AWS profile files, Jupyter tokens only in memory.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from . import atomic

log = logging.getLogger("fastai_launcher.core.state")

T = TypeVar("T")


@dataclass
class SavedProgress:
    """Where the user is in the guide, and the AWS/SSH objects made so far."""

    last_step: str = "welcome"
    profile: str | None = None  # an AWS CLI profile name; None: keys in the keyring
    access_key_id: str | None = None  # public half only, to find the secret in the keyring
    region: str | None = None
    instance_type: str = "g4dn.xlarge"
    volume_gb: int = 75
    spot: bool = False
    key_path: str | None = None
    key_name: str | None = None
    key_fingerprint: str | None = None
    quota_request_id: str | None = None
    client_token: str | None = None
    instance_id: str | None = None
    recipe: str = "course-v3"
    setup_done: bool = False
    #: An express run ("Set up and open Jupyter") was under way when the app closed:
    #: with a quota request pending, the next start resumes waiting for it.
    express_pending: bool = False


@dataclass
class Settings:
    """The user's preferences."""

    language: str | None = None  # None: follow the system locale
    remind_after_minutes: int = 60
    daily_warning_hours: float = 4.0
    stop_on_logout: bool = False
    autostop_enabled: bool = True
    autostop_cpu_percent: float = 5.0
    autostop_minutes: int = 60
    tray_hint_shown: bool = False
    close_hint_shown: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _from_dict(cls: type[T], raw: object) -> T:
    if not isinstance(raw, dict):
        return cls()
    known = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    defaults = cls()
    for name, value in raw.items():
        if name not in known:
            continue
        default = getattr(defaults, name)
        if default is not None and value is not None and not isinstance(value, type(default)):
            if (
                isinstance(default, float)
                and isinstance(value, int)
                and not isinstance(value, bool)
            ):
                value = float(value)
            else:
                continue  # a hand-edited value of the wrong type: keep the default
        values[name] = value
    return cls(**values)


def load(cls: type[T], path: Path) -> T:
    """Read a saved dataclass; a corrupt file is kept aside, never silently lost."""
    if not path.exists():
        return cls()
    raw = atomic.read_json(path)
    if raw is None:
        backup = path.with_suffix(path.suffix + ".corrupt")
        shutil.copyfile(path, backup)
        log.warning("%s could not be read; kept a copy at %s and started afresh", path, backup)
        return cls()
    return _from_dict(cls, raw)


def save(value: object, path: Path) -> None:
    atomic.write_json(path, dataclasses.asdict(value))  # type: ignore[call-overload]

"""Saved progress and settings: what survives closing the app.

Both are plain JSON files in the config directory, written atomically.  No
secret is ever a field here: AWS secret keys live in the OS keyring or the
user's AWS profile files, Jupyter tokens only in memory.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

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


# What the app itself offers and accepts; a hand-edited value outside it falls
# back to the default (and is logged) instead of reaching AWS.
#: aws.instance_types.STUDENT_TYPES is this tuple (it lives here: core cannot import aws).
OFFERED_INSTANCE_TYPES = (
    "g4dn.xlarge",
    "g6.xlarge",
    "g4dn.2xlarge",
    "g5.xlarge",
    "g6.2xlarge",
    "g5.2xlarge",
    "g6e.xlarge",
    "p3.2xlarge",
    "p2.xlarge",
)
VOLUME_GB = (75, 1000)  # the launch page's disk size range
REMIND_MINUTES = (15, 480)  # the reminder settings; 0 (never) only by hand
DAILY_HOURS = (1, 24)
AUTOSTOP_CPU_PERCENT = (1, 50)  # the launch page's idle alarm options
AUTOSTOP_MINUTES = (10, 24 * 60)
LANGUAGES = ("ko", "en")

_STEP = re.compile(r"[a-z_]{1,32}")
_KEY_ID = re.compile(r"(AKIA|ASIA)[A-Z0-9]{16}")
_REGION = re.compile(r"[a-z]{2}(-[a-z]+){1,2}-\d{1,2}")
_INSTANCE_ID = re.compile(r"i-([0-9a-f]{8}|[0-9a-f]{17})")
_RECIPE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
_QUOTA_REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
_PRINTABLE = re.compile(r"[\x21-\x7e][\x20-\x7e]*")  # ASCII, no control characters


def _text(limit: int, pattern: re.Pattern[str] | None = None) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        if not isinstance(value, str) or not value or len(value) > limit:
            return False
        if pattern is not None:
            return pattern.fullmatch(value) is not None
        return value.isprintable()

    return check


def _optional(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda value: value is None or check(value)


def _number(low: float, high: float, *, integer: bool) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        kinds = (int,) if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds):
            return False
        return math.isfinite(value) and low <= value <= high

    return check


def _one_of(*allowed: object) -> Callable[[Any], bool]:
    return lambda value: any(type(value) is type(a) and value == a for a in allowed)


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _absolute_path(value: Any) -> bool:
    # A newline in a key path would inject options into ~/.ssh/config.
    return _text(4096)(value) and Path(value).is_absolute()


_PROGRESS_RULES: dict[str, Callable[[Any], bool]] = {
    "last_step": _text(32, _STEP),
    "profile": _optional(_text(128)),
    "access_key_id": _optional(_text(20, _KEY_ID)),
    "region": _optional(_text(32, _REGION)),
    "instance_type": _one_of(*OFFERED_INSTANCE_TYPES),
    "volume_gb": _number(*VOLUME_GB, integer=True),
    "spot": _flag,
    "key_path": _optional(_absolute_path),
    "key_name": _optional(_text(255, _PRINTABLE)),
    "key_fingerprint": _optional(_text(200, _PRINTABLE)),
    "quota_request_id": _optional(_text(128, _QUOTA_REQUEST_ID)),
    "client_token": _optional(_text(64, _PRINTABLE)),
    "instance_id": _optional(_text(19, _INSTANCE_ID)),
    "recipe": _text(64, _RECIPE),
    "setup_done": _flag,
    "express_pending": _flag,
}
_SETTINGS_RULES: dict[str, Callable[[Any], bool]] = {
    "language": _optional(_one_of(*LANGUAGES)),
    "remind_after_minutes": lambda v: _one_of(0)(v) or _number(*REMIND_MINUTES, integer=True)(v),
    "daily_warning_hours": _number(*DAILY_HOURS, integer=False),
    "stop_on_logout": _flag,
    "autostop_enabled": _flag,
    "autostop_cpu_percent": _number(*AUTOSTOP_CPU_PERCENT, integer=False),
    "autostop_minutes": _number(*AUTOSTOP_MINUTES, integer=True),
    "tray_hint_shown": _flag,
    "close_hint_shown": _flag,
    "extra": lambda value: isinstance(value, dict),
}
_RULES: dict[type, dict[str, Callable[[Any], bool]]] = {
    SavedProgress: _PROGRESS_RULES,
    Settings: _SETTINGS_RULES,
}


def _shown(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _from_dict(cls: type[T], raw: dict[str, Any], source: Path) -> tuple[T, tuple[str, ...]]:
    """The dataclass from `raw`, each value checked; also the names reset to their default."""
    rules = _RULES.get(cls, {})
    defaults = cls()
    values: dict[str, Any] = {}
    invalid: list[str] = []
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in raw:
            continue
        value = raw[f.name]
        default = getattr(defaults, f.name)
        check = rules.get(f.name)
        if check is not None and check(value):
            if isinstance(default, float) and isinstance(value, int):
                value = float(value)
            values[f.name] = value
            continue
        invalid.append(f.name)
        log.warning(
            "%s: %s %s is not a value the app allows; using the default %r",
            source.name,
            f.name,
            _shown(value),
            default,
        )
    unknown = sorted(set(raw) - {f.name for f in dataclasses.fields(cls)})  # type: ignore[arg-type]
    if unknown:
        log.info("%s: ignored unknown fields %s", source.name, ", ".join(map(_shown, unknown)))
    return cls(**values), tuple(invalid)


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """What `load_checked` read, and what the UI may want to tell the user about it."""

    value: T
    #: The last good copy the value came from, because the file itself could not be read.
    recovered_from: Path | None = None
    #: Where the unreadable file was kept aside (None when it could not be copied).
    corrupt_copy: Path | None = None
    #: The file could not be read and no good copy either: the value is the defaults.
    lost: bool = False
    #: Fields whose saved value the app does not allow, reset to their default.
    invalid: tuple[str, ...] = ()


def backup_path(path: Path) -> Path:
    """The last good copy of `path`, written with it on each save."""
    return path.with_name(path.name + ".bak")


def _read(path: Path) -> dict[str, Any] | None:
    """The object in `path`; None when the file is missing; `ValueError`/`OSError` when bad."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    raw = json.loads(data.decode("utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name} holds {type(raw).__name__}, not an object")
    return raw


def keep_aside(path: Path) -> Path | None:
    """A copy of an unreadable file beside it, as `.corrupt`; None when it cannot be made."""
    copy = path.with_name(path.name + ".corrupt")
    try:
        shutil.copyfile(path, copy)
    except OSError:  # a directory, or a disk that takes nothing
        return None
    return copy


def load_checked(cls: type[T], path: Path) -> Loaded[T]:
    """Read a saved dataclass: never raises for a bad file, and says what it did.

    An unreadable file (corrupt, cut short, a directory, no permission) is kept
    aside as `.corrupt` and the last good copy (`.bak`) is used instead; a missing
    file is a new user (no recovery: the user may have removed it to start over).
    """
    try:
        raw = _read(path)
    except (OSError, ValueError) as problem:
        corrupt = keep_aside(path)
        recovered = _recover(cls, path)
        if recovered is not None:
            log.warning(
                "%s could not be read (%s); recovered the last good copy %s; kept the bad "
                "one at %s",
                path,
                problem,
                backup_path(path),
                corrupt,
            )
            value, invalid = recovered
            return Loaded(value, backup_path(path), corrupt, invalid=invalid)
        log.warning(
            "%s could not be read (%s) and there is no good copy; started afresh; kept the "
            "bad one at %s",
            path,
            problem,
            corrupt,
        )
        return Loaded(cls(), None, corrupt, lost=True)
    if raw is None:
        return Loaded(cls())
    value, invalid = _from_dict(cls, raw, path)
    return Loaded(value, invalid=invalid)


def _recover(cls: type[T], path: Path) -> tuple[T, tuple[str, ...]] | None:
    try:
        raw = _read(backup_path(path))
    except (OSError, ValueError):
        return None
    return None if raw is None else _from_dict(cls, raw, backup_path(path))


def load(cls: type[T], path: Path) -> T:
    """Read a saved dataclass (see `load_checked`); the value only."""
    return load_checked(cls, path).value


def save(value: object, path: Path) -> None:
    """Write `value` atomically, then its last good copy (`.bak`), also atomically."""
    data = dataclasses.asdict(value)  # type: ignore[call-overload]
    atomic.write_json(path, data)
    atomic.write_json(backup_path(path), data)

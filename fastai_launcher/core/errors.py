"""Typed errors with a translatable message and the next action for the user.

Every failure the user can meet is one of these.  The UI shows any of them in
one dialog: `message` says what happened, `next_action` what to do about it.
Neither may contain a secret: they are logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .text import QT_TRANSLATE_NOOP, Text, text

CTX = "Errors"


@dataclass(frozen=True)
class AtRisk:
    """An instance that exists and may be running although the user did not get what
    they asked for: it costs money.  `alarm_set` is False when its idle auto-stop
    alarm could not be set (it would run until someone stops it)."""

    instance_id: str
    alarm_set: bool = True


class LauncherError(Exception):
    """Base of all errors the user is shown."""

    # Whether trying the same thing again later may succeed.
    retryable: bool = False
    #: Set when an instance may be running because of what failed: the UI offers to
    #: stop it (every layer uses this one field for that).
    at_risk: AtRisk | None = None

    def __init__(self, message: Text, next_action: Text | None = None) -> None:
        super().__init__(message.source)
        self.message = message
        self.next_action = next_action or text(
            CTX,
            QT_TRANSLATE_NOOP(
                "Errors", "Try again. If it keeps happening, copy the details and ask for help."
            ),
        )

    def __str__(self) -> str:
        return self.message.render()


class InputError(LauncherError):
    """Something the user typed or chose cannot be used; nothing was sent anywhere."""


class CredentialsError(LauncherError):
    """AWS rejected or cannot find the credentials."""


class AwsError(LauncherError):
    """An AWS call failed in a way the catalogue knows."""


class CapacityError(AwsError):
    """AWS has no capacity or quota for the request right now."""

    retryable = True


class NetworkError(LauncherError):
    """The network or a remote endpoint cannot be reached."""

    retryable = True


class SshError(LauncherError):
    """An SSH connection, command or tunnel failed."""


class HostKeyError(SshError):
    """The instance's host key does not match what we trust: maybe an interception."""


class Cancelled(LauncherError):
    """The user cancelled; not shown as an error."""

    def __init__(self) -> None:
        super().__init__(text(CTX, QT_TRANSLATE_NOOP("Errors", "Cancelled.")))


class InstanceLeftRunning(Cancelled):
    """Cancelled once the instance `instance_id` existed: it may be running, and it costs."""

    def __init__(self, instance_id: str, *, alarm_set: bool = True) -> None:
        super().__init__()
        self.at_risk = AtRisk(instance_id, alarm_set)
        self.message = text(
            "Flow",
            QT_TRANSLATE_NOOP("Flow", "Stopped. The instance {instance} may still be running."),
            instance=instance_id,
        )
        self.next_action = text(
            "Flow",
            QT_TRANSLATE_NOOP(
                "Flow", "Stop it now if you do not want to use it: it costs money while it runs."
            ),
        )


class ProgressNotSaved(LauncherError):
    """The app's progress could not be written (a full or read-only disk)."""

    def __init__(self, path: Path, reason: str, at_risk: AtRisk | None = None) -> None:
        super().__init__(
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The app could not save its progress to {path}: {reason}. "
                    "The disk may be full or read-only.",
                ),
                path=str(path),
                reason=reason,
            ),
            text(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Free some space on this computer (or make the folder writable), then "
                    "try again. Until then the app may not remember this step after it closes.",
                ),
            ),
        )
        self.at_risk = at_risk


class TimedOut(LauncherError):
    """A wait took longer than its bound."""

    retryable = True

    def __init__(self, what: Text | None = None, seconds: float | None = None) -> None:
        if what is None:
            message = text(CTX, QT_TRANSLATE_NOOP("Errors", "This took too long and was stopped."))
        else:
            message = text(
                CTX,
                QT_TRANSLATE_NOOP("Errors", "Waiting for this took too long ({seconds} s): {what}"),
                what=what,
                seconds=int(seconds or 0),
            )
        super().__init__(
            message,
            text(
                CTX, QT_TRANSLATE_NOOP("Errors", "Check your network connection, then try again.")
            ),
        )

"""The guide's steps as the flow reports them, and where the user resumes.

Progress goes through the ordinary `ctx.progress` channel.  What the UI reacts
to is typed, never recognised by the words of a message:

- `StepText`: a composite run (`flow.runs.express`, `open_jupyter`) begins a
  step; the UI can move the wizard to that step's page.
- `QuotaWaiting`: the run waits for AWS to approve the GPU quota.
- `StopRequested`: AWS has the StopInstances request; it stops the instance
  even if the app quits now.
- `LogLine`: a line of the course installation's log, untranslated.

The messages in between are plain `Text`s, shown as they are.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, Text

CTX = "Flow"


class Step(str, enum.Enum):
    """One step of the guide; the value is what `SavedProgress.last_step` holds."""

    WELCOME = "welcome"
    SIGN_IN = "sign_in"
    QUOTA = "quota"
    KEY = "key"
    LAUNCH = "launch"
    CONNECT = "connect"
    INSTALL = "install"
    JUPYTER = "jupyter"
    STOP = "stop"
    DONE = "done"

    @classmethod
    def parse(cls, value: str | None) -> Step:
        """The step a saved value names; WELCOME for an unknown one."""
        try:
            return cls(value)
        except ValueError:
            return cls.WELCOME


#: The order of the guide; a step's successor is where the user resumes after it.
ORDER = (
    Step.WELCOME,
    Step.SIGN_IN,
    Step.QUOTA,
    Step.KEY,
    Step.LAUNCH,
    Step.CONNECT,
    Step.INSTALL,
    Step.JUPYTER,
    Step.DONE,
)

_TITLES = {
    Step.WELCOME: QT_TRANSLATE_NOOP("Flow", "Getting ready"),
    Step.SIGN_IN: QT_TRANSLATE_NOOP("Flow", "Signing in to AWS"),
    Step.QUOTA: QT_TRANSLATE_NOOP("Flow", "Checking the GPU quota"),
    Step.KEY: QT_TRANSLATE_NOOP("Flow", "Preparing the SSH key"),
    Step.LAUNCH: QT_TRANSLATE_NOOP("Flow", "Launching the instance"),
    Step.CONNECT: QT_TRANSLATE_NOOP("Flow", "Connecting securely to the instance"),
    Step.INSTALL: QT_TRANSLATE_NOOP("Flow", "Installing the course"),
    Step.JUPYTER: QT_TRANSLATE_NOOP("Flow", "Starting Jupyter"),
    Step.STOP: QT_TRANSLATE_NOOP("Flow", "Stopping the instance"),
    Step.DONE: QT_TRANSLATE_NOOP("Flow", "Jupyter is ready"),
}


@dataclass(frozen=True)
class StepText(Text):
    """A progress message that says a step begins; `step` tells the UI which."""

    step: Step = Step.WELCOME


@dataclass(frozen=True)
class QuotaWaiting(Text):
    """Waiting for AWS to approve the GPU quota request filed at `requested` (None when
    AWS does not say), checking again in `minutes`."""

    minutes: int = 1
    requested: datetime | None = None


@dataclass(frozen=True)
class StopRequested(Text):
    """AWS has the StopInstances request for `instance_id`."""

    instance_id: str = ""


@dataclass(frozen=True)
class LogLine(Text):
    """A line of the installation log; `source` is the line, shown untranslated."""


def log_line(line: str) -> LogLine:
    return LogLine("", line)


def step_text(step: Step) -> StepText:
    return StepText(CTX, _TITLES[step], step=step)


def next_step(step: Step) -> Step:
    """Where the user resumes once `step` is done."""
    if step not in ORDER:
        return step
    index = ORDER.index(step)
    return ORDER[min(index + 1, len(ORDER) - 1)]


def announce(ctx: TaskContext, step: Step) -> None:
    """Tell the caller that `step` begins (raises `Cancelled` if the run was cancelled)."""
    position = ORDER.index(step) if step in ORDER else 0
    ctx.progress(step_text(step), position, len(ORDER) - 1)

"""The guide's steps as the flow reports them, and where the user resumes.

A composite run (`flow.runs.express`, `open_jupyter`) announces each step it
begins through the ordinary `ctx.progress` channel with a `StepText`: a
`Text` that also carries the `Step`.  The UI's progress callback receives it
on the GUI thread like any other progress message and can move the wizard to
the page of `step_text.step`; the messages in between are plain `Text`s.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

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

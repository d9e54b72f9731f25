"""The express run behind "Set up and open Jupyter": one `flow.runs.express` task
per app, shared by every panel that shows the button (`ui/wizard/express.py`).

It runs the flow through the task runner and turns what comes back into
things the GUI shows: the wizard page of each step (`page_reached`), the
quota wait in words, a tray message when AWS approves or refuses the quota,
the browser opened at the end.  Cancelled after the launch, it asks whether
to stop the instance.  `SavedProgress.express_pending` remembers a run that
was waiting for the GPU quota when the app closed, so the next start resumes
that wait by itself (`resume_pending`); it is cleared as the run reaches the
launch, so nothing past that point is ever resumed without a click.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ...core.errors import Cancelled, CapacityError, LauncherError, ProgressNotSaved
from ...core.text import Text
from ...flow import Step, StepText, Workspace
from ...flow.connect import trust_fingerprint, unverified_fingerprint
from ...flow.lifecycle import stop
from ...flow.runs import ExpressChoices, ExpressOptions, express, express_options
from ..context import AppContext
from ..tasks import TaskHandle
from ..widgets.browser import open_jupyter_in_browser
from ..widgets.error_dialog import said
from ..widgets.host_key_dialog import ask_to_trust
from ..widgets.stop_dialog import offer_stop
from .pages.ids import STEP_PAGES, PageId

if TYPE_CHECKING:
    from ...aws.lifecycle import InstanceInfo
    from ...aws.quotas import QuotaRequest

log = logging.getLogger("fastai_launcher.ui.wizard.express")


class ExpressRun(QObject):
    """The app's one express run; panels and the wizard listen to its signals."""

    #: The run began a step shown on this wizard page (PageId).
    page_reached = Signal(object)
    #: Something the panels show changed: running or not, the status, the options.
    changed = Signal()
    #: The run is over and its outcome handled (question answered, instance stopped).
    ended = Signal()
    #: A line of the course installation's log.
    line = Signal(str)

    # From the task's thread; queued to the GUI thread.
    _quota_seen = Signal(object)
    _line_seen = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ws = context.flow
        self.handle: TaskHandle[str] | None = None
        self.stop_task: TaskHandle[InstanceInfo] | None = (
            None  # stopping the instance after a cancel
        )
        self.options: ExpressOptions | None = None
        self.options_task: TaskHandle[ExpressOptions] | None = None
        self.options_error: LauncherError | None = None
        self.status: Text | None = None
        self.request: QuotaRequest | None = None
        self.jupyter_url: str | None = None  # with the token: memory only, never logged
        self.confirmation: QMessageBox | None = None
        self._choices = ExpressChoices()  # of the last run, to carry on after a question
        self.dialog_parent: Callable[[], QWidget | None] = QApplication.activeWindow
        self._busy = False
        self._last: tuple[Text, int, int] | None = None
        self._quota_seen.connect(self._on_quota, Qt.ConnectionType.QueuedConnection)
        self._line_seen.connect(self._on_line, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """The run, or the handling of its outcome (the stop question, the stop), is going on."""
        return self._busy

    # Options shown beside the button.

    def look_up(self, region: str | None = None) -> None:
        """Find the regions and GPU types to offer (choosing `region` when given)."""
        if self.options_task is not None and not self.options_task.done:
            if region is None:
                return
            self.options_task.detach()
        language = self.context.translators.language
        ws = self.ws
        self.options_error = None
        self.options_task = self.context.runner.run(
            partial(express_options, ws, region=region, language=language),
            on_result=self._options_found,
            on_error=self._options_failed,
            on_finished=self.changed.emit,
            timeout=120,
            owner=self,
            name="express choices",
        )
        self.changed.emit()

    @property
    def looking_up(self) -> bool:
        return self.options_task is not None and not self.options_task.done

    def _options_found(self, options: ExpressOptions) -> None:
        self.options = options

    def _options_failed(self, error: LauncherError) -> None:
        self.options_error = error
        log.info("express choices not found: %s", error)

    # The run.

    def start(self, choices: ExpressChoices) -> None:
        if self._busy:
            return
        self._choices = choices
        job = partial(
            express,
            self.ws,
            choices=choices,
            on_line=self._line_seen.emit,
            on_quota=self._quota_seen.emit,
        )
        self._busy = True
        self.status = None
        self._last = None
        self.request = None
        self.jupyter_url = None
        self.handle = self.context.runner.run(
            job,
            on_result=self._succeeded,
            on_error=self._failed,
            on_progress=self._progressed,
            owner=self,
            name="express",
        )
        self.changed.emit()

    def resume_pending(self) -> bool:
        """At start-up: carry on waiting for a quota request an express run filed."""
        progress = self.ws.progress
        if self._busy or not (progress.express_pending and progress.quota_request_id):
            return False
        log.info("resuming the express run's quota wait")
        self.start(ExpressChoices())  # the choices were saved when the run began
        return True

    def cancel(self) -> None:
        for task in (self.handle, self.stop_task):
            if task is not None and not task.done:
                task.cancel()

    def replay_progress(self) -> None:
        """Send the run's last progress again (to a progress row that just began to follow it)."""
        if self.handle is not None and not self.handle.done and self._last is not None:
            self.handle.progressed.emit(*self._last)

    def _progressed(self, step: Text, done: int, total: int) -> None:
        self._last = (step, done, total)
        self.status = step
        # Jupyter is opened on the install page: the run stays there at the end.
        if isinstance(step, StepText) and step.step in STEP_PAGES and step.step is not Step.DONE:
            self.page_reached.emit(STEP_PAGES[step.step])
        self.changed.emit()

    @Slot(str)
    def _on_line(self, line: str) -> None:
        if self._busy:
            self.line.emit(line)

    @Slot(object)
    def _on_quota(self, request: QuotaRequest) -> None:
        if not self._busy:
            return  # a run the app already gave up on
        self.request = request
        if request.approved:
            self.notify(
                self.tr("GPU quota approved"),
                self.tr(
                    "AWS approved your GPU quota. The app carries on: it launches your "
                    "instance and opens Jupyter."
                ),
            )
        self.changed.emit()

    def _succeeded(self, url: str) -> None:
        # Only an outcome the user saw clears the flag: the app quitting mid-run keeps it.
        self._not_pending()
        self.jupyter_url = url
        self.status = None
        open_jupyter_in_browser(self.ws, url)
        self._end()

    def _failed(self, error: LauncherError) -> None:
        self.status = None
        self._not_pending()
        fingerprint = unverified_fingerprint(error)
        if fingerprint:  # the console listed no host keys: the user judges the fingerprint
            self.confirmation = ask_to_trust(
                self.dialog_parent(),
                error,
                lambda: self._trusted(fingerprint),
                on_cancel=lambda: self._declined(error),
            )
            return
        if error.at_risk is not None:
            why = "" if isinstance(error, Cancelled) else said(error)
            self._offer_to_stop(error.at_risk.instance_id, error.at_risk.alarm_set, why)
            return
        if isinstance(error, Cancelled):
            self._end()
            return
        if isinstance(error, CapacityError) and self.request is not None and self.request.refused:
            self.notify(
                self.tr("GPU quota not approved"),
                said(error),
            )
        self.status = error.message
        details = self.handle.details if self.handle is not None else ""
        from ..widgets.error_dialog import show_error  # only once something went wrong

        show_error(self.dialog_parent(), error, details)
        self._end()

    def _trusted(self, fingerprint: str) -> None:
        self.confirmation = None
        trust_fingerprint(self.ws, fingerprint)
        self._busy = False
        self.start(self._choices)  # every step done so far only reads again

    def _declined(self, error: LauncherError) -> None:
        self.confirmation = None
        self.status = error.message
        self._end()

    def _not_pending(self) -> None:
        try:
            self.ws.update(express_pending=False)
        except ProgressNotSaved as failed:  # a full disk: the next start may resume the wait
            log.warning("the express run's end was not saved: %s", failed)

    def notify(self, title: str, body: str) -> None:
        """The tray's message (or the app's notice where there is no tray); the panels
        show the same news in the window."""
        if self.context.notify is not None:
            self.context.notify(title, body)

    def _offer_to_stop(self, instance_id: str, alarm_set: bool = True, why: str = "") -> None:
        def answered() -> None:
            self.confirmation = None

        def stop_it() -> None:
            answered()
            self.stop_task = self.context.runner.run(
                partial(stop, self.ws),
                on_result=lambda _info: self.page_reached.emit(PageId.STOP),
                on_progress=self._progressed,
                on_finished=self._end,
                timeout=600,
                owner=self,
                name="stop after express",
            )
            self.changed.emit()

        def keep() -> None:
            answered()
            self._end()

        self.confirmation = offer_stop(
            self.dialog_parent(),
            instance_id,
            stop_it,
            why=why or self.tr("The setup was cancelled after the instance was launched."),
            alarm_set=alarm_set,
            on_keep=keep,
        )

    def _end(self) -> None:
        self._busy = False
        self.changed.emit()
        self.ended.emit()


_runs: weakref.WeakKeyDictionary[Workspace, ExpressRun] = weakref.WeakKeyDictionary()


def express_run(context: AppContext) -> ExpressRun:
    """The app's one express run (one per flow `Workspace`), made on first use."""
    run = _runs.get(context.flow)
    if run is None:
        run = ExpressRun(context, context.runner)
        _runs[context.flow] = run
    return run

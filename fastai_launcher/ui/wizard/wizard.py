"""The guide as a QWizard: one page per step, registered under its `PageId`."""

from __future__ import annotations

import importlib
import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ...core.errors import ProgressNotSaved
from ...flow import Step
from ..context import AppContext
from ..i18n import RetranslateMixin
from ..widgets.step_page import StepPage
from .express_run import ExpressRun, express_run
from .pages.ids import STEP_PAGES, PageId

log = logging.getLogger("fastai_launcher.ui")

PAGE_STEPS = {int(page): step for step, page in reversed(STEP_PAGES.items())}
#: Pages whose arrival starts what the express run does itself (the sign-in check, the
#: key import, the connection): while it runs they wait; the others only read.
EXPRESS_DEFERS = {int(PageId.SIGN_IN), int(PageId.KEY), int(PageId.CONNECT)}
#: The class of each page, "module:Class" under `ui.pages`, in the guide's order.  Only
#: the page the wizard starts on is built (and its module imported) before the window
#: shows; the others follow one per event-loop turn, or at once when asked for first.
PAGE_CLASSES = {
    PageId.WELCOME: "welcome:WelcomePage",
    PageId.SIGN_IN: "signin:SignInPage",
    PageId.QUOTA: "quota:QuotaPage",
    PageId.KEY: "key:KeyPage",
    PageId.LAUNCH: "launch:LaunchPage",
    PageId.CONNECT: "connect:ConnectPage",
    PageId.INSTALL: "install:InstallPage",
    PageId.STOP: "stop:StopPage",
}


class LauncherWizard(RetranslateMixin, QWizard):
    """Lives inside the main window; finishing it does not hide it."""

    #: The user pressed Finish on the last page.
    completed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.setWindowFlags(Qt.WindowType.Widget)
        if sys.platform != "darwin":
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.context = context
        # "Set up and open Jupyter" (ui/wizard/express.py) moves the wizard through its pages.
        self.express: ExpressRun = express_run(context)
        self._deferred: set[int] = set()  # pages not initialized while the express run went on
        start = self.resume_page()
        self.build_page(PageId(start))
        self.setStartId(start)
        self.currentIdChanged.connect(self._remember_page)
        self.currentIdChanged.connect(self._initialize_deferred)
        self.express.dialog_parent = lambda: self
        self.express.page_reached.connect(self._express_step)
        self.express.ended.connect(self._express_over)
        self.express.changed.connect(self._follow_run)
        QTimer.singleShot(0, self, self.express.resume_pending)  # a quota wait left running
        QTimer.singleShot(0, self, self._build_one_more)
        # The buttons got their words from the style set above, in the current language.
        self._retranslate_title()

    def add_page(self, page_id: PageId, page: QWizardPage) -> None:
        self.setPage(int(page_id), page)
        if isinstance(page, StepPage):  # its own task over: the row is free again
            page.completeChanged.connect(lambda: QTimer.singleShot(0, self, self._follow_run))
        if page_id == PageId.INSTALL:
            self.express.line.connect(page.log.append_line)  # type: ignore[attr-defined]

    def build_page(self, page_id: PageId) -> QWizardPage:
        """The page `page_id`, built and registered now if it was not yet."""
        page = self.page(int(page_id))
        if page is None:
            module, _, name = PAGE_CLASSES[page_id].partition(":")
            page_class = getattr(importlib.import_module(f"{__package__}.pages.{module}"), name)
            page = page_class(self.context, self)
            self.add_page(page_id, page)
        return page

    def _build_one_more(self) -> None:
        missing = [i for i in PAGE_CLASSES if self.page(int(i)) is None]
        if missing:
            self.build_page(missing[0])
            QTimer.singleShot(0, self, self._build_one_more)

    def page_for(self, page_id: PageId) -> QWizardPage | None:
        return self.build_page(page_id) if page_id in PAGE_CLASSES else None

    def nextId(self) -> int:
        # The guide's order, whether the next page is built yet or not: Next builds it
        # (`validateCurrentPage`) before QWizard moves there.
        current = self.currentId()
        later = [int(i) for i in PAGE_CLASSES if i > current]
        return min(later) if current != -1 and later else -1

    def validateCurrentPage(self) -> bool:
        if not super().validateCurrentPage():
            return False
        following = self.nextId()
        if following != -1:
            self.build_page(PageId(following))
        return True

    def resume_page(self) -> int:
        """The page of the saved step (`SavedProgress.last_step`): where the user was,
        or the step after the last one done."""
        wanted = STEP_PAGES.get(Step.parse(self.context.progress.last_step), PageId.WELCOME)
        return int(wanted)

    def show_step(self, page_id: PageId) -> None:
        """Move to the page `page_id`: back along the pages visited, or forward."""
        target = int(page_id)
        if self.page_for(page_id) is None or self.currentId() == target:
            return
        if target in self.visitedIds():
            while self.currentId() != target:
                self.back()
        elif target > self.currentId():
            self.setCurrentId(target)
        else:  # behind, never visited (the app started further on): begin there
            self.setStartId(target)
            self.restart()

    def _express_step(self, page_id: PageId) -> None:
        before = self.currentId()
        self.show_step(page_id)
        if self.currentId() < before and self.currentId() not in EXPRESS_DEFERS:
            # Back to a page seen earlier in the run (the quota, once a request is filed):
            # what it showed then is out of date.
            self.initializePage(self.currentId())
        self._follow_run()

    def _follow_run(self) -> None:
        """The page's progress row follows the run (its step, the time, Cancel) whenever
        the page's own task (a check on arrival) leaves the row free."""
        page, handle = self.currentPage(), self.express.handle
        if handle is None or handle.done or not isinstance(page, StepPage):
            return
        if self.currentId() != int(PageId.SIGN_IN):  # where the panel (and its Cancel) is
            page.body.setEnabled(False)  # the run does this step: no second one by hand
        if not page.progress_row.running:
            page.progress_row.track(handle)
            self.express.replay_progress()  # its step now, not at the next message

    def _express_over(self) -> None:
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, StepPage):
                page.body.setEnabled(True)
        self._initialize_deferred(self.currentId())

    def initializePage(self, page_id: int) -> None:
        if self.express.running and page_id in EXPRESS_DEFERS:
            # The run does this page's step; the page catches up once the run is over.
            self._deferred.add(page_id)
            return
        self._deferred.discard(page_id)
        super().initializePage(page_id)

    def _initialize_deferred(self, page_id: int) -> None:
        if page_id in self._deferred and not self.express.running:
            self.initializePage(page_id)

    def _remember_page(self, page_id: int) -> None:
        # Closing the app on any page resumes there; a finished setup stays finished.
        step = PAGE_STEPS.get(page_id)
        ws = self.context.flow
        if step is None or ws.resume_step is Step.DONE or ws.progress.last_step == step.value:
            return
        try:
            ws.update(last_step=step.value)
        except ProgressNotSaved as failed:  # said at start-up; the page works all the same
            log.warning("the page reached was not saved: %s", failed)

    def refresh_page(self) -> None:
        """F5: the current page looks again at what it shows."""
        page = self.currentPage()
        if isinstance(page, StepPage) and not page.busy:
            page.initializePage()

    def done(self, result: int) -> None:
        # QDialog.done() would hide the wizard and leave an empty main window.
        if result == int(QWizard.DialogCode.Accepted):
            self.completed.emit()

    def _retranslate_title(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Wizard", "Steps"))

    def retranslate(self) -> None:
        self._retranslate_title()
        # QWizard sets its button texts (Back, Next, Finish) only when its style
        # changes, not on a language change: change it there and back.
        style = self.wizardStyle()
        other = (
            QWizard.WizardStyle.ClassicStyle
            if style != QWizard.WizardStyle.ClassicStyle
            else QWizard.WizardStyle.ModernStyle
        )
        self.setUpdatesEnabled(False)
        self.setWizardStyle(other)
        self.setWizardStyle(style)
        self.setUpdatesEnabled(True)

"""The guide as a QWizard: one page per step, registered under its `PageId`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ..flow import Step
from .context import AppContext
from .i18n import RetranslateMixin
from .pages.connect import ConnectPage
from .pages.ids import PageId
from .pages.install import InstallPage
from .pages.key import KeyPage
from .pages.launch import LaunchPage
from .pages.quota import QuotaPage
from .pages.signin import SignInPage
from .pages.stop import StopPage
from .pages.welcome import WelcomePage

#: The wizard page of each saved step; Jupyter is opened on the install page.
STEP_PAGES = {
    Step.WELCOME: PageId.WELCOME,
    Step.SIGN_IN: PageId.SIGN_IN,
    Step.QUOTA: PageId.QUOTA,
    Step.KEY: PageId.KEY,
    Step.LAUNCH: PageId.LAUNCH,
    Step.CONNECT: PageId.CONNECT,
    Step.INSTALL: PageId.INSTALL,
    Step.JUPYTER: PageId.INSTALL,
    Step.STOP: PageId.STOP,
    Step.DONE: PageId.STOP,
}
PAGE_STEPS = {int(page): step for step, page in reversed(STEP_PAGES.items())}


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
        self.add_page(PageId.WELCOME, WelcomePage(context, self))
        self.add_page(PageId.SIGN_IN, SignInPage(context, self))
        self.add_page(PageId.QUOTA, QuotaPage(context, self))
        self.add_page(PageId.KEY, KeyPage(context, self))
        self.add_page(PageId.LAUNCH, LaunchPage(context, self))
        self.add_page(PageId.CONNECT, ConnectPage(context, self))
        self.add_page(PageId.INSTALL, InstallPage(context, self))
        self.add_page(PageId.STOP, StopPage(context, self))
        self.setStartId(self.resume_page())
        self.currentIdChanged.connect(self._remember_page)
        self.retranslate()

    def add_page(self, page_id: PageId, page: QWizardPage) -> None:
        self.setPage(int(page_id), page)

    def page_for(self, page_id: PageId) -> QWizardPage | None:
        return self.page(int(page_id))

    def resume_page(self) -> int:
        """The page of the saved step (`SavedProgress.last_step`): where the user was,
        or the step after the last one done.  A page not built yet: the one before it."""
        wanted = STEP_PAGES.get(Step.parse(self.context.progress.last_step), PageId.WELCOME)
        return max((i for i in self.pageIds() if i <= wanted), default=int(PageId.WELCOME))

    def _remember_page(self, page_id: int) -> None:
        # Closing the app on any page resumes there; a finished setup stays finished.
        step = PAGE_STEPS.get(page_id)
        ws = self.context.flow
        if step is None or ws.resume_step is Step.DONE or ws.progress.last_step == step.value:
            return
        ws.update(last_step=step.value)

    def done(self, result: int) -> None:
        # QDialog.done() would hide the wizard and leave an empty main window.
        if result == int(QWizard.DialogCode.Accepted):
            self.completed.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Wizard", "Steps"))
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

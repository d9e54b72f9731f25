"""The main window: holds the wizard that walks through the guide."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from .context import AppContext
from .i18n import RetranslateMixin
from .wizard import LauncherWizard

log = logging.getLogger("fastai_launcher.ui")


class MainWindow(RetranslateMixin, QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        self.wizard = LauncherWizard(context, self)
        self.wizard.completed.connect(self.close)
        self.setCentralWidget(self.wizard)
        self.resize(860, 660)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate(
                "MainWindow", "fastai launcher: a GPU for the fast.ai course"
            )
        )

    def bring_to_front(self) -> None:
        """Show the window above the others (a second start of the app asks for this)."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        log.info(
            "main window shown: %dx%d, page %s",
            self.width(),
            self.height(),
            self.wizard.currentId(),
        )

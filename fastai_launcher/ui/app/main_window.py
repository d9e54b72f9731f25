"""The main window: the wizard that walks through the guide, or the home view once set up."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ..context import AppContext
from ..i18n import RetranslateMixin
from ..wizard.pages.ids import PageId
from ..wizard.wizard import LauncherWizard

if TYPE_CHECKING:
    from ..home.view import HomeView

log = logging.getLogger("fastai_launcher.ui")


class MainWindow(RetranslateMixin, QMainWindow):
    #: Ctrl+Q: quit as the tray's Quit does (it asks first
    #: while the instance runs).
    quit_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.context = context
        self.wizard = LauncherWizard(context, self)
        self.wizard.completed.connect(self.show_home)
        self.home: HomeView | None = None  # made when first shown
        # A banner (no tray on this desktop: see ui/tray/guard.py) goes above the content.
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.wizard, 1)
        self.setCentralWidget(body)
        #: Asked before the window closes; False keeps it (it ignored the event).
        self.close_guard: Callable[[QCloseEvent], bool] | None = None
        self.resize(860, 660)
        if context.progress.setup_done:
            self.show_home()
        self.shortcuts: dict[str, QAction] = {}
        QTimer.singleShot(0, self, self._add_shortcuts)  # after the first paint
        self.retranslate()

    def _add_shortcuts(self) -> None:
        """F5 looks again (the home view, or the wizard's page); Ctrl+Q quits."""
        for name, key, slot in (
            ("refresh", "F5", self.refresh),
            ("quit", "Ctrl+Q", self.quit_requested.emit),  # Cmd+Q on macOS
        ):
            action = QAction(self)
            action.setObjectName(f"{name}_shortcut")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.shortcuts[name] = action

    def refresh(self) -> None:
        if self.home is not None and self.home.isVisible():
            self.home.refresh()
        else:
            self.wizard.refresh_page()

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

    def show_home(self) -> None:
        """The home view instead of the wizard: the setup is done."""
        if self.home is None:
            from ..home.view import HomeView  # not needed before a setup is done

            self.home = HomeView(self.context, self)
            self.home.setup_requested.connect(lambda: self.show_wizard(PageId.WELCOME))
            self.body_layout.addWidget(self.home, 1)
        self.wizard.hide()
        self.home.show()

    def show_wizard(self, page_id: PageId | None = None) -> None:
        """The wizard instead of the home view, from `page_id` (default: where it was)."""
        if self.home is not None:
            self.home.hide()
        if page_id is not None:
            self.wizard.build_page(page_id)
            self.wizard.setStartId(int(page_id))
            self.wizard.restart()
        self.wizard.show()

    def show_settings(self) -> None:
        """The reminder and logout settings (from the tray menu too, window hidden or not)."""
        from ..tray.settings_dialog import open_settings

        open_settings(self.context, self)

    def set_banner(self, banner: QWidget) -> None:
        self.body_layout.insertWidget(0, banner)

    def show_step(self, page_id: PageId) -> None:
        """Bring the window up on the wizard's page `page_id` (where it has one)."""
        self.bring_to_front()
        if self.wizard.page_for(page_id) is not None:
            self.wizard.setCurrentId(int(page_id))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_guard is not None and not self.close_guard(event):
            return
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        log.info(
            "main window shown: %dx%d, page %s",
            self.width(),
            self.height(),
            self.wizard.currentId(),
        )

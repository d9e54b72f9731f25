"""The main window: the wizard that walks through the guide, or the home view once set up.

`app.py` shows the window's frame first and fills it (`fill()`) in the event loop's
next turn: the wizard, its pages, the flow they run on and Qt's enums are imported
and built once the window is up, not before it (`python -m benchmarks startup`).
Handed a context, the window fills itself at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from ..i18n import RetranslateMixin

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ..context import AppContext
    from ..home.view import HomeView
    from ..wizard.pages.ids import PageId
    from ..wizard.wizard import LauncherWizard

log = logging.getLogger("fastai_launcher.ui")


class MainWindow(RetranslateMixin, QMainWindow):
    #: Ctrl+Q: quit as the tray's Quit does (it asks first
    #: while the instance runs).
    quit_requested = Signal()

    #: What the window shows, set by `fill()`.
    context: AppContext
    wizard: LauncherWizard

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.home: HomeView | None = None  # made when first shown
        self.filled = False
        # A banner (no tray on this desktop: see ui/tray/guard.py) goes above the content.
        body = QWidget(self)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(body)
        #: Asked before the window closes; False keeps it (it ignored the event).
        self.close_guard: Callable[[QCloseEvent], bool] | None = None
        self.resize(860, 660)
        if context is not None:
            self.fill(context)
        self.shortcuts: dict[str, QAction] = {}
        QTimer.singleShot(0, self, self._add_shortcuts)  # after the first paint
        self.retranslate()

    def fill(self, context: AppContext) -> None:
        """The screens: the wizard on the page where the user was, or the home view."""
        from ..wizard.wizard import LauncherWizard

        self.context = context
        self.wizard = LauncherWizard(context, self)
        self.wizard.completed.connect(self.show_home)
        self.body_layout.addWidget(self.wizard, 1)
        if context.progress.setup_done:
            self.show_home()
        else:  # a widget added to a window already shown waits for a later turn to show
            self.wizard.show()
        self.filled = True
        if self.isVisible():
            log.info("first screen built: %s", self._screen())

    def _screen(self) -> str:
        if self.home is not None and self.home.isVisible():
            return "home"
        return f"page {self.wizard.currentId()}"

    def _add_shortcuts(self) -> None:
        """F5 looks again (the home view, or the wizard's page); Ctrl+Q quits."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

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
        if not self.filled:
            return
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
            from PySide6.QtCore import Qt

            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def show_home(self) -> None:
        """The home view instead of the wizard: the setup is done."""
        if self.home is None:
            from ..home.view import HomeView  # not needed before a setup is done
            from ..wizard.pages.ids import PageId

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
        shows = self._screen() if self.filled else "its frame (the first screen follows)"
        log.info("main window shown: %dx%d, %s", self.width(), self.height(), shows)

"""Drives the main window through the whole guide as a user would: types the
access key, clicks each page's button, waits for its result, presses Next.

Shared by the acceptance tests (with pytest-qt's `qtbot.waitUntil`) and the
screenshot command (with a plain event-loop wait).  `on_page(page_id)` is
called on every page once it shows its result, and on the home view
(`HOME`), so a caller can check or photograph it there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget, QWizard

from fastai_launcher.flow.instances import InstanceAction
from fastai_launcher.ui.app.main_window import MainWindow
from fastai_launcher.ui.widgets.error_dialog import ErrorDialog
from fastai_launcher.ui.wizard.pages.ids import PageId
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.waiting import wait_until

HOME = -1  # `on_page`'s id for the home view
WaitFn = Callable[[Callable[[], bool], int], None]


def event_loop_wait(predicate: Callable[[], bool], timeout_ms: int) -> None:
    """Process events until `predicate()` holds (outside pytest-qt): the tests' one
    waiting primitive, `tests.world.waiting.wait_until`."""
    wait_until(predicate, timeout_ms)


class User:
    """Clicks and types as a user does, and counts it: each click and each typed field."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.actions = 0

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.actions += 1

    def type_into(self, field: QWidget, words: str) -> None:
        assert field.isVisible() and field.isEnabled(), field.objectName()
        field.setFocus()
        self.qtbot.keyClicks(field, words)
        self.actions += 1


def open_window(qtbot, app: Any) -> MainWindow:
    window = MainWindow(app.context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_errors() -> list[str]:
    """The messages of the error dialogs on screen."""
    return [
        f"{d.message.text()} {d.next_action.text()}"
        for d in QApplication.topLevelWidgets()
        if isinstance(d, ErrorDialog) and d.isVisible()
    ]


def idle(page: Any) -> bool:
    return not page.busy and not page.tasks


class WizardDriver:
    """One user going through the wizard in `window`, in the test world `world`."""

    def __init__(
        self,
        window: MainWindow,
        world: Any,
        wait: WaitFn = event_loop_wait,
        on_page: Callable[[int], None] | None = None,
    ) -> None:
        self.window = window
        self.wizard = window.wizard
        self.world = world
        self.wait = wait
        self.on_page = on_page or (lambda _page_id: None)
        self.actions = 0  # clicks and typed fields, as the user counts them

    # What a user does.

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        self.actions += 1

    def type_into(self, field: QWidget, words: str) -> None:
        field.setFocus()
        QTest.keyClicks(field, words)
        self.actions += 1

    def next(self, expected: PageId) -> Any:
        """Press Next to reach `expected` (already there after a restart: stay)."""
        if self.wizard.currentId() == int(expected):
            return self.wizard.currentPage()
        self.wait(lambda: self.wizard.button(QWizard.WizardButton.NextButton).isEnabled(), 30_000)
        self.click(self.wizard.button(QWizard.WizardButton.NextButton))
        self.wait(lambda: self.wizard.currentId() == int(expected), 5_000)
        return self.wizard.currentPage()

    def until(self, predicate: Callable[[], bool], timeout_ms: int) -> None:
        """Wait for `predicate`; an error dialog meanwhile fails at once, saying what it says."""
        self.wait(lambda: bool(predicate()) or bool(open_errors()), timeout_ms)
        errors = open_errors()
        if errors:
            raise AssertionError("the app shows an error: " + " / ".join(errors))

    def page(self, expected: PageId) -> Any:
        assert self.wizard.currentId() == int(expected), self.wizard.currentId()
        return self.wizard.currentPage()

    def settle(self, page: Any, timeout_ms: int = 60_000) -> None:
        self.until(lambda: idle(page), timeout_ms)

    # The guide's steps, one page each.

    def welcome(self) -> None:
        page = self.page(PageId.WELCOME)
        if page.price_task is not None:
            self.wait(lambda: page.price_task.done, 20_000)
        self.on_page(PageId.WELCOME)

    def sign_in(self) -> None:
        page = self.next(PageId.SIGN_IN)
        self.settle(page)
        if not page.other_ways.isChecked():  # the access key is one of the other ways
            self.click(page.other_ways)
        self.type_into(page.key_id, TEST_ACCESS_KEY_ID)
        self.type_into(page.secret, TEST_SECRET_ACCESS_KEY)
        index = page.region.findData(self.world.region)
        assert index >= 0, "the world's region is offered"
        page.region.setCurrentIndex(index)  # picked from the list
        self.actions += 1
        self.click(page.validate)
        self.until(page.isComplete, 30_000)
        self.on_page(PageId.SIGN_IN)

    def quota(self, approve: bool = True) -> None:
        """Short of quota: one click files the request; the world approves it."""
        page = self.next(PageId.QUOTA)
        self.settle(page)
        if page.short:
            self.click(page.request_button)
            self.settle(page)
            assert page.request is not None and page.request.is_open
            self.on_page(PageId.QUOTA)
            if approve:
                self.world.set_request_status(page.request.id, "APPROVED")
                self.click(page.refresh_button)
                self.settle(page)
                assert page.status is not None and page.status.enough
        else:
            self.on_page(PageId.QUOTA)

    def key(self) -> None:
        page = self.next(PageId.KEY)
        self.settle(page)
        self.click(page.import_button)  # "generate" is the default choice
        self.until(page.isComplete, 30_000)
        self.on_page(PageId.KEY)

    def launch(self) -> None:
        page = self.next(PageId.LAUNCH)
        self.settle(page)
        self.on_page(PageId.LAUNCH)
        self.click(page.launch_button)
        self.until(page.isComplete, 60_000)

    def connect(self) -> None:
        page = self.next(PageId.CONNECT)  # it connects on arrival
        self.until(page.isComplete, 60_000)
        self.on_page(PageId.CONNECT)

    def install(self, recipe: str = "sandbox") -> str:
        """Install the course, then Open Jupyter; the URL handed to the browser."""
        page = self.next(PageId.INSTALL)
        index = page.recipe.findData(recipe)
        assert index >= 0, f"the recipe {recipe} is offered"
        page.recipe.setCurrentIndex(index)
        self.actions += 1
        self.click(page.install_button)
        self.until(page.isComplete, 120_000)
        self.click(page.open_button)
        self.until(lambda: page.jupyter_url is not None, 60_000)
        self.on_page(PageId.INSTALL)
        return str(page.jupyter_url)

    def stop(self) -> None:
        page = self.next(PageId.STOP)
        self.settle(page)
        self.click(page.stop_button)
        self.until(lambda: page.confirmation is not None, 30_000)  # Stop asks first
        box = page.confirmation
        confirm = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
        self.click(confirm)
        self.until(page.isComplete, 60_000)
        self.on_page(PageId.STOP)

    def finish(self) -> Any:
        """Finish on the last page: the home view replaces the wizard."""
        self.click(self.wizard.button(QWizard.WizardButton.FinishButton))
        home = self.window.home
        assert home is not None and home.isVisible()
        self.wait(lambda: home.refresh_task is not None and home.refresh_task.done, 30_000)
        self.on_page(HOME)
        return home

    def open_from_home(self, instance_id: str) -> str:
        """The home view's one click from a stopped instance; the URL handed to the browser."""
        home = self.window.home
        assert home is not None
        card = home.cards[instance_id]
        before = home.last_url
        self.click(card.buttons[InstanceAction.JUPYTER])
        self.until(lambda: home.last_url not in (None, before), 120_000)
        self.wait(lambda: instance_id not in home.tasks, 30_000)
        self.wait(lambda: home.refresh_task is not None and home.refresh_task.done, 30_000)
        return str(home.last_url)

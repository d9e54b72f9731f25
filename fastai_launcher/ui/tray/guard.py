"""Never forget a running instance: the tray (or, without one, the banner), the
reminders, and what closing, quitting and logging out do while it runs.

- Closing the window while the instance runs: with a tray, the window hides
  and the app stays in the tray (said once, in a tray message); without one,
  the app never hides itself and asks as Quit does.
- Quit while it runs asks: Stop it and quit / Keep it running and quit / Cancel.
- Logging out (`commitDataRequest`): with `Settings.stop_on_logout` the
  instance is stopped without asking; otherwise the user is asked where the
  session manager allows it.  Either way the app waits (bounded) until AWS has
  the StopInstances request before the session goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from ...core.errors import LauncherError
from ...core.money import usd
from ...core.reminders import Reminder
from ...flow import runs
from ...flow.browser_signin import sign_in_ended
from ...flow.notebooks import download_notebooks
from ...flow.status import InstanceStatus
from ..app.main_window import MainWindow
from ..context import AppContext
from ..i18n import translate
from ..tasks import TaskHandle
from ..widgets.browser import open_jupyter_in_browser
from ..widgets.error_dialog import show_error
from ..widgets.instance_words import headline, running_line
from ..widgets.sign_in_again import offer_sign_in_and_stop
from ..widgets.stop_dialog import confirm_stop, disk_costs
from ..wizard.pages.ids import PageId
from .banner import ReminderBanner
from .quit_dialog import QuitAnswer, ask_quit, ask_stop_at_logout
from .reminding import Reminders
from .tray import LauncherTray
from .watch import InstanceWatch, PollTiming, WallClock, utc_now

if TYPE_CHECKING:
    from ...ssh.notebooks import DownloadResult

log = logging.getLogger("fastai_launcher.ui.guard")

TICK_MS = 30_000  # running time on screen and due reminders; they come on the minute grid
LOGOUT_WAIT_S = 15.0
DEFAULT_POLL = PollTiming()  # at most this long for AWS to take the stop request at logout


class SessionManagerLike(Protocol):
    """What `commit_data` uses of a `QSessionManager` (which Python cannot construct)."""

    def allowsInteraction(self) -> bool: ...

    def release(self) -> None: ...


class InstanceGuard(QObject):
    def __init__(
        self,
        context: AppContext,
        window: MainWindow,
        *,
        tray_available: bool | None = None,
        timing: PollTiming = DEFAULT_POLL,
        clock: WallClock = utc_now,
        tz: tzinfo | None = None,
        quit_app: Callable[[], None] = QApplication.quit,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = window
        self.clock = clock
        self.quit_app = quit_app
        self.open_url = open_url
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray_available = tray_available
        self.watch = InstanceWatch(context.runner, context.flow, context.price_quote, timing, clock)
        self.watch.setParent(self)
        self.reminders = Reminders(context.settings, self.watch, clock, tz, self)
        self.tray = LauncherTray(context.translators, tray_available, self)
        self.banner = ReminderBanner(window)
        self.banner.setVisible(False)
        window.set_banner(self.banner)
        self._banner_wanted = False
        self._quitting = False
        self._closed = False
        self._jupyter: TaskHandle[str] | None = None
        self._dialog: QMessageBox | None = None
        self._download: TaskHandle[DownloadResult] | None = None
        self._connect()
        self._tick = QTimer(self)
        self._tick.timeout.connect(self.tick)
        self._tick.start(tick_ms)

    def _connect(self) -> None:
        self.watch.changed.connect(self._status_changed)
        self.watch.stop_finished.connect(self._stopped)
        self.watch.stop_failed.connect(self._stop_failed)
        self.reminders.reminded.connect(self._remind)
        self.reminders.pending_changed.connect(self._pending_changed)
        for view in (self.tray, self.banner):
            view.stop_clicked.connect(self.ask_stop)
            view.open_jupyter_clicked.connect(self.open_jupyter)
            view.snooze_clicked.connect(self.snooze)
        self.tray.show_window_clicked.connect(self._show_window)
        self.tray.message_clicked.connect(self.show_stop_step)
        self.tray.quit_clicked.connect(self.request_quit)
        self.tray.download_clicked.connect(self.download_notebooks)
        self.banner.hint_dismissed.connect(self._hint_seen)

    def install(self, app: QGuiApplication) -> None:
        """Take over what the app asks while an instance may run: the window's close,
        the context's notices, the log-out request; and the tray's Reminders item."""
        self.window.close_guard = self.allow_close
        self.context.notify = self.notify
        self.tray.settings_clicked.connect(self.window.show_settings)
        self.window.quit_requested.connect(self.request_quit)
        app.commitDataRequest.connect(self.commit_data)

    def start(self) -> None:
        """Start watching; `QApplication.quitOnLastWindowClosed` follows the tray."""
        QApplication.setQuitOnLastWindowClosed(not self.tray_available)
        self.watch.start()

    def close(self) -> None:
        """The app quits: no more polls or reminders (a stop under way goes on)."""
        self._closed = True
        self._tick.stop()
        self.watch.close()
        self.tray.close()

    @property
    def status(self) -> InstanceStatus:
        return self.watch.status

    # What the views show.

    def tick(self) -> None:
        if self._closed:
            return
        now = self.clock()
        self.reminders.check()
        month = self.status.month  # as of the last poll
        self.tray.month = month.summary().render(translate) if month and month.priced else ""
        self.tray.show_status(self.status, now)
        self.banner.show_status(self.status, now)

    def download_notebooks(self) -> None:
        """The tray's Download my notebooks: the student's changed files, to this computer."""
        if self._download is not None or not self.status.running:
            return
        self._download = self.context.runner.run(
            partial(download_notebooks, self.context.flow),
            on_result=self._downloaded,
            on_error=self._show_failure,
            on_finished=self._download_over,
            timeout=3600,
            owner=self,
            name="download notebooks",
        )

    def _downloaded(self, result: DownloadResult) -> None:
        count = result.copied
        self.notify(
            QCoreApplication.translate("Guard", "Notebooks downloaded"),
            QCoreApplication.translate(
                "Guard", "{count} new or changed, in {folder} on this computer."
            ).format(count=count, folder=result.folder),
        )

    def _download_over(self) -> None:
        self._download = None

    def _status_changed(self, status: InstanceStatus) -> None:
        if self._closed:
            return
        if status.running or status.busy:
            self._banner_wanted = True
        elif status.instance is None:
            self._banner_wanted = False
        show_banner = self._banner_wanted and not self.tray_available
        if (
            show_banner
            and not self.banner.isVisible()
            and not self.context.settings.tray_hint_shown
        ):
            self.banner.show_hint(True)
            self._hint_seen()
        self.banner.setVisible(show_banner)
        self.tick()

    def _remind(self, reminder: Reminder) -> None:
        now = self.clock()
        if self.tray_available:
            self.tray.show_reminder(reminder, self.status, now)
        else:
            self.banner.show_reminder(reminder)
            QApplication.alert(self.window)  # the banner is no use unseen: ask for attention
        log.info(
            "reminder: %s running %s (loud: %s)",
            reminder.instance_id,
            reminder.running,
            reminder.loud,
        )

    def _pending_changed(self, pending: bool) -> None:
        self.tray.set_pending(pending)
        if not pending:
            self.banner.show_reminder(None)

    def _hint_seen(self) -> None:
        if not self.context.settings.tray_hint_shown:
            self.context.settings.tray_hint_shown = True
            self.context.save_settings()

    def notify(self, title: str, body: str) -> None:
        """Tell the user something while they may be elsewhere (tray message, or a
        non-blocking message box where there is no tray)."""
        if self.tray_available:
            self.tray.notify(title, body)
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, body, parent=self.window)
        box.setObjectName("notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # The user's answers.

    def snooze(self) -> None:
        self.reminders.snooze()

    def show_stop_step(self) -> None:
        self.reminders.answered()
        self.window.show_step(PageId.STOP)

    def _show_window(self) -> None:
        self.window.bring_to_front()

    def ask_stop(self) -> None:
        """Stop, asked once."""
        if not self.status.running or self.watch.stopping:
            return
        self.reminders.answered()
        self._dialog = confirm_stop(
            self._dialog_parent(),
            headline(self.status),
            self._stop_now,
            costs=disk_costs(self.status.price),
        )

    def _stop_now(self) -> None:
        self.watch.stop_instance()

    def _stopped(self, status_info: object) -> None:
        del status_info
        price = self.status.price
        title = QCoreApplication.translate("Guard", "Instance stopped")
        if price is not None:
            body = QCoreApplication.translate(
                "Guard", "It costs nothing while stopped, except its disk: about {cost} a month."
            ).format(cost=usd(price.stopped_monthly_usd))
        else:
            body = QCoreApplication.translate(
                "Guard", "It costs nothing while stopped, except its disk."
            )
        if self.tray_available:
            self.tray.notify(title, body)
        else:
            self.banner.show_report(f"{title}. {body}")

    def _stop_failed(self, error: LauncherError, details: str) -> None:
        if self._quitting:
            self._quitting = False
            self.watch.stop_sent.disconnect(self._quit_after_stop)
        if sign_in_ended(error):  # one click: sign in with the browser again, then stop
            shown = self.status.instance
            self._dialog = offer_sign_in_and_stop(
                self._dialog_parent(),
                self.context,
                shown.instance_id if shown is not None else None,
                lambda _info: self.watch.poke(),
                self._show_failure,
            )
            return
        show_error(self._dialog_parent(), error, details)

    def _show_failure(self, error: LauncherError) -> None:
        show_error(self._dialog_parent(), error, "")

    def open_jupyter(self) -> None:
        if self._jupyter is not None or self.status.instance is None:
            return
        self.reminders.answered()
        ws = self.context.flow
        self._jupyter = self.context.runner.run(
            partial(runs.open_jupyter, ws),
            on_result=self._jupyter_ready,
            on_error=self._jupyter_failed,
            on_finished=self._jupyter_ended,
            timeout=ws.timing.instance_timeout + 600,
            owner=self,
            name="open Jupyter",
        )
        self.watch.poke()

    def _jupyter_ready(self, url: str) -> None:
        open_jupyter_in_browser(self.context.flow, url, self.open_url)

    def _jupyter_failed(self, error: LauncherError) -> None:
        show_error(self._dialog_parent(), error)

    def _jupyter_ended(self) -> None:
        self._jupyter = None
        self.watch.poke()

    # Closing, quitting, logging out.

    def allow_close(self, event: QCloseEvent) -> bool:
        """The main window's close: True lets it close (and the app quit)."""
        app = QApplication.instance()
        if self._quitting or (isinstance(app, QApplication) and app.isSavingSession()):
            return True
        if not self.status.running:
            if self.tray_available:
                self.quit_app()  # the last window closing no longer quits by itself
            return True
        event.ignore()
        if self.tray_available:
            self.window.hide()
            self._close_hint()
        else:
            self.request_quit()
        return False

    def _close_hint(self) -> None:
        settings = self.context.settings
        if settings.close_hint_shown:
            return
        self.tray.notify(
            QCoreApplication.translate("Guard", "Still watching your instance"),
            QCoreApplication.translate(
                "Guard",
                "fastai launcher keeps running in the tray while your GPU instance runs, to "
                "remind you to stop it. Quit from the tray icon's menu.",
            ),
        )
        settings.close_hint_shown = True
        self.context.save_settings()

    def request_quit(self) -> None:
        """The user's Quit: asks first while the instance runs."""
        if not self.status.running:
            self._quit()
            return
        line = "\n".join(
            x for x in (headline(self.status), running_line(self.status, self.clock())) if x
        )
        self._dialog = ask_quit(self._dialog_parent(), line, self._quit_answer)

    def _quit_answer(self, answer: QuitAnswer) -> None:
        self._dialog = None
        if answer is QuitAnswer.KEEP_RUNNING:
            self._quit()
        elif answer is QuitAnswer.STOP:
            self._quitting = True
            self.watch.stop_sent.connect(self._quit_after_stop)
            self.watch.stop_instance()

    def _quit_after_stop(self) -> None:
        self.watch.stop_sent.disconnect(self._quit_after_stop)
        self._quit()

    def _quit(self) -> None:
        self._quitting = True
        self.close()
        self.quit_app()

    def commit_data(self, manager: SessionManagerLike) -> None:
        """`QGuiApplication.commitDataRequest`: the user logs out or shuts down."""
        if not self.status.running:
            return
        settings = self.context.settings
        if settings.stop_on_logout:
            log.info("logging out: stopping the instance, as the settings say")
            self.watch.stop_and_wait_until_sent(LOGOUT_WAIT_S)
            return
        if not manager.allowsInteraction():
            log.warning("logging out while the instance runs; the session allows no question")
            return
        try:
            stop = ask_stop_at_logout(self._dialog_parent(), headline(self.status))
        finally:
            manager.release()
        if stop:
            self.watch.stop_and_wait_until_sent(LOGOUT_WAIT_S)

    def _dialog_parent(self) -> QWidget | None:
        return self.window if self.window.isVisible() else None

"""When something nobody foresaw goes wrong: a dialog with the details, not a vanished app.

`install_crash_hooks()` replaces `sys.excepthook` and `threading.excepthook`.
An uncaught exception is logged (the log's filter redacts it) and shown in
`crash_dialog.CrashDialog` with redacted details and a "Copy details" button.  Exceptions
from other threads are handed to the GUI thread first.

The hooks are installed before the window shows; the dialog and the `Qt` namespace
(about 14 ms of enums) are imported only once something went wrong.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ... import __version__
from ...core.logs import format_exception

if TYPE_CHECKING:
    from .crash_dialog import CrashDialog

log = logging.getLogger("fastai_launcher.ui")


def crash_details(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str = ""
) -> str:
    """What a bug report needs: versions, where, and the redacted traceback."""
    import platform  # only needed once something went wrong

    header = (
        f"fastai-launcher {__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}"
    )
    place = f"\nThread: {where}" if where else ""
    return f"{header}{place}\n\n{format_exception((kind, value, tb))}"


class CrashReporter(QObject):
    """Logs uncaught exceptions and shows them, always on the GUI thread."""

    _crashed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialogs: list[CrashDialog] = []
        self._showing = False
        # From another thread the signal is queued to the GUI thread; `_show` then waits
        # for the next event-loop turn either way, never showing from inside a hook.
        self._crashed.connect(self._show_soon)

    def report(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
        where: str = "",
    ) -> None:
        details = crash_details(kind, value, tb, where)
        log.critical("uncaught exception\n%s", details)
        self._crashed.emit(details)

    def _show_soon(self, details: str) -> None:
        QTimer.singleShot(0, self, lambda: self._show(details))

    def _show(self, details: str) -> None:
        if self._showing:  # a crash while showing a crash: the log has it
            return
        self._showing = True
        try:
            from PySide6.QtCore import Qt

            from .crash_dialog import CrashDialog  # only needed once something went wrong

            dialog = CrashDialog(details, QApplication.activeWindow())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda _code: self._forget(dialog))
            self.dialogs.append(dialog)
            dialog.open()
        except Exception:
            log.exception("the crash dialog could not be shown")
        finally:
            self._showing = False

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)


def install_crash_hooks(reporter: CrashReporter) -> Callable[[], None]:
    """Route uncaught exceptions to `reporter`; returns a function that undoes it."""
    previous_sys, previous_thread = sys.excepthook, threading.excepthook

    def on_exception(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous_sys(kind, value, tb)
            return
        thread = threading.current_thread()
        where = "" if thread is threading.main_thread() else thread.name
        reporter.report(kind, value, tb, where)

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        reporter.report(args.exc_type, args.exc_value, args.exc_traceback, name)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception

    def uninstall() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_thread

    return uninstall

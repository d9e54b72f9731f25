"""Wiring: build the paths, saved state, logging, translators and window; run."""

from __future__ import annotations

import gc
import importlib.util
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer

from . import __version__
from .core import state
from .core.logs import close_logging, setup_logging
from .core.paths import default_paths
from .core.state import SavedProgress, Settings
from .ui.app import binding_check
from .ui.app.application import SignalQuitter, create_application
from .ui.app.collector import GuiThreadCollector
from .ui.app.crash import CrashReporter, install_crash_hooks
from .ui.app.main_window import MainWindow
from .ui.app.qtlog import install_qt_message_handler
from .ui.app.single_instance import SingleInstance, instance_name
from .ui.i18n import Translators, pick_language

if TYPE_CHECKING:
    from .core.money import PriceQuote
    from .flow.instances import PriceFn
    from .ui.context import AppContext
    from .ui.tasks import TaskRunner
    from .ui.tray.guard import InstanceGuard

log = logging.getLogger("fastai_launcher.app")


def price_provider() -> PriceFn | None:
    """The price table shipped with the app (`aws.pricing.bundled_quote`).

    It is imported on first use, not at start-up. Reading the table loads no boto3
    (`aws.pricing` imports it only where it asks AWS): the tray prices the month's
    ledger on the GUI thread.
    """
    if importlib.util.find_spec("fastai_launcher.aws.pricing") is None:
        return None

    def bundled_price(region: str, instance_type: str, volume_gb: int) -> PriceQuote | None:
        from .aws.pricing import bundled_quote

        return bundled_quote(region, instance_type, volume_gb)

    return bundled_price


def run_app(language: str | None, qt_argv: Sequence[str]) -> int:
    """Start the app with `language` ("ko", "en", or None for the saved/system one)."""
    paths = default_paths()
    # A read-only or full home must not end the start before there is a window.
    storage_problem = paths.storage_problem()
    install_qt_message_handler()
    app = create_application(qt_argv)
    guard = SingleInstance(instance_name(paths.config), app)
    if not guard.claim():
        return 0  # the running app shows its window instead
    handlers = setup_logging(paths)
    log.info("fastai-launcher %s starting", __version__)
    collector = GuiThreadCollector(app)
    uninstall_hooks = install_crash_hooks(CrashReporter(app))
    settings = state.load(Settings, paths.settings_file)
    # A corrupt state.json is recovered from its last good copy (`loaded.recovered_from`).
    loaded = state.load_checked(SavedProgress, paths.state_file)
    progress = loaded.value
    translators = Translators(app)
    translators.switch(pick_language(language, settings.language, QLocale.system().name()))
    if not binding_check.binding_keeps_references():
        binding_check.refuse_to_start()  # logs were written; the process ends here
    window = MainWindow()  # its frame: the first screen is built once it shows
    guard.activated.connect(window.bring_to_front)
    quitter = SignalQuitter(app)
    # What the window shows, the flow it runs on and the tray: once the window is up.
    runners: list[TaskRunner] = []
    contexts: list[AppContext] = []
    keepers: list[InstanceGuard] = []

    def fill_the_window() -> None:
        from .ui.app.start_notices import tell_about_saved_progress
        from .ui.context import AppContext
        from .ui.tasks import TaskRunner

        runners.append(TaskRunner(app))
        context = AppContext(paths, settings, progress, runners[0], translators, price_provider())
        contexts.append(context)
        window.fill(context)
        tell_about_saved_progress(window, loaded)
        if storage_problem is not None:
            from .core.errors import ProgressNotSaved
            from .ui.widgets.error_dialog import show_error

            log.warning("the app cannot keep its files: %s", storage_problem)
            where = Path(storage_problem.filename) if storage_problem.filename else paths.config
            reason = storage_problem.strerror or str(storage_problem)
            show_error(window, ProgressNotSaved(where, reason))
        QTimer.singleShot(0, guard_the_instance)

    def guard_the_instance() -> None:
        # Tray, reminders, close/quit/logout: right after the first screen is built.
        from .ui.tray.guard import InstanceGuard

        keeper = InstanceGuard(contexts[0], window)
        keeper.install(app)
        keepers.append(keeper)
        # What start-up made lives as long as the app: keep it out of the cyclic GC,
        # whose full passes hold the GIL, and so freeze the window, for about 0.7 ms
        # per 1,000 objects scanned.
        gc.freeze()
        keeper.start()

    # Queued before the window shows, so it runs before anything the show queues.
    QTimer.singleShot(0, fill_the_window)
    window.show()
    try:
        code = app.exec()
    finally:
        for keeper in keepers:
            keeper.close()
        collector.stop()
        quitter.close()
        for runner in runners:
            runner.shutdown()
        for context in contexts:
            context.flow.close()  # the tunnel and SSH session end with the app
        guard.close()
        uninstall_hooks()
        log.info("fastai-launcher quit")
        close_logging(handlers)
    return code

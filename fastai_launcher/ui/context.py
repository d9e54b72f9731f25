"""What the windows and pages are handed: the app's state and services, built in `app.py`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..core import state
from ..core.paths import AppPaths
from ..core.state import SavedProgress, Settings
from ..flow import Workspace
from ..flow.instances import PriceFn
from .i18n import Translators
from .tasks import TaskRunner

log = logging.getLogger("fastai_launcher.ui")


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    progress: SavedProgress
    runner: TaskRunner
    translators: Translators
    price_quote: PriceFn | None = None
    #: The flow's one `Workspace`, sharing `progress` and `settings`; built here unless
    #: handed in (tests hand in one with short timings).  Use `context.flow`.
    workspace: Workspace | None = None
    #: (title, body): tells the user something while they may be elsewhere — a tray
    #: message, or a message box where there is no tray.  Set by `app.py`
    #: (`InstanceGuard.notify`); None in tests that build no guard.
    notify: Callable[[str, str], None] | None = None

    def __post_init__(self) -> None:
        if self.workspace is None:
            self.workspace = Workspace(self.paths, self.progress, self.settings)

    @property
    def flow(self) -> Workspace:
        """The app's one flow `Workspace`: what every page's steps run on."""
        assert self.workspace is not None  # set in __post_init__
        return self.workspace

    def save_settings(self) -> None:
        """Write the settings; on a full or read-only disk they apply for this run only."""
        try:
            state.save(self.settings, self.paths.settings_file)
        except OSError as exc:
            log.warning("settings not saved to %s: %s", self.paths.settings_file, exc)

    def set_language(self, language: str) -> None:
        """Switch every window to `language` now, and remember the choice."""
        if language == self.translators.language and self.settings.language == language:
            return
        self.translators.switch(language)
        self.settings.language = language
        self.save_settings()

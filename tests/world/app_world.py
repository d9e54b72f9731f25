"""The whole app in the test world, for the UI's acceptance tests.

moto plays AWS in a process of its own (instances "boot" as the world's real
sshd, whose host keys are on the console), the sshd plays the instance, a real
Jupyter server runs there, and the shipped `sandbox` recipe installs the course from the world's
local repository.  The app is built as `app.py` builds it — an `AppContext`
and a flow `Workspace` over the same saved files — with the waits shortened.

Only the caller's public address is made up (checkip.amazonaws.com cannot be
reached here) and the browser: `UrlCatcher` receives what the app hands to
`QDesktopServices.openUrl`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import re
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from fastai_launcher.app import price_provider
from fastai_launcher.core import state
from fastai_launcher.core.paths import AppPaths
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.flow import Workspace
from fastai_launcher.ssh.recipes import Recipe
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner
from tests.world.aws_signin import browse
from tests.world.instance import CALLER_IP as CALLER_IP  # the drills import these from here
from tests.world.instance import FAST as FAST
from tests.world.instance import G_QUOTA as G_QUOTA
from tests.world.instance import boot_on_sshd, instance_options, workspace_options
from tests.world.sshd import free_port


@pytest.fixture
def world(remote_aws_world, sshd, jupyter_world, monkeypatch):
    """Instances launched in moto boot as the sshd; SSH goes there as its user.

    moto runs in a process of its own (`tests/world/aws_remote.py`): in this one
    its Python work and heap would stall the GUI thread the tests time.
    """
    return boot_on_sshd(remote_aws_world, sshd, monkeypatch)


@dataclasses.dataclass
class App:
    """One start of the app: its context (what windows get) and its workspace."""

    context: AppContext
    workspace: Workspace

    def close(self) -> None:
        """As the app quits: tasks cancelled and waited for, connections closed."""
        assert self.context.runner.shutdown(10), "tasks still running when the app closed"
        self.workspace.close()
        self.context.translators.remove()


@pytest.fixture
def start_app(qapp, world, app_paths: AppPaths, isolated_home: Path, course: Recipe):
    """`start_app(language)`: a new app from the saved files, as each start builds it."""
    jupyter_port = free_port()
    started: list[App] = []

    def start(language: str = "en") -> App:
        progress = state.load(SavedProgress, app_paths.state_file)
        settings = state.load(Settings, app_paths.settings_file)
        translators = Translators()
        translators.switch(language)
        runner = TaskRunner()
        workspace = Workspace(
            app_paths,
            progress,
            settings,
            **workspace_options(isolated_home),
            **instance_options(course, jupyter_port),
        )
        context = AppContext(
            app_paths, settings, progress, runner, translators, price_provider(), workspace
        )
        app = App(context, workspace)
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()


class UrlCatcher(QObject):
    """Stands in for the browser: receives the URLs the app opens.  A local page
    is read and its refresh followed, as a browser would: `urls` holds the http(s)
    addresses the browser ends up at, `files` the local pages it was handed."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.files: list[str] = []
        #: Who signs in on the world's AWS Sign-In page when the app opens it (a key
        #: of `tests.world.aws_signin.PRINCIPALS`); None: the page is only recorded.
        self.signs_in_as: str | None = None
        #: The codes the sign-in page showed for pasting (the cross-device sign-in).
        self.codes: list[str] = []
        self._visits: list[threading.Thread] = []

    def _sign_in(self, url: str) -> None:
        visit = browse(url, self.signs_in_as or "cancel")
        if "cross-device" in unquote(url):
            self.codes.append(visit.pasted_code)

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        if self.signs_in_as and "code_challenge=" in url.toString():
            # The user signs in on the page; the app's callback receives the answer.
            self.urls.append(url.toString())
            visit = threading.Thread(target=self._sign_in, args=(url.toString(),), daemon=True)
            visit.start()
            self._visits.append(visit)
            return
        if url.isLocalFile():
            self.files.append(url.toString())
            page = Path(url.toLocalFile()).read_text(encoding="utf-8")
            found = re.search(r'http-equiv="refresh" content="0;url=([^"]+)"', page)
            if found:
                self.urls.append(html.unescape(found.group(1)))
            return
        self.urls.append(url.toString())


@pytest.fixture
def browser(qapp) -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("http", "https", "file"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for visit in catcher._visits:
        visit.join(10)
    for scheme in ("http", "https", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


class Heartbeat(QObject):
    """A timer on the GUI thread; `worst_ms` is the longest gap between two beats."""

    def __init__(self, interval_ms: int = 10, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.clock = clock
        self.interval_ms = interval_ms
        self.last: float | None = None
        self.worst_ms = 0.0
        self.beats = 0
        #: (when, gap in ms) of every gap over 50 ms, to find what stalled.
        self.stalls: list[tuple[float, float]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.beat)

    def start(self) -> None:
        self.last = self.clock()
        self.timer.start()

    def beat(self) -> None:
        now = self.clock()
        if self.last is not None:
            gap = (now - self.last) * 1000
            self.worst_ms = max(self.worst_ms, gap)
            if gap > 50:
                self.stalls.append((now, gap))
        self.last = now
        self.beats += 1

    def stop(self) -> None:
        self.timer.stop()

    def stall_summary(self) -> str:
        return ", ".join(f"{gap:.0f}" for _when, gap in self.stalls) or "none"

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """For the test's own blocking calls (an HTTP GET): not the app's stalls."""
        self.timer.stop()
        try:
            yield
        finally:
            self.start()

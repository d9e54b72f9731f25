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
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from fastai_launcher.app import price_provider
from fastai_launcher.core import state
from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.paths import AppPaths
from fastai_launcher.core.state import SavedProgress, Settings
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.flow.workspace import SSH_USER_ENV
from fastai_launcher.ssh.recipes import Recipe, load_recipe
from fastai_launcher.ssh.session import Backoff
from fastai_launcher.ssh.tunnel import TunnelTiming
from fastai_launcher.ui.context import AppContext
from fastai_launcher.ui.i18n import Translators
from fastai_launcher.ui.tasks import TaskRunner
from tests.world.sshd import ensure_world_course, free_port

G_QUOTA = "L-DB2E81BA"  # Running On-Demand G and VT instances, in vCPUs
CALLER_IP = "203.0.113.7"
FAST = Timing(
    instance_poll=0.02,
    console_poll=0.05,
    console_timeout=5,
    quota_first_poll=0.05,
    quota_max_poll=0.2,
    jupyter_poll=0.2,
    jupyter_timeout=60,
    recipe_poll=0.1,
    ssh_backoff=Backoff(first_delay=0.05, max_delay=0.5, total=20),
    tunnel=TunnelTiming(probe_interval=1.0, probe_timeout=2.0, check_interval=0.2),
)


@pytest.fixture
def course(sshd, instance_env) -> Iterator[Recipe]:
    """The shipped sandbox recipe under a name of its own (no other test shares its files)."""
    repository = ensure_world_course()
    shipped = load_recipe("sandbox")
    unique = uuid.uuid4().hex[:8]
    changes: dict[str, object] = {
        "id": f"sandbox-{unique}",
        "folder": f"sandbox-course-{unique}",
        "notebooks": f"sandbox-course-{unique}",
    }
    if Path(shipped.repository) != repository:  # not root: the world lives elsewhere
        changes |= {"repository": str(repository), "prelude": (f"source {instance_env}/activate",)}
    recipe = dataclasses.replace(shipped, **changes)
    yield recipe
    shutil.rmtree(sshd.home / recipe.folder, ignore_errors=True)
    shutil.rmtree(sshd.home / recipe.state_dir, ignore_errors=True)


@pytest.fixture
def world(remote_aws_world, sshd, jupyter_world, monkeypatch):
    """Instances launched in moto boot as the sshd; SSH goes there as its user.

    moto runs in a process of its own (`tests/world/aws_remote.py`): in this one
    its Python work and heap would stall the GUI thread the tests time.
    """
    monkeypatch.setenv(SSH_ENDPOINT_ENV, f"127.0.0.1:{sshd.port}")
    monkeypatch.setenv(SSH_USER_ENV, sshd.user)
    remote_aws_world.boot_on(sshd)
    remote_aws_world.set_quota(G_QUOTA, 8)
    return remote_aws_world


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
            home=isolated_home,
            host_name="laptop",
            timing=FAST,
            fetch_ip=lambda: CALLER_IP + "\n",
            recipes=lambda name: course if name == "sandbox" else load_recipe(name),
            jupyter_port=jupyter_port,
            local_port=free_port(),
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
    """Stands in for the browser: receives the http(s) URLs the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser(qapp) -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("http", "https"):
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

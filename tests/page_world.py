"""What the wizard page tests share: the app's context over the test world.

The world is the flow tests' one (`tests/test_flow_runs.py`): moto with the
world's quota, console, SSM and pricing additions, a real sshd playing the
instance, a real Jupyter server, and the shipped `sandbox` recipe.  Only the
caller's public address is made up (checkip.amazonaws.com is out of reach)
and every wait is shortened through the flow's `Timing`.

The browser is the one thing a test cannot open: `opened_urls` installs a URL
handler (`QDesktopServices.setUrlHandler`, the hook Qt gives for this) that
records what the app asks to open instead.
"""

from __future__ import annotations

import dataclasses
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from fastai_launcher.core.endpoint import SSH_ENDPOINT_ENV
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Timing, Workspace
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.flow.workspace import SSH_USER_ENV
from fastai_launcher.ssh.recipes import load_recipe
from fastai_launcher.ssh.session import Backoff
from fastai_launcher.ssh.tunnel import TunnelTiming
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.sshd import ensure_world_course, free_port

G_QUOTA = "L-DB2E81BA"
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
def course(sshd, instance_env):
    """The shipped sandbox recipe under a name of its own, so no other test shares its files."""
    repository = ensure_world_course()
    shipped = load_recipe("sandbox")
    unique = uuid.uuid4().hex[:8]
    changes = {
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


def _workspace(context, home: Path, **options) -> Workspace:
    return Workspace(
        context.paths,
        context.progress,
        context.settings,
        home=home,
        host_name="laptop",
        timing=FAST,
        fetch_ip=lambda: "203.0.113.7\n",
        **options,
    )


@pytest.fixture
def aws_context(launcher_context, aws_world, isolated_home) -> Iterator:
    """The app's context whose Workspace talks to the AWS world (no instance world)."""
    aws_world.set_quota(G_QUOTA, 8)
    ws = _workspace(launcher_context, isolated_home)
    launcher_context.workspace = ws
    yield launcher_context
    ws.close()


@pytest.fixture
def world(aws_world, sshd, jupyter_world, monkeypatch):
    """Instances launched in moto boot as the sshd; SSH goes there as its user."""
    monkeypatch.setenv(SSH_ENDPOINT_ENV, f"127.0.0.1:{sshd.port}")
    monkeypatch.setenv(SSH_USER_ENV, sshd.user)
    aws_world.boot_on(sshd)
    aws_world.set_quota(G_QUOTA, 8)
    return aws_world


@pytest.fixture
def instance_context(launcher_context, world, isolated_home, course) -> Iterator:
    """The app's context over the whole world: AWS, the sshd instance, Jupyter."""
    ws = _workspace(
        launcher_context,
        isolated_home,
        recipes=lambda name: course if name == "sandbox" else load_recipe(name),
        jupyter_port=free_port(),
        local_port=free_port(),
    )
    launcher_context.workspace = ws
    yield launcher_context
    ws.close()


def sign_in(ws: Workspace, region: str) -> None:
    """The sign-in step done already (another page's test covers it)."""
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, region)


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp) -> Iterator[list[str]]:
    """What the app asked the desktop to open (`QDesktopServices.openUrl`), in order."""
    recorder = UrlRecorder()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    yield recorder.urls
    for scheme in ("http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def show_page(qtbot, page):
    """Show the page as the wizard would on arriving at it."""
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    return page


def idle(page) -> bool:
    return not page.busy and not page.tasks

"""What the wizard page tests share: the app's context over the test world.

The world is the flow tests' one (`tests/flow/test_runs.py`): moto with the
world's quota, console, SSM and pricing additions, a real sshd playing the
instance, a real Jupyter server, and the shipped `sandbox` recipe.  Only the
caller's public address is made up (checkip.amazonaws.com is out of reach)
and every wait is shortened through the flow's `Timing` (`tests/world/instance.py`).

The browser is the one thing a test cannot open: `opened_urls` is what the
app asked to open instead (`browser` in `tests/world/app_world.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from tests.world.app_world import UrlCatcher
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.instance import G_QUOTA, boot_on_sshd, instance_options, workspace_options
from tests.world.instance import course as course  # the page tests import it from here
from tests.world.sshd import free_port


def _workspace(context, home: Path, **options: Any) -> Workspace:
    return Workspace(
        context.paths, context.progress, context.settings, **workspace_options(home), **options
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
    return boot_on_sshd(aws_world, sshd, monkeypatch)


@pytest.fixture
def instance_context(launcher_context, world, isolated_home, course) -> Iterator:
    """The app's context over the whole world: AWS, the sshd instance, Jupyter."""
    ws = _workspace(launcher_context, isolated_home, **instance_options(course, free_port()))
    launcher_context.workspace = ws
    yield launcher_context
    ws.close()


def sign_in(ws: Workspace, region: str) -> None:
    """The sign-in step done already (another page's test covers it)."""
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, region)


@pytest.fixture
def opened_urls(browser: UrlCatcher) -> list[str]:
    """What the app asked the desktop to open (`QDesktopServices.openUrl`), in order."""
    return browser.urls


def show_page(qtbot, page):
    """Show the page as the wizard would on arriving at it."""
    qtbot.addWidget(page)
    page.show()
    page.initializePage()
    return page


def idle(page) -> bool:
    return not page.busy and not page.tasks

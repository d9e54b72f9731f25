"""Fixtures shared by the flow tests that need an installed instance."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.connect import connect
from fastai_launcher.flow.install import install
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.instance import (
    FAST_POLLS,
    boot_on_sshd,
    instance_options,
    stop_jupyter,
    workspace_options,
)
from tests.world.sshd import free_port


@pytest.fixture
def installed(
    aws_world, sshd, instance_env, monkeypatch, app_paths, isolated_home: Path, course
) -> Iterator[Workspace]:
    """Signed in, the instance launched and connected, the course installed."""
    boot_on_sshd(aws_world, sshd, monkeypatch)
    jupyter_port = free_port()
    ws = Workspace.load(
        app_paths,
        **workspace_options(isolated_home, FAST_POLLS),
        **instance_options(course, jupyter_port),
    )
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, aws_world.region)
    ws.update(recipe="sandbox")
    launch(ws, ctx)
    connect(ws, ctx)
    install(ws, ctx)
    yield ws
    ws.close()
    stop_jupyter(sshd, jupyter_port)

"""Wizard page 6: install (sandbox recipe) with a live log, then Open Jupyter through the tunnel."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

import requests
from PySide6.QtCore import Qt

from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.connect import connect
from fastai_launcher.flow.launch import launch
from fastai_launcher.ui.wizard.pages.install import InstallPage
from tests.world.page_world import (  # noqa: F401 - fixtures
    course,
    idle,
    instance_context,
    opened_urls,
    show_page,
    sign_in,
    world,
)


def test_install_shows_the_log_and_open_jupyter_opens_the_real_server_through_the_tunnel(
    qtbot, instance_context, world, opened_urls
):
    ws = instance_context.flow
    sign_in(ws, world.region)
    launch(ws, TaskContext())
    connect(ws, TaskContext())
    ws.ssh.close()  # the connection dropped since: the page connects again by itself

    page = show_page(qtbot, InstallPage(instance_context))
    titles = [page.recipe.itemText(i) for i in range(page.recipe.count())]
    assert titles[0] == "course-v3: the guide's course (fastai v1)"  # the guide's, first
    assert page.recipe.currentData() == "course-v3"
    assert "fastbook: the current course (fastai v2)" in titles
    assert not page.open_button.isEnabled() and not page.isComplete()

    page.recipe.setCurrentIndex(page.recipe.findData("sandbox"))
    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    assert page.busy and page.progress_row.isVisible()
    qtbot.waitUntil(lambda: idle(page) and instance_context.progress.setup_done, timeout=60_000)
    lines = page.log.lines()
    assert any("jupyter-server" in line for line in lines)
    assert page.status.text() == "Installed. Open Jupyter to start working."
    assert page.isComplete() and page.open_button.isEnabled()
    assert instance_context.progress.recipe == "sandbox"

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.jupyter_url is not None, timeout=60_000)
    assert opened_urls == [page.jupyter_url]
    assert f":{ws.tunnel.local_port}/" in page.jupyter_url  # through the tunnel
    assert "token=" in page.jupyter_url
    assert requests.get(page.jupyter_url, timeout=10).status_code == 200
    token = ws.jupyter.token
    assert token not in instance_context.paths.state_file.read_text()

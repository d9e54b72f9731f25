"""Wizard page 7: stop after a confirmation that says what it keeps and costs; never terminate."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

from PySide6.QtCore import Qt

from fastai_launcher.app import price_provider
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow.launch import launch
from fastai_launcher.ui.wizard.pages.stop import StopPage
from tests.world.aws import state_of
from tests.world.aws_record import operations
from tests.world.page_world import aws_context, idle, show_page, sign_in  # noqa: F401 - fixtures


def stop_page(qtbot, context):
    page = show_page(qtbot, StopPage(context))
    qtbot.waitUntil(lambda: idle(page) and page.instance is not None, timeout=15_000)
    return page


def test_stop_after_the_confirmation_leaves_the_instance_stopped_not_terminated(
    qtbot, aws_context, aws_world
):
    aws_context.price_quote = price_provider()  # the table shipped with the app
    ws = aws_context.flow
    sign_in(ws, aws_world.region)
    info = launch(ws, TaskContext())
    page = stop_page(qtbot, aws_context)
    assert f"{info.instance_id} (g4dn.xlarge) is running" in page.state.text()
    assert "stay there while it is stopped" in page.work.text()
    assert not page.isComplete() and not page.come_back.isVisible()

    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20_000)
    box = page.confirmation
    assert "The disk keeps everything" in box.informativeText()
    assert "your notebooks" in box.informativeText()
    assert "(75 GB) is still billed while stopped: about $" in box.informativeText()
    assert "never terminates" in box.informativeText()
    with operations() as done:
        next(b for b in box.buttons() if b.objectName() == "stop").click()
        qtbot.waitUntil(lambda: idle(page) and page.isComplete(), timeout=20_000)
    assert "ec2:StopInstances" in done and "ec2:TerminateInstances" not in done
    assert state_of(aws_world, info.instance_id) == "stopped"
    assert "is stopped" in page.state.text()
    assert page.come_back.isVisible() and "Open Jupyter" in page.come_back.text()
    assert not page.stop_button.isEnabled()


def test_cancelling_the_confirmation_keeps_the_instance_running(qtbot, aws_context, aws_world):
    ws = aws_context.flow
    sign_in(ws, aws_world.region)
    info = launch(ws, TaskContext())
    page = stop_page(qtbot, aws_context)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20_000)
    # No price known: it still says that the disk is billed.
    assert "The disk is still billed while stopped." in page.confirmation.informativeText()
    page.confirmation.reject()
    assert not page.busy and state_of(aws_world, info.instance_id) == "running"

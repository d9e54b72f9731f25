"""Wizard page 4: the DLAMI, the types with their prices, options, cost; launch to running."""
# ruff: noqa: F811 - the shared fixtures are imported from tests.world.page_world by name

from __future__ import annotations

from botocore.awsrequest import AWSResponse
from botocore.exceptions import EndpointConnectionError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from fastai_launcher.ui.wizard.pages.launch import LaunchPage
from tests.world.aws_record import record
from tests.world.page_world import G_QUOTA, aws_context, idle, show_page, sign_in  # noqa: F401 - fixtures


def launch_page(qtbot, context):
    page = show_page(qtbot, LaunchPage(context))
    qtbot.waitUntil(lambda: idle(page) and page.found is not None, timeout=20_000)
    return page


def dialog_named(qtbot, name: str) -> QWidget:
    found: list[QWidget] = []

    def opened() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(opened, timeout=20_000)
    return found[0]


def world_instances(world):
    reservations = world.client("ec2").describe_instances()["Reservations"]
    return [i for r in reservations for i in r["Instances"]]


def row_of(page, name):
    return next(row for row, offer in enumerate(page.types.offers) if offer.name == name)


def test_launch_runs_the_instance_with_the_idle_auto_stop_alarm(qtbot, aws_context, aws_world):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    assert "PyTorch 2.8" in page.image.text() and "ami-0f3e8c9b2d7a61405" in page.image.text()
    assert page.types.chosen().name == "g4dn.xlarge"
    row = row_of(page, "g4dn.xlarge")
    assert [page.types.item(row, c).text() for c in (2, 3)] == ["4", "16 GiB"]
    assert page.types.item(row, 4).text().startswith("$")
    assert "an hour" in page.cost.text() and "a month" in page.cost.text()
    assert page.autostop.isChecked()  # on by default: below 5 % for 60 minutes
    assert (page.autostop_cpu.value(), page.autostop_minutes.value()) == (5, 60)
    assert page.launch_button.isEnabled() and not page.isComplete()

    page.disk.setValue(100)
    qtbot.mouseClick(page.launch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.instance is not None, timeout=30_000)
    [instance] = world_instances(aws_world)
    assert instance["State"]["Name"] == "running"
    assert instance["InstanceType"] == "g4dn.xlarge"
    assert f"{instance['InstanceId']} (g4dn.xlarge) is running" in page.state.text()
    alarms = aws_world.client("cloudwatch").describe_alarms()["MetricAlarms"]
    assert [a["Dimensions"][0]["Value"] for a in alarms] == [instance["InstanceId"]]
    assert alarms[0]["Threshold"] == 5.0
    volumes = aws_world.client("ec2").describe_volumes()["Volumes"]
    assert [v["Size"] for v in volumes] == [100]
    assert page.isComplete() and not page.launch_button.isEnabled()
    assert aws_context.progress.last_step == "connect"


def test_the_guides_p2_xlarge_is_listed_with_its_explanation_and_needs_a_confirmation(
    qtbot, aws_context, aws_world
):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    row = row_of(page, "p2.xlarge")
    assert page.types.item(row, 0).text() == "p2.xlarge (the guide's)"
    assert "K80" in page.types.item(row, 1).text()
    assert "p2.xlarge: The guide's type. Its NVIDIA K80 GPU is retired" in page.type_note.text()
    offer = page.types.offers[row]
    if not offer.gpu.launchable:  # not offered in this region: shown, not selectable
        assert not page.types.item(row, 0).flags() & Qt.ItemFlag.ItemIsEnabled
        return
    page.types.selectRow(row)
    qtbot.waitUntil(lambda: idle(page) and aws_context.progress.instance_type == "p2.xlarge")
    assert "K80 GPU is retired" in page.type_note.text() and page.type_note.isVisible()
    qtbot.mouseClick(page.launch_button, Qt.MouseButton.LeftButton)
    assert page.confirmation is not None and "K80" in page.confirmation.text()
    page.confirmation.reject()  # the user thinks again
    assert world_instances(aws_world) == [] and not page.busy


def test_short_quota_disables_launch_and_says_it_waits_for_the_approval(
    qtbot, aws_context, aws_world
):
    aws_world.set_quota(G_QUOTA, 0)
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    assert not page.launch_button.isEnabled()
    assert page.quota.isVisible() and "waits for AWS to raise your GPU quota" in page.quota.text()
    assert page.quota_timer.isActive()

    aws_world.set_quota(G_QUOTA, 4)  # what an approval does
    qtbot.mouseClick(page.check_quota, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle(page) and page.launch_button.isEnabled(), timeout=15_000)
    assert not page.quota.isVisible() and not page.quota_timer.isActive()


def test_cancel_after_run_instances_offers_to_stop_the_instance(qtbot, aws_context, aws_world):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)

    def cancel_once_launched(action):
        if action == "ec2:RunInstances":  # the user presses Cancel just then
            page.launch_task.cancel()

    record.listeners.append(cancel_once_launched)
    try:
        qtbot.mouseClick(page.launch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20_000)
    finally:
        record.listeners.remove(cancel_once_launched)
    [instance] = world_instances(aws_world)
    assert instance["InstanceId"] in page.confirmation.text()
    stop = next(b for b in page.confirmation.buttons() if b.objectName() == "stop")
    stop.click()
    qtbot.waitUntil(lambda: idle(page) and page.instance is not None, timeout=20_000)
    [instance] = world_instances(aws_world)
    assert instance["State"]["Name"] == "stopped"
    assert "is stopped" in page.state.text()


def test_a_cancel_that_comes_after_the_launch_finished_still_offers_to_stop_it(
    qtbot, aws_context, aws_world
):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    qtbot.mouseClick(page.launch_button, Qt.MouseButton.LeftButton)
    # The launch finishes on its thread while the GUI thread is busy; the user's
    # Cancel is handled before the result is: the runner reports a bare cancel.
    assert aws_context.runner.pool.waitForDone(30_000)
    page.launch_task.cancel()
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20_000)
    [instance] = world_instances(aws_world)
    assert instance["State"]["Name"] == "running"
    assert instance["InstanceId"] in page.confirmation.text()
    assert f"{instance['InstanceId']} (g4dn.xlarge) is running" in page.state.text()
    keep = next(b for b in page.confirmation.buttons() if b.objectName() == "keep_running")
    keep.click()
    alarms = aws_world.client("cloudwatch").describe_alarms()["MetricAlarms"]
    assert [a["Dimensions"][0]["Value"] for a in alarms] == [instance["InstanceId"]]


def test_an_error_after_run_instances_still_shows_the_instance(qtbot, aws_context, aws_world):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    ec2 = aws_context.flow.client("ec2")
    failed = []

    def refuse_status_checks(**_kwargs):
        failed.append("refused")
        error = {"Code": "UnauthorizedOperation", "Message": "not allowed"}
        return AWSResponse("https://ec2", 403, {}, None), {
            "Error": error,
            "ResponseMetadata": {"HTTPStatusCode": 403},
        }  # a stub: AWS refusing the status-check wait, which moto never does

    ec2.meta.events.register("before-call.ec2.DescribeInstanceStatus", refuse_status_checks)
    try:
        qtbot.mouseClick(page.launch_button, Qt.MouseButton.LeftButton)
        error_box = dialog_named(qtbot, "error_dialog")
        qtbot.waitUntil(lambda: idle(page) and page.instance is not None, timeout=20_000)
    finally:
        ec2.meta.events.unregister("before-call.ec2.DescribeInstanceStatus", refuse_status_checks)
    [instance] = world_instances(aws_world)
    assert failed and page.instance.instance_id == instance["InstanceId"]
    assert instance["InstanceId"] in page.state.text()  # the user sees what runs
    error_box.close()


def test_after_a_cancel_the_offer_to_stop_says_when_the_idle_auto_stop_is_missing(
    qtbot, aws_context, aws_world
):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    cloudwatch = aws_context.flow.client("cloudwatch")

    def cancel_then_fail(**_kwargs):
        page.launch_task.cancel()  # the user presses Cancel, and the network goes
        raise EndpointConnectionError(endpoint_url="https://monitoring")

    cloudwatch.meta.events.register("before-send.monitoring.PutMetricAlarm", cancel_then_fail)
    try:
        qtbot.mouseClick(page.launch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20_000)
    finally:
        cloudwatch.meta.events.unregister("before-send.monitoring.PutMetricAlarm", cancel_then_fail)
    [instance] = world_instances(aws_world)
    assert instance["InstanceId"] in page.confirmation.text()
    assert "auto-stop could not be set" in page.confirmation.informativeText()
    stop = next(b for b in page.confirmation.buttons() if b.objectName() == "stop")
    stop.click()
    qtbot.waitUntil(lambda: idle(page) and page.instance is not None, timeout=20_000)
    assert world_instances(aws_world)[0]["State"]["Name"] == "stopped"


def test_the_price_and_launch_stay_in_sight_in_the_default_window(qtbot, aws_context, aws_world):
    sign_in(aws_context.flow, aws_world.region)
    page = launch_page(qtbot, aws_context)
    page.resize(860, 560)  # the page's share of the default 860 x 660 window
    qtbot.waitUntil(lambda: page.isVisible(), timeout=5_000)
    QApplication.processEvents()
    for widget in (page.launch_button, page.cost):
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert widget.isVisible() and page.rect().contains(corner), widget.objectName()
    assert not page.options_box.isVisible()  # folded under More options
    qtbot.mouseClick(page.more_options, Qt.MouseButton.LeftButton)
    assert page.options_box.isVisible() and page.disk.isVisible()

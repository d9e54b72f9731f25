"""The flow's launch once `RunInstances` has answered: a cancel hands back the
instance id and never leaves the instance without its idle auto-stop alarm; a
saved client token whose instance was deleted since is replaced, once."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import EndpointConnectionError
from moto.ec2.exceptions import EC2ClientError
from moto.ec2.models import EC2Backend

from fastai_launcher.aws.launch import new_client_token
from fastai_launcher.core.errors import Cancelled, InstanceLeftRunning
from fastai_launcher.core.task import CancelToken, GraceToken, TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, instances
from tests.world.aws_record import operations, writes
from tests.world.instance import workspace_options


class SimulatedCrash(BaseException):
    """The app dies: not an error any code of ours would catch."""


@pytest.fixture
def ws(aws_world, app_paths, isolated_home) -> Iterator[Workspace]:
    workspace = Workspace.load(app_paths, **workspace_options(isolated_home))
    ctx = TaskContext()
    sign_in_with_key(workspace, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(workspace, ctx, aws_world.region)
    yield workspace
    workspace.close()


def alarmed(world) -> list[str]:
    """The instance ids the idle auto-stop alarms watch."""
    alarms = world.client("cloudwatch").describe_alarms()["MetricAlarms"]
    return [a["Dimensions"][0]["Value"] for a in alarms]


def sent_tokens(ws: Workspace) -> list[str]:
    """The ClientToken of every RunInstances the app sends from now on."""
    sent: list[str] = []
    ws.client("ec2").meta.events.register(
        "provide-client-params.ec2.RunInstances",
        lambda params, **_: sent.append(params["ClientToken"]),
    )
    return sent


def test_a_cancel_right_after_run_instances_hands_back_the_id_and_the_alarm_is_set(aws_world, ws):
    ctx = TaskContext()
    ws.client("ec2").meta.events.register(
        "after-call.ec2.RunInstances", lambda **_: ctx.token.cancel()
    )  # the user presses Cancel as AWS answers
    with pytest.raises(InstanceLeftRunning) as cancelled:
        launch(ws, ctx)
    [instance] = instances(aws_world)
    assert cancelled.value.at_risk.instance_id == instance["InstanceId"] == ws.progress.instance_id
    assert cancelled.value.at_risk.alarm_set
    # "Keep it" leaves an instance that still stops by itself when idle.
    assert alarmed(aws_world) == [instance["InstanceId"]]


def test_a_cancel_during_the_alarm_step_finishes_the_alarm_and_hands_back_the_id(aws_world, ws):
    ctx = TaskContext()
    ws.client("cloudwatch").meta.events.register(
        "before-call.cloudwatch.PutMetricAlarm", lambda **_: ctx.token.cancel()
    )
    with pytest.raises(InstanceLeftRunning) as cancelled:
        launch(ws, ctx)
    [instance] = instances(aws_world)
    assert cancelled.value.at_risk.instance_id == instance["InstanceId"]
    assert alarmed(aws_world) == [instance["InstanceId"]]


def crashed_launch(ws: Workspace) -> str:
    """A launch that died as AWS answered: its token is saved, its id is not."""

    def crash(**_: object) -> None:
        raise SimulatedCrash()

    events = ws.client("ec2").meta.events
    events.register("after-call.ec2.RunInstances", crash, unique_id="crash")
    with pytest.raises(SimulatedCrash):
        launch(ws, TaskContext())
    events.unregister("after-call.ec2.RunInstances", unique_id="crash")
    assert ws.progress.client_token and ws.progress.instance_id is None
    return ws.progress.client_token


def test_a_token_whose_instance_was_deleted_launches_anew_with_a_new_token(aws_world, ws):
    stale = crashed_launch(ws)
    [deleted] = instances(aws_world)
    aws_world.client("ec2").terminate_instances(InstanceIds=[deleted["InstanceId"]])  # the console

    sent = sent_tokens(ws)
    with operations() as done:
        info = launch(ws, TaskContext())

    assert writes(done).count("ec2:RunInstances") == 1
    assert len(sent) == 1 and sent[0] != stale
    assert info.state == "running" and info.instance_id != deleted["InstanceId"]
    assert ws.progress.instance_id == info.instance_id and ws.progress.client_token is None
    assert alarmed(aws_world) == [info.instance_id]


@pytest.fixture
def stale_token_answers(monkeypatch) -> dict[str, str]:
    """A moto patch: AWS's answers to a reused client token, which moto does not keep.

    token -> "mismatch": `IdempotentParameterMismatch` (the token went with
    another request); "deleted": AWS answers with the token's instance, deleted
    since (so long ago that the app's tag lookup before the call no longer
    finds it: here it is made and deleted inside the call); "late": the token's
    live instance, which AWS did not list yet when the app looked, then
    `IdempotentParameterMismatch` (the DLAMI changed since).
    """
    answers: dict[str, str] = {}
    original = EC2Backend.run_instances

    def run_instances(self, image_id, count, user_data, security_group_names, **kwargs):
        answer = answers.get(kwargs.get("client_token") or "")
        if answer == "late":
            original(self, image_id, count, user_data, security_group_names, **kwargs)
        if answer in ("mismatch", "late"):
            raise EC2ClientError(
                "IdempotentParameterMismatch",
                "Arguments on this idempotent request are inconsistent with arguments "
                "used in previous request(s).",
            )
        reservation = original(self, image_id, count, user_data, security_group_names, **kwargs)
        if answer == "deleted":
            for instance in reservation.instances:
                instance.terminate()
        return reservation

    monkeypatch.setattr(EC2Backend, "run_instances", run_instances)
    return answers


@pytest.mark.parametrize("answer", ["mismatch", "deleted"])
def test_aws_answering_a_saved_token_with_the_past_launches_anew_once(
    aws_world, ws, stale_token_answers, answer
):
    stale = new_client_token()
    ws.update(client_token=stale)  # saved by a launch that never finished
    stale_token_answers[stale] = answer

    sent = sent_tokens(ws)
    info = launch(ws, TaskContext())

    assert len(sent) == 2 and sent[0] == stale and sent[1] != stale
    assert info.state == "running"
    assert [i["InstanceId"] for i in instances(aws_world) if i["State"]["Name"] == "running"] == [
        info.instance_id
    ]
    assert ws.progress.instance_id == info.instance_id and ws.progress.client_token is None


def test_a_mismatch_for_a_live_instance_aws_listed_late_launches_nothing_more(
    aws_world, ws, stale_token_answers
):
    stale = new_client_token()
    ws.update(client_token=stale)
    stale_token_answers[stale] = "late"

    sent = sent_tokens(ws)
    info = launch(ws, TaskContext())

    assert sent == [stale]  # asked again after a moment: no second RunInstances
    assert [i["InstanceId"] for i in instances(aws_world)] == [info.instance_id]


def test_a_token_answered_with_an_instance_aws_no_longer_lists_launches_anew(
    aws_world, ws, stale_token_answers
):
    stale = new_client_token()
    ws.update(client_token=stale)
    forgotten: list[str] = []

    def not_listed(model, params, **_kwargs):
        # AWS answered the token with an instance deleted so long ago that it no
        # longer lists it (a stub: moto keeps listing terminated instances).
        body = params.get("body", {})
        if forgotten and body.get("InstanceId.1") == forgotten[0]:
            error = {"Code": "InvalidInstanceID.NotFound", "Message": "not found"}
            return AWSResponse("https://ec2", 400, {}, None), {
                "Error": error,
                "ResponseMetadata": {"HTTPStatusCode": 400},
            }
        return None

    def remember(parsed, **_kwargs):
        if not forgotten:
            answered = parsed["Instances"][0]
            forgotten.append(answered["InstanceId"])
            answered["LaunchTime"] -= timedelta(hours=2)  # launched (and deleted) long ago

    events = ws.client("ec2").meta.events
    events.register("after-call.ec2.RunInstances", remember)
    events.register("before-call.ec2.DescribeInstances", not_listed)
    sent = sent_tokens(ws)
    info = launch(ws, TaskContext())

    assert len(sent) == 2 and sent[0] == stale and sent[1] != stale
    assert info.instance_id != forgotten[0] and info.state == "running"


def test_a_new_instance_aws_does_not_list_yet_is_taken_as_the_tokens_own(aws_world, ws):
    ws.update(client_token=new_client_token())  # an earlier press's RunInstances failed
    misses: list[str] = []

    def not_listed_yet(model, params, **_kwargs):
        if "InstanceId.1" in params.get("body", {}) and len(misses) < 2:
            misses.append("not found")  # AWS lists a new instance after a moment
            error = {"Code": "InvalidInstanceID.NotFound", "Message": "not found"}
            return AWSResponse("https://ec2", 400, {}, None), {
                "Error": error,
                "ResponseMetadata": {"HTTPStatusCode": 400},
            }
        return None

    ws.client("ec2").meta.events.register("before-call.ec2.DescribeInstances", not_listed_yet)
    sent = sent_tokens(ws)
    info = launch(ws, TaskContext())

    assert misses and len(sent) == 1  # one press, one instance
    assert [i["InstanceId"] for i in instances(aws_world)] == [info.instance_id]
    assert ws.progress.instance_id == info.instance_id


def test_launch_again_with_it_running_a_cancel_hands_back_the_id_and_the_alarm_follows(
    aws_world, ws
):
    first = launch(ws, TaskContext())
    ws.settings.autostop_minutes = 120  # changed since: Launch again writes the new alarm
    ctx = TaskContext()
    ws.client("cloudwatch").meta.events.register(
        "before-call.cloudwatch.DescribeAlarms", lambda **_: ctx.token.cancel()
    )
    with pytest.raises(InstanceLeftRunning) as cancelled:
        launch(ws, ctx)
    assert cancelled.value.at_risk.instance_id == first.instance_id
    [alarm] = aws_world.client("cloudwatch").describe_alarms()["MetricAlarms"]
    assert alarm["Period"] * alarm["EvaluationPeriods"] == 120 * 60


def test_a_cancel_while_a_stopped_instance_starts_still_sets_its_alarm(aws_world, ws):
    first = launch(ws, TaskContext())
    ec2 = aws_world.client("ec2")
    ec2.stop_instances(InstanceIds=[first.instance_id])
    cloudwatch = aws_world.client("cloudwatch")
    cloudwatch.delete_alarms(
        AlarmNames=[a["AlarmName"] for a in cloudwatch.describe_alarms()["MetricAlarms"]]
    )
    ctx = TaskContext()
    ws.client("ec2").meta.events.register(
        "after-call.ec2.StartInstances", lambda **_: ctx.token.cancel()
    )  # Cancel as AWS takes the start
    with pytest.raises(InstanceLeftRunning) as cancelled:
        launch(ws, ctx)
    assert cancelled.value.at_risk.instance_id == first.instance_id
    assert alarmed(aws_world) == [first.instance_id]


def test_a_cancel_then_a_failing_alarm_step_still_hands_back_the_id(aws_world, ws):
    ctx = TaskContext()

    def cancel_then_fail(**_: object) -> None:
        ctx.token.cancel()
        raise EndpointConnectionError(endpoint_url="https://monitoring")  # network gone

    ws.client("cloudwatch").meta.events.register(
        "before-send.cloudwatch.PutMetricAlarm", cancel_then_fail
    )
    with pytest.raises(InstanceLeftRunning) as cancelled:
        launch(ws, ctx)
    [instance] = instances(aws_world)
    assert cancelled.value.at_risk.instance_id == instance["InstanceId"] == ws.progress.instance_id
    assert cancelled.value.at_risk.alarm_set is False  # the page says so beside its offer to stop


def test_the_alarm_step_gives_up_its_grace_counted_from_the_cancel():
    outer = CancelToken()
    grace = GraceToken(outer, 0.2)
    assert not grace.cancelled and not grace.wait(0.05)
    outer.cancel()
    time.sleep(0.25)  # nobody looked meanwhile: the grace still counts from the cancel
    assert grace.cancelled and grace.wait(10.0)


def test_a_cancel_before_a_stopped_instance_is_started_is_a_plain_cancel(aws_world, ws):
    first = launch(ws, TaskContext())
    aws_world.client("ec2").stop_instances(InstanceIds=[first.instance_id])
    ctx = TaskContext()
    described: list[str] = []

    def cancel_on_the_second_look(**_kwargs):
        described.append("describe")
        if len(described) == 2:  # the start's own look at the instance, before StartInstances
            ctx.token.cancel()

    ws.client("ec2").meta.events.register(
        "before-call.ec2.DescribeInstances", cancel_on_the_second_look
    )
    with pytest.raises(Cancelled) as cancelled:
        launch(ws, ctx)
    assert not isinstance(cancelled.value, InstanceLeftRunning)  # nothing to offer to stop
    [instance] = instances(aws_world)
    assert instance["State"]["Name"] == "stopped"

"""Drill: AWS throttles and answers 5xx in the middle of a launch.

The faults are injected on the app's own EC2 client (a botocore `before-send`
handler answers in AWS's place, as a throttled or failing endpoint would; the
request never reaches moto).  The launch runs through the UI's task runner, as
the launch page runs it: botocore retries with back-off, the page's progress
shows "retrying …", and AWS ends up with one of everything.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from botocore.awsrequest import AWSResponse
from botocore.retries.standard import ExponentialBackoff

from fastai_launcher.aws.catalogue import ThrottledError
from fastai_launcher.core.task import TaskContext
from fastai_launcher.core.text import Text
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ui.tasks import TaskRunner
from tests.world.app_world import FAST
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY

G_QUOTA = "L-DB2E81BA"
THROTTLED = (503, "RequestLimitExceeded", "Request limit exceeded.")
INTERNAL = (500, "InternalError", "An internal error has occurred.")
UNAVAILABLE = (503, "Unavailable", "The service is unavailable.")


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **_: object) -> Iterator[bytes]:
        yield self.data


class Faults:
    """Answers the first requests of chosen operations with an error, then lets them through."""

    def __init__(self, plan: dict[str, list[tuple[int, str, str]]]) -> None:
        self.plan = {operation: list(answers) for operation, answers in plan.items()}
        self.answered: list[tuple[str, str]] = []

    def __call__(self, request, event_name: str, **_: object) -> AWSResponse | None:
        operation = event_name.rpartition(".")[2]
        answers = self.plan.get(operation)
        if not answers:
            return None
        status, code, message = answers.pop(0)
        self.answered.append((operation, code))
        body = (
            f"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message>"
            "</Error></Errors><RequestID>drill</RequestID></Response>"
        ).encode()
        return AWSResponse(request.url, status, {"Content-Type": "text/xml"}, _Body(body))


@pytest.fixture
def workspace(aws_world, app_paths, isolated_home) -> Iterator[Workspace]:
    aws_world.set_quota(G_QUOTA, 8)
    ws = Workspace.load(app_paths, home=isolated_home, host_name="laptop", timing=FAST)
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, aws_world.region)
    yield ws
    ws.close()


@pytest.fixture
def backoff(monkeypatch) -> list[float]:
    """The back-off delays botocore chose, in order; the waits themselves are cut to
    10 ms so the drill stays quick (up to 1, 2, 4, 8 s otherwise)."""
    chosen: list[float] = []
    original = ExponentialBackoff.delay_amount

    def shortened(self, context) -> float:
        chosen.append(original(self, context))
        return min(chosen[-1], 0.01)

    monkeypatch.setattr(ExponentialBackoff, "delay_amount", shortened)
    return chosen


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10)


def run(qtbot, runner: TaskRunner, fn) -> tuple[object, object, list[Text]]:
    """`fn(ctx)` through the runner, as a page runs it: (result, error, progress seen)."""
    outcome: dict[str, object] = {}
    seen: list[Text] = []
    handle = runner.run(
        fn,
        on_result=lambda value: outcome.setdefault("result", value),
        on_error=lambda error: outcome.setdefault("error", error),
        on_progress=lambda step, done, total: seen.append(step),
    )
    with qtbot.waitSignal(handle.finished, timeout=60_000):
        pass
    return outcome.get("result"), outcome.get("error"), seen


def retries_seen(seen: list[Text]) -> list[dict[str, object]]:
    return [dict(step.args) for step in seen if step.context == "AwsRetries"]


def test_drill_throttling_and_5xx_are_retried_the_user_sees_retrying_and_nothing_is_doubled(
    qtbot, runner, workspace, aws_world, backoff
):
    faults = Faults(
        {
            "RunInstances": [THROTTLED, THROTTLED],
            "CreateSecurityGroup": [INTERNAL],
            "DescribeImages": [UNAVAILABLE],
        }
    )
    workspace.client("ec2").meta.events.register("before-send.ec2", faults)

    info, error, seen = run(qtbot, runner, lambda ctx: launch(workspace, ctx))

    assert error is None and info.state == "running"
    assert len(backoff) == 4  # one back-off per retry
    assert sorted(faults.answered) == sorted(
        [
            ("RunInstances", "RequestLimitExceeded"),
            ("RunInstances", "RequestLimitExceeded"),
            ("CreateSecurityGroup", "InternalError"),
            ("DescribeImages", "Unavailable"),
        ]
    )
    retried = retries_seen(seen)
    assert {"operation": "RunInstances", "attempt": 2, "attempts": 6,
            "reason": "RequestLimitExceeded"} in retried  # fmt: skip
    assert {"operation": "RunInstances", "attempt": 3, "attempts": 6,
            "reason": "RequestLimitExceeded"} in retried  # fmt: skip
    assert any(r["operation"] == "CreateSecurityGroup" and r["reason"] == "InternalError"
               for r in retried)  # fmt: skip
    message = next(step for step in seen if step.context == "AwsRetries").render()
    assert message.startswith("AWS is busy or briefly unavailable") and "retrying" in message

    ec2 = aws_world.client("ec2")
    instances = [i for r in ec2.describe_instances()["Reservations"] for i in r["Instances"]]
    assert [i["InstanceId"] for i in instances] == [info.instance_id]
    groups = ec2.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": ["fastai-launcher"]}]
    )
    assert len(groups["SecurityGroups"]) == 1
    assert len(ec2.describe_key_pairs()["KeyPairs"]) == 1
    assert workspace.progress.instance_id == info.instance_id


def test_drill_throttling_that_outlasts_the_retries_is_a_clear_error_and_nothing_launched(
    qtbot, runner, workspace, aws_world, backoff
):
    faults = Faults({"RunInstances": [THROTTLED] * 6})
    workspace.client("ec2").meta.events.register("before-send.ec2", faults)

    info, error, seen = run(qtbot, runner, lambda ctx: launch(workspace, ctx))

    assert info is None and isinstance(error, ThrottledError)
    assert error.message.source == "AWS received too many requests and asked us to slow down."
    assert error.retryable
    assert [r["attempt"] for r in retries_seen(seen)] == [2, 3, 4, 5, 6]
    assert len(backoff) == 5 and all(0 <= delay <= 2**n for n, delay in enumerate(backoff))
    assert aws_world.client("ec2").describe_instances()["Reservations"] == []
    # The launch's token is kept: pressing Launch again finds or makes exactly one instance.
    assert workspace.progress.client_token and workspace.progress.instance_id is None

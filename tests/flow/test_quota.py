"""Waiting for the GPU quota in the test world: an approval AWS has not applied
yet is waited for, never answered with a second request.

AWS reports a request APPROVED a while before GetServiceQuota shows the new
value; the world's quota service does the same with `applied=False`, and the
test applies the value later with `set_quota`.  The waits are `FAST_POLLS`.
"""

from __future__ import annotations

import pytest

from fastai_launcher.core.errors import Cancelled
from fastai_launcher.core.task import TaskContext
from fastai_launcher.core.text import Text
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.quota import APPLY_POLLS, request_gpu_quota, wait_for_quota
from fastai_launcher.flow.signin import choose_region, resume_sign_in, sign_in_with_key
from tests.world import aws_quotas
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.instance import FAST_POLLS, G_QUOTA, workspace_options


@pytest.fixture
def short_of_quota(aws_world, app_paths, isolated_home):
    """A signed-in workspace in the world's region, 0 vCPUs of G quota, a g4dn.xlarge chosen."""
    aws_world.set_quota(G_QUOTA, 0)

    def open_workspace() -> Workspace:
        return Workspace.load(app_paths, **workspace_options(isolated_home, FAST_POLLS))

    ws = open_workspace()
    sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, TaskContext(), aws_world.region)
    assert ws.progress.instance_type == "g4dn.xlarge"
    yield ws, open_workspace
    ws.close()


def pending(step: Text) -> bool:
    return step.source.startswith("{status}") and "checks again" in step.source


def applying(step: Text) -> bool:
    return "new quota shows" in step.source


def applying_text(line: str) -> bool:
    return "the new quota shows after a few minutes" in line


def approve_unapplied(world, request_id: str) -> None:
    aws_quotas.set_request_status(world.region, request_id, "APPROVED", applied=False)


def test_an_approval_not_applied_yet_is_waited_for_and_the_run_goes_on_once_it_shows(
    aws_world, short_of_quota
):
    ws, _ = short_of_quota
    filed = request_gpu_quota(ws, TaskContext())
    assert filed is not None and [r["Id"] for r in aws_world.quota_requests()] == [filed.id]
    seen: list[str] = []
    statuses: list[str] = []

    def aws_answers(step: Text, done: int, total: int) -> None:
        seen.append(step.render())
        if pending(step):
            if statuses == ["PENDING"]:
                approve_unapplied(aws_world, filed.id)  # approved; the value still says 0
            else:  # waiting on a second request: the bug this test is about
                ctx.token.cancel()
        elif applying(step) and sum(map(applying_text, seen)) == 2:
            aws_world.set_quota(G_QUOTA, 4)  # AWS applies the approval, a while later

    ctx = TaskContext(on_progress=aws_answers)
    status = wait_for_quota(ws, ctx, on_change=lambda request: statuses.append(request.status))
    assert status.enough and status.value == 4
    assert [r["Id"] for r in aws_world.quota_requests()] == [filed.id]  # filed once
    assert statuses == ["PENDING", "APPROVED"]
    waiting = [line for line in seen if applying_text(line)]
    assert (
        waiting
        == [
            "AWS approved the request; the new quota shows after a few minutes. "
            "The app checks again in 1 min."
        ]
        * 2
    )


def test_a_restart_between_the_approval_and_its_value_follows_the_same_request(
    aws_world, short_of_quota
):
    first, open_workspace = short_of_quota
    filed = request_gpu_quota(first, TaskContext())
    assert filed is not None
    approve_unapplied(aws_world, filed.id)
    first.close()

    again = open_workspace()  # the app starts again: the express run asks first
    assert resume_sign_in(again, TaskContext()) is not None
    followed = request_gpu_quota(again, TaskContext())
    assert followed is not None and followed.id == filed.id and followed.approved
    assert len(aws_world.quota_requests()) == 1

    def apply_while_waiting(step: Text, done: int, total: int) -> None:
        if applying(step):
            aws_world.set_quota(G_QUOTA, 4)

    status = wait_for_quota(again, TaskContext(on_progress=apply_while_waiting))
    assert status.enough
    assert [r["Id"] for r in aws_world.quota_requests()] == [filed.id]
    again.close()


def test_an_approval_that_never_shows_is_asked_for_again_once_after_the_bounded_wait(
    aws_world, short_of_quota
):
    ws, _ = short_of_quota
    filed = request_gpu_quota(ws, TaskContext())
    assert filed is not None
    approve_unapplied(aws_world, filed.id)
    reads_waited = []

    def stop_at_the_new_request(step: Text, done: int, total: int) -> None:
        if applying(step):
            reads_waited.append(step)
        elif pending(step):
            ctx.token.cancel()

    ctx = TaskContext(on_progress=stop_at_the_new_request)
    with pytest.raises(Cancelled):
        wait_for_quota(ws, ctx)
    assert len(reads_waited) == APPLY_POLLS
    requests = aws_world.quota_requests()
    assert sorted(r["Status"] for r in requests) == ["APPROVED", "PENDING"]
    second = next(r for r in requests if r["Status"] == "PENDING")
    assert ws.progress.quota_request_id == second["Id"]

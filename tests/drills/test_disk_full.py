"""Drill: the disk fills up at each AWS-call boundary of the launch and of the express run.

The app's config folder (where `state.json` lives) is a small tmpfs mounted for
the test (`tests/world/drill_disk.py`); at the chosen moment a filler file takes
its last byte, so every later save fails with the kernel's ENOSPC, as on a
really full disk.  The moment is the answer of the N-th AWS call of the run (a
botocore `after-call` hook on the workspace's clients), for every call the run
makes up to its last save, and "full from the start".  The calls are listed
(`LAUNCH_CALLS` in `tests/world/drill_disk.py`, `EXPRESS_CALLS` here) in the
order the flow makes them today: the drill checks that the run still makes them
in that order, so a change to the flow fails here and asks for the lists to be
updated instead of silently testing other moments.

Whatever the moment, the run ends in `ProgressNotSaved` (never an `OSError` or
an unexpected error), every instance that exists in AWS has its idle alarm, and
its id is not lost: the error names it (with its alarm set) for the Stop offer,
the workspace holds it in memory and the instance watchers (the tray) heard of
it.  The express run is short of quota, so its quota request is filed and
(by the world, at once) approved on the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fastai_launcher.aws.autostop import alarm_name
from fastai_launcher.core.errors import ProgressNotSaved
from fastai_launcher.core.paths import AppPaths
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.runs import ExpressChoices, express
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, AwsWorld
from tests.world.drill_disk import LAUNCH_CALLS, fill, free, on_every_call, tmpfs_over
from tests.world.instance import G_QUOTA, workspace_options

SERVICES = ("ec2", "ssm", "cloudwatch", "service-quotas")

#: `express` short of quota, every AWS call in order up to the end of its launch
#: (its connect comes after the launch's last save).
QUOTA = "service-quotas"
EXPRESS_CALLS = [
    "ec2.DescribeInstances",
    "ec2.DescribeInstanceTypeOfferings",  # require_offered
    "ec2.DescribeInstanceTypeOfferings",  # the quota check: the type's vCPUs
    "ec2.DescribeInstanceTypes",
    f"{QUOTA}.GetServiceQuota",
    f"{QUOTA}.ListRequestedServiceQuotaChangeHistoryByQuota",
    "ec2.DescribeInstanceTypeOfferings",  # request_gpu_quota checks again
    "ec2.DescribeInstanceTypes",
    f"{QUOTA}.GetServiceQuota",
    f"{QUOTA}.ListRequestedServiceQuotaChangeHistoryByQuota",
    f"{QUOTA}.ListRequestedServiceQuotaChangeHistoryByQuota",
    f"{QUOTA}.RequestServiceQuotaIncrease",  # then the request id is saved
    "ec2.DescribeKeyPairs",
    "ec2.ImportKeyPair",
    f"{QUOTA}.GetRequestedServiceQuotaChange",  # the wait: approved
    "ec2.DescribeInstanceTypeOfferings",
    "ec2.DescribeInstanceTypes",
    f"{QUOTA}.GetServiceQuota",  # applied: enough
    f"{QUOTA}.ListRequestedServiceQuotaChangeHistoryByQuota",
    *LAUNCH_CALLS[:2],  # the launch, its key pair imported already
    *LAUNCH_CALLS[4:],
]

CASES = [
    pytest.param("launch", None, id="launch-full-from-the-start"),
    *(
        pytest.param("launch", n, id=f"launch-after-{n + 1:02d}-{call}")
        for n, call in enumerate(LAUNCH_CALLS)
    ),
    pytest.param("express", None, id="express-full-from-the-start"),
    *(
        pytest.param("express", n, id=f"express-after-{n + 1:02d}-{call}")
        for n, call in enumerate(EXPRESS_CALLS)
    ),
]


@pytest.fixture
def config_on_tmpfs(app_paths: AppPaths) -> Iterator[Path]:
    """The app's config folder on a tmpfs of its own, for the test."""
    with tmpfs_over(app_paths.config) as folder:
        yield folder


def instances(world: AwsWorld) -> list[str]:
    """The ids of the instances that exist (and may cost) in the world."""
    reservations = world.client("ec2").describe_instances()["Reservations"]
    return [
        i["InstanceId"]
        for r in reservations
        for i in r["Instances"]
        if i["State"]["Name"] not in ("terminated", "shutting-down")
    ]


def alarm_names(world: AwsWorld) -> set[str]:
    return {a["AlarmName"] for a in world.client("cloudwatch").describe_alarms()["MetricAlarms"]}


def signed_in(app_paths: AppPaths, home: Path, region: str) -> Workspace:
    ws = Workspace.load(app_paths, **workspace_options(home))
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, region)
    return ws


def approve_every_request(ws: Workspace, world: AwsWorld) -> None:
    """AWS approves a quota increase request as soon as it is filed (and applies it)."""

    def approve(parsed: dict, **_: object) -> None:
        world.set_request_status(parsed["RequestedQuota"]["Id"], "APPROVED")

    ws.client(QUOTA).meta.events.register(
        f"after-call.{QUOTA}.RequestServiceQuotaIncrease", approve
    )


@pytest.mark.parametrize(("run", "full_after"), CASES)
def test_drill_a_full_disk_loses_no_instance_and_leaves_none_without_its_alarm(
    aws_world, app_paths, isolated_home, config_on_tmpfs, run, full_after
):
    expected = LAUNCH_CALLS if run == "launch" else EXPRESS_CALLS
    if run == "express":
        aws_world.set_quota(G_QUOTA, 0)
    ws = signed_in(app_paths, isolated_home, aws_world.region)
    heard: list[str | None] = []  # the instance id each time the watchers were told
    ws.watch_instance(lambda: heard.append(ws.progress.instance_id))
    calls: list[str] = []

    def answered(call: str) -> None:
        calls.append(call)
        if len(calls) - 1 == full_after:
            fill(config_on_tmpfs)

    on_every_call(ws, SERVICES, answered)
    if run == "express":
        approve_every_request(ws, aws_world)
    if full_after is None:
        fill(config_on_tmpfs)

    raised: BaseException | None = None
    try:
        if run == "launch":
            launch(ws, TaskContext())
        else:
            express(ws, TaskContext(), ExpressChoices(region=aws_world.region))
    except Exception as exc:  # a LauncherError; before the fix an OSError
        raised = exc
    try:
        assert full_after is None or len(calls) > full_after, "the disk was never filled"
        # What costs money first: no instance without its alarm, no id lost.
        launched = instances(aws_world)
        assert len(launched) <= 1
        missing = [i for i in launched if alarm_name(i) not in alarm_names(aws_world)]
        assert missing == [], f"an instance runs without its idle alarm; the run raised {raised!r}"
        for instance_id in launched:
            assert instance_id in heard, "the instance watchers (the tray) never heard of it"
            assert ws.progress.instance_id == instance_id, "the id is not even in memory"

        # Then what the user is shown: the catalogue's error, naming the instance to stop.
        assert isinstance(raised, ProgressNotSaved), f"not the catalogue's error: {raised!r}"
        assert raised.message.args["path"] == str(ws.paths.state_file)
        for instance_id in launched:
            assert raised.at_risk is not None, "the error does not name the running instance"
            assert (raised.at_risk.instance_id, raised.at_risk.alarm_set) == (instance_id, True)
        if not launched:
            assert raised.at_risk is None  # nothing to offer to stop
        # The moment was the one named (checked last: a changed flow still gets its verdict).
        assert calls == expected[: len(calls)], "the run's AWS calls changed: update the list"
    finally:
        free(config_on_tmpfs)
        for instance_id in instances(aws_world):
            stop(ws, TaskContext(), instance_id)
        ws.close()

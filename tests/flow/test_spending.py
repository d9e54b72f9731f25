"""The month's spending from DescribeInstances answers of the AWS world (moto):
the app's tagged instance is recorded, its stop is read from the
StateTransitionReason AWS writes, an untagged instance is not the app's, and
the figures survive a new Workspace (the ledger is a file in the config folder)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from fastai_launcher.core.ledger import ledger_path, load_ledger
from fastai_launcher.core.money import PriceQuote
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.instances import find_app_instances
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.flow.spending import update_spending
from tests.world.aws import DLAMI_IMAGES, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY

HOURLY = 0.526


def price(region: str, instance_type: str, volume_gb: int) -> PriceQuote | None:
    return PriceQuote(
        region, instance_type, HOURLY, 0.08, 0.005, volume_gb, "bundled", date(2026, 11, 1)
    )


def run(world, tagged: bool = True) -> str:
    tags = [{"ResourceType": "instance", "Tags": [{"Key": "app", "Value": "fastai-launcher"}]}]
    made = world.client("ec2").run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"], InstanceType="g4dn.xlarge", MinCount=1, MaxCount=1,
        **({"TagSpecifications": tags} if tagged else {}),
    )  # fmt: skip
    return made["Instances"][0]["InstanceId"]


def test_the_app_s_instance_is_recorded_from_describe_instances_and_its_stop_read(
    aws_world, app_paths
):
    ws = Workspace(app_paths)
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, aws_world.region)
    ec2 = aws_world.client("ec2")
    ours, other = run(aws_world), run(aws_world, tagged=False)

    started = time.time()
    running = find_app_instances(ws, ctx, price).month  # the home view's look at AWS
    assert running is not None and running.running_hours >= 0 and running.priced
    ledger = ledger_path(app_paths.config)
    assert ours in ledger.read_text() and other not in ledger.read_text()

    ec2.stop_instances(InstanceIds=[ours])
    answer = ec2.describe_instances(InstanceIds=[ours, other])
    reason = answer["Reservations"][0]["Instances"][0]["StateTransitionReason"]
    assert reason.startswith("User initiated (")  # AWS writes the stop's time there
    later = started + 7200  # looked at two hours later: the stop's time counts, not "now"
    stopped = update_spending(ws, answer, price, now=later)
    assert stopped.running_hours < 0.1
    assert stopped.running_usd == pytest.approx(stopped.running_hours * (HOURLY + 0.005))

    again = Workspace(app_paths)  # the next start of the app
    assert load_ledger(ledger_path(again.paths.config)).month(later, price) == stopped

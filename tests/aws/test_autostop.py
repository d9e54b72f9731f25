"""Idle auto-stop as a CloudWatch alarm on the moto server."""

import pytest

from fastai_launcher.aws.autostop import (
    IdleStop,
    alarm_name,
    read_idle_stop,
    remove_idle_stop,
    set_idle_stop,
)
from fastai_launcher.core.errors import InputError
from tests.world.app_clients import app_client

INSTANCE = "i-0123456789abcdef0"


@pytest.fixture
def cloudwatch(aws_world):
    """The app's CloudWatch client: boto3 finds the world through the environment."""
    return app_client("cloudwatch", aws_world.region)


def stored(aws_world, name):
    alarms = aws_world.client("cloudwatch").describe_alarms(AlarmNames=[name])["MetricAlarms"]
    return alarms[0] if alarms else None


def test_the_default_stops_after_an_hour_below_five_percent(aws_world, cloudwatch):
    alarm = set_idle_stop(cloudwatch, INSTANCE)

    assert (alarm.cpu_percent, alarm.minutes) == (5.0, 60)
    assert alarm.name == "fastai-launcher-idle-" + INSTANCE
    raw = stored(aws_world, alarm_name(INSTANCE))
    assert raw["Namespace"] == "AWS/EC2"
    assert raw["MetricName"] == "CPUUtilization"
    assert raw["Statistic"] == "Average"
    assert raw["Dimensions"] == [{"Name": "InstanceId", "Value": INSTANCE}]
    assert raw["Period"] == 300
    assert raw["EvaluationPeriods"] == 12
    assert raw["Threshold"] == 5.0
    assert raw["ComparisonOperator"] == "LessThanThreshold"
    assert raw["TreatMissingData"] == "notBreaching"
    assert raw["AlarmActions"] == ["arn:aws:automate:us-west-2:ec2:stop"]
    assert raw["ActionsEnabled"] is True


def test_the_setting_can_be_changed_and_read_back(aws_world, cloudwatch):
    set_idle_stop(cloudwatch, INSTANCE)
    changed = set_idle_stop(cloudwatch, INSTANCE, IdleStop(cpu_percent=10, minutes=30))

    assert (changed.cpu_percent, changed.minutes) == (10.0, 30)
    read = read_idle_stop(cloudwatch, INSTANCE)
    assert read == changed
    assert read.state in ("OK", "ALARM", "INSUFFICIENT_DATA")
    assert stored(aws_world, alarm_name(INSTANCE))["EvaluationPeriods"] == 6


def test_minutes_round_up_to_whole_five_minute_periods(cloudwatch):
    assert set_idle_stop(cloudwatch, INSTANCE, IdleStop(5, 42)).minutes == 45


def test_removing_it_turns_auto_stop_off(aws_world, cloudwatch):
    set_idle_stop(cloudwatch, INSTANCE)
    remove_idle_stop(cloudwatch, INSTANCE)
    assert read_idle_stop(cloudwatch, INSTANCE) is None
    assert stored(aws_world, alarm_name(INSTANCE)) is None
    remove_idle_stop(cloudwatch, INSTANCE)  # already off: nothing to do, no error


def test_each_instance_has_its_own_alarm_in_its_own_region(aws_world):
    oregon = app_client("cloudwatch", "us-west-2")
    seoul = app_client("cloudwatch", "ap-northeast-2")
    set_idle_stop(oregon, "i-aaaaaaaaaaaaaaaaa")
    set_idle_stop(seoul, "i-bbbbbbbbbbbbbbbbb")
    raw = aws_world.client("cloudwatch", region="ap-northeast-2").describe_alarms()
    assert [a["AlarmActions"] for a in raw["MetricAlarms"]] == [
        ["arn:aws:automate:ap-northeast-2:ec2:stop"]
    ]
    assert read_idle_stop(oregon, "i-bbbbbbbbbbbbbbbbb") is None


@pytest.mark.parametrize(
    "setting", [IdleStop(0, 60), IdleStop(100, 60), IdleStop(5, 4), IdleStop(5, 24 * 60 + 1)]
)
def test_settings_aws_would_refuse_are_refused_first(aws_world, cloudwatch, setting):
    with pytest.raises(InputError):
        set_idle_stop(cloudwatch, INSTANCE, setting)
    assert stored(aws_world, alarm_name(INSTANCE)) is None

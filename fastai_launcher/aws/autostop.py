"""Idle auto-stop on AWS's side: works even when the laptop is closed or asleep.

A CloudWatch alarm watches the instance's average `CPUUtilization` in
5-minute periods; when it stays below the threshold for the whole span, the
alarm's action `arn:aws:automate:<region>:ec2:stop` stops the instance.  No
agent runs on the instance.  On by default: below 5 % for 60 minutes.

While the instance is stopped there is no CPU data; that counts as "not
idle" (`TreatMissingData=notBreaching`), so the alarm returns to OK and fires
again after the next start.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.errors import InputError
from ..core.text import QT_TRANSLATE_NOOP, text
from .typed_errors import typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_cloudwatch import CloudWatchClient
    from mypy_boto3_cloudwatch.type_defs import MetricAlarmTypeDef

ALARM_PREFIX = "fastai-launcher-idle-"
PERIOD_SECONDS = 300  # basic EC2 monitoring reports every 5 minutes
MAX_MINUTES = 24 * 60  # AWS: periods x evaluation periods of under an hour may span one day


@dataclass(frozen=True)
class IdleStop:
    """The user's idle auto-stop setting."""

    cpu_percent: float = 5.0
    minutes: int = 60


DEFAULT_IDLE_STOP = IdleStop()


@dataclass(frozen=True)
class IdleStopAlarm:
    """An idle auto-stop alarm as CloudWatch holds it."""

    name: str
    instance_id: str
    cpu_percent: float
    minutes: int
    state: str  # OK, ALARM (the instance is being or was stopped), INSUFFICIENT_DATA
    state_reason: str
    actions_enabled: bool


def alarm_name(instance_id: str) -> str:
    return ALARM_PREFIX + instance_id


def stop_action(region: str) -> str:
    """The alarm action that stops the instance the alarm watches."""
    return f"arn:aws:automate:{region}:ec2:stop"


def _evaluation_periods(setting: IdleStop) -> int:
    if not 0 < setting.cpu_percent < 100:
        raise InputError(
            text(
                "AutoStop",
                QT_TRANSLATE_NOOP(
                    "AutoStop", "The idle CPU level must be between 0 and 100 %, not {percent}."
                ),
                percent=setting.cpu_percent,
            ),
            text("AutoStop", QT_TRANSLATE_NOOP("AutoStop", "Choose a level such as 5 %.")),
        )
    if not PERIOD_SECONDS // 60 <= setting.minutes <= MAX_MINUTES:
        raise InputError(
            text(
                "AutoStop",
                QT_TRANSLATE_NOOP(
                    "AutoStop",
                    "The idle time must be between 5 minutes and 24 hours, not {minutes} minutes.",
                ),
                minutes=setting.minutes,
            ),
            text("AutoStop", QT_TRANSLATE_NOOP("AutoStop", "Choose a time such as 60 minutes.")),
        )
    # Rounded up to whole 5-minute periods: never stops sooner than the user asked.
    return math.ceil(setting.minutes * 60 / PERIOD_SECONDS)


@typed_aws_errors
def set_idle_stop(
    cloudwatch: CloudWatchClient, instance_id: str, setting: IdleStop = DEFAULT_IDLE_STOP
) -> IdleStopAlarm:
    """Create or change the instance's idle auto-stop alarm; returns it as CloudWatch holds it.

    `cloudwatch` must be a client for the instance's region.  The minutes are
    rounded up to a multiple of 5.
    """
    periods = _evaluation_periods(setting)
    region = cloudwatch.meta.region_name
    cloudwatch.put_metric_alarm(
        AlarmName=alarm_name(instance_id),
        AlarmDescription=(
            f"fastai-launcher: stop {instance_id} after {periods * PERIOD_SECONDS // 60} "
            f"minutes below {setting.cpu_percent:g}% CPU"
        ),
        Namespace="AWS/EC2",
        MetricName="CPUUtilization",
        Dimensions=[{"Name": "InstanceId", "Value": instance_id}],
        Statistic="Average",
        Period=PERIOD_SECONDS,
        EvaluationPeriods=periods,
        DatapointsToAlarm=periods,
        Threshold=float(setting.cpu_percent),
        ComparisonOperator="LessThanThreshold",
        TreatMissingData="notBreaching",
        ActionsEnabled=True,
        AlarmActions=[stop_action(region)],
    )
    alarm = read_idle_stop(cloudwatch, instance_id)
    assert alarm is not None
    return alarm


def _as_alarm(alarm: MetricAlarmTypeDef, instance_id: str) -> IdleStopAlarm:
    periods = alarm.get("EvaluationPeriods", 0)
    return IdleStopAlarm(
        name=alarm.get("AlarmName", alarm_name(instance_id)),
        instance_id=instance_id,
        cpu_percent=alarm.get("Threshold", 0.0),
        minutes=periods * alarm.get("Period", PERIOD_SECONDS) // 60,
        state=alarm.get("StateValue", "INSUFFICIENT_DATA"),
        state_reason=alarm.get("StateReason", ""),
        actions_enabled=alarm.get("ActionsEnabled", False),
    )


@typed_aws_errors
def read_idle_stop(cloudwatch: CloudWatchClient, instance_id: str) -> IdleStopAlarm | None:
    """The instance's idle auto-stop alarm, or None when it has none (auto-stop is off)."""
    alarms = cloudwatch.describe_alarms(
        AlarmNames=[alarm_name(instance_id)], AlarmTypes=["MetricAlarm"]
    ).get("MetricAlarms", [])
    return _as_alarm(alarms[0], instance_id) if alarms else None


@typed_aws_errors
def remove_idle_stop(cloudwatch: CloudWatchClient, instance_id: str) -> None:
    """Turn idle auto-stop off for the instance (nothing happens if it was off)."""
    # AWS refuses to delete an alarm that does not exist: look first.
    if read_idle_stop(cloudwatch, instance_id) is not None:
        cloudwatch.delete_alarms(AlarmNames=[alarm_name(instance_id)])

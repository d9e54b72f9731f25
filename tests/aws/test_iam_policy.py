"""`resources/iam-policy.json` allows exactly what the app does, and nothing that
could destroy a student's work.

The last test checks every AWS operation the whole suite performed (recorded
by tests/world/aws_record.py); the session itself also fails at its end if one
was not allowed, whichever tests ran.
"""

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import botocore.session
import pytest

import fastai_launcher.aws
from tests.world.aws_policy import decision, load_policy
from tests.world.aws_record import iam_action, record, violations

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("ec2", "ssm", "service-quotas", "pricing", "sts", "cloudwatch")


def _actions_named_in_code() -> set[str]:
    """IAM actions of every botocore method or paginator the app's aws/ code calls."""
    session = botocore.session.get_session()
    methods: dict[str, set[str]] = {}
    for service in SERVICES:
        model = session.get_service_model(service)
        for operation in model.operation_names:
            snake = botocore.xform_name(operation)
            methods.setdefault(snake, set()).add(iam_action(model.operation_model(operation)))
    called: set[str] = set()
    for path in Path(fastai_launcher.aws.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            if name == "get_paginator" and node.args and isinstance(node.args[0], ast.Constant):
                name = node.args[0].value
            called |= methods.get(name, set())
    return called


def _allowed_actions(policy):
    return {
        action
        for statement in policy["Statement"]
        if statement["Effect"] == "Allow"
        for action in (
            [statement["Action"]] if isinstance(statement["Action"], str) else statement["Action"]
        )
    }


def test_the_policy_allows_exactly_the_actions_the_code_calls():
    policy = load_policy()
    in_code = _actions_named_in_code()
    assert "ec2:RunInstances" in in_code and "pricing:GetProducts" in in_code
    assert not [a for a in in_code if decision(policy, a) != "Allow"]
    # Tagging is allowed only as part of creating (tag-on-create), which the code does.
    # AWS itself creates CloudWatch's service-linked role, on the caller's permission,
    # the first time an alarm with an EC2 stop action is made (idle auto-stop).
    assert _allowed_actions(policy) - in_code == {"ec2:CreateTags", "iam:CreateServiceLinkedRole"}


def test_terminate_is_explicitly_denied_and_nothing_is_allowed_by_wildcard():
    policy = load_policy()
    assert decision(policy, "ec2:TerminateInstances") == "Deny"
    assert decision(policy, "ec2:terminateinstances") == "Deny"
    assert decision(policy, "ec2:DeleteVolume") == "ImplicitDeny"
    assert decision(policy, "iam:CreateUser") == "ImplicitDeny"
    assert decision(policy, "iam:CreateRole") == "ImplicitDeny"
    assert not [a for a in _allowed_actions(policy) if "*" in a or "?" in a]


def test_the_evaluator_honours_wildcards_and_deny_over_allow():
    policy = {
        "Statement": [
            {"Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*"},
            {"Effect": "Allow", "Action": ["ec2:*"], "Resource": "*"},
            {"Effect": "Deny", "Action": "ec2:Terminate*", "Resource": "*"},
        ]
    }
    assert decision(policy, "ec2:DescribeInstances") == "Allow"
    assert decision(policy, "ec2:RunInstances") == "Allow"
    assert decision(policy, "ec2:TerminateInstances") == "Deny"
    assert decision(policy, "ssm:GetParameter") == "ImplicitDeny"


def test_start_and_stop_only_for_instances_tagged_as_the_apps():
    policy = load_policy()
    (statement,) = [
        s
        for s in policy["Statement"]
        if s["Effect"] == "Allow" and "ec2:StopInstances" in s["Action"]
    ]
    assert set(statement["Action"]) == {"ec2:StartInstances", "ec2:StopInstances"}
    assert statement["Condition"] == {"StringEquals": {"aws:ResourceTag/app": "fastai-launcher"}}
    launches = [
        s
        for s in policy["Statement"]
        if s["Action"] == "ec2:RunInstances" and "arn:aws:ec2:*:*:instance/*" in s["Resource"]
    ]
    assert launches[0]["Condition"] == {"StringEquals": {"aws:RequestTag/app": "fastai-launcher"}}


def test_no_terminate_call_anywhere_in_the_app():
    sources = Path(fastai_launcher.aws.__file__).parent.parent.rglob("*.py")
    assert not [
        p for p in sources if "terminate_instances" in p.read_text(encoding="utf-8").lower()
    ]


def test_an_operation_the_policy_does_not_allow_fails_the_whole_run(tmp_path):
    (tmp_path / "test_terminates.py").write_text(
        textwrap.dedent(
            """
            import boto3
            from botocore.stub import Stubber

            def test_terminates():
                ec2 = boto3.client("ec2", region_name="us-west-2",
                                   aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                                   aws_secret_access_key="x" * 40)
                with Stubber(ec2) as stub:
                    stub.add_response("terminate_instances", {})
                    ec2.terminate_instances(InstanceIds=["i-0123456789abcdef0"])
            """
        )
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "tests.world.aws_record",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "1 passed" in run.stdout
    assert run.returncode == 1
    assert "ec2:TerminateInstances: test_terminates.py::test_terminates" in run.stdout


@pytest.mark.aws_policy_check
def test_every_aws_operation_the_suite_performed_is_allowed_by_the_policy():
    # Runs last (marker), so it sees the whole suite's record.
    assert record.snapshot(), "the recorder saw no AWS operation at all"
    assert violations() == {}

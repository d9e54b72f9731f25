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
from fastai_launcher.aws.instance_types import STUDENT_TYPES
from fastai_launcher.aws.quotas import ON_DEMAND_CODES, SPOT_CODES
from tests.world.aws import DLAMI_IMAGES
from tests.world.aws_policy import decision, load_policy, refused
from tests.world.aws_record import iam_action, record, violations
from tests.world.iam_requests import ApiCall, WorldFacts

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("ec2", "ssm", "service-quotas", "pricing", "sts", "cloudwatch", "budgets")


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
    assert launches[0]["Condition"]["StringEquals"]["aws:RequestTag/app"] == "fastai-launcher"


def test_launches_are_limited_to_the_types_the_app_offers_with_imdsv2():
    (statement,) = [
        s for s in load_policy()["Statement"] if s["Sid"] == "LaunchOnlyTheAppsInstanceTypes"
    ]
    condition = statement["Condition"]["StringEquals"]
    assert sorted(condition["ec2:InstanceType"]) == sorted(STUDENT_TYPES)
    assert condition["ec2:MetadataHttpTokens"] == "required"


def test_quota_requests_are_limited_to_the_four_gpu_quota_codes():
    (statement,) = [s for s in load_policy()["Statement"] if s["Sid"] == "RequestGpuQuota"]
    codes = {arn.rpartition("/")[2] for arn in statement["Resource"]}
    assert codes == set(ON_DEMAND_CODES.values()) | set(SPOT_CODES.values())
    assert len(codes) == 4


APP = [{"Key": "app", "Value": "fastai-launcher"}]


def _app_launch(image_id, group_id, **changes):
    """RunInstances as the app sends it (aws/launch.py), with `changes`."""
    params = {
        "ImageId": image_id,
        "InstanceType": "g4dn.xlarge",
        "KeyName": "fastai-launcher-laptop",
        "SecurityGroupIds": [group_id],
        "MinCount": 1,
        "MaxCount": 1,
        "MetadataOptions": {"HttpTokens": "required", "HttpPutResponseHopLimit": 2},
        "BlockDeviceMappings": [
            {"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 75, "VolumeType": "gp3"}}
        ],
        "TagSpecifications": [
            {"ResourceType": "instance", "Tags": APP},
            {"ResourceType": "volume", "Tags": APP},
        ],
    }
    params.update(changes)
    return ApiCall("ec2:RunInstances", params, "us-west-2")


@pytest.fixture
def resources(aws_world):
    """The app's tagged group, a foreign untagged one, Amazon's DLAMI and a foreign image."""
    world = aws_world.client("ec2")
    vpc = world.describe_vpcs()["Vpcs"][0]["VpcId"]
    ours = world.create_security_group(
        GroupName="fastai-launcher",
        Description="app",
        VpcId=vpc,
        TagSpecifications=[{"ResourceType": "security-group", "Tags": APP}],
    )["GroupId"]
    foreign = world.create_security_group(GroupName="web", Description="x", VpcId=vpc)["GroupId"]
    image = world.register_image(Name="someone's image", RootDeviceName="/dev/sda1")["ImageId"]
    return {
        "group": ours,
        "foreign_group": foreign,
        "image": DLAMI_IMAGES[1]["ami_id"],
        "foreign_image": image,
        "facts": WorldFacts(aws_world.endpoint, aws_world.region),
    }


def test_the_apps_own_requests_are_allowed_in_full(resources):
    policy, facts = load_policy(), resources["facts"]
    spot = _app_launch(
        resources["image"],
        resources["group"],
        InstanceMarketOptions={"MarketType": "spot"},
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": APP},
            {"ResourceType": "volume", "Tags": APP},
            {"ResourceType": "spot-instances-request", "Tags": APP},
        ],
    )
    for call in (
        _app_launch(resources["image"], resources["group"]),
        _app_launch(
            resources["image"],
            resources["group"],
            BlockDeviceMappings=[{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 1000}}],
        ),
        spot,
        ApiCall("ec2:AuthorizeSecurityGroupIngress", {"GroupId": resources["group"]}, "us-west-2"),
        ApiCall(
            "ssm:GetParametersByPath",
            {"Path": "/aws/service/deeplearning/ami/x86_64/", "Recursive": True},
            "us-west-2",
        ),
        ApiCall(
            "servicequotas:RequestServiceQuotaIncrease",
            {"ServiceCode": "ec2", "QuotaCode": "L-DB2E81BA", "DesiredValue": 4.0},
            "us-west-2",
        ),
    ):
        assert refused(policy, call, facts) == [], call.operation


@pytest.mark.parametrize(
    ("name", "refused_part"),
    [
        ("p5.48xlarge", "ec2:InstanceType=p5.48xlarge"),
        ("5 TB volume", "ec2:VolumeSize=5000"),
        ("IMDSv1", "ec2:MetadataHttpTokens=optional"),
        ("foreign image", "image/"),
        ("untagged instance", "instance/*"),
        ("foreign security group", "AuthorizeSecurityGroupIngress on"),
        ("revoke in a foreign group", "RevokeSecurityGroupIngress on"),
        ("SSM outside deeplearning", "parameter/aws/service/ami-amazon-linux-latest/"),
        ("another quota", "ec2/L-1216C47A"),
        ("another service's quota", "servicequotas:service=sagemaker"),
        ("another budget", "budget/team"),
        ("deleting another budget", "budget/team"),
    ],
)
def test_requests_outside_the_policy_are_refused(resources, name, refused_part):
    image, group = resources["image"], resources["group"]
    calls = {
        "p5.48xlarge": _app_launch(image, group, InstanceType="p5.48xlarge"),
        "5 TB volume": _app_launch(
            image,
            group,
            BlockDeviceMappings=[{"DeviceName": "/dev/sda1", "Ebs": {"VolumeSize": 5000}}],
        ),
        "IMDSv1": _app_launch(image, group, MetadataOptions={}),
        "foreign image": _app_launch(resources["foreign_image"], group),
        "untagged instance": _app_launch(
            image, group, TagSpecifications=[{"ResourceType": "volume", "Tags": APP}]
        ),
        "foreign security group": ApiCall(
            "ec2:AuthorizeSecurityGroupIngress",
            {"GroupId": resources["foreign_group"]},
            "us-west-2",
        ),
        "revoke in a foreign group": ApiCall(
            "ec2:RevokeSecurityGroupIngress", {"GroupId": resources["foreign_group"]}, "us-west-2"
        ),
        "SSM outside deeplearning": ApiCall(
            "ssm:GetParametersByPath",
            {"Path": "/aws/service/ami-amazon-linux-latest/"},
            "us-west-2",
        ),
        "another quota": ApiCall(
            "servicequotas:RequestServiceQuotaIncrease",
            {"ServiceCode": "ec2", "QuotaCode": "L-1216C47A", "DesiredValue": 5000.0},
            "us-west-2",
        ),
        "another service's quota": ApiCall(
            "servicequotas:RequestServiceQuotaIncrease",
            {"ServiceCode": "sagemaker", "QuotaCode": "L-DB2E81BA", "DesiredValue": 4.0},
            "us-west-2",
        ),
        "another budget": ApiCall(
            "budgets:CreateBudget",
            {"AccountId": "123456789012", "Budget": {"BudgetName": "team"}},
            "us-east-1",
        ),
        "deleting another budget": ApiCall(
            "budgets:DeleteBudget",
            {"AccountId": "123456789012", "BudgetName": "team"},
            "us-east-1",
        ),
    }
    found = refused(load_policy(), calls[name], resources["facts"])
    assert found, f"{name} was allowed"
    assert any(refused_part in line for line in found), found


def _pytest_with_the_recorder(folder: Path) -> subprocess.CompletedProcess[str]:
    """Runs the tests in `folder` with the suite's AWS recorder, as the real suite does."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.world.aws_record",
         "-p", "no:cacheprovider", "--rootdir", str(folder), str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_refused_request_the_app_sends_fails_the_whole_run(tmp_path):
    # A launch the policy's conditions refuse, sent to the world's moto server.
    (tmp_path / "test_launches_a_p5.py").write_text(
        textwrap.dedent(
            """
            import boto3
            from tests.world.aws import DLAMI_IMAGES, start_moto

            def test_launches_a_p5():
                server, endpoint = start_moto()
                try:
                    ec2 = boto3.client("ec2", region_name="us-west-2", endpoint_url=endpoint,
                                       aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                                       aws_secret_access_key="x" * 40)
                    app = [{"Key": "app", "Value": "fastai-launcher"}]
                    ec2.run_instances(
                        ImageId=DLAMI_IMAGES[1]["ami_id"], InstanceType="p5.48xlarge",
                        MinCount=1, MaxCount=1,
                        MetadataOptions={"HttpTokens": "required"},
                        TagSpecifications=[{"ResourceType": "instance", "Tags": app}],
                    )
                finally:
                    server.stop()
            """
        )
    )
    run = _pytest_with_the_recorder(tmp_path)
    assert "1 passed" in run.stdout, run.stdout + run.stderr
    assert run.returncode == 1
    assert "ec2:RunInstances on arn:aws:ec2:us-west-2:123456789012:instance/*" in run.stdout
    assert "ec2:InstanceType=p5.48xlarge" in run.stdout
    assert "test_launches_a_p5.py::test_launches_a_p5" in run.stdout


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
    run = _pytest_with_the_recorder(tmp_path)
    assert "1 passed" in run.stdout
    assert run.returncode == 1
    assert "ec2:TerminateInstances: test_terminates.py::test_terminates" in run.stdout


@pytest.mark.aws_policy_check
def test_every_aws_operation_the_suite_performed_is_allowed_by_the_policy():
    # Runs last (marker), so it sees the whole suite's record.
    assert record.snapshot(), "the recorder saw no AWS operation at all"
    assert record.checked_requests() > 0, "no request was checked with its parameters"
    assert violations() == {}

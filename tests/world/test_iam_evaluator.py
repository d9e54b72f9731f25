"""The IAM evaluator the policy check uses, on the examples of AWS's IAM User Guide
("Condition operators", "Multivalued context keys", "Resource" element) and the
EC2 examples for RunInstances."""

import pytest

from tests.world.iam_evaluator import Request, Unsupported, evaluate, resource_matches


def allow(statement):
    return {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", **statement}]}


def test_string_equals_on_a_principal_tag():
    policy = allow(
        {
            "Action": "iam:*AccessKey*",
            "Resource": "arn:aws:iam::111122223333:user/*",
            "Condition": {"StringEquals": {"aws:PrincipalTag/job-category": "iamuser-admin"}},
        }
    )
    user = "arn:aws:iam::111122223333:user/alice"
    tagged = {"aws:PrincipalTag/job-category": "iamuser-admin"}
    assert evaluate(policy, Request("iam:CreateAccessKey", user, tagged)) == "Allow"
    # Key names are case-insensitive, values are not.
    assert (
        evaluate(
            policy,
            Request("iam:ListAccessKeys", user, {"AWS:PrincipalTag/JOB-CATEGORY": "iamuser-admin"}),
        )
        == "Allow"
    )
    other = {"aws:PrincipalTag/job-category": "IAMUSER-ADMIN"}
    assert evaluate(policy, Request("iam:CreateAccessKey", user, other)) == "ImplicitDeny"
    assert evaluate(policy, Request("iam:CreateAccessKey", user)) == "ImplicitDeny"
    assert evaluate(policy, Request("iam:CreateUser", user, tagged)) == "ImplicitDeny"


def test_string_like_matches_wildcards_across_slashes():
    policy = allow(
        {
            "Action": "s3:ListBucket",
            "Resource": "arn:aws:s3:::amzn-s3-demo-bucket",
            "Condition": {"StringLike": {"s3:prefix": ["", "home/", "home/*/public/?"]}},
        }
    )
    bucket = "arn:aws:s3:::amzn-s3-demo-bucket"
    for prefix in ("", "home/", "home/alice/x/public/a"):
        assert evaluate(policy, Request("s3:ListBucket", bucket, {"s3:prefix": prefix})) == "Allow"
    for prefix in ("home", "home/alice/public/ab", "work/"):
        assert evaluate(policy, Request("s3:ListBucket", bucket, {"s3:prefix": prefix})) != "Allow"


def test_numeric_less_than_equals_as_for_s3_max_keys():
    policy = allow(
        {
            "Action": "s3:ListBucket",
            "Resource": "arn:aws:s3:::amzn-s3-demo-bucket",
            "Condition": {"NumericLessThanEquals": {"s3:max-keys": "10"}},
        }
    )
    bucket = "arn:aws:s3:::amzn-s3-demo-bucket"
    assert evaluate(policy, Request("s3:ListBucket", bucket, {"s3:max-keys": "10"})) == "Allow"
    assert evaluate(policy, Request("s3:ListBucket", bucket, {"s3:max-keys": "2"})) == "Allow"
    assert (
        evaluate(policy, Request("s3:ListBucket", bucket, {"s3:max-keys": "11"})) == "ImplicitDeny"
    )
    assert (
        evaluate(policy, Request("s3:ListBucket", bucket, {"s3:max-keys": "ten"})) == "ImplicitDeny"
    )
    assert evaluate(policy, Request("s3:ListBucket", bucket)) == "ImplicitDeny"


def test_bool_deny_over_allow_without_secure_transport():
    policy = {
        "Statement": [
            {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
            {
                "Effect": "Deny",
                "Action": "s3:*",
                "Resource": "*",
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            },
        ]
    }
    get = "s3:GetObject"
    assert (
        evaluate(policy, Request(get, "arn:aws:s3:::b/k", {"aws:SecureTransport": "true"}))
        == "Allow"
    )
    assert (
        evaluate(policy, Request(get, "arn:aws:s3:::b/k", {"aws:SecureTransport": "false"}))
        == "Deny"
    )


def test_arn_like_checks_each_of_the_six_components():
    policy = allow(
        {
            "Action": "sqs:SendMessage",
            "Resource": "arn:aws:sqs:us-east-1:111122223333:queue1",
            "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:123456789012:topic-*"}},
        }
    )
    queue = "arn:aws:sqs:us-east-1:111122223333:queue1"

    def source(arn):
        return evaluate(policy, Request("sqs:SendMessage", queue, {"aws:SourceArn": arn}))

    assert source("arn:aws:sns:eu-west-1:123456789012:topic-a") == "Allow"
    assert source("arn:aws:sns:eu-west-1:999999999999:topic-a") == "ImplicitDeny"
    assert source("arn:aws:sqs:eu-west-1:123456789012:topic-a") == "ImplicitDeny"
    assert source("not-an-arn") == "ImplicitDeny"


def test_for_all_values_allows_only_listed_tag_keys_and_no_tags_at_all():
    policy = allow(
        {
            "Action": "ec2:CreateTags",
            "Resource": "*",
            "Condition": {
                "ForAllValues:StringEquals": {"aws:TagKeys": ["environment", "cost-center"]}
            },
        }
    )

    def tags(keys):
        context = {} if keys is None else {"aws:TagKeys": keys}
        return evaluate(policy, Request("ec2:CreateTags", "*", context))

    assert tags(["environment"]) == "Allow"
    assert tags(["environment", "cost-center"]) == "Allow"
    assert tags(["environment", "dept"]) == "ImplicitDeny"
    # The documented pitfall: no keys at all satisfies ForAllValues.
    assert tags(None) == "Allow"
    assert tags([]) == "Allow"


def test_for_any_value_needs_at_least_one_listed_key():
    policy = allow(
        {
            "Action": "ec2:CreateTags",
            "Resource": "*",
            "Condition": {
                "ForAnyValue:StringEquals": {"aws:TagKeys": ["environment", "cost-center"]}
            },
        }
    )

    def tags(keys):
        context = {} if keys is None else {"aws:TagKeys": keys}
        return evaluate(policy, Request("ec2:CreateTags", "*", context))

    assert tags(["dept", "environment"]) == "Allow"
    assert tags(["dept"]) == "ImplicitDeny"
    assert tags(None) == "ImplicitDeny"


def test_null_tests_whether_a_key_is_present():
    policy = allow(
        {
            "Action": "ec2:StopInstances",
            "Resource": "*",
            "Condition": {"Null": {"aws:ResourceTag/team": "false"}},
        }
    )
    stop = "ec2:StopInstances"
    assert evaluate(policy, Request(stop, "*", {"aws:ResourceTag/team": "ml"})) == "Allow"
    assert evaluate(policy, Request(stop, "*")) == "ImplicitDeny"
    absent = allow(
        {"Action": "sts:*", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": "true"}}}
    )
    assert evaluate(absent, Request("sts:GetCallerIdentity", "*")) == "Allow"
    assert (
        evaluate(absent, Request("sts:GetCallerIdentity", "*", {"aws:TokenIssueTime": "x"}))
        == "ImplicitDeny"
    )


def test_if_exists_lets_run_instances_reach_resources_without_the_key():
    # The EC2 example: instance types limited where the key exists (the instance),
    # the other resources of the same call (volume, image) have no instance type.
    policy = allow(
        {
            "Action": "ec2:RunInstances",
            "Resource": "*",
            "Condition": {"StringLikeIfExists": {"ec2:InstanceType": ["t1.*", "t2.*", "m3.*"]}},
        }
    )
    instance = "arn:aws:ec2:us-east-1:111122223333:instance/*"
    volume = "arn:aws:ec2:us-east-1:111122223333:volume/*"
    run = "ec2:RunInstances"
    assert evaluate(policy, Request(run, instance, {"ec2:InstanceType": "t2.micro"})) == "Allow"
    assert (
        evaluate(policy, Request(run, instance, {"ec2:InstanceType": "p5.48xlarge"}))
        == "ImplicitDeny"
    )
    assert evaluate(policy, Request(run, volume)) == "Allow"


def test_a_negated_operator_holds_when_the_key_is_missing():
    # The documented trap: a Deny on StringNotEquals with Resource "*" also denies the
    # resources of the call that lack the key (here the volume).
    policy = {
        "Statement": [
            {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"},
            {
                "Effect": "Deny",
                "Action": "ec2:RunInstances",
                "Resource": "*",
                "Condition": {"StringNotEquals": {"ec2:MetadataHttpTokens": "required"}},
            },
        ]
    }
    run = "ec2:RunInstances"
    instance = "arn:aws:ec2:us-east-1:111122223333:instance/*"
    assert (
        evaluate(policy, Request(run, instance, {"ec2:MetadataHttpTokens": "required"})) == "Allow"
    )
    assert (
        evaluate(policy, Request(run, instance, {"ec2:MetadataHttpTokens": "optional"})) == "Deny"
    )
    assert evaluate(policy, Request(run, "arn:aws:ec2:us-east-1:111122223333:volume/*")) == "Deny"


def test_several_keys_and_operators_must_all_hold_and_values_are_alternatives():
    policy = allow(
        {
            "Action": "ec2:RunInstances",
            "Resource": "arn:aws:ec2:*:*:volume/*",
            "Condition": {
                "StringEquals": {
                    "aws:RequestTag/app": "fastai-launcher",
                    "ec2:VolumeType": ["gp3", "gp2"],
                },
                "NumericLessThanEquals": {"ec2:VolumeSize": "1000"},
            },
        }
    )
    volume = "arn:aws:ec2:us-west-2:111122223333:volume/*"
    good = {
        "aws:RequestTag/app": "fastai-launcher",
        "ec2:VolumeType": "gp2",
        "ec2:VolumeSize": "75",
    }
    assert evaluate(policy, Request("ec2:RunInstances", volume, good)) == "Allow"
    for change in (
        {"ec2:VolumeSize": "5000"},
        {"ec2:VolumeType": "io2"},
        {"aws:RequestTag/app": "x"},
    ):
        assert (
            evaluate(policy, Request("ec2:RunInstances", volume, {**good, **change}))
            == "ImplicitDeny"
        )


@pytest.mark.parametrize(
    ("pattern", "resource", "matches"),
    [
        ("*", "arn:aws:ec2:us-west-2:111122223333:instance/i-1", True),
        ("arn:aws:s3:::amzn-s3-demo-bucket/*", "arn:aws:s3:::amzn-s3-demo-bucket/a/b:c", True),
        ("arn:aws:s3:::amzn-s3-demo-bucket/*", "arn:aws:s3:::amzn-s3-demo-bucket2/a", False),
        # A * that ends a segment may expand beyond the colons ...
        ("arn:aws:iam::*", "arn:aws:iam::111122223333:user/alice", True),
        ("arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-west-2:111122223333:instance/i-1", True),
        ("arn:aws:ec2:*:*:instance/*", "arn:aws:ec2:us-west-2:111122223333:volume/vol-1", False),
        # ... one inside a segment stays within it.
        ("arn:aws:ec2:us-*-1:*:instance/*", "arn:aws:ec2:us-east-1:1:instance/i-1", True),
        ("arn:aws:ec2:us-*-1:*:instance/*", "arn:aws:ec2:us-east:x-1:1:instance/i-1", False),
        ("arn:aws:ec2:us-west-?:*:instance/*", "arn:aws:ec2:us-west-2:1:instance/i-1", True),
        ("arn:aws:ec2:us-west-?:*:instance/*", "arn:aws:ec2:us-west-22:1:instance/i-1", False),
        (
            "arn:aws:ssm:*::parameter/aws/service/deeplearning/*",
            "arn:aws:ssm:us-west-2::parameter/aws/service/deeplearning/ami/x86_64/",
            True,
        ),
        (
            "arn:aws:ssm:*::parameter/aws/service/deeplearning/*",
            "arn:aws:ssm:us-west-2::parameter/aws/service/ami-amazon-linux-latest/",
            False,
        ),
        (
            "arn:aws:ssm:*::parameter/aws/service/deeplearning/*",
            "arn:aws:ssm:us-west-2:111122223333:parameter/aws/service/deeplearning/x",
            False,
        ),
        # Resources are case-sensitive.
        (
            "arn:aws:budgets::*:budget/fastai-launcher-monthly",
            "arn:aws:budgets::1:budget/FASTAI-LAUNCHER-MONTHLY",
            False,
        ),
    ],
)
def test_resource_wildcards(pattern, resource, matches):
    assert resource_matches(pattern, resource) is matches


def test_not_action_and_not_resource():
    policy = {
        "Statement": [
            {"Effect": "Allow", "NotAction": "iam:*", "Resource": "*"},
            {"Effect": "Deny", "Action": "ec2:*", "NotResource": "arn:aws:ec2:*:*:instance/*"},
        ]
    }
    assert evaluate(policy, Request("ec2:StopInstances", "arn:aws:ec2:r:1:instance/i-1")) == "Allow"
    assert evaluate(policy, Request("ec2:DeleteVolume", "arn:aws:ec2:r:1:volume/v-1")) == "Deny"
    assert evaluate(policy, Request("iam:CreateUser", "*")) == "ImplicitDeny"


def test_what_it_does_not_implement_fails_loudly():
    dated = allow(
        {
            "Action": "s3:*",
            "Resource": "*",
            "Condition": {"DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}},
        }
    )
    with pytest.raises(Unsupported):
        evaluate(dated, Request("s3:GetObject", "*", {"aws:CurrentTime": "2026-12-06T00:00:00Z"}))
    variable = allow({"Action": "s3:*", "Resource": "arn:aws:s3:::b/${aws:username}/*"})
    with pytest.raises(Unsupported):
        evaluate(variable, Request("s3:GetObject", "arn:aws:s3:::b/alice/x"))

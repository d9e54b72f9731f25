"""AWS errors become typed errors with a message and a next action, in English and Korean.

Codes moto cannot produce are injected with botocore's Stubber (a test double
of AWS's answer, not of our code); network failures are real ones.
"""

import ast
import json
import re
from pathlib import Path

import boto3
import botocore.exceptions
import pytest
from botocore.stub import Stubber
from PySide6.QtCore import QTranslator

from fastai_launcher.aws import catalogue
from fastai_launcher.aws.catalogue import (
    AccessDeniedError,
    QuotaError,
    ThrottledError,
    aws_code,
    sts_decoder,
    translate_aws_error,
)
from fastai_launcher.aws.clients import client_config
from fastai_launcher.core.errors import AwsError, CapacityError, CredentialsError, NetworkError
from fastai_launcher.core.resources import resource

EXPECTED = {
    "InsufficientInstanceCapacity": (CapacityError, "no free capacity"),
    "VcpuLimitExceeded": (QuotaError, "vCPU quota"),
    "InstanceLimitExceeded": (QuotaError, "may not run more instances"),
    "UnauthorizedOperation": (AccessDeniedError, "not allowed to do this (RunInstances)"),
    "AuthFailure": (CredentialsError, "did not accept these credentials"),
    "InvalidClientTokenId": (CredentialsError, "does not know this access key ID"),
    "SignatureDoesNotMatch": (CredentialsError, "clock is off"),
    "ExpiredToken": (CredentialsError, "have expired"),
    "OptInRequired": (AwsError, "cannot use EC2 in us-west-2 yet"),
    "InvalidKeyPair.Duplicate": (AwsError, "already exists in us-west-2"),
    "InvalidAMIID.NotFound": (AwsError, "Deep Learning AMI was not found in us-west-2"),
    "RequestLimitExceeded": (ThrottledError, "too many requests"),
    "Unsupported": (CapacityError, "not offered in this availability zone"),
    "IdempotentParameterMismatch": (AwsError, "same request token"),
}


def _ec2():
    return boto3.client(
        "ec2",
        region_name="us-west-2",
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    )


def _raised(client, method, code, message="AWS says no", **params):
    with Stubber(client) as stub:
        stub.add_client_error(method, service_error_code=code, service_message=message)
        with pytest.raises(botocore.exceptions.ClientError) as caught:
            getattr(client, method)(**params)
    return caught.value


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_each_catalogued_code_becomes_its_typed_error_with_a_next_action(code):
    error = _raised(_ec2(), "run_instances", code, ImageId="ami-1", MinCount=1, MaxCount=1)
    translated = translate_aws_error(error, region="us-west-2")
    kind, phrase = EXPECTED[code]
    assert type(translated) is kind
    assert phrase in str(translated)
    assert translated.next_action.render()
    assert translated.message.context == "AwsErrors"
    assert aws_code(translated) == code


def test_every_catalogue_text_is_marked_for_translation_under_its_context():
    # lupdate extracts only literal QT_TRANSLATE_NOOP("AwsErrors", "...") calls;
    # the Korean for each is then checked by tests/test_translations.py.
    tree = ast.parse(Path(catalogue.__file__).read_text(encoding="utf-8"))
    marked = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
        and node.args[0].value == "AwsErrors"
    }
    for entry in catalogue.CATALOGUE.values():
        assert entry.message in marked
        assert entry.next_action in marked


HANGUL = re.compile(r"[\uac00-\ud7a3]")


@pytest.fixture(scope="module")
def korean() -> QTranslator:
    """The Korean the app ships: the compiled .qm file the UI installs."""
    translator = QTranslator()
    assert translator.load("fastai_launcher_ko", str(resource("i18n")))
    return translator


@pytest.mark.parametrize("code", sorted(catalogue.CATALOGUE))
def test_each_catalogued_error_reads_in_korean_too(korean, code):
    error = _raised(_ec2(), "run_instances", code, ImageId="ami-1", MinCount=1, MaxCount=1)
    translated = translate_aws_error(error, region="us-west-2")
    for part in (translated.message, translated.next_action):
        english = part.render()
        in_korean = part.render(korean.translate)
        assert HANGUL.search(in_korean), f"{code}: no Korean for {english!r}"
        assert in_korean != english
        if "us-west-2" in english:  # the placeholders survive the translation
            assert "us-west-2" in in_korean


def test_an_unknown_code_keeps_aws_message_and_operation():
    error = _raised(_ec2(), "describe_vpcs", "Weird.Thing", "it broke")
    translated = translate_aws_error(error)
    assert type(translated) is AwsError
    assert str(translated) == "AWS refused DescribeVpcs: Weird.Thing: it broke"


def test_other_services_spellings_map_to_the_same_entries():
    quotas = boto3.client("service-quotas", region_name="us-west-2")
    error = _raised(
        quotas, "get_service_quota", "TooManyRequestsException", ServiceCode="ec2", QuotaCode="L-1"
    )
    translated = translate_aws_error(error)
    assert isinstance(translated, ThrottledError)
    assert translated.retryable


def test_unauthorized_operation_says_what_was_refused_when_it_can_be_decoded():
    ec2 = _ec2()
    error = _raised(
        ec2,
        "run_instances",
        "UnauthorizedOperation",
        "You are not authorized to perform this operation. "
        "Encoded authorization failure message: QUJDREVGRw",
        ImageId="ami-1",
        MinCount=1,
        MaxCount=1,
    )
    sts = boto3.client("sts", region_name="us-west-2")
    decoded = {
        "allowed": False,
        "context": {
            "action": "ec2:RunInstances",
            "resource": "arn:aws:ec2:us-west-2:123456789012:instance/*",
        },
    }
    with Stubber(sts) as stub:
        stub.add_response(
            "decode_authorization_message",
            {"DecodedMessage": json.dumps(decoded)},
            {"EncodedMessage": "QUJDREVGRw"},
        )
        translated = translate_aws_error(error, decode=sts_decoder(sts))
    assert isinstance(translated, AccessDeniedError)
    assert str(translated) == (
        "AWS refused the action ec2:RunInstances on arn:aws:ec2:us-west-2:123456789012:instance/*."
    )


def test_unauthorized_operation_falls_back_when_decoding_is_refused_too():
    error = _raised(
        _ec2(),
        "stop_instances",
        "UnauthorizedOperation",
        "Encoded authorization failure message: QUJD",
        InstanceIds=["i-1"],
    )
    sts = boto3.client("sts", region_name="us-west-2")
    with Stubber(sts) as stub:
        stub.add_client_error("decode_authorization_message", "AccessDenied")
        translated = translate_aws_error(error, decode=sts_decoder(sts))
    assert str(translated) == "Your AWS user is not allowed to do this (StopInstances)."


def test_an_unreachable_endpoint_is_a_network_error():
    ec2 = boto3.client(
        "ec2",
        region_name="us-west-2",
        endpoint_url="http://127.0.0.1:9",  # discard port: nothing listens
        aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        config=client_config(max_attempts=1, connect_timeout=2),
    )
    with pytest.raises(botocore.exceptions.EndpointConnectionError) as caught:
        ec2.describe_instances()
    translated = translate_aws_error(caught.value)
    assert isinstance(translated, NetworkError)
    assert "AWS cannot be reached (http://127.0.0.1:9" in str(translated)
    assert translated.retryable


def test_a_connect_timeout_is_a_network_error():
    timeout = botocore.exceptions.ConnectTimeoutError(
        endpoint_url="https://ec2.us-west-2.amazonaws.com"
    )
    assert isinstance(translate_aws_error(timeout), NetworkError)


def test_no_credentials_is_a_credentials_error():
    assert isinstance(
        translate_aws_error(botocore.exceptions.NoCredentialsError()), CredentialsError
    )

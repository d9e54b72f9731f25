"""The GPU quota step against the test world's Service Quotas."""

import boto3
import pytest

from fastai_launcher.aws.quotas import (
    check_quota,
    quota_code,
    request_quota_increase,
    request_status,
)
from fastai_launcher.core.errors import InputError


def _client(aws_world):
    return boto3.Session(region_name=aws_world.region).client("service-quotas")


def test_families_map_to_their_quota_codes():
    assert quota_code("g4dn.xlarge") == "L-DB2E81BA"
    assert quota_code("g6e.xlarge") == "L-DB2E81BA"
    assert quota_code("vt1.3xlarge") == "L-DB2E81BA"
    assert quota_code("p3.2xlarge") == "L-417A185B"
    assert quota_code("g5.xlarge", spot=True) == "L-3819A6DF"
    assert quota_code("p2.xlarge", spot=True) == "L-7212CCBC"
    with pytest.raises(InputError):
        quota_code("t3.micro")


def test_a_new_account_lacks_the_four_vcpus_an_xlarge_needs(aws_world):
    status = check_quota(_client(aws_world), "g4dn.xlarge", 4)
    assert (status.code, status.value, status.needed, status.enough) == (
        "L-DB2E81BA",
        0.0,
        4,
        False,
    )
    assert status.name == "Running On-Demand G and VT instances"
    assert status.open_request is None
    aws_world.set_quota("L-DB2E81BA", 8)
    assert check_quota(_client(aws_world), "g4dn.xlarge", 4).enough


def test_an_increase_is_requested_once_and_followed_to_approval(aws_world):
    client = _client(aws_world)
    status = check_quota(client, "g4dn.xlarge", 4)
    request = request_quota_increase(client, status)
    assert (request.status, request.desired, request.code) == ("PENDING", 4.0, "L-DB2E81BA")
    assert "has not decided yet" in str(request.describe())
    # Asking again while it is open returns the same request, and AWS has one request.
    again = request_quota_increase(client, check_quota(client, "g4dn.xlarge", 4))
    assert again.id == request.id
    assert len(aws_world.quota_requests()) == 1
    assert check_quota(client, "g4dn.xlarge", 4).open_request.id == request.id

    aws_world.set_request_status(request.id, "CASE_OPENED")
    opened = request_status(client, request.id)
    assert opened.is_open and opened.case_id in str(opened.describe())
    aws_world.set_request_status(request.id, "APPROVED")
    approved = request_status(client, request.id)
    assert approved.approved and not approved.is_open
    assert check_quota(client, "g4dn.xlarge", 4).enough


@pytest.mark.parametrize("final", ["DENIED", "NOT_APPROVED", "CASE_CLOSED"])
def test_a_refused_request_says_so_and_a_new_one_may_be_made(aws_world, final):
    client = _client(aws_world)
    first = request_quota_increase(client, check_quota(client, "p3.2xlarge", 8))
    aws_world.set_request_status(first.id, final)
    refused = request_status(client, first.id)
    assert refused.refused
    assert f"did not approve the request ({final})" in str(refused.describe())
    second = request_quota_increase(client, check_quota(client, "p3.2xlarge", 8))
    assert second.id != first.id and second.desired == 8.0

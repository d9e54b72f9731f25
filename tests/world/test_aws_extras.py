"""What the test world adds to moto answers as AWS does: botocore parses every
answer against its service model, so a wrong shape or error code fails here."""

import json

import botocore.exceptions
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from tests.world.aws import DLAMI_IMAGES, cloud_init_console_text

PREFIX = "/aws/service/deeplearning/ami/x86_64/"


def _all_parameters(ssm, path):
    pages = ssm.get_paginator("get_parameters_by_path").paginate(Path=path, Recursive=True)
    return [p for page in pages for p in page["Parameters"]]


def test_dlami_parameters_are_listed_by_path_and_point_at_the_dlami_images(aws_world):
    ssm = aws_world.client("ssm")
    parameters = _all_parameters(ssm, PREFIX)
    by_name = {p["Name"]: p for p in parameters}
    pytorch_28 = PREFIX + "oss-nvidia-driver-gpu-pytorch-2.8-ubuntu-24.04/latest/ami-id"
    assert by_name[pytorch_28]["Value"] == DLAMI_IMAGES[1]["ami_id"]
    assert by_name[pytorch_28]["DataType"] == "aws:ec2:image"
    assert {p["Value"] for p in parameters} == {image["ami_id"] for image in DLAMI_IMAGES}
    ec2 = aws_world.client("ec2")
    images = ec2.describe_images(ImageIds=[p["Value"] for p in parameters])["Images"]
    assert len(images) == len(DLAMI_IMAGES)


def test_dlami_parameters_exist_in_other_regions_and_not_outside_their_path(aws_world):
    seoul = aws_world.client("ssm", region="ap-northeast-2")
    assert len(_all_parameters(seoul, PREFIX)) == 3
    assert _all_parameters(seoul, "/aws/service/deeplearning/ami/arm64/") == []


def test_a_new_account_has_no_gpu_quota(aws_world):
    quotas = aws_world.client("service-quotas")
    quota = quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-DB2E81BA")["Quota"]
    assert quota["Value"] == 0.0
    assert quota["QuotaName"] == "Running On-Demand G and VT instances"
    assert quota["QuotaArn"].endswith(":ec2/L-DB2E81BA")
    aws_world.set_quota("L-417A185B", 8)
    assert (
        quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-417A185B")["Quota"]["Value"] == 8
    )


def test_an_unknown_quota_code_is_no_such_resource(aws_world):
    quotas = aws_world.client("service-quotas")
    with pytest.raises(quotas.exceptions.NoSuchResourceException):
        quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-00000000")


def test_a_quota_request_goes_pending_then_approved_and_raises_the_quota(aws_world):
    quotas = aws_world.client("service-quotas")
    request = quotas.request_service_quota_increase(
        ServiceCode="ec2", QuotaCode="L-DB2E81BA", DesiredValue=4
    )["RequestedQuota"]
    assert request["Status"] == "PENDING"
    assert request["DesiredValue"] == 4.0
    aws_world.set_request_status(request["Id"], "CASE_OPENED")
    opened = quotas.get_requested_service_quota_change(RequestId=request["Id"])["RequestedQuota"]
    assert opened["Status"] == "CASE_OPENED"
    assert opened["CaseId"]
    aws_world.set_request_status(request["Id"], "APPROVED")
    quota = quotas.get_service_quota(ServiceCode="ec2", QuotaCode="L-DB2E81BA")["Quota"]
    assert quota["Value"] == 4.0


def test_a_second_open_request_for_the_same_quota_is_refused(aws_world):
    quotas = aws_world.client("service-quotas")
    quotas.request_service_quota_increase(ServiceCode="ec2", QuotaCode="L-DB2E81BA", DesiredValue=4)
    with pytest.raises(quotas.exceptions.ResourceAlreadyExistsException):
        quotas.request_service_quota_increase(
            ServiceCode="ec2", QuotaCode="L-DB2E81BA", DesiredValue=8
        )


def test_quota_history_lists_requests_by_quota_and_status(aws_world):
    quotas = aws_world.client("service-quotas")
    g = quotas.request_service_quota_increase(
        ServiceCode="ec2", QuotaCode="L-DB2E81BA", DesiredValue=4
    )["RequestedQuota"]
    quotas.request_service_quota_increase(ServiceCode="ec2", QuotaCode="L-3819A6DF", DesiredValue=4)
    aws_world.set_request_status(g["Id"], "DENIED")
    history = quotas.list_requested_service_quota_change_history(ServiceCode="ec2")
    assert len(history["RequestedQuotas"]) == 2
    by_quota = quotas.list_requested_service_quota_change_history_by_quota(
        ServiceCode="ec2", QuotaCode="L-DB2E81BA"
    )["RequestedQuotas"]
    assert [(r["Id"], r["Status"]) for r in by_quota] == [(g["Id"], "DENIED")]
    pending = quotas.list_requested_service_quota_change_history(
        ServiceCode="ec2", Status="PENDING"
    )["RequestedQuotas"]
    assert [r["QuotaCode"] for r in pending] == ["L-3819A6DF"]


def test_quotas_are_per_region_and_reset_between_tests(aws_world):
    aws_world.set_quota("L-DB2E81BA", 4, region="eu-west-1")
    here = aws_world.client("service-quotas").get_service_quota(
        ServiceCode="ec2", QuotaCode="L-DB2E81BA"
    )
    assert here["Quota"]["Value"] == 0.0
    assert aws_world.quota_requests() == []


def _host_key_lines():
    lines = []
    for key in (
        ed25519.Ed25519PrivateKey.generate(),
        ec.generate_private_key(ec.SECP256R1()),
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
    ):
        public = key.public_key().public_bytes(
            serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
        )
        lines.append(public.decode())
    return lines


def _launch(aws_world):
    ec2 = aws_world.client("ec2")
    run = ec2.run_instances(
        ImageId=DLAMI_IMAGES[1]["ami_id"], InstanceType="g4dn.xlarge", MinCount=1, MaxCount=1
    )
    return ec2, run["Instances"][0]["InstanceId"]


def test_console_output_has_no_host_keys_until_the_world_sets_them(aws_world):
    ec2, instance_id = _launch(aws_world)
    early = ec2.get_console_output(InstanceId=instance_id)["Output"]
    assert "SSH HOST KEY" not in early
    lines = _host_key_lines()
    aws_world.set_console_output(instance_id, cloud_init_console_text(lines))
    output = ec2.get_console_output(InstanceId=instance_id)["Output"]
    block = output.split("-----BEGIN SSH HOST KEY KEYS-----\n")[1].split("\n-----END")[0]
    assert [line.split()[:2] for line in block.splitlines()] == [line.split()[:2] for line in lines]
    assert "(ED25519)" in output
    assert "2048 SHA256:" in output


def test_console_output_of_an_unknown_instance_is_an_aws_error(aws_world):
    ec2 = aws_world.client("ec2")
    aws_world.set_console_output("i-0123456789abcdef0", "text")
    with pytest.raises(botocore.exceptions.ClientError) as caught:
        ec2.get_console_output(InstanceId="i-0123456789abcdef0")
    assert caught.value.response["Error"]["Code"] == "InvalidInstanceID.NotFound"


# The Pricing API is a test double (tests/world/aws_pricing.py): no real one runs here.

ON_DEMAND_LINUX = [
    {"Type": "TERM_MATCH", "Field": "operatingSystem", "Value": "Linux"},
    {"Type": "TERM_MATCH", "Field": "tenancy", "Value": "Shared"},
    {"Type": "TERM_MATCH", "Field": "preInstalledSw", "Value": "NA"},
    {"Type": "TERM_MATCH", "Field": "capacitystatus", "Value": "Used"},
    {"Type": "TERM_MATCH", "Field": "marketoption", "Value": "OnDemand"},
]


def _hourly(product):
    (term,) = product["terms"]["OnDemand"].values()
    (dimension,) = term["priceDimensions"].values()
    return float(dimension["pricePerUnit"]["USD"])


def test_pricing_answers_one_product_for_the_design_filters(aws_world):
    pricing = aws_world.client("pricing", region="us-east-1")
    answer = pricing.get_products(
        ServiceCode="AmazonEC2",
        Filters=[
            {"Type": "TERM_MATCH", "Field": "instanceType", "Value": "g4dn.xlarge"},
            {"Type": "TERM_MATCH", "Field": "regionCode", "Value": "us-east-1"},
            *ON_DEMAND_LINUX,
        ],
    )
    assert answer["FormatVersion"] == "aws_v1"
    (product,) = [json.loads(item) for item in answer["PriceList"]]
    assert product["product"]["attributes"]["instanceType"] == "g4dn.xlarge"
    assert _hourly(product) == pytest.approx(0.526)
    assert aws_world.pricing_calls[-1][:2] == ("us-east-1", "GetProducts")


def test_pricing_without_the_os_filter_returns_several_products_and_pages(aws_world):
    pricing = aws_world.client("pricing", region="us-east-1")
    filters = [{"Type": "TERM_MATCH", "Field": "instanceType", "Value": "g4dn.xlarge"}]
    first = pricing.get_products(ServiceCode="AmazonEC2", Filters=filters, MaxResults=2)
    assert len(first["PriceList"]) == 2
    assert first["NextToken"]
    pages = pricing.get_paginator("get_products").paginate(ServiceCode="AmazonEC2", Filters=filters)
    everything = [json.loads(p) for page in pages for p in page["PriceList"]]
    operating_systems = {p["product"]["attributes"]["operatingSystem"] for p in everything}
    assert operating_systems == {"Linux", "Windows"}


def test_pricing_serves_a_price_the_test_sets_and_nothing_for_an_unknown_type(aws_world):
    pricing = aws_world.client("pricing", region="us-east-1")
    aws_world.set_price("g5.xlarge", 2.5)
    filters = [
        {"Type": "TERM_MATCH", "Field": "instanceType", "Value": "g5.xlarge"},
        {"Type": "TERM_MATCH", "Field": "regionCode", "Value": aws_world.region},
        *ON_DEMAND_LINUX,
    ]
    (product,) = pricing.get_products(ServiceCode="AmazonEC2", Filters=filters)["PriceList"]
    assert _hourly(json.loads(product)) == 2.5
    filters[0]["Value"] = "x9.huge"
    assert pricing.get_products(ServiceCode="AmazonEC2", Filters=filters)["PriceList"] == []


def test_pricing_rejects_a_bad_filter_type_as_aws_does(aws_world):
    pricing = aws_world.client("pricing", region="us-east-1")
    with pytest.raises(pricing.exceptions.InvalidParameterException):
        pricing.get_products(
            ServiceCode="AmazonEC2", Filters=[{"Type": "FUZZY", "Field": "x", "Value": "y"}]
        )


def test_moto_services_still_answer_behind_the_pricing_double(aws_world):
    sts = aws_world.client("sts")
    assert sts.get_caller_identity()["Account"] == "123456789012"

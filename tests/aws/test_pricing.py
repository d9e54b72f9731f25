"""Instance types and prices, against the test world.  The Pricing API here is
the world's test double (tests/world/aws_pricing.py): no real one runs offline."""

from datetime import date, timedelta

import boto3
import pytest

from fastai_launcher.aws.clients import client_config
from fastai_launcher.aws.instance_types import GUIDE_TYPE, default_type, gpu_types
from fastai_launcher.aws.pricing import bundled_quote, pricing_client, quote, source_label

TODAY = date(2026, 11, 20)


def test_bundled_quote_is_the_shipped_table_labelled_with_its_date():
    price = bundled_quote("us-east-1", "g4dn.xlarge", 75)
    assert price.hourly_usd == pytest.approx(0.526)
    assert price.source == "bundled"
    assert price.as_of == date(2026, 11, 1)
    assert price.stopped_monthly_usd == pytest.approx(75 * 0.08)
    assert price.ipv4_hourly_usd == pytest.approx(0.005)
    assert "shipped with the app, as of 2026-11-01" in str(source_label(price))


def test_bundled_table_covers_the_main_regions_and_student_types():
    for region in ("us-east-1", "us-west-2", "ap-northeast-2", "eu-west-1"):
        for itype in (
            "g4dn.xlarge",
            "g4dn.2xlarge",
            "g5.xlarge",
            "g6.xlarge",
            "p2.xlarge",
            "p3.2xlarge",
        ):
            assert bundled_quote(region, itype, 50) is not None, (region, itype)
    assert bundled_quote("us-east-1", "x9.huge", 50) is None


def test_quote_asks_the_pricing_api_in_us_east_1_and_saves_the_answer(aws_world, app_paths):
    aws_world.set_price("g4dn.xlarge", 0.611, region="ap-northeast-2")
    client = pricing_client(boto3.Session(region_name="ap-northeast-2"))
    price = quote(client, "ap-northeast-2", "g4dn.xlarge", 75, app_paths.cache, TODAY)
    assert (price.hourly_usd, price.source, price.as_of) == (0.611, "aws", TODAY)
    assert price.ebs_gb_month_usd == pytest.approx(0.0912)
    region, operation, request = aws_world.pricing_calls[-1]
    assert (region, operation) == ("us-east-1", "GetProducts")
    fields = {f["Field"]: f["Value"] for f in request["Filters"]}
    assert fields == {
        "instanceType": "g4dn.xlarge",
        "regionCode": "ap-northeast-2",
        "operatingSystem": "Linux",
        "tenancy": "Shared",
        "preInstalledSw": "NA",
        "capacitystatus": "Used",
        "marketoption": "OnDemand",
    }
    # Within a week the saved answer is used without asking again.
    calls = len(aws_world.pricing_calls)
    again = quote(
        client, "ap-northeast-2", "g4dn.xlarge", 75, app_paths.cache, TODAY + timedelta(days=3)
    )
    assert (again.hourly_usd, again.source, again.as_of) == (0.611, "cache", TODAY)
    assert len(aws_world.pricing_calls) == calls


def test_an_old_saved_price_is_used_when_the_pricing_api_cannot_be_reached(
    aws_world, app_paths, monkeypatch
):
    client = pricing_client(boto3.Session(region_name="us-west-2"))
    aws_world.set_price("g5.xlarge", 1.5)
    quote(client, "us-west-2", "g5.xlarge", 50, app_paths.cache, TODAY)
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # nothing listens there
    offline = boto3.Session(region_name="us-west-2").client(
        "pricing",
        region_name="us-east-1",
        config=client_config(max_attempts=1, connect_timeout=2),
    )
    later = TODAY + timedelta(days=30)
    price = quote(offline, "us-west-2", "g5.xlarge", 50, app_paths.cache, later)
    assert (price.hourly_usd, price.source, price.as_of) == (1.5, "cache", TODAY)
    assert "saved on 2026-11-20" in str(source_label(price))
    # Nothing saved for this type: the bundled table answers.
    fallback = quote(offline, "us-west-2", "g4dn.xlarge", 50, app_paths.cache, later)
    assert (fallback.hourly_usd, fallback.source) == (0.526, "bundled")


def test_a_type_the_price_list_does_not_know_falls_back_to_the_table(aws_world, app_paths):
    aws_world.set_price("g6.xlarge", None)
    client = pricing_client(boto3.Session(region_name="us-west-2"))
    price = quote(client, "us-west-2", "g6.xlarge", 50, app_paths.cache, TODAY)
    assert price.source == "bundled"


def test_gpu_types_offered_in_the_region_with_their_gpu_and_the_guides_type_listed(aws_world):
    types = gpu_types(aws_world_ec2(aws_world))
    by_name = {t.name: t for t in types}
    t4 = by_name["g4dn.xlarge"]
    assert (t4.gpu_model, t4.gpu_count, t4.gpu_memory_gib, t4.vcpus, t4.memory_gib) == (
        "T4",
        1,
        16.0,
        4,
        16.0,
    )
    assert by_name["g6.xlarge"].gpu_model == "L4"
    guide = by_name[GUIDE_TYPE]
    assert guide.retired and guide.needs_confirmation
    assert not guide.launchable  # the world's region no longer offers it
    assert "K80" in str(guide.note)
    assert default_type(types).name == "g4dn.xlarge"
    assert not by_name["g4dn.xlarge"].needs_confirmation


def test_a_region_without_g6_does_not_list_it(aws_world):
    names = [t.name for t in gpu_types(aws_world_ec2(aws_world, "eu-west-1"))]
    assert "g6.xlarge" not in names
    assert names[0] == "g4dn.xlarge"


def aws_world_ec2(aws_world, region=None):
    return boto3.Session(region_name=region or aws_world.region).client("ec2")

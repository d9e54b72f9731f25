"""Regions: names, default and console link."""

import boto3

from fastai_launcher.aws.regions import default_region, list_regions, region_name


def test_the_enabled_regions_are_listed_with_names_seoul_and_oregon_first(aws_world):
    regions = list_regions(boto3.Session(region_name="us-west-2").client("ec2"))
    assert [r.code for r in regions[:2]] == ["ap-northeast-2", "us-west-2"]
    names = {r.code: str(r.name) for r in regions}
    assert names["ap-northeast-2"] == "Asia Pacific (Seoul)"
    assert names["eu-west-1"] == "Europe (Ireland)"
    assert regions[0].name.context == "Regions"
    assert len(regions) > 10


def test_an_unknown_region_is_shown_by_its_code():
    assert str(region_name("xx-moon-1")) == "xx-moon-1"


def test_default_region_is_the_profiles_then_seoul_for_korean_then_oregon():
    assert default_region("eu-west-1", "ko_KR.UTF-8") == "eu-west-1"
    assert default_region(None, "ko_KR.UTF-8") == "ap-northeast-2"
    assert default_region(None, "ko") == "ap-northeast-2"
    assert default_region(None, "en_US.UTF-8") == "us-west-2"
    assert default_region("", "C") == "us-west-2"

"""The security group on the moto server: SSH from the caller's address, nothing else."""

import http.server
import threading

import pytest
from botocore.stub import Stubber

from fastai_launcher.aws.network import (
    GROUP_NAME,
    ensure_security_group,
    fetch_checkip,
    open_ssh_for_this_computer,
    public_ip,
)
from fastai_launcher.core.errors import AwsError, NetworkError
from tests.world.app_clients import app_client


def answer(body):
    """What checkip.amazonaws.com would say; there is no internet here."""
    return lambda: body


def the_group(ec2):
    groups = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": [GROUP_NAME]}])[
        "SecurityGroups"
    ]
    assert len(groups) == 1
    return groups[0]


def inbound(ec2):
    return [
        (
            p["IpProtocol"],
            p.get("FromPort"),
            p.get("ToPort"),
            [r["CidrIp"] for r in p.get("IpRanges", [])]
            + [r["CidrIpv6"] for r in p.get("Ipv6Ranges", [])],
        )
        for p in the_group(ec2)["IpPermissions"]
    ]


def test_the_group_has_exactly_one_inbound_rule_ssh_from_the_callers_address(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    group_id, cidr = open_ssh_for_this_computer(ec2, answer("203.0.113.7\n"))

    assert cidr == "203.0.113.7/32"
    group = the_group(ec2)
    assert group["GroupId"] == group_id
    default_vpc = ec2.describe_vpcs(Filters=[{"Name": "is-default", "Values": ["true"]}])
    assert group["VpcId"] == default_vpc["Vpcs"][0]["VpcId"]
    assert {t["Key"]: t["Value"] for t in group.get("Tags", [])} == {"app": "fastai-launcher"}
    assert inbound(ec2) == [("tcp", 22, 22, ["203.0.113.7/32"])]


def test_a_new_address_replaces_the_old_one(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    first, _ = open_ssh_for_this_computer(ec2, answer("203.0.113.7"))
    second, cidr = open_ssh_for_this_computer(ec2, answer("198.51.100.23"))
    assert second == first
    assert cidr == "198.51.100.23/32"
    assert inbound(ec2) == [("tcp", 22, 22, ["198.51.100.23/32"])]


def test_the_same_address_again_changes_nothing(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    open_ssh_for_this_computer(ec2, answer("203.0.113.7"))
    open_ssh_for_this_computer(ec2, answer("203.0.113.7"))
    assert inbound(ec2) == [("tcp", 22, 22, ["203.0.113.7/32"])]


def test_a_port_opened_by_hand_is_closed_again(aws_world):
    # The guide's readers sometimes open Jupyter's 8888 to the world; we reach it by tunnel.
    ec2 = app_client("ec2", aws_world.region)
    group_id = ensure_security_group(ec2)
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 8888,
                "ToPort": 8888,
                "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
            },
            {
                "IpProtocol": "tcp",
                "FromPort": 22,
                "ToPort": 22,
                "IpRanges": [{"CidrIp": "0.0.0.0/0"}],
            },
        ],
    )
    open_ssh_for_this_computer(ec2, answer("203.0.113.7"))
    assert inbound(ec2) == [("tcp", 22, 22, ["203.0.113.7/32"])]


def test_an_ipv6_address_is_allowed_as_a_single_address(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    _, cidr = open_ssh_for_this_computer(ec2, answer("2001:db8::42"))
    assert cidr == "2001:db8::42/128"
    assert inbound(ec2) == [("tcp", 22, 22, ["2001:db8::42/128"])]


@pytest.mark.parametrize(
    "body", ["<html>Sign in to Cafe WiFi</html>", "", "203.0.113.7/24", "999.1.1.1"]
)
def test_an_answer_that_is_not_an_address_opens_nothing(aws_world, body):
    ec2 = app_client("ec2", aws_world.region)
    with pytest.raises(NetworkError) as raised:
        open_ssh_for_this_computer(ec2, answer(body))
    assert "not an IP address" in str(raised.value)
    groups = ec2.describe_security_groups(Filters=[{"Name": "group-name", "Values": [GROUP_NAME]}])
    assert groups["SecurityGroups"] == []


def test_a_region_without_a_default_vpc_says_how_to_make_one(aws_world):
    # moto always has a default VPC; AWS answers an empty list when it was deleted (Stubber).
    ec2 = app_client("ec2", aws_world.region)
    with Stubber(ec2) as stub:
        stub.add_response("describe_vpcs", {"Vpcs": []})
        with pytest.raises(AwsError) as raised:
            ensure_security_group(ec2)
    assert "Create default VPC" in raised.value.next_action.render()


class _CheckIp(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"192.0.2.10\n")

    def log_message(self, *args):
        pass


def test_the_address_is_fetched_over_http():
    # A local HTTP server plays checkip.amazonaws.com.
    server = http.server.HTTPServer(("127.0.0.1", 0), _CheckIp)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/"
        assert str(public_ip(lambda: fetch_checkip(url, timeout=5))) == "192.0.2.10"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_no_network_is_a_network_error():
    with pytest.raises(NetworkError) as raised:
        # A port nobody listens on: the connection is refused at once.
        probe = http.server.HTTPServer(("127.0.0.1", 0), _CheckIp)
        port = probe.server_port
        probe.server_close()
        fetch_checkip(f"http://127.0.0.1:{port}/", timeout=5)
    assert "public internet address" in str(raised.value)


class _Proxy(http.server.BaseHTTPRequestHandler):
    """A web proxy: every request through it reaches the internet from its own address."""

    def do_GET(self):
        body = b"203.0.113.9\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def servers():
    started = []

    def serve(handler):
        server = http.server.HTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        started.append((server, thread))
        return f"http://127.0.0.1:{server.server_port}/"

    yield serve
    for server, thread in started:
        server.shutdown()
        server.server_close()
        thread.join()


def test_behind_a_proxy_the_direct_address_is_allowed_and_the_difference_said(servers, monkeypatch):
    checkip, proxy = servers(_CheckIp), servers(_Proxy)
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("http_proxy", proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    said = []
    assert fetch_checkip(checkip, timeout=5, on_notice=said.append) == "192.0.2.10"
    [notice] = said
    assert "203.0.113.9" in str(notice) and "192.0.2.10" in str(notice)


def test_a_network_that_only_reaches_out_through_a_proxy_says_ssh_needs_a_direct_way(
    servers, monkeypatch
):
    proxy = servers(_Proxy)
    probe = http.server.HTTPServer(("127.0.0.1", 0), _CheckIp)
    unreachable = f"http://127.0.0.1:{probe.server_port}/"
    probe.server_close()  # nobody listens: only the proxy answers
    monkeypatch.setenv("HTTP_PROXY", proxy)
    monkeypatch.setenv("http_proxy", proxy)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(NetworkError) as raised:
        fetch_checkip(unreachable, timeout=5)
    assert "only through a web proxy (127.0.0.1)" in str(raised.value)
    assert "hotspot" in raised.value.next_action.render()

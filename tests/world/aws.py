"""AWS in the test world: moto's HTTP server on 127.0.0.1, reached by boto3
through `AWS_ENDPOINT_URL`, so the app runs with no test-only code path.

moto reads `MOTO_AMIS_PATH` and the instance-type validation switch when it is
first imported, so both are set here before any moto import.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

DLAMI_OWNER = "898082745236"  # the account Amazon publishes Deep Learning AMIs from

# Deep Learning AMIs as moto's AMI loader wants them: an older and a newer
# PyTorch GPU image, and a base image that is not a PyTorch one.
DLAMI_IMAGES: list[dict[str, Any]] = [
    {
        "ami_id": "ami-0a1b7c93e5d24f680",
        "name": "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.6 (Ubuntu 22.04) 20250301",
        "description": "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.6 (Ubuntu 22.04)",
        "creation_date": "2025-03-01T10:00:00.000Z",
    },
    {
        "ami_id": "ami-0f3e8c9b2d7a61405",
        "name": "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.8 (Ubuntu 24.04) 20251101",
        "description": "Deep Learning OSS Nvidia Driver AMI GPU PyTorch 2.8 (Ubuntu 24.04)",
        "creation_date": "2025-11-01T10:00:00.000Z",
    },
    {
        "ami_id": "ami-07d4b1c9e2a3f5068",
        "name": "Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 24.04) 20251101",
        "description": "Deep Learning Base OSS Nvidia Driver GPU AMI (Ubuntu 24.04)",
        "creation_date": "2025-11-02T10:00:00.000Z",
    },
]


def _ami_file() -> str:
    images = [
        {
            "state": "available",
            "public": True,
            "owner_id": DLAMI_OWNER,
            "image_location": "amazon/" + image["name"],
            "sriov": "simple",
            "root_device_type": "ebs",
            "root_device_name": "/dev/sda1",
            "image_type": "machine",
            "platform": None,
            "architecture": "x86_64",
            "virtualization_type": "hvm",
            "hypervisor": "xen",
            **image,
        }
        for image in DLAMI_IMAGES
    ]
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the process
        "w", prefix="moto-amis-", suffix=".json", delete=False
    )
    with handle:
        json.dump(images, handle)
    return handle.name


os.environ.setdefault("MOTO_AMIS_PATH", _ami_file())
os.environ["MOTO_EC2_ENABLE_INSTANCE_TYPE_VALIDATION"] = "true"

import boto3  # noqa: E402
import requests  # noqa: E402
from moto.moto_server.werkzeug_app import (  # noqa: E402
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from moto.server import ThreadedMotoServer  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from tests.world import (  # noqa: E402
    aws_boot,
    aws_budgets,  # noqa: F401 - moto's Budgets with the subscribers call it lacks
    aws_console,
    aws_pricing,
    aws_quotas,
    aws_ssm,
    aws_sso,
)
from tests.world.aws_console import cloud_init_console_text  # noqa: E402
from tests.world.aws_record import unrecorded  # noqa: E402

aws_quotas.install()
aws_ssm.install(DLAMI_IMAGES)
aws_console.install()
aws_boot.install()

__all__ = ["DLAMI_IMAGES", "AwsWorld", "cloud_init_console_text", "write_profile"]

TEST_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
TEST_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DEFAULT_REGION = "us-west-2"


@dataclass
class AwsWorld:
    """A running moto server and the environment that points boto3 at it."""

    endpoint: str
    region: str = DEFAULT_REGION
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        """What a process needs in its environment to use this world."""
        return {
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": TEST_ACCESS_KEY_ID,
            "AWS_SECRET_ACCESS_KEY": TEST_SECRET_ACCESS_KEY,
            "AWS_DEFAULT_REGION": self.region,
            "AWS_EC2_METADATA_DISABLED": "true",
        }

    def client(self, service: str, region: str | None = None) -> Any:
        """A boto3 client for inspecting or arranging the world from a test.

        Its calls are not recorded for the IAM policy check: they are the
        test's, not the app's.
        """
        return unrecorded(
            boto3.client(
                service,
                region_name=region or self.region,
                endpoint_url=self.endpoint,
                aws_access_key_id=TEST_ACCESS_KEY_ID,
                aws_secret_access_key=TEST_SECRET_ACCESS_KEY,
            )
        )

    def reset(self) -> None:
        requests.post(f"{self.endpoint}/moto-api/reset", timeout=10).raise_for_status()
        aws_console.clear()
        aws_pricing.clear()
        aws_boot.clear()

    # What moto lacks, controlled from tests.

    def set_quota(self, code: str, value: float, region: str | None = None) -> None:
        """Set an EC2 GPU quota (`L-DB2E81BA`, ...) in vCPUs; a new account has 0."""
        aws_quotas.set_quota(region or self.region, code, value)

    def set_request_status(self, request_id: str, status: str, region: str | None = None) -> None:
        """Move a quota increase request on; APPROVED also raises the quota."""
        aws_quotas.set_request_status(region or self.region, request_id, status)

    def quota_requests(self, region: str | None = None) -> list[dict[str, Any]]:
        return aws_quotas.requests(region or self.region)

    def set_console_output(self, instance_id: str, text: str) -> None:
        """What `GetConsoleOutput` shows for this instance (see `cloud_init_console_text`)."""
        aws_console.set_console_output(instance_id, text)

    def boot_on(self, sshd: Any) -> None:
        """Every instance launched from now on "boots" as `sshd` (a `tests.world.sshd.Sshd`):
        its key pair is authorized there and its console shows that sshd's host keys."""
        console = cloud_init_console_text(sshd.host_public_keys)

        def boot(instance_id: str, public_key: str | None) -> None:
            if public_key:
                sshd.authorize(public_key)
            aws_console.set_console_output(instance_id, console)

        aws_boot.on_boot(boot)

    def set_price(
        self, instance_type: str, hourly_usd: float | None, region: str | None = None
    ) -> None:
        """What the Pricing double answers for this type; None: no such product."""
        aws_pricing.set_price(region or self.region, instance_type, hourly_usd)

    @property
    def pricing_calls(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(signing region, operation, request) of every Pricing call so far."""
        return list(aws_pricing.calls)


class WorldMotoServer(ThreadedMotoServer):
    """moto's threaded server with the Pricing and SSO portal doubles in front of it."""

    def app(self) -> Any:
        """The WSGI application served; subclasses wrap it."""
        moto = DomainDispatcherApplication(create_backend_app)
        return aws_sso.with_sso(aws_pricing.with_pricing(moto))

    def _server_entry(self) -> None:
        self._server = make_server(
            self._ip_address, self._port, self.app(), True, request_handler=MotoRequestHandler
        )
        self._server_ready_event.set()
        self._server.serve_forever()


def start_moto() -> tuple[ThreadedMotoServer, str]:
    server = WorldMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    return server, f"http://{host}:{port}"


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    server, endpoint = start_moto()
    yield endpoint
    server.stop()


@pytest.fixture
def aws_world(moto_server: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[AwsWorld]:
    """boto3 anywhere in this process talks to the moto server; state is fresh."""
    world = AwsWorld(moto_server)
    world.reset()
    for name, value in world.env.items():
        monkeypatch.setenv(name, value)
    yield world
    world.reset()


def write_profile(home: Path, name: str = "default", region: str = DEFAULT_REGION) -> None:
    """An AWS CLI profile with the world's keys, as `aws configure` would write it."""
    aws = home / ".aws"
    aws.mkdir(parents=True, exist_ok=True)
    section = "default" if name == "default" else f"profile {name}"
    with (aws / "config").open("a") as config:
        config.write(f"[{section}]\nregion = {region}\n")
    with (aws / "credentials").open("a") as credentials:
        credentials.write(
            f"[{name}]\naws_access_key_id = {TEST_ACCESS_KEY_ID}\n"
            f"aws_secret_access_key = {TEST_SECRET_ACCESS_KEY}\n"
        )


def instances(world: Any) -> list[dict[str, Any]]:
    """Every instance the world's EC2 knows, as DescribeInstances lists them."""
    reservations = world.client("ec2").describe_instances()["Reservations"]
    return [i for r in reservations for i in r["Instances"]]


def state_of(world: Any, instance_id: str) -> str:
    found = world.client("ec2").describe_instances(InstanceIds=[instance_id])
    return str(found["Reservations"][0]["Instances"][0]["State"]["Name"])

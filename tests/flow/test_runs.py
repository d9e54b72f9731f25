"""The guide's flow end to end in the test world: moto for AWS (with the world's
quota, console, SSM and pricing additions), a real sshd playing the instance
(its host keys on the "console", the launch's key pair authorized as cloud-init
would), a real Jupyter server reached through the real tunnel, and the shipped
`sandbox` recipe (its repository is the world's local course repository; its
installs are harmless stand-ins — there is no internet here).

Only the caller's public address is made up (checkip.amazonaws.com cannot be
reached from here) and every wait is shortened through `Timing`
(`tests/world/instance.py`).
"""

import dataclasses
import threading
from pathlib import Path

import pytest
import requests

from fastai_launcher.core.errors import Cancelled, CredentialsError, InstanceLeftRunning
from fastai_launcher.core.task import TaskContext
from fastai_launcher.flow import Step, StepText, Workspace
from fastai_launcher.flow.connect import connect, ssh_command
from fastai_launcher.flow.install import install
from fastai_launcher.flow.jupyter import ensure_jupyter
from fastai_launcher.flow.key import ensure_key_pair
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import stop
from fastai_launcher.flow.offers import default_offer, instance_offers
from fastai_launcher.flow.quota import check_gpu_quota
from fastai_launcher.flow.runs import ExpressChoices, express, open_jupyter
from fastai_launcher.flow.signin import choose_region, resume_sign_in, sign_in_with_key
from fastai_launcher.ssh.hostkeys import HostKeyUnverified
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY, instances, state_of
from tests.world.aws_record import operations, writes
from tests.world.instance import (
    CALLER_IP,
    FAST_POLLS,
    G_QUOTA,
    boot_on_sshd,
    instance_options,
    stop_jupyter,
    workspace_options,
)
from tests.world.sshd import free_port


@pytest.fixture
def world(aws_world, sshd, instance_env, monkeypatch):
    """Instances launched in moto boot as the sshd; SSH goes there as its user."""
    return boot_on_sshd(aws_world, sshd, monkeypatch)


@pytest.fixture
def open_workspace(world, app_paths, isolated_home, course, sshd):
    """Makes a Workspace from the saved files, as the app does at each start."""
    jupyter_port = free_port()
    made = []

    def make():
        ws = Workspace.load(
            app_paths,
            **workspace_options(isolated_home, FAST_POLLS),
            **instance_options(course, jupyter_port),
        )
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()
    stop_jupyter(sshd, jupyter_port)


def answers(url):
    return requests.get(url, timeout=10).status_code


def test_every_step_from_typed_keys_to_jupyter_then_stop_and_one_click_back(
    world, open_workspace, sshd
):
    ws = open_workspace()
    ctx = TaskContext()
    identity = sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    assert identity.account and not identity.is_root
    choose_region(ws, ctx, world.region)
    ws.update(recipe="sandbox")

    offers = instance_offers(ws, ctx)
    chosen = default_offer(offers)
    assert chosen is not None and chosen.name == "g4dn.xlarge"
    assert chosen.price is not None and chosen.price.hourly_usd > 0
    assert any(offer.name == "p2.xlarge" and offer.gpu.retired for offer in offers)

    assert check_gpu_quota(ws, ctx).enough
    pair = ensure_key_pair(ws, ctx)
    assert pair.name == "fastai-launcher-laptop"

    info = launch(ws, ctx)
    assert info.state == "running" and ws.progress.instance_id == info.instance_id
    assert ws.progress.client_token is None
    alarms = world.client("cloudwatch").describe_alarms()["MetricAlarms"]
    assert [a["Dimensions"][0]["Value"] for a in alarms] == [info.instance_id]
    assert ws.resume_step is Step.CONNECT

    connection = connect(ws, ctx)
    assert connection.verified_by == "console"
    assert (connection.host, connection.port, connection.user) == (
        "127.0.0.1",
        sshd.port,
        sshd.user,
    )
    assert connection.host_key_fingerprint.startswith("SHA256:")
    assert f"-p {sshd.port}" in ssh_command(ws)
    group = world.client("ec2").describe_security_groups(GroupNames=["fastai-launcher"])
    assert [
        r["CidrIp"] for p in group["SecurityGroups"][0]["IpPermissions"] for r in p["IpRanges"]
    ] == [f"{CALLER_IP}/32"]

    lines = []
    status = install(ws, ctx, lines.append)
    assert status.exit_code == 0 and ws.progress.setup_done
    assert any("jupyter-server" in line for line in lines)

    url = ensure_jupyter(ws, ctx)
    assert "token=" in url and answers(url) == 200
    assert ws.resume_step is Step.DONE
    assert ws.jupyter.token and ws.jupyter.token not in ws.paths.state_file.read_text()

    stopped = stop(ws, ctx)
    assert stopped.state == "stopped" and state_of(world, info.instance_id) == "stopped"
    assert ws.tunnel is None and ws.ssh is None

    steps = []
    ctx = TaskContext(on_progress=lambda step, *_: steps.append(step))
    url = open_jupyter(ws, ctx)
    assert answers(url) == 200 and state_of(world, info.instance_id) == "running"
    assert ws.host_key_check == "pinned"  # verified against the key pinned on first connect
    assert [s.step for s in steps if isinstance(s, StepText)] == [
        Step.LAUNCH, Step.CONNECT, Step.INSTALL, Step.JUPYTER, Step.DONE
    ]  # fmt: skip
    assert len(instances(world)) == 1
    stop(ws, TaskContext())


def test_a_restart_after_the_launch_resumes_at_connect_with_the_same_instance(
    world, open_workspace
):
    first = open_workspace()
    ctx = TaskContext()
    sign_in_with_key(first, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(first, ctx, world.region)
    first.update(recipe="sandbox")
    launched = launch(first, ctx)  # the key is made and imported on the way
    first.close()  # the app quits (or crashes: everything needed is saved already)

    again = open_workspace()
    assert again.resume_step is Step.CONNECT
    assert again.progress.instance_id == launched.instance_id
    assert resume_sign_in(again, ctx) is not None  # the secret comes back from the keyring
    with operations() as done:
        url = express(again, ctx)
    assert answers(url) == 200
    # The first connect lets this address in; nothing else is made.
    assert set(writes(done)) == {"ec2:AuthorizeSecurityGroupIngress"}
    assert [i["InstanceId"] for i in instances(world)] == [launched.instance_id]
    assert len(world.client("ec2").describe_key_pairs()["KeyPairs"]) == 1
    stop(again, ctx)


def test_express_files_one_quota_request_waits_across_a_restart_and_carries_on(
    world, open_workspace
):
    world.set_quota(G_QUOTA, 0)
    first = open_workspace()
    sign_in_with_key(first, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choices = ExpressChoices(region=world.region, instance_type="g4dn.xlarge", recipe="sandbox")

    def cancel_while_waiting(step, done, total):
        if "checks again" in step.source:
            waiting.token.cancel()

    waiting = TaskContext(on_progress=cancel_while_waiting)
    with pytest.raises(Cancelled) as cancelled:
        express(first, waiting, choices)
    assert not isinstance(cancelled.value, InstanceLeftRunning)  # nothing launched yet
    assert [r["Status"] for r in world.quota_requests()] == ["PENDING"]
    assert first.progress.quota_request_id == world.quota_requests()[0]["Id"]
    assert Path(first.progress.key_path).exists()  # the key was prepared meanwhile
    first.close()

    # The app starts again; AWS approves a little later, while the run waits.
    again = open_workspace()
    request_id = again.progress.quota_request_id
    statuses = []
    waiting_again = threading.Event()

    def approve_later():
        if waiting_again.wait(30):
            world.set_request_status(request_id, "APPROVED")

    def note_waiting(step, done, total):
        if "checks again" in step.source:
            waiting_again.set()

    approver = threading.Thread(target=approve_later)
    approver.start()
    try:
        url = express(
            again,
            TaskContext(on_progress=note_waiting),
            choices,
            on_quota=lambda request: statuses.append(request.status),
        )
    finally:
        waiting_again.set()
        approver.join()
    assert answers(url) == 200
    assert statuses == ["PENDING", "APPROVED"]
    assert [r["Id"] for r in world.quota_requests()] == [request_id]  # filed once
    assert len(instances(world)) == 1

    # Pressed again with everything up: nothing new in AWS, only reads.
    with operations() as done:
        assert answers(express(again, TaskContext(), choices)) == 200
    assert done and writes(done) == []
    assert len(instances(world)) == 1 and len(world.quota_requests()) == 1
    stop(again, TaskContext())


def test_cancelling_express_after_the_launch_hands_back_the_instance(world, open_workspace):
    ws = open_workspace()
    sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)

    def cancel_at_connect(step, done, total):
        if isinstance(step, StepText) and step.step is Step.CONNECT:
            ctx.token.cancel()

    ctx = TaskContext(on_progress=cancel_at_connect)
    with pytest.raises(InstanceLeftRunning) as cancelled:
        express(ws, ctx, ExpressChoices(region=world.region, recipe="sandbox"))
    assert cancelled.value.at_risk.instance_id == ws.progress.instance_id
    assert state_of(world, cancelled.value.at_risk.instance_id) == "running"
    stop(ws, TaskContext())
    assert state_of(world, cancelled.value.at_risk.instance_id) == "stopped"


def test_root_credentials_sign_in_but_never_launch(world, open_workspace, monkeypatch):
    ws = open_workspace()
    sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    root = dataclasses.replace(ws.identity, arn=f"arn:aws:iam::{ws.identity.account}:root")
    ws.identity = root
    with pytest.raises(CredentialsError):
        express(ws, TaskContext(), ExpressChoices(region=world.region))
    assert instances(world) == []


def test_without_host_keys_on_the_console_connect_waits_for_the_users_confirmation(
    world, open_workspace
):
    ws = open_workspace()
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, world.region)
    info = launch(ws, ctx)
    world.set_console_output(info.instance_id, "[    0.000000] Linux version 6.8.0-1017-aws\n")
    ws.timing = dataclasses.replace(FAST_POLLS, console_timeout=0.2)

    with pytest.raises(HostKeyUnverified) as unverified:
        connect(ws, ctx)
    assert ws.ssh is None and ws.tunnel is None
    connection = connect(ws, ctx, confirmed_fingerprint=unverified.value.fingerprint)
    assert connection.verified_by == "confirmed"
    assert connection.host_key_fingerprint == unverified.value.fingerprint
    stop(ws, ctx)

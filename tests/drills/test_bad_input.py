"""Drills: bad input, each met with a clear translated message and nothing lost.

Each test does what a user would get wrong, through the flow functions the
pages call, and asserts the typed error's message (a `Text` whose context and
English source are in the translation catalogue `i18n/*.ts`, so it is shown
translated) and that nothing the user had was lost: saved progress, the
keyring, their key files, the other program's port.

AWS answers that moto cannot give (a refused signature, a region that lacks the
type) are injected with a botocore `before-send` handler on every client the
process makes: the request never reaches moto, as AWS would refuse it.
"""

from __future__ import annotations

import socket
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import botocore.client
import pytest
from botocore.awsrequest import AWSResponse
from botocore.retries.standard import ExponentialBackoff
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fastai_launcher.aws.keypairs import key_pair_name
from fastai_launcher.core.errors import (
    CredentialsError,
    InputError,
    LauncherError,
    NetworkError,
    SshError,
)
from fastai_launcher.core.task import TaskContext
from fastai_launcher.core.text import Text
from fastai_launcher.flow import Workspace
from fastai_launcher.flow.connect import connect
from fastai_launcher.flow.key import ensure_key_pair, load_ssh_key
from fastai_launcher.flow.launch import launch
from fastai_launcher.flow.lifecycle import refresh_instance, stop
from fastai_launcher.flow.offers import choose_instance_type
from fastai_launcher.flow.runs import ExpressChoices, express
from fastai_launcher.flow.signin import choose_region, sign_in_with_key
from fastai_launcher.ssh.keys import KeyPassphraseNeeded
from fastai_launcher.ssh.recipes import load_recipe
from tests.world.app_world import CALLER_IP, FAST
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.sshd import free_port

ROOT = Path(__file__).resolve().parents[2]
WRONG_SECRET = "x" * 40
NO_TYPE_REGION = "me-central-1"  # the world's (moto's) offerings have no g4dn.xlarge there


def catalogue() -> set[tuple[str, str]]:
    """(context, English source) of every message in the translation files."""
    found = set()
    for ts in (ROOT / "i18n").glob("fastai_launcher_*.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                found.add((str(name), str(message.findtext("source"))))
    return found


def assert_translated(error: LauncherError, cls: type[LauncherError], source: str) -> None:
    """`error` is a `cls` saying `source`, and both its texts are in the catalogue."""
    assert isinstance(error, cls), error
    assert error.message.source == source
    known = catalogue()
    for shown in (error.message, error.next_action):
        assert isinstance(shown, Text)
        assert (shown.context, shown.source) in known, f"not marked for translation: {shown}"


def saved(ws: Workspace) -> bytes | None:
    path = ws.paths.state_file
    return path.read_bytes() if path.exists() else None


@pytest.fixture
def make_workspace(app_paths, isolated_home) -> Iterator[Callable[..., Workspace]]:
    made: list[Workspace] = []

    def make(**options: object) -> Workspace:
        settings: dict[str, object] = {
            "home": isolated_home,
            "host_name": "laptop",
            "timing": FAST,
            "fetch_ip": lambda: CALLER_IP + "\n",
        }
        ws = Workspace.load(app_paths, **(settings | options))
        made.append(ws)
        return ws

    yield make
    for ws in made:
        ws.close()


@pytest.fixture
def quick_backoff(monkeypatch) -> None:
    """botocore's back-off between retries cut to 10 ms (up to 1, 2, 4, 8 s otherwise)."""
    monkeypatch.setattr(ExponentialBackoff, "delay_amount", lambda self, context: 0.01)


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def stream(self, **_: object) -> Iterator[bytes]:
        yield self.data


@pytest.fixture
def aws_refuses(monkeypatch) -> Callable[[str, int, str, str], None]:
    """`aws_refuses("sts.GetCallerIdentity", 403, code, message)`: every client made
    from now on gets that answer for that operation."""
    rules: dict[str, tuple[int, str, str]] = {}
    original = botocore.client.BaseClient.__init__

    def answer(request, event_name: str, **_: object) -> AWSResponse | None:
        operation = event_name.partition(".")[2]
        if operation not in rules:
            return None
        status, code, message = rules[operation]
        if operation.startswith("sts."):
            body = (
                f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code>"
                f"<Message>{message}</Message></Error><RequestId>drill</RequestId></ErrorResponse>"
            )
        else:
            body = (
                f"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message>"
                "</Error></Errors><RequestID>drill</RequestID></Response>"
            )
        return AWSResponse(request.url, status, {"Content-Type": "text/xml"}, _Body(body.encode()))

    def init(self, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)
        self.meta.events.register("before-send", answer)

    monkeypatch.setattr(botocore.client.BaseClient, "__init__", init)

    def refuse(operation: str, status: int, code: str, message: str) -> None:
        rules[operation] = (status, code, message)

    return refuse


def test_drill_malformed_access_key_id(aws_world, make_workspace, memory_keyring):
    ws = make_workspace()
    with pytest.raises(InputError) as refused:
        sign_in_with_key(ws, TaskContext(), "AKIA-not-a-key", TEST_SECRET_ACCESS_KEY)
    assert_translated(
        refused.value,
        InputError,
        "An access key ID has 20 capital letters and digits and starts with AKIA (or ASIA).",
    )
    assert saved(ws) is None and not ws.signed_in and memory_keyring.secrets == {}


def test_drill_empty_fields(aws_world, make_workspace, memory_keyring):
    ws = make_workspace()
    with pytest.raises(InputError) as refused:
        sign_in_with_key(ws, TaskContext(), "  ", "")
    assert_translated(
        refused.value,
        InputError,
        "An access key ID has 20 capital letters and digits and starts with AKIA (or ASIA).",
    )
    with pytest.raises(InputError) as refused:
        sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, "")
    assert_translated(
        refused.value,
        InputError,
        "A secret access key has exactly 40 characters: letters, digits, / and +.",
    )
    assert saved(ws) is None and not ws.signed_in and memory_keyring.secrets == {}


def test_drill_a_10000_character_paste(aws_world, make_workspace, memory_keyring):
    ws = make_workspace()
    ws.update(region=aws_world.region)
    before = saved(ws)
    paste = (TEST_ACCESS_KEY_ID + " " + TEST_SECRET_ACCESS_KEY + "\n") * 162  # 10,044 chars
    assert len(paste) >= 10_000
    for key_id, secret in ((paste, TEST_SECRET_ACCESS_KEY), (TEST_ACCESS_KEY_ID, paste)):
        with pytest.raises(InputError) as refused:
            sign_in_with_key(ws, TaskContext(), key_id, secret)
        assert_translated(
            refused.value,
            InputError,
            "That is much longer than an access key: the key ID has 20 characters and the secret 40.",
        )
        assert TEST_SECRET_ACCESS_KEY not in str(refused.value)  # the paste is not echoed
    assert saved(ws) == before and not ws.signed_in and memory_keyring.secrets == {}


def test_drill_wrong_secret(aws_world, make_workspace, memory_keyring, aws_refuses):
    aws_refuses(
        "sts.GetCallerIdentity",
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided.",
    )
    ws = make_workspace()
    ws.update(region=aws_world.region)
    before = saved(ws)
    with pytest.raises(CredentialsError) as refused:
        sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, WRONG_SECRET)
    assert_translated(
        refused.value,
        CredentialsError,
        "AWS rejected the request's signature: the secret access key is wrong, or this computer's clock is off.",
    )
    assert WRONG_SECRET not in str(refused.value)
    # Nothing kept from the refused key: not in the keyring, not in saved progress.
    assert saved(ws) == before and not ws.signed_in and memory_keyring.secrets == {}


def test_drill_clock_skew(aws_world, make_workspace, aws_refuses):
    ws = make_workspace()
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, aws_world.region)
    before = saved(ws)
    # The computer's clock drifts: AWS refuses the signatures of every later request.
    aws_refuses(
        "ec2.DescribeInstances",
        403,
        "SignatureDoesNotMatch",
        "Signature expired: 20261128T100000Z is now earlier than 20261128T101500Z.",
    )
    ws.sign_out()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)  # new clients
    with pytest.raises(CredentialsError) as refused:
        refresh_instance(ws, ctx)
    assert_translated(
        refused.value,
        CredentialsError,
        "AWS rejected the request's signature: the secret access key is wrong, or this computer's clock is off.",
    )
    assert "clock" in refused.value.next_action.source
    assert saved(ws) == before


def test_drill_no_network_at_all(aws_world, make_workspace, monkeypatch, quick_backoff):
    closed = free_port()  # nothing listens there: every connection is refused
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{closed}")
    ws = make_workspace()
    ws.update(region=aws_world.region)
    before = saved(ws)
    with pytest.raises(NetworkError) as refused:
        sign_in_with_key(ws, TaskContext(), TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    assert_translated(refused.value, NetworkError, "AWS cannot be reached ({endpoint}).")
    assert refused.value.retryable
    assert saved(ws) == before and not ws.signed_in


def test_drill_non_ascii_in_the_key_name(aws_world, make_workspace):
    ws = make_workspace(host_name="김철수의-노트북")
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, aws_world.region)
    with pytest.raises(InputError) as refused:
        ensure_key_pair(ws, ctx)
    assert_translated(
        refused.value,
        InputError,
        "The computer name “{host}” has no Latin letters or digits, so it cannot name the AWS key pair.",
    )
    assert aws_world.client("ec2").describe_key_pairs()["KeyPairs"] == []
    # The key made on the way is kept and remembered; the region and sign-in stay.
    assert ws.progress.key_name is None and Path(ws.progress.key_path or "").exists()
    assert ws.progress.region == aws_world.region and ws.signed_in
    # Accented Latin letters are kept as their plain letters.
    assert key_pair_name("Café-Laptop") == "fastai-launcher-Cafe-Laptop"


def _key_file(folder: Path, name: str, passphrase: bytes | None) -> Path:
    private = Ed25519PrivateKey.generate()
    encryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    path = folder / name
    path.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, encryption
        )
    )
    path.chmod(0o600)
    return path


def test_drill_corrupted_private_key(aws_world, make_workspace, isolated_home):
    ws = make_workspace()
    ssh = isolated_home / ".ssh"
    ssh.mkdir(exist_ok=True)
    key = _key_file(ssh, "id_ed25519", None)
    damaged = key.read_bytes()[:120] + b"\x00garbage\n" + key.read_bytes()[200:]
    key.write_bytes(damaged)
    with pytest.raises(InputError) as refused:
        load_ssh_key(ws, TaskContext(), key)
    assert_translated(
        refused.value, InputError, "The file {path} is not an SSH private key this app can read."
    )
    assert key.read_bytes() == damaged  # the user's file is left as it was
    assert sorted(p.name for p in ssh.iterdir()) == ["id_ed25519"]  # no key made in its place
    assert ws.progress.key_path is None


def test_drill_passphrase_protected_private_key(aws_world, make_workspace, isolated_home):
    ws = make_workspace()
    ssh = isolated_home / ".ssh"
    ssh.mkdir(exist_ok=True)
    key = _key_file(ssh, "id_ed25519", b"correct horse")
    original = key.read_bytes()
    with pytest.raises(KeyPassphraseNeeded) as asked:
        load_ssh_key(ws, TaskContext(), key)
    assert_translated(asked.value, InputError, "The key {path} is protected by a passphrase.")
    with pytest.raises(KeyPassphraseNeeded) as wrong:
        load_ssh_key(ws, TaskContext(), key, "wrong horse")
    assert_translated(wrong.value, InputError, "The passphrase for the key {path} is not right.")
    loaded = load_ssh_key(ws, TaskContext(), key, "correct horse")
    assert loaded.path == key and key.read_bytes() == original
    assert ws.progress.key_path == str(key)


# sshtunnel's own failure to listen is kept as a warning; the user gets the typed SshError.
def test_drill_port_8888_taken(world, make_workspace, course):
    """The preferred local port (8888 for the user; a free one here) is taken by another
    program: the tunnel takes the next free one and says which; with the whole range
    taken, a clear error.  The other program keeps its ports either way."""
    with ExitStack() as stack:
        base = free_port()
        occupants = []
        for port in range(base, base + 20):
            sock = stack.enter_context(socket.socket())
            try:
                sock.bind(("127.0.0.1", port))
                sock.listen()
                occupants.append(port)
            except OSError:
                pass  # taken by someone else already: taken all the same
        ws = make_workspace(
            recipes=lambda name: course if name == "sandbox" else load_recipe(name),
            jupyter_port=free_port(),
            local_port=base,
        )
        ctx = TaskContext()
        sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
        choose_region(ws, ctx, world.region)
        launch(ws, ctx)
        before = saved(ws)
        with pytest.raises(SshError) as refused:
            connect(ws, ctx)
        assert_translated(
            refused.value, SshError, "No free local port from {first} to {last} for the tunnel."
        )
        assert dict(refused.value.message.args) == {"first": base, "last": base + 19}
        assert saved(ws) == before and ws.tunnel is None and ws.ssh is None
        for port in occupants:  # the other programs keep their ports
            socket.create_connection(("127.0.0.1", port), timeout=2).close()

        # One port of the range frees up: the tunnel takes it and reports it.
        stack.close()
    connection = connect(ws, ctx)
    assert connection.local_port == ws.tunnel.local_port and connection.local_port >= base
    stop(ws, ctx)


def test_drill_a_region_without_the_type(aws_world, make_workspace, aws_refuses):
    ws = make_workspace()
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    choose_region(ws, ctx, NO_TYPE_REGION)
    choose_instance_type(ws, ctx, "g4dn.xlarge")
    # Were it asked, AWS would refuse naming an availability zone; the app asks first.
    aws_refuses(
        "ec2.RunInstances",
        400,
        "Unsupported",
        "Your requested instance type (g4dn.xlarge) is not supported in your requested Availability Zone.",
    )
    ws.sign_out()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)  # new clients
    with pytest.raises(InputError) as refused:
        launch(ws, ctx)
    assert_translated(refused.value, InputError, "{instance_type} is not offered in {region}.")
    assert refused.value.message.render() == "g4dn.xlarge is not offered in Middle East (UAE)."
    assert "Nothing was launched" in refused.value.next_action.render()
    ec2 = aws_world.client("ec2", NO_TYPE_REGION)
    assert ec2.describe_instances()["Reservations"] == []
    assert ec2.describe_key_pairs()["KeyPairs"] == []  # refused before anything was made
    assert (ws.progress.region, ws.progress.instance_type) == (NO_TYPE_REGION, "g4dn.xlarge")
    assert ws.progress.instance_id is None and ws.progress.client_token is None


def test_drill_express_in_a_region_without_the_type_makes_nothing(aws_world, make_workspace):
    ws = make_workspace()
    ctx = TaskContext()
    sign_in_with_key(ws, ctx, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    aws_world.set_quota("L-DB2E81BA", 0, region=NO_TYPE_REGION)  # short: it would ask AWS
    choices = ExpressChoices(region=NO_TYPE_REGION, instance_type="g4dn.xlarge")
    with pytest.raises(InputError) as refused:
        express(ws, ctx, choices)
    assert refused.value.message.render() == "g4dn.xlarge is not offered in Middle East (UAE)."
    assert aws_world.quota_requests(NO_TYPE_REGION) == []  # no request filed for it
    assert aws_world.client("ec2", NO_TYPE_REGION).describe_key_pairs()["KeyPairs"] == []
    assert ws.progress.instance_id is None and ws.progress.quota_request_id is None

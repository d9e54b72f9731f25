"""The SSH part of the world is real: OpenSSH logs in with a fresh key, and a
Jupyter server started through it answers /api/status."""

import base64
import json
import subprocess
import time
import urllib.request

import paramiko
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.world.sshd import free_port


def _fresh_key(folder):
    key = Ed25519PrivateKey.generate()
    path = folder / "id_ed25519"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.OpenSSH,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)
    public = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    return path, public.decode()


def _client(sshd, key_path):
    client = paramiko.SSHClient()
    for line in sshd.host_public_keys:
        kind, data = line.split()
        key = paramiko.PKey.from_type_string(kind, base64.b64decode(data))
        client.get_host_keys().add(f"[127.0.0.1]:{sshd.port}", kind, key)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        "127.0.0.1",
        sshd.port,
        sshd.user,
        key_filename=str(key_path),
        look_for_keys=False,
        allow_agent=False,
    )
    return client


def test_paramiko_logs_into_sshd_with_a_fresh_key(sshd, tmp_path):
    key_path, public = _fresh_key(tmp_path)
    sshd.authorize(public)
    client = _client(sshd, key_path)
    try:
        _, out, _ = client.exec_command("whoami")
        assert out.read().decode().strip() == sshd.user
    finally:
        client.close()


def test_an_unauthorized_key_is_refused(sshd, tmp_path):
    key_path, _ = _fresh_key(tmp_path)
    result = subprocess.run(sshd.ssh_command(key_path, "true"), capture_output=True, timeout=30)
    assert result.returncode == 255


def test_jupyter_started_through_sshd_answers_api_status(sshd, jupyter_world, tmp_path):
    key_path, public = _fresh_key(tmp_path)
    sshd.authorize(public)
    client = _client(sshd, key_path)
    try:
        jupyter = jupyter_world / "jupyter"
        port = free_port()
        client.exec_command(
            f"nohup {jupyter} server --no-browser --ServerApp.ip=127.0.0.1 "
            f"--ServerApp.port={port} --IdentityProvider.token=world-token "
            "> jupyter.log 2>&1 &"
        )
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/api/status?token=world-token", timeout=2
                ) as answer:
                    status = answer.status, json.load(answer)
                    break
            except OSError:
                time.sleep(0.2)
        assert status is not None and status[0] == 200
        assert "started" in status[1]
    finally:
        client.close()

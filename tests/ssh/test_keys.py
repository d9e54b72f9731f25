"""The user's SSH key: made once with safe permissions, never overwritten,
accepted by OpenSSH itself, and fingerprinted the way the AWS console shows it."""

import base64
import hashlib
import stat
import subprocess

import pytest

from fastai_launcher.core.errors import InputError, LauncherError
from fastai_launcher.ssh.keys import (
    KeyKind,
    KeyPassphraseNeeded,
    current_user_sid,
    ensure_key,
    existing_keys,
    generate_key,
    key_path,
    load_key,
    openssh_fingerprint,
)


def _keygen_sha256(path):
    out = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return out.split()[1]


def test_a_new_ed25519_key_is_private_and_has_its_public_half_beside_it(isolated_home):
    key = ensure_key(isolated_home)
    assert key.path == isolated_home / ".ssh" / "fastai-launcher_ed25519"
    assert stat.S_IMODE(key.path.stat().st_mode) == 0o600
    assert stat.S_IMODE((isolated_home / ".ssh").stat().st_mode) == 0o700
    pub = key.path.with_name("fastai-launcher_ed25519.pub").read_text().strip()
    assert pub == key.public_line and pub.startswith("ssh-ed25519 AAAA")
    assert key.kind == "ssh-ed25519"
    assert key.sha256_fingerprint == _keygen_sha256(key.path) == openssh_fingerprint(pub)
    # AWS shows an imported ED25519 key as the padded base64 SHA-256 of the key blob
    blob = base64.b64decode(pub.split()[1])
    assert key.aws_fingerprint == base64.b64encode(hashlib.sha256(blob).digest()).decode()
    assert key.aws_fingerprint.rstrip("=") == key.sha256_fingerprint.removeprefix("SHA256:")


def test_an_rsa_key_has_the_md5_fingerprint_aws_shows_for_imported_rsa_keys(isolated_home):
    key = ensure_key(isolated_home, KeyKind.RSA)
    assert key.path.name == "fastai-launcher_rsa"
    assert key.kind == "ssh-rsa" and key.pkey.get_bits() == 4096
    # Independently of our code: OpenSSH exports the public key, OpenSSL hashes its DER form.
    pkcs8 = subprocess.run(
        ["ssh-keygen", "-e", "-m", "PKCS8", "-f", str(key.path) + ".pub"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-outform", "DER"],
        input=pkcs8,
        capture_output=True,
        check=True,
    ).stdout
    expected = ":".join(f"{b:02x}" for b in hashlib.md5(der).digest())
    assert key.aws_fingerprint == expected


def test_an_existing_key_is_reused_and_never_overwritten(isolated_home):
    first = ensure_key(isolated_home)
    before = first.path.read_bytes()
    again = ensure_key(isolated_home)
    assert again.public_line == first.public_line
    with pytest.raises(InputError) as raised:
        generate_key(isolated_home / ".ssh")
    assert "left as it is" in str(raised.value)
    assert first.path.read_bytes() == before
    assert not [p for p in (isolated_home / ".ssh").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("kind", [KeyKind.ED25519, KeyKind.RSA])
def test_openssh_itself_logs_in_with_the_generated_key_file(sshd, isolated_home, kind):
    key = ensure_key(isolated_home, kind)
    sshd.authorize(key.public_line)
    result = subprocess.run(
        sshd.ssh_command(key.path, "echo", "hello-from-instance"),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "hello-from-instance"


def test_the_users_own_keys_are_listed_and_an_encrypted_one_asks_for_its_passphrase(isolated_home):
    ssh = isolated_home / ".ssh"
    ssh.mkdir()
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "open sesame", "-C", "me@laptop",
                    "-f", str(ssh / "id_ed25519")], check=True)  # fmt: skip
    subprocess.run(["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-m", "PEM", "-N", "",
                    "-f", str(ssh / "id_rsa")], check=True)  # fmt: skip
    (ssh / "id_rsa.pub").unlink()  # a private key alone is still a key
    (ssh / "id_notes.txt").write_text("not a key\n")
    (ssh / "known_hosts").write_text("")

    found = existing_keys(isolated_home)
    assert [k.path.name for k in found] == ["id_ed25519", "id_rsa"]
    assert found[0].public_line is not None and found[0].public_line.endswith("me@laptop")

    with pytest.raises(KeyPassphraseNeeded) as asked:
        load_key(ssh / "id_ed25519")
    assert not asked.value.wrong and "passphrase" in str(asked.value)
    with pytest.raises(KeyPassphraseNeeded) as wrong:
        load_key(ssh / "id_ed25519", "open says me")
    assert wrong.value.wrong and "open says me" not in str(wrong.value)

    key = load_key(ssh / "id_ed25519", "open sesame")
    assert key.sha256_fingerprint == _keygen_sha256(ssh / "id_ed25519.pub")
    assert key.public_line.endswith("me@laptop")  # the comment the user recognises
    assert "open sesame" not in repr(key)

    legacy = load_key(ssh / "id_rsa")
    assert legacy.kind == "ssh-rsa" and legacy.aws_fingerprint.count(":") == 15


def test_a_corrupted_key_file_is_a_clear_input_error(isolated_home):
    ssh = isolated_home / ".ssh"
    ssh.mkdir()
    broken = ssh / "id_ed25519"
    broken.write_text(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAAgarbage\n-----END OPENSSH PRIVATE KEY-----\n"
    )
    with pytest.raises(InputError) as raised:
        load_key(broken)
    assert not isinstance(raised.value, KeyPassphraseNeeded)
    assert str(broken) in str(raised.value) and "AAAAgarbage" not in str(raised.value)


# icacls and whoami cannot run here (Linux): a test double stands in for the two
# Windows commands, answering as Windows does and recording what the code asks.
SID = "S-1-5-21-1004336348-1177238915-682003330-1001"


class WindowsCommands:
    def __init__(self, whoami_output):
        self.whoami_output = whoami_output
        self.issued = []

    def __call__(self, command):
        self.issued.append(list(command))
        if command[0] == "whoami":
            return self.whoami_output
        if command[0] == "icacls":
            return "processed file: " + command[1] + "\r\nSuccessfully processed 1 files\r\n"
        raise FileNotFoundError(command[0])


def test_on_windows_the_key_file_gets_an_acl_for_the_current_users_sid_only(
    isolated_home, monkeypatch
):
    # USERNAME is whatever the environment says (another account's name, or a
    # domain user's local namesake): it must not decide who may read the key.
    monkeypatch.setenv("USERNAME", "Administrator")
    windows = WindowsCommands(f'"laptop\\김학생","{SID}"\r\n')
    key = generate_key(isolated_home / ".ssh", platform="win32", run=windows)
    assert windows.issued[0] == ["whoami", "/user", "/fo", "csv", "/nh"]
    icacls = windows.issued[1]
    assert icacls[0] == "icacls" and icacls[2:] == ["/inheritance:r", "/grant:r", f"*{SID}:F"]
    assert len(windows.issued) == 2
    assert key.path == key_path(isolated_home / ".ssh")


@pytest.mark.parametrize(
    "output",
    [
        f'"CORP\\kim.lee","{SID}"\r\n',  # a domain account
        f'"laptop\\kim, lee","{SID}"',  # a comma in the name, no line end
        f'\r\n"laptop\\kim","{SID}"\r\n',  # a blank line first
    ],
)
def test_the_sid_is_read_from_whoami_whatever_the_account_name(output):
    assert current_user_sid(WindowsCommands(output)) == SID


@pytest.mark.parametrize(
    "output", ["", "ERROR: Access is denied.\r\n", '"laptop\\kim","S-1-5-21-abc"\r\n']
)
def test_no_sid_from_whoami_leaves_no_key_and_says_so(isolated_home, output):
    windows = WindowsCommands(output)
    with pytest.raises(LauncherError) as refused:
        generate_key(isolated_home / ".ssh", platform="win32", run=windows)
    assert "Windows account" in str(refused.value)
    assert str(key_path(isolated_home / ".ssh")) in str(refused.value)
    assert [c[0] for c in windows.issued] == ["whoami"]  # no ACL with a guessed name
    assert list((isolated_home / ".ssh").iterdir()) == []


def test_a_failing_icacls_leaves_no_key_and_says_so(isolated_home):
    def windows(command):
        if command[0] == "icacls":
            raise subprocess.CalledProcessError(5, command, "", "Access is denied.")
        return f'"laptop\\kim","{SID}"'

    with pytest.raises(LauncherError) as refused:
        generate_key(isolated_home / ".ssh", platform="win32", run=windows)
    assert "Windows account" in str(refused.value)
    assert list((isolated_home / ".ssh").iterdir()) == []

"""Key pairs on the moto server: imported once, reused, never overwritten."""

import subprocess

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key

from fastai_launcher.aws.keypairs import (
    aws_fingerprint,
    import_key_pair,
    key_pair_name,
    same_fingerprint,
)
from fastai_launcher.core.errors import InputError
from tests.world.app_clients import app_client


def ed25519_line(comment: str = "student@laptop") -> str:
    key = Ed25519PrivateKey.generate().public_key()
    line = key.public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return f"{line.decode()} {comment}"


def rsa_line() -> str:
    key = generate_private_key(public_exponent=65537, key_size=2048).public_key()
    return key.public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    ).decode()


def tags_of(ec2, name):
    pair = ec2.describe_key_pairs(KeyNames=[name])["KeyPairs"][0]
    return {tag["Key"]: tag["Value"] for tag in pair.get("Tags", [])}


def test_a_new_key_is_imported_under_the_host_name_with_the_app_tag(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    pair = import_key_pair(ec2, ed25519_line(), host="my-laptop")
    assert pair.name == "fastai-launcher-my-laptop"
    assert pair.reused is False
    assert tags_of(ec2, pair.name) == {"app": "fastai-launcher"}


def test_the_same_key_again_is_reused_not_imported_twice(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    line = ed25519_line()
    first = import_key_pair(ec2, line, host="my-laptop")
    # The comment differs (e.g. the key file was renamed): still the same key.
    again = import_key_pair(ec2, line.rsplit(" ", 1)[0] + " other-comment", host="my-laptop")
    assert again.name == first.name
    assert again.reused is True
    assert len(ec2.describe_key_pairs()["KeyPairs"]) == 1


def test_a_name_holding_another_key_is_never_overwritten(aws_world):
    ec2 = app_client("ec2", aws_world.region)
    other = import_key_pair(ec2, ed25519_line(), host="my-laptop")
    before = ec2.describe_key_pairs(KeyNames=[other.name])["KeyPairs"][0]["KeyFingerprint"]

    mine = import_key_pair(ec2, ed25519_line(), host="my-laptop")
    assert mine.name == "fastai-launcher-my-laptop-2"
    assert mine.reused is False
    after = ec2.describe_key_pairs(KeyNames=[other.name])["KeyPairs"][0]["KeyFingerprint"]
    assert after == before

    third = import_key_pair(ec2, rsa_line(), host="my-laptop")
    assert third.name == "fastai-launcher-my-laptop-3"


def test_an_rsa_fingerprint_computed_locally_equals_the_one_aws_reports(aws_world):
    # AWS documents imported RSA keys as MD5 over the DER public key; moto computes the same.
    ec2 = app_client("ec2", aws_world.region)
    line = rsa_line()
    pair = import_key_pair(ec2, line, host="desk")
    assert same_fingerprint(aws_fingerprint(line), pair.fingerprint)
    assert import_key_pair(ec2, line, host="desk").reused is True


def test_an_ed25519_fingerprint_is_what_ssh_keygen_prints(tmp_path):
    # AWS reports ED25519 fingerprints as OpenSSH's SHA256 base64 (with "=" padding).
    line = ed25519_line()
    (tmp_path / "key.pub").write_text(line + "\n")
    printed = subprocess.run(
        ["ssh-keygen", "-l", "-E", "sha256", "-f", str(tmp_path / "key.pub")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[1]
    assert printed.startswith("SHA256:")
    ours = aws_fingerprint(line)
    assert ours.endswith("=")
    assert same_fingerprint(ours, printed)


def test_different_keys_have_different_fingerprints():
    assert not same_fingerprint(aws_fingerprint(ed25519_line()), aws_fingerprint(ed25519_line()))
    assert not same_fingerprint(aws_fingerprint(rsa_line()), aws_fingerprint(rsa_line()))


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("MacBook-Pro.local", "fastai-launcher-MacBook-Pro"),
        ("José's PC", "fastai-launcher-Jose-s-PC"),
        ("홍길동-desktop", "fastai-launcher-desktop"),
        ("a" * 300, "fastai-launcher-" + "a" * 60),
    ],
)
def test_host_names_become_safe_key_names(host, name):
    assert key_pair_name(host) == name


def test_a_host_name_without_latin_letters_asks_for_a_name():
    with pytest.raises(InputError) as raised:
        key_pair_name("홍길동의컴퓨터")
    assert "홍길동의컴퓨터" in str(raised.value)
    assert "English letters" in raised.value.next_action.render()


@pytest.mark.parametrize(
    "line",
    [
        "",
        "not a key",
        "ssh-ed25519 AAAAnotbase64!!",
        # ECDSA: a valid OpenSSH key, but AWS imports only RSA and ED25519.
        "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=",
    ],
)
def test_a_malformed_key_is_refused_before_anything_is_sent(aws_world, line):
    ec2 = app_client("ec2", aws_world.region)
    with pytest.raises(InputError):
        import_key_pair(ec2, line, host="my-laptop")
    assert ec2.describe_key_pairs()["KeyPairs"] == []

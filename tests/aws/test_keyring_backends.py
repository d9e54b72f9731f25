"""Which keyrings may hold the secret key: real backend classes, chained or alone.

keyring's own `ChainerBackend`, `null.Keyring` and `fail.Keyring`, and
keyrings.alt's `PlaintextKeyring` (a test dependency only) are the real classes.
The one safe store is the world's in-memory keyring: no OS keyring runs here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from fastai_launcher.aws.clients import AccessKey
from fastai_launcher.aws.credentials import (
    KEYRING_SERVICE,
    KeyringUnavailable,
    load_key,
    store_key,
    stored_key_ids,
)
from tests.world.aws import TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY
from tests.world.keyring import MemoryKeyring

KEY = AccessKey(TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)


class LowPriorityMemoryKeyring(MemoryKeyring):
    priority = 0.1  # type: ignore[assignment]  # below PlaintextKeyring's 0.5


@pytest.fixture
def plaintext(isolated_home: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    assert Path(backend.file_path).is_relative_to(isolated_home)
    return backend


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """`chain(*backends)`: keyring's real ChainerBackend over exactly these backends."""

    def make(*backends: keyring.backend.KeyringBackend) -> chainer.ChainerBackend:
        monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: list(backends))
        backend = chainer.ChainerBackend()
        keyring.set_keyring(backend)
        return backend

    yield make


def plaintext_holds_the_secret(backend: PlaintextKeyring) -> bool:
    path = Path(backend.file_path)
    return path.exists() and TEST_SECRET_ACCESS_KEY in path.read_text()


def test_the_null_keyring_is_refused_instead_of_losing_the_key_silently():
    keyring.set_keyring(null.Keyring())
    with pytest.raises(KeyringUnavailable) as refused:
        store_key(KEY)
    assert "keyring" in refused.value.message.source
    assert "this session only" in refused.value.next_action.source
    assert stored_key_ids() == []


def test_the_fail_keyring_is_refused():
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        store_key(KEY)


def test_keyrings_alts_plaintext_file_is_refused_and_never_written(plaintext):
    keyring.set_keyring(plaintext)
    with pytest.raises(KeyringUnavailable):
        store_key(KEY)
    assert not plaintext_holds_the_secret(plaintext)


def test_a_chain_of_only_a_plaintext_file_and_the_null_keyring_is_refused(chain, plaintext):
    chain(plaintext, null.Keyring())
    with pytest.raises(KeyringUnavailable):
        store_key(KEY)
    with pytest.raises(KeyringUnavailable):
        load_key(TEST_ACCESS_KEY_ID)
    assert not plaintext_holds_the_secret(plaintext)


def test_an_empty_chain_is_refused(chain):
    chain()
    with pytest.raises(KeyringUnavailable):
        store_key(KEY)


def test_in_a_chain_the_secret_goes_to_the_safe_store_even_below_a_plaintext_file(chain, plaintext):
    safe = LowPriorityMemoryKeyring()
    backend = chain(plaintext, safe)
    assert [type(b) for b in backend.backends] == [PlaintextKeyring, LowPriorityMemoryKeyring]
    store_key(KEY)
    assert safe.secrets[(KEYRING_SERVICE, TEST_ACCESS_KEY_ID)] == TEST_SECRET_ACCESS_KEY
    assert not plaintext_holds_the_secret(plaintext)
    assert load_key(TEST_ACCESS_KEY_ID) == KEY
    assert stored_key_ids() == [TEST_ACCESS_KEY_ID]


def test_a_key_in_the_plaintext_file_of_a_chain_is_not_read_from_there(chain, plaintext):
    plaintext.set_password(KEYRING_SERVICE, TEST_ACCESS_KEY_ID, TEST_SECRET_ACCESS_KEY)
    chain(plaintext, MemoryKeyring())
    assert load_key(TEST_ACCESS_KEY_ID) is None

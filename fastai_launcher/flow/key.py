"""`Step.KEY`: the SSH key — made (the default) or reused — imported as a key pair."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import LauncherError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .steps import Step
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.keypairs import KeyPair
    from ..ssh.keys import SshKey


def load_ssh_key(
    ws: Workspace, ctx: TaskContext, path: Path | None = None, passphrase: str | None = None
) -> SshKey:
    """The key to use: `path` if given, else the saved one, else the app's own
    (`~/.ssh/fastai-launcher_ed25519`, made when missing; never overwritten).

    An encrypted key raises `KeyPassphraseNeeded`: ask, then call again with it.
    """
    from ..ssh.keys import ensure_key, load_key

    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Preparing the SSH key")))
    chosen = path or (Path(ws.progress.key_path) if ws.progress.key_path else None)
    if ws.key is not None and (chosen is None or ws.key.path == chosen):
        return ws.key
    key = load_key(chosen, passphrase) if chosen else ensure_key(ws.home)
    ws.key = key
    if ws.progress.key_path != str(key.path):
        # Another key: the key pair made from the old one no longer fits.
        ws.update(key_path=str(key.path), key_name=None, key_fingerprint=None)
    return key


def ensure_key_pair(
    ws: Workspace, ctx: TaskContext, path: Path | None = None, passphrase: str | None = None
) -> KeyPair:
    """The key loaded or made, and imported into the region as a key pair.

    Nothing is written to AWS when a key pair of ours already holds this key.
    """
    from ..aws.keypairs import import_key_pair

    key = load_ssh_key(ws, ctx, path, passphrase)
    ctx.progress(
        text(
            "Flow",
            QT_TRANSLATE_NOOP("Flow", "Importing the public key into {region}"),
            region=ws.region,
        )
    )
    pair = import_key_pair(ws.client("ec2"), key.public_line, ws.host_name)
    if (ws.progress.key_name, ws.progress.key_fingerprint) != (pair.name, pair.fingerprint):
        ws.update(key_name=pair.name, key_fingerprint=pair.fingerprint)
    ws.done(Step.KEY)
    return pair


@dataclass(frozen=True)
class Imported:
    pair: KeyPair
    key: SshKey


def existing_key_paths(ws: Workspace, ctx: TaskContext) -> list[Path]:
    """The user's own SSH keys that the page may offer."""
    from ..ssh.keys import existing_keys

    ctx.check()
    return [found.path for found in existing_keys(ws.home)]


def import_key(
    ws: Workspace, ctx: TaskContext, path: Path | None = None, passphrase: str | None = None
) -> Imported:
    """The key page's one button: `path`, or the app's own key (made when missing),
    imported as a key pair."""
    from ..ssh.keys import ensure_key

    chosen = path or ensure_key(ws.home).path
    pair = ensure_key_pair(ws, ctx, chosen, passphrase)
    assert ws.key is not None  # loaded by ensure_key_pair
    return Imported(pair, ws.key)


def passphrase_asked(error: LauncherError) -> Path | None:
    """The key whose passphrase `error` asks for (ask, then import again), else None."""
    from ..ssh.keys import KeyPassphraseNeeded  # loaded already by the failed task

    return error.path if isinstance(error, KeyPassphraseNeeded) else None

"""One user's live setup: what is saved, what is signed in, what is connected.

The `Workspace` shares the `SavedProgress` and `Settings` objects the UI
holds (pass them in), saves progress atomically after every change a step
makes (`update`), and keeps in memory what must never be saved: the AWS
session built from the credentials, the SSH session, the tunnel and the
Jupyter token.

Nothing here imports boto3 or paramiko: the UI builds a Workspace at start-up,
and the step functions import the heavy libraries on the task thread.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core import state
from ..core.errors import AtRisk, CredentialsError, InputError, ProgressNotSaved
from ..core.paths import AppPaths, default_paths
from ..core.state import SavedProgress, Settings
from ..core.text import QT_TRANSLATE_NOOP, Text, text
from .steps import Step, next_step

if TYPE_CHECKING:
    import boto3

    from ..aws.credentials import Identity
    from ..aws.lifecycle import InstanceInfo
    from ..ssh.jupyter import JupyterServer
    from ..ssh.keys import SshKey
    from ..ssh.recipes import Recipe
    from ..ssh.session import Backoff, Session
    from ..ssh.tunnel import StateFn, Tunnel, TunnelTiming
    from .connect import Connection

log = logging.getLogger("fastai_launcher.flow")

#: Developer option, next to `FASTAI_LAUNCHER_SSH_ENDPOINT`: the login user on the
#: instance (`ubuntu` on a Deep Learning AMI).  The sandbox sets it to its sshd's user.
SSH_USER_ENV = "FASTAI_LAUNCHER_SSH_USER"
DEFAULT_SSH_USER = "ubuntu"
#: Developer option: where to ask for this computer's public address instead of
#: checkip.amazonaws.com (the sandbox answers it locally; it has no internet).
CHECKIP_ENV = "FASTAI_LAUNCHER_CHECKIP_URL"
#: Developer option: Jupyter's port on the instance.  When a local sshd plays the
#: instance (the sandbox), 8888 is the tunnel's own port on the same machine.
JUPYTER_PORT_ENV = "FASTAI_LAUNCHER_JUPYTER_PORT"
JUPYTER_PORT = 8888


@dataclass(frozen=True)
class Timing:
    """How often and how long the flow polls; tests and the sandbox shorten it."""

    instance_poll: float = 5.0
    instance_timeout: float = 900.0
    not_found_recheck: float = 5.0  # an instance id AWS does not list yet is asked again
    status_checks: bool = True  # wait for AWS's status checks after a launch
    console_poll: float = 10.0
    #: Then the user is asked to confirm the fingerprint (the wait is said on screen).
    console_timeout: float = 180.0
    # Quota requests take minutes to days: poll at 1 min, then slower up to every 15 min.
    quota_first_poll: float = 60.0
    quota_max_poll: float = 900.0
    quota_backoff: float = 1.5
    jupyter_poll: float = 1.0
    jupyter_timeout: float = 120.0
    recipe_poll: float = 0.5
    reconnects: int = 5  # attempts to re-attach to a running install after a dropped link
    ssh_backoff: Backoff | None = None  # None: the SSH layer's default
    tunnel: TunnelTiming | None = None

    def quota_delays(self) -> Iterator[float]:
        delay = self.quota_first_poll
        while True:
            yield delay
            delay = min(delay * self.quota_backoff, self.quota_max_poll)


def ssh_user(env: Mapping[str, str]) -> str:
    return env.get(SSH_USER_ENV, "").strip() or DEFAULT_SSH_USER


def not_signed_in() -> CredentialsError:
    return CredentialsError(
        text("Flow", QT_TRANSLATE_NOOP("Flow", "You are not signed in to AWS.")),
        text("Flow", QT_TRANSLATE_NOOP("Flow", "Sign in with an AWS profile or an access key.")),
    )


def no_region() -> InputError:
    return InputError(
        text("Flow", QT_TRANSLATE_NOOP("Flow", "No AWS region is chosen yet.")),
        text("Flow", QT_TRANSLATE_NOOP("Flow", "Choose a region on the sign-in page.")),
    )


@dataclass(eq=False)
class Workspace:
    """One user's setup; see the module docstring.  Build it with `Workspace.load`
    or hand in the UI's own `progress` and `settings` objects."""

    paths: AppPaths
    progress: SavedProgress = field(default_factory=SavedProgress)
    settings: Settings = field(default_factory=Settings)
    home: Path = field(default_factory=Path.home)  # where `.ssh/` is
    host_name: str = field(default_factory=socket.gethostname)  # names the key pair
    env: Mapping[str, str] = field(default_factory=lambda: os.environ)
    timing: Timing = field(default_factory=Timing)
    #: Returns what checkip.amazonaws.com says (the caller's public IP); None: ask it.
    fetch_ip: Callable[[], str] | None = None
    #: Recipe id -> Recipe; None: the shipped recipes (`resources/recipes/`).
    recipes: Callable[[str], Recipe] | None = None
    jupyter_port: int = 0  # on the instance; 0: FASTAI_LAUNCHER_JUPYTER_PORT, else 8888
    local_port: int = JUPYTER_PORT  # preferred on this computer; the next free one if taken
    #: Called from the tunnel's threads on every state change (marshal it to the GUI).
    on_tunnel_state: StateFn | None = None

    # Live, never saved.
    identity: Identity | None = field(default=None, init=False)
    key: SshKey | None = field(default=None, init=False, repr=False)
    _instance: InstanceInfo | None = field(default=None, init=False)
    ssh: Session | None = field(default=None, init=False, repr=False)
    tunnel: Tunnel | None = field(default=None, init=False, repr=False)
    jupyter: JupyterServer | None = field(default=None, init=False, repr=False)
    connection: Connection | None = field(default=None, init=False)
    host_key_check: str = field(default="", init=False)  # "pinned", "console", "confirmed"
    #: Fingerprints the user chose to trust, by instance id (asked when the console
    #: shows no host keys); used by the next connect to that instance.
    trusted_fingerprints: dict[str, str] = field(default_factory=dict, init=False)
    #: Instances whose console showed no host keys within the wait: not waited for again.
    console_without_keys: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        self._lock = threading.RLock()
        #: Held while signing in again from saved progress (`signin.resume_sign_in`):
        #: a second task that wants AWS meanwhile waits and reuses the first's answer.
        self.resuming = threading.Lock()
        if not self.jupyter_port:
            configured = self.env.get(JUPYTER_PORT_ENV, "").strip()
            self.jupyter_port = int(configured) if configured.isdigit() else JUPYTER_PORT
        self._make_session: Callable[[str | None], boto3.Session] | None = None
        self._instance_listeners: list[Callable[[], None]] = []
        self._clients: dict[tuple[str, str], Any] = {}

    @classmethod
    def load(cls, paths: AppPaths | None = None, **options: Any) -> Workspace:
        """A workspace from the saved files (a restart resumes from them)."""
        paths = (paths or default_paths()).ensure()
        progress = state.load(SavedProgress, paths.state_file)
        settings = state.load(Settings, paths.settings_file)
        return cls(paths, progress, settings, **options)

    # Saved progress.

    def update(self, **changes: Any) -> None:
        """Change saved progress and write it at once (atomically).

        A write that fails raises `ProgressNotSaved`; the change is kept in memory
        and the instance's watchers are told all the same.
        """
        self.remember(**changes)
        self.save_progress()

    def remember(self, **changes: Any) -> None:
        """Change progress in memory only (`save_progress` writes it); a new instance id
        is told to the watchers at once."""
        with self._lock:
            for name, value in changes.items():
                if not hasattr(self.progress, name):
                    raise AttributeError(f"SavedProgress has no field {name}")
                setattr(self.progress, name, value)
        if "instance_id" in changes:  # launched, adopted or forgotten
            self._instance_changed()

    def save_progress(self) -> None:
        """Write progress (atomically); `ProgressNotSaved` names an instance that may
        be running, so the UI can offer to stop it."""
        with self._lock:
            try:
                state.save(self.progress, self.paths.state_file)
            except OSError as exc:
                raise ProgressNotSaved(
                    self.paths.state_file, exc.strerror or str(exc), self._at_risk()
                ) from exc

    def _at_risk(self) -> AtRisk | None:
        instance_id = self.progress.instance_id
        info = self._instance
        if not instance_id or (
            info is not None and info.instance_id == instance_id and not info.running
        ):
            return None
        return AtRisk(instance_id)

    # The app's instance.

    @property
    def instance(self) -> InstanceInfo | None:
        """The app's instance as the flow last described it."""
        return self._instance

    @instance.setter
    def instance(self, info: InstanceInfo | None) -> None:
        self._instance = info
        self._instance_changed()

    def watch_instance(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call `listener` (on the flow's thread) whenever the flow saves a new instance
        id or describes the instance; returns the function that stops it."""
        with self._lock:
            self._instance_listeners.append(listener)

        def unwatch() -> None:
            with self._lock:
                if listener in self._instance_listeners:
                    self._instance_listeners.remove(listener)

        return unwatch

    def _instance_changed(self) -> None:
        with self._lock:
            listeners = list(self._instance_listeners)
        for listener in listeners:
            try:
                listener()
            except Exception:
                log.exception("an instance listener failed")

    def done(self, step: Step) -> None:
        """Remember that `step` is done: a restart resumes at the step after it."""
        if Step.parse(self.progress.last_step) in (Step.DONE,) and step is not Step.DONE:
            return  # a finished setup stays finished when a step is run again
        resume = next_step(step)
        if self.progress.last_step != resume.value:
            self.update(last_step=resume.value)

    def save_settings(self) -> None:
        with self._lock:
            state.save(self.settings, self.paths.settings_file)

    @property
    def resume_step(self) -> Step:
        return Step.parse(self.progress.last_step)

    # AWS.

    @property
    def signed_in(self) -> bool:
        return self._make_session is not None and self.identity is not None

    @property
    def region(self) -> str:
        if not self.progress.region:
            raise no_region()
        return self.progress.region

    def set_credentials(
        self, make_session: Callable[[str | None], boto3.Session], identity: Identity
    ) -> None:
        """Sign in: `make_session(region)` builds a boto3 session on the credentials."""
        with self._lock:
            self._make_session = make_session
            self.identity = identity
            self._clients.clear()

    def sign_out(self) -> None:
        with self._lock:
            self._make_session = None
            self.identity = None
            self._clients.clear()

    def session(self, region: str | None = None) -> boto3.Session:
        if self._make_session is None:
            raise not_signed_in()
        return self._make_session(region or self.region)

    def client(self, service: str, region: str | None = None) -> Any:
        """A boto3 client for `service` in `region` (the chosen one), made once."""
        region = region or self.region
        with self._lock:
            made = self._clients.get((service, region))
            if made is None:
                from ..aws.clients import client_config
                from ..aws.retries import announce_retries

                made = self.session(region).client(service, config=client_config())  # type: ignore[call-overload]
                announce_retries(made)  # the task shows "retrying …"
                self._clients[(service, region)] = made
            return made

    # SSH and Jupyter.

    @property
    def ssh_user(self) -> str:
        return ssh_user(self.env)

    def public_ip_source(
        self, on_notice: Callable[[Text], None] | None = None
    ) -> Callable[[], str]:
        """What answers "which address does this computer have": `fetch_ip`, else
        checkip.amazonaws.com (or the `FASTAI_LAUNCHER_CHECKIP_URL` override), asked
        directly; `on_notice` hears when a web proxy shows another address."""
        if self.fetch_ip is not None:
            return self.fetch_ip
        from ..aws.network import CHECKIP_URL, fetch_checkip

        url = self.env.get(CHECKIP_ENV, "").strip() or CHECKIP_URL
        return lambda: fetch_checkip(url, on_notice=on_notice)

    @property
    def jupyter_url(self) -> str | None:
        """The Jupyter URL through the tunnel, token included (memory only)."""
        if self.jupyter is None or self.tunnel is None or self.tunnel.local_port is None:
            return None
        from ..ssh.jupyter import local_url

        return local_url(self.jupyter, self.tunnel.local_port)

    def recipe(self) -> Recipe:
        if self.recipes is not None:
            return self.recipes(self.progress.recipe)
        from ..ssh.recipes import load_recipe

        return load_recipe(self.progress.recipe)

    def disconnect(self) -> None:
        """Close the tunnel, then the SSH session (work on the instance goes on)."""
        with self._lock:
            tunnel, session = self.tunnel, self.ssh
            self.tunnel, self.ssh, self.jupyter, self.connection = None, None, None, None
        if tunnel is not None:
            tunnel.stop()
        if session is not None:
            session.close()

    def close(self) -> None:
        """Before the app quits: nothing left running on this computer."""
        self.disconnect()

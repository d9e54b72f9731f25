"""`Step.CONNECT`: connect — SSH from this computer only, the instance's identity
verified, an SSH session, and the tunnel to Jupyter's port.

Before each connect the security group is set to this computer's current
address.  The host key is accepted only when it is pinned for the instance,
listed in cloud-init's block on the instance's console, or confirmed by the
user (`HostKeyUnverified` carries the fingerprint to show; call `connect`
again with `confirmed_fingerprint`).  The address goes through
`core.endpoint.ssh_endpoint`, so `FASTAI_LAUNCHER_SSH_ENDPOINT` can send it
to a local server (the sandbox).

For a terminal, the flow also keeps the instance's verified keys in OpenSSH's
format (`openssh_known_hosts`), which pins both the copyable `ssh` command and
the optional `Host fastai` entry (`add_ssh_config`).  The entry names the
address of the moment, so every connect rewrites it: after a stop and start (a
new public IP), `ssh fastai` works again once the app has connected.
"""

from __future__ import annotations

import logging
import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.endpoint import ssh_endpoint
from ..core.errors import AtRisk, AwsError, HostKeyError, InputError, LauncherError, NetworkError
from ..core.task import TaskContext
from ..core.text import QT_TRANSLATE_NOOP, text
from .key import load_ssh_key
from .lifecycle import refresh_instance
from .steps import Step
from .workspace import Workspace

if TYPE_CHECKING:
    from ..aws.lifecycle import InstanceInfo
    from ..ssh.session import Session

log = logging.getLogger("fastai_launcher.flow")

#: The instance's verified host keys for OpenSSH, in the app's data folder.
OPENSSH_KNOWN_HOSTS = "openssh_known_hosts"
_PLAIN = re.compile(r'"[\w+=:,./-]+"')


@dataclass(frozen=True)
class Connection:
    """What the connect page shows."""

    instance_id: str
    public_ip: str
    host: str  # where SSH goes: the public IP, or the developer override
    port: int
    user: str
    host_key_fingerprint: str  # SHA256:...
    verified_by: str  # "pinned", "console" or "confirmed"
    local_port: int  # the tunnel's, on 127.0.0.1


def _not_running(info: InstanceInfo | None) -> AwsError:
    return AwsError(
        text(
            "Flow",
            QT_TRANSLATE_NOOP("Flow", "The instance is not running ({state})."),
            state=info.state if info else "-",
        ),
        text("Flow", QT_TRANSLATE_NOOP("Flow", "Start the instance, then connect again.")),
    )


def _no_address(instance_id: str) -> NetworkError:
    return NetworkError(
        text(
            "Flow",
            QT_TRANSLATE_NOOP("Flow", "The instance {instance} has no public address right now."),
            instance=instance_id,
        ),
        text("Flow", QT_TRANSLATE_NOOP("Flow", "Start the instance, then connect again.")),
    )


def connected(ws: Workspace) -> bool:
    """A live SSH session and a tunnel that is up (or healing) to the current instance."""
    from ..ssh.tunnel import TunnelState

    return (
        ws.connection is not None
        and ws.ssh is not None
        and ws.ssh.alive
        and ws.tunnel is not None
        and ws.tunnel.state in (TunnelState.UP, TunnelState.RECONNECTING)
        and ws.instance is not None
        and ws.connection.instance_id == ws.instance.instance_id
    )


def connect(
    ws: Workspace, ctx: TaskContext, *, confirmed_fingerprint: str | None = None
) -> Connection:
    """Security group → verified host key → SSH session → tunnel; already connected:
    the connection as it is, with no call to AWS but a look at the instance."""
    from ..aws.console import get_console_output
    from ..aws.lifecycle import describe_instance
    from ..aws.network import open_ssh_for_this_computer
    from ..ssh.hostkeys import InstanceHostKeyPolicy, KnownHosts, poll_console
    from ..ssh.session import Backoff
    from ..ssh.session import connect as open_session
    from ..ssh.tunnel import Tunnel, TunnelTiming

    info = refresh_instance(ws, ctx)
    if info is None or info.state != "running":
        raise _not_running(info)
    if connected(ws) and ws.connection is not None:
        return ws.connection
    ws.disconnect()
    if not info.public_ip:
        raise _no_address(info.instance_id)
    key = load_ssh_key(ws, ctx)
    ec2 = ws.client("ec2")
    instance_id = info.instance_id
    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Allowing SSH from this computer only")))
    open_ssh_for_this_computer(ec2, ws.public_ip_source(on_notice=ctx.progress))

    known = KnownHosts(ws.paths.known_hosts)
    listed = []
    confirmed_fingerprint = confirmed_fingerprint or ws.trusted_fingerprints.get(instance_id)
    if known.pinned(instance_id):
        verified_by = "pinned"
    elif confirmed_fingerprint is not None:
        verified_by = "confirmed"
    else:
        verified_by = "console"
        if instance_id not in ws.console_without_keys:  # waited once: ask at once now
            listed = poll_console(
                lambda: get_console_output(ec2, instance_id),
                ctx,
                timeout=ws.timing.console_timeout,
                interval=ws.timing.console_poll,
            )
            if not listed:
                ws.console_without_keys.add(instance_id)
    # With nothing pinned, listed or confirmed, the login raises HostKeyUnverified.
    policy = InstanceHostKeyPolicy(instance_id, known, listed, confirmed_fingerprint)
    host, port = ssh_endpoint(info.public_ip, ws.env)
    try:
        session = open_session(
            host, port, key.pkey, policy, ctx, ws.ssh_user, ws.timing.ssh_backoff or Backoff()
        )
    except HostKeyError as refused:
        # Someone may be in between: the instance runs, and costs, for nothing.
        refused.at_risk = AtRisk(instance_id)
        raise
    fingerprint = session.transport.get_remote_server_key().fingerprint

    def resolve() -> tuple[str, int]:
        # Called before each (re)connection: a restarted instance has a new address.
        address = describe_instance(ec2, instance_id).public_ip
        if not address:
            raise _no_address(instance_id)
        return ssh_endpoint(address, ws.env)

    tunnel = Tunnel(
        resolve,
        ws.ssh_user,
        key.pkey,
        policy,
        remote_port=ws.jupyter_port,
        preferred_local_port=ws.local_port,
        on_state=ws.on_tunnel_state,
        timing=ws.timing.tunnel or TunnelTiming(),
    )
    ctx.progress(text("Flow", QT_TRANSLATE_NOOP("Flow", "Opening the tunnel to Jupyter's port")))
    try:
        tunnel.start()
    except BaseException:
        session.close()
        raise
    ws.ssh, ws.tunnel, ws.host_key_check = session, tunnel, verified_by
    ws.connection = Connection(
        instance_id=instance_id,
        public_ip=info.public_ip,
        host=host,
        port=port,
        user=ws.ssh_user,
        host_key_fingerprint=fingerprint,
        verified_by=verified_by,
        local_port=int(tunnel.local_port or 0),
    )
    _refresh_openssh_files(ws, ws.connection)
    ws.done(Step.CONNECT)
    return ws.connection


def ensure_session(ws: Workspace, ctx: TaskContext) -> Session:
    """The live SSH session, connecting (again) when there is none or it dropped."""
    if not connected(ws):
        connect(ws, ctx)
    assert ws.ssh is not None
    return ws.ssh


def openssh_known_hosts(ws: Workspace) -> Path:
    return ws.paths.data / OPENSSH_KNOWN_HOSTS


def _write_openssh_known_hosts(ws: Workspace, instance_id: str) -> Path:
    from ..ssh.hostkeys import KnownHosts
    from ..ssh.sshconfig import write_openssh_known_hosts

    known = openssh_known_hosts(ws)
    write_openssh_known_hosts(known, KnownHosts(ws.paths.known_hosts).pinned(instance_id))
    return known


def _ssh_config_block(
    ws: Workspace, connection: Connection, key_path: str, known: Path
) -> list[str]:
    from ..ssh.sshconfig import ssh_config_block

    return ssh_config_block(
        connection.host,
        Path(key_path),
        connection.user,
        connection.port,
        local_port=connection.local_port,
        remote_port=ws.jupyter_port,
        known_hosts_file=known,
    )


def add_ssh_config(ws: Workspace, ctx: TaskContext) -> Path:
    """Write the `Host fastai` entry (with the verified host keys) and include it
    from `~/.ssh/config`; the app's file that holds it."""
    from ..ssh.sshconfig import config_path, write_ssh_config

    ctx.check()
    connection, key_path = ws.connection, ws.progress.key_path
    if connection is None or not key_path:
        raise RuntimeError("connect first")
    known = _write_openssh_known_hosts(ws, connection.instance_id)
    return write_ssh_config(
        config_path(ws.home), _ssh_config_block(ws, connection, key_path, known)
    )


def _refresh_openssh_files(ws: Workspace, connection: Connection) -> None:
    """After a connect: the keys for the ssh command, and the `Host fastai` entry
    (when the user added it) with the address of now."""
    from ..ssh.sshconfig import app_config_path, config_path, write_app_config

    try:
        known = _write_openssh_known_hosts(ws, connection.instance_id)
        entry = app_config_path(config_path(ws.home))
        key_path = ws.progress.key_path
        if key_path and entry.exists():
            write_app_config(entry, _ssh_config_block(ws, connection, key_path, known))
    except (OSError, InputError) as exc:
        # The connection itself is up; only a terminal's `ssh` would be out of date.
        log.warning("could not update the files for OpenSSH: %s", exc)


def ssh_command(ws: Workspace) -> str | None:
    """The guide's command for a terminal (`ssh -i … -L 8888:localhost:8888 ubuntu@…`),
    pinned to the instance's verified host keys; None before there is a key and an
    address."""
    from ..ssh.sshconfig import HOST_KEY_ALIAS, config_value

    info = ws.instance
    if info is None or not info.public_ip or not ws.progress.key_path:
        return None
    host, port = ssh_endpoint(info.public_ip, ws.env)
    try:
        known = config_value(openssh_known_hosts(ws))
    except InputError:
        return None
    if _PLAIN.fullmatch(known):
        known = known[1:-1]  # no quotes to trip over when pasted into cmd.exe
    words = ["ssh", "-i", ws.progress.key_path]
    if port != 22:
        words += ["-p", str(port)]
    words += [
        "-o", f"HostKeyAlias={HOST_KEY_ALIAS}",
        "-o", f"UserKnownHostsFile={known}",
        "-o", "StrictHostKeyChecking=yes",
        "-L", f"{ws.local_port}:localhost:{ws.jupyter_port}",
        f"{ws.ssh_user}@{host}",
    ]  # fmt: skip
    return shlex.join(words)


def trust_fingerprint(ws: Workspace, fingerprint: str) -> None:
    """The user compared `fingerprint` and trusts it: the next connect to the app's
    instance accepts that key (and pins it), in this run of the app."""
    if ws.progress.instance_id:
        ws.trusted_fingerprints[ws.progress.instance_id] = fingerprint


def unverified_fingerprint(error: LauncherError) -> str | None:
    """The fingerprint to show when `error` says the instance's identity could not be
    checked automatically (the user compares it and may trust it), else None."""
    from ..ssh.hostkeys import HostKeyUnverified  # loaded already by the failed task

    return error.fingerprint if isinstance(error, HostKeyUnverified) else None

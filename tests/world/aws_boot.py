"""What cloud-init does on a new EC2 instance, for the world's instances.

On AWS, the first boot puts the launch's key pair into the login user's
`authorized_keys` and prints the SSH host keys on the console.  moto launches
nothing, so a test (or the sandbox) says which local sshd plays the instance:
`AwsWorld.boot_on(sshd)`.  From then on, every instance moto launches gets its
key pair's public key authorized on that sshd and a console text holding that
sshd's real host keys, as if it had booted.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from moto.ec2.models.instances import InstanceBackend

from tests.world.moto_internals import require_tested_moto

require_tested_moto(__name__)

#: (instance id, the launch key pair's OpenSSH public key line or None)
BootFn = Callable[[str, "str | None"], None]

_lock = threading.Lock()
_on_boot: BootFn | None = None


def on_boot(callback: BootFn | None) -> None:
    global _on_boot
    with _lock:
        _on_boot = callback


def clear() -> None:
    on_boot(None)


def install() -> None:
    original = InstanceBackend.run_instances
    if getattr(original, "world_boot", False):
        return

    def run_instances(self: Any, *args: Any, **kwargs: Any) -> Any:
        reservation = original(self, *args, **kwargs)
        with _lock:
            callback = _on_boot
        if callback is not None:
            for instance in reservation.instances:
                pair = self.key_pairs.get(instance.key_name) if instance.key_name else None
                public = pair.material_public.decode("ascii") if pair is not None else None
                callback(instance.id, public)
        return reservation

    run_instances.world_boot = True  # type: ignore[attr-defined]
    InstanceBackend.run_instances = run_instances  # type: ignore[method-assign]

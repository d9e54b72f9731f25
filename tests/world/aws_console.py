"""`GetConsoleOutput` with the instance's SSH host keys, as cloud-init prints them.

moto answers every instance with one fixed kernel log (no host keys), which is
what AWS shows in the minutes after boot; a test sets an instance's text with
`set_console_output`, usually built by `cloud_init_console_text` from the test
sshd's real host public key lines.
"""

from __future__ import annotations

import base64
import hashlib
import struct
import threading

from moto.core.responses import ActionResult
from moto.core.utils import utcnow
from moto.ec2.responses.general import General
from moto.ec2.utils import Base64EncodedString

from tests.world.moto_internals import require_tested_moto

require_tested_moto(__name__)

_lock = threading.Lock()
_outputs: dict[str, str] = {}


def set_console_output(instance_id: str, output: str) -> None:
    with _lock:
        _outputs[instance_id] = output


def clear() -> None:
    with _lock:
        _outputs.clear()


def install() -> None:
    original = General.get_console_output

    def get_console_output(self: General) -> ActionResult:
        instance_id = self._get_param("InstanceId")
        with _lock:
            output = _outputs.get(instance_id)
        if output is None:
            return original(self)
        instance = self.ec2_backend.get_instance(instance_id)  # raises as AWS does if unknown
        return ActionResult(
            {
                "InstanceId": instance.id,
                "Timestamp": utcnow(),
                "Output": Base64EncodedString.from_raw_string(output),
            }
        )

    General.get_console_output = get_console_output  # type: ignore[method-assign]


def _fingerprint_line(key_line: str, host: str) -> str:
    key_type, blob_b64 = key_line.split()[:2]
    blob = base64.b64decode(blob_b64)
    digest = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    if key_type == "ssh-ed25519":
        bits, label = 256, "ED25519"
    elif key_type.startswith("ecdsa-sha2-nistp"):
        bits, label = int(key_type.removeprefix("ecdsa-sha2-nistp")), "ECDSA"
    else:  # ssh-rsa: string type, mpint e, mpint n
        offset = 0
        fields = []
        for _ in range(3):
            (length,) = struct.unpack(">I", blob[offset : offset + 4])
            fields.append(blob[offset + 4 : offset + 4 + length])
            offset += 4 + length
        bits, label = int.from_bytes(fields[2], "big").bit_length(), "RSA"
    return f"{bits} SHA256:{digest} root@{host} ({label})"


def cloud_init_console_text(host_key_lines: list[str], host: str = "ip-172-31-20-5") -> str:
    """Console text like an Ubuntu DLAMI's first boot, with these host public keys."""
    stamp = "Nov  1 10:02:11 ec2:"
    fingerprints = [f"<14>{stamp} {_fingerprint_line(line, host)}" for line in host_key_lines]
    keys = [" ".join([*line.split()[:2], f"root@{host}"]) for line in host_key_lines]
    return "\n".join(
        [
            "[    0.000000] Linux version 6.8.0-1017-aws (buildd@lcy02-amd64-060) #18-Ubuntu SMP",
            "[    0.000000] Command line: BOOT_IMAGE=/vmlinuz-6.8.0-1017-aws root=PARTUUID=1",
            "[   14.201554] cloud-init[1042]: Cloud-init v. 24.3.1 running 'init' at Sat, 01 Nov",
            "[   18.660231] cloud-init[1042]: Generating public/private ed25519 key pair.",
            f"<14>{stamp} #############################################################",
            f"<14>{stamp} -----BEGIN SSH HOST KEY FINGERPRINTS-----",
            *fingerprints,
            f"<14>{stamp} -----END SSH HOST KEY FINGERPRINTS-----",
            f"<14>{stamp} #############################################################",
            "-----BEGIN SSH HOST KEY KEYS-----",
            *keys,
            "-----END SSH HOST KEY KEYS-----",
            "[   31.402117] cloud-init[1390]: Cloud-init v. 24.3.1 finished at Sat, 01 Nov"
            " 2025 10:02:11 +0000. Datasource DataSourceEc2Local.  Up 31.38 seconds",
            "",
        ]
    )

"""The instance's console output, where cloud-init prints its SSH host keys.

The SSH layer reads the `-----BEGIN SSH HOST KEY KEYS-----` block out of this
text to check the host key on first connect instead of trusting it blindly.
The block appears a few minutes after the first boot; until then the text is
empty or holds only the kernel's boot log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from botocore.exceptions import ClientError

from .typed_errors import error_code, typed_aws_errors

if TYPE_CHECKING:
    from mypy_boto3_ec2 import EC2Client


@typed_aws_errors
def get_console_output(ec2: EC2Client, instance_id: str) -> str:
    """The console text of the instance, newest first where AWS can; "" when none yet.

    botocore already decodes AWS's base64.  `Latest=True` is only available on
    Nitro instances (g4dn is one); older types (p2) get the buffered output.
    """
    try:
        answer = ec2.get_console_output(InstanceId=instance_id, Latest=True)
    except ClientError as exc:
        if error_code(exc) != "UnsupportedOperation":
            raise
        answer = ec2.get_console_output(InstanceId=instance_id)
    return answer.get("Output") or ""

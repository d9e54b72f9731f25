"""The moto versions the test world's patches of moto's internals were written for.

`aws_boot.py`, `aws_console.py` and `aws_quotas.py` replace or extend moto's own
classes (its instance backend, its EC2 and Service Quotas responses).  A new
moto can rename or reshape those without any error at import, and the world
would then quietly stop playing AWS.  Each of them calls `require_tested_moto`
first, so a moto outside the tested range stops the suite with a clear message.
The `test` extra in pyproject.toml pins the same range.
"""

from __future__ import annotations

from importlib.metadata import version

#: Versions whose internals the patches were checked against (prefixes).
TESTED_MOTO = ("5.2.",)


class UntestedMoto(ImportError):
    pass


def require_tested_moto(module: str, installed: str | None = None) -> None:
    found = installed or version("moto")
    if not found.startswith(TESTED_MOTO):
        raise UntestedMoto(
            f"{module} patches moto's internals and was written for moto "
            f"{' or '.join(v + 'x' for v in TESTED_MOTO)}, but moto {found} is installed. "
            "Install a tested moto (pip install -e '.[test]'), or check the patched "
            "classes against the new moto and add its version to TESTED_MOTO in "
            "tests/world/moto_internals.py."
        )

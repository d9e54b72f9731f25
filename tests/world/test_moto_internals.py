"""The world's patches of moto's internals refuse a moto they were not checked against."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.world.moto_internals import UntestedMoto, require_tested_moto

ROOT = Path(__file__).resolve().parents[2]
PATCHES = ("tests.world.aws_boot", "tests.world.aws_console", "tests.world.aws_quotas")


def test_the_installed_moto_is_a_tested_one():
    require_tested_moto("tests.world.aws_boot")  # the suite runs on it


def test_another_moto_is_refused_with_what_to_do():
    with pytest.raises(UntestedMoto) as refused:
        require_tested_moto("tests.world.aws_quotas", installed="5.3.0")
    message = str(refused.value)
    assert "moto 5.3.0 is installed" in message and "TESTED_MOTO" in message


@pytest.mark.parametrize("module", PATCHES)
def test_each_patch_checks_the_version_at_import(module):
    # A fresh interpreter where moto reports a newer version: importing the patch fails.
    probe = textwrap.dedent(
        f"""
        import importlib.metadata
        real = importlib.metadata.version
        importlib.metadata.version = lambda name: "5.3.0" if name == "moto" else real(name)
        try:
            import {module}
        except ImportError as exc:
            print(type(exc).__name__, exc)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.startswith("UntestedMoto"), done.stdout + done.stderr
    assert module in done.stdout

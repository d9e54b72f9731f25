"""Translations are complete and current: every string in the code is in the
.ts files, every Korean entry is finished, placeholders match across languages,
and the shipped .qm files are built from the committed .ts files."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_translations_are_complete_current_and_consistent():
    result = subprocess.run(
        [sys.executable, str(ROOT / "i18n" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "translations: OK" in result.stdout

"""The layers of DESIGN.md: core/aws/ssh never import Qt; ui never imports boto3 or paramiko."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "fastai_launcher"
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}
AWS_SSH_LIBRARIES = {"boto3", "botocore", "paramiko", "sshtunnel"}


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every absolute import in a file (also those inside functions)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def offenders(layer: str, forbidden: set[str]) -> dict[str, set[str]]:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no files under {layer}/"
    found = {str(f.relative_to(PACKAGE)): imported_modules(f) & forbidden for f in files}
    return {name: bad for name, bad in found.items() if bad}


def test_core_aws_and_ssh_never_import_qt():
    for layer in ("core", "aws", "ssh"):
        assert offenders(layer, QT) == {}, f"{layer}/ must stay usable without Qt"


def test_ui_never_imports_boto3_or_paramiko():
    assert offenders("ui", AWS_SSH_LIBRARIES) == {}, "ui/ talks to AWS and SSH via aws/ and ssh/"


def test_the_checker_sees_imports_in_every_form(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import PySide6.QtCore\nfrom boto3 import session\n"
        "def later():\n    import paramiko\nfrom . import sibling\n"
    )
    assert imported_modules(sample) == {"PySide6", "boto3", "paramiko"}

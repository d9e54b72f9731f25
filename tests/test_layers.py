"""The layers of DESIGN.md and the shape of the tree.

The import rules are import-linter contracts in pyproject.toml (`[tool.importlinter]`):
core < aws, ssh < flow < ui < app; no Qt below the ui; the ui reaches AWS and
SSH only through the flow.  The checks here are what a contract cannot say.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fastai_launcher"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def test_the_import_contracts_hold():
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "3 kept, 0 broken" in done.stdout


def test_the_contracts_catch_a_forbidden_import(tmp_path):
    # A copy of the package with one Qt import in the flow: the contract must break.
    copy = tmp_path / "fastai_launcher"
    subprocess.run(["cp", "-r", str(PACKAGE), str(copy)], check=True)
    (copy / "flow" / "sneaky.py").write_text("from PySide6.QtCore import QObject\n")
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(tmp_path), "PATH": str(LINT_IMPORTS.parent)},
    )
    assert done.returncode != 0
    assert "fastai_launcher.flow.sneaky -> PySide6" in done.stdout


def _takes_a_task_context(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> bool:
    arguments = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
    for argument in arguments:
        annotation = ast.unparse(argument.annotation) if argument.annotation else ""
        if argument.arg in ("ctx", "_ctx") or annotation.split(".")[-1] == "TaskContext":
            return True
    return False


def task_functions(path: Path, root: Path = PACKAGE) -> list[str]:
    """Functions and lambdas in `path` that take a `TaskContext` (work for a task thread)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        functions = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda
        if isinstance(node, functions) and _takes_a_task_context(node):
            name = getattr(node, "name", "<lambda>")
            found.append(f"{path.relative_to(root)}:{node.lineno} {name}")
    return found


def test_no_task_function_is_defined_under_ui():
    # The work a task does lives in flow/ (Qt-free, testable alone); ui/ only shows and wires.
    offenders = [
        hit for path in sorted((PACKAGE / "ui").rglob("*.py")) for hit in task_functions(path)
    ]
    assert offenders == []


def test_the_task_function_check_sees_every_form(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            """
            def a(ws, ctx): ...
            def b(ws, context: TaskContext): ...
            f = lambda ctx: None
            def fine(ws, index: int): ...
            """
        )
    )
    found = task_functions(sample, tmp_path)
    assert [hit.split()[1] for hit in found] == ["a", "b", "<lambda>"]


def test_every_flow_module_imports_with_qt_refused():
    # A meta-path finder refuses PySide6 and shiboken6; every module of flow/ (and of
    # core, aws, ssh, which the flow uses) must import, in a fresh interpreter.
    modules = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for layer in ("core", "aws", "ssh", "flow")
        for path in sorted((PACKAGE / layer).glob("*.py"))
    ]
    probe = textwrap.dedent(
        f"""
        import importlib, sys

        class NoQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError(f"Qt is refused here: {{name}}")
                return None

        sys.meta_path.insert(0, NoQt())
        for module in {modules!r}:
            importlib.import_module(module)
        assert not any(m.split(".")[0] in ("PySide6", "shiboken6") for m in sys.modules)
        try:
            import PySide6  # noqa: F401
        except ImportError:
            print("qt refused; imported", len({modules!r}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert f"qt refused; imported {len(modules)}" in done.stdout
    assert any(m.startswith("fastai_launcher.flow.") for m in modules)


def test_the_tree_shows_its_rooms():
    # ui/ grouped by feature, tests/ mirroring the package: few files at the top of each.
    ui_top = sorted(path.name for path in (PACKAGE / "ui").glob("*.py"))
    assert len(ui_top) <= 8, ui_top
    for room in ("app", "wizard", "home", "tray", "widgets"):
        assert (PACKAGE / "ui" / room / "__init__.py").is_file(), room
    tests_top = sorted(path.name for path in (ROOT / "tests").glob("test_*.py"))
    assert len(tests_top) <= 5, tests_top
    for room in ("core", "aws", "ssh", "flow", "ui", "drills", "e2e", "world"):
        assert (ROOT / "tests" / room / "__init__.py").is_file(), room


def test_the_flow_tests_pass_with_qt_refused():
    # Every flow/ function's tests, in a child where PySide6 cannot be imported at all
    # (tests/conftest.py's RefuseQt) and no Qt plugin is loaded: the flow works as a
    # script or a REPL would use it.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/flow", "-q", "-p", "no:cacheprovider",
         "-p", "no:pytest-qt", "-W", "ignore::pytest.PytestConfigWarning"],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
        env={**os.environ, "FASTAI_LAUNCHER_TESTS_WITHOUT_QT": "1"},
    )  # fmt: skip
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-3000:]
    assert " passed" in summary and "failed" not in summary and "skipped" not in summary


@pytest.mark.parametrize(
    "reading, heavy",
    [
        # The home card says where the notebooks are (the recipe's folder) while the app
        # idles: that must not pull paramiko into an idle app (about 26 MB).
        (
            "from fastai_launcher.ssh.recipes import load_recipe\nload_recipe('fastbook')",
            ("paramiko", "sshtunnel"),
        ),
        # The tray's tick prices the month's ledger on the GUI thread every 30 s: a
        # first boto3 import there would freeze the window for a moment.
        (
            "from fastai_launcher.aws.pricing import bundled_quote\n"
            "assert bundled_quote('us-east-1', 'g4dn.xlarge', 100)",
            ("boto3", "botocore"),
        ),
    ],
    ids=["recipe", "bundled-price"],
)
def test_what_the_idle_app_reads_loads_no_network_library(reading, heavy):
    probe = f"import sys\n{reading}\nprint(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr

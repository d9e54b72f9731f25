"""Small virtual environments for child interpreters: the app's dependencies as the
README's `pip install .` resolves them, for each Python the machine has.

A big test process hides a binding that loses references (it starts with tens of
thousands of them); the endurance tests and the start-up guard's test run the
app's objects in a fresh child of one of these instead.

- `interpreters()`: every supported Python found (pyenv's versions, then
  `pythonX.Y` on PATH), newest patch of each minor version.
- `project_venv(python)`: a venv with the dependencies of `pyproject.toml`
  (environment markers resolved by that Python's pip), cached under
  `~/.cache/fastai-launcher-tests/venvs/` by Python version and a hash of
  pyproject.toml's dependencies.  The project itself is not installed: children run with the
  checkout on `PYTHONPATH`, so a cached venv serves any clone.
- `binding_venv(python, binding)`: the same with another Qt binding.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PYPROJECT = ROOT / "pyproject.toml"
SUPPORTED = ("3.10", "3.11", "3.12", "3.13")
LOWEST = SUPPORTED[0]
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / (
    "fastai-launcher-tests/venvs"
)
PIP_TIMEOUT_S = 900


def _pyenv_roots() -> list[Path]:
    roots = [Path(os.environ["PYENV_ROOT"])] if os.environ.get("PYENV_ROOT") else []
    return [*roots, Path.home() / ".pyenv", Path("/root/.pyenv")]


def _patch(path: Path) -> tuple[int, ...]:
    found = re.match(r"(\d+)\.(\d+)\.(\d+)$", path.parent.parent.name)
    return tuple(int(part) for part in found.groups()) if found else (0,)


def interpreter(minor: str) -> Path | None:
    """The newest Python `minor` ("3.10") on this machine, or None."""
    for root in _pyenv_roots():
        found = sorted((root / "versions").glob(f"{minor}.*/bin/python"), key=_patch)
        found = [path for path in found if _patch(path) != (0,)]
        if found:
            return found[-1]
    on_path = shutil.which(f"python{minor}")
    return Path(on_path) if on_path else None


def interpreters() -> dict[str, Path]:
    """Supported minor version -> interpreter, for those this machine has."""
    return {minor: path for minor in SUPPORTED if (path := interpreter(minor)) is not None}


def full_version(python: Path) -> str:
    done = subprocess.run(
        [str(python), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.strip()


def project_dependencies() -> list[str]:
    """`[project] dependencies` of pyproject.toml, markers included."""
    if sys.version_info >= (3, 11):
        import tomllib

        with PYPROJECT.open("rb") as file:
            return list(tomllib.load(file)["project"]["dependencies"])
    # Python 3.10 has no TOML reader: the quoted strings of the `dependencies = [...]` list.
    listed = re.search(r"^dependencies = \[(.*?)^\]", PYPROJECT.read_text(), re.M | re.S)
    assert listed is not None, "pyproject.toml lists no dependencies"
    return re.findall(r'^\s*"([^"]+)",', listed.group(1), re.M)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with (path.parent / f"{path.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another test run may build the same venv
        yield


def _build(python: Path, folder: Path, requirements: list[str]) -> Path:
    """`folder` as a venv of `python` with `requirements`; its python. Built once."""
    venv_python = folder / "bin" / "python"
    ready = folder / ".ready"
    with _locked(folder):
        if ready.exists() and venv_python.exists():
            return venv_python
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [str(python), "-m", "venv", str(folder)], check=True, capture_output=True, timeout=300
        )
        done = subprocess.run(
            [str(venv_python), "-m", "pip", "install", "--quiet", *requirements],
            capture_output=True,
            text=True,
            timeout=PIP_TIMEOUT_S,
        )
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(
                f"pip install {' '.join(requirements)} with {python} failed:\n{done.stderr}"
            )
        ready.write_text(" ".join(requirements) + "\n")
    return venv_python


def _digest(requirements: list[str]) -> str:
    return hashlib.sha256("\n".join(requirements).encode()).hexdigest()[:12]


def project_venv(python: Path) -> Path:
    """The python of a cached venv of `python` with the project's dependencies."""
    requirements = project_dependencies()
    prefix = f"project-py{full_version(python)}-"
    folder = CACHE / f"{prefix}{_digest(requirements)}"
    built = _build(python, folder, requirements)
    for old in CACHE.glob(f"{prefix}*"):  # made for dependencies that changed since
        if old.is_dir() and old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return built


def binding_venv(python: Path, binding: str) -> Path:
    """The python of a cached venv of `python` with the project's dependencies, except
    that the Qt binding is `binding` (e.g. "PySide6-Essentials==6.12.0")."""
    others = [r for r in project_dependencies() if not r.lower().startswith("pyside6")]
    requirements = [binding, *others]
    name = re.sub(r"[^A-Za-z0-9.]+", "-", binding).strip("-")
    folder = CACHE / f"{name}-py{full_version(python)}-{_digest(requirements)}"
    return _build(python, folder, requirements)


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment for a child on the checkout: offscreen, the checkout
    first on `PYTHONPATH`, no bytecode written into the checkout by other Pythons."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env

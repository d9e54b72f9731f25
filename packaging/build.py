"""Build the one-folder app for this platform: `python packaging/build.py`.

1. copies the working tree (files git tracks or would track) to `build/bundle-src`,
   so the build sees exactly what a clone would hold;
2. makes a clean virtual environment `build/bundle-env` with only the app and
   the `bundle` extra (PyInstaller, Pillow) — no test package can slip in — and
   stops if its Python and PySide6 are a pair that loses references (the
   start-up guard's check, `ui/app/binding_check.py`);
3. runs `packaging/fastai-launcher.spec`: `dist/fastai-launcher/` (Linux,
   Windows) or `dist/fastai launcher.app` (macOS);
4. on Linux, adds the `.desktop` file, the icon and `install-desktop-entry.sh`;
5. reports the size by component (`build/bundle-report.json` too) and
   smoke-starts the result (`packaging/smoke.py`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import venv
from collections import Counter
from pathlib import Path, PurePath

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
NAME = "fastai-launcher"
MAC_APP = "fastai launcher.app"


def run(*command: str | Path, cwd: Path | None = None) -> None:
    print("$", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def copy_tree(target: Path) -> None:
    """The files of the working tree that git tracks or would track (not ignored)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    if target.exists():
        shutil.rmtree(target)
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def env_python(env: Path) -> Path:
    return env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def make_env(env: Path, source: Path) -> Path:
    if not env_python(env).exists():
        venv.EnvBuilder(with_pip=True, clear=True).create(env)
    python = env_python(env)
    run(python, "-m", "pip", "install", "-q", f"{source}[bundle]")
    # The version number does not change between edits: reinstall the code itself.
    run(python, "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", source)
    return python


# The start-up guard's check (`fastai_launcher/ui/app/binding_check.py`) in the bundle's
# environment, in a fresh process: a big one would hide the leak.
BINDING_CHECK = """
import os, platform, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
import PySide6
from PySide6.QtWidgets import QApplication
from fastai_launcher.ui.app.binding_check import binding_keeps_references
app = QApplication([])
keeps = binding_keeps_references()
print(f"PySide6 {PySide6.__version__} on Python {platform.python_version()}", flush=True)
os._exit(0 if keeps else 3)  # finishing the interpreter could abort on a leaking binding
"""


def check_binding(python: Path) -> str:
    """The environment's "PySide6 X on Python Y"; stops the build when that pair loses
    references to True/None (PySide6 6.12.0 on Python 3.10/3.11): the bundled app
    would refuse to start, or crash after a few hundred progress reports."""
    done = subprocess.run(
        [str(python), "-c", BINDING_CHECK],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONSAFEPATH": "1"},
    )
    pair = done.stdout.strip()
    if done.returncode != 3 and done.returncode != 0:
        raise SystemExit(f"build: the Qt binding check could not run\n{done.stderr}")
    if done.returncode != 0:
        raise SystemExit(
            f"build: the bundle's Qt binding ({pair or 'unknown'}) loses references and the "
            "app would not run: build with Python 3.12 or newer, or with "
            f"PySide6-Essentials below 6.12 (exit {done.returncode})\n{done.stderr}"
        )
    print(f"build: {pair} keeps its references", flush=True)
    return pair


def add_desktop_entry(folder: Path, source: Path) -> None:
    shutil.copy2(source / "packaging" / "linux" / f"{NAME}.desktop", folder)
    shutil.copy2(source / "packaging" / "linux" / "install-desktop-entry.sh", folder)
    icons = sorted(
        (source / "resources" / "icons").glob(f"{NAME}-*.png"),
        key=lambda p: int(p.stem.rsplit("-", 1)[-1]),
    )
    if icons:
        shutil.copy2(icons[-1], folder / f"{NAME}.png")


def component(relative: PurePath) -> str:
    """A name for what a bundled file belongs to, for the size report."""
    parts = relative.parts
    for marker in ("_internal", "Frameworks", "Resources"):
        if marker in parts:
            parts = parts[parts.index(marker) + 1 :]
            break
    else:
        return "launcher (executable with the compressed Python modules)"
    if not parts:
        return "other"
    name = parts[-1]
    if parts[0] == "PySide6" and len(parts) > 2 and parts[1] == "Qt":
        if parts[2] == "lib":
            library = name.split(".")[0].removeprefix("lib").split("_")[0]
            return "ICU (Qt's Unicode tables)" if library.startswith("icu") else library
        return f"Qt {parts[2]}"
    if parts[0] in {"PySide6", "shiboken6"}:
        return "PySide6 bindings"
    if name.startswith(("libpython", "python3", "Python")) or parts[0].startswith(
        ("python3", "base_library", "lib-dynload", "Python")
    ):
        return "Python runtime"
    if len(parts) == 1 and (".so" in name or name.endswith((".dll", ".dylib"))):
        return "system library " + name.split(".")[0]
    return parts[0].split("-")[0].split(".")[0]


def group(name: str) -> str:
    """The coarse parts of the bundle."""
    if name.startswith(("Qt", "ICU")):
        return "Qt (libraries, ICU, plugins)"
    if name.startswith("system library"):
        return "system libraries"
    if name in {"botocore", "boto3", "s3transfer"}:
        return "boto3/botocore"
    if name in {"fastai_launcher", "launcher (executable with the compressed Python modules)"}:
        return name
    if name in {"PySide6 bindings", "Python runtime", "cryptography"}:
        return name
    return "other Python packages"


def size_report(dist: Path) -> dict[str, int]:
    sizes: Counter[str] = Counter()
    for path in dist.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[component(path.relative_to(dist))] += path.stat().st_size
    return dict(sizes.most_common())


def grouped(sizes: dict[str, int]) -> dict[str, int]:
    groups: Counter[str] = Counter()
    for name, size in sizes.items():
        groups[group(name)] += size
    return dict(groups.most_common())


def print_report(sizes: dict[str, int]) -> None:
    print(f"\nbundle size: {sum(sizes.values()) / 1e6:.1f} MB")
    for name, size in grouped(sizes).items():
        print(f"  {size / 1e6:7.1f} MB  {name}")
    print("largest single parts:")
    for name, size in list(sizes.items())[:8]:
        print(f"  {size / 1e6:7.1f} MB  {name}")


def make_archive(output: Path) -> Path:
    """What a student downloads: .tar.gz on Linux (keeps the exec bits), .zip elsewhere."""
    base = output.parent / f"{NAME}-{sys.platform}"
    if sys.platform == "darwin":
        # ditto keeps the .app's symlinks and signature, which zipfile would flatten.
        archive = base.with_suffix(".zip")
        run("ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", output, archive)
        return archive
    form = "gztar" if sys.platform.startswith("linux") else "zip"
    return Path(shutil.make_archive(str(base), form, output.parent, output.name))


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return dist / MAC_APP / "Contents" / "MacOS" / NAME
    return dist / NAME / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke start")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz/.zip")
    args = parser.parse_args(argv)
    build: Path = args.build_dir.resolve()
    dist: Path = args.dist.resolve()
    began = time.perf_counter()

    source = build / "bundle-src"
    copy_tree(source)
    python = make_env(build / "bundle-env", source)
    binding = check_binding(python)
    env_ready = time.perf_counter()
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        dist,
        "--workpath",
        build / "pyinstaller",
        source / "packaging" / f"{NAME}.spec",
        cwd=build,
    )
    if sys.platform.startswith("linux"):
        add_desktop_entry(dist / NAME, source)
    built = time.perf_counter()

    output = dist / MAC_APP if sys.platform == "darwin" else dist / NAME
    sizes = size_report(output)
    print_report(sizes)
    seconds = {"environment": env_ready - began, "pyinstaller": built - env_ready}
    print(
        f"build: environment {seconds['environment']:.0f} s, PyInstaller {seconds['pyinstaller']:.0f} s"
    )
    report: dict[str, object] = {
        "output": str(output),
        "binding": binding,
        "total_bytes": sum(sizes.values()),
        "groups": grouped(sizes),
        "components": sizes,
        "seconds": seconds,
    }
    if not args.no_archive:
        archive = make_archive(output)
        report["archive"] = str(archive)
        report["archive_bytes"] = archive.stat().st_size
        print(f"archive: {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    (build / "bundle-report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")

    if not args.no_smoke:
        sys.path.insert(0, str(PACKAGING))
        import smoke

        version = subprocess.run(
            [python, "-c", "import fastai_launcher; print(fastai_launcher.__version__)"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONSAFEPATH": "1"},
        ).stdout.strip()
        return smoke.main([str(executable(dist)), "--expect-version", version])
    return 0


if __name__ == "__main__":
    sys.exit(main())

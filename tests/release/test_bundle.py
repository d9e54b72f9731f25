"""The one-folder Linux app a student downloads: built by `packaging/build.py`, started.

The build (a clean environment with PyInstaller, about 1.5 minutes here) runs
once for the module, in a temporary folder; `build.py` itself smoke-starts the
result (`--version`, an offscreen start in Korean) and fails if that fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(900)


def _tree_files(under: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", under],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--build-dir",
            str(work / "build"),
            "--dist",
            str(work / "dist"),
            "--no-archive",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "smoke: ok" in done.stdout
    report = json.loads((work / "build" / "bundle-report.json").read_text(encoding="utf-8"))
    report["build_python"] = str(work / "build" / "bundle-env" / "bin" / "python")
    return report


def test_the_bundle_folder_holds_the_app_its_resources_and_the_desktop_entry(bundle):
    folder = Path(bundle["output"])
    assert os.access(folder / "fastai-launcher", os.X_OK)
    for name in ("fastai-launcher.desktop", "install-desktop-entry.sh"):
        assert (folder / name).is_file()
    resources = folder / "_internal" / "fastai_launcher" / "resources"
    missing = [name for name in _tree_files("resources") if not (resources.parent / name).is_file()]
    assert not missing
    assert (folder / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_ko.qm").is_file()


def test_the_bundle_leaves_out_what_the_app_does_not_use(bundle):
    internal = Path(bundle["output"]) / "_internal"
    present = {path.relative_to(internal).as_posix() for path in internal.rglob("*")}
    unwanted = [
        name
        for name in present
        if any(
            part in name
            for part in (
                "moto",
                "pytest",
                "keyrings",
                "jupyter",
                "QtQml",
                "QtQuick",
                "Qt3D",
                "QtWebEngine",
                "QtDesigner",
                "QtPdf",
                "libgtk",
                "platforms/libqeglfs",
                "sqldrivers",
            )
        )
    ]
    assert not unwanted
    assert bundle["total_bytes"] < 200_000_000  # 144 MB when this test was written


def test_the_bundled_aws_models_cover_every_client_the_app_makes(bundle):
    """botocore's models are trimmed to the services the app uses: each must still load."""
    data = Path(bundle["output"]) / "_internal" / "botocore" / "data"
    check = f"""
import botocore.session
from botocore.loaders import Loader
session = botocore.session.Session()
session.register_component("data_loader", Loader(extra_search_paths=[{str(data)!r}], include_default_search_paths=False))
for service in {sorted(p.name for p in data.iterdir() if p.is_dir())!r}:
    session.create_client(service, region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
print(sorted(session.get_available_services()))
"""
    done = subprocess.run(
        [bundle["build_python"], "-c", check], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    services = set(json.loads(done.stdout.replace("'", '"')))
    assert {
        "ec2",
        "ssm",
        "sts",
        "service-quotas",
        "pricing",
        "cloudwatch",
        "sso",
        "sso-oidc",
    } <= services

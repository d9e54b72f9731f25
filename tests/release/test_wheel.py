"""The wheel a student gets from `pip install`: built, installed in a fresh venv, started.

The wheel is built from a copy of the working tree (the files git tracks or
would track), installed with its dependencies from the package index into a
new virtual environment, and run from there: `fastai-launcher --version`, and
the window, offscreen, in Korean.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from fastai_launcher.ui.wizard.pages.welcome import LANGUAGE_CHOICES

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile(r"[\uac00-\ud7a3]")

# Everything in this module shares one wheel and one venv; the first test pays
# for building and installing (about 25 s with pip's cache, more on a cold one).
pytestmark = pytest.mark.timeout(600)


def _load_smoke():
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["smoke"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


smoke = _load_smoke()


def _tree_files(*under: str) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", *under],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if sys.platform == "win32" else "bin")

    @property
    def command(self) -> Path:
        return self.bin / ("fastai-launcher.exe" if sys.platform == "win32" else "fastai-launcher")

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if sys.platform == "win32" else "python")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in _tree_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(source)],
        check=True,
    )
    (built,) = out.glob("fastai_launcher-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory) -> Installed:
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    result = Installed(wheel, venv)
    subprocess.run([str(result.python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    return result


def test_wheel_holds_every_module_and_every_resource(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {name for name in _tree_files("fastai_launcher") if name.endswith(".py")}
    missing = sorted(modules - names)
    assert not missing, (
        "the wheel lacks these modules; list their package in pyproject.toml "
        f"[tool.setuptools].packages: {missing}"
    )
    resources = {
        "fastai_launcher/resources/" + name.removeprefix("resources/")
        for name in _tree_files("resources")
    }
    assert {name for name in names if name.startswith("fastai_launcher/resources/")} == resources
    # What the app and its guide rely on, whatever else is added later:
    for name in (
        "i18n/fastai_launcher_ko.qm",
        "i18n/fastai_launcher_en.qm",
        "icons/fastai-launcher-256.png",
        "recipes/course-v3.json",
        "iam-policy.json",
        "prices.json",
    ):
        assert "fastai_launcher/resources/" + name in names


def test_installed_command_prints_its_version(installed: Installed):
    version = json.loads(
        subprocess.run(
            [
                str(installed.python),
                "-c",
                "import json, fastai_launcher as f; print(json.dumps(f.__version__))",
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=installed.venv,
        ).stdout
    )
    assert installed.wheel.name.startswith(f"fastai_launcher-{version}-")
    line, _ = smoke.check_version(installed.command, expected=version)
    assert line == f"fastai-launcher {version}"


def test_installed_command_starts_offscreen_in_korean_and_quits_cleanly(
    installed: Installed, tmp_path
):
    start = smoke.start_offscreen(installed.command, "ko", tmp_path)
    assert smoke.check_start(start, "ko") == []


# Runs the installed package's own entry point (`fastai_launcher.__main__.main`,
# what the `fastai-launcher` command calls) and, when the app logs that its main
# window is shown, reads the texts a user sees in it and quits the app.
READ_WINDOW = """
import json, logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from fastai_launcher.__main__ import main

def report():
    (window,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window"]
    texts = [window.windowTitle()] + [
        w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
        if w.isVisible() and w.text()
    ]
    print("VISIBLE " + json.dumps(texts), flush=True)
    QApplication.quit()

class WhenShown(logging.Handler):
    def emit(self, record):
        if record.getMessage().startswith("main window shown"):
            QTimer.singleShot(0, report)

logging.getLogger("fastai_launcher.ui").addHandler(WhenShown())
sys.exit(main(["--lang", sys.argv[1]]))
"""
# The language choice names each language in itself, in every language.
LANGUAGE_NAMES = set(LANGUAGE_CHOICES.values())


@pytest.mark.parametrize("language", ["ko", "en"])
def test_installed_app_shows_its_main_window_in_the_chosen_language(
    installed: Installed, tmp_path, language
):
    env = {
        **smoke.os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FASTAI_LAUNCHER_HOME": str(tmp_path),
    }
    done = subprocess.run(
        [str(installed.python), "-c", READ_WINDOW, language],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,  # not the source tree: only the installed package is importable
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("VISIBLE ")]
    texts = [
        text for text in json.loads(line.removeprefix("VISIBLE ")) if text not in LANGUAGE_NAMES
    ]
    korean = [text for text in texts if HANGUL.search(text)]
    if language == "ko":
        assert korean, texts
    else:
        assert not korean

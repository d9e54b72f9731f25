"""The screenshots show the product, not the test world, and say in words what each
screen shows: the command run for real (English and Korean, the README's set),
and the committed sets checked.

The words that give the test world away: what a student never sees on their
own machine (moto, the sandbox recipe, the loopback address, a temporary
folder, the world's own user and stand-ins).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.world.screenshots import README_SET, SCREENS, SETS

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "packaging" / "screenshots"
FORBIDDEN = ("moto", "sandbox", "127.0.0.1", "/tmp", "test world", "stand-in",
             "fastai-world", "world-", "테스트")  # fmt: skip
HANGUL = re.compile("[\uac00-\ud7a3]")
#: On each screen, in English: a phrase only that screen shows.
TITLES = {
    "1-welcome": "What it will cost",
    "2-sign-in": "Sign in with your browser",
    "3-quota": "Your GPU quota",
    "4-key": "Your private key is the file",
    "5-launch": "Launch the GPU machine",
    "6-connect": "The instance's identity",
    "7-install": "Install fastai and open Jupyter",
    "8-stop": "Stop when you are done",
    "9-home": "Your GPU machine",
    "9-home-running": "GPU:",
}


def test_forbidden_words_are_found_whatever_their_case() -> None:
    assert forbidden_in("Signed in as Moto") == ["moto"]
    assert forbidden_in("ssh ubuntu@54.214.1.2") == []


def forbidden_in(text: str) -> list[str]:
    return [word for word in FORBIDDEN if word in text.lower()]


def check_set(folder: Path, scale: int) -> None:
    for language in ("en", "ko"):
        for screen in SCREENS:
            picture = folder / f"{language}-{screen}.png"
            image = QImage(str(picture))
            assert not image.isNull(), f"{picture} is missing or not a picture"
            # the window is 860x660; twice that at 2x
            assert (image.width(), image.height()) == (860 * scale, 660 * scale), picture
            text = picture.with_suffix(".txt").read_text(encoding="utf-8")
            assert forbidden_in(text) == [], f"{picture.name} shows {forbidden_in(text)}"
            if language == "en":
                assert TITLES[screen] in text, f"{picture.name}'s text: {text}"
            else:
                assert HANGUL.search(text), f"{picture.name} shows no Korean: {text}"


@pytest.mark.skipif(os.geteuid() != 0, reason="the showroom's namespaces need root (CI is)")
@pytest.mark.timeout(900)
def test_the_screenshot_command_shows_a_students_setup_in_both_languages(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "tests.world.sandbox", "--screenshots", str(tmp_path),
               "--sets", README_SET]  # fmt: skip
    env = {name: value for name, value in os.environ.items() if name != "DISPLAY"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-4000:]
    folder = tmp_path / README_SET
    check_set(folder, 1)
    connect = (folder / "en-6-connect.txt").read_text(encoding="utf-8")
    # The instance as a student reaches it: its AWS address, the AMI's user, port 22.
    assert re.search(r"-L 8888:localhost:8888 ubuntu@54\.214\.\d+\.\d+\n", connect), connect
    assert " -p " not in connect and "/home/student/.ssh/fastai-launcher_ed25519" in connect
    sign_in = (folder / "en-2-sign-in.txt").read_text(encoding="utf-8")
    assert "Signed in to the AWS account 123456789012 as student." in sign_in
    install = (folder / "en-7-install.txt").read_text(encoding="utf-8")
    assert "Cloning into 'fastbook'..." in install and "Successfully installed" in install


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_committed_set_has_every_screen_with_its_texts(name: str) -> None:
    check_set(COMMITTED / name, SETS[name][1])

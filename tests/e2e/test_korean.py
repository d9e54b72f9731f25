"""Every page in Korean: each visible label, button and title says something in
Hangul, apart from proper names (AWS, EC2, SSH, Jupyter, fast.ai, instance
type names), numbers, paths, addresses and identifiers.

The whole guide is walked in the test world in Korean (as in
`test_wizard_e2e.py`), and each page is checked once it shows its result;
then the home view, with the instance stopped and running.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QWidget,
)

from fastai_launcher.ui.i18n import LANGUAGE_NAMES
from tests.world.every_screen import findings_on_every_screen, report

HANGUL = re.compile(r"[\uac00-\ud7a3]")
TAG = re.compile(r"<[^>]+>")
#: What may stay in Latin letters in a Korean sentence, or stand alone.
PROPER = re.compile(
    r"""
      https?://\S+                       # URLs
    | (?:~|\.{0,2})/[\w./~-]*             # paths
    | \S+@\S+                             # user@host
    | SHA256:\S+ | (?:[0-9a-f]{2}:){5,}[0-9a-f]{2}   # fingerprints
    | \b(?:i|ami|sg|vol)-[0-9a-z]+\b      # AWS resource ids
    | \b[a-z]+\d+[a-z]*\.\d*x?large\b     # instance type names
    | \b[a-z]{2}(?:-[a-z]+)+-\d\b         # region codes
    | \bAKIA[0-9A-Z]{16}\b                # access key ids
    | \b(?:AWS|EC2|SSH|ssh|Jupyter|fast\.ai|fastai(?:-launcher[\w-]*)?|GPU|vCPUs?|CPU|IP|IAM|
          DLAMI|AMI|NVIDIA|Nvidia|PyTorch|Ubuntu|OSS|Driver|Deep|Learning|localhost|
          GiB|GB|MB|T4|L4|L40S|A10G|K80|moto|sandbox|course-v3|fastbook|OpenSSH)\b
    | -o\s+\w+=\S+                       # ssh -o Option=value
    | -[a-zA-Z]\b                         # command-line flags
    """,
    re.VERBOSE,
)


def needs_hangul(text: str) -> bool:
    """A visible text that should be Korean but has no Hangul."""
    plain = TAG.sub(" ", text).replace("&", "")
    if not plain.strip() or HANGUL.search(plain) or plain.strip() in LANGUAGE_NAMES.values():
        return False
    return bool(re.search(r"[A-Za-z]", PROPER.sub(" ", plain)))


def visible_texts(window: QMainWindow) -> list[tuple[str, str]]:
    """(what, text) of every visible label, button, box title and page title."""
    found = [("window title", window.windowTitle())]
    page = window.wizard.currentPage() if window.wizard.isVisible() else None
    if page is not None:
        found += [("page title", page.title()), ("page subtitle", page.subTitle())]

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(window)

    for label in window.findChildren(QLabel):
        if shown(label):
            found.append((f"label {label.objectName()}", label.text()))
    for button in window.findChildren(QAbstractButton):
        if shown(button):
            found.append((f"button {button.objectName()}", button.text()))
            if button.toolTip():
                found.append((f"tooltip {button.objectName()}", button.toolTip()))
    for box in window.findChildren(QGroupBox):
        if shown(box):
            found.append((f"box {box.objectName()}", box.title()))
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if shown(header) and model is not None:
            for section in range(header.count()):
                title = model.headerData(section, header.orientation())
                if header.orientation() == Qt.Orientation.Horizontal and title:
                    found.append(("column", str(title)))
    return found


def test_every_page_and_the_home_view_speak_korean(qtbot, start_app, world, browser):
    def english(window: QMainWindow) -> list[str]:
        return [f"{what}: {text!r}" for what, text in visible_texts(window) if needs_hangul(text)]

    found = findings_on_every_screen(qtbot, start_app, world, "ko", english)
    assert not found, "visible English in the Korean app:\n" + report(found)


def test_the_checker_tells_korean_from_english_and_proper_names():
    assert needs_hangul("Sign in to AWS")
    assert needs_hangul("<b>Stop</b> the instance")
    assert not needs_hangul("AWS에 로그인")
    assert not needs_hangul("g4dn.xlarge")
    assert not needs_hangul("SHA256:rrm7gRNa95A9XvScXpkt/jU5nCSSxFbMzlX/SKFhoV0")
    assert not needs_hangul(
        "ssh -i /tmp/home/.ssh/key -p 2222 -o StrictHostKeyChecking=yes "
        "-L 8888:localhost:8888 ubuntu@1.2.3.4"
    )
    assert not needs_hangul("fastai-launcher (i-0123456789abcdef0)")
    assert not needs_hangul("$0.53")
    assert not needs_hangul("English")
    assert needs_hangul("Open Jupyter now")

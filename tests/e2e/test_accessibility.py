"""Every screen for a screen reader and the keyboard, in English and Korean.

The whole guide is walked in the test world, and each page (then the home view,
stopped and running) is checked once it shows its result:

- every visible control has a name a screen reader reads (Qt's accessibility
  interface: its own name, its text, or its label's);
- a value shown beside a caption (the home card's "Running for: 0 minutes")
  is read with its caption: a bare "0 minutes" says nothing;
- every visible button, check box and radio button has a mnemonic (Alt+letter).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.world.every_screen import findings_on_every_screen, report

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider,
            QAbstractItemView, QPlainTextEdit, QTextEdit)  # fmt: skip
WITH_MNEMONIC = (QPushButton, QToolButton, QCheckBox, QRadioButton)
#: Parts of a control that is named itself (a scroll area, a table).
PARTS = (QScrollBar, QHeaderView)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def has_mnemonic(text: str) -> bool:
    return "&" in text.replace("&&", "")


def caption_of(label: QLabel) -> str:
    """The caption beside `label` when it is a value in a form; else ""."""
    parent = label.parentWidget()
    for form in parent.findChildren(QFormLayout) if parent is not None else []:
        index = form.indexOf(label)
        if index < 0:
            continue
        row, role = form.getItemPosition(index)
        if role != QFormLayout.ItemRole.FieldRole:
            return ""
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        caption = item.widget() if item is not None else None
        return caption.text().strip().rstrip(":") if isinstance(caption, QLabel) else ""
    return ""


def problems(window: QMainWindow) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        what = f"{type(widget).__name__} {widget.objectName()!r}"
        name = accessible_name(widget)
        if isinstance(widget, CONTROLS) and not isinstance(widget, PARTS) and not name:
            found.append(f"{what}: no accessible name")
        if isinstance(widget, WITH_MNEMONIC) and widget.text() and not has_mnemonic(widget.text()):
            found.append(f"{what}: no mnemonic in {widget.text()!r}")
        caption = caption_of(widget) if isinstance(widget, QLabel) and widget.text() else ""
        if caption and (caption not in name or widget.text() not in name):  # type: ignore[attr-defined]
            found.append(f"{what}: read as {name!r}, not with {caption!r} and its value")
    return found


def test_the_checks_find_what_they_look_for(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    body = QWidget(window)
    form = QFormLayout(body)
    value = QLabel("0 minutes", body)
    form.addRow(QLabel("Running for:", body), value)
    button = QPushButton("Stop", body)
    form.addRow(button)
    window.setCentralWidget(body)
    window.show()
    assert len(problems(window)) == 2  # the bare value, the button without a mnemonic
    value.setAccessibleName("Running for: 0 minutes")
    button.setText("&Stop")
    assert problems(window) == []


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_screen_can_be_read_aloud_and_used_from_the_keyboard(
    qtbot, start_app, world, browser, language
) -> None:
    found = findings_on_every_screen(qtbot, start_app, world, language, problems)
    assert not found, report(found)

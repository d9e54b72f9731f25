"""A question box opened without blocking, kept alive until answered, and deleted
once its answer is read (not on close: a box deleted under the mouse release
that closed it crashes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton

_open: set[QMessageBox] = set()


def two_buttons(
    box: QMessageBox,
    yes: tuple[str, str],
    other: tuple[str, str],
    *,
    default_yes: bool = True,
) -> tuple[QPushButton, QPushButton]:
    """Adds the yes and other buttons, each (label, object name: tests press them by
    it); Escape is the other, Enter the yes unless `default_yes` is False."""
    yes_button = box.addButton(yes[0], QMessageBox.ButtonRole.AcceptRole)
    yes_button.setObjectName(yes[1])
    other_button = box.addButton(other[0], QMessageBox.ButtonRole.RejectRole)
    other_button.setObjectName(other[1])
    box.setDefaultButton(yes_button if default_yes else other_button)
    box.setEscapeButton(other_button)
    return yes_button, other_button


def ask(
    box: QMessageBox,
    yes: QAbstractButton,
    on_yes: Callable[[], None],
    on_other: Callable[[], None] | None = None,
) -> QMessageBox:
    """Open `box`; `on_yes` when `yes` was pressed, else `on_other`."""

    def finished(_result: int) -> None:
        _open.discard(box)
        agreed = box.clickedButton() is yes
        box.deleteLater()
        if agreed:
            on_yes()
        elif on_other is not None:
            on_other()

    box.finished.connect(finished)
    _open.add(box)
    box.open()
    return box

"""A question box opened without blocking, kept alive until answered, and deleted
once its answer is read (not on close: a box deleted under the mouse release
that closed it crashes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QMessageBox

_open: set[QMessageBox] = set()


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

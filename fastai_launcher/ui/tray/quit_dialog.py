"""Quitting while the instance runs: Stop it, keep it running, or stay.

The dialog opens without blocking (`open()`); the answer comes to a callback.
Its buttons carry object names (`stop`, `keep_running`, `cancel`) so tests
press them as a user would.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class QuitAnswer(Enum):
    STOP = "stop"  # stop the instance, then quit
    KEEP_RUNNING = "keep_running"  # quit; the instance goes on (and costs)
    CANCEL = "cancel"  # do not quit


_open: set[QMessageBox] = set()


def ask_quit(
    parent: QWidget | None,
    instance_line: str,
    on_answer: Callable[[QuitAnswer], None],
) -> QMessageBox:
    """Ask what to do with the running instance before quitting."""
    box = QMessageBox(parent)
    box.setObjectName("quit_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("QuitDialog", "Quit fastai launcher"))
    box.setText(QCoreApplication.translate("QuitDialog", "Your GPU instance is still running."))
    box.setInformativeText(
        QCoreApplication.translate(
            "QuitDialog",
            "{instance}\n\nIt costs money every minute it runs, even after this app quits. "
            "Stop it now? Your files stay on its disk.",
        ).format(instance=instance_line)
    )
    buttons: dict[QPushButton, QuitAnswer] = {}
    for answer, label, role in (
        (
            QuitAnswer.STOP,
            QCoreApplication.translate("QuitDialog", "Stop it and quit"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        (
            QuitAnswer.KEEP_RUNNING,
            QCoreApplication.translate("QuitDialog", "Keep it running and quit"),
            QMessageBox.ButtonRole.DestructiveRole,
        ),
        (
            QuitAnswer.CANCEL,
            QCoreApplication.translate("QuitDialog", "Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        ),
    ):
        button = box.addButton(label, role)
        button.setObjectName(answer.value)
        buttons[button] = answer
    stop = next(b for b, a in buttons.items() if a is QuitAnswer.STOP)
    cancel = next(b for b, a in buttons.items() if a is QuitAnswer.CANCEL)
    box.setDefaultButton(stop)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        _open.discard(box)
        clicked = box.clickedButton()
        names = {answer.value: answer for answer in QuitAnswer}
        on_answer(names.get(clicked.objectName() if clicked else "", QuitAnswer.CANCEL))

    box.finished.connect(finished)
    _open.add(box)
    box.open()
    return box


def ask_stop_at_logout(parent: QWidget | None, instance_line: str) -> bool:
    """While the session manager waits: stop the instance before logging out?  Blocks
    (the answer must be known before the handler returns)."""
    box = QMessageBox(parent)
    box.setObjectName("logout_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("QuitDialog", "Logging out"))
    box.setText(QCoreApplication.translate("QuitDialog", "Your GPU instance is still running."))
    box.setInformativeText(
        QCoreApplication.translate(
            "QuitDialog",
            "{instance}\n\nIt keeps running, and costing, after you log out. Stop it now?",
        ).format(instance=instance_line)
    )
    stop = box.addButton(
        QCoreApplication.translate("QuitDialog", "Stop it"), QMessageBox.ButtonRole.AcceptRole
    )
    stop.setObjectName("stop")
    keep = box.addButton(
        QCoreApplication.translate("QuitDialog", "Keep it running"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keep_running")
    box.setDefaultButton(stop)
    box.setEscapeButton(keep)
    box.exec()
    stopped = box.clickedButton() is stop
    box.deleteLater()
    return stopped

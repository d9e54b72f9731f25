"""The one question when the instance's identity could not be checked automatically
(its console listed no host keys): the fingerprint, how to judge it, Trust or
Cancel — Cancel by default.  The Connect page and the express run both ask it.

Opens without blocking; its buttons are named `trust` and `cancel`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import LauncherError
from ..i18n import translate
from .question import ask, two_buttons


def ask_to_trust(
    parent: QWidget | None,
    error: LauncherError,
    on_trust: Callable[[], None],
    on_cancel: Callable[[], None] | None = None,
) -> QMessageBox:
    """Ask whether to trust the fingerprint `error` shows."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_host_key")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("HostKeyDialog", "Check the instance's identity"))
    box.setText(error.message.render(translate))
    box.setInformativeText(error.next_action.render(translate))
    trust, _cancel = two_buttons(
        box,
        (
            QCoreApplication.translate("HostKeyDialog", "&Trust this fingerprint and connect"),
            "trust",
        ),
        (QCoreApplication.translate("HostKeyDialog", "Cancel"), "cancel"),
        default_yes=False,
    )

    return ask(box, trust, on_trust, on_cancel)

"""When the browser sign-in has ended (it lasts up to 12 hours) and the user asks to
stop the instance: one click signs in again in the browser, then stops it.  Until
then the instance runs; its idle alarm, on AWS's side, stops it after an idle hour."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import LauncherError
from ...flow.account import landing_page
from ...flow.browser_signin import sign_in_again_and_stop
from ..context import AppContext
from ..i18n import translate
from .browser import UrlOpener
from .question import ask, two_buttons


def offer_sign_in_and_stop(
    parent: QWidget | None,
    context: AppContext,
    instance_id: str | None,
    on_stopped: Callable[[Any], None],
    on_error: Callable[[LauncherError], None],
) -> QMessageBox:
    """Ask once; on yes, sign in with the browser and stop `instance_id` (None: the
    app's own instance) through the task runner."""
    box = QMessageBox(parent)
    box.setObjectName("sign_in_again")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("SignInAgain", "Sign in again to stop the instance")
    )
    box.setText(
        QCoreApplication.translate(
            "SignInAgain",
            "Your AWS sign-in has ended (it lasts up to 12 hours), so the app cannot stop {instance} yet.",
        ).format(instance=instance_id or QCoreApplication.translate("SignInAgain", "your instance"))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SignInAgain",
            "Sign in again in your browser and the app stops it at once. Until then it "
            "keeps running and costing; if you do nothing, its idle alarm on AWS stops "
            "it after it has been idle for the time you chose.",
        )
    )
    yes, _cancel = two_buttons(
        box,
        (
            QCoreApplication.translate("SignInAgain", "&Sign in with your browser and stop"),
            "sign_in_and_stop",
        ),
        (QCoreApplication.translate("SignInAgain", "Cancel"), "cancel"),
    )

    def sign_in_and_stop() -> None:
        application = QCoreApplication.instance()
        opener = UrlOpener(parent=application)  # outlives the box: the task needs it
        job = partial(
            sign_in_again_and_stop,
            context.flow,
            open_url=opener,
            page=landing_page(context.translators.language, translate),
            instance_id=instance_id,
        )
        context.runner.run(
            job,
            on_result=on_stopped,
            on_error=on_error,
            on_finished=opener.deleteLater,
            timeout=context.flow.timing.instance_timeout + 660,
            name="sign in again and stop",
        )

    return ask(box, yes, sign_in_and_stop)

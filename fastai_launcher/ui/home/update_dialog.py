"""Before Update course changes anything: what it will do, and the student's work it
keeps (copied to a visible folder on the instance first; nothing is ever stashed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.money import PriceQuote, usd
from ...flow.course_update import CourseUpdatePlan
from ..widgets.question import ask, two_buttons

SHOWN_FILES = 8


def plan_words(plan: CourseUpdatePlan, quote: PriceQuote | None) -> list[str]:
    """What the update will do, a sentence each."""
    lines = []
    if plan.must_start:
        hourly = (
            QCoreApplication.translate("UpdateDialog", "about {hourly} an hour").format(
                hourly=usd(quote.running_hourly_usd)
            )
            if quote is not None
            else QCoreApplication.translate("UpdateDialog", "its hourly price")
        )
        lines.append(
            QCoreApplication.translate(
                "UpdateDialog",
                "The instance is stopped: the update starts it first, and it costs {hourly} "
                "from then until you stop it.",
            ).format(hourly=hourly)
        )
    if plan.kept is None:
        lines.append(
            QCoreApplication.translate(
                "UpdateDialog",
                "Your changed and new notebooks are copied to ~/{folder} before anything "
                "changes (which ones is known once the instance runs).",
            ).format(folder=plan.backup_folder)
        )
    elif plan.kept:
        shown = ", ".join(plan.kept[:SHOWN_FILES])
        more = len(plan.kept) - SHOWN_FILES
        if more > 0:
            shown += " " + QCoreApplication.translate("UpdateDialog", "and %n more", None, more)
        lines.append(
            QCoreApplication.translate(
                "UpdateDialog",
                "These changed or new notebooks of yours are copied to ~/{folder} first, "
                "then the course is updated: {files}",
            ).format(folder=plan.backup_folder, files=shown)
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "UpdateDialog", "You changed no notebook of the course: nothing needs to be kept."
            )
        )
    lines.append(
        QCoreApplication.translate(
            "UpdateDialog",
            "Nothing of yours is deleted or hidden: Jupyter shows the copies in my-work.",
        )
    )
    return lines


def confirm_update(
    parent: QWidget | None,
    plan: CourseUpdatePlan,
    quote: PriceQuote | None,
    on_yes: Callable[[], None],
    on_no: Callable[[], None] | None = None,
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("update_dialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UpdateDialog", "Update the course"))
    box.setText(
        QCoreApplication.translate("UpdateDialog", "Update the course on {instance}?").format(
            instance=plan.instance.instance_id
        )
    )
    box.setInformativeText("\n\n".join(plan_words(plan, quote)))
    update, _cancel = two_buttons(
        box,
        (QCoreApplication.translate("UpdateDialog", "&Update"), "update"),
        (QCoreApplication.translate("UpdateDialog", "Cancel"), "cancel"),
    )
    return ask(box, update, on_yes, on_no)

"""The one question about stopping the instance, in two forms, used by every place
that asks (home card, Stop page, tray, launch page, express run, host-key refusal):

- `confirm_stop`: the user pressed Stop; confirm, saying what stopping keeps.
- `offer_stop`: something went wrong or was cancelled while the instance may be
  running; offer to stop it.

Both open without blocking (`open()`), carry the same button words, and name
their buttons (`stop`, `cancel` / `keep_running`) so tests press them as a user
would.  Stop is the default: a running instance costs money.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton, QWidget

from ...core.money import PriceQuote, usd
from .question import ask, two_buttons


def _box(parent: QWidget | None, name: str, title: str, question: str, detail: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(detail)
    return box


def _buttons(box: QMessageBox, other: str, other_name: str) -> tuple[QPushButton, QPushButton]:
    stop = QCoreApplication.translate("StopDialog", "&Stop the instance")
    return two_buttons(box, (stop, "stop"), (other, other_name))


def disk_costs(quote: PriceQuote | None) -> str | None:
    """What the stopped instance still costs, when its price is known."""
    if quote is None:
        return None
    return QCoreApplication.translate(
        "StopDialog", "The disk ({size} GB) is still billed while stopped: about {monthly} a month."
    ).format(size=quote.volume_gb, monthly=usd(quote.stopped_monthly_usd))


def confirm_stop(
    parent: QWidget | None,
    instance_line: str,
    on_yes: Callable[[], None],
    *,
    costs: str | None = None,
    on_no: Callable[[], None] | None = None,
    changed_notebooks: int = 0,
    on_download_first: Callable[[], None] | None = None,
) -> QMessageBox:
    """The user asked to stop `instance_line`: confirm.  `costs` says what the
    stopped instance still costs (the disk), when the price is known.  With
    `changed_notebooks`, a ticked box offers to download them first: then
    `on_download_first` is called instead of `on_yes` (it downloads, then stops)."""
    keeps = QCoreApplication.translate(
        "StopDialog",
        "Jupyter and the connection close. The disk keeps everything on it: fastai, "
        "the course and your notebooks (a running kernel's variables are lost). The app "
        "never terminates (deletes) the instance; start it again from this app.",
    )
    detail = (
        keeps
        + "\n\n"
        + (
            costs
            or QCoreApplication.translate("StopDialog", "The disk is still billed while stopped.")
        )
    )
    box = _box(
        parent,
        "stop_dialog",
        QCoreApplication.translate("StopDialog", "Stop the instance"),
        QCoreApplication.translate("StopDialog", "Stop {instance}?").format(instance=instance_line),
        detail,
    )
    stop, _cancel = _buttons(box, QCoreApplication.translate("StopDialog", "Cancel"), "cancel")
    if changed_notebooks and on_download_first is not None:
        download = QCheckBox(
            QCoreApplication.translate(
                "StopDialog", "&Download %n changed notebook(s) to this computer first", None,
                changed_notebooks,
            )
        )  # fmt: skip
        download.setObjectName("download_first")
        download.setChecked(True)
        box.setCheckBox(download)

        def stop_or_download_first() -> None:
            (on_download_first if download.isChecked() else on_yes)()

        return ask(box, stop, stop_or_download_first, on_no)
    return ask(box, stop, on_yes, on_no)


def offer_stop(
    parent: QWidget | None,
    instance_id: str,
    on_stop: Callable[[], None],
    *,
    why: str = "",
    alarm_set: bool = True,
    on_keep: Callable[[], None] | None = None,
) -> QMessageBox:
    """The instance `instance_id` may be running although the user did not get what
    they asked for (`why`: a cancel, a refused host key, a failed save): offer to stop it."""
    question = QCoreApplication.translate(
        "StopDialog",
        "The instance {instance} may be running: it costs money while it runs. Stop it now? "
        "(Stopping keeps it; you can start it again.)",
    ).format(instance=instance_id)
    lines = [why] if why else []
    if not alarm_set:
        lines.append(
            QCoreApplication.translate(
                "StopDialog",
                "Its idle auto-stop could not be set: if you keep it, it runs until you stop it.",
            )
        )
    box = _box(
        parent,
        "offer_stop",
        QCoreApplication.translate("StopDialog", "Stop the instance?"),
        question,
        "\n\n".join(lines),
    )
    stop, _keep = _buttons(
        box, QCoreApplication.translate("StopDialog", "&Keep it running"), "keep_running"
    )
    return ask(box, stop, on_stop, on_keep)

"""What start-up found about the saved progress, told once over the window: a
damaged file recovered from its last good copy, lost with no good copy, or
hand-edited values the app does not allow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.state import Loaded, SavedProgress

_open: set[QMessageBox] = set()


def saved_progress_notice(loaded: Loaded[SavedProgress]) -> str | None:
    """The words for what happened to the saved progress; None when all was well."""
    kept = (
        QCoreApplication.translate("StartNotices", "The damaged file is kept as {path}.").format(
            path=loaded.corrupt_copy
        )
        if loaded.corrupt_copy
        else ""
    )
    if loaded.recovered_from is not None:
        text = QCoreApplication.translate(
            "StartNotices",
            "The app's saved progress was damaged. It was recovered from its last good copy "
            "({path}): your region, sign-in and instance are remembered.",
        ).format(path=loaded.recovered_from)
        return f"{text} {kept}".strip()
    if loaded.lost:
        text = QCoreApplication.translate(
            "StartNotices",
            "The app's saved progress was damaged and no good copy was found: it starts "
            "again from the beginning. Once you sign in, it finds your instance again by "
            "its tag.",
        )
        return f"{text} {kept}".strip()
    if loaded.invalid:
        return QCoreApplication.translate(
            "StartNotices",
            "Some saved values were not ones the app allows and were reset to their "
            "defaults: {fields}. Check them on the launch page.",
        ).format(fields=", ".join(loaded.invalid))
    return None


def tell_about_saved_progress(parent: QWidget, loaded: Loaded[SavedProgress]) -> QMessageBox | None:
    """Show the notice over `parent` (without blocking) when there is one."""
    words = saved_progress_notice(loaded)
    if words is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("StartNotices", "Saved progress"),
        words,
        parent=parent,
    )
    box.setObjectName("saved_progress_notice")

    def finished(_result: int) -> None:
        _open.discard(box)
        box.deleteLater()

    box.finished.connect(finished)
    _open.add(box)
    box.open()
    return box

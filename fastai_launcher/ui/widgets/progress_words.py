"""The words of a progress message.

Most are `Text`s the flow wrote, rendered as they are.  A typed event whose words
need Qt's plural forms (`%n`), which the Qt-free flow cannot ask for, is worded
here: every place that shows progress (the progress row, the express panels)
goes through `progress_words`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...core.text import Text
from ...flow.steps import QuotaWaiting
from ..i18n import translate


def _when(created: datetime | None, now: datetime) -> str:
    if created is None:
        return ""
    local = created.astimezone() if created.tzinfo else created
    return local.strftime("%H:%M" if local.date() == now.date() else "%Y-%m-%d %H:%M")


def _quota_waiting(step: QuotaWaiting, now: datetime) -> str:
    requested = _when(step.requested, now)
    minutes = step.minutes  # a plain name: lupdate does not extract a call with `a.b` as n
    if requested:
        template = QCoreApplication.translate(
            "ExpressRun",
            "Waiting for AWS to approve your GPU quota (requested at {time}, checking "
            "every %n minute(s)). You may close the app: it carries on waiting when you "
            "start it again.",
            None,
            minutes,
        )
    else:
        template = QCoreApplication.translate(
            "ExpressRun",
            "Waiting for AWS to approve your GPU quota (checking every %n minute(s)). "
            "You may close the app: it carries on waiting when you start it again.",
            None,
            minutes,
        )
    return template.format(time=requested)


def progress_words(step: Text, now: datetime | None = None) -> str:
    """`step` in the current language."""
    if isinstance(step, QuotaWaiting):
        return _quota_waiting(step, now or datetime.now())
    return step.render(translate)

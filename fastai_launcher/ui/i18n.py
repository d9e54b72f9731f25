"""Translators for the app and for Qt's own widgets, switchable while running.

Installing or removing a translator makes Qt send `QEvent.LanguageChange` to
every widget; widgets answer by calling their `retranslate()` (see
`RetranslateMixin`).  `qtbase_<lang>` is loaded too, or QWizard's Back/Next
buttons and the standard dialogs would stay in English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)

from ..core.resources import resource

log = logging.getLogger("fastai_launcher.ui")

LANGUAGES = ("ko", "en")
#: Each language named in itself, so a user can find their own in any UI language.
LANGUAGE_NAMES = {"ko": "한국어", "en": "English"}


def language_for_locale(name: str) -> str:
    """`ko` for any Korean locale (`ko`, `ko_KR.UTF-8`, `ko-KR`), otherwise `en`."""
    return "ko" if name.lower().startswith("ko") else "en"


def pick_language(requested: str | None, saved: str | None, system: str) -> str:
    """The command line wins, then the user's saved choice, then the system locale."""
    for choice in (requested, saved):
        if choice in LANGUAGES:
            return choice
    return language_for_locale(system)


def translate(context: str, source: str) -> str:
    """`core.text.Text.render` takes this to speak the current language."""
    return QCoreApplication.translate(context, source)


class Translators(QObject):
    """The installed app and qtbase translators; `switch()` replaces both."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before loading translations")
        self.language = language  # widgets may retranslate while translators change
        self.remove()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_dir),
            (f"fastai_launcher_{language}", str(resource("i18n"))),
        ):
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
            elif language != "en":  # English needs no qtbase file: Qt speaks it already
                log.warning("no translation %s in %s", name, folder)
        QLocale.setDefault(
            QLocale(QLocale.Language.Korean if language == "ko" else QLocale.Language.English)
        )
        log.info("language: %s", language)
        self.language_changed.emit(language)

    def remove(self) -> None:
        """Uninstall this object's translators: Qt's built-in English remains."""
        app = QCoreApplication.instance()
        for old in self._installed:
            if app is not None:
                app.removeTranslator(old)
            old.deleteLater()
        self._installed = []


class RetranslateMixin:
    """For widgets: `changeEvent` calls `retranslate()` on a language change.

    Put it first among the bases (`class Page(RetranslateMixin, QWizardPage)`)
    and set every visible string in `retranslate()`, called once from
    `__init__` too.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate(self) -> None:
        raise NotImplementedError

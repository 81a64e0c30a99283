"""Installs the compiled catalog (``.qm``) of the session's language, so QML's ``qsTrId`` finds its words.

The ``.qm`` files are compiled from ``i18n/*.ts`` by ``pyside6-lrelease`` when missing or older than
their ``.ts`` (``ui.i18n_build.compile_catalog``), so a fresh checkout starts with its words.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from ui.i18n_build import compile_catalog
from ui.words import DEFAULT_LANGUAGE

log = logging.getLogger(__name__)


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: dict[str, QTranslator] = {}
        for language, qm in compile_catalog().items():
            translator = QTranslator()
            if not translator.load(str(qm)):
                raise RuntimeError(f"cannot load the compiled catalog {qm}")
            self._translators[language] = translator
        self._installed: QTranslator | None = None
        self.language = ""

    def use(self, language: str) -> None:
        translator = self._translators.get(language) or self._translators[DEFAULT_LANGUAGE]
        if translator is self._installed:
            return
        if self._installed is not None:
            self._app.removeTranslator(self._installed)
        self._app.installTranslator(translator)
        self._installed = translator
        self.language = language
        log.info("screen language: %s", language)

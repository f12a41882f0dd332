"""The interface language: Simplified Chinese (the source language), Tibetan or English.

* ``set_language(code)`` loads ``i18n/<code>.qm`` (found by ``config.i18n_dir()`` both in a
  source checkout and in a PyInstaller bundle) plus Qt's own ``qtbase_<code>.qm`` and
  retranslates every open window at once, without a restart.
* Texts made outside ui/ (domain and service messages, state labels) are marked with
  ``QT_TRANSLATE_NOOP("domain", ...)`` (desk_app/domain/i18n.py); ``tr_domain`` translates
  them where they are shown, including patterns with named fields (``domain.i18n.Text``).
* Retranslating: our translator remembers every text it handed out, so the static texts a
  constructor set once (labels, buttons, titles, placeholders, accessible names, actions,
  combo items, wizard buttons) are put back to their source and translated again by
  ``retranslate_tree``. Texts composed at run time (formatted, HTML) are redone by the
  window's own ``retranslateUi()``, called from ``changeEvent(QEvent.LanguageChange)``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk_app.config import i18n_dir
from desk_app.domain.i18n import CONTEXT, Text

log = logging.getLogger(__name__)

#: Interface languages, each named in itself (these names are never translated).
LANGUAGES: dict[str, str] = {"zh_CN": "简体中文", "bo": "བོད་ཡིག", "en": "English"}
SOURCE_LANGUAGE = "zh_CN"
#: Qt ships no Tibetan translation of its own dialogs: they fall back to Chinese.
QT_FALLBACK = {"bo": "zh_CN"}
#: Tibetan script set at the Chinese point size looks about a third smaller: scale it up.
TIBETAN_FONT_SCALE = 1.3
_LOCALES = {"zh_CN": QLocale(QLocale.Language.Chinese, QLocale.Country.China),
            "bo": QLocale(QLocale.Language.Tibetan, QLocale.Country.China),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)}


def qm_file(code: str) -> Path:
    """Where the compiled translation of ``code`` is (it may be missing)."""
    return i18n_dir() / f"{code}.qm"


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class _Translator(QTranslator):
    """Our .qm translator; it also remembers every text it handed out and where it came from."""

    def __init__(self) -> None:
        super().__init__()
        self.qm = QTranslator()
        self.code = SOURCE_LANGUAGE
        self.produced: dict[str, tuple[str, str, str | None, int]] = {}

    def use(self, code: str) -> bool:
        qm = QTranslator()
        ok = qm.load(str(qm_file(code)))
        self.qm, self.code = qm, code
        return ok

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        text = self.qm.translate(context, source, disambiguation, n) if not self.qm.isEmpty() else ""
        if not text:
            # PySide's tr() asks for each class of the object's MRO in turn: only a hit is
            # remembered (zh_CN.qm holds every source, so in Chinese too). None is a null
            # QString: "not mine", Qt asks the next translator.
            return None
        self.produced[text] = (context, source, disambiguation, n)
        return text


_translator: _Translator | None = None
_qt_translator: QTranslator | None = None
_font_before_tibetan: QFont | None = None


def tibetan_font_families() -> list[str]:
    """Installed or bundled fonts that cover Tibetan script."""
    return QFontDatabase.families(QFontDatabase.WritingSystem.Tibetan)


def _apply_font(code: str) -> None:
    """Tibetan: a Tibetan font first (Chinese and Latin fall back to the usual ones), larger.

    Leaving Tibetan puts back the font the application had before.
    """
    global _font_before_tibetan
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if code == "bo":
        if _font_before_tibetan is not None:
            return
        tibetan = tibetan_font_families()
        if not tibetan:
            log.warning("no font for Tibetan script installed; Tibetan text may not show")
            return
        _font_before_tibetan = QFont(app.font())
        font = QFont(_font_before_tibetan)
        font.setFamilies([tibetan[0], *_font_before_tibetan.families()])
        font.setPointSizeF(_font_before_tibetan.pointSizeF() * TIBETAN_FONT_SCALE)
        app.setFont(font)
    elif _font_before_tibetan is not None:
        app.setFont(_font_before_tibetan)
        _font_before_tibetan = None
    else:
        return
    _repolish_styled()


def _repolish_styled() -> None:
    """Widgets with a style sheet keep the font they were polished with: polish them again."""
    for w in QApplication.allWidgets():
        if w.styleSheet():
            w.setStyleSheet(w.styleSheet())


def install() -> _Translator:
    """Put our translator in place (idempotent); the language stays as it is."""
    global _translator
    if _translator is None:
        _translator = _Translator()
        _translator.use(SOURCE_LANGUAGE)
        QCoreApplication.installTranslator(_translator)
    return _translator


def current_language() -> str:
    return _translator.code if _translator is not None else SOURCE_LANGUAGE


def set_language(code: str) -> str:
    """Switch the interface to ``code`` and retranslate every open window. Returns the code used."""
    global _qt_translator
    if code not in LANGUAGES:
        code = SOURCE_LANGUAGE
    translator = install()
    if code == translator.code and _qt_translator is not None:
        return code
    if not translator.use(code) and code != SOURCE_LANGUAGE:
        log.warning("translation %s not found; run `python -m packaging.i18n release`", qm_file(code))
    if _qt_translator is not None:
        QCoreApplication.removeTranslator(_qt_translator)
    qt = QTranslator()
    if qt.load(f"qtbase_{QT_FALLBACK.get(code, code)}", qt_translations_dir()):
        _qt_translator = qt
        QCoreApplication.installTranslator(qt)
    else:
        _qt_translator = None
    QLocale.setDefault(_LOCALES[code])
    _apply_font(code)
    # Re-install ours so it is asked first, which also posts the LanguageChange events.
    QCoreApplication.removeTranslator(translator)
    QCoreApplication.installTranslator(translator)
    for window in QApplication.topLevelWidgets():
        retranslate_tree(window)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return code


def tr_domain(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("domain", ...) outside ui/, in the current language."""
    if isinstance(text, Text) and text.fields:
        fields = {k: tr_domain(v) if isinstance(v, Text) else v for k, v in text.fields.items()}
        try:
            return QCoreApplication.translate(CONTEXT, text.pattern).format(**fields)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
            log.warning("translation of %r does not fit its fields", text.pattern)
            return str(text)
    return QCoreApplication.translate(CONTEXT, str(text))


def tr_error(err: BaseException) -> str:
    """An exception's message for the clerk, translated if it was marked."""
    message = err.args[0] if len(err.args) == 1 and isinstance(err.args[0], str) else str(err)
    return tr_domain(message)


def retranslated(text: str) -> str | None:
    """``text`` as the current language has it, if our translator handed it out before."""
    if _translator is None or not text:
        return None
    origin = _translator.produced.get(text)
    if origin is None:
        return None
    context, source, disambiguation, n = origin
    return QCoreApplication.translate(context, source, disambiguation, n)


def _redo(get: Any, put: Any) -> None:
    new = retranslated(get())
    if new is not None and new != get():
        put(new)


def _redo_items(count: int, get: Any, put: Any) -> None:
    for i in range(count):
        new = retranslated(get(i))
        if new is not None and new != get(i):
            put(i, new)


def _redo_wizard_buttons(wizard: QWizard) -> None:
    for which in QWizard.WizardButton:
        if 0 <= which.value <= QWizard.WizardButton.CustomButton3.value:
            new = retranslated(wizard.buttonText(which))
            if new is not None and new != wizard.buttonText(which):
                wizard.setButtonText(which, new)


def retranslate_tree(root: QWidget) -> None:
    """Re-translate the static texts of ``root`` and everything in it."""
    for w in (root, *root.findChildren(QWidget)):
        _redo(w.windowTitle, w.setWindowTitle)
        _redo(w.toolTip, w.setToolTip)
        _redo(w.statusTip, w.setStatusTip)
        _redo(w.whatsThis, w.setWhatsThis)
        _redo(w.accessibleName, w.setAccessibleName)
        _redo(w.accessibleDescription, w.setAccessibleDescription)
        if isinstance(w, (QLabel, QAbstractButton)):
            _redo(w.text, w.setText)
        if isinstance(w, QGroupBox):
            _redo(w.title, w.setTitle)
        if isinstance(w, QMenu):
            _redo(w.title, w.setTitle)
        if isinstance(w, QLineEdit):
            _redo(w.placeholderText, w.setPlaceholderText)
        if isinstance(w, QWizardPage):
            _redo(w.title, w.setTitle)
            _redo(w.subTitle, w.setSubTitle)
        if isinstance(w, QWizard):
            _redo_wizard_buttons(w)
        if isinstance(w, QComboBox):
            _redo_items(w.count(), w.itemText, w.setItemText)
        if isinstance(w, QTabWidget):
            _redo_items(w.count(), w.tabText, w.setTabText)
    for action in root.findChildren(QAction):
        _redo(action.text, action.setText)
        _redo(action.toolTip, action.setToolTip)

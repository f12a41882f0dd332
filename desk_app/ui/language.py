"""界面语言: the language switcher in the main window, and applying a clerk's language at login."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desk_app.services.context import AppContext
from desk_app.services.ui_language import language_at_login, remember_language

from .i18n import LANGUAGES, current_language, set_language


def apply_clerk_language(ctx: AppContext) -> str:
    """Switch to the logged-in clerk's language (their own, else the terminal's last)."""
    actor = ctx.require_actor()
    return set_language(language_at_login(ctx, actor.username))


class LanguageBox(QComboBox):
    """Lists the languages in their own names; choosing one switches at once and is remembered."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setAccessibleName(self.tr("界面语言"))
        self.setToolTip(self.tr("界面语言：切换后立即生效，并为当前用户记住"))
        self._show_current()
        self.currentIndexChanged.connect(self._chosen)

    def _show_current(self) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(current_language())))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        actor = self.ctx.actor
        remember_language(self.ctx, actor.username if actor else None, code)
        set_language(code)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._show_current()
        super().changeEvent(event)

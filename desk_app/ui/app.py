"""Starting the GUI: fonts, first-run set-up, login, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from desk_app.config import resources_dir
from desk_app.services.context import AppContext


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("desk_app")
    app.setApplicationDisplayName(app.translate("app", "告知承诺制窗口受理"))
    families: list[str] = []
    # The main CJK font, then the fallbacks for rare characters (Ext A, Ext B–F) in names.
    for name in ("wqy-microhei.ttc", "DeskFallbackA.ttf", "DeskFallbackB.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)[:1]
    if families:
        font = QFont(families[0], 11)
        font.setFamilies(families)
        app.setFont(font)
    return app  # type: ignore[return-value]


def run_gui(data_dir: Path) -> int:
    from .dialogs import LoginDialog, SetupDialog
    from .main_window import MainWindow

    app = make_app()
    ctx = AppContext.open(data_dir)
    try:
        if not ctx.is_set_up:
            if SetupDialog(ctx).exec() != QDialog.DialogCode.Accepted:
                return 1
        if ctx.actor is None and LoginDialog(ctx).exec() != QDialog.DialogCode.Accepted:
            return 1
        window = MainWindow(ctx)
        window.show()
        return app.exec()
    finally:
        ctx.close()

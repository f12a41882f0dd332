from __future__ import annotations

import pytest

from desk_app.ui.app import make_app


@pytest.fixture
def main_window(qapp, qtbot, ctx):  # type: ignore[no-untyped-def]
    from desk_app.ui.main_window import MainWindow

    make_app()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window

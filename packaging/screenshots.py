"""Regenerate the README screenshots offscreen: python packaging/screenshots.py"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DESK_APP_DB_SECRET", "screenshots-not-for-production")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from desk_app.services.accounts import login  # noqa: E402
from desk_app.services.context import AppContext  # noqa: E402
from desk_app.services.demo import seed_demo  # noqa: E402
from desk_app.ui.app import make_app  # noqa: E402
from desk_app.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "screenshots"


def main() -> None:
    app = make_app()
    ctx = AppContext.open(Path(tempfile.mkdtemp()), clock=lambda: datetime.now().replace(microsecond=0))
    seed_demo(ctx, 30)
    login(ctx, "trainer", "Practice-Desk-2026")
    window = MainWindow(ctx)
    window.resize(1100, 620)
    window.show()
    QTest.qWaitForWindowExposed(window)
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "main-window.png"))
    wizard = window.open_wizard()
    QTest.qWaitForWindowExposed(wizard)
    wizard.pages[0].query.setText("jzls")
    wizard.next()
    wizard.next()
    page = wizard.pages[2]
    page.name.setText("王丽")
    page.doc_number.setText("11010519491231002X")
    page.phone.setText("13812345678")
    page.original_seen.setChecked(True)
    wizard.next()
    QTest.qWait(50)
    wizard.grab().save(str(OUT / "wizard-notice.png"))
    page = wizard.pages[4]
    page.text.verticalScrollBar().setValue(page.text.verticalScrollBar().maximum())
    page.given.setChecked(True)
    wizard.next()
    wizard.next()
    canvas = wizard.pages[6].canvas
    import math

    for k, (x0, x1) in enumerate(((60, 230), (260, 430))):
        pts = [(int(x0 + (x1 - x0) * i / 29), int(90 + 40 * math.sin(i / 29 * 9 + k))) for i in range(30)]
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*pts[0]))
        for p in pts[1:]:
            QTest.mouseMove(canvas, QPoint(*p))
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*pts[-1]))
    wizard.grab().save(str(OUT / "wizard-signature.png"))
    app.quit()


if __name__ == "__main__":
    main()

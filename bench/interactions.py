"""Key/mouse interactions (beyond typing) the scripted clerk walk needs for a standard case."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtTest import QTest


class _Bot:
    """The few qtbot calls the walk uses, without pytest."""

    def waitUntil(self, check, timeout: int = 3000) -> None:  # type: ignore[no-untyped-def] # noqa: N802
        deadline = QDeadlineTimer(timeout)
        while True:
            try:
                if check() is not False:
                    return
            except AssertionError:
                if deadline.hasExpired():
                    raise
            if deadline.hasExpired():
                raise TimeoutError("walk step timed out")
            QTest.qWait(5)

    def wait(self, ms: int) -> None:
        QTest.qWait(ms)

    def waitExposed(self, widget) -> None:  # type: ignore[no-untyped-def] # noqa: N802
        QTest.qWaitForWindowExposed(widget)


def run() -> list[dict]:
    from desk_app.services.accounts import first_run_setup
    from desk_app.services.context import AppContext
    from desk_app.ui.app import make_app
    from desk_app.ui.main_window import MainWindow
    from tests.ui.test_wizard import standard_walk

    make_app()
    ctx = AppContext.open(Path(tempfile.mkdtemp(prefix="bench-walk-")), clock=lambda: datetime(2026, 11, 20, 10, 0))
    ctx.actor = first_run_setup(ctx, office_name="基准测试服务中心", office_code="540102", window_phone="0891-6321234",
                                terminal_code="W01", admin_username="admin", admin_display_name="管理员",
                                admin_password="Counter-Desk-2026")
    window = MainWindow(ctx)
    window.show()
    QTest.qWaitForWindowExposed(window)
    start = time.perf_counter()
    walk, _wizard = standard_walk(_Bot(), window)
    elapsed = time.perf_counter() - start
    QCoreApplication.processEvents()
    print(f"walk: {walk.interactions} interactions, {walk.typed_chars} typed characters: {', '.join(walk.log)}")
    return [
        {"name": "interactions beyond typing, standard case", "value": float(walk.interactions), "baseline": None,
         "ratio": None, "goal": "≤ 15", "met": walk.interactions <= 15},
        {"name": "typed characters, standard case", "value": float(walk.typed_chars), "baseline": None,
         "ratio": None, "goal": "-", "met": None},
        {"name": "scripted walk wall time (s)", "value": elapsed, "baseline": None, "ratio": None, "goal": "-",
         "met": None},
    ]

"""Cold start to a usable main window vs a bare QMainWindow, each in a fresh process."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

LOGIN = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from desk_app.ui.app import make_app
from desk_app.services.context import AppContext
from desk_app.ui.dialogs import LoginDialog
app = make_app()
ctx = AppContext.open(Path(sys.argv[1]))
d = LoginDialog(ctx); d.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

DESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from desk_app.ui.app import make_app
from desk_app.services.context import AppContext
from desk_app.services.accounts import login
from desk_app.ui.main_window import MainWindow
app = make_app()
ctx = AppContext.open(Path(sys.argv[1]))
login(ctx, "trainer", "Practice-Desk-2026")
w = MainWindow(ctx); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time(code: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def run(repeats: int) -> list[dict]:
    data = Path(tempfile.mkdtemp(prefix="bench-start-"))
    subprocess.run([sys.executable, "-m", "desk_app", "--data-dir", str(data), "demo", "seed", "--cases", "40"],
                   check=True, capture_output=True)
    _time(BARE), _time(DESK, str(data))  # warm the OS file cache for both
    bare, login, desk = [], [], []
    for _ in range(repeats):  # interleaved, so machine noise hits all three alike
        bare.append(_time(BARE))
        login.append(_time(LOGIN, str(data)))
        desk.append(_time(DESK, str(data)))
    b, lg, d = statistics.median(bare), statistics.median(login), statistics.median(desk)
    print(f"startup: bare {b * 1000:.0f} ms, login dialog {lg * 1000:.0f} ms, "
          f"main window after login {d * 1000:.0f} ms (median of {repeats})")
    return [
        {"name": "cold start to login window (ms)", "value": lg * 1000, "baseline": b * 1000,
         "baseline_name": "bare QMainWindow", "ratio": lg / b, "goal": "-", "met": None},
        {"name": "cold start to main window, login incl. (ms)", "value": d * 1000, "baseline": b * 1000,
         "baseline_name": "bare QMainWindow", "ratio": d / b, "goal": "≤ 3× bare window", "met": d / b <= 3},
    ]

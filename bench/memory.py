"""Resident memory after a counter session of N cases vs a bare window, each in a fresh process.

The session is the scripted clerk walk of tests/ui/test_wizard.py (keyboard, mouse, pen
strokes) repeated N times with a different applicant each time, and what follows every case
at the counter: the letter preview, printing (the print call itself stubbed: no printer
here) and the paper confirmation. RSS (VmRSS from /proc, Linux only) is read after the
session and a garbage collection; the peak (VmHWM) is reported too. Growth per case after
the first cases shows a leak; the absolute figure is what a counter PC must have free.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path

BARE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
from bench.memory import rss
print(json.dumps(rss()))
"""


def rss() -> dict[str, float]:
    """VmRSS and VmHWM of this process in MB (empty off Linux)."""
    gc.collect()
    out: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    except OSError:
        pass
    return out


def session(cases: int) -> dict[str, object]:
    """Run in a fresh process (``python -m bench.memory N``): N cases through the real UI."""
    import random
    from datetime import datetime

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bench.interactions import _Bot
    from desk_app.services import demo
    from desk_app.services.accounts import first_run_setup
    from desk_app.services.context import AppContext
    from desk_app.ui import letter_actions
    from desk_app.ui.app import make_app
    from desk_app.ui.letter_preview import LetterPreviewDialog
    from desk_app.ui.main_window import MainWindow
    from tests.ui import test_wizard

    make_app()
    ctx = AppContext.open(Path(tempfile.mkdtemp(prefix="bench-mem-")), clock=lambda: datetime(2026, 11, 20, 10, 0))
    ctx.actor = first_run_setup(ctx, office_name="基准测试服务中心", office_code="540102", window_phone="0891-6321234",
                                terminal_code="W01", admin_username="admin", admin_display_name="管理员",
                                admin_password="Counter-Desk-2026")
    letter_actions.print_pdf = lambda pdf, printer, job_name: 2  # no printer here: the job "prints"
    letter_actions.default_printer = lambda: "BENCH_PRINTER"
    window = MainWindow(ctx)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QCoreApplication.processEvents()
    start = rss()
    rng = random.Random(7)
    original_fill = test_wizard.fill_person
    bot = _Bot()
    after: list[float] = []
    for n in range(cases):
        doc = demo._id_number(rng, datetime(2026, 11, 20).date())
        name = demo._name(rng)
        test_wizard.fill_person = lambda walk, _n=name, _d=doc: original_fill(walk, name=_n, doc=_d)
        _walk, wizard = test_wizard.standard_walk(bot, window)
        preview = window.findChildren(LetterPreviewDialog)[-1]
        preview.print_button.click()
        box = window.findChildren(QMessageBox, "confirmPaperBox")[-1]
        box.button(QMessageBox.StandardButton.Yes).click()
        bot.waitUntil(lambda: window.unfinished_label.text() == "")
        for widget in (box, preview, wizard):  # as the clerk closes them; Qt deletes them later
            widget.close()
            widget.deleteLater()
        window.activateWindow()
        bot.waitUntil(lambda: QApplication.activeWindow() is window)
        if (n + 1) % 10 == 0:
            print(f"memory: {n + 1} cases done", file=sys.stderr)
        if n in (9, cases - 1):
            after.append(rss()["VmRSS"])
    end = rss()
    ctx.close()
    return {"start": start, "end": end, "after10": after[0], "cases": cases}


def _child(code_or_module: list[str]) -> dict:  # type: ignore[type-arg]
    done = subprocess.run([sys.executable, *code_or_module], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(cases: int = 100) -> list[dict]:  # type: ignore[type-arg]
    if not Path("/proc/self/status").exists():
        print("memory: /proc not available (not Linux); skipped")
        return []
    bare = _child(["-c", BARE])
    got = _child(["-m", "bench.memory", str(cases)])
    base = bare["VmRSS"]
    end, start = got["end"]["VmRSS"], got["start"]["VmRSS"]
    per_case = (end - got["after10"]) / max(1, cases - 10) * 1024
    print(f"memory: bare window {base:.0f} MB; main window {start:.0f} MB; after {cases} cases {end:.0f} MB "
          f"(peak {got['end']['VmHWM']:.0f} MB; {per_case:.0f} KB per case after the 10th)")
    return [
        {"name": "RSS, main window before the first case (MB)", "value": start, "baseline": base,
         "baseline_name": "bare QMainWindow", "ratio": start / base, "goal": "-", "met": None},
        {"name": f"RSS after a {cases}-case session (MB)", "value": end, "baseline": base,
         "baseline_name": "bare QMainWindow", "ratio": end / base, "goal": "≤ 400 MB", "met": end <= 400},
        {"name": "RSS growth per case after the 10th (KB)", "value": per_case, "baseline": None, "ratio": None,
         "goal": "≤ 200 KB (no leak)", "met": per_case <= 200},
    ]


if __name__ == "__main__":
    print(json.dumps(session(int(sys.argv[1]))))

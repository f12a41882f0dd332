"""统计报表 over many demo cases: time to open it vs a bare chart widget and one COUNT(*)."""

from __future__ import annotations

import statistics
import time
from datetime import date

from desk_app.domain.statistics import Bucket, StatsFilter
from desk_app.services import statistics as stats
from desk_app.services.context import AppContext

from .search import _dataset


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def run(cases: int, repeats: int = 5) -> list[dict]:
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from desk_app.services.accounts import login
    from desk_app.ui.app import make_app

    data = _dataset(cases)
    app = QApplication.instance() or make_app()
    t = time.perf_counter()
    ctx = AppContext.open(data)  # a dataset from an older run is migrated here (indexes), not timed
    print(f"dashboard: opened the {cases}-case directory in {time.perf_counter() - t:.1f} s (migration included)")
    login(ctx, "trainer", "Practice-Desk-2026")
    raw = ctx.db.raw_connection()

    def baseline() -> float:
        start = time.perf_counter()
        w = QWidget()
        QVBoxLayout(w).addWidget(QChartView())
        raw.execute("SELECT count(*) FROM cases").fetchone()
        w.show()
        app.processEvents()
        took = time.perf_counter() - start
        w.close()
        w.deleteLater()
        return took

    def open_dashboard() -> float:
        from desk_app.ui.dashboard import StatisticsDialog

        start = time.perf_counter()
        d = StatisticsDialog(ctx)  # default filter (last 30 days); the first tab's figure
        d.show()                   # is computed in a worker: timed until it is on screen
        while not d.settled:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()
        took = time.perf_counter() - start
        d.close()
        d.deleteLater()
        app.processEvents()
        return took

    first_open = open_dashboard()  # cold: QtCharts and the catalog load, pages come off the disk
    base, opens = [], []
    for _ in range(repeats):
        base.append(baseline())
        opens.append(open_dashboard())
    year = StatsFilter(date(2025, 11, 1), date(2026, 11, 30))
    figures = {}
    for key in stats.FIGURES:
        start = time.perf_counter()
        stats.figure(ctx, key, year, Bucket.MONTH)
        figures[key] = time.perf_counter() - start
    raw.close()
    ctx.close()
    b, o = _median(base) * 1000, _median(opens) * 1000
    slowest = max(figures, key=lambda k: figures[k])
    whole_year = sum(figures.values()) * 1000
    print(f"dashboard over {cases}: open {o:.0f} ms (first {first_open * 1000:.0f} ms); baseline {b:.1f} ms; "
          f"whole-year figures {whole_year:.0f} ms in all, slowest {slowest} {figures[slowest] * 1000:.0f} ms")
    for key, secs in figures.items():
        print(f"  {key:24} {secs * 1000:8.1f} ms (whole year)")
    base_name = "bare QWidget + empty QChartView + one COUNT(*)"
    return [
        {"name": f"dashboard open over {cases} cases (ms)", "value": o, "baseline": b, "baseline_name": base_name,
         "ratio": o / b, "goal": "opens within a second", "met": o <= 1000},
        {"name": f"dashboard first open over {cases} cases (ms)", "value": first_open * 1000, "baseline": b,
         "baseline_name": base_name, "ratio": first_open * 1000 / b, "goal": "opens within a second",
         "met": first_open <= 1.0},
        {"name": f"slowest figure, whole year ({slowest}) (ms)", "value": figures[slowest] * 1000, "baseline": b,
         "baseline_name": base_name, "ratio": figures[slowest] * 1000 / b, "goal": "-", "met": None},
    ]

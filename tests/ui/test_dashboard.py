"""统计报表: opens from the toolbar, shows figures equal to SQL, filters change them, exports."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate

from desk_app.ui.app import make_app
from tests.services.stats_support import seeded, sql


@pytest.fixture(scope="module")
def sctx(tmp_path_factory):
    context = seeded(tmp_path_factory.mktemp("dash") / "data")
    from desk_app.services.accounts import login

    login(context, "trainer", "Practice-Desk-2026")
    yield context
    context.close()


@pytest.fixture
def dashboard(qapp, qtbot, sctx):  # type: ignore[no-untyped-def]
    from desk_app.ui.main_window import MainWindow

    make_app()
    window = MainWindow(sctx)
    qtbot.addWidget(window)
    window.stats_action.trigger()
    from desk_app.ui.dashboard import StatisticsDialog

    dialog = window.findChild(StatisticsDialog, "statisticsDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.date_from.setDate(QDate(2026, 1, 1))
    dialog.date_to.setDate(QDate(2026, 12, 31))
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Figures are computed in a worker thread: wait until the visible one is on screen."""
    qtbot.waitUntil(lambda: dialog.settled, timeout=20000)


def column(view, n: int) -> list[str]:
    return [view.model.item(r, n).text() for r in range(view.model.rowCount())]


def test_opens_from_toolbar_with_figures_equal_to_sql(dashboard, sctx, qtbot):
    view = dashboard.views["by_period"]
    expected = sql(sctx, "SELECT date(created_at), count(*) FROM cases GROUP BY 1 ORDER BY 1")
    assert list(zip(column(view, 0), map(int, column(view, 1)), strict=True)) == expected
    chart = view.chart_view.chart()
    assert chart.series() and chart.title().startswith("受理量")
    # other tabs are computed only when shown
    assert dashboard.views["by_item"].table_data is None
    dashboard.tabs.setCurrentWidget(dashboard.views["by_item"])
    settle(qtbot, dashboard)
    items = sql(sctx, "SELECT item_code, count(*) FROM cases GROUP BY 1 ORDER BY 1")
    got = dashboard.views["by_item"]
    assert list(zip(column(got, 0), map(int, column(got, 3)), strict=True)) == items


def test_filters_change_the_figures(dashboard, sctx, qtbot):
    dashboard.bucket.setCurrentIndex(dashboard.bucket.findData("month"))
    settle(qtbot, dashboard)
    view = dashboard.views["by_period"]
    assert column(view, 0) == ["2026-09", "2026-10", "2026-11"]
    code, n = sql(sctx, "SELECT item_code, count(*) FROM cases GROUP BY 1 ORDER BY 2 DESC LIMIT 1")[0]
    dashboard.item.setCurrentIndex(dashboard.item.findData(code))
    settle(qtbot, dashboard)
    assert sum(map(int, column(view, 1))) == n
    dashboard.item.setCurrentIndex(0)
    dashboard.date_from.setDate(QDate(2026, 10, 1))
    dashboard.date_to.setDate(QDate(2026, 10, 31))
    settle(qtbot, dashboard)
    assert column(view, 0) == ["2026-10"] and column(view, 1) == ["24"]
    dashboard.tabs.setCurrentWidget(dashboard.views["verification"])
    settle(qtbot, dashboard)
    assert dashboard.views["verification"].model.rowCount() == 0  # verified on 2026-11-19
    dashboard.date_to.setDate(QDate(2026, 11, 30))
    settle(qtbot, dashboard)
    verified = dashboard.views["verification"]
    assert sum(map(int, column(verified, 3))) == 3 and sum(map(int, column(verified, 4))) == 2


def test_table_exports_to_excel_and_csv(dashboard, tmp_path, sctx, qtbot):
    dashboard.tabs.setCurrentWidget(dashboard.views["by_domain"])
    settle(qtbot, dashboard)
    assert dashboard.export("by_domain", "csv", str(tmp_path / "d.csv"))
    assert dashboard.export("by_domain", "xlsx", str(tmp_path / "d.xlsx"))
    raw = (tmp_path / "d.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert sum(int(r[1]) for r in rows[1:]) == sql(sctx, "SELECT count(*) FROM cases")[0][0]
    ws = load_workbook(tmp_path / "d.xlsx").worksheets[0]
    assert ws["A1"].value == "按所属领域"


def test_bureau_report_and_disclosure_dialogs_write_files(dashboard, tmp_path):
    dialog = dashboard.open_report()
    dialog.date_from.setDate(QDate(2026, 9, 1))
    dialog.problems.setPlainText("核查人员不足")
    assert dialog.export_pdf(str(tmp_path / "r.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "核查人员不足" in text and "2026-09-01" in text
    reg = dashboard.open_disclosure()
    reg.date_from.setDate(QDate(2026, 11, 1))
    reg.date_to.setDate(QDate(2026, 11, 30))
    assert reg.export("csv", str(tmp_path / "reg.csv"))
    assert (tmp_path / "reg.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert reg.message.text().startswith("已导出")


def test_a_clerk_sees_the_figures_but_cannot_export(qapp, qtbot, sctx):  # type: ignore[no-untyped-def]
    from desk_app.domain.accounts import Actor, Role
    from desk_app.ui.dashboard import StatisticsDialog

    keep = sctx.actor
    sctx.actor = Actor("clerk1", Role.CLERK, "DEMO01", "T1")
    try:
        dialog = StatisticsDialog(sctx)
        qtbot.addWidget(dialog)
        dialog.date_from.setDate(QDate(2026, 1, 1))
        settle(qtbot, dialog)
        view = dialog.views["by_period"]
        assert sum(map(int, column(view, 1))) == sql(sctx, "SELECT count(*) FROM cases")[0][0]
        assert not view.xlsx_button.isEnabled() and not view.csv_button.isEnabled()
        assert not dialog.report_button.isEnabled() and not dialog.disclosure_button.isEnabled()
    finally:
        sctx.actor = keep

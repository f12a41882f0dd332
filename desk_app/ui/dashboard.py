"""统计报表: charts and tables of the statistics, filters, exports; the justice-bureau report
and the disclosure register open from here.

Opens fast over a million cases: only the visible tab is computed (aggregated in SQL), the
others when first shown; a filter change recomputes the visible tab and marks the rest stale.
The figures are computed in a worker thread (a whole year over a million cases takes seconds);
the window stays responsive and shows each result when it arrives, if still wanted.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, Qt, QThread, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.accounts import PERMISSIONS, Action
from desk_app.domain.errors import DomainError
from desk_app.domain.statistics import Bucket, ChartKind, StatsFilter, StatTable
from desk_app.services import disclosure, report
from desk_app.services import statistics as stats
from desk_app.services.context import AppContext
from desk_app.ui.i18n import tr_domain, tr_error

_alive: set[QThread] = set()  # a running worker must outlive the dialog that started it


class _FigureThread(QThread):
    done = Signal(object, object)  # request, StatTable
    failed = Signal(object, str)

    def __init__(self, ctx: AppContext, request: tuple[str, StatsFilter, Bucket]):
        super().__init__()
        self.ctx, self.request = ctx, request

    def run(self) -> None:
        key, f, bucket = self.request
        try:
            self.done.emit(self.request, stats.figure(self.ctx, key, f, bucket))
        except DomainError as err:
            self.failed.emit(self.request, tr_error(err))
        except Exception as err:  # noqa: BLE001 - never let a worker thread die silently
            self.failed.emit(self.request, self.tr("统计出错：{e}").format(e=err))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _write(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


def build_chart(table: StatTable) -> QChart:
    """The table's chart hint as a QChart (categories from one column, a series per value column)."""
    chart = QChart()
    chart.setTitle(tr_domain(table.title))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    hint = table.chart
    if hint is None or not table.rows:
        return chart
    labels = [tr_domain(r[hint.label]) if isinstance(r[hint.label], str) else str(r[hint.label])
              for r in table.rows]
    if hint.kind is ChartKind.PIE:
        pie = QPieSeries()
        for label, row in zip(labels, table.rows, strict=True):
            value = _number(row[hint.values[0]])
            if value > 0:
                pie.append(f"{label} {int(value)}", value)
        chart.addSeries(pie)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart
    stacked = hint.kind is ChartKind.STACKED
    series = QStackedBarSeries() if stacked else QBarSeries()
    tops = [0.0] * len(table.rows)
    for col in hint.values:
        bars = QBarSet(tr_domain(table.columns[col]))
        for i, row in enumerate(table.rows):
            value = _number(row[col])
            bars.append(value)
            tops[i] = tops[i] + value if stacked else max(tops[i], value)
        series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels)
    axis_x.setTruncateLabels(False)  # item codes are short: whole, rotated when crowded
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    if len(labels) > 40:  # a year of days: the first and last instead of 365 unreadable labels
        axis_x.setLabelsVisible(False)
        axis_x.setTitleText(f"{labels[0]} … {labels[-1]}")
    elif len(labels) * max(len(label) for label in labels) > 80:
        axis_x.setLabelsAngle(-45)
    axis_y = QValueAxis()
    axis_y.setRange(0, max(1.0, max(tops, default=0.0) * 1.1))
    axis_y.setLabelFormat("%d")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


class FigureView(QWidget):
    """One figure: chart above, table below, its exports."""

    def __init__(self, key: str, can_export: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.can_export = can_export  # admins and auditors; the service refuses others anyway
        self.table_data: StatTable | None = None
        self.shown_filter: StatsFilter | None = None  # what the table was computed for
        self.setObjectName(f"figure_{key}")
        self.chart_view = QChartView(objectName=f"chart_{key}")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        self.model = QStandardItemModel(self)
        self.table = QTableView(objectName=f"table_{key}")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("统计表"))
        self.note = QLabel(objectName=f"note_{key}", wordWrap=True)
        self.xlsx_button = QPushButton(self.tr("导出 Excel(&X)…"), objectName=f"xlsx_{key}")
        self.csv_button = QPushButton(self.tr("导出 CSV(&V)…"), objectName=f"csv_{key}")
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.csv_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def show_table(self, table: StatTable) -> None:
        self.table_data = table
        self.model.clear()
        self.model.setHorizontalHeaderLabels([tr_domain(c) for c in table.columns])
        for row in table.rows:
            cells = []
            for v in row:
                item = QStandardItem("—" if v is None else (f"{v:.1f}" if isinstance(v, float)
                                     else tr_domain(v) if isinstance(v, str) else str(v)))
                if isinstance(v, int | float):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cells.append(item)
            self.model.appendRow(cells)
        self.table.resizeColumnsToContents()
        old = self.chart_view.chart()
        self.chart_view.setChart(build_chart(table))
        if old is not None:
            old.deleteLater()
        self.note.setText(tr_domain(table.note) if table.available or table.note else self.tr("暂无此项数据。"))
        for b in (self.xlsx_button, self.csv_button):
            b.setEnabled(table.available and self.can_export)


class StatisticsDialog(QDialog):
    figure_shown = Signal(str)  # a figure's key, once its table and chart are on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statisticsDialog")
        self.setWindowTitle(self.tr("统计报表"))
        f = stats.default_filter(ctx)
        self.date_from = QDateEdit(_qdate(f.date_from), objectName="statsFrom", calendarPopup=True)
        self.date_to = QDateEdit(_qdate(f.date_to), objectName="statsTo", calendarPopup=True)
        for w in (self.date_from, self.date_to):
            w.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setAccessibleName(self.tr("开始日期"))
        self.date_to.setAccessibleName(self.tr("结束日期"))
        self.office = QComboBox(objectName="statsOffice")
        self.office.setAccessibleName(self.tr("单位"))
        self.item = QComboBox(objectName="statsItem")
        self.item.setAccessibleName(self.tr("证明事项"))
        self.bucket = QComboBox(objectName="statsBucket")
        self.bucket.setAccessibleName(self.tr("时间粒度"))
        for b in Bucket:
            self.bucket.addItem(tr_domain(b.label), b.value)
        offices, items = stats.filter_choices(ctx)
        self.office.addItem(self.tr("全部单位"), None)
        for code in offices:
            self.office.addItem(code, code)
        self.item.addItem(self.tr("全部事项"), None)
        for code, info in sorted(items.items()):
            self.item.addItem(f"{code} {info.proof_item}", code)
        bar = QHBoxLayout()
        for label, w in ((self.tr("期间(&F)"), self.date_from), (self.tr("至(&T)"), self.date_to),
                         (self.tr("单位(&O)"), self.office), (self.tr("事项(&I)"), self.item),
                         (self.tr("粒度(&G)"), self.bucket)):
            lab = QLabel(label)
            lab.setBuddy(w)
            bar.addWidget(lab)
            bar.addWidget(w)
        bar.addStretch(1)
        self.tabs = QTabWidget(objectName="statsTabs")
        self.views: dict[str, FigureView] = {}
        allowed = ctx.require_actor().role in PERMISSIONS[Action.EXPORT_REPORTS]
        for key in stats.FIGURES:
            view = FigureView(key, allowed)
            self.views[key] = view
            self.tabs.addTab(view, tr_domain(stats.TITLES[key]))
        self.report_button = QPushButton(self.tr("司法局报送(&B)…"), objectName="bureauReportButton")
        self.disclosure_button = QPushButton(self.tr("公开登记簿(&D)…"), objectName="disclosureButton")
        self.report_button.setEnabled(allowed)
        self.disclosure_button.setEnabled(allowed)
        self.status = QLabel(objectName="statsStatus")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.report_button)
        bottom.addWidget(self.disclosure_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1100, 720)
        self._stale: set[str] = set(stats.FIGURES)
        self._thread: _FigureThread | None = None
        self._wanted: tuple[str, StatsFilter, Bucket] | None = None
        self._connect_callbacks()
        self.refresh()

    def _connect_callbacks(self) -> None:
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(lambda *_: self.filters_changed())
        for c in (self.office, self.item, self.bucket):
            c.currentIndexChanged.connect(lambda *_: self.filters_changed())
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        for key, view in self.views.items():
            view.xlsx_button.clicked.connect(lambda *_, k=key: self.export(k, "xlsx"))
            view.csv_button.clicked.connect(lambda *_, k=key: self.export(k, "csv"))
        self.report_button.clicked.connect(lambda: self.open_report())
        self.disclosure_button.clicked.connect(lambda: self.open_disclosure())
        QShortcut(QKeySequence("F5"), self, activated=self.filters_changed)

    # -- state ---------------------------------------------------------------------------
    def current_filter(self) -> StatsFilter:
        return StatsFilter(_pydate(self.date_from.date()), _pydate(self.date_to.date()),
                           office=self.office.currentData(), item=self.item.currentData())

    def current_bucket(self) -> Bucket:
        return Bucket(self.bucket.currentData())

    def current_key(self) -> str:
        view = self.tabs.currentWidget()
        assert isinstance(view, FigureView)
        return view.key

    def filters_changed(self) -> None:
        self._stale = set(stats.FIGURES)
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def refresh(self) -> None:
        """Compute the visible figure (in a worker) if its filter changed since it was shown."""
        key = self.current_key()
        if key not in self._stale:
            return
        try:
            request = (key, self.current_filter(), self.current_bucket())
        except DomainError as err:
            self.status.setText(tr_error(err))
            return
        self._wanted = request
        if self.busy:
            return  # the running one finishes first; then the wanted one starts
        self.status.setText(self.tr("正在统计……"))
        thread = self._thread = _FigureThread(self.ctx, request)
        thread.done.connect(self._arrived)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._next)
        for old in [t for t in _alive if t.isFinished()]:
            _alive.discard(old)
        _alive.add(thread)
        thread.start()

    @property
    def settled(self) -> bool:
        """The visible figure is up to date with the filters and nothing is being computed."""
        return not self.busy and self.current_key() not in self._stale

    def _arrived(self, request: tuple[str, StatsFilter, Bucket], table: StatTable) -> None:
        key, f, bucket = request
        try:
            current = (self.current_filter(), self.current_bucket())
        except DomainError:
            return
        if current != (f, bucket):
            return  # the filters changed meanwhile: a newer request follows
        self.views[key].show_table(table)
        self.views[key].shown_filter = f
        self._stale.discard(key)
        self.status.setText(self.tr("统计期间：{period}").format(period=tr_domain(f.label)))
        self.figure_shown.emit(key)

    def _failed(self, request: tuple[str, StatsFilter, Bucket], message: str) -> None:
        self.status.setText(message)
        if request == self._wanted:
            self._stale.discard(request[0])  # not retried in a loop; F5 or a filter change retries

    def _next(self) -> None:
        self._thread = None
        if self._wanted is not None:
            self.refresh()

    def done(self, r: int) -> None:  # QDialog.done: a running worker may still report
        self._wanted = None
        super().done(r)

    # -- actions -------------------------------------------------------------------------
    def export(self, key: str, fmt: str, path: str | None = None) -> bool:
        table, shown = self.views[key].table_data, self.views[key].shown_filter
        if table is None or shown is None:
            return False
        if path is None:
            pattern = "Excel (*.xlsx)" if fmt == "xlsx" else "CSV (*.csv)"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出统计表"), f"{table.title}.{fmt}", pattern)
            if not path:
                return False
        try:
            stats.export_table(self.ctx, table, shown, fmt, lambda data: _write(path, data))
        except (DomainError, OSError) as err:
            QMessageBox.warning(self, self.tr("未能导出"), tr_error(err))
            return False
        self.status.setText(self.tr("已导出：{path}").format(path=path))
        return True

    def open_report(self) -> BureauReportDialog:
        dialog = BureauReportDialog(self.ctx, self.current_filter(), self)
        dialog.open()
        return dialog

    def open_disclosure(self) -> DisclosureDialog:
        dialog = DisclosureDialog(self.ctx, self.current_filter(), self)
        dialog.open()
        return dialog


class _PeriodDialog(QDialog):
    """A period and export buttons; subclasses say what is exported."""

    def __init__(self, ctx: AppContext, f: StatsFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.date_from = QDateEdit(_qdate(f.date_from), calendarPopup=True, objectName="periodFrom")
        self.date_to = QDateEdit(_qdate(f.date_to), calendarPopup=True, objectName="periodTo")
        for w in (self.date_from, self.date_to):
            w.setDisplayFormat("yyyy-MM-dd")
        self.date_from.setAccessibleName(self.tr("开始日期"))
        self.date_to.setAccessibleName(self.tr("结束日期"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("开始日期(&F)"), self.date_from)
        self.form.addRow(self.tr("结束日期(&T)"), self.date_to)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.message = QLabel(objectName="periodMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)

    def period(self) -> tuple[date, date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def _button(self, text: str, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        b = QPushButton(text, objectName=name)
        b.setAutoDefault(False)
        b.clicked.connect(lambda *_: slot())
        self.buttons.addWidget(b)
        return b

    def _path(self, title: str, suggested: str, pattern: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, pattern)
        return path or None

    def _run(self, job) -> bool:  # type: ignore[no-untyped-def]
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            job()
        except (DomainError, OSError) as err:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("未能导出"), tr_error(err))
            return False
        QApplication.restoreOverrideCursor()
        return True


class BureauReportDialog(_PeriodDialog):
    """司法局报送: the period, the problems the admin notes, PDF and Excel."""

    def __init__(self, ctx: AppContext, f: StatsFilter, parent: QWidget | None = None):
        super().__init__(ctx, f, parent)
        self.setObjectName("bureauReportDialog")
        self.setWindowTitle(self.tr("向司法局报送工作情况"))
        self.problems = QPlainTextEdit(objectName="reportProblems")
        self.problems.setPlaceholderText(self.tr("工作中发现的问题、意见和建议（将写入报告第六部分）"))
        self.problems.setAccessibleName(self.tr("发现的问题"))
        self.form.addRow(self.tr("发现的问题(&P)"), self.problems)
        self.pdf_button = self._button(self.tr("导出 PDF(&D)…"), "reportPdf", self.export_pdf)
        self.xlsx_button = self._button(self.tr("导出 Excel(&X)…"), "reportXlsx", self.export_xlsx)
        self.resize(640, 420)

    def _export(self, fmt: str, path: str | None) -> bool:
        start, end = self.period()
        if path is None:
            pattern = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
            name = self.tr("告知承诺制工作情况-{start}-{end}.{ext}").format(
                start=f"{start:%Y%m%d}", end=f"{end:%Y%m%d}", ext=fmt)
            path = self._path(self.tr("导出报送报告"), name, pattern)
            if path is None:
                return False
        target = path

        def job() -> None:
            built = report.build_report(self.ctx, start, end, self.problems.toPlainText())
            sink = {fmt: lambda data: _write(target, data)}
            report.export_report(self.ctx, built, **sink)  # type: ignore[arg-type]

        ok = self._run(job)
        if ok:
            self.message.setText(self.tr("已导出：{path}").format(path=path))
        return ok

    def export_pdf(self, path: str | None = None) -> bool:
        return self._export("pdf", path)

    def export_xlsx(self, path: str | None = None) -> bool:
        return self._export("xlsx", path)


class DisclosureDialog(_PeriodDialog):
    """公开登记簿: letters under publication in the period, masked; CSV, Excel, PDF."""

    def __init__(self, ctx: AppContext, f: StatsFilter, parent: QWidget | None = None):
        super().__init__(ctx, f, parent)
        self.setObjectName("disclosureDialog")
        self.setWindowTitle(self.tr("告知承诺书公开登记簿"))
        self.message.setText(self.tr("列出公开期限与所选期间重叠的告知承诺书；证件号码已部分隐去，不含联系电话。"))
        self.csv_button = self._button(self.tr("导出 CSV(&V)…"), "disclosureCsv", lambda: self.export("csv"))
        self.xlsx_button = self._button(self.tr("导出 Excel(&X)…"), "disclosureXlsx", lambda: self.export("xlsx"))
        self.pdf_button = self._button(self.tr("导出 PDF(&D)…"), "disclosurePdf", lambda: self.export("pdf"))
        self.resize(560, 200)

    def export(self, fmt: str, path: str | None = None) -> bool:
        start, end = self.period()
        if path is None:
            pattern = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}[fmt]
            name = self.tr("公开登记簿-{start}-{end}.{ext}").format(start=f"{start:%Y%m%d}", end=f"{end:%Y%m%d}", ext=fmt)
            path = self._path(self.tr("导出公开登记簿"), name, pattern)
            if path is None:
                return False
        target = path
        count = [0]

        def job() -> None:
            register = disclosure.build_register(self.ctx, start, end)
            count[0] = len(register.entries)
            disclosure.export_register(self.ctx, register, **{fmt: lambda data: _write(target, data)})  # type: ignore[arg-type]

        ok = self._run(job)
        if ok:
            self.message.setText(self.tr("已导出 {n} 件：{path}").format(n=count[0], path=path))
        return ok

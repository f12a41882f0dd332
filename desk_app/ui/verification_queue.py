"""The verifier's queue (核查任务): overdue, due today, upcoming; recording a result.

A "不实" result emits :attr:`VerificationQueueDialog.falsePromiseFound` with the case number,
so the false-promise handling (credit branch) can be opened right after it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.catalog import VerificationMethod
from desk_app.domain.errors import DomainError
from desk_app.domain.verification import Bucket, VerificationResult
from desk_app.services.context import AppContext
from desk_app.services.verification import (
    TaskView,
    task_queue,
    task_record,
)
from desk_app.ui.i18n import tr_error

from .verification_dialogs import (
    AssistAnswerDialog,
    AssistRequestDialog,
    RecordResultDialog,
    TaskRecordDialog,
)

OVERDUE_BG = QColor("#f8d7da")
TODAY_BG = QColor("#fff3cd")


class VerificationQueueDialog(QDialog):
    """核查任务: the verifier's queue with filters; overdue rows highlighted."""

    falsePromiseFound = Signal(str)  # noqa: N815 - Qt signal naming; case number of a "不实" result

    COLUMNS = (QT_TRANSLATE_NOOP("VerificationQueueDialog", "状态"), QT_TRANSLATE_NOOP("VerificationQueueDialog", "到期日"), QT_TRANSLATE_NOOP("VerificationQueueDialog", "剩余工作日"), QT_TRANSLATE_NOOP("VerificationQueueDialog", "案件编号"), QT_TRANSLATE_NOOP("VerificationQueueDialog", "证明事项"),
               QT_TRANSLATE_NOOP("VerificationQueueDialog", "核查方式"), QT_TRANSLATE_NOOP("VerificationQueueDialog", "申请人"), QT_TRANSLATE_NOOP("VerificationQueueDialog", "结果"))

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tasks: list[TaskView] = []
        self.setObjectName("verificationQueue")
        self.setWindowTitle(self.tr("核查任务"))
        self.method = QComboBox(objectName="methodFilter")
        self.method.setAccessibleName(self.tr("按核查方式筛选"))
        self.method.addItem(self.tr("全部核查方式"), None)
        for m in VerificationMethod:
            self.method.addItem(m.label, m.value)  # Qt would hand a StrEnum back as a plain str
        self.item = QComboBox(objectName="itemFilter")
        self.item.setAccessibleName(self.tr("按事项筛选"))
        self.show_done = QCheckBox(self.tr("显示已核查(&D)"), objectName="showDone")
        self.summary = QLabel(objectName="queueSummary")
        self.table = QTableWidget(0, len(self.COLUMNS), objectName="taskTable")
        self.table.setAccessibleName(self.tr("核查任务列表"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QLabel(objectName="taskDetail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.record_button = QPushButton(self.tr("记录核查结果(&R)…"), objectName="recordResult")
        self.request_button = QPushButton(self.tr("协助核查函(&P)…"), objectName="assistRequest")
        self.answer_button = QPushButton(self.tr("登记协查回复(&A)…"), objectName="assistAnswer")
        self.history_button = QPushButton(self.tr("核查记录与附件(&H)…"), objectName="taskHistory")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("核查方式")))
        filters.addWidget(self.method)
        filters.addWidget(QLabel(self.tr("事项")))
        filters.addWidget(self.item)
        filters.addWidget(self.show_done)
        filters.addStretch()
        filters.addWidget(self.summary)
        actions = QHBoxLayout()
        actions.addWidget(self.record_button)
        actions.addWidget(self.request_button)
        actions.addWidget(self.answer_button)
        actions.addWidget(self.history_button)
        actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        self.resize(980, 560)
        self._connect_callbacks()
        self.refresh()

    def _connect_callbacks(self) -> None:
        self.method.currentIndexChanged.connect(self.refresh)
        self.item.currentIndexChanged.connect(self.refresh)
        self.show_done.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.open_record())
        self.record_button.clicked.connect(self.open_record)
        self.request_button.clicked.connect(self.open_request)
        self.answer_button.clicked.connect(self.open_answer)
        self.history_button.clicked.connect(self.open_history)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

    def refresh(self) -> None:
        method = VerificationMethod(self.method.currentData()) if self.method.currentData() else None
        code = self.item.currentData()
        try:
            self.tasks = task_queue(self.ctx, method=method, item_code=code, include_done=self.show_done.isChecked())
        except DomainError as exc:
            self.summary.setText(tr_error(exc))
            self.tasks = []
        if self.item.count() == 0:
            self._fill_items()
        self.table.setRowCount(len(self.tasks))
        for r, t in enumerate(self.tasks):
            cells = [
                t.bucket.label, t.due_on.isoformat() if t.due_on else "—",
                self._left(t.working_days_left), t.case_no,
                f"{t.item_code} {t.proof_item}", t.method.label, t.name_masked, t.result.label if t.result else "",
            ]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if t.bucket is Bucket.OVERDUE:
                    cell.setBackground(QBrush(OVERDUE_BG))
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
                elif t.bucket is Bucket.TODAY:
                    cell.setBackground(QBrush(TODAY_BG))
                if t.calendar_warning:
                    cell.setToolTip(t.calendar_warning)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        counts = {b: sum(t.bucket is b for t in self.tasks) for b in (Bucket.OVERDUE, Bucket.TODAY, Bucket.UPCOMING)}
        self.summary.setText(self.tr("逾期 {o} 件 · 今日到期 {t} 件 · 未到期 {u} 件").format(
            o=counts[Bucket.OVERDUE], t=counts[Bucket.TODAY], u=counts[Bucket.UPCOMING]))
        if self.tasks:
            self.table.selectRow(0)
        self._selected()

    def _left(self, days: int | None) -> str:
        if days is None:
            return ""
        return self.tr("逾期 {n}").format(n=-days) if days < 0 else str(days)

    def _fill_items(self) -> None:
        self.item.blockSignals(True)
        self.item.addItem(self.tr("全部事项"), None)
        for code in sorted({t.item_code for t in task_queue(self.ctx, include_done=True, include_exempt=True)}):
            self.item.addItem(code, code)
        self.item.blockSignals(False)

    def current(self) -> TaskView | None:
        row = self.table.currentRow()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def _selected(self) -> None:
        task = self.current()
        enabled = task is not None
        self.record_button.setEnabled(enabled)
        self.request_button.setEnabled(enabled)
        self.answer_button.setEnabled(enabled)
        self.history_button.setEnabled(enabled)
        if task is None:
            self.detail.setText(self.tr("没有待核查的任务。"))
            return
        text = self.tr("核查依据：{rule}").format(rule=task.rule_text)
        if task.calendar_warning:
            text += "\n" + self.tr("⚠ {w}").format(w=task.calendar_warning)
        self.detail.setText(text)

    def open_record(self) -> RecordResultDialog | None:
        task = self.current()
        if task is None:
            return None
        dialog = RecordResultDialog(self.ctx, task, self)
        dialog.recorded.connect(self._recorded)
        dialog.open()
        return dialog

    def _recorded(self, case_no: str, result: str) -> None:
        self.refresh()
        if result == VerificationResult.FALSE.value:
            self.falsePromiseFound.emit(case_no)

    def open_request(self) -> AssistRequestDialog | None:
        task = self.current()
        if task is None:
            return None
        dialog = AssistRequestDialog(self.ctx, task, self)
        dialog.open()
        return dialog

    def open_answer(self) -> AssistAnswerDialog | None:
        task = self.current()
        if task is None:
            return None
        requests = task_record(self.ctx, task.case_no).requests
        if not requests:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("登记协查回复"),
                              self.tr("该案件尚未发出协助核查函。"), parent=self)
            box.open()  # not exec(): the event loop keeps running
            return None
        dialog = AssistAnswerDialog(self.ctx, task.case_no, requests, self)
        dialog.open()
        return dialog

    def open_history(self) -> TaskRecordDialog | None:
        task = self.current()
        if task is None:
            return None
        dialog = TaskRecordDialog(self.ctx, task.case_no, self)
        dialog.open()
        return dialog

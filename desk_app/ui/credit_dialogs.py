"""Recording a false promise (finding + measures) and the credit history of a person or
organisation, with repair and objections."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.credit import Measure, MeasureKind, ObjectionState
from desk_app.domain.errors import DomainError
from desk_app.services import credit
from desk_app.services.context import AppContext
from desk_app.ui.i18n import tr_error

from .followup_dialogs import _CaseFormDialog, qdate_to_date, show_document


class FalsePromiseDialog(_CaseFormDialog):
    """The finding (facts, date, who, grade) and the measures taken; the verification work
    opens it with a case number when a promise is found false."""

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None):
        super().__init__(ctx, case_no, self.tr("不实承诺 — {no}"), parent)
        self.setObjectName("falsePromiseDialog")
        self.existing = credit.false_promise_of(ctx, case_no)
        self.pending: list[Measure] = []
        self.grades = credit.credit_grades(ctx)

        finding = QGroupBox(self.tr("认定"))
        form = QFormLayout(finding)
        self.facts = QPlainTextEdit(objectName="falsePromiseFacts")
        self.facts.setAccessibleName(self.tr("不实承诺的事实"))
        self.facts.setPlaceholderText(self.tr("承诺内容与核查查明的事实，如：承诺无犯罪记录，经公安机关协助核查……"))
        self.found_on = self._date_edit("falsePromiseDate")
        self.found_on.setAccessibleName(self.tr("认定日期"))
        self.found_by = QLineEdit(ctx.require_actor().username, objectName="falsePromiseFoundBy")
        self.found_by.setAccessibleName(self.tr("认定人"))
        self.grade = QComboBox(objectName="falsePromiseGrade")
        self.grade.setAccessibleName(self.tr("失信程度"))
        for g in self.grades:
            self.grade.addItem(g.label + (self.tr("（信用修复前不适用告知承诺）") if g.excludes else ""), g.code)
        form.addRow(self.tr("事实(&A)："), self.facts)
        form.addRow(self.tr("认定日期(&D)："), self.found_on)
        form.addRow(self.tr("认定人(&B)："), self.found_by)
        form.addRow(self.tr("失信程度(&G)："), self.grade)
        if self.existing is not None:
            self.facts.setPlainText(self.existing.facts)
            self.found_on.setDate(QDate(self.existing.found_on))
            self.found_by.setText(self.existing.found_by)
            self.grade.setCurrentIndex(max(0, self.grade.findData(self.existing.grade.code)))
            for w in (self.facts, self.found_on, self.found_by, self.grade):
                w.setEnabled(False)  # a finding is never edited; measures may follow

        measures = QGroupBox(self.tr("处理措施"))
        mform = QFormLayout(measures)
        self.kind = QComboBox(objectName="measureKind")
        self.kind.setAccessibleName(self.tr("处理措施"))
        for k in MeasureKind:
            self.kind.addItem(k.label, k.value)
        self.measure_on = self._date_edit("measureDate")
        self.doc_no = QLineEdit(objectName="measureDocNo", placeholderText=self.tr("如：城政罚〔2026〕12号"))
        self.responsible = QLineEdit(objectName="measureResponsible")
        self.deadline = self._date_edit("measureDeadline")
        self.deadline.setDate(QDate(ctx.clock().date()).addDays(15))
        self.note = QLineEdit(objectName="measureNote")
        for w, name in ((self.measure_on, QT_TRANSLATE_NOOP("FalsePromiseDialog", "措施日期")), (self.doc_no, QT_TRANSLATE_NOOP("FalsePromiseDialog", "文号")),
                        (self.responsible, QT_TRANSLATE_NOOP("FalsePromiseDialog", "责任人")), (self.deadline, QT_TRANSLATE_NOOP("FalsePromiseDialog", "改正期限")),
                        (self.note, QT_TRANSLATE_NOOP("FalsePromiseDialog", "说明"))):
            w.setAccessibleName(self.tr(name))
        self.add_button = QPushButton(self.tr("添加措施(&M)"), objectName="addMeasure")
        self.add_button.setAutoDefault(False)
        self.measure_list = QListWidget(objectName="measureList")
        self.measure_list.setAccessibleName(self.tr("已记录和待保存的措施"))
        mform.addRow(self.tr("措施(&K)："), self.kind)
        mform.addRow(self.tr("日期："), self.measure_on)
        mform.addRow(self.tr("文号(&N)："), self.doc_no)
        mform.addRow(self.tr("责任人(&R)："), self.responsible)
        mform.addRow(self.tr("改正期限："), self.deadline)
        mform.addRow(self.tr("说明："), self.note)
        mform.addRow("", self.add_button)
        mform.addRow(self.measure_list)
        if self.existing is not None:
            for m in self.existing.measures:
                self.measure_list.addItem(self.tr("已记录：") + self._describe(m))

        self.notice_button = QPushButton(self.tr("打印告知书(&P)…"), objectName="printNotice")
        self.notice_button.setAutoDefault(False)
        self.notice_button.setEnabled(self.existing is not None)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, finding)
        layout.insertWidget(1, measures)
        layout.insertWidget(2, self.notice_button)
        self.resize(640, 720)
        self._connect_callbacks()
        self._kind_changed()

    def _connect_callbacks(self) -> None:
        self.kind.currentIndexChanged.connect(lambda *_: self._kind_changed())
        self.add_button.clicked.connect(self.add_measure)
        self.notice_button.clicked.connect(self.print_notice)

    def _kind_changed(self) -> None:
        self.deadline.setEnabled(self.kind.currentData() == MeasureKind.ORDER_CORRECTION.value)

    @staticmethod
    def _describe(m: dict) -> str:  # type: ignore[type-arg]
        text = f"{m['label']}　{m['on']}　{m['doc_no']}　{m['responsible']}"
        return text + (QCoreApplication.translate("FalsePromiseDialog", "　期限 {deadline}").format(
            deadline=m["deadline"]) if m.get("deadline") else "")

    def add_measure(self) -> None:
        kind = MeasureKind(self.kind.currentData())
        measure = Measure(kind, qdate_to_date(self.measure_on.date()), self.doc_no.text(), self.responsible.text(),
                          qdate_to_date(self.deadline.date()) if kind is MeasureKind.ORDER_CORRECTION else None,
                          self.note.text())
        if not measure.doc_no.strip() or not measure.responsible.strip():
            self.error.setText(self.tr("请填写该措施的文号和责任人。"))
            return
        self.error.clear()
        self.pending.append(measure)
        self.measure_list.addItem(self.tr("待保存：") + self._describe({**measure.to_dict(), "label": kind.label}))
        self.doc_no.clear()
        self.note.clear()

    def _save(self) -> None:
        if self.existing is None:
            self.existing = credit.record_false_promise(
                self.ctx, self.case_no, facts=self.facts.toPlainText(), found_on=qdate_to_date(self.found_on.date()),
                found_by=self.found_by.text(), grade=self.grade.currentData(), measures=self.pending)
        else:
            if not self.pending:
                raise DomainError(self.tr("没有待保存的处理措施。"))
            for m in list(self.pending):
                self.existing = credit.add_measure(self.ctx, self.case_no, m)
                self.pending.remove(m)

    def print_notice(self) -> None:
        try:
            pdf = credit.false_promise_notice(self.ctx, self.case_no)
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未能生成告知书"), tr_error(err))
            return
        show_document(self.ctx, self, self.case_no, pdf, self.tr("不实承诺处理告知书 {no}").format(no=self.case_no),
                      "false_promise_notice")


class CreditActionDialog(QDialog):
    """Repair, objection, or the decision on an objection, for one record."""

    saved = Signal()
    REPAIR, OBJECTION, DECISION = "repair", "objection", "decision"

    def __init__(self, ctx: AppContext, record_uuid: str, mode: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.record_uuid, self.mode = ctx, record_uuid, mode
        self.setObjectName("creditActionDialog")
        titles = {self.REPAIR: self.tr("信用修复"), self.OBJECTION: self.tr("登记异议"),
                  self.DECISION: self.tr("处理异议")}
        self.setWindowTitle(titles[mode])
        self.on = QDateEdit(QDate(ctx.clock().date()), objectName="creditActionDate", calendarPopup=True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setAccessibleName(self.tr("日期"))
        self.reason = QPlainTextEdit(objectName="creditActionReason")
        self.reason.setAccessibleName(self.tr("理由"))
        self.documents = QPlainTextEdit(objectName="creditActionDocuments")
        self.documents.setAccessibleName(self.tr("依据材料"))
        self.documents.setPlaceholderText(self.tr("每行一份材料：名称或文号"))
        self.upheld = QCheckBox(self.tr("异议成立（记录作废）(&U)"), objectName="objectionUpheld")
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.setStyleSheet("color:#a00000;")
        form = QFormLayout()
        label = self.tr("自何日起恢复(&D)：") if mode == self.REPAIR else self.tr("日期(&D)：")
        form.addRow(label, self.on)
        form.addRow(self.tr("理由(&R)："), self.reason)
        form.addRow(self.tr("材料(&M)："), self.documents)
        if mode == self.DECISION:
            form.addRow("", self.upheld)
        ok = QPushButton(self.tr("保存(&S)"), objectName="creditActionSave")
        cancel = QPushButton(self.tr("取消"))
        ok.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def save(self) -> bool:
        on = qdate_to_date(self.on.date())
        reason, docs = self.reason.toPlainText(), self.documents.toPlainText().splitlines()
        try:
            if self.mode == self.REPAIR:
                credit.repair(self.ctx, self.record_uuid, on, reason, docs)
            elif self.mode == self.OBJECTION:
                credit.file_objection(self.ctx, self.record_uuid, on, reason, docs)
            else:
                credit.decide_objection(self.ctx, self.record_uuid, on, upheld=self.upheld.isChecked(),
                                        reason=reason, documents=docs)
        except DomainError as err:
            self.error.setText(tr_error(err))
            return False
        self.saved.emit()
        self.accept()
        return True


class CreditHistoryDialog(QDialog):
    """Every credit record of a person (ID number) or organisation (USCC), with its history."""

    def __init__(self, ctx: AppContext, subject_id: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.records: list[credit.HistoryRecord] = []
        self.setObjectName("creditHistoryDialog")
        self.setWindowTitle(self.tr("信用记录"))
        self.subject = QLineEdit(subject_id, objectName="creditSubject")
        self.subject.setPlaceholderText(self.tr("证件号码或统一社会信用代码"))
        self.subject.setAccessibleName(self.tr("证件号码或统一社会信用代码"))
        self.search_button = QPushButton(self.tr("查询(&Q)"), objectName="creditSearch")
        self.list = QListWidget(objectName="creditRecordList")
        self.list.setAccessibleName(self.tr("信用记录"))
        self.detail = QTextBrowser(objectName="creditRecordDetail")
        self.repair_button = QPushButton(self.tr("信用修复(&R)…"), objectName="creditRepair")
        self.objection_button = QPushButton(self.tr("登记异议(&O)…"), objectName="creditObjection")
        self.decision_button = QPushButton(self.tr("处理异议(&D)…"), objectName="creditDecision")
        top = QHBoxLayout()
        top.addWidget(self.subject, 1)
        top.addWidget(self.search_button)
        buttons = QHBoxLayout()
        for b in (self.repair_button, self.objection_button, self.decision_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.action_dialog: CreditActionDialog | None = None
        self._connect_callbacks()
        if subject_id:
            self.search()
        self._selected()

    def _connect_callbacks(self) -> None:
        self.search_button.clicked.connect(self.search)
        self.subject.returnPressed.connect(self.search)
        self.list.currentRowChanged.connect(lambda *_: self._selected())
        self.repair_button.clicked.connect(lambda: self.open_action(CreditActionDialog.REPAIR))
        self.objection_button.clicked.connect(lambda: self.open_action(CreditActionDialog.OBJECTION))
        self.decision_button.clicked.connect(lambda: self.open_action(CreditActionDialog.DECISION))

    def search(self) -> None:
        try:
            self.records = credit.history(self.ctx, self.subject.text())
        except DomainError as err:
            QMessageBox.warning(self, self.tr("查询"), tr_error(err))
            return
        self.list.clear()
        for r in self.records:
            bar = self.tr("不适用告知承诺") if r.excludes_today else self.tr("不影响告知承诺")
            self.list.addItem(f"{r.recorded_on:%Y-%m-%d}　{r.kind_label}　{r.grade_label}　{r.status_label}　{bar}")
        if not self.records:
            self.list.addItem(self.tr("没有信用记录。"))
        self.list.setCurrentRow(0)
        self._selected()

    def current(self) -> credit.HistoryRecord | None:
        row = self.list.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _selected(self) -> None:
        r = self.current()
        for b in (self.repair_button, self.objection_button, self.decision_button):
            b.setEnabled(r is not None)
        if r is None:
            self.detail.clear()
            return
        live = r.voided_on is None
        self.repair_button.setEnabled(live and r.repaired_on is None and r.objection is not ObjectionState.PENDING)
        self.objection_button.setEnabled(live and r.objection is not ObjectionState.PENDING)
        self.decision_button.setEnabled(live and r.objection is ObjectionState.PENDING)
        events = "".join(
            f"<tr><td>{e.on:%Y-%m-%d}</td><td>{escape(e.label)}</td><td>{escape(e.reason)}</td>"
            f"<td>{escape('；'.join(e.documents))}</td><td>{escape(e.username)}</td></tr>" for e in r.events)
        t = {"grade": self.tr("失信程度"), "state": self.tr("状态"), "source": self.tr("来源"), "case": self.tr("案件"),
             "date": self.tr("日期"), "item": self.tr("事项"), "reason": self.tr("理由"), "docs": self.tr("材料"),
             "user": self.tr("经办人")}
        self.detail.setHtml(
            f"<p><b>{escape(r.subject_name)}</b>（{escape(r.subject_id)}）　{escape(r.kind_label)}"
            f"　{t['grade']}：{escape(r.grade_label or '—')}　{t['state']}：{escape(r.status_label)}</p>"
            f"<p>{t['source']}：{escape(r.source)}　{t['case']}：{escape(r.case_no or '—')}"
            f"　{escape(r.note)}</p>"
            f"<table border='1' cellpadding='3'><tr><th>{t['date']}</th><th>{t['item']}</th>"
            f"<th>{t['reason']}</th><th>{t['docs']}</th><th>{t['user']}</th></tr>{events}</table>"
        )

    def open_action(self, mode: str) -> CreditActionDialog | None:
        r = self.current()
        if r is None:
            return None
        dialog = CreditActionDialog(self.ctx, r.uuid, mode, self)
        dialog.saved.connect(self.search)
        self.action_dialog = dialog
        dialog.open()
        return dialog

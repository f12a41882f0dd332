"""Dialogs of the verifier's queue: recording a result, assisted-check letters and answers, a task's record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DomainError
from desk_app.domain.verification import VerificationResult
from desk_app.services.assist import issue_request, record_answer
from desk_app.services.context import AppContext
from desk_app.services.verification import (
    Attachment,
    TaskView,
    attachment_content,
    record_result,
    task_record,
)
from desk_app.ui.i18n import tr_error

ATTACHMENT_FILTER = QT_TRANSLATE_NOOP("AttachmentList", "扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)")


class AttachmentList(QWidget):
    """Files chosen for upload; read when added, so a moved file loses nothing later."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.files: list[Attachment] = []
        self.list = QListWidget(objectName="attachmentList")
        self.list.setAccessibleName(self.tr("附件列表"))
        self.list.setMaximumHeight(80)
        add = QPushButton(self.tr("添加扫描件(&F)…"), objectName="addAttachment")
        remove = QPushButton(self.tr("移除"), objectName="removeAttachment")
        add.clicked.connect(self.choose)
        remove.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择扫描件"), "", self.tr(ATTACHMENT_FILTER))
        for path in paths:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        try:
            self.add(path.name, path.read_bytes())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("附件"), self.tr("无法读取文件：{err}").format(err=exc))

    def add(self, name: str, content: bytes) -> None:
        self.files.append(Attachment(name, content))
        self.list.addItem(f"{name}（{max(1, len(content) // 1024)} KB）")

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            del self.files[row]


class RecordResultDialog(QDialog):
    """属实 / 不实 / 无法核查, notes and scanned attachments for one case."""

    recorded = Signal(str, str)  # case_no, result value

    def __init__(self, ctx: AppContext, task: TaskView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.task = ctx, task
        self.setObjectName("recordResultDialog")
        self.setWindowTitle(self.tr("记录核查结果 — {no}").format(no=task.case_no))
        rule = QLabel(task.rule_text, wordWrap=True, objectName="ruleText")
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        self.radios: dict[VerificationResult, QRadioButton] = {}
        texts = {VerificationResult.TRUE: self.tr("属实(&T)"), VerificationResult.FALSE: self.tr("不实(&X)"),
                 VerificationResult.UNVERIFIABLE: self.tr("无法核查(&U)")}
        for result, text in texts.items():
            radio = QRadioButton(text, objectName=f"result_{result.value}")
            radio.setAccessibleName(self.tr("核查结果：{r}").format(r=result.label))
            self.group.addButton(radio)
            self.radios[result] = radio
            row.addWidget(radio)
        self.note = QPlainTextEdit(objectName="resultNote")
        self.note.setAccessibleName(self.tr("核查情况说明"))
        self.note.setPlaceholderText(self.tr("核查情况：比对了哪些数据、现场看到了什么；不实或无法核查时必填"))
        self.attachments = AttachmentList(self)
        self.error = QLabel(objectName="resultError", wordWrap=True)
        self.error.setStyleSheet("color: #a30000")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存结果"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("核查规则"), rule)
        form.addRow(self.tr("结果"), row)
        form.addRow(self.tr("情况说明"), self.note)
        form.addRow(self.tr("附件"), self.attachments)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def chosen(self) -> VerificationResult | None:
        return next((r for r, radio in self.radios.items() if radio.isChecked()), None)

    def submit(self) -> None:
        self.error.clear()
        result = self.chosen()
        if result is None:
            self.error.setText(self.tr("请选择核查结果。"))
            return
        try:
            record_result(self.ctx, self.task.case_no, result, self.note.toPlainText(), self.attachments.files)
        except DomainError as exc:  # nothing is lost: the dialog stays open with what was typed
            self.error.setText(tr_error(exc))
            return
        self.recorded.emit(self.task.case_no, result.value)
        self.accept()


class AssistRequestDialog(QDialog):
    """Contact and answer deadline for a 协助核查函; saves the PDF."""

    def __init__(self, ctx: AppContext, task: TaskView, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.task = ctx, task
        self.pdf: bytes | None = None
        self.setObjectName("assistRequestDialog")
        self.setWindowTitle(self.tr("协助核查函 — {no}").format(no=task.case_no))
        self.office = QLineEdit(task.assisting_unit or "", objectName="assistOffice")
        self.office.setAccessibleName(self.tr("被请求单位"))
        self.contact = QLineEdit(objectName="assistContact")
        self.contact.setAccessibleName(self.tr("联系人"))
        self.phone = QLineEdit(ctx.office.window_phone, objectName="assistPhone")
        self.phone.setAccessibleName(self.tr("联系电话"))
        self.days = QSpinBox(objectName="assistDays", minimum=1, maximum=60, value=10)
        self.days.setAccessibleName(self.tr("回复期限（工作日）"))
        self.error = QLabel(objectName="assistError", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("被请求单位"), self.office)
        form.addRow(self.tr("联系人"), self.contact)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("回复期限（工作日）"), self.days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成并保存PDF"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self, path: str | None = None) -> None:
        try:
            issued = issue_request(self.ctx, self.task.case_no, contact_name=self.contact.text(),
                                   contact_phone=self.phone.text(), to_office=self.office.text() or None,
                                   answer_days=self.days.value())
        except DomainError as exc:
            self.error.setText(tr_error(exc))
            return
        self.pdf = issued.pdf
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存协助核查函"),
                                                  self.tr("协助核查函-{no}.pdf").format(no=self.task.case_no), "PDF (*.pdf)")
        if path:
            Path(path).write_bytes(issued.pdf)
        self.accept()


class AssistAnswerDialog(QDialog):
    """The other office's written answer or refusal (with reasons), plus its scan."""

    def __init__(self, ctx: AppContext, case_no: str, requests: list[dict], parent: QWidget | None = None):  # type: ignore[type-arg]
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("assistAnswerDialog")
        self.setWindowTitle(self.tr("登记协查回复 — {no}").format(no=case_no))
        self.request = QComboBox(objectName="assistRequest")
        self.request.setAccessibleName(self.tr("协助核查函"))
        for r in requests:
            self.request.addItem(self.tr("{office}（{at:%Y-%m-%d} 发出）").format(office=r["office"], at=r["at"]),
                                 r["id"])
        self.answer = QRadioButton(self.tr("书面回复"), objectName="answerKind", checked=True)
        self.refusal = QRadioButton(self.tr("书面拒绝（写明理由）"), objectName="refusalKind")
        kinds = QHBoxLayout()
        kinds.addWidget(self.answer)
        kinds.addWidget(self.refusal)
        self.text = QPlainTextEdit(objectName="answerText")
        self.text.setAccessibleName(self.tr("回复内容或拒绝理由"))
        today = ctx.clock().date()
        self.received = QDateEdit(QDate(today.year, today.month, today.day), objectName="answerReceived",
                                  calendarPopup=True)
        self.received.setAccessibleName(self.tr("收到回复日期"))
        self.attachments = AttachmentList(self)
        self.error = QLabel(objectName="answerError", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("协助核查函"), self.request)
        form.addRow(self.tr("类型"), kinds)
        form.addRow(self.tr("内容/理由"), self.text)
        form.addRow(self.tr("收到日期"), self.received)
        form.addRow(self.tr("扫描件"), self.attachments)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            record_answer(self.ctx, int(self.request.currentData()), refused=self.refusal.isChecked(),
                          text=self.text.toPlainText(), received_on=self.received.date().toPython(),
                          attachments=self.attachments.files)
        except DomainError as exc:
            self.error.setText(tr_error(exc))
            return
        self.accept()


class TaskRecordDialog(QDialog):
    """Results, correspondence and stored attachments of one task; an attachment can be saved."""

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("taskRecordDialog")
        self.setWindowTitle(self.tr("核查记录 — {no}").format(no=case_no))
        record = task_record(ctx, case_no)
        lines = [self.tr("核查依据：{rule}").format(rule=record.view.rule_text)]
        for r in record.results:
            label = VerificationResult(r["result"]).label
            lines.append(self.tr("{at:%Y-%m-%d %H:%M} {user}：{label}。{note}").format(
                at=r["at"], user=r["user"], label=label, note=r["note"]))
        for q in record.requests:
            lines.append(self.tr("{at:%Y-%m-%d} 向 {office} 发出协助核查函，回复期限 {due}").format(
                at=q["at"], office=q["office"], due=q["answer_due_on"].isoformat()))
            for a in q["answers"]:
                kind = self.tr("书面拒绝") if a["kind"] == "refusal" else self.tr("书面回复")
                lines.append(self.tr("　{day} 收到{kind}：{text}").format(day=a["received_on"].isoformat(), kind=kind,
                                                                        text=a["text"]))
        self.summary = QLabel("\n".join(lines), objectName="recordSummary", wordWrap=True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attachments = record.attachments
        self.list = QListWidget(objectName="storedAttachments")
        self.list.setAccessibleName(self.tr("已存附件"))
        for a in self.attachments:
            self.list.addItem(f"{a.filename}（{a.mime}，{max(1, a.size // 1024)} KB，SHA-256 {a.sha256[:12]}…）")
        save = QPushButton(self.tr("另存附件(&S)…"), objectName="saveAttachment", enabled=bool(self.attachments))
        save.clicked.connect(lambda: self.save())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(save)
        layout.addWidget(close)
        self.resize(640, 420)

    def save(self, path: str | None = None) -> str | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.attachments):
            return None
        name, content = attachment_content(self.ctx, self.attachments[row].id)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存附件"), name)
        if path:
            Path(path).write_bytes(content)
        return path or None

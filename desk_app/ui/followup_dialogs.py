"""Dialogs after the counter: withdrawal, conclusion, correction, and the buttons that open
them (and the false-promise and credit dialogs) from a case."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.credit import CORRECTABLE_FIELDS
from desk_app.domain.errors import DomainError
from desk_app.services import case_followup
from desk_app.services.context import AppContext
from desk_app.services.printers import remembered_printer
from desk_app.ui.i18n import tr_error

from .letter_preview import LetterPreviewDialog
from .printing import default_printer, print_pdf


def show_document(ctx: AppContext, parent: QWidget, case_no: str, pdf: bytes, title: str,
                  document: str) -> LetterPreviewDialog:
    """Preview a follow-up document; printing it is audited (it is never a new record)."""
    dialog = LetterPreviewDialog(pdf, title, parent)

    def do_print() -> None:
        try:
            print_pdf(pdf, remembered_printer(ctx) or default_printer(), job_name=f"{title}")
            case_followup.record_document_print(ctx, case_no, document, pdf)
        except DomainError as err:
            QMessageBox.warning(dialog, QCoreApplication.translate("followup_dialogs", "未能打印"), tr_error(err))
            return
        dialog.accept()

    dialog.printRequested.connect(do_print)
    dialog.open()
    return dialog


def qdate_to_date(d: QDate):  # type: ignore[no-untyped-def]
    return d.toPython()


class _CaseFormDialog(QDialog):
    """A small form about one case: OK runs ``_save``; a DomainError keeps the input."""

    saved = Signal()

    def __init__(self, ctx: AppContext, case_no: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.case_no = ctx, case_no
        self.setWindowTitle(title.format(no=case_no))
        self.error = QLabel(objectName="formError")
        self.error.setStyleSheet("color:#a00000;")
        self.error.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存(&S)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(self.ctx.clock().date()), objectName=name, calendarPopup=True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def save(self) -> bool:
        try:
            self._save()
        except DomainError as err:
            self.error.setText(tr_error(err))
            return False
        self.saved.emit()
        self.accept()
        return True

    def _save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class WithdrawalDialog(_CaseFormDialog):
    """The applicant withdraws the promise; the record is printed, the case continues with
    the certificate."""

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None):
        super().__init__(ctx, case_no, self.tr("撤回承诺 — {no}"), parent)
        self.setObjectName("withdrawalDialog")
        self.reason = QPlainTextEdit(objectName="withdrawalReason")
        self.reason.setAccessibleName(self.tr("撤回理由"))
        self.reason.setPlaceholderText(self.tr("申请人撤回承诺的理由，如：决定提交证明材料"))
        self.form.addRow(QLabel(self.tr(
            "办结前申请人可以撤回承诺；撤回后按原程序办理，申请人须提交证明材料。撤回不视为不实承诺。"), wordWrap=True))
        self.form.addRow(self.tr("撤回理由(&R)："), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("撤回并打印记录(&W)"))
        self.record: bytes | None = None
        self.preview: LetterPreviewDialog | None = None

    def _save(self) -> None:
        self.record = case_followup.withdraw(self.ctx, self.case_no, self.reason.toPlainText())
        self.preview = show_document(self.ctx, self.parentWidget() or self, self.case_no, self.record,
                                     self.tr("撤回承诺记录 {no}").format(no=self.case_no), "withdrawal_record")


class ConclusionDialog(_CaseFormDialog):
    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None):
        super().__init__(ctx, case_no, self.tr("办结 — {no}"), parent)
        self.setObjectName("conclusionDialog")
        self.decision = QLineEdit(objectName="conclusionDecision")
        self.decision.setAccessibleName(self.tr("办理结果"))
        self.decision.setPlaceholderText(self.tr("如：准予许可，许可决定书 城政许〔2026〕15号"))
        self.on = self._date_edit("conclusionDate")
        self.on.setAccessibleName(self.tr("办结日期"))
        self.form.addRow(self.tr("办理结果(&D)："), self.decision)
        self.form.addRow(self.tr("办结日期(&T)："), self.on)
        self.form.addRow(QLabel(self.tr("办结后不能再撤回承诺。"), wordWrap=True))

    def _save(self) -> None:
        case_followup.conclude(self.ctx, self.case_no, self.decision.text(), qdate_to_date(self.on.date()))


class CorrectionDialog(_CaseFormDialog):
    """A correction record linked to the case; the signed letter stays as it was."""

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None):
        super().__init__(ctx, case_no, self.tr("登记更正 — {no}"), parent)
        self.setObjectName("correctionDialog")
        self.field = QComboBox(objectName="correctionField")
        for key, label in CORRECTABLE_FIELDS.items():
            self.field.addItem(label, key)
        self.field.setAccessibleName(self.tr("更正项目"))
        self.old = QLineEdit(objectName="correctionOld")
        self.new = QLineEdit(objectName="correctionNew")
        self.reason = QLineEdit(objectName="correctionReason")
        self.old.setAccessibleName(self.tr("原内容"))
        self.new.setAccessibleName(self.tr("更正为"))
        self.reason.setAccessibleName(self.tr("更正理由"))
        earlier = case_followup.corrections(ctx, case_no)
        self.form.addRow(QLabel(self.tr("已签署的告知承诺书不作修改；更正以关联记录登记并随案件同步。"), wordWrap=True))
        self.form.addRow(self.tr("更正项目(&F)："), self.field)
        self.form.addRow(self.tr("原内容(&O)："), self.old)
        self.form.addRow(self.tr("更正为(&N)："), self.new)
        self.form.addRow(self.tr("理由(&R)："), self.reason)
        if earlier:
            lines = "\n".join(f"{c.at}  {c.field_label}：{c.old} → {c.new}（{c.reason}，{c.username}）" for c in earlier)
            self.form.addRow(self.tr("已登记的更正："), QLabel(lines, objectName="earlierCorrections"))

    def _save(self) -> None:
        case_followup.correct(self.ctx, self.case_no, self.field.currentData(), self.old.text(), self.new.text(),
                              self.reason.text())


class FollowUpButtons(QWidget):
    """The after-counter actions of one case, for the case view."""

    changed = Signal()

    def __init__(self, ctx: AppContext, case_no: str, parent: QWidget | None = None):
        super().__init__(parent)
        from .credit_dialogs import CreditHistoryDialog, FalsePromiseDialog

        self.ctx, self.case_no = ctx, case_no
        self.setObjectName("followUpButtons")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        specs: list[tuple[str, str, Callable[[], QDialog]]] = [
            (self.tr("撤回承诺(&W)…"), "withdrawButton", lambda: WithdrawalDialog(ctx, case_no, self.window())),
            (self.tr("办结(&J)…"), "concludeButton", lambda: ConclusionDialog(ctx, case_no, self.window())),
            (self.tr("登记更正(&G)…"), "correctButton", lambda: CorrectionDialog(ctx, case_no, self.window())),
            (self.tr("不实承诺(&F)…"), "falsePromiseButton", lambda: FalsePromiseDialog(ctx, case_no, self.window())),
            (self.tr("信用记录(&X)…"), "creditHistoryButton", lambda: CreditHistoryDialog(ctx, self._subject(),
                                                                                       self.window())),
        ]
        self.buttons: dict[str, QPushButton] = {}
        for text, name, make in specs:
            button = QPushButton(text, objectName=name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, make=make: self._open(make))
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        self.last_dialog: QDialog | None = None

    def _subject(self) -> str:
        with self.ctx.db.session() as s:
            return case_followup.load_case(s, self.case_no).row.doc_number

    def _open(self, make: Callable[[], QDialog]) -> None:
        try:
            dialog = make()
        except DomainError as err:
            QMessageBox.warning(self, self.tr("未能打开"), tr_error(err))
            return
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(self.changed)
        self.last_dialog = dialog
        dialog.open()

"""What the clerk does with a letter: preview, print, confirm the paper, reprint, export."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desk_app.domain.errors import DomainError
from desk_app.services import letters
from desk_app.services.context import AppContext
from desk_app.services.printers import remember_printer, remembered_printer
from desk_app.ui.i18n import tr_error

from .letter_preview import LetterPreviewDialog
from .printing import default_printer, print_pdf


class LetterActions(QObject):
    """One per window; ``changed`` tells lists to refresh (a print or confirmation happened)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.last_error = ""

    def _fail(self, err: Exception) -> None:
        self.last_error = tr_error(err)
        QMessageBox.warning(self.window, self.tr("未能完成"), self.last_error)

    # -- preview and print ---------------------------------------------------------------
    def preview(self, case_no: str, pdf: bytes | None = None, *, title: str = "") -> LetterPreviewDialog | None:
        try:
            pdf = pdf if pdf is not None else letters.stored_letter(self.ctx, case_no).pdf
        except DomainError as err:
            self._fail(err)
            return None
        dialog = LetterPreviewDialog(pdf, title or self.tr("告知承诺书 {no}").format(no=case_no), self.window)
        dialog.printRequested.connect(lambda: self._print_from(dialog, case_no, pdf))
        dialog.open()
        return dialog

    def _print_from(self, dialog: LetterPreviewDialog, case_no: str, pdf: bytes) -> None:
        if self.print_letter(case_no, pdf):
            dialog.accept()
            self.ask_paper_confirmed(case_no)

    def print_letter(self, case_no: str, pdf: bytes) -> bool:
        """Print both copies in one job on the terminal's printer; False (and a message) on failure."""
        printer = remembered_printer(self.ctx) or default_printer()
        try:
            print_pdf(pdf, printer, job_name=self.tr("告知承诺书 {no}").format(no=case_no))
            letters.record_print(self.ctx, case_no, pdf, printer or "")
        except DomainError as err:
            self._fail(err)
            return False
        if printer:
            remember_printer(self.ctx, printer)
        self.changed.emit()
        return True

    def ask_paper_confirmed(self, case_no: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("确认纸质文书"),
                          self.tr("两份告知承诺书已打印，申请人已签字，受理单位已盖章？\n"
                                  "未确认的案件将显示为“待打印用印”。"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setObjectName("confirmPaperBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("已签字盖章(&Y)"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("稍后确认(&L)"))
        box.accepted.connect(lambda: self.confirm_paper(case_no))
        box.open()

    def confirm_paper(self, case_no: str) -> bool:
        try:
            letters.confirm_paper(self.ctx, case_no)
        except DomainError as err:
            self._fail(err)
            return False
        self.changed.emit()
        return True

    # -- reprint and export --------------------------------------------------------------
    def reprint(self, case_no: str, reason: str | None = None) -> LetterPreviewDialog | None:
        if reason is None:
            reason, ok = QInputDialog.getText(self.window, self.tr("补打告知承诺书"),
                                              self.tr("补打原因（如：申请人遗失、打印卡纸）："))
            if not ok:
                return None
        try:
            pdf = letters.reprint(self.ctx, case_no, reason)
        except DomainError as err:
            self._fail(err)
            return None
        return self.preview(case_no, pdf, title=self.tr("补打 {no}").format(no=case_no))

    def export(self, case_no: str, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("导出告知承诺书"), f"{case_no}.pdf", "PDF (*.pdf)")
            if not path:
                return False
        try:
            letters.export_letter(self.ctx, case_no, lambda data: _write(path, data))
        except (DomainError, OSError) as err:
            self._fail(err if isinstance(err, DomainError) else DomainError(self.tr("无法写入文件：{e}").format(e=err)))
            return False
        return True


def _write(path: str, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)

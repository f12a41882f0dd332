"""The counter wizard: eight steps, keyboard-drivable, Back never loses input."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget, QWizard

from desk_app.domain.case import CertificateReason
from desk_app.domain.catalog import ProofItem
from desk_app.domain.eligibility import Eligibility
from desk_app.domain.errors import DomainError
from desk_app.services.catalog import CatalogSearch
from desk_app.services.context import AppContext
from desk_app.services.counter import CaseDraft, FinishedCase, SignatureInput, assess, finish_case
from desk_app.ui.i18n import tr_error

from ..customer_display import open_customer_display
from ..letter_preview import LetterPreviewDialog
from ..printing import default_printer, print_pdf
from .check_pages import EligibilityPage, NoticePage, PromisePage
from .choice_page import ChoicePage
from .identity_page import IdentityPage
from .item_page import ItemPage
from .sign_pages import FinishPage, SignaturePage

if TYPE_CHECKING:
    from desk_app.services.id_card import IdCardReader

ITEM, CHOICE, IDENTITY, ELIGIBILITY, NOTICE, PROMISE, SIGNATURE, FINISH = range(8)


class CounterWizard(QWizard):
    case_finished = Signal(object)  # FinishedCase

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("counterWizard")
        self.setWindowTitle(self.tr("新建案件 — 证明事项告知承诺"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步(&X) >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步(&B)"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成并保存(&F)"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(900, 700)
        self._started = ctx.clock()
        self.result_case: FinishedCase | None = None
        self._eligibility: Eligibility | None = None
        self._reader_problem = ""
        self.pages = {
            ITEM: ItemPage(CatalogSearch(ctx)),
            CHOICE: ChoicePage(),
            IDENTITY: IdentityPage(self._reader(ctx)),
            ELIGIBILITY: EligibilityPage(),
            NOTICE: NoticePage(),
            PROMISE: PromisePage(),
            SIGNATURE: SignaturePage(),
            FINISH: FinishPage(),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        if self._reader_problem:
            self.pages[IDENTITY]._show_card(self._reader_problem, error=True)
        # A second monitor: the applicant reads and signs there (None with one screen).
        self.customer = open_customer_display(self)
        if self.customer is not None:
            self.pages[SIGNATURE].sign_on(self.customer.canvas)
        self.currentIdChanged.connect(self._page_changed)
        self.pages[NOTICE].large_print.clicked.connect(self.preview_large_print)
        self.finished.connect(self._closing)
        self.setStartId(ITEM)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def] # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802 - Qt's convention
        """After a language switch: the pages already shown compose their texts again."""
        for page_id in self.visitedIds():
            redo = getattr(self.pages.get(page_id), "retranslateUi", None)
            if redo is not None:
                redo()

    # -- what the pages ask of each other ----------------------------------------------
    def item(self) -> ProofItem:
        item = self.pages[ITEM].selected_item()
        assert item is not None
        return item

    def today(self) -> date:
        return self.ctx.clock().date()

    def wants_certificate(self) -> bool:
        return self.pages[CHOICE].wants_certificate()

    def applicant_confirmed(self) -> None:
        """Identity passed: check credit now, so a clean result needs no extra stop."""
        applicant = self.pages[IDENTITY].applicant()
        self._eligibility = None if self.wants_certificate() else assess(self.ctx, self.item(), applicant)

    def eligibility(self) -> Eligibility | None:
        return self._eligibility

    def _eligible(self) -> bool:
        return self._eligibility is not None and self._eligibility.eligible

    def _publication_refused(self) -> bool:
        return self.pages[PROMISE].publication_consent() is False

    def nextId(self) -> int:
        current = self.currentId()
        if current == IDENTITY and self.wants_certificate():
            return FINISH
        if current == IDENTITY and self._eligible() and not self._eligibility.warnings:  # type: ignore[union-attr]
            return NOTICE  # nothing to discuss: the notice page shows the clean result
        if current == ELIGIBILITY and not self._eligible():
            return FINISH
        if current == PROMISE and self._publication_refused():
            return FINISH
        if current == FINISH:
            return -1
        return current + 1

    def build_draft(self) -> CaseDraft:
        draft = CaseDraft(started_at=self._started, item=self.item())
        identity = self.pages[IDENTITY]
        draft.applicant = identity.applicant()
        visited = set(self.visitedIds())
        if self.wants_certificate():
            draft.path = "certificate"
            draft.certificate_reason = CertificateReason.APPLICANT_CHOICE
            return draft
        draft.eligibility = self._eligibility
        if draft.eligibility is not None and not draft.eligibility.eligible:
            draft.path = "certificate"
            draft.certificate_reason = CertificateReason.INELIGIBLE
            draft.certificate_detail = "；".join(draft.eligibility.reasons)
            return draft
        draft.agent = identity.agent()
        notice = self.pages[NOTICE]
        draft.notice_given = notice.given.isChecked()
        draft.read_aloud = notice.read_aloud.isChecked()
        draft.read_aloud_by = notice.read_aloud_by()
        draft.letter_language = notice.letter_language()
        draft.publication_consent = self.pages[PROMISE].publication_consent()
        if draft.publication_consent is False:
            draft.path = "certificate"
            draft.certificate_reason = CertificateReason.PUBLICATION_REFUSED
            return draft
        if SIGNATURE in visited:
            canvas = self.pages[SIGNATURE].active_canvas()
            draft.signature = SignatureInput(canvas.strokes(), canvas.width(), canvas.height())
            draft.proxy_signer = self.pages[SIGNATURE].proxy_signer()
        return draft

    def finish(self) -> bool:
        try:
            self.result_case = finish_case(self.ctx, self.build_draft())
        except DomainError as err:
            self.pages[FINISH].error.setText(tr_error(err))
            return False
        self.case_finished.emit(self.result_case)
        return True

    # -- hall devices: ID-card reader, customer screen, read-aloud, large print ---------
    def _reader(self, ctx: AppContext) -> IdCardReader | None:
        from desk_app.services.id_card import configured_reader

        try:
            return configured_reader(ctx)
        except DomainError as err:  # a broken plugin must not stop the counter: type by hand
            self._reader_problem = tr_error(err)
            return None

    def _page_changed(self, page_id: int) -> None:
        for pid in (NOTICE, PROMISE):
            if pid != page_id:
                self.pages[pid].speech.stop()
        if self.customer is None:
            return
        if page_id == NOTICE:
            self.customer.show_notice(self.pages[NOTICE].text.toHtml())
        elif page_id == PROMISE:
            self.customer.show_promise(f"<p>{self.pages[PROMISE].text.text()}</p>")
        elif page_id == SIGNATURE:
            self.customer.show_signature()
        else:
            self.customer.show_idle()

    def preview_large_print(self) -> LetterPreviewDialog | None:
        """The 大字版 reading copy of this item's notice, to preview and print."""
        from desk_app.services.display import large_print_notice
        from desk_app.services.printers import remembered_printer

        item = self.item()
        try:
            pdf = large_print_notice(self.ctx, item.code, item.version)
        except DomainError as err:
            self.pages[NOTICE].hint.setText(tr_error(err))
            return None
        dialog = LetterPreviewDialog(pdf, self.tr("大字版告知书 {code}").format(code=item.code), self)

        def send() -> None:
            try:
                print_pdf(pdf, remembered_printer(self.ctx) or default_printer(), job_name=self.tr("大字版 {code}").format(code=item.code))
            except DomainError as err:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.tr("未能打印"), tr_error(err))
                return
            dialog.accept()

        dialog.printRequested.connect(send)
        dialog.open()
        return dialog

    def _closing(self) -> None:
        for pid in (NOTICE, PROMISE):
            self.pages[pid].speech.stop()
        if self.customer is not None:
            self.customer.close()

"""From the finished wizard to paper: preview, print, confirm; reprint and export from the case."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desk_app.storage.models import LetterPrintRow
from desk_app.ui import letter_actions
from desk_app.ui.letter_preview import LetterPreviewDialog
from desk_app.ui.main_window import CaseDialog, CatalogDialog

from .test_wizard import standard_walk


def test_finished_case_goes_to_preview_print_and_confirmation(qtbot, main_window, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    sent = []
    monkeypatch.setattr(letter_actions, "print_pdf", lambda pdf, printer, job_name: sent.append((pdf, printer, job_name)) or 2)
    monkeypatch.setattr(letter_actions, "default_printer", lambda: "HALL_PRINTER")
    _, wizard = standard_walk(qtbot, main_window)
    case_no = wizard.result_case.case_no
    preview = main_window.findChildren(LetterPreviewDialog)[-1]
    assert preview.isVisible() and preview.page_total == len(PdfReader(io.BytesIO(wizard.result_case.letter_pdf)).pages)
    assert "待打印用印：1" in main_window.unfinished_label.text()
    assert "待打印用印" in main_window.model.rows[0].state_label
    preview.print_button.click()
    assert sent and sent[0][0] == wizard.result_case.letter_pdf and sent[0][1] == "HALL_PRINTER"
    assert case_no in sent[0][2] and "王" not in sent[0][2]  # the job name carries no personal data
    with ctx.db.session() as s:
        row = s.scalar(select(LetterPrintRow))
        assert (row.kind, row.printer) == ("print", "HALL_PRINTER")
    box = main_window.findChildren(QMessageBox, "confirmPaperBox")[-1]
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: main_window.unfinished_label.text() == "")
    assert not main_window.model.rows[0].unfinished
    from desk_app.services.printers import remembered_printer

    assert remembered_printer(ctx) == "HALL_PRINTER"


def test_no_printer_gives_a_clear_message_and_the_case_stays(qtbot, main_window, ctx, monkeypatch):  # type: ignore[no-untyped-def]
    from desk_app.ui import printing

    monkeypatch.setattr(printing, "available_printers", lambda: [])
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    _, wizard = standard_walk(qtbot, main_window)
    preview = main_window.findChildren(LetterPreviewDialog)[-1]
    preview.print_button.click()
    assert shown and "未找到打印机" in shown[0] and "案件已保存" in shown[0]
    assert preview.isVisible()  # nothing lost: print again later
    with ctx.db.session() as s:
        assert s.scalar(select(LetterPrintRow)) is None
    assert main_window.model.rows[0].case_no == wizard.result_case.case_no


def test_case_dialog_reprint_and_export(qtbot, main_window, ctx, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _, wizard = standard_walk(qtbot, main_window)
    case_no = wizard.result_case.case_no
    dialog = main_window.open_case(case_no)
    assert isinstance(dialog, CaseDialog) and dialog.confirm_button.isEnabled()
    preview = main_window.letters.reprint(case_no, "申请人遗失")
    assert "补打" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf)).pages)
    target = tmp_path / "usb" / "letter.pdf"
    target.parent.mkdir()
    assert main_window.letters.export(case_no, str(target))
    assert target.read_bytes() == wizard.result_case.letter_pdf
    with ctx.db.session() as s:
        assert [r.kind for r in s.scalars(select(LetterPrintRow).order_by(LetterPrintRow.id))] == ["reprint", "export"]
    dialog.confirm_button.click()
    assert not dialog.confirm_button.isEnabled()


def test_catalog_dialog_blank_format_text(qtbot, main_window, tmp_path):  # type: ignore[no-untyped-def]
    dialog = main_window.open_catalog()
    assert isinstance(dialog, CatalogDialog) and dialog.list.count() == 18
    dialog.list.setCurrentRow(next(i for i, it in enumerate(dialog.items) if it.code == "SF-001"))
    path = dialog.save_blank(str(tmp_path / "blank.pdf"))
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "格式文本" in text and "兼职律师执业审核" in text
    preview = dialog.preview_blank()
    assert preview.page_total >= 1


def test_scanning_the_qr_checks_the_letter_and_opens_the_case(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desk_app.documents.codes import qr_text

    _, wizard = standard_walk(qtbot, main_window)
    done = wizard.result_case
    main_window.scanner.setFocus()
    QTest.keyClicks(main_window.scanner, qr_text(done.case_no, done.payload_digest))
    QTest.keyClick(main_window.scanner, Qt.Key.Key_Return)
    assert "一致" in main_window.statusBar().currentMessage()
    assert done.case_no in main_window.findChildren(CaseDialog)[-1].windowTitle()

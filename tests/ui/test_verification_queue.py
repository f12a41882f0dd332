"""The verifier's queue: overdue rows stand out; a result with a scanned attachment is stored."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.verification import Bucket, VerificationResult
from desk_app.services.counter import finish_case
from desk_app.storage.models import CaseStatus
from desk_app.storage.verification import VerificationAttachmentRow
from desk_app.ui.verification_queue import OVERDUE_BG, VerificationQueueDialog
from tests.services.support import promise_draft

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def make_queue(ctx, clock, qtbot) -> VerificationQueueDialog:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 3, 2, 9, 0)
    finish_case(ctx, promise_draft(ctx, "HJ-001"))   # due 30 Mar 2026
    finish_case(ctx, promise_draft(ctx, "SC-001"))   # on-site
    ctx.actor = Actor("verifier1", Role.VERIFIER, "540102", "W01")
    clock.now = datetime(2026, 4, 20, 9, 0)
    dialog = VerificationQueueDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_overdue_rows_are_highlighted_and_filters_apply(qtbot, ctx, clock):
    dialog = make_queue(ctx, clock, qtbot)
    overdue = [r for r, t in enumerate(dialog.tasks) if t.bucket is Bucket.OVERDUE]
    assert overdue, [t.bucket for t in dialog.tasks]
    cell = dialog.table.item(overdue[0], 0)
    assert cell.text() == "已逾期"
    assert cell.background().color() == OVERDUE_BG
    assert cell.font().bold()
    assert "逾期" in dialog.summary.text()
    assert "HJ-001" in dialog.detail.text() or "SC-001" in dialog.detail.text()
    dialog.method.setCurrentIndex(dialog.method.findText("现场核查"))
    assert [t.item_code for t in dialog.tasks] == ["SC-001"]
    dialog.grab().save("/tmp/verification-queue.png")


def test_recording_a_false_result_with_an_attachment_emits_the_hook(qtbot, ctx, clock, tmp_path):
    dialog = make_queue(ctx, clock, qtbot)
    row = next(r for r, t in enumerate(dialog.tasks) if t.item_code == "HJ-001")
    dialog.table.selectRow(row)
    record = dialog.open_record()
    assert record is not None
    record.submit()
    assert "请选择" in record.error.text()  # nothing chosen: the dialog stays open
    record.radios[VerificationResult.FALSE].setChecked(True)
    record.submit()
    assert "须写明" in record.error.text()  # a false result needs notes; what was typed stays
    record.note.setPlainText("不动产登记系统中无该房屋")
    record.attachments.add("比对截图.png", PNG)
    record.grab().save("/tmp/verification-record.png")
    with qtbot.waitSignal(dialog.falsePromiseFound, timeout=5000) as blocker:
        record.submit()
    assert blocker.args == [_case_no(ctx, "HJ-001")]
    with ctx.db.session() as s:
        assert s.scalar(select(VerificationAttachmentRow.content)) == PNG
        states = set(s.scalars(select(CaseStatus.state)))
    assert "verified_false" in states
    assert all(t.item_code != "HJ-001" for t in dialog.tasks)  # done: off the default queue
    dialog.show_done.setChecked(True)
    dialog.table.selectRow(next(r for r, t in enumerate(dialog.tasks) if t.item_code == "HJ-001"))
    history = dialog.open_history()
    assert "不实" in history.summary.text() and "不动产登记系统中无该房屋" in history.summary.text()
    history.list.setCurrentRow(0)
    saved = history.save(str(tmp_path / "scan.png"))
    assert saved and (tmp_path / "scan.png").read_bytes() == PNG


def _case_no(ctx, code: str) -> str:  # type: ignore[no-untyped-def]
    from desk_app.storage.models import CaseRow

    with ctx.db.session() as s:
        return s.scalar(select(CaseRow.case_no).where(CaseRow.item_code == code))


def test_main_window_offers_the_queue_to_verifiers_only(qtbot, ctx, main_window):
    assert main_window.findChild(type(main_window.new_case_action), "verificationAction") is not None
    dialog = main_window.open_verification()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "核查任务"


def test_clerks_see_no_verification_entry(qtbot, ctx):
    from desk_app.ui.app import make_app
    from desk_app.ui.main_window import MainWindow

    make_app()
    ctx.actor = Actor("clerk1", Role.CLERK, "540102", "W01")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert not hasattr(window, "verification_action")


def test_assisted_check_request_is_saved_and_its_answer_recorded(qtbot, ctx, clock, tmp_path):
    clock.now = datetime(2026, 3, 2, 9, 0)
    finish_case(ctx, promise_draft(ctx, "SF-001"))  # assisted
    ctx.actor = Actor("verifier1", Role.VERIFIER, "540102", "W01")
    dialog = VerificationQueueDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.open_answer() is None  # nothing sent yet (an information box, closed below)
    for box in dialog.findChildren(QMessageBox):
        box.close()
    request = dialog.open_request()
    assert request.office.text()  # the catalog's assisting office, prefilled
    request.submit(str(tmp_path / "x.pdf"))
    assert "联系人" in request.error.text()  # refused: nothing saved
    request.contact.setText("李四")
    out = tmp_path / "协助核查函.pdf"
    request.submit(str(out))
    assert out.read_bytes().startswith(b"%PDF-")
    answer = dialog.open_answer()
    assert answer is not None and answer.request.count() == 1
    answer.refusal.setChecked(True)
    answer.text.setPlainText("非本所管辖范围")
    answer.attachments.add("回函.pdf", b"%PDF-1.4 x")
    answer.submit()
    assert answer.result() == QDialog.DialogCode.Accepted


def test_a_false_result_opens_the_false_promise_dialog_from_the_main_window(qtbot, main_window, ctx, clock):  # type: ignore[no-untyped-def]
    """Verification and credit meet here: the verifier records 不实 in the queue and the
    false-promise dialog (finding, grade, measures) opens for that case at once."""
    clock.now = datetime(2026, 3, 2, 9, 0)
    case_no = finish_case(ctx, promise_draft(ctx, "HJ-001")).case_no
    ctx.actor = Actor("verifier1", Role.VERIFIER, "540102", "W01")
    clock.now = datetime(2026, 3, 3, 9, 0)
    queue = main_window.open_verification()
    row = next(r for r, t in enumerate(queue.tasks) if t.case_no == case_no)
    queue.table.selectRow(row)
    record = queue.open_record()
    record.radios[VerificationResult.FALSE].setChecked(True)
    record.note.setPlainText("不动产登记系统中无该房屋")
    record.submit()
    qtbot.waitUntil(lambda: main_window.findChild(QDialog, "falsePromiseDialog") is not None)
    dialog = main_window.findChild(QDialog, "falsePromiseDialog")
    assert dialog.isVisible() and case_no in dialog.windowTitle()
    dialog.close()

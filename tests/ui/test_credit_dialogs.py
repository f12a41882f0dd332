"""Recording a false promise and the withdrawal flow, as a clerk and a verifier do it from
the case view; the credit history with a repair."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk_app.domain.case import CaseState
from desk_app.services import credit
from desk_app.services.cases import get_case
from desk_app.services.counter import assess, finish_case
from desk_app.ui.credit_dialogs import CreditHistoryDialog
from desk_app.ui.letter_preview import LetterPreviewDialog
from tests.services.support import ID_NUMBER, item, person, promise_draft


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """CJK text arrives through the input method, not as key events: insert it."""
    widget.setFocus()
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def ok(dialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_record_a_false_promise_from_the_case_view(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    case_no = finish_case(ctx, promise_draft(ctx)).case_no
    case_dialog = main_window.open_case(case_no)
    qtbot.mouseClick(case_dialog.follow_up.buttons["falsePromiseButton"], Qt.MouseButton.LeftButton)
    dialog = case_dialog.follow_up.last_dialog
    assert dialog.objectName() == "falsePromiseDialog"
    assert not dialog.notice_button.isEnabled()  # nothing to notify yet

    # a measure without its document number is refused and nothing is saved
    dialog.kind.setCurrentIndex(dialog.kind.findData("terminate"))
    dialog.responsible.setText("李科长")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "文号" in dialog.error.text() and dialog.pending == []
    dialog.doc_no.setText("城政终〔2026〕1号")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.measure_list.count() == 1 and dialog.error.text() == ""
    dialog.kind.setCurrentIndex(dialog.kind.findData("order_correction"))
    assert dialog.deadline.isEnabled()
    dialog.doc_no.setText("城政改〔2026〕2号")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    # the facts are missing: the clerk is told, the typed measures stay
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert "事实" in dialog.error.text() and dialog.isVisible()
    assert credit.false_promise_of(ctx, case_no) is None and len(dialog.pending) == 2
    type_text(dialog.facts, "承诺无犯罪记录，经公安机关协助核查有犯罪记录")
    dialog.grade.setCurrentIndex(dialog.grade.findData("serious"))
    dialog.grab().save("/tmp/credit-false-promise-dialog.png")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    fp = credit.false_promise_of(ctx, case_no)
    assert fp is not None and fp.grade.code == "serious"
    assert [m["kind"] for m in fp.measures] == ["terminate", "order_correction"]
    assert not assess(ctx, item(ctx, "SF-001"), person()).eligible

    # reopened: the finding is read-only, the notice can be printed (previewed here)
    qtbot.mouseClick(case_dialog.follow_up.buttons["falsePromiseButton"], Qt.MouseButton.LeftButton)
    again = case_dialog.follow_up.last_dialog
    assert not again.facts.isEnabled() and again.measure_list.count() == 2
    assert again.notice_button.isEnabled()
    qtbot.mouseClick(again.notice_button, Qt.MouseButton.LeftButton)
    preview = again.findChild(LetterPreviewDialog)
    assert preview is not None and preview.isVisible() and preview.pdf.startswith(b"%PDF")
    preview.reject()


def test_withdrawal_flow(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    case_no = finish_case(ctx, promise_draft(ctx)).case_no
    case_dialog = main_window.open_case(case_no)
    case_dialog.grab().save("/tmp/credit-case-dialog.png")
    qtbot.mouseClick(case_dialog.follow_up.buttons["withdrawButton"], Qt.MouseButton.LeftButton)
    dialog = case_dialog.follow_up.last_dialog
    assert dialog.objectName() == "withdrawalDialog"
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert "理由" in dialog.error.text()  # refused, nothing stored
    assert get_case(ctx, case_no).summary.state is CaseState.ACCEPTED
    type_text(dialog.reason, "申请人决定提交无犯罪记录证明")
    dialog.grab().save("/tmp/credit-withdrawal-dialog.png")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert get_case(ctx, case_no).summary.state is CaseState.CERTIFICATE_PATH
    assert dialog.preview is not None and dialog.preview.isVisible()  # the record, ready to print
    assert dialog.record is not None and dialog.record.startswith(b"%PDF")
    dialog.preview.reject()

    # concluded with the certificate; a withdrawal afterwards is refused with the reason
    qtbot.mouseClick(case_dialog.follow_up.buttons["concludeButton"], Qt.MouseButton.LeftButton)
    conclusion = case_dialog.follow_up.last_dialog
    type_text(conclusion.decision, "已提交证明，准予办理")
    qtbot.mouseClick(ok(conclusion), Qt.MouseButton.LeftButton)
    assert get_case(ctx, case_no).summary.state is CaseState.CONCLUDED
    qtbot.mouseClick(case_dialog.follow_up.buttons["withdrawButton"], Qt.MouseButton.LeftButton)
    late = case_dialog.follow_up.last_dialog
    type_text(late.reason, "再次撤回")
    qtbot.mouseClick(ok(late), Qt.MouseButton.LeftButton)
    assert "不能" in late.error.text() and late.isVisible()
    assert get_case(ctx, case_no).summary.state is CaseState.CONCLUDED


def test_credit_history_toolbar_and_repair(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    case_no = finish_case(ctx, promise_draft(ctx)).case_no
    credit.record_false_promise(ctx, case_no, facts="承诺无犯罪记录，核查不实", found_on=ctx.clock().date(),
                                found_by="王核查", grade="major")
    main_window.credit_action.trigger()
    dialog = main_window.findChild(CreditHistoryDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.subject, ID_NUMBER.lower())
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)
    assert dialog.list.count() == 1 and "较重" in dialog.list.item(0).text()
    assert "不适用告知承诺" in dialog.list.item(0).text()
    assert not dialog.decision_button.isEnabled()
    action = dialog.open_action("repair")
    type_text(action.reason, "已按期改正")
    action.save()
    assert "依据材料" in action.error.text()
    type_text(action.documents, "城信修〔2026〕5号")
    assert action.save()
    assert "已修复" in dialog.list.item(0).text()
    assert not dialog.repair_button.isEnabled()  # repaired once; an objection is still possible
    assert dialog.objection_button.isEnabled()
    dialog.grab().save("/tmp/credit-history-dialog.png")
    assert assess(ctx, item(ctx, "SF-001"), person()).eligible

"""The counter wizard driven as a clerk would: keyboard and mouse, signature drawn with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from desk_app.storage.audit import verify_chain
from desk_app.storage.models import (
    AuditEntry,
    CaseEventRow,
    CaseRow,
    CaseStatus,
    DocumentRow,
    OutboxRow,
    SignatureRow,
)
from desk_app.ui.wizard.wizard import (
    CHOICE,
    FINISH,
    IDENTITY,
    ITEM,
    NOTICE,
    PROMISE,
    SIGNATURE,
    CounterWizard,
)

from .walk import Walk, sign

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
APPLICANT_ID = "11010519491231002X"


def open_wizard(qtbot, main_window, walk: Walk):  # type: ignore[no-untyped-def]
    main_window.activateWindow()
    main_window.table.setFocus()
    walk.key(K.Key_N, CTRL)
    wizard = main_window.findChildren(CounterWizard, "counterWizard")[-1]
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    return wizard


def page_errors(wizard) -> list[str]:  # type: ignore[no-untyped-def]
    labels = wizard.currentPage().findChildren(QLabel)
    return [lb.text() for lb in labels if "rror" in lb.objectName() and lb.text()]


def wait_page(qtbot, wizard, page_id: int) -> None:  # type: ignore[no-untyped-def]
    def on_page() -> None:
        assert wizard.currentId() == page_id, (
            f"on page {wizard.currentId()}, focus {QApplication.focusWidget()}, "
            f"errors: {page_errors(wizard)}"
        )

    qtbot.waitUntil(on_page, timeout=3000)
    qtbot.wait(1)  # let the page take focus, as it does before a person can type


def fill_person(walk: Walk, name: str = "王丽", doc: str = APPLICANT_ID, phone: str = "13812345678") -> None:
    walk.type(name)
    walk.key(K.Key_Tab)
    walk.type(doc)  # a complete valid ID moves on to the phone field by itself
    walk.type(phone)
    walk.key(K.Key_S, ALT)  # 已核验本人有效身份证件原件
    walk.key(K.Key_Return)


def standard_walk(qtbot, main_window, query: str = "jzls") -> tuple[Walk, object]:  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    wait_page(qtbot, wizard, ITEM)
    walk.type(query)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, CHOICE)
    walk.key(K.Key_Return)  # promise is the default choice
    wait_page(qtbot, wizard, IDENTITY)
    fill_person(walk)
    wait_page(qtbot, wizard, NOTICE)  # clean credit: no stop on the eligibility page
    walk.key(K.Key_End, CTRL)
    walk.key(K.Key_G, ALT)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, PROMISE)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, SIGNATURE)
    sign(walk, wizard.pages[SIGNATURE].canvas)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    return walk, wizard


def test_standard_case_by_keyboard_and_mouse(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk, wizard = standard_walk(qtbot, main_window)
    case_no = wizard.result_case.case_no
    assert case_no == "540102-W01-20261120-0001"
    assert walk.interactions <= 15, walk.log
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no))
        assert case.item_code == "SF-001" and case.path == "promise"
        assert case.applicant_name == "王丽" and case.doc_number == APPLICANT_ID
        assert case.payload["notice_given"] is True and case.payload["read_aloud"] is False
        kinds = [e.kind for e in s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case.id).order_by(CaseEventRow.seq))]
        assert kinds == ["created", "notified", "signed", "accepted"]
        assert s.get(CaseStatus, case.id).state == "accepted"
        sig = s.scalar(select(SignatureRow).where(SignatureRow.case_id == case.id))
        assert len(sig.strokes) == 2 and sig.png.startswith(b"\x89PNG")
        assert s.scalar(select(DocumentRow).where(DocumentRow.case_id == case.id)).content.startswith(b"%PDF")
        audit = [a.action for a in s.scalars(select(AuditEntry).where(AuditEntry.entity_id == case_no))]
        assert {"case.created", "case.notified", "case.signed", "case.accepted", "letter.rendered"} <= set(audit)
        outbox = list(s.scalars(select(OutboxRow).where(OutboxRow.aggregate_id == case_no).order_by(OutboxRow.aggregate_seq)))
        assert [o.kind for o in outbox] == ["case.created", "case.notified", "case.signed", "case.accepted"]
        assert all(o.status == "pending" for o in outbox)
        assert outbox[0].payload["case"]["applicant"]["doc_number"] == APPLICANT_ID
        assert verify_chain(s) is None
    # The new case is listed with masked personal data, and the status bar counts it.
    assert main_window.model.rows[0].case_no == case_no
    assert main_window.model.rows[0].name_masked == "王*"
    assert "待同步：4" in main_window.pending_label.text()

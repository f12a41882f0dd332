"""The counter wizard driven as a clerk would: keyboard and mouse, signature drawn with the mouse."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from sqlalchemy import select

from desk_app.storage.audit import verify_chain
from desk_app.storage.models import (
    AuditEntry,
    CaseEventRow,
    CaseRow,
    CaseStatus,
    CreditRecordRow,
    DocumentRow,
    OutboxRow,
    SignatureRow,
)
from desk_app.ui.main_window import CaseDialog
from desk_app.ui.wizard.wizard import (
    CHOICE,
    ELIGIBILITY,
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
    walk.type(doc)
    if not isinstance(QApplication.focusWidget(), QLineEdit) or QApplication.focusWidget().objectName() != "personPhone":
        walk.key(K.Key_Tab)  # only a complete valid ID moves on to the phone field by itself
    walk.type(phone)
    walk.key(K.Key_S, ALT)  # 已核验本人有效身份证件原件
    walk.key(K.Key_Return)


def drive(qtbot, main_window, walk: Walk, until: int, query: str = "jzls"):  # type: ignore[no-untyped-def]
    """The standard clerk keystrokes from the main window up to page ``until``."""
    wizard = open_wizard(qtbot, main_window, walk)
    steps = [
        (ITEM, lambda: (walk.type(query), walk.key(K.Key_Return))),
        (CHOICE, lambda: walk.key(K.Key_Return)),  # promise is the default choice
        (IDENTITY, lambda: fill_person(walk)),
        (NOTICE, lambda: (walk.key(K.Key_End), walk.key(K.Key_G, ALT), walk.key(K.Key_Return))),
        (PROMISE, lambda: walk.key(K.Key_Return)),
        (SIGNATURE, lambda: (sign(walk, wizard.pages[SIGNATURE].canvas), walk.key(K.Key_Return))),
    ]
    for page, act in steps:
        wait_page(qtbot, wizard, page)  # a clean credit check makes no stop on its own page
        if page == until:
            return wizard
        act()
    wait_page(qtbot, wizard, FINISH)
    return wizard


def standard_walk(qtbot, main_window, query: str = "jzls") -> tuple[Walk, object]:  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, FINISH, query)
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


def test_certificate_path_is_stored_and_ends_there(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    wait_page(qtbot, wizard, ITEM)
    walk.type("SF-001")
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, CHOICE)
    walk.key(K.Key_C, ALT)  # 提交证明
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, IDENTITY)
    assert not wizard.pages[IDENTITY].proxy_box.isVisible()
    fill_person(walk)
    wait_page(qtbot, wizard, FINISH)  # no notice, promise or signature
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow))
        assert case.path == "certificate"
        assert case.payload["certificate_reason"] == "applicant_choice"
        assert s.get(CaseStatus, case.id).state == "certificate_path"
        assert s.scalar(select(DocumentRow)) is None and s.scalar(select(SignatureRow)) is None
        assert [o.kind for o in s.scalars(select(OutboxRow))] == ["case.created", "case.certificate_path"]


def test_ineligible_applicant_goes_to_certificate_path_and_keeps_input(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    with ctx.db.session() as s, s.begin():
        s.add(CreditRecordRow(
            uuid="c-1", subject_id=APPLICANT_ID, subject_name="王丽", kind="false_promise",
            recorded_on=date(2025, 3, 1), source="拉萨市市场监督管理局", note="", created_at=ctx.clock(),
        ))
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    wait_page(qtbot, wizard, ITEM)
    walk.type("jzls")
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, CHOICE)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, IDENTITY)
    fill_person(walk)
    wait_page(qtbot, wizard, ELIGIBILITY)
    text = wizard.pages[ELIGIBILITY].result.text()
    assert "不适用告知承诺制" in text and "曾作出不实承诺" in text and "拉萨市市场监督管理局" in text
    # Back: everything typed is still there.
    wizard.back()
    wait_page(qtbot, wizard, IDENTITY)
    page = wizard.pages[IDENTITY]
    assert (page.name.text(), page.doc_number.text(), page.phone.text()) == ("王丽", APPLICANT_ID, "13812345678")
    assert page.original_seen.isChecked()
    wizard.next()
    wait_page(qtbot, wizard, ELIGIBILITY)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow))
        assert case.path == "certificate" and case.payload["certificate_reason"] == "ineligible"
        assert "曾作出不实承诺" in case.payload["certificate_detail"]
        assert case.payload["eligibility"]["eligible"] is False


def test_proxy_promise_records_the_agent(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    wait_page(qtbot, wizard, ITEM)
    walk.type("HJ-003")  # proxy allowed for this item
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, CHOICE)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, IDENTITY)
    page = wizard.pages[IDENTITY]
    assert page.proxy_box.isVisible()
    walk.type("次仁卓玛")
    walk.key(K.Key_Tab)
    walk.type("540102195003150028")
    walk.type("13908901234")
    walk.key(K.Key_S, ALT)
    walk.key(K.Key_A, ALT)  # 由代理人代为承诺
    page.agent_name.setFocus()
    walk.type("扎西")
    page.agent_doc.setFocus()
    walk.type(APPLICANT_ID)
    page.agent_phone.setFocus()
    walk.type("13812345678")
    page.agent_auth.setFocus()
    walk.type("城关授字2026-031")
    page.agent_seen.setFocus()
    walk.key(K.Key_Space)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, NOTICE)
    walk.key(K.Key_End)
    walk.key(K.Key_G, ALT)
    walk.key(K.Key_L, ALT)  # read aloud
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, PROMISE)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, SIGNATURE)
    sign(walk, wizard.pages[SIGNATURE].canvas)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    assert "扎西" in wizard.pages[FINISH].preview.toPlainText()
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow))
        assert case.payload["agent"]["name"] == "扎西"
        assert case.payload["agent"]["authorisation_ref"] == "城关授字2026-031"
        assert case.payload["read_aloud"] is True
        assert s.scalar(select(SignatureRow)).role == "agent"


def test_proxy_not_offered_when_item_forbids_it(qtbot, main_window):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = open_wizard(qtbot, main_window, walk)
    wait_page(qtbot, wizard, ITEM)
    walk.type("SF-001")
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, CHOICE)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, IDENTITY)
    assert not wizard.pages[IDENTITY].proxy_box.isVisible()
    assert "不允许代为承诺" in wizard.pages[IDENTITY].proxy_note.text()


def test_refused_publication_goes_to_certificate_path(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, PROMISE, query="SC-001")  # letters of this item are published
    page = wizard.pages[PROMISE]
    assert page.consent_yes.isVisible() and not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    walk.key(K.Key_N, ALT)  # 不同意公开
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow))
        assert case.path == "certificate" and case.payload["certificate_reason"] == "publication_refused"
        events = [e.kind for e in s.scalars(select(CaseEventRow).order_by(CaseEventRow.seq))]
        assert events == ["created", "notified", "certificate_path"]


def test_notice_must_be_scrolled_before_it_counts_as_given(qtbot, main_window):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE)
    page = wizard.pages[NOTICE]
    assert not page.given.isEnabled()
    walk.key(K.Key_Return)
    assert wizard.currentId() == NOTICE
    walk.key(K.Key_End)
    assert page.given.isEnabled()


@pytest.mark.parametrize("strokes", [[], [[(100, 90), (101, 90)]], [[(50, 90), (110, 92)]]], ids=["empty", "dot", "short"])
def test_empty_or_trivial_signature_is_refused(qtbot, main_window, ctx, strokes):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, SIGNATURE)
    canvas = wizard.pages[SIGNATURE].canvas
    for pts in strokes:
        walk.stroke(canvas, pts)
    walk.key(K.Key_Return)
    assert wizard.currentId() == SIGNATURE
    assert "签名" in wizard.pages[SIGNATURE].error.text()
    # Clear and sign properly: now it goes on.
    walk.click(wizard.pages[SIGNATURE].clear)
    assert canvas.is_empty()
    sign(walk, canvas)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)


def test_wrong_id_number_gets_a_clear_message_and_keeps_input(qtbot, main_window):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY)
    fill_person(walk, doc="110105194912310021")
    assert wizard.currentId() == IDENTITY
    page = wizard.pages[IDENTITY]
    assert "校验" in page.pfields.errors["doc_number"].text()
    assert page.doc_number.text() == "110105194912310021" and page.name.text() == "王丽"
    assert QApplication.focusWidget() is page.doc_number


def test_scanner_field_opens_the_case(qtbot, main_window):  # type: ignore[no-untyped-def]
    _, wizard = standard_walk(qtbot, main_window)
    case_no = wizard.result_case.case_no
    main_window.scanner.setFocus()
    QTest.keyClicks(main_window.scanner, case_no)
    QTest.keyClick(main_window.scanner, K.Key_Return)
    dialog = main_window.findChildren(CaseDialog)[-1]
    assert case_no in dialog.windowTitle()
    assert dialog.findChild(QPushButton, "exportLetter").isEnabled()
    main_window.search.setText("王")
    assert [r.case_no for r in main_window.model.rows] == [case_no]
    main_window.search.setText(APPLICANT_ID)
    assert [r.case_no for r in main_window.model.rows] == [case_no]


def test_full_disk_loses_nothing(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    """SQLite's own "database or disk is full", forced with max_page_count: the clerk sees
    a clear message, stays on the last step with everything entered, and can finish later."""
    from sqlalchemy import event

    def cap(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    walk = Walk()
    wizard = drive(qtbot, main_window, walk, FINISH)
    ctx.db.engine.dispose()
    event.listen(ctx.db.engine, "connect", cap)
    walk.key(K.Key_Return)
    assert wizard.currentId() == FINISH and wizard.result_case is None
    assert "磁盘空间已满" in wizard.pages[FINISH].error.text()
    with ctx.db.session() as s:
        assert s.scalar(select(CaseRow)) is None and s.scalar(select(OutboxRow)) is None
    event.remove(ctx.db.engine, "connect", cap)
    ctx.db.engine.dispose()
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        assert s.scalar(select(CaseRow)).case_no == wizard.result_case.case_no


def test_organisation_applicant_with_uscc(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, IDENTITY, query="SC-002")
    page = wizard.pages[IDENTITY]
    walk.key(K.Key_O, ALT)  # 单位
    assert page.stack.currentIndex() == 1
    for widget, text in ((page.org_name, "拉萨雪域旅行社有限公司"), (page.uscc, "91540100MA6T1A2B3C"),
                         (page.legal_rep, "扎西次仁"), (page.org_phone, "0891-6321234")):
        widget.setFocus()
        walk.type(text)
    walk.key(K.Key_Return)
    assert wizard.currentId() == IDENTITY
    assert "校验" in page.ofields.errors["doc_number"].text()  # a mistyped code is caught
    assert "营业执照" in page.ofields.errors["original_seen"].text()
    page.uscc.clear()
    page.uscc.setFocus()
    walk.type(valid_uscc("91540100", "MA6T1A2B"))
    page.org_seen.setFocus()
    walk.key(K.Key_Space)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, NOTICE)
    assert wizard.pages[IDENTITY].applicant().kind.value == "organisation"


def valid_uscc(head8: str, org8: str) -> str:
    from desk_app.domain.identity import org_code_check_char, uscc_check_char

    body = head8 + org8 + org_code_check_char(org8)
    return body + uscc_check_char(body)


def test_bilingual_notice_on_request(qtbot, main_window, ctx):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE, query="HJ-001")
    page = wizard.pages[NOTICE]
    assert page.language_bo.isVisible() and page.language_zh.isChecked()
    assert "ཐེམ་ཐོ" not in page.text.toPlainText()
    walk.key(K.Key_T, ALT)  # the applicant asks for 汉藏
    assert page.language_bo.isChecked()
    notice = page.text.toPlainText()
    assert "（一）证明事项名称" in notice and "(༡) ར་སྤྲོད་དོན་ཚན་གྱི་མིང་།" in notice
    assert notice.index("（三）设定证明依据") < notice.index("(༣)") < notice.index("（四）证明的内容")
    assert not page.given.isEnabled()  # another text: read it again
    page.grab().save("/tmp/tibetan_notice_page.png")
    page.text.setFocus()
    walk.key(K.Key_End)
    walk.key(K.Key_G, ALT)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, PROMISE)
    promise = wizard.pages[PROMISE].text.text()
    assert "ཁས་ལེན" in promise and "申请人现作出下列承诺" in promise
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, SIGNATURE)
    sign(walk, wizard.pages[SIGNATURE].canvas)
    walk.key(K.Key_Return)
    wait_page(qtbot, wizard, FINISH)
    assert "汉藏双语" in wizard.pages[FINISH].preview.toPlainText()
    walk.key(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.result_case is not None, timeout=5000)
    with ctx.db.session() as s:
        case = s.scalar(select(CaseRow).where(CaseRow.case_no == wizard.result_case.case_no))
        assert case.item_code == "HJ-001" and case.payload["letter_language"] == "zh-bo"


def test_items_without_tibetan_offer_no_language_choice(qtbot, main_window):  # type: ignore[no-untyped-def]
    walk = Walk()
    wizard = drive(qtbot, main_window, walk, NOTICE)
    page = wizard.pages[NOTICE]
    assert not page.language_bo.isVisible() and not page.language_zh.isVisible()
    walk.key(K.Key_T, ALT)  # nothing to switch to
    assert page.letter_language() == "zh"

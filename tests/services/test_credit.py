"""Services: false promise → credit record → eligibility; repair, objections, history;
withdrawal, conclusion, correction. Roles, audit entries and outbox rows."""

from __future__ import annotations

import hashlib
import io
import subprocess
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.case import CaseState
from desk_app.domain.credit import CreditGrade, Measure, MeasureKind, ObjectionState
from desk_app.domain.errors import DomainError, IllegalTransition, PermissionDenied
from desk_app.services import case_followup, credit
from desk_app.services.cases import get_case
from desk_app.services.counter import assess, finish_case
from desk_app.storage.audit import verify_chain
from desk_app.storage.credit import CreditEventRow
from desk_app.storage.models import AuditEntry, CreditRecordRow, DocumentRow, OutboxRow

from .support import ID_NUMBER, item, person, promise_draft


def as_role(ctx, role: Role) -> None:  # type: ignore[no-untyped-def]
    ctx.actor = Actor(f"user-{role.value}", role, "540102", "W01")


@pytest.fixture
def case_no(ctx):  # type: ignore[no-untyped-def]
    return finish_case(ctx, promise_draft(ctx)).case_no


def rows(ctx, model, *where):  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return list(s.scalars(select(model).where(*where)))


def audit_actions(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def pdf_text(data: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def find(ctx, case_no, grade="serious", **kw):  # type: ignore[no-untyped-def]
    return credit.record_false_promise(
        ctx, case_no, facts=kw.pop("facts", "承诺无犯罪记录，经公安机关核查有犯罪记录"),
        found_on=kw.pop("found_on", ctx.clock().date()), found_by="王核查", grade=grade, **kw)


def test_false_promise_bars_the_route_at_once_with_audit_and_outbox(ctx, case_no):
    applicant_item = item(ctx, "SF-001")
    assert assess(ctx, applicant_item, person()).eligible
    outbox_before = len(rows(ctx, OutboxRow))
    today = ctx.clock().date()
    fp = find(ctx, case_no, measures=[
        Measure(MeasureKind.TERMINATE, today, "城政终〔2026〕1号", "李科长"),
        Measure(MeasureKind.ORDER_CORRECTION, today, "城政改〔2026〕2号", "李科长", today + timedelta(days=15)),
    ])
    assert fp.grade.label == "严重" and len(fp.measures) == 2
    # eligibility uses the local record immediately, before any sync
    verdict = assess(ctx, applicant_item, person())
    assert not verdict.eligible and "不实承诺" in verdict.reasons[0]
    # the finding, both measures and the credit record are audited and queued for central
    # 终止办理 concludes the case as well
    expected = ["case.false_promise_found", "case.false_promise_measure", "case.concluded",
                "case.false_promise_measure", "credit.recorded"]
    assert audit_actions(ctx)[-5:] == expected
    new = rows(ctx, OutboxRow)[outbox_before:]
    assert [r.kind for r in new] == expected
    credit_row = new[-1]
    assert credit_row.aggregate == "credit_record" and credit_row.aggregate_id == fp.record_uuid
    assert credit_row.payload["record"]["subject_id"] == ID_NUMBER
    assert credit_row.payload["record"]["grade"] == "serious"
    assert verify_chain_ok(ctx)
    detail = get_case(ctx, case_no)
    assert detail is not None and detail.summary.state is CaseState.CONCLUDED
    assert fp.concluded


def test_finding_without_measures_leaves_the_state(ctx, case_no):
    find(ctx, case_no)
    detail = get_case(ctx, case_no)
    assert detail is not None and detail.summary.state is CaseState.ACCEPTED  # an annotation


def verify_chain_ok(ctx) -> bool:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return verify_chain(s) is None


def test_bad_measure_loses_nothing(ctx, case_no):
    today = ctx.clock().date()
    before = audit_actions(ctx)
    with pytest.raises(DomainError, match="文号"):
        find(ctx, case_no, measures=[Measure(MeasureKind.PENALTY, today, " ", "李科长")])
    assert audit_actions(ctx) == before
    assert rows(ctx, CreditRecordRow) == []
    assert credit.false_promise_of(ctx, case_no) is None


def test_measures_added_later_follow_the_rules(ctx, case_no):
    find(ctx, case_no)
    today = ctx.clock().date()
    with pytest.raises(DomainError, match="尚未办结"):
        credit.add_measure(ctx, case_no, Measure(MeasureKind.REVOKE, today, "文1", "李"))
    fp = credit.add_measure(ctx, case_no, Measure(MeasureKind.REFERRAL, today, "城政移〔2026〕3号", "李"))
    assert [m["kind"] for m in fp.measures] == ["referral"]
    with pytest.raises(DomainError, match="重复"):
        credit.add_measure(ctx, case_no, Measure(MeasureKind.REFERRAL, today, "文2", "李"))


def test_roles(ctx, case_no):
    as_role(ctx, Role.CLERK)
    with pytest.raises(PermissionDenied):
        find(ctx, case_no)
    as_role(ctx, Role.VERIFIER)
    fp = find(ctx, case_no)
    with pytest.raises(PermissionDenied):
        case_followup.withdraw(ctx, case_no, "理由")
    with pytest.raises(PermissionDenied):
        credit.repair(ctx, fp.record_uuid, ctx.clock().date(), "已改正", ["决定书"])
    as_role(ctx, Role.CLERK)
    credit.file_objection(ctx, fp.record_uuid, ctx.clock().date(), "不是本人", [])
    with pytest.raises(PermissionDenied):
        credit.decide_objection(ctx, fp.record_uuid, ctx.clock().date(), upheld=True, reason="x", documents=["y"])
    as_role(ctx, Role.AUDITOR)
    assert credit.history(ctx, ID_NUMBER)  # everyone may look
    with pytest.raises(PermissionDenied):
        case_followup.conclude(ctx, case_no, "准予")


def test_grade_that_only_warns(ctx, case_no):
    credit.set_credit_grades(ctx, [CreditGrade("general", "一般", False), CreditGrade("serious", "严重", True)])
    find(ctx, case_no, grade="general")
    verdict = assess(ctx, item(ctx, "SF-001"), person())
    assert verdict.eligible and any("不实承诺" in w for w in verdict.warnings)


def test_repair_restores_eligibility_from_its_date(ctx, clock, case_no):
    fp = find(ctx, case_no)
    today = ctx.clock().date()
    with pytest.raises(DomainError, match="晚于今天"):
        credit.repair(ctx, fp.record_uuid, today + timedelta(days=1), "已改正", ["修复决定书"])
    credit.repair(ctx, fp.record_uuid, today, "已按期改正并公开承诺", ["城信修〔2026〕5号"])
    assert assess(ctx, item(ctx, "SF-001"), person()).eligible
    [record] = credit.history(ctx, ID_NUMBER)
    assert [e.label for e in record.events] == ["记入信用记录", "信用修复"]
    assert record.events[-1].documents == ("城信修〔2026〕5号",)
    assert not record.excludes_today
    out = rows(ctx, OutboxRow, OutboxRow.aggregate == "credit_record")
    assert [r.kind for r in out] == ["credit.recorded", "credit.repaired"]
    assert out[-1].payload["record"]["repaired_on"] == today.isoformat()


def test_upheld_objection_voids_the_record(ctx, case_no):
    fp = find(ctx, case_no)
    today = ctx.clock().date()
    credit.file_objection(ctx, fp.record_uuid, today, "系他人冒用身份证办理", ["报案回执"])
    [record] = credit.history(ctx, ID_NUMBER)
    assert record.objection is ObjectionState.PENDING and record.excludes_today
    credit.decide_objection(ctx, fp.record_uuid, today, upheld=True, reason="经核实系冒用", documents=["复核意见书"])
    [record] = credit.history(ctx, ID_NUMBER)
    assert record.status_label.startswith("已作废")
    assert assess(ctx, item(ctx, "SF-001"), person()).eligible
    events = rows(ctx, CreditEventRow, CreditEventRow.record_uuid == fp.record_uuid)
    assert [e.kind for e in events] == ["recorded", "objection_filed", "objection_upheld"]
    assert audit_actions(ctx)[-2:] == ["credit.objection_filed", "credit.objection_upheld"]


def test_rejected_objection_keeps_the_bar(ctx, case_no):
    fp = find(ctx, case_no)
    today = ctx.clock().date()
    credit.file_objection(ctx, fp.record_uuid, today, "不服", [])
    credit.decide_objection(ctx, fp.record_uuid, today, upheld=False, reason="证据确凿", documents=["意见书"])
    assert not assess(ctx, item(ctx, "SF-001"), person()).eligible


def test_history_needs_an_id(ctx):
    with pytest.raises(DomainError, match="证件号码"):
        credit.history(ctx, "  ")
    assert credit.history(ctx, "91110000100000000X") == []


def test_false_promise_notice_pdf(ctx, case_no, tmp_path):
    today = ctx.clock().date()
    find(ctx, case_no, measures=[Measure(MeasureKind.PENALTY, today, "城政罚〔2026〕9号", "李科长")])
    pdf = credit.false_promise_notice(ctx, case_no)
    assert pdf == credit.false_promise_notice(ctx, case_no)  # deterministic
    text = pdf_text(pdf)
    for expected in ("不实承诺处理告知书", "张三", "城政罚〔2026〕9号", "行政处罚", "严重", case_no):
        assert expected in text.replace(" ", ""), expected
    path = tmp_path / "notice.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    body = fonts.splitlines()[2:]
    assert body and all(" yes " in line for line in body), fonts  # every font embedded
    assert "Helvetica" not in fonts
    with pytest.raises(DomainError):
        credit.false_promise_notice(ctx, finish_case(ctx, promise_draft(ctx)).case_no)


# -- withdrawal, conclusion, correction -----------------------------------------------------------

def letter_bytes(ctx, case_no):  # type: ignore[no-untyped-def]
    from desk_app.services.letters import stored_letter

    return stored_letter(ctx, case_no)


def test_withdrawal_prints_a_record_and_goes_to_the_certificate_path(ctx, case_no, tmp_path):
    pdf = case_followup.withdraw(ctx, case_no, "申请人决定提交无犯罪记录证明")
    detail = get_case(ctx, case_no)
    assert detail is not None and detail.summary.state is CaseState.CERTIFICATE_PATH
    text = pdf_text(pdf).replace(" ", "")
    assert "撤回证明事项告知承诺记录" in text and "申请人决定提交无犯罪记录证明" in text
    assert "申请人留存" in text and "受理单位留存" in text
    assert pdf == case_followup.withdrawal_record(ctx, case_no)
    assert audit_actions(ctx)[-2:] == ["case.withdrawn", "case.certificate_path"]
    kinds = [r.kind for r in rows(ctx, OutboxRow, OutboxRow.aggregate_id == case_no)]
    assert kinds[-2:] == ["case.withdrawn", "case.certificate_path"]
    # withdrawing leaves no credit record
    assert assess(ctx, item(ctx, "SF-001"), person()).eligible
    case_followup.conclude(ctx, case_no, "已提交证明，准予办理")


def test_no_withdrawal_after_conclusion(ctx, case_no):
    case_followup.conclude(ctx, case_no, "准予办理", ctx.clock().date())
    before = audit_actions(ctx)
    with pytest.raises(IllegalTransition, match="已办结"):
        case_followup.withdraw(ctx, case_no, "反悔了")
    assert audit_actions(ctx) == before
    detail = get_case(ctx, case_no)
    assert detail is not None and detail.summary.state is CaseState.CONCLUDED


def test_no_withdrawal_after_a_false_finding(ctx, case_no):
    find(ctx, case_no)
    with pytest.raises(IllegalTransition, match="认定不实"):
        case_followup.withdraw(ctx, case_no, "反悔了")


def test_revoke_only_after_conclusion(ctx, case_no):
    case_followup.conclude(ctx, case_no, "准予办理")
    fp = find(ctx, case_no, measures=[Measure(MeasureKind.REVOKE, ctx.clock().date(), "城政撤〔2026〕1号", "李")])
    assert fp.concluded and fp.measures[0]["kind"] == "revoke"


def test_correction_leaves_the_signed_letter_untouched(ctx, case_no):
    before = letter_bytes(ctx, case_no)
    with ctx.db.session() as s:
        docs_before = s.scalar(select(func.count()).select_from(DocumentRow))
    case_followup.correct(ctx, case_no, "phone", "13812345678", "13912345678", "登记时号码录入错误")
    after = letter_bytes(ctx, case_no)
    assert after.pdf == before.pdf
    assert hashlib.sha256(after.pdf).hexdigest() == hashlib.sha256(before.pdf).hexdigest()
    with ctx.db.session() as s:
        assert s.scalar(select(func.count()).select_from(DocumentRow)) == docs_before
    [c] = case_followup.corrections(ctx, case_no)
    assert (c.field_label, c.old, c.new) == ("联系电话", "13812345678", "13912345678")
    assert audit_actions(ctx)[-1] == "case.corrected"
    with pytest.raises(DomainError, match="相同"):
        case_followup.correct(ctx, case_no, "phone", "1", "1", "理由")


def test_training_data_never_enters_the_outbox(ctx, case_no):
    from desk_app.storage import settings as keys

    with ctx.db.session() as s, s.begin():
        keys.put(s, keys.TRAINING, "1")
    ctx.invalidate_office()
    before = len(rows(ctx, OutboxRow))
    find(ctx, case_no, found_on=date(2026, 11, 20))
    assert len(rows(ctx, OutboxRow)) == before

"""False-promise measures, grades, repair, objections, corrections; withdrawal and conclusion."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from desk_app.domain.case import (
    CORRECTED,
    FALSE_PROMISE_FOUND,
    FALSE_PROMISE_MEASURE,
    Case,
    CaseState,
    CertificateReason,
)
from desk_app.domain.credit import (
    DEFAULT_GRADES,
    CreditEventKind,
    CreditGrade,
    CreditStatus,
    Finding,
    Measure,
    MeasureKind,
    ObjectionState,
    check_correction,
    check_finding,
    check_measure,
    grades_from_config,
)
from desk_app.domain.eligibility import CreditKind, CreditRecord, check_eligibility
from desk_app.domain.errors import DomainError, IllegalTransition

FOUND = date(2026, 11, 2)
AT = datetime(2026, 11, 20, 10, 0)
ID = "11010519491231002X"


def measure(kind: MeasureKind, on: date = FOUND, **kw) -> Measure:
    return Measure(kind, on, kw.pop("doc_no", "城政罚〔2026〕12号"), kw.pop("responsible", "王核查"), **kw)


# -- measures ---------------------------------------------------------------------------------

def test_every_measure_needs_document_number_and_responsible_person():
    with pytest.raises(DomainError, match="文号"):
        check_measure(measure(MeasureKind.PENALTY, doc_no="  "), [], found_on=FOUND, concluded=False)
    with pytest.raises(DomainError, match="责任人"):
        check_measure(measure(MeasureKind.PENALTY, responsible=""), [], found_on=FOUND, concluded=False)
    ok = check_measure(measure(MeasureKind.PENALTY, doc_no=" 文号1 "), [], found_on=FOUND, concluded=False)
    assert ok.doc_no == "文号1"


def test_order_correction_needs_a_deadline_after_its_date():
    with pytest.raises(DomainError, match="改正期限"):
        check_measure(measure(MeasureKind.ORDER_CORRECTION), [], found_on=FOUND, concluded=False)
    with pytest.raises(DomainError, match="晚于"):
        check_measure(measure(MeasureKind.ORDER_CORRECTION, deadline=FOUND), [], found_on=FOUND, concluded=False)
    ok = check_measure(measure(MeasureKind.ORDER_CORRECTION, deadline=FOUND + timedelta(days=15)), [],
                       found_on=FOUND, concluded=False)
    assert ok.deadline == FOUND + timedelta(days=15)
    with pytest.raises(DomainError, match="不设改正期限"):
        check_measure(measure(MeasureKind.PENALTY, deadline=FOUND + timedelta(days=3)), [], found_on=FOUND,
                      concluded=False)


def test_terminate_before_conclusion_revoke_after_it_never_both():
    with pytest.raises(DomainError, match="撤销"):
        check_measure(measure(MeasureKind.TERMINATE), [], found_on=FOUND, concluded=True)
    with pytest.raises(DomainError, match="终止办理"):
        check_measure(measure(MeasureKind.REVOKE), [], found_on=FOUND, concluded=False)
    terminated = check_measure(measure(MeasureKind.TERMINATE), [], found_on=FOUND, concluded=False)
    with pytest.raises(DomainError, match="重复"):
        check_measure(measure(MeasureKind.TERMINATE), [terminated], found_on=FOUND, concluded=False)
    with pytest.raises(DomainError, match="没有可撤销"):
        check_measure(measure(MeasureKind.REVOKE), [terminated], found_on=FOUND, concluded=True)
    # a penalty and a referral may follow either
    penalty = check_measure(measure(MeasureKind.PENALTY), [terminated], found_on=FOUND, concluded=False)
    check_measure(measure(MeasureKind.REFERRAL), [terminated, penalty], found_on=FOUND, concluded=False)


def test_measures_are_dated_on_or_after_the_finding_and_in_order():
    with pytest.raises(DomainError, match="早于认定"):
        check_measure(measure(MeasureKind.PENALTY, FOUND - timedelta(days=1)), [], found_on=FOUND,
                      concluded=False)
    later = measure(MeasureKind.PENALTY, FOUND + timedelta(days=5))
    with pytest.raises(DomainError, match="时间顺序"):
        check_measure(measure(MeasureKind.REFERRAL, FOUND + timedelta(days=1)), [later], found_on=FOUND,
                      concluded=False)


def test_measure_round_trips_through_its_dict():
    m = measure(MeasureKind.ORDER_CORRECTION, deadline=FOUND + timedelta(days=10), note="补交材料")
    assert Measure.from_dict(m.to_dict()) == m


def test_finding_needs_facts_person_valid_dates_and_a_known_grade():
    f = Finding("C-1", "冒用他人无犯罪记录", FOUND, "王核查", "serious")
    accepted, today = date(2026, 10, 1), date(2026, 11, 20)
    assert check_finding(f, DEFAULT_GRADES, accepted_on=accepted, today=today).facts == f.facts
    for bad, msg in [
        (Finding("C-1", "短", FOUND, "王", "serious"), "事实"),
        (Finding("C-1", "冒用他人无犯罪记录", FOUND, " ", "serious"), "认定人"),
        (Finding("C-1", "冒用他人无犯罪记录", today + timedelta(days=1), "王", "serious"), "晚于今天"),
        (Finding("C-1", "冒用他人无犯罪记录", accepted - timedelta(days=1), "王", "serious"), "早于案件受理"),
        (Finding("C-1", "冒用他人无犯罪记录", FOUND, "王", "extreme"), "未知的信用等级"),
    ]:
        with pytest.raises(DomainError, match=msg):
            check_finding(bad, DEFAULT_GRADES, accepted_on=accepted, today=today)


# -- grades and eligibility -------------------------------------------------------------------

def test_grades_are_configurable_and_checked():
    grades = grades_from_config([{"code": "general", "label": "一般", "excludes": False},
                                 {"code": "serious", "label": "严重", "excludes": True}])
    assert [g.excludes for g in grades] == [False, True]
    assert grades_from_config(None) == DEFAULT_GRADES
    with pytest.raises(DomainError, match="重复"):
        grades_from_config([{"code": "a", "label": "甲"}, {"code": "a", "label": "乙"}])
    with pytest.raises(DomainError):
        grades_from_config({"code": "a"})


def record(excluding: bool | None, **kw) -> CreditRecord:
    return CreditRecord(ID, CreditKind.FALSE_PROMISE, FOUND, "城关区政务服务中心", excluding=excluding, **kw)


def test_grade_decides_whether_a_false_promise_bars_the_route():
    today = date(2026, 11, 20)
    assert not check_eligibility(ID, [record(True)], today).eligible
    light = check_eligibility(ID, [record(False)], today)
    assert light.eligible and light.warnings  # a warn-only grade still shows on screen
    assert not check_eligibility(ID, [record(None)], today).eligible  # no grade: the kind bars


def test_repair_restores_eligibility_from_its_date_and_void_removes_the_record():
    repaired = record(True, repaired_on=date(2026, 12, 1))
    assert not check_eligibility(ID, [repaired], date(2026, 11, 30)).eligible
    assert check_eligibility(ID, [repaired], date(2026, 12, 1)).eligible
    voided = record(True, voided_on=date(2026, 11, 10))
    result = check_eligibility(ID, [voided], date(2026, 11, 20))
    assert result.eligible and not result.warnings


# -- credit record lifecycle ------------------------------------------------------------------

def test_grade_to_eligibility_to_repair():
    status = CreditStatus(recorded_on=FOUND)
    with pytest.raises(DomainError, match="理由"):
        status.repair(date(2026, 11, 15), " ", ["修复决定书"])
    with pytest.raises(DomainError, match="依据材料"):
        status.repair(date(2026, 11, 15), "已履行", [" "])
    with pytest.raises(DomainError, match="早于记录"):
        status.repair(FOUND - timedelta(days=1), "已履行", ["修复决定书"])
    status, ev = status.repair(date(2026, 11, 15), "已履行法定义务", ["修复决定书〔2026〕3号"])
    assert ev.kind is CreditEventKind.REPAIRED and status.repaired_on == date(2026, 11, 15)
    assert status.label.startswith("已修复")
    with pytest.raises(DomainError, match="已于"):
        status.repair(date(2026, 11, 16), "再次", ["x"])


def test_objection_upheld_voids_the_record():
    status = CreditStatus(recorded_on=FOUND)
    with pytest.raises(DomainError, match="没有待处理"):
        status.decide_objection(date(2026, 11, 10), True, "x", ["y"])
    status, _ = status.file_objection(date(2026, 11, 5), "并非本人办理", ["身份证复印件"])
    assert status.objection is ObjectionState.PENDING
    with pytest.raises(DomainError, match="已有待处理"):
        status.file_objection(date(2026, 11, 6), "再次", [])
    with pytest.raises(DomainError, match="先处理异议"):
        status.repair(date(2026, 11, 6), "x", ["y"])
    with pytest.raises(DomainError, match="早于异议提出"):
        status.decide_objection(date(2026, 11, 4), True, "核实", ["复核意见"])
    status, ev = status.decide_objection(date(2026, 11, 9), True, "经核实系他人冒用", ["复核意见书"])
    assert ev.kind is CreditEventKind.OBJECTION_UPHELD
    assert status.voided_on == date(2026, 11, 9) and status.objection is ObjectionState.UPHELD
    with pytest.raises(DomainError, match="作废"):
        status.repair(date(2026, 11, 10), "x", ["y"])
    with pytest.raises(DomainError, match="作废"):
        status.file_objection(date(2026, 11, 10), "x", [])


def test_objection_rejected_leaves_the_record_standing_and_a_new_one_may_follow():
    status, _ = CreditStatus(recorded_on=FOUND).file_objection(date(2026, 11, 5), "不服", [])
    status, _ = status.decide_objection(date(2026, 11, 8), False, "证据确凿", ["复核意见书"])
    assert status.objection is ObjectionState.REJECTED and status.voided_on is None
    assert status.label == "有效"
    status, _ = status.file_objection(date(2026, 11, 9), "新证据", ["证明"])
    assert status.objection is ObjectionState.PENDING


def test_fold_rebuilds_the_same_state():
    status = CreditStatus(recorded_on=FOUND)
    from desk_app.domain.credit import CreditEvent

    recorded = CreditEvent(CreditEventKind.RECORDED, FOUND, "事实")
    status = status.apply(recorded)
    status, filed = status.file_objection(date(2026, 11, 5), "不服", [])
    status, decided = status.decide_objection(date(2026, 11, 8), True, "冒用", ["意见书"])
    assert CreditStatus.fold([recorded, filed, decided]).voided_on == status.voided_on
    with pytest.raises(DomainError):
        CreditStatus.fold([filed])


def test_custom_grade_is_a_plain_value():
    assert CreditGrade("x", "轻微", False).excludes is False


# -- case: withdrawal, conclusion, false promise, correction ----------------------------------

def accepted_case() -> Case:
    case, _ = Case.start(AT - timedelta(days=20), item_code="SF-001")
    case.mark_notified(AT - timedelta(days=20), read_aloud=False)
    case.mark_signed(AT - timedelta(days=20), publication_consent=True)
    case.mark_accepted(AT - timedelta(days=20))
    return case


def test_withdrawal_continues_on_the_certificate_path():
    case = accepted_case()
    with pytest.raises(DomainError, match="理由"):
        case.withdraw(AT, "  ")
    ev = case.withdraw(AT, " 无法按期取得条件 ")
    assert ev.data == {"reason": "无法按期取得条件"} and case.state is CaseState.WITHDRAWN
    case.choose_certificate(AT, CertificateReason.WITHDRAWN, "无法按期取得条件")
    case.conclude(AT, "已提交证明，准予办理")
    assert case.state is CaseState.CONCLUDED


def test_withdrawal_refused_after_conclusion_and_after_a_false_finding():
    case = accepted_case()
    case.conclude(AT, "准予办理", AT.date() - timedelta(days=1))
    with pytest.raises(IllegalTransition, match="已办结"):
        case.withdraw(AT, "反悔")
    case = accepted_case()
    case.start_verification(AT)
    case.annotate(FALSE_PROMISE_FOUND, AT, facts="冒用")
    with pytest.raises(IllegalTransition, match="认定不实"):
        case.withdraw(AT, "反悔")
    case = accepted_case()
    case.start_verification(AT)
    case.record_verification(AT, true=True)
    case.withdraw(AT, "另行提交证明")  # verified true, not concluded: still allowed
    assert case.state is CaseState.WITHDRAWN


def test_conclusion_dates_are_checked_and_recorded():
    case = accepted_case()
    with pytest.raises(DomainError, match="晚于今天"):
        case.conclude(AT, "准予", AT.date() + timedelta(days=1))
    with pytest.raises(DomainError, match="早于案件受理"):
        case.conclude(AT, "准予", AT.date() - timedelta(days=30))
    ev = case.conclude(AT, "准予办理", AT.date() - timedelta(days=2))
    assert ev.data["concluded_on"] == (AT.date() - timedelta(days=2)).isoformat()
    assert case.concluded
    with pytest.raises(IllegalTransition):
        case.conclude(AT, "再次")


def test_false_promise_annotations_keep_the_state_and_replay():
    case = accepted_case()
    with pytest.raises(IllegalTransition, match="先认定"):
        case.annotate(FALSE_PROMISE_MEASURE, AT, measure={})
    case.annotate(FALSE_PROMISE_FOUND, AT, facts="冒用")
    with pytest.raises(IllegalTransition, match="已认定"):
        case.annotate(FALSE_PROMISE_FOUND, AT, facts="again")
    case.annotate(FALSE_PROMISE_MEASURE, AT, measure={"kind": "terminate"})
    assert case.state is CaseState.ACCEPTED
    again = Case.replay(case.events)
    assert again.state is CaseState.ACCEPTED and again.false_promise_found
    draft, _ = Case.start(AT)
    with pytest.raises(IllegalTransition, match="草稿"):
        draft.annotate(FALSE_PROMISE_FOUND, AT)


def test_corrections_are_records_with_a_reason():
    case = accepted_case()
    data = check_correction("phone", "13812345678", "13912345678", "申请人告知号码登记错误")
    ev = case.annotate(CORRECTED, AT, **data)
    assert ev.from_state is ev.to_state is CaseState.ACCEPTED
    for args, msg in [(("letter", "a", "b", "理由"), "不能更正"), (("phone", "a", "a", "理由"), "相同"),
                      (("phone", "a", " ", "理由"), "更正后"), (("phone", "a", "b", " "), "理由")]:
        with pytest.raises(DomainError, match=msg):
            check_correction(*args)

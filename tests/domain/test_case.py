"""The case lifecycle and case numbers. Pure domain: no Qt, no database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk_app.domain.case import (
    TRANSITIONS,
    Case,
    CaseEvent,
    CaseState,
    CertificateReason,
    format_case_no,
    parse_case_no,
)
from desk_app.domain.errors import DomainError, IllegalTransition

AT = datetime(2026, 11, 20, 10, 30)

#: One way to ask a case to move into each target state through its public methods.
MOVES: dict[CaseState, Callable[[Case], CaseEvent]] = {
    CaseState.NOTIFIED: lambda c: c.mark_notified(AT, read_aloud=False),
    CaseState.SIGNED: lambda c: c.mark_signed(AT, publication_consent=None),
    CaseState.ACCEPTED: lambda c: c.mark_accepted(AT),
    CaseState.VERIFYING: lambda c: c.start_verification(AT),
    CaseState.VERIFIED_TRUE: lambda c: c.record_verification(AT, true=True, note="单位书面确认属实"),
    CaseState.VERIFIED_FALSE: lambda c: c.record_verification(AT, true=False, note="单位否认同意兼职"),
    CaseState.WITHDRAWN: lambda c: c.withdraw(AT, "申请人改为提交证明"),
    CaseState.CERTIFICATE_PATH: lambda c: c.choose_certificate(
        AT,
        CertificateReason.WITHDRAWN if c.state is CaseState.WITHDRAWN else CertificateReason.APPLICANT_CHOICE,
    ),
    CaseState.CONCLUDED: lambda c: c.conclude(AT, "准予许可"),
}

ALLOWED = [(a, b) for a, targets in TRANSITIONS.items() for b in sorted(targets)]
FORBIDDEN = [
    (a, b) for a, b in product(CaseState, CaseState) if b not in TRANSITIONS[a] and b is not CaseState.DRAFT
]


def test_every_state_has_a_transition_entry_and_a_label():
    assert set(TRANSITIONS) == set(CaseState)
    for state in CaseState:
        assert state.label


def test_every_non_initial_state_is_reachable_from_draft():
    seen, frontier = {CaseState.DRAFT}, [CaseState.DRAFT]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(CaseState)


def test_concluded_is_final():
    assert TRANSITIONS[CaseState.CONCLUDED] == frozenset()


@pytest.mark.parametrize(("start", "target"), ALLOWED, ids=lambda s: s.value)
def test_allowed_transition_works(start, target):
    case = Case(state=start)
    event = MOVES[target](case)
    assert case.state is target
    assert event.from_state is start
    assert event.to_state is target
    assert event.at == AT
    assert case.events[-1] is event


@pytest.mark.parametrize(("start", "target"), FORBIDDEN, ids=lambda s: s.value)
def test_forbidden_transition_is_refused(start, target):
    case = Case(state=start)
    with pytest.raises(IllegalTransition) as info:
        MOVES[target](case)
    assert case.state is start
    assert case.events == []
    assert start.label in str(info.value)


def test_the_counter_promise_path():
    case, created = Case.start(AT, item_code="SF-001")
    assert created.kind == "created" and created.from_state is None and created.to_state is CaseState.DRAFT
    assert created.data == {"item_code": "SF-001"}
    notified = case.mark_notified(AT, read_aloud=True)
    signed = case.mark_signed(AT, publication_consent=True)
    accepted = case.mark_accepted(AT)
    assert [e.kind for e in case.events] == ["created", "notified", "signed", "accepted"]
    assert notified.data == {"read_aloud": True}
    assert signed.data == {"publication_consent": True}
    assert accepted.to_state is CaseState.ACCEPTED


def test_verification_false_then_concluded():
    case = Case(state=CaseState.ACCEPTED)
    case.start_verification(AT)
    event = case.record_verification(AT, true=False, note="现场核查无此场所")
    assert event.data == {"result": "false", "note": "现场核查无此场所"}
    case.conclude(AT, "撤销登记")
    assert case.state is CaseState.CONCLUDED


def test_withdraw_needs_a_reason():
    case = Case(state=CaseState.ACCEPTED)
    for reason in ("", "   "):
        with pytest.raises(DomainError, match="理由"):
            case.withdraw(AT, reason)
    assert case.state is CaseState.ACCEPTED
    event = case.withdraw(AT, "  单位尚未同意  ")
    assert event.data == {"reason": "单位尚未同意"}


def test_conclude_needs_a_decision():
    case = Case(state=CaseState.VERIFIED_TRUE)
    with pytest.raises(DomainError, match="办理结果"):
        case.conclude(AT, " ")
    assert case.state is CaseState.VERIFIED_TRUE
    assert case.conclude(AT, " 准予许可 ").data == {"decision": "准予许可", "concluded_on": AT.date().isoformat()}


def test_withdrawal_reason_only_after_withdrawing():
    case = Case(state=CaseState.DRAFT)
    with pytest.raises(IllegalTransition):
        case.choose_certificate(AT, CertificateReason.WITHDRAWN)
    assert case.state is CaseState.DRAFT


def test_withdrawn_case_continues_with_the_certificate():
    case = Case(state=CaseState.VERIFYING)
    case.withdraw(AT, "申请人主动撤回")
    event = case.choose_certificate(AT, CertificateReason.WITHDRAWN, "补交单位证明")
    assert event.data == {"reason": "withdrawn", "detail": "补交单位证明"}
    case.conclude(AT, "依普通程序办结")
    assert case.state is CaseState.CONCLUDED


def test_replay_rebuilds_the_state_and_refuses_an_illegal_history():
    case, _ = Case.start(AT)
    case.mark_notified(AT, read_aloud=False)
    case.mark_signed(AT, publication_consent=None)
    again = Case.replay(list(case.events))
    assert again.state is CaseState.SIGNED
    assert again.events == case.events

    bad = [case.events[0], CaseEvent("accepted", CaseState.SIGNED, CaseState.ACCEPTED, AT)]
    with pytest.raises(IllegalTransition):
        Case.replay(bad)


def test_certificate_reasons_have_labels():
    for reason in CertificateReason:
        assert reason.label


# -- property: no sequence of calls leaves an unreachable state ------------------------

CALLS = st.sampled_from(
    [
        ("mark_notified", {"read_aloud": False}),
        ("mark_signed", {"publication_consent": True}),
        ("mark_accepted", {}),
        ("choose_certificate", {"reason": CertificateReason.APPLICANT_CHOICE}),
        ("choose_certificate", {"reason": CertificateReason.WITHDRAWN}),
        ("choose_certificate", {"reason": CertificateReason.INELIGIBLE}),
        ("start_verification", {}),
        ("record_verification", {"true": True}),
        ("record_verification", {"true": False}),
        ("withdraw", {"reason": "理由"}),
        ("withdraw", {"reason": " "}),
        ("conclude", {"decision": "办结"}),
        ("conclude", {"decision": ""}),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(CALLS, max_size=25))
def test_any_sequence_of_calls_follows_the_transition_table(calls):
    case, _ = Case.start(AT)
    for name, kwargs in calls:
        before = case.state
        n_events = len(case.events)
        try:
            event = getattr(case, name)(AT, **kwargs)
        except (IllegalTransition, DomainError):
            assert case.state is before  # a refused call changes nothing
            assert len(case.events) == n_events
            continue
        assert event.from_state is before
        assert case.state is event.to_state
        assert case.state in TRANSITIONS[before]
    # the recorded history is itself a legal one
    assert Case.replay(list(case.events)).state is case.state
    for prev, nxt in zip(case.events, case.events[1:], strict=False):
        assert nxt.from_state is prev.to_state


# -- case numbers ----------------------------------------------------------------------


def test_case_number_format():
    assert format_case_no("540102", "W01", date(2026, 11, 20), 1) == "540102-W01-20261120-0001"
    assert format_case_no("DEMO01", "T1", date(2026, 1, 5), 12345) == "DEMO01-T1-20260105-12345"


@given(
    office=st.from_regex(r"[A-Z0-9]{2,12}", fullmatch=True),
    terminal=st.from_regex(r"[A-Z0-9]{1,6}", fullmatch=True),
    day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    seq=st.integers(min_value=1, max_value=999_999),
)
def test_case_number_round_trip(office, terminal, day, seq):
    text = format_case_no(office, terminal, day, seq)
    parts = parse_case_no(text)
    assert parts == {"office": office, "terminal": terminal, "day": f"{day:%Y%m%d}", "seq": parts["seq"]}
    assert int(parts["seq"]) == seq


def test_case_number_is_parsed_case_insensitively_and_trimmed():
    assert parse_case_no(" 540102-w01-20261120-0001 ")["terminal"] == "W01"


@pytest.mark.parametrize(
    ("office", "terminal", "seq"),
    [("540-102", "W01", 1), ("w01x", "W01", 1), ("5", "W01", 1), ("540102", "W-1", 1),
     ("540102", "", 1), ("540102", "TERMINAL", 1), ("540102", "W01", 0), ("540102", "W01", 1_000_000)],
)
def test_invalid_case_number_parts_are_refused(office, terminal, seq):
    with pytest.raises(DomainError):
        format_case_no(office, terminal, date(2026, 11, 20), seq)


@pytest.mark.parametrize(
    "text",
    ["", "540102", "540102-W01-20261120", "540102-W01-20261120-01", "540102-W01-2026112-0001",
     "540102-W01-20261120-0001-2", "540102_W01_20261120_0001", "540102-W01-20261120-1234567"],
)
def test_parse_rejects_what_is_not_a_case_number(text):
    assert parse_case_no(text) is None


def test_case_numbers_sort_in_issue_order_within_a_day():
    day = date(2026, 11, 20)
    numbers = [format_case_no("540102", "W01", day, n) for n in range(1, 10000, 97)]
    assert sorted(numbers) == numbers
    assert len(set(numbers)) == len(numbers)
    next_day = format_case_no("540102", "W01", day + timedelta(days=1), 1)
    assert next_day > numbers[-1]

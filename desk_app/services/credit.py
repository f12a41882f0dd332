"""False-promise findings and their measures; credit records, repair and objections.

A finding is a case event; it creates a credit record at once (``credit_records``, which
eligibility reads — the same terminal refuses the promise route before any sync) and the
record's first event (``credit_events``). Every credit event goes to central through the
outbox (aggregate ``credit_record``) with the record as it now stands; central fans it out
to every terminal through the changes feed.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.accounts import Action, Actor
from desk_app.domain.case import (
    FALSE_PROMISE_FOUND,
    FALSE_PROMISE_MEASURE,
    TRANSITIONS,
    CaseEvent,
    CaseState,
)
from desk_app.domain.credit import (
    CreditEvent,
    CreditEventKind,
    CreditGrade,
    CreditStatus,
    Finding,
    Measure,
    MeasureKind,
    ObjectionState,
    check_finding,
    check_measure,
    grade_by_code,
    grades_from_config,
)
from desk_app.domain.eligibility import CreditKind, CreditRecord
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.storage import audit, outbox
from desk_app.storage import settings as keys
from desk_app.storage.credit import CreditEventRow, events_for, record_by_uuid, records_for
from desk_app.storage.db import storage_errors
from desk_app.storage.models import CaseRow, CreditRecordRow

from .case_followup import LoadedCase, case_header, case_transaction, load_case, store_events
from .context import AppContext, Office

GRADES_KEY = "credit.grades"


def credit_grades(ctx: AppContext) -> tuple[CreditGrade, ...]:
    with ctx.db.session() as s:
        raw = keys.get(s, GRADES_KEY)
    try:
        return grades_from_config(json.loads(raw) if raw else None)
    except (ValueError, DomainError):
        return grades_from_config(None)  # a broken setting must not stop the counter


def set_credit_grades(ctx: AppContext, grades: Sequence[CreditGrade]) -> None:
    actor = ctx.require_actor()
    actor.require(Action.CHANGE_SETTINGS)
    raw = [{"code": g.code, "label": g.label, "excludes": g.excludes} for g in grades]
    grades_from_config(raw)  # same checks as reading
    with storage_errors(), ctx.db.session() as s, s.begin():
        keys.put(s, GRADES_KEY, json.dumps(raw, ensure_ascii=False))
        audit.append(s, actor, ctx.clock(), "settings.credit_grades", "setting", GRADES_KEY, raw)


def to_domain(row: CreditRecordRow, grades: Sequence[CreditGrade]) -> CreditRecord:
    """What eligibility sees: a graded record bars the route only if its grade says so."""
    excluding = next((g.excludes for g in grades if g.code == row.grade), None) if row.grade else None
    return CreditRecord(row.subject_id, CreditKind(row.kind), row.recorded_on, row.source, row.note,
                        row.repaired_on, row.voided_on, excluding)


def credit_records(ctx: AppContext, subject_id: str) -> list[CreditRecord]:
    grades = credit_grades(ctx)
    with ctx.db.session() as s:
        return [to_domain(r, grades) for r in records_for(s, subject_id)]


# -- outbox -----------------------------------------------------------------------------------

def record_snapshot(row: CreditRecordRow) -> dict[str, Any]:
    """The record as central publishes it (ChangeKind.CREDIT_RECORD payload)."""
    return {
        "uuid": row.uuid, "subject_id": row.subject_id, "subject_name": row.subject_name, "kind": row.kind,
        "recorded_on": row.recorded_on.isoformat(),
        "repaired_on": row.repaired_on.isoformat() if row.repaired_on else None,
        "voided_on": row.voided_on.isoformat() if row.voided_on else None,
        "source": row.source, "note": row.note, "grade": row.grade, "case_no": row.case_no,
    }


def _append_credit_event(s: Session, row: CreditRecordRow, ev: CreditEvent, actor: Actor, office: Office,
                         at: datetime) -> CreditEventRow:
    seq = len(events_for(s, row.uuid)) + 1
    event_row = CreditEventRow(
        uuid=str(uuidlib.uuid4()), record_uuid=row.uuid, subject_id=row.subject_id, seq=seq, kind=ev.kind.value,
        effective_on=ev.on, reason=ev.reason, documents=list(ev.documents), at=at, username=actor.username,
        terminal_code=office.terminal_code,
    )
    s.add(event_row)
    s.flush()
    wire = {"record": record_snapshot(row), "seq": seq, "event": ev.to_dict(), "at": at.isoformat(),
            "user": actor.username, "role": actor.role.value, "office": office.code,
            "terminal": office.terminal_code}
    audit.append(s, actor, at, f"credit.{ev.kind.value}", "credit_record", row.uuid, wire)
    if not office.training:
        outbox.enqueue(s, aggregate="credit_record", aggregate_id=row.uuid, kind=f"credit.{ev.kind.value}",
                       payload=wire, at=at, event_uuid=event_row.uuid)
    return event_row


# -- false promise ----------------------------------------------------------------------------

@dataclass(frozen=True)
class FalsePromise:
    case_no: str
    applicant_name: str
    subject_id: str
    facts: str
    found_on: date
    found_by: str
    grade: CreditGrade
    record_uuid: str
    measures: tuple[dict[str, Any], ...] = field(default=())
    concluded: bool = False


def _measures(loaded: LoadedCase) -> list[Measure]:
    return [Measure.from_dict(e.data["measure"]) for e in loaded.rows if e.kind == FALSE_PROMISE_MEASURE]


def _finding(loaded: LoadedCase) -> dict[str, Any] | None:
    return next((e.data for e in loaded.rows if e.kind == FALSE_PROMISE_FOUND), None)


def _measure_events(loaded: LoadedCase, measure: Measure, found_on: date, at: datetime) -> list[CaseEvent]:
    """The measure; 终止办理 also concludes the case where the lifecycle allows it (after a
    false verification result, or straight from acceptance)."""
    checked = check_measure(measure, _measures(loaded), found_on=found_on, concluded=loaded.case.concluded)
    events = [loaded.case.annotate(FALSE_PROMISE_MEASURE, at, measure=checked.to_dict(), label=checked.kind.label)]
    if checked.kind is MeasureKind.TERMINATE and CaseState.CONCLUDED in TRANSITIONS[loaded.case.state]:
        decision = f"终止办理（不实承诺，{checked.doc_no}）"
        events.append(loaded.case.conclude(at, decision, min(checked.on, at.date())))
    return events


def record_false_promise(
    ctx: AppContext, case_no: str, *, facts: str, found_on: date, found_by: str, grade: str,
    measures: Sequence[Measure] = (),
) -> FalsePromise:
    """Record the finding, its measures and the credit record, in one transaction."""
    office = ctx.office
    now = ctx.clock()
    grades = credit_grades(ctx)
    with case_transaction(ctx, case_no, Action.RECORD_FALSE_PROMISE) as (s, loaded, actor):
        row = loaded.row
        if row.path != "promise":
            raise DomainError(QT_TRANSLATE_NOOP("domain", "该案件按提交证明方式办理，没有承诺可认定为不实。"))
        finding = check_finding(Finding(row.case_no, facts, found_on, found_by, grade), grades,
                                accepted_on=row.created_at.date(), today=now.date())
        record_uuid = str(uuidlib.uuid4())
        found = loaded.case.annotate(FALSE_PROMISE_FOUND, now, **finding.to_dict(), record_uuid=record_uuid)
        events: list[CaseEvent] = [found]
        for m in measures:
            events += _measure_events(loaded, m, finding.found_on, now)
        store_events(s, loaded, events, actor, office)
        g = grade_by_code(grades, grade)
        record = CreditRecordRow(
            uuid=record_uuid, subject_id=row.doc_number, subject_name=row.applicant_name,
            kind=CreditKind.FALSE_PROMISE.value, recorded_on=finding.found_on, repaired_on=None, voided_on=None,
            source=office.name, note=f"不实承诺（案件 {row.case_no}，失信程度：{g.label}）", grade=g.code,
            case_no=row.case_no, created_at=now,
        )
        s.add(record)
        s.flush()
        _append_credit_event(s, record, CreditEvent(CreditEventKind.RECORDED, finding.found_on,
                                                    finding.facts[:200]), actor, office, now)
    return _stored(ctx, case_no)


def add_measure(ctx: AppContext, case_no: str, measure: Measure) -> FalsePromise:
    office = ctx.office
    now = ctx.clock()
    with case_transaction(ctx, case_no, Action.RECORD_FALSE_PROMISE) as (s, loaded, actor):
        finding = _finding(loaded)
        if finding is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "该案件尚未认定不实承诺。"))
        events = _measure_events(loaded, measure, date.fromisoformat(finding["found_on"]), now)
        store_events(s, loaded, events, actor, office)
    return _stored(ctx, case_no)


def _stored(ctx: AppContext, case_no: str) -> FalsePromise:
    found = false_promise_of(ctx, case_no)
    assert found is not None  # just written
    return found


def false_promise_of(ctx: AppContext, case_no: str) -> FalsePromise | None:
    grades = credit_grades(ctx)
    with ctx.db.session() as s:
        loaded = load_case(s, case_no)
        f = _finding(loaded)
        if f is None:
            return None
        try:
            grade = grade_by_code(grades, f["grade"])
        except DomainError:  # a grade since removed from the settings
            grade = CreditGrade(f["grade"], f["grade"], True)
        return FalsePromise(
            case_no=loaded.row.case_no, applicant_name=loaded.row.applicant_name, subject_id=loaded.row.doc_number,
            facts=f["facts"], found_on=date.fromisoformat(f["found_on"]), found_by=f["found_by"], grade=grade,
            record_uuid=f["record_uuid"],
            measures=tuple({**e.data["measure"], "label": e.data["label"]} for e in loaded.rows
                           if e.kind == FALSE_PROMISE_MEASURE),
            concluded=loaded.case.concluded,
        )


def false_promise_notice(ctx: AppContext, case_no: str) -> bytes:
    """The notice to the applicant (PDF), as the finding and its measures now stand."""
    fp = false_promise_of(ctx, case_no)
    if fp is None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "该案件尚未认定不实承诺。"))
    with ctx.db.session() as s:
        row = s.scalar(select(CaseRow).where(CaseRow.case_no == fp.case_no))
        assert row is not None
        header, training = case_header(row), row.training
    from desk_app.documents.followup import (
        render_false_promise_notice,  # reportlab: not at start-up
    )

    return render_false_promise_notice(
        header, facts=fp.facts, found_on=fp.found_on, grade_label=fp.grade.label, excludes=fp.grade.excludes,
        measures=list(fp.measures), training=training,
    )


# -- repair and objections --------------------------------------------------------------------

def _status(s: Session, row: CreditRecordRow) -> CreditStatus:
    """The record's state: the projection row, with objections from this terminal's events."""
    status = CreditStatus(recorded_on=row.recorded_on, repaired_on=row.repaired_on, voided_on=row.voided_on)
    for e in events_for(s, row.uuid):
        ev = CreditEvent(CreditEventKind(e.kind), e.effective_on, e.reason, tuple(e.documents))
        if ev.kind is not CreditEventKind.RECORDED:
            status = status.apply(ev)
        else:
            status = CreditStatus(status.recorded_on, status.repaired_on, status.voided_on, status.objection,
                                  status.history + (ev,))
    return status


def _credit_change(ctx: AppContext, record_uuid: str, action: Action, change: Any) -> None:
    actor = ctx.require_actor()
    actor.require(action)
    office = ctx.office
    now = ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        row = record_by_uuid(s, record_uuid)
        if row is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "未找到该信用记录。"))
        status, ev = change(_status(s, row), now.date())
        if ev.on > now.date():
            raise DomainError(QT_TRANSLATE_NOOP("domain", "日期不能晚于今天。"))
        row.repaired_on, row.voided_on = status.repaired_on, status.voided_on
        _append_credit_event(s, row, ev, actor, office, now)


def repair(ctx: AppContext, record_uuid: str, on: date, reason: str, documents: Sequence[str]) -> None:
    """Credit repair: eligibility restored from ``on``."""
    _credit_change(ctx, record_uuid, Action.MANAGE_CREDIT, lambda st, _: st.repair(on, reason, documents))


def file_objection(ctx: AppContext, record_uuid: str, on: date, reason: str, documents: Sequence[str]) -> None:
    _credit_change(ctx, record_uuid, Action.FILE_OBJECTION, lambda st, _: st.file_objection(on, reason, documents))


def decide_objection(ctx: AppContext, record_uuid: str, on: date, *, upheld: bool, reason: str,
                     documents: Sequence[str]) -> None:
    """Upheld: the record is void from ``on``; rejected: it stands."""
    _credit_change(ctx, record_uuid, Action.MANAGE_CREDIT,
                   lambda st, _: st.decide_objection(on, upheld, reason, documents))


# -- history ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryEvent:
    label: str
    on: date
    reason: str
    documents: tuple[str, ...]
    username: str
    at: datetime


@dataclass(frozen=True)
class HistoryRecord:
    uuid: str
    subject_id: str
    subject_name: str
    kind_label: str
    grade_label: str
    recorded_on: date
    source: str
    note: str
    case_no: str
    status_label: str
    objection: ObjectionState
    excludes_today: bool
    events: tuple[HistoryEvent, ...]
    repaired_on: date | None = None
    voided_on: date | None = None


def history(ctx: AppContext, subject_id: str) -> list[HistoryRecord]:
    """Every record of a person (ID number) or organisation (USCC), with its full history."""
    ctx.require_actor().require(Action.VIEW_CASES)
    subject = subject_id.strip().upper().replace(" ", "")
    if not subject:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "请输入证件号码或统一社会信用代码。"))
    grades = credit_grades(ctx)
    labels = {g.code: g.label for g in grades}
    today = ctx.clock().date()
    out = []
    with ctx.db.session() as s:
        for row in records_for(s, subject):
            status = _status(s, row)
            evs = tuple(HistoryEvent(CreditEventKind(e.kind).label, e.effective_on, e.reason, tuple(e.documents),
                                     e.username, e.at) for e in events_for(s, row.uuid))
            out.append(HistoryRecord(
                row.uuid, row.subject_id, row.subject_name, CreditKind(row.kind).label,
                labels.get(row.grade, row.grade), row.recorded_on, row.source, row.note, row.case_no,
                status.label, status.objection, to_domain(row, grades).excludes_on(today), evs,
                status.repaired_on, status.voided_on,
            ))
    return out

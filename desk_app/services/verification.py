"""Verification (核查) after acceptance: tasks, the verifier's queue, results and attachments.

A task is written in the transaction that accepts the case (``counter.finish_case``), and
lazily for accepted cases stored before tasks existed. Its method, due date and standard
come from the item's catalog rule alone (``domain/verification.py``); the rule is stored on
the task. A result moves the case through the domain lifecycle and is stored, audited and
queued for central like every case event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.domain.accounts import Action, Actor
from desk_app.domain.case import Case, CaseEvent, CaseState
from desk_app.domain.catalog import ProofItem, VerificationMethod
from desk_app.domain.eligibility import CreditKind, CreditRecord
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.domain.identity import mask_id, mask_name
from desk_app.domain.verification import (
    Bucket,
    VerificationResult,
    attachment_type,
    bucket,
    credit_standing,
    plan_task,
)
from desk_app.domain.workdays import WorkingDays
from desk_app.storage import audit, outbox
from desk_app.storage.db import storage_errors
from desk_app.storage.models import (
    CaseEventRow,
    CaseRow,
    CaseStatus,
    CatalogItemRow,
    CreditRecordRow,
)
from desk_app.storage.verification import (
    VerificationAttachmentRow,
    VerificationResultRow,
    VerificationTaskRow,
)
from desk_app.storage.workday_source import DatabaseCalendar

from .case_events import append_case_event
from .context import AppContext, Office

#: Cases that still await (or are under) verification get a task.
OPEN_FOR_TASKS = (CaseState.ACCEPTED.value, CaseState.VERIFYING.value)
TASK_AGGREGATE = "verification_task"


# -- writing a task -----------------------------------------------------------------------

def working_days(s: Session) -> WorkingDays:
    return WorkingDays(DatabaseCalendar(s))


def _standing(s: Session, doc_number: str, day: date) -> str:
    rows = s.scalars(select(CreditRecordRow).where(CreditRecordRow.subject_id == doc_number))
    return credit_standing(
        (CreditRecord(r.subject_id, CreditKind(r.kind), r.recorded_on, r.source, r.note, r.repaired_on)
         for r in rows if r.kind in CreditKind._value2member_map_),
        day,
    )


def enqueue_task_event(s: Session, office: Office, case_no: str, kind: str, payload: dict[str, Any], at: datetime) -> None:
    if not office.training:  # training data never leaves the terminal
        outbox.enqueue(s, aggregate=TASK_AGGREGATE, aggregate_id=f"{case_no}:verification", kind=kind,
                       payload=payload, at=at)


def create_task(s: Session, case: CaseRow, item: ProofItem, actor: Actor, office: Office,
                now: datetime) -> VerificationTaskRow:
    """Part of the caller's transaction: the task of an accepted promise case."""
    accepted_on = case.created_at.date()
    plan = plan_task(item, _standing(s, case.doc_number, accepted_on), accepted_on, working_days(s))
    row = VerificationTaskRow(
        case_id=case.id, item_code=item.code, item_version=item.version, method=plan.rule.method.value,
        accepted_on=accepted_on, due_on=plan.due_on, standard=plan.rule.standard, rule=plan.rule.to_dict(),
        calendar_warning=plan.calendar_warning, created_at=now, created_by=actor.username,
    )
    s.add(row)
    s.flush()
    content = {"case_no": case.case_no, "method": row.method, "accepted_on": accepted_on.isoformat(),
               "due_on": plan.due_on.isoformat() if plan.due_on else None, "rule": row.rule,
               "calendar_warning": plan.calendar_warning, "calendar_sources": list(plan.calendar_sources),
               "office": office.code, "terminal": office.terminal_code, "user": actor.username}
    # Audited here; central learns the task (rule, due date) with the verification events it carries.
    audit.append(s, actor, now, "verification.task_created", "case", case.case_no, content)
    return row


def catalog_item(s: Session, code: str, version: int) -> ProofItem:
    row = s.scalar(select(CatalogItemRow).where(CatalogItemRow.code == code, CatalogItemRow.version == version))
    if row is None:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "目录中缺少 {code} 第 {version} 版，无法确定核查规则。"), code=code, version=version))
    return ProofItem.from_dict(row.payload)


def ensure_tasks(ctx: AppContext) -> int:
    """Tasks for accepted promise cases that have none yet (cases stored before tasks existed)."""
    actor = ctx.require_actor()
    actor.require(Action.VERIFY_CASES)
    office, now = ctx.office, ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        missing = list(s.scalars(
            select(CaseRow).join(CaseStatus, CaseStatus.case_id == CaseRow.id)
            .outerjoin(VerificationTaskRow, VerificationTaskRow.case_id == CaseRow.id)
            .where(CaseRow.path == "promise", CaseStatus.state.in_(OPEN_FOR_TASKS), VerificationTaskRow.id.is_(None))
        ))
        for case in missing:
            create_task(s, case, catalog_item(s, case.item_code, case.item_version), actor, office, now)
        return len(missing)


# -- reading the queue --------------------------------------------------------------------

@dataclass(frozen=True)
class TaskView:
    case_no: str
    item_code: str
    item_version: int
    proof_item: str
    method: VerificationMethod
    accepted_on: date
    due_on: date | None
    bucket: Bucket
    state: CaseState
    rule_text: str
    standard: str
    assisting_unit: str | None
    calendar_warning: str
    name_masked: str
    doc_masked: str
    result: VerificationResult | None
    working_days_left: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "case_no": self.case_no, "item_code": self.item_code, "proof_item": self.proof_item,
            "method": self.method.value, "accepted_on": self.accepted_on.isoformat(),
            "due_on": self.due_on.isoformat() if self.due_on else None, "bucket": self.bucket.value,
            "state": self.state.value, "result": self.result.value if self.result else None,
            "applicant": self.name_masked, "rule": self.rule_text, "calendar_warning": self.calendar_warning,
        }


def _latest_results(s: Session) -> dict[int, str]:
    newest = select(func.max(VerificationResultRow.id)).group_by(VerificationResultRow.task_id)
    rows = s.execute(select(VerificationResultRow.task_id, VerificationResultRow.result)
                     .where(VerificationResultRow.id.in_(newest)))
    return {task_id: result for task_id, result in rows}


def task_queue(ctx: AppContext, *, method: VerificationMethod | None = None, item_code: str | None = None,
               include_done: bool = False, include_exempt: bool = False) -> list[TaskView]:
    """The verifier's queue, overdue first, then due today, then upcoming (by due date)."""
    ctx.require_actor().require(Action.VERIFY_CASES)
    ensure_tasks(ctx)
    today = ctx.clock().date()
    order = {Bucket.OVERDUE: 0, Bucket.TODAY: 1, Bucket.UPCOMING: 2, Bucket.DONE: 3, Bucket.EXEMPT: 4}
    with ctx.db.session() as s:
        q = (select(VerificationTaskRow, CaseRow, CaseStatus.state, CatalogItemRow.proof_item)
             .join(CaseRow, CaseRow.id == VerificationTaskRow.case_id)
             .join(CaseStatus, CaseStatus.case_id == CaseRow.id)
             .outerjoin(CatalogItemRow, (CatalogItemRow.code == VerificationTaskRow.item_code)
                        & (CatalogItemRow.version == VerificationTaskRow.item_version)))
        if method is not None:
            q = q.where(VerificationTaskRow.method == method.value)
        if item_code:
            q = q.where(VerificationTaskRow.item_code == item_code)
        results = _latest_results(s)
        days = working_days(s)
        views = []
        for task, case, state, proof in s.execute(q):
            result = VerificationResult(results[task.id]) if task.id in results else None
            # A case withdrawn or concluded without a result needs no more checking either.
            b = bucket(task.due_on, result is not None or state not in OPEN_FOR_TASKS, today)
            if (b is Bucket.DONE and not include_done) or (b is Bucket.EXEMPT and not include_exempt
                                                           and method is not VerificationMethod.EXEMPT):
                continue
            left = days.between(today, task.due_on) if task.due_on and result is None else None
            views.append(TaskView(
                case.case_no, task.item_code, task.item_version, proof or "", VerificationMethod(task.method),
                task.accepted_on, task.due_on, b, CaseState(state), task.rule.get("text", ""), task.standard,
                task.rule.get("assisting_unit"), task.calendar_warning, mask_name(case.applicant_name),
                mask_id(case.doc_number), result, left,
            ))
    views.sort(key=lambda v: (order[v.bucket], v.due_on or date.max, v.case_no))
    return views


def overdue_count(ctx: AppContext) -> int:
    return sum(v.bucket is Bucket.OVERDUE for v in task_queue(ctx))


# -- recording a result -------------------------------------------------------------------

@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes


@dataclass(frozen=True)
class StoredAttachment:
    id: int
    filename: str
    mime: str
    size: int
    sha256: str


@dataclass
class TaskRecord:
    view: TaskView
    results: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[StoredAttachment] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)


def check_attachments(attachments: Sequence[Attachment]) -> list[tuple[Attachment, str]]:
    """Type and size of every attachment, before anything is written (nothing is lost on refusal)."""
    from desk_app.domain.verification import MAX_ATTACHMENTS

    if len(attachments) > MAX_ATTACHMENTS:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "一次最多上传 {n} 个附件。"), n=MAX_ATTACHMENTS))
    return [(a, attachment_type(a.filename, a.content)) for a in attachments]


def store_attachments(s: Session, task_id: int, owner: str, owner_id: int, checked: list[tuple[Attachment, str]],
                      now: datetime) -> list[dict[str, Any]]:
    stored = []
    for a, mime in checked:
        sha = hashlib.sha256(a.content).hexdigest()
        name = a.filename.replace("\\", "/").rsplit("/", 1)[-1][:255] or "附件"
        s.add(VerificationAttachmentRow(task_id=task_id, owner=owner, owner_id=owner_id, filename=name, mime=mime,
                                        size=len(a.content), sha256=sha, content=a.content, at=now))
        stored.append({"filename": name, "mime": mime, "size": len(a.content), "sha256": sha})
    return stored


def task_for_case(s: Session, case_no: str, ctx: AppContext, actor: Actor, now: datetime) -> tuple[CaseRow,
                                                                                                VerificationTaskRow]:
    case = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no.strip().upper()))
    if case is None:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "没有找到案件 {case_no}。"), case_no=case_no))
    if case.path != "promise":
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 按提交证明办理，没有需要核查的承诺。"), case_no=case.case_no))
    task = s.scalar(select(VerificationTaskRow).where(VerificationTaskRow.case_id == case.id))
    if task is None:
        task = create_task(s, case, catalog_item(s, case.item_code, case.item_version), actor, ctx.office, now)
    return case, task


def _replay(s: Session, case: CaseRow) -> tuple[Case, int]:
    events = list(s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case.id).order_by(CaseEventRow.seq)))
    return Case.replay([
        CaseEvent(e.kind, CaseState(e.from_state) if e.from_state else None, CaseState(e.to_state), e.at, e.data)
        for e in events
    ]), len(events)


def record_result(ctx: AppContext, case_no: str, result: VerificationResult, note: str = "",
                  attachments: Sequence[Attachment] = ()) -> CaseState:
    """属实 / 不实 / 无法核查, with notes and scanned attachments; returns the case's new state."""
    actor = ctx.require_actor()
    actor.require(Action.VERIFY_CASES)
    note = note.strip()
    if result is not VerificationResult.TRUE and not note:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "核查结果为“{label}”时须写明核查情况。"), label=fmt(result.label)))
    checked = check_attachments(attachments)
    office, now = ctx.office, ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        case, task = task_for_case(s, case_no, ctx, actor, now)
        lifecycle, seq = _replay(s, case)
        planned: list[CaseEvent] = []
        if lifecycle.state is CaseState.ACCEPTED:
            planned.append(lifecycle.start_verification(now))
        if result is VerificationResult.UNVERIFIABLE:
            planned.append(lifecycle.record_unverifiable(now, note=note))
        else:
            planned.append(lifecycle.record_verification(now, true=result is VerificationResult.TRUE, note=note))
        row = VerificationResultRow(task_id=task.id, result=result.value, note=note, at=now, username=actor.username)
        s.add(row)
        s.flush()
        stored = store_attachments(s, task.id, "result", row.id, checked, now)
        extra = {"verification": {"task_method": task.method, "due_on": task.due_on.isoformat() if task.due_on
                                  else None, "rule": task.rule, "attachments": stored}}
        for n, ev in enumerate(planned, start=seq + 1):
            append_case_event(s, case, n, ev, actor, office, extra if ev is planned[-1] else None)
        status = s.get(CaseStatus, case.id)
        assert status is not None  # written with the case
        status.state = lifecycle.state.value
        status.last_seq = seq + len(planned)
        status.updated_at = now
        return lifecycle.state


def task_record(ctx: AppContext, case_no: str) -> TaskRecord:
    """One task with its results, attachments (metadata) and assisted-check correspondence."""
    from desk_app.storage.verification import AssistAnswerRow, AssistRequestRow

    found = [v for v in task_queue(ctx, include_done=True, include_exempt=True)
             if v.case_no == case_no.strip().upper()]
    if not found:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 没有核查任务。"), case_no=case_no))
    record = TaskRecord(found[0])
    with ctx.db.session() as s:
        task = s.scalar(select(VerificationTaskRow).join(CaseRow, CaseRow.id == VerificationTaskRow.case_id)
                        .where(CaseRow.case_no == found[0].case_no))
        assert task is not None
        record.results = [
            {"result": r.result, "note": r.note, "at": r.at, "user": r.username}
            for r in s.scalars(select(VerificationResultRow).where(VerificationResultRow.task_id == task.id)
                               .order_by(VerificationResultRow.id))
        ]
        record.attachments = [
            StoredAttachment(a.id, a.filename, a.mime, a.size, a.sha256)
            for a in s.scalars(select(VerificationAttachmentRow).where(VerificationAttachmentRow.task_id == task.id)
                               .order_by(VerificationAttachmentRow.id))
        ]
        for req in s.scalars(select(AssistRequestRow).where(AssistRequestRow.task_id == task.id)
                             .order_by(AssistRequestRow.id)):
            answers = [{"kind": a.kind, "text": a.text, "received_on": a.received_on}
                       for a in s.scalars(select(AssistAnswerRow).where(AssistAnswerRow.request_id == req.id))]
            record.requests.append({"id": req.id, "office": req.office, "answer_due_on": req.answer_due_on,
                                    "at": req.at, "answers": answers})
    return record


def attachment_content(ctx: AppContext, attachment_id: int) -> tuple[str, bytes]:
    ctx.require_actor().require(Action.VERIFY_CASES)
    with ctx.db.session() as s:
        row = s.get(VerificationAttachmentRow, attachment_id)
        if row is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "附件不存在。"))
        return row.filename, row.content

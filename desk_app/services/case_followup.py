"""After the counter: withdrawal of the promise, conclusion (办结) and correction records.

Each is a new case event written with its audit entry and outbox row (``append_case_event``)
and the ``case_status`` projection in one transaction. The signed letter is never touched:
a correction is a linked record carrying the reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.accounts import Action, Actor
from desk_app.domain.case import CORRECTED, Case, CaseEvent, CaseState, CertificateReason
from desk_app.domain.credit import check_correction
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.storage import audit
from desk_app.storage.db import storage_errors
from desk_app.storage.models import CaseEventRow, CaseRow, CaseStatus

from .case_events import append_case_event
from .context import AppContext, Office


@dataclass
class LoadedCase:
    row: CaseRow
    case: Case
    rows: list[CaseEventRow]

    @property
    def next_seq(self) -> int:
        return len(self.rows) + 1



if TYPE_CHECKING:  # reportlab loads when a record is printed, not at start-up
    from desk_app.documents.followup import CaseHeader

def load_case(s: Session, case_no: str) -> LoadedCase:
    row = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no.strip().upper()))
    if row is None:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "未找到案件 {case_no}。"), case_no=case_no))
    rows = list(s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id).order_by(CaseEventRow.seq)))
    case = Case.replay([
        CaseEvent(e.kind, CaseState(e.from_state) if e.from_state else None, CaseState(e.to_state), e.at, e.data)
        for e in rows
    ])
    return LoadedCase(row, case, rows)


def store_events(s: Session, loaded: LoadedCase, events: list[CaseEvent], actor: Actor, office: Office) -> None:
    """Append events (already applied to ``loaded.case``) and move the status projection."""
    for ev in events:
        loaded.rows.append(append_case_event(s, loaded.row, loaded.next_seq, ev, actor, office))
    status = s.get(CaseStatus, loaded.row.id)
    assert status is not None  # written with the case
    status.state = loaded.case.state.value
    status.last_seq = len(loaded.rows)
    status.updated_at = events[-1].at


@contextmanager
def case_transaction(ctx: AppContext, case_no: str, action: Action) -> Iterator[tuple[Session, LoadedCase, Actor]]:
    actor = ctx.require_actor()
    actor.require(action)
    with storage_errors(), ctx.db.session() as s, s.begin():
        yield s, load_case(s, case_no), actor


def case_header(row: CaseRow) -> CaseHeader:
    from desk_app.documents.followup import CaseHeader

    p: dict[str, Any] = row.payload
    return CaseHeader(
        case_no=row.case_no, office_name=p["office"]["name"], office_phone=p["office"]["window_phone"],
        matter=p["item"]["matter"], proof_item=p["item"]["proof_item"], applicant_name=row.applicant_name,
        doc_label=p.get("applicant_doc_label", "证件号码"), doc_number=row.doc_number,
        accepted_on=row.created_at.date(),
    )


# -- withdrawal -------------------------------------------------------------------------------

def withdraw(ctx: AppContext, case_no: str, reason: str) -> bytes:
    """The applicant withdraws the promise before conclusion; the case continues on the
    certificate path. Returns the printable withdrawal record (PDF, two copies)."""
    office = ctx.office
    now = ctx.clock()
    with case_transaction(ctx, case_no, Action.FOLLOW_UP_CASE) as (s, loaded, actor):
        if loaded.row.path != "promise":
            raise DomainError(QT_TRANSLATE_NOOP("domain", "该案件按提交证明方式办理，没有可撤回的承诺。"))
        withdrawn = loaded.case.withdraw(now, reason)
        onward = loaded.case.choose_certificate(now, CertificateReason.WITHDRAWN, withdrawn.data["reason"])
        store_events(s, loaded, [withdrawn, onward], actor, office)
        row = loaded.row
    return withdrawal_record(ctx, row.case_no)


def _withdrawal_event(loaded: LoadedCase) -> CaseEventRow:
    for e in loaded.rows:
        if e.kind == "withdrawn":
            return e
    raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 没有撤回承诺的记录。"), case_no=loaded.row.case_no))


def withdrawal_record(ctx: AppContext, case_no: str) -> bytes:
    """The withdrawal record as stored (reprintable; the same bytes every time)."""
    ctx.require_actor().require(Action.VIEW_CASES)
    with ctx.db.session() as s:
        loaded = load_case(s, case_no)
        ev = _withdrawal_event(loaded)
        header = case_header(loaded.row)
        from desk_app.documents.followup import render_withdrawal_record

        return render_withdrawal_record(
            header, reason=ev.data["reason"], withdrawn_on=ev.at.date(), clerk=ev.username,
            training=loaded.row.training,
        )


# -- conclusion -------------------------------------------------------------------------------

def conclude(ctx: AppContext, case_no: str, decision: str, on: date | None = None) -> None:
    office = ctx.office
    now = ctx.clock()
    with case_transaction(ctx, case_no, Action.FOLLOW_UP_CASE) as (s, loaded, actor):
        store_events(s, loaded, [loaded.case.conclude(now, decision, on)], actor, office)


# -- correction -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Correction:
    seq: int
    at: str
    username: str
    field_label: str
    old: str
    new: str
    reason: str


def correct(ctx: AppContext, case_no: str, field: str, old: str, new: str, reason: str) -> None:
    """A linked correction record; the case row and the signed letter stay as they are."""
    office = ctx.office
    now = ctx.clock()
    data = check_correction(field, old, new, reason)
    with case_transaction(ctx, case_no, Action.FOLLOW_UP_CASE) as (s, loaded, actor):
        store_events(s, loaded, [loaded.case.annotate(CORRECTED, now, **data)], actor, office)


def corrections(ctx: AppContext, case_no: str) -> list[Correction]:
    with ctx.db.session() as s:
        loaded = load_case(s, case_no)
        return [Correction(e.seq, e.at.isoformat(sep=" "), e.username, e.data["field_label"], e.data["old"],
                           e.data["new"], e.data["reason"]) for e in loaded.rows if e.kind == CORRECTED]


def record_document_print(ctx: AppContext, case_no: str, document: str, pdf: bytes) -> None:
    """Audit a print or export of a follow-up document (never a new record)."""
    actor = ctx.require_actor()
    with storage_errors(), ctx.db.session() as s, s.begin():
        audit.append(s, actor, ctx.clock(), f"document.{document}.printed", "case", case_no,
                     {"sha256": hashlib.sha256(pdf).hexdigest()})

"""Assisted checks (协助核查): the formal request to another office, and its written answer.

The request is printed as a PDF and kept; the other office answers in writing or refuses in
writing with reasons — both are recorded with the scanned letter. Audited, and queued for
central in the same transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from desk_app.domain.accounts import Action
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.domain.identity import mask_id, mask_name
from desk_app.storage import audit
from desk_app.storage.db import storage_errors
from desk_app.storage.verification import AssistAnswerRow, AssistRequestRow

from .context import AppContext
from .verification import (
    Attachment,
    catalog_item,
    check_attachments,
    enqueue_task_event,
    store_attachments,
    task_for_case,
    working_days,
)

DEFAULT_ANSWER_DAYS = 10


@dataclass(frozen=True)
class IssuedRequest:
    request_id: int
    pdf: bytes
    answer_due_on: date
    calendar_warning: str


def issue_request(ctx: AppContext, case_no: str, *, contact_name: str, contact_phone: str,
                  to_office: str | None = None, answer_days: int = DEFAULT_ANSWER_DAYS,
                  reveal_identity: bool = False) -> IssuedRequest:
    """Render, store and audit a 协助核查函. The applicant is masked unless ``reveal_identity``
    (the other office needs the full number to check: admins only, audited)."""
    actor = ctx.require_actor()
    actor.require(Action.VERIFY_CASES)
    if reveal_identity:
        actor.require(Action.EXPORT_PERSONAL_DATA)
    if not contact_name.strip() or not contact_phone.strip():
        raise DomainError(QT_TRANSLATE_NOOP("domain", "协助核查函须写明联系人和联系电话。"))
    if not 1 <= answer_days <= 60:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "回复期限应为1至60个工作日。"))
    from desk_app.documents.assist_request import AssistRequest, render_assist_request

    office, now = ctx.office, ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        case, task = task_for_case(s, case_no, ctx, actor, now)
        item = catalog_item(s, task.item_code, task.item_version)
        target = (to_office or task.rule.get("assisting_unit") or item.verification.assisting_unit or "").strip()
        if not target:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "请写明被请求协助核查的单位。"))
        due = working_days(s).add(now.date(), answer_days)
        count = s.scalar(select(func.count()).select_from(AssistRequestRow).where(AssistRequestRow.task_id == task.id)) or 0
        request = AssistRequest(
            request_no=f"{case.case_no}-XC{count + 1:02d}", to_office=target, from_office=office.name,
            case_no=case.case_no, matter=item.matter, proof_item=item.proof_item,
            applicant=case.applicant_name if reveal_identity else mask_name(case.applicant_name),
            applicant_doc=case.doc_number if reveal_identity else mask_id(case.doc_number),
            accepted_on=task.accepted_on, what_to_check=(item.proof_content, *item.conditions),
            standard=task.standard, legal_basis=item.legal_basis, answer_days=answer_days,
            answer_due_on=due.day, contact_name=contact_name.strip(), contact_phone=contact_phone.strip(),
            issued_on=now.date(), calendar_warning=due.warning,
        )
        pdf = render_assist_request(request)
        sha = hashlib.sha256(pdf).hexdigest()
        row = AssistRequestRow(task_id=task.id, office=target, answer_due_on=due.day,
                               contact=f"{request.contact_name} {request.contact_phone}", sha256=sha, pdf=pdf,
                               at=now, username=actor.username)
        s.add(row)
        s.flush()
        content = {"case_no": case.case_no, "request_no": request.request_no, "to_office": target,
                   "answer_due_on": due.day.isoformat(), "sha256": sha, "identity_revealed": reveal_identity,
                   "user": actor.username, "office": office.code, "terminal": office.terminal_code}
        audit.append(s, actor, now, "verification.assist_requested", "case", case.case_no, content)
        enqueue_task_event(s, office, case.case_no, "verification.assist_requested", content, now)
        return IssuedRequest(row.id, pdf, due.day, due.warning)


def record_answer(ctx: AppContext, request_id: int, *, refused: bool, text: str, received_on: date,
                  attachments: Sequence[Attachment] = ()) -> None:
    """The other office's written answer, or its written refusal with reasons."""
    actor = ctx.require_actor()
    actor.require(Action.VERIFY_CASES)
    text = text.strip()
    if not text:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "请录入对方单位书面拒绝协助的理由。") if refused
                          else QT_TRANSLATE_NOOP("domain", "请录入对方单位的书面回复内容。"))
    if received_on > ctx.clock().date():
        raise DomainError(QT_TRANSLATE_NOOP("domain", "收到回复的日期不能晚于今天。"))
    checked = check_attachments(attachments)
    office, now = ctx.office, ctx.clock()
    with storage_errors(), ctx.db.session() as s, s.begin():
        request = s.get(AssistRequestRow, request_id)
        if request is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "没有找到该协助核查函。"))
        row = AssistAnswerRow(request_id=request.id, kind="refusal" if refused else "answer", text=text,
                              received_on=received_on, at=now, username=actor.username)
        s.add(row)
        s.flush()
        stored = store_attachments(s, request.task_id, "answer", row.id, checked, now)
        from desk_app.storage.models import CaseRow
        from desk_app.storage.verification import VerificationTaskRow

        case_no = s.scalar(select(CaseRow.case_no).join(VerificationTaskRow, VerificationTaskRow.case_id == CaseRow.id)
                           .where(VerificationTaskRow.id == request.task_id)) or ""
        content = {"case_no": case_no, "request_id": request.id, "kind": row.kind, "text": text,
                   "received_on": received_on.isoformat(), "attachments": stored,
                   "user": actor.username, "office": office.code, "terminal": office.terminal_code}
        audit.append(s, actor, now, f"verification.assist_{row.kind}", "case", case_no, content)
        enqueue_task_event(s, office, case_no, f"verification.assist_{row.kind}", content, now)


def request_pdf(ctx: AppContext, request_id: int) -> bytes:
    ctx.require_actor().require(Action.VERIFY_CASES)
    with ctx.db.session() as s:
        row = s.get(AssistRequestRow, request_id)
        if row is None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "没有找到该协助核查函。"))
        return row.pdf

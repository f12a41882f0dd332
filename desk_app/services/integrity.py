"""`desk-app verify`: the audit chain, every letter and every case record, checked end to end.

Catches a changed byte in a stored letter, an edited case, a deleted or altered audit entry
(a gap, a broken link, or case events that have lost their audit entries — which also covers
deleting the newest entries of the chain for a case), and an altered PDF file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.domain.accounts import Action
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.storage import audit
from desk_app.storage.models import AuditEntry, CaseEventRow, CaseRow, DocumentRow

from .context import AppContext
from .letters import LetterCheck, verify_pdf


@dataclass(frozen=True)
class Finding:
    what: str       # audit | letter | case | events
    where: str      # entry seq, case number …
    message: str


@dataclass(frozen=True)
class IntegrityReport:
    audit_entries: int
    letters: int
    cases: int
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings


def verify_store(ctx: AppContext) -> IntegrityReport:
    ctx.require_actor().require(Action.AUDIT)
    findings: list[Finding] = []
    with ctx.db.session() as s:
        broken = audit.verify_chain(s)
        if broken is not None:
            findings.append(Finding("audit", str(broken), fmt(QT_TRANSLATE_NOOP("domain", "审计日志第 {broken} 条起链条断裂（记录被改动或删除）。"), broken=broken)))
        entries = s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc()).limit(1)) or 0
        logged = {
            (entity_id, action)
            for entity_id, action in s.execute(
                select(AuditEntry.entity_id, AuditEntry.action).where(AuditEntry.entity == "case")
            )
        }
        cases = 0
        for case in s.scalars(select(CaseRow).order_by(CaseRow.id)):
            cases += 1
            if audit.canonical_digest(case.payload) != case.payload_digest:
                findings.append(Finding("case", case.case_no, fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 的存储内容与签署时的摘要不符。"), case_no=case.case_no)))
            kinds = s.scalars(select(CaseEventRow.kind).where(CaseEventRow.case_id == case.id))
            for kind in kinds:
                if (case.case_no, f"case.{kind}") not in logged:
                    findings.append(Finding("events", case.case_no,
                                            fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 的“{kind}”事件没有对应的审计记录（审计日志被删改）。"),
                                                case_no=case.case_no, kind=kind)))
        letters = 0
        for case_no, sha, content in s.execute(
            select(CaseRow.case_no, DocumentRow.sha256, DocumentRow.content)
            .join(DocumentRow, DocumentRow.case_id == CaseRow.id).order_by(DocumentRow.id)
        ):
            letters += 1
            if hashlib.sha256(content).hexdigest() != sha:
                findings.append(Finding("letter", case_no, fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 存档的告知承诺书已被改动。"), case_no=case_no)))
            elif (case_no, "letter.rendered") in logged and not _letter_logged(s, case_no, sha):
                findings.append(Finding("letter", case_no, fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 存档的告知承诺书与审计记录不符。"), case_no=case_no)))
    return IntegrityReport(entries, letters, cases, findings)


def _letter_logged(s, case_no: str, sha: str) -> bool:  # type: ignore[no-untyped-def]
    digest = audit.canonical_digest({"sha256": sha})
    return s.scalar(
        select(AuditEntry.seq).where(AuditEntry.entity_id == case_no, AuditEntry.action == "letter.rendered",
                                     AuditEntry.content_digest == digest)
    ) is not None


def verify_file(ctx: AppContext, data: bytes) -> LetterCheck:
    ctx.require_actor().require(Action.VIEW_CASES)
    return verify_pdf(ctx, data)

"""核验告知承诺书: a paper letter's QR payload against the record, with a clear verdict."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select

from desk_app.domain.accounts import Action
from desk_app.domain.case import CaseState
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.storage import audit
from desk_app.storage.models import CaseRow, CaseStatus

from .context import AppContext


class Verdict(StrEnum):
    MATCH = "match"          # the letter is what was signed
    MISMATCH = "mismatch"    # the case exists but the letter (or the record) differs
    UNKNOWN = "unknown"      # not one of our codes, or no such case here

    @property
    def label(self) -> str:
        return {"match": QT_TRANSLATE_NOOP("domain", "一致"), "mismatch": QT_TRANSLATE_NOOP("domain", "不一致"), "unknown": QT_TRANSLATE_NOOP("domain", "无法核验")}[self.value]


@dataclass(frozen=True)
class LetterVerdict:
    verdict: Verdict
    message: str
    case_no: str | None = None
    state: CaseState | None = None
    digest_ok: bool | None = None     # the QR digest equals the record's digest
    record_ok: bool | None = None     # the stored record still hashes to its digest
    paper_confirmed: bool | None = None
    training: bool | None = None


def check_letter(ctx: AppContext, text: str) -> LetterVerdict:
    """Check the QR text (``DESKAPP1|case|digest``) scanned or pasted from a paper letter."""
    from desk_app.documents.codes import parse_qr_text

    ctx.require_actor().require(Action.VIEW_CASES)
    parsed = parse_qr_text(text.strip())
    if parsed is None:
        return LetterVerdict(Verdict.UNKNOWN, QT_TRANSLATE_NOOP("domain",
            "这不是本系统告知承诺书上的二维码内容：请扫描文书右上角的二维码。"))
    case_no, digest = parsed
    with ctx.db.session() as s:
        found = s.execute(
            select(CaseRow, CaseStatus).join(CaseStatus, CaseStatus.case_id == CaseRow.id)
            .where(CaseRow.case_no == case_no)
        ).first()
        if found is None:
            return LetterVerdict(Verdict.UNKNOWN, fmt(QT_TRANSLATE_NOOP("domain", "本终端没有案件 {case_no} 的记录（可能在其他终端受理，请到中心核验）。"),
                                     case_no=case_no),
                                 case_no=case_no)
        row, status = found
        record_ok = audit.canonical_digest(row.payload) == row.payload_digest
        digest_ok = digest == row.payload_digest
        state = CaseState(status.state)
        facts = dict(case_no=case_no, state=state, digest_ok=digest_ok, record_ok=record_ok,
                     paper_confirmed=bool(status.paper_confirmed), training=bool(row.training))
    if not record_ok:
        return LetterVerdict(Verdict.MISMATCH, fmt(QT_TRANSLATE_NOOP("domain", "案件 {case_no} 的存储记录已被改动，与签署时不一致：请报告管理员。"),
                                 case_no=case_no),
                             **facts)  # type: ignore[arg-type]
    if not digest_ok:
        return LetterVerdict(Verdict.MISMATCH, fmt(QT_TRANSLATE_NOOP("domain", "文书与案件 {case_no} 的记录不符：该文书可能是伪造或被改动的。"),
                                 case_no=case_no),
                             **facts)  # type: ignore[arg-type]
    note = fmt(QT_TRANSLATE_NOOP("domain", "，当前状态：{state}"), state=fmt(state.label))
    if state in (CaseState.WITHDRAWN, CaseState.VERIFIED_FALSE):
        note = fmt(QT_TRANSLATE_NOOP("domain", "{note}（注意：该承诺已撤回或核查不实）"), note=note)
    if facts["training"]:
        note = fmt(QT_TRANSLATE_NOOP("domain", "{note}；培训数据，不具法律效力"), note=note)
    message = fmt(QT_TRANSLATE_NOOP("domain", "文书与案件 {case_no} 的记录一致{note}。"), case_no=case_no, note=note)
    return LetterVerdict(Verdict.MATCH, message, **facts)  # type: ignore[arg-type]

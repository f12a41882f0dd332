"""The counter flow as use cases: check eligibility, then finish a case in one transaction."""

from __future__ import annotations

import hashlib
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desk_app.domain.accounts import Action
from desk_app.domain.applicant import DOCUMENT_LABELS, Agent, Applicant, ApplicantKind
from desk_app.domain.case import Case, CaseEvent, CaseState, CertificateReason, format_case_no
from desk_app.domain.catalog import ProofItem
from desk_app.domain.eligibility import CreditRecord, Eligibility, check_eligibility
from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt
from desk_app.domain.notice import LETTER_LANGUAGES, LETTER_ZH, letter_languages
from desk_app.domain.signature import ProxySigner, Stroke, check_signature
from desk_app.storage import audit
from desk_app.storage.db import storage_errors
from desk_app.storage.models import (
    CaseRow,
    CaseStatus,
    DayCounter,
    DocumentRow,
    SignatureRow,
)

from .case_events import append_case_event
from .catalog import check_in_force, touch_recent
from .context import AppContext
from .credit import credit_records
from .letters import seal_png
from .verification import create_task

OPEN_STATES = {
    CaseState.DRAFT, CaseState.NOTIFIED, CaseState.SIGNED, CaseState.ACCEPTED, CaseState.VERIFYING,
}


@dataclass
class SignatureInput:
    strokes: list[Stroke]
    width: int
    height: int


@dataclass
class CaseDraft:
    """What the wizard has gathered so far; nothing is stored until :func:`finish_case`."""

    started_at: datetime
    item: ProofItem | None = None
    path: str = "promise"  # promise | certificate
    applicant: Applicant | None = None
    agent: Agent | None = None
    eligibility: Eligibility | None = None
    certificate_reason: CertificateReason | None = None
    certificate_detail: str = ""
    notice_given: bool = False
    read_aloud: bool = False
    publication_consent: bool | None = None
    signature: SignatureInput | None = None
    #: 代签: the applicant cannot write; this person signs for them, the applicant adds a fingerprint.
    proxy_signer: ProxySigner | None = None
    #: How the notice was read aloud: "" (by the clerk, or not at all) or "speech" (text-to-speech).
    read_aloud_by: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    letter_language: str = LETTER_ZH  # "zh-bo": notice and letter 汉藏, at the applicant's request


@dataclass(frozen=True)
class FinishedCase:
    case_no: str
    state: CaseState
    letter_pdf: bytes | None
    payload_digest: str


def credit_records_for(ctx: AppContext, subject_id: str) -> list[CreditRecord]:
    """Local and pulled records, with grades, repairs and voided objections applied."""
    return credit_records(ctx, subject_id)


def open_cases_for(ctx: AppContext, doc_number: str, item_code: str) -> list[str]:
    with ctx.db.session() as s:
        rows = s.execute(
            select(CaseRow.case_no, CaseStatus.state)
            .join(CaseStatus, CaseStatus.case_id == CaseRow.id)
            .where(CaseRow.doc_number == doc_number, CaseRow.item_code == item_code)
        )
        return [no for no, state in rows if CaseState(state) in OPEN_STATES]


def assess(ctx: AppContext, item: ProofItem, applicant: Applicant) -> Eligibility:
    """Eligibility against the local credit records, plus the duplicate warning."""
    return check_eligibility(
        applicant.doc_number,
        credit_records_for(ctx, applicant.doc_number),
        ctx.clock().date(),
        open_cases_same_item=open_cases_for(ctx, applicant.doc_number, item.code),
    )


def _digest(payload: dict[str, Any]) -> str:
    return audit.canonical_digest(payload)


def _plan_events(draft: CaseDraft, now: datetime) -> list[CaseEvent]:
    """Run the draft through the domain lifecycle; each step is a stored event."""
    data: dict[str, Any] = {"item_code": draft.item.code if draft.item else None}
    if draft.letter_language != LETTER_ZH:  # recorded only when chosen: zh cases stay as they were
        data["letter_language"] = draft.letter_language
    case, created = Case.start(now, **data)
    events = [created]
    if draft.path == "certificate":
        reason = draft.certificate_reason or CertificateReason.APPLICANT_CHOICE
        if reason is CertificateReason.PUBLICATION_REFUSED:
            events.append(case.mark_notified(now, read_aloud=draft.read_aloud))
        events.append(case.choose_certificate(now, reason, draft.certificate_detail))
        return events
    if not draft.notice_given:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "尚未完成一次性告知：请向申请人完整告知后再继续。"))
    events.append(case.mark_notified(now, read_aloud=draft.read_aloud))
    events.append(case.mark_signed(now, publication_consent=draft.publication_consent))
    events.append(case.mark_accepted(now))
    return events


def _validate(draft: CaseDraft) -> None:
    if draft.item is None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "请选择证明事项。"))
    if draft.applicant is None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "请填写申请人身份信息。"))
    if draft.letter_language not in letter_languages(draft.item):
        if draft.letter_language in LETTER_LANGUAGES:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "本事项没有{language}文本，请选择汉文告知承诺书。"), language=fmt(LETTER_LANGUAGES[draft.letter_language])))
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "未知的告知书语言“{letter_language}”。"), letter_language=draft.letter_language))
    if draft.path != "promise":
        return
    item = draft.item
    if draft.eligibility is None or not draft.eligibility.eligible:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "申请人不适用告知承诺制，应转为提交证明办理。"))
    if draft.agent is not None and not item.proxy_allowed:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "本事项不允许代为承诺，须由申请人本人承诺。"))
    if item.disclosure.public and draft.publication_consent is not True:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "本事项承诺书须公开；申请人不同意公开的，应提交证明办理。"))
    if draft.signature is None:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "尚未签名。"))
    if draft.proxy_signer is not None:
        if draft.agent is not None:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "已由代理人代为承诺的，由代理人本人签名，不能再由他人代签。"))
        if draft.applicant.kind is not ApplicantKind.PERSON:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "代签仅适用于不能书写的个人申请人。"))
        if draft.proxy_signer.doc_number == draft.applicant.doc_number:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "代签人不能是申请人本人。"))
    check_signature(draft.signature.strokes, draft.signature.width, draft.signature.height)


def _next_seq(session: Any, day: str) -> int:
    counter = session.get(DayCounter, day)
    if counter is None:
        counter = DayCounter(day=day, last_seq=0)
        session.add(counter)
    counter.last_seq += 1
    return counter.last_seq


def build_payload(ctx: AppContext, draft: CaseDraft, case_no: str, case_uuid: str, now: datetime) -> dict[str, Any]:
    item = draft.item
    applicant = draft.applicant
    assert item is not None and applicant is not None
    office = ctx.office
    payload: dict[str, Any] = {
        "schema": 1,
        "case_no": case_no,
        "uuid": case_uuid,
        "created_at": now.isoformat(),
        "path": draft.path,
        "certificate_reason": draft.certificate_reason.value if draft.certificate_reason else None,
        "certificate_detail": draft.certificate_detail,
        "item": {"code": item.code, "version": item.version, "matter": item.matter,
                 "proof_item": item.proof_item, "digest": item.digest()},
        "applicant": applicant.to_dict(),
        "applicant_doc_label": DOCUMENT_LABELS[applicant.doc_type],
        "agent": draft.agent.to_dict() if draft.agent else None,
        "eligibility": {
            "eligible": draft.eligibility.eligible if draft.eligibility else None,
            "reasons": list(draft.eligibility.reasons) if draft.eligibility else [],
            "warnings": list(draft.eligibility.warnings) if draft.eligibility else [],
        },
        "notice_given": draft.notice_given,
        "read_aloud": draft.read_aloud,
        "publication_consent": draft.publication_consent,
        "office": {"name": office.name, "code": office.code, "window_phone": office.window_phone},
        "terminal_code": office.terminal_code,
        "clerk": ctx.require_actor().username,
        "signed_on": f"{now:%Y年%m月%d日}",
        "training": office.training,
        "counter_seconds": max(0, int((now - draft.started_at).total_seconds())),
    }
    if draft.proxy_signer is not None:  # only when used: older payloads keep their digest shape
        payload["proxy_signer"] = draft.proxy_signer.to_dict()
    if draft.read_aloud and draft.read_aloud_by:
        payload["read_aloud_by"] = draft.read_aloud_by
    if draft.letter_language != LETTER_ZH:  # in the payload digest, so in the letter's QR code
        payload["letter_language"] = draft.letter_language
    return payload


def finish_case(ctx: AppContext, draft: CaseDraft) -> FinishedCase:
    """Store the case, its events, signature, letter, audit entries and outbox rows atomically."""
    actor = ctx.require_actor()
    actor.require(Action.CREATE_CASE)
    _validate(draft)
    office = ctx.office
    now = ctx.clock()
    events = _plan_events(draft, now)
    item, applicant = draft.item, draft.applicant
    assert item is not None and applicant is not None
    from desk_app.documents.letter import (
        render_letter,  # reportlab loads on first use, not at start
    )
    from desk_app.documents.signature_image import strokes_to_png

    seal = seal_png(ctx)
    signature_png = None
    if draft.path == "promise" and draft.signature:
        sig = draft.signature
        signature_png = strokes_to_png(sig.strokes, sig.width, sig.height)
    with storage_errors(), ctx.db.session() as s, s.begin():
        check_in_force(s, item, now.date())  # a retired item takes no new cases
        seq = _next_seq(s, f"{now:%Y%m%d}")
        case_no = format_case_no(office.code, office.terminal_code, now.date(), seq)
        case_uuid = str(uuidlib.uuid4())
        payload = build_payload(ctx, draft, case_no, case_uuid, now)
        digest = _digest(payload)
        row = CaseRow(
            uuid=case_uuid, case_no=case_no, item_code=item.code, item_version=item.version,
            item_digest=item.digest(), path=draft.path, applicant_kind=applicant.kind.value,
            applicant_name=applicant.name, doc_type=applicant.doc_type.value, doc_number=applicant.doc_number,
            phone=applicant.phone, payload=payload, payload_digest=digest, training=office.training,
            created_at=now, created_by=actor.username, office_code=office.code,
            terminal_code=office.terminal_code,
        )
        s.add(row)
        s.flush()
        letter = None
        if signature_png is not None:
            assert draft.signature is not None
            s.add(SignatureRow(
                case_id=row.id, role="agent" if draft.agent else ("proxy" if draft.proxy_signer else "applicant"),
                strokes=[list(map(list, st)) for st in draft.signature.strokes],
                width=draft.signature.width, height=draft.signature.height, png=signature_png, created_at=now,
            ))
            letter = render_letter(payload, item, digest, signature_png, training=office.training,
                                   seal_png=seal)
            letter_sha = hashlib.sha256(letter).hexdigest()
            s.add(DocumentRow(case_id=row.id, kind="letter", sha256=letter_sha, content=letter, created_at=now))
            audit.append(s, actor, now, "letter.rendered", "case", case_no, {"sha256": letter_sha})
        for n, ev in enumerate(events, start=1):
            extra = {"case": payload, "payload_digest": digest} if n == 1 else None
            append_case_event(s, row, n, ev, actor, office, extra)
        touch_recent(s, item.code, actor.username, now)  # recently used items: same transaction
        s.add(CaseStatus(case_id=row.id, state=events[-1].to_state.value, last_seq=len(events), updated_at=now))
        if events[-1].to_state is CaseState.ACCEPTED:  # the verification task: same transaction
            create_task(s, row, item, actor, office, now)
    return FinishedCase(case_no, events[-1].to_state, letter, digest)

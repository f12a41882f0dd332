"""The case lifecycle: explicit states, one method per allowed transition.

Every transition returns the :class:`CaseEvent` that storage appends and sync sends.
A signed case is never edited; later facts are new events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .errors import DomainError, IllegalTransition
from .i18n import QT_TRANSLATE_NOOP, fmt


class CaseState(StrEnum):
    DRAFT = "draft"
    NOTIFIED = "notified"
    SIGNED = "signed"
    ACCEPTED = "accepted"
    VERIFYING = "verifying"
    VERIFIED_TRUE = "verified_true"
    VERIFIED_FALSE = "verified_false"
    WITHDRAWN = "withdrawn"
    CERTIFICATE_PATH = "certificate_path"
    CONCLUDED = "concluded"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[CaseState, str] = {
    CaseState.DRAFT: QT_TRANSLATE_NOOP("domain", "草稿"),
    CaseState.NOTIFIED: QT_TRANSLATE_NOOP("domain", "已告知"),
    CaseState.SIGNED: QT_TRANSLATE_NOOP("domain", "已签署"),
    CaseState.ACCEPTED: QT_TRANSLATE_NOOP("domain", "已受理"),
    CaseState.VERIFYING: QT_TRANSLATE_NOOP("domain", "核查中"),
    CaseState.VERIFIED_TRUE: QT_TRANSLATE_NOOP("domain", "核查属实"),
    CaseState.VERIFIED_FALSE: QT_TRANSLATE_NOOP("domain", "核查不实"),
    CaseState.WITHDRAWN: QT_TRANSLATE_NOOP("domain", "已撤回承诺"),
    CaseState.CERTIFICATE_PATH: QT_TRANSLATE_NOOP("domain", "提交证明办理"),
    CaseState.CONCLUDED: QT_TRANSLATE_NOOP("domain", "已办结"),
}


class CertificateReason(StrEnum):
    """Why a case goes (or falls back) to the ordinary certificate procedure."""

    APPLICANT_CHOICE = "applicant_choice"
    INELIGIBLE = "ineligible"
    PUBLICATION_REFUSED = "publication_refused"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            "applicant_choice": QT_TRANSLATE_NOOP("domain", "申请人选择提交证明"),
            "ineligible": QT_TRANSLATE_NOOP("domain", "申请人不适用告知承诺制（信用记录）"),
            "publication_refused": QT_TRANSLATE_NOOP("domain", "申请人不同意公开承诺书"),
            "withdrawn": QT_TRANSLATE_NOOP("domain", "申请人撤回承诺"),
        }[self.value]


TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.DRAFT: frozenset({CaseState.NOTIFIED, CaseState.CERTIFICATE_PATH}),
    CaseState.NOTIFIED: frozenset({CaseState.SIGNED, CaseState.CERTIFICATE_PATH}),
    CaseState.SIGNED: frozenset({CaseState.ACCEPTED}),
    CaseState.ACCEPTED: frozenset({CaseState.VERIFYING, CaseState.WITHDRAWN, CaseState.CONCLUDED}),
    CaseState.VERIFYING: frozenset(
        {CaseState.VERIFIED_TRUE, CaseState.VERIFIED_FALSE, CaseState.WITHDRAWN}
    ),
    # Withdrawal is open until the matter is concluded, but not once the promise was found false.
    CaseState.VERIFIED_TRUE: frozenset({CaseState.CONCLUDED, CaseState.WITHDRAWN}),
    CaseState.VERIFIED_FALSE: frozenset({CaseState.CONCLUDED}),
    CaseState.WITHDRAWN: frozenset({CaseState.CERTIFICATE_PATH}),
    CaseState.CERTIFICATE_PATH: frozenset({CaseState.CONCLUDED}),
    CaseState.CONCLUDED: frozenset(),
}


#: Facts that do not move the case: the state stays, the event is still stored and synced.
PAPER_CONFIRMED = "paper_confirmed"
VERIFICATION_UNVERIFIABLE = "verification_unverifiable"
FALSE_PROMISE_FOUND = "false_promise_found"
FALSE_PROMISE_MEASURE = "false_promise_measure"
CORRECTED = "corrected"
_AFTER_ACCEPTANCE = frozenset(
    {CaseState.ACCEPTED, CaseState.VERIFYING, CaseState.VERIFIED_TRUE, CaseState.VERIFIED_FALSE,
     CaseState.CONCLUDED}
)
ANNOTATION_LABELS: dict[str, str] = {
    PAPER_CONFIRMED: "确认纸质文书", FALSE_PROMISE_FOUND: "认定不实承诺",
    FALSE_PROMISE_MEASURE: "记录不实承诺处理措施", CORRECTED: "登记更正",
    VERIFICATION_UNVERIFIABLE: "登记无法核查",
}
ANNOTATIONS: dict[str, frozenset[CaseState]] = {
    # A false promise is found during or after verification, even after conclusion (then the
    # decision is revoked); a withdrawn promise can no longer be false.
    FALSE_PROMISE_FOUND: _AFTER_ACCEPTANCE,
    FALSE_PROMISE_MEASURE: _AFTER_ACCEPTANCE,
    # A mistake is corrected by a linked record, never by editing the signed letter.
    CORRECTED: _AFTER_ACCEPTANCE | {CaseState.WITHDRAWN, CaseState.CERTIFICATE_PATH},
    # The letter was printed, signed by hand and sealed: possible once the promise is accepted.
    PAPER_CONFIRMED: frozenset(
        {CaseState.ACCEPTED, CaseState.VERIFYING, CaseState.VERIFIED_TRUE, CaseState.VERIFIED_FALSE,
         CaseState.WITHDRAWN, CaseState.CONCLUDED}
    ),
    # The verifier could not establish whether the promise is true: recorded, the case stays open.
    VERIFICATION_UNVERIFIABLE: frozenset({CaseState.VERIFYING}),
}


@dataclass(frozen=True)
class CaseEvent:
    """One fact in a case's life. ``kind`` names it; ``data`` carries what the step decided."""

    kind: str
    from_state: CaseState | None
    to_state: CaseState
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Case:
    """A case's lifecycle, rebuilt from its events or driven forward by the counter flow."""

    state: CaseState = CaseState.DRAFT
    events: list[CaseEvent] = field(default_factory=list)

    @classmethod
    def start(cls, at: datetime, **data: Any) -> tuple[Case, CaseEvent]:
        case = cls()
        event = CaseEvent("created", None, CaseState.DRAFT, at, dict(data))
        case.events.append(event)
        return case, event

    @classmethod
    def replay(cls, events: list[CaseEvent]) -> Case:
        case = cls()
        for event in events:
            if event.kind in ANNOTATIONS:
                case._check_annotation(event.kind)
                case.events.append(event)
                continue
            if event.from_state is not None:
                if event.from_state is not case.state:
                    raise IllegalTransition(
                        f"事件记录不连续：案件处于“{case.state.label}”，事件却从“{event.from_state.label}”开始。"
                    )
                case._check(event.to_state)
            case.state = event.to_state
            case.events.append(event)
        return case

    # -- transitions -----------------------------------------------------------------
    def mark_notified(self, at: datetime, *, read_aloud: bool) -> CaseEvent:
        return self._move(CaseState.NOTIFIED, "notified", at, read_aloud=read_aloud)

    def mark_signed(self, at: datetime, *, publication_consent: bool | None) -> CaseEvent:
        return self._move(CaseState.SIGNED, "signed", at, publication_consent=publication_consent)

    def mark_accepted(self, at: datetime) -> CaseEvent:
        return self._move(CaseState.ACCEPTED, "accepted", at)

    def choose_certificate(self, at: datetime, reason: CertificateReason, detail: str = "") -> CaseEvent:
        if reason is CertificateReason.WITHDRAWN and self.state is not CaseState.WITHDRAWN:
            raise IllegalTransition(QT_TRANSLATE_NOOP("domain", "只有已撤回承诺的案件才能以“撤回”为由转为提交证明办理。"))
        return self._move(
            CaseState.CERTIFICATE_PATH, "certificate_path", at, reason=reason.value, detail=detail
        )

    def start_verification(self, at: datetime) -> CaseEvent:
        return self._move(CaseState.VERIFYING, "verification_started", at)

    def record_verification(self, at: datetime, *, true: bool, note: str = "") -> CaseEvent:
        target = CaseState.VERIFIED_TRUE if true else CaseState.VERIFIED_FALSE
        return self._move(target, "verified", at, result="true" if true else "false", note=note)

    def record_unverifiable(self, at: datetime, *, note: str) -> CaseEvent:
        """无法核查: the check could not be done; the case stays under verification."""
        if not note.strip():
            raise DomainError(QT_TRANSLATE_NOOP("domain", "无法核查须写明原因。"))
        self._check_annotation(VERIFICATION_UNVERIFIABLE)
        event = CaseEvent(VERIFICATION_UNVERIFIABLE, self.state, self.state, at,
                          {"result": "unverifiable", "note": note.strip()})
        self.events.append(event)
        return event

    def withdraw(self, at: datetime, reason: str) -> CaseEvent:
        if not reason.strip():
            raise DomainError(QT_TRANSLATE_NOOP("domain", "撤回承诺须写明理由。"))
        if self.state is CaseState.CONCLUDED:
            raise IllegalTransition(fmt(QT_TRANSLATE_NOOP("domain", "案件当前状态为“{label}”：事项已办结，不能再撤回承诺。"), label=fmt(self.state.label)))
        if self.state is CaseState.VERIFIED_FALSE or self.false_promise_found:
            raise IllegalTransition(fmt(QT_TRANSLATE_NOOP("domain", "案件当前状态为“{label}”：承诺已被认定不实，不能撤回。"), label=fmt(self.state.label)))
        return self._move(CaseState.WITHDRAWN, "withdrawn", at, reason=reason.strip())

    def conclude(self, at: datetime, decision: str, on: date | None = None) -> CaseEvent:
        if not decision.strip():
            raise DomainError(QT_TRANSLATE_NOOP("domain", "办结须写明办理结果。"))
        day = on or at.date()
        if day > at.date():
            raise DomainError(QT_TRANSLATE_NOOP("domain", "办结日期不能晚于今天。"))
        started = self.events[0].at.date() if self.events else day
        if day < started:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "办结日期不能早于案件受理日期。"))
        return self._move(CaseState.CONCLUDED, "concluded", at, decision=decision.strip(),
                          concluded_on=day.isoformat())

    def annotate(self, kind: str, at: datetime, **data: Any) -> CaseEvent:
        """A fact that does not move the case (false-promise finding, measure, correction)."""
        if kind not in ANNOTATIONS or kind == PAPER_CONFIRMED:
            raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "未知的案件记录类型“{kind}”。"), kind=kind))
        self._check_annotation(kind)
        if kind == FALSE_PROMISE_MEASURE and not self.false_promise_found:
            raise IllegalTransition(QT_TRANSLATE_NOOP("domain", "请先认定不实承诺，再记录处理措施。"))
        if kind == FALSE_PROMISE_FOUND and self.false_promise_found:
            raise IllegalTransition(QT_TRANSLATE_NOOP("domain", "该案件已认定不实承诺；处理措施请在原认定下记录。"))
        event = CaseEvent(kind, self.state, self.state, at, dict(data))
        self.events.append(event)
        return event

    @property
    def false_promise_found(self) -> bool:
        return any(e.kind == FALSE_PROMISE_FOUND for e in self.events)

    @property
    def concluded(self) -> bool:
        return any(e.to_state is CaseState.CONCLUDED for e in self.events)

    def confirm_paper(self, at: datetime) -> CaseEvent:
        """The clerk confirms both copies were printed, signed and sealed."""
        self._check_annotation(PAPER_CONFIRMED)
        event = CaseEvent(PAPER_CONFIRMED, self.state, self.state, at, {})
        self.events.append(event)
        return event

    @property
    def paper_confirmed(self) -> bool:
        return any(e.kind == PAPER_CONFIRMED for e in self.events)

    # -- helpers ---------------------------------------------------------------------
    def _check_annotation(self, kind: str) -> None:
        if self.state not in ANNOTATIONS[kind]:
            raise IllegalTransition(
                f"案件当前状态为“{self.state.label}”，不能{ANNOTATION_LABELS.get(kind, kind)}。"
            )
        if kind == PAPER_CONFIRMED and self.paper_confirmed:
            raise IllegalTransition(QT_TRANSLATE_NOOP("domain", "该案件已确认打印、签字并盖章。"))

    def _check(self, target: CaseState) -> None:
        if target not in TRANSITIONS[self.state]:
            raise IllegalTransition(
                f"案件当前状态为“{self.state.label}”，不能转为“{target.label}”。"
            )

    def _move(self, target: CaseState, kind: str, at: datetime, **data: Any) -> CaseEvent:
        self._check(target)
        event = CaseEvent(kind, self.state, target, at, data)
        self.state = target
        self.events.append(event)
        return event


# -- case numbers ----------------------------------------------------------------------

CASE_NO_RE = re.compile(r"^(?P<office>[A-Z0-9]{2,12})-(?P<terminal>[A-Z0-9]{1,6})-(?P<day>\d{8})-(?P<seq>\d{4,6})$")
OFFICE_CODE_RE = re.compile(r"^[A-Z0-9]{2,12}$")
TERMINAL_CODE_RE = re.compile(r"^[A-Z0-9]{1,6}$")


def format_case_no(office_code: str, terminal_code: str, day: date, seq: int) -> str:
    """Office code + terminal code + date + daily sequence: unique without any server."""
    if not OFFICE_CODE_RE.match(office_code):
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "单位编码“{office_code}”无效：应为2至12位大写字母或数字。"), office_code=office_code))
    if not TERMINAL_CODE_RE.match(terminal_code):
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "终端编码“{terminal_code}”无效：应为1至6位大写字母或数字。"), terminal_code=terminal_code))
    if not 1 <= seq <= 999_999:
        raise DomainError(QT_TRANSLATE_NOOP("domain", "当日案件序号超出范围。"))
    return f"{office_code}-{terminal_code}-{day:%Y%m%d}-{seq:04d}"


def parse_case_no(text: str) -> dict[str, str] | None:
    match = CASE_NO_RE.match(text.strip().upper())
    return match.groupdict() if match else None

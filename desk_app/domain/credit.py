"""False promises and credit records: what a finding must say, which measures may follow it,
how a record is graded, repaired and disputed.

Pure rules. A false-promise finding (不实承诺) lists the measures taken; each measure carries
its date, document number (文号) and responsible person. The finding creates a credit record
whose grade decides whether it bars the promise route (``CreditGrade.excludes``). Repair ends
the bar from a date; an upheld objection voids the record altogether. Everything is a new
event — a record is never edited.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from .errors import DomainError

# -- grades ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CreditGrade:
    """One severity grade of dishonesty (失信程度分级), configurable per office."""

    code: str
    label: str
    excludes: bool  # bars the promise route until repaired


#: Default grades. The plans bar anyone who "曾作出虚假承诺" until repaired (lieshan, jining,
#: shanzhou), so by default every grade of a false-promise finding excludes; an office may
#: configure a lighter grade that only warns.
DEFAULT_GRADES: tuple[CreditGrade, ...] = (
    CreditGrade("general", "一般", True),
    CreditGrade("major", "较重", True),
    CreditGrade("serious", "严重", True),
)


def grades_from_config(raw: Any) -> tuple[CreditGrade, ...]:
    """Grades from settings JSON: ``[{"code": "general", "label": "一般", "excludes": false}, …]``."""
    if not raw:
        return DEFAULT_GRADES
    if not isinstance(raw, list):
        raise DomainError("信用等级配置应为列表。")
    grades: list[CreditGrade] = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, Mapping):
            raise DomainError(f"第 {n} 个信用等级应为对象。")
        code, label = str(entry.get("code") or "").strip(), str(entry.get("label") or "").strip()
        if not code or not label:
            raise DomainError(f"第 {n} 个信用等级缺少编码或名称。")
        if any(g.code == code for g in grades):
            raise DomainError(f"信用等级编码“{code}”重复。")
        grades.append(CreditGrade(code, label, bool(entry.get("excludes", True))))
    return tuple(grades)


def grade_by_code(grades: Sequence[CreditGrade], code: str) -> CreditGrade:
    for g in grades:
        if g.code == code:
            return g
    raise DomainError(f"未知的信用等级“{code}”。")


# -- false-promise measures -----------------------------------------------------------------


class MeasureKind(StrEnum):
    TERMINATE = "terminate"            # 终止办理
    ORDER_CORRECTION = "order_correction"  # 责令限期改正
    REVOKE = "revoke"                  # 撤销决定
    PENALTY = "penalty"                # 行政处罚
    REFERRAL = "referral"              # 移送司法机关

    @property
    def label(self) -> str:
        return MEASURE_LABELS[self]


MEASURE_LABELS: dict[MeasureKind, str] = {
    MeasureKind.TERMINATE: "终止办理",
    MeasureKind.ORDER_CORRECTION: "责令限期改正",
    MeasureKind.REVOKE: "撤销决定",
    MeasureKind.PENALTY: "行政处罚",
    MeasureKind.REFERRAL: "移送司法机关",
}

#: Measures that happen at most once per finding.
ONCE = frozenset({MeasureKind.TERMINATE, MeasureKind.REVOKE, MeasureKind.REFERRAL})


@dataclass(frozen=True)
class Measure:
    kind: MeasureKind
    on: date
    doc_no: str           # 文号
    responsible: str      # 责任人
    deadline: date | None = None  # 改正期限 (order_correction only)
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "on": self.on.isoformat(), "doc_no": self.doc_no,
                "responsible": self.responsible,
                "deadline": self.deadline.isoformat() if self.deadline else None, "note": self.note}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Measure:
        return cls(MeasureKind(d["kind"]), date.fromisoformat(d["on"]), d["doc_no"], d["responsible"],
                   date.fromisoformat(d["deadline"]) if d.get("deadline") else None, d.get("note", ""))


def check_measure(measure: Measure, earlier: Sequence[Measure], *, found_on: date, concluded: bool) -> Measure:
    """The measure, cleaned, if it may follow ``earlier``; else a DomainError in Chinese.

    ``concluded``: the matter had been decided (办结) — only a decision that exists can be
    revoked, and processing that has ended can no longer be terminated."""
    m = replace(measure, doc_no=measure.doc_no.strip(), responsible=measure.responsible.strip(),
                note=measure.note.strip())
    label = m.kind.label
    if not m.doc_no:
        raise DomainError(f"“{label}”须填写文号。")
    if not m.responsible:
        raise DomainError(f"“{label}”须填写责任人。")
    if m.on < found_on:
        raise DomainError(f"“{label}”的日期不能早于认定不实承诺的日期。")
    if m.kind is MeasureKind.ORDER_CORRECTION:
        if m.deadline is None:
            raise DomainError("责令限期改正须写明改正期限。")
        if m.deadline <= m.on:
            raise DomainError("改正期限应晚于责令改正的日期。")
    elif m.deadline is not None:
        raise DomainError(f"“{label}”不设改正期限。")
    kinds = {e.kind for e in earlier}
    if m.kind in ONCE and m.kind in kinds:
        raise DomainError(f"“{label}”已经记录过，不能重复。")
    if m.kind is MeasureKind.TERMINATE:
        if concluded:
            raise DomainError("事项已办结，不能再终止办理；应撤销已作出的决定。")
        if MeasureKind.REVOKE in kinds:
            raise DomainError("已撤销决定，不能再终止办理。")
    if m.kind is MeasureKind.REVOKE:
        if not concluded:
            raise DomainError("事项尚未办结、没有作出决定，应终止办理而非撤销决定。")
        if MeasureKind.TERMINATE in kinds:
            raise DomainError("已终止办理，没有可撤销的决定。")
    if earlier and m.on < max(e.on for e in earlier):
        raise DomainError(f"“{label}”的日期早于已记录的处理措施，请按时间顺序记录。")
    return m


@dataclass(frozen=True)
class Finding:
    """The facts of a false promise, as found."""

    case_no: str
    facts: str
    found_on: date
    found_by: str
    grade: str

    def to_dict(self) -> dict[str, Any]:
        return {"case_no": self.case_no, "facts": self.facts, "found_on": self.found_on.isoformat(),
                "found_by": self.found_by, "grade": self.grade}


def check_finding(f: Finding, grades: Sequence[CreditGrade], *, accepted_on: date, today: date) -> Finding:
    f = replace(f, facts=f.facts.strip(), found_by=f.found_by.strip())
    if len(f.facts) < 4:
        raise DomainError("请写明不实承诺的事实（至少4个字）。")
    if not f.found_by:
        raise DomainError("请填写认定人。")
    if f.found_on > today:
        raise DomainError("认定日期不能晚于今天。")
    if f.found_on < accepted_on:
        raise DomainError("认定日期不能早于案件受理日期。")
    grade_by_code(grades, f.grade)
    return f


# -- credit record lifecycle ----------------------------------------------------------------


class CreditEventKind(StrEnum):
    RECORDED = "recorded"
    REPAIRED = "repaired"
    OBJECTION_FILED = "objection_filed"
    OBJECTION_UPHELD = "objection_upheld"
    OBJECTION_REJECTED = "objection_rejected"

    @property
    def label(self) -> str:
        return {
            "recorded": "记入信用记录", "repaired": "信用修复", "objection_filed": "提出异议",
            "objection_upheld": "异议成立（记录作废）", "objection_rejected": "异议不成立",
        }[self.value]


class ObjectionState(StrEnum):
    NONE = "none"
    PENDING = "pending"
    UPHELD = "upheld"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {"none": "无", "pending": "待处理", "upheld": "异议成立", "rejected": "异议不成立"}[self.value]


@dataclass(frozen=True)
class CreditEvent:
    kind: CreditEventKind
    on: date                      # the date it takes effect (repair: eligibility restored from)
    reason: str = ""
    documents: tuple[str, ...] = ()  # names / numbers of the supporting documents

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "on": self.on.isoformat(), "reason": self.reason,
                "documents": list(self.documents)}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> CreditEvent:
        return cls(CreditEventKind(d["kind"]), date.fromisoformat(d["on"]), d.get("reason", ""),
                   tuple(d.get("documents") or ()))


@dataclass(frozen=True)
class CreditStatus:
    """A record's state, folded from its events."""

    recorded_on: date
    repaired_on: date | None = None
    voided_on: date | None = None
    objection: ObjectionState = ObjectionState.NONE
    history: tuple[CreditEvent, ...] = field(default=())

    def _ensure_live(self, what: str) -> None:
        if self.voided_on is not None:
            raise DomainError(f"该信用记录已因异议成立而作废，不能{what}。")

    def repair(self, on: date, reason: str, documents: Sequence[str]) -> tuple[CreditStatus, CreditEvent]:
        self._ensure_live("信用修复")
        if self.repaired_on is not None:
            raise DomainError(f"该信用记录已于 {self.repaired_on:%Y年%m月%d日} 完成信用修复。")
        if self.objection is ObjectionState.PENDING:
            raise DomainError("该信用记录有待处理的异议，请先处理异议。")
        if on < self.recorded_on:
            raise DomainError("信用修复日期不能早于记录日期。")
        ev = CreditEvent(CreditEventKind.REPAIRED, on, _reason(reason, "信用修复"), _documents(documents, "信用修复"))
        return replace(self, repaired_on=on, history=self.history + (ev,)), ev

    def file_objection(self, on: date, reason: str, documents: Sequence[str]) -> tuple[CreditStatus, CreditEvent]:
        self._ensure_live("提出异议")
        if self.objection is ObjectionState.PENDING:
            raise DomainError("该信用记录已有待处理的异议。")
        if on < self.recorded_on:
            raise DomainError("异议日期不能早于记录日期。")
        ev = CreditEvent(CreditEventKind.OBJECTION_FILED, on, _reason(reason, "异议"), tuple(_clean(documents)))
        return replace(self, objection=ObjectionState.PENDING, history=self.history + (ev,)), ev

    def decide_objection(self, on: date, upheld: bool, reason: str,
                         documents: Sequence[str]) -> tuple[CreditStatus, CreditEvent]:
        self._ensure_live("处理异议")
        if self.objection is not ObjectionState.PENDING:
            raise DomainError("该信用记录没有待处理的异议。")
        filed = next(e for e in reversed(self.history) if e.kind is CreditEventKind.OBJECTION_FILED)
        if on < filed.on:
            raise DomainError("异议处理日期不能早于异议提出日期。")
        kind = CreditEventKind.OBJECTION_UPHELD if upheld else CreditEventKind.OBJECTION_REJECTED
        ev = CreditEvent(kind, on, _reason(reason, "异议处理决定"), _documents(documents, "异议处理"))
        return self.apply(ev), ev

    def apply(self, ev: CreditEvent) -> CreditStatus:
        """Fold one stored event (no checks: it was checked when it was made)."""
        h = self.history + (ev,)
        match ev.kind:
            case CreditEventKind.RECORDED:
                return replace(self, recorded_on=ev.on, history=h)
            case CreditEventKind.REPAIRED:
                return replace(self, repaired_on=ev.on, history=h)
            case CreditEventKind.OBJECTION_FILED:
                return replace(self, objection=ObjectionState.PENDING, history=h)
            case CreditEventKind.OBJECTION_UPHELD:
                return replace(self, objection=ObjectionState.UPHELD, voided_on=ev.on, history=h)
            case CreditEventKind.OBJECTION_REJECTED:
                return replace(self, objection=ObjectionState.REJECTED, history=h)
        raise DomainError(f"未知的信用记录事件“{ev.kind}”。")  # pragma: no cover

    @classmethod
    def fold(cls, events: Iterable[CreditEvent]) -> CreditStatus:
        evs = list(events)
        if not evs or evs[0].kind is not CreditEventKind.RECORDED:
            raise DomainError("信用记录的第一条事件应为“记入信用记录”。")
        status = cls(recorded_on=evs[0].on)
        for ev in evs:
            status = status.apply(ev)
        return status

    @property
    def label(self) -> str:
        if self.voided_on:
            return f"已作废（{self.voided_on:%Y-%m-%d} 异议成立）"
        if self.repaired_on:
            return f"已修复（自 {self.repaired_on:%Y-%m-%d} 起）"
        if self.objection is ObjectionState.PENDING:
            return "有效（异议待处理）"
        return "有效"


def _clean(items: Sequence[str]) -> list[str]:
    return [d.strip() for d in items if d.strip()]


def _reason(text: str, what: str) -> str:
    if not text.strip():
        raise DomainError(f"{what}须写明理由。")
    return text.strip()


def _documents(items: Sequence[str], what: str) -> tuple[str, ...]:
    docs = _clean(items)
    if not docs:
        raise DomainError(f"{what}须登记至少一份依据材料（名称或文号）。")
    return tuple(docs)


# -- corrections ----------------------------------------------------------------------------

#: What a correction record may correct. The signed letter itself never changes.
CORRECTABLE_FIELDS: dict[str, str] = {
    "applicant_name": "申请人姓名/名称",
    "phone": "联系电话",
    "address": "地址",
    "decision": "办理结果",
    "other": "其他",
}


def check_correction(field_name: str, old: str, new: str, reason: str) -> dict[str, str]:
    if field_name not in CORRECTABLE_FIELDS:
        raise DomainError(f"不能更正“{field_name}”。")
    if not new.strip():
        raise DomainError("请填写更正后的内容。")
    if old.strip() == new.strip():
        raise DomainError("更正后的内容与原内容相同。")
    if len(reason.strip()) < 2:
        raise DomainError("更正须写明理由。")
    return {"field": field_name, "field_label": CORRECTABLE_FIELDS[field_name], "old": old.strip(),
            "new": new.strip(), "reason": reason.strip()}

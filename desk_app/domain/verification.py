"""Verification after acceptance (事中事后核查): which rule applies, and the task it gives.

The task follows from the item's catalog rule alone — and, where the item says so, from the
promiser's credit standing (``credit_rules``). Nothing else: a promise-route case gets no
supervision beyond its item's rule (no discriminatory supervision). The task records which
rule produced it, so anyone can check that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt

from .catalog import CREDIT_STANDINGS, ProofItem, VerificationMethod
from .eligibility import EXCLUDING_KINDS, CreditKind, CreditRecord
from .errors import DomainError
from .workdays import WorkingDays

CLEAN = "clean"


class VerificationResult(StrEnum):
    TRUE = "true"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"

    @property
    def label(self) -> str:
        return {"true": "属实", "false": "不实", "unverifiable": "无法核查"}[self.value]


def credit_standing(records: Iterable[CreditRecord], day: date) -> str:
    """``clean``, ``general_bad_credit`` (standing) or ``repaired`` (an excluding record, repaired).

    A standing excluding record never reaches here: such a promiser is sent to the
    certificate path at the counter.
    """
    standing = CLEAN
    for record in records:
        if record.recorded_on > day:
            continue
        if record.kind is CreditKind.GENERAL_BAD_CREDIT and record.stands_on(day):
            return "general_bad_credit"
        if record.kind in EXCLUDING_KINDS and not record.stands_on(day):
            standing = "repaired"
    return standing


def standing_label(standing: str) -> str:
    return "无失信记录" if standing == CLEAN else CREDIT_STANDINGS.get(standing, standing)


@dataclass(frozen=True)
class AppliedRule:
    """The item rule that produced a task; stored with the task and shown to the verifier."""

    item_code: str
    item_version: int
    credit: str                 # the promiser's standing when accepted
    credit_rule: bool           # True: the item's credit_rules entry for that standing applied
    method: VerificationMethod
    time_limit_days: int
    standard: str
    assisting_unit: str | None

    @property
    def text(self) -> str:
        basis = (f"事项 {self.item_code} 第 {self.item_version} 版"
                 + (f"对“{standing_label(self.credit)}”的核查规则" if self.credit_rule else "的核查规则"))
        if self.method is VerificationMethod.EXEMPT:
            return f"{basis}：{self.method.label}。{self.standard}"
        unit = f"；协助核查单位：{self.assisting_unit}" if self.assisting_unit else ""
        return (f"{basis}：{self.method.label}，受理后 {self.time_limit_days} 个工作日内完成{unit}。"
                f"核查标准：{self.standard}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "item_code": self.item_code, "item_version": self.item_version, "credit": self.credit,
            "credit_rule": self.credit_rule, "method": self.method.value,
            "time_limit_days": self.time_limit_days, "standard": self.standard,
            "assisting_unit": self.assisting_unit, "text": self.text,
        }


def applicable_rule(item: ProofItem, standing: str) -> AppliedRule:
    v = item.verification
    chosen = next((r for r in v.credit_rules if r.credit == standing), None)
    if chosen is None:
        return AppliedRule(item.code, item.version, standing, False, v.method, v.time_limit_days, v.standard,
                           v.assisting_unit)
    return AppliedRule(item.code, item.version, standing, True, chosen.method, chosen.time_limit_days,
                       chosen.standard or v.standard, v.assisting_unit)


@dataclass(frozen=True)
class TaskPlan:
    rule: AppliedRule
    accepted_on: date
    due_on: date | None          # None: exempt, routine supervision only
    calendar_warning: str
    calendar_sources: tuple[str, ...]

    @property
    def exempt(self) -> bool:
        return self.rule.method is VerificationMethod.EXEMPT


def plan_task(item: ProofItem, standing: str, accepted_on: date, days: WorkingDays) -> TaskPlan:
    """The verification task of a case accepted on ``accepted_on``."""
    if standing != CLEAN and standing not in CREDIT_STANDINGS:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "未知的信用状况“{standing}”。"), standing=standing))
    rule = applicable_rule(item, standing)
    if rule.method is VerificationMethod.EXEMPT:
        return TaskPlan(rule, accepted_on, None, "", ())
    due = days.add(accepted_on, rule.time_limit_days)
    return TaskPlan(rule, accepted_on, due.day, due.warning, due.sources)


# -- the verifier's queue -----------------------------------------------------------------


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"
    DONE = "done"
    EXEMPT = "exempt"

    @property
    def label(self) -> str:
        return {"overdue": "已逾期", "today": "今日到期", "upcoming": "未到期", "done": "已核查",
                "exempt": "免于核查"}[self.value]


def bucket(due_on: date | None, done: bool, today: date) -> Bucket:
    if due_on is None:
        return Bucket.EXEMPT
    if done:
        return Bucket.DONE
    if due_on < today:
        return Bucket.OVERDUE
    return Bucket.TODAY if due_on == today else Bucket.UPCOMING


# -- attachments --------------------------------------------------------------------------

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 10
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def attachment_type(name: str, data: bytes) -> str:
    """The MIME type of a scanned attachment, judged by its content; refuses anything else."""
    if not data:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "附件“{name}”是空文件。"), name=name))
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "附件“{name}”超过 {mb} MB，请降低扫描分辨率后重试。"), name=name, mb=MAX_ATTACHMENT_BYTES // (1024 * 1024)))
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    raise DomainError(fmt(QT_TRANSLATE_NOOP("domain", "附件“{name}”不是 PDF、PNG、JPEG 或 TIFF 扫描件。"), name=name))

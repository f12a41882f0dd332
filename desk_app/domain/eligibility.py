"""Who may use the promise route: credit records and open duplicates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class CreditKind(StrEnum):
    FALSE_PROMISE = "false_promise"          # 不实承诺
    SERIOUS_BAD_CREDIT = "serious_bad_credit"  # 严重失信
    GENERAL_BAD_CREDIT = "general_bad_credit"  # 一般失信：不排除告知承诺，但提示

    @property
    def label(self) -> str:
        return {
            "false_promise": "曾作出不实承诺",
            "serious_bad_credit": "有严重失信记录",
            "general_bad_credit": "有一般失信记录",
        }[self.value]


EXCLUDING_KINDS = frozenset({CreditKind.FALSE_PROMISE, CreditKind.SERIOUS_BAD_CREDIT})


@dataclass(frozen=True)
class CreditRecord:
    subject_id: str          # resident ID number / USCC / other document number, normalised
    kind: CreditKind
    recorded_on: date
    source: str              # issuing office or platform
    note: str = ""
    repaired_on: date | None = None  # credit repair restores eligibility from this date
    voided_on: date | None = None    # an upheld objection voids the record
    excluding: bool | None = None    # the grade's rule; None: the kind decides

    def stands_on(self, day: date) -> bool:
        """Recorded by ``day``, not voided and not yet repaired on ``day``."""
        return (self.recorded_on <= day and self.voided_on is None
                and (self.repaired_on is None or self.repaired_on > day))

    def excludes_on(self, day: date) -> bool:
        excluding = self.kind in EXCLUDING_KINDS if self.excluding is None else self.excluding
        return excluding and self.stands_on(day)


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    blocking_records: tuple[CreditRecord, ...] = field(default=())


def check_eligibility(
    subject_id: str,
    records: Iterable[CreditRecord],
    on: date,
    *,
    open_cases_same_item: Iterable[str] = (),
) -> Eligibility:
    """Apply the rule of every plan: no promise route while a false promise or serious bad
    credit stands unrepaired. An open case for the same item is a warning, not a bar."""
    mine = [r for r in records if r.subject_id == subject_id]
    blocking = tuple(r for r in mine if r.excludes_on(on))
    reasons = tuple(
        f"{r.kind.label}（{r.recorded_on:%Y年%m月%d日}，{r.source}），尚未信用修复" for r in blocking
    )
    warnings = [
        f"{r.kind.label}（{r.recorded_on:%Y年%m月%d日}，{r.source}）"
        for r in mine
        if r.stands_on(on) and not r.excludes_on(on)
    ]
    warnings += [f"该申请人同一事项已有未办结案件 {no}，请核实是否重复申请" for no in open_cases_same_item]
    return Eligibility(not blocking, reasons, tuple(warnings), blocking)

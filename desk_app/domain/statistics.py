"""What a statistic is: a filter, a time bucket and a plain table the screens, exports and
reports all show the same way. No numbers are computed here (storage aggregates in SQL)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt

from .errors import DomainError


class Bucket(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @property
    def label(self) -> str:
        return {"day": QT_TRANSLATE_NOOP("domain", "按日"), "week": QT_TRANSLATE_NOOP("domain", "按周"), "month": QT_TRANSLATE_NOOP("domain", "按月")}[self.value]


@dataclass(frozen=True)
class StatsFilter:
    """Inclusive dates; ``office``/``item`` None means all."""

    date_from: date
    date_to: date
    office: str | None = None
    item: str | None = None

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise DomainError(QT_TRANSLATE_NOOP("domain", "统计期间的结束日期不能早于开始日期。"))

    @classmethod
    def last_days(cls, today: date, days: int = 30) -> StatsFilter:
        return cls(today - timedelta(days=days - 1), today)

    def with_(self, **changes: object) -> StatsFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def label(self) -> str:
        return fmt(QT_TRANSLATE_NOOP("domain", "{start} 至 {end}"), start=f"{self.date_from:%Y-%m-%d}", end=f"{self.date_to:%Y-%m-%d}")


class ChartKind(StrEnum):
    BAR = "bar"
    STACKED = "stacked"
    PIE = "pie"


@dataclass(frozen=True)
class Chart:
    """How a table is drawn: categories from column ``label``, one series per ``values`` column."""

    kind: ChartKind
    label: int
    values: tuple[int, ...]


@dataclass(frozen=True)
class StatTable:
    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    chart: Chart | None = None
    note: str = ""
    available: bool = True  # False: a hook whose data lives in work not merged yet

    def column(self, name: str) -> list[object]:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def total(self, name: str) -> int:
        return sum(int(v) for v in self.column(name) if isinstance(v, int | float))


def rate(part: int, whole: int) -> float | None:
    """Share in percent, one decimal; None when there is nothing to divide by."""
    return round(100.0 * part / whole, 1) if whole else None

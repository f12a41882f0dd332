"""Working days (工作日): weekends, official holidays and adjusted workdays (调休).

The domain knows no holiday list of its own. A :class:`CalendarSource` (the port) hands in
one :class:`YearCalendar` per year — from the central server's published calendar or from a
holiday library, which live outside the domain. For a year no source covers, the arithmetic
falls back to "Monday to Friday" and says so: the result carries a warning that the clerk
and the task show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from .errors import DomainError


@dataclass(frozen=True)
class YearCalendar:
    """One year's exceptions to "Monday to Friday": holidays, and weekend days worked instead."""

    year: int
    holidays: frozenset[date]
    workdays: frozenset[date]
    source: str  # "central" | "chinese_calendar" | ...

    def __post_init__(self) -> None:
        strays = sorted(d for d in self.holidays | self.workdays if d.year != self.year)
        if strays:
            raise DomainError(f"{self.year} 年日历中混入了 {strays[0].isoformat()}。")
        both = self.holidays & self.workdays
        if both:
            raise DomainError(f"{min(both).isoformat()} 不能既是节假日又是调休工作日。")


class CalendarSource(Protocol):
    """The port: the calendar of ``year``, or None when no source covers it."""

    def year(self, year: int) -> YearCalendar | None: ...


@dataclass(frozen=True)
class StaticCalendars:
    """A source built from calendars already at hand (tests, or a pre-read snapshot)."""

    years: Mapping[int, YearCalendar]

    @classmethod
    def of(cls, calendars: Iterable[YearCalendar]) -> StaticCalendars:
        return cls({c.year: c for c in calendars})

    def year(self, year: int) -> YearCalendar | None:
        return self.years.get(year)


def uncovered_warning(years: Iterable[int]) -> str:
    listed = "、".join(f"{y} 年" for y in sorted(set(years)))
    return (f"{listed}的法定节假日和调休安排尚未发布（中心未下发，本机节假日库也未收录），"
            "期限暂按周一至周五为工作日计算，节假日公布后请核对。")


@dataclass(frozen=True)
class DueDate:
    day: date
    working_days: int
    sources: tuple[str, ...]         # which source answered, per year touched
    uncovered_years: tuple[int, ...] = ()

    @property
    def warning(self) -> str:
        return uncovered_warning(self.uncovered_years) if self.uncovered_years else ""


@dataclass
class WorkingDays:
    """Working-day arithmetic over a source; each year is asked for once."""

    source: CalendarSource
    _years: dict[int, YearCalendar | None] = field(default_factory=dict, repr=False)

    def calendar(self, year: int) -> YearCalendar | None:
        if year not in self._years:
            self._years[year] = self.source.year(year)
        return self._years[year]

    def is_working_day(self, day: date) -> bool:
        cal = self.calendar(day.year)
        if cal is not None:
            if day in cal.workdays:
                return True
            if day in cal.holidays:
                return False
        return day.weekday() < 5

    def add(self, start: date, n: int) -> DueDate:
        """The ``n``-th working day after ``start`` (``start`` itself does not count).

        ``n == 0`` gives ``start`` itself. The years walked through that no source covers
        are listed on the result (weekends-only was assumed for them).
        """
        if n < 0:
            raise DomainError("工作日数不能为负数。")
        day, left = start, n
        touched = {start.year}
        while left:
            day += timedelta(days=1)
            touched.add(day.year)
            if self.is_working_day(day):
                left -= 1
        sources = []
        uncovered = []
        for year in sorted(touched):
            cal = self.calendar(year)
            if cal is None:
                uncovered.append(year)
                sources.append(f"{year}:weekends")
            else:
                sources.append(f"{year}:{cal.source}")
        return DueDate(day, n, tuple(sources), tuple(uncovered))

    def between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when end < start)."""
        if end < start:
            return -self.between(end, start)
        count, day = 0, start
        while day < end:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

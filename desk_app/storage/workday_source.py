"""Where the working-day calendar comes from: central's published years, else ``chinese_calendar``.

Central's calendar (table ``calendar_days``, filled by sync pull) wins for every year it
published — it is the office's official source and can cover years the library does not.
The ``chinese_calendar`` package covers the years it ships data for. Any other year gets
None: the domain then assumes Monday to Friday and warns.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.workdays import YearCalendar

from .sync_state import CalendarDay


def library_year(year: int) -> YearCalendar | None:
    """The year as the ``chinese_calendar`` package knows it, or None outside its range."""
    try:
        from chinese_calendar import constants  # loaded on first need (start-up time)
    except ImportError:  # pragma: no cover - a broken installation: central's years still work
        return None
    holidays = frozenset(d for d in constants.holidays if d.year == year)
    workdays = frozenset(d for d in constants.workdays if d.year == year)
    if not holidays and not workdays:
        return None  # the library raises NotImplementedError for such years: it has no data
    return YearCalendar(year, holidays, workdays, "chinese_calendar")


def central_year(session: Session, year: int) -> YearCalendar | None:
    rows = list(session.execute(select(CalendarDay.day, CalendarDay.kind).where(CalendarDay.year == year)))
    if not rows:
        return None
    holidays = frozenset(d for d, k in rows if k == "holiday")
    workdays = frozenset(d for d, k in rows if k == "workday")
    return YearCalendar(year, holidays, workdays, "central")


class DatabaseCalendar:
    """The :class:`~desk_app.domain.workdays.CalendarSource` of a terminal (one session)."""

    def __init__(self, session: Session):
        self.session = session

    def year(self, year: int) -> YearCalendar | None:
        return central_year(self.session, year) or library_year(year)

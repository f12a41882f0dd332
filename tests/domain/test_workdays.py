"""Working-day arithmetic: official holidays, 调休 Saturdays/Sundays, year ends, missing years."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from chinese_calendar import constants

from desk_app.domain.errors import DomainError
from desk_app.domain.workdays import StaticCalendars, WorkingDays, YearCalendar


def library(year: int) -> YearCalendar:
    return YearCalendar(year, frozenset(d for d in constants.holidays if d.year == year),
                        frozenset(d for d in constants.workdays if d.year == year), "chinese_calendar")


@pytest.fixture
def days() -> WorkingDays:
    return WorkingDays(StaticCalendars.of([library(2025), library(2026)]))


def test_spring_festival_2026_with_make_up_saturdays(days):
    # Fri 13 Feb; Sat 14 Feb is a 调休 working day; 15–23 Feb are the holiday; Sat 28 Feb works too.
    assert days.add(date(2026, 2, 13), 1).day == date(2026, 2, 14)
    assert days.add(date(2026, 2, 13), 2).day == date(2026, 2, 24)
    # Tue 24 … Fri 27 are 4 days, Sat 28 the 5th
    assert days.add(date(2026, 2, 23), 5).day == date(2026, 2, 28)
    assert not days.add(date(2026, 2, 13), 2).uncovered_years


def test_spring_festival_2025(days):
    # 28 Jan – 4 Feb 2025 off; Sun 26 Jan and Sat 8 Feb worked.
    assert days.add(date(2025, 1, 24), 1).day == date(2025, 1, 26)
    assert days.add(date(2025, 1, 27), 1).day == date(2025, 2, 5)
    assert days.add(date(2025, 2, 7), 1).day == date(2025, 2, 8)


def test_national_day_2025_with_sunday_and_saturday_worked(days):
    assert days.add(date(2025, 9, 26), 1).day == date(2025, 9, 28)   # Sunday 28 Sep is worked
    assert days.add(date(2025, 9, 26), 4).day == date(2025, 10, 9)   # 1–8 Oct off
    assert days.add(date(2025, 10, 9), 2).day == date(2025, 10, 11)  # Saturday 11 Oct is worked


def test_national_day_2026(days):
    assert days.add(date(2026, 9, 30), 1).day == date(2026, 10, 8)
    assert days.add(date(2026, 10, 9), 1).day == date(2026, 10, 10)  # Saturday 10 Oct is worked


def test_year_boundary_into_a_sunday_make_up_day(days):
    # 31 Dec 2025 (Wed) → 1–3 Jan 2026 off → Sunday 4 Jan 2026 is worked
    due = days.add(date(2025, 12, 31), 1)
    assert due.day == date(2026, 1, 4)
    assert due.sources == ("2025:chinese_calendar", "2026:chinese_calendar")


def test_every_day_of_2025_and_2026_agrees_with_chinese_calendar(days):
    day = date(2025, 1, 1)
    while day.year < 2027:
        assert days.is_working_day(day) == chinese_calendar.is_workday(day), day
        day += timedelta(days=1)


def test_a_year_no_source_covers_falls_back_to_weekends_and_warns(days):
    due = days.add(date(2026, 12, 30), 5)  # Wed 30 Dec 2026 + 5 → 2027 unknown
    # 31 Dec (Thu) 1; 2027: Fri 1 Jan (weekends-only: worked) 2, Mon 4 … Wed 6 → 5
    assert due.day == date(2027, 1, 6)
    assert due.uncovered_years == (2027,)
    assert "2027 年" in due.warning and "周一至周五" in due.warning
    assert not days.add(date(2026, 12, 1), 5).warning


def test_central_calendar_for_a_later_year_removes_the_warning():
    cal_2027 = YearCalendar(2027, frozenset({date(2027, 1, 1)}), frozenset(), "central")
    days = WorkingDays(StaticCalendars.of([library(2026), cal_2027]))
    due = days.add(date(2026, 12, 30), 5)
    assert due.day == date(2027, 1, 7)  # 1 Jan 2027 is a holiday now
    assert due.warning == ""


def test_between_counts_working_days(days):
    assert days.between(date(2026, 2, 13), date(2026, 2, 24)) == 2
    assert days.between(date(2026, 2, 24), date(2026, 2, 13)) == -2
    assert days.add(date(2026, 3, 2), 0).day == date(2026, 3, 2)


def test_inconsistent_calendars_and_negative_counts_are_refused(days):
    with pytest.raises(DomainError):
        YearCalendar(2026, frozenset({date(2026, 5, 1)}), frozenset({date(2026, 5, 1)}), "central")
    with pytest.raises(DomainError):
        YearCalendar(2026, frozenset({date(2025, 5, 1)}), frozenset(), "central")
    with pytest.raises(DomainError):
        days.add(date(2026, 3, 2), -1)

"""Who may use the promise route. Pure domain: no Qt, no database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desk_app.domain.eligibility import CreditKind, CreditRecord, check_eligibility

ME = "11010519491231002X"
SOMEONE_ELSE = "110105194912310038"
TODAY = date(2026, 11, 20)


def record(kind: CreditKind, recorded_on: date = date(2025, 3, 1), subject: str = ME,
           repaired_on: date | None = None) -> CreditRecord:
    return CreditRecord(subject, kind, recorded_on, "信用中国（西藏）", "", repaired_on)


def test_clean_record_is_eligible_without_warnings():
    result = check_eligibility(ME, [], TODAY)
    assert result.eligible
    assert result.reasons == () and result.warnings == () and result.blocking_records == ()


@pytest.mark.parametrize("kind", [CreditKind.FALSE_PROMISE, CreditKind.SERIOUS_BAD_CREDIT])
def test_false_promise_or_serious_bad_credit_excludes(kind):
    r = record(kind)
    result = check_eligibility(ME, [r], TODAY)
    assert not result.eligible
    assert result.blocking_records == (r,)
    assert len(result.reasons) == 1
    assert kind.label in result.reasons[0]
    assert "2025年03月01日" in result.reasons[0]
    assert "信用中国（西藏）" in result.reasons[0]


def test_false_promise_excludes_until_the_day_of_repair():
    repaired = TODAY + timedelta(days=10)
    r = record(CreditKind.FALSE_PROMISE, repaired_on=repaired)
    assert not check_eligibility(ME, [r], TODAY).eligible
    assert not check_eligibility(ME, [r], repaired - timedelta(days=1)).eligible
    assert check_eligibility(ME, [r], repaired).eligible
    assert check_eligibility(ME, [r], repaired + timedelta(days=365)).eligible


def test_repaired_record_neither_excludes_nor_warns():
    r = record(CreditKind.SERIOUS_BAD_CREDIT, repaired_on=date(2026, 1, 1))
    result = check_eligibility(ME, [r], TODAY)
    assert result.eligible and result.warnings == () and result.reasons == ()


def test_general_bad_credit_only_warns():
    r = record(CreditKind.GENERAL_BAD_CREDIT)
    result = check_eligibility(ME, [r], TODAY)
    assert result.eligible
    assert result.blocking_records == ()
    assert len(result.warnings) == 1
    assert CreditKind.GENERAL_BAD_CREDIT.label in result.warnings[0]


def test_repaired_general_bad_credit_no_longer_warns():
    r = record(CreditKind.GENERAL_BAD_CREDIT, repaired_on=date(2026, 1, 1))
    assert check_eligibility(ME, [r], TODAY).warnings == ()


def test_general_bad_credit_warns_until_the_day_of_repair():
    r = record(CreditKind.GENERAL_BAD_CREDIT, repaired_on=TODAY + timedelta(days=30))
    assert len(check_eligibility(ME, [r], TODAY).warnings) == 1
    assert check_eligibility(ME, [r], TODAY + timedelta(days=30)).warnings == ()


def test_someone_elses_record_is_ignored():
    records = [record(k, subject=SOMEONE_ELSE) for k in CreditKind]
    result = check_eligibility(ME, records, TODAY)
    assert result.eligible and result.warnings == () and result.reasons == ()


@pytest.mark.parametrize("kind", list(CreditKind))
def test_future_dated_record_is_ignored(kind):
    r = record(kind, recorded_on=TODAY + timedelta(days=1))
    result = check_eligibility(ME, [r], TODAY)
    assert result.eligible
    assert result.warnings == ()
    assert result.reasons == ()


def test_record_made_today_already_counts():
    r = record(CreditKind.FALSE_PROMISE, recorded_on=TODAY)
    assert not check_eligibility(ME, [r], TODAY).eligible


def test_open_cases_produce_a_duplicate_warning_but_do_not_exclude():
    result = check_eligibility(
        ME, [], TODAY, open_cases_same_item=["540102-W01-20261119-0003", "540102-W01-20261120-0001"]
    )
    assert result.eligible
    assert len(result.warnings) == 2
    assert "540102-W01-20261119-0003" in result.warnings[0]
    assert "重复" in result.warnings[0]


def test_every_blocking_record_is_reported():
    records = [record(CreditKind.FALSE_PROMISE), record(CreditKind.SERIOUS_BAD_CREDIT, date(2024, 1, 1)),
               record(CreditKind.GENERAL_BAD_CREDIT)]
    result = check_eligibility(ME, records, TODAY)
    assert not result.eligible
    assert len(result.reasons) == 2 and len(result.blocking_records) == 2
    assert len(result.warnings) == 1


def test_records_may_be_any_iterable():
    result = check_eligibility(ME, iter([record(CreditKind.FALSE_PROMISE)]), TODAY)
    assert not result.eligible

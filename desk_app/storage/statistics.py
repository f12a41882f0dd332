"""Aggregate queries for the statistics dashboard and the reports: one function per figure.

Everything is counted in SQL and returns a handful of grouped rows, never one row per case,
so the dashboard stays fast over a million cases. Case figures are filtered on the day the
case was accepted (``cases.created_at``) and read from the daily summary ``stats_daily``;
later facts (withdrawal, verification) on the day the event happened (``case_events.at``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Index,
    Integer,
    String,
    case,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column
from sqlalchemy.sql import Executable

from desk_app.domain.statistics import Bucket, StatsFilter

from .models import Base, CaseEventRow, CaseRow, CaseStatus, CatalogItemRow
from .verification import VerificationResultRow, VerificationTaskRow


class StatsDaily(Base):
    """Cases per day, item, office, path and certificate reason, with the time at the counter
    summed: kept by a trigger on every case insert (migration 0010, which also fills it from
    the cases already there). Cases are never updated or deleted, so the sums stay exact and
    a whole year of figures reads a few thousand rows instead of a million."""

    __tablename__ = "stats_daily"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # YYYY-MM-DD
    item_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    path: Mapped[str] = mapped_column(String(16), primary_key=True)
    reason: Mapped[str] = mapped_column(String(32), primary_key=True)  # "" on the promise path
    cases: Mapped[int] = mapped_column(Integer)
    seconds_sum: Mapped[int] = mapped_column(Integer)
    seconds_n: Mapped[int] = mapped_column(Integer)


def _payload(path: str) -> ColumnElement[Any]:
    """``json_extract(cases.payload, '$.path')`` with the path as a literal, so SQLite matches
    it to the expression in ``ix_cases_stats`` (a bound parameter would not match)."""
    return func.json_extract(CaseRow.payload, literal_column(f"'$.{path}'"))


CERTIFICATE_REASON = _payload("certificate_reason")
COUNTER_SECONDS = _payload("counter_seconds")

# Covering indexes (migration 0010): a period's figures are read off the index alone, the
# two payload fields included (reading the JSON payload of a million cases takes a minute).
IX_CASES_STATS = Index(
    "ix_cases_stats", CaseRow.created_at, CaseRow.item_code, CaseRow.path, CaseRow.office_code,
    CERTIFICATE_REASON, COUNTER_SECONDS, CaseRow.doc_number,
)
IX_EVENTS_KIND_AT = Index(
    "ix_case_events_kind_at", CaseEventRow.kind, CaseEventRow.at, CaseEventRow.to_state, CaseEventRow.case_id
)

_FORMATS = {Bucket.DAY: "%Y-%m-%d", Bucket.WEEK: "%Y-W%W", Bucket.MONTH: "%Y-%m"}


def _bounds(f: StatsFilter) -> tuple[datetime, datetime]:
    return datetime.combine(f.date_from, time.min), datetime.combine(f.date_to + timedelta(days=1), time.min)


def _case_where(f: StatsFilter) -> list[ColumnElement[bool]]:
    start, end = _bounds(f)
    where = [CaseRow.created_at >= start, CaseRow.created_at < end]
    if f.office:
        where.append(CaseRow.office_code == f.office)
    if f.item:
        where.append(CaseRow.item_code == f.item)
    return where


def _event_where(f: StatsFilter, kind: str) -> list[ColumnElement[bool]]:
    start, end = _bounds(f)
    where = [CaseEventRow.kind == kind, CaseEventRow.at >= start, CaseEventRow.at < end]
    if f.office:
        where.append(CaseRow.office_code == f.office)
    if f.item:
        where.append(CaseRow.item_code == f.item)
    return where


D = StatsDaily


def _daily_where(f: StatsFilter) -> list[ColumnElement[bool]]:
    where = [D.day >= f.date_from.isoformat(), D.day <= f.date_to.isoformat()]
    if f.office:
        where.append(D.office_code == f.office)
    if f.item:
        where.append(D.item_code == f.item)
    return where


def _sum_where(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((condition, D.cases), else_=0))


def _rows(s: Session, q: Executable) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.execute(q)]


def cases_by_period(s: Session, f: StatsFilter, bucket: Bucket) -> list[tuple[str, int, int, int]]:
    """(period, all, promise, certificate), oldest first; weeks are ``YYYY-Www`` (Monday first)."""
    period = func.strftime(_FORMATS[bucket], D.day).label("period")
    q = (select(period, func.sum(D.cases), _sum_where(D.path == "promise"), _sum_where(D.path == "certificate"))
         .where(*_daily_where(f)).group_by(period).order_by(period))
    return _rows(s, q)  # type: ignore[return-value]


def cases_by_item(s: Session, f: StatsFilter) -> list[tuple[str, int, int, int]]:
    """(item code, all, promise, certificate)."""
    q = (select(D.item_code, func.sum(D.cases), _sum_where(D.path == "promise"), _sum_where(D.path == "certificate"))
         .where(*_daily_where(f)).group_by(D.item_code).order_by(D.item_code))
    return _rows(s, q)  # type: ignore[return-value]


def certificate_reasons(s: Session, f: StatsFilter, reasons: list[str]) -> list[tuple[Any, ...]]:
    """(item code, cases per reason in ``reasons`` order) for cases that took the certificate
    path at the counter."""
    sums = [_sum_where(D.reason == r) for r in reasons]
    q = (select(D.item_code, *sums).where(*_daily_where(f), D.path == "certificate")
         .group_by(D.item_code).order_by(D.item_code))
    return _rows(s, q)


def reason_people(s: Session, f: StatsFilter, reason: str) -> list[tuple[str, int, int]]:
    """(item code, cases, distinct applicants) of the certificate-path cases with ``reason``."""
    q = (select(CaseRow.item_code, func.count(), func.count(func.distinct(CaseRow.doc_number)))
         .where(*_case_where(f), CaseRow.path == "certificate", CERTIFICATE_REASON == literal_column(f"'{reason}'"))
         .group_by(CaseRow.item_code).order_by(CaseRow.item_code))
    return _rows(s, q)  # type: ignore[return-value]


def events_by_item(s: Session, f: StatsFilter, kind: str) -> list[tuple[str, int]]:
    """(item code, events) of one kind of case event (withdrawn, ...) in the period."""
    q = (select(CaseRow.item_code, func.count()).select_from(CaseEventRow)
         .join(CaseRow, CaseRow.id == CaseEventRow.case_id).where(*_event_where(f, kind))
         .group_by(CaseRow.item_code).order_by(CaseRow.item_code))
    return _rows(s, q)  # type: ignore[return-value]


def verification_results(s: Session, f: StatsFilter) -> list[tuple[str, int, int]]:
    """(item code, verified true, verified false) with the verification recorded in the period."""
    true = func.sum(case((CaseEventRow.to_state == "verified_true", 1), else_=0))
    false = func.sum(case((CaseEventRow.to_state == "verified_false", 1), else_=0))
    q = (select(CaseRow.item_code, true, false).select_from(CaseEventRow)
         .join(CaseRow, CaseRow.id == CaseEventRow.case_id).where(*_event_where(f, "verified"))
         .group_by(CaseRow.item_code).order_by(CaseRow.item_code))
    return _rows(s, q)  # type: ignore[return-value]


def cases_by_state(s: Session, f: StatsFilter) -> list[tuple[str, int]]:
    """(current state, cases) for the cases accepted in the period. The projection is read in
    order and probed against the period's case ids (off the covering index): a join would
    look up each case at random, a minute over a million cases."""
    ids = select(CaseRow.id).where(*_case_where(f))
    q = (select(CaseStatus.state, func.count()).where(CaseStatus.case_id.in_(ids))
         .group_by(CaseStatus.state).order_by(CaseStatus.state))
    return _rows(s, q)  # type: ignore[return-value]


def counter_seconds(s: Session, f: StatsFilter) -> list[tuple[str, int, float]]:
    """(item code, cases, mean seconds at the counter) from the wizard's start to the finish.

    Every event of a visit is stamped when the case is finished (one transaction), so the
    time at the counter is the ``counter_seconds`` the finish recorded in the frozen payload.
    """
    n = func.sum(D.seconds_n)
    q = (select(D.item_code, n, func.sum(D.seconds_sum)).where(*_daily_where(f))
         .group_by(D.item_code).having(n > 0).order_by(D.item_code))
    return [(code, count, total / count) for code, count, total in s.execute(q)]


def overdue_tasks(s: Session, f: StatsFilter, today: date, open_states: tuple[str, ...]) -> list[tuple[str, int]]:
    """(item code, tasks) of the cases accepted in the period whose verification is past its
    due date with no result recorded while the case is still open."""
    t = VerificationTaskRow
    has_result = select(VerificationResultRow.id).where(VerificationResultRow.task_id == t.id).exists()
    where = [t.accepted_on >= f.date_from, t.accepted_on <= f.date_to, t.due_on.is_not(None), t.due_on < today,
             ~has_result, CaseStatus.state.in_(open_states)]
    if f.office:
        where.append(CaseRow.office_code == f.office)
    if f.item:
        where.append(t.item_code == f.item)
    q = (select(t.item_code, func.count()).join(CaseRow, CaseRow.id == t.case_id)
         .join(CaseStatus, CaseStatus.case_id == t.case_id).where(*where)
         .group_by(t.item_code).order_by(t.item_code))
    return _rows(s, q)  # type: ignore[return-value]


def event_labels(s: Session, f: StatsFilter, kind: str) -> list[tuple[str, int]]:
    """(the event's ``data.label``, events) of one kind of case event in the period."""
    label = func.coalesce(func.json_extract(CaseEventRow.data, "$.label"), "").label("label")
    q = (select(label, func.count()).select_from(CaseEventRow).join(CaseRow, CaseRow.id == CaseEventRow.case_id)
         .where(*_event_where(f, kind)).group_by(label).order_by(label))
    return _rows(s, q)  # type: ignore[return-value]


def count_events(s: Session, f: StatsFilter, kind: str) -> int:
    q = (select(func.count()).select_from(CaseEventRow).join(CaseRow, CaseRow.id == CaseEventRow.case_id)
         .where(*_event_where(f, kind)))
    return s.scalar(q) or 0


def count_cases(s: Session, f: StatsFilter) -> int:
    return s.scalar(select(func.sum(D.cases)).where(*_daily_where(f))) or 0


def catalog_payloads(s: Session) -> list[dict[str, Any]]:
    """Every stored catalog item version (a few dozen rows)."""
    return list(s.scalars(select(CatalogItemRow.payload).order_by(CatalogItemRow.code, CatalogItemRow.version)))


def disclosure_candidates(
    s: Session, item_codes: list[str], start: datetime, end: datetime
) -> list[tuple[str, str, int, datetime, str, str, str, str, str | None]]:
    """Promise cases of the given items accepted in [start, end) whose applicant consented to
    publication and that were not withdrawn: (case_no, item code, item version, accepted at,
    applicant kind, name, doc type, doc number, legal representative). Phones are never read."""
    consent = func.json_extract(CaseRow.payload, "$.publication_consent")
    q = (select(CaseRow.case_no, CaseRow.item_code, CaseRow.item_version, CaseRow.created_at,
                CaseRow.applicant_kind, CaseRow.applicant_name, CaseRow.doc_type, CaseRow.doc_number,
                func.json_extract(CaseRow.payload, "$.applicant.legal_representative"))
         .join(CaseStatus, CaseStatus.case_id == CaseRow.id)
         .where(CaseRow.item_code.in_(item_codes), CaseRow.path == "promise", consent == 1,
                CaseRow.created_at >= start, CaseRow.created_at < end,
                CaseStatus.state.not_in(("withdrawn", "certificate_path")))
         .order_by(CaseRow.created_at, CaseRow.case_no))
    return _rows(s, q)  # type: ignore[return-value]

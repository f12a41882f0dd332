"""Credit-record events (record, repair, objection and its decision): append-only rows.

``credit_records`` (storage/models.py) is the projection eligibility reads; the events here
are the history that produced the terminal's own records. Findings and measures of a false
promise, withdrawals, conclusions and corrections are case events (``case_events``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .models import Base, CreditRecordRow


class CreditEventRow(Base):
    __tablename__ = "credit_events"
    __table_args__ = (UniqueConstraint("record_uuid", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    subject_id: Mapped[str] = mapped_column(String(32), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    effective_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    documents: Mapped[list] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    terminal_code: Mapped[str] = mapped_column(String(8))


def record_by_uuid(s: Session, uuid: str) -> CreditRecordRow | None:
    return s.scalar(select(CreditRecordRow).where(CreditRecordRow.uuid == uuid))


def records_for(s: Session, subject_id: str) -> list[CreditRecordRow]:
    return list(s.scalars(select(CreditRecordRow).where(CreditRecordRow.subject_id == subject_id)
                          .order_by(CreditRecordRow.recorded_on, CreditRecordRow.id)))


def events_for(s: Session, record_uuid: str) -> list[CreditEventRow]:
    return list(s.scalars(select(CreditEventRow).where(CreditEventRow.record_uuid == record_uuid)
                          .order_by(CreditEventRow.seq)))


def has_local_events(s: Session, record_uuid: str) -> bool:
    return s.scalar(select(CreditEventRow.id).where(CreditEventRow.record_uuid == record_uuid).limit(1)) is not None

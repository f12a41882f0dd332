"""Verification tasks, their results, attachments and assisted-check correspondence.

All append-only (triggers in migration 0006): a task is written once when the case is
accepted; a result, an assisted-check request or an answer is a new row, never an edit.
The task's state is read from its newest result.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

APPEND_ONLY_TABLES = (
    "verification_tasks", "verification_results", "verification_attachments", "assist_requests", "assist_answers",
)


class VerificationTaskRow(Base):
    __tablename__ = "verification_tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    item_code: Mapped[str] = mapped_column(String(32), index=True)
    item_version: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16), index=True)
    accepted_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)  # None: exempt
    standard: Mapped[str] = mapped_column(Text)
    rule: Mapped[dict] = mapped_column(JSON)            # AppliedRule.to_dict(): which rule produced it
    calendar_warning: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class VerificationResultRow(Base):
    __tablename__ = "verification_results"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("verification_tasks.id"), index=True)
    result: Mapped[str] = mapped_column(String(16))     # true | false | unverifiable
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))


class VerificationAttachmentRow(Base):
    """A scanned document, kept in the (encrypted) database, never as a loose file."""

    __tablename__ = "verification_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("verification_tasks.id"), index=True)
    owner: Mapped[str] = mapped_column(String(16))      # result | answer
    owner_id: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(48))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[datetime] = mapped_column(DateTime)


class AssistRequestRow(Base):
    """A formal request to another office (协助核查函), as printed."""

    __tablename__ = "assist_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("verification_tasks.id"), index=True)
    office: Mapped[str] = mapped_column(Text)
    answer_due_on: Mapped[date] = mapped_column(Date)
    contact: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))


class AssistAnswerRow(Base):
    """The other office's written answer, or its written refusal with reasons."""

    __tablename__ = "assist_answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("assist_requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))       # answer | refusal
    text: Mapped[str] = mapped_column(Text)
    received_on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))

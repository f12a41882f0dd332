"""The central server's own database (SQLite or PostgreSQL), separate from any terminal's.

Times are naive UTC. Events, conflicts and audit entries are append-only; ``changes`` is the
feed terminals pull with a cursor (its ``seq``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JsonType = JSON().with_variant(JSONB(), "postgresql")
# BIGINT on PostgreSQL; INTEGER on SQLite so the primary key is the rowid (autoincrement).
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JsonType}


class Office(Base):
    __tablename__ = "offices"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(128), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Terminal(Base):
    __tablename__ = "terminals"
    __table_args__ = (Index("ix_terminals_office_terminal", "office_code", "terminal_code"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    terminal_code: Mapped[str] = mapped_column(String(8))
    token_hash: Mapped[str] = mapped_column(String(64))  # sha256 of a 256-bit random token
    bundle_key: Mapped[str] = mapped_column(String(64))  # base64 AES-256 key (needed to open bundles)
    device: Mapped[str] = mapped_column(String(200), default="")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(ForeignKey("offices.code"))
    terminal_code: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    terminal_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_aggregate", "aggregate", "aggregate_id", "aggregate_seq"),
        Index("ix_events_terminal", "terminal_id"),
        Index("ix_events_item_code", "item_code"),
    )
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    aggregate: Mapped[str] = mapped_column(String(32))
    aggregate_id: Mapped[str] = mapped_column(String(64))
    aggregate_seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(48))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonType)
    payload_digest: Mapped[str] = mapped_column(String(64))
    device_time: Mapped[datetime] = mapped_column(DateTime)
    device_day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD on the device, for counts
    received_at: Mapped[datetime] = mapped_column(DateTime)
    office_code: Mapped[str] = mapped_column(String(16))
    terminal_code: Mapped[str] = mapped_column(String(8))
    username: Mapped[str] = mapped_column(String(64))
    # Set only on the event that carries the case itself (the first one): counts by item.
    item_code: Mapped[str | None] = mapped_column(String(32), nullable=True)


class Conflict(Base):
    """Same UUID, different content (or a digest that does not match): kept for review."""

    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("uuid", "payload_digest", name="uq_conflicts_uuid_digest"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    event: Mapped[dict[str, Any]] = mapped_column(JsonType)  # the whole EventIn as received
    payload_digest: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200))


class AuditEntryRow(Base):
    """A terminal's audit entry, re-verified on arrival; the chain is per terminal."""

    __tablename__ = "audit_entries"
    __table_args__ = (UniqueConstraint("terminal_id", "seq", name="uq_audit_entries_terminal_seq"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40))  # exactly the isoformat that was hashed
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    office_code: Mapped[str] = mapped_column(String(16))
    terminal_code: Mapped[str] = mapped_column(String(8))
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    content_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime)


class AuditFlag(Base):
    __tablename__ = "audit_flags"
    __table_args__ = (UniqueConstraint("terminal_id", "seq", name="uq_audit_flags_terminal_seq"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    seq: Mapped[int] = mapped_column(Integer)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200))
    entry: Mapped[dict[str, Any]] = mapped_column(JsonType)  # the entry as received


class ChangeRow(Base):
    """The pull feed: catalog items, credit records, calendars, users, settings."""

    __tablename__ = "changes"
    __table_args__ = (Index("ix_changes_kind_key", "kind", "key"),)
    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonType)
    digest: Mapped[str] = mapped_column(String(64))
    office_code: Mapped[str | None] = mapped_column(String(16), nullable=True)  # None: every office
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ServerSetting(Base):
    __tablename__ = "server_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CreditRecord(Base):
    """Credit records made at terminals (false-promise findings), as the latest event left
    them; each change is also published on the changes feed (kind ``credit_record``)."""

    __tablename__ = "credit_records"
    __table_args__ = (Index("ix_credit_records_subject_id", "subject_id"),)
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    subject_id: Mapped[str] = mapped_column(String(32))
    subject_name: Mapped[str] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32))
    grade: Mapped[str] = mapped_column(String(16))
    recorded_on: Mapped[str] = mapped_column(String(10))  # ISO dates, as published
    repaired_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    voided_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    source: Mapped[str] = mapped_column(String(128))
    note: Mapped[str] = mapped_column(Text)
    case_no: Mapped[str] = mapped_column(String(40))
    office_code: Mapped[str] = mapped_column(String(16))
    last_event_at: Mapped[datetime] = mapped_column(DateTime)  # device time of the event applied last
    last_event_uuid: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CatalogPublication(Base):
    """A catalog item version a terminal's administrator published (issue 8): what became of it.

    ``published`` went into the changes feed for the terminal's office; ``unchanged`` was
    there already; ``refused`` broke a catalog rule against what central holds (reason kept).
    """

    __tablename__ = "catalog_publications"
    __table_args__ = (Index("ix_catalog_publications_office_key", "office_code", "key"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_uuid: Mapped[str] = mapped_column(String(36), index=True)
    terminal_id: Mapped[str] = mapped_column(ForeignKey("terminals.id"))
    office_code: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(64))  # CODE:VERSION
    username: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime)

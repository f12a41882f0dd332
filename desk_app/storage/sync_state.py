"""The terminal's side of sync in the database: outbox marking, audit reading, the pull cursor,
and applying changes pulled from the central server.

The sync package may not import storage (nor storage sync): the worker talks to
:class:`SyncStore` through a small protocol it declares itself, and the change validation
in ``sync/apply.py`` writes through :class:`ChangeWriter`. Everything is stored in the
settings table and the terminal's own tables — the database file is encrypted at rest, and
nothing here writes anywhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Integer, String, delete, func, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from desk_app.domain.accounts import Actor

from . import audit
from . import settings as keys
from .credit import has_local_events
from .db import Database
from .models import AuditEntry, Base, CatalogItemRow, CreditRecordRow, OutboxRow, User

# -- settings keys -----------------------------------------------------------------------------

URL = "sync.url"
TERMINAL_ID = "sync.terminal_id"
TOKEN = "sync.token"            # secret: lives only in the (encrypted) database
BUNDLE_KEY = "sync.bundle_key"  # secret: base64 AES-256-GCM key for USB bundles
CA_FILE = "sync.ca_file"
ALLOW_HTTP = "sync.allow_insecure_http"
ENROLLED_AT = "sync.enrolled_at"
CURSOR = "sync.cursor"
AUDIT_ACKED_SEQ = "sync.audit_acked_seq"
AUDIT_BROKEN_AT = "sync.audit_broken_at"
LAST_ATTEMPT_AT = "sync.last_attempt_at"
LAST_SUCCESS_AT = "sync.last_success_at"
LAST_PULL_AT = "sync.last_pull_at"  # the credit list, catalog and accounts are as fresh as this
LAST_ERROR = "sync.last_error"
INTERVAL_MINUTES = "sync.interval_minutes"

PENDING, SENDING, ACKED, CONFLICT = "pending", "sending", "acked", "conflict"
UNSENT = (PENDING, SENDING)  # 'sending' left by a crash is sent again (idempotent by UUID)


class CalendarDay(Base):
    """Official holidays and adjusted workdays (调休) per year, as published by central."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday | workday


_WIRE_COLUMNS = (OutboxRow.id, OutboxRow.uuid, OutboxRow.aggregate, OutboxRow.aggregate_id,
                 OutboxRow.aggregate_seq, OutboxRow.kind, OutboxRow.payload, OutboxRow.payload_digest,
                 OutboxRow.created_at)


def calendar_for(session: Session, year: int) -> dict[date, str]:
    return {r.day: r.kind for r in session.scalars(select(CalendarDay).where(CalendarDay.year == year))}


def unsent_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.status.in_(UNSENT))) or 0


def conflict_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.status == CONFLICT)) or 0


def oldest_unsent(session: Session) -> OutboxRow | None:
    return session.scalar(select(OutboxRow).where(OutboxRow.status.in_(UNSENT)).order_by(OutboxRow.id).limit(1))


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


def parse_time(value: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


class ChangeWriter:
    """Writes one pulled change inside the store's transaction; each write is audited."""

    def __init__(self, session: Session, actor: Actor, at: datetime, initials: Callable[[str], str]):
        self.session, self.actor, self.at, self._initials = session, actor, at, initials

    def _audit(self, action: str, entity: str, entity_id: str, content: Any) -> None:
        audit.append(self.session, self.actor, self.at, action, entity, entity_id, content)

    # catalog: versions are immutable, a change is a new version
    def catalog_versions(self, code: str) -> list[dict[str, Any]]:
        return [dict(r.payload) for r in self.session.scalars(select(CatalogItemRow).where(CatalogItemRow.code == code))]

    def add_catalog_item(self, *, code: str, version: int, effective_from: date, effective_to: date | None,
                         matter: str, proof_item: str, digest: str, payload: dict[str, Any]) -> None:
        self.session.add(CatalogItemRow(
            code=code, version=version, effective_from=effective_from, effective_to=effective_to,
            matter=matter, proof_item=proof_item,
            initials=self._initials(matter) + " " + self._initials(proof_item),
            digest=digest, payload=payload, source="central", imported_at=self.at,
        ))
        self._audit("sync.catalog_item", "catalog_item", f"{code} v{version}", payload)

    def upsert_credit_record(self, *, uuid: str, subject_id: str, subject_name: str, kind: str,
                             recorded_on: date, repaired_on: date | None, source: str, note: str,
                             grade: str = "", voided_on: date | None = None, case_no: str = "") -> None:
        row = self.session.scalar(select(CreditRecordRow).where(CreditRecordRow.uuid == uuid))
        local = row is not None and has_local_events(self.session, uuid)
        if row is None:
            row = CreditRecordRow(uuid=uuid, created_at=self.at)
            self.session.add(row)
        if local:
            # Repair and voiding are never undone: a pulled state older than this terminal's own
            # unsent event must not clear them.
            repaired_on, voided_on = repaired_on or row.repaired_on, voided_on or row.voided_on
        row.subject_id, row.subject_name, row.kind = subject_id, subject_name, kind
        row.recorded_on, row.repaired_on, row.source, row.note = recorded_on, repaired_on, source, note
        row.grade, row.voided_on, row.case_no = grade, voided_on, case_no
        self._audit("sync.credit_record", "credit_record", uuid,
                    {"kind": kind, "recorded_on": recorded_on, "repaired_on": repaired_on, "source": source,
                     **({"grade": grade, "voided_on": voided_on} if grade or voided_on else {})})

    def replace_calendar_year(self, year: int, holidays: Iterable[date], workdays: Iterable[date]) -> None:
        self.session.execute(delete(CalendarDay).where(CalendarDay.year == year))
        days = [(d, "holiday") for d in holidays] + [(d, "workday") for d in workdays]
        self.session.add_all(CalendarDay(day=d, year=year, kind=k) for d, k in days)
        self._audit("sync.calendar", "calendar", str(year), sorted((d.isoformat(), k) for d, k in days))

    def upsert_user(self, *, username: str, display_name: str, role: str, password_hash: str | None,
                    active: bool) -> None:
        user = self.session.scalar(select(User).where(User.username == username))
        if user is None:
            user = User(username=username, password_hash=password_hash or "", failed_attempts=0,
                        created_at=self.at)
            self.session.add(user)
        elif password_hash:
            user.password_hash = password_hash
        user.display_name, user.role, user.active = display_name, role, active
        self._audit("sync.user", "user", username, {"role": role, "active": active})

    def put_setting(self, key: str, value: str) -> None:
        keys.put(self.session, key, value)
        self._audit("sync.setting", "setting", key, {"value": value})


class SyncStore:
    """The database half of a sync run: short transactions, each one committed on its own."""

    def __init__(self, db: Database, actor: Actor, clock: Callable[[], datetime],
                 initials: Callable[[str], str]):
        self.db, self.actor, self.clock, self.initials = db, actor, clock, initials

    def is_training(self) -> bool:
        return self.get(keys.TRAINING) == "1"

    def get(self, key: str) -> str | None:
        with self.db.session() as s:
            return keys.get(s, key)

    def put(self, key: str, value: str) -> None:
        self.put_many({key: value})

    def put_many(self, values: Mapping[str, str]) -> None:
        with self.db.session() as s, s.begin():
            for key, value in values.items():
                keys.put(s, key, value)

    # -- push ----------------------------------------------------------------------------------
    def next_unsent(self, after_id: int, limit: int) -> list[Any]:
        """Pending (and crash-left 'sending') rows in id order; per case that is seq order.
        Plain rows with the wire columns (attribute access), not ORM objects: cheaper per row."""
        with self.db.session() as s:
            return list(s.execute(
                select(*_WIRE_COLUMNS).where(OutboxRow.status.in_(UNSENT), OutboxRow.id > after_id)
                .order_by(OutboxRow.id).limit(limit)
            ))

    def mark_sending(self, ids: Sequence[int]) -> None:
        with self.db.session() as s, s.begin():
            s.execute(update(OutboxRow).where(OutboxRow.id.in_(ids))
                      .values(status=SENDING, attempts=OutboxRow.attempts + 1))

    def record_results(self, ids: Sequence[int], results: Mapping[str, tuple[str, str]]) -> None:
        """Apply the server's per-event results: acked/duplicate → 'acked'; conflict → kept
        as 'conflict' with the reason; a row the server did not answer for goes back to
        'pending'."""
        now = self.clock()
        acked: list[int] = []
        unanswered: list[int] = []
        conflicts: list[tuple[int, str]] = []
        with self.db.session() as s, s.begin():
            # plain columns and one UPDATE per outcome: no ORM object per row (a batch is
            # hundreds of rows, and this runs while the clerk works)
            for row_id, uuid in s.execute(select(OutboxRow.id, OutboxRow.uuid).where(OutboxRow.id.in_(ids))):
                status, reason = results.get(uuid, ("", ""))
                if status in ("acked", "duplicate"):
                    acked.append(row_id)
                elif status == "conflict":
                    conflicts.append((row_id, reason or "中心已有同一编号但内容不同的记录，已留待中心核对。"))
                else:
                    unanswered.append(row_id)
            if acked:
                s.execute(update(OutboxRow).where(OutboxRow.id.in_(acked))
                          .values(status=ACKED, acked_at=now, last_error=None))
            if unanswered:
                s.execute(update(OutboxRow).where(OutboxRow.id.in_(unanswered))
                          .values(status=PENDING, last_error="中心未确认收到，将再次发送。"))
            for row_id, reason in conflicts:
                s.execute(update(OutboxRow).where(OutboxRow.id == row_id)
                          .values(status=CONFLICT, last_error=reason))

    def release(self, ids: Sequence[int], error: str) -> None:
        """A batch that got no answer goes back to 'pending' (it may have arrived: resent
        next time, the server answers 'duplicate')."""
        with self.db.session() as s, s.begin():
            s.execute(update(OutboxRow).where(OutboxRow.id.in_(ids), OutboxRow.status == SENDING)
                      .values(status=PENDING, last_error=error))

    def unsent_total(self) -> int:
        with self.db.session() as s:
            return unsent_count(s)

    def audit_after(self, seq: int, limit: int) -> list[AuditEntry]:
        with self.db.session() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.seq > seq).order_by(AuditEntry.seq).limit(limit)))

    def audit_acked_seq(self) -> int:
        return _int(self.get(AUDIT_ACKED_SEQ))

    def set_audit_acked(self, seq: int, broken_at: int | None) -> None:
        """Central's view, as of its latest answer (a break it no longer reports is cleared)."""
        self.put_many({AUDIT_ACKED_SEQ: str(seq), AUDIT_BROKEN_AT: "" if broken_at is None else str(broken_at)})

    # -- pull ----------------------------------------------------------------------------------
    def cursor(self) -> int:
        return _int(self.get(CURSOR))

    def apply_change(self, seq: int, apply: Callable[[ChangeWriter], object]) -> None:
        """One pulled change and the cursor past it, in one transaction: all or nothing."""
        with self.db.session() as s, s.begin():
            apply(ChangeWriter(s, self.actor, self.clock(), self.initials))
            if _int(keys.get(s, CURSOR)) < seq:
                keys.put(s, CURSOR, str(seq))

    def set_cursor(self, cursor: int) -> None:
        self.put(CURSOR, str(cursor))

    def mark_pulled(self) -> None:
        self.put(LAST_PULL_AT, self.clock().isoformat())

    def record_run(self, error: str | None) -> None:
        now = self.clock().isoformat()
        values = {LAST_ATTEMPT_AT: now, LAST_ERROR: error or ""}
        if error is None:
            values[LAST_SUCCESS_AT] = now
        self.put_many(values)

    # -- USB bundles ---------------------------------------------------------------------------
    def all_unsent(self) -> list[Any]:
        with self.db.session() as s:
            return list(s.execute(select(*_WIRE_COLUMNS).where(OutboxRow.status.in_(UNSENT)).order_by(OutboxRow.id)))

    def ids_for(self, uuids: Iterable[str]) -> list[int]:
        wanted = list(uuids)
        with self.db.session() as s:
            return list(s.scalars(select(OutboxRow.id).where(OutboxRow.uuid.in_(wanted), OutboxRow.status != ACKED)))

"""The changes feed terminals pull: catalog items, credit records, calendars, users, settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select, text

from desk_app.storage.audit import canonical_digest
from desk_app.sync.protocol import Change, ChangeKind, ChangesResponse

from .db import Database, utcnow
from .models import ChangeRow

MAX_LIMIT = 1000
DEFAULT_LIMIT = 200


def _lock_feed(conn: Connection) -> None:
    # PostgreSQL: serialize writers so sequence values commit in order; a reader holding
    # cursor N then never misses a row N-1 that commits late. SQLite writes are serial anyway.
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE changes IN SHARE ROW EXCLUSIVE MODE"))


def append_changes(
    db: Database, items: list[tuple[ChangeKind, str, dict[str, Any]]], office_code: str | None = None
) -> tuple[int, int]:
    """Append (kind, key, payload) in one transaction; an item identical to the newest change
    with the same kind and key is skipped. Returns (appended, unchanged)."""
    with db.write() as conn:
        return append_changes_in(conn, items, office_code, utcnow())


def append_changes_in(
    conn: Connection, items: list[tuple[ChangeKind, str, dict[str, Any]]], office_code: str | None,
    now: datetime,
) -> tuple[int, int]:
    """As :func:`append_changes`, inside the caller's transaction."""
    appended = unchanged = 0
    _lock_feed(conn)
    for kind, key, payload in items:
        digest = canonical_digest(payload)
        latest = conn.scalar(
            select(ChangeRow.digest)
            .where(ChangeRow.kind == kind.value, ChangeRow.key == key,
                   ChangeRow.office_code.is_(None) if office_code is None
                   else ChangeRow.office_code == office_code)
            .order_by(ChangeRow.seq.desc()).limit(1)
        )
        if latest == digest:
            unchanged += 1
            continue
        conn.execute(insert(ChangeRow).values(
            kind=kind.value, key=key, payload=payload, digest=digest,
            office_code=office_code, created_at=now,
        ))
        appended += 1
    return appended, unchanged


def feed(db: Database, office_code: str, since: int, limit: int) -> ChangesResponse:
    """Changes after ``since`` for one office (changes for every office included)."""
    limit = max(1, min(limit, MAX_LIMIT))
    with db.read() as conn:
        rows = conn.execute(
            select(ChangeRow.seq, ChangeRow.kind, ChangeRow.key, ChangeRow.payload)
            .where(ChangeRow.seq > since,
                   or_(ChangeRow.office_code.is_(None), ChangeRow.office_code == office_code))
            .order_by(ChangeRow.seq).limit(limit + 1)
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [Change(seq=r.seq, kind=ChangeKind(r.kind), key=r.key, payload=r.payload) for r in rows]
    return ChangesResponse(cursor=rows[-1].seq if rows else since, changes=changes, more=more)

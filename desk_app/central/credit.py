"""Credit records made at terminals: projected from their events and fanned out.

A terminal sends every credit event (aggregate ``credit_record``) with the record as it
stands after the event. On ingest central keeps the newest state per record (by device
time, then event UUID, so the order of arrival does not matter) and publishes it on the
changes feed, in the ingest transaction: every terminal pulls it with its next sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from desk_app.domain.eligibility import CreditKind
from desk_app.sync.protocol import ChangeKind, EventIn

from .changes import append_changes_in
from .models import CreditRecord

AGGREGATE = "credit_record"
_FIELDS = ("uuid", "subject_id", "subject_name", "kind", "recorded_on", "repaired_on", "voided_on",
           "source", "note", "grade", "case_no")


def _iso(value: Any) -> str | None:
    if value in (None, ""):
        return None
    return date.fromisoformat(str(value)).isoformat()


def _snapshot(ev: EventIn) -> dict[str, Any] | None:
    """The record carried by the event, cleaned; None when it does not make sense (the event
    itself is kept anyway, like any other)."""
    record = ev.payload.get("record")
    if not isinstance(record, dict) or record.get("uuid") != ev.aggregate_id:
        return None
    try:
        out = {
            "uuid": str(record["uuid"]), "subject_id": str(record["subject_id"])[:32],
            "subject_name": str(record["subject_name"])[:128], "kind": str(record["kind"]),
            "recorded_on": _iso(record["recorded_on"]), "repaired_on": _iso(record.get("repaired_on")),
            "voided_on": _iso(record.get("voided_on")), "source": str(record["source"])[:128],
            "note": str(record.get("note") or "")[:4000], "grade": str(record.get("grade") or "")[:16],
            "case_no": str(record.get("case_no") or "")[:40],
        }
    except (KeyError, ValueError, TypeError):
        return None
    if out["kind"] not in {k.value for k in CreditKind} or not out["recorded_on"]:
        return None
    return out


def _naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def project(conn: Connection, events: Sequence[EventIn], office_of: dict[str, str], now: datetime) -> int:
    """Apply newly stored credit events; returns how many changes were published."""
    published: list[tuple[ChangeKind, str, dict[str, Any]]] = []
    for ev in sorted(events, key=lambda e: (_naive(e.created_at), e.uuid)):
        snap = _snapshot(ev)
        if snap is None:
            continue
        at = _naive(ev.created_at)
        held = conn.execute(select(CreditRecord.last_event_at, CreditRecord.last_event_uuid)
                            .where(CreditRecord.uuid == snap["uuid"])).first()
        values = {k: snap[k] for k in _FIELDS if k != "uuid"} | {
            "office_code": office_of.get(ev.uuid, ""), "last_event_at": at, "last_event_uuid": ev.uuid,
            "updated_at": now}
        if held is None:
            conn.execute(insert(CreditRecord).values(uuid=snap["uuid"], **values))
        elif (held.last_event_at, held.last_event_uuid) < (at, ev.uuid):
            conn.execute(update(CreditRecord).where(CreditRecord.uuid == snap["uuid"]).values(**values))
        else:
            continue  # an older event arrived late: the newer state stands
        published.append((ChangeKind.CREDIT_RECORD, snap["uuid"], snap))
    if published:
        append_changes_in(conn, published, None, now)
    return len(published)

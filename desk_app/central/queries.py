"""Read side for auditors: one case with all its events, and case counts."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import func, select

from desk_app.sync.protocol import CaseView, CountRow

from .db import Database
from .models import Event

GROUPS = {"office": Event.office_code, "item": Event.item_code, "day": Event.device_day}


def case_view(db: Database, case_no: str) -> CaseView | None:
    with db.read() as conn:
        rows = conn.execute(
            select(Event).where(Event.aggregate == "case", Event.aggregate_id == case_no)
            .order_by(Event.aggregate_seq, Event.received_at, Event.uuid)
        ).all()
    if not rows:
        return None
    events = [{
        "uuid": r.uuid, "aggregate_seq": r.aggregate_seq, "kind": r.kind, "payload": r.payload,
        "payload_digest": r.payload_digest, "device_time": r.device_time.isoformat(),
        "received_at": r.received_at.replace(tzinfo=UTC).isoformat(), "terminal_id": r.terminal_id,
        "user": r.username,
    } for r in rows]
    first = rows[0]
    return CaseView(case_no=case_no, office_code=first.office_code, terminal_code=first.terminal_code,
                    events=events, received_at=min(r.received_at for r in rows).replace(tzinfo=UTC))


def counts(db: Database, by: str) -> list[CountRow]:
    """Cases (counted once, by the event that carries the case) per office, item or day."""
    column = GROUPS[by]
    with db.read() as conn:
        rows = conn.execute(
            select(column, func.count(func.distinct(Event.aggregate_id)))
            .where(Event.aggregate == "case", Event.item_code.is_not(None))
            .group_by(column).order_by(column)
        ).all()
    return [CountRow(key=str(key), cases=n) for key, n in rows]

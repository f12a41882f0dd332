"""The sync outbox: one row per event, written in the same transaction as the change."""

from __future__ import annotations

import uuid as uuidlib
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .audit import canonical_digest
from .models import OutboxRow

PENDING = "pending"


def enqueue(
    session: Session,
    *,
    aggregate: str,
    aggregate_id: str,
    kind: str,
    payload: dict[str, Any],
    at: datetime,
    event_uuid: str | None = None,
) -> OutboxRow:
    seq = session.scalar(
        select(func.coalesce(func.max(OutboxRow.aggregate_seq), 0)).where(
            OutboxRow.aggregate == aggregate, OutboxRow.aggregate_id == aggregate_id
        )
    )
    row = OutboxRow(
        uuid=event_uuid or str(uuidlib.uuid4()),
        aggregate=aggregate,
        aggregate_id=aggregate_id,
        aggregate_seq=(seq or 0) + 1,
        kind=kind,
        payload=payload,
        payload_digest=canonical_digest(payload),
        status=PENDING,
        attempts=0,
        created_at=at,
    )
    session.add(row)
    return row


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxRow).where(OutboxRow.status == PENDING)) or 0

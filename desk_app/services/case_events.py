"""Storing one case event: the event row, its audit entry and its outbox row, together."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from sqlalchemy.orm import Session

from desk_app.domain.accounts import Actor
from desk_app.domain.case import CaseEvent
from desk_app.storage import audit, outbox
from desk_app.storage.models import CaseEventRow, CaseRow

from .context import Office


def append_case_event(
    s: Session, case: CaseRow, seq: int, ev: CaseEvent, actor: Actor, office: Office,
    extra: dict[str, Any] | None = None,
) -> CaseEventRow:
    """Part of the caller's transaction; training data never enters the outbox."""
    event_uuid = str(uuidlib.uuid4())
    data = dict(ev.data)
    row = CaseEventRow(
        uuid=event_uuid, case_id=case.id, seq=seq, kind=ev.kind,
        from_state=ev.from_state.value if ev.from_state else None, to_state=ev.to_state.value,
        at=ev.at, data=data, username=actor.username, terminal_code=office.terminal_code,
    )
    s.add(row)
    wire: dict[str, Any] = {
        "case_no": case.case_no, "case_uuid": case.uuid, "seq": seq, "kind": ev.kind,
        "from_state": row.from_state, "to_state": row.to_state,
        "at": ev.at.isoformat(), "data": data, "user": actor.username, "role": actor.role.value,
        "office": office.code, "terminal": office.terminal_code, **(extra or {}),
    }
    audit.append(s, actor, ev.at, f"case.{ev.kind}", "case", case.case_no, wire)
    if not office.training:
        outbox.enqueue(s, aggregate="case", aggregate_id=case.case_no, kind=f"case.{ev.kind}",
                       payload=wire, at=ev.at, event_uuid=event_uuid)
    return row

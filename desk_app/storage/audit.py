"""The append-only, hash-chained audit log."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.accounts import Actor

from .models import AuditEntry

GENESIS = "0" * 64


def canonical_digest(content: Any) -> str:
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    fields = [
        prev_hash,
        entry.at.isoformat(),
        entry.username,
        entry.role,
        entry.office_code,
        entry.terminal_code,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.content_digest,
    ]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def append(
    session: Session, actor: Actor, at: datetime, action: str, entity: str, entity_id: str, content: Any
) -> AuditEntry:
    """Add one entry chained to the last; part of the caller's transaction."""
    prev = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1))
    entry = AuditEntry(
        at=at,
        username=actor.username,
        role=actor.role.value,
        office_code=actor.office_code,
        terminal_code=actor.terminal_code,
        action=action,
        entity=entity,
        entity_id=entity_id,
        content_digest=canonical_digest(content),
        prev_hash=prev or GENESIS,
    )
    entry.entry_hash = entry_hash(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> int | None:
    """Return the seq of the first broken entry, or None when the chain is whole."""
    prev = GENESIS
    expected_seq = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        if expected_seq is not None and entry.seq != expected_seq:
            return expected_seq  # a deleted row
        if entry.prev_hash != prev or entry.entry_hash != entry_hash(prev, entry):
            return entry.seq
        prev = entry.entry_hash
        expected_seq = entry.seq + 1
    return None

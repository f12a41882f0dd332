"""Exactly-once ingest of events and audit entries: the one path for /push, /bundle and
`desk-central import-bundle`.

Events are inserted in bulk with INSERT … ON CONFLICT (uuid) DO NOTHING RETURNING uuid;
the UUIDs that did not come back already existed, and their stored digests decide between
"duplicate" and "conflict". Everything happens in one transaction that is committed before
the caller answers, so "acked" always means "on disk".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from desk_app.storage.audit import GENESIS, canonical_digest, entry_hash
from desk_app.sync.protocol import (
    AuditEntryIn,
    AuditResult,
    EventIn,
    EventResult,
    EventStatus,
    PushRequest,
    PushResponse,
)

from . import credit as credit_records
from .catalog_intake import take_published_items
from .db import Database, utcnow
from .models import AuditEntryRow, AuditFlag, Conflict, Event, Terminal
from .terminals import TerminalInfo

CHUNK = 500  # rows per IN (…) lookup
REASON_CONFLICT = "同一UUID的事件内容与中心已存内容不同，已留存待核查"
REASON_DIGEST = "事件内容与其摘要（payload_digest）不符，已留存待核查"
_AUDIT_LIMITS = {"username": 64, "role": 16, "office_code": 16, "terminal_code": 8, "action": 48,
                 "entity": 32, "entity_id": 64, "content_digest": 64, "prev_hash": 64, "entry_hash": 64}


@dataclass
class IngestCounts:
    acked: int = 0
    duplicate: int = 0
    conflict: int = 0


def insert_ignoring_conflicts(conn: Connection, table: Any, index_elements: Sequence[str]) -> Any:
    """INSERT … ON CONFLICT DO NOTHING for the connection's dialect."""
    name = conn.dialect.name
    if name == "sqlite":
        from sqlalchemy.dialects import sqlite as dialect
    elif name == "postgresql":
        from sqlalchemy.dialects import postgresql as dialect  # type: ignore[no-redef]
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise RuntimeError(f"unsupported database dialect {name}")
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(index_elements))


def _naive_utc(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def _text(value: Any, fallback: str, limit: int) -> str:
    return (value if isinstance(value, str) and value else fallback)[:limit]


def _event_row(ev: EventIn, terminal: TerminalInfo, now: datetime) -> dict[str, Any]:
    p = ev.payload
    case = p.get("case")
    item = case.get("item") if isinstance(case, dict) else None
    item_code = item.get("code") if isinstance(item, dict) else None
    return {
        "uuid": ev.uuid, "terminal_id": terminal.id, "aggregate": ev.aggregate,
        "aggregate_id": ev.aggregate_id, "aggregate_seq": ev.aggregate_seq, "kind": ev.kind,
        "payload": p, "payload_digest": ev.payload_digest,
        "device_time": _naive_utc(ev.created_at), "device_day": ev.created_at.date().isoformat(),
        "received_at": now,
        "office_code": _text(p.get("office"), terminal.office_code, 16),
        "terminal_code": _text(p.get("terminal"), terminal.terminal_code, 8),
        "username": _text(p.get("user"), "", 64),
        "item_code": str(item_code)[:32] if item_code else None,
    }


def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _ingest_events(
    conn: Connection, terminal: TerminalInfo, events: Sequence[EventIn], now: datetime
) -> list[EventResult]:
    first: dict[str, EventIn] = {}
    bad_digest: set[str] = set()
    rows: list[dict[str, Any]] = []
    for ev in events:
        if ev.uuid in first:
            continue
        first[ev.uuid] = ev
        if canonical_digest(ev.payload) != ev.payload_digest:
            bad_digest.add(ev.uuid)
        else:
            rows.append(_event_row(ev, terminal, now))

    inserted: set[str] = set()
    if rows:
        rows.sort(key=lambda r: r["uuid"])  # one lock order for concurrent inserts (PostgreSQL)
        table = Event.__table__
        stmt = insert_ignoring_conflicts(conn, table, ["uuid"]).returning(table.c.uuid)
        inserted = set(conn.scalars(stmt, rows).all())
    existing: dict[str, str] = {}
    others = [r["uuid"] for r in rows if r["uuid"] not in inserted]
    for part in _chunks(others):
        existing.update(conn.execute(
            select(Event.uuid, Event.payload_digest).where(Event.uuid.in_(part))).all())

    results: list[EventResult] = []
    conflicts: list[dict[str, Any]] = []
    answered: set[str] = set()
    for ev in events:
        if ev.uuid in answered:  # the same UUID twice in one batch: compare with the first
            same = ev.payload_digest == first[ev.uuid].payload_digest and ev.uuid not in bad_digest
            status = EventStatus.DUPLICATE if same else EventStatus.CONFLICT
            reason = "" if same else REASON_CONFLICT
        elif ev.uuid in bad_digest:
            status, reason = EventStatus.CONFLICT, REASON_DIGEST
        elif ev.uuid in inserted:
            status, reason = EventStatus.ACKED, ""
        elif existing.get(ev.uuid) == ev.payload_digest:
            status, reason = EventStatus.DUPLICATE, ""
        else:
            status, reason = EventStatus.CONFLICT, REASON_CONFLICT
        answered.add(ev.uuid)
        if status is EventStatus.CONFLICT:
            conflicts.append({"uuid": ev.uuid, "terminal_id": terminal.id,
                              "event": ev.model_dump(mode="json"), "payload_digest": ev.payload_digest,
                              "received_at": now, "reason": reason})
        results.append(EventResult(uuid=ev.uuid, status=status, reason=reason))
    if conflicts:
        conn.execute(insert_ignoring_conflicts(conn, Conflict.__table__, ["uuid", "payload_digest"]),
                     conflicts)
    return results


def _audit_problem(e: AuditEntryIn, expected_seq: int, prev: str) -> str | None:
    for field, limit in _AUDIT_LIMITS.items():
        if len(getattr(e, field)) > limit:
            return f"字段 {field} 超长"
    if e.seq != expected_seq:
        return f"序号不连续：应为第 {expected_seq} 条，收到第 {e.seq} 条（有条目缺失）"
    if e.prev_hash != prev:
        return "与前一条的哈希链接不符（前面的条目被删改或缺失）"
    if entry_hash(e.prev_hash, e) != e.entry_hash:  # type: ignore[arg-type]
        return "条目内容与其哈希不符（条目被改动）"
    return None


def _ingest_audit(
    conn: Connection, terminal: TerminalInfo, entries: Sequence[AuditEntryIn], now: datetime
) -> AuditResult:
    last = conn.execute(
        select(AuditEntryRow.seq, AuditEntryRow.entry_hash)
        .where(AuditEntryRow.terminal_id == terminal.id)
        .order_by(AuditEntryRow.seq.desc()).limit(1)
    ).first()
    accepted, prev = (last.seq, last.entry_hash) if last else (0, GENESIS)
    entries = sorted(entries, key=lambda e: e.seq)
    resent = [e for e in entries if e.seq <= accepted]
    broken: tuple[AuditEntryIn, str] | None = None
    if resent:  # sent again after a lost answer: must be exactly what we hold
        held = dict(conn.execute(
            select(AuditEntryRow.seq, AuditEntryRow.entry_hash).where(
                AuditEntryRow.terminal_id == terminal.id,
                AuditEntryRow.seq.in_([e.seq for e in resent[:CHUNK]]))).all())
        for e in resent[:CHUNK]:
            if e.seq in held and held[e.seq] != e.entry_hash:
                broken = (e, "与中心已收到的同序号条目不一致（条目被改写）")
                break
    rows: list[dict[str, Any]] = []
    if broken is None:
        for e in entries:
            if e.seq <= accepted:
                continue
            problem = _audit_problem(e, accepted + 1, prev)
            if problem:
                broken = (e, problem)
                break
            rows.append({
                "terminal_id": terminal.id, "seq": e.seq, "at": e.at.isoformat(),
                "username": e.username, "role": e.role, "office_code": e.office_code,
                "terminal_code": e.terminal_code, "action": e.action, "entity": e.entity,
                "entity_id": e.entity_id, "content_digest": e.content_digest,
                "prev_hash": e.prev_hash, "entry_hash": e.entry_hash, "received_at": now,
            })
            accepted, prev = e.seq, e.entry_hash
    if rows:
        conn.execute(insert_ignoring_conflicts(conn, AuditEntryRow.__table__, ["terminal_id", "seq"]), rows)
    if broken is not None:
        entry, reason = broken
        conn.execute(insert_ignoring_conflicts(conn, AuditFlag.__table__, ["terminal_id", "seq"]), [{
            "terminal_id": terminal.id, "seq": entry.seq, "detected_at": now, "reason": reason[:200],
            "entry": entry.model_dump(mode="json"),
        }])
    return AuditResult(accepted_through=accepted, broken_at=broken[0].seq if broken else None)


def ingest_in(conn: Connection, terminal: TerminalInfo, req: PushRequest, now: datetime) -> PushResponse:
    """Ingest inside the caller's transaction (the caller commits before answering)."""
    # Touching the terminal row first also serializes pushes of one terminal on PostgreSQL.
    conn.execute(update(Terminal).where(Terminal.id == terminal.id).values(last_seen=now))
    results = _ingest_events(conn, terminal, req.events, now)
    take_published_items(conn, terminal, req.events, results, now)  # catalog versions → changes
    acked = {r.uuid for r in results if r.status is EventStatus.ACKED}
    credit = [e for e in req.events if e.aggregate == credit_records.AGGREGATE and e.uuid in acked]
    if credit:  # fanned out to every terminal in this same transaction
        credit_records.project(conn, credit, {e.uuid: terminal.office_code for e in credit}, now)
    audit = _ingest_audit(conn, terminal, req.audit, now)
    return PushResponse(results=results, audit=audit, server_time=now.replace(tzinfo=UTC))


def ingest(db: Database, terminal: TerminalInfo, req: PushRequest) -> PushResponse:
    """One transaction, committed on return. Raises Busy or OperationalError (→ 503)."""
    now = utcnow()
    with db.write() as conn:
        response = ingest_in(conn, terminal, req, now)
    return response


def count(response: PushResponse) -> IngestCounts:
    c = IngestCounts()
    for r in response.results:
        setattr(c, r.status.value, getattr(c, r.status.value) + 1)
    return c

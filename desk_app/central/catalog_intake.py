"""Catalog versions published by a terminal's administrator, turned into changes for its office.

A terminal sends each version it publishes as an ordinary event (aggregate ``catalog_item``,
kind ``catalog.item_published``), so it travels by push or USB bundle exactly once. When the
event is first stored, the version is checked against what central already sends that office
(same rules as a catalog file: immutable versions, no overlapping validity) and appended to
the changes feed for the terminal's office only; every terminal there gets it by the next
pull. A refused version stays in the events and is listed with its reason for review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, or_, select

from desk_app.domain.catalog import Catalog, ProofItem
from desk_app.domain.errors import DomainError
from desk_app.sync.protocol import ChangeKind, EventIn, EventResult, EventStatus

from .changes import append_changes_in
from .db import Database
from .models import CatalogPublication, ChangeRow
from .terminals import TerminalInfo

AGGREGATE = "catalog_item"
KIND = "catalog.item_published"
CODE_RE = re.compile(r"[A-Z]{2}-\d{3}")


class _Refused(Exception):
    pass


def _published_versions(conn: Connection, office_code: str, code: str) -> dict[str, dict[str, Any]]:
    rows = conn.execute(
        select(ChangeRow.key, ChangeRow.payload)
        .where(ChangeRow.kind == ChangeKind.CATALOG_ITEM.value, ChangeRow.key.startswith(f"{code}:"),
               or_(ChangeRow.office_code.is_(None), ChangeRow.office_code == office_code))
        .order_by(ChangeRow.seq)
    ).all()
    return {r.key: r.payload for r in rows}


def _take(conn: Connection, terminal: TerminalInfo, ev: EventIn, now: datetime) -> tuple[str, str]:
    raw = ev.payload.get("item")
    if not isinstance(raw, dict):
        raise _Refused("事件中没有目录事项内容")
    try:
        item = ProofItem.from_dict(raw)
    except DomainError as err:
        raise _Refused(str(err)) from None
    key = f"{item.code}:{item.version}"
    if not CODE_RE.fullmatch(item.code) or key != ev.aggregate_id:
        raise _Refused(f"事项编码或版本（{key}）与事件不符或格式不正确")
    stored = {k: ProofItem.from_dict(p) for k, p in _published_versions(conn, terminal.office_code, item.code).items()}
    same = stored.get(key)
    if same is not None:
        if same.digest() == item.digest():
            return "unchanged", ""
        raise _Refused(f"事项 {item.code} 第 {item.version} 版已发布且内容不同；修改事项须新增版本")
    try:
        Catalog.build(stored.values())._add(item)
    except DomainError as err:
        raise _Refused(str(err)) from None
    append_changes_in(conn, [(ChangeKind.CATALOG_ITEM, key, item.to_dict())], terminal.office_code, now)
    return "published", ""


def take_published_items(conn: Connection, terminal: TerminalInfo, events: Sequence[EventIn],
                         results: Sequence[EventResult], now: datetime) -> None:
    """For every catalog event stored just now (not duplicates): publish it or record why not."""
    fresh = {r.uuid for r in results if r.status is EventStatus.ACKED}
    for ev in events:
        if ev.uuid not in fresh or ev.aggregate != AGGREGATE or ev.kind != KIND:
            continue
        fresh.discard(ev.uuid)
        try:
            status, reason = _take(conn, terminal, ev, now)
        except _Refused as err:
            status, reason = "refused", str(err)
        user = ev.payload.get("user")
        conn.execute(insert(CatalogPublication).values(
            event_uuid=ev.uuid, terminal_id=terminal.id, office_code=terminal.office_code,
            key=ev.aggregate_id[:64], username=(user if isinstance(user, str) else "")[:64],
            status=status, reason=reason[:200], received_at=now,
        ))


def list_publications(db: Database, office: str | None = None, refused_only: bool = False) -> list[Any]:
    query = select(CatalogPublication).order_by(CatalogPublication.id)
    if office:
        query = query.where(CatalogPublication.office_code == office)
    if refused_only:
        query = query.where(CatalogPublication.status == "refused")
    with db.read() as conn:
        return list(conn.execute(query).all())

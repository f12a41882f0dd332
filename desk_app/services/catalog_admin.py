"""Administering the catalog: Excel lists in and out, editing and retiring items, publishing.

Every change is a new item version (stored versions never change; cases keep theirs), made
by an administrator, with the reason and the date it was filed with the justice bureau,
written with an audit entry in the same transaction. Publishing puts the versions made on
this terminal into the outbox; central turns them into catalog changes for every terminal of
the office (the ordinary pull).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.domain.accounts import Action, Actor
from desk_app.domain.catalog import Catalog, ProofItem
from desk_app.domain.catalog_sheet import (
    ImportPlan,
    edit_version,
    export_table,
    plan_import,
    retirement,
)
from desk_app.domain.errors import CatalogError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP
from desk_app.storage import audit, outbox
from desk_app.storage.models import CatalogItemRow, OutboxRow

from .catalog import initials
from .context import AppContext

AGGREGATE = "catalog_item"
PUBLISH_KIND = "catalog.item_published"
LOCAL_SOURCES = ("xlsx:", "editor")  # versions made here, to publish; not bundled or pulled ones


def _admin(ctx: AppContext) -> Actor:
    actor = ctx.require_actor()
    actor.require(Action.IMPORT_CATALOG)
    return actor


def _catalog(s: Session) -> Catalog:
    return Catalog.build(ProofItem.from_dict(r.payload) for r in s.scalars(select(CatalogItemRow)))


def preview_import(ctx: AppContext, path: Path, effective_from: date, retire_missing: bool = True) -> ImportPlan:
    """What importing the list would change; nothing is written."""
    _admin(ctx)
    from desk_app.storage.catalog_xlsx import read_sheet

    sheet = read_sheet(path)
    with ctx.db.session() as s:
        return plan_import(sheet, _catalog(s), effective_from, retire_missing)


def _insert(s: Session, actor: Actor, now: datetime, catalog: Catalog, item: ProofItem, source: str,
            action: str) -> str:
    catalog._add(item)  # versions in order, no overlap
    s.add(CatalogItemRow(
        code=item.code, version=item.version, effective_from=item.effective_from,
        effective_to=item.effective_to, matter=item.matter, proof_item=item.proof_item,
        initials=initials(item.matter) + " " + initials(item.proof_item),
        digest=item.digest(), payload=item.to_dict(), source=source[:255], imported_at=now,
    ))
    label = f"{item.code} v{item.version}"
    audit.append(s, actor, now, action, "catalog_item", label, item.to_dict())
    return label


def _check_reason(reason: str) -> str:
    if not reason.strip():
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "请填写调整原因（将随版本备案和发布）"))
    return reason.strip()


def apply_import(ctx: AppContext, plan: ImportPlan, *, reason: str, filed_on: date | None,
                 source: str) -> list[str]:
    """Store the planned versions (refused rows are left out and reported by the plan)."""
    actor = _admin(ctx)
    reason = _check_reason(reason)
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        catalog = _catalog(s)
        labels = [_insert(s, actor, now, catalog, item, f"xlsx:{source}", "catalog.version_imported")
                  for item in plan.versions(reason, filed_on)]
        audit.append(s, actor, now, "catalog.list_imported", "catalog", source[:64], {
            "file": source, "effective_from": plan.effective_from.isoformat(), "reason": reason,
            "filed_on": filed_on.isoformat() if filed_on else None, "versions": labels,
            "refused_rows": [str(p) for p in plan.problems],
        })
    return labels


def current_item(ctx: AppContext, code: str, day: date) -> ProofItem:
    with ctx.db.session() as s:
        versions = _catalog(s).versions(code)
    if not versions:
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "目录中没有该事项"), item=code)
    started = [v for v in versions if v.effective_from <= day]
    return (started or versions)[-1]


def edit_item(ctx: AppContext, code: str, changes: Mapping[str, Any], *, effective_from: date, reason: str,
              filed_on: date | None) -> ProofItem:
    """A new version of ``code`` from ``effective_from``; the rules of the catalog are checked."""
    actor = _admin(ctx)
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        catalog = _catalog(s)
        versions = catalog.versions(code)
        if not versions:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "目录中没有该事项"), item=code)
        item = edit_version(versions[-1], changes, effective_from, reason, filed_on)
        _insert(s, actor, now, catalog, item, "editor", "catalog.version_edited")
    return item


def retire_item(ctx: AppContext, code: str, *, effective_from: date, reason: str,
                filed_on: date | None) -> ProofItem:
    """From ``effective_from`` no new case may use the item; cases made before keep their version."""
    actor = _admin(ctx)
    now = ctx.clock()
    with ctx.db.session() as s, s.begin():
        catalog = _catalog(s)
        versions = catalog.versions(code)
        if not versions:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "目录中没有该事项"), item=code)
        if versions[-1].retired:
            raise CatalogError(QT_TRANSLATE_NOOP("domain", "该事项已停用"), item=code)
        item = retirement(versions[-1], effective_from, reason, filed_on)
        _insert(s, actor, now, catalog, item, "editor", "catalog.item_retired")
    return item


@dataclass(frozen=True)
class HistoryEntry:
    item: ProofItem
    source: str
    stored_at: datetime
    published: bool


def _published(s: Session) -> set[str]:
    return set(s.scalars(select(OutboxRow.aggregate_id).where(OutboxRow.aggregate == AGGREGATE)))


def item_history(ctx: AppContext, code: str) -> list[HistoryEntry]:
    ctx.require_actor()
    with ctx.db.session() as s:
        rows = list(s.scalars(select(CatalogItemRow).where(CatalogItemRow.code == code)
                              .order_by(CatalogItemRow.version)))
        published = _published(s)
    return [HistoryEntry(ProofItem.from_dict(r.payload), r.source, r.imported_at,
                         r.source == "central" or f"{r.code}:{r.version}" in published) for r in rows]


def catalog_codes(ctx: AppContext, day: date) -> list[tuple[ProofItem, bool]]:
    """The newest started version of every code, and whether it is in force on ``day``."""
    with ctx.db.session() as s:
        catalog = _catalog(s)
    out = []
    for code in sorted({c for c, _ in catalog.items}):
        versions = catalog.versions(code)
        started = [v for v in versions if v.effective_from <= day] or versions
        out.append((started[-1], catalog.current_version(code, day) is not None))
    return out


def export_catalog(ctx: AppContext, path: Path, day: date, title: str | None = None) -> int:
    """The items in force on ``day`` in the published layout; returns how many."""
    actor = _admin(ctx)
    from desk_app.storage.catalog_xlsx import write_sheet

    with ctx.db.session() as s:
        items = _catalog(s).current(day)
    headers, rows = export_table(items)
    office = ctx.office
    write_sheet(path, title or f"{office.name}证明事项告知承诺制目录清单（{day.isoformat()}）", headers, rows)
    with ctx.db.session() as s, s.begin():
        audit.append(s, actor, ctx.clock(), "catalog.exported", "catalog", path.name[:64],
                     {"file": path.name, "day": day.isoformat(), "items": len(items)})
    return len(items)


def unpublished(ctx: AppContext) -> list[ProofItem]:
    with ctx.db.session() as s:
        return _unpublished(s)


def _unpublished(s: Session) -> list[ProofItem]:
    done = _published(s)
    rows = s.scalars(select(CatalogItemRow).order_by(CatalogItemRow.code, CatalogItemRow.version))
    return [ProofItem.from_dict(r.payload) for r in rows
            if r.source.startswith(LOCAL_SOURCES) and f"{r.code}:{r.version}" not in done]


def publish_catalog(ctx: AppContext) -> list[str]:
    """Queue every version made on this terminal and not yet published; sent by the next sync."""
    actor = _admin(ctx)
    if ctx.office.training:
        raise CatalogError(QT_TRANSLATE_NOOP("domain", "培训数据目录中的目录调整不会发布到中心"))
    now = ctx.clock()
    labels = []
    with ctx.db.session() as s, s.begin():
        for item in _unpublished(s):
            key = f"{item.code}:{item.version}"
            outbox.enqueue(s, aggregate=AGGREGATE, aggregate_id=key, kind=PUBLISH_KIND, at=now,
                           payload={"item": item.to_dict(), "office": actor.office_code,
                                    "terminal": actor.terminal_code, "user": actor.username})
            labels.append(f"{item.code} v{item.version}")
        if labels:
            audit.append(s, actor, now, "catalog.published", "catalog", f"{len(labels)} versions",
                         {"versions": labels})
    return labels


def versions_label(items: Iterable[ProofItem]) -> str:
    return "、".join(f"{i.code} v{i.version}" for i in items)

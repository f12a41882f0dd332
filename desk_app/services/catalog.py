"""The catalog as the counter uses it: installing files, searching, recent items."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.config import catalog_dir
from desk_app.domain.accounts import Action, Actor
from desk_app.domain.catalog import Catalog, ProofItem
from desk_app.domain.errors import CatalogError
from desk_app.storage import audit
from desk_app.storage.models import CatalogItemRow, RecentItem

from .context import AppContext


def initials(text: str) -> str:
    """Pinyin initials of the Chinese characters (其他字符原样保留，小写)."""
    from pypinyin import Style, lazy_pinyin  # 0.2 s to load: only when a catalog is imported

    # FIRST_LETTER gives one letter per Chinese character and whole runs of other text ("65").
    return "".join(lazy_pinyin(text, style=Style.FIRST_LETTER)).lower()


@dataclass(frozen=True)
class ImportResult:
    added: list[str]
    unchanged: list[str]


def _store(ctx: AppContext, actor: Actor, catalog: Catalog, source: str) -> ImportResult:
    now = ctx.clock()
    added, unchanged = [], []
    with ctx.db.session() as s, s.begin():
        existing = {(r.code, r.version): r for r in s.scalars(select(CatalogItemRow))}
        merged = Catalog.build(ProofItem.from_dict(r.payload) for r in existing.values())
        for item in sorted(catalog.items.values(), key=lambda i: i.key):
            old = existing.get(item.key)
            label = f"{item.code} v{item.version}"
            if old is not None:
                if old.digest != item.digest():
                    raise CatalogError(
                        f"第 {item.version} 版已存在且内容不同；修改事项须新增版本", item=item.code, field="version"
                    )
                unchanged.append(label)
                continue
            merged._add(item)  # checks overlap with the stored versions
            s.add(
                CatalogItemRow(
                    code=item.code, version=item.version, effective_from=item.effective_from,
                    effective_to=item.effective_to, matter=item.matter, proof_item=item.proof_item,
                    initials=initials(item.matter) + " " + initials(item.proof_item),
                    digest=item.digest(), payload=item.to_dict(), source=source, imported_at=now,
                )
            )
            audit.append(s, actor, now, "catalog.item_added", "catalog_item", label, item.to_dict())
            added.append(label)
    return ImportResult(added, unchanged)


def install_bundled_catalog(ctx: AppContext, actor: Actor) -> ImportResult:
    from desk_app.storage.catalog_files import read_catalog  # yaml + jsonschema: import-time only

    return _store(ctx, actor, read_catalog([catalog_dir()]), "bundled")


def import_catalog_files(ctx: AppContext, paths: Iterable[Path]) -> ImportResult:
    actor = ctx.require_actor()
    actor.require(Action.IMPORT_CATALOG)
    from desk_app.storage.catalog_files import read_catalog

    paths = list(paths)
    return _store(ctx, actor, read_catalog(paths), ", ".join(p.name for p in paths))


def load_catalog(ctx: AppContext) -> Catalog:
    with ctx.db.session() as s:
        return Catalog.build(ProofItem.from_dict(r.payload) for r in s.scalars(select(CatalogItemRow)))


@dataclass(frozen=True)
class ItemHit:
    item: ProofItem
    recent: bool


class CatalogSearch:
    """In-memory search over the items in force: name, code or pinyin initials."""

    def __init__(self, ctx: AppContext, day: date | None = None):
        self.ctx = ctx
        self.day = day or ctx.clock().date()
        with ctx.db.session() as s:
            rows = list(s.scalars(select(CatalogItemRow)))
        catalog = Catalog.build(ProofItem.from_dict(r.payload) for r in rows)
        stored_initials = {(r.code, r.version): r.initials for r in rows}  # computed at import
        self.items = catalog.current(self.day)
        self._keys = {
            i.key: " ".join([i.code.lower(), i.matter, i.proof_item, i.domain, stored_initials[i.key]])
            for i in self.items
        }

    def recent_codes(self) -> list[str]:
        if self.ctx.actor is None:
            return []
        with self.ctx.db.session() as s:
            rows = s.scalars(
                select(RecentItem.code)
                .where(RecentItem.username == self.ctx.actor.username)
                .order_by(RecentItem.used_at.desc())
                .limit(10)
            )
            return list(rows)

    def search(self, query: str) -> list[ItemHit]:
        terms = query.strip().lower().split()
        recent = self.recent_codes()
        rank = {code: n for n, code in enumerate(recent)}
        hits = [i for i in self.items if all(t in self._keys[i.key] for t in terms)]
        hits.sort(key=lambda i: (rank.get(i.code, len(rank)), i.code))
        return [ItemHit(i, i.code in rank) for i in hits]


def check_in_force(s: Session, item: ProofItem, day: date) -> None:
    """A new case may use only the version in force that day; a retired item none at all."""
    rows = s.scalars(select(CatalogItemRow).where(CatalogItemRow.code == item.code))
    current = Catalog.build(ProofItem.from_dict(r.payload) for r in rows).current_version(item.code, day)
    if current is None:
        raise CatalogError(f"事项 {item.code} 已停用或不在有效期内，不能受理新案件。")
    if current.key != item.key:
        raise CatalogError(f"事项 {item.code} 的目录已调整（现行第 {current.version} 版），请重新选择事项。")


def touch_recent(s: Session, code: str, username: str, at: datetime) -> None:
    """Part of the caller's transaction (finishing a case), so it can never fail on its own."""
    row = s.get(RecentItem, (code, username))
    if row:
        row.used_at = at
    else:
        s.add(RecentItem(code=code, username=username, used_at=at))


def mark_used(ctx: AppContext, code: str) -> None:
    actor = ctx.require_actor()
    with ctx.db.session() as s, s.begin():
        touch_recent(s, code, actor.username, ctx.clock())

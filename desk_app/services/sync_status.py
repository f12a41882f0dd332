"""What the status bar shows about sync. The sync issue fills in the online side."""

from __future__ import annotations

from dataclasses import dataclass

from desk_app.storage.outbox import pending_count

from .context import AppContext


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    pending: int


def sync_status(ctx: AppContext) -> SyncStatus:
    with ctx.db.session() as s:
        return SyncStatus(online=False, pending=pending_count(s))

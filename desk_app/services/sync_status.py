"""What the status bar shows about sync: enrolled, online, pending, last sync, last error."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desk_app.domain.i18n import fmt_join
from desk_app.storage import settings as keys
from desk_app.storage import sync_state as state

from .context import AppContext

DEFAULT_INTERVAL_MINUTES = 5


@dataclass(frozen=True)
class SyncStatus:
    online: bool                 # the last attempt succeeded, and recently
    pending: int                 # events not yet acknowledged by central (pending or sending)
    enrolled: bool = False
    conflicts: int = 0           # kept for central's review
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    last_error: str = ""         # plain words for the clerk
    training: bool = False


def interval_minutes(ctx: AppContext) -> int:
    with ctx.db.session() as s:
        value = keys.get(s, state.INTERVAL_MINUTES)
    return int(value) if value and value.isdigit() and int(value) > 0 else DEFAULT_INTERVAL_MINUTES


def sync_status(ctx: AppContext) -> SyncStatus:
    with ctx.db.session() as s:
        values = {k: keys.get(s, k) for k in (state.TERMINAL_ID, state.TOKEN, state.LAST_SUCCESS_AT,
                                              state.LAST_ATTEMPT_AT, state.LAST_ERROR, keys.TRAINING,
                                              state.AUDIT_BROKEN_AT)}
        pending, conflicts = state.unsent_count(s), state.conflict_count(s)
    last_success = state.parse_time(values[state.LAST_SUCCESS_AT])
    last_attempt = state.parse_time(values[state.LAST_ATTEMPT_AT])
    error = values[state.LAST_ERROR] or ""
    broken = values[state.AUDIT_BROKEN_AT]
    # "recently": within two sync intervals (a missed timer tick does not flip the label)
    recent = timedelta(minutes=2 * interval_minutes(ctx))
    online = bool(last_attempt and not error and ctx.clock() - last_attempt <= recent)
    if broken and broken.isdigit():  # central's finding stays visible until someone acts on it
        from desk_app.sync.worker import audit_break_message  # not at start-up: pulls httpx

        error = fmt_join([e for e in (error, audit_break_message(int(broken))) if e])
    return SyncStatus(
        online=online, pending=pending, enrolled=bool(values[state.TERMINAL_ID] and values[state.TOKEN]),
        conflicts=conflicts, last_success=last_success, last_attempt=last_attempt, last_error=error,
        training=values[keys.TRAINING] == "1",
    )

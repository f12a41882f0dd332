"""A small training terminal with cases on several days and later events (withdrawals,
verification results), for the statistics, report and disclosure tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from desk_app.domain.case import Case, CaseEvent, CaseState
from desk_app.services.case_events import append_case_event
from desk_app.services.context import AppContext
from desk_app.services.demo import seed_demo
from desk_app.storage.models import CaseEventRow, CaseRow, CaseStatus

DAYS = [datetime(2026, 9, 3, 9, 15), datetime(2026, 10, 14, 10, 40), datetime(2026, 11, 18, 15, 5)]
LATER = datetime(2026, 11, 19, 11, 0)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def advance(ctx: AppContext, case_no: str, at: datetime, action: str) -> None:
    """Drive an accepted case on: ``withdraw``, ``verify_true`` or ``verify_false``."""
    actor, office = ctx.require_actor(), ctx.office
    with ctx.db.session() as s, s.begin():
        row = s.scalar(select(CaseRow).where(CaseRow.case_no == case_no))
        assert row is not None
        stored = list(s.scalars(select(CaseEventRow).where(CaseEventRow.case_id == row.id).order_by(CaseEventRow.seq)))
        case = Case.replay([
            CaseEvent(e.kind, CaseState(e.from_state) if e.from_state else None, CaseState(e.to_state), e.at, e.data)
            for e in stored
        ])
        if action == "withdraw":
            new = [case.withdraw(at, "申请人有合理理由撤回")]
        else:
            new = [case.start_verification(at), case.record_verification(at, true=action == "verify_true")]
        for n, ev in enumerate(new, start=len(stored) + 1):
            append_case_event(s, row, n, ev, actor, office)
        status = s.get(CaseStatus, row.id)
        assert status is not None
        status.state = case.state.value
        status.last_seq = len(stored) + len(new)
        status.updated_at = at


def seeded(data_dir: Path) -> AppContext:
    """Demo cases on three days; then 2 withdrawals, 3 true and 2 false verifications."""
    clock = Clock(DAYS[0])
    ctx = AppContext.open(data_dir, clock=clock)
    for n, day in enumerate(DAYS):
        clock.now = day
        seed_demo(ctx, 24, seed=100 + n)
    clock.now = LATER
    with ctx.db.session() as s:
        accepted = list(s.scalars(
            select(CaseRow.case_no).join(CaseStatus, CaseStatus.case_id == CaseRow.id)
            .where(CaseStatus.state == "accepted").order_by(CaseRow.id)
        ))
    plan = ["withdraw", "withdraw", "verify_true", "verify_true", "verify_true", "verify_false", "verify_false"]
    for case_no, action in zip(accepted[::5], plan, strict=False):
        advance(ctx, case_no, LATER - timedelta(hours=1), action)
    return ctx


def sql(ctx: AppContext, query: str, *params: object) -> list[tuple]:
    """Straight SQL on the same (encrypted) database, for the figures to be checked against."""
    conn = ctx.db.raw_connection()
    try:
        return [tuple(r) for r in conn.execute(query, params).fetchall()]
    finally:
        conn.close()

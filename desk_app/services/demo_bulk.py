"""Bulk demo rows for volume tests and benchmarks (no rendered letters; re-renderable)."""

from __future__ import annotations

import random
import uuid as uuidlib
from datetime import datetime, timedelta

from sqlalchemy import func, insert, select

from desk_app.domain.case import format_case_no
from desk_app.domain.catalog import ProofItem
from desk_app.domain.eligibility import check_eligibility
from desk_app.storage import audit
from desk_app.storage.models import CaseEventRow, CaseRow, CaseStatus, DayCounter

from .context import AppContext
from .counter import _digest, _plan_events, build_payload, credit_records_for

BATCH = 5000


def bulk_insert(
    ctx: AppContext, rng: random.Random, items: list[ProofItem], people: list[tuple[str, str]],
    n: int, now: datetime,
) -> int:
    """Insert ``n`` cases spread over the past year; returns how many took the certificate path."""
    from .demo import _random_draft  # the same generator as the full path

    actor = ctx.require_actor()
    office = ctx.office
    records = {p[0]: credit_records_for(ctx, p[0]) for p in people}
    certificate = 0
    with ctx.db.session() as s:
        next_id = (s.scalar(select(func.max(CaseRow.id))) or 0) + 1
        counters = {c.day: c.last_seq for c in s.scalars(select(DayCounter))}
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        cases, events, status = [], [], []
        for _ in range(size):
            when = now - timedelta(days=rng.randint(0, 364), seconds=rng.randint(0, 30000))
            day = f"{when:%Y%m%d}"
            counters[day] = counters.get(day, 0) + 1
            case_no = format_case_no(office.code, office.terminal_code, when.date(), counters[day])
            draft = _random_draft(rng, items, people, when, lambda i, a, w=when: check_eligibility(
                a.doc_number, records.get(a.doc_number, ()), w.date()))
            case_uuid = str(uuidlib.uuid4())
            payload = build_payload(ctx, draft, case_no, case_uuid, when)
            planned = _plan_events(draft, when)
            certificate += draft.path == "certificate"
            a = draft.applicant
            cases.append(dict(
                id=next_id, uuid=case_uuid, case_no=case_no, item_code=draft.item.code,
                item_version=draft.item.version, item_digest=draft.item.digest(), path=draft.path,
                applicant_kind=a.kind.value, applicant_name=a.name, doc_type=a.doc_type.value,
                doc_number=a.doc_number, phone=a.phone, payload=payload, payload_digest=_digest(payload),
                training=True, created_at=when, created_by=actor.username, office_code=office.code,
                terminal_code=office.terminal_code,
            ))
            for k, ev in enumerate(planned, start=1):
                events.append(dict(
                    uuid=str(uuidlib.uuid4()), case_id=next_id, seq=k, kind=ev.kind,
                    from_state=ev.from_state.value if ev.from_state else None, to_state=ev.to_state.value,
                    at=when, data=ev.data, username=actor.username, terminal_code=office.terminal_code,
                ))
            status.append(dict(case_id=next_id, state=planned[-1].to_state.value, last_seq=len(planned),
                               updated_at=when))
            next_id += 1
        with ctx.db.session() as s, s.begin():
            s.execute(insert(CaseRow), cases)
            s.execute(insert(CaseEventRow), events)
            s.execute(insert(CaseStatus), status)
            for day, seq in counters.items():
                row = s.get(DayCounter, day)
                if row is None:
                    s.add(DayCounter(day=day, last_seq=seq))
                else:
                    row.last_seq = seq
            audit.append(s, actor, now, "demo.bulk_seeded", "case", f"{cases[0]['case_no']}..{cases[-1]['case_no']}",
                         {"count": size, "first_id": cases[0]["id"]})
        done += size
    return certificate

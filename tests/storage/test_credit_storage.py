"""Credit events are append-only; a pulled record carries its grade and voiding."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desk_app.domain.accounts import Actor, Role
from desk_app.services import credit
from desk_app.services.counter import assess, finish_case
from desk_app.storage.sync_state import ChangeWriter
from desk_app.sync.apply import apply_change
from desk_app.sync.protocol import Change, ChangeKind
from tests.services.support import ID_NUMBER, item, person, promise_draft

UUID = "7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"


def test_credit_events_refuse_update_and_delete(ctx):
    case_no = finish_case(ctx, promise_draft(ctx)).case_no
    credit.record_false_promise(ctx, case_no, facts="承诺无犯罪记录，核查不实", found_on=ctx.clock().date(),
                                found_by="王核查", grade="serious")
    for sql in ("UPDATE credit_events SET reason = 'x'", "DELETE FROM credit_events"):
        with pytest.raises(DBAPIError, match="append-only"), ctx.db.session() as s, s.begin():
            s.execute(text(sql))


def pull(ctx, **fields):  # type: ignore[no-untyped-def]
    payload = {"uuid": UUID, "subject_id": ID_NUMBER, "subject_name": "张三", "kind": "false_promise",
               "recorded_on": "2026-03-02", "repaired_on": None, "source": "信用中国（西藏）", "note": "", **fields}
    actor = Actor("sync", Role.ADMIN, "540102", "W01")
    with ctx.db.session() as s, s.begin():
        apply_change(Change(seq=1, kind=ChangeKind.CREDIT_RECORD, key=UUID, payload=payload),
                     ChangeWriter(s, actor, ctx.clock(), lambda t: t))


def test_pulled_grade_and_voiding_decide_eligibility(ctx):
    chosen = item(ctx, "SF-001")
    pull(ctx, grade="serious")
    assert not assess(ctx, chosen, person()).eligible
    [record] = credit.history(ctx, ID_NUMBER)
    assert record.grade_label == "严重"
    pull(ctx, grade="serious", voided_on="2026-11-01")  # an objection upheld elsewhere
    assert assess(ctx, chosen, person()).eligible
    [record] = credit.history(ctx, ID_NUMBER)
    assert record.status_label.startswith("已作废")


def test_pulled_record_without_grade_still_bars(ctx):
    pull(ctx)  # as published by `desk-central add-credit-record`
    verdict = assess(ctx, item(ctx, "SF-001"), person())
    assert not verdict.eligible
    assert ctx.clock().date() > date(2026, 3, 2)


def test_an_older_pulled_state_does_not_undo_a_local_repair(ctx):
    case_no = finish_case(ctx, promise_draft(ctx)).case_no
    fp = credit.record_false_promise(ctx, case_no, facts="承诺无犯罪记录，核查不实", found_on=ctx.clock().date(),
                                     found_by="王核查", grade="serious")
    credit.repair(ctx, fp.record_uuid, ctx.clock().date(), "已改正", ["城信修〔2026〕1号"])
    payload = {"uuid": fp.record_uuid, "subject_id": ID_NUMBER, "subject_name": "张三", "kind": "false_promise",
               "recorded_on": ctx.clock().date().isoformat(), "repaired_on": None, "source": "x", "note": "",
               "grade": "serious"}
    actor = Actor("sync", Role.ADMIN, "540102", "W01")
    with ctx.db.session() as s, s.begin():  # central's state before the repair arrived there
        apply_change(Change(seq=1, kind=ChangeKind.CREDIT_RECORD, key=fp.record_uuid, payload=payload),
                     ChangeWriter(s, actor, ctx.clock(), lambda t: t))
    assert assess(ctx, item(ctx, "SF-001"), person()).eligible

"""Credit events pushed by terminals: central keeps the newest state per record and puts it
on the changes feed every terminal pulls; a late, older event does not win; a resend does
not publish twice; a malformed record is stored as an event but not published."""

from __future__ import annotations

import uuid as uuidlib
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desk_app.central.models import CreditRecord
from desk_app.storage.audit import canonical_digest
from desk_app.sync.protocol import EventIn

from .conftest import enroll, push_body

RECORD = "5b0c6f7e-1d2a-4b3c-8d4e-5f6a7b8c9d0e"


def credit_event(event_kind: str, seq: int, at: datetime, **record: Any) -> EventIn:
    snapshot = {"uuid": RECORD, "subject_id": "11010519491231002X", "subject_name": "张三",
                "kind": "false_promise", "recorded_on": "2026-11-02", "repaired_on": None, "voided_on": None,
                "source": "拉萨市城关区政务服务中心", "note": "不实承诺", "grade": "serious",
                "case_no": "540102-W01-20261101-0001", **record}
    payload = {"record": snapshot, "seq": seq, "event": {"kind": event_kind}, "at": at.isoformat(),
               "user": "admin", "role": "admin", "office": "540102", "terminal": "W01"}
    return EventIn(uuid=str(uuidlib.uuid4()), aggregate="credit_record", aggregate_id=RECORD, aggregate_seq=seq,
                   kind=f"credit.{event_kind}", payload=payload, payload_digest=canonical_digest(payload), created_at=at)


def pulled(client, who) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    r = client.get("/api/v1/changes", params={"since": 0}, headers=who.headers)
    assert r.status_code == 200, r.text
    return [c for c in r.json()["changes"] if c["kind"] == "credit_record"]


def test_newest_state_is_published_to_every_office(client, db):
    a = enroll(client, "540102", "W01")
    b = enroll(client, "540103", "W07")
    recorded = credit_event("recorded", 1, datetime(2026, 11, 2, 9, 0))
    repaired = credit_event("repaired", 2, datetime(2026, 11, 20, 9, 0), repaired_on="2026-11-20")

    r = client.post("/api/v1/push", content=push_body([repaired]), headers=a.headers)
    assert r.json()["results"][0]["status"] == "acked"
    r = client.post("/api/v1/push", content=push_body([recorded]), headers=a.headers)  # older, late
    assert r.json()["results"][0]["status"] == "acked"
    with db.read() as conn:
        row = conn.execute(select(CreditRecord)).one()
    assert row.repaired_on == "2026-11-20" and row.office_code == "540102"

    changes = pulled(client, b)  # another office sees it
    assert len(changes) == 1
    assert changes[0]["key"] == RECORD and changes[0]["payload"]["repaired_on"] == "2026-11-20"
    assert changes[0]["payload"]["grade"] == "serious"

    # a resend is a duplicate and publishes nothing new
    r = client.post("/api/v1/push", content=push_body([repaired]), headers=a.headers)
    assert r.json()["results"][0]["status"] == "duplicate"
    assert len(pulled(client, b)) == 1


def test_malformed_record_is_kept_as_an_event_but_not_published(client, db):
    a = enroll(client)
    bad = credit_event("recorded", 1, datetime(2026, 11, 2, 9, 0), kind="nonsense")
    r = client.post("/api/v1/push", content=push_body([bad]), headers=a.headers)
    assert r.json()["results"][0]["status"] == "acked"
    assert pulled(client, a) == []
    with db.read() as conn:
        assert conn.execute(select(CreditRecord)).all() == []

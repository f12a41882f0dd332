"""Exactly-once ingest through /push: acked, duplicate, conflict; limits; gzip; ordering."""

from __future__ import annotations

import gzip
import json
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desk_app.central import ingest as ingest_module
from desk_app.central.models import Conflict, Event
from desk_app.storage.audit import canonical_digest
from desk_app.sync.protocol import MAX_BATCH_EVENTS, PushRequest

from .conftest import ADMIN_TOKEN, case_event, push_body

CASE = "540102-W01-20261120-0001"


def _count(db, model) -> int:
    with db.read() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def _push(client, terminal, events=(), audit=(), **kw):
    return client.post("/api/v1/push", content=push_body(events, audit), headers=terminal.headers, **kw)


def test_acked_then_duplicate_without_a_second_copy(client, terminal, db):
    events = [case_event(CASE, 1), case_event(CASE, 2)]
    r = _push(client, terminal, events)
    assert r.status_code == 200
    assert [x["status"] for x in r.json()["results"]] == ["acked", "acked"]
    assert [x["uuid"] for x in r.json()["results"]] == [e.uuid for e in events]

    again = _push(client, terminal, events)
    assert [x["status"] for x in again.json()["results"]] == ["duplicate", "duplicate"]
    assert _count(db, Event) == 2
    assert _count(db, Conflict) == 0


def test_same_uuid_different_content_is_a_conflict_kept_for_review(client, terminal, db):
    original = case_event(CASE, 1)
    _push(client, terminal, [original])
    changed_payload = {**original.payload, "data": {"n": 99}}
    changed = original.model_copy(update={"payload": changed_payload,
                                          "payload_digest": canonical_digest(changed_payload)})
    r = _push(client, terminal, [changed])
    result = r.json()["results"][0]
    assert result["status"] == "conflict" and result["reason"]
    with db.read() as conn:
        stored = conn.execute(select(Event.payload)).scalar_one()
        conflict = conn.execute(select(Conflict)).one()
    assert stored["data"] == {"n": 1}  # the first version stands
    assert conflict.uuid == original.uuid and conflict.event["payload"]["data"] == {"n": 99}
    # reported again on a resend, but kept once
    assert _push(client, terminal, [changed]).json()["results"][0]["status"] == "conflict"
    assert _count(db, Conflict) == 1


def test_payload_not_matching_its_digest_is_not_stored_as_an_event(client, terminal, db):
    ev = case_event(CASE, 1)
    forged = ev.model_copy(update={"payload": {**ev.payload, "user": "someone-else"}})
    r = _push(client, terminal, [forged])
    assert r.json()["results"][0]["status"] == "conflict"
    assert _count(db, Event) == 0 and _count(db, Conflict) == 1


def test_same_uuid_twice_in_one_batch(client, terminal, db):
    ev = case_event(CASE, 1)
    r = _push(client, terminal, [ev, ev])
    assert [x["status"] for x in r.json()["results"]] == ["acked", "duplicate"]
    assert _count(db, Event) == 1


def test_gzip_request_body(client, terminal, db):
    body = gzip.compress(push_body([case_event(CASE, 1)]).encode())
    r = client.post("/api/v1/push", content=body,
                    headers={**terminal.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"})
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "acked"
    broken = client.post("/api/v1/push", content=body[:-8], headers={**terminal.headers, "Content-Encoding": "gzip"})
    assert broken.status_code == 400


def test_batch_limits_give_413(client, terminal, monkeypatch):
    events = [case_event(f"540102-W01-20261120-{n:04d}", 1) for n in range(MAX_BATCH_EVENTS + 1)]
    body = json.dumps({"protocol": 1, "events": [e.model_dump(mode="json") for e in events], "audit": []})
    r = client.post("/api/v1/push", content=body, headers=terminal.headers)
    assert r.status_code == 413 and r.json()["detail"]["code"] == "batch_too_large"

    huge = gzip.compress(json.dumps({"events": [], "audit": [], "pad": "x" * 4_100_000}).encode())
    r = client.post("/api/v1/push", content=huge, headers={**terminal.headers, "Content-Encoding": "gzip"})
    assert r.status_code == 413


def test_events_of_a_case_arriving_out_of_order_are_read_in_order(client, terminal):
    e1, e2, e3 = (case_event(CASE, n) for n in (1, 2, 3))
    assert _push(client, terminal, [e3]).status_code == 200
    assert _push(client, terminal, [e1]).status_code == 200
    assert _push(client, terminal, [e2]).status_code == 200
    view = client.get(f"/api/v1/cases/{CASE}", headers={"X-Admin-Token": ADMIN_TOKEN}).json()
    assert [e["aggregate_seq"] for e in view["events"]] == [1, 2, 3]
    assert (view["office_code"], view["terminal_code"]) == ("540102", "W01")


def test_database_failure_is_503_with_retry_after_and_nothing_acked(client, terminal, db, monkeypatch):
    def disk_full(*_a, **_k):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(ingest_module, "_ingest_audit", disk_full)
    r = _push(client, terminal, [case_event(CASE, 1)])
    assert r.status_code == 503 and r.headers["Retry-After"]
    assert r.json()["detail"]["code"] == "storage"
    assert _count(db, Event) == 0  # rolled back: the event was not acked, so not kept


def test_concurrent_pushes_on_sqlite_are_serialized_without_loss(client, db):
    from desk_app.central.ingest import ingest
    from desk_app.central.terminals import get_terminal

    from .conftest import enroll

    terminals = [get_terminal(db, enroll(client, terminal=f"W{n:02d}").terminal_id) for n in range(8)]
    errors: list[BaseException] = []

    def run(t, n):
        try:
            for b in range(3):
                events = [case_event(f"540102-{t.terminal_code}-20261120-{b:02d}{i:02d}", 1) for i in range(50)]
                res = ingest(db, t, PushRequest(events=events))
                assert all(r.status == "acked" for r in res.results)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=run, args=(t, n)) for n, t in enumerate(terminals)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors
    assert _count(db, Event) == 8 * 3 * 50


@pytest.mark.parametrize("body", [b"not json", b'{"protocol": 2}'])
def test_malformed_or_foreign_protocol(client, terminal, body):
    r = client.post("/api/v1/push", content=body, headers=terminal.headers)
    assert r.status_code in (400, 422)
    assert r.json()["detail"]["message"]

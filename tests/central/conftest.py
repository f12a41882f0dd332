"""Central server under test: the real app over SQLite in tmp_path, driven by TestClient."""

from __future__ import annotations

import os
import uuid as uuidlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from desk_app.central.app import create_app
from desk_app.central.db import Database, sqlite_url
from desk_app.central.terminals import create_enrollment_code
from desk_app.storage.audit import GENESIS, canonical_digest, entry_hash
from desk_app.sync.protocol import AuditEntryIn, EventIn, auth_header

ADMIN_TOKEN = "auditor-token-for-tests-0001"


@dataclass
class Enrolled:
    terminal_id: str
    token: str
    bundle_key: str
    office_code: str
    terminal_code: str

    @property
    def headers(self) -> dict[str, str]:
        return auth_header(self.terminal_id, self.token)


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """SQLite in tmp_path; or, with DESK_CENTRAL_TEST_POSTGRES_URL set (a URL of any database
    on a PostgreSQL server), a fresh database there for each test, dropped afterwards."""
    server = os.environ.get("DESK_CENTRAL_TEST_POSTGRES_URL")
    if not server:
        yield sqlite_url(tmp_path / "central")
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"central_test_{uuidlib.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    app = create_app(db_url, admin_token=ADMIN_TOKEN, allow_insecure=True)
    with TestClient(app) as c:
        yield c
    app.state.db.dispose()


@pytest.fixture
def db(client: TestClient) -> Database:
    return client.app.state.db


def enroll(client: TestClient, office: str = "540102", terminal: str = "W01") -> Enrolled:
    code, _, _ = create_enrollment_code(client.app.state.db, office, terminal)
    r = client.post("/api/v1/enroll", json={"code": code, "device": "pytest"})
    assert r.status_code == 200, r.text
    body = r.json()
    return Enrolled(body["terminal_id"], body["token"], body["bundle_key"], body["office_code"],
                    body["terminal_code"])


@pytest.fixture
def terminal(client: TestClient) -> Enrolled:
    return enroll(client)


def case_event(case_no: str, seq: int, *, kind: str = "case.signed", item: str = "SF-001",
               office: str = "540102", terminal: str = "W01", at: datetime | None = None,
               event_uuid: str | None = None, **extra: Any) -> EventIn:
    at = at or datetime(2026, 11, 20, 10, 30) + timedelta(minutes=seq)
    payload: dict[str, Any] = {
        "case_no": case_no, "case_uuid": "c" * 8, "seq": seq, "kind": kind.removeprefix("case."),
        "from_state": None, "to_state": "signed", "at": at.isoformat(), "data": {"n": seq},
        "user": "clerk1", "role": "clerk", "office": office, "terminal": terminal, **extra,
    }
    if seq == 1:
        payload["case"] = {"case_no": case_no, "item": {"code": item, "version": 1}}
    return EventIn(uuid=event_uuid or str(uuidlib.uuid4()), aggregate="case", aggregate_id=case_no,
                   aggregate_seq=seq, kind=kind, payload=payload,
                   payload_digest=canonical_digest(payload), created_at=at)


def audit_chain(n: int, *, start: int = 1, prev: str = GENESIS) -> list[AuditEntryIn]:
    """``n`` correctly chained entries, hashed exactly as the terminal hashes them."""
    entries = []
    for seq in range(start, start + n):
        fields = dict(at=datetime(2026, 11, 20, 9, 0) + timedelta(seconds=seq), username="clerk1",
                      role="clerk", office_code="540102", terminal_code="W01", action="case.signed",
                      entity="case", entity_id=f"540102-W01-20261120-{seq:04d}",
                      content_digest=canonical_digest({"seq": seq}))
        h = entry_hash(prev, SimpleNamespace(**fields))
        entries.append(AuditEntryIn(seq=seq, prev_hash=prev, entry_hash=h, **fields))
        prev = h
    return entries


def push_body(events: list[EventIn] = (), audit: list[AuditEntryIn] = ()) -> str:  # type: ignore[assignment]
    from desk_app.sync.protocol import PushRequest

    return PushRequest(events=list(events), audit=list(audit)).model_dump_json()

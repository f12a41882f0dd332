"""Catalog versions a terminal's administrator publishes reach every terminal of the office."""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desk_app.central.cli import main as central
from desk_app.central.models import CatalogPublication
from desk_app.domain.catalog_sheet import retirement
from desk_app.storage.audit import canonical_digest
from desk_app.storage.catalog_files import read_item_file
from desk_app.sync.protocol import EventIn

from .conftest import enroll, push_body

FORMS = Path(__file__).resolve().parents[2] / "forms" / "catalog"
SF_001 = read_item_file(FORMS / "sf-001.yaml")


def published_event(item, event_uuid: str | None = None) -> EventIn:
    payload = {"item": item.to_dict(), "office": "540102", "terminal": "W01", "user": "admin"}
    return EventIn(uuid=event_uuid or str(uuidlib.uuid4()), aggregate="catalog_item",
                   aggregate_id=f"{item.code}:{item.version}", aggregate_seq=1, kind="catalog.item_published",
                   payload=payload, payload_digest=canonical_digest(payload), created_at=datetime(2026, 11, 20, 11))


def catalog_keys(client, terminal) -> list[str]:
    r = client.get("/api/v1/changes", params={"since": 0, "limit": 1000}, headers=terminal.headers)
    return [c["key"] for c in r.json()["changes"] if c["kind"] == "catalog_item"]


def push(client, terminal, *events):
    r = client.post("/api/v1/push", content=push_body(list(events)), headers=terminal.headers)
    assert r.status_code == 200, r.text
    return [x["status"] for x in r.json()["results"]]


def publications(db) -> list[tuple[str, str, str]]:
    with db.read() as conn:
        rows = conn.execute(select(CatalogPublication).order_by(CatalogPublication.id)).all()
    return [(r.key, r.status, r.reason) for r in rows]


def test_a_published_version_reaches_the_office_only(client, terminal, db, db_url, capsys):
    assert central(["publish-catalog", str(FORMS), "--database-url", db_url]) == 0
    capsys.readouterr()
    colleague = enroll(client, "540102", "W02")
    elsewhere = enroll(client, "540103", "W01")
    v2 = replace(SF_001, version=2, effective_from=date(2026, 12, 1), purpose="调整后的证明用途说明",
                 change_reason="按司法局通知调整", filed_on=date(2026, 11, 28))
    event = published_event(v2)
    assert push(client, terminal, event) == ["acked"]
    assert "SF-001:2" in catalog_keys(client, colleague) and "SF-001:2" in catalog_keys(client, terminal)
    assert "SF-001:2" not in catalog_keys(client, elsewhere)
    assert push(client, terminal, event) == ["duplicate"]  # sent again after a lost answer
    assert catalog_keys(client, colleague).count("SF-001:2") == 1
    assert publications(db) == [("SF-001:2", "published", "")]

    gone = retirement(v2, date(2027, 1, 1), "事项取消", None)
    assert push(client, colleague, published_event(gone)) == ["acked"]
    change = [c for c in client.get("/api/v1/changes", params={"since": 0, "limit": 1000},
                                    headers=terminal.headers).json()["changes"] if c["key"] == "SF-001:3"]
    assert change and change[0]["payload"]["retired"] is True


def test_conflicting_versions_are_refused_and_kept_for_review(client, terminal, db, db_url, capsys):
    assert central(["publish-catalog", str(FORMS), "--database-url", db_url]) == 0
    capsys.readouterr()
    colleague = enroll(client, "540102", "W02")
    v2 = replace(SF_001, version=2, effective_from=date(2026, 12, 1), purpose="一种调整")
    other_v2 = replace(v2, purpose="另一种调整")
    too_early = replace(SF_001, version=2, effective_from=date(2000, 1, 1))
    assert push(client, terminal, published_event(v2)) == ["acked"]
    assert push(client, colleague, published_event(other_v2), published_event(too_early)) == ["acked", "acked"]
    rows = publications(db)
    assert [(k, s) for k, s, _ in rows] == [("SF-001:2", "published"), ("SF-001:2", "refused"),
                                            ("SF-001:2", "refused")]
    assert "已发布且内容不同" in rows[1][2] and "已发布且内容不同" in rows[2][2]
    assert catalog_keys(client, terminal).count("SF-001:2") == 1

    assert central(["catalog-publications", "--refused", "--database-url", db_url]) == 0
    out = capsys.readouterr().out
    assert out.count("SF-001:2  已拒绝") == 2 and "已发布且内容不同" in out

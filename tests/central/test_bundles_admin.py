"""USB bundles (format, tamper detection, exactly-once import) and the auditor endpoints."""

from __future__ import annotations

import base64
import os

import pytest
from sqlalchemy import func, select

from desk_app.central.cli import main as central
from desk_app.central.models import Event
from desk_app.sync.bundle import BundleError, open_ack, open_bundle, seal_bundle

from .conftest import ADMIN_TOKEN, audit_chain, case_event


def _key() -> str:
    return base64.b64encode(os.urandom(32)).decode()


def test_seal_and_open_round_trip_beyond_the_online_batch_limit():
    key = _key()
    events = [case_event(f"540102-W01-20261120-{n:04d}", 1) for n in range(600)]
    chain = audit_chain(3)
    data = seal_bundle(events, chain, "t1", key)
    assert b"540102-W01" not in data  # content is encrypted
    req = open_bundle(data, {"t1": key})
    assert [e.uuid for e in req.events] == [e.uuid for e in events]
    assert req.audit == chain


@pytest.mark.parametrize("where", ["magic", "header", "body", "tag"])
def test_a_flipped_byte_or_a_wrong_key_is_a_clear_error(where):
    key = _key()
    data = bytearray(seal_bundle([case_event("540102-W01-20261120-0001", 1)], [], "t1", key))
    pos = {"magic": 0, "header": 12, "body": len(data) - 40, "tag": len(data) - 1}[where]
    data[pos] ^= 0x01
    with pytest.raises(BundleError) as err:
        open_bundle(bytes(data), {"t1": key})
    assert any(word in str(err.value) for word in ("损坏", "改动", "不是"))
    good = seal_bundle([], [], "t1", key)
    with pytest.raises(BundleError, match="密钥"):
        open_bundle(good, {"t1": _key()})
    with pytest.raises(BundleError, match="未登记"):
        open_bundle(good, {"t2": key})


def test_import_bundle_twice_adds_nothing_the_second_time(client, terminal, db, db_url, tmp_path, capsys):
    events = [case_event("540102-W01-20261120-0001", n) for n in (1, 2, 3)]
    path = tmp_path / "w01.bundle"
    path.write_bytes(seal_bundle(events, audit_chain(4), terminal.terminal_id, terminal.bundle_key))

    assert central(["import-bundle", str(path), "--database-url", db_url]) == 0
    out = capsys.readouterr().out
    assert "新接收 3 条，重复 0 条，冲突 0 条" in out and "第 4 条" in out
    ack = open_ack((tmp_path / "w01.bundle.ack").read_bytes(), terminal.bundle_key)
    assert {r.uuid: r.status for r in ack.results} == {e.uuid: "acked" for e in events}
    assert ack.audit.accepted_through == 4

    assert central(["import-bundle", str(path), "--database-url", db_url]) == 0
    assert "新接收 0 条，重复 3 条" in capsys.readouterr().out
    with db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Event)) == 3
    with pytest.raises(BundleError):  # the ack is for this terminal's key only
        open_ack((tmp_path / "w01.bundle.ack").read_bytes(), _key())

    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    assert central(["import-bundle", str(path), "--database-url", db_url]) == 1
    assert "无法解密" in capsys.readouterr().err


def test_bundle_endpoint_uses_the_same_ingest(client, terminal):
    ev = case_event("540102-W01-20261120-0001", 1)
    r = client.post("/api/v1/push", content=f'{{"events": [{ev.model_dump_json()}]}}', headers=terminal.headers)
    assert r.json()["results"][0]["status"] == "acked"
    data = seal_bundle([ev, case_event("540102-W01-20261120-0001", 2)], [], terminal.terminal_id,
                       terminal.bundle_key)
    r = client.post("/api/v1/bundle", content=data, headers={"Content-Type": "application/octet-stream"})
    assert [x["status"] for x in r.json()["results"]] == ["duplicate", "acked"]
    r = client.post("/api/v1/bundle", content=data[:-3])
    assert r.status_code == 400 and r.json()["detail"]["code"] == "bad_bundle"


def test_cases_and_stats_need_the_admin_token(client, terminal, db_url, capsys):
    events = [case_event("540102-W01-20261120-0001", 1, item="SF-001"),
              case_event("540102-W01-20261120-0001", 2),
              case_event("540102-W01-20261121-0001", 1, item="HJ-001"),
              case_event("540121-W01-20261121-0001", 1, item="SF-001", office="540121")]
    client.post("/api/v1/push", content=f'{{"events": [{",".join(e.model_dump_json() for e in events)}]}}',
                headers=terminal.headers)
    url = "/api/v1/cases/540102-W01-20261120-0001"
    assert client.get(url).status_code == 401
    assert client.get(url, headers=terminal.headers).status_code == 401
    assert client.get(url, headers={"X-Admin-Token": "wrong-wrong-wrong"}).status_code == 401
    assert client.get("/api/v1/stats/counts", params={"by": "office"}).status_code == 401
    view = client.get(url, headers={"Authorization": f"Bearer admin.{ADMIN_TOKEN}"}).json()
    assert len(view["events"]) == 2
    assert client.get("/api/v1/cases/NOPE", headers={"X-Admin-Token": ADMIN_TOKEN}).status_code == 404

    def counts(by, token=ADMIN_TOKEN):
        r = client.get("/api/v1/stats/counts", params={"by": by}, headers={"X-Admin-Token": token})
        assert r.status_code == 200, r.text
        return {row["key"]: row["cases"] for row in r.json()}

    assert counts("office") == {"540102": 2, "540121": 1}
    assert counts("item") == {"SF-001": 2, "HJ-001": 1}
    assert counts("day") == {"2026-11-20": 3}

    # a token set with `desk-central admin-token` works as well
    assert central(["admin-token", "--database-url", db_url]) == 0
    token = capsys.readouterr().out.split("管理令牌：")[1].split()[0]
    assert counts("office", token) == {"540102": 2, "540121": 1}

"""Enrollment with one-time codes, terminal credentials and revocation."""

from __future__ import annotations

from sqlalchemy import func, select, update

from desk_app.central.cli import main as central
from desk_app.central.db import utcnow
from desk_app.central.models import EnrollmentCode, Terminal
from desk_app.central.terminals import create_enrollment_code

from .conftest import case_event, enroll, push_body


def test_code_enrolls_once_and_only_the_hash_of_the_token_is_kept(client, db):
    code, _, _ = create_enrollment_code(db, "540102", "w01")
    assert len(code.replace("-", "")) >= 10
    first = client.post("/api/v1/enroll", json={"code": code.lower(), "device": "hall-pc"})
    assert first.status_code == 200
    body = first.json()
    assert (body["office_code"], body["terminal_code"]) == ("540102", "W01")
    assert len(body["token"]) >= 32 and body["bundle_key"]
    with db.read() as conn:
        row = conn.execute(select(Terminal)).one()
    assert row.token_hash != body["token"] and body["token"] not in row.token_hash

    again = client.post("/api/v1/enroll", json={"code": code})
    assert again.status_code == 400
    assert again.json()["detail"]["code"] == "used_code"
    assert "已使用" in again.json()["detail"]["message"]
    with db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(Terminal)) == 1


def test_unknown_and_expired_codes_are_refused_in_chinese(client, db):
    r = client.post("/api/v1/enroll", json={"code": "ABCD-EFGH-IJKL"})
    assert r.status_code == 400 and r.json()["detail"]["code"] == "bad_code"
    assert "登记码无效" in r.json()["detail"]["message"]

    code, _, _ = create_enrollment_code(db, "540102", "W02")
    with db.write() as conn:
        conn.execute(update(EnrollmentCode).values(expires_at=utcnow()))
    r = client.post("/api/v1/enroll", json={"code": code})
    assert r.status_code == 400 and r.json()["detail"]["code"] == "expired_code"
    assert "过期" in r.json()["detail"]["message"]


def test_bad_credentials_get_401(client, terminal):
    body = push_body([case_event("540102-W01-20261120-0001", 1)])
    assert client.post("/api/v1/push", content=body).status_code == 401
    wrong = {"Authorization": f"Bearer {terminal.terminal_id}.not-the-token"}
    r = client.post("/api/v1/push", content=body, headers=wrong)
    assert r.status_code == 401 and r.json()["detail"]["code"] == "unauthorized"
    unknown = {"Authorization": "Bearer 0123456789abcdef.token"}
    assert client.post("/api/v1/push", content=body, headers=unknown).status_code == 401
    assert client.get("/api/v1/changes", headers=wrong).status_code == 401


def test_revoked_terminal_gets_403_with_a_message(client, terminal, db_url, capsys):
    other = enroll(client, terminal="W02")
    assert central(["revoke", "--office", "540102", "--terminal", "W01", "--database-url", db_url]) == 0
    assert "已停用 1 台终端" in capsys.readouterr().out

    r = client.post("/api/v1/push", content=push_body([case_event("540102-W01-20261120-0001", 1)]),
                    headers=terminal.headers)
    assert r.status_code == 403
    detail = r.json()["detail"]
    assert detail["code"] == "revoked" and "停用" in detail["message"]
    assert client.get("/api/v1/changes", headers=terminal.headers).status_code == 403
    # the other terminal of the office is untouched
    assert client.get("/api/v1/changes", headers=other.headers).status_code == 200

    assert central(["revoke", "--office", "540102", "--terminal", "W01", "--database-url", db_url]) == 1
    assert "没有找到在用的终端" in capsys.readouterr().err


def test_plain_http_from_elsewhere_is_refused_unless_allowed(db_url):
    from fastapi.testclient import TestClient

    from desk_app.central.app import create_app

    with TestClient(create_app(db_url, admin_token=None)) as c:  # client "testclient": not loopback
        r = c.get("/api/v1/health")
    assert r.status_code == 403 and r.json()["detail"]["code"] == "insecure"
    with TestClient(create_app(db_url, admin_token=None), base_url="https://central") as c:
        assert c.get("/api/v1/health").json() == {"status": "ok"}

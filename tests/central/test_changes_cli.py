"""The changes feed and the desk-central commands that fill it."""

from __future__ import annotations

import json
from pathlib import Path

from argon2 import PasswordHasher

from desk_app.central.changes import append_changes
from desk_app.central.cli import main as central
from desk_app.sync.protocol import ChangeKind

from .conftest import enroll

FORMS = Path(__file__).resolve().parents[2] / "forms" / "catalog"


def _all_changes(client, terminal, limit=1000):
    r = client.get("/api/v1/changes", params={"since": 0, "limit": limit}, headers=terminal.headers)
    assert r.status_code == 200
    return r.json()["changes"]


def test_cursor_paging_with_more(client, terminal, db):
    items = [(ChangeKind.SETTING, f"k{n}", {"key": f"k{n}", "value": n}) for n in range(5)]
    assert append_changes(db, items) == (5, 0)
    assert append_changes(db, items[:2]) == (0, 2)  # identical content is not published twice
    seen, since, pages = [], 0, 0
    while True:
        page = client.get("/api/v1/changes", params={"since": since, "limit": 2}, headers=terminal.headers).json()
        pages += 1
        seen += [c["key"] for c in page["changes"]]
        since = page["cursor"]
        if not page["more"]:
            break
    assert seen == ["k0", "k1", "k2", "k3", "k4"] and pages == 3
    empty = client.get("/api/v1/changes", params={"since": since}, headers=terminal.headers).json()
    assert empty == {"cursor": since, "changes": [], "more": False}


def test_publish_catalog_and_republish(client, terminal, db_url, capsys):
    assert central(["publish-catalog", str(FORMS), "--database-url", db_url]) == 0
    out = capsys.readouterr().out
    n_files = len(list(FORMS.glob("*.yaml")))
    assert f"已发布 {n_files} 个事项版本" in out
    changes = _all_changes(client, terminal)
    assert {c["kind"] for c in changes} == {"catalog_item"} and len(changes) == n_files
    first = changes[0]
    assert first["key"] == f"{first['payload']['code']}:{first['payload']['version']}"

    assert central(["publish-catalog", str(FORMS / "sf-001.yaml"), "--database-url", db_url]) == 0
    assert "已发布 0 个事项版本；1 个已发布且未变化" in capsys.readouterr().out
    assert len(_all_changes(client, terminal)) == n_files


def test_publish_catalog_refuses_an_invalid_item(tmp_path, db_url, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text((FORMS / "sf-001.yaml").read_text(encoding="utf-8").replace("legal_basis", "legal_basiz"),
                   encoding="utf-8")
    assert central(["publish-catalog", str(bad), "--database-url", db_url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("错误：") and err.count("\n") == 1


def test_add_user_publishes_an_argon2id_hash(client, db_url, capsys, monkeypatch):
    lhasa = enroll(client, office="540102", terminal="W09")
    other = enroll(client, office="540121", terminal="W01")
    monkeypatch.setenv("NEW_PW", "Clerk-Pass-2026")
    assert central(["add-user", "--username", "zhaxi", "--role", "clerk", "--password-env", "NEW_PW",
                    "--display-name", "扎西", "--office", "540102", "--database-url", db_url]) == 0
    assert "已发布账号 zhaxi" in capsys.readouterr().out
    [change] = _all_changes(client, lhasa)
    assert change["kind"] == "user" and change["key"] == "zhaxi"
    payload = change["payload"]
    assert payload["password_hash"].startswith("$argon2id$")
    assert PasswordHasher().verify(payload["password_hash"], "Clerk-Pass-2026")
    assert "Clerk-Pass-2026" not in json.dumps(payload)
    assert _all_changes(client, other) == []  # only that office's terminals get it

    monkeypatch.setenv("WEAK", "123")
    assert central(["add-user", "--username", "dawa", "--role", "clerk", "--password-env", "WEAK",
                    "--database-url", db_url]) == 1
    assert "密码不符合要求" in capsys.readouterr().err
    assert central(["add-user", "--username", "dawa", "--role", "boss", "--password-env", "NEW_PW",
                    "--database-url", db_url]) == 1
    assert "角色" in capsys.readouterr().err


def test_credit_records_and_calendar(client, terminal, db_url, tmp_path, capsys):
    assert central(["add-credit-record", "--subject-id", "11010519491231002x", "--subject-name", "张三",
                    "--kind", "false_promise", "--recorded-on", "2026-03-01", "--source", "县司法局",
                    "--database-url", db_url]) == 0
    records = tmp_path / "credit.json"
    records.write_text(json.dumps({"records": [
        {"subject_id": "91540100MA6T000000", "subject_name": "某公司", "kind": "serious_bad_credit",
         "recorded_on": "2026-01-05", "source": "信用中国（西藏）"}]}, ensure_ascii=False), encoding="utf-8")
    assert central(["import-credit", str(records), "--database-url", db_url]) == 0
    calendar = tmp_path / "cal.json"
    calendar.write_text(json.dumps({"year": 2027, "holidays": ["2027-10-01", "2027-10-02"],
                                    "workdays": ["2027-09-26"]}), encoding="utf-8")
    assert central(["import-calendar", str(calendar), "--database-url", db_url]) == 0
    capsys.readouterr()
    changes = _all_changes(client, terminal)
    assert [c["kind"] for c in changes] == ["credit_record", "credit_record", "calendar"]
    assert changes[0]["payload"]["subject_id"] == "11010519491231002X"
    assert changes[0]["key"] == changes[0]["payload"]["uuid"]
    assert changes[2]["payload"] == {"year": 2027, "holidays": ["2027-10-01", "2027-10-02"],
                                     "workdays": ["2027-09-26"]}

    records.write_text(json.dumps([{"subject_id": "X", "subject_name": "Y", "kind": "bad",
                                    "recorded_on": "2026-01-05", "source": "Z"}]), encoding="utf-8")
    assert central(["import-credit", str(records), "--database-url", db_url]) == 1
    assert "类型“bad”无效" in capsys.readouterr().err


def test_enroll_code_command_prints_a_usable_code(client, db_url, capsys):
    import re

    assert central(["enroll-code", "--office", "540102", "--terminal", "W05", "--database-url", db_url]) == 0
    code = re.search(r"登记码：(\S+)", capsys.readouterr().out).group(1)
    r = client.post("/api/v1/enroll", json={"code": code})
    assert r.status_code == 200 and r.json()["terminal_code"] == "W05"
    assert central(["enroll-code", "--office", "5", "--terminal", "W05", "--database-url", db_url]) == 1
    assert "单位编码" in capsys.readouterr().err

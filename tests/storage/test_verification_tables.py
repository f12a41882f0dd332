"""Migration 0006: verification records are append-only, and the migration runs down and up."""

from __future__ import annotations

import pytest
from sqlcipher3 import dbapi2 as sqlite3

from desk_app.storage import db as storage_db
from desk_app.storage.db import open_database
from desk_app.storage.verification import APPEND_ONLY_TABLES


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "data")
    yield database
    database.dispose()


def test_verification_tables_are_append_only(db):
    conn = db.raw_connection()
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for table in APPEND_ONLY_TABLES:
            assert {f"{table}_no_update", f"{table}_no_delete"} <= names
        conn.execute("INSERT INTO cases (id, uuid, case_no, item_code, item_version, item_digest, path, applicant_kind,"
                     " applicant_name, doc_type, doc_number, phone, payload, payload_digest, training, created_at,"
                     " created_by, office_code, terminal_code) VALUES (1, 'u', 'N', 'HJ-001', 1, 'd', 'promise',"
                     " 'person', '张三', 'resident_id', 'X', 'p', '{}', 'd', 0, '2026-03-02 09:00:00', 'a', 'O', 'W')")
        conn.execute("INSERT INTO verification_tasks (id, case_id, item_code, item_version, method, accepted_on,"
                     " due_on, standard, rule, calendar_warning, created_at, created_by) VALUES (1, 1, 'HJ-001', 1,"
                     " 'online', '2026-03-02', '2026-03-30', 's', '{}', '', '2026-03-02 09:00:00', 'a')")
        conn.execute("INSERT INTO verification_results (task_id, result, note, at, username)"
                     " VALUES (1, 'true', '', '2026-03-03 09:00:00', 'v')")
        for sql in ("UPDATE verification_tasks SET due_on = '2027-01-01'", "DELETE FROM verification_results",
                    "UPDATE verification_results SET result = 'false'"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()


def test_migration_0006_downgrades_and_upgrades(db):
    from alembic import command

    config = storage_db._alembic_config(db.engine)
    command.downgrade(config, "0005")
    conn = db.raw_connection()
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert not tables & set(APPEND_ONLY_TABLES)
    command.upgrade(config, "0006")
    conn = db.raw_connection()
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    assert set(APPEND_ONLY_TABLES) <= tables

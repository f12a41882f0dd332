"""The terminal database: migrations, append-only tables, the audit chain and the outbox."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlcipher3 import dbapi2 as sqlite3  # the database is SQLCipher-encrypted

from desk_app.domain.accounts import Actor, Role
from desk_app.storage import audit, outbox
from desk_app.storage import db as storage_db
from desk_app.storage.db import DB_NAME, current_revision, head_revision, open_database
from desk_app.storage.models import AuditEntry, OutboxRow

ACTOR = Actor("admin", Role.ADMIN, "540102", "W01")
T0 = datetime(2026, 11, 20, 9, 0, 0)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "data")
    yield database
    database.dispose()


def append_entries(db, n: int) -> None:
    with db.session() as s, s.begin():
        for i in range(n):
            audit.append(s, ACTOR, T0 + timedelta(minutes=i), "case.created", "case", f"C-{i}", {"i": i, "名": "张三"})


def raw(db) -> sqlite3.Connection:
    return db.raw_connection()


def verify(db) -> int | None:
    with db.session() as s:
        return audit.verify_chain(s)


def test_new_database_is_migrated_to_head(db, tmp_path):
    assert (tmp_path / "data" / DB_NAME).exists()
    assert current_revision(db.path) == head_revision()


def test_fast_path_head_matches_alembic():
    # a database at SCHEMA_HEAD opens without running alembic: the constant must not go stale
    assert storage_db.SCHEMA_HEAD == head_revision()


def test_reopening_keeps_data_and_makes_no_backup(tmp_path):
    first = open_database(tmp_path / "data")
    append_entries(first, 2)
    first.dispose()
    again = open_database(tmp_path / "data")
    try:
        assert verify(again) is None
        with again.session() as s:
            assert len(s.scalars(select(AuditEntry)).all()) == 2
    finally:
        again.dispose()
    assert not (tmp_path / "data" / "backups").exists()


def test_empty_chain_is_whole(db):
    assert verify(db) is None


def test_chain_links_each_entry_to_the_previous(db):
    append_entries(db, 4)
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
    assert [e.seq for e in entries] == [1, 2, 3, 4]
    assert entries[0].prev_hash == audit.GENESIS
    for prev, entry in zip(entries, entries[1:], strict=False):
        assert entry.prev_hash == prev.entry_hash
    assert verify(db) is None


def test_content_digest_is_canonical():
    assert audit.canonical_digest({"b": 1, "a": "张"}) == audit.canonical_digest({"a": "张", "b": 1})
    assert audit.canonical_digest({"a": 1}) != audit.canonical_digest({"a": 2})


def test_audit_log_refuses_update_and_delete(db):
    # cases, case_events, signatures and documents: see tests/services/test_counter.py (needs a case)
    append_entries(db, 1)
    conn = raw(db)
    try:
        for sql in ("UPDATE audit_log SET entity_id = 'X'", "DELETE FROM audit_log"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()


def test_edited_audit_entry_is_detected(db):
    append_entries(db, 5)
    conn = raw(db)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")  # an attacker with the file
        conn.execute("UPDATE audit_log SET entity_id = 'C-X' WHERE seq = 3")
    conn.close()
    assert verify(db) == 3


def test_rehashed_edit_is_detected_at_the_next_entry(db):
    append_entries(db, 5)
    with db.session() as s:
        e3 = s.get(AuditEntry, 3)
        e3.entity_id = "C-X"
        forged = audit.entry_hash(e3.prev_hash, e3)
    conn = raw(db)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET entity_id = 'C-X', entry_hash = ? WHERE seq = 3", (forged,))
    conn.close()
    assert verify(db) == 4


def test_deleted_audit_entry_is_detected(db):
    append_entries(db, 5)
    conn = raw(db)
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    conn.close()
    assert verify(db) == 2


def test_outbox_numbers_events_per_aggregate(db):
    with db.session() as s, s.begin():
        for agg in ("A", "B", "A", "A"):
            outbox.enqueue(s, aggregate="case", aggregate_id=agg, kind="case.x", payload={"agg": agg}, at=T0)
            s.flush()
    with db.session() as s:
        rows = s.scalars(select(OutboxRow).order_by(OutboxRow.id)).all()
        assert [(r.aggregate_id, r.aggregate_seq) for r in rows] == [("A", 1), ("B", 1), ("A", 2), ("A", 3)]
        assert all(r.status == "pending" and r.attempts == 0 for r in rows)
        assert rows[0].payload_digest == audit.canonical_digest({"agg": "A"})
        assert outbox.pending_count(s) == 4


def test_upgrading_an_old_database_backs_it_up_and_keeps_it_append_only(tmp_path):
    from alembic import command

    data = tmp_path / "data"
    data.mkdir()
    old = storage_db.Database(data / DB_NAME)
    command.upgrade(storage_db._alembic_config(old.engine), "0001")  # a terminal installed long ago
    append_entries(old, 2)
    old.dispose()
    if head_revision() == "0001":
        pytest.skip("no later migration yet")

    db = open_database(data)
    try:
        assert current_revision(db.path) == head_revision()
        assert len(storage_db.list_backups(data / "backups")) == 1  # beside it: its .key.json
        assert verify(db) is None
        conn = raw(db)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            for table in ("cases", "case_events", "signatures", "documents", "audit_log"):
                assert {f"{table}_no_update", f"{table}_no_delete"} <= names
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute("DELETE FROM audit_log")
        finally:
            conn.close()
    finally:
        db.dispose()

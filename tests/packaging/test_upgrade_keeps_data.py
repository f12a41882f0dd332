"""Installing a new version over an old one keeps everything: a terminal database of schema
0003 (an early release) opens with the current code, is backed up first, migrated to head,
and its settings, users, case, letter and audit chain come through intact.

The old database is built the way that release built it: alembic up to 0003 on a fresh
encrypted file, then the rows a terminal of that time had written -- produced here by the
real services (set-up, a finished case with its letter, a reprint, the paper confirmation)
and copied column by column into the columns schema 0003 had. A later migration that
renames, drops or mis-converts one of those columns, or breaks the audit chain, fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.domain.accounts import Actor, Role
from desk_app.services import integrity, letters
from desk_app.services.cases import list_cases
from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.storage import db as storage_db
from desk_app.storage import keys
from desk_app.storage import settings as settings_keys
from desk_app.storage.db import DB_NAME, current_revision, head_revision
from tests.services.support import promise_draft

OLD = "0003"


def _tables(conn) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name != 'alembic_version'")]


def _columns(conn, table: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def _copy_rows(src, dst) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Every row of ``src`` into the same table of ``dst``, restricted to dst's columns.

    Tables in foreign-key order (parents first, as the models sort them)."""
    from desk_app.storage.models import Base

    order = [t.name for t in Base.metadata.sorted_tables]
    present = set(_tables(dst))
    copied = {}
    for table in sorted(present & set(_tables(src)), key=lambda t: order.index(t) if t in order else -1):
        cols = [c for c in _columns(dst, table) if c in set(_columns(src, table))]
        quoted = ", ".join(f'"{c}"' for c in cols)
        rows = src.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
        dst.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(cols))})', rows)
        copied[table] = len(rows)
    dst.commit()
    return copied


@pytest.fixture
def old_terminal(tmp_path: Path, ctx, clock):  # type: ignore[no-untyped-def]
    """(data dir of a schema-0003 terminal, what it holds)."""
    if head_revision() == OLD:
        pytest.skip("no migration after 0003 yet")
    done = finish_case(ctx, promise_draft(ctx, "SF-001"))
    letters.reprint(ctx, done.case_no, "打印卡纸")
    letters.confirm_paper(ctx, done.case_no)
    with ctx.db.session() as s:
        settings = settings_keys.all_settings(s)
    stored = letters.stored_letter(ctx, done.case_no)
    before = integrity.verify_store(ctx)
    assert before.ok, before.findings

    data = tmp_path / "old-terminal"
    data.mkdir()
    from alembic import command

    old = storage_db.Database(data / DB_NAME)
    command.upgrade(storage_db._alembic_config(old.engine), OLD)
    old.dispose()
    assert current_revision(data / DB_NAME) == OLD
    src, dst = ctx.db.raw_connection(), storage_db.raw_connection(data / DB_NAME)
    try:
        copied = _copy_rows(src, dst)
    finally:
        src.close()
        dst.close()
    assert copied["cases"] == 1 and copied["documents"] == 1 and copied["users"] == 1
    assert copied["letter_prints"] == 1  # the table revision 0003 brought
    return data, {"settings": settings, "case_no": done.case_no, "sha": stored.sha256, "pdf": stored.pdf,
                  "audit": before.audit_entries, "key_file": (data / keys.KEY_FILE).read_bytes(),
                  "office": ctx.office}


def test_an_old_database_is_backed_up_then_migrated_with_its_data_intact(old_terminal, clock):  # type: ignore[no-untyped-def]
    data, was = old_terminal
    new = AppContext.open(data, clock=clock)  # what the new version does at start-up
    try:
        assert current_revision(data / DB_NAME) == head_revision()

        # backed up first, at the old revision, and the backup is a sound 0003 database
        backups = storage_db.list_backups(data / "backups")
        assert [b.label for b in backups] == [OLD]
        assert storage_db.check_database_file(backups[0].path, new.db.key) == OLD
        assert backups[0].key_file.exists()

        # the data key and everything outside the tables are unchanged
        assert (data / keys.KEY_FILE).read_bytes() == was["key_file"]

        with new.db.session() as s:
            after = settings_keys.all_settings(s)
        assert {k: after.get(k) for k in was["settings"]} == was["settings"]
        assert new.office == was["office"]

        new.actor = Actor("admin", Role.ADMIN, was["office"].code, was["office"].terminal_code)
        [case] = list_cases(new)
        assert case.case_no == was["case_no"] and case.paper_confirmed
        stored = letters.stored_letter(new, was["case_no"])
        assert stored.sha256 == was["sha"] and stored.pdf == was["pdf"]
        assert letters.verify_pdf(new, was["pdf"]).ok

        report = integrity.verify_store(new)
        assert report.ok, report.findings
        assert (report.audit_entries, report.cases, report.letters) == (was["audit"], 1, 1)

        # and the upgraded terminal keeps working: a new case on top of the old chain
        more = finish_case(new, promise_draft(new, "SF-001"))
        assert more.case_no != was["case_no"]
        assert integrity.verify_store(new).ok
    finally:
        new.close()


def test_opening_again_after_the_upgrade_takes_no_second_backup(old_terminal, clock):  # type: ignore[no-untyped-def]
    data, _ = old_terminal
    AppContext.open(data, clock=clock).close()
    AppContext.open(data, clock=clock).close()
    assert len(storage_db.list_backups(data / "backups")) == 1

"""Daily encrypted backups (kept N generations) and restore — which verifies before it replaces."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import DomainError, PermissionDenied
from desk_app.services import backup
from desk_app.services.cases import list_cases
from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.storage import audit, keys
from desk_app.storage import db as storage_db
from desk_app.storage.db import DB_NAME, BackupInvalid, DatabaseUnreadable
from desk_app.storage.instance_lock import LOCK_NAME
from desk_app.storage.models import AuditEntry
from tests.services.support import person, promise_draft

PLAINTEXT_HEADER = b"SQLite format 3\x00"
SECRET = "test-secret-不要用于生产"
ADMIN = Actor("admin", Role.ADMIN, "540102", "W01")


def actions(ctx, action: str) -> list[AuditEntry]:
    with ctx.db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.seq)))


def chain_ok(ctx) -> bool:
    with ctx.db.session() as s:
        return audit.verify_chain(s) is None


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def case_nos(ctx) -> list[str]:
    return sorted(c.case_no for c in list_cases(ctx))


def reopen(data: Path, clock) -> AppContext:  # type: ignore[no-untyped-def]
    again = AppContext.open(data, clock=clock)
    again.actor = ADMIN
    return again


# -- backups ---------------------------------------------------------------------------------------


def test_one_automatic_backup_per_day_encrypted_and_audited(ctx, clock):
    first = backup.backup_if_due(ctx)
    assert first is not None and first.parent == ctx.data_dir / "backups"
    assert first.name == "desk.sqlite3.daily.20261120-103000"
    assert backup.backup_if_due(ctx) is None  # same day: nothing
    clock.now += timedelta(hours=10)
    assert backup.backup_if_due(ctx) is None
    clock.now += timedelta(days=1)
    second = backup.backup_if_due(ctx)
    assert second is not None and second != first
    for made in (first, second):
        assert not made.read_bytes().startswith(PLAINTEXT_HEADER)
        assert made.with_name(made.name + ".key.json").read_bytes() == (ctx.data_dir / "key.json").read_bytes()
        assert storage_db.check_database_file(made, ctx.db.key) == storage_db.SCHEMA_HEAD
        assert not made.with_name(made.name + "-wal").exists()
    logged = actions(ctx, "backup.created")
    assert [e.entity_id for e in logged] == [first.name, second.name]
    assert {e.username for e in logged} == {"admin"}
    assert chain_ok(ctx)


def test_backups_go_to_the_configured_folder_and_keep_n_generations(ctx, clock, tmp_path):
    usb = tmp_path / "usb" / "desk-backups"
    backup.set_backup_settings(ctx, folder=usb, keep=3)
    assert backup.backup_folder(ctx) == usb and backup.keep_generations(ctx) == 3
    manual = backup.backup_now(ctx)
    for _ in range(5):
        assert backup.backup_if_due(ctx) is not None
        clock.now += timedelta(days=1)
    daily = [b for b in storage_db.list_backups(usb) if b.label == "daily"]
    assert [b.taken.day for b in daily] == [24, 23, 22]
    assert manual.exists()  # manual backups are never pruned
    names = sorted(p.name for p in usb.iterdir())
    assert len(names) == 2 * 4  # each backup with its key file, nothing else
    assert not (ctx.data_dir / "backups").exists()
    assert actions(ctx, "settings.backup")


def test_backup_folder_unavailable_is_a_clear_error(ctx, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    backup.set_backup_settings(ctx, folder=blocker / "sub")
    with pytest.raises(DomainError, match="无法写入备份"):
        backup.backup_if_due(ctx)


def test_backup_now_to_a_file_or_a_folder(ctx, tmp_path):
    target = tmp_path / "copy.sqlite3"
    assert backup.backup_now(ctx, target) == target
    assert (tmp_path / "copy.sqlite3.key.json").exists()
    with pytest.raises(DomainError, match="已存在"):
        backup.backup_now(ctx, target)
    folder = tmp_path / "stick"
    made = backup.backup_now(ctx, folder)
    assert made.parent == folder and made.name.startswith("desk.sqlite3.manual.")


def test_backup_on_demand_is_for_administrators(ctx):
    ctx.actor = Actor("clerk1", Role.CLERK, "540102", "W01")
    with pytest.raises(PermissionDenied):
        backup.backup_now(ctx)
    assert backup.backup_if_due(ctx) is not None  # the automatic one runs for whoever is logged in


def test_backup_during_use_is_consistent(ctx):
    finish_case(ctx, promise_draft(ctx))
    with ctx.db.session() as s:  # an open read transaction on another connection
        s.execute(select(func.count()).select_from(AuditEntry)).scalar()
        made = backup.backup_now(ctx)
    conn = storage_db.raw_connection(made, ctx.db.key)
    try:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    finally:
        conn.close()


# -- restore ---------------------------------------------------------------------------------------


@pytest.fixture
def two_cases(ctx, clock):
    """Case 1, a backup, then case 2; closed."""
    first = finish_case(ctx, promise_draft(ctx, applicant=person("王丽"))).case_no
    made = backup.backup_if_due(ctx)
    clock.now += timedelta(minutes=5)
    second = finish_case(ctx, promise_draft(ctx, "SF-001", applicant=person("李四", "11010519491231002X"))).case_no
    ctx.close()
    return ctx.data_dir, made, first, second


def test_restore_replaces_the_database_and_keeps_the_old_one(two_cases, clock):
    data, made, first, second = two_cases
    clock.now += timedelta(hours=1)
    report = backup.restore(data, made, clock=clock)
    assert report.revision == storage_db.SCHEMA_HEAD
    assert report.kept_aside is not None and report.kept_aside.name == "desk.sqlite3.replaced-20261120-113500"
    ctx = reopen(data, clock)
    try:
        assert case_nos(ctx) == [first]
        logged = actions(ctx, "backup.restored")
        assert len(logged) == 1 and logged[0].username.startswith("console:")
        assert chain_ok(ctx)
    finally:
        ctx.close()
    # The replaced database is kept, still encrypted, and still has case 2.
    kept = report.kept_aside
    assert not kept.read_bytes().startswith(PLAINTEXT_HEADER)
    conn = storage_db.raw_connection(kept, keys.existing_key(data))
    try:
        assert sorted(r[0] for r in conn.execute("SELECT case_no FROM cases")) == sorted([first, second])
    finally:
        conn.close()


def assert_refused(data: Path, src: Path, match: str, clock) -> None:  # type: ignore[no-untyped-def]
    before = sha(data / DB_NAME)
    files = sorted(p.name for p in data.iterdir() if p.name != LOCK_NAME)
    with pytest.raises(DomainError, match=match):
        backup.restore(data, src, clock=clock)
    assert sha(data / DB_NAME) == before
    # no staging copy left, nothing renamed (the instance lock file is the one thing restore adds)
    assert sorted(p.name for p in data.iterdir() if p.name != LOCK_NAME) == files


def test_a_damaged_backup_is_refused_before_anything_changes(two_cases, clock, tmp_path):
    data, made, *_ = two_cases
    broken = tmp_path / made.name
    shutil.copy(made, broken)
    shutil.copy(made.with_name(made.name + ".key.json"), tmp_path / (made.name + ".key.json"))
    raw = bytearray(broken.read_bytes())
    raw[3 * 4096 + 100] ^= 0xFF  # one bit-flip inside page 4
    broken.write_bytes(bytes(raw))
    assert_refused(data, broken, "校验失败|完整性|无法用本机密钥打开", clock)


def test_garbage_and_missing_files_are_refused(two_cases, clock, tmp_path):
    data, *_ = two_cases
    junk = tmp_path / "junk.bin"
    junk.write_bytes(os.urandom(8192))
    assert_refused(data, junk, "无法用本机密钥打开", clock)
    with pytest.raises(DomainError, match="找不到备份文件"):
        backup.restore(data, tmp_path / "nothing", clock=clock)


def test_a_backup_with_a_broken_audit_chain_is_refused(two_cases, clock, tmp_path):
    data, made, *_ = two_cases
    forged = tmp_path / made.name
    shutil.copy(made, forged)
    conn = storage_db.raw_connection(forged, keys.existing_key(data))
    with conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET entity_id = 'X' WHERE seq = 2")
    conn.close()
    assert_refused(data, forged, "审计日志", clock)


def test_a_backup_of_an_unknown_version_is_refused(two_cases, clock, tmp_path):
    data, made, *_ = two_cases
    newer = tmp_path / made.name
    shutil.copy(made, newer)
    conn = storage_db.raw_connection(newer, keys.existing_key(data))
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert_refused(data, newer, "9999", clock)


def test_restore_an_unreadable_database_from_the_offered_backup(two_cases, clock):
    data, made, first, _ = two_cases
    garbage = os.urandom(5 * 4096)
    (data / DB_NAME).write_bytes(garbage)
    with pytest.raises(DatabaseUnreadable) as err:
        AppContext.open(data, clock=clock)
    assert [b.path for b in err.value.backups] == [made]
    assert [b.path for b in backup.available_backups(data)] == [made]
    report = backup.restore(data, err.value.backups[0].path, clock=clock)
    assert report.kept_aside is not None and report.kept_aside.read_bytes() == garbage  # kept as it was
    ctx = reopen(data, clock)
    try:
        assert case_nos(ctx) == [first]
    finally:
        ctx.close()


def test_restore_on_a_new_pc_with_the_secret(two_cases, clock, tmp_path, monkeypatch):
    """The PC is gone; the USB stick has the backup and its key file; the admin knows the secret."""
    _, made, first, _ = two_cases
    usb = tmp_path / "usb"
    usb.mkdir()
    shutil.copy(made, usb)
    shutil.copy(made.with_name(made.name + ".key.json"), usb)
    keys.forget()  # a new process on a new PC
    new_pc = tmp_path / "new-pc"
    monkeypatch.delenv(keys.ENV_SECRET)
    with pytest.raises(backup.SecretRequired):
        backup.restore(new_pc, usb / made.name, clock=clock)
    with pytest.raises(backup.WrongKey):
        backup.restore(new_pc, usb / made.name, secret="another-secret", clock=clock)
    assert not (new_pc / DB_NAME).exists()
    report = backup.restore(new_pc, usb / made.name, secret=SECRET, clock=clock)
    assert report.kept_aside is None
    assert (new_pc / "key.json").read_bytes() == (usb / (made.name + ".key.json")).read_bytes()
    keys.forget()
    backup.unlock(new_pc, SECRET)
    ctx = reopen(new_pc, clock)
    try:
        assert case_nos(ctx) == [first]
        assert chain_ok(ctx)
    finally:
        ctx.close()


def test_restore_of_a_backup_made_under_another_secret(ctx, clock, tmp_path, monkeypatch):
    """A backup from another terminal (another key): its key file comes along; the old one is kept."""
    other_dir = tmp_path / "other"
    monkeypatch.setenv(keys.ENV_SECRET, "the-other-terminal")
    other = AppContext.open(other_dir, clock=clock)
    other.actor = ADMIN
    made = backup.backup_now(other, tmp_path / "usb")
    other.close()
    monkeypatch.setenv(keys.ENV_SECRET, SECRET)
    data = ctx.data_dir
    ctx.close()
    keys.forget()
    with pytest.raises(backup.WrongKey):
        backup.restore(data, made, clock=clock)
    report = backup.restore(data, made, secret="the-other-terminal", clock=clock)
    assert report.kept_aside is not None
    assert [p.name.startswith("key.json.replaced-") for p in data.iterdir()].count(True) == 1
    again = AppContext.open(data, clock=clock)  # the restored key is remembered
    again.close()


def test_restoring_the_database_onto_itself_is_refused(ctx, clock):
    with pytest.raises(DomainError, match="数据库文件本身"):
        backup.restore(ctx.data_dir, ctx.db.path, clock=clock)


def test_restore_refuses_a_backup_without_any_key_file(two_cases, clock, tmp_path):
    data, made, *_ = two_cases
    lonely = tmp_path / made.name
    shutil.copy(made, lonely)  # without its .key.json, but this PC has the same key: fine
    backup.restore(data, lonely, clock=clock)
    with pytest.raises(BackupInvalid, match="没有密钥文件"):
        backup.restore(tmp_path / "empty-pc", lonely, clock=clock)

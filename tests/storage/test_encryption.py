"""Encryption at rest: no ID number or name in plaintext anywhere on disk; wrong secrets,
damaged or foreign files and plaintext databases of older versions at start."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from desk_app.domain.accounts import Actor, Role
from desk_app.domain.errors import DomainError
from desk_app.services import backup, demo
from desk_app.services.cases import get_case, list_cases
from desk_app.services.context import AppContext
from desk_app.services.counter import finish_case
from desk_app.storage import db as storage_db
from desk_app.storage import keys
from desk_app.storage.db import DB_NAME, DatabaseUnreadable
from desk_app.storage.keys import SecretRequired, WrongKey
from tests.services.support import person, promise_draft

WANG_LI = ("王丽", "11010519491231002X")
PLAINTEXT_HEADER = b"SQLite format 3\x00"


# -- the scan ------------------------------------------------------------------------------------


def needles(people: set[tuple[str, str]]) -> dict[bytes, str]:
    """Byte patterns of every name and ID number as they could land in a file.

    UTF-16-LE is searched for names of three or more characters: a two-character name is only
    four bytes in UTF-16, and four given bytes turn up by chance in a few MB of ciphertext
    (p ≈ size / 2³²), which would make the test flaky. Every pattern searched is ≥ 6 bytes.
    """
    found: dict[bytes, str] = {}
    for name, number in people:
        for variant in {number, number.lower()}:
            found[variant.encode("ascii")] = f"ID {number} (ASCII/UTF-8)"
            found[variant.encode("utf-16-le")] = f"ID {number} (UTF-16-LE)"
        found[name.encode("utf-8")] = f"name {name} (UTF-8)"
        if len(name) >= 3:
            found[name.encode("utf-16-le")] = f"name {name} (UTF-16-LE)"
    return found


def scan(folder: Path, patterns: dict[bytes, str]) -> list[str]:
    """Every (file, what) where a pattern occurs in any file under ``folder``."""
    hits = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path.relative_to(folder)}: {what}" for pattern, what in patterns.items() if pattern in data]
    return hits


def applicants(ctx: AppContext) -> set[tuple[str, str]]:
    """(name, ID number) of every applicant and agent, read through the services."""
    people = set()
    for summary in list_cases(ctx):
        detail = get_case(ctx, summary.case_no)
        assert detail is not None
        for who in (detail.payload["applicant"], detail.payload.get("agent")):
            if who:
                people.add((who["name"], who["doc_number"]))
    return people


@pytest.fixture
def seeded(tmp_path, clock):
    """A training directory with 30 demo cases, 王丽's case, a daily and a manual backup."""
    data = tmp_path / "data"
    ctx = AppContext.open(data, clock=clock)
    demo.seed_demo(ctx, 30)
    finish_case(ctx, promise_draft(ctx, applicant=person(*WANG_LI)))
    backup.backup_if_due(ctx)
    backup.backup_now(ctx, tmp_path / "usb")
    people = applicants(ctx)
    yield ctx, data, people
    ctx.close()


def test_no_id_number_or_name_in_plaintext_anywhere_on_disk(seeded, tmp_path):
    ctx, data, people = seeded
    assert WANG_LI in people and len(people) >= 15
    patterns = needles(people)
    files = {p.name for p in data.rglob("*") if p.is_file()}
    assert {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", "key.json"} <= files  # open: WAL in use
    assert any(name.endswith(".key.json") for name in files) and len(storage_db.list_backups(data / "backups")) == 1
    assert scan(data, patterns) == []
    assert scan(tmp_path / "usb", patterns) == []
    ctx.close()  # checkpointed into the main file
    assert scan(data, patterns) == []
    for path in [p for p in data.rglob("*") if p.is_file()] + list((tmp_path / "usb").iterdir()):
        assert not path.read_bytes().startswith(PLAINTEXT_HEADER), path


def test_the_scan_finds_plaintext(tmp_path):
    folder = tmp_path / "leak"
    folder.mkdir()
    (folder / "note.txt").write_bytes(b"applicant " + WANG_LI[1].encode("ascii") + b"\n")
    conn = sqlite3.connect(folder / "plain.sqlite3")
    conn.execute("CREATE TABLE t (name TEXT, id TEXT)")
    conn.execute("INSERT INTO t VALUES (?, ?)", ("欧阳娜娜", "510107198702044531"))
    conn.commit()
    conn.close()
    (folder / "qt.bin").write_bytes("xx欧阳娜娜xx".encode("utf-16-le"))
    hits = scan(folder, needles({WANG_LI, ("欧阳娜娜", "510107198702044531")}))
    assert f"note.txt: ID {WANG_LI[1]} (ASCII/UTF-8)" in hits
    assert "plain.sqlite3: name 欧阳娜娜 (UTF-8)" in hits
    assert "plain.sqlite3: ID 510107198702044531 (ASCII/UTF-8)" in hits
    assert "qt.bin: name 欧阳娜娜 (UTF-16-LE)" in hits


# -- the key ---------------------------------------------------------------------------------------


def digest_tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def closed_dir(ctx):
    """The set-up terminal of tests/conftest.py with one case, closed, its key forgotten."""
    finish_case(ctx, promise_draft(ctx, applicant=person(*WANG_LI)))
    ctx.close()
    keys.forget(ctx.data_dir)
    return ctx.data_dir


def test_wrong_secret_is_a_clear_error_and_changes_nothing(closed_dir, monkeypatch, clock):
    ctx_actor = Actor("admin", Role.ADMIN, "540102", "W01")
    before = digest_tree(closed_dir)
    monkeypatch.setenv(keys.ENV_SECRET, "not-the-secret")
    with pytest.raises(WrongKey, match="数据加密口令不正确") as err:
        AppContext.open(closed_dir, clock=clock)
    assert isinstance(err.value, DomainError)
    assert digest_tree(closed_dir) == before  # no new empty database, nothing rewritten
    monkeypatch.undo()  # the right secret again
    again = AppContext.open(closed_dir, clock=clock)
    try:
        again.actor = ctx_actor
        assert list_cases(again)[0].name_masked.startswith("王")
    finally:
        again.close()


def test_no_secret_asks_for_it_and_creates_nothing(tmp_path, closed_dir, monkeypatch, clock):
    monkeypatch.delenv(keys.ENV_SECRET)
    with pytest.raises(SecretRequired) as asked:
        AppContext.open(closed_dir, clock=clock)
    assert not asked.value.first_run and "数据加密口令" in str(asked.value)
    with pytest.raises(SecretRequired) as first:
        AppContext.open(tmp_path / "new", clock=clock)
    assert first.value.first_run
    assert not (tmp_path / "new" / DB_NAME).exists() and not (tmp_path / "new" / "key.json").exists()
    # The GUI's dialog: the secret unlocks the directory for this process.
    backup.unlock(closed_dir, "test-secret-不要用于生产")
    AppContext.open(closed_dir, clock=clock).close()


def test_a_weak_first_secret_is_refused(tmp_path):
    with pytest.raises(DomainError, match="至少需要 8 个字符"):
        backup.unlock(tmp_path / "d", "short")
    assert not (tmp_path / "d" / "key.json").exists()


def test_key_derivation_runs_once_per_process(tmp_path, monkeypatch, clock):
    import argon2.low_level

    calls = []
    real = argon2.low_level.hash_secret_raw
    monkeypatch.setattr(argon2.low_level, "hash_secret_raw", lambda *a, **k: calls.append(1) or real(*a, **k))
    data = tmp_path / "d"
    AppContext.open(data, clock=clock).close()
    AppContext.open(data, clock=clock).close()
    assert len(calls) == 1
    keys.forget()  # as in a new process
    AppContext.open(data, clock=clock).close()
    assert len(calls) == 2


def test_key_never_shows(ctx):
    key = ctx.db.key
    assert key.raw.hex() not in repr(key) + repr(ctx.db.engine.url) + str(ctx.db.engine.url)
    stored = (ctx.data_dir / "key.json").read_text(encoding="utf-8")
    assert key.raw.hex() not in stored and key.check in stored


def test_sqlcipher_with_the_usual_pragmas(ctx):
    with ctx.db.session() as s:
        assert s.execute(text("PRAGMA cipher_version")).scalar()
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    assert not (ctx.data_dir / DB_NAME).read_bytes().startswith(PLAINTEXT_HEADER)


class MemoryKeyring:
    """A usable keyring backend held in memory."""

    priority = 5

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.store[(service, user)] = password


def test_with_a_keyring_no_secret_is_needed_after_the_first_start(tmp_path, monkeypatch, clock):
    import keyring as keyring_module

    ring = MemoryKeyring()
    monkeypatch.setattr(keyring_module, "get_keyring", lambda: ring)
    monkeypatch.setattr(keyring_module, "get_password", ring.get_password)
    monkeypatch.setattr(keyring_module, "set_password", ring.set_password)
    data = tmp_path / "d"
    AppContext.open(data, clock=clock).close()
    assert list(ring.store) == [("desk_app", keys.keyring_user(data))]
    assert len(bytes.fromhex(next(iter(ring.store.values())))) == 32
    keys.forget()
    monkeypatch.delenv(keys.ENV_SECRET)
    AppContext.open(data, clock=clock).close()  # the key comes from the keyring
    # The keyring entry is lost (another user profile, a new PC): the secret still opens it.
    ring.store.clear()
    keys.forget()
    with pytest.raises(SecretRequired):
        AppContext.open(data, clock=clock)
    backup.unlock(data, "test-secret-不要用于生产")
    assert ring.store  # put back
    AppContext.open(data, clock=clock).close()


# -- damaged and foreign files at start ----------------------------------------------------------


def assert_unreadable(data: Path, clock, *, backups: int) -> DatabaseUnreadable:  # type: ignore[no-untyped-def]
    before = digest_tree(data)
    with pytest.raises(DatabaseUnreadable) as err:
        AppContext.open(data, clock=clock)
    assert "无法读取本机数据库" in str(err.value) and "未作任何改动" in str(err.value)
    assert len(err.value.backups) == backups
    assert ("可从备份恢复" in str(err.value)) == (backups > 0)
    assert digest_tree(data) == before  # never overwritten, nothing added
    return err.value


@pytest.fixture
def with_backup(ctx):
    finish_case(ctx, promise_draft(ctx, applicant=person(*WANG_LI)))
    backup.backup_if_due(ctx)
    ctx.close()
    return ctx.data_dir


def test_random_bytes_are_reported_and_kept(with_backup, clock):
    path = with_backup / DB_NAME
    path.write_bytes(os.urandom(3 * 4096))
    err = assert_unreadable(with_backup, clock, backups=1)
    assert "损坏" in err.reason


def test_a_truncated_database_is_reported_and_kept(with_backup, clock):
    path = with_backup / DB_NAME
    data = path.read_bytes()
    assert len(data) > 8 * 4096
    path.write_bytes(data[: 4 * 4096])
    err = assert_unreadable(with_backup, clock, backups=1)
    assert "截断" in err.reason or "损坏" in err.reason


def test_another_programs_plaintext_database_is_reported_and_kept(tmp_path, clock):
    data = tmp_path / "d"
    data.mkdir()
    conn = sqlite3.connect(data / DB_NAME)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.execute("INSERT INTO songs VALUES ('康定情歌')")
    conn.commit()
    conn.close()
    err = assert_unreadable(data, clock, backups=0)
    assert "其他程序" in err.reason
    assert not (data / "key.json").exists()


def test_a_lost_key_file_is_reported(with_backup, clock):
    (with_backup / "key.json").unlink()
    err = assert_unreadable(with_backup, clock, backups=1)
    assert "key.json" in err.reason


def test_a_damaged_key_file_is_reported(with_backup, clock):
    (with_backup / "key.json").write_text("{not json", encoding="utf-8")
    err = assert_unreadable(with_backup, clock, backups=1)
    assert "key.json" in err.reason


# -- plaintext databases of older versions -----------------------------------------------------------


def plaintext_terminal(data: Path, revision: str) -> None:
    """What an older, unencrypted version left behind: the database and a plaintext backup."""
    data.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{data / DB_NAME}")
    from alembic import command

    command.upgrade(storage_db._alembic_config(engine), revision)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings (key, value) VALUES ('legacy.note', :v)"),
                     {"v": f"{WANG_LI[0]} {WANG_LI[1]}"})
    engine.dispose()
    (data / "backups").mkdir()
    old_backup = data / "backups" / f"{DB_NAME}.base.20250101-080000"
    old_backup.write_bytes((data / DB_NAME).read_bytes())
    assert WANG_LI[1].encode() in old_backup.read_bytes()


@pytest.mark.parametrize("revision", ["0001", storage_db.SCHEMA_HEAD])
def test_a_plaintext_database_is_encrypted_at_start(tmp_path, clock, revision):
    data = tmp_path / "d"
    plaintext_terminal(data, revision)
    ctx = AppContext.open(data, clock=clock)
    try:
        with ctx.db.session() as s:
            assert s.execute(text("SELECT value FROM settings WHERE key = 'legacy.note'")).scalar() == "王丽 11010519491231002X"
        assert storage_db.current_revision(ctx.db.path) == storage_db.SCHEMA_HEAD
    finally:
        ctx.close()
    assert scan(data, needles({WANG_LI})) == []
    names = sorted(p.name for p in data.rglob("*") if p.is_file())
    assert not [n for n in names if "plaintext-old" in n or "encrypting" in n], names
    for path in (p for p in data.rglob("*") if p.is_file()):
        assert not path.read_bytes().startswith(PLAINTEXT_HEADER), path
    labels = {b.label for b in storage_db.list_backups(data / "backups")}
    assert {"base", f"plaintext-{revision}"} <= labels  # the pre-migration backup, encrypted
    for b in storage_db.list_backups(data / "backups"):
        assert b.key_file.exists()
        assert storage_db.check_database_file(b.path, keys.existing_key(data)) in {"0001", revision}


def test_an_interrupted_encryption_is_finished_at_the_next_start(tmp_path, clock):
    data = tmp_path / "d"
    plaintext_terminal(data, storage_db.SCHEMA_HEAD)
    AppContext.open(data, clock=clock).close()
    # A crash right after the swap: the plaintext copy was not erased yet.
    leftover = data / f"{DB_NAME}.plaintext-old"
    leftover.write_bytes(b"SQLite format 3\x00" + WANG_LI[1].encode() * 100)
    (data / f"{DB_NAME}.encrypting").write_bytes(os.urandom(4096))
    AppContext.open(data, clock=clock).close()
    assert not leftover.exists() and not (data / f"{DB_NAME}.encrypting").exists()
    assert scan(data, needles({WANG_LI})) == []


def test_shred_overwrites_before_unlinking(tmp_path, monkeypatch):
    victim = tmp_path / "plain"
    victim.write_bytes(WANG_LI[1].encode() * 1000)
    seen = []
    real_unlink = Path.unlink

    def unlink(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(self.read_bytes())
        real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", unlink)
    storage_db.shred(victim)
    assert not victim.exists()
    assert seen == [b"\0" * 18000]

"""Opening the terminal database: one place that knows the URL, the key, the pragmas and migrations.

The database is encrypted at rest with SQLCipher (``sqlcipher3``, SQLAlchemy dialect
``sqlite+pysqlcipher``): every page of the file, of its WAL and of every backup is AES-256
with a per-page HMAC. The key is the data key of ``storage/keys.py``, passed as a raw key
(``x'…'``) so SQLCipher runs no KDF of its own on each connection. Nothing else in the code
base builds an engine or opens the file.

Start-up (:func:`open_database`) never overwrites or deletes a file it cannot read: a wrong
secret raises :class:`~desk_app.storage.keys.WrongKey` before SQLite sees the file; a damaged
or foreign file raises :class:`DatabaseUnreadable`, which lists the backups to restore from.
A plaintext database of an older version is encrypted (sqlcipher_export into a new file,
verified, swapped in) and the plaintext is overwritten before it is unlinked.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as dbapi

from desk_app.domain.errors import DomainError
from desk_app.domain.i18n import QT_TRANSLATE_NOOP, fmt

from . import keys
from .keys import DataKey, KeyFileDamaged, SecretRequired, WrongKey, fsync_dir

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = [
    "DB_NAME", "SCHEMA_HEAD", "BackupFile", "BackupInvalid", "Database", "DatabaseUnreadable", "SecretRequired",
    "StorageError", "WrongKey", "open_database", "storage_errors",
]

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _newest_migration() -> str:
    """The highest ``NNNN_*.py`` in migrations/versions (one directory listing, no alembic)."""
    numbers = [m.group(1) for p in (MIGRATIONS / "versions").iterdir()
               if (m := re.match(r"^(\d{4})_\w+\.py$", p.name))]
    return max(numbers)


#: The newest migration. A database already there opens without loading alembic at all
#: (start-up time); tests check this equals alembic's own head (a linear history).
SCHEMA_HEAD = _newest_migration()
DB_NAME = "desk.sqlite3"
BACKUPS = "backups"
KEY_SIDECAR = ".key.json"
PLAINTEXT_HEADER = b"SQLite format 3\x00"

_ENCRYPTING = ".encrypting"   # a plaintext file being exported to an encrypted one
_PLAINTEXT_OLD = ".plaintext-old"  # a plaintext file swapped out, about to be overwritten
_PARTIAL = ".partial"         # a backup being written
RESTORING = ".restoring"      # a backup copied in for verification before a restore
_SIDE_FILES = ("-wal", "-shm", "-journal")
_BACKUP_NAME = re.compile(rf"^{re.escape(DB_NAME)}\.([A-Za-z0-9_-]+)\.(\d{{8}}-\d{{6}})(?:-\d+)?$")


class StorageError(DomainError):
    """The database could not store something; the message says what the user can do."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    label: str
    taken: datetime

    @property
    def key_file(self) -> Path:
        return self.path.with_name(self.path.name + KEY_SIDECAR)


class DatabaseUnreadable(DomainError):
    """The database file cannot be read (damaged, foreign, truncated, key file lost).

    The file has not been touched. ``backups`` lists the backups found in the data
    directory's ``backups/`` folder, newest first.
    """

    def __init__(self, reason: str, data_dir: Path):
        self.reason = reason
        self.data_dir = data_dir
        self.backups = list_backups(data_dir / BACKUPS)
        text = fmt(QT_TRANSLATE_NOOP("domain", "无法读取本机数据库：{reason}。数据库文件保持原样，未作任何改动。"), reason=fmt(reason))
        if self.backups:
            newest = self.backups[0]
            text = fmt(QT_TRANSLATE_NOOP("domain", "{text}可从备份恢复（本机共 {n} 个备份，最新的是 {newest}）。"),
                       text=text, n=len(self.backups), newest=f"{newest.taken:%Y-%m-%d %H:%M}")
        else:
            text = fmt(QT_TRANSLATE_NOOP("domain", "{text}本机没有找到备份；如有 U 盘等处的备份，可从该备份恢复，或联系管理员。"),
                       text=text)
        super().__init__(text)


class BackupInvalid(DomainError):
    """A backup (or a file offered as one) failed verification; nothing was replaced."""


# -- connections ---------------------------------------------------------------------------

_quiet = False


def _quiet_sqlcipher() -> None:
    """SQLCipher logs decryption failures to stderr; the app reports them in its own words."""
    global _quiet
    if not _quiet:
        conn = dbapi.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quiet = True


def raw_connection(path: Path, key: DataKey | None = None) -> dbapi.Connection:
    """A DB-API connection to an encrypted file, keyed (the key comes first, before any read).

    ``key`` defaults to the key of the data directory the file is in (it must be known:
    remembered, in the keyring, or from $DESK_APP_DB_SECRET).
    """
    if key is None:
        key = keys.existing_key(path.parent)
        if key is None:
            raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "找不到密钥文件 key.json"), path.parent)
    _quiet_sqlcipher()
    conn = dbapi.connect(str(path))
    conn.execute(f'PRAGMA key = "{key.pragma}"')
    return conn


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _set_pragmas(dbapi_conn: dbapi.Connection, _record: object) -> None:
    # The dialect has issued PRAGMA key already (its connect hook runs before this one).
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a signed letter must survive a power cut
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA temp_store=MEMORY")  # no temporary files with decrypted rows
    cur.close()


def make_engine(path: Path, key: DataKey) -> Engine:
    _quiet_sqlcipher()
    url = URL.create("sqlite+pysqlcipher", password=key.pragma, database=str(path))
    engine = create_engine(url, poolclass=QueuePool)  # the dialect's default is one connection per thread
    event.listen(engine, "connect", _set_pragmas)
    return engine


def current_revision(path: Path, key: DataKey | None = None) -> str | None:
    key = key or keys.existing_key(path.parent)
    if key is None:
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "找不到密钥文件 key.json"), path.parent)
    conn = raw_connection(path, key)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except dbapi.OperationalError:  # no table yet: an empty or pre-alembic file
        return None
    finally:
        conn.close()
    return row[0] if row else None


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}


class Database:
    """The opened database of one data directory."""

    def __init__(self, path: Path, key: DataKey | None = None):
        self.path = path
        if key is None:
            key = keys.existing_key(path.parent) or keys.create_key(path.parent)
        self.key = key
        self.engine = make_engine(path, key)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def raw_connection(self) -> dbapi.Connection:
        """A separate DB-API connection (keyed) — for checks and tests that go behind the ORM."""
        return raw_connection(self.path, self.key)

    def dispose(self) -> None:
        self.engine.dispose()


# -- opening ---------------------------------------------------------------------------------


def open_database(data_dir: Path) -> Database:
    """Open (creating if needed) the encrypted database, back it up, and migrate it to head.

    Raises SecretRequired (no key available), WrongKey, DatabaseUnreadable or StorageError.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    _tidy_leftovers(data_dir)
    kind, plain_revision = _classify(path)
    if kind == "foreign":
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "该文件是其他程序的数据库，或已损坏"), data_dir)
    key = _key(data_dir, may_create=kind in ("new", "plaintext"))
    if kind == "plaintext":
        _encrypt_legacy(data_dir, path, key, plain_revision)
    _encrypt_plaintext_backups(data_dir, key)
    db = Database(path, key)
    current = None
    if kind != "new":
        try:
            current = _probe(db)
        except DatabaseUnreadable:
            db.dispose()
            raise
    if current == SCHEMA_HEAD:
        return db
    if current is not None and current not in known_revisions():
        db.dispose()
        raise StorageError(fmt(QT_TRANSLATE_NOOP("domain", "本机数据库来自更新版本的程序（数据库版本 {version}），请升级本程序后再打开。"),
                               version=current))
    if path.exists() and path.stat().st_size > 0:
        backup = _backup(db, data_dir, current)
        log.info("database backed up to %s before migrating from %s", backup, current)
    from alembic import command

    command.upgrade(_alembic_config(db.engine), "head")
    return db


def _key(data_dir: Path, *, may_create: bool) -> DataKey:
    try:
        key_file = keys.read_key_file(keys.key_file_path(data_dir))
    except KeyFileDamaged as err:
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "密钥文件 key.json 已损坏"), data_dir) from err
    if key_file is None:
        if may_create:
            return keys.create_key(data_dir)
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "找不到密钥文件 key.json（或数据库文件已损坏）"), data_dir)
    return keys.find_key(data_dir, key_file)


def _header(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(16)


def _classify(path: Path) -> tuple[str, str | None]:
    """("new" | "plaintext" | "foreign" | "encrypted", the plaintext file's revision)."""
    if not path.exists() or path.stat().st_size == 0:
        return "new", None
    if _header(path) != PLAINTEXT_HEADER:
        return "encrypted", None
    revision = _plaintext_revision(path)
    if revision is None or revision not in known_revisions():
        return "foreign", None
    return "plaintext", revision


def _plaintext_revision(path: Path) -> str | None:
    """The alembic revision of a plaintext SQLite file, opened read-only; None when it has none."""
    try:
        conn = dbapi.connect(f"file:{path}?mode=ro", uri=True)
    except dbapi.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except dbapi.Error:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def _probe(db: Database) -> str | None:
    """The revision of an existing encrypted file; DatabaseUnreadable if it cannot be read."""
    data_dir = db.path.parent
    try:
        with db.engine.connect() as conn:
            try:
                revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            except OperationalError as err:
                if "no such table" not in str(err):
                    raise
                revision = None
            page_count = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
            page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar() or 0)
    except (DBAPIError, dbapi.DatabaseError) as err:
        log.info("database unreadable: %s", err)
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "文件已损坏，或不是本程序的数据库"), data_dir) from err
    wal = db.path.with_name(db.path.name + "-wal")
    if (not wal.exists() or wal.stat().st_size == 0) and db.path.stat().st_size < page_count * page_size:
        raise DatabaseUnreadable(QT_TRANSLATE_NOOP("domain", "文件不完整（被截断）"), data_dir)
    return revision


# -- backups -------------------------------------------------------------------------------


def backup_name(label: str, when: datetime) -> str:
    return f"{DB_NAME}.{label}.{when:%Y%m%d-%H%M%S}"


def parse_backup(path: Path) -> BackupFile | None:
    m = _BACKUP_NAME.match(path.name)
    if not m or not path.is_file():
        return None
    return BackupFile(path, m.group(1), datetime.strptime(m.group(2), "%Y%m%d-%H%M%S"))


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first (an unreachable folder has none)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in (parse_backup(p) for p in entries) if b is not None]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def _unique(target: Path) -> Path:
    n = 1
    candidate = target
    while candidate.exists():
        n += 1
        candidate = target.with_name(f"{target.name}-{n}")
    return candidate


def backup_database(db: Database, target: Path) -> Path:
    """An online, consistent copy (SQLite backup API, WAL included), encrypted with the same key.

    Written to a temporary name and renamed, so a half-written backup never looks complete.
    The data directory's key.json is copied beside it as ``<target>.key.json``.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    target = _unique(target)
    tmp = target.with_name(target.name + _PARTIAL)
    remove_with_side_files(tmp)
    src = raw_connection(db.path, db.key)
    try:
        dst = raw_connection(tmp, db.key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    _fsync_file(tmp)
    os.replace(tmp, target)
    write_key_sidecar(db.path.parent, target)
    fsync_dir(target.parent)
    return target


def write_key_sidecar(data_dir: Path, target: Path) -> None:
    sidecar = target.with_name(target.name + KEY_SIDECAR)
    tmp = sidecar.with_name(sidecar.name + _PARTIAL)
    tmp.write_bytes(keys.key_file_json(data_dir))
    _fsync_file(tmp)
    os.replace(tmp, sidecar)


def _backup(db: Database, data_dir: Path, revision: str | None) -> Path:
    target = data_dir / BACKUPS / backup_name(revision or "base", datetime.now())
    return backup_database(db, target)


def check_database_file(path: Path, key: DataKey) -> str | None:
    """Verify an encrypted database file: key, page HMACs, integrity, a known schema revision.

    Returns the revision; raises BackupInvalid naming what is wrong.
    """
    conn = raw_connection(path, key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError as err:
            raise BackupInvalid(QT_TRANSLATE_NOOP("domain", "该文件无法用本机密钥打开：已损坏、不是本程序的备份，或属于另一数据加密口令")) from err
        try:
            bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except dbapi.DatabaseError as err:
            raise BackupInvalid(fmt(QT_TRANSLATE_NOOP("domain", "完整性检查失败（{error}）"), error=str(err))) from err
        if bad_pages:
            raise BackupInvalid(fmt(QT_TRANSLATE_NOOP("domain", "加密页校验失败（{n} 处），文件已损坏或被改动"), n=len(bad_pages)))
        if result != ["ok"]:
            raise BackupInvalid(fmt(QT_TRANSLATE_NOOP("domain", "数据库完整性检查未通过：{details}"), details="；".join(result[:3])))
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except dbapi.DatabaseError as err:
            raise BackupInvalid(QT_TRANSLATE_NOOP("domain", "不是本程序的数据库（缺少版本信息）")) from err
    finally:
        conn.close()
    revision = row[0] if row else None
    if revision not in known_revisions():
        raise BackupInvalid(fmt(QT_TRANSLATE_NOOP("domain", "数据库版本 {version} 不被本程序识别（可能来自更新版本的程序）"),
                                version=revision))
    return revision


# -- plaintext from older versions -------------------------------------------------------------


def is_plaintext(path: Path) -> bool:
    try:
        return _header(path) == PLAINTEXT_HEADER
    except OSError:
        return False


def _table_counts(conn: dbapi.Connection, schema: str = "main") -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _export_encrypted(src: Path, dst: Path, key: DataKey) -> None:
    """sqlcipher_export a plaintext file into a new encrypted one, then verify the copy."""
    remove_with_side_files(dst)
    _quiet_sqlcipher()
    try:
        conn = dbapi.connect(str(src))  # no key: plaintext
        try:
            conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(dst), key.pragma))
            conn.execute("SELECT sqlcipher_export('enc')")
            conn.execute("DETACH DATABASE enc")
            expected = _table_counts(conn)
        finally:
            conn.close()
        enc = raw_connection(dst, key)
        try:
            ok = [r[0] for r in enc.execute("PRAGMA integrity_check").fetchall()] == ["ok"]
            if not ok or _table_counts(enc) != expected:
                raise StorageError(QT_TRANSLATE_NOOP("domain", "加密迁移校验未通过，原数据库未改动。请联系管理员。"))
        finally:
            enc.close()
        _fsync_file(dst)
    except BaseException:
        remove_with_side_files(dst)
        raise


def _encrypt_legacy(data_dir: Path, path: Path, key: DataKey, revision: str | None) -> None:
    """Replace a plaintext database (older version) with an encrypted copy; erase the plaintext."""
    log.info("encrypting the plaintext database %s (revision %s)", path, revision)
    tmp = path.with_name(path.name + _ENCRYPTING)
    try:
        _export_encrypted(path, tmp, key)
    except dbapi.Error as err:
        raise StorageError(fmt(QT_TRANSLATE_NOOP("domain", "无法加密旧版数据库（{error}），原数据库未改动。"), error=str(err))) from err
    # The usual backup before changing anything: a copy of the encrypted export.
    backup = _unique(data_dir / BACKUPS / backup_name(f"plaintext-{revision or 'base'}", datetime.now()))
    backup.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp, backup.with_name(backup.name + _PARTIAL))
    _fsync_file(backup.with_name(backup.name + _PARTIAL))
    os.replace(backup.with_name(backup.name + _PARTIAL), backup)
    write_key_sidecar(data_dir, backup)
    _swap_out_plaintext(path, tmp)


def _swap_out_plaintext(path: Path, encrypted: Path) -> None:
    aside = path.with_name(path.name + _PLAINTEXT_OLD)
    os.rename(path, aside)
    for side in _SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.rename(extra, aside.with_name(aside.name + side))
    os.replace(encrypted, path)
    fsync_dir(path.parent)
    _shred_with_side_files(aside)


def _encrypt_plaintext_backups(data_dir: Path, key: DataKey) -> None:
    """Backups left in plaintext by an older version are encrypted the same way."""
    for backup in list_backups(data_dir / BACKUPS):
        if is_plaintext(backup.path):
            tmp = backup.path.with_name(backup.path.name + _ENCRYPTING)
            try:
                _export_encrypted(backup.path, tmp, key)
            except (dbapi.Error, StorageError):
                log.warning("could not encrypt the old backup %s; left as is", backup.path, exc_info=True)
                continue
            _swap_out_plaintext(backup.path, tmp)
            write_key_sidecar(data_dir, backup.path)


def _tidy_leftovers(data_dir: Path) -> None:
    """Finish what a crash interrupted: temporary copies go, swapped-out plaintext is erased."""
    for folder in (data_dir, data_dir / BACKUPS):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if not name.startswith(DB_NAME):
                continue
            if name.endswith((_ENCRYPTING, _PARTIAL, RESTORING)):
                remove_with_side_files(entry)
            elif name.endswith(_PLAINTEXT_OLD):
                original = entry.with_name(name[: -len(_PLAINTEXT_OLD)])
                if original.exists() and not is_plaintext(original):
                    _shred_with_side_files(entry)
                elif not original.exists():  # the swap never happened: put it back, encrypt again
                    os.rename(entry, original)
                    for side in _SIDE_FILES:
                        extra = entry.with_name(entry.name + side)
                        if extra.exists():
                            os.rename(extra, original.with_name(original.name + side))
            elif any(name.endswith(_PLAINTEXT_OLD + side) for side in _SIDE_FILES):
                if not entry.with_name(name.rsplit("-", 1)[0]).exists():
                    shred(entry)  # the main file is gone already: finish the erase


# -- files -----------------------------------------------------------------------------------


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to the disk, then unlink it.

    On SSDs and copy-on-write file systems the old blocks may survive the overwrite; full-disk
    encryption is the answer there (see README, Data protection).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    block = b"\0" * (1 << 20)
    with open(path, "r+b") as fh:
        remaining = size
        while remaining > 0:
            n = min(remaining, len(block))
            fh.write(block[:n])
            remaining -= n
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def _shred_with_side_files(path: Path) -> None:
    shred(path)
    for side in _SIDE_FILES:
        shred(path.with_name(path.name + side))


def remove_with_side_files(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in _SIDE_FILES)):
        with suppress(FileNotFoundError):
            p.unlink()


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def set_aside(path: Path, when: datetime) -> Path | None:
    """Rename a database file (and its WAL) out of the way, keeping it; None if there is none."""
    if not path.exists():
        return None
    aside = _unique(path.with_name(f"{path.name}.replaced-{when:%Y%m%d-%H%M%S}"))
    os.rename(path, aside)
    for side in _SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.rename(extra, aside.with_name(aside.name + side))
    fsync_dir(path.parent)
    return aside


def put_in_place(staged: Path, path: Path) -> None:
    os.replace(staged, path)
    fsync_dir(path.parent)


@contextmanager
def storage_errors() -> Iterator[None]:
    """Turn SQLite failures into one clear message; the transaction has rolled back."""
    try:
        yield
    except OperationalError as err:
        text = str(err.orig if hasattr(err, "orig") else err).lower()
        if "full" in text:
            raise StorageError(QT_TRANSLATE_NOOP(
                "domain", "磁盘空间已满，本次操作未保存（已录入的内容仍在窗口中）。请清理磁盘或联系管理员后再试。"
            )) from err
        if "locked" in text or "busy" in text:
            raise StorageError(QT_TRANSLATE_NOOP("domain", "数据库正被另一程序占用，本次操作未保存。请稍后再试。")) from err
        if "readonly" in text or "read-only" in text:
            raise StorageError(QT_TRANSLATE_NOOP("domain", "数据目录不可写，本次操作未保存。请检查磁盘或权限。")) from err
        raise StorageError(fmt(QT_TRANSLATE_NOOP("domain", "数据库错误，本次操作未保存：{error}"),
                           error=str(err.orig if hasattr(err, 'orig') else err))) from err

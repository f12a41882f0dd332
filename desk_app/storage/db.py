"""Opening the terminal database: one place that knows the URL, the pragmas and migrations.

Encryption at rest (SQLCipher) plugs in here by swapping the URL/creator; nothing else
in the code base builds an engine.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.domain.errors import DomainError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

#: The newest migration. A database already there opens without loading alembic at all
#: (start-up time); tests check this equals alembic's own head.
SCHEMA_HEAD = "0003"

MIGRATIONS = Path(__file__).with_name("migrations")
DB_NAME = "desk.sqlite3"


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def _set_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a signed letter must survive a power cut
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def current_revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no table yet: an empty or pre-alembic file
        return None
    finally:
        conn.close()
    return row[0] if row else None


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


class Database:
    """The opened database of one data directory."""

    def __init__(self, path: Path):
        self.path = path
        self.engine = make_engine(path)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(data_dir: Path) -> Database:
    """Open (creating if needed) the database, back it up, and migrate it to head."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    current = current_revision(path) if path.exists() else None
    db = Database(path)
    if current == SCHEMA_HEAD:
        return db
    if path.exists() and path.stat().st_size > 0:
        backup = _backup(db, data_dir, current)
        log.info("database backed up to %s before migrating from %s", backup, current)
    from alembic import command

    command.upgrade(_alembic_config(db.engine), "head")
    return db


def _backup(db: Database, data_dir: Path, revision: str | None) -> Path:
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    target = backups / f"{DB_NAME}.{revision or 'base'}.{datetime.now():%Y%m%d-%H%M%S}"
    # sqlite3's online backup copies a consistent image, WAL contents included.
    src = sqlite3.connect(db.path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    if not target.exists():  # pragma: no cover - defensive
        shutil.copy2(db.path, target)
    return target


class StorageError(DomainError):
    """The database could not store something; the message says what the user can do."""


@contextmanager
def storage_errors() -> Iterator[None]:
    """Turn SQLite failures into one clear message; the transaction has rolled back."""
    try:
        yield
    except OperationalError as err:
        text = str(err.orig if hasattr(err, "orig") else err).lower()
        if "full" in text:
            raise StorageError(
                "磁盘空间已满，本次操作未保存（已录入的内容仍在窗口中）。请清理磁盘或联系管理员后再试。"
            ) from err
        if "locked" in text or "busy" in text:
            raise StorageError("数据库正被另一程序占用，本次操作未保存。请稍后再试。") from err
        if "readonly" in text or "read-only" in text:
            raise StorageError("数据目录不可写，本次操作未保存。请检查磁盘或权限。") from err
        raise StorageError(f"数据库错误，本次操作未保存：{err.orig if hasattr(err, 'orig') else err}") from err
